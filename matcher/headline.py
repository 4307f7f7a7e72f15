"""Read a CV's headline (the title line under the name) and the titles a summary says are held.

The headline is the first short line near the top that names a job title: "Account
Executive", "SENIOR PROJECT MANAGER | CONSTRUCTION EXECUTIVE", "Sales Coordinator Resume",
"Career focus: Retail Sales Associate", "Mai Lan | Account Executive" on the name line, or the
opening of a sentence ("Marketing professional with 5+ years ..."), with the title lines
stacked under it and the titles an objective says are sought ("To obtain a position as a
Brand Planner"). Held titles come from summary sentences such as "5 years as an Account
Manager at ABC" or "với vai trò Account Executive tại XYZ". Words live in headline.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.education import degree_level
from matcher.text import first_words, fold, folded_words, may_hold
from matcher.titles import clean_title
from matcher.types import Evidence
from matcher.vocabulary import HEADLINE, phrase_pattern, reading, word_lists, words_re

# header lines looked at below the name, and before it when the name is not found first
_HEAD_LINES = 8
_MAX_WORDS = 7
_CONTACT = re.compile(r"@|https?:|www\.|\d{3}|\.com\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•*+●○■□▪▫◆◇►▶➢➤✓✔❖·–—>]\s*")
# pieces of a headline: "A | B | C", "A • B"; a title written "A / B" stays whole
_SPLIT = re.compile(r"\s*(?:\||•|·|\t|\s{3,})\s*")
# (not the full stop of an abbreviation in a title: "Sr. Account Manager", "Asst. Manager")
_SENTENCE_CUT = re.compile(
    r"\s*(?:[,;(:]|(?<!\bSr)(?<!\bJr)(?<!\bsr)(?<!\bjr)(?<!\bAsst)(?<!\bMgr)\.)\s*|\s+[-–—]\s+"
)
_ARTICLE = re.compile(r"^(?:an?|the|i\s*'?\s*m|i\s+am)\s+", re.IGNORECASE)
# a title ends at its head word; what follows a connector names a field or an employer
# "a human resource associate position": the word for a post is no part of the title
_POSITION_WORD = re.compile(r"\s+(?:position|role|post|opportunity|job|profile)s?$", re.IGNORECASE)
# "a full-time position as a", "the position of": words in front of a sought title
_POSITION_OF = re.compile(r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?position\s+(?:as|of)\s+")
_LEGAL_ABBR = re.compile(r"(?:Co|Inc|Ltd|Corp|JSC|Jsc)\.")
# a capital standing alone before the rest of its word: "S ENIOR P ROJECT M ANAGER"
_SMALL_CAPS = re.compile(r"(?<![\w.])([A-Z]) ([A-Z]{2,})\b")
# a site's address in a document title line; a title line ending where the next one goes on
_SITE = re.compile(r"\S+\.(?:com|net|org)\b\S*|\bwww\.\S+", re.IGNORECASE)
_OPEN_END = re.compile(r"\b(?:for|of)(?:\s+an?)?\s*$", re.IGNORECASE)
# sections whose sentences name titles held in lower case ("15 years as an esthetician")
_LOWER_HELD = ("objective",)
# sections whose "I am a ..." names the writer's job in lower case too
_SUMMARY_HELD = ("header", "objective")
# items of a list of titles: "Chief Business Officer, CFO, and Controller"
_LIST_ITEM = re.compile(r"\s*,\s*")
_LIST_AND = re.compile(r"^\s*(?:and|&)\s+", re.IGNORECASE)
# what parts a name from a title on the name line: "Mai Lan | Account Executive", "MAI LAN -
# ACCOUNT EXECUTIVE", "Mai Lan, Senior Account Manager"
_NAME_SEP = re.compile(r"\s*[,|•]\s*|\s+[-–—]\s+")
_NAME_LABEL = re.compile(r"^\s*[\w ’'.]{2,20}:")
_PREPOSITION = re.compile(r"(?:in|at|on|of|with|for|to|from|by|within)\b")
_YEARS = re.compile(r"\b(?:years?|yrs)\b", re.IGNORECASE)
# ("Attorney at Law" is one title)
# "a challenging Management position": capitalised words before the word for a post
_FIELD_POSITION = re.compile(
    r"\s*(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+)?([A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})\s+"
    r"(?:position|role|post)s?\b"
)
_AS_A = re.compile(r"\sas\s+an?\s", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_DANGLING = re.compile(r"\s*(?:&|/|\band)\s*$", re.IGNORECASE)
_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE
)
# a title in quotes ("as a “Support Engineer”"): up to the closing quote
_QUOTED = re.compile(r"\s*[\"“‘']([^\"”’']{2,60})[\"”’']")
_TRAIL_CUT = re.compile(r"\s+(?:at(?!\s+law\b)|tai|for|in|of\s+the)\s+", re.IGNORECASE)


@cache
def _label_re() -> re.Pattern[str]:
    labels = phrase_pattern(word_lists(HEADLINE)["headline_labels"])
    return re.compile(r"^\s*(?:" + labels + r")(?P<colon>\s*[:：-]\s*|\s+)")


@cache
def _labels() -> frozenset[str]:
    return frozenset(fold(str(p)) for p in word_lists(HEADLINE)["headline_labels"])


def _label_only(text: str) -> bool:
    """A line holding only a headline label ("JOB TITLE", "Vị trí ứng tuyển:")."""
    return len(text) <= 40 and fold(text).strip(" :：-") in _labels()


@cache
def _resume_lead_re() -> re.Pattern[str]:
    """ "Resumagic.com Sample Resume: X", "Resume for X", "CV - X": a résumé's own words first."""
    resume = phrase_pattern(["resume", "résumé", "cv", "curriculum vitae"])
    kind = r"(?:\s+(?:examples?|samples?|templates?))?"  # "Resume Example - Principal"
    return re.compile(
        r"^.{0,40}?" + resume + kind + r"\s*(?:[:：-]|for|of)\s+(?=\S)", re.IGNORECASE
    )


