"""Read work roles (title, company, start, end, bullets) around the date ranges of a section.

Each date range on a short line anchors one role. Its title and company come from the same
line and from the short lines just before it (or just after it when the section puts dates
first); a piece with a title word is a title, one with a company word a company. A role with
no company of its own under the same employer keeps the previous role's company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matcher.dates import DateRange, find_ranges
from matcher.education import degree_level
from matcher.text import fold
from matcher.types import Evidence, Role
from matcher.vocabulary import words_re

_BULLET = re.compile(r"^\s*[-•*+●○■□▪▫◆◇►▶➢➤✓✔❖·–—>]\s*")
_PIECES = re.compile(
    r"\s*(?:\||•|·|\t|\s{2,}| - | – | — |–|—| -$|^- | at | @ | tại | ở |:|\(|\)|,)\s*"
)
_TRAIL = " \t-–—|,:;.()•·*+"


@dataclass(frozen=True)
class Line:
    section: str
    text: str


def _pieces(text: str) -> list[str]:
    out = []
    for piece in _PIECES.split(text):
        piece = piece.strip(_TRAIL)
        if len(piece) >= 2 and re.search(r"[^\W\d_]{2}", piece):
            out.append(piece)
    return out


def _without_dates(text: str, ranges: Sequence[DateRange]) -> str:
    folded = fold(text)
    if len(folded) != len(text):
        return ""
    chars = list(text)
    for r in ranges:
        for k in range(r.span[0], r.span[1]):
            chars[k] = " "
    out = "".join(chars)
    out = re.sub(r"(?i)\b(?:from|since|tu|từ)\s*$", "", out.strip())
    return re.sub(r"\s*[-–—]\s*$|^\s*[-–—]\s*", "", out.strip()).strip()


def _kind(piece: str) -> str | None:
    folded = fold(piece)
    legal = words_re("company_legal_words").search(folded)
    title = words_re("title_words").search(folded)
    company = words_re("company_words").search(folded)
    if legal and not (title and title.start() == 0 and legal.start() > 0 and " at " in folded):
        return "company"
    if title:
        return "title"
    if company:
        return "company"
    return None


def _is_header_like(text: str) -> bool:
    stripped = text.strip()
    if not stripped or _BULLET.match(stripped):
        return False
    words = stripped.split()
    return len(words) <= 10 and len(stripped) <= 90 and not stripped.endswith((".", ";"))


def _anchor(text: str) -> list[DateRange]:
    ranges = [r for r in find_ranges(text) if r.end is not None]
    if not ranges:
        return []
    rest = _without_dates(text, ranges)
    if len(rest.split()) > 14 or (_BULLET.match(text) and len(rest.split()) > 6):
        return []
    return ranges


def read_roles(lines: Sequence[Line], *, strict: bool = False) -> tuple[Role, ...]:
    """Roles in the order written; ``strict`` keeps only roles with a title-word title."""
    texts = [ln.text.strip() for ln in lines]
    anchors = [(i, r) for i, t in enumerate(texts) if (r := _anchor(t))]
    if not anchors:
        return ()
    first = anchors[0][0]
    dates_first = not _without_dates(texts[first], anchors[0][1]) and not any(
        _is_header_like(t) for t in texts[:first] if t
    )
    roles: list[dict] = []
    used_until = -1
    anchor_rows = {i for i, _ in anchors}
    for n, (i, ranges) in enumerate(anchors):
        next_anchor = anchors[n + 1][0] if n + 1 < len(anchors) else len(texts)
        own = _pieces(_without_dates(texts[i], ranges))
        before: list[int] = []
        after: list[int] = []
        if not dates_first:
            k = i - 1
            while k > used_until and len(before) < 3 and k not in anchor_rows:
                if not texts[k]:
                    k -= 1
                    continue
                if not _is_header_like(texts[k]):
                    break
                before.insert(0, k)
                k -= 1
        pieces: list[tuple[int, str]] = [(k, p) for k in before for p in _pieces(texts[k])[:1]]
        pieces += [(i, p) for p in own[:3]]
        kinds = [_kind(p) for _, p in pieces]
        need = "title" not in kinds or "company" not in kinds
        if dates_first or need:
            k = i + 1
            limit = 2
            while k < next_anchor and len(after) < limit:
                if not texts[k]:
                    k += 1
                    continue
                if not _is_header_like(texts[k]):
                    break
                piece = _pieces(texts[k])[:1]
                kind = _kind(piece[0]) if piece else None
                if not dates_first and kind is None:
                    break
                if kind is not None and kind in kinds and not dates_first:
                    break
                after.append(k)
                pieces += [(k, p) for p in piece]
                kinds += [kind] * len(piece)
                k += 1
        title = company = None
        loose: list[str] = []
        for (_, piece), kind in zip(pieces, kinds, strict=True):
            if degree_level(piece) and kind != "title":
                continue
            if kind == "title" and title is None:
                title = piece
            elif kind == "company" and company is None:
                company = piece
            elif kind is None:
                loose.append(piece)
        for piece in loose:
            if title is None and not strict:
                title = piece
            elif company is None:
                company = piece
        if strict and title is None:
            continue
        last = max([i, *after])
        used_until = last
        body = [t for t in texts[last + 1 : next_anchor] if t]
        header_text = " ".join(texts[k] for k in [*before, i, *after])
        intern = words_re("intern_words").search(fold(f"{title or ''} {header_text}")) is not None
        for r in ranges[:1]:
            roles.append(
                {
                    "title": title,
                    "company": company,
                    "start": r.start,
                    "end": r.end,
                    "internship": intern,
                    "lines": tuple(body),
                    "evidence": Evidence(lines[i].section, lines[i].text, 0, len(lines[i].text)),
                    "own_company": company is not None,
                }
            )
    for n in range(1, len(roles)):
        if roles[n]["company"] is None and roles[n - 1]["company"] is not None:
            roles[n]["company"] = roles[n - 1]["company"]
    return tuple(
        Role(
            r["title"],
            r["company"],
            r["start"],
            r["end"],
            r["internship"],
            r["lines"],
            r["evidence"],
        )
        for r in roles
    )
