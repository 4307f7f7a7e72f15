"""Read work roles (title, company, start, end, bullets) around the date ranges of a section.

Each date range on a short line anchors one role. Its title and company come from the same
line and from the short lines just before it (or just after it when the section puts dates
first): a piece with a title head word (manager, nhân viên...) is a title, one with a company
word a company, and a piece with neither can only be the company. A role with no company of
its own keeps the previous role's (a promotion at one employer). Layouts handled:
"Company | Title | dates", title / company / dates lines, dates / company / title lines,
"Designation: X" labels, ranges split over two or three lines, date-led bullets. A section
without any date gives undated roles from its title lines. Each title is cleaned by
matcher/titles.py (``clean_title``), whose word tests the reader shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from matcher.dates import DateRange, find_points, find_ranges
from matcher.education import degree_level
from matcher.sections import heading_name
from matcher.text import first_words, fold, list_gate, may_hold, per_document_cache
from matcher.titles import (
    _BARE_LABEL,
    _CAPITAL_HEADS,
    _DIVISION,
    _HELD_LEAD,
    _LEAD_WORDS,
    _LOOSE_END,
    _SENTENCE_STOP,
    _TITLE_JOINERS,
    _TRAIL,
    _bare_title,
    _capitals,
    _head_led_or_ended,
    _head_word,
    _legal,
    _more_heads_gate,
    _namey,
    _part_ends_as_title,
    _regions_re,
    _title_word,
    clean_title,
)
from matcher.types import Evidence, Role
from matcher.vocabulary import HEADLINE, phrase_pattern, reading, words_re

_BULLET_CHARS = "-•*+●○■□▪▫◆◇►▶➢➤✓✔❖·–—>"
_BULLET = re.compile(rf"^\s*[{re.escape(_BULLET_CHARS)}]\s*")
_PIECES = re.compile(
    r"\s*(?:\||•|·|\t|\s{2,}| -- | - | – | — | － |–|—| -$|^- | at | @ | tại | ở "
    r"| as (?=[A-Z])|:|;|\(|\)|,)\s*"
)
_STATE = re.compile(r"[A-Z]{2}|[A-Z]\.[A-Z]\.?")
_SEP_LINE = re.compile(r"\s*(?:-|–|—|to|till|until|đến|den)\s*", re.IGNORECASE)
# "Equipments Limited. Dubai", "ABC Inc. Any Town": a legal form's full stop ends the name
# ("Kite Co. L.L.C.", "Lotus Co. Ltd": a second legal form goes on with the name)
_LEGAL_STOP = re.compile(
    r"\b(Inc|Ltd|Corp|Corporation|LLC|Limited|Co|PLC|GmbH)\.\s+"
    r"(?=[A-Z])(?!L\.?L\.?[CP]\b|Ltd\b|LTD\b|Limited\b|Inc\b|W\.?L\.?L\b)"
)
# "CME Group-Chicago, IL", "India Limited-Manesar": a hyphen glued after a legal form or
# "Group" ends the name; a town follows
_LEGAL_DASH = re.compile(
    r"\b(Inc|Ltd|Corp|Corporation|LLC|Limited|PLC|GmbH|Group|GROUP|LIMITED|LTD|INC)\.?-(?=[A-Z])"
)
# a template's stand-ins: "Chef Instructor Company Name ï¼ City" is a title and a stand-in
# company, reported as no company
_PLACEHOLDER_NAME = re.compile(r"\b(?:Company Name|COMPANY NAME|Name of (?:the )?Company)\b")
_PLACE_WORD = re.compile(r"City|State|City,? State|CITY|STATE")
# small words inside a company name ("Bank of America", "Johnson & Johnson")
_NAME_JOINERS = {"of", "and", "the", "for", "de", "du", "la", "&", "et", "y", "und", "in", "on"}
# a template's "Company Name - City , State Title" placeholder pair
_CITY_END = re.compile(r"(?:^|\s+\S?\s*)City$")
_STATE_START = re.compile(r"State\s+(?=\S)")
# "Worked with M/s ABC", "as Senior Executive": words in front of a company or a title
_WORKED = re.compile(
    r"^(?:(?:i\s+)?(?:have\s+)?(?:worked|working|work|served|serving)\s+(?:with|at|for|in|as)|as"
    r"|(?:till|until|to)\s+(?:date|now|present)\s+(?:with|at|in)|with|in)\s+(?=\w)",
    re.IGNORECASE,
)
# "Number of Staff: 2000", "Team size: 15": a fact about the job, never a header
_FACT = re.compile(r"[^:]{2,30}:\s*[\d\s.,+%]+")
_DURATION_PIECE = re.compile(r"(?:\d+\s*\+?\s*(?:years?|yrs?|months?|mos?|nam|thang)\s*)+")
# "Bourbonnais, IL", "Hanoi, Vietnam": a place on its own line
_CITY_STATE = re.compile(r"[A-Z][\w .'-]{1,30},\s*(?:[A-Z]{2}|[A-Z][a-z]+)\.?")
# a unit of an institution: "Department of Physics", "Office of Admissions", "Physics Dept."
_UNIT = re.compile(
    r"^(?:the\s+)?(?:department|dept\.?|office|faculty)\s+of\s+[A-Z]|\s(?:department|dept\.?)$",
    re.IGNORECASE,
)
# nine digits or more in one run ("074 172 8137"): a phone or an ID, not "2015 - 2016"
PHONE_RUN = re.compile(r"\d(?:[ .()-]?\d){8,}")
# a name masked out of an anonymised CV ("XXXXXXXX", "Xxxxxxx")
_MASKED = re.compile(r"x{3,}")
_CENTURIES = frozenset({"19", "20"})
# two years glued together at the start or the end of a line ("20042006", "2012Present")
_GLUED = re.compile(
    r"(?:^|(?<=\s))((?:19|20)\d\d)((?:19|20)\d\d|[Pp]resent|PRESENT|[Cc]urrent|[Nn]ow)"
    r"(?=$|[\s,.:;)])"
)
# a word glued to the capitalised word after it ("AssistantThe", "SupervisorNorrell")
_GLUED_HEAD = re.compile(r"\b([A-Z]?[a-z]{3,})([A-Z][a-z])")
# two month/year dates glued together ("6/200404/2006", "8/20035/2004")
_GLUED_MONTHS = re.compile(r"(?<![\d/])(\d{1,2}/(?:19|20)\d\d)(\d{1,2}/(?:19|20)\d\d)(?![\d/])")
_COMPANY_YEARS = re.compile(r"[\s.,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")
_COMPANY_LEAD = re.compile(
    r"^(?:m/s\.?\s*|(?:19|20)\d\d\s+|(?:present|current|now)\b\s*:?\s*"
    r"|page\s+\d+\s+of\s+\d+\s*|[1-9]\d?[.)]?\s+(?-i:(?=[A-Z][A-Z])))+",
    re.IGNORECASE,
)
# a country or "P" (private) in brackets inside a legal name: "Kite (India) Pvt. Ltd"
_BRACKETED_LEGAL = re.compile(
    r"\s*\(([A-Z][A-Za-z]{0,11})\)\s+(?=(?:Pvt|Private|Pte|Ltd|LTD|Limited|LIMITED|Sdn)\b)"
)
# "(HR)" between two words of a title or a name
_INNER_ACRONYM = re.compile(r"(?<=\w)\s*\([A-Z&]{2,6}\)\s*(?=[A-Za-z])")
# a template's year ("20XX", "(19XX"): a date, never a name
_TEMPLATE_YEAR = re.compile(r"(?:19|20)(?:\d[X\d]|XX)")
# lines looked at below a role's header for its title when the header holds none
_TITLE_REACH = 8


@dataclass(frozen=True)
class Line:
    section: str
    text: str


@cache
def _role_label_re() -> re.Pattern[str]:
    parts = [f"(?P<{k}>{phrase_pattern(v)})" for k, v in reading()["role_labels"].items()]
    return re.compile(r"^\s*[(\[]?\s*(?:" + "|".join(parts) + r")\s*(?:[:：]-?|-\s|:?\s*-)\s*")


@per_document_cache
def _labelled(text: str) -> tuple[str | None, str]:
    """("title" | "company" | "dates" | None, the text after the label)."""
    if ":" not in text and "：" not in text and "-" not in text:
        return None, text  # a label ends with one of these: most lines are out at once
    folded = fold(text)
    m = _role_label_re().match(folded)
    if not m or len(folded) != len(text):
        return None, text
    value = text[m.end() :].strip()
    if folded[m.end() - 1 : m.end()] == "-" and value[:1].islower():
        return None, text  # "Role-modelled good behaviour": a word holding a label's word
    if text.lstrip()[:1] in "([":  # "(Designation: Software Engineer)"
        value = value.rstrip(")] ")
    if _PLACE_WORD.match(value):
        return None, text  # a template's "Company Name : City , State Title" is no label
    return m.lastgroup, value


def _date_only(text: str) -> bool:
    """A line holding only date points or "present" words (and perhaps a date label)."""
    _, text = _labelled(text)
    folded = fold(text)
    points = find_points(folded)
    if not points:
        return False
    rest = folded
    for p in reversed(points):
        rest = rest[: p.start] + " " + rest[p.end :]
    return not re.search(
        r"[^\W\d_]{3,}", re.sub(r"\b(?:to|till|until|from|since|den|tu)\b", "", rest)
    )


def _ends_with_date(text: str) -> bool:
    """A line whose last thing is a date point ("Pelham, September 2009")."""
    folded = fold(text)
    points = find_points(folded)
    return bool(points) and not re.search(r"\w", folded[points[-1].end :])


def _starts_with_date(text: str) -> bool:
    """A line whose first thing is a date point ("Present Abengoa Solar", "2011 US Lab")."""
    folded = fold(text)
    points = find_points(folded)
    return bool(points) and not re.search(r"\w", folded[: points[0].start])


def _is_state(piece: str) -> bool:
    """A state code ("NY", "CA"), not a short title ("AE", "AM")."""
    if not _STATE.fullmatch(piece):
        return False
    folded = fold(piece)
    title = words_re("title_heads").search(folded)
    return not title and not words_re("department_words").fullmatch(folded)


def _company_shaped(piece: str) -> bool:
    """Named like a company: capitalised, or a legal form in a short piece that does not start
    like a sentence ("Grew sales ... as the company ..." is a bullet)."""
    if _namey(piece):
        return True
    folded = fold(piece)
    if may_hold(list_gate("company_words"), folded) and len(piece.split()) <= 6:
        # "ASSIT group": a name in capitals and a company word in lower case
        rest = words_re("company_words").sub(" ", folded).split()
        named = [w for w in piece.split() if fold(w) in rest]
        if named and all(w.isupper() for w in named) and len(named) < len(piece.split()):
            return True
    legal = _legal(folded)
    if legal is None or not piece[:1].isupper():
        return False
    # "Công ty cổ phần truyền thông ABC": a name led by its legal form may be long, and so
    # may a capitalised one ended by it ("Kite Lotus International Trade & Technical
    # Cooperation Ltd")
    words = piece.split()
    if legal.start() == 0 or len(words) <= 5:
        return True
    ended = legal.end() >= len(folded.rstrip(" ."))
    return ended and len(words) <= 12 and _capitals(words) >= 0.75


def _pieces(text: str) -> list[str]:
    """Title/company candidates of a line; a city before a state code ("Durham, NC") is dropped,
    a bare legal form ("RIA Services, Inc.") stays with its name, a template's "City , State"
    placeholder is dropped and an employment type ("(Part-time Work)") is no candidate."""
    return list(_pieces_of(text))


# read_roles, its strict retry and company_lines cut the same lines into pieces: the cut
# depends on the text alone, so it is kept (as does the kind and header test below).
@per_document_cache
def _pieces_of(text: str) -> tuple[str, ...]:
    text = _WORKED.sub("", text.strip()) or text
    if "." in text:  # both regexes need a literal they find in few lines
        text = _LEGAL_STOP.sub(r"\1 | ", text)
    if "-" in text:
        text = _LEGAL_DASH.sub(r"\1 | ", text)
    if "(" in text:  # "Human Resources (HR) Supervisor": an acronym inside a name or title
        text = _BRACKETED_LEGAL.sub(r" \1 ", text)  # "Kite (India) Pvt. Ltd", "Kite (P) Ltd"
        text = _INNER_ACRONYM.sub(" ", text)
    if "Name" in text or "NAME" in text:
        text = _PLACEHOLDER_NAME.sub(r" | \g<0> | ", text)
    if _GLUED_HEAD.search(text):  # "Program AssistantThe City of X": title glued to employer
        text = _GLUED_HEAD.sub(_unglue_head, text)
    raw = [p.strip(_TRAIL) for p in _PIECES.split(text)]
    if "&" in text:
        raw = _partners_joined(raw)
    if len(raw) > 2 and raw[-1] == "Co" and text.rstrip(" .").endswith(", Co"):
        town = raw[-2]  # "1989 - 1991, Pueblo, Co.": Colorado's code after a town
        if len(town.split()) <= 2 and _kind(town) is None and not _STATE.fullmatch(town):
            raw[-1] = "CO"
    for index in range(len(raw) - 1):
        if (
            "City" in raw[index]
            and _CITY_END.search(raw[index])
            and _STATE_START.match(raw[index + 1])
        ):
            raw[index] = _CITY_END.sub("", raw[index]).strip(_TRAIL)
            raw[index + 1] = _STATE_START.sub("", raw[index + 1])
    out: list[str] = []
    for index, piece in enumerate(raw):
        letters = re.search(r"[^\W\d_]{2}", piece)
        if (
            len(piece) < 2
            or not letters
            or _is_state(piece)
            or _PLACE_WORD.fullmatch(re.sub(r"[^A-Za-z, ]", "", piece).strip(" ,"))
        ):
            continue
        if not letters.group().isalpha() and not any(
            a.isalpha() and b.isalpha() for a, b in zip(piece, piece[1:], strict=False)
        ):
            continue
        folded = fold(piece)
        if out and words_re("company_legal_words").fullmatch(folded.strip(" .")):
            out[-1] = f"{out[-1]} {piece}"
            continue
        if words_re("employment_type_words").fullmatch(folded):
            continue
        following = next((p for p in raw[index + 1 :] if p), "")
        # "Durham, NC" drops the town; "Lotus Bank, AL" keeps its employer, and so does "Kite
        # County Public Schools, MD" (no town is so long)
        state_after = index > 0 and _is_state(following)
        if state_after and _kind(piece) != "company" and len(piece.split()) <= 3:
            continue
        town = index > 0 and " " not in piece and bool(following) and _region_name(following)
        if town and _kind(piece) is None:
            continue  # "Lakewood, Colorado": a one-word town before a state or country
        if " " in piece and following and (_is_state(following) or _region_name(following)):
            piece = _title_before_town(piece)
        if following and _is_state(following) and " " in piece:
            piece = _without_town(piece)  # "Coulson Photography New Cityland, CA"
            piece = _school_without_town(piece)  # "Kite College Boston, MA"
        out.append(_WORKED.sub("", piece) or piece)
    return tuple(out)


def _school_without_town(piece: str) -> str:
    """A school's name before a state code without the town glued to it ("Kite College
    Boston" -> "Kite College"): one capitalised word after a last word naming a school."""
    words = piece.split()
    if len(words) < 3 or not words[-1].isalpha() or not words[-1][:1].isupper():
        return piece
    if not "".join(words).isascii() or not words[-1][1:].islower():
        return piece
    school = words_re("title_school_words")
    if not school.fullmatch(fold(words[-2])) or school.fullmatch(fold(words[-1])):
        return piece  # ("Lane High School, OR")
    return " ".join(words[:-1])


