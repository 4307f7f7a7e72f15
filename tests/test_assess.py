"""assess(): hand-built Vietnamese and English CVs, genuine and look-alike, end to end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matcher.assess import assess
from matcher.jd import profile_from_jd
from matcher.types import Candidate, Education, English, Evidence, Personal, Role, Salary, Section


def _cv(
    title: str,
    years: float | None,
    experience: tuple[str, ...],
    *,
    skills: tuple[str, ...] = (),
    objective: tuple[str, ...] = (),
    english: English | None = None,
    salary: tuple[float, float] | None = None,
    personal: tuple[str, ...] = ("Giới tính: Nữ", "Ngày sinh: 04/07/1998", "Độc thân"),
) -> tuple[Candidate, tuple[Section, ...]]:
    """A CV as the reading stage would hand it over: sections plus a Candidate."""
    head = f"{title} - Công ty ABC (03/2019 - nay)"
    sections = (
        Section("header", None, ("Nguyễn Thị Test", title)),
        Section("personal", "Thông tin cá nhân", personal),
        Section("objective", "Mục tiêu nghề nghiệp", objective),
        Section("experience", "Kinh nghiệm làm việc", (head, *experience)),
        Section("skills", "Kỹ năng", skills),
    )
    role = Role(title, "ABC", "2019-03", "present", evidence=Evidence("experience", head))
    cand = Candidate(
        name="Nguyễn Thị Test",
        current_title=title,
        years_experience=years,
        years_source="roles" if years is not None else None,
        roles=(role,),
        english=english or English(),
        expected_salary=Salary(salary[0], salary[1], f"{salary[0]}-{salary[1]} triệu")
        if salary
        else None,
        personal=Personal(
            gender="female",
            marital_status="single",
            date_of_birth="1998-07-04",
            lines=tuple(Evidence("personal", line) for line in personal),
        ),
        education=(Education("Cử nhân Marketing", "UEH", 2019),),
    )
    return cand, sections


CASES = {
    "ae_vi": _cv(
        "Account Executive",
        1.5,
        (
            "Tiếp nhận brief từ khách hàng, brief lại cho team sáng tạo",
            "Lập báo giá và dự toán ngân sách cho các chiến dịch truyền thông",
            "Theo dõi tiến độ triển khai chiến dịch, đảm bảo đúng deadline",
            "Chăm sóc khách hàng nhãn hàng FMCG, đầu mối liên hệ hằng ngày",
            "Viết báo cáo tổng kết chiến dịch, biên bản nghiệm thu và thanh lý hợp đồng",
            "Phối hợp kế toán thu hồi công nợ",
            "Lên proposal cho chiến dịch social của nhãn hàng",
        ),
        skills=("Tin học văn phòng: Excel, PowerPoint", "Kỹ năng giao tiếp, đàm phán"),
        objective=("Phát triển sự nghiệp Account tại agency quảng cáo",),
        english=English(ielts=6.0, evidence=(Evidence("skills", "IELTS 6.0"),)),
        salary=(10, 12),
    ),
    "am_en": _cv(
        "Account Manager",
        5.0,
        (
            "Owned 4 retainer accounts as the agency's key contact; client servicing for FMCG brands",
            "Led a team of 3 account executives; coaching and reviewing client briefs",
            "Wrote proposals and pitched integrated campaign concepts to clients",
            "Grew existing accounts through upsell of social media and events (+30% retainer)",
            "Advised clients on the communication plan and marketing strategy for the year",
            "Managed campaign budgets and quotations; tracked revenue and margin per account",
            "Weekly WIP report and post-campaign recap with KPIs to the client",
            "Handled client escalations and negotiated scope with brand managers",
            "Client relationship management across digital, PR and activation projects",
            "Prepared creative briefs and debriefs for the creative and media teams",
        ),
        skills=("Negotiation, stakeholder management", "PowerPoint, Excel", "English: IELTS 7.0"),
        english=English(ielts=7.0, evidence=(Evidence("skills", "English: IELTS 7.0"),)),
        salary=(30, 40),
    ),
    "ad_vi": _cv(
        "Account Director",
        10.0,
        (
            "Chịu trách nhiệm doanh thu và lợi nhuận (P&L) của nhóm khách hàng 25 tỷ/năm",
            "Quản lý đội nhóm 12 người gồm Account Manager và AE; đào tạo nhân viên",
            "Định hướng chiến lược marketing và truyền thông cho nhiều khách hàng lớn",
            "Dẫn dắt pitching khách hàng mới, thắng thầu 3 hợp đồng retainer",
            "Phát triển khách hàng hiện tại: upsell và bán chéo dịch vụ digital, mở rộng scope",
            "Đầu mối liên hệ cấp cao với ban giám đốc nhãn hàng, quản trị kỳ vọng khách hàng",
            "Thuyết trình proposal chiến dịch tích hợp, đề xuất concept cho nhãn hàng",
            "Quản lý ngân sách, duyệt báo giá và dự toán chiến dịch truyền thông",
            "Chăm sóc khách hàng chiến lược của agency, gia hạn hợp đồng hằng năm",
            "Tư vấn chiến lược thương hiệu, kế hoạch truyền thông tích hợp IMC",
            "Đàm phán hợp đồng và thuyết phục khách hàng, kỹ năng giao tiếp với C-level",
            "Kèm cặp nhân viên, quản lý team account, dẫn dắt đội ngũ",
            "Lập kế hoạch truyền thông và chiến lược marketing năm cho danh mục khách hàng",
            "Phát triển kinh doanh, tìm kiếm khách hàng mới qua pitching và quan hệ đối tác",
        ),
        skills=("Tiếng Anh thành thạo - IELTS 7.5", "Quảng cáo, truyền thông, PR, digital"),
        english=English(
            ielts=7.5, evidence=(Evidence("skills", "Tiếng Anh thành thạo - IELTS 7.5"),)
        ),
        salary=(55, 60),
    ),
    "sales_nvkd_vi": _cv(
        "Nhân viên kinh doanh",
        3.0,
        (
            "Tìm kiếm khách hàng mới qua telesales và cold call, 80 cuộc gọi mỗi ngày",
            "Chốt đơn, đạt 120% chỉ tiêu doanh số tháng; hưởng hoa hồng theo doanh số",
            "Phát triển hệ thống đại lý và NPP khu vực miền Nam",
            "Chăm sóc khách hàng sau bán hàng, xử lý đơn hàng",
        ),
        skills=("Kỹ năng đàm phán, thuyết phục", "Tin học văn phòng"),
        salary=(12, 20),
    ),
    "call_centre_vi": _cv(
        "Nhân viên chăm sóc khách hàng",
        2.0,
        (
            "Trực tổng đài hotline, nghe gọi 100 cuộc gọi mỗi ngày",
            "Chăm sóc khách hàng qua điện thoại, giải quyết khiếu nại của khách hàng",
            "Ghi nhận khiếu nại và chuyển bộ phận kỹ thuật",
            "Đạt KPI chất lượng cuộc gọi của tổng đài CSKH",
        ),
        skills=("Kỹ năng giao tiếp", "Chịu được áp lực"),
    ),
    "accountant_vi": _cv(
        "Kế toán công nợ",
        4.0,
        (
            "Theo dõi công nợ phải thu, phải trả; đối soát công nợ với khách hàng",
            "Hạch toán chứng từ, lập hóa đơn, báo cáo thuế hằng tháng",
            "Thu hồi công nợ quá hạn, phối hợp kế toán tổng hợp khóa sổ sách",
            "Lập báo cáo công nợ hằng tuần cho kế toán trưởng",
        ),
        skills=("MISA, Excel", "Cẩn thận, tỉ mỉ"),
    ),
    "fmcg_kam_en": _cv(
        "Key Account Manager",
        5.0,
        (
            "Managed modern trade key accounts (supermarket chains) for an FMCG company",
            "Sell in and sell out targets; negotiated listing fees and trade terms",
            "Worked with distributors (NPP) on general trade coverage and planogram",
            "Achieved 110% of sales target; sales quota by quarter",
        ),
        skills=("Negotiation", "Excel"),
    ),
    "saas_ae_en": _cv(
        "Account Executive",
        3.0,
        (
            "Closed new SaaS deals, 115% of annual quota; managed sales pipeline in Salesforce",
            "Cold calling and outbound prospecting to mid-market companies; ARR growth",
            "Ran product demos and closed deals with commission on ARR",
        ),
        skills=("Negotiation", "CRM"),
    ),
}
GENUINE = {"ae_vi": "ae", "am_en": "am", "ad_vi": "ad"}
LOOKALIKES = ("sales_nvkd_vi", "call_centre_vi", "accountant_vi", "fmcg_kam_en", "saas_ae_en")


def _assess(name, profiles, finder, **kw):
    cand, sections = CASES[name]
    return assess(cand, sections, profiles=profiles, finder=finder, **kw)


@pytest.mark.parametrize("name,level", sorted(GENUINE.items()))
def test_assess_genuine_cv_best_level(name, level, profiles, finder):
    result = _assess(name, profiles, finder)
    assert result.best_level == level, {k: v.score for k, v in result.fit.items()}
    assert result.orientation.label == "account"


@pytest.mark.parametrize("name", LOOKALIKES)
def test_assess_lookalike_is_not_an_account_fit(name, profiles, finder):
    result = _assess(name, profiles, finder)
    assert result.best_level is None, {k: v.score for k, v in result.fit.items()}
    assert result.orientation.label != "account"


@pytest.mark.parametrize("name", sorted(CASES))
def test_assess_points_add_up_and_have_evidence(name, profiles, finder):
    result = _assess(name, profiles, finder)
    assert set(result.fit) == set(profiles.levels)
    for fit in result.fit.values():
        assert fit.score == pytest.approx(sum(c.points for c in fit.criteria), abs=0.011)
        assert 0 <= fit.score <= 100
        assert sum(c.weight for c in fit.criteria) == pytest.approx(100, abs=0.1)
        for c in fit.criteria:
            assert c.status in ("met", "partial", "missing", "unknown")
            assert 0 <= c.points <= c.weight + 1e-9
            if c.status in ("met", "partial"):
                assert c.evidence, (fit.level, c.id)
            if c.status == "missing":
                assert c.points == 0


@pytest.mark.parametrize("name", sorted(CASES))
def test_assess_personal_data_never_changes_a_score(name, profiles, finder):
    cand, sections = CASES[name]
    before = assess(cand, sections, profiles=profiles, finder=finder)
    other_lines = ("Giới tính: Nam", "Ngày sinh: 01/01/1975", "Đã kết hôn", "Quê quán: Hà Nội")
    changed_sections = tuple(
        replace(s, lines=other_lines) if s.name == "personal" else s for s in sections
    )
    changed = replace(
        cand,
        personal=Personal(
            photo=True,
            date_of_birth="1975-01-01",
            age=51,
            gender="male",
            marital_status="married",
            hometown="Hà Nội",
            address="1 Lê Lợi, Quận 1",
            national_id="079123456789",
            lines=tuple(Evidence("personal", line) for line in other_lines),
        ),
    )
    after = assess(changed, changed_sections, profiles=profiles, finder=finder)
    assert after == before


def test_assess_personal_line_outside_personal_section_is_ignored(profiles, finder):
    cand, sections = CASES["sales_nvkd_vi"]
    line = "Tình trạng hôn nhân: Độc thân - đầu mối liên hệ"
    moved = tuple(replace(s, lines=(*s.lines, line)) if s.name == "header" else s for s in sections)
    personal = replace(cand.personal, lines=(*cand.personal.lines, Evidence("header", line)))
    a = assess(cand, sections, profiles=profiles, finder=finder)
    b = assess(replace(cand, personal=personal), moved, profiles=profiles, finder=finder)
    assert a == b


def test_assess_is_deterministic_and_order_free(profiles, finder):
    first = [_assess(n, profiles, finder).to_dict() for n in sorted(CASES)]
    again = [_assess(n, profiles, finder).to_dict() for n in reversed(sorted(CASES))][::-1]
    assert first == again


@pytest.mark.parametrize(
    "name,fit",
    [("ae_vi", "within"), ("am_en", "within"), ("ad_vi", "within"), ("call_centre_vi", "unknown")],
)
def test_assess_salary_fit(name, fit, profiles, finder):
    result = _assess(name, profiles, finder)
    assert result.salary.fit == fit
    if result.best_level:
        assert result.salary.level == result.best_level


def test_assess_readiness_ae_to_am(profiles, finder):
    result = _assess("ae_vi", profiles, finder)
    r = result.readiness
    assert (r.current_level, r.next_level) == ("ae", "am")
    assert r.ready_pct == pytest.approx(result.fit["am"].score, abs=0.1)
    assert r.gaps and all(g.advice_en and g.advice_vi and g.need for g in r.gaps)


def test_assess_with_jd_adds_jd_fit(profiles, finder):
    jd = profile_from_jd(
        "Tuyển Account Manager, ít nhất 3 năm kinh nghiệm agency, lương 20-30 triệu", profiles
    )
    result = _assess("am_en", profiles, finder, jd_profile=jd)
    assert set(result.fit) == {*profiles.levels, "jd"}
    assert result.salary.level == "jd"
    assert result.salary.band_mvnd == (20.0, 30.0)
    assert result.best_level == "am"
