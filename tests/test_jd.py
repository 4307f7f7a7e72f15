"""Job descriptions become a "jd" profile on top of the nearest level, with fairness flags."""

from __future__ import annotations

import pytest

from matcher.jd import profile_from_jd

VI_JD = """Tuyển dụng Account Manager (Agency quảng cáo)
Yêu cầu: ít nhất 3 năm kinh nghiệm account tại agency
Lên proposal, thuyết trình, quản lý ngân sách và báo giá
Tiếng Anh giao tiếp tốt
Mức lương: 20-30 triệu
"""
EN_JD = """Account Executive - digital agency
2+ years of experience in client servicing
Prepare quotations, track campaign timelines, write weekly reports
Salary: 12 - 16 million VND
"""


def test_jd_vietnamese(profiles):
    jd = profile_from_jd(VI_JD, profiles)
    assert (jd.id, jd.base_level) == ("jd", "am")
    assert (jd.years_min, jd.years_max) == (3.0, 7.0)
    assert [(b.min_mvnd, b.max_mvnd) for b in jd.bands] == [(20.0, 30.0)]
    base = profiles.levels["am"]
    for sid in ("proposal_pitch", "budget_quote", "english"):
        assert jd.skill(sid).weight > base.skill(sid).weight
        assert jd.skill(sid).depth >= 2
    assert jd.warnings == ()
    assert sum(jd.weights.as_dict().values()) == pytest.approx(100)


def test_jd_english(profiles):
    jd = profile_from_jd(EN_JD, profiles)
    assert jd.base_level == "ae"
    assert jd.years_min == 2.0
    assert [(b.min_mvnd, b.max_mvnd) for b in jd.bands] == [(12.0, 16.0)]
    assert (
        jd.skill("client_relationship").weight
        > profiles.levels["ae"].skill("client_relationship").weight
    )


@pytest.mark.parametrize(
    "text,flag",
    [
        ("Account Executive. Yêu cầu: Nam/Nữ", "gender"),
        ("Ưu tiên nữ, ngoại hình ưa nhìn", "gender"),
        ("Độ tuổi từ 22 - 28 tuổi", "age"),
        ("Ngoại hình ưa nhìn, giao tiếp tốt", "appearance"),
        ("Ứng viên chưa lập gia đình", "marital_status"),
        ("Candidates aged 25 to 30", "age"),
        ("Yêu cầu: dưới 28 tuổi", "age"),
        ("Ứng viên từ 22 đến 30 tuổi", "age"),
        ("Age 22-30, good English", "age"),
        ("Candidates under 30", "age"),
        ("Age: under 30", "age"),
        ("Tuổi: 22 - 30", "age"),
        ("Không quá 35 tuổi", "age"),
        ("30 tuổi trở xuống", "age"),
        ("Between the ages of 25 and 35", "age"),
    ],
)
def test_jd_flags_discriminatory_asks(text, flag, profiles):
    jd = profile_from_jd(text, profiles)
    assert any(w.startswith(f"{flag}:") for w in jd.warnings), jd.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Lương từ 15-20 triệu, 2 năm kinh nghiệm",
        "Manage 10-20 accounts",
        "Under 30 days payment terms",
        "Budgets under 50 million VND",
        "3-5 years of experience",
        "Quản lý 10-15 khách hàng",
        "Engage 20-30 KOLs per campaign",
        "Team under 15 people",
        "Must be at least 18 years old",
    ],
)
def test_jd_age_flag_ignores_numbers_that_are_not_ages(text, profiles):
    assert not [w for w in profile_from_jd(text, profiles).warnings if w.startswith("age:")]


def test_jd_salary_is_not_an_age_range(profiles):
    assert profile_from_jd("Lương từ 15-20 triệu, 2 năm kinh nghiệm", profiles).warnings == ()


def test_jd_without_hints_uses_the_middle_level(profiles):
    jd = profile_from_jd("We need someone for client work.", profiles)
    assert jd.base_level == "am"
    assert jd.bands == profiles.levels["am"].bands