@cache
def _held_re() -> re.Pattern[str]:
    """The held-title phrases, for folded text (lower case already: a case-blind pattern
    scans it twice as slowly)."""
    phrases = phrase_pattern(word_lists(HEADLINE)["held_title_phrases"])
    return re.compile(phrases + r"\s+(?:(?:an?|the)\s+)?")


def _title_part(piece: str) -> str | None:
    """The title a piece of text starts with, or None: at most seven words ending at a title
    head word, without praise in front ("Driven marketing professional" -> "marketing
    professional") or a sentence after ("... with 8 years of experience")."""
    piece = _BULLET.sub("", piece).strip()
    folded = fold(piece)
    if len(folded) != len(piece):
        return None
    leads = words_re("headline_leads", HEADLINE)
    while m := (
        _ARTICLE.match(folded)
        or _POSITION_OF.match(folded)
        or leads.match(folded)
        or _praise(folded, capital=piece[:1].isupper())
    ):
        rest = piece[m.end() :].lstrip(" ,")
        if not rest:
            return None
        piece, folded = rest, fold(rest)
    if _PREPOSITION.match(folded):
        return None  # "Proficient in cold calling": a skill, not a title
    # (the praise first: "Exceptionally focused and reliable Java Developer" ends at no stop)
    stop = words_re("headline_stops", HEADLINE).search(folded)
    if stop and stop.start() > 0:
        piece, folded = piece[: stop.start()].rstrip(), folded[: stop.start()].rstrip()
    cut = _TRAIL_CUT.search(fold(piece))
    if cut and len(fold(piece)) == len(piece):
        piece = piece[: cut.start()]
    piece = _POSITION_WORD.sub("", piece)
    title = clean_title(piece)
    if not title or len(title.split()) > 2 * _MAX_WORDS:
        return None
    folded = fold(title)
    if _vague(folded) or degree_level(title):
        return None  # "professional" alone says nothing; "Executive MBA" is a degree
    # "professional" ends a self-description, never starts a title ("Professional Summary")
    vague = words_re("headline_heads", HEADLINE).finditer(folded)
    heads = [
        *words_re("title_heads").finditer(folded),
        *(m for m in vague if m.end() == len(folded)),
    ]
    if not heads:
        return None
    # "Lead Piping Engineer responsible for ...": an English title ends with its last head word
    # when lower-case words follow it ("Nhân viên kinh doanh" starts with its head and stays)
    last = max(heads, key=lambda m: m.end())
    tail = title[last.end() :].split()
    if tail and _praise_compound_re().fullmatch(fold(tail[0]).rstrip(",.;")):
        title, tail = title[: last.end()], []  # "SALES MANAGER Client-driven, ..."
    if tail and words_re("headline_status_tails", HEADLINE).fullmatch(fold(" ".join(tail))):
        title, tail = title[: last.end()], []  # "Sr. UX Designer Freelance Available"
    spaced = title[last.end() : last.end() + 1].isspace()  # (not "ATTORNEY-AT-LAW")
    if tail and spaced and (tail[0][:1] in "-–—" or _MONTH.match(tail[0])):
        title, tail = title[: last.end()], []  # "Sales Executive -KITE FOODS", "... April 2019"
    if last.start() > 0 and tail and (tail[0][:1].islower() or _verb_in(tail)):
        title = title[: last.end()]  # ("a sale representative by utilizing my skills")
        if re.search(r"\bto\b", fold(title)):
            return None  # "a career to lead me towards ...": a sentence, not a title
    if " as " in title and _AS_A.search(title):
        return None  # "Serve as a lead expert resource": a verb and its role, no title
    if _YEARS.search(title):
        return None  # "Fifteen years professional" (but "Team Captain during Senior year")
    return title if len(title.split()) <= _MAX_WORDS else None


