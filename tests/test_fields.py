"""Reading a whole Candidate from sections (matcher.fields), with evidence for every field."""

from __future__ import annotations

from datetime import date

import pytest

from matcher.fields import _no_employer_here, _said_employers, _undated, read_candidate
from matcher.sections import split_sections
from matcher.types import Document, Evidence

TODAY = date(2026, 11, 1)

VI_CV = [
    "NGUYỄN THỊ MAI ANH",
    "Senior Account Executive",
    "SĐT: 0988.777.666 | Email: mai.anh@example.com",
    "THÔNG TIN CÁ NHÂN",
    "Ngày sinh: 04/07/1998",
    "Giới tính: Nữ",
    "Tình trạng hôn nhân: Độc thân",
    "Quê quán: Nghệ An",
    "Địa chỉ: 12 Lê Lợi, Quận 1, TP.HCM",
    "CCCD: 040198012345",
    "MỤC TIÊU NGHỀ NGHIỆP",
    "Trở thành Account Manager trong 2 năm tới.",
    "Mức lương mong muốn: 15-18 triệu (gross)",
    "KINH NGHIỆM LÀM VIỆC",
    "Công ty TNHH Quảng Cáo Sao Mai",
    "Senior Account Executive | 01/2023 - nay",
    "- Quản lý 5 nhãn hàng FMCG, tiếp nhận brief và lên proposal",
    "- Theo dõi tiến độ, báo cáo hàng tuần cho khách hàng",
    "Account Executive | 03/2021 - 12/2022",
    "- Chăm sóc khách hàng, báo giá và thanh lý hợp đồng",
    "Công ty CP Truyền Thông Ánh Dương",
    "Thực tập sinh Account | 06/2020 - 12/2020",
    "- Hỗ trợ chuẩn bị tài liệu thuyết trình",
    "HỌC VẤN",
    "Cử nhân Quản trị Kinh doanh",
    "Đại học Kinh tế TP.HCM (UEH)",
    "2016 - 2020",
    "NGOẠI NGỮ",
    "IELTS 6.5",
    "Tiếng Anh: giao tiếp tốt",
    "NGƯỜI THAM CHIẾU",
    "Ông Trần Văn Bình - Giám đốc khách hàng - 0912 345 678",
]

EN_CV = [
    "John Carter",
    "Account Manager",
    "Phone: +84 912 345 678 | john.carter@example.com",
    "Date of Birth: 12/03/1990",
    "Gender: Male",
    "Marital status: Married",
    "SUMMARY",
    "Account manager with over 7 years of experience in agencies.",
    "Expected salary: 1,500 USD net",
    "WORK EXPERIENCE",
    "Account Manager",
    "Ogilvy Vietnam Ltd -",
    "Mar 2021 – Present",
    "- Led a team of 4 AEs; grew client revenue 30%",
    "Senior Account Executive",
    "Dentsu Redder -",
    "Jan 2018 – Feb 2021",
    "- Managed briefs, quotations and campaign timelines",
    "Freelance Copywriter",
    "Self-employed",
    "Jun 2019 – Dec 2019",
    "- Wrote copy for small brands",
    "EDUCATION",
    "Bachelor of Business Administration",
    "RMIT University Vietnam",
    "2013 - 2017",
    "LANGUAGES",
    "English - Native",
    "TOEIC 950",
]


def read(lines, *, language="vi", has_photo=False):
    document = Document(
        lines=tuple(lines), pages=1, kind="text", language=language, has_photo=has_photo
    )
    return read_candidate(document, split_sections(document.lines), today=TODAY)


def test_read_candidate_reads_a_complete_vietnamese_cv():
    candidate = read(VI_CV, has_photo=True)
    data = candidate.to_dict()
    evidence = data.pop("evidence")
    assert data == {
        "name": "Nguyễn Thị Mai Anh",
        "emails": ["mai.anh@example.com"],
        "phones": ["+84988777666"],  # the referee's number is not the candidate's
        "current_title": "Senior Account Executive",
        "headline": "Senior Account Executive",  # the line under the name
        "companies": ["Công ty TNHH Quảng Cáo Sao Mai", "Công ty CP Truyền Thông Ánh Dương"],
        "years_experience": 5.8,  # 03/2021-11/2026 = 69 months; the internship is not counted
        "years_source": "roles",
        "roles": [
            {"title": "Senior Account Executive", "company": "Công ty TNHH Quảng Cáo Sao Mai",
             "start": "2023-01", "end": "present", "internship": False},
            {"title": "Account Executive", "company": "Công ty TNHH Quảng Cáo Sao Mai",
             "start": "2021-03", "end": "2022-12", "internship": False},
            {"title": "Thực tập sinh Account", "company": "Công ty CP Truyền Thông Ánh Dương",
             "start": "2020-06", "end": "2020-12", "internship": True},
        ],
        "education": [
            {"degree": "Cử nhân Quản trị Kinh doanh", "school": "Đại học Kinh tế TP.HCM",
             "year": 2020},
        ],
        "english": {"ielts": 6.5, "toeic": None, "toefl": None, "level": "intermediate"},
        "expected_salary": {"min_mvnd": 15.0, "max_mvnd": 18.0, "text": "15-18 triệu (gross)",
                            "negotiable": False, "basis": "gross", "currency": "VND"},
        "personal": {"photo": True, "date_of_birth": "1998-07-04", "age": 28, "gender": "female",
                     "marital_status": "single", "hometown": "Nghệ An",
                     "address": "12 Lê Lợi, Quận 1, TP.HCM", "national_id": "040198012345"},
    }  # fmt: skip
    assert {key: [e["text"] for e in items] for key, items in evidence.items()} == {
        "name": ["NGUYỄN THỊ MAI ANH"],
        "emails": ["SĐT: 0988.777.666 | Email: mai.anh@example.com"],
        "phones": ["SĐT: 0988.777.666 | Email: mai.anh@example.com"],
        "current_title": ["Senior Account Executive | 01/2023 - nay"],
        "headline": ["Senior Account Executive"],
        "years_experience": [
            "Senior Account Executive | 01/2023 - nay",
            "Account Executive | 03/2021 - 12/2022",
        ],
        "expected_salary": ["Mức lương mong muốn: 15-18 triệu (gross)"],
    }
    assert [r.lines for r in candidate.roles] == [
        (
            "- Quản lý 5 nhãn hàng FMCG, tiếp nhận brief và lên proposal",
            "- Theo dõi tiến độ, báo cáo hàng tuần cho khách hàng",
        ),
        ("- Chăm sóc khách hàng, báo giá và thanh lý hợp đồng",),
        ("- Hỗ trợ chuẩn bị tài liệu thuyết trình",),
    ]
    assert [e.text for e in candidate.personal.lines] == [
        "Ngày sinh: 04/07/1998",
        "Giới tính: Nữ",
        "Tình trạng hôn nhân: Độc thân",
        "Quê quán: Nghệ An",
        "Địa chỉ: 12 Lê Lợi, Quận 1, TP.HCM",
        "CCCD: 040198012345",
        "NGUYỄN THỊ MAI ANH",
        "SĐT: 0988.777.666 | Email: mai.anh@example.com",
    ]
    assert candidate.english.evidence == (
        Evidence("languages", "IELTS 6.5", 0, 9),
        Evidence("languages", "Tiếng Anh: giao tiếp tốt", 0, 24),
    )
    assert candidate.education[0].evidence == Evidence("education", VI_CV[24], 0, len(VI_CV[24]))
    assert candidate.language == "vi"