def _partners_joined(raw: list[str]) -> list[str]:
    """A firm named by its partners, one surname a piece and the last after "&", as one piece
    ("Kite, Lotus & Sao, PA" -> "Kite, Lotus & Sao"): at the start of a line only."""
    end = next((n for n, p in enumerate(raw) if "&" in p), 0)
    if not 1 <= end <= 4 or not _PARTNERS_LAST.fullmatch(raw[end]):
        return raw
    names = raw[:end]
    if not all(_SURNAME.fullmatch(p) for p in names) or any(map(_kind, raw[: end + 1])):
        return raw
    if any(words_re("department_words").search(fold(p)) for p in raw[: end + 1]):
        return raw  # "Sales, Marketing & Events": fields, not partners
    return [f"{', '.join(names)}, {raw[end]}".replace(", &", " &"), *raw[end + 1 :]]


_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
# "& Sao", "Lotus & Sao", "Lotus & Sao Associates": the last partners of a firm's name
_PARTNERS_LAST = re.compile(r"(?:[A-Z][a-z'’-]+\s+)?&\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _without_town(piece: str) -> str:
    """A name before a state code without the town glued to it ("Emerson College Boston" ->
    "Emerson College"): one or two capitalised words after its last company word."""
    folded = fold(piece)
    if len(folded) != len(piece) or not may_hold(list_gate("company_words"), folded):
        return piece
    last = next(reversed(list(words_re("company_words").finditer(folded))), None)
    if last is None or last.start() == 0:
        return piece
    tail = piece[last.end() :].split()
    if not 1 <= len(tail) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in tail):
        return piece
    if not "".join(tail).isascii() or _regions_re().fullmatch(fold(" ".join(tail))):
        return piece  # "Công ty Truyền thông Hà Nội": a Vietnamese name holds its city
    return piece[: last.end()].rstrip(_TRAIL)


def _placed_before_note(text: str) -> bool:
    """A long line naming an employer and its place before a dash and a note about it ("KITE
    GROUP, Sometown, NY — PR firm serving small businesses in the greater NY area")."""
    head, dash, _note = text.partition(" — ") if " — " in text else text.partition(" – ")
    return bool(dash) and _placed_name(head) is not None


def _title_before_town(piece: str) -> str:
    """A title without the town written after it before a state ("Sr. Web Developer North
    Hollywood, CA" -> "Sr. Web Developer"); a department after the title stays."""
    if _kind(piece) != "title":
        return piece
    words = piece.split()
    heads = [n for n, w in enumerate(words) if _head_word(fold(w).strip(".,"))]
    if not heads or not 1 <= len(words) - heads[-1] - 1 <= 3:
        return piece
    rest = words[heads[-1] + 1 :]
    if not all(w[:1].isupper() for w in rest):
        return piece
    folded = fold(" ".join(rest))
    if words_re("department_words").search(folded) or words_re("title_area_words").search(folded):
        return piece  # "Director Human Resources, NY"
    if _kind(" ".join(rest)) is not None:
        return piece  # "Manager Kite Media, NY": an employer, read elsewhere
    return " ".join(words[: heads[-1] + 1])


def _unglue_head(m: re.Match[str]) -> str:
    """A title's last word cut from the name glued after it, when a word of the title comes
    right before it (a name like "PartnerFirst" stays whole)."""
    before = m.string[max(0, m.start() - 2) : m.start()]
    glued = len(before) == 2 and before[0].isalpha() and before[1] == " "
    return f"{m[1]} | {m[2]}" if glued and _head_word(fold(m[1])) else m[0]


def _head_pieces(text: str) -> list[str]:
    """The first two pieces of a header line, three when the second is a department."""
    pieces = _pieces(text)
    dept = len(pieces) > 1 and words_re("department_words").fullmatch(fold(pieces[1]))
    # "Co-founder, UX Director, Rocket Farm": two titles, then the employer
    two_titles = len(pieces) > 2 and _kind(pieces[0]) == _kind(pieces[1]) == "title"
    # "Design Manager, Configuration Manager, Integration Manager, Kite Labs": each title
    run = _title_run(text, pieces) if two_titles else 1
    return pieces[: max(run + 1, 3 if dept or two_titles else 2)]


def _titled(piece: str) -> bool:
    """A capitalised title ("Assistant Sales Manager"), not a sentence holding a head word."""
    return _kind(piece) == "title" and _namey(piece)


def _without_dates(text: str, ranges: Sequence[DateRange]) -> str:
    folded = fold(text)
    if len(folded) != len(text):
        return ""
    out = text
    for r in ranges:  # each span blanked by slicing, not character by character
        out = out[: r.span[0]] + " " * (r.span[1] - r.span[0]) + out[r.span[1] :]
    out = out.strip()
    if out[-1:] in "mMeEuUừỪ":  # each regex below needs its word or dash at an end of the line
        # a match is one of these words at the end: the last six characters hold it and the
        # character before it
        out = (out[:-6] + re.sub(r"(?i)\b(?:from|since|tu|từ)\s*$", "", out[-6:])).strip()
    if out[:1] in "-–—" or out[-1:] in "-–—":
        out = re.sub(r"\s*[-–—]\s*$|^\s*[-–—]\s*", "", out)
    return out.strip()


# "the Company", "the Corporation": the employer spoken of, not named
_THE_LEGAL = re.compile(r"\b(?:under|of|to|for|with)\s+the\s+(?:company|corporation|firm)\b")


# a body named for its field or its members ("Center for Teacher Education", "Institute of
# Chartered Accountants"): a title's head word after it is the field, not a title
_ORGANISATION_LED = re.compile(
    r"(?:the\s+)?(?:center|centre|institute|bureau|council|association|society|academy|ministry"
    r"|school|college|faculty|office|department|dept\.?)\s+(?:of|for)\s"
)


@per_document_cache
def _kind(piece: str) -> str | None:
    folded = fold(piece)
    legal = _legal(folded)
    has_title = may_hold(list_gate("title_heads"), folded)
    title = words_re("title_heads").search(folded) if has_title else None
    if title and title.group() in _CAPITAL_HEADS and len(folded) == len(piece):
        # "AD", "AE", "AM" head a title only written in capitals ("ad agency", "I am")
        title = next(
            (
                m
                for m in words_re("title_heads").finditer(folded)
                if m.group() not in _CAPITAL_HEADS or piece[m.start() : m.end()].isupper()
            ),
            None,
        )
    if title is None and may_hold(_more_heads_gate(), folded):
        title = words_re("more_title_heads").search(folded)
    if title and not (_namey(piece) or len(piece.split()) <= 5 or title.start() == 0):
        title = None
    has_company = may_hold(list_gate("company_words"), folded)
    company = words_re("company_words").search(folded) if has_company else None
    if legal and title and title.start() < legal.start() and _THE_LEGAL.search(folded):
        legal = None  # "Senior Legal Officer under the Company Secretary": no company named
    if legal and not (title and title.start() == 0 and legal.start() > 0 and " at " in folded):
        return "company"
    if title and title.start() > 0 and _ORGANISATION_LED.match(folded):
        return "company"  # "Center for Teacher Education": a body named for its field
    if title:
        return "title"
    if company:
        return "company"
    return None


_AND_LEAD = re.compile(r"^(?:and|&)\s+(?=\S)")


def _title_run(text: str, pieces: Sequence[str]) -> int:
    """How many pieces a header line starts with that are each a title ("Design Manager,
    Configuration Manager, Integration Manager, Kite Labs" -> 3)."""
    if len(pieces) < 2 or _kind(pieces[0]) != "title":
        return 1
    run = 1
    while run < len(pieces) and _kind(pieces[run]) == "title":
        if not _second_title(text, pieces[run - 1], pieces[run]):
            break
        run += 1
    return run


def _second_title(text: str, first: str, second: str) -> bool:
    """Whether ``second`` follows ``first`` on ``text`` as a title of its own ("Co-founder, UX
    Director"), not a note in brackets ("Developer (consultant at X)") or a sentence."""
    heads = words_re("title_heads")
    second = _AND_LEAD.sub("", second)  # "Personal Trainer, and Head Coach"
    folded = fold(second)
    led = not second.isascii() and heads.match(folded)
    if not second[:1].isupper() or not (led or _head_word(folded.split()[-1])):
        return False  # a title ends with its head word, or starts with it in Vietnamese
        # ("Trưởng nhóm"); "Help Desk Technician supporting" is a sentence
    start = text.find(first)
    end = text.find(second, start + len(first)) if start >= 0 else -1
    return end >= 0 and not re.search(r"[()\[\]:]", text[start + len(first) : end])


def _area_of(text: str, title: str, piece: str) -> bool:
    """Whether ``piece`` names the field of a bare title before it on ``text`` ("Director,
    Social Media Marketing", "VP, SALES AND MARKETING"): after a comma, short, capitalised."""
    if not _bare_title(title) or len(piece.split()) > 5 or not _namey(piece):
        return False
    if _intern_only(title):
        return False  # "Intern, Research Division": the unit interned in, not a field
    folded = fold(piece)
    fields = (words_re(key).search(folded) for key in ("department_words", "title_area_words"))
    if not any(fields) or _place_area(folded):
        return False
    start = text.find(title)
    end = text.find(piece, start + len(title)) if start >= 0 else -1
    return end >= 0 and text[start + len(title) : end].strip() == ","


def _intern_only(title: str) -> bool:
    """A title that is only an internship word ("Intern", "Trainee"): the unit named after it
    is where the internship was, which the title leaves out."""
    return words_re("intern_words").fullmatch(fold(title).strip(" .")) is not None


def _place_area(folded: str) -> bool:
    """A region named by its place ("santa clara region", "asia pacific region"): where the
    job was, not its field; "sales region" names a field."""
    words = folded.split()
    if len(words) < 2 or words[-1] not in _PLACE_AREAS:
        return False
    return not words_re("department_words").search(folded)


_PLACE_AREAS = frozenset({"region", "regions", "territory"})


def _unit(piece: str) -> bool:
    """A unit of an institution ("Department of Physics", "Dept. of Commerce", "Office of
    Admissions", "Communications Department")."""
    return _UNIT.search(piece) is not None


def _more_on_row(pieces: Sequence[tuple[int, str]], n: int) -> bool:
    """Whether another piece follows piece ``n`` on its line."""
    return n + 1 < len(pieces) and pieces[n + 1][0] == pieces[n][0]


def _department_after(piece: str) -> bool:
    """A department named after a title ("Marketing Department", "Property and Purchasing
    Dept."): the part of the employer the title sits in, neither its field nor the employer
    (a "Consumer Division" after a title is its field)."""
    return len(piece.split()) <= 4 and _DEPARTMENT_END.search(piece) is not None


_DEPARTMENT_END = re.compile(r"\s(?:department|dept)\.?$", re.IGNORECASE)


