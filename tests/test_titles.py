"""Tests of matcher.titles: a title read from a CV line, cleaned (made-up lines only)."""

from __future__ import annotations

import pytest

from matcher.titles import clean_title


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Part-time Interaction Design Intern", "Interaction Design Intern"),
        ("Full time Sales Associate", "Sales Associate"),
        ("Bán thời gian Nhân viên bán hàng", "Nhân viên bán hàng"),
        ("Part-time", "Part-time"),
        ("Permanent Secretary", "Permanent Secretary"),
        ("2012Present Research Assistant", "Research Assistant"),
        ("20122013 Lab Instructor", "Lab Instructor"),
    ],
)
def test_clean_title_drops_a_leading_employment_type_or_glued_dates(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Promoted to Chief Accountant", "Chief Accountant"),
        ("Served as a Systems Administrator", "Systems Administrator"),
        ("As Trainee Executive", "Trainee Executive"),
        ("Working as Account Executive", "Account Executive"),
        ("Associate Director", "Associate Director"),
        ("Assistant Manager", "Assistant Manager"),
    ],
)
def test_clean_title_drops_the_words_stating_a_title_held(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Head of the Marketing Department", "Head of the Marketing Department"),
        ("Lecturer in Medical Ethics at Kite University", "Lecturer"),
        ("Coordinator of Primary Health Care (PHC).", "Coordinator of Primary Health Care"),
        ("Manager (Sales).", "Manager (Sales)"),
        ("Senior Developer (A/P)", "Senior Developer (A/P)"),
        ("Founder & Editor in Chief", "Founder & Editor in Chief"),
        ("Chairman of the Board", "Chairman of the Board"),
        ("Sales Manager of the Year", "Sales Manager"),
        ("Attorney at Law", "Attorney at Law"),
        ("3. Chairman", "Chairman"),
        ("Senior Legal Officer under the Company Secretary", "Senior Legal Officer"),
        ("1) Sales Manager", "Sales Manager"),
        ("Treasurer of Kite Honor Society", "Treasurer"),
        ("President of Acme Debate Team", "President"),
        ("President of high school chapter of Kite Leaders of America", "President"),
        ("Chef and Owner of Kite Bakery", "Chef and Owner"),
        ("Owner & Operator of Lotus Beauty Services", "Owner & Operator"),
        ("Co-founder of Sao Mai Media", "Co-founder"),
        ("Owner of a small bakery", "Owner of a small bakery"),
        ("Director of Sales Operations", "Director of Sales Operations"),
        ("Principal Consultant Workplace Safety Branch", "Principal Consultant"),
        ("SALES MANAGER, CONSUMER DIVISION", "SALES MANAGER, CONSUMER DIVISION"),
        ("Process Engineering Division Manager", "Process Engineering Division Manager"),
        ("DISTRICT SALES MANAGER/ NORTH AND WEST DIVISION", "DISTRICT SALES MANAGER"),
        ("DIRECTOR OF BUSINESS DEVELOPMENT/ NORTH DIVISION", "DIRECTOR OF BUSINESS DEVELOPMENT"),
        ("Sales Manager/Head of Retail Division", "Sales Manager/Head of Retail Division"),
        ("Software Developer / Kitehome", "Software Developer"),
        ("Medical Assistant/Dermatology", "Medical Assistant"),
        ("Project Leader/", "Project Leader"),
        ("Editor/Proofreader", "Editor/Proofreader"),
        ("VP, Sales/Consulting", "VP, Sales/Consulting"),
        ("Map Representative/Sales", "Map Representative/Sales"),
        ("Branch Manager/ Vietnam", "Branch Manager/ Vietnam"),
        ("Sales Executive / Account Manager", "Sales Executive / Account Manager"),
        (
            "Director of Marketing & Executive Team Member",
            "Director of Marketing & Executive Team Member",
        ),
        ("Sales Manager at Kite Law Group", "Sales Manager"),
        ("Director for Legal Services", "Director for Legal Services"),
        ("Manager for Sales & Marketing", "Manager for Sales & Marketing"),
        ("IT Consultant for Kite Bank", "IT Consultant"),
        ("Consultant for Lotus IT Ltd", "Consultant"),
        ("HR Coordinator- Recruitment & Employee Relations", "HR Coordinator"),
        ("Engineer- Embedded", "Engineer"),
        ("Sr Executive- Human Resources", "Sr Executive- Human Resources"),
        ("Asst Vice President- Credit", "Asst Vice President- Credit"),
        ("Owner and Manager- Two retail stores", "Owner and Manager"),
        ("Associate- HR Consultant", "Associate- HR Consultant"),
        ("Manager- Marketing & Social Media", "Manager- Marketing & Social Media"),
        ("Co-Director", "Co-Director"),
        ("Manager-Consultancy-New projects rollout", "Manager-Consultancy"),
        ("Contributing Editor and Stylist-Producer", "Contributing Editor and Stylist-Producer"),
        ("Public Relations Intern Jun 2016", "Public Relations Intern"),
        ("Account Officer From", "Account Officer"),
        ("Senior Vice-President.And CEO", "Senior Vice-President"),
        ("Web Designer Kitestudents.com", "Web Designer"),
        ("Web Designer Kite.com Inc", "Web Designer Kite.com Inc"),
        ("Team Lead [", "Team Lead"),
        ("Instructor COMP 1120 Composition", "Instructor"),
        ("Teaching Assistant CS150", "Teaching Assistant"),
        ("Maintenance Mechanic MPE-9", "Maintenance Mechanic MPE-9"),
        ("[Research Assistant]", "[Research Assistant]"),
        ("Asst.Manager", "Asst.Manager"),
        ("Kite store Sales Assistant", "Sales Assistant"),
        ("Kite University Lecturer", "Lecturer"),
        ("Girls Lotus High School Soccer Coach", "Soccer Coach"),
        ("Assistant High School Track Coach", "Assistant High School Track Coach"),
        ("High School Principal", "High School Principal"),
        ("Middle School English Teacher", "English Teacher"),
        ("Southern Region Finance Manager", "Finance Manager"),
        ("Asia Pacific Region Sales Director", "Sales Director"),
        ("Sales Region Manager", "Sales Region Manager"),
        ("Northern Region Manager", "Northern Region Manager"),
        ("Denver Area Project Engineer", "Project Engineer"),
        ("Area Sales Manager", "Area Sales Manager"),
        ("College Missions Team Leader", "College Missions Team Leader"),
        ("Director/Teacher Kite Early Childhood Center", "Director/Teacher"),
        ("Staff Nurse Lotus General Hospital", "Staff Nurse"),
        ("Writing Center Tutor", "Writing Center Tutor"),
        ("Director of Lotus Learning Center", "Director of Lotus Learning Center"),
        ("Kite & Lotus Club Web Developer", "Web Developer"),
        ("Lotus Foundation Account Director / Web Developer", "Account Director / Web Developer"),
        ("Out of School Hours Care Attendant", "Out of School Hours Care Attendant"),
        ("Senior software Engineer", "Senior software Engineer"),
        ("Oracle eBusiness Suite Specialist", "Oracle eBusiness Suite Specialist"),
    ],
)
def test_clean_title_keeps_a_department_and_balanced_brackets(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Translation project manager since", "Translation project manager"),
        ("energetic account executive complemented", "energetic account executive"),
        ("Instructor in", "Instructor"),
        ("Director of Marketing", "Director of Marketing"),
        ("Account Manager", "Account Manager"),
        ("Manager", "Manager"),
        ("Certified", "Certified"),
    ],
)
def test_clean_title_drops_a_loose_word_after_the_head_word(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kite Media as a Content Coordinator.", "Content Coordinator"),
        ("Lotus Traders as an Account Manager", "Account Manager"),
        ("Kite Media as a partner", "Kite Media as a partner"),
    ],
)
def test_clean_title_keeps_the_title_a_name_is_followed_by_as_a(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Piping Designer Resume", "Piping Designer"),
        ("Designation Indoor Sales Executive", "Indoor Sales Executive"),
        ("Chức vụ Trưởng phòng", "Trưởng phòng"),
        ("Sales Associate for 1.5 year", "Sales Associate"),
        ("EXECUTIVE''", "EXECUTIVE"),
        ("Account Executive", "Account Executive"),
        ("Resume", None),
        ("a Trainer", "Trainer"),
        ("June 2014 Software Developer", "Software Developer"),
        ("IT Consultant for Merrill Lynch", "IT Consultant"),
        ("Director of Engineering", "Director of Engineering"),
        ("Marketing Manager", "Marketing Manager"),
    ],
)
def test_clean_title_drops_resume_words_labels_and_durations(raw, expected):
    assert clean_title(raw) == expected
