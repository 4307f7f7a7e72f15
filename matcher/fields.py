"""Stage 3: read a Candidate (contact, roles, years, education, English, salary, personal data)
from a document's sections, each field with the line it came from.

Years of experience are the union of the dated, non-internship roles ("present" is
``today``), rounded to 0.1 year and kept within 0..60; without dated roles, a stated total
("5+ years of experience", "3 năm kinh nghiệm") is used and ``years_source`` says "stated".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from matcher.dates import PRESENT, month_index, union_months
from matcher.education import degree_level, find_education
from matcher.english import find_english
from matcher.headline import find_headline, held_titles
from matcher.names import find_family_name, find_name
from matcher.personal import find_personal
from matcher.phones import find_phones
from matcher.roles import (
    _MASKED,
    PHONE_RUN,
    Line,
    _kind,
    _labelled,
    _personal_label_re,
    _region,
    company_lines,
    labelled_title,
    placeholder_company,
    read_roles,
)
from matcher.salary import find_expected_salary
from matcher.sections import split_sections
from matcher.text import (
    fold,
    folded_words,
    forget_document_lines,
    list_gate,
    match_key,
    may_hold,
    reading_one_document,
)
from matcher.titles import clean_title
from matcher.types import Candidate, Document, Evidence, Role, Section
from matcher.vocabulary import phrase_pattern, reading, words_re

MAX_YEARS = 60.0
# also "name @ mail . com" (spaces typed to fool scrapers) and masked "name***@mail.com"
# (each part is unambiguous, so a long "a.a.a.a..." line cannot make the regex backtrack)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_.+'*-])[A-Za-z0-9_+'*-]+(?:\s?\.\s?[A-Za-z0-9_+'*-]+)*"
    r"\s?@\s?[A-Za-z0-9-]+(?:\s?\.\s?[A-Za-z0-9-]+)+(?![A-Za-z0-9-])"
)
_TLD = re.compile(r"\.\s?[A-Za-z]{2,}$")
# sections never read for roles, even when the CV has no experience heading we know (the
# dated titles of activities are club and volunteer posts far more often than jobs)
_NOT_WORK = {"education", "languages", "references", "hobbies", "activities"}
# sections whose headings also head a part of one job ("Achievements:", "Projects:"): right
# after an experience section they go on with it
_IN_JOB = {"awards", "projects"}
# sections whose sentences may state a title held ("5 years as an Account Manager at X",
# an achievement "Promoted to Account Manager")
_HELD_SECTIONS = {"header", "objective", "experience", "awards"}
# sections outside the work history whose labelled lines name a post held ("Position: Tutor"
# filed under awards); a project's "Role: Team Head" is a part in a project (a student's
# final-year one often), no post
_LABELLED_SECTIONS = {"skills", "awards", "certificates", "other"}
# "Ms. Lan Tran": a person; "(An ISO 9001 company)", "a subsidiary firm": what an employer is
_PERSON = re.compile(r"(?:Mr|Mrs|Ms|Miss|Prof)\.?\s+[A-Z]")
# "Thesis: ...", "Supervisor: Dr. Lan Tran": a labelled line of a degree, not a job
_LABEL_LEAD = re.compile(r"\s*[A-Z][a-z]+:\s")
_JOINERS = frozenset({"of", "and", "the", "for", "de", "du", "la", "et", "y", "und", "in", "on"})
# ("Petrochemical Company in the Middle East", "Best Overall Company in Mobile": what kind)
_KIND_OF = re.compile(
    r"an? .*\b(?:company|firm|subsidiary)|.*\biso \d+\b.*|.*\b(?:company|firm)\s+in\s.*"
)
_TITLE_SPLIT = re.compile(r"\s*(?:\||•|·| - | – | — | at | @ | tại |,|\t|\s{2,})\s*")


def _studied_at(sections: Sequence[Section]) -> Callable[[str], bool]:
    """Whether a name is a school the education section names: where the candidate studied,
    not an employer ("Lotus University" under both headings is the college far more often)."""
    school = words_re("school_words")
    lines = [ln for s in sections if s.name == "education" for ln in s.lines]
    keyed: list[str] = []  # the education lines through match_key, made at the first ask

    def studied(name: str) -> bool:
        if not lines or school.search(fold(name)) is None:
            return False
        if not keyed:
            keyed.append(" " + " ".join(match_key(ln) for ln in lines) + " ")
        return f" {match_key(name)} " in keyed[0]

    return studied


@cache
def _furniture_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in reading()["page_furniture"])
    return re.compile(rf"(?:{words})(?:\s*\d+)?")


# "International Network Inc": a legal form at the end makes generic words a registered name
_LEGAL_END = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|corp|corporation|limited|incorporated|jsc|gmbh)$"
)


@cache
def _institution_re() -> re.Pattern[str]:
    """One or more words that only say what kind of place a name is ("University", "High
    School", "Services Division"): no name."""
    words = reading()["institution_words"] + reading()["generic_company_words"]
    word = phrase_pattern(words)
    return re.compile(rf"{word}(?:[\s,&/]+{word})*")


def _no_employer(name: str) -> bool:
    """A piece read as an employer that names a person or nothing: "Ms. Lan Tran" (a
    referee), "An ISO 9001 Company" (what the employer is), "Page 2", a sentence, a country,
    "High School" alone, a language, a phone number, a bullet's verb ("Designed new ..."), an e-mail
    address, a name cut off by a wrapped line ("Kite School of Arts and"), what the employer
    is ("a Kite Media company"), a word of prose before a name ("formerly ...") or alone
    ("Improvement"), a percentage or a sum ("... with 100% Responsibility"), a department
    or an area alone ("IT", "Southern Region"), a seat alone ("Member"), a contest or a scholarship ("Lotus Essay Contest")."""
    folded = fold(name).strip(" .,:;()-–…/|")
    return (
        _PERSON.match(name) is not None
        or _KIND_OF.fullmatch(folded) is not None
        or _furniture_re().fullmatch(folded) is not None
        or _sentence_like(name)
        or words_re("region_words").fullmatch(folded) is not None
        or words_re("language_words").fullmatch(folded) is not None
        or (_institution_re().fullmatch(folded) is not None and not _LEGAL_END.search(folded))
        or PHONE_RUN.search(name) is not None
        or words_re("bullet_verbs").match(folded) is not None
        or "@" in name
        or (name.isascii() and _CUT_OFF.search(name.lower().rstrip(" .,:;")) is not None)
        or _ARTICLE_LED.match(name) is not None
        or _prose_led(name)
        or _FIGURE.search(name) is not None
        or (_PROSE_WORD.search(folded) is not None and " " not in folded)
        or words_re("department_words").fullmatch(folded) is not None
        or words_re("membership_titles").fullmatch(folded) is not None
        or _no_employer_word(folded)
        or _title_and_form(folded)
        or _AREA.fullmatch(folded) is not None
    )


# "Southern Region", "North East Zone": a part of a firm's territory, not the firm
_AREA = re.compile(
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s*)+"
    r"(?:region|zone|area|territory|division)"
)