def _title_field(title: str, piece: str) -> bool:
    """A short piece naming the field of the title before it ("Senior Sales Manager,
    International Sales", "Director, Business Services Division"): it ends with "Division" or
    with a department word the title holds too, and holds no legal form."""
    folded = fold(piece)
    words = folded.split()
    if not words or len(words) > 4 or _legal(folded):
        return False
    if _DIVISION.search(piece):
        return True
    last = words[-1]
    return words_re("department_words").fullmatch(last) is not None and last in fold(title).split()


def _label_kind(index: int, labels: dict[int, str]) -> str | None:
    kind = labels.get(index)
    return kind if kind in ("title", "company") else None


@cache
def _client_starts() -> frozenset[str]:
    """First letters of the client labels, both cases ("Client", "khách hàng")."""
    firsts = {str(p).strip()[:1] for p in reading()["client_labels"]}
    return frozenset(firsts | {c.upper() for c in firsts} | {fold(c) for c in firsts})


@cache
def _client_label_re() -> re.Pattern[str]:
    return re.compile(r"\s*" + phrase_pattern(reading()["client_labels"]) + r"\s*")


@per_document_cache
def _is_header_like(text: str) -> bool:
    stripped = text.strip()
    if not stripped or (":" in stripped and _FACT.fullmatch(stripped)):
        return False
    if ":" in stripped and stripped[:1] in _client_starts():
        head = stripped.split(":", 1)[0]
        if len(head) <= 30 and _client_label_re().fullmatch(fold(head)):
            return False  # "Client: Lotus Bank" names whom the job served, not the employer
    if _BULLET.match(stripped) or _LETTER_BULLET.match(stripped):
        rest = _LETTER_BULLET.sub("", _BULLET.sub("", stripped)).rstrip(":").strip()
        # "- ABC Company", "- Production Planner:" (a bullet list of jobs)
        return len(rest.split()) <= 6 and _kind(rest) in ("company", "title")
    if stripped[:2].islower() and stripped[:2].isalpha():
        return False  # "programming manager": the end of a sentence wrapped from the line above
    words = stripped.split()
    if len(words) > 14 or len(stripped) > 110 or stripped.endswith(";"):
        return False
    if stripped.endswith(":") and not (
        len(stripped.split()) <= 6 and _kind(stripped.rstrip(":").strip()) == "title"
    ):
        return False
    if len(words) > 10 and not _legal(fold(stripped)) and not _listed_header(stripped, words):
        return False  # a long line is a header only with a legal name ("Công ty TNHH ...")
    # a full stop ends a sentence, unless the line is short ("XYZ Group Ltd.") or capitalised
    # like a header ("Regional Marketing Manager, Equipments Limited. Dubai, UAE.", "2011
    # Mobile Application Developer, Insight Labs LLC, Norfolk, VA.")
    if not stripped.endswith(".") or len(words) <= 5 or (len(words) <= 10 and _namey(stripped)):
        return True
    # nine or ten words: capitalised and led by a title or a company ("Used: C#, ASP.Net, ..."
    # and "Supervisor: Jane Roe (555-0100) Okay to contact." are not headers)
    if _capitals(words) < 0.75:
        return False
    first = next(iter(_pieces(stripped)), "")
    return bool(first) and _kind(first) in ("title", "company")


# "o Kite Band. Designed the site": a bullet drawn as a letter o by the PDF's text layer
_LETTER_BULLET = re.compile(r"^o\s+(?=[A-Z])")


def _listed_header(text: str, words: Sequence[str]) -> bool:
    """A long header listing its pieces between commas, capitalised and led by a title ("Day
    Care Teacher, The Growing Place, DeKalb, IL, April - August 20XX")."""
    if text.count(",") < 3 or text.endswith(".") or _capitals(words) < 0.75:
        return False
    first = next(iter(_pieces(text)), "")
    return bool(first) and len(first.split()) <= 6 and _kind(first) == "title"


def _header_part(text: str, ranges: Sequence[DateRange]) -> str:
    """A header line without the sentence its dates are followed by ("Senior Project Manager
    (2001-2004) - Promoted to manage ..." -> "Senior Project Manager (2001-2004)")."""
    end = ranges[-1].span[1]
    tail = text[end:]
    m = re.match(r"\s*\)?\s*(?:[-–—.:]\s+)(?=[A-Z])", tail)
    if m and len(tail.split()) > 2 and 2 <= len(text[: ranges[0].span[0]].split()) <= 8:
        return text[:end] + (")" if ")" in m.group() else "")
    # "Aug 2011 - Aug 2012. Assistant Program Manager. Developed radio playlists ...": dates,
    # the title as a sentence of its own, then what the job was
    led = m and m.group().strip() in (".", ":") and not text[: ranges[0].span[0]].strip()
    title = _DATED_TITLE.match(tail, m.end()) if led else None
    if title and len(title.group(1).split()) <= 6 and len(tail[title.end() :].split()) > 2:
        return text[:end] + " " + title.group(1)
    return text


_DATED_TITLE = re.compile(r"([A-Z][^.;:()]{1,60}?)\.\s+(?=[A-Z])")


_NO_WORDS = frozenset({"-", "–", "—", "|"})


def _anchor(text: str) -> list[DateRange]:
    ranges = [r for r in find_ranges(text) if r.end is not None]
    if not ranges:
        return []
    rest = _without_dates(_header_part(text, ranges), ranges)
    bullet = _BULLET.match(text)
    date_led = bullet is not None and ranges[0].span[0] <= bullet.end() + 1
    long_bullet = bullet and not date_led and len(rest.split()) > 6
    # (a dash between the words is no word: "Manager, Kite Media (USA) - Lotus Events Ltd")
    words = sum(1 for w in rest.split() if w not in _NO_WORDS)
    if words > 14 or (long_bullet and not _listed_bullet(rest)):
        return []
    return ranges


def _listed_bullet(text: str) -> bool:
    """A bullet listing a job between commas, led by its title ("- Research Scientist, Kite
    Institute, Advanced Research Unit, Helsinki, Finland, 8/2003 - 5/2004")."""
    if text.count(",") < 2:
        return False
    first = next(iter(_pieces(text)), "")
    return len(first.split()) <= 6 and _namey(first) and _kind(first) == "title"


# a legal form of continental Europe and Asia that ends a name alone on its line, in its own
# case ("Kite Communications AS", "Lotus Oy", "Orchid Sdn Bhd"): the folded legal words leave
# these out, since "as", "ab", "sa" are common words or state codes in lower case
_FOREIGN_LEGAL = frozenset(
    {"AS", "ASA", "AB", "Oy", "Oyj", "AG", "SA", "S.A", "BV", "B.V", "NV", "N.V", "SpA", "S.p.A"}
    | {"Srl", "SRL", "SARL", "SAS", "KG", "Bhd", "Tbk"}
)


def _foreign_legal_end(text: str) -> bool:
    """Whether the last word of a line of two words or more is such a legal form."""
    words = text.rsplit(None, 1)
    return len(words) == 2 and words[1].rstrip(".") in _FOREIGN_LEGAL and words[0][-1:].isalpha()


def _foreign_named(text: str) -> bool:
    """A line that is only a name ended by such a legal form: two to six capitalised words,
    one piece, no title."""
    return (
        2 <= len(text.split()) <= 6
        and _namey(text)
        and len(_pieces(text)) == 1
        and _kind(text) != "title"
    )


def _school_after(placed: str, text: str) -> str:
    """The school a placed line names after what was done there ("Student Teaching, Lane High
    School, Eugene, Oregon"): the first piece, neither a title nor a place of work, is the
    kind of work; else ``placed`` itself."""
    pieces = _pieces(text)
    if len(pieces) < 2 or pieces[0] != placed or not _named_school(pieces[1]):
        return placed
    if _kind(placed) is not None or words_re("institution_words").search(fold(placed)):
        return placed
    return pieces[1]


def company_lines(lines: Sequence[Line]) -> tuple[str, ...]:
    """Companies named on their own short lines of a work section ("Raffles Solutions Pvt.
    Ltd.", "Tata Communications Limited (TCL)"), whether or not a dated role uses them: the
    first piece of a header-like line that holds a legal form (Ltd, Inc, Corp, Công ty...), a
    name alone ended by a foreign legal form ("Kite Communications AS"), a name before its
    place ("Kite Labs, Austin, TX"), or a name alone on its line above a place line ("Kite
    Heart Association" / "Seattle, WA")."""
    out = []
    texts = [line.text.strip() for line in lines]
    for n, line in enumerate(lines):
        stripped = line.text.strip()
        text = _BULLET.sub("", stripped) if stripped[:1] in _BULLET_CHARS else stripped
        bulleted = len(text) != len(stripped)
        label, value = _labelled(text)
        if label not in (None, "company") or not _is_header_like(value):
            continue
        if label is None and not bulleted and _above_place(texts, n):
            out.append(_company(value.strip(_TRAIL)))  # "Kite Heart Association" / "Seattle, WA"
            continue
        ranges = [r for r in find_ranges(value) if r.end is not None]
        source = _without_dates(value, ranges) if ranges else value
        if label == "company":  # "Công ty: Sao Mai Media", "Employer: Kite Retail"
            first = next(iter(_pieces(source)), "")
            if first and not _not_company(first) and _company_shaped(first):
                out.append(_company(first))
            continue
        placed = _placed_name(source) if "," in source and not bulleted else None
        if not placed and ";" in source and not bulleted:
            # "Kite Hospital, Milford, CT; Registered Nurse": the job after the place
            placed = _placed_name(source.split(";", 1)[0])
        if placed:
            out.append(_company(_school_after(placed, source)))
            continue
        if _foreign_legal_end(source) and _foreign_named(source):
            out.append(_company(source.strip(_TRAIL)))  # "Kite Communications AS", "Lotus Oy"
            continue
        # every word of a piece is a whole word of the line it was cut from: a line without a
        # legal form's first word gives a first piece without one
        if not may_hold(list_gate("company_legal_words"), fold(source)):
            continue
        pieces = _pieces(source)
        # (a list number or "&" is no word: "3 KITE ENGINEERING & LOCOMOTIVE COMPANY LTD")
        if not pieces or sum(w[:1].isalpha() for w in pieces[0].split()) > 6:
            continue
        first = pieces[0]
        folded = fold(first)
        legal = _legal(folded)
        if not legal:
            continue
        rest = words_re("company_legal_words").sub(" ", folded)
        if not re.search(r"[^\W\d_]{2}", rest) or _kind(first) != "company":
            continue
        lower = [w for w in first.split() if w[:1].islower() and w not in _NAME_JOINERS]
        if _namey(first) and not lower and not words_re("title_heads").search(folded):
            out.append(_company(first))
    return tuple(name for name in out if name)


@cache
def _family_names() -> frozenset[str]:
    return frozenset(fold(name) for name in reading()["family_names"])


def _above_place(texts: Sequence[str], n: int) -> bool:
    """Whether line ``n`` is a name alone above a line naming only a place ("Kite Heart
    Association" / "Seattle, WA"): no title, date, heading or place itself."""
    following = texts[n + 1] if n + 1 < len(texts) else ""
    if not following or "," not in following or not _place_line(following):
        return False
    text = texts[n].strip(_TRAIL)
    words = text.split()
    if len(words) > 6 or any(ch.isdigit() for ch in text) or _pieces(text) != [text]:
        return False
    if any(not w[:1].isupper() for w in words if w not in _NAME_JOINERS):
        return False  # "Retail store" / "Sometown, ST": no name
    if words_re("address_words").search(fold(text)) or fold(words[0]) in _family_names():
        return False  # "Kite Road" / "Chicago, IL" (an address); "Trần Văn An" (a person)
    above = texts[n - 1] if n > 0 else ""
    if above and _is_header_like(above) and not _date_only(above) and _namey(above):
        return False  # (a header line above: the name is a part of that header)
    if _kind(text) == "title" or _not_company(text) or degree_level(text) or _place_only(text):
        return False
    return not find_points(fold(text))


# "Cambridge, MA", "East Lansing, MI (06/2008": a town and a state code, perhaps dates
_PLACE_LINE = re.compile(r"[A-Z][\w .'/-]{1,30},\s*[A-Z]{2}\b\.?(?:[\s(]*[\d/.\s–-]*\)?)?")


@per_document_cache
def _place_line(text: str) -> bool:
    """A line naming only a place: a town and a state code, state or country; before a
    Vietnamese province or city only a district ("Quận 1, TP.HCM", not "Lotus Traders, Hà
    Nội")."""
    if "," not in text:
        return False
    if _PLACE_LINE.fullmatch(text.strip()):
        return True
    town, _, region = text.strip(_TRAIL).partition(",")
    if len(town.split()) > 3 or "," in region or "(" in town or not _region(region):
        return False  # ("KITE GROUP (Sometown, TN)" names its employer before the place)
    region = region.strip(" .")
    if _STATE.fullmatch(region) or words_re("region_words").fullmatch(fold(region)):
        return True
    return words_re("district_words").match(fold(town).strip()) is not None


def _region_name(part: str) -> bool:
    """A state or a country written out and capitalised ("Colorado", "Saudi Arabia")."""
    part = part.strip(" .")
    return part[:1].isupper() and _regions_re().fullmatch(fold(part)) is not None


