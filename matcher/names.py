"""Find the candidate's name: after a name label, or the first name-shaped line of the header.

Vietnamese names are family name first, 2-4 syllables; English and Indian names are 1-4
capitalised words. A heading, job title, address, company or e-mail is never a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.sections import heading_name
from matcher.text import fold
from matcher.vocabulary import phrase_pattern, reading, words_re

_WORD = re.compile(r"^[^\W\d_]+(?:[.'’\-][^\W\d_]*)*\.?$")
_SPLIT = re.compile(r"\s*(?:\||•|·|,|;|–|—|\t| - |\s{2,})\s*")


@cache
def _label_re() -> re.Pattern[str]:
    return re.compile(
        r"^\s*" + phrase_pattern(reading()["name_labels"]) + r"\s*[:：\-]\s*(?P<v>.+)$"
    )


@cache
def _particles() -> frozenset[str]:
    return frozenset(reading()["name_particles"])


@cache
def _labels() -> frozenset[str]:
    return frozenset(fold(label) for label in reading()["name_labels"])


# an address line: ", ST" state code with a number, or a 5-6 digit postcode
_ADDRESS = re.compile(
    r",\s*[A-Z]{2}\b.*\d|\d.*,\s*[A-Z]{2}\b|(?<![\d-])\d{5,6}(?![\d-])|[a-z],?\s[A-Z]{2}$"
)


@cache
def _family() -> frozenset[str]:
    return frozenset(fold(name) for name in reading()["family_names"])


@cache
def _prefix_re() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + phrase_pattern(reading()["name_prefixes"]) + r")\.?\s+")


def _core(text: str) -> str:
    """Drop a leading "Resume of"/"Mr.", trailing credentials (MBA, PMP) and masked parts."""
    text = text.strip(" .,:;-–|*•")
    for _ in range(2):
        m = _prefix_re().match(fold(text))
        if m and len(fold(text)) == len(text):
            text = text[m.end() :]
    words = text.split()
    while len(words) > 1 and (
        re.fullmatch(r"[xX*]+\.?", words[-1])
        or (
            re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]\.?|[A-Z]{2,4}|Ph\.?D\.?", words[-1])
            and any(ch.islower() for w in words[:-1] for ch in w)
        )
    ):
        words.pop()
    return " ".join(words)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–|*•")
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 3:
        text = " ".join(w[:1] + w[1:].lower() for w in text.split())
    return text


def name_score(text: str) -> float:
    """How much ``text`` looks like a person's name (0 = not a name).

    >>> name_score("NGUYỄN THỊ MAI ANH") > name_score("Senior Account Executive") == 0
    True
    """
    text = _core(text)
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 45:
        return 0.0
    if any(not _WORD.match(w) for w in words) or "@" in text:
        return 0.0
    if all(re.fullmatch(r"[xX]+", w) for w in words) or all(len(w) == 1 for w in words):
        return 0.0
    folded = fold(text)
    keys = ("title_words", "title_heads", "company_words", "address_words", "not_name_words",
            "school_words")  # fmt: skip
    for key in keys:
        if words_re(key).search(folded):
            return 0.0
    if heading_name(text) is not None:
        return 0.0
    particles = _particles()
    if not all(w[0].isupper() or w in particles for w in words if len(w) > 1 or w.isalpha()):
        return 0.0
    if words[0] in particles or words[-1] in particles:
        return 0.0
    if len(words) == 1:
        return 0.4 if len(words[0]) > 2 else 0.0
    if fold(words[0]) in _family() and 2 <= len(words) <= 4:
        return 1.0
    return 0.8 if len(words) <= 4 else 0.4


def name_from_label(line: str) -> str | None:
    """The value of "Họ và tên: X" / "Name: X" when it looks like a name."""
    m = _label_re().match(fold(line))
    if not m:
        return None
    value = line[m.start("v") :] if len(fold(line)) == len(line) else m.group("v")
    value = _SPLIT.split(value.strip())[0]
    return _tidy(_core(value)) if name_score(value) > 0 else None


def _leading_name(piece: str) -> str:
    """The words of ``piece`` before the first digit ("Jane Doe 12 Main St" -> "Jane Doe")."""
    words = _core(piece).split()
    kept: list[str] = []
    for word in words:
        if re.search(r"\d", word):
            return " ".join(kept)
        kept.append(word)
    return ""  # no digit: the piece is a name as a whole or not at all


def find_name(lines: Sequence[str], *, window: int = 6) -> tuple[str, int] | None:
    """(name, index in ``lines``) from a label anywhere, else the best of the first lines."""
    for index, line in enumerate(lines):
        found = name_from_label(line)
        if found:
            return found, index
        if _label_re().match(fold(line) + ": x") and fold(line).strip(" :") in _labels():
            following = [(k, ln) for k, ln in enumerate(lines[index + 1 : index + 3], index + 1)]
            for k, nxt in following:
                if nxt.strip() and name_score(_SPLIT.split(nxt.strip())[0]) > 0:
                    return _tidy(_core(_SPLIT.split(nxt.strip())[0])), k
    best: tuple[float, int, str] | None = None
    rank = -1
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        rank += 1
        if rank >= window:
            break
        if "@" in line and not _SPLIT.split(line.strip())[0]:
            continue
        pieces = _SPLIT.split(line.strip())
        if ":" in pieces[0]:
            continue
        if _ADDRESS.search(line):
            continue
        candidates = [pieces[0]]
        first = fold(pieces[0])
        # a title's words are no name ("Sr. Java J2EE Developer" is no "Sr. Java"), nor is
        # the field after a title and a comma ("COORDINATOR, DONOR RELATIONS")
        titled = words_re("title_words").search(first) or words_re("title_heads").search(first)
        leading = _leading_name(pieces[0])
        if (
            len(leading.split()) >= 2
            and not titled
            and not words_re("not_name_words").search(first)
        ):
            candidates.append(leading)
        after_comma = line.strip()[len(pieces[0]) :].lstrip().startswith(",")
        if len(pieces) > 1 and ":" not in pieces[1] and not (titled and after_comma):
            candidates.append(pieces[1])
        for piece in candidates:
            if not piece or (len(piece.split()) == 1 and piece != line.strip()):
                continue
            score = name_score(piece) - rank * 0.05
            if score > 0.25 and (best is None or score > best[0]):
                best = (score, index, piece)
        if best is not None and best[0] >= 0.75:
            break
    if best is None:
        return None
    return _tidy(_core(best[2])), best[1]


def find_family_name(lines: Sequence[str]) -> tuple[str, int] | None:
    """(name, index) of the first line that is only a Vietnamese name (family name first)."""
    for index, line in enumerate(lines):
        text = line.strip()
        if text and fold(text.split(None, 1)[0]) in _family() and name_score(text) >= 1.0:
            return _tidy(_core(text)), index
    return None