def _title_and_form(folded: str) -> bool:
    """A job title and a legal form alone ("Manager |INC."): a line's cells read wrongly, no
    name of a firm between them."""
    if not _LEGAL_END.search(folded):
        return False
    rest = _LEGAL_END.sub("", folded).strip(" .,|")
    return bool(rest) and words_re("title_heads").fullmatch(rest) is not None


# "Kite School of Arts and", "Lotus Health Centre since": the rest of the name (or its dates)
# went on to the next line (English only: "Công ty Bao Bì Và In" ends with a word for printing)
_CUT_OFF = re.compile(r"\s(?:and|&|of|for|the|in|at|with|to|from|since|or|by)$")
# "a Kite Media company", "an Orchid Group venture": what the employer is, not its name
_ARTICLE_LED = re.compile(r"an?\s+[A-Z]")
# "Own Projects with 100% Responsibility", "Raised $2 M": a figure of work done, not a name
_FIGURE = re.compile(r"\d\s*%|[$€£¥₫]\s*\d")
# "Kite Studies. Performed ...": a sentence stop inside, after a whole word
_INNER_STOP = re.compile(r"[a-z]{4}\.\s+[A-Z]")
# "Improvement", "Volunteerism", "Updated": one word of prose (an abstract noun, a participle)
_PROSE_WORD = re.compile(r"[a-z]{3,}(?:ment|ism|ated)$")


def _prose_led(name: str) -> bool:
    """A word of prose before a capitalised name ("formerly Lotus Health Services"); a name
    written all in lower case ("kite cellular pvt ltd"), masked ("xxx Software Ltd"), led by
    a particle ("van Kite Holdings", "de Lotus SA") or by its kind ("công ty TNHH Sao Mai") is
    still a name."""
    first, _, rest = name.partition(" ")
    if len(first) < 2 or not first.isalpha() or not first.islower() or rest == rest.lower():
        return False
    if not name.isascii() or words_re("company_words").match(fold(name)):
        return False
    return not _MASKED.fullmatch(first) and first not in reading()["name_particles"]


def _no_employer_word(folded: str) -> bool:
    """A contest, a scholarship, a portfolio ... (reading.yaml's no_employer_words) without a
    legal form: something won, held or shown, not an employer."""
    if not may_hold(list_gate("no_employer_words"), folded):
        return False
    return (
        words_re("no_employer_words").search(folded) is not None
        and words_re("company_legal_words").search(folded) is None
    )


def _sentence_like(name: str) -> bool:
    """An English piece with two lower-case words besides "of", "and"... and no legal form
    ("Secured new Kite Media account"): a sentence, not a name. A legal-form word glued by a
    hyphen or after an article ("inter-company", "within the company") is prose, and four
    lower-case words besides legal forms make a sentence whatever it holds ("Idea cellular
    service pvt ltd" is a name); "Sentence. Next" holds a stop."""
    if not name.isascii():
        return False
    legal = words_re("company_legal_words")
    words = name.split()
    lower = []
    for k, w in enumerate(words):
        if not w[:1].islower() or w in _JOINERS:
            continue
        if legal.fullmatch(fold(w).strip(".,")) and not (k and words[k - 1] in _PROSE_LEAD):
            continue  # "pvt ltd" ends a name written in lower case; "the company" is prose
        lower.append(w)
    if len(lower) < 2:
        return _INNER_STOP.search(name) is not None and _legal_form(name) is None
    return len(lower) >= 4 or _legal_form(name) is None


_PROSE_LEAD = frozenset({"the", "a", "an", "our", "this", "that", "its", "their"})


def _legal_form(name: str) -> re.Match[str] | None:
    """The first legal-form word written as part of a name: not glued after a hyphen nor led
    by an article ("Kite Media Company", "Lotus service pvt ltd"; not "inter-company" or "the
    company")."""
    folded = fold(name)
    for m in words_re("company_legal_words").finditer(folded):
        words = folded[: m.start()].split()
        if folded[m.start() - 1 : m.start()] == "-" or (words and words[-1] in _PROSE_LEAD):
            continue
        return m
    return None