def _region(part: str) -> bool:
    """A state code ("TX") or a state or country written out ("Texas", "Canada")."""
    part = part.strip(" .")
    if _STATE.fullmatch(part):
        return True
    return part[:1].isupper() and _regions_re().fullmatch(fold(part)) is not None


# the dates ending a line after its place ("Spring 20XX", "Fall 2003", "April - August 20XX",
# "1982-84"): months or seasons, years (a template's "20XX" too), dashes
_PLACE_DATES = re.compile(
    r",?\s+(?:(?:spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?,?[\s–—-]*)*(?:19|20)[\dx]{2}(?:\s*[–—-]\s*(?:\d\d|(?:19|20)[\dx]{2}))?$",
    re.IGNORECASE,
)


def _placed_name(text: str) -> str | None:
    """The employer of a line "Name, City, ST" ("Harbor Freight Lines, Austin, TX"): a name
    followed by a place that ends with a state or a country; never a title, a date or a
    heading."""
    if text.endswith(")"):  # "Kite Systems, Austin, TX (a subsidiary of Lotus Group)"
        text = re.sub(r"\s*\([^()]*\)$", "", text)
    text = text.strip(_TRAIL)
    if " — " in text or " – " in text or " | " in text or "- " in text or ": " in text:
        text = re.sub(r"\s*[-:]\s+|\s+[—–|]\s+", ", ", text)  # "Kite Systems — Austin, TX"
    if text[-2:].isdigit() or text[-2:] in ("XX", "xx"):
        # "DeKalb High School, DeKalb, IL, Spring 20XX": the dates after the place
        text = _PLACE_DATES.sub("", text)
    last = text.rsplit(",", 1)[1].strip() if "," in text else ""
    if not last[:1].isupper() or len(last.split()) > 3 or not _region(last):
        return None  # (the cheap tests first: most lines end with no place)
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or not _namey(parts[-2]) or len(parts[-2].split()) > 3:
        return None
    if ";" in text or "&" in parts[-2] or " and " in parts[-2]:
        return None  # "Mumbai, Pune & Hyderabad, India" lists towns
    pieces = _pieces(text)
    if len(pieces) > 1 and len(parts) > 3 and pieces[0] == parts[0]:
        # "Sales Lead, Harbor Freight, Austin, TX"; "Adjunct, Kite University, Austin, TX": a
        # first piece without a company word before one with it names the job
        first_kind = _kind(pieces[0])
        dept = words_re("department_words").fullmatch(fold(pieces[0]))  # "Sales | BEST BUY"
        if first_kind == "title" or (
            first_kind is None and (dept or _kind(pieces[1]) == "company")
        ):
            pieces = pieces[1:]
    first = pieces[0] if pieces else ""
    if re.match(r"\d", first) and not re.match(r"(?:19|20)\d\d\b", first):
        return None  # "12 Harbor Street, Austin, TX" is an address
    first = _LEAD_WORDS.sub("", first)
    if not first or first not in text.rsplit(",", 2)[0] or len(first.split()) > 6:
        return None
    if len(first) < 4 or not _namey(first) or _kind(first) == "title":
        return None
    if any(ch.isdigit() for ch in first) and find_points(fold(first)):
        return None  # "Expected May 2014 | Ithaca, NY" is a date and a place
    if degree_level(first) and not words_re("school_words").search(fold(first)):
        return None  # "Bachelor of Arts, Boston, MA"; "Lane High School, Eugene, OR" employs
    return None if _not_company(first) else first


_FROM_TAIL = re.compile(r"(?<=\S)\s+(?:từ|from)$")


def _company(name: str | None) -> str | None:
    """An employer's name without words in front of it: "M/s." (Messrs.), a year or "Present"
    left over from the dates ("2009 Suncor Energy Inc", "M/s. ABC Limited")."""
    if not name or _MASKED.fullmatch(name.lower()):
        return None if name else name  # "XXXXXXXXXX": a name masked out of the CV
    if PHONE_RUN.search(name):
        return None  # "Cell 074 172 8137": a phone or an ID number, no name
    if name[:1].isdigit() and words_re("address_words").search(fold(name)):
        return None  # "124 Kite Hill Way": a street address
    bare = _COMPANY_LEAD.sub("", name)
    if bare != name and bare and _not_company(bare):
        return None  # "Present Company" names no employer
    if name[-1:].isdigit():  # "Eastern Lotus University. 1982-86", "Kite Energy 2014"
        bare = _COMPANY_YEARS.sub("", bare or name) or bare
    if name[-1:] in "ừm" and _FROM_TAIL.search(bare or name):
        # "Làm việc tại Công ty TNHH Sao Mai từ 03/2019 ...": the word before the dates
        bare = _FROM_TAIL.sub("", bare or name)
    if " in " in name:  # "Lotus Furniture in Florida": where, not part of the name
        head, _, place = (bare or name).rpartition(" in ")
        if head and _region_name(place):
            bare = head
    return bare or name


def placeholder_company(name: str) -> bool:
    """A template's stand-in ("Company Name", "Confidential") rather than a company."""
    return words_re("company_placeholders").search(fold(name)) is not None


def _undated(lines: Sequence[Line], texts: list[str]) -> tuple[Role, ...]:
    """Roles of a section without any date: each header line holding a title."""
    roles = []
    for k, text in enumerate(texts):
        if "@" in text or not _is_header_like(text):
            continue  # "Manager | Jane Roe | 404.555.0100 | jane@kite.com": a referee's contact
        pieces = _pieces(text)
        kinds = [_kind(p) for p in pieces]
        if "title" not in kinds:
            continue
        at = kinds.index("title")
        title = clean_title(pieces[at])
        if title and not _head_led_or_ended(title):
            continue  # "Staff Development & Training": a subject, no title
        if (
            title
            and at + 1 < len(pieces)
            and words_re("department_words").fullmatch(fold(pieces[at + 1]))
        ):
            title = f"{title} - {pieces[at + 1]}"  # "Sr. Executive - HR"
        company = pieces[kinds.index("company")] if "company" in kinds else None
        if company is None and title:
            # "Lead Android Engineer," / "Orchid Apps": a title line going on to the next
            beside = _company_beside(texts, [k + 1] if k + 1 < len(texts) else [])
            ends = text.endswith(",")
            company = beside if beside and (ends or _kind(beside) == "company") else None
        if company is None and title and len(pieces) > 1 and "," in text:
            company = _placed_name(text)  # "Waitress, Kite Steakhouse, Wayne, NE"
        if company is None and title and at == 0 and len(pieces) > 1:
            # "Volunteer: Jellop Primary School": a name after the title on its line
            found = _standalone_title(text)
            company = found[1] if found else None
        if company is None and title and k > 0:
            # "Golden Kite Co, Chicago" / "Piping Designer": the employer on the line above
            company = _undated_above(texts, k)
        intern = words_re("intern_words").search(fold(text)) is not None
        source = lines[k]
        evidence = Evidence(source.section, source.text, 0, len(source.text))
        roles.append(Role(title, company, None, None, intern, (), evidence))
    return tuple(roles)


# a template's year in either case ("20XX", "19xx")
_ANY_TEMPLATE_YEAR = re.compile(r"(?:19|20)(?:\d[Xx]|XX|xx)\b")


# a month and a year of two or four digits ("Nov. 09", "April 2010")
_SHORT_DATE = re.compile(r"[A-Za-z]{3,9}\.?\s*'?\d{2,4}")


def _dates_line(text: str) -> bool:
    """A line holding only dates, a template's years too ("March 20XX", "19xx to 19xx")."""
    if _date_only(text):
        return True
    return ("XX" in text or "xx" in text) and _date_only(_ANY_TEMPLATE_YEAR.sub("2000", text))


def _undated_above(texts: Sequence[str], k: int) -> str | None:
    """The employer named above the undated title line ``k``, perhaps above a dates line the
    reader cannot read ("Best Buy" / "July 20XX - present" / "Sales Associate"): a name with a
    company word, or a name alone on its line opening a block (no title line above it)."""
    row = k - 1
    while row > max(0, k - 3) and texts[row] and _dates_line(texts[row]):
        row -= 1
    if not texts[row] or texts[row][-1:] in ".,;:":
        return None
    above = _company_beside(texts, [row])
    if not above or _kind(above) == "company":
        return above
    if len(above.split()) < 2 or _SHORT_DATE.fullmatch(above):
        return None  # "Coventry" (a town), "Nov. 09" (a date)
    rest = texts[row].strip(_TRAIL).replace(above, "", 1).strip(_TRAIL)
    if rest and not _place_only(rest.strip("()")):
        return None
    before = next((t for t in reversed(texts[:row]) if t), "")
    if before and _is_header_like(before) and _kind(next(iter(_pieces(before)), "")) == "title":
        return None  # "Cashier" / "Kite Mart" / "Sales Associate": the job above's employer
    return above


def _unglue_ranges(texts: list[str]) -> None:
    """Put back the dash a PDF dropped between two years ("20042006", "2012Present" ->
    "2004 - 2006", "2012 - Present"), in place; the second year is never the earlier."""
    # (the cheap tests first: a line holding "19" or "20" whose glued range leads it or ends
    # it with a digit, or with "Present", "Current" or "Now" right after a digit)
    for i in [i for i, t in enumerate(texts) if "20" in t or "19" in t]:
        text = texts[i]
        if "/" in text and _GLUED_MONTHS.search(text):  # "Kite Oy, 6/200404/2006. Design ..."
            texts[i] = text = _GLUED_MONTHS.sub(r"\1 - \2", text)
        end = text.rstrip(".)") if text[-1:] in ".)" else text
        last = end[-1:]
        if not (
            text[:2] in _CENTURIES
            or last.isdigit()
            or (last in "tT" and end[-8:-7].isdigit())
            or (last in "wW" and end[-4:-3].isdigit())
        ):
            continue
        m = _GLUED.search(text)
        if m is None:
            continue
        end = m.group(2)
        if end.isdigit() and not 0 <= int(end) - int(m.group(1)) <= 60:
            continue
        texts[i] = f"{text[: m.start()]}{m.group(1)} - {end}{text[m.end() :]}"


def _join_split_ranges(texts: list[str]) -> None:
    """Join a range split over two lines ("January 2007" / "Till date") or three ("May 2015" /
    "to" / "February 2016") onto its first line, in place."""
    for i in range(len(texts) - 1):
        if not texts[i]:
            continue
        # "..., Ventura, CA, 2003 to" / "2007": the line ends with the range's "to"
        open_end = _OPEN_RANGE.search(texts[i]) if texts[i][-1:] in "-–—oO" else None
        head = texts[i][: open_end.start()] if open_end else texts[i]
        if not (_ends_with_date(head) or _short_date_line(texts[i])) or _anchor(texts[i]):
            continue
        following = [k for k in range(i + 1, min(len(texts), i + 5)) if texts[k]][:2]
        if following and _SEP_LINE.fullmatch(texts[following[0]]):
            skipped, following = following[:1], following[1:]
        else:
            skipped = []
        if not following:
            continue
        j = following[0]
        # "2012" / "Present Abengoa Solar, Project Manager": the end date leads the header
        led = not skipped and _date_only(texts[i]) and _starts_with_date(texts[j])
        if not (_date_only(texts[j]) or _short_date_line(texts[j])) and not led:
            continue
        ranges = [r for r in find_ranges(f"{head} - {texts[j]}") if r.end]
        if ranges and ranges[0].span[0] < len(head) < ranges[0].span[1]:
            texts[i] = f"{head} - {texts[j]}"
            for k in [*skipped, j]:
                texts[k] = ""


_OPEN_RANGE = re.compile(r"\s+(?:-|–|—|to)$", re.IGNORECASE)
# "4/29/08": a day's date with a two-digit year, read as a date only inside a range
_DAY_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2}")


def _short_date_line(text: str) -> bool:
    """A line holding only a day's date with a two-digit year ("4/29/08" / "3/27/09")."""
    return text[:1].isdigit() and "/" in text and _DAY_DATE.fullmatch(text.strip()) is not None


def _join_wrapped_month(texts: list[str]) -> None:
    """Join the year wrapped onto the next line after a range's last month ("Kite Media Ltd
    (Aug 2006 - Dec" / "2010)", "... from March 2000 to April" / "2002 as a Manager"), in
    place."""
    for i in range(len(texts) - 1):
        text, following = texts[i], texts[i + 1]
        if (
            not text[-1:].isalpha()
            or following[:2] not in _CENTURIES
            or not following[2:4].isdigit()
        ):
            continue
        if fold(text.rsplit(None, 1)[-1]).lstrip("(")[:3] not in _MONTH_HEADS:
            continue
        # the whole next line when it holds only dates, else only its leading year
        cut = len(following) if _date_only(following) else _LEAD_YEAR.match(following).end()
        joined = f"{text} {following[:cut]}"
        ranges = [r for r in find_ranges(joined) if r.end]
        if any(r.span[0] < len(text) < r.span[1] for r in ranges):
            texts[i], texts[i + 1] = joined, following[cut:].strip()


_LEAD_YEAR = re.compile(r"\d{4}\)?[.,;]?")
_MONTH_HEADS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)


