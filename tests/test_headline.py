"""Reading a CV's headline (matcher.headline): the title line under the name, or the title a
summary opens with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.headline import find_headline, held_titles
from matcher.types import Evidence


def _headline(lines: list[str], *, summary: tuple[str, ...] = ()) -> str | None:
    header = [("header", ln) for ln in lines]
    found, _ = find_headline(
        header, name_line=lines[0], summary=[("objective", ln) for ln in summary]
    )
    return found


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["NGUYỄN THỊ MAI ANH", "Senior Account Executive", "SĐT: 0988 777 666"],
         "Senior Account Executive"),
        (["TRAN VAN BINH", "Chuyên viên kinh doanh"], "Chuyên viên kinh doanh"),
        (["LE MINH", "Vị trí ứng tuyển: Account Manager"], "Account Manager"),
        (["LE MINH", "Ứng tuyển: Account Executive"], "Account Executive"),
        (["LE MINH", "Vị trí dự tuyển: Account Executive"], "Account Executive"),
        (["LE MINH", "Vị trí: Account Executive"], "Account Executive"),
        (["John Carter", "Position: Brand Manager"], "Brand Manager"),
        (["John Carter", "Job Title: Account Director"], "Account Director"),
        (["John Carter", "Post applied for: Sales Executive"], "Sales Executive"),
        (["John Carter", "Sales Account Manager Resume Sample"], "Sales Account Manager"),
        (["John Carter", "Resume for HR Assistant"], "HR Assistant"),
        (["John Carter", "CAREER FOCUS: Retail Sales Associate"], "Retail Sales Associate"),
        (["John Carter", "SENIOR PROJECT MANAGER | CONSTRUCTION EXECUTIVE | CONSULTANT"],
         "SENIOR PROJECT MANAGER | CONSTRUCTION EXECUTIVE | CONSULTANT"),
        (["John Carter", "Marketing professional with 5+ years of experience in social media"],
         "Marketing professional"),
        (["John Carter", "Results-oriented Web Application Developer with training in PHP"],
         "Web Application Developer"),
        (["John Carter", "Senior Account Manager at Alpha Media"], "Senior Account Manager"),
        (["John Carter", "ATTORNEY AT LAW"], "ATTORNEY AT LAW"),
        (["John Carter", "PhD, Attorney at Law"], "Attorney at Law"),
        (["John Carter", "MBA, Senior Account Manager"], "Senior Account Manager"),
        (["John Carter", "JOB TITLE", "Staff Accountant, 905-12"], "Staff Accountant"),
        (["LE MINH", "Vị trí ứng tuyển:", "Account Executive"], "Account Executive"),
        (["John Carter", "OBJECTIVE: Seeking a position as an Account Executive at ABC"],
         "Account Executive"),
        (["John Carter", "To obtain a human resource associate position with a bank"],
         "human resource associate"),
    ],
)  # fmt: skip
def test_find_headline_reads_the_title_line_under_the_name(lines, expected):
    assert _headline(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["John Carter", "john.carter@example.com | 0912 345 678", "Hanoi, Vietnam"],
        ["John Carter", "Dear Hiring Manager or Recruiter,"],
        ["John Carter", "I am looking forward to joining a progressive organization."],
        ["John Carter", "developed through experience as an office manager, secretary"],
        ["John Carter", "www.example.com/account-manager"],
        ["NGUYỄN VĂN AN"],
        ["John Carter", "Detail-oriented professional with a passion for numbers"],
        ["John Carter", "Executive MBA, RMIT University"],
        ["John Carter", "Serve as a lead expert resource for growth initiatives"],
    ],
)
def test_find_headline_finds_none_without_a_title_line(lines):
    assert _headline(lines) is None


def test_find_headline_falls_back_to_the_summary_opening():
    lines = ["John Carter", "Hanoi, Vietnam"]
    summary = ("Human Resources Generalist with more than 8 years of experience.", "More.")
    assert _headline(lines, summary=summary) == "Human Resources Generalist"


def test_find_headline_prefers_the_header_to_the_summary():
    lines = ["John Carter", "Account Director"]
    assert _headline(lines, summary=("Sales manager with 10 years",)) == "Account Director"


def test_find_headline_gives_its_line_as_evidence():
    header = [("header", "John Carter"), ("header", "Account Manager Resume")]
    assert find_headline(header, name_line="John Carter") == (
        "Account Manager",
        Evidence("header", "Account Manager Resume", 0, 22),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("8 years as a Key Account Manager at Ogilvy Vietnam, leading FMCG brands",
         [("Key Account Manager", "Ogilvy Vietnam")]),
        ("Promoted to Human Resources Manager in the North America division",
         [("Human Resources Manager", None)]),
        ("Served as the Lead Piping Engineer responsible for set up of the piping office",
         [("Lead Piping Engineer", None)]),
        ("Hơn 3 năm làm việc với vai trò Account Executive tại Công ty ABC Media",
         [("Account Executive", "Công ty ABC Media")]),
        ("Hiện là Account Manager tại Công ty TNHH Quảng cáo Sao Mai.",
         [("Account Manager", "Công ty TNHH Quảng cáo Sao Mai")]),
        ("Từng làm Nhân viên kinh doanh tại ngân hàng ACB, phụ trách khách hàng doanh nghiệp",
         [("Nhân viên kinh doanh", "ngân hàng ACB")]),
        ("Currently working as a Software Engineer in Hanoi", [("Software Engineer", None)]),
        ("Hơn 3 năm kinh nghiệm ở vị trí Account Executive tại Sao Mai Media",
         [("Account Executive", "Sao Mai Media")]),
        ("3 năm làm Account Executive tại Sao Mai Media", [("Account Executive", "Sao Mai Media")]),
        ("Có 2 năm kinh nghiệm làm Nhân viên kinh doanh", [("Nhân viên kinh doanh", None)]),
        ("Có 2 năm kinh nghiệm làm việc tại Công ty ABC", []),
        ("To work as a HR coordinator with a hospital", []),
        ("Worked as part of a team of ten", []),
        ("Responsible for key accounts", []),
        ("Seven years of experience as assistant account manager in agencies",
         [("assistant account manager", None)]),
        ("Ten years as an account executive, account manager, planner, and editor",
         [("account executive", None), ("account manager", None), ("planner", None),
          ("editor", None)]),
        ("Ten years as an account executive, brand lover, and editor",
         [("account executive", None)]),
        ("Hired as Account Executive and promoted to Account Manager within a year",
         [("Account Executive", None), ("Account Manager", None)]),
        ("As a Senior Account Manager, led a team of five at Sao Mai Media",
         [("Senior Account Manager", None)]),
        ("Presently employed by Acme Corp as a Brand Executive", [("Brand Executive", None)]),
        ("Worked well as a team player and as a mentor", []),
        ("Learned to grow as an Artist through print and web work", []),
        ("Vice President of Sales (promoted from Regional Director in 2015)",
         [("Regional Director", None)]),
        ("Proud to have served as Team Leader for the Kite Media account",
         [("Team Leader", None)]),
        ("Served as Assistant Coach and Team Captain during senior year",
         [("Assistant Coach and Team Captain", None)]),
        ("Worked for a growing agency as a Senior Account Manager",
         [("Senior Account Manager", None)]),
        ("Promoted from Account Executive to Account Manager in 2019",
         [("Account Manager", None), ("Account Executive", None)]),
        ("I am a User Experience Designer with 6 years of experience",
         [("User Experience Designer", None)]),
        ("I'm an Account Executive at Kite Media", [("Account Executive", "Kite Media")]),
        ("I am a quick learner and a team player", []),
        ("I am a cheerful worker and a quick learner", []),
        ("Function as a HR Generalist, responsible for payroll and benefits",
         [("HR Generalist", None)]),
        ("Joined as Account Executive at Kite Media in 2019",
         [("Account Executive", "Kite Media")]),
        ("I am a Supply Chain manager with knowledge of managing projects, resources and staff",
         [("Supply Chain manager", None)]),
        ("Promoted to Vice President, Regional Marketing Manager as a result.",
         [("Vice President", None), ("Regional Marketing Manager", None)]),
    ],
)  # fmt: skip
def test_held_titles_reads_titles_a_sentence_states_as_held(line, expected):
    found = held_titles([("objective", line)])
    assert [(title, company) for title, company, _ in found] == expected
    assert all(ev.text == line for _, _, ev in found)


@pytest.mark.parametrize(
    "line",
    [
        "Eager to launch a career as an Account Executive at a media agency",
        "Mong muốn làm việc với vai trò Account Manager tại Sao Mai Media",
        "Seeking to start my career as a Brand Planner",
        "To have a supervisory position as an Art Editor in a large magazine",
        "Proven ability to function as a Strategic HR Business Partner",  # a skill claimed
    ],
)
def test_held_titles_leaves_out_titles_sought(line):
    assert held_titles([("objective", line)]) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I ALSO WORK AS A LEADER IN THAT COMPANY. I gained skills", []),
        ('Worked at "Kite Power Ltd." as a “Service Project Engineer” Pune on',
         ["Service Project Engineer"]),
        ("Working in Kite Data Center as a Security System Coordinator &",
         ["Security System Coordinator"]),
        ("Worked with Kite Services. As an Account Coordinator April", ["Account Coordinator"]),
        ("As a Sales Executive -KITE Foods Pvt. Ltd., from 2010", ["Sales Executive"]),
        ("Some time I worked as back end to cashier.", []),
    ],
)  # fmt: skip
def test_held_titles_cuts_a_held_title_at_quotes_dates_and_dangling_words(line, expected):
    assert [t for t, _, _ in held_titles([("experience", line)])] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Liaised with stakeholders such as a Project Manager and designers",
        "Recognized as a Subject Matter Expert in payroll",
        "Built dashboards as well as a Reporting Analyst handbook",
    ],
)
def test_held_titles_reads_no_title_after_such_as_or_recognized_as(line):
    assert held_titles([("experience", line)]) == ()


def test_held_titles_reads_a_held_title_after_an_aim_in_another_clause():
    line = "To obtain a better position, with 9 years of experience as a Team Marketing Manager"
    assert [t for t, _, _ in held_titles([("objective", line)])] == ["Team Marketing Manager"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Three years of experience as a Help Desk", "Support Technician. Areas: networks"],
         ["Help Desk Support Technician"]),
        (["Joined Sao Mai Media as a Senior Account", "Executive in 2019, serving FMCG clients"],
         ["Senior Account Executive"]),
        (["Joined Acme Corp as a Brand Executive", "Reporting to the Marketing Director"],
         ["Brand Executive"]),
        (["Joined Acme Corp as a Brand Executive in", "Creative work for the Marketing Director"],
         ["Brand Executive"]),
        (["Kite Study of Teen Media (worked as a research assistant)", "2002-2004"],
         ["research assistant"]),
    ],
)  # fmt: skip
def test_held_titles_reads_a_title_the_line_break_cuts(lines, expected):
    found = held_titles([("objective", line) for line in lines])
    assert [t for t, _, _ in found] == expected
    assert all(0 <= ev.start < ev.end <= len(ev.text) for _, _, ev in found)


def test_find_headline_reads_the_career_an_objective_seeks():
    summary = [("objective", "Eager to launch a career as an Account Executive at an agency")]
    assert find_headline([], name_line=None, summary=summary)[0] == "Account Executive"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Seeking a challenging Account Management position in an agency", "Account Management"),
        ("Seeking a Secondary School Teaching position", "Secondary School Teaching"),
        ("Seeking a full-time position in a growing agency", None),
    ],
)
def test_find_headline_reads_the_field_of_a_position_sought(line, expected):
    assert find_headline([], name_line=None, summary=[("objective", line)])[0] == expected


def test_held_titles_reads_lower_case_titles_in_a_summary_only():
    line = "Served as liaison officer for the events team"
    assert [t for t, _, _ in held_titles([("objective", line)])] == ["liaison officer"]
    assert held_titles([("experience", line)]) == ()


@pytest.mark.parametrize(
    ("section", "line", "expected"),
    [
        ("header", "Profile I am a freelance graphic designer for web and print",
         ["freelance graphic designer"]),
        ("objective", "I am an avid user experience specialist skilled in research",
         ["user experience specialist"]),
        ("objective", "I am a hard worker and a natural leader", []),  # traits, no job
        ("objective", "I am a proven sales manager who delivers", ["sales manager"]),
        ("objective", "I am a leader", []),
        ("experience", "I am a freelance graphic designer for web and print", []),
    ],
)  # fmt: skip
def test_held_titles_reads_a_lower_case_job_a_summary_says_i_am(section, line, expected):
    assert [t for t, _, _ in held_titles([(section, line)])] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Initially hired as a deposition clerk / legal assistant",
         ["deposition clerk / legal assistant"]),
        ("Early career as a sales representative with Acme Corp.", ["sales representative"]),
        ("Worked as administrative assistant.", ["administrative assistant"]),
        ("Worked as part of a team of ten", []),
        ("Acted as mentor for new account executives", []),
    ],
)  # fmt: skip
def test_held_titles_reads_lower_case_titles_after_a_word_for_a_job_anywhere(line, expected):
    assert [t for t, _, _ in held_titles([("experience", line)])] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=6))
def test_find_headline_and_held_titles_never_raise(lines):
    header = [("header", ln) for ln in lines]
    headline, evidence = find_headline(header, name_line=lines[0], summary=header[-1:])
    assert (headline is None) == (evidence is None)
    if evidence is not None:
        assert evidence.text in lines
    for title, _company, ev in held_titles(header):
        assert title and ev.text in lines


@pytest.mark.parametrize(
    ("lines", "name_line", "expected"),
    [
        (["Logistics Planner Resume", "Mai Lan", "12 Lotus Street"], "Mai Lan", "Logistics Planner"),
        (["Sample CV: Brand Manager", "Mai Lan"], "Mai Lan", "Brand Manager"),
        (["Mai Lan", "Brand Planner", "Account Executive Resume"], "Mai Lan", "Brand Planner"),
        (["Portfolio 2024", "Mai Lan", "12 Lotus Street"], "Mai Lan", None),
        (["Resumesite.com Sample Resume: Event Planner", "Mai Lan"], "Mai Lan", "Event Planner"),
        (["www.cvsite.net Brand Manager Resume", "Mai Lan"], "Mai Lan", "Brand Manager"),
        (["Media Resume Example - Account Executive", "Mai Lan"], "Mai Lan", "Account Executive"),
        (["Sales Resume Template - Portfolio", "Mai Lan"], "Mai Lan", None),
        (["SAMPLE RESUME FOR AN", "ACCOUNT EXECUTIVE POSITION", "Mai Lan"], "Mai Lan",
         "ACCOUNT EXECUTIVE"),
        (["RESUME OF", "BRAND PLANNER MAI LAN", "Mai Lan"], "Mai Lan", "BRAND PLANNER"),
        (["RESUME", "POST APPLIED FOR ''Sales executive''", "Mai Lan"], "Mai Lan",
         "Sales executive"),
        (["Resume", "C/O Acme Corp Staff Housing", "Mai Lan"], "Mai Lan", None),
        (["RESUME", "ACCOUNT EXECUTIVE", "Mai Lan", "PO Box 40"], "Mai Lan", "ACCOUNT EXECUTIVE"),
        (["Resume", "12 Lotus Street, Hanoi", "Mai Lan"], "Mai Lan", None),
        (["Mai Lan", "Senior UX, UI and Visual Designer", "Hanoi"], "Mai Lan",
         "Senior UX, UI and Visual Designer"),
        (["Mai Lan", "Designer, with ten years in print"], "Mai Lan", "Designer"),
    ],
)  # fmt: skip
def test_find_headline_reads_the_document_title_above_the_name(lines, name_line, expected):
    header = [("header", ln) for ln in lines]
    assert find_headline(header, name_line=name_line)[0] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trustworthy and dependable logistics professional", "logistics professional"),
        ("Highly organised IT professional with 6 years in retail", "IT professional"),
        ("In quest of Brand Manager roles in consumer goods", "Brand Manager"),
        ("Responsible and mature Retail Sales Consultant", "Retail Sales Consultant"),
        ("Knowledgeable Information Technology Specialist", "Information Technology Specialist"),
        ("A proven, flexible Account Manager with 6 years", "Account Manager"),
        ("Seeking employment as a Middle school Science teacher", "Middle school Science teacher"),
    ],
)
def test_find_headline_drops_praise_in_front_of_a_title(line, expected):
    assert _headline(["Mai Lan", line]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Mai Lan", "Senior Executive: Brand Strategy", "Account Director | Client Lead"],
         "Senior Executive | Account Director | Client Lead"),
        (["Mai Lan", "Account Director", "Growth | Brands | Teams"], "Account Director"),
        (["Mai Lan", "Account Director", "Planner for ten brands"], "Account Director"),
    ],
)  # fmt: skip
def test_find_headline_adds_a_list_of_titles_on_the_next_line(lines, expected):
    assert _headline(lines) == expected


@pytest.mark.parametrize(
    ("lines", "summary", "expected"),
    [
        (["Bank Manager Resume Sample", "Mai Lan", "12 Lotus Street"],
         ["Observant Branch Manager with ten years in retail banking"],
         "Branch Manager | Bank Manager"),
        (["Account Manager Resume", "Mai Lan", "Senior Account Manager"], [],
         "Senior Account Manager | Account Manager"),
        (["Account Manager Resume", "Mai Lan", "Account Manager"], [], "Account Manager"),
        (["Portfolio Resume", "Mai Lan"], ["Driven Brand Manager with six years in FMCG"],
         "Brand Manager"),
        (["Logistics Planner", "Resume Example", "Mai Lan"], [], "Logistics Planner"),
        (["Portfolio 2024", "Resume", "Mai Lan"], [], None),
    ],
)  # fmt: skip
def test_find_headline_adds_the_document_title_to_the_headline_below_it(lines, summary, expected):
    header = [("header", ln) for ln in lines]
    summary_pairs = [("objective", ln) for ln in summary]
    assert find_headline(header, name_line="Mai Lan", summary=summary_pairs)[0] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Mai Lan", "12 Lotus Street", "mai.lan@example.com", "BRAND MANAGER",
          "CONTENT STRATEGIST", "EVENT PLANNER", "Creative and organised planner of campaigns"],
         "BRAND MANAGER | CONTENT STRATEGIST | EVENT PLANNER"),
        (["Mai Lan", "Certified Public Accountant", "12 Lotus Street, Hanoi 100000", "0912 345 678",
          "FINANCE MANAGER", "Ten years in audit and tax"],
         "Certified Public Accountant | FINANCE MANAGER"),
        (["Mai Lan", "BRAND MANAGER", "Hanoi, Vietnam", "CONTENT STRATEGIST"], "BRAND MANAGER"),
        (["Mai Lan", "Account Director", "Sales Director, Sao Mai Media"], "Account Director"),
    ],
)  # fmt: skip
def test_find_headline_adds_title_lines_stacked_under_it(lines, expected):
    assert _headline(lines) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("S ENIOR A CCOUNT M ANAGER | B RAND S TRATEGIST", "SENIOR ACCOUNT MANAGER | BRAND STRATEGIST"),
        ("A CCOUNT E XECUTIVE", "ACCOUNT EXECUTIVE"),
        ("A ccount E xecutive", None),
        ("A C C O U N T E X E C U T I V E", None),
    ],
)  # fmt: skip
def test_find_headline_joins_small_capitals_split_by_the_text_layer(line, expected):
    assert _headline(["Mai Lan", line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("An accomplished Finance Director, Chief Accountant, CFO, and CPA with ten years",
         "Finance Director | Chief Accountant | CFO"),
        ("Account Manager, Sao Mai Media", "Account Manager"),
        ("Creative Director, Brand Builder, Account Director", "Creative Director"),
        ("Sales Executive, Account Executive, Acme Corp", "Sales Executive | Account Executive"),
    ],
)  # fmt: skip
def test_find_headline_reads_a_list_of_titles_after_a_comma(line, expected):
    assert _headline(["Mai Lan", line]) == expected


@pytest.mark.parametrize(
    ("header", "summary", "expected"),
    [
        (["Mai Lan", "Account Executive"],
         ["Three years in agencies.", "Mong muốn trở thành Account Manager trong 2 năm tới."],
         "Account Executive | Account Manager"),
        (["Mai Lan", "Account Executive"], ["Ứng tuyển vị trí Trưởng nhóm kinh doanh tại Sao Mai"],
         "Account Executive | Trưởng nhóm kinh doanh"),
        (["Mai Lan"], ["Hard-working graduate.",
                       "To obtain an entry-level position as a Brand Planner with Acme Corp"],
         "Brand Planner"),
        (["Mai Lan", "Brand Planner"], ["Seeking a position as a senior brand planner"],
         "Brand Planner"),
        (["Mai Lan"], ["Seeking a challenging position in a growing agency"], None),
    ],
)  # fmt: skip
def test_find_headline_adds_the_title_a_summary_seeks(header, summary, expected):
    found, _ = find_headline(
        [("header", ln) for ln in header],
        name_line="Mai Lan",
        summary=[("objective", ln) for ln in summary],
    )
    assert found == expected


@pytest.mark.parametrize(
    ("lines", "expected", "start"),
    [
        (["Nguyễn Văn An | Account Executive", "0912 345 678"], "Account Executive", 16),
        (["NGUYỄN VĂN AN - ACCOUNT EXECUTIVE"], "ACCOUNT EXECUTIVE", 16),
        (["Jane Doe, Senior Account Manager", "Hanoi"], "Senior Account Manager", 10),
        (["Jane Doe, MBA", "Brand Manager"], "Brand Manager", 0),
        (["Jane Doe | Hanoi"], None, None),
    ],
)  # fmt: skip
def test_find_headline_reads_a_title_on_the_name_line(lines, expected, start):
    headline, evidence = find_headline([("header", ln) for ln in lines], name_line=lines[0])
    assert headline == expected
    assert (evidence.start if evidence else None) == start


def test_find_headline_reads_the_top_lines_when_the_name_comes_from_a_label():
    header = [("header", "MAI LAN"), ("header", "Account Executive (Digital)"),
              ("personal", "Họ và tên: Mai Lan"), ("personal", "Giới tính: Nữ")]  # fmt: skip
    assert find_headline(header, name_line="Họ và tên: Mai Lan")[0] == "Account Executive"
    assert find_headline(header, name_line="MAI LAN")[0] == "Account Executive"
    assert find_headline(header[2:], name_line="Họ và tên: Mai Lan")[0] is None


def test_find_headline_stacks_no_lines_without_a_known_name():
    header = [("header", ln) for ln in ("Sales Rep Resume", "Binh Cook", "12 Lotus Street")]
    assert find_headline(header, name_line=None)[0] == "Sales Rep"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Performance-driven account executive with five years in agencies", "account executive"),
        ("Self-starting, goal-oriented sales professional whose work grew revenue",
         "sales professional"),
        ("Certified Practicing Accountant", "Certified Practicing Accountant"),
        ("Certified Professional in Human Resources (PHR)", None),
        ("Professional Qualification", None),
        ("Proficient in cold calling and telesales.", None),
        ("Fifteen years professional Internet industry experience", None),
        ("Driver license", None),
        ("Creative Director, Brand Builder", "Creative Director"),
        ("Creative, dedicated Java Developer seeking a full-time position", "Java Developer"),
        ("A creative designer with an eye for print", "designer"),
        ("SENIOR EXECUTIVE PROFILE: OPERATIONS / GENERAL MANAGEMENT", "SENIOR EXECUTIVE"),
        ("Accomplished, seasoned Sr. Account Manager with a passion for brands",
         "Sr. Account Manager"),
        ("Asst. Brand Manager. Leading launches", "Asst. Brand Manager"),
        ("Brand Manager. Leading launches", "Brand Manager"),
        ("Energetic and enthusiastic insurance professional motivated to succeed",
         "insurance professional"),
        ("RETAIL | SALES MANAGER Client-driven, quality-focused store manager with ten years",
         "SALES MANAGER | store manager"),
        ("FINANCE DIRECTOR AND TREASURER", "FINANCE DIRECTOR AND TREASURER"),
        ("Sr. UX Designer Freelance Available", "Sr. UX Designer"),
        ("Brand Designer Available for Hire", "Brand Designer"),
        ("Freelance Brand Designer", "Freelance Brand Designer"),
    ],
)  # fmt: skip
def test_find_headline_tells_titles_from_praise_and_other_lines(line, expected):
    assert _headline(["Mai Lan", line]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Driven, results-oriented account executive with five years in agencies",
         "account executive"),
        ("Exceptionally focused and reliable Entry Level Java Developer with a record",
         "Entry Level Java Developer"),
        ("Seeking a position as a sales representative by utilizing my skills and knowledge",
         "sales representative"),
        ("I am seeking a career to lead me towards management", None),
        ("Eager to apply academic and professional background in a firm", None),
        ("CX Lead Id Collaborated with designers on a banking app", "CX Lead"),
    ],
)  # fmt: skip
def test_find_headline_reads_a_summary_sentence_past_praise_and_its_tail(line, expected):
    assert find_headline([], name_line=None, summary=[("objective", line)])[0] == expected