def test_read_candidate_reads_a_complete_english_cv():
    candidate = read(EN_CV, language="en")
    data = candidate.to_dict()
    evidence = data.pop("evidence")
    assert data == {
        "name": "John Carter",
        "emails": ["john.carter@example.com"],
        "phones": ["+84912345678"],
        "current_title": "Account Manager",
        "headline": "Account Manager",
        # (the freelance role's "Self-employed" names no company worked at)
        "companies": ["Ogilvy Vietnam Ltd", "Dentsu Redder"],
        "years_experience": 8.9,  # 01/2018-11/2026 = 107 months; the freelance overlap once
        "years_source": "roles",
        "roles": [
            {"title": "Account Manager", "company": "Ogilvy Vietnam Ltd", "start": "2021-03",
             "end": "present", "internship": False},
            {"title": "Senior Account Executive", "company": "Dentsu Redder",
             "start": "2018-01", "end": "2021-02", "internship": False},
            {"title": "Freelance Copywriter", "company": "Self-employed", "start": "2019-06",
             "end": "2019-12", "internship": False},
        ],
        "education": [
            {"degree": "Bachelor of Business Administration", "school": "RMIT University Vietnam",
             "year": 2017},
        ],
        "english": {"ielts": None, "toeic": 950, "toefl": None, "level": "native"},
        "expected_salary": {"min_mvnd": 39.0, "max_mvnd": 39.0, "text": "1,500 USD net",
                            "negotiable": False, "basis": "net", "currency": "USD"},
        "personal": {"photo": False, "date_of_birth": "1990-03-12", "age": 36, "gender": "male",
                     "marital_status": "married", "hometown": None, "address": None,
                     "national_id": None},
    }  # fmt: skip
    assert evidence["current_title"][0]["text"] == "Account Manager"
    assert [r.lines for r in candidate.roles] == [
        ("- Led a team of 4 AEs; grew client revenue 30%",),
        ("- Managed briefs, quotations and campaign timelines",),
        ("- Wrote copy for small brands",),
    ]


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        (["Summary", "Over 5+ years of experience in client servicing"], 5.0),
        (["MỤC TIÊU", "Hơn 3 năm kinh nghiệm làm Account tại agency"], 3.0),
        (["Profile", "Account executive with 2.5 years experience"], 2.5),
        (["Profile", "Ten years of experience in advertising"], 10.0),
        (["TÓM TẮT", "Hơn hai năm kinh nghiệm làm Account"], 2.0),
        (["TÓM TẮT", "Kinh nghiệm: 2,5 năm trong agency"], 2.5),
    ],
)
def test_read_candidate_uses_a_stated_total_when_no_role_is_dated(lines, years):
    candidate = read(lines)
    assert (candidate.years_experience, candidate.years_source) == (years, "stated")
    assert candidate.evidence["years_experience"][0].text == lines[1]


def test_read_candidate_never_takes_a_company_of_the_experience_as_the_name():
    lines = ["KINH NGHIỆM LÀM VIỆC", "2020 - nay", "Dentsu Redder", "Account Manager"]
    candidate = read(lines)
    assert (candidate.name, candidate.current_title) == (None, "Account Manager")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (  # a contract written to end after today is no more current than "- nay"
            ["KINH NGHIỆM LÀM VIỆC", "Account Manager | Sao Mai Media | 03/2024 - nay",
             "Account Executive | Kite Events | 01/2022 - 12/2027"],
            "Account Manager",
        ),
        (
            ["EXPERIENCE", "Account Executive, Lotus Digital, Jan 2020 - Dec 2022",
             "Account Manager, Kite Media, Jan 2023 - Dec 2024"],
            "Account Manager",
        ),
    ],
)  # fmt: skip
def test_read_candidate_takes_the_current_title_from_the_job_held_now(lines, title):
    assert read(lines).current_title == title


def test_read_candidate_finds_a_vietnamese_name_in_a_two_column_layout():
    lines = ["KỸ NĂNG", "- Giao tiếp", "PHẠM MINH THƯ", "Account Executive"]
    candidate = read(lines)
    assert candidate.name == "Phạm Minh Thư"
    assert candidate.evidence["name"][0] == Evidence("skills", "PHẠM MINH THƯ", 0, 13)


