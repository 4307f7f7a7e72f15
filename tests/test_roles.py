"""Reading work roles (matcher.roles): titles below a header, undated title lines, pieces that
are never an employer, and employment types in front of a title."""

from __future__ import annotations

import pytest

from matcher.roles import Line, company_lines, placeholder_company, read_roles


def _roles(texts: list[str]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (r.title, r.company, r.start, r.end)
        for r in read_roles([Line("experience", t) for t in texts])
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # company / dates / a line about the company / the title
            ["Alpha Consulting Pvt. Ltd.", "July 2008 to June 2010",
             "Alpha is a research-based consulting firm serving industrial clients in Asia.",
             "Executive HR & Admin", "- Recruitment", "- Payroll"],
            [("Executive HR & Admin", "Alpha Consulting Pvt. Ltd", "2008-07", "2010-06")],
        ),
        (  # Vietnamese: company / dates / description / title
            ["Công ty TNHH Truyền thông Sao Mai", "03/2019 - nay",
             "Công ty quảng cáo chuyên về FMCG với hơn 50 nhân sự.", "Chuyên viên Account",
             "- Tiếp nhận brief"],
            [("Chuyên viên Account", "Công ty TNHH Truyền thông Sao Mai", "2019-03", "present")],
        ),
        (  # a "Label: number" fact line is no title ("staff" is a title word)
            ["2009 - 2012", "Beta Motors America", "Automotive Industry", "Number of Staff: 2000",
             "Human Resources Manager - Payroll and Benefits", "(Leading a team of 15)"],
            [("Human Resources Manager", "Beta Motors America", "2009-01", "2012-12")],
        ),
        (  # the title below is looked for only up to the next role
            ["Gamma Ltd", "2015 - 2016", "- Did things", "Delta Ltd", "2016 - 2017",
             "Account Manager"],
            [(None, "Gamma Ltd", "2015-01", "2016-12"),
             ("Account Manager", "Delta Ltd", "2016-01", "2017-12")],
        ),
        (  # dates / employer / a first bullet that starts with the title held
            ["2014", "2016 Acme Corp, Denver, Colorado",
             "- Director of Client Services with direct responsibility for 12 accounts.",
             "- Senior Account Manager for two brands."],
            [("Director of Client Services", "Acme Corp", "2014-01", "2016-12")],
        ),
        (  # a field in lower case after "of", up to the comma before the employer
            ["2001 - 2004", "Negotiator of freight rate agreements, Civil Aviation Board of Sao Mai"],
            [("Negotiator of freight rate agreements", None, "2001-01", "2004-12")],
        ),
        (  # no field when a sentence goes on after "of"
            ["2001 - 2004", "Negotiator of freight rates signed yearly, Civil Aviation Board of Sao"],
            [("Negotiator", None, "2001-01", "2004-12")],
        ),
        (  # a first bullet listing the titles held
            ["1978", "1982 Acme Corp, Chicago, Illinois",
             "- Nuclear Engineer, Reactor Inspector, Senior Resident Inspector",
             "- Applied engineering principles."],
            [("Nuclear Engineer / Reactor Inspector / Senior Resident Inspector", "Acme Corp",
              "1978-01", "1982-12")],
        ),
        (  # the title ends at its sentence's full stop
            ["Sao Mai Media", "2012 - 2015", "- Senior Project Engineer. Responsible for the plant.",
             "- Ran the safety case."],
            [("Senior Project Engineer", "Sao Mai Media", "2012-01", "2015-12")],
        ),
        (  # an award line below the header names no title (the name above names who)
            ["Kite Parcel", "2007 - 2010", "Earned Employee of the Month on three occasions",
             "- Sorted parcels"],
            [(None, "Kite Parcel", "2007-01", "2010-12")],
        ),
        (  # the titles a line below the header starts with
            ["Kite Recruitment", "2004 - 2005", "Number of Staff: 50", "CEO, HR Manager",
             "- Ran the agency"],
            [("CEO / HR Manager", "Kite Recruitment", "2004-01", "2005-12")],
        ),
        (  # a first line led by a verb names no title held
            ["Sao Mai Media", "2012 - 2015", "Assisted the Account Manager with reports."],
            [(None, "Sao Mai Media", "2012-01", "2015-12")],
        ),
    ],
)  # fmt: skip
def test_read_roles_finds_a_title_written_below_the_header(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # an additional-experience block without dates after a dated role
            ["Team Leader", "Omega Motorsports", "April 2009 - June 2011", "- Prepared cars",
             "Epsilon Hardware", "Customer Service Associate"],
            [("Team Leader", "Omega Motorsports", "2009-04", "2011-06"),
             ("Customer Service Associate", None, None, None)],
        ),
        (  # a title and its employer on an undated line
            ["Account Manager", "2019 - 2021", "- Led 5 brands", "2011: Account Executive, Alpha Media",
             "Sales Consultant, Beta Retail Ltd, Hanoi"],
            [("Account Manager", None, "2019-01", "2021-12"),
             ("Account Executive", "Alpha Media", None, None),
             ("Sales Consultant", "Beta Retail Ltd", None, None)],
        ),
        (  # a second title or a heading word is no employer
            ["Account Manager", "2019 - 2021", "Team Lead, Project Manager",
             "Sales Executive, Responsibilities"],
            [("Account Manager", None, "2019-01", "2021-12")],
        ),
        (  # duties are not titles, nor are sentences or bullets
            ["Sales Executive", "2019 - 2021", "Report to General Director",
             "- Account Manager", "Worked closely with the account manager."],
            [("Sales Executive", None, "2019-01", "2021-12")],
        ),
        (  # a word holding a label's word is no label ("Role-modelled")
            ["Sales Executive", "2019 - 2021", "Role-modelled good conduct for the team"],
            [("Sales Executive", None, "2019-01", "2021-12")],
        ),
        (  # a software product is no title
            ["Graphic Designer", "Kite Media", "2019 - 2021", "Adobe Illustrator"],
            [("Graphic Designer", "Kite Media", "2019-01", "2021-12")],
        ),
        (  # Vietnamese titles are not capitalised word by word; the company line above
            ["Công ty TNHH ABC", "03/2020 - nay", "Chuyên viên Account", "- Tiếp nhận brief",
             "Công ty CP XYZ", "Nhân viên bán hàng", "- Bán hàng tại cửa hàng"],
            [("Chuyên viên Account", "Công ty TNHH ABC", "2020-03", "present"),
             ("Nhân viên bán hàng", "Công ty CP XYZ", None, None)],
        ),
        (  # a title already read is not repeated
            ["Account Executive", "2019 - 2021", "Account Executive"],
            [("Account Executive", None, "2019-01", "2021-12")],
        ),
        (  # a date point after the title anchors no role: the line is still a title line
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "Student Teacher, Spring 2016",
             "Social Media Intern, July 2015"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Student Teacher", None, None, None), ("Social Media Intern", None, None, None)],
        ),
        (  # "Employer, Title, Town, ST": the title after the employer's name
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Kite Diner, Waiter, Huntington Beach, CA", "Summer 2004"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Waiter", "Kite Diner", None, None)],
        ),
        (  # a title ends with its head word or names its field after "of"
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "Staff Development & Training",
             "Expert Systems", "Library Literacy Tutor", "Director of Client Services",
             "Chuyên viên tư vấn", "Research Internship", "OFFICER PERSONNEL"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Library Literacy Tutor", None, None, None),
             ("Director of Client Services", None, None, None),
             ("Chuyên viên tư vấn", None, None, None),
             ("Research Internship", None, None, None), ("OFFICER PERSONNEL", None, None, None)],
        ),
        (  # a line led by a title, then a colon or a dash and what the job was
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Director of Client Services: Instrumental in winning three pitches for the agency.",
             "Vice President of Sales - Took this small company from 5 to 40 staff.",
             "Key Clients: Kite Retail, Lotus Bank and Orchid Apps.",
             "Number of Staff: 2000", "Supervisor: Jane Roe (555-0100) may be contacted.",
             "Expert Systems: Principles & Programming, Kite Press, 1998"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Director of Client Services", None, None, None),
             ("Vice President of Sales", None, None, None)],
        ),
        (  # a bare title's field holding a company word ("Media") is no employer
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "Director, Social Media Marketing",
             "Director, Lotus Media Ltd"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Director, Social Media Marketing", None, None, None),
             ("Director", "Lotus Media Ltd", None, None)],
        ),
        (  # a title line whose label column was lost keeps its colon
            ["Account Executive", "2019 - 2021", "- Led 5 brands", ": Lead Data Analyst"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Lead Data Analyst", None, None, None)],
        ),
        (  # a career period's label leads the line ("Early Career: ..."); any other label stays
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Early Career: Manager of Planning and Analysis, Lotus Global Corporation",
             "Key Skills: Account Manager"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Manager of Planning and Analysis", "Lotus Global Corporation", None, None)],
        ),
        (  # a title line in square brackets; "Title, Intern"
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "[Research Intern]",
             "- Wrote reports", "Software Design Engineer, Intern"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Research Intern", None, None, None),
             ("Software Design Engineer", None, None, None)],
        ),
        (  # a short title in sentence case; duty lines ending in a title word are no title
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "Shift leader",
             "Trained new staff", "Also a volunteer", "Reported to director"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Shift leader", None, None, None)],
        ),
        (  # two titles, then the employer
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Trainee, English Teacher, Lotus School"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Trainee / English Teacher", "Lotus School", None, None)],
        ),
        (  # a referee's contact line names a title, not a job held
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Supervisor | Jane Roe | 555.010.1234 | jane.roe@acme.com",
             "Team Leader, Kite Media (555) 010-1234"],
            [("Account Executive", None, "2019-01", "2021-12")],
        ),
        (  # an employer and its title label in brackets
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Kite Media Ltd. (Designation: Software Intern)"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Software Intern", "Kite Media Ltd", None, None)],
        ),
        (  # an internship noted in brackets after the title
            ["Account Executive", "2019 - 2021", "- Led 5 brands",
             "Hardware Engineer (Summer Intern)"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("Hardware Engineer", None, None, None)],
        ),
        (  # a title holding a degree's words is still a title; a degree is not
            ["Account Executive", "2019 - 2021", "- Led 5 brands", "High School Teacher",
             "Master of Science"],
            [("Account Executive", None, "2019-01", "2021-12"),
             ("High School Teacher", None, None, None)],
        ),
    ],
)  # fmt: skip
def test_read_roles_keeps_title_lines_no_dated_role_used(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_reads_a_broken_employer_first_line_without_raising():
    texts = ["Account Executive", "2019 - 2021", "- Led 5 brands", "Kite Diner ( Waiter ,)"]
    assert _roles(texts) == [("Account Executive", None, "2019-01", "2021-12")]


def test_read_roles_strict_under_education_takes_only_titles_that_end_as_titles():
    texts = ["Kite University", "Internship Experience", "2012 - 2013",
             "Teaching Assistant, Lotus College, 2013 - 2014"]  # fmt: skip
    roles = read_roles([Line("education", t) for t in texts], strict=True)
    assert [(r.title, r.start) for r in roles] == [("Teaching Assistant", "2013-01")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["2001 - 2003: Associate in Automotive Technology, Kite Technical Institute",
          "2003 - 2005: Executive MBA, Lotus Business School",
          "2005 - 2007: Teaching Assistant, Lotus College"],
         [("Teaching Assistant", "2005-01")]),
        (["2001 - 2003: Associate Director, Kite Bank", "2003 - 2005: Associate in charge of sales"],
         [("Associate Director", "2001-01"), ("Associate", "2003-01")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_degree_for_a_title(texts, expected):
    roles = read_roles([Line("education", t) for t in texts], strict=True)
    assert [(r.title, r.start) for r in roles] == expected


def test_read_roles_marks_an_internship_noted_in_brackets():
    texts = [
        "Account Executive",
        "2019 - 2021",
        "- Led 5 brands",
        "Hardware Engineer (Summer Intern)",
    ]
    roles = read_roles([Line("experience", t) for t in texts])
    assert [(r.title, r.internship) for r in roles] == [
        ("Account Executive", False),
        ("Hardware Engineer", True),
    ]


def test_read_roles_without_dates_reads_no_loose_titles_twice():
    # a section without any date keeps its own undated reading (one role per title line),
    # the company line below the title included
    assert _roles(["Account Executive", "Ogilvy Vietnam"]) == [
        ("Account Executive", "Ogilvy Vietnam", None, None)
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Executive | Current Position", "Jan 2015 - Dec 2016"],
         [("Account Executive", None, "2015-01", "2016-12")]),
        (["Account Executive | 1 Year 3 Months", "Jan 2015 - Mar 2016"],
         [("Account Executive", None, "2015-01", "2016-03")]),
        (["Account Executive", "Responsibilities", "Jan 2015 - Dec 2016"],
         [("Account Executive", None, "2015-01", "2016-12")]),
        (["Account Executive", "Awards", "Jan 2015 - Dec 2016"],
         [("Account Executive", None, "2015-01", "2016-12")]),
        (  # after a stand-in for the employer's name comes a place, not a company
            ["COMPANY, San Jose, California | 2007 to Present", "Brand Sales Representative"],
            [("Brand Sales Representative", None, "2007-01", "present")],
        ),
        (["Graphic Designer", "January 2010 - present", "Employers name - Coventry"],
         [("Graphic Designer", None, "2010-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_never_takes_a_date_duration_or_heading_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Treasurer, Alpha Charity Fund", "2015 - 2017"],
         [("Treasurer", "Alpha Charity Fund", "2015-01", "2017-12")]),
        (["Research Fellow | Beta Institute | 2018 - 2020"],
         [("Research Fellow", "Beta Institute", "2018-01", "2020-12")]),
        (["Kỹ thuật viên | Công ty TNHH Gamma | 2019 - 2021"],
         [("Kỹ thuật viên", "Công ty TNHH Gamma", "2019-01", "2021-12")]),
        (["Food-Service Employee, Kite Diner Inc., Wayne, NE", "2019 - 2021"],
         [("Food-Service Employee", "Kite Diner Inc", "2019-01", "2021-12")]),
        (["Adjunct, Kite Community College, Richmond, VA", "2019 - 2021"],
         [("Adjunct", "Kite Community College", "2019-01", "2021-12")]),
        (["Reader, Lotus University", "2019 - 2021"],
         [("Reader", "Lotus University", "2019-01", "2021-12")]),
        (["Creative Visualizer | Sao Mai Media | 2019 - 2021"],
         [("Creative Visualizer", "Sao Mai Media", "2019-01", "2021-12")]),
        (["2007 - Present", "Anchor", "Kite TV"], [("Anchor", "Kite TV", "2007-01", "present")]),
        (["Student Teaching", "Lane High School", "Aug 2016 - Dec 2016"],
         [("Student Teaching", "Lane High School", "2016-08", "2016-12")]),
        (["Social Activities Organiser, Kite College", "2019 - 2021",
          "Events Organizer | Sao Mai Media | 2021 - 2022"],
         [("Social Activities Organiser", "Kite College", "2019-01", "2021-12"),
          ("Events Organizer", "Sao Mai Media", "2021-01", "2022-12")]),
        (["News Anchor | Kite TV | 2015 - 2017", "Songwriter, Lotus Records", "2017 - 2019"],
         [("News Anchor", "Kite TV", "2015-01", "2017-12"),
          ("Songwriter", "Lotus Records", "2017-01", "2019-12")]),
        (["Student Teaching, Lotus High School, Sometown, Nebraska, January-May, 2019"],
         [("Student Teaching", None, "2019-01", "2019-05")]),
        (  # a placement held is a role; "Product Placement" is a marketing task
            ["Summer Placement", "Kite Legal LLP, Sometown", "July 2016 - Aug 2016",
             "Legal Placement Student", "Lotus Legal", "July 2015 - Sept 2015",
             "Premium Product Placement", "Acme Corp", "2014 - 2015"],
            [("Summer Placement", "Kite Legal LLP", "2016-07", "2016-08"),
             ("Legal Placement Student", "Lotus Legal", "2015-07", "2015-09"),
             (None, "Acme Corp", "2014-01", "2015-12")]),
        (  # such a head word ends the title as a list head word does
            ["Webmaster for the Lotus Art Museum", "2019 - 2021"],
            [("Webmaster", None, "2019-01", "2021-12")]),
        (  # an internship's field stays with it
            ["Internship in Network Administration, Acme Corp", "2019 - 2020"],
            [("Internship in Network Administration", "Acme Corp", "2019-01", "2020-12")]),
    ],
)  # fmt: skip
def test_read_roles_knows_title_words_beyond_the_reading_list(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # a head word used as a modifier names no title: the next title piece is the title
            ["Staff Council Member Services Office, Kite County", "2010 - 2012", "- Ran events",
             "Expert Systems Research", "Kite Stores, 2012 - 2014", "- Sold things"],
            [(None, None, "2010-01", "2012-12"), (None, "Kite Stores", "2012-01", "2014-12")]),
        (["Account Executive Programs, Sao Mai Media", "Senior Account Executive", "2014 - 2016"],
         [("Senior Account Executive", "Sao Mai Media", "2014-01", "2016-12")]),
        (  # a country or a Vietnamese city after the head word: where the title is held
            ["Account Director Vietnam | Sao Mai Media | 2019 - 2021",
             "Sales Manager Hà Nội | Kite Retail | 2017 - 2019"],
            [("Account Director Vietnam", "Sao Mai Media", "2019-01", "2021-12"),
             ("Sales Manager Hà Nội", "Kite Retail", "2017-01", "2019-12")]),
        (  # Vietnamese typed without its marks starts with its head word
            ["Nhan vien Account | Cong ty TNHH Sao Mai | 2019 - 2021"],
            [("Nhan vien Account", "Cong ty TNHH Sao Mai", "2019-01", "2021-12")]),
        (  # titles that end with a grade, a rank, a bracket or name their field after a joiner
            ["Secretary General, Kite League", "2010 - 2012", "Head of Client Services, Kite Legal",
             "2012 - 2014", "Chief Project Manager ICT, Lotus Bank", "2014 - 2016",
             "Clinical Nurse II, Kite Hospital", "2016 - 2018"],
            [("Secretary General", "Kite League", "2010-01", "2012-12"),
             ("Head of Client Services", "Kite Legal", "2012-01", "2014-12"),
             ("Chief Project Manager ICT", "Lotus Bank", "2014-01", "2016-12"),
             ("Clinical Nurse II", "Kite Hospital", "2016-01", "2018-12")]),
        (  # a grade or a code, a first title before "&", a department, a unit's field
            ["Accounting Clerk B, Kite Bank", "2010 - 2011", "Maintenance Mechanic MPE-9, Kite Air",
             "2011 - 2012", "Customer Service Representative & Claims Processor, Lotus Bank",
             "2012 - 2013", "Senior Executive Compliance, Lotus Bank", "2013 - 2014",
             "Vice President Information Technology Infrastructure Operations, Kite Bank",
             "2014 - 2016"],
            [("Accounting Clerk B", "Kite Bank", "2010-01", "2011-12"),
             ("Maintenance Mechanic MPE-9", "Kite Air", "2011-01", "2012-12"),
             ("Customer Service Representative & Claims Processor", "Lotus Bank", "2012-01",
              "2013-12"),
             ("Senior Executive Compliance", "Lotus Bank", "2013-01", "2014-12"),
             ("Vice President Information Technology Infrastructure Operations", "Kite Bank",
              "2014-01", "2016-12")]),
        (  # a capitals-only head after a word of no title is a verb's object ("AD": a directory)
            ["Senior AE, Sao Mai Media", "2019 - 2021", "- Ran accounts",
             "Troubleshoot AD, Exchange 2003, Outlook issues.", "IT Support, Kite Labs",
             "2017 - 2019", "Troubleshoot AD, Exchange 2003, Outlook issues."],
            [("Senior AE", "Sao Mai Media", "2019-01", "2021-12"),
             (None, "Kite Labs", "2017-01", "2019-12")]),
        (  # an award line ending the job above is not the next job's title
            ["Financial Analyst", "2000 - 2008", "- Reconciled 35 accounts.",
             "Named Employee of the Month.", "Corporate Accountant", "1998 - 2000"],
            [("Financial Analyst", None, "2000-01", "2008-12"),
             ("Corporate Accountant", None, "1998-01", "2000-12")]),
        (  # "the" after a word that is no preposition: a sentence, not a title
            ["Kite Labs | 2012 - 2013", "Lead the development of a game for research",
             "2010 - 2012", "District Court and the Senior Settlement Officer",
             "Assistant to the Dean | Lotus College | 2008 - 2010"],
            [(None, "Kite Labs", "2012-01", "2013-12"), (None, "Kite Labs", "2010-01", "2012-12"),
             ("Assistant to the Dean", "Lotus College", "2008-01", "2010-12")]),
        (  # a body named before "of" or "for" with no title in front of it is no title
            ["2003 - 2004: Search and Screen Committee for Dean, Kite College",
             "2005 - 2006: Webmaster for Lotus School of Arts"],
            [(None, None, "2003-01", "2004-12"),
             ("Webmaster", None, "2005-01", "2006-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_title_only_when_it_ends_as_a_title(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_splits_at_a_full_width_dash():
    # web templates write "Company － City" with U+FF0D
    texts = ["Sales Associate", "Mediafax Inc － San Juan", "06/2015 - 08/2017"]
    assert _roles(texts) == [("Sales Associate", "Mediafax Inc", "2015-06", "2017-08")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Cupertino", "Summers 2001 - 2003", "- Built a prototype"],
         [(None, None, "2001-01", "2003-12")]),
        (["Alpha Media Group", "2001 - 2003", "- Built a prototype"],
         [(None, "Alpha Media Group", "2001-01", "2003-12")]),
        (["2012 - Present", "Sao Mai Brothers", "- Built risk sheets"],
         [(None, "Sao Mai Brothers", "2012-01", "present")]),
        (["Kite Law Centre - Chelmsford", "June 2010 - Present", "- Advised clients"],
         [(None, "Kite Law Centre", "2010-06", "present")]),
        (["2009 - 2011", "Kite Telephone Banking, Melbourne", "- Answered calls"],
         [(None, "Kite Telephone Banking", "2009-01", "2011-12")]),
        (["March 2009 - December 2012 Sales Assistant", "- Served customers",
          "March 2012 - present Lotus Confectionery Store"],
         [("Sales Assistant", None, "2009-03", "2012-12"),
          (None, "Lotus Confectionery Store", "2012-03", "present")]),
        (["Visual Basic and Business Applications (1995 - 2005)"],
         [(None, None, "1995-01", "2005-12")]),
        (["Wrote articles for clients such as Kite Foods, Lotus", "Wine Estate, Sao Mai Market",
          "2013 - 2014"],
         [(None, None, "2013-01", "2014-12")]),
        (["Kite Facebook pages", "2013 - 2014", "- Posted news"],
         [(None, None, "2013-01", "2014-12")]),
        (["Ogilvy Vietnam", "2019 - 2021", "Account Executive"],
         [("Account Executive", "Ogilvy Vietnam", "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_bare_name_as_company_only_beside_a_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["2012", "Present: Online Sales Manager, Extra Apparels, Inc. Atlanta", "- Led a team"],
         [("Online Sales Manager", "Extra Apparels Inc", "2012-01", "present")]),
        (["2009", "2011 Area Project Engineer, Suncor Energy, Alberta", "2007",
          "2009 Project Engineer, Washington Group, Denver"],
         [("Area Project Engineer", "Suncor Energy", "2009-01", "2011-12"),
          ("Project Engineer", "Washington Group", "2007-01", "2009-12")]),
        (["03/2019", "Hiện tại - Account Executive - Công ty TNHH ABC"],
         [("Account Executive", "Công ty TNHH ABC", "2019-03", "present")]),
        (  # a short last line of the previous job is not the title of a header naming its own
            ["2006", "Present: Retail Sales Manager, Kite Stores", "Supervise floor operations staff",
             "1997", "2006: Assistant Sales Manager, Lotus Retail Ltd"],
            [("Retail Sales Manager", "Kite Stores", "2006-01", "present"),
             ("Assistant Sales Manager", "Lotus Retail Ltd", "1997-01", "2006-12")]),
        (  # the range's "to" ends the header line, the end year is on the next line
            ["Senior Vice President, Kite Insurance Group, Ventura, CA, 2003 to", "2007",
             "- Ran claims"],
            [("Senior Vice President", "Kite Insurance Group", "2003-01", "2007-12")]),
        (  # days' dates with two-digit years, one a line, between employer and title
            ["Sao Mai Media", "4/29/08", "3/27/09", "Account Manager", "- Ran 5 brands"],
            [("Account Manager", "Sao Mai Media", "2008-04", "2009-03")]),
    ],
)  # fmt: skip
def test_read_roles_joins_a_start_date_line_to_the_header_its_end_date_leads(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # the company on the line after the dates, under a title that ends with a comma
            ["- Kept records", "Counseling Intern,", "September 2012- May 2013",
             "MedStar Union Memorial Hospital, Baltimore, MD"],
            [("Counseling Intern", "MedStar Union Memorial Hospital", "2012-09", "2013-05")],
        ),
        (  # a title line ending with a comma: the name below, not the one word after the title
            ["Director of Engineering, Android,", "Kite Match", "05/13-08/14", "- Built apps",
             "English Teacher, Lotus School of English,", "Athens", "Sept. 2005-May 2006"],
            [("Director of Engineering", "Kite Match", "2013-05", "2014-08"),
             ("English Teacher", "Lotus School of English", "2005-09", "2006-05")],
        ),
        (  # the name on the line a title goes on to holds a title word but ends as no title
            ["Android Support Lead,", "Kite Developer Program", "06/07-01/12", "- Led projects"],
            [("Android Support Lead", "Kite Developer Program", "2007-06", "2012-01")],
        ),
        (["Sales Manager,", "Senior Account Manager", "2005 - 2007"],
         [("Sales Manager / Senior Account Manager", None, "2005-01", "2007-12")]),
        (  # a body named for its field holds a title word, but names who ("Nurse" is its field)
            ["Tutor, August 2015 - August 2016", "Centre for Nurse Training, Sometown, Illinois",
             "Tutored students in reading"],
            [("Tutor", "Centre for Nurse Training", "2015-08", "2016-08")],
        ),
        (  # dates first with a trailing colon: the company below the title, not the line above
            ["08/2009 to now:", "Finance Manager", "Alpha Vietnam Company Ltd., HCMC",
             "Main duties:", "- Payroll", "Co-ordinating Vung Tau Branch and Distributors.",
             "01/2007 to 04/2009:", "Finance Controller", "Beta JSC", "Main duties:"],
            [("Finance Manager", "Alpha Vietnam Company Ltd", "2009-08", "present"),
             ("Finance Controller", "Beta JSC", "2007-01", "2009-04")],
        ),
    ],
)  # fmt: skip
def test_read_roles_takes_the_company_from_the_lines_beside_the_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Co-founder, Design Director, Orchid Fields Studios", "2019 - 2021"],
         [("Co-founder / Design Director", "Orchid Fields Studios", "2019-01", "2021-12")]),
        (["Customer Care Representative, Help Desk Technician supporting, 2018 - 2020"],
         [("Customer Care Representative", None, "2018-01", "2020-12")]),
        (["Web Developer (Consultant at Lumen Bank), 2018 - 2020"],
         [("Web Developer", "Lumen Bank", "2018-01", "2020-12")]),
        (["Chuyên viên Account | Trưởng nhóm | Công ty TNHH Mây Xanh | 2020 - 2022"],
         [("Chuyên viên Account / Trưởng nhóm", "Công ty TNHH Mây Xanh", "2020-01", "2022-12")]),
        (  # two title lines above the dates, each a title of its own
            ["Software Developer", "Freelance Web Developer", "San Mateo, CA", "2016 - 2018"],
            [("Software Developer / Freelance Web Developer", None, "2016-01", "2018-12")]),
        (["Account Manager", "Kite Media", "2016 - 2018"],
         [("Account Manager", "Kite Media", "2016-01", "2018-12")]),
        (  # titles from the extra head-word list, the last after "and"
            ["Kite Gym, Malvern, PA", "Personal Trainer, Nutritionist, and Head Coach, March 2011"
             " - Present"],
            [("Personal Trainer / Nutritionist / Head Coach", "Kite Gym", "2011-03", "present")]),
        (  # three titles, the last after "and", then the employer
            ["Design Manager, Planning Manager, and Integration Manager, Acme Corp, 2005 - 2007"],
            [("Design Manager / Planning Manager / Integration Manager", "Acme Corp", "2005-01",
              "2007-12")]),
        (["Design Manager, Planning Manager, Integration Manager, Acme Corp", "2005 - 2007"],
         [("Design Manager / Planning Manager / Integration Manager", "Acme Corp", "2005-01",
           "2007-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_two_titles_of_one_header(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["VP, Major Accounts Division", "Harbor Freight Lines", "2015 - 2019"],
         [("VP, Major Accounts Division", "Harbor Freight Lines", "2015-01", "2019-12")]),
        (["Senior Director, Regional Sales Operations | Kite Media | 2015 - 2019"],
         [("Senior Director, Regional Sales Operations", "Kite Media", "2015-01", "2019-12")]),
        (  # a bare title before a name without a field word: the name is the employer
            ["Assistant Principal, Maple Grove Academy", "2015 - 2019"],
            [("Assistant Principal", "Maple Grove Academy", "2015-01", "2019-12")]),
        (  # a field with a word of a company's name ("media") is no employer without a legal form
            ["Director, Social Media Marketing", "Kite Retail, 2015 - 2019",
             "Director, Lotus Media Ltd", "2012 - 2015"],
            [("Director, Social Media Marketing", "Kite Retail", "2015-01", "2019-12"),
             ("Director", "Lotus Media Ltd", "2012-01", "2015-12")]),
        (["Director, Project Support Office (PSO)", "Kite Bank", "2015 - 2019"],
         [("Director, Project Support Office", "Kite Bank", "2015-01", "2019-12")]),
        (  # a region named by its place is where the job was: neither field nor employer
            ["VP/General Manager, Lake Valley Region (2015 - 2019)", "Kite Bank"],
            [("VP/General Manager", "Kite Bank", "2015-01", "2019-12")]),
        (["Director, Sales Region | Kite Bank | 2015 - 2019"],
         [("Director, Sales Region", "Kite Bank", "2015-01", "2019-12")]),
        (  # a department after a title is where the title sits: neither field nor employer
            ["Director of Merchandising, Marketing Department", "Kite Retail", "2015 - 2019"],
            [("Director of Merchandising", "Kite Retail", "2015-01", "2019-12")]),
        (["2006 - 2008: Assistant Supervisor, Property and Purchasing Dept., Sao Mai Media"],
         [("Assistant Supervisor", "Sao Mai Media", "2006-01", "2008-12")]),
        (  # the unit an intern worked in is neither the title's field nor the employer
            ["Intern, Research Division | Kite Bank | 2015 - 2016",
             "Trainee, Sales Operations | Lotus Media | 2016 - 2017"],
            [("Intern", "Kite Bank", "2015-01", "2016-12"),
             ("Trainee", "Lotus Media", "2016-01", "2017-12")]),
        (  # a bare title on its own line, then the unit it heads on the next header line
            ["Lotus College", "Director", "Office of Sponsored Research - 2014 - 2016",
             "- Ran the office", "Kite Bank", "Manager", "Marketing & Client Services",
             "2010 - 2014", "- Ran campaigns", "Orchid Apps", "Manager", "Orchid Apps Ltd",
             "2008 - 2010"],
            [("Director, Office of Sponsored Research", "Lotus College", "2014-01", "2016-12"),
             ("Manager, Marketing & Client Services", "Kite Bank", "2010-01", "2014-12"),
             ("Manager", "Orchid Apps Ltd", "2008-01", "2010-12")]),
        (  # the unit joins the title: a name above it, no company word, is the employer
            ["Lotus Arts College Springfield, MA", "Associate Director",
             "Office of Research - 2011 - 2014"],
            [("Associate Director, Office of Research", "Lotus Arts College", "2011-01",
              "2014-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_the_field_written_after_a_bare_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # a town and a state code under the title: where, not the employer
            ["Project Coordinator", "Springfield, IL", "2019 - 2021"],
            [("Project Coordinator", None, "2019-01", "2021-12")],
        ),
        (["Project Coordinator", "Da Nang, Vietnam", "2019 - 2021"],
         [("Project Coordinator", None, "2019-01", "2021-12")]),
        (  # a department below the title: where in the employer, not who
            ["Junior Android Developer", "IT - Software Systems", "2012 - 2013", "- Wrote apps"],
            [("Junior Android Developer", None, "2012-01", "2013-12")],
        ),
        (  # a town, its state code and the dates on one line above the title
            ["Springfield, IL 1987 - 1999", "Owner and Manager- Two retail stores,", "- Ran it"],
            [("Owner and Manager", None, "1987-01", "1999-12")],
        ),
        (  # the same shape as the role's first line names the employer
            ["Harbor Foods, TX", "2019 - 2021", "Systems Engineer"],
            [("Systems Engineer", "Harbor Foods", "2019-01", "2021-12")],
        ),
    ],
)  # fmt: skip
def test_read_roles_takes_no_town_below_a_header_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["M/s. Lotus Traders Pvt. Ltd.", "2015 - 2018", "Sales Officer"],
         [("Sales Officer", "Lotus Traders Pvt. Ltd", "2015-01", "2018-12")]),
        (["2012 Orchid Paper Mills, Pune", "2009 - 2012", "Area Sales Manager"],
         [("Area Sales Manager", "Orchid Paper Mills", "2009-01", "2012-12")]),
        (["Present: Kite Media Group", "Jan 2019 - Present", "Account Executive"],
         [("Account Executive", "Kite Media Group", "2019-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_drops_words_in_front_of_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Sao Mai Media as a Content Coordinator", "2010 - 2012"],
         [("Content Coordinator", "Sao Mai Media", "2010-01", "2012-12")]),
        (["Lotus University Lecturer 2006 - 2008"],
         [("Lecturer", "Lotus University", "2006-01", "2008-12")]),
        (  # before a heading read as a loose name above it
            ["Clients & Projects", "Kite Foundation Web Developer 2006 - 2008"],
            [("Web Developer", "Kite Foundation", "2006-01", "2008-12")]),
        (["Part-time Web Developer", "2010 - 2012", "Served as Account Manager, 2012 - 2014"],
         [("Web Developer", None, "2010-01", "2012-12"),
          ("Account Manager", None, "2012-01", "2014-12")]),
        (["Joined as a Trainee Executive", "2015 - 2016", "Middle School English Teacher",
          "2013 - 2015", "Designation Sales Executive", "2011 - 2013"],
         [("Trainee Executive", None, "2015-01", "2016-12"),
          ("English Teacher", None, "2013-01", "2015-12"),
          ("Sales Executive", None, "2011-01", "2013-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_cut_from_the_front_of_the_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["2012 - Present Kite Solar Industrial Systems Project Manager, Lakewood, Colorado"],
         [("Project Manager", "Kite Solar Industrial Systems", "2012-01", "present")]),
        (["2010 - 2012 Sao Mai Media Account Executive"],
         [("Account Executive", "Sao Mai Media", "2010-01", "2012-12")]),
        (  # a field before one head word, a title word in front: no employer glued
            ["Information Technology Analyst", "2010 - 2012", "Senior Software Engineer",
             "2012 - 2014"],
            [("Information Technology Analyst", None, "2010-01", "2012-12"),
             ("Senior Software Engineer", None, "2012-01", "2014-12")]),
        (  # another employer on the line: the title stays whole
            ["Kite Technologies Account Manager, Acme Corp, 2015 - 2016"],
            [("Kite Technologies Account Manager", "Acme Corp", "2015-01", "2016-12")]),
    ],
)  # fmt: skip
def test_read_roles_cuts_the_employer_glued_before_the_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "May 2017: Volunteer Assistant"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("Volunteer Assistant", None, None, None)]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "REGIONAL SALES MANAGER (20XX"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("REGIONAL SALES MANAGER", None, None, None)]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "VP, CONSUMER SALES (20XX)"],
         [("Account Manager", None, "2019-01", "2021-12"), ("VP, CONSUMER SALES", None, None, None)]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "Coordinator - HR"],
         [("Account Manager", None, "2019-01", "2021-12"), ("Coordinator - HR", None, None, None)]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands",
          "Substitute Teacher (part-time employment in spring)"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("Substitute Teacher", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_reads_undated_title_lines_around_dates_and_fields(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager", "2019 - 2021", "- Led 5 brands",
          "Senior Claims Adjuster. Assigned to the regional office of"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("Senior Claims Adjuster", None, None, None)]),
        (["Sr. Account Executive. Handled five brands", "2019 - 2021"],
         [("Sr. Account Executive", None, "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_ends_a_title_at_the_full_stop_after_its_head_word(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Lead Mobile Engineer,", "Orchid Apps", "- Built the app", "Web Developer",
          "Blue Kettle Studios", "- Built sites", "QA Analyst", "Pine Labs Ltd"],
         [("Lead Mobile Engineer", "Orchid Apps", None, None),
          ("Web Developer", "Blue Kettle Studios", None, None),
          ("QA Analyst", "Pine Labs Ltd", None, None)]),
        (["Sales Associate", "Tran Hung Dao Street"],
         [("Sales Associate", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_without_dates_takes_the_company_below_a_title(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_reads_a_label_in_brackets():
    texts = ["Lotus Software Ltd", "2015 - 2018", "(Designation: Software Engineer)"]
    assert _roles(texts) == [("Software Engineer", "Lotus Software Ltd", "2015-01", "2018-12")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Asst Vice President- Credit", "Lotus Finance Ltd", "2013 - 2016"],
         [("Asst Vice President- Credit", "Lotus Finance Ltd", "2013-01", "2016-12")]),
        (["Account Executive, Present Company", "2013 - 2016"],
         [("Account Executive", None, "2013-01", "2016-12")]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "SALES ACCOUNTANT, SAUDI ARABIA"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("SALES ACCOUNTANT", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_title_with_its_department_and_no_place_as_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    "line",
    ["Used: C#, ASP.Net, HTML5, CSS3, Javascript, JQuery, MySQL, Jira.",
     "Supervisor: Jane Roe (555-0100) Okay to contact this Supervisor.",
     "Past experience includes Education Program Coordinator at Kite R."],
)  # fmt: skip
def test_read_roles_takes_no_capitalised_sentence_for_a_header(line):
    texts = ["Web Developer", "2011 - 2013", "- Built apps", line, "Programmer", "2009 - 2011"]
    assert _roles(texts) == [
        ("Web Developer", None, "2011-01", "2013-12"),
        ("Programmer", None, "2009-01", "2011-12"),
    ]


def test_read_roles_reads_a_capitalised_header_ending_in_a_full_stop():
    texts = ["2011 - 2013", "Senior Mobile Application Developer, Insight Data Labs LLC, Norfolk, VA.",
             "- Built apps"]  # fmt: skip
    assert _roles(texts) == [
        ("Senior Mobile Application Developer", "Insight Data Labs LLC", "2011-01", "2013-12")
    ]


def test_read_roles_splits_at_a_double_hyphen():
    texts = ["KITE SYSTEMS -- Web Developer, October 2012", "- Built sites"]
    assert _roles(texts) == [("Web Developer", "KITE SYSTEMS", None, None)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Client Service SupervisorKite Staffing Services", "01/2000 to 07/2000"],
         [("Client Service Supervisor", "Kite Staffing Services", "2000-01", "2000-07")]),
        (["Program AssistantThe City of Lotus Bay", "01/2000 to 07/2000"],
         [("Program Assistant", "The City of Lotus Bay", "2000-01", "2000-07")]),
        (  # a name with a capital inside it stays whole
            ["Account Manager, PartnerFirst Media", "01/2000 to 07/2000"],
            [("Account Manager", "PartnerFirst Media", "2000-01", "2000-07")]),
    ],
)  # fmt: skip
def test_read_roles_cuts_a_title_glued_to_its_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Project Manager, Lakeside, Colorado", "2015 - 2018"],
         [("Project Manager", None, "2015-01", "2018-12")]),
        (["Sales Manager - Kite Trading Co., Kuwait", "2015 - 2018"],
         [("Sales Manager", "Kite Trading Co", "2015-01", "2018-12")]),
        (  # the word after the slash names the employer, the town follows it
            ["Intern Engineer / Kitehome, Rennes", "Jun 2009 - Sep 2009"],
            [("Intern Engineer", "Kitehome", "2009-06", "2009-09")]),
        (["Medical Assistant/Dermatology", "2010 - 2012"],
         [("Medical Assistant", None, "2010-01", "2012-12")]),
        (["Developer / Freelance, Kite Studio", "2010 - 2012"],
         [("Developer", "Kite Studio", "2010-01", "2012-12")]),
        (  # "Co." after a town is Colorado's code; after a name it is the name's legal form
            ["Production Planner", "Kite Aero (Contract) 1989 - 1991, Pueblo, Co.",
             "Planner, Lotus Group, Co. 1991 - 1993"],
            [("Production Planner", "Kite Aero", "1989-01", "1991-12"),
             ("Planner", "Lotus Group Co", "1991-01", "1993-12")]),
        (  # a town written after the title, before its state
            ["Sr. Web Developer North Hollywood, CA", "2015 - 2018", "Web Developer West Hills,"
             " California", "2012 - 2015", "Director Human Resources, NY", "2010 - 2012"],
            [("Sr. Web Developer", None, "2015-01", "2018-12"),
             ("Web Developer", None, "2012-01", "2015-12"),
             ("Director Human Resources", None, "2010-01", "2012-12")]),
    ],
)  # fmt: skip
def test_read_roles_drops_the_town_before_a_state_or_country(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Team Leader, Kite Power Limited , UK", "2015 - 2018"],
         [("Team Leader", "Kite Power Limited", "2015-01", "2018-12")]),
        (["Receptionist, Lotus Bank of Springfield, AL", "2015 - 2018"],
         [("Receptionist", "Lotus Bank of Springfield", "2015-01", "2018-12")]),
        (["Receptionist, Springfield, AL", "2015 - 2018"],
         [("Receptionist", None, "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_an_employer_written_before_a_state_code(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Senior Photographer, Kite Photography New Cityland, CA", "2015 - 2018"],
         [("Senior Photographer", "Kite Photography", "2015-01", "2018-12")]),
        (["Account Manager, Bank of Lotus, NC", "2015 - 2018"],
         [("Account Manager", "Bank of Lotus", "2015-01", "2018-12")]),
        (["Account Manager, Lotus Media Group, NY", "2015 - 2018"],
         [("Account Manager", "Lotus Media Group", "2015-01", "2018-12")]),
        (["Account Executive, Sao Mai Media Hà Nội, VN", "2015 - 2018"],
         [("Account Executive", "Sao Mai Media Hà Nội", "2015-01", "2018-12")]),
        (["Lotus College Springfield, MA", "2015 - 2018", "Registrar"],
         [("Registrar", "Lotus College", "2015-01", "2018-12")]),
        (["Lotus Valley College Eugene, OR", "2015 - 2018", "Teacher"],
         [("Teacher", "Lotus Valley College", "2015-01", "2018-12")]),
        (["Lotus Valley Arts Academy, OR", "2015 - 2018", "Coach"],
         [("Coach", "Lotus Valley Arts Academy", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_drops_the_town_glued_to_the_company_before_a_state(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["- Ran the launch of the new store in the north of the country",
          "Clients included: Alpha Foods, Kite Apparel, Sao Mai Tea, Hill Books, Lotus Imperial",
          "Student Club", "KITELAB", "June 2007 - May 2009", "Community Manager"],
         [("Community Manager", "KITELAB", "2007-06", "2009-05")]),
        (["Brands handled: Sao Mai Tea, Lotus Paints, Kite Doors and more brands like",
          "Acme Paints, Kite Doors.", "ACME DIGITAL", "April 2015 - February 2016",
          "Social Media Strategist"],
         [("Social Media Strategist", "ACME DIGITAL", "2015-04", "2016-02")]),
        (["- Checked the designs of the parts the team made for the new line",
          "Bowling Lake, Kentucky", "Kite Motorsports", "Team Leader", "April 2009 - June 2011"],
         [("Team Leader", "Kite Motorsports", "2009-04", "2011-06")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_before_a_wrapped_list_or_a_place(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Javascript, Java, JSP, Struts, CVS", "Web Developer 2005 - 2007"],
         [("Web Developer", None, "2005-01", "2007-12")]),
        (["o C++, J2ME, Flash, Actionscript 2.0", "Senior Developer", "2013 - 2014"],
         [("Senior Developer", None, "2013-01", "2014-12")]),
        (["Waitress, Kite Steakhouse, Wayne, NE", "2005 - 2007"],
         [("Waitress", "Kite Steakhouse", "2005-01", "2007-12")]),
        (  # the candidate's name atop each page is no employer
            ["Jane Roe", "KITECOLOR", "Web Developer, 2011 - 2012", "- Built sites for clients.",
             "Jane Roe", "LOTUSWARE", "Designer, 2009 - 2011"],
            [("Web Developer", "KITECOLOR", "2011-01", "2012-12"),
             ("Designer", "LOTUSWARE", "2009-01", "2011-12")]),
        (  # a name again at the end of a wrapped sentence still names the employer
            ["Lotus Bay", "Springfield, SD | January 2015 - Present", "Special Education Teacher",
             "- Placed a team of five aides as part of a workshop held at", "Lotus Bay"],
            [("Special Education Teacher", "Lotus Bay", "2015-01", "present")]),
        (  # an employer named again for a second job heads its title
            ["Lotus Bay", "Teacher, 2015 - 2016", "- Taught classes.", "Lotus Bay",
             "Counselor, 2016 - 2018", "- Ran a program.", "Kite Hill", "Tutor, 2012 - 2015"],
            [("Teacher", "Lotus Bay", "2015-01", "2016-12"),
             ("Counselor", "Lotus Bay", "2016-01", "2018-12"),
             ("Tutor", "Kite Hill", "2012-01", "2015-12")]),
        (["Lotus Bay", "Springfield, IL", "Teacher, 2015 - 2016", "- Taught classes.",
          "Lotus Bay", "Springfield, IL", "Counselor, 2016 - 2018"],
         [("Teacher", "Lotus Bay", "2015-01", "2016-12"),
          ("Counselor", "Lotus Bay", "2016-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_name_of_a_listed_line_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Senior Sales Manager, International Sales", "2009 - 2012"],
         [("Senior Sales Manager", None, "2009-01", "2012-12")]),
        (["Director of Care Products, Business Services Division, Austin, TX (2002 - 2004)"],
         [("Director of Care Products", None, "2002-01", "2004-12")]),
        (["Web Developer, Unbutton IT", "2009 - 2012"],
         [("Web Developer", "Unbutton IT", "2009-01", "2012-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_field_after_a_title_for_no_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Excellence Award", "Account Manager", "2015 - 2018"],
         [("Account Manager", None, "2015-01", "2018-12")]),
        (["Academic Honor Roll", "Sales Associate", "2015 - 2018"],
         [("Sales Associate", None, "2015-01", "2018-12")]),
        (["Kite Prizewinners Store", "Sales Associate", "2015 - 2018"],
         [("Sales Associate", "Kite Prizewinners Store", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_award_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Yearbook Club", "Account Manager", "2015 - 2018"],
         [("Account Manager", None, "2015-01", "2018-12")]),
        (["Account Manager, Alpha Phi Fraternity", "2015 - 2018"],
         [("Account Manager", None, "2015-01", "2018-12")]),
        (["Kite Team Ltd", "Account Manager", "2015 - 2018"],
         [("Account Manager", "Kite Team Ltd", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_committee_team_or_club_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Volunteer: Lotus Primary School", "- Helped pupils read"],
         [("Volunteer", "Lotus Primary School", None, None)]),
        (["Teacher Assistant and Aide: Kite Primary School", "- Helped pupils read"],
         [("Teacher Assistant and Aide", "Kite Primary School", None, None)]),
        (["Sales Manager, Hanoi", "- Sold"], [("Sales Manager", None, None, None)]),
        (  # a referee's contact line is no role
            ["Account Executive, Kite Media", "- Sold",
             "Manager | Jane Roe | 404.555.0100 | jane@kite.example"],
            [("Account Executive", "Kite Media", None, None)]),
    ],
)  # fmt: skip
def test_read_roles_without_dates_takes_the_name_after_a_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Group-Chicago, IL- Jan 2010 - Sept 2013", "Account Manager"],
         [("Account Manager", "Kite Group", "2010-01", "2013-09")]),
        (["Engineer, Lotus India Limited-Manesar", "1999 - 2000"],
         [("Engineer", "Lotus India Limited", "1999-01", "2000-12")]),
        (["Project Manager, ACME-GLOBAL", "1999 - 2000"],
         [("Project Manager", "ACME-GLOBAL", "1999-01", "2000-12")]),
    ],
)  # fmt: skip
def test_read_roles_ends_the_company_at_a_hyphen_after_its_legal_form(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["2 KITE FERROUS INDUSTRIES LTD", "Plant Manager", "1993 - 2001"],
         [("Plant Manager", "KITE FERROUS INDUSTRIES LTD", "1993-01", "2001-12")]),
        (["7 Eleven Stores", "Store Manager", "1993 - 2001"],
         [("Store Manager", "7 Eleven Stores", "1993-01", "2001-12")]),
    ],
)  # fmt: skip
def test_read_roles_drops_the_list_number_in_front_of_a_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["XXXXXXXXXX", "Account Manager", "2015 - 2018"],
         [("Account Manager", None, "2015-01", "2018-12")]),
        (["XXXX Engineers Ltd", "Account Manager", "2015 - 2018"],
         [("Account Manager", "XXXX Engineers Ltd", "2015-01", "2018-12")]),
        (["Cell 074 172 8137", "Account Manager", "2015 - 2018"],
         [("Account Manager", None, "2015-01", "2018-12")]),
        (["Studio 54 Media", "Account Manager", "2015 - 2018"],
         [("Account Manager", "Studio 54 Media", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_reports_no_masked_name_or_number_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Media", "2001 - 2003", "Account Manager", "- Sold", "LOTUS NEWS ASIA",
          "Singapore", "Senior Business News Producer", "- Produced"],
         [("Account Manager", "Kite Media", "2001-01", "2003-12"),
          ("Senior Business News Producer", "LOTUS NEWS ASIA", None, None)]),
        (["Kite Media", "2001 - 2003", "Account Manager", "- Sold", "Lotus Hardware",
          "Rotterdam, The Netherlands", "Customer Service Associate", "- Helped"],
         [("Account Manager", "Kite Media", "2001-01", "2003-12"),
          ("Customer Service Associate", "Lotus Hardware", None, None)]),
        (["Kite Media", "2001 - 2003", "Account Manager", "- Sold",
          "Lotus Hardware is a big shop.", "Singapore", "Customer Service Associate", "- Helped"],
         [("Account Manager", "Kite Media", "2001-01", "2003-12"),
          ("Customer Service Associate", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_above_the_place_of_an_undated_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite College", "Wellesley, MA", "Director", "Office of Grants - 2014 - Present",
          "- Managed grants"],
         [("Director, Office of Grants", "Kite College", "2014-01", "present")]),
        (["Student Teacher", "Austin, TX", "Lotus Learning Centre", "January 2011 - May 2011",
          "- Taught"],
         [("Student Teacher", "Lotus Learning Centre", "2011-01", "2011-05")]),
        (["Kite College is a small school.", "Wellesley, MA", "Director",
          "Office of Grants - 2014 - Present"],
         [("Director, Office of Grants", None, "2014-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_past_the_place_beside_a_dated_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["PE Student Teacher", "Austin, TX", "Lotus High School", "January 2011 - May 2011",
          "- Taught"],
         [("PE Student Teacher", "Lotus High School", "2011-01", "2011-05")]),
        (["PE Student Teacher", "Austin, TX", "High School", "January 2011 - May 2011"],
         [("PE Student Teacher", None, "2011-01", "2011-05")]),
        (["PE Student Teacher", "Austin, TX", "Senior High School", "January 2011 - May 2011"],
         [("PE Student Teacher", None, "2011-01", "2011-05")]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_school_named_alone_on_its_line_as_the_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Harbor Walsh", "Austin, Texas", "Paralegal (2013 - present)",
          "The Lotus Law Group, PA", "Austin, Texas", "Paralegal Supervisor (2006 - 2013)"],
         [("Paralegal", "Kite Harbor Walsh", "2013-01", "present"),
          ("Paralegal Supervisor", "The Lotus Law Group", "2006-01", "2013-12")]),
        (["Paralegal (2013 - present)", "The Lotus Law Group, PA", "- Filed motions"],
         [("Paralegal", "The Lotus Law Group", "2013-01", "present")]),
        # a name alone above the title line, the place below it: the header below the dates
        # is the next job's
        (["Channel 9 Television Station", "Marketing Intern (part-time)", "Houston, TX",
          "August 1998 - May 1999", "Lotus University, Communications Department",
          "Houston, TX", "Student Worker (part-time)", "August 1997 - August 1998"],
         [("Marketing Intern", "Channel 9 Television Station", "1998-08", "1999-05"),
          ("Student Worker", "Communications Department", "1997-08", "1998-08")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_name_above_its_place_for_the_job_below(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager, Kite Media Ltd (Aug 2006 - Dec", "2010)", "- Ran accounts"],
         [("Account Manager", "Kite Media Ltd", "2006-08", "2010-12")]),
        (["Sales Manager, Lotus Traders Ltd. (Sep", "2005 - Jul 2006)"],
         [("Sales Manager", "Lotus Traders Ltd", "2005-09", "2006-07")]),
        (["Account Executive, Kite Media Ltd, from March 2000 to April",
          "2002 as the first hire", "- Ran accounts"],
         [("Account Executive", "Kite Media Ltd", "2000-03", "2002-04")]),
        (["Account Manager, Kite Media Ltd, 2006 - 2010", "Met in May", "2011 again"],
         [("Account Manager", "Kite Media Ltd", "2006-01", "2010-12")]),
    ],
)  # fmt: skip
def test_read_roles_joins_the_year_wrapped_after_a_ranges_last_month(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Sales Manager, Kite Lotus Sea International Trade & Technical Cooperation Ltd.",
          "2005 - 2006"],
         [("Sales Manager", "Kite Lotus Sea International Trade & Technical Cooperation Ltd",
           "2005-01", "2006-12")]),
        (["Sales Manager, Kite trade and the technical cooperation of Lotus Ltd", "2005 - 2006"],
         [("Sales Manager", None, "2005-01", "2006-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_long_capitalised_name_ended_by_its_legal_form(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Lotus Learning Network (2010 - 2013)", "Kite Reading Alliance (2011 - present)",
          "University Budget Council (2014 - present)"],
         [(None, None, "2010-01", "2013-12"), (None, None, "2011-01", "present"),
          (None, None, "2014-01", "present")]),
        (["Lotus Learning Network (2010 - 2013)", "Kite Reading Group Ltd (2011 - present)",
          "University Budget Council (2014 - present)"],
         [(None, None, "2010-01", "2013-12"), (None, "Kite Reading Group Ltd", "2011-01", "present"),
          (None, None, "2014-01", "present")]),
        (["Lotus Learning Network (2010 - 2013)", "Kite Reading Alliance (2011 - present)",
          "- Ran the alliance", "Lotus Budget Council (2014 - present)"],
         [(None, "Lotus Learning Network", "2010-01", "2013-12"),
          (None, "Lotus Learning Network", "2011-01", "present"),
          (None, "Lotus Budget Council", "2014-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_company_from_a_list_of_dated_names(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Làm việc tại Công ty TNHH Sao Mai từ 03/2019 đến nay, Account Executive"],
         [("Account Executive", "Công ty TNHH Sao Mai", "2019-03", "present")]),
        (["Account Executive, Lotus Traders from 2019 to 2021"],
         [("Account Executive", "Lotus Traders", "2019-01", "2021-12")]),
        (["Công ty Từ Sơn", "Account Executive", "03/2019 - nay"],
         [("Account Executive", "Công ty Từ Sơn", "2019-03", "present")]),
    ],
)  # fmt: skip
def test_read_roles_drops_the_word_left_before_the_dates_from_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Office of Student Admissions, Lotus University, New York, NY",
          "Admissions Advisor", "2010 - 2012"],
         [("Admissions Advisor", "Office of Student Admissions", "2010-01", "2012-12")]),
        (["Lotus University, Communications Department", "Student Worker", "2010 - 2012"],
         [("Student Worker", "Communications Department", "2010-01", "2012-12")]),
        (["Adjunct Professor, Dept. of Business Administration, Kite University", "2010 - 2012"],
         [("Adjunct Professor", "Dept. of Business Administration", "2010-01", "2012-12")]),
        (["2006 - 2008: Assistant Supervisor, Purchasing Department, Kite Traders"],
         [("Assistant Supervisor", "Kite Traders", "2006-01", "2008-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_unit_of_an_institution_as_the_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Client Service SupervisorKite Services", "1999 - 2000"],
         [("Client Service Supervisor", "Kite Services", "1999-01", "2000-12")]),
        (["Program AssistantThe City of Lotus", "1999 - 2000"],
         [("Program Assistant", "The City of Lotus", "1999-01", "2000-12")]),
        (["Account Manager, SapientKite", "1999 - 2000"],
         [("Account Manager", "SapientKite", "1999-01", "2000-12")]),
    ],
)  # fmt: skip
def test_read_roles_cuts_a_title_glued_to_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Software Developer", "KITE group - January 2002 to February 2005", "- Built it"],
         [("Software Developer", "KITE group", "2002-01", "2005-02")]),
        (["Software Developer", "a small group - January 2002 to February 2005", "- Built it"],
         [("Software Developer", None, "2002-01", "2005-02")]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_name_with_its_company_word_in_lower_case(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["KITE ASSOCIATES, Sometown, NY — PR firm serving small businesses in the greater NY area",
          "Social Media Manager, 2008 to Present"],
         [("Social Media Manager", "KITE ASSOCIATES", "2008-01", "present")]),
        (["- Ran the accounts of small businesses in the greater NY area — and more of them",
          "Social Media Manager, 2008 to Present"],
         [("Social Media Manager", None, "2008-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_of_a_long_line_with_a_note_after_a_dash(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Media", "2001 - 2003", "Account Manager", "- Sold",
          "HR Consultant and Analyst (Banking and Insurance Segment)", "- Hired"],
         [("Account Manager", "Kite Media", "2001-01", "2003-12"),
          ("HR Consultant and Analyst", None, None, None)]),
        (["Kite Media", "2001 - 2003", "Account Manager", "- Sold",
          "Software Engineer (Lotus Software Corp)", "- Built"],
         [("Account Manager", "Kite Media", "2001-01", "2003-12"),
          ("Software Engineer", "Lotus Software Corp", None, None)]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_note_in_brackets_after_an_undated_title_as_the_company(
    texts, expected
):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Special Education Teacher (Learning for Independence Program)", "2010 - 2012"],
         [("Special Education Teacher", None, "2010-01", "2012-12")]),
        (["Account Manager (Kite Media Group)", "2010 - 2012"],
         [("Account Manager", "Kite Media Group", "2010-01", "2012-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_note_in_brackets_after_a_dated_title_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Adjunct, Kite University, Austin, TX", ("Kite University",)),
        ("Harbor Freight Lines, Austin, TX", ("Harbor Freight Lines",)),
        ("Kite Media, Lotus Group, Austin, TX", ("Kite Media",)),
        ("Sales | KITE MART, Seattle, WA | Summer 2015", ("KITE MART",)),
        ("Lotus High School, Springfield, IL, Spring 2019", ("Lotus High School",)),
        ("Lotus High School, Springfield, IL, Spring 20XX", ("Lotus High School",)),
        (
            "Day Care Teacher, Kite Play Place, Dekalb, IL, April - August 20XX",
            ("Kite Play Place",),
        ),
        ("Coach, Lotus High School, Springfield, IL, 2019 - 2020", ("Lotus High School",)),
        # the kind of work done at a school before it
        (
            "Student Teaching, Lotus High School, Oak, Nebraska, January-May, 2019",
            ("Lotus High School",),
        ),
        ("Kite Elementary, Lotus High School, Oak, Nebraska", ("Kite Elementary",)),
        ("KITE SYSTEMS - Austin, TX", ("KITE SYSTEMS",)),
        ("Kite Systems- Springfield, MO", ("Kite Systems",)),
        ("Account Manager - Austin, TX", ()),
        ("Kite Child Care Center: Homewood, AL (Fall 2003)", ("Kite Child Care Center",)),
        ("Account Manager: Homewood, AL", ()),
        # the job after a semicolon behind the place
        ("Kite Hospital, Milford, CT; PRN / Registered Nurse", ("Kite Hospital",)),
        ("Account Manager, Milford, CT; Kite Hospital", ()),
    ],
)
def test_company_lines_skips_a_job_named_before_the_employer_and_its_place(line, expected):
    assert company_lines([Line("experience", line)]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Managed Company's Learning Centre - ensuring updates", ()),
        ("Managed Company’s Learning Centre - ensuring updates", ()),
        ("Kite Company Ltd", ("Kite Company Ltd",)),
        # a list number and "&" are no words of the name; seven words are too many
        (
            "3 KITE ENGINEERING & LOCOMOTIVE COMPANY LTD.",
            ("KITE ENGINEERING & LOCOMOTIVE COMPANY LTD",),
        ),
        ("Senior Kite Lotus Orchid Acme Trading Services Sales Ltd", ()),
        # a legal form of continental Europe or Asia in its own case ends a name; a title does
        # not become one, nor does a state code after a comma
        ("Kite Communications AS", ("Kite Communications AS",)),
        ("Lotus Oy", ("Lotus Oy",)),
        ("Account Manager AS", ()),
        ("Kite Media, SA", ()),
    ],
)
def test_company_lines_takes_no_possessive_for_a_legal_form(line, expected):
    assert company_lines([Line("experience", line)]) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["- Ran payroll", "Kite Heart Association", "Seattle, WA", "Held several roles"],
         ("Kite Heart Association",)),
        (["Jul 2006", "Lotusdal", "Rotterdam, The Netherlands", "Senior Visionary"],
         ("Lotusdal",)),
        (["- Ran payroll", "Account Manager", "Seattle, WA"], ()),
        (["- Ran payroll", "Kite Road", "Seattle, WA"], ()),
        (["- Ran payroll", "Trần Văn An", "Quận 1, TP.HCM"], ()),
        (["- Ran payroll", "Retail store", "Seattle, WA"], ()),
        (["Account Manager", "Kite Heart Association", "Seattle, WA"], ()),
        (["Wrote and edited content for the website", "Kite Heart Association",
          "Cabreuva, Brazil"], ("Kite Heart Association",)),
        (["- Ran payroll", "Kite Heart Association", "Oracle, Java"], ()),
    ],
)  # fmt: skip
def test_company_lines_takes_a_name_alone_above_its_place(texts, expected):
    assert company_lines([Line("experience", t) for t in texts]) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Name of Website", True),
        ("[Name of magazine]", True),
        ("Company Name", True),
        ("Kite Name Studio", False),
        ("Lotus Naming Agency", False),
    ],
)
def test_placeholder_company_knows_a_templates_name_of_stand_in(name, expected):
    assert placeholder_company(name) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Office Manager, 2004 - 2005", "124 Lotus Hill Way, Madison, Al. 35758"],
         [("Office Manager", None, "2004-01", "2005-12")]),
        (["Office Manager, 2004 - 2005", "12 Kite Street"],
         [("Office Manager", None, "2004-01", "2005-12")]),
        (["Office Manager, 2004 - 2005", "3M Company"],
         [("Office Manager", "3M Company", "2004-01", "2005-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_street_address_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager", "Costa Mesa / Sacramento, CA", "2002-2007", "- Sold"],
         [("Account Manager", None, "2002-01", "2007-12")]),
        (["Account Manager", "Golden Kite Co, Chicago", "2002-2007"],
         [("Account Manager", "Golden Kite Co", "2002-01", "2007-12")]),
        (["Account Manager", "KITE ORGANIZATION (Sometown, TN)", "2002-2007"],
         [("Account Manager", "KITE ORGANIZATION", "2002-01", "2007-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_towns_beside_a_title_as_the_company(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_reads_the_lines_after_the_dates_when_most_dates_lead_a_title_and_a_name():
    texts = ["Paid Work", "June 2000 - July 2001", "Support Engineer", "Kite Nextra AS",
             "Looked after the servers of the whole company.", "September 2001 - May 2003",
             "Systems Consultant", "Lotus Linux AS", "Taught courses to the staff of many clients.",
             "June 2003 - August 2004", "Board Member", "Kite Media AS",
             "Sat on the board for the staff."]  # fmt: skip
    assert _roles(texts) == [
        ("Support Engineer", "Kite Nextra AS", "2000-06", "2001-07"),
        ("Systems Consultant", "Lotus Linux AS", "2001-09", "2003-05"),
        ("Board Member", "Kite Media AS", "2003-06", "2004-08"),
    ]


def test_read_roles_joins_an_employer_name_wrapped_over_two_lines():
    texts = ["- Ran classes", "2008 - 2009", "English Teacher, Kite Lotus English", "School, Athens",
             "- Taught English", "2005 - 2007", "PRINCIPAL CONSULTANT", "Sao Mai", "& Associates",
             "Gave safety advice.", "2002 - 2004", "MINISTERIAL ADVISOR", "MINISTRY OF TRADE",
             "AND INDUSTRY", "Advised on trade."]  # fmt: skip
    assert _roles(texts) == [
        ("English Teacher", "Kite Lotus English School", "2008-01", "2009-12"),
        ("PRINCIPAL CONSULTANT", "Sao Mai & Associates", "2005-01", "2007-12"),
        ("MINISTERIAL ADVISOR", "MINISTRY OF TRADE AND INDUSTRY", "2002-01", "2004-12"),
    ]


def test_read_roles_reads_the_lines_after_dates_alone_when_most_lead_a_title_and_a_name():
    # (dated lines written the other way round after them do not hide the layout)
    texts = ["Paid Work", "2008 - Present", "Freelance Coaching", "Coached the staff of law firms.",
             "1982 - 1987", "Kite Law Offices", "Law Clerk", "Drafted motions and briefs.",
             "1980 - 1982", "Lotus Legal Group", "Paralegal", "Filed cases for the partners.",
             "Tutor, Sao Mai Centre, 1990 - 1995", "Coach, City Library, 1996 - 1998"]  # fmt: skip
    assert _roles(texts) == [
        (None, "Freelance Coaching", "2008-01", "present"),
        ("Law Clerk", "Kite Law Offices", "1982-01", "1987-12"),
        ("Paralegal", "Lotus Legal Group", "1980-01", "1982-12"),
        ("Tutor", "Sao Mai Centre", "1990-01", "1995-12"),
        ("Coach", "City Library", "1996-01", "1998-12"),
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["H R Administrator", "Kite Co. L.L.C., Doha, Qatar.", "2007 - 2009"],
         [("H R Administrator", "Kite Co. L.L.C", "2007-01", "2009-12")]),
        (["Regional Manager", "Lotus Assurance Co. Ltd., Japan (2006)"],
         [("Regional Manager", "Lotus Assurance Co. Ltd", None, None)]),
        (["Account Manager, Lotus Inc. Any Town, NY", "2007 - 2009"],
         [("Account Manager", "Lotus Inc", "2007-01", "2009-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_second_legal_form_after_the_first(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite, Lotus & Sao, PA", "Tampa, Florida", "Paralegal (2004 - 2006)"],
         [("Paralegal", "Kite, Lotus & Sao", "2004-01", "2006-12")]),
        (["Lotus, Kite, Mai, & Sao, LLC", "Web Developer", "9/2003 - 10/2008"],
         [("Web Developer", "Lotus, Kite, Mai & Sao LLC", "2003-09", "2008-10")]),
    ],
)  # fmt: skip
def test_read_roles_reads_a_firm_named_by_its_partners_as_one_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite (India) Pvt. Ltd. (Formerly Lotus Services)", "Assistant Manager",
          "2010 - 2012"],
         [("Assistant Manager", "Kite India Pvt. Ltd", "2010-01", "2012-12")]),
        (["Sr. Software Engineer", "Lotus Mobile (P) Ltd, Indore, India", "2010 - 2012"],
         [("Sr. Software Engineer", "Lotus Mobile P Ltd", "2010-01", "2012-12")]),
        (["Human Resources (HR) Supervisor", "Kite Retail Ltd", "2015 - 2018"],
         [("Human Resources Supervisor", "Kite Retail Ltd", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_word_in_brackets_before_a_legal_form(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Research Engineer, Laboratory", "2010 - 2012"],
         [("Research Engineer", None, "2010-01", "2012-12")]),
        (["Council.", "Research Officer, 2010 - 2012"],
         [("Research Officer", None, "2010-01", "2012-12")]),
        (["Research Officer, Kite Research Centre", "2010 - 2012"],
         [("Research Officer", "Kite Research Centre", "2010-01", "2012-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_bare_kind_of_institution_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Mills High School, Lotus County Public Schools, MD", "2008 - 2010",
          "Special Education Teacher"],
         [("Special Education Teacher", "Lotus County Public Schools", "2008-01", "2010-12")]),
        (["Retail Sales Manager, Salt Lake City, UT", "2008 - 2010"],
         [("Retail Sales Manager", None, "2008-01", "2010-12")]),
    ],
)  # fmt: skip
def test_read_roles_keeps_a_name_of_four_words_or_more_before_a_state_code(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Global Research, UX Center of Excellence | San Francisco Bay Area, US",
          "User Experience Intern, May 2014 - Aug 2014", "- Designed flows"],
         [("User Experience Intern", "Kite Global Research", "2014-05", "2014-08")]),
        (["Worked with the whole team on the design of many flows for customers | Austin, TX",
          "User Experience Intern, May 2014 - Aug 2014"],
         [("User Experience Intern", None, "2014-05", "2014-08")]),
    ],
)  # fmt: skip
def test_read_roles_takes_the_employer_of_a_long_line_ending_in_a_place_after_a_bar(
    texts, expected
):
    assert _roles(texts) == expected