def _no_employer_here(name: str, text: str) -> bool:
    """A name the line it was read from (its first line in ``text``, the CV's lines joined)
    shows is no employer: a name on the CV's page header, a referee on a contact line
    ("Manager | Jane Roe | 555 0100 1234 | jane@kite.com"), a label before a figure ("Sales
    Target: $1 M"), a field of study ("BA in Graphic Design"), a client ("(Client: X)"), the
    publisher of a work cited, an item of a labelled list of tools, a subject in a list, the
    town of an address under its street line, or the end of a sentence wrapped onto a line of
    its own ("... at the Lotus" / "Power Station.")."""
    at = text.find(name)
    if at < 0:
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if at == start and _resume_title_re().search(fold(line)):
        return True  # "Jane Roe, Curriculum Vitae, April 2013": the page header of the CV
    if "@" in line and PHONE_RUN.search(line) and not words_re("company_words").search(fold(name)):
        return True  # a firm's own contacts may follow its name ("Kite Media Ltd | 028 ...")
    after = at + len(name) - start
    if _LABEL_FIGURE.match(line, after):
        return True
    if at == start and _LABEL_LIST.match(line, after) and not _legal_form(name):
        return True  # "Services Offered: esthetics, nails": a label of a list in lower case
    before = line[: at - start]
    if before.endswith(" in ") and degree_level(before[:-4]):
        return True
    if ":" in before and _client_lead_re().search(fold(before)):
        return True  # "(Client: Lotus Health Network)": whom the job served
    if before.endswith(": ") and _CITED_BEFORE.search(before) and _CITED_AFTER.match(line, after):
        return True  # "(NY: Lotus University Press, 1994)": the publisher of a work cited
    if ":" in before and _labelled_list(name, line):
        return True  # "Applications: Visual Studio, Flash, Visio, Photoshop": tools
    if " in " in before and _SUBJECTS_BEFORE.search(before):
        # "Teacher in English, Literature, History and Geography": a subject in a list
        return _SUBJECTS_AFTER.fullmatch(line, after) is not None
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""
    # "12 Harbor Street" / "Springfield VIC 3000"; "Address:" / "Flat 6D, Street 28, ..." (a
    # name holding a company word is never a town)
    street = _STREET_NUMBER.match(above) and words_re("address_words").search(fold(above))
    if street or (len(above) <= 40 and _personal_label_re().fullmatch(fold(above).strip(" :"))):
        return not words_re("company_words").search(fold(name))
    if (
        line[: at - start].endswith(", ")
        and ":" not in line[: at - start]  # "Worked for: Kite, Lotus": a list of employers
        and words_re("bullet_verbs").match(fold(line.lstrip("-•*· ")))
        and not _legal_form(name)
    ):
        # "Analyzed site traffic using Google Analytics, Kite HQ Agency": a sentence's item
        return True
    if line.startswith(":") and above.startswith(":") and _label_column(text, start, end):
        return True
    return _wrapped_sentence_end(name, line, above)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _label_column(text: str, start: int, end: int) -> bool:
    """The line (``text[start:end]``) and its neighbours are values of a column of labels
    (": Adobe Photoshop" / ": Kite Flow for publishing"): tools, a project's name; a job's
    column holds its years on one of them."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    below = text.find("\n", end + 1) if end >= 0 else -1
    return _YEAR.search(text, above, below if below >= 0 else len(text)) is None


def _without_town(name: str, text: str) -> str:
    """A name without the town a line glued to its end ("Kite Consultancy Dubai, U.A.E.")
    when the CV (``text``) also writes that town alone between commas ("Lotus, Dubai, U.A.E")
    and the glued name before a comma."""
    head, _, last = name.rpartition(" ")
    if len(head.split()) < 2 or not last[:1].isupper() or not head.split()[-1][:1].isupper():
        return name  # ("University of Louisville": the town is part of the name)
    if f", {last}," not in text:
        return name
    return head if f"{name}," in text else name


# ", Inc." after a name on its line: the legal form a comma cut off ("Kite Services, Inc.")
_COMMA_LEGAL = re.compile(
    r",\s*(Inc|Ltd|LLC|L\.L\.C|Corp|Co|Limited|Pvt\.? Ltd)\.?(?=\s*(?:[,/|(]|$))"
)


def _with_comma_legal(name: str, text: str) -> str:
    """A name with the legal form its line gives after a comma ("RIA Services, Inc." read as
    "RIA Services"), when the name has none of its own; else ``name``."""
    at = text.find(name + ",")
    if at < 0 or _LEGAL_END.search(fold(name)):
        return name
    end = text.find("\n", at)
    m = _COMMA_LEGAL.match(text, at + len(name), end if end >= 0 else len(text))
    return f"{name}, {m.group(1)}." if m else name


# "KITE MEDIA SERVICES" / "HANOI LTD (KMS)": an upper-case name the line broke before its
# legal form
_CAPS_FORM_NEXT = re.compile(
    r"\n([A-Z][A-Z&.'-]*(?:\s+[A-Z][A-Z&.'-]*){0,2}\s+(?:LTD|INC|LIMITED|LLC|CORP)\.?)(?=[\s,(]|$)"
)


def _continued(name: str, text: str) -> tuple[str, str]:
    """An upper-case name without a legal form that ends its line, with the rest of it (up to
    its legal form) on the next line: (whole name, the rest); else (``name``, "")."""
    if not name.isupper() or _LEGAL_END.search(fold(name)):
        return name, ""
    at = text.find(name + "\n")
    m = _CAPS_FORM_NEXT.match(text, at + len(name)) if at >= 0 else None
    return (f"{name} {m.group(1)}", m.group(1)) if m else (name, "")


# "Kite Limited Hanoi Branch", "Lotus Hotels Group Reservations Department": a unit of a firm
# after the firm's legal or group word
_UNIT_TAIL = re.compile(
    r"(.*?\b(?:Group|GROUP|Limited|LIMITED|Ltd|LTD|Inc|INC|Corp|CORP|Corporation|Company|Bank)"
    r"\.?),?(?:\s+[A-Z][\w&.-]*){0,3}\s+"
    r"(?:Branch|Department|Division|Office|Unit|BRANCH|DEPARTMENT|DIVISION)"
)


def _without_unit(name: str) -> str:
    """A firm's name without the unit of it written after its legal or group word; else
    ``name``."""
    m = _UNIT_TAIL.fullmatch(name)
    return m.group(1) if m else name


# a house number before a street ("12 Harbor Street", "7B Kite Road"), not a year or a date
# ("2019 - 2021 | District 1", "03/2019 - nay | TP.HCM")
_STREET_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\s+[^\W\d]")


# a citation's place, then its publisher, then its year: "(New York: Kite Press, 1994)"
_CITED_BEFORE = re.compile(r"\(\s*[A-Z][\w .]{0,30}:\s$")
_CITED_AFTER = re.compile(r",\s*(?:19|20)\d\d\)")


def _labelled_list(name: str, line: str) -> bool:
    """The name is an item of a labelled list of four or more ("Applications: Visual Studio,
    Flash, Visio, Photoshop"), no figures, places or firms among them and not under an
    employer's, a date's or a work history's label ("Employer: ...", "Present: ...", "Work
    experience: ...")."""
    label, _, items = line.partition(":")
    if items.count(",") < 3 or _DIGIT.search(line) or _labelled(line)[0] == "company":
        return False
    folded = fold(label)
    if words_re("present_words").search(folded):
        return False  # "Present: Engineer, Kite Vehicles, Lotus Motors, Detroit": a job header
    if words_re("employer_list_labels").search(folded):
        return False  # "Worked for: Kite, Lotus, Orchid, Acme": where the candidate worked
    parts = [p.strip(" .;") for p in items.split(",")]
    if name not in parts or any(_region(p) for p in parts):
        return False
    return not words_re("company_legal_words").search(fold(items))  # "Kite Ltd, Lotus Inc, ..."


# a list of capitalised subjects led by "in" before a name, and its end after it ("..., History
# and Geography"): "Lecturer in Marketing, Kite University, Hanoi" names an employer
_SUBJECTS_BEFORE = re.compile(r"\sin\s+[A-Z][^,;:()]*,\s*(?:[A-Z][^,;:()]*,\s*)*$")
_CAPITALISED = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
_SUBJECTS_AFTER = re.compile(rf"(?:,\s*{_CAPITALISED})*,?\s+(?:and|&)\s+{_CAPITALISED}\.?\s*")


@cache
def _resume_title_re() -> re.Pattern[str]:
    """The CV's own title ("Curriculum Vitae", "Resume"): page_furniture without "page" ("Page
    Systems Inc" is a name)."""
    return re.compile(phrase_pattern(w for w in reading()["page_furniture"] if w != "page"))


@cache
def _client_lead_re() -> re.Pattern[str]:
    """A client label and its colon ("Client:", "Khách hàng:") anywhere in a line."""
    return re.compile(phrase_pattern(reading()["client_labels"]) + r"\s*:")


# "Sales Target: $1 M", "GPA: 3.6", "Growth: 25%": a label and its figure ("Kite Media: 2015 -
# 2017" is a name and its dates)
_LABEL_FIGURE = re.compile(r"\s*:\s*(?:[$€£¥₫]|\d+[.,]\d|\d+\s*%)")
# a label before a list of lower-case words ("Services Offered: esthetics, nail technician")
_LABEL_LIST = re.compile(r"\s*:\s*[a-z][a-z -]*,")


def _wrapped_sentence_end(name: str, line: str, above: str) -> bool:
    """The line is only the name and a full stop and the line above is a sentence that breaks
    off ("... at a 2,000 megawatt PWR Nuclear" / "Power Station."): the end of a sentence;
    so is a name with the years in brackets before the stop ("Kite Rules (1978-1980).") or
    under a long line of a list that breaks off ("Gears, Hubs and Suspension" / "Parts in
    Iron.")."""
    rest = line.strip()
    if not rest.startswith(name) or not name.isascii():
        return False
    if rest != name + "." and not _DATED_STOP.fullmatch(rest, len(name)):
        return False
    if words_re("company_legal_words").search(fold(name)):
        return False  # "Lotus Rogers co.": a legal form ends a name
    # ("2005 till present" above "Kite Rogers co." is a date line, not a sentence)
    lower = [
        w
        for w in above.split()
        if w[:1].islower() and w not in _JOINERS and not _DATE_WORD.fullmatch(w)
    ]
    if len(above) >= 60 and above.rstrip()[-1:].isalpha():
        return True  # a long line with no stop at its end: prose wrapped onto the name's line
    return len(lower) >= 2 and above.rstrip()[-1:].islower()


_DATED_STOP = re.compile(r"\s*\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d)?\)\.")


# sections whose own company lines ("Narus, Inc.", "Lotus Group, Austin, Texas") name employers
# too: a project list names the firm of each project, a summary keeps job headers whose
# heading the reader missed (company_lines takes header-like lines only, no sentences)
_ALSO_EMPLOYERS = {"projects", "objective"}
# "Currently working with Kite Media Ltd as ...", "Presently associated with Lotus Group,
# Pune", "Hiện đang làm việc tại Công ty Sao Mai": the employer a sentence names for the
# present job (a run of capitalised words, joiners inside)
_SAID_EMPLOYER = re.compile(
    r"(?i:\b(?:currently|presently)\s+(?:working|employed|associated|engaged)\s+(?:with|at|for))"
    r"\s+(?:the\s+)?([A-Z][\w'’.&-]*(?:\s+(?:of|and|&|for|the|[A-Z][\w'’.&-]*))*)"
    # (a Vietnamese name holds lower-case words: up to a comma or the next phrase)
    r"|(?i:\bhiện\s+(?:nay\s+|tại\s+)?(?:đang\s+)?(?:làm việc|công tác)\s+(?:tại|ở|cho))\s+"
    r"([A-ZĐ][^,.;()]*?)(?=\s+(?:với|ở|trong|từ|như|làm|và)\s|\s*[,.;()]|\s*$)"
)
_TRAILING_JOINER = re.compile(r"(?:\s+(?:of|and|&|for|the))+$", re.IGNORECASE)
# the words such a sentence starts with, as written (plain substring tests: a regex
# alternation scans a CV's text several times slower)
_SAID_WORDS = ("currently", "Currently", "CURRENTLY", "presently", "Presently", "PRESENTLY",
               "hiện", "Hiện", "HIỆN")  # fmt: skip


def _said_employers(pairs: Sequence[tuple[str, str]], text: str | None = None) -> list[str]:
    """Employers named in sentences of the present job ("Currently employed with Kite High
    School, Waukegan, as a teacher" -> "Kite High School"); a cheap word test first."""
    out: list[str] = []
    if text is None:  # the lines joined by new lines: one search over the CV, not one per line
        text = "\n".join(line for _, line in pairs)
    rows: set[int] = set()
    for word in _SAID_WORDS:
        at = text.find(word)
        while at != -1:
            rows.add(text.count("\n", 0, at))
            at = text.find(word, at + len(word))
    for row in sorted(rows):
        for m in _SAID_EMPLOYER.finditer(pairs[row][1]):
            name = _TRAILING_JOINER.sub("", (m.group(1) or m.group(2)).rstrip(".,;:"))
            if (" " in name or len(name) > 3) and not _MASKED.fullmatch(name.lower()):
                out.append(name)
    return out


_NAME_SPLIT = re.compile(r"[\s&/,.()-]+")
_GLUED_BEFORE = re.compile(r"[\w'’./@-]")
_GLUED_AFTER = re.compile(r"[\w'’/@-]|\.\w")


def _plain_words(document: Document, text: str) -> Callable[[str], bool]:
    """Whether a name is one or two words an English CV also writes in lower case ("Industry",
    "Social Media"): common words cut out of a sentence, not a firm's name. Longer ones are
    names as often ("Youth Tennis League"); a Vietnamese firm's syllables are common words
    too ("Phát Đạt", "phát triển"). ``text`` is the CV's lines joined by new lines."""
    english = document.language == "en"

    def lower_in_text(word: str) -> bool:
        if word in _JOINERS:
            return True
        # a whole word, not a piece of a web or mail address ("google.com", "@lotus")
        whole, at = text, text.find(word)
        while at >= 0:
            before, end = whole[at - 1 : at], at + len(word)
            after = whole[end : end + 2]
            if not _GLUED_BEFORE.match(before) and not _GLUED_AFTER.match(after):
                return True
            at = whole.find(word, end)
        return False

    def plain(name: str) -> bool:
        words = [w for w in _NAME_SPLIT.split(name) if w]
        if not english or not words or len(words) > 2 or not name.isascii():
            return False
        if not all(w.isalpha() and len(w) > 1 for w in words):
            return False
        if words_re("company_legal_words").search(fold(name)):
            return False
        return all(lower_in_text(w.lower()) for w in words)

    return plain


_DIGIT = re.compile(r"\d")
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    r"|june|july|august|september|october|november|december)(?![a-z])\.?"
)
# a month with a year of two digits ("Apr’08", "Oct '07", "April 07") is a date too
_DATE_BIT = (
    rf"(?:{_MONTH}\s*['‘’]?\d\d(?!\d)|{_MONTH}|(?<!\d)\d{{4}}(?!\d)"
    r"|(?:since|from|to|till|until|present)(?![a-z])|[-–—/,:])"
)
_DATE_RUN = re.compile(rf"^(?:\s*{_DATE_BIT})*\s*|(?:\s*{_DATE_BIT})*\s*$", re.IGNORECASE)
_DATE_WORD = re.compile(_DATE_BIT, re.IGNORECASE)