def _labelled_roles(
    lines: Sequence[Line], texts: list[str], labels: dict[int, str], used_rows: set[int]
) -> list[dict]:
    """Undated roles from "Designation: X" lines no dated role has used."""
    roles = []
    for k, label in labels.items():
        if label != "title" or k in used_rows or not texts[k]:
            continue
        company = None
        for back in range(k - 1, max(-1, k - 4), -1):
            if labels.get(back) == "company" or (texts[back] and _kind(texts[back]) == "company"):
                company = next(iter(_pieces(texts[back])), None)
                break
        pieces = _pieces(texts[k])
        roles.append(
            {
                "title": pieces[0] if pieces else texts[k],
                "company": company,
                "start": None,
                "end": None,
                "internship": words_re("intern_words").search(fold(texts[k])) is not None,
                "lines": (),
                "evidence": Evidence(lines[k].section, lines[k].text, 0, len(lines[k].text)),
                "rows": (k,),
            }
        )
    return roles


def labelled_title(text: str) -> str | None:
    """The title a labelled line names ("Role: Team Leader", "- Vị trí: Trưởng nhóm"), or
    None: a label before a task ("Role: Built the Flash UI") or no label at all."""
    text = _BULLET.sub("", text) if text[:1] in _BULLET_CHARS else text
    label, value = _labelled(text.strip())
    if label != "title" or not value:
        return None
    first = next(iter(_pieces(value)), "")
    cut = _inner_dates_label_re().search(first)
    first = first[: cut.start()].strip() if cut else first  # "HR Trainee Duration: 6 weeks"
    if not first or _kind(first) != "title" or _award(first) or degree_level(first):
        return None
    title = clean_title(first)
    return title if title and _head_led_or_ended(title) else None


@cache
def _inner_dates_label_re() -> re.Pattern[str]:
    """A capitalised dates label inside a labelled value, where a table's next column begins
    ("Position: HR Trainee Duration of Training – 6 weeks")."""
    labels = sorted(
        (w[:1].upper() + w[1:] for w in reading()["role_labels"]["dates"]), key=len, reverse=True
    )
    return re.compile(r"\s(?:" + "|".join(re.escape(w) for w in labels) + r")\b")


def _unit_below(
    texts: list[str], title: str, row: int, header: Sequence[int], own: Sequence[str]
) -> str | None:
    """The unit a bare title on a line of its own heads, named on the next header line
    ("Director" / "Office of Sponsored Research", "Manager" / "Marketing & Tea Trade"); ``own``
    are the pieces of the role's dated line."""
    if row + 1 >= len(texts) or texts[row].strip(_TRAIL) != title or not _bare_title(title):
        return None
    below = row + 1
    if below not in header or not texts[below]:
        return None
    dated = bool(_anchor(texts[below]))
    first = own[0] if dated and own else next(iter(_pieces(texts[below])), "")
    if not first or len(first.split()) > 6 or not _namey(first) or _kind(first) == "title":
        return None
    folded = fold(first)
    if _legal(folded):
        return None
    areas = (words_re(key).search(folded) for key in ("department_words", "title_area_words"))
    return first if _UNIT_LEAD.match(first) or any(areas) else None


# the first words of a unit of an organisation ("Office of Research", "Division of Health")
_UNIT_LEAD = re.compile(r"(?:Office|Division|Department|Dept\.?|Bureau|Unit|Centre|Center)\b")


def _title_below(texts: list[str], start: int, stop: int, row: int) -> tuple[int, str | None]:
    """(row, title) of the first short title line below a role's header, before the next role
    ("Company" / "dates" / a line about the company / "Executive HR & Admin"), else (row, None)."""
    for k in range(start, min(stop, start + _TITLE_REACH)):
        text = texts[k]
        if not text or _BULLET.match(text) or len(text.split()) > 7 or text.endswith(":"):
            continue
        if not _is_header_like(text):
            continue
        pieces = _pieces(text)
        if pieces and _kind(pieces[0]) == "title" and not degree_level(pieces[0]):
            title = clean_title(pieces[0])
            if title and _head_led_or_ended(title) and not _award(title):
                # "CEO, HR Manager": the titles the line starts with
                run = _title_run(text, pieces)
                more = [clean_title(p) or p for p in pieces[1:run]]
                return k, " / ".join([title, *more])
    first = next((k for k in range(start, stop) if texts[k]), None)
    title = _lead_title(texts[first]) if first is not None else None
    return (first, title) if first is not None and title else (row, None)


_LEAD_CUT = re.compile(r"[;:,(]|\s[-–—]\s")


# "the" after a word that is no preposition ("Lead the development", "Court and the"): a verb
# and its object or two phrases joined, never one title ("Assistant to the Dean" is one)
_THE_AFTER_WORD = re.compile(
    r"(?<![\w-])(?!(?:of|to|in|for|at|on|with|under|by|from)\s)[a-z]+\s+the\s"
)


# a body named for its field or members anywhere in a piece ("American College of Surgeons",
# "Search Committee for Dean")
_BODY_OF = re.compile(
    r"\b(?:center|centre|institute|bureau|council|association|society|academy|ministry|school"
    r"|college|faculty|committee|federation|chamber)\s+(?:of|for)\s"
)


def _body_named(piece: str) -> bool:
    """A piece naming a body, no title: a body word before "of" or "for" with no title head
    word in front of it ("American College of Health Care Executives", "Search and Screen
    Committee for Dean"); "Dean of the School of Law" and "Webmaster for Kite School of Arts"
    are titles."""
    folded = fold(piece)
    body = _BODY_OF.search(folded)
    return body is not None and not any(_head_word(w) for w in folded[: body.start()].split())


def _award(text: str) -> bool:
    """A line or piece naming an award ("Employee of the Month", "Dean's List")."""
    return words_re("award_words").search(fold(text)) is not None


def _lead_title(text: str) -> str | None:
    """The title a role's first description line starts with ("- Principal Consultant with
    direct experience ...", "Senior Project Engineer. Responsible for ..."): its capitalised
    words up to the first lower-case one, holding a title head word."""
    text = _BULLET.sub("", text) if text[:1] in _BULLET_CHARS else text
    if not text[:1].isupper() or (":" in text and _FACT.match(text)):
        return None
    segment = _LEAD_CUT.split(text, maxsplit=1)[0]
    stop = _SENTENCE_STOP.search(segment) if ". " in segment else None
    segment = segment[: stop.start()] if stop else segment
    words: list[str] = []
    for word in segment.split():
        if not (word[:1].isupper() or word in _TITLE_JOINERS):
            break
        words.append(word)
    if len(words) > 1 and words[-1] == "of" and segment != text:
        words = _lower_field(segment, words)
    while words and words[-1] in _TITLE_JOINERS:
        words.pop()
    if len(words) > 1 and words[1] == "the":
        return None  # "Assisted the Healthy Eating Specialist": a verb and its object
    if not words or len(words) > 7:
        return None
    title = clean_title(" ".join(words).strip(_TRAIL))
    if not title or _kind(title) != "title" or degree_level(title) or _award(text):
        return None
    if not _head_led_or_ended(title):
        return None
    if segment == " ".join(words) and text[len(segment) : len(segment) + 1] == ",":
        # "- NRC Nuclear Engineer, Reactor Inspector, Senior Resident Inspector": each title
        pieces = _pieces(text)
        run = _title_run(text, pieces) if pieces and pieces[0] == segment else 1
        title = " / ".join([title, *(clean_title(p) or p for p in pieces[1:run])])
    return title


def _lower_field(segment: str, words: list[str]) -> list[str]:
    """The words of a title whose field after "of" is written in lower case, up to the comma
    ending it ("Negotiator of air transport agreements, Kite Aviation"): a few words that are
    neither verbs' forms nor small words; else the capitalised words before "of"."""
    rest = segment.split()[len(words) :]
    if not 1 <= len(rest) <= 4 or not _head_word(fold(words[-2]).strip(".,")):
        return words
    if any(not w.isalpha() or not w.islower() or _LOOSE_END.search(f"x {w}") for w in rest):
        return words
    return [*words, *rest]


@cache
def _title_gate() -> frozenset[str] | None:
    """First words of every title head word (a line holding none cannot name a title)."""
    heads = [*reading()["title_heads"], *reading()["more_title_heads"]]
    return first_words(heads)


@cache
def _generic_re() -> re.Pattern[str]:
    """One or more words naming a kind of business ("Technologies", "Media & Communications")."""
    word = phrase_pattern(reading()["generic_company_words"])
    return re.compile(rf"{word}(?:[\s,]+{word})*")


@cache
def _personal_label_re() -> re.Pattern[str]:
    """The labels of personal details (reading.yaml's personal_labels)."""
    labels = [w for group in reading()["personal_labels"].values() for w in group]
    return re.compile(phrase_pattern(labels))


@per_document_cache
def _not_company(piece: str) -> bool:
    """A piece that cannot name an employer: a date ("August 2014"), a duration ("1 Year 3
    Months"), a section heading ("Awards", "Reference"), a country or state ("Vietnam") or a
    word of headline.yaml's not_company_words ("During", "Responsibilities")."""
    folded = fold(piece).strip()
    if words_re("not_company_words", HEADLINE).fullmatch(folded) or _DURATION_PIECE.fullmatch(
        folded
    ):
        return True
    if _regions_re().fullmatch(folded):
        return True  # "Vietnam", "Texas": a place, no name
    if _personal_label_re().fullmatch(folded):
        return True  # "Date of Birth", "Quê quán": a label of the candidate's own details
    if len(folded.split()) <= 3 and words_re("district_words").match(folded):
        return True  # "Quận 1", "District 7": a part of a town
    if _generic_re().fullmatch(folded):
        return True  # "Technologies", "Consulting": a kind of business, no name
    if may_hold(list_gate("award_words"), folded) and words_re("award_words").search(folded):
        return True  # "Best Overall Company in Mobile Award": an award, not an employer
    if may_hold(list_gate("membership_words"), folded) and words_re("membership_words").search(
        folded
    ):
        return _legal(folded) is None  # "Student Computing Team", "Phi Club"
    if any(ch.isdigit() for ch in folded) and find_points(folded) and _date_only(piece):
        return True
    return len(folded) <= 60 and heading_name(piece) is not None


def _listing(text: str) -> bool:
    """A line listing four or more short names between commas, none a title and no place
    among them ("Javascript, Java, JSP, Struts", "Alpha Foods, Kite Apparel, Lotus, Acme").
    A header lists its title first or ends with a state or a country."""
    if text.count(",") < 3:
        return False
    parts = [p.strip(_TRAIL) for p in text.split(",")]
    parts = [p for p in parts if p]
    if len(parts) < 4 or any(len(p.split()) > 4 for p in parts):
        return False
    return not any(_region(p) or _kind(p) == "title" for p in parts)


def _place_only(text: str) -> bool:
    """A line naming only where a job was: "Singapore", "Rotterdam, The Netherlands",
    "Bourbonnais, IL", "Quận 1, TP.HCM"."""
    text = text.strip(_TRAIL)
    if not text or len(text.split()) > 5:
        return False
    if "," in text:
        return _place_line(text) or bool(_CITY_STATE.fullmatch(text))
    return _regions_re().fullmatch(fold(text)) is not None


def _named_alone(
    texts: Sequence[str], name: str | None, i: int, loose: Sequence[tuple[int, str]]
) -> bool:
    """Whether an untitled role's loose piece ``name`` is a capitalised name of two or more
    words alone on a line next to the dates line ``i``, perhaps with its place ("2012 -
    Present" / "Lehman Brothers"; "Kite Law Centre - Chelmsford" / "June 2010 - Present")."""
    row = next((r for r, p in loose if p == name), None)
    if not name or row is None or len(loose) > 2 or abs(row - i) > 2:
        return False
    text = texts[row]
    if row == i:  # "March 2012 - present Kite Confectionery Store": the dates, then the name
        text = text.replace(name, "", 1) if text.endswith(name) else ""
        if not text or not _date_only(text):
            return False
        text = name
    words = name.split()
    if ":" in text or text.endswith(".") or len(words) < 2 or len(words) > 6:
        return False
    if any(w[:1].islower() and w not in _NAME_JOINERS for w in words):
        return False  # "Achieve and Smart-Kids Facebook pages" is what was made
    above = texts[row - 1] if 0 < row != i else ""
    if len(above.split()) > 8 and above[-1:] not in ".:":
        return False  # "... for clients such as Checkers, Spier" / "Wine Estate, Lotus Market"
    rest = text.replace(name, "", 1).strip(_TRAIL)
    others = [p for r, p in loose if p != name]
    return not rest or _place_only(rest) or rest in others  # ("Kite Bank, Melbourne")


def _running_name(texts: Sequence[str], row: int, piece: str) -> bool:
    """A person's name alone on a line that recurs in the list above another name ("Jane Roe"
    atop each page, then "KITECOLOR")."""
    words = piece.split()
    if texts[row].strip(_TRAIL) != piece or not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    # (above another name: an employer repeated for a second job heads its own title or dates)
    below = texts[row + 1] if row + 1 < len(texts) else ""
    first = next(iter(_pieces(below)), "") if _is_header_like(below) else ""
    if not first or _kind(first) == "title" or find_points(fold(below)) or _place_line(below):
        return False  # ("Lotus Bay" / "Springfield, IL" / "Counselor, 2016 - 2018")
    # (each time on a line of its own: not the end of a sentence wrapped from the line above)
    again = [k for k, t in enumerate(texts) if t == texts[row] and not _sentence_above(texts, k)]
    return len(again) >= 2