def test_read_roles_takes_no_personal_label_as_the_company():
    texts = ["Date of Birth: 13 September 1984", "Kite Nextra AS as a Product Developer,",
             "September 2010 - April 2011"]  # fmt: skip
    assert _roles(texts) == [("Product Developer", "Kite Nextra AS", "2010-09", "2011-04")]


def test_read_roles_reads_the_lines_after_the_dates_when_a_lone_year_opens_the_list():
    texts = ["1979:", "Kite Girls School, Kitui", "Teacher of English", "1984 - 1986:",
             "Lotus Law Commission", "Legal Officer", "Partner in the firm of Kite and Lotus",
             "Advocates, Lotus Bank House, Nairobi.", "2003 - 2008:", "Kite National Hospital",
             "Chief Legal Officer", "- Advised the board"]  # fmt: skip
    assert _roles(texts) == [
        ("Teacher of English", None, None, None),
        ("Legal Officer", "Lotus Law Commission", "1984-01", "1986-12"),
        ("Chief Legal Officer", "Kite National Hospital", "2003-01", "2008-12"),
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "- Lecturer in Marketing, Lotus College"],
         [("Account Manager", None, "2019-01", "2021-12"),
          ("Lecturer", "Lotus College", None, None)]),
        (["Account Manager", "2019 - 2021", "- Led 5 brands", "- Account Manager for key clients"],
         [("Account Manager", None, "2019-01", "2021-12")]),
        (  # a dated bullet listing title, employer and place, then a sentence
            ["- Research Scientist, Kite Institute, Applied Research Unit, Helsinki, Finland,"
             " 8/2003 - 5/2004. Research on data.",
             "- Senior Software Engineer, Lotus Oy, 6/200404/2006. Design of storage engines."],
            [("Research Scientist", "Kite Institute", "2003-08", "2004-05"),
             ("Senior Software Engineer", "Lotus Oy", "2004-06", "2006-04")]),
    ],
)  # fmt: skip
def test_read_roles_reads_a_bullet_naming_a_title_and_its_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Senior Project Manager (2001-2004) - Promoted to run three sites at once while keeping"
          " the budget", "Project Engineer (1998-2001) - Hired to design the cooling loops for the"
          " plant"],
         [("Senior Project Manager", None, "2001-01", "2004-12"),
          ("Project Engineer", None, "1998-01", "2001-12")]),
        (  # dates, the title as a sentence of its own, then what the job was
            ["Kite Weekly", "Aug 2009 - Aug 2012. Yearbook staff member. Took photographs and"
             " designed the layout of each issue."],
            [("Yearbook staff member", "Kite Weekly", "2009-08", "2012-08")]),
    ],
)  # fmt: skip
def test_read_roles_reads_a_header_whose_dates_are_followed_by_a_sentence(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Human Resources (HR) Supervisor", "Kite Retail Ltd", "2015 - 2018"],
         [("Human Resources Supervisor", "Kite Retail Ltd", "2015-01", "2018-12")]),
        (["Account Manager", "Lotus Media Limited (LML)", "2015 - 2018"],
         [("Account Manager", "Lotus Media Limited", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_drops_an_acronym_inside_a_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Drupal Developer", "2012 - 2013", "Technologies: PHP5, Soap"],
         [("Drupal Developer", None, "2012-01", "2013-12")]),
        (["Web Developer", "2012 - 2013", "Email: dev@example.com"],
         [("Web Developer", None, "2012-01", "2013-12")]),
        (["Creative Solutions", "2012 - 2013", "Web Developer"],
         [("Web Developer", "Creative Solutions", "2012-01", "2013-12")]),
        (["Page 2 of 2 Kite Corp.", "2012 - 2013", "Web Developer"],
         [("Web Developer", "Kite Corp", "2012-01", "2013-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_kind_of_business_or_page_mark_as_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Executive", "Sao Mai Media", "2019 - 2021", "Client: Lotus Bank"],
         [("Account Executive", "Sao Mai Media", "2019-01", "2021-12")]),
        (["Account Executive", "2019 - 2021", "Khách hàng: Ngân hàng Hoa Sen"],
         [("Account Executive", None, "2019-01", "2021-12")]),
        (["Chức vụ: Account Executive", "Công ty: Sao Mai Media", "Thời gian: 2019 - 2021"],
         [("Account Executive", "Sao Mai Media", "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_client_as_the_employer(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Công ty Sao Mai Media", "03/2019 - 12/2021", "Vai trò: Account Executive"],
         [("Account Executive", "Công ty Sao Mai Media", "2019-03", "2021-12")]),
        (["Kite Labs Ltd", "2016 - 2018", "Key Role: UI Designer", "- Drew the screens"],
         [("UI Designer", "Kite Labs Ltd", "2016-01", "2018-12")]),
        # undated: the value of a title label is the title, title word or not
        (["Kite Labs Ltd", "Role: Ontologist"], [("Ontologist", "Kite Labs Ltd", None, None)]),
        (["Kite Labs Ltd", "Designation: civil and plumbing foremen"],
         [("civil and plumbing foremen", "Kite Labs Ltd", None, None)]),
    ],
)  # fmt: skip
def test_read_roles_reads_a_role_label_line(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager, Kite Media (Vietnam) - Lotus Events & Exhibition (Int'l) Ltd (Aug 2016 - Dec",
          "2020)"],
         [("Account Manager", "Kite Media", "2016-08", "2020-12")]),
        (["Sales Manager, Acme Corp. (Sep", "2015 - Jul 2016)"],
         [("Sales Manager", "Acme Corp", "2015-09", "2016-07")]),
        # a month that ends no range leaves the year below alone
        (["Account Manager, Kite Media, Dec", "2020 was a good year for the team"],
         [("Account Manager", "Kite Media", None, None)]),
    ],
)  # fmt: skip
def test_read_roles_joins_a_year_wrapped_to_the_next_line(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Project Manager - Kite Software Ltd, Hanoi", "Developer - Kite Software Ltd, Hanoi",
          "2019 to 2022", "2015 to 2019", "- Led releases"],
         [("Project Manager", "Kite Software Ltd", "2019-01", "2022-12"),
          ("Developer", "Kite Software Ltd", "2015-01", "2019-12")]),
        # a head not led by a title word is paired too when most are
        (["- Built the site", "Software Developer, Kite Works", "Web Developer, Lotus Media",
          "Saxophonist, Sao Mai Music, LLC", "1/2001 - 4/2001", "10/1999 - 5/2000",
          "1/1999 - 10/1999", "- Wrote songs"],
         [("Software Developer", "Kite Works", "2001-01", "2001-04"),
          ("Web Developer", "Lotus Media", "1999-10", "2000-05"),
          (None, "Sao Mai Music LLC", "1999-01", "1999-10")]),
        # columns of different lengths are not paired
        (["Account Manager, Kite Media", "Account Executive, Kite Media", "Intern, Kite Media",
          "2019 - 2022", "2016 - 2019", "2015"],
         [("Account Manager", "Kite Media", "2019-01", "2022-12"),
          (None, "Kite Media", "2016-01", "2019-12")]),
    ],
)  # fmt: skip
def test_read_roles_pairs_a_column_of_titles_with_a_column_of_dates(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_reads_the_company_spoken_of_after_a_title_as_no_employer():
    texts = ["Kite Assurance Co. Ltd", "1995 - 1997",
             "Senior Legal Officer under the Company Secretary", "- Drafted contracts"]  # fmt: skip
    assert _roles(texts) == [
        ("Senior Legal Officer", "Kite Assurance Co. Ltd", "1995-01", "1997-12")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Best Account Manager Award 2019",
        "Sales Executive of the Year",
        "Nhân viên xuất sắc năm 2021",
    ],
)
def test_read_roles_reads_no_award_line_as_a_job(line):
    texts = ["Account Executive", "Kite Media", "03/2020 - 2022", "- Handled briefs", line]
    assert _roles(texts) == [("Account Executive", "Kite Media", "2020-03", "2022-12")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Executive", "Công ty ABC, Hà Nội", "03/2019 - nay"],
         [("Account Executive", "Công ty ABC", "2019-03", "present")]),
        (["Kite Media – TP.HCM", "Account Executive", "03/2019 - nay"],
         [("Account Executive", "Kite Media", "2019-03", "present")]),
        (["Nhân viên kinh doanh - Lotus Traders - Cần Thơ", "2018 - 2019"],
         [("Nhân viên kinh doanh", "Lotus Traders", "2018-01", "2019-12")]),
        (["Account Executive", "Lotus Traders, Hanoi", "2018 - 2019"],
         [("Account Executive", "Lotus Traders", "2018-01", "2019-12")]),
        (["Account Manager, Hà Nội", "2018 - 2019"],
         [("Account Manager", None, "2018-01", "2019-12")]),
        (["Trưởng nhóm Account – Đà Nẵng", "2018 - 2019"],
         [("Trưởng nhóm Account", None, "2018-01", "2019-12")]),
        (["Account Executive", "2019 - 2021", "TP. Hồ Chí Minh"],
         [("Account Executive", None, "2019-01", "2021-12")]),
        (["Account Executive", "Quận 1, TP.HCM", "2019 - 2021"],
         [("Account Executive", None, "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_vietnamese_province_or_city_as_where_not_who(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Web Developer", "Kite Systems", "2012 - 2014", "Reported the test results to the",
          "programming manager", "Java Programmer", "Lotus Soft, Austin, TX", "2009 - 2012"],
         [("Web Developer", "Kite Systems", "2012-01", "2014-12"),
          ("Java Programmer", "Lotus Soft", "2009-01", "2012-12")]),
        (["Built the plant's reports for the", "division and corporate executives.",
          "SENIOR ENGINEER", "2001 - 2003"],
         [("SENIOR ENGINEER", None, "2001-01", "2003-12")]),
        (["iOS Developer", "2019 - 2021"], [("iOS Developer", None, "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_takes_no_wrapped_end_of_a_sentence_for_a_header(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Sophomore Line Coach, Lakeview High School, Rolling Hills, IL, August - November 20XX",
          "- Ran the drills", "Day Care Teacher, The Kite Place, Lakewood, IL, April - August 20XX"],
         [("Sophomore Line Coach", "Lakeview High School", None, None),
          ("Day Care Teacher", "The Kite Place", None, None)]),
        (["Web Services (WSDL/REST/SOAP), Ant, JSF, JBOSS, SEAM, Glassfish, EJB 3.0, Tiles, UML",
          "Managed Sales, Marketing, Operations, Finance and the Front Desk of the Lotus Hotel"],
         []),
    ],
)  # fmt: skip
def test_read_roles_reads_a_long_header_listing_its_pieces_between_commas(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Golden Kite Co, Chicago", "Piping Designer", "- Drew the plans"],
         [("Piping Designer", "Golden Kite Co", None, None)]),
        (["Lotus Traders Ltd", "Sales Executive"],
         [("Sales Executive", "Lotus Traders Ltd", None, None)]),
        (["Worked with the team of Lotus Traders Ltd.", "Sales Executive"],
         [("Sales Executive", None, None, None)]),
        (["Kite Media, Melbourne", "Account Manager"], [("Account Manager", None, None, None)]),
        (["Kite Brothers", "July 20XX - present", "Sales Associate, City, MD", "- Sold things"],
         [("Sales Associate", "Kite Brothers", None, None)]),
        (["Lotus Organization (Sometown, TN)", "Research Assistant, Summer 2011"],
         [("Research Assistant", "Lotus Organization", None, None)]),
        (["- Sold things", "Kite Animation School", "Mar 20xx", "May 20xx", "VFX Instructor"],
         [("VFX Instructor", "Kite Animation School", None, None)]),
        (["Cashier", "Kite Mart", "Sales Associate", "- Sold things"],
         [("Cashier", None, None, None), ("Sales Associate", None, None, None)]),
        (["Legal Office", "Coventry", "Legal Assistant"], [("Legal Assistant", None, None, None)]),
        (["Nov. 09", "Legal Assistant"], [("Legal Assistant", None, None, None)]),
        (["Waitress, Kite Steakhouse, Wayne, NE", "Produce Clerk, Lotus Foods, Austin, TX"],
         [("Waitress", "Kite Steakhouse", None, None),
          ("Produce Clerk", "Lotus Foods", None, None)]),
    ],
)  # fmt: skip
def test_read_roles_without_dates_takes_the_company_above_or_beside_a_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Visiting Lecturer, Eastern Lotus University. 1982-86"],
         [("Visiting Lecturer", "Eastern Lotus University", "1982-01", "1986-12")]),
        (["Visiting Lecturer, Eastern Lotus University. 1982-86", "Taught two courses."],
         [("Visiting Lecturer", "Eastern Lotus University", "1982-01", "1986-12")]),
        (["Account Executive", "Studio 54", "2015 - 2018"],
         [("Account Executive", "Studio 54", "2015-01", "2018-12")]),
        (["Sales Manager at Lotus Furniture in Florida", "2015 - 2018"],
         [("Sales Manager", "Lotus Furniture", "2015-01", "2018-12")]),
        (["Account Manager at Bank of Lotus in Hanoi", "2015 - 2018"],
         [("Account Manager", "Bank of Lotus", "2015-01", "2018-12")]),
    ],
)  # fmt: skip
def test_read_roles_drops_years_or_a_place_left_after_the_company(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["KITE GROUP, Sometown, NY — Full-service ad agency",
          "Senior Account Executive, 2005 to 2008"],
         [("Senior Account Executive", "KITE GROUP", "2005-01", "2008-12")]),
        (["Senior AE | Kite Media | 2019 - 2021"], [("Senior AE", "Kite Media", "2019-01", "2021-12")]),
        (["AD - Lotus Advertising JSC", "2021 - nay"],
         [("AD", "Lotus Advertising JSC", "2021-01", "present")]),
    ],
)  # fmt: skip
def test_read_roles_takes_ae_am_ad_as_titles_only_in_capitals(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Media Ltd", "Sr. Executive - HR", "April 08"],
         [("Sr. Executive - HR", "Kite Media Ltd", None, None)]),
        (["VICE PRESIDENT, HUMAN RESOURCES", "Lotus Traders"],
         [("VICE PRESIDENT - HUMAN RESOURCES", None, None, None)]),
        (["Account Manager, Kite Media"], [("Account Manager", "Kite Media", None, None)]),
        (["Associate - Social Media", "Kite Media", "2019 - 2021"],
         [("Associate - Social Media", "Kite Media", "2019-01", "2021-12")]),
    ],
)  # fmt: skip
def test_read_roles_without_dates_keeps_the_department_after_a_title(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Account Manager", "Kite Media", "2015 - 2018", "- Sold",
          "SALES MANAGER, CONSUMER DIVISION"],
         [("Account Manager", "Kite Media", "2015-01", "2018-12"),
          ("SALES MANAGER, CONSUMER DIVISION", None, None, None)]),
        (  # a department names where the title sits: dropped, never the employer
            ["Senior Counsel, Civil Litigation Department", "2015 - 2018"],
            [("Senior Counsel", None, "2015-01", "2018-12")]),
        (  # the same on an undated title line; an intern's unit is where, not the title
            ["Account Manager", "Kite Media", "2015 - 2018", "- Sold",
             "Senior Counsel, Civil Litigation Department", "- Argued",
             "Intern, Export Division"],
            [("Account Manager", "Kite Media", "2015-01", "2018-12"),
             ("Senior Counsel", None, None, None), ("Intern", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_takes_a_division_after_a_title_as_its_field(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Kite Media", "Account Manager", "20042006"],
         [("Account Manager", "Kite Media", "2004-01", "2006-12")]),
        (["2012Present Research Assistant, Lotus Lab"],
         [("Research Assistant", "Lotus Lab", "2012-01", "present")]),
        (["Account Manager, Kite Media", "20062004"], [("Account Manager", "Kite Media", None, None)]),
        (["Account Manager", "Hotline 19002000"], [("Account Manager", None, None, None)]),
    ],
)  # fmt: skip
def test_read_roles_reads_two_years_a_pdf_glued_together(texts, expected):
    assert _roles(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["- Senior Engineer, Kite Software, 05/2016 to 06/2018. Built the storage of",
          "the main product.", "- Engineer, Lotus Oy, 06/2014 to 04/2016. Wrote tests for",
          "the team."],
         [("Senior Engineer", "Kite Software", "2016-05", "2018-06"),
          ("Engineer", "Lotus Oy", "2014-06", "2016-04")]),
    ],
)  # fmt: skip
def test_read_roles_reads_a_bulleted_header_a_short_sentence_follows(texts, expected):
    assert _roles(texts) == expected


def test_read_roles_takes_no_header_from_a_bullet_drawn_as_the_letter_o():
    texts = ["o Sao Mai Studio LLC. Helped with the site", "KITE CONSULTING",
             "Web Developer Consultant (at Lotus Education), February 2014 - Present",
             "Technologies: PHP5"]  # fmt: skip
    assert _roles(texts) == [("Web Developer Consultant", "KITE CONSULTING", "2014-02", "present")]
