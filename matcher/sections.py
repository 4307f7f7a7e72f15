"""Stage 2: split a document's lines into named sections with a bilingual heading table.

Headings come from job_profiles/headings.yaml and are compared with ``match_key``, so
"KINH NGHIỆM LÀM VIỆC", "Kinh nghiem lam viec:" and "2. Kinh nghiệm" all open "experience".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from matcher.text import WRAP_MIN_CHARS, match_key, per_document_cache
from matcher.types import Section
from matcher.yamlfile import load_yaml

HEADINGS_FILE = Path(__file__).resolve().parents[1] / "job_profiles" / "headings.yaml"

_NUMBERING = re.compile(r"^\s*(?:(?:\d{1,2}|[ivxIVX]{1,4}|[a-eA-E])\s*[.)/:-]|\d{1,2}\s)\s*")
# a bullet line is body text ("- Kinh nghiệm làm việc tốt"): its first non-space character
_BULLET_CHARS = frozenset("-•*+●○■□▪▫◆◇►▶➢➤✓✔❖·–—>")
# decoration around a heading ("=== SKILLS ===", "Kỹ năng:"): whitespace (every character
# ``\s`` matches; none lies above U+3000) and rule characters, stripped from both ends
_DECOR = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "=_~#*|:.-–—"
_JOINERS = {"and", "va", "&"}
_NUMBER_STARTS = frozenset("ivxIVXabcdeABCDE")


# what heading_table maps a job's own part heading to ("Company profile:"): no section
_JOB_PART = ""


@cache
def heading_table() -> tuple[Mapping[str, str], int]:
    """(match_key(phrase) -> section id, max words of a heading) from headings.yaml; a job's
    own part heading maps to ``_JOB_PART``."""
    with HEADINGS_FILE.open(encoding="utf-8") as handle:
        data = load_yaml(handle)
    table: dict[str, str] = {}
    for name, phrases in data["sections"].items():
        for phrase in phrases:
            table.setdefault(match_key(str(phrase)), name)
    for phrase in data.get("job_parts", ()):
        table[match_key(str(phrase))] = _JOB_PART
    return table, int(data.get("max_words", 7))


@cache
def _spaced_table() -> Mapping[str, str]:
    """Headings with their spaces removed, for lines whose letters a PDF spaced out."""
    table, _ = heading_table()
    out: dict[str, str] = {}
    for key, name in table.items():
        out.setdefault(key.replace(" ", ""), name)
    return out


@cache
def _spaced_prefixes() -> frozenset[str]:
    """Every beginning of a heading with its spaces removed ("prof" of "professional..."):
    the first piece of a broken heading is one."""
    return frozenset(key[:n] for key in _spaced_table() for n in range(1, len(key) + 1))


def _letter_spaced(text: str, words: list[str]) -> str | None:
    """The heading of an upper-case line whose letters the PDF spaced out ("E X P E R I E N C
    E", "OB J E C TIVE", "PER S ONAL S U M M ARY"): its words run together. Only lines with a
    one-letter word and only letters of the whole heading table are looked up."""
    if len(words) < 2 or min(map(len, words)) > 1 or not _all_caps(text):
        return None
    return _spaced_table().get("".join(words)) or None


def _all_caps(text: str) -> bool:
    """At least one letter and every letter upper case (stops at the first that is not)."""
    found = False
    for ch in text:
        if ch.isalpha():
            if not ch.isupper():
                return False
            found = True
    return found


def heading_name(line: str) -> str | None:
    """The section id when ``line`` is only a heading, else None.

    >>> heading_name("2. KINH NGHIỆM LÀM VIỆC:")
    'experience'
    >>> heading_name("- Kinh nghiệm làm việc tốt") is None
    True
    """
    first = line.lstrip()[:1]
    if not line or len(line) > 120 or first in _BULLET_CHARS:
        return None
    # a numbering starts with a digit, i/v/x or a-e: other lines skip the regex
    numbering = _NUMBERING.match(line) if first.isdecimal() or first in _NUMBER_STARTS else None
    text = (line[numbering.end() :] if numbering else line).strip(_DECOR)
    if not text or len(text) > 60:
        return None
    table, max_words = heading_table()
    key = match_key(text)
    words = key.split()
    if not words:
        return None
    if key in table:
        return table[key] or None
    if 2 <= len(words) <= 5 and words[0] in _spaced_prefixes() and text[:1].isupper():
        # a heading a PDF broke inside its words ("Work Hist ory", "Prof ile")
        broken = _spaced_table().get(key.replace(" ", ""))
        if broken is not None:
            return broken or None
    if len(words) > max_words:
        return _letter_spaced(text, words)
    # "EDUCATION & QUALIFICATIONS", "Skills and abilities": a heading phrase first, then a
    # joiner or more heading words; only for lines set off as headings (upper case or colon).
    if not line.rstrip().endswith(":") and not _all_caps(text):
        if len(words) > 4 or not all(w[:1].isupper() for w in text.split()):
            return None
        if len(words) == 4:
            # "Information Technology Professional Experience": a field, then a two-word
            # work-history heading, in title case
            return "experience" if table.get(" ".join(words[2:])) == "experience" else None
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in table:
            rest = words[size:]
            if rest[0] in _JOINERS or " ".join(rest) in table:
                return table[head] or None
    # "PARALEGAL EXPERIENCE", "ADDITIONAL CERTIFIED TRAINING": a heading phrase last
    if len(words) <= 4:
        for size in range(len(words) - 1, 0, -1):
            tail = " ".join(words[-size:])
            if tail in table and len(words) - size <= 2:
                return table[tail] or None
    return _letter_spaced(text, words)


@cache
def _work_heading_starts() -> frozenset[str]:
    """First words (match keys) of the experience headings of two or more words."""
    table, _ = heading_table()
    return frozenset(
        key.split()[0] for key, name in table.items() if name == "experience" and " " in key
    )


@cache
def _work_heading_prefixes() -> frozenset[str]:
    """The first three letters, lower case, of the experience headings as written and as
    match keys: a cheap gate before a line is looked at for a glued heading."""
    with HEADINGS_FILE.open(encoding="utf-8") as handle:
        written = [str(p).lower()[:3] for p in load_yaml(handle)["sections"]["experience"]]
    return frozenset(written) | {key[:3] for key in _work_heading_starts()}


@cache
def _glued_work_words() -> frozenset[str]:
    """Match keys of the one-word work headings that may be glued to a job's header line."""
    with HEADINGS_FILE.open(encoding="utf-8") as handle:
        return frozenset(match_key(str(w)) for w in load_yaml(handle).get("glued_work_words", ()))


@per_document_cache  # (CV words: forgotten when the document has been read)
def _first_key(word: str) -> str:
    """``match_key`` of a line's first word (the same words start many lines)."""
    return match_key(word)


def _glued_work_heading(line: str) -> tuple[str, str] | None:
    """(heading, text) of a work-history heading a PDF glued to its first line ("WORK HISTORY
    Corporate", "Work Experience: Acme Corp"): two to four capitalised words of an experience
    heading, then a colon or a capitalised word. Only experience headings: losing one loses
    the roles under it, and other headings start sentences ("Career Objective: To ...")."""
    if not line[:1].isupper() or _first_key(line.split(None, 1)[0]) not in _work_heading_starts():
        return None
    words = line.split()
    if len(words) < 3:
        return None
    table, _ = heading_table()
    for size in range(min(4, len(words) - 1), 1, -1):
        head = words[:size]
        if not all(w[:1].isupper() for w in head) or not words[size][:1].isupper():
            continue
        if table.get(match_key(" ".join(head))) == "experience":
            split = _FIRST_WORDS[size].match(line)
            return (line[: split.end()].strip(), line[split.end() :]) if split else None
    if (
        len(words) >= 4
        and _first_key(words[0]) in _glued_work_words()
        and words[1][:1].isupper()
        and _YEAR_END.search(line)
    ):
        # "Experience Kite Interactive Group January 2008": one heading word before the first
        # job's header, which ends with its start date
        split = _FIRST_WORDS[1].match(line)
        return (line[: split.end()].strip(), line[split.end() :]) if split else None
    return None


# the first n words of a line and the spaces after them
_FIRST_WORDS = {n: re.compile(rf"\s*(?:\S+\s+){{{n}}}") for n in (1, 2, 3, 4)}
# a year ending a line ("... January 2008")
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\s*$")


def _wrapped_on(previous: str, line: str) -> bool:
    """A lower-case line after a long one that stops mid-sentence carries the sentence on
    ("... delivered on time for three client" / "projects."): it is no heading, whatever
    its words. A short line or one without spaces before (a name, an e-mail) leaves a
    lower-case heading one, and so does a colon after it ("objective:")."""
    tail = previous.rstrip()
    return (
        len(tail) >= WRAP_MIN_CHARS
        and tail[-1].isalnum()
        and " " in tail
        and line == line.lower()
        and not line.rstrip().endswith(":")
    )


def split_sections(lines: Sequence[str]) -> tuple[Section, ...]:
    """Named sections in document order; lines before the first heading form "header".

    ``Section.start`` is the index in ``lines`` of the first line after the heading.
    """
    sections: list[Section] = []
    name, heading, start = "header", None, 0
    body: list[str] = []
    previous = ""  # the last line with text
    for index, raw in enumerate(lines):
        line = raw if isinstance(raw, str) else ""
        text = line.strip()
        found = heading_name(text)
        if found is not None and _wrapped_on(previous, line):
            found = None
        if text:
            previous = line
        glued = (
            _glued_work_heading(text)
            if found is None and text[:1].isupper() and text[:3].lower() in _work_heading_prefixes()
            else None
        )
        if glued:
            found = "experience"
        if found is None:
            body.append(line)
            continue
        if body or heading is not None:
            sections.append(Section(name=name, heading=heading, lines=tuple(body), start=start))
        name, heading, start, body = found, text, index + 1, []
        if glued:  # the heading's own line goes on with the first line of the section
            heading, first = glued
            body.append(first)
    if body or heading is not None:
        sections.append(Section(name=name, heading=heading, lines=tuple(body), start=start))
    return tuple(sections)