def _sentence_above(texts: Sequence[str], row: int) -> bool:
    """Whether the line above ``row`` is a long sentence going on below it (no full stop)."""
    above = texts[row - 1] if row > 0 else ""
    return len(above.split()) > 6 and above[-1:] not in ".!?" and not _is_header_like(above)


def _wrapped_tail(texts: Sequence[str], row: int) -> bool:
    """Whether line ``row`` carries on a list wrapped from the long line above: that line is
    no header and ends with a comma, or is a labelled list ("Clients: Ecover, Imperial") that
    stops without a full stop."""
    above = texts[row - 1] if row > 0 else ""
    if len(above.split()) <= 8 or _is_header_like(above):
        return False
    return above.endswith(",") or (":" in above[:40] and above[-1:].isalpha())


def _wrapped_name(texts: Sequence[str], row: int, piece: str) -> str:
    """An employer's name with its part wrapped to the next line ("MINISTRY OF LABOUR" / "AND
    INDUSTRIAL RELATIONS", "Teacher, Kite English" / "School, Athens") or begun on the line
    above ("Kite Lotus" / "& Associates")."""
    text = texts[row].strip(_TRAIL)
    if row > 0 and text.startswith(piece) and _JOINED_START.match(piece):
        above = texts[row - 1].strip(_TRAIL)
        if (
            above
            and len(above.split()) <= 4
            and _namey(above)
            and _pieces(above) == [above]
            and _kind(above) is None
            and not find_points(fold(above))
        ):
            return f"{above} {piece}"
    if row + 1 < len(texts) and text.endswith(piece):
        below = texts[row + 1].strip()
        first = next(iter(_pieces(below)), "")
        if not first or not below.startswith(first) or _kind(first) == "title":
            return piece
        words = first.split()
        joined = _JOINED_START.match(first) and len(words) <= 5 and _namey(first)
        ended = (
            len(words) <= 2
            and all(w[:1].isupper() for w in words)
            and _NAME_END.fullmatch(fold(words[-1])) is not None
        )
        if joined or ended:
            return f"{piece} {first}"
    return piece


# a name's part that carries on from the line above ("& Associates", "AND INDUSTRIAL RELATIONS")
_JOINED_START = re.compile(r"(?:&|and|of|for)\s", re.IGNORECASE)
# the kind word ending a name wrapped after its first words ("School", "Community College")
_NAME_END = re.compile(r"school|college|academy|systems|associates|partners")


def _named_school(piece: str) -> bool:
    """A school named before its kind ("Lane High School", "Kite Secondary School"): a place
    of work, where "High School" or "Senior High School" alone is a level of education."""
    words = piece.split()
    if len(words) < 3 or words[-1].lower() != "school" or not words[0][:1].isupper():
        return False
    head = " ".join(words[:-2])
    rank = words_re("title_rank_words").fullmatch(fold(head))
    return rank is None and degree_level(head) is None


def _company_beside(texts: list[str], rows: Sequence[int]) -> str | None:
    """A company named alone on a line next to a role's title or dates ("Student Teacher" /
    "Rising Star Elementary, Lenexa, KS"): the first piece, shaped like a name, not a title,
    a place ("Bourbonnais, IL"), a date or a stand-in."""
    for k in rows:
        text = texts[k]
        if not text or _BULLET.match(text) or _dates_line(text):
            continue
        if (_CITY_STATE.fullmatch(text) or _place_line(text)) and not _legal(fold(text)):
            continue  # "Bourbonnais, IL", "Costa Mesa / Sacramento, CA", but "Golden Kite Co,
            # Chicago" names its employer
        # "Kite Global Research, UX Center of Excellence | San Francisco Bay Area, US": a long
        # line whose place follows a bar is a header too
        placed = " | " in text and _place_only(text.rsplit(" | ", 1)[1])
        named = _namey(text.rsplit(" | ", 1)[0] if placed else text)
        if not (_is_header_like(text) or placed) or not named or _listing(text):
            continue  # ("Review, amendment and repeal of ..." goes on as a sentence)
        pieces = _pieces(text)
        first = pieces[0] if pieces else ""
        if not first or len(first.split()) > 6 or _kind(first) == "title":
            continue
        if degree_level(first) and not _named_school(first):
            continue
        if words_re("department_words").fullmatch(fold(first)):
            continue  # "IT - Software Systems & Telecom": a department, no name
        if _company_shaped(first) and not _not_company(first):
            return first
    return None


def _named_before(
    pieces: Sequence[tuple[int, str]], kinds: Sequence[str | None], texts: Sequence[str], i: int
) -> bool:
    """Whether a line above a dated title holds a name alone, with no title or company word,
    above a place line: the employer, so the header below the dates starts the next job."""
    titled = {row for (row, _p), kind in zip(pieces, kinds, strict=True) if kind == "title"}
    for (row, piece), kind in zip(pieces, kinds, strict=True):
        if row >= i or kind is not None or not _namey(piece) or _place_line(texts[row]):
            continue
        if row + 1 < i and _place_only(texts[row + 1]):
            return True
        if row + 1 in titled and texts[row].strip(_TRAIL) == piece:
            return True  # "Channel 9 Station" / "Marketing Intern" / "Houston, TX" / dates
    return False


def _beyond_place(texts: Sequence[str], rows: Sequence[int], header: Sequence[int]) -> list[int]:
    """The rows past a place line next to a role's header, away from the header: "Kite
    College" / "Austin, TX" / "Director" names its employer above its place, "Student
    Teacher" / "Austin, TX" / "Lane High School" below it."""
    out = []
    for k in rows:
        if _place_only(texts[k]):
            out.append(k - 1 if k < min(header) else k + 1)
    return [k for k in out if 0 <= k < len(texts) and k not in rows and k not in header]


_PHONE = re.compile(r"\d{3}[-.\s)]{1,2}\d{4}")
# words no title holds: "Also a volunteer", "Worked with the editor", "Reported to director"
_NOT_IN_TITLE = frozenset({"the", "a", "an", "as", "to", "from", "by", "with", "for", "my", "our"})


def _plain_title(text: str) -> bool:
    """A line of up to four words in sentence case ending in a title head word ("Shift
    leader", "Graphic designer/Web developer"), no verb or small word in it ("Trained new
    staff", "Also a volunteer")."""
    words = fold(text).replace("/", " ").split()
    if not 1 < len(words) <= 4 or not text[:1].isupper():
        return False
    if not words_re("title_heads").fullmatch(words[-1]) or words_re("bullet_verbs").match(words[0]):
        return False
    qualifiers = words_re("headline_qualifiers", HEADLINE)
    return not any(
        w in _NOT_IN_TITLE or (w.endswith("ed") and not qualifiers.fullmatch(w)) for w in words
    )


@per_document_cache
def _standalone_title(text: str) -> tuple[str, str | None] | None:
    """(title, company or None) of a line that is only a job title ("ASSISTANT RESTAURANT
    MANAGER", "Staff Counselor") or a title and its employer ("Cashier, Whole Foods Market")."""
    bullet = _BULLET.match(text) if text[:1] in _BULLET_CHARS else None
    if bullet:  # "- Lecturer in Law, Kenyatta University": a list of jobs
        short = "," in text and len(text.split()) <= 11
        found = _standalone_title(text[bullet.end() :]) if short else None
        return found if found and found[1] else None
    if not text or not (text[0].isupper() or text[0].isdigit()) or text.endswith((":", ",")):
        return None  # (a title line starts capitalised; the cheap tests go first)
    if len(text.split()) > 10:
        return None
    folded = fold(text)
    if not may_hold(_title_gate(), folded):
        return None  # no word of the line starts a title head word
    if "@" in text or _PHONE.search(text):
        return None  # "Supervisor | Jane Roe | 555.010.1234": a referee's contact line
    if not _is_header_like(text) or words_re("not_title_leads", HEADLINE).match(folded):
        return None
    if words_re("award_words").search(folded):
        return None  # "Best Account Manager Award 2019" is an award, not a job
    stop = _SENTENCE_STOP.search(text) if ". " in text else None
    if stop and words_re("title_heads").search(fold(text[: stop.start()]).split(" ")[-1]):
        text = text[: stop.start()]  # "Senior Litigation Paralegal. Assigned to the office of"
    # "May 2007: Volunteer Assistant", "SALES MANAGER (19XX": dates are no title or employer
    pieces = [p for p in _pieces(text) if not _TEMPLATE_YEAR.fullmatch(p)]
    while len(pieces) > 1 and any(ch.isdigit() for ch in pieces[0]) and _date_only(pieces[0]):
        pieces = pieces[1:]
    # "Student Teacher, Spring 2016": a date point after the title (no range to anchor a role)
    while len(pieces) > 1 and any(ch.isdigit() for ch in pieces[-1]) and _date_only(pieces[-1]):
        pieces = pieces[:-1]
    if pieces and _kind(pieces[0]) != "title":
        return _employer_first(text, pieces)
    if not pieces or len(pieces) > 4:
        return None
    # English titles are capitalised; Vietnamese ones are written "Nhân viên bán hàng"
    led = not pieces[0].isascii() and words_re("title_heads").match(fold(pieces[0]))
    if not _namey(pieces[0]) and not led and not (len(pieces) == 1 and _plain_title(text)):
        return None
    if _degree_not_title(pieces[0]) or (len(pieces) == 1 and len(text.split()) > 6):
        return None
    title = clean_title(pieces[0])
    if title is None or not _head_led_or_ended(title):
        return None
    company = None
    if len(pieces) > 1:
        second = pieces[1]
        if words_re("department_words").fullmatch(fold(second)):
            return f"{title} - {second}", None  # "Coordinator - HR"
        named = _kind(second) is None or (_kind(second) == "company" and not _legal(fold(second)))
        if named and _area_of(text, pieces[0], second):
            return f"{title}, {second}", None  # "VP, SALES AND MARKETING", "Director, Social Media"
        if _kind(second) is None and _DIVISION.search(second) and len(second.split()) <= 4:
            if _department_after(second) or _intern_only(title):
                return title, None  # "Intern, Antidumping Division": where, not what
            return f"{title}, {second}", None  # "SALES MANAGER, CONSUMER DIVISION"
        if f"({second}" in text and words_re("intern_words").search(fold(second)):
            return title, None  # "Hardware Engineer (Summer Intern)": the kind of the job
        if len(pieces) == 2 and words_re("intern_words").fullmatch(fold(second)):
            return title, None  # "Software Design Engineer, Intern"
        if f"({second}" in text and (not _company_shaped(second) or _kind(second) is None):
            # "Substitute Teacher (part-time, 2004)", "HR Analyst (Banking and Insurance
            # Segment)": a note in brackets; "Engineer (Kite Corp)" names the employer
            return title, None
        if _region_name(second):
            return title, None  # "ACCOUNTANT, SAUDI ARABIA": where, not who
        third = pieces[2] if len(pieces) > 2 else ""
        if (
            _kind(second) == "title"
            and third
            and _kind(third) != "title"
            and _company_shaped(third)
            and not _not_company(third)
            and _second_title(text, pieces[0], second)
        ):
            # "Cashier, Healthy Eating Ambassador - Kite Foods": two titles, then the employer
            return f"{title} / {clean_title(second) or second}", third
        if _kind(second) == "title" or not _company_shaped(second) or _not_company(second):
            return None
        company = second
    return title, company


_TITLE_LEAD = re.compile(r"^([^:;,()]{2,60}?)(?::|\s[-–—]\s)\s*(?=\S)")


@per_document_cache
def _titled_sentence(text: str) -> tuple[str, None] | None:
    """(title, None) of a line led by a title, then a colon or a dash and what the job was
    ("Director of Personnel: Instrumental in ...", "Vice President of Operations - Took ...")."""
    if not text[:1].isupper() or (":" not in text and " - " not in text and " – " not in text):
        return None
    m = _TITLE_LEAD.match(text)
    if not m or len(text[m.end() :].split()) < 3:
        return None
    lead = m.group(1).strip()
    if len(lead.split()) > 6 or not _namey(lead) or _kind(lead) != "title":
        return None
    if _PHONE.search(text):
        return None  # "Supervisor: Jane Roe (555-0100)" names a referee
    folded = fold(lead)
    if _degree_not_title(lead) or words_re("not_title_leads", HEADLINE).match(folded):
        return None
    if words_re("award_words").search(folded) or (":" in text and _FACT.fullmatch(text)):
        return None
    if _labelled(text)[0] or _client_label_re().fullmatch(folded):
        return None  # "Position: Sales Executive" is a label, "Key Clients: ..." a list
    title = clean_title(lead)
    return (title, None) if title and _head_led_or_ended(title) else None


@per_document_cache
def _piece_ends_as_title(piece: str) -> bool:
    """_head_led_or_ended of a header piece once cleaned (header pieces repeat in a CV)."""
    return _head_led_or_ended(clean_title(piece) or piece)