_LEGAL_WORDS = re.compile(
    r" (?:the|inc|incorporated|ltd|limited|llc|corp|corporation|co|company|pvt|private|plc)(?= )"
)


def _bare_key(name: str) -> str:
    """A name's match key without its legal form: "Lotus Corp." and "Lotus Corporation", "Kite
    Media Pvt. Ltd." and "Kite Media Private Limited" are one employer written twice."""
    key = match_key(name)
    bare = _LEGAL_WORDS.sub("", f" {key} ").strip()
    return bare or key


_TITLE_JOIN = re.compile(r"\s*(?:[/,|–—-]|\bin\b|\bat\b|\bwith\b)?\s*", re.IGNORECASE)


def _untitled(name: str) -> str:
    """A firm's name without the job title glued before it ("Sales Manager Kite Media Ltd",
    "Intern engineer / Lotus Solutions Limited"): only when what follows holds a legal form."""
    folded = fold(name)
    if len(folded) != len(name) or not may_hold(list_gate("title_heads"), folded):
        return name
    # the last head word among the first four words, after a rank or a field ("Sales
    # Manager"): a name may start with one ("Executive Search Partners Ltd")
    heads = [
        m for m in words_re("title_heads").finditer(folded) if len(folded[: m.start()].split()) < 4
    ]
    if not heads or not folded[: heads[-1].start()].strip():
        return name
    head = heads[-1]
    rest = name[_TITLE_JOIN.match(name, head.end()).end() :]
    legal = words_re("company_legal_words")
    folded_rest = fold(rest)
    if legal.search(folded_rest) is None:
        return name
    # "Lotus Consultant Group Ltd": what follows the head names no firm, the head is the name's
    named = legal.sub(" ", folded_rest).strip(" .,")
    if not named or _institution_re().fullmatch(named) is not None:
        return name
    return rest