def test_read_candidate_without_anything_is_empty_but_valid():
    candidate = read(["Hello"])
    assert (candidate.name, candidate.roles, candidate.years_experience) == (None, (), None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["KINH NGHIỆM", "03/2019 - 12/2020", "Công ty ABC Media", "Account Executive",
             "- Chăm sóc khách hàng"],
            [("Account Executive", "Công ty ABC Media", "2019-03", "2020-12")],
        ),
        (
            ["EXPERIENCE", "Ogilvy Vietnam | Account Executive | 2019 - Present"],
            [("Account Executive", "Ogilvy Vietnam", "2019-01", "present")],
        ),
        (
            ["EXPERIENCE", "Senior System Engineer", "", "Infosys Limited -", "",
             "December 2014 to Present"],
            [("Senior System Engineer", "Infosys Limited", "2014-12", "present")],
        ),
        (
            ["Work Experience", "Company: Alpha Ltd", "Designation: Account Manager",
             "Duration: January 2007", "Till date"],
            [("Account Manager", "Alpha Ltd", "2007-01", "present")],
        ),
        (
            ["KINH NGHIỆM LÀM VIỆC", "Công ty TNHH XYZ", "Tháng 3/2019 - Hiện tại",
             "Trưởng nhóm Account"],
            [("Trưởng nhóm Account", "Công ty TNHH XYZ", "2019-03", "present")],
        ),
        (
            ["KINH NGHIỆM LÀM VIỆC", "Công ty: Công ty TNHH Truyền thông Mặt Trời",
             "Vị trí: Account Executive", "Thời gian: 03/2019 - nay", "- Tiếp nhận brief"],
            [("Account Executive", "Công ty TNHH Truyền thông Mặt Trời", "2019-03", "present")],
        ),
        (
            ["KINH NGHIEM LAM VIEC", "Cong ty CP Quang cao Sao Viet (08/2020 - 10/2022)",
             "Nhan vien Account", "- Bao gia, theo doi tien do"],
            [("Nhan vien Account", "Cong ty CP Quang cao Sao Viet", "2020-08", "2022-10")],
        ),
        (
            ["Kinh nghiệm làm việc", "T3/2019 - T12/2021: Công ty ABC - Chuyên viên tư vấn"],
            [("Chuyên viên tư vấn", "Công ty ABC", "2019-03", "2021-12")],
        ),
        (
            ["Quá trình công tác",
             "- 2015 - 2017: Trưởng nhóm Account tại Công ty Quảng cáo Đất Việt",
             "- 2017 - nay: Giám đốc khách hàng tại Ogilvy Việt Nam"],
            [("Trưởng nhóm Account", "Công ty Quảng cáo Đất Việt", "2015-01", "2017-12"),
             ("Giám đốc khách hàng", "Ogilvy Việt Nam", "2017-01", "present")],
        ),
        (
            ["EXPERIENCE", "Account Executive at Dentsu Vietnam", "Jan 2020 - Present"],
            [("Account Executive", "Dentsu Vietnam", "2020-01", "present")],
        ),
        (
            ["WORK EXPERIENCE", "Senior AE, Ogilvy Vietnam | 2021 - now",
             "AE, Ogilvy Vietnam | 2019 - 2021"],
            [("Senior AE", "Ogilvy Vietnam", "2021-01", "present"),
             ("AE", "Ogilvy Vietnam", "2019-01", "2021-12")],
        ),
        (
            ["EXPERIENCE", "Marketing Intern | Alpha Agency | 06/2018 - 08/2018"],
            [("Marketing Intern", "Alpha Agency", "2018-06", "2018-08")],
        ),
        (
            ["EXPERIENCE", "RESTAURANT MANAGER", "May 2007 - Present", "Grand Plaza",
             "Responsible for operational efficiency of the restaurant."],
            [("RESTAURANT MANAGER", "Grand Plaza", "2007-05", "present")],
        ),
        (  # a template's "Company Name : City , State Title" line
            ["EXPERIENCE", "Company Name : City , State Sous Chef", "06/2018 to 08/2019"],
            [("Sous Chef", None, "2018-06", "2019-08")],
        ),
        (
            ["EXPERIENCE", "Sr. Executive - HR, Raffles Solutions Pvt. Ltd.", "Jan 2010 - Dec 2012"],
            [("Sr. Executive - HR", "Raffles Solutions Pvt. Ltd", "2010-01", "2012-12")],
        ),
        (
            ["EXPERIENCE", "Sales Consultant (Part-time Work), Phones4u (May 2005 - Aug 2005)"],
            [("Sales Consultant", "Phones4u", "2005-05", "2005-08")],
        ),
        (
            ["EXPERIENCE", "Web Developer, RIA Services, Inc.", "2008 - 2010"],
            [("Web Developer", "RIA Services Inc", "2008-01", "2010-12")],
        ),
        (
            ["EXPERIENCE", "Regional Marketing Manager, Equipments Limited. Dubai, UAE.",
             "April 2000-April 2004"],
            [("Regional Marketing Manager", "Equipments Limited", "2000-04", "2004-04")],
        ),
        (
            ["EXPERIENCE", "- Production Planner:", "Lockheed 1978 - 1981, Palmdale, Ca."],
            [("Production Planner", "Lockheed", "1978-01", "1981-12")],
        ),
    ],
)  # fmt: skip
def test_read_candidate_reads_common_role_layouts(lines, expected):
    candidate = read(lines)
    assert [(r.title, r.company, r.start, r.end) for r in candidate.roles] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["EXPERIENCE", "Account Executive", "Jan 2020 - Present", "- Served clients",
             "Tata Communications Limited (TCL)", "- Handled accounts of ABC Corp"],
            ("Tata Communications Limited",),
        ),
        (["EXPERIENCE", "Company Name", "Account Executive", "2019 - 2020"], ()),
        (
            ["EXPERIENCE", "Karvy Stock Broking Limited as Assistant Manager",
             "Jan 2009 - Dec 2010"],
            ("Karvy Stock Broking Limited",),
        ),
        (
            ["EXPERIENCE", "Sales Manager", "2015 - 2018",
             "Grew eastern sales region to $10M as the company grew"],
            (),
        ),
        # a committee one sat on is no employer
        (["EXPERIENCE", "Co-Chair, Events Committee", "2019 - 2020"], ()),
        (  # a table: titles, then "Name, City, ST" lines, then dates
            ["EXPERIENCE", "Office Manager", "Cashier", "Harbor Freight Lines, Austin, TX",
             "Blue Kettle Cafe, Round Rock, TX", "2019 - 2020", "2018 - 2019"],
            ("Harbor Freight Lines", "Blue Kettle Cafe"),
        ),
        (  # a title, the employer and a place; an address and a place alone are no employer
            ["EXPERIENCE", "Sales Lead, Pine Ridge Outfitters, Boise, ID",
             "1255 Maple Avenue, Boise, ID", "Boise, ID", "- Ran the floor, Boise, ID"],
            ("Pine Ridge Outfitters",),
        ),
        (  # a state or a country written out ends a place as a state code does
            ["EXPERIENCE", "Blue Lotus Spa, Queen Street, Toronto, Canada",
             "Stylist, Orchid Hair Studio, Austin, Texas", "Pune, Nashik & Thane, India",
             "Hanoi, Vietnam"],
            ("Orchid Hair Studio", "Blue Lotus Spa"),
        ),
        (  # a labelled employer needs no legal form; a client is no employer
            ["EXPERIENCE", "Công ty: Sao Mai Media", "Client: Lotus Bank", "Employer: Kite Retail",
             "Account Executive", "2019 - 2021"],
            ("Sao Mai Media", "Kite Retail"),
        ),
        (  # a dash or a bar before the place; a date before it is no name
            ["EXPERIENCE", "BLUE KETTLE SYSTEMS — Rochester, NY", "Expected May 2024 | Ithaca, NY",
             "ORCHID DATA, Austin, TX (a subsidiary of Lotus Group)"],
            ("BLUE KETTLE SYSTEMS", "ORCHID DATA"),
        ),
        (["EXPERIENCE", "Present Company, Austin, TX", "Account Executive", "2019 - 2021"], ()),
        (  # longer labels: "Position held:", "Employer name:", "Đơn vị công tác:"
            ["EXPERIENCE", "Position held: Account Manager", "Employer name: Lotus Traders",
             "Since: 2014 Until: 2016", "- Ran the Kite Media account",
             "Đơn vị công tác: Sao Mai Media", "Chức vụ đảm nhiệm: Account Executive",
             "Thời gian công tác: 2012 - 2014"],
            ("Lotus Traders", "Sao Mai Media"),
        ),
        (  # a Vietnamese province or city after the employer; a district or a city alone is none
            ["KINH NGHIỆM LÀM VIỆC", "Account Executive", "Kite Media – TP.HCM", "03/2019 - nay",
             "Nhân viên kinh doanh", "Lotus Traders, Hanoi", "2017 - 2019", "Account Manager",
             "Quận 1, TP.HCM", "2015 - 2017", "Account Manager, Đà Nẵng", "2013 - 2015"],
            ("Kite Media", "Lotus Traders"),
        ),
        (  # a school employs teachers; a degree with a place is no employer
            ["EXPERIENCE", "Student Teacher", "Lakeview High School, Eugene, OR",
             "Bachelor of Arts, Eugene, OR", "Math Tutor, Cedar Learning Center, Salem, OR, 2017 to 2019"],
            ("Cedar Learning Center", "Lakeview High School"),
        ),
        (  # a school the education section names is where the candidate studied
            ["EXPERIENCE", "Account Executive, Kite Media, 2019 - 2021", "Lotus University",
             "Orientation Leader, 2016 - 2017", "EDUCATION", "Lotus University, Hanoi",
             "Bachelor of Business, 2018"],
            ("Kite Media",),
        ),
        (  # the candidate's own name, what the employer is, page furniture: no employer
            ["Lan Tran", "EXPERIENCE", "Account Executive", "Lan Tran", "2019 - 2021",
             "Account Manager, Kite Media, 2021 - 2023", "Lotus Traders", "(An ISO 9001 Company)",
             "Sales Manager, 2023 - 2024", "KITE MEDIA Continued…", "Account Executive, 2017 - 2019",
             "Resume", "Sales Executive", "Job Seeker", "2015 - 2017"],
            ("Kite Media",),
        ),
        (  # ... written without its initial atop a later page
            ["JANE T. ROE", "Email: jane@example.com", "EXPERIENCE",
             "Account Manager | Kite Media | 2019 - 2021", "Account Executive | Jane Roe | 2017 - 2019"],
            ("Kite Media",),
        ),
        (  # two lower-case words and no legal form: a sentence, not a name
            ["EXPERIENCE", "Account Manager", "Secured new Kite Hospital account", "2019 - 2021",
             "Account Executive, Lotus Traders, 2017 - 2019"],
            ("Lotus Traders",),
        ),
    ],
)  # fmt: skip
def test_read_candidate_lists_companies_named_on_their_own_lines(lines, expected):
    assert read(lines).companies == expected