def _employer_first(text: str, pieces: Sequence[str]) -> tuple[str, str] | None:
    """(title, employer) of a line "Employer, Title, Town, ST" ("Kite Diner, Waiter, Austin,
    TX"): a name, then a title, then only a place (a town before its state is no piece)."""
    if len(pieces) != 2 or "," not in text or _kind(pieces[1]) != "title":
        return None
    last = text.rstrip(_TRAIL).rpartition(",")[2]
    if not _region(last) or not _namey(pieces[1]) or _degree_not_title(pieces[1]):
        return None
    employer = pieces[0]
    if _kind(employer) is not None and _kind(employer) != "company":
        return None
    if not _company_shaped(employer) or _not_company(employer) or len(employer.split()) > 6:
        return None
    title = clean_title(pieces[1])
    return (title, employer) if title and _head_led_or_ended(title) else None


# an associate degree ("Associate in Applied Science", "Associate's of Arts"); "Associate in
# Consulting" is rare enough to read as a degree too
_ASSOCIATE_DEGREE = re.compile(r"(?i:associate(?:'s)?\s+(?:in|of))\s+[A-Z]")


def _degree_not_title(piece: str) -> bool:
    """A degree ("Master of Science", "Executive MBA"), not a title that holds a degree's words
    and ends with its head word ("High School Teacher", "Master Trainer")."""
    if piece[:9].lower() == "associate" and _ASSOCIATE_DEGREE.match(piece):
        return True  # "Associate in Automotive Technology", "Associate of Arts": a degree
    if not degree_level(piece):
        return False
    last = fold(piece).split()[-1:]
    return not (last and _head_word(last[0]))


def _loose_roles(
    lines: Sequence[Line], texts: list[str], used_rows: set[int], titled: set[str]
) -> list[dict]:
    """Undated roles from title lines that no dated role has used ("Customer Service
    Associate" above a role whose dates are missing or misplaced)."""
    roles = []
    for k, text in enumerate(texts):
        if k in used_rows:
            continue
        if text[:1] == ":":  # ": Lead Data Analyst" (a table's label column lost)
            text = text.lstrip(": ")
        elif ": " in text[:28]:  # "Early Career: Manager of Planning, Kite Corp"
            text = _without_period_label(text)
        elif text[:1] == "[" and text.endswith("]"):  # "[Research Intern]"
            text = text[1:-1].strip()
        found = _standalone_title(text) or _titled_sentence(text) or _bracket_label(text)
        if found is None or fold(found[0]) in titled:
            continue
        title, company = found
        if company is None:  # "Công ty CP XYZ" / "Nhân viên bán hàng"
            beside = [n for n in (k - 1, k + 1) if 0 <= n < len(texts) and n not in used_rows]
            company = _company_beside(texts, beside)
            company = company if company and _kind(company) == "company" else None
            if company is None and k > 1 and k - 2 not in used_rows and _place_only(texts[k - 1]):
                # "CNBC ASIA" / "Singapore" / "Senior Producer": the employer above its place
                company = _company_beside(texts, [k - 2])
        titled.add(fold(title))
        roles.append(
            {
                "title": title,
                "company": company,
                "start": None,
                "end": None,
                "internship": words_re("intern_words").search(fold(text)) is not None,
                "lines": (),
                "evidence": Evidence(lines[k].section, lines[k].text, 0, len(lines[k].text)),
                "rows": (k,),
            }
        )
    return roles


def _without_period_label(text: str) -> str:
    """A line without the label of a career period leading it ("Early Career: Manager")."""
    label, _, rest = text.partition(": ")
    if rest and words_re("career_period_labels").fullmatch(fold(label).strip()):
        return rest.strip()
    return text


def _date_column(texts: Sequence[str], anchor_rows: set[int]) -> dict[int, int]:
    """{dates row: header row} for a table written column by column: two or more header
    lines each led by a title ("Project Manager - Kite Ltd" / "Developer - Kite Ltd"), then as
    many lines holding only their dates ("2001 to 2002" / "1999 to 2001"), in the same order."""
    out: dict[int, int] = {}
    # (the cheap test first: two anchors with only blank lines between them)
    ordered = sorted(anchor_rows)
    if not any(
        not any(texts[j] for j in range(a + 1, b))
        for a, b in zip(ordered, ordered[1:], strict=False)
    ):
        return out
    rows = [k for k, t in enumerate(texts) if t]
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end] in anchor_rows and _date_only(texts[rows[end]]):
            end += 1
        run = end - start
        if run < 2:
            start = end + 1
            continue
        heads = rows[max(0, start - run) : start]
        # (the columns are as long as each other: no title line above, no date line below)
        above = texts[rows[start - run - 1]] if start - run > 0 else ""
        below = texts[rows[end]] if end < len(rows) else ""
        if (above and _titled_line(above)) or (below and _date_only(below)):
            start = end
            continue
        # (each head a header line, most of them led by a title word: "Songwriter, Kite LLC")
        if (
            len(heads) == run
            and all(k not in anchor_rows and _is_header_like(texts[k]) for k in heads)
            and sum(_titled_line(texts[k]) for k in heads) * 2 > run
        ):
            out.update(zip(rows[start:end], heads, strict=True))
        start = end
    return out


def _titled_line(text: str) -> bool:
    """A header line led by a title ("Project Manager - Kite Ltd, Bangalore")."""
    return (
        _is_header_like(text)
        and not _BULLET.match(text)
        and _kind(next(iter(_pieces(text)), "")) == "title"
    )


def _bracket_label(text: str) -> tuple[str, str | None] | None:
    """(title, employer or None) of a line "Employer (Designation: Title)"."""
    if not text.endswith(")") or ":" not in text or text[:1] == "(":
        return None
    cut = text.rfind("(")
    label, value = _labelled(text[cut:])
    title = clean_title(value) if label == "title" and value else None
    if title is None or _kind(title) != "title":
        return None
    employer = text[:cut].strip(_TRAIL)
    named = employer and _company_shaped(employer) and not _not_company(employer)
    return title, employer if named and len(employer.split()) <= 6 else None


def _drop_listed_names(roles: list[dict], texts: Sequence[str]) -> None:
    """No company for a run of three or more dated lines written one under the other, each a
    name and its dates, with no title and nothing between them ("Operating Systems (1998)" / "Decision Support Systems
    (1999-2000)"...): courses taught or bodies served on, listed; a legal form stays; in
    place."""
    run: list[dict] = []
    for role in [*roles, None]:
        follows = (
            role is not None
            and run
            and _listed_alone(role)
            and not any(texts[k] for k in range(max(run[-1]["rows"]) + 1, min(role["rows"])))
        )
        if follows:
            run.append(role)
            continue
        if len(run) >= 3:
            for listed in run:
                if listed["company"] and not _legal(fold(listed["company"])):
                    listed["company"] = None
        run = [role] if role is not None and _listed_alone(role) else []


def _listed_alone(role: dict) -> bool:
    """A dated role with no title, read from its dates line alone."""
    return role["title"] is None and role["start"] is not None and len(role["rows"]) == 1


def _slash_employer(named: str, title: str | None) -> str | None:
    """The employer written after a title and a slash before a town ("Intern Engineer / Kite,
    Rennes"): the one word clean_title dropped from the title, capitalised like a name."""
    first, _, word = named.rpartition("/")
    word = word.strip(_TRAIL)
    if not title or title != first.strip(_TRAIL) or not word[:1].isupper() or " " in word:
        return None
    folded = fold(word)
    if words_re("employment_type_words").fullmatch(folded) or _not_company(word):
        return None
    if words_re("headline_status_tails", HEADLINE).fullmatch(folded):
        return None  # "Developer / Freelance, Paris": how, not for whom
    return word if len(word) > 1 else None


def _led_employer(named: str, title: str) -> str | None:
    """The employer written in front of a title and cut from it ("Kite University Lecturer",
    "Kite Media as a Content Coordinator" -> "Kite University", "Kite Media")."""
    if not named.endswith(title) or _HELD_LEAD.match(named):
        return None  # ("Joined as a Trainee Executive": the words stating the title held)
    head = named[: -len(title)].strip(_TRAIL)
    head = re.sub(r"\s+as\s+an?$", "", head)
    if not head or len(head.split()) > 6 or not _namey(head) or _kind(head) == "title":
        return None
    if _HELD_LEAD.match(head + " ") or _LEAD_WORDS.match(head + " ") or _not_company(head):
        return None
    folded = fold(head)
    if words_re("employment_type_words").fullmatch(folded) or _BARE_LABEL.match(folded + " "):
        return None  # "Part-time Web Developer", "Designation Sales Executive"
    levels = (words_re("title_school_levels"), words_re("title_school_words"))
    if degree_level(head) or all(any(w.fullmatch(x) for w in levels) for x in folded.split()):
        return None  # "Middle School English Teacher": a level taught, no school named
    return head


def _glued_employer(title: str) -> tuple[str, str] | None:
    """(employer, title) of a title glued after its employer's name with no separator ("Kite
    Solar Systems Project Manager"): capitalised words holding a company word, then only
    words of titles ending with a head word."""
    words = title.split()
    if (
        len(words) < 3
        or not title.isascii()
        or not may_hold(list_gate("company_words"), fold(title))
    ):
        return None
    folded = [fold(w).strip(".,") for w in words]
    n = len(words)
    while n > 0 and (_title_word(folded[n - 1]) or _head_word(folded[n - 1])):
        n -= 1
    front, rest = " ".join(words[:n]), " ".join(words[n:])
    if n < 2 or len(words) - n < 2 or not _part_ends_as_title(words[n:]):
        return None  # ("Information Technology Analyst": one head word after a field)
    if any(_title_word(w) or _head_word(w) for w in folded[:n]):
        return None  # ("Senior Software Engineer")
    if not all(w[:1].isupper() for w in words[:n]) or front.isupper() or _kind(front) != "company":
        return None
    if words_re("department_words").search(fold(front)) or _not_company(front):
        return None  # "Human Resources Manager": a field, no employer
    return front, rest


def _headers_follow_dates(texts: Sequence[str], anchors: Sequence[tuple[int, list]]) -> bool:
    """Whether most dates lines (alone on their line) are followed by two header lines, one
    of them a title and the other not ("June 2000 - July 2001" / "Support Engineer" /
    "Telenor Nextra AS"): each job's lines follow its dates, whatever stands above the first."""
    follow = 0
    for i, ranges in anchors:
        if _without_dates(texts[i], ranges).strip(" :-–"):
            continue
        below = [t for t in texts[i + 1 : i + 4] if t][:2]
        if len(below) < 2 or not all(_is_header_like(t) and not _date_only(t) for t in below):
            continue
        kinds = [_kind(next(iter(_pieces(t)), "")) for t in below]
        follow += kinds.count("title") == 1
    return follow * 2 > len(anchors)


def _titles_follow_dates(texts: Sequence[str], anchors: Sequence[tuple[int, list]]) -> bool:
    """Whether most dates lines alone on their line are followed, not preceded, by their
    header: a title line and a name line below them ("1982 - 1987" / "Kite Law Offices" /
    "Law Clerk"), and never a title right above."""
    follow = lead = alone = 0
    for n, (i, ranges) in enumerate(anchors):
        if _without_dates(texts[i], ranges).strip(" :-–"):
            continue
        alone += 1
        above = next((t for t in reversed(texts[:i]) if t), "")
        if above and _titled_line(above):
            lead += 1
            continue
        stop = anchors[n + 1][0] if n + 1 < len(anchors) else len(texts)
        below = [t for t in texts[i + 1 : stop] if t][:2]
        if len(below) < 2 or not all(_is_header_like(t) and not _date_only(t) for t in below):
            continue
        kinds = [_kind(next(iter(_pieces(t)), "")) for t in below]
        follow += kinds.count("title") == 1
    return follow >= 2 and follow * 2 > alone and follow > 3 * lead


