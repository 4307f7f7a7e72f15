"""Heading detection and section splitting (matcher.sections)."""

from __future__ import annotations

import re

import pytest

from matcher.sections import _DECOR, heading_name, split_sections
from matcher.types import Section


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KINH NGHIỆM LÀM VIỆC", "experience"),
        ("Kinh nghiem lam viec", "experience"),
        ("kinh nghiệm làm việc:", "experience"),
        ("1. KINH NGHIỆM", "experience"),
        ("II. HỌC VẤN", "education"),
        ("Quá trình công tác", "experience"),
        ("Work Experience:", "experience"),
        ("EMPLOYMENT HISTORY", "experience"),
        ("PARALEGAL EXPERIENCE", "experience"),
        ("Học vấn", "education"),
        ("TRINH DO HOC VAN", "education"),
        ("EDUCATION & QUALIFICATIONS", "education"),
        ("Kĩ năng", "skills"),
        ("KỸ NĂNG MỀM", "skills"),
        ("Ngoại ngữ", "languages"),
        ("Thông tin cá nhân", "personal"),
        ("THONG TIN LIEN HE", "personal"),
        ("Mục tiêu nghề nghiệp", "objective"),
        ("Career Objective:", "objective"),
        ("Chứng chỉ", "certificates"),
        ("Hoạt động ngoại khóa", "activities"),
        ("Dự án", "projects"),
        ("Giải thưởng", "awards"),
        ("Sở thích", "hobbies"),
        ("Người tham chiếu", "references"),
        ("REFERENCES", "references"),
        ("Courses Taught:", "other"),  # a teacher's course list, no employers
        ("Selected Publications and Presentations", "other"),
        ("PRESENTATIONS", "other"),
        ("SEMINARS AND SPEAKING ENGAGEMENTS", "other"),
        ("PROFESSIONAL MEMBERSHIP:", "activities"),
        ("Committee Service", "activities"),
        ("Invited Talks", "other"),
        ("Professional Conference Participation", "other"),
        ("Leadership Roles", "activities"),
        ("Honors and Awards", "awards"),  # "and" in lower case: the whole phrase is listed
        ("Seminars Attended", "certificates"),
        ("Professional Service", "activities"),  # committees served on, no employers
        ("== SKILLS ==", "skills"),
        ("Freelance Experience", "experience"),
        ("Lịch sử công việc", "experience"),
        ("EMPLOYMENT BACKGROUND", "experience"),
        ("PROFESSIONAL BACKGROUND", "experience"),
        ("Career Background:", "experience"),
        ("Information Technology Professional Experience", "experience"),
        ("Account Management Work History", "experience"),
        ("Previous Assignments", "experience"),
        ("Job Experience:", "experience"),
        ("Work Exposure", "experience"),
        ("Highlights of Employment", "experience"),  # a job list, not a skills summary
        ("Employment and Work Experience", "experience"),  # title case with a lower "and"
        ("Kinh nghiem cong viec", "experience"),
        ("QUÁ TRÌNH CÔNG VIỆC", "experience"),
        ("E X P E R I E N C E", "experience"),  # letters a PDF spaced out
        ("K I N H  N G H I Ệ M", "experience"),
        ("OB J E C TIVE", "objective"),
        ("P ROFESSIONAL E XPERIENCE", "experience"),  # small capitals
        ("Work Hist ory", "experience"),  # a PDF broke the words apart
        ("Work Hist ory (continued)", "experience"),
        ("Prof ile", "objective"),
        ("Kinh Nghi ệm", "experience"),
        ("Học V ấn", "education"),
    ],
)
def test_heading_name_recognises_bilingual_headings(line, expected):
    assert heading_name(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Kinh nghiệm làm việc với khách hàng lớn",
        "• Skills",
        "Experience in maintaining smooth relationships with management, employees,",
        "Account Executive",
        "Nguyễn Văn An",
        "",
        "Kinh nghiệm xử lý khiếu nại và chăm sóc khách hàng trong nhiều năm liền tại công ty",
        "PROJECT MANAGER",
        "Skills and abilities to lead",
        "Four years professional experience",  # only a title-case line of four words
        "Company Pro file",  # a job's own part, also when broken apart
        "work hist ory of the team",
        "Strong Communication Soft Skills",
        "TRAN T HOA",  # a one-letter word, but no heading when run together
        "S K I L L S  T O  L E A D",
        # a job's own part, shaped like a heading ("profile")
        "Company Profile:",
        "GIỚI THIỆU CÔNG TY",
        "C O M P A N Y  P R O F I L E",
    ],
)
def test_heading_name_rejects_lines_that_are_not_headings(line):
    assert heading_name(line) is None