def _verb_in(words: Sequence[str]) -> bool:
    """A word after a title's head that is a verb in the past ("As a CX Lead I'd collaborated
    with ...", "Team Leader Managed ...")."""
    return any(len(w) > 4 and w.lower().endswith("ed") for w in words[:3])


def _line_titles(line: str) -> list[str]:
    """The titles a headline line names, in order."""
    text = _BULLET.sub("", line).strip()
    if words_re("not_headline_leads", HEADLINE).match(fold(text)):
        return []
    for _ in range(2):  # "OBJECTIVE: Seeking a position as a Web Developer"
        label = _label_re().match(fold(text))
        if not label or len(fold(text)) != len(text) or len(text) <= label.end():
            break
        if (
            label.group("colon").strip()
            or text[label.end()].isupper()
            or text[label.end()] in "'\"‘“"
        ):
            text = text[label.end() :]
    lead = _resume_lead_re().match(text)
    if lead and len(text) > lead.end():
        text = text[lead.end() :]
    out: list[str] = []
    for piece in _SPLIT.split(text):
        first, *rest = _SENTENCE_CUT.split(piece, maxsplit=1)
        if rest and "," in piece and degree_level(first) and len(first.split()) <= 2:
            # "PhD, Attorney at Law", "MBA, Account Manager": a degree before the title
            piece = rest[0]
            first, *rest = _SENTENCE_CUT.split(piece, maxsplit=1)
        if rest and "," in piece and _praise_only(first):
            # "Driven, results-oriented sales executive with ...": praise before a comma
            piece = rest[0]
            first = _SENTENCE_CUT.split(piece, maxsplit=1)[0]
        title = _title_part(first)
        listed: list[str] = []
        if title is None and first != piece and "," in piece and _header_cased(piece):
            title = _title_part(piece)  # "Senior UX, UI and Visual Designer"
        elif title and piece[len(first) :].lstrip().startswith(","):
            listed = _listed(piece[len(first) :].lstrip()[1:])
        for found in (title, *listed):
            if found and found not in out:
                out.append(found)
    return out


def _listed(rest: str) -> list[str]:
    """The titles listed after a first one and a comma ("Administrator, Chief Business
    Officer, CFO and Controller with ..."): up to the first item that names none."""
    out: list[str] = []
    items = _LIST_ITEM.split(rest, maxsplit=5)
    for k, item in enumerate(items[:5]):
        title = _title_part(item)
        if not title:
            break
        out.append(title)
        if fold(title) != fold(_LIST_AND.sub("", item)).strip(" .;:") and k < len(items) - 1:
            break  # ("... and trainer of community health workers, ...": the list ends there)
    return out


def _praise_only(text: str) -> bool:
    """Only words of praise ("Accomplished", "Self-starting and driven")."""
    folded = fold(text).strip()
    while folded and (m := _praise(folded)):
        folded = folded[m.end() :].lstrip(" ,")
    return not folded and bool(text.strip())


