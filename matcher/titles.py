"""Clean a job title read from a CV line: the title alone, without what a line writes around it.

``clean_title`` cuts what is no part of the title held: a label in front ("Designation:"), a
school, club or place that leads it, an employer, town, department, course code or web address
after it, a duration or dates, a sentence it runs into. It keeps what is: a rank, a field after
"of"/"for" made of department words, a second title after a slash. The role reader
(matcher/roles.py) and the headline reader use it; the word lists are in job_profiles/reading.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.text import first_words, fold, list_gate, may_hold, per_document_cache
from matcher.vocabulary import HEADLINE, phrase_pattern, reading, words_re

# labels that start a title even without a colon ("Designation Sales Executive")
_BARE_LABEL = re.compile(r"(?:designation|chuc vu|chuc danh)\s+")


# words in front of a title: an article, "present", a leftover date ("2007 Summer Intern")
_HELD_LEAD = re.compile(
    r"(?:(?:promoted|worked|served|working|serving|joined|hired|appointed|employed)\s+"
    r"(?:to|as)|as)\s+(?:(?:an?|the)\s+)?",
    re.IGNORECASE,
)
_NAMED_AS = re.compile(r"(?:[A-Z]\S*\s+){1,3}as\s+an?\s+(?=[A-Z])")
_LEAD_WORDS = re.compile(
    r"^(?:(?:a|and|present|current|currently|now|\d{4}(?:\d{4}|present)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\.?\s+)+",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(
    r"\s+(?:for|in(?![\s-]+chief\b)|at(?!\s+law\b)|with|under|of the(?!\s+board\b))\s+\S",
    re.IGNORECASE,
)
_END_DATE = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d$",
    re.IGNORECASE,
)
_LIST_NUMBER = re.compile(r"^[1-9]\d?[.)]\s+(?=[A-Z])")
_DURATION = re.compile(r"\s+(?:for|since|from)\s+\d.*$", re.IGNORECASE)
_TRAIL = " \t-–—|,:;.()•·*+"
_FROM_END = re.compile(r"(?<=\S)\s+from$", re.IGNORECASE)
_LOOSE_END = re.compile(r"(?<=\S)\s+(?:[a-z]+(?:ly|ed)|for|in|at|with|of|since|to|and|as|by)$")


# "M/s. ABC Limited", "2009 Suncor Energy", "Present: Alpha Media": not part of the name
# years left after an employer's name: "Eastern Lotus University. 1982-86", "Kite Energy 2014"
# the last word of a part of a company ("Consumer Division", "Marketing Department")
_DIVISION = re.compile(r"\b(?:division|department|dept)\.?$", re.IGNORECASE)


# "the Company's": a legal word followed by these is a possessive noun, no legal form
_POSSESSIVE = frozenset({"'s", "’s"})


# an acronym in brackets ending a title ("Project Support Office (PSO)")
_END_ACRONYM = re.compile(r"\s*\([A-Z&]{2,8}\)?$")


# short title heads that are common words in lower case
_CAPITAL_HEADS = frozenset({"ad", "ae", "am"})


# a full stop after a word of three or more letters, then a capitalised word: a sentence ends
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
# a course code after a title ("Instructor COMP 1120", "Teaching Assistant CS150")
_COURSE = re.compile(r"(?<=\w)\s+[A-Z]{2,5}\s?\d{3,4}[A-Z]?\b")
# a web address written after a title ("Web Designer Kitestudents.com")
_WEB_TAIL = re.compile(
    r"\s+(?:www\.)?[\w-]+\.(?:com|net|org|edu|gov|io|co|biz|info|vn)(?:\.\w\w)?$"
)
# the same full stop with the space after it lost in extraction ("Vice-President.And CEO")
_GLUED_STOP = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")


def _namey(piece: str) -> bool:
    """Short and mostly capitalised, like a job title or a company name."""
    words = piece.split()
    return len(words) <= 8 and _capitals(words) >= 0.6


def _legal(folded: str) -> re.Match[str] | None:
    """The first legal-form word of a folded piece; "Co-owner", "Co-Chair" hold none."""
    if not may_hold(list_gate("company_legal_words"), folded):
        return None  # no legal form starts at any word of the piece
    for m in words_re("company_legal_words").finditer(folded):
        # "Co-owner" is a title; "the Company's Learning Centre" a possessive, not a name
        if (
            folded[m.end() : m.end() + 1] != "-"
            and folded[m.end() : m.end() + 2] not in _POSSESSIVE
        ):
            return m
    return None


def _head_word(word: str) -> bool:
    """Whether a folded word is a title head word ("manager", "webmaster")."""
    if words_re("title_heads").search(word):
        return True
    if not may_hold(_more_heads_gate(), word) or words_re("intern_words").fullmatch(word):
        return False  # "Internship in IT Systems": the field names the internship
    return bool(words_re("more_title_heads").search(word))


@per_document_cache
def clean_title(piece: str) -> str | None:
    """A title without a résumé's own words ("Piping Designer Resume" -> "Piping Designer"),
    a leading label ("Designation Sales Executive") or a trailing duration ("for 1.5 year")."""
    folded = fold(piece)
    if len(folded) == len(piece):
        m = words_re("resume_words").search(folded)
        if m:
            piece, folded = piece[: m.start()], folded[: m.start()]
        label = _BARE_LABEL.match(folded)
        if label and len(piece) > label.end():
            piece = piece[label.end() :]
    piece = _DURATION.sub("", piece)
    if piece[-1:].isdigit():  # "Public Relations Intern Jun 2016": a date left after the title
        piece = _END_DATE.sub("", piece) or piece
    # "Senior Litigation Paralegal. Assigned to ...": the title ends at its head word's full stop
    stop = _SENTENCE_STOP.search(piece) if ". " in piece else None
    if stop is None and "." in piece:  # "Senior Vice-President.And CEO": the space was lost
        stop = _GLUED_STOP.search(piece)
    if stop:
        head = _head_word(fold(piece[: stop.start()]).split(" ")[-1])
        piece = piece[: stop.start()] if head else piece
    if piece[:1].isdigit():  # "3. Chairman, Research Committee": a list number
        piece = _LIST_NUMBER.sub("", piece) or piece
    piece = _LEAD_WORDS.sub("", piece.strip(_TRAIL)) or piece
    if piece[:1] in "AaPpSsWwHhJj":  # (the first letters of the phrases below)
        # "Promoted to Chief Accountant", "Served as Systems Administrator", "As Trainee
        # Executive": the words stating the title held are no part of it
        held = _HELD_LEAD.match(piece)
        if held and piece[held.end() :].strip(_TRAIL):
            piece = piece[held.end() :]
    if " as a" in piece:  # "Kite Media as a Content Coordinator": the title follows "as a"
        named = _NAMED_AS.match(piece)
        if named and words_re("title_heads").search(fold(piece[named.end() :])):
            piece = piece[named.end() :]
    # "Part-time Interaction Design Intern": the employment type is no part of the title
    lead = words_re("title_lead_employment", HEADLINE).match(fold(piece))
    if lead and len(fold(piece)) == len(piece) and piece[lead.end() :].strip(_TRAIL):
        piece = piece[lead.end() :].strip(_TRAIL)
    # "Lecturer in Medical Ethics at X", "IT Consultant for Merrill Lynch": the title ends
    # with its head word; what follows names a subject or an employer
    tail = _TITLE_TAIL.search(piece)
    if (
        tail
        and _head_word(fold(piece[: tail.start()]).split()[-1])
        and not _DIVISION.search(piece.rstrip(_TRAIL))  # "Head of the Marketing Department"
        and not _field_after_for(piece, tail)  # "Director for Legal Services"
    ):
        piece = piece[: tail.start()]
    if "- " in piece:  # "HR Coordinator- Recruitment & Employee Relations"
        piece = _without_glued_dash_tail(piece)
    note = _HYPHEN_NOTE.search(piece) if "-" in piece else None
    if note and _head_led_or_ended(piece[: note.start()]):
        piece = piece[: note.start()]  # "Manager-Consultancy-New projects implementation"
    if "/" in piece:  # "Software Developer / Kitehome": a name after the slash, no title
        piece = _without_slash_word(piece)
    if " " in piece and piece.isascii() and may_hold(list_gate("title_school_words"), fold(piece)):
        piece = _after_school(piece)  # "Kite University Lecturer": the school led the title
    if " " in piece and piece.isascii() and may_hold(list_gate("title_tail_bodies"), fold(piece)):
        piece = _without_body_tail(piece)  # "Teacher Kite Early Childhood Center"
    if " of " in piece:  # "Treasurer of National Honor Society": the body served is no title
        piece = _of_body(piece)
    if piece[-1:] in "HhNnTt" and " " in piece:  # (the last letters of the unit words)
        piece = _without_unit(piece)
    course = _COURSE.search(piece) if " " in piece else None
    if course and _head_word(fold(piece[: course.start()]).split()[-1]):
        piece = piece[: course.start()]  # "Instructor COMP 1120 Composition": the course taught
    if "." in piece and " " in piece:  # "Web Designer Kitestudents.com": the employer's site
        piece = _WEB_TAIL.sub("", piece) or piece
    piece = piece.strip(_TRAIL + "'\"‘’“”")
    if piece[-1:] == "[":  # "Team Lead [": a bracket opened at the end of a wrapped line
        piece = piece[:-1].strip(_TRAIL)
    if " " in piece and piece.isascii() and piece[-1:].isalpha():
        piece = _capitalised_tail(piece)
        if "egion " in piece or "EGION " in piece or "rea " in piece or "REA " in piece:
            piece = _after_place_region(piece)  # "Southern Region Finance Manager"
    # "Translation project manager since", "LEGAL PRACTITIONER principally", "attorney
    # complemented": a lower-case word after the head word begins the sentence the title is in
    if piece[-1:] in "mM" and _FROM_END.search(piece):  # "Account Officer From" (dates below)
        piece = _FROM_END.sub("", piece)
    last = _LOOSE_END.search(piece) if piece[-1:].islower() else None
    if last and _head_word(fold(piece[: last.start()]).split()[-1]):
        piece = piece[: last.start()]
    if piece.endswith(")") or "(" in piece[-9:]:  # "Coordinator of Primary Health Care (PHC)."
        piece = _END_ACRONYM.sub("", piece) or piece
        if piece.count("(") == piece.count(")") + 1 and not piece.endswith("("):
            piece += ")"  # "Manager (Sales)": the bracket stripped above closes again
    return piece if len(piece) >= 2 else None


_FOR_FIELD = re.compile(r"\s+for\s+", re.IGNORECASE)


def _field_after_for(piece: str, tail: re.Match[str]) -> bool:
    """Whether "for" after a title leads its field ("Director for Legal Services", "Manager
    for Sales & Marketing"), not an employer ("IT Consultant for Kite Bank"): a few capitalised
    words holding a department word and no legal form."""
    lead = _FOR_FIELD.match(piece, tail.start())
    if lead is None:
        return False
    rest = piece[lead.end() :].strip(_TRAIL)
    words = rest.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w in ("&", "and") for w in words):
        return False
    folded = fold(rest)
    return not _legal(folded) and words_re("department_words").search(folded) is not None


# a hyphen glued to the word before it and a space after it ("HR Coordinator- Recruitment")
_GLUED_DASH = re.compile(r"(?<=[A-Za-z.)])-\s+(?=[A-Z0-9])")


# a hyphen with no space either side before a phrase in lower case: a note on the title
_HYPHEN_NOTE = re.compile(r"(?<=[A-Za-z])-(?=[A-Z][a-z]+(?:\s+[a-z]{3,}){2})")


def _without_glued_dash_tail(piece: str) -> str:
    """A title without what follows a hyphen glued to its head word when the title names its
    field already ("HR Coordinator- Recruitment & Employee Relations"), a note ("Owner and
    Manager- Two retail stores") or no field follows ("Engineer- Embedded"); a second title
    stays ("Associate- HR Consultant"), and so does the field of a bare title ("Asst Vice
    President- Credit")."""
    dash = _GLUED_DASH.search(piece)
    if dash is None:
        return piece
    head, tail = piece[: dash.start()], piece[dash.end() :]
    words, rest = fold(head).split(), fold(tail)
    if not words or not _head_word(words[-1].strip(".,")):
        return piece
    if any(_head_word(part.split()[-1].strip(".,()")) for part in _AND_SPLIT.split(rest) if part):
        return piece
    note = any(w[:1].isalpha() and w.islower() and w not in _TITLE_JOINERS for w in tail.split())
    if note or not _bare_title(head):
        return head
    fields = ("department_words", "title_area_words")
    return piece if any(words_re(key).search(rest) for key in fields) else head


def _after_school(piece: str) -> str:
    """A title without the school named in front of it ("Kite University Lecturer", "Girls
    High School Soccer Coach" -> "Lecturer", "Soccer Coach"): capitalised words, no head word
    among them, ending with a school word; "Assistant High School Coach" keeps its rank and
    "High School Principal" its level (a level goes before a subject: "Middle School English
    Teacher" -> "English Teacher"); in "A / B" the first title is looked at."""
    first, slash, more = piece.partition(" / ")
    words = first.split()
    folded = [fold(w).strip(".,") for w in words]
    school = words_re("title_school_words")
    last = max((n for n, w in enumerate(folded) if school.fullmatch(w)), default=-1)
    if not 1 <= last < len(words) - 1 or not _head_word(folded[-1]):
        return piece
    if not all(w[:1].isupper() or w == "&" for w in words):
        return piece  # ("Boys & Girls Club Web Developer")
    if any(_head_word(w) for w in folded[:last]):
        return piece
    levels = words_re("title_school_levels")
    level = all(school.fullmatch(w) or levels.fullmatch(w) for w in folded[:last])
    if level and len(words) - last < 3:
        return piece  # "High School Principal": a level, no school, before a bare title
    return " ".join(words[last + 1 :]) + slash + more


def _without_body_tail(piece: str) -> str:
    """A title without the institution named right after its head word ("Director/Teacher
    Kite Early Childhood Center" -> "Director/Teacher"): two or more capitalised words, none a
    head word or joiner, ending with an institution word ("Writing Center Tutor" ends as a
    title and stays)."""
    words = piece.split()
    if words_re("title_tail_bodies").fullmatch(fold(words[-1]).strip(".,")) is None:
        return piece
    head = max((n for n, w in enumerate(words) if _head_word(fold(w).strip(".,"))), default=-1)
    tail = words[head + 1 :]
    if head < 0 or len(tail) < 2 or not all(w[:1].isupper() and w.isalpha() for w in tail):
        return piece
    return " ".join(words[: head + 1]) if _head_led_or_ended(" ".join(words[: head + 1])) else piece


# the endings of a word naming one who does a job, or a field of work ("proofreader",
# "ontologist", "proprietor", "consulting")
_AGENT_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ing)$")


def _without_slash_word(piece: str) -> str:
    """A title without one word after its last slash that is no title, department or place
    ("Software Developer / Kitehome", "Medical Assistant/Dermatology", "Realtor/Certified" ->
    the title before it); "Branch Manager/ Vietnam" and "Representative/Sales" stay."""
    first, _, word = piece.rpartition("/")
    word = word.strip()
    if first.count("(") > first.count(")"):
        return piece  # "Senior Developer (A/P)"
    if not word:
        return first.rstrip() if _head_led_or_ended(first) else piece  # "Operator/"
    folded = fold(word).strip(".,")
    if " " in word or _head_word(folded) or words_re("more_title_heads").fullmatch(folded):
        return piece
    if _AGENT_END.search(folded):
        return piece  # "Editor/Proofreader", "Architect/Ontologist", "Sales/Consulting"
    if words_re("department_words").fullmatch(folded) or _regions_re().fullmatch(folded):
        return piece
    return first.rstrip() if _head_led_or_ended(first) else piece


def _without_unit(piece: str) -> str:
    """A title without the unit of the employer written after it with no comma or after a
    slash ("PRINCIPAL CONSULTANT WORKPLACE SAFETY BRANCH", "SALES MANAGER/ LATIN AMERICA
    DIVISION" -> the title); "Manager, Consumer Division" names its field and stays."""
    words = piece.split()
    if fold(words[-1]).strip(".") not in _UNIT_WORDS:
        return piece
    if "/" in piece:  # "DISTRICT SALES MANAGER/ LATIN AMERICA DIVISION": a part of its own
        first, _, unit = piece.rpartition("/")
        if not any(_head_word(w) for w in fold(unit).split()) and _head_led_or_ended(first):
            return first.rstrip()
        return piece
    heads = [n for n, w in enumerate(words[:-1]) if _head_word(fold(w))]
    if not heads or heads[-1] == 0 or len(words) - heads[-1] < 3:
        return piece
    cut = heads[-1] + 1
    if not re.fullmatch(r"[\w.'-]+", words[heads[-1]]) or not words[cut][:1].isupper():
        return piece  # ("Director, Claims Division", "Manager - Sales Division")
    return " ".join(words[:cut])


_UNIT_WORDS = frozenset({"branch", "division", "department", "dept", "section", "unit"})


def _of_body(piece: str) -> str:
    """A title without the club, team or society it served after "of" ("Treasurer of Student
    Debate Team" -> "Treasurer"); "Director of Sales" keeps its field."""
    head, _, body = piece.partition(" of ")
    words = head.split()
    if not words or not _head_word(fold(words[-1]).strip(".,")):
        return piece
    if body[:1].isupper() and words_re("owner_heads").fullmatch(fold(words[-1]).strip(".,")):
        return head  # "Chef and Owner of Kite Bakery": the business owned is no title
    # ("President of high school chapter of Future Leaders": the body up to its next "of")
    folded = fold(body.split(" of ", 1)[0]).rstrip(" .,")
    if not may_hold(list_gate("membership_words"), folded):
        return piece
    # (the body ends with the word: "Director of Marketing & Executive Team Member" is two
    # titles)
    found = list(words_re("membership_words").finditer(folded))
    return head if found and found[-1].end() == len(folded) else piece


def _capitalised_tail(piece: str) -> str:
    """The capitalised title after a lower-case word ("Colesworthy store Sales Assistant",
    "Used furniture Sales Manager" -> the last two words): two or more capitalised words
    ending with a head word, after a word that is neither capitalised nor a joiner."""
    words = piece.split()
    low = [
        n
        for n, w in enumerate(words)
        if w[:1].islower() and w.islower() and w not in _TITLE_JOINERS  # ("eBusiness")
    ]
    if not low or len(words) - low[-1] - 1 < 2 or not words[0][:1].isupper():
        return piece
    tail = words[low[-1] + 1 :]
    if not all(w[:1].isupper() for w in tail) or not _head_word(fold(tail[-1])):
        return piece
    return " ".join(tail)


def _after_place_region(piece: str) -> str:
    """A title without the region or area named in front of it by its place ("Southern Region
    Finance Manager", "Denver Area Project Engineer" -> the title after "Region", "Area");
    "Sales Region Manager" names a field and "Area Sales Manager" a rank."""
    words = piece.split()
    folded = [fold(w) for w in words]
    at = next((n for n, w in enumerate(folded) if w in _PLACE_LEADS), 0)
    if not 1 <= at <= 3 or len(words) - at < 3 or not _head_word(folded[-1]):
        return piece
    if not all(w[:1].isupper() for w in words) or any(_title_word(w) for w in folded[:at]):
        return piece
    return " ".join(words[at + 1 :])


_PLACE_LEADS = frozenset({"region", "area"})


def _bare_title(piece: str) -> bool:
    """A title of head and rank words only ("VP", "Senior Vice President", "Director")."""
    folded = fold(piece)
    rest = words_re("title_heads").sub(" ", folded)
    return rest != folded and not words_re("title_rank_words").sub(" ", rest).strip(" .-&/")


def _capitals(words: Sequence[str]) -> float:
    """The share of a line's words starting with a letter that start with a capital."""
    alpha = [w for w in words if w[:1].isalpha()]
    return sum(1 for w in alpha if w[0].isupper()) / len(alpha) if alpha else 0.0


@cache
def _regions_re() -> re.Pattern[str]:
    """The states and countries of region_words and Vietnam's provinces and cities."""
    return re.compile(phrase_pattern([*reading()["region_words"], *reading()["vietnam_regions"]]))


# small words inside a title's capitalised words ("Director of Lease Syndication")
_TITLE_JOINERS = frozenset({"of", "and", "&", "the"})


@cache
def _more_heads_gate() -> frozenset[str] | None:
    return first_words(reading()["more_title_heads"])


@per_document_cache
def _head_led_or_ended(title: str) -> bool:
    """A title ends with its head word ("Literacy Tutor", "Chief Project Manager ICT",
    "Nurse II"), names its field after it ("Director of Lease Syndication", "Lecturer in
    Law", "OFFICER PERSONNEL") or, in Vietnamese, starts with it ("Nhân viên kinh doanh");
    "Expert Systems" and "Staff Development & Training" are subjects, not titles."""
    if not title.isascii() or _vietnamese_head_re().match(fold(title)):
        return True  # ("Nhan vien Account": Vietnamese typed without its marks)
    for part in _TITLE_PARTS.split(title):  # "Coordinator/General Construction"
        part = _END_BRACKET.sub("", part)  # "Senior Executive (Human Resources)"
        if _part_ends_as_title(part.split()):
            return True
        # "Customer Service Representative & Claims Processor": the first of two titles
        first = _AND_SPLIT.split(part, maxsplit=1)[0]
        words = first.split()
        if first != part and len(words) > 1 and _namey(first) and _head_word(fold(words[-1])):
            return True
    return False


def _title_word(word: str) -> bool:
    """Whether a folded word is a word of titles ("senior", "account", "sales")."""
    return words_re("title_words").fullmatch(word) is not None


def _part_ends_as_title(words: list[str]) -> bool:
    """The check of _head_led_or_ended on the words of one part of a title."""
    while len(words) > 1 and _TITLE_TAG.fullmatch(words[-1]) and not _head_word(fold(words[-1])):
        words = words[:-1]  # "Manager ICT", "Nurse II", "Clerk B"
    words = [fold(w).strip(".,") for w in words]
    if not words:
        return False
    two = " ".join(words[-2:])  # "Team Member", "Board Member"
    if words[-1] in _CAPITAL_HEADS and len(words) > 1 and not _title_word(words[-2]):
        return False  # "Troubleshoot AD": a verb and its object ("Senior AE" is a title)
    if _head_word(words[-1]) or words_re("more_title_heads").fullmatch(two):
        return True
    if len(words) > 1 and _head_word(words[-2]) and words[-1] == "general":
        return True  # "Secretary General"
    if words_re("intern_words").fullmatch(words[-1]):
        return True  # "Research Internship"
    if (
        len(words) > 2
        and any(_head_word(w) for w in words[1:-1])
        and (
            words_re("department_words").fullmatch(words[-1])
            or words_re("title_area_words").fullmatch(words[-1])
        )
    ):
        return True  # "Vice President Information Technology Infrastructure Operations"
    for n in range(1, len(words)):
        rest = " ".join(words[n:])
        if _head_word(words[n - 1]) and (
            words_re("department_words").fullmatch(rest) or _regions_re().fullmatch(rest)
        ):
            return True  # "OFFICER PERSONNEL", "Director Human Resources", "Director Vietnam"
    joined = zip(words, words[1:], strict=False)
    return any(
        nxt in _FIELD_JOINS and (_head_word(w) or words_re("intern_words").fullmatch(w))
        for w, nxt in joined
    )  # "Director of Sales", "Internship in Network Administration"


@cache
def _vietnamese_head_re() -> re.Pattern[str]:
    """The Vietnamese head words a title starts with ("nhan vien", "truong phong")."""
    heads = [*reading()["title_heads"], *reading()["more_title_heads"]]
    return re.compile(phrase_pattern([h for h in heads if not str(h).isascii()]))


_TITLE_PARTS = re.compile(r"\s*/\s*|-\s+|\s+-")
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
_END_BRACKET = re.compile(r"\s*\([^()]*\)?$")
# an acronym or a grade after a title's head word ("ICT", "PEN", "II")
_TITLE_TAG = re.compile(r"[A-Z]{1,4}(?:-?\d{1,3})?|\d{1,3}")
_FIELD_JOINS = frozenset({"of", "in", "to", "for", "at"})