def read_roles(lines: Sequence[Line], *, strict: bool = False) -> tuple[Role, ...]:
    """Roles in the order written; ``strict`` keeps only roles with a title-word title."""
    texts = [ln.text.strip() for ln in lines]
    labels: dict[int, str] = {}
    for i, t in enumerate(texts):
        label, value = _labelled(t)
        if label:
            labels[i] = label
            texts[i] = value
    _unglue_ranges(texts)
    _join_wrapped_month(texts)
    _join_split_ranges(texts)
    anchors = [(i, r) for i, t in enumerate(texts) if (r := _anchor(t))]
    if not anchors and "title" not in labels.values():
        return () if strict else _undated(lines, texts)
    first = anchors[0][0] if anchors else 0
    dates_first = (
        bool(anchors)
        and not _without_dates(texts[first], anchors[0][1]).strip(" :")  # "08/2009 to now:"
        and (
            not any(_is_header_like(t) for t in texts[:first] if t)
            # "1979:" / "Kite Girls School, Kitui" / "Teacher" / "1984 - 1986:": a lone year
            # opens the list, so each job's lines follow its dates
            or _date_only(next(t for t in texts if t))
        )
    )
    if anchors and not dates_first and len(anchors) >= 3:
        dates_first = _headers_follow_dates(texts, anchors)
    if anchors and not dates_first and len(anchors) >= 2:
        dates_first = _titles_follow_dates(texts, anchors)
    roles: list[dict] = []
    used_until = -1
    anchor_rows = {i for i, _ in anchors}
    # a table written column by column: its title lines, then its dates lines
    columns = _date_column(texts, anchor_rows) if len(anchors) > 1 else {}
    for n, (i, ranges) in enumerate(anchors):
        next_anchor = anchors[n + 1][0] if n + 1 < len(anchors) else len(texts)
        own = _pieces(_without_dates(_header_part(texts[i], ranges), ranges))
        before: list[int] = [columns[i]] if i in columns else []
        after: list[int] = []
        if not dates_first and i not in columns:
            k = i - 1
            while k > used_until and len(before) < 3 and k not in anchor_rows:
                if not texts[k]:
                    k -= 1
                    continue
                if not _is_header_like(texts[k]):
                    if k == i - 1 and _placed_before_note(texts[k]):
                        before.insert(0, k)  # "KITE GROUP, Sometown, NY — PR firm serving ..."
                        break
                    # "ABC COMPANY" / one line describing it / "HR Generalist, 2002 - Present"
                    back = k - 1
                    if (
                        back > used_until
                        and back not in anchor_rows
                        and _is_header_like(texts[back])
                    ):
                        first_piece = next(iter(_pieces(texts[back])), "")
                        if first_piece and _kind(first_piece) == "company":
                            before.insert(0, back)
                    break
                before.insert(0, k)
                k -= 1
        pieces: list[tuple[int, str]] = [(k, p) for k in before for p in _head_pieces(texts[k])]
        own = own[: max(3, _title_run(texts[i], own) + 1)]
        if before and _starts_with_date(texts[i]) and any(_titled(p) for p in own):
            # "1997 - 2006: Assistant Sales Manager, Glendale Mall": the header names its own
            # title; a short line above it ends the previous job ("Mentor and train staff")
            pieces = [(k, p) for k, p in pieces if _kind(p) != "title"]
        pieces += [(i, p) for p in own]
        kinds = [_label_kind(k, labels) or _kind(p) for k, p in pieces]
        need = "title" not in kinds or "company" not in kinds
        if need and "title" in kinds and not dates_first and _named_before(pieces, kinds, texts, i):
            need = False  # "Sessums Black, PA" / "Tampa, Florida" / "Paralegal (2013 - 2014)"
        if dates_first or need:
            k = i + 1
            limit = 3 if dates_first else 2
            while k < next_anchor and len(after) < limit:
                if not texts[k]:
                    k += 1
                    continue
                if not _is_header_like(texts[k]):
                    break
                piece = _pieces(texts[k])[:2]
                kind = (_label_kind(k, labels) or _kind(piece[0])) if piece else None
                if not dates_first and kind is None:
                    # "RESTAURANT MANAGER" / "May 2007 - Present" / "City Centre Hotel"
                    loose_named = any(
                        _namey(p) for (_r, p), kd in zip(pieces, kinds, strict=True) if kd is None
                    )
                    named = (
                        bool(piece)
                        and not after
                        and "title" in kinds
                        and not loose_named
                        and _namey(piece[0])
                        and len(texts[k].split()) <= 6
                        and not texts[k].endswith(".")
                    )
                    if named:
                        after.append(k)
                        pieces.append((k, piece[0]))
                        kinds.append(None)
                    break
                if kind is not None and kind in kinds and not dates_first:
                    break
                after.append(k)
                pieces += [(k, p) for p in piece]
                kinds += [_label_kind(k, labels) or _kind(p) for p in piece]
                k += 1
                if "title" in kinds and "company" in kinds:
                    break
        title = company = None
        title_row = i
        loose: list[tuple[int, str]] = []
        stand_in: set[int] = set()  # rows holding a stand-in for the employer's name
        loose_company = False
        company_row = -1
        units: list[tuple[int, str]] = []  # "Department of Physics", "Office of Admissions"
        dept_of: int | None = None
        # "Employer name: Lotus Traders" names the employer before any unlabelled company piece
        # ("- Ran the Kite Media account" above it)
        labelled = labels and any(labels.get(row) == "company" for row, _p in pieces)
        for n_piece, ((row, piece), kind) in enumerate(zip(pieces, kinds, strict=True)):
            # "Lane High School" alone on its line is where one taught, not a level
            alone = texts[row].strip(_TRAIL) == piece and _named_school(piece)
            if degree_level(piece) and kind != "title" and not alone:
                continue

            if labelled and kind == "company" and labels.get(row) != "company":
                continue
            after_title = dept_of is not None and n_piece == dept_of + 1 and row == title_row
            if after_title and words_re("department_words").fullmatch(fold(piece)):
                title = f"{title} - {piece}"  # "Sr. Executive - HR"
                continue
            if after_title and kind is None and _department_after(piece):
                continue  # "Director of Merchandising, Marketing Department": where it sits
            if (
                after_title
                and (kind is None or (kind == "company" and not _legal(fold(piece))))
                and _area_of(texts[row], pieces[dept_of][1], piece)
            ):
                title = f"{title}, {piece}"  # "VP, Global Sales Operations"
                continue
            if after_title and kind is None and _place_area(fold(piece)):
                continue  # "GENERAL MANAGER, SANTA CLARA REGION": where the job was, no employer
            if after_title and kind is None and _DIVISION.search(piece) and len(piece.split()) <= 4:
                # "SALES MANAGER, CONSUMER DIVISION": a part of the employer named after the
                # title is the title's field ("Intern, Research Division": where one interned)
                title = title if _intern_only(title) else f"{title}, {piece}"
                continue
            if after_title and kind != "title" and _title_field(pieces[dept_of][1], piece):
                continue  # "Senior Sales Manager, International Sales": a field, not who
            if after_title and kind is None and f"({piece}" in texts[row]:
                continue  # "Special Education Teacher (Learning for Independence Program)"
            if kind == "title" and title is None:
                checked = not strict or lines[i].section == "education"
                if checked and not _piece_ends_as_title(piece):
                    continue  # "Attorney Generals Office", "UMD Staff Council": no title
                if _award(piece) or _degree_not_title(piece):
                    continue  # "Named Employee of the Month." ends the job above; a degree
                if (" of " in piece or " for " in piece) and _body_named(piece):
                    continue  # "American College of Health Care Executives": a body, no title
                if not strict and " the " in piece and _THE_AFTER_WORD.search(fold(piece)):
                    continue  # "Lead the development of X", "Superior Court and the Y": a sentence
                title, title_row, dept_of = piece, row, n_piece
            elif (
                kind == "title"
                and row == title_row
                and n_piece == dept_of + 1
                and _second_title(texts[row], pieces[dept_of][1], piece)
            ):
                # "Co-founder, UX Director": a role with two titles on its header line
                title, dept_of = f"{title} / {_AND_LEAD.sub('', piece)}", n_piece
            elif (
                kind == "title"
                and row == title_row + 1
                and texts[row].strip(_TRAIL) == piece
                and texts[title_row].strip(_TRAIL) == title
                and _namey(piece)
                and _head_led_or_ended(piece)
            ):
                # "Software Developer" / "Freelance Software Developer": two title lines
                title, title_row, dept_of = f"{title} / {piece}", row, n_piece
            elif (
                kind == "title"
                and title is not None
                and row == title_row + 1
                and texts[title_row].endswith(",")
                and texts[row].strip(_TRAIL) == piece
                and _namey(piece)
                and not _piece_ends_as_title(piece)
            ):
                # "Android Support Lead," / "Kite Developer Program": the line the title goes
                # on to names the employer, though it holds a title word
                loose.append((row, piece))
            elif (
                kind != "title"
                and _unit(piece)
                and _namey(piece)
                and not (after_title and _DIVISION.search(piece) and _more_on_row(pieces, n_piece))
                and not _not_company(piece)
            ):
                units.append((row, piece))
            elif kind == "company" and company is None and _company_shaped(piece):
                if _not_company(piece):
                    stand_in.add(row)
                else:
                    company, company_row = piece, row
            elif kind is None:
                loose.append((row, piece))
        # "Office of Admissions, Kite University": the unit worked in is the employer named,
        # before or after its institution on the same line; else after any company piece
        unit = next((p for r, p in units if company is None or r == company_row), None)
        company = unit or company
        named = title
        title = clean_title(title) if title else None
        unit = _unit_below(texts, title, title_row, (*before, i, *after), own) if title else None
        if unit:  # "Director" / "Office of Sponsored Research - 2014 - Present"
            title = f"{title}, {unit}"
            company = None if company == unit else company
        # a piece with neither a title head nor a company word can only be the company: read
        # as titles such pieces were place names and sentences more often than not; after a
        # stand-in ("COMPANY, San Jose, California", "Employer's name - Coventry") a place
        # a line ending a sentence wrapped from the line above ("Clients: Ecover, Imperial
        # College" / "Union" / "PONOKO" / dates) names the employer only when nothing else does
        # "Director of Engineering, Android," / "Kite Apps": a title line ending with a comma
        # goes on to the employer named alone below; one word after its title is its field
        below = {r for r, p in loose if r == title_row + 1 and texts[r].strip(_TRAIL) == p}
        loose.sort(
            key=lambda rp: (
                _wrapped_tail(texts, rp[0]),
                _place_line(texts[rp[0]]),
                bool(below)
                and rp[0] == title_row
                and " " not in rp[1]
                and texts[rp[0]].endswith(","),
            )
        )
        for row, piece in loose:
            if _not_company(piece):
                stand_in.add(row)
            elif company is None and _namey(piece) and row not in stand_in and piece != unit:
                above = {kd for (r, _p), kd in zip(pieces, kinds, strict=True) if r == row - 1}
                # ("Kite College" / "Wellesley, MA" / "Director" / "Office of Grants - 2014")
                placed = row >= i or above & {"title", "company"} or (unit and " " not in piece)
                if placed and _place_line(texts[row]):
                    continue  # "Cambridge, MA" under a header is where, not who
                if _listing(texts[row]):
                    continue  # "Javascript, Java, JSP, Struts": a list of skills or clients
                if _running_name(texts, row, piece):
                    continue  # "Jane Roe" above each page: the candidate, not the employer
                company, loose_company, company_row = piece, True, row
        if company is not None and company_row >= 0:
            company = _wrapped_name(texts, company_row, company)
        slashed = _slash_employer(named, title) if named and "/" in named else None
        if slashed and loose_company and company_row == title_row:
            company, loose_company = slashed, False  # "Software Developer / Kitehome, Rennes"
        led = _led_employer(named, title) if named and title and named != title else None
        if led and (company is None or (loose_company and company_row != title_row)):
            company, loose_company, company_row = led, False, title_row
        glued = _glued_employer(title) if title and company is None else None
        if glued:  # "Kite Solar Systems Project Manager": the employer glued before the title
            (company, title), loose_company, company_row = glued, False, title_row
        if title is None:
            title_row, title = _title_below(texts, max([i, *after]) + 1, next_anchor, title_row)
        if title is None and loose_company and not _named_alone(texts, company, i, loose):
            company = None  # no title and no company word: a place or a heading more often
        if title is not None and company is None:
            rows = sorted({title_row - 1, title_row + 1, i - 1, i + 1} - anchor_rows - {i})
            rows = [k for k in rows if used_until < k < next_anchor]
            company = _company_beside(texts, rows)
            if company is None:
                beyond = _beyond_place(texts, rows, (title_row, i))
                beyond = [
                    k for k in beyond if used_until < k < next_anchor and k not in anchor_rows
                ]
                company = _company_beside(texts, beyond)
        if strict and title is None:
            continue
        used_until = max([i, *after])
        header_text = " ".join(texts[k] for k in [*before, i, *after])
        intern = words_re("intern_words").search(fold(f"{title or ''} {header_text}")) is not None
        source = lines[title_row] if title else lines[i]
        roles.append(
            {
                "title": title,
                "company": company,
                "start": ranges[0].start,
                "end": ranges[0].end,
                "internship": intern,
                "lines": (),
                "evidence": Evidence(source.section, source.text, 0, len(source.text)),
                "rows": (*before, i, *after),
            }
        )
    # each role's bullets run from its last header line to the next role's first one
    for n, role in enumerate(roles):
        stop = min(roles[n + 1]["rows"]) if n + 1 < len(roles) else len(texts)
        role["lines"] = tuple(t for t in texts[max(role["rows"]) + 1 : stop] if t)
    used_rows = {i for i, _ in anchors} | {k for r in roles for k in r["rows"]}
    roles += _labelled_roles(lines, texts, labels, used_rows)
    for n in range(1, len(roles)):
        if roles[n]["company"] is None and roles[n - 1]["company"] is not None:
            roles[n]["company"] = roles[n - 1]["company"]
    if not strict and anchors:
        titled = {fold(r["title"]) for r in roles if r["title"]}
        used_rows |= {k for r in roles for k in r["rows"]}
        roles = sorted(
            [*roles, *_loose_roles(lines, texts, used_rows, titled)], key=lambda r: min(r["rows"])
        )
    _drop_listed_names(roles, texts)
    return tuple(
        Role(
            r["title"],
            None if r["company"] and placeholder_company(r["company"]) else _company(r["company"]),
            r["start"],
            r["end"],
            r["internship"],
            r["lines"],
            r["evidence"],
        )
        for r in roles
    )