def _vague(folded: str) -> bool:
    """Only a word like "professional", with praise or a qualifier in front ("Certified
    Professional", "Seasoned professional"): no title."""
    qualifiers = words_re("headline_qualifiers", HEADLINE)
    while m := _praise(folded) or qualifiers.match(folded):
        folded = folded[m.end() :].lstrip(" ,")
    return not folded or words_re("headline_heads", HEADLINE).fullmatch(folded) is not None


def _praise(folded: str, *, capital: bool = False) -> re.Match[str] | None:
    """Words of praise a folded text opens with: a listed word ("Seasoned") or a compound
    ending in a listed word ("performance-driven", "customer-focused")."""
    m = words_re("headline_praise", HEADLINE).match(folded) or _praise_compound_re().match(folded)
    adjective = m and words_re("headline_title_adjectives", HEADLINE).fullmatch(m.group())
    if capital and adjective and words_re("title_heads").match(folded, m.end() + 1):
        return None  # "Creative Director" (but "a creative designer")
    return m


@cache
def _praise_compound_re() -> re.Pattern[str]:
    ends = phrase_pattern(word_lists(HEADLINE)["headline_praise_compound_ends"])
    return re.compile(r"[a-z]+-" + ends)


def _header_cased(piece: str) -> bool:
    """Short and capitalised word by word (small joining words aside), like a title line."""
    words = piece.split()
    if len(words) > _MAX_WORDS or "." in piece:
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)


def find_headline(
    header: Sequence[tuple[str, str]],
    *,
    name_line: str | None,
    summary: Sequence[tuple[str, str]] = (),
) -> tuple[str | None, Evidence | None]:
    """(headline, its line): the titles of the first of the header's first lines that names
    any (the name line's own title first) and of the title lines stacked under it, else of
    the summary's opening line ("Human Resources Generalist with more than 8 years ..."),
    then the titles the summary seeks and the document title names, joined with " | ";
    else (None, None)."""
    lines = [(s, ln) for s, ln in header if ln.strip()]
    start = 0
    if name_line is not None and not _NAME_LABEL.match(name_line):
        # (a name read from a "Name: ..." line of a personal block says nothing of where the
        # headline is: the header's first lines are read then)
        start = next((k + 1 for k, (_, ln) in enumerate(lines) if ln == name_line), 0)
    opening = [(s, ln) for s, ln in summary if ln.strip()][:1]
    # above the name, the document's own title line names the title sought ("Piping Designer
    # Resume", "Sample Resume: Sales Manager")
    above = lines[: max(0, start - 1)]
    found = next(
        (j for j, (_s, ln) in enumerate(above) if words_re("resume_words").search(fold(ln))), None
    )
    titled = [(*above[found], above[found][1])] if found is not None else []
    if found is not None and found + 1 < len(above) and _OPEN_END.search(above[found][1]):
        # "SAMPLE RESUME FOR A" / "RETAIL SALES ASSOCIATE POSITION": one title on two lines
        titled = [(*above[found], f"{above[found][1]} {above[found + 1][1]}")]
    elif found is not None and not _line_titles(_SITE.sub("", above[found][1])):
        # "Management Consulting Analyst" / "Resume Example", "RESUME" / "Post applied for:
        # Sales Executive": the line next to it names the title
        near = [above[found - 1]] if found else []
        below = above[found + 1][1] if found + 1 < len(above) else ""
        if below and (_label_re().match(fold(below)) or _only_titles(below)):
            # (only a labelled one or a line of nothing but titles: an address may be there)
            near.append(above[found + 1])
        titled = [(*p, p[1]) for p in near if _line_titles(p[1])][:1]
    gate = _heads_gate()
    titles: list[str] = []
    evidence: Evidence | None = None
    # the lines under the name, by their index in ``lines``, and what of each is read: the
    # name line itself when a title follows the name on it ("Mai Lan | Account Executive")
    head = [(j, lines[j][1]) for j in range(start, min(len(lines), start + _HEAD_LINES))]
    if start and len(named := _NAME_SEP.split(lines[start - 1][1], maxsplit=1)) == 2:
        head.insert(0, (start - 1, named[1]))
    for j, text in head:
        section, line = lines[j]
        found = _headline_titles(text, gate)
        if not found and j + 1 < len(lines) and _label_only(text):
            # "JOB TITLE" / "Staff Attorney, 905-12": a label above the title line it names
            j += 1
            section, line = lines[j]
            text = line
            found = _line_titles(line) if may_hold(gate, folded_words(line)[0]) else []
        if found:
            titles = found
            evidence = Evidence(section, line, len(line) - len(text), len(line))
            # "Senior Executive: Sales Management" / "Country Director | Sales Director": a
            # line listing titles under the headline names more of them
            after = lines[j + 1][1] if j + 1 < min(len(lines), start + _HEAD_LINES) else ""
            if len(_SPLIT.split(after.strip())) > 1 and not _CONTACT.search(after):
                more = _line_titles(after)
                if len(more) == len(_SPLIT.split(after.strip())):
                    titles += [t for t in more if t not in titles]
            # "MULTIMEDIA MANAGER" / "CONTENT DEVELOPER": title lines stacked under it, the
            # contact lines between them aside (only under a known name: "Angel Cook" may be
            # the name under a document title)
            for _s, below in lines[j + 1 : j + 1 + _HEAD_LINES] if start else []:
                if not below.strip() or _CONTACT.search(below):
                    continue
                more = _whole_titles(below)
                if not more:
                    break
                known = {fold(t) for t in titles}
                titles += [t for t in more if fold(t) not in known]
            break
    # else the summary's opening ("Observant Bank Branch Manager with ...")
    for section, line in opening if not titles else []:
        titles = _headline_titles(line, gate)
        evidence = Evidence(section, line, 0, len(line)) if titles else None
    # a title the summary says is sought ("To obtain an entry-level position as a Mechanical
    # Engineer with ...", "Seeking a position as a news reader or anchor")
    for section, line in [(s, ln) for s, ln in summary if ln.strip()][:_HEAD_LINES]:
        for title in _sought_titles(line):
            known = [f" {fold(t)}" for t in titles]
            if not any(f" {fold(title)}".endswith(k) for k in known):
                titles.append(title)
                evidence = evidence or Evidence(section, line, 0, len(line))
    for section, line, text in titled:
        # the document's own title line ("Bank Manager Resume Sample") names the title sought
        # (a site's address in it aside: "Resumagic.com Sample Resume: Small Business Manager")
        # and the candidate's own name: "RESUME OF" / "WEB DESIGNER MAI LAN"
        text = _SITE.sub("", text).strip()
        if name_line and name_line.strip():
            text = re.sub(re.escape(name_line.strip()), "", text, flags=re.IGNORECASE).strip()
        if evidence is None:
            titles = _headline_titles(text, gate)
            evidence = Evidence(section, line, 0, len(line)) if titles else None
        elif line != evidence.text and may_hold(gate, fold(text)):
            known = {fold(t) for t in titles}
            titles += [t for t in _line_titles(text) if fold(t) not in known]
    if not titles or evidence is None:
        return None, None
    return " | ".join(titles), evidence


