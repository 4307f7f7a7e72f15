"""Tests for matcher.education: degree families, the degree's own words, entries per school."""

from __future__ import annotations

import pytest

from matcher.education import degree_level, find_education, trim_degree, trim_school


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cử nhân Quản trị Kinh doanh", "bachelor"),
        ("Thạc sĩ Marketing", "master"),
        ("BE in Mechanical Engineering", "bachelor"),
        ("B.E. Civil", "bachelor"),
        ("MS in Computer Science", "master"),
        ("MBA", "master"),
        ("Trung học phổ thông Lê Quý Đôn", "secondary"),
        # an abbreviation that is also a word is a degree only in capitals
        ("References will be furnished on request", None),
        ("Identify needs and work through issues that might be", None),
        ("Ms Lan Anh, Head of HR", None),
        # "graduate" before a job, an office or a school names no degree
        ("Graduate Assistant", None),
        ("Office of Undergraduate Admissions", None),
        ("Post Graduate Diploma in Marketing", "master"),
        # "MS" before a Microsoft product is Microsoft's
        ("MS Office 2016, MS Project", None),
        ("Proficient in MS Excel and MS Word", None),
    ],
)
def test_degree_level_names_the_family(text, expected):
    assert degree_level(text) == expected


@pytest.mark.parametrize(
    ("degree", "expected"),
    [
        ("Bachelor of Arts in Marketing, Minor in Graphic Arts", "Bachelor of Arts in Marketing"),
        ("Bachelor of Arts in New Media, GPA 3.6", "Bachelor of Arts in New Media"),
        ("Bachelor of Science in Management (Minor in Marketing)",
         "Bachelor of Science in Management"),
        ("Master of Design, Class of 2015", "Master of Design"),
        ("Bachelors in Landscape Architecture graduated summa cum laude",
         "Bachelors in Landscape Architecture"),
        ("BS in Interaction Design (BSID) Pending (Graduation: May 2012)",
         "BS in Interaction Design (BSID)"),
        ("Bachelor of Fine Arts majoring in Graphic Design", "Bachelor of Fine Arts"),
        ("Received a Bachelors of Science in Computer Science",
         "Bachelors of Science in Computer Science"),
        ("Pursuing an MBA in Marketing (expected May 2025)", "MBA in Marketing"),
        ("2008 - 2010 MBA in Finance", "MBA in Finance"),
        ("Cử nhân Kinh tế, tốt nghiệp loại Giỏi", "Cử nhân Kinh tế"),
        # nothing to trim; a lead word that is the only degree word stays
        ("Bachelor of Commerce, Accounting Systems", "Bachelor of Commerce, Accounting Systems"),
        ("Graduation", "Graduation"),
        ("Senior Secondary Certificate", "Senior Secondary Certificate"),
    ],
)  # fmt: skip
def test_trim_degree_keeps_the_degree_name(degree, expected):
    assert trim_degree(degree) == expected


@pytest.mark.parametrize(
    ("school", "expected"),
    [
        ("from Sao Mai College 2006", "Sao Mai College"),
        ("Acme University in the year 2000", "Acme University"),
        ("Acme University Kokomo, May 2010", "Acme University Kokomo"),
        ("University of Acme, 2010 - 2014", "University of Acme"),
        ("Education University of Acme", "University of Acme"),
        ("2004 Acme Photography Institute", "Acme Photography Institute"),
        ("Acme University with A grades", "Acme University"),
        ("Marymount College 1999", "Marymount College"),  # "Mar..." is no month
        ("Đại học Kinh tế TP.HCM", "Đại học Kinh tế TP.HCM"),
        # a school word alone names no school
        ("University", None),
        ("Name of University", None),
    ],
)
def test_trim_school_keeps_the_school_name(school, expected):
    assert trim_school(school) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["MBA From University of Delhi, India, 2006"], [("MBA", "University of Delhi", 2006)]),
        (["Bachelor of Arts in Psychology, Minor in Biology, Sao Mai College, 2014"],
         [("Bachelor of Arts in Psychology", "Sao Mai College", 2014)]),
        (["Cử nhân Quản trị Kinh doanh - Đại học Kinh tế, 2019", "Xếp loại: Khá"],
         [("Cử nhân Quản trị Kinh doanh", "Đại học Kinh tế", 2019)]),
        (["Thạc sĩ Marketing", "Đại học Ngoại thương", "2020 - 2022"],
         [("Thạc sĩ Marketing", "Đại học Ngoại thương", 2022)]),
        # a secondary school's name is a school, not a degree; its certificate is a degree
        (["Sao Mai Girls High School, 2008"], [(None, "Sao Mai Girls High School", 2008)]),
        (["Trường THPT Lê Lợi, 2012"], [(None, "Trường THPT Lê Lợi", 2012)]),
        (["High School Diploma, Acme High School"],
         [("High School Diploma", "Acme High School", None)]),
        # the school after "from" even when it has no school word
        (["Master of Arts in Mass Communication from ABC"],
         [("Master of Arts in Mass Communication", None, None)]),
        # a sentence that mentions a degree is none
        (["i completed a M.Sc. at the department of informatics"], []),
        # two degrees, two entries; a skill line with "MS Office" is none
        (["Master of Science, Acme Institute, 2012", "Bachelor of Science, Acme Institute, 2010",
          "Skills: MS Office"],
         [("Master of Science", "Acme Institute", 2012),
          ("Bachelor of Science", "Acme Institute", 2010)]),
    ],
)  # fmt: skip
def test_find_education_reads_degree_school_and_year(lines, expected):
    found = find_education([("education", line) for line in lines])
    assert [(e.degree, e.school, e.year) for e in found] == expected