@pytest.mark.parametrize(
    ("lines", "language", "expected"),
    [
        (  # an English CV writes these words in lower case elsewhere: common words, no name
            ["EXPERIENCE", "Account Manager, Retail, 2019 - 2021",
             "- Led the retail desk and the social media team",
             "Account Executive, Social Media, 2017 - 2019", "Sales Executive, Kite Media, 2015 - 2017",
             "Coach, Youth Tennis League, 2013 - 2015", "- Ran the youth tennis league"],
            "en",
            ("Kite Media", "Youth Tennis League"),
        ),
        (  # ... a Vietnamese CV's firms are common syllables ("Phát Đạt"): kept
            ["EXPERIENCE", "Account Manager, Retail, 2019 - 2021",
             "- Led the retail desk; dự án thành công",
             "Account Executive, Thành Công, 2017 - 2019", "Sales Executive, Kite Media, 2015 - 2017"],
            "vi",
            ("Retail", "Thành Công", "Kite Media"),
        ),
        (  # dates glued before or after the name go; dates alone are no employer
            ["EXPERIENCE", "Jan. 2015March 2017 Lotus Traders Corp.", "Account Manager"],
            "en",
            ("Lotus Traders Corp",),
        ),
        (  # "Since ... to ..." before the name; eight digits of dates are no phone
            ["EXPERIENCE", "Since July 2015 to Dec 2015 Lotus Cellular Limited", "Account Manager"],
            "en",
            ("Lotus Cellular Limited",),
        ),
        (
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Field Officer | March 2016March | 2017 - 2019",
             "Field Officer | Acme Corp 2015 to 2017 | 2015 - 2017",
             "Clerk | Orchid Trading Co 2011 to 1013 | 2011 - 2013"],
            "en",
            ("Kite Media", "Acme Corp", "Orchid Trading Co"),
        ),
        (  # "Title / Employer, Town": the title took in the employer, the town is none; two
            # titles ("Owner / CEO") or a title and a word ("Designer / Illustrator") stay
            ["EXPERIENCE", "Intern engineer / KTS, Rennes", "June 2009 - September 2009",
             "Software developer / AcmeSoft, Lyon", "2010 - 2012", "Owner / CEO, Lotus Traders",
             "2012 - 2014", "Designer / Illustrator, Kite Media", "2014 - 2016"],
            "en",
            ("KTS", "AcmeSoft", "Lotus Traders", "Kite Media"),
        ),
        (  # a firm named after its partners, cut at its commas, is named in full; a list of
            # names without a firm's legal form is none
            ["EXPERIENCE", "Paralegal Supervisor (2006 - 2013)", "Roe, Kite & Lotus, PA",
             "Tampa, Florida", "- Managed the case files", "Account Executive, Kite, 2003 - 2005",
             "Kite, Lotus and Orchid, Hanoi"],
            "en",
            ("Roe, Kite & Lotus", "Kite"),
        ),
        (  # a legal form a comma cut off the name is given back
            ["EXPERIENCE", "Kite Services, Inc. / Lotus Financial", "Account Executive",
             "2019 - 2021", "Account Manager, Orchid Media, 2015 - 2019"],
            "en",
            ("Kite Services, Inc.", "Orchid Media"),
        ),
        (  # an upper-case name the line broke before its legal form is read whole, once
            ["EXPERIENCE", "Account Executive, Lotus Traders, 2006 - 2008",
             "2004-2006: ACCOUNT MANAGER, KITE MEDIA SERVICES",
             "HANOI LTD (KMS) (job-shared position) advising clients"],
            "en",
            ("Lotus Traders", "KITE MEDIA SERVICES HANOI LTD"),
        ),
        (  # a unit written after the firm's legal or group word is cut, the firm listed once
            ["EXPERIENCE", "Sales Manager, Kite Limited Hanoi Branch, 2019 - 2021",
             "Sales Executive, Kite Ltd., 2017 - 2019",
             "Account Manager, Lotus Hotels Group Reservations Department, 2015 - 2017",
             "Account Executive, Orchid Sales Office, 2013 - 2015"],
            "en",
            ("Kite Limited", "Lotus Hotels Group", "Orchid Sales Office"),
        ),
        (  # a town glued to a name is cut when the CV writes it alone between commas too
            ["EXPERIENCE", "January 2006 - January 2007", "Lotus, Dubai, U.A.E", "HR Coordinator",
             "June 2004 - January 2006", "Kite Consultancy Dubai, U.A.E.", "Recruiter",
             "March 2001 - May 2004", "University of Dubai, Dubai, U.A.E.", "Lecturer"],
            "en",
            ("Lotus", "Kite Consultancy", "University of Dubai"),
        ),
        (  # a phone number or a country alone is no employer
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Field Officer | Cell 0912 345 678 | 2017 - 2019", "Field Officer | Spain/ | 2015 - 2017"],
            "en",
            ("Kite Media",),
        ),
        (  # a title and a legal form alone name no firm; a name holding a title word does
            ["EXPERIENCE", "Assistant", "Manager |INC.", "2017 - 2019",
             "Account Executive | Director Media Ltd | 2015 - 2017"],
            "en",
            ("Director Media Ltd",),
        ),
        (  # an area of a firm's territory alone is no employer
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Southern Region Finance Manager", "2017 - 2019",
             "Sales Executive | Lotus Western Foods | 2015 - 2017"],
            "en",
            ("Kite Media", "Lotus Western Foods"),
        ),
        (  # a language alone is no employer either
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Sales Executive | German | 2017 - 2019", "Sales Executive | Lotus Japanese Foods | 2015 - 2017"],
            "en",
            ("Kite Media", "Lotus Japanese Foods"),
        ),
        (  # a referee's name on a contact line is no employer
            ["EXPERIENCE", "Account Manager, Kite Media, 2019 - 2021",
             "Supervisor | Jane Roe | 555.010.1234 | jane@kitemedia.com",
             "Account Executive, Lotus Traders, 2017 - 2019",
             "Manager | John Doe | 555.010.9876 | john@lotus.com"],
            "en",
            ("Kite Media",),
        ),
        (  # a label before a figure; the town under a street line
            ["EXPERIENCE", "Account Executive, Lotus Traders, 2017 - 2019", "STORE MANAGER",
             "Jan 2019 - Dec 2021", "Sales Target: $1 M - Sales Achieved: $1.2 M"],
            "en",
            ("Lotus Traders",),
        ),
        (
            ["EXPERIENCE", "Production Assistant", "Jun 2007 - May 2009", "12 Harbor Street",
             "Springfield VIC 3000"],
            "en",
            (),
        ),
        (  # what the CV studied ("BA in Graphic Design") is a field, not an employer
            ["EDUCATION", "BA in Graphic Design", "EXPERIENCE", "Design Intern", "Graphic Design",
             "2014 - 2015", "Account Executive, Lotus Traders, 2017 - 2019"],
            "en",
            ("Lotus Traders",),
        ),
        (  # a name cut off where the line wraps
            ["EXPERIENCE", "Visiting Lecturer, Kite School of Arts and", "Sciences, 2000 - 2001",
             "Account Executive, Lotus Traders, 2017 - 2019"],
            "en",
            ("Lotus Traders",),
        ),
        (  # ... a Vietnamese word that is an English joiner ("Tô", "In": printing) ends a name;
            # a name led by its kind in lower case is a name
            ["KINH NGHIỆM LÀM VIỆC", "Account Executive | Công ty TNHH Quảng Cáo Tô | 2019 - 2021",
             "Account Executive | Công ty CP Bao Bì và In | 2017 - 2019",
             "Account Executive | công ty TNHH Sao Mai | 2015 - 2017"],
            "vi",
            ("Công ty TNHH Quảng Cáo Tô", "Công ty CP Bao Bì và In", "công ty TNHH Sao Mai"),
        ),
        (  # a dated line with a district above the employer is no street address
            ["KINH NGHIỆM LÀM VIỆC", "Account Executive", "03/2019 - nay | TP.HCM",
             "Công ty TNHH Sao Mai", "- Chăm sóc khách hàng", "Account Manager",
             "2016 - 2019 District 1", "Kite Media", "- Ran accounts"],
            "vi",
            ("Công ty TNHH Sao Mai", "Kite Media"),
        ),
        (  # the end of a sentence wrapped onto a line of its own; a sentence stop inside; a
            # legal-form word in prose ("inter-company")
            ["EXPERIENCE", "Safety Analyst", "2015 - 2017",
             "- Served as safety analyst at a 500 megawatt Lotus Nuclear", "Power Station.",
             "2009-2011: Program Coordinator, Department of Economics. Responsibilities",
             "HEAD OF SALES (1/01 - 6/01) Kite Net, Hanoi",
             "Server streamlining inter-company email communications.",
             "Account Executive, Lotus Traders, 2017 - 2019"],
            "en",
            ("Lotus Traders",),
        ),
        (  # one word of prose: an abstract noun, a participle; a figure of work done
            ["EXPERIENCE", "Freelancer", "Own Projects with 100% Responsibility", "From 2010",
             "Account Manager", "Improvement", "2015 - 2017",
             "Account Executive | Remunerated | 2013 - 2015",
             "Account Executive | Lotus Traders | 2011 - 2013"],
            "en",
            ("Lotus Traders",),
        ),
        (  # a body served on with a seat the line leads with, though no title was read
            ["EXPERIENCE", "2002-2004: Member, Kite Planning Group (KPG), Lotus University.",
             "1998-1999: Member, Orchid Governing Group (OGG). The OGG worked closely",
             "2010-2012: Account Executive, Lotus Traders"],
            "en",
            ("Lotus Traders",),
        ),
        (  # a seat alone ("Member") is no employer
            ["EXPERIENCE", "2003-2004: Member, Search Committee for Dean, Kite College",
             "Account Executive, Lotus Traders, 2017 - 2019"],
            "en",
            ("Lotus Traders",),
        ),
        (  # a client the line labels; a word of prose before a name
            ["EXPERIENCE", "Account Manager, Kite Media, 2019 - 2021",
             "Daily management of 3 vendors",
             "Kite Care System (Client: Lotus Health Network) 2016-2017", "Head",
             "Division of Policy (formerly Lotus Health Services", "2015 - 2017"],
            "en",
            ("Kite Media",),
        ),
        (  # a subject in a list of them; a certificate (the employer is named after a title
            # "in" a field)
            ["EXPERIENCE", "1979:", "Lotus Girls Secondary School, Kitui",
             "Teacher in English, Literature, History and Geography", "1983:",
             "Lecturer in Marketing, Kite University, Hanoi, 2015 - 2017",
             "Nov 2012 Tutor, Kite Certificate of Education (KCE), History"],
            "en",
            ("Kite University",),
        ),
        (  # a preposition or an article of the sentence a name was cut out of goes
            ["EXPERIENCE",
             "Sales Clerk for Franklin Kite Co. 10/2006 to 12/2006 Company Name City , State",
             "- Managed the till"],
            "en",
            ("Franklin Kite Co",),
        ),
        (
            ["EXPERIENCE", "Company Name City , State Intern 05/1988 to", "Current",
             "Claim Section Manager at the Lotus Operations Center."],
            "en",
            ("Lotus Operations Center",),
        ),
        (  # two brand-shaped employers joined by "and" are two; other names with "and" are one
            ["EXPERIENCE", "Web Designer/Developer at SDO.Net and TalkTech",
             "Designed the subscription pages"],
            "en",
            ("SDO.Net", "TalkTech"),
        ),
        (
            ["EXPERIENCE", "Account Manager | Procter and Gamble | 2015 - 2017",
             "Account Executive | Kite and Lotus Traders | 2013 - 2015"],
            "en",
            ("Procter and Gamble", "Kite and Lotus Traders"),
        ),
        (  # a partners' firm and a firm of a kind joined by "and" are two; what a firm does is one
            ["EXPERIENCE", "Account Manager | Roe & Associates and Kite Consulting Services | 2015 - 2017",
             "Account Executive | Financial Services and Lotus Investment Company | 2013 - 2015"],
            "en",
            ("Roe & Associates", "Kite Consulting Services",
             "Financial Services and Lotus Investment Company"),
        ),
        (  # a body the candidate only served on (a seat's title, no job there) is no employer
            ["EXPERIENCE", "Account Manager | Kite Media | 2015 - 2017",
             "Treasurer | Lotus Reading Association | 2010 - 2012",
             "Vice Chair | Orchid Alliance | 2008 - 2010"],
            "en",
            ("Kite Media",),
        ),
        (
            ["EXPERIENCE", "Account Manager | Kite Alliance | 2015 - 2017",
             "Member | Kite Alliance | 2010 - 2012"],
            "en",
            ("Kite Alliance",),
        ),
        (  # a user group one runs is a body one belongs to, not an employer
            ["EXPERIENCE", "Account Manager | Kite Media | 2015 - 2017",
             "Co-Manager", "Hanoi / Da Nang Lotus User Group", "2010 - 2012"],
            "en",
            ("Kite Media",),
        ),
        (  # a bracket the line broke open is no part of the name
            ["EXPERIENCE", "Embedded Developer", "Kite Trading [http://www.kite.example]",
             "2015 - 2017"],
            "en",
            ("Kite Trading",),
        ),
        (  # "<kind> Company in <field or place>" says what kind of firm, not which
            ["EXPERIENCE", "Account Manager | Kite Media | 2015 - 2017",
             "Best Overall Company in Mobile 2012",
             "HR Officer | Petrochemical Company in the Gulf | 2010 - 2012"],
            "en",
            ("Kite Media",),
        ),
        (  # the basis of the work is no employer
            ["EXPERIENCE", "Web Developer | Pro Bono | 2007 - 2009",
             "Account Manager | Kite Media | 2015 - 2017"],
            "en",
            ("Kite Media",),
        ),
        (  # working for oneself is no company worked at (the role keeps it as its employer)
            ["EXPERIENCE", "Freelance Copywriter | Self-employed | 2012 - 2014",
             "Designer, Self Employed, 2011 - 2012", "Account Manager | Kite Media | 2015 - 2017",
             "Sales Executive | Kite Self Storage Ltd | 2009 - 2011"],
            "en",
            ("Kite Media", "Kite Self Storage Ltd"),
        ),
        (  # a contest, a fellowship, a portfolio, what an employer is, a department alone
            ["EXPERIENCE", "Treasurer, 2011 - 2012", "Lotus Essay Contest", "Research Assistant",
             "Kite Research Fellowship, 2014 - 2015", "Web Developer, 2015 - 2016",
             "Clients & Project Portfolio", "Sr. Strategist", "Kite Net", "a Kite Media Alliance",
             "2015 - 2016", "Junior Developer, 2015 - 2016", "IT",
             "Account Executive, Lotus Traders, 2017 - 2019"],
            "en",
            ("Lotus Traders",),
        ),
        (  # words that only say what kind of place it is name none ...
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Lecturer | University | 2017 - 2019", "Analyst | Services Division | 2015 - 2017"],
            "vi",
            ("Kite Media",),
        ),
        (  # a project list and a summary name employers on company lines, not in sentences
            ["CAREER OBJECTIVE", "Kite Media Group, Austin, Texas",
             "To grow as an account manager at Lotus Bank Ltd.", "EXPERIENCE",
             "Account Manager, Acme Corp, 2019 - 2021", "PROJECTS",
             "Lotus Data, Inc. Senior System Administrator", "Orchid Web Redesign"],
            "en",
            ("Acme Corp", "Lotus Data Inc", "Kite Media Group"),
        ),
        (  # a title glued before a firm with a legal form goes; a name may start with a head
            ["EXPERIENCE", "Account Manager | Sales Manager Orchid Fresh Inc | 2019 - 2021",
             "Recruiter | Executive Search Partners Ltd | 2017 - 2019",
             "Analyst | Lotus Consultant Group Ltd | 2015 - 2017"],
            "en",
            ("Orchid Fresh Inc", "Executive Search Partners Ltd", "Lotus Consultant Group Ltd"),
        ),
        (  # a piece led by a verb of work done is a bullet, not a name
            ["EXPERIENCE", "Account Manager | Kite Media | 2019 - 2021",
             "Account Executive | Creating Brand Awareness | 2017 - 2019",
             "Sales Executive | Used Google Sheets | 2015 - 2017",
             "Planner | Planned Parenthood | 2013 - 2015"],
            "vi",
            ("Kite Media", "Planned Parenthood"),
        ),
        (  # one employer written with and without its legal form's abbreviation
            ["EXPERIENCE", "Account Manager | Kite Media Pvt. Ltd. | 2019 - 2021",
             "Account Executive | Kite Media Private Limited | 2017 - 2019",
             "Sales Executive | Lotus Corp | 2015 - 2017", "Intern | Lotus Corporation | 2014 - 2015"],
            "en",
            ("Kite Media Pvt. Ltd", "Lotus Corp"),
        ),
        (  # ... unless a legal form ends them
            ["EXPERIENCE", "International Network Inc.", "Account Manager, 2019 - 2021"],
            "en",
            ("International Network Inc",),
        ),
        (  # a name written in lower case with its legal form is a name, not a sentence
            ["EXPERIENCE", "Account Manager | Kite cellular service pvt ltd | 2019 - 2021",
             "Account Executive | Lotus computer corporation | 2017 - 2019"],
            "en",
            ("Kite cellular service pvt ltd", "Lotus computer corporation"),
        ),
    ],
)  # fmt: skip
def test_read_candidate_cleans_up_company_names(lines, language, expected):
    assert read(lines, language=language).companies == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jan. 2015March 2017 Lotus Traders Corp.", "Lotus Traders Corp."),
        ("Since Apr’08 to Nov’10 Lotus Cellular Limited", "Lotus Cellular Limited"),
        ("April 07 to Oct ‘07", ""),  # months with years of two digits are dates too
        ("Kite Media 2015 - 2017", "Kite Media"),
        ("Studio 54", "Studio 54"),  # two digits alone are no year
    ],
)
def test_undated_drops_the_dates_around_a_name(name, expected):
    assert _undated(name) == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Power Station", "- Served as analyst at a 500 megawatt Lotus Nuclear\nPower Station.", True),
        # a legal form ends a name; a date line above is no sentence
        ("Kite Rogers co", "- Led the sales team and grew the accounts\nKite Rogers co.", False),
        ("Lotus Sound", "Sales Executive\n2005 till present\nLotus Sound.", False),
        # the years in brackets before the stop; a long list line above that breaks off
        ("Kite Rules", "Drafted the Lotus Code for Electrical Sales and Projects, and the Standard\nKite Rules (1978-1980).", True),
        ("Parts in Iron", "Gear Boxes, Brake Drums, Clutch Housings, Front/Rear Hubs and Suspension\nParts in Iron.", True),
        ("Kite Media", "Account Manager, 2015 - 2019\nKite Media (2015-2019).", False),
        ("Kite Media", "Account Manager | Kite Media | kite@media.com", False),  # no phone
        ("Kite Media Ltd", "Kite Media Ltd | 028 3822 1234 | hr@kitemedia.vn", False),
        ("Jane Roe", "Manager | Jane Roe | 028 3822 1234 | jane@kitemedia.vn", True),
        ("GPA", "GPA: 3.6; Major GPA: 3.9", True),
        ("Sales Target", "Sales Target: $1 M", True),
        ("Services Offered", "Services Offered: facials, nail care, massage", True),
        ("Kite Spa Ltd", "Kite Spa Ltd: facials, nail care, massage", False),  # a legal form
        ("Kite Spa", "Owner, Kite Spa: facials, nail care", False),  # not the line's label
        ("Lotus Traders", "Lotus Traders: 2015 - 2017", False),  # a name and its dates
        ("Lotus Traders", "Lotus Traders: Account Executive", False),
        ("Visual Studio", "Applications: Visual Studio, Flash, Visio, Dreamweaver", True),
        # an item after a comma in a bullet's sentence, no legal form: no employer
        ("Kite HQ Agency", "- Analyzed site traffic using Lotus Analytics, Kite HQ Agency", True),
        ("Kite Media Ltd", "- Managed key accounts, Kite Media Ltd", False),
        # a column of label values: tools, a project; a job's column holds its years
        ("Kite Flow", "Tools\nProject\n: Adobe Photoshop, Gif animator\n: Kite Flow for publishing", True),
        ("Kite Media", ": Account Manager\n: Kite Media\n: 2019 - 2021", False),
        ("Kite Press", '"Trade Deals" (NY: Kite Press, 1994). In "Lotus Quarterly"', True),
        ("Kite Press", "Editor (Hanoi: Kite Press, 2015 - 2017)", False),
        ("Lotus Motors", "Present: Assistant Engineer, Kite Vehicles, Lotus Motors, Detroit", False),
        ("Kite Media", "Employer: Kite Media, Lotus Group, Orchid Bank, Acme Corp", False),
        ("Kite Media", "Clients: Kite Media, Lotus Group, Orchid Bank, Acme Corp", True),
        ("Kite", "Work experience: Kite, Lotus, Orchid, Acme", False),
        ("Intel", "Worked for: Google, Microsoft, Intel, Adobe", False),
        ("Flat 6D", "Address:\nFlat 6D, Street 28, Hanoi", True),
        ("Springfield VIC", "12 Harbor Street\nSpringfield VIC 3000", True),
        ("Kite Media", "2016 - 2019 District 1\nKite Media", False),
        ("Lotus Bank", "Lotus Bank, Hanoi", False),
        ("Kite Media", "Account Manager, Kite Media", False),
        ("Jane Roe", "Jane Roe, Curriculum Vitae, April 2013", True),
        ("Kite Media", "Resume: Account Manager at Kite Media", False),
        ("Page Kite Systems", "Page Kite Systems, Austin, TX", False),
    ],
)  # fmt: skip
def test_no_employer_here_reads_the_line_a_name_came_from(name, text, expected):
    assert _no_employer_here(name, text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Currently working with Kite Media Ltd as an Account Manager.", ["Kite Media Ltd"]),
        ("Presently associated with Lotus Group Of companies, Pune", ["Lotus Group"]),
        ("Currently employed with Kite High School, Waukegan, Illinois", ["Kite High School"]),
        ("Presently working with Kite Digital formerly known as Lotus Web", ["Kite Digital"]),
        ("Hiện đang làm việc tại Công ty TNHH Sao Mai với vị trí AE", ["Công ty TNHH Sao Mai"]),
        ("Hiện tại đang công tác tại Ngân hàng Sao Mai.", ["Ngân hàng Sao Mai"]),
        ("Currently working with XXXX.", []),  # a template's mask
        ("Currently working at a digital agency", []),  # no name
        ("Worked with Kite Media as an intern", []),  # not the present job's sentence
    ],
)
def test_said_employers_reads_the_present_employer_from_a_sentence(line, expected):
    assert _said_employers([("objective", line)]) == expected