def _sought_titles(line: str) -> list[str]:
    """The titles a line says are sought: what follows "position as", "seeking a"..."""
    folded = fold(line)
    if len(folded) != len(line) or not may_hold(_sought_gate(), folded):
        return []
    out = []
    for m in words_re("sought_title_phrases", HEADLINE).finditer(folded):
        title = _title_part(_SENTENCE_CUT.split(line[m.start() :], maxsplit=1)[0])
        if title is None and " " in line[m.end() :]:
            # "Seeking a Secondary School Teaching position": the field names the post sought
            field = _FIELD_POSITION.match(line, m.end())
            title = field.group(1) if field else None
        if title and title not in out:
            out.append(title)
    return out


@cache
def _sought_gate() -> frozenset[str] | None:
    return first_words(word_lists(HEADLINE)["sought_title_phrases"])


def _whole_titles(line: str) -> list[str]:
    """The titles of a line that is nothing but titles written as a title line ("CONTENT
    DEVELOPER", "Country Director | Sales Director"), else []."""
    line = _unspaced(line)
    pieces = [p for p in _SPLIT.split(_BULLET.sub("", line).strip()) if p]
    if not pieces or not all(_header_cased(p) for p in pieces):
        return []
    titles = _line_titles(line)
    if len(titles) != len(pieces):
        return []
    whole = all(fold(t) == fold(p).strip(" ,.;:") for t, p in zip(titles, pieces, strict=True))
    return titles if whole else []


def _only_titles(line: str) -> bool:
    """A line of nothing but titles, no number or company's legal form in it ("ATTORNEY-AT-LAW",
    not "C/O Acme Corp Staff Housing")."""
    if any(ch.isdigit() for ch in line) or words_re("company_legal_words").search(fold(line)):
        return False
    return bool(_whole_titles(line))