# "for Franklin Kite Co", "the Lotus Operations Center": a preposition or an article of the
# sentence the name was cut out of
_LEAD_PREPOSITION = re.compile(r"^(?:the|for|at|with|in|by|from)\s+(?=[A-Z])")


# one word shaped like a brand: a dot or a capital inside ("SDO.Net", "TalkTech", "eBay")
_BRAND = re.compile(r"(?=[^\W\d_])\w*(?:[a-z][A-Z]|\w\.[A-Za-z])\w*")


def _two_brands(name: str | None) -> tuple[str, ...]:
    """Two employers a line joins with "and" ("Web Designer at SDO.Net and TalkTech"), each
    one word shaped like a brand; "Procter and Gamble", "L and S Prototype" stay one name."""
    if not name or " and " not in name:
        return (name,) if name else ()
    first, _, second = name.partition(" and ")
    if _BRAND.fullmatch(first) and _BRAND.fullmatch(second):
        return (first, second)
    if " " in first and _PARTNERS_END.search(first) and _FIRM_END.search(second):
        return (first, second)  # "Kite & Associates and Lotus Consulting Services"
    return (name,)


# the end of a firm's name: "& Associates", a legal form ("Kite Ltd"), a firm's kind ("Lotus
# Consulting Services"); "Financial Services and Investment Company" is what a firm does
_PARTNERS_END = re.compile(r"\s(?:&|and)\s+Associates$|\s(?:Inc|Ltd|LLC|Limited|Corp)\.?$")
_FIRM_END = re.compile(
    r"\s(?:Associates|Services|Consulting|Group|Inc|Ltd|LLC|Limited|Corp|Corporation|Company)\.?$"
)