def test_read_candidate_does_not_count_internships():
    lines = ["EXPERIENCE", "Marketing Intern | Alpha Agency | 01/2018 - 12/2018",
             "Account Executive | Beta Agency | 01/2019 - 12/2019"]  # fmt: skip
    candidate = read(lines)
    assert [r.internship for r in candidate.roles] == [True, False]
    assert candidate.years_experience == 1.0


def test_read_candidate_keeps_a_referees_phone_out():
    lines = ["Trần Minh Khoa", "0912 345 678", "NGƯỜI THAM CHIẾU", "Bà Lê Thu - 0988 777 666"]
    assert read(lines).phones == ("+84912345678",)


def test_read_candidate_counts_overlapping_roles_once():
    lines = ["EXPERIENCE", "Account Executive | Alpha Agency | 01/2020 - 12/2021",
             "Freelance Planner | Beta Studio | 06/2021 - 06/2022"]  # fmt: skip
    assert read(lines).years_experience == 2.5  # 01/2020-06/2022 = 30 months


def test_read_candidate_joins_a_range_over_three_lines():
    lines = ["EXPERIENCE", "May 2015", "to", "February 2016", "Sous Chef | Alpha Kitchen"]
    assert [(r.title, r.start, r.end) for r in read(lines).roles] == [
        ("Sous Chef", "2015-05", "2016-02")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày sinh: 04/07/2001", {"date_of_birth": "2001-07-04", "age": 25}),
        ("Sinh ngày 15/01/1999", {"date_of_birth": "1999-01-15", "age": 27}),
        ("Năm sinh: 1995", {"date_of_birth": "1995", "age": 31}),
        ("DOB: 12/03/1990", {"date_of_birth": "1990-03-12", "age": 36}),
        ("Tuổi: 25", {"age": 25}),
        ("Giới tính: Nam", {"gender": "male"}),
        ("Gender: Female", {"gender": "female"}),
        ("Tình trạng hôn nhân: Đã kết hôn", {"marital_status": "married"}),
        ("Marital status: Single", {"marital_status": "single"}),
        ("Quê quán: Thái Bình", {"hometown": "Thái Bình"}),
        ("Hộ khẩu thường trú: Cần Thơ", {"hometown": "Cần Thơ"}),
        ("Tạm trú: 45 Trần Hưng Đạo, Q.5", {"address": "45 Trần Hưng Đạo, Q.5"}),
        ("CCCD: 079201001234", {"national_id": "079201001234"}),
        ("Hộ chiếu: B1234567", {"national_id": "B1234567"}),
        ("Dân tộc: Kinh", {}),
        ("Chiều cao: 1m65 | Cân nặng: 50kg", {}),
    ],
)
def test_read_candidate_finds_personal_data_to_hide(line, expected):
    personal = read(["THÔNG TIN CÁ NHÂN", line]).personal
    fields = {k: v for k, v in personal.to_dict().items() if v not in (None, False)}
    assert fields == expected
    assert [e.text for e in personal.lines] == [line]