def _unspaced(line: str) -> str:
    """A title in small capitals the text layer split after each capital ("S ENIOR P ROJECT
    M ANAGER") written whole; other lines as they are."""
    found = _SMALL_CAPS.findall(line)
    if len(found) < 2 or not line.isupper():
        return line
    if sum(len(w) == 1 and w.isalpha() for w in line.split()) > len(found):
        return line  # "H U M A N": letters spaced out, the words' ends unknown
    return _SMALL_CAPS.sub(r"\1\2", line)


def _headline_titles(line: str, gate: frozenset[str] | None) -> list[str]:
    """The titles a line of the header or a summary's opening names, [] for a line that names
    none or is a contact line or a sentence going on from the line before."""
    line = _unspaced(line)
    if not may_hold(gate, folded_words(line)[0]):
        return []  # (a line without a title head word names no title)
    if _CONTACT.search(line) or len(line.split()) > 25:
        return []
    titles = _line_titles(line)
    if titles and not line.lstrip(" -•*")[:1].isupper() and titles[0] != line.strip():
        return []  # a sentence going on from the line before
    return titles


def held_titles(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str | None, Evidence], ...]:
    """(title, company or None, line) for each title a summary sentence states as held:
    "8 years as a Key Account Manager at ABC", "với vai trò Account Executive tại XYZ"."""
    out: list[tuple[str, str | None, Evidence]] = []
    held, gate, ends = _held_re(), _held_gate(), _held_ends()
    for k, (section, line) in enumerate(pairs):
        folded, words = folded_words(line)  # (memoised per document, shared with other readers)
        if len(folded) != len(line) or words.isdisjoint(gate or words) or words.isdisjoint(ends):
            continue
        # a summary's sentence names a title held in lower case too ("15 years as an
        # esthetician"); a duty's bullet does so of tasks more often ("served as liaison")
        lower = section in _LOWER_HELD
        found = list(held.finditer(folded))
        for n, m in enumerate(found):
            clause = max(folded.rfind(c, 0, m.start()) for c in ".,;")
            if words_re("aspiring_words", HEADLINE).search(folded, clause + 1, m.start()):
                continue  # "eager to launch a career as a ...": a title sought, not held
            if m.group().startswith("as ") and _word_before(folded, m.start()) in _as_not_after():
                continue  # "such as a Project Manager", "recognized as a Subject Matter Expert"
            # "Hired as Account Executive and promoted to Account Manager": up to the next one
            rest = line[m.end() : found[n + 1].start() if n + 1 < len(found) else len(line)]
            if m.group().startswith("promoted from"):
                # "promoted from Analyst to Manager": both were held
                rest, *then = _TO.split(rest, maxsplit=1)
                later = _title_part(_SENTENCE_CUT.split(then[0], maxsplit=1)[0]) if then else None
                if later and later[:1].isupper():
                    out.append((later, None, Evidence(section, line, m.start(), len(line))))
            quoted = _QUOTED.match(rest)
            rest = quoted.group(1) if quoted else rest  # 'as a "Service Engineer" in Pune'
            first = _SENTENCE_CUT.split(rest, maxsplit=1)[0]
            if m.group().strip() in _capital_phrases() and not any(c.islower() for c in first):
                continue  # "... AS A LEADER IN THAT COMPANY": capitals tell nothing in capitals
            title = _title_part(first)
            if title is None and first == rest and n + 1 == len(found) and len(rest.split()) <= 3:
                # "2 years as a Help Desk" / "Technician. ...": the title goes on below
                rest = _wrapped(pairs, k, rest)
                first = _SENTENCE_CUT.split(rest, maxsplit=1)[0]
                title = _title_part(first)
            low = (lower and m.group().strip() not in _capital_phrases()) or m.group().startswith(
                _lower_phrases()
            )
            # "I am a freelance graphic designer": a summary's writer names the job held
            own = section in _SUMMARY_HELD and m.group().strip() in _self_phrases()
            if title and title[:1].islower() and not low and own and not _trait(title):
                low = True
            if not title or not (title[:1].isupper() or title[:1].isdigit() or low):
                continue
            if title[:1].islower() and re.search(r"\bto\b", title):
                continue  # "worked as back end to cashier": a task
            title = _DANGLING.sub("", title)  # "Security Coordinator &" (the line broke there)
            at = rest.find(title)
            company = _company_after(rest[at + len(title) :]) if at >= 0 else None
            end = min(len(line), m.end() + len(title))
            out.append((title, company, Evidence(section, line, m.start(), end)))
            whole = fold(title) == fold(first).strip(" .;:")
            if whole and rest[len(first) :].lstrip().startswith(","):
                # "15 years as an esthetician, nail technician, manicurist, ...": a list
                listed = _listed(rest[len(first) :].lstrip()[1:])
                out += [(t, None, out[-1][2]) for t in listed if t[:1].isupper() or lower]
    return tuple(out)