def _unbracketed(name: str) -> str:
    """A name without a bracket the line broke open ("Kite Trading [http", "Lotus Labs (a"):
    what was to be said about it, not part of it."""
    for opening, closing in ("[]", "()"):
        at = name.rfind(opening)
        if at > 0 and closing not in name[at:]:
            return name[:at].rstrip(" -–,")
    return name


def _slashed_employer(role: Role) -> str | None:
    """The employer a title took in after a slash when its line reads "Title / Employer, Town"
    ("Intern engineer / KTS, Rennes"): one word of two capitals or more (a brand, an acronym),
    no title word, after a title; the role's company is then the town. The role's title may
    hold the employer ("Intern engineer / KTS") or have left it out ("Intern engineer")."""
    title, company = role.title, role.company
    if not title or not company or role.evidence is None:
        return None
    line = role.evidence.text.strip(" .")
    if " / " not in line or not line.endswith(f", {company}"):
        return None
    before = line[: -len(company) - 2]
    head, _, name = before.rpartition(" / ")
    if title not in (head, before):  # the title kept the word after its slash, or dropped it
        return None
    if " " in name or not name.isalnum() or sum(ch.isupper() for ch in name) < 2:
        return None
    folded = fold(name)
    if words_re("title_words").fullmatch(folded) or words_re("title_heads").fullmatch(folded):
        return None  # "Owner / CEO": two titles
    return name if _kind(head) == "title" else None


def _served_only(roles: Sequence[Role]) -> set[str]:
    """Bodies the candidate only served on: every role naming them holds a title of
    reading.yaml's membership_titles ("Treasurer, Lotus Reading Association", "Vice Chair,
    Kite Alliance"), none a job there."""
    titles: dict[str, bool] = {}
    for role in roles:
        if role.company:
            title = role.title or _seat_before(role)
            served = bool(title) and _membership_title_re().fullmatch(fold(title))
            titles[role.company] = titles.get(role.company, True) and bool(served)
    return {name for name, served in titles.items() if served}


def _seat_before(role: Role) -> str:
    """What leads the line of a role read without a title, before its first comma and after
    its dates ("2002-2004: Member, Kite Planning Group" -> "Member"): a seat the reader
    does not take for a title."""
    if role.evidence is None or role.company is None or "," not in role.evidence.text:
        return ""
    first = role.evidence.text.split(",", 1)[0]
    return "" if role.company in first else _undated(first).strip(" :;-–")


@cache
def _membership_title_re() -> re.Pattern[str]:
    return re.compile(phrase_pattern(reading()["membership_titles"]))


def _undated(name: str) -> str:
    """A name without the dates glued before or after it ("Jan. 1999March 2000 Lotus Corp",
    "Kite Media 2015 - 2017"); empty when it was dates only ("March 2008March")."""
    if _DIGIT.search(name) is None or PHONE_RUN.search(name):
        return name  # no date, or a phone number (no_employer's to judge)
    out = name
    for m in reversed(list(_DATE_RUN.finditer(name))):
        if any(c.isdigit() for c in m.group()) and len(m.group().strip()) >= 4:
            out = out[: m.start()] + " " + out[m.end() :]
    return out.strip()


def _jobs_in_education(sections: Sequence[Section], roles: Sequence[Role]) -> tuple[Role, ...]:
    """Dated jobs written under an education heading ("Research Assistant, Lotus Lab, 2016 -
    2018"): titles without a school or degree word, not read already."""
    texts = [ln for s in sections if s.name == "education" for ln in s.lines]
    gate = list_gate("title_heads")
    rows = [
        k
        for k, text in enumerate(texts)
        if gate is None or not gate.isdisjoint(folded_words(text)[1])
    ]
    if not rows:
        return ()
    heads, awards = words_re("title_heads"), words_re("award_words")
    rows = [
        k
        for k in rows
        if heads.search(folded := fold(texts[k]))
        and awards.search(folded) is None  # "Dean's List"
        and not degree_level(texts[k])  # "Associate of Arts"
    ]
    if not rows:
        return ()
    # (reading roles is dear: only the lines around a title head word, where a job can be)
    near = sorted({j for k in rows for j in range(k - 2, k + 3) if 0 <= j < len(texts)})
    lines = [Line("education", texts[j]) for j in near]
    known = {fold(r.title) for r in roles if r.title}
    school = words_re("school_words")
    return tuple(
        r
        for r in read_roles(lines, strict=True)
        if r.start
        and r.title
        and fold(r.title) not in known
        and school.search(fold(r.title)) is None
        and not degree_level(r.title)
        and awards.search(fold(r.title)) is None
        and not (r.evidence and _LABEL_LEAD.match(r.evidence.text))
    )


def _ev(section: str, line: str) -> Evidence:
    return Evidence(section, line, 0, len(line))


def _pairs(sections: Sequence[Section], names: set[str] | None = None) -> list[tuple[str, str]]:
    return [
        (s.name, line) for s in sections if names is None or s.name in names for line in s.lines
    ]


def _emails(line: str) -> list[str]:
    """E-mail addresses in ``line``, spaces removed, lower case (the domain needs a letter
    and ends in a top-level domain of letters)."""
    out: list[str] = []
    if "@" not in line:  # the pattern needs one; most lines are out without a regex scan
        return out
    for found in _EMAIL.findall(line):
        address = re.sub(r"\s+", "", found).strip(".").lower()
        domain = address.rsplit("@", 1)[-1]
        if _TLD.search(domain) and re.search(r"[a-z]", domain.split(".")[0]):
            out.append(address)
    return out