def test_read_candidate_does_not_take_a_bullet_about_addresses_as_personal():
    lines = ["EXPERIENCE", "- Address client feedback within 24 hours"]
    assert read(lines).personal.lines == ()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["IELTS 7.0"], (7.0, None, None, None)),
        (["TOEIC: 850 điểm"], (None, 850, None, None)),
        (["TOEFL iBT 95"], (None, None, 95, None)),
        (["Tiếng Anh: thành thạo"], (None, None, None, "fluent")),
        (["Tiếng Anh giao tiếp"], (None, None, None, "intermediate")),
        (["English: Advanced"], (None, None, None, "advanced")),
        (["Anh văn: cơ bản"], (None, None, None, "basic")),
        (["English - Native"], (None, None, None, "native")),
    ],
)
def test_read_candidate_reads_english(lines, expected):
    english = read(["NGOẠI NGỮ", *lines]).english
    assert (english.ielts, english.toeic, english.toefl, english.level) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Cử nhân Kinh tế đối ngoại - Đại học Ngoại thương, 2019"],
         [("Cử nhân Kinh tế đối ngoại", "Đại học Ngoại thương", 2019)]),
        (["Thạc sĩ Quản trị kinh doanh (MBA)", "Đại học RMIT Việt Nam", "2020 - 2022"],
         [("Thạc sĩ Quản trị kinh doanh (MBA)", "Đại học RMIT Việt Nam", 2022)]),
        (["Bachelor of Marketing, RMIT University, 2018"],
         [("Bachelor of Marketing", "RMIT University", 2018)]),
        (["B.E in Computer Science from Anna University (2010 - 2014)"],
         [("B.E in Computer Science", "Anna University", 2014)]),
    ],
)  # fmt: skip
def test_read_candidate_reads_education(lines, expected):
    education = read(["HỌC VẤN", *lines]).education
    assert [(e.degree, e.school, e.year) for e in education] == expected