def _word_before(folded: str, at: int) -> str:
    """The word of ``folded`` ending right before ``at`` ("" at the start)."""
    words = folded[:at].split()
    return words[-1].strip(",.;:()") if words else ""


@cache
def _as_not_after() -> frozenset[str]:
    return frozenset(fold(w) for w in word_lists(HEADLINE)["held_as_not_after"])


def _wrapped(pairs: Sequence[tuple[str, str]], k: int, rest: str) -> str:
    """``rest`` (the end of line ``k``) and the next line of the same section when the line
    breaks inside a sentence; else ``rest``."""
    if k + 1 >= len(pairs) or pairs[k + 1][0] != pairs[k][0] or rest.rstrip()[-1:] in ".;:!?)]":
        return rest
    below = pairs[k + 1][1].strip()
    return f"{rest.rstrip()} {below}" if below[:1].isalnum() else rest


@cache
def _capital_phrases() -> frozenset[str]:
    """Held-title phrases whose title must be capitalised ("I am a ...")."""
    return frozenset(fold(p) for p in word_lists(HEADLINE)["held_title_capital_phrases"])


@cache
def _self_phrases() -> frozenset[str]:
    """Held-title phrases by which a summary's writer names the job held ("I am a ...")."""
    return frozenset(fold(p) for p in word_lists(HEADLINE)["held_title_self_phrases"])


def _trait(title: str) -> bool:
    """A trait, not a job: one word, or ending with a word like "worker" ("hard worker",
    "natural leader")."""
    words = fold(title).split()
    return (
        len(words) < 2 or words_re("held_self_not_heads", HEADLINE).fullmatch(words[-1]) is not None
    )


@cache
def _lower_phrases() -> tuple[str, ...]:
    """Held-title phrases followed by a title in lower case too ("hired as a deposition clerk")."""
    return tuple(f"{fold(p)} " for p in word_lists(HEADLINE)["held_title_lower_phrases"])


@cache
def _heads_gate() -> frozenset[str] | None:
    """First words of every head word a headline title may end with."""
    return first_words([*reading()["title_heads"], *word_lists(HEADLINE)["headline_heads"]])


@cache
def _held_gate() -> frozenset[str] | None:
    return first_words(word_lists(HEADLINE)["held_title_phrases"])


@cache
def _held_ends() -> frozenset[str]:
    """The last word of each held-title phrase ("as", "to", "tro"...): a line holding a
    phrase holds its first and its last word."""
    return frozenset(
        re.findall(r"\w+", fold(p))[-1] for p in word_lists(HEADLINE)["held_title_phrases"]
    )


@cache
def _join_re() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:" + phrase_pattern(word_lists(HEADLINE)["held_company_joins"]) + r")\s+",
        re.IGNORECASE,
    )


def _company_after(rest: str) -> str | None:
    """A capitalised name right after "at"/"tại" ("at ABC Media, where ..." -> "ABC Media")."""
    m = _join_re().match(fold(rest))
    if not m:
        return None
    words = []
    name = rest[m.end() :]
    # "tại Công ty cổ phần ABC": a name led by its legal form may hold lower-case words
    legal = words_re("company_legal_words").match(fold(name))
    for word in name.split():
        bare = word.strip(",.;:()")
        capital = bare[:1].isupper() or bare[:1].isdigit() or bare == "&"
        if not bare or not (capital or legal):
            break
        words.append(bare)
        if word[-1] in ",;:()" or (word.endswith(".") and not _LEGAL_ABBR.fullmatch(word)):
            break
    found = " ".join(words)
    return found if len(found) >= 2 and len(words) <= 8 else None