def _contacts(
    pairs: Sequence[tuple[str, str]], find: Callable[[str], list[str]]
) -> tuple[list[str], tuple[Evidence, ...]]:
    """Unique values found by ``find`` with their lines, outside the references section."""
    values: list[str] = []
    evidence: list[Evidence] = []
    for section, line in pairs:
        if section == "references":
            continue
        for value in find(line):
            if value not in values:
                values.append(value)
                evidence.append(_ev(section, line))
    return values, tuple(evidence)


@cache
def _stated_pattern() -> tuple[dict[str, int], re.Pattern[str]]:
    """Folded number words ("ba" = 3, "ten" = 10) and the "N years" pattern on folded text."""
    words = {fold(str(k)): int(v) for k, v in reading()["number_words"].items()}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    number = r"(?<![\w.])(\d{1,2}(?:[.,]\d{1,2})?|" + alternatives + r")"
    unit = r"\s*\+?\s*(?:\(\s*\w+\s*\)\s*)?(?:years?|yrs?|nam)\b\+?"
    return words, re.compile(number + unit)


def _stated_years(pairs: Sequence[tuple[str, str]]) -> tuple[float, str, str] | None:
    """(years, section, line) of a stated total such as "5+ years of experience"."""
    words, pattern = _stated_pattern()
    ordered = sorted(pairs, key=lambda p: p[0] not in ("objective", "header"))
    for section, line in ordered:
        folded = fold(line)
        if not words_re("stated_experience_words").search(folded):
            continue
        m = pattern.search(folded)
        if not m:
            continue
        raw = m.group(1)
        value = float(words.get(raw, 0)) if raw in words else float(raw.replace(",", "."))
        if 0 < value <= MAX_YEARS:
            return value, section, line
    return None


def _years_from_roles(roles: Sequence[Role], today: date) -> float | None:
    if not any(r.start and r.end for r in roles):
        return None
    # dated roles that are all internships give 0.0, not "unknown"
    intervals = [(r.start, r.end) for r in roles if r.start and r.end and not r.internship]
    months = union_months(intervals, today=today)
    return max(0.0, min(MAX_YEARS, round(months / 12, 1)))


def _current_title(
    roles: Sequence[Role], header: Sequence[tuple[str, str]], name_text: str | None, today: date
) -> tuple[str | None, Evidence | None]:
    """The title of the role that ends last ("present" first), else of the first undated
    role, else a title line near the top of the CV."""
    dated = [r for r in roles if r.title and r.end]
    current = next((r for r in dated if r.end == PRESENT), None)
    if current:  # a job written "- Present" is current even beside an end date still to come
        return current.title, current.evidence
    if dated:
        latest = max(month_index(r.end or PRESENT, today=today) for r in dated)
        for role in dated:
            if month_index(role.end or PRESENT, today=today) == latest:
                return role.title, role.evidence
    for role in roles:
        if role.title:
            return role.title, role.evidence
    for section, line in header[:10]:
        if line == name_text or "@" in line or ":" in line or re.search(r"\d{3}", line):
            continue
        for piece in _TITLE_SPLIT.split(line.strip())[:1]:
            piece = piece.strip(" -–|,.")
            short = 2 <= len(piece) <= 60 and len(piece.split()) <= 7
            if short and words_re("title_heads").search(fold(piece)) and clean_title(piece):
                return clean_title(piece), _ev(section, line)
    return None, None


def _with_held_titles(
    roles: tuple[Role, ...], pairs: Sequence[tuple[str, str]]
) -> tuple[Role, ...]:
    """Roles plus an undated one for each title a sentence states as held ("5 years as an
    Account Manager at ABC", "Promoted to Sales Manager") that no role names already."""
    known = {fold(r.title) for r in roles if r.title}
    extra = []
    for title, company, ev in held_titles([p for p in pairs if p[0] in _HELD_SECTIONS]):
        if fold(title) in known:
            continue
        known.add(fold(title))
        intern = words_re("intern_words").search(fold(title)) is not None
        extra.append(Role(title, company, None, None, intern, (), ev))
    return (*roles, *extra)


def _with_labelled_titles(roles: tuple[Role, ...], sections: Sequence[Section]) -> tuple[Role, ...]:
    """Roles plus an undated one for each title a label names ("Role: Team Leader") in a
    section of ``_LABELLED_SECTIONS`` (a job's achievements part too: its undated title lines
    are dropped, a labelled one is no award) that no role names already."""
    known = {fold(r.title) for r in roles if r.title}
    extra = []
    for section in sections:
        if section.name not in _LABELLED_SECTIONS:
            continue
        for line in section.lines:
            if ":" not in line and "-" not in line and "：" not in line:
                continue  # (a label ends with one of these: most lines are out at once)
            title = labelled_title(line)
            if title is None or fold(title) in known:
                continue
            known.add(fold(title))
            intern = words_re("intern_words").search(fold(title)) is not None
            extra.append(Role(title, None, None, None, intern, (), _ev(section.name, line)))
    return (*roles, *extra)


def _work_sections(sections: Sequence[Section]) -> list[Section]:
    """The experience sections and the sub-sections a job's own headings start inside one
    ("Key Accomplishments:", "Projects:" after a job header go on with the work history)."""
    out: list[Section] = []
    previous = ""
    for section in sections:
        if section.name == "experience":
            out.append(section)
        elif (
            section.name in _IN_JOB
            and previous in ("experience", "in_job")
            and words_re("job_part_headings").search(fold(section.heading or ""))
        ):
            out.append(section)
            previous = "in_job"
            continue
        previous = section.name
    return out