def test_read_candidate_adds_a_role_a_summary_states_as_held():
    lines = ["Le Van Nam", "SUMMARY",
             "5 years as an Account Manager at Ogilvy Vietnam, leading FMCG brands.",
             "EXPERIENCE", "Account Executive | Dentsu Vietnam | 2016 - 2019"]  # fmt: skip
    roles = [(r.title, r.company, r.start, r.end) for r in read(lines).roles]
    assert roles == [
        ("Account Executive", "Dentsu Vietnam", "2016-01", "2019-12"),
        ("Account Manager", "Ogilvy Vietnam", None, None),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a job's "Key Achievements:" heading does not end the work history
            ["EXPERIENCE", "Account Manager", "Alpha Media", "2019 - 2021", "Key Achievements:",
             "- Grew revenue 30%", "Account Executive", "Beta Media Ltd", "2016 - 2019"],
            [("Account Manager", "Alpha Media"), ("Account Executive", "Beta Media Ltd")],
        ),
        (  # an achievements part gives dated jobs only, never its award lines
            ["WORK EXPERIENCE", "Account Executive", "Kite Media", "03/2020 - 2022",
             "ACHIEVEMENTS", "Best Account Manager Award 2019", "Top Sales Executive, Q3 2020"],
            [("Account Executive", "Kite Media")],
        ),
        (
            ["KINH NGHIỆM LÀM VIỆC", "Account Executive", "Công ty TNHH Sao Mai", "03/2020 - 2022",
             "THÀNH TÍCH", "Nhân viên xuất sắc năm 2021"],
            [("Account Executive", "Công ty TNHH Sao Mai")],
        ),
        (  # an awards section is no work history, even right after one
            ["EXPERIENCE", "Account Manager", "Alpha Media", "2019 - 2021", "AWARDS",
             "Best Young Account Manager", "Gamma Awards 2018 - 2019"],
            [("Account Manager", "Alpha Media")],
        ),
        (  # a job part heading away from the work history is not read for jobs
            ["EDUCATION", "RMIT University", "PROJECTS", "Project Manager", "Delta Club",
             "2016 - 2017", "EXPERIENCE", "Account Manager", "Alpha Media", "2019 - 2021"],
            [("Account Manager", "Alpha Media")],
        ),
    ],
)  # fmt: skip
def test_read_candidate_reads_jobs_after_a_job_part_heading(lines, expected):
    assert [(r.title, r.company) for r in read(lines, language="en").roles] == expected