def test_split_sections_names_blocks_and_keeps_start_indexes():
    lines = [
        "NGUYỄN VĂN AN",
        "Account Executive",
        "KINH NGHIỆM LÀM VIỆC",
        "Công ty ABC | Account Executive | 03/2019 - nay",
        "- Kinh nghiệm làm việc với nhiều nhãn hàng",
        "HỌC VẤN:",
        "Đại học Kinh tế TP.HCM",
    ]
    assert split_sections(lines) == (
        Section("header", None, ("NGUYỄN VĂN AN", "Account Executive"), 0),
        Section(
            "experience",
            "KINH NGHIỆM LÀM VIỆC",
            (
                "Công ty ABC | Account Executive | 03/2019 - nay",
                "- Kinh nghiệm làm việc với nhiều nhãn hàng",
            ),
            3,
        ),
        Section("education", "HỌC VẤN:", ("Đại học Kinh tế TP.HCM",), 6),
    )


def test_split_sections_without_headings_is_one_header():
    assert split_sections(["a", "b"]) == (Section("header", None, ("a", "b"), 0),)


def test_split_sections_of_nothing_is_empty():
    assert split_sections([]) == ()


def test_split_sections_keeps_an_empty_section_under_a_heading():
    sections = split_sections(["Skills", "Education", "RMIT"])
    assert [(s.name, s.lines, s.start) for s in sections] == [
        ("skills", (), 1),
        ("education", ("RMIT",), 2),
    ]


def test_heading_decoration_covers_every_whitespace_character() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall(r"\s", every)) <= set(_DECOR)
    assert heading_name("\u3000=== KỸ NĂNG ===\u00a0") == "skills"


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # a wrapped sentence's last word is no heading
        (["KINH NGHIỆM", "Delivered every launch on time and on budget for three client",
          "projects.", "KỸ NĂNG", "Báo giá"], ["experience", "skills"]),
        # a lower-case heading after a short line, a line without spaces, or with a colon
        (["Lê Minh", "kinh nghiệm làm việc", "AE tại Kite Media"], ["header", "experience"]),
        (["le.minh.account.executive.demo@example.com", "skills", "Báo giá"],
         ["header", "skills"]),
        (["Delivered every launch on time and on budget for three client", "objective:", "AE"],
         ["header", "objective"]),
    ],
)  # fmt: skip
def test_split_sections_keeps_wrapped_sentences_in_their_section(lines, names):
    assert [s.name for s in split_sections(lines)] == names


def test_split_sections_keeps_a_jobs_company_profile_in_the_work_history():
    lines = ["EXPERIENCE", "Account Manager, Sao Mai Media, 2019 - 2021",
             "Company Profile:", "A 40-person creative agency.", "- Led four accounts",
             "Account Executive, Lotus Ads, 2016 - 2019", "SKILLS", "Excel"]  # fmt: skip
    sections = split_sections(lines)
    assert [(s.name, s.heading, s.start, len(s.lines)) for s in sections] == [
        ("experience", "EXPERIENCE", 1, 5),
        ("skills", "SKILLS", 7, 1),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a work-history heading glued to its first line: split after the heading
        ("WORK HISTORY Sao Mai Media", [("experience", "WORK HISTORY", ("Sao Mai Media", "AE"))]),
        ("Work Experience Acme Corp", [("experience", "Work Experience", ("Acme Corp", "AE"))]),
        ("Professional Experience: Account Executive",
         [("experience", "Professional Experience:", ("Account Executive", "AE"))]),
        ("KINH NGHIỆM LÀM VIỆC Công ty Sao Mai",
         [("experience", "KINH NGHIỆM LÀM VIỆC", ("Công ty Sao Mai", "AE"))]),
        # a sentence, another section's heading, one heading word: body text
        ("Work experience with Acme Corp", [("header", None, ("Work experience with Acme Corp", "AE"))]),
        ("Career Objective: To lead accounts",
         [("header", None, ("Career Objective: To lead accounts", "AE"))]),
        ("Experience Lotus Ads", [("header", None, ("Experience Lotus Ads", "AE"))]),
        # ... unless the line goes on to the first job's start date
        ("Experience Lotus Interactive Group January 2008",
         [("experience", "Experience", ("Lotus Interactive Group January 2008", "AE"))]),
        ("Career Consultant, Kite People, 2001 to 2004",  # a title, not a heading
         [("header", None, ("Career Consultant, Kite People, 2001 to 2004", "AE"))]),
    ],
)  # fmt: skip
def test_split_sections_splits_a_work_heading_glued_to_its_first_line(line, expected):
    assert [(s.name, s.heading, s.lines) for s in split_sections([line, "AE"])] == expected
