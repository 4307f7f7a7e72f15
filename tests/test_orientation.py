"""Account (farming) versus sales (hunting) orientation, with evidence."""

from __future__ import annotations

import pytest

from matcher.orientation import orientation_of
from matcher.types import Section


@pytest.mark.parametrize(
    "lines,label",
    [
        (("Tiếp nhận brief, triển khai chiến dịch", "Nghiệm thu, thanh lý hợp đồng",
          "Upsell khách hàng hiện tại"), "account"),
        (("Client servicing for 3 brands; weekly recap", "Retention and renewal of retainers"),
         "account"),
        (("Telesales, cold call 80 cuộc/ngày", "Chốt đơn, đạt chỉ tiêu doanh số",
          "Hoa hồng theo doanh số; phát triển đại lý, NPP"), "sales"),
        (("Exceeded sales quota; cold calling and prospecting",), "sales"),
        (("Tiếp nhận brief, lên proposal chiến dịch", "Tìm kiếm khách hàng mới, đạt doanh số"),
         "mixed"),
        (("Nấu ăn, quản lý bếp",), "unclear"),
    ],
    ids=["vi-account", "en-account", "vi-sales", "en-sales", "mixed", "unclear"],
)  # fmt: skip
def test_orientation_label(lines, label, finder, profiles):
    result = orientation_of(finder.scan([Section("experience", None, lines)]), profiles)
    assert result.label == label
    if label in ("account", "mixed"):
        assert result.account_evidence and result.account > 0
    if label in ("sales", "mixed"):
        assert result.sales_evidence and result.sales > 0
    for ev in (*result.account_evidence, *result.sales_evidence):
        assert ev.text in lines and ev.section == "experience"


def test_orientation_ignores_personal_section(finder, profiles):
    sections = [Section("personal", None, ("doanh số, telesales, chốt đơn",))]
    assert orientation_of(finder.scan(sections), profiles).label == "unclear"