def test_read_candidate_reads_a_dated_job_under_the_education_heading():
    candidate = read(
        ["EXPERIENCE", "Account Manager, Kite Media, 2020 - 2023", "EDUCATION",
         "Bachelor of Business, Lotus University, 2014 - 2018",
         "Dean's List Scholar, 2015 - 2016", "Supervisor: Professor Lan Tran, 2017 - 2018",
         "Research Assistant, Lotus Marketing Lab, 2016 - 2018", "Teaching Assistant Program 2017"]
    )  # fmt: skip
    roles = [(r.title, r.company, r.start, r.end) for r in candidate.roles]
    assert (roles, candidate.companies, candidate.years_experience) == (
        [("Account Manager", "Kite Media", "2020-01", "2023-12"),
         ("Research Assistant", "Lotus Marketing Lab", "2016-01", "2018-12")],
        ("Kite Media", "Lotus Marketing Lab"),
        4.0,  # a student job counts no years
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # without an experience heading, dated jobs are read from the other sections...
            ["SUMMARY", "Account Executive, Sao Mai Media, 2019 - 2022", "SKILLS", "Excel"],
            [("Account Executive", "Sao Mai Media")],
        ),
        (  # ...but never from the activities: a club or volunteer post is no job
            ["SUMMARY", "Account Executive, Sao Mai Media, 2019 - 2022", "ACTIVITIES",
             "President, Acme Chess Club, 2016 - 2018"],
            [("Account Executive", "Sao Mai Media")],
        ),
        (
            ["HOẠT ĐỘNG", "Trưởng ban, Câu lạc bộ Marketing Sao Mai, 2017 - 2019"],
            [],
        ),
    ],
)  # fmt: skip
def test_read_candidate_reads_no_job_from_activities_without_a_work_history(lines, expected):
    assert [(r.title, r.company) for r in read(lines, language="en").roles] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # an achievement line states a title held, like a summary does
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "ACHIEVEMENTS",
             "Promoted to Account Manager at Sao Mai Media within 18 months"],
            [("Account Executive", "Kite Media"), ("Account Manager", "Sao Mai Media")],
        ),
        (  # an award named after a title is no title held
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "AWARDS",
             "Best Young Account Manager, Gamma Awards 2019"],
            [("Account Executive", "Kite Media")],
        ),
        (  # a skills list states no title held
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "SKILLS",
             "Promoted to Account Manager at Sao Mai Media within 18 months"],
            [("Account Executive", "Kite Media")],
        ),
    ],
)  # fmt: skip
def test_read_candidate_adds_a_title_an_achievement_states_as_held(lines, expected):
    assert [(r.title, r.company) for r in read(lines, language="en").roles] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a job filed under the skills keeps its labelled title
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "SKILLS",
             "Excel, PowerPoint", "- Designation: Sales Coordinator"],
            [("Account Executive", "Kite Media"), ("Sales Coordinator", None)],
        ),
        (  # a job filed under an achievements heading keeps its labelled title
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "ACHIEVEMENTS",
             "Grew revenue 30%", "2015", "Position: Tutor (five hours per week)"],
            [("Account Executive", "Kite Media"), ("Tutor", None)],
        ),
        (
            ["KINH NGHIỆM LÀM VIỆC", "Account Executive | Công ty TNHH Sao Mai | 2019 - 2022",
             "THÀNH TÍCH", "Nhân viên xuất sắc năm 2021", "Vị trí: Trưởng nhóm"],
            [("Account Executive", "Công ty TNHH Sao Mai"), ("Trưởng nhóm", None)],
        ),
        (  # a table's next column run into the value ends the title
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "CERTIFICATES",
             "Position: HR Trainee Duration of Training - 6 weeks"],
            [("Account Executive", "Kite Media"), ("HR Trainee", None)],
        ),
        (  # a label before a task, or a title already read, adds nothing
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "PROJECTS",
             "Role: Built the campaign microsite", "Role: Account Executive"],
            [("Account Executive", "Kite Media")],
        ),
        (  # a club's post under the activities is no job, nor a part in a project
            ["EXPERIENCE", "Account Executive | Kite Media | 2016 - 2019", "ACTIVITIES",
             "Acme Chess Club", "Position: Treasurer", "FINAL YEAR PROJECT",
             "Acme campus app", "Role: Team Head"],
            [("Account Executive", "Kite Media")],
        ),
    ],
)  # fmt: skip
def test_read_candidate_adds_a_title_a_label_names_outside_the_work_history(lines, expected):
    assert [(r.title, r.company) for r in read(lines, language="en").roles] == expected
