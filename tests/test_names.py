"""The candidate's name (matcher.names)."""

from __future__ import annotations

import pytest

from matcher.names import find_name, name_score


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["NGUYỄN THỊ MAI ANH", "Account Executive"], ("Nguyễn Thị Mai Anh", 0)),
        (["CURRICULUM VITAE", "Trần Văn Bình"], ("Trần Văn Bình", 1)),
        (["Họ và tên: Lê Minh Châu", "SĐT: 0912345678"], ("Lê Minh Châu", 0)),
        (["Ho ten: Pham Quoc Dung"], ("Pham Quoc Dung", 0)),
        (["Name: Priya Raman"], ("Priya Raman", 0)),
        (["Họ và tên", "Võ Hoàng Yến"], ("Võ Hoàng Yến", 1)),
        (["TRƯƠNG BÁ PHÓ"], ("Trương Bá Phó", 0)),
        (["Lê Thị Phương Huyền"], ("Lê Thị Phương Huyền", 0)),
        (["Resume of John Carter"], ("John Carter", 0)),
        (["Alan Baker MBA", "1 Main Street"], ("Alan Baker", 0)),
        (["Senior Account Executive", "Đặng Thu Hà"], ("Đặng Thu Hà", 1)),
    ],
)
def test_find_name_reads_labels_and_header_lines(lines, expected):
    assert find_name(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["KINH NGHIỆM LÀM VIỆC"],
        ["Account Executive"],
        ["Sr. Java J2EE Developer"],  # the words before a digit, but a title's
        ["COORDINATOR, CLIENT RELATIONS"],  # the field after a title and a comma
        ["Nhân viên kinh doanh"],
        ["Công ty TNHH Quảng Cáo Sao Mai"],
        ["123 Nguyễn Trãi, Quận 1, TP.HCM"],
        ["an.nguyen@example.com"],
        ["Your Name"],
        ["XXXX XXXX"],
        [],
    ],
)
def test_find_name_never_takes_headings_titles_addresses_or_emails(lines):
    assert find_name(lines) is None


def test_name_score_prefers_vietnamese_family_names():
    assert name_score("Nguyễn Văn An") > name_score("Minh Van An") > 0