def read_candidate(document: Document, sections: Sequence[Section], *, today: date) -> Candidate:
    """Read every Candidate field from the sections of ``document``."""
    pairs = _pairs(sections)
    evidence: dict[str, tuple[Evidence, ...]] = {}

    # name: from a label anywhere, else the first name-shaped line of the header
    head = [(s, ln) for s, ln in pairs if s in ("header", "personal")]
    source = head
    found = find_name([ln for _, ln in head])
    if found is None:
        # two-column layouts put the name anywhere: a whole line with a Vietnamese family name
        source = [(s, ln) for s, ln in pairs if s not in ("references", "experience")]
        found = find_family_name([ln for _, ln in source])
    name = name_text = None
    if found:
        name, index = found
        name_text = source[index][1]
        evidence["name"] = (_ev(*source[index]),)

    # e-mails and phones, anywhere but in the references (referees' are not the candidate's)
    emails, email_ev = _contacts(pairs, _emails)
    phones, phone_ev = _contacts(pairs, lambda line: [h.number for h in find_phones(line)])
    if email_ev:
        evidence["emails"] = email_ev
    if phone_ev:
        evidence["phones"] = phone_ev

    # roles: from the experience sections, else (strictly) from any section that is not
    # obviously something else
    work = [Line(s.name, ln) for s in _work_sections(sections) for ln in s.lines]
    # an achievements or projects part of a job gives dated jobs only: its undated title
    # lines are awards ("Best Account Manager 2019") or project roles more often than jobs
    roles = tuple(
        r
        for r in read_roles(work)
        if r.start or not r.evidence or r.evidence.section not in _IN_JOB
    )
    if not roles:
        rest = [Line(s, ln) for s, ln in pairs if s not in _NOT_WORK]
        roles = read_roles(rest, strict=True)
    roles = (*roles, *_jobs_in_education(sections, roles))
    roles = _with_held_titles(roles, pairs)
    roles = _with_labelled_titles(roles, sections)
    companies: list[str] = []
    seen: set[str] = set()
    named = [_slashed_employer(r) or r.company for r in roles if r.company]
    named += company_lines(work)
    named += company_lines(
        [Line(s.name, ln) for s in sections if s.name in _ALSO_EMPLOYERS for ln in s.lines]
    )
    text = "\n".join(line for _, line in pairs)  # the CV as one text, for the tests below
    named += _said_employers(pairs, text)
    studied = _studied_at(sections)
    plain = _plain_words(document, text)
    if name:
        seen.add(_bare_key(name))  # the candidate's own name (repeated on page 2) is no employer
        # ... also without its initials ("Jane Roe" atop page 2 of "JANE T. ROE")
        seen.add(" ".join(w for w in _bare_key(name).split() if len(w) > 1))
    served = _served_only(roles)
    for company in (part for one in named if one not in served for part in _two_brands(one)):
        company = _LEAD_PREPOSITION.sub("", _untitled(_undated(_unbracketed(company))), 1)
        if not company:
            continue
        key = _bare_key(company)
        if key in seen or placeholder_company(company):
            continue
        seen.add(key)
        if studied(company) or _no_employer(company) or plain(company):
            continue
        if not _no_employer_here(company, text):
            company = _without_town(company, text)
            whole = _without_unit(company)
            if whole != company and _bare_key(whole) in seen:
                continue  # the firm itself is listed already
            seen.add(_bare_key(whole))
            whole, rest = _continued(whole, text)
            if rest:
                seen.add(_bare_key(rest))
            companies.append(_with_comma_legal(whole, text))

    current_title, title_ev = _current_title(roles, head, name_text, today)
    if title_ev:
        evidence["current_title"] = (title_ev,)
    summary = next((s.lines for s in sections if s.name == "objective"), ())
    headline, headline_ev = find_headline(
        head, name_line=name_text, summary=[("objective", ln) for ln in summary]
    )
    if headline_ev:
        evidence["headline"] = (headline_ev,)

    # jobs under an education heading are student jobs more often than not: no years counted
    counted = [r for r in roles if not r.evidence or r.evidence.section != "education"]
    years = _years_from_roles(counted, today)
    source = "roles" if years is not None else None
    if years is not None:
        evidence["years_experience"] = tuple(
            r.evidence for r in counted if r.evidence and not r.internship
        )
    else:
        stated = _stated_years(pairs)
        if stated:
            years, source = stated[0], "stated"
            evidence["years_experience"] = (_ev(stated[1], stated[2]),)

    education = find_education(_pairs(sections, {"education"}))
    if not education:
        education = tuple(
            e for e in find_education([p for p in pairs if p[0] not in ("experience",)]) if e.degree
        )
    english = find_english(pairs)
    salary = find_expected_salary(pairs)
    if salary and salary.evidence:
        evidence["expected_salary"] = (salary.evidence,)

    personal, personal_ev = find_personal(pairs, has_photo=document.has_photo, today=today)
    extra = [*evidence.get("name", ()), *evidence.get("emails", ()), *evidence.get("phones", ())]
    lines_seen = {(e.section, e.text) for e in personal_ev}
    all_personal = list(personal_ev)
    for ev in extra:
        if (ev.section, ev.text) not in lines_seen:
            lines_seen.add((ev.section, ev.text))
            all_personal.append(ev)
    personal = replace(personal, lines=tuple(all_personal))

    return Candidate(
        name=name,
        emails=tuple(emails),
        phones=tuple(phones),
        current_title=current_title,
        companies=tuple(companies),
        years_experience=years,
        years_source=source,
        roles=roles,
        education=education,
        english=english,
        expected_salary=salary,
        personal=personal,
        language=document.language,
        evidence=evidence,
        headline=headline,
    )


def read_sections_and_candidate(
    document: Document, *, today: date
) -> tuple[tuple[Section, ...], Candidate]:
    """Stages 2-3 in one call: sections, then the candidate read from them.

    The readers' per-document memo tables are emptied afterwards, so no CV line outlives its
    reading. Used by the pipeline and by the batch workers (which never import spaCy).
    """
    try:
        with reading_one_document():  # each Vietnamese line folded once, forgotten after
            sections = split_sections(document.lines)
            return sections, read_candidate(document, sections, today=today)
    finally:
        forget_document_lines()
