"""Stage 5, pure: screenings become ranked rows, CSV, Excel, JSON lines or a terminal table.

Blind mode (``blind=True``) labels people "Candidate N" / "Ứng viên N" (N = input position)
and removes the name, photo, contact details, date of birth/age, gender, marital status,
hometown/address, national ID, and every evidence line that mentions one of them.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Sequence
from io import BytesIO
from typing import Any

from matcher.text import fold
from matcher.types import STATUS_ERROR, STATUS_NO_TEXT, STATUS_OK, Screening

LEVELS = ("ae", "am", "ad")
COLUMNS = (
    "rank", "file", "label", "score", "best_level", "score_ae", "score_am", "score_ad",
    "score_jd", "years", "current_title", "salary_fit", "orientation", "status",
    "error_code", "error_message",
)  # fmt: skip
PERSONAL_KEYS = (
    "photo", "date_of_birth", "age", "gender", "marital_status", "hometown", "address",
    "national_id",
)  # fmt: skip
_HIDDEN_EVIDENCE = {"name", "email", "emails", "phone", "phones", "personal", "photo",
                    "date_of_birth", "age", "gender", "marital_status", "hometown",
                    "address", "national_id"}  # fmt: skip
_STATUS_ORDER = {STATUS_OK: 0, STATUS_NO_TEXT: 1, STATUS_ERROR: 2}
_NON_DIGIT = re.compile(r"\D+")


def label_for(n: int, *, lang: str = "en") -> str:
    """The blind label of the n-th file (1-based).

    >>> label_for(3), label_for(3, lang="vi")
    ('Candidate 3', 'Ứng viên 3')
    """
    return f"Ứng viên {n}" if lang == "vi" else f"Candidate {n}"


def score_of(screening: Screening, level: str | None = None) -> float | None:
    """The ranking score: the chosen level's, else the JD fit, else the best level's."""
    assessment = screening.assessment
    if assessment is None or not assessment.fit:
        return None
    fit = assessment.fit
    if level is not None:
        return fit[level].score if level in fit else None
    if "jd" in fit:
        return fit["jd"].score
    if assessment.best_level in fit:
        return fit[assessment.best_level].score
    return max(f.score for k, f in fit.items() if k in LEVELS) if fit else None


def _row(n: int, s: Screening, *, level: str | None, blind: bool, lang: str) -> dict[str, Any]:
    cand, assessment = s.candidate, s.assessment
    fit = assessment.fit if assessment else {}
    label = label_for(n, lang=lang) if blind else ((cand.name if cand else None) or s.file)
    err = s.error
    message = (err.message_vi if lang == "vi" else err.message_en) if err else None
    return {
        "rank": None,
        "file": label if blind else s.file,
        "label": label,
        "score": score_of(s, level),
        "best_level": assessment.best_level if assessment else None,
        "score_ae": fit["ae"].score if "ae" in fit else None,
        "score_am": fit["am"].score if "am" in fit else None,
        "score_ad": fit["ad"].score if "ad" in fit else None,
        "score_jd": fit["jd"].score if "jd" in fit else None,
        "years": cand.years_experience if cand else None,
        "current_title": cand.current_title if cand else None,
        "salary_fit": assessment.salary.fit if assessment else None,
        "orientation": assessment.orientation.label if assessment else None,
        "status": s.status,
        "error_code": err.code if err else None,
        "error_message": message,
    }


def rows(
    screenings: Sequence[Screening],
    *,
    level: str | None = None,
    blind: bool = False,
    lang: str = "en",
) -> list[dict[str, Any]]:
    """One dict per file, ranked: by score (highest first), then no_text, then errors."""
    table = [
        (i, _row(i + 1, s, level=level, blind=blind, lang=lang)) for i, s in enumerate(screenings)
    ]

    def order(item: tuple[int, dict[str, Any]]) -> tuple[Any, ...]:
        i, row = item
        score = row["score"]
        return (_STATUS_ORDER.get(row["status"], 3), score is None, -(score or 0.0), i)

    ranked = [row for _, row in sorted(table, key=order)]
    for rank, row in enumerate(ranked, 1):
        row["rank"] = rank
    return ranked


def _frame(screenings: Sequence[Screening], **options: Any) -> Any:
    import pandas as pd

    return pd.DataFrame(rows(screenings, **options), columns=list(COLUMNS))


def to_csv(
    screenings: Sequence[Screening],
    *,
    level: str | None = None,
    blind: bool = False,
    lang: str = "en",
) -> str:
    """The ranked rows as CSV text (one row per file)."""
    return _frame(screenings, level=level, blind=blind, lang=lang).to_csv(
        index=False, lineterminator="\n"
    )


def to_xlsx(
    screenings: Sequence[Screening],
    *,
    level: str | None = None,
    blind: bool = False,
    lang: str = "en",
) -> bytes:
    """The ranked rows as an Excel workbook (one sheet, "AccountFit")."""
    out = BytesIO()
    frame = _frame(screenings, level=level, blind=blind, lang=lang)
    frame.to_excel(out, index=False, sheet_name="AccountFit", engine="openpyxl")
    return out.getvalue()


def to_jsonl(screenings: Sequence[Screening], *, blind: bool = False, lang: str = "en") -> str:
    """Every result in full, one JSON object per line, in input order."""
    return "".join(
        json.dumps(screening_dict(s, n=i + 1, blind=blind, lang=lang), ensure_ascii=False) + "\n"
        for i, s in enumerate(screenings)
    )


def screening_dict(
    screening: Screening, *, n: int = 1, blind: bool = False, lang: str = "en"
) -> dict[str, Any]:
    """``Screening.to_dict()``, redacted and relabelled in blind mode."""
    data = screening.to_dict()
    if not blind:
        return data
    lines = screening.candidate.personal.lines if screening.candidate else ()
    data = redact(data, personal_lines=[e.text for e in lines])
    data["file"] = label_for(n, lang=lang)
    data["label"] = data["file"]
    return data


def to_table(
    screenings: Sequence[Screening],
    *,
    level: str | None = None,
    blind: bool = False,
    lang: str = "en",
    width: int = 100,
) -> str:
    """A ranked summary for a terminal, one line per file."""
    head = ("#", "score", "best", "AE", "AM", "AD", "yrs", "orient.", "salary", "candidate")
    lines = []
    for row in rows(screenings, level=level, blind=blind, lang=lang):
        if row["status"] == STATUS_OK:
            tail = row["label"]
            if row["current_title"]:
                tail = f"{tail} - {row['current_title']}"
        elif row["status"] == STATUS_NO_TEXT:
            tail = f"{row['label']} [no_text]"
        else:
            tail = f"{row['label']} [{row['error_code']}]"
        lines.append((
            str(row["rank"]), _num(row["score"]), (row["best_level"] or "-").upper(),
            _num(row["score_ae"]), _num(row["score_am"]), _num(row["score_ad"]),
            _num(row["years"]), row["orientation"] or "-", row["salary_fit"] or "-", tail,
        ))  # fmt: skip
    widths = [max(len(r[c]) for r in [head, *lines]) for c in range(len(head) - 1)]
    out = []
    for r in [head, *lines]:
        cells = [r[c].rjust(widths[c]) if c != 7 and c != 8 else r[c].ljust(widths[c])
                 for c in range(len(head) - 1)]  # fmt: skip
        text = "  ".join(cells) + "  " + r[-1]
        out.append(text if len(text) <= width else text[: width - 1] + "…")
    return "\n".join(out) + "\n"


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if isinstance(value, float) and value != int(value) else f"{value:g}"


# ---- blind mode -------------------------------------------------------------------------------


def redact(result: dict[str, Any], *, personal_lines: Iterable[str] = ()) -> dict[str, Any]:
    """A copy of a ``Screening.to_dict()`` without personal data or lines that mention it.

    >>> r = redact({"candidate": {"name": "Tran Thi B", "emails": ["b@x.vn"], "phones": [],
    ...     "personal": {"gender": "female"}, "evidence": {"name": [{"text": "TRAN THI B"}]}},
    ...     "skills": [{"id": "x", "evidence": [{"text": "Tran Thi B led the pitch"}]}]})
    >>> r["candidate"]["name"], r["candidate"]["personal"]["gender"], r["skills"][0]["evidence"]
    (None, None, [])
    """
    data = copy.deepcopy(result)
    cand = data.get("candidate")
    if not isinstance(cand, dict):
        return data
    personal = cand.get("personal") or {}
    needles = [cand.get("name") or ""]
    needles += list(cand.get("emails") or [])
    needles += [str(personal.get(k) or "") for k in ("hometown", "address", "national_id")]
    needles += list(personal_lines)
    needles += [e.get("text", "") for e in personal.get("lines") or [] if isinstance(e, dict)]
    for key in _HIDDEN_EVIDENCE:
        needles += [e.get("text", "") for e in (cand.get("evidence") or {}).get(key) or []]
    folded = sorted({fold(n).strip() for n in needles if n and len(n.strip()) >= 5})
    tails = {
        d[-9:] for d in (_NON_DIGIT.sub("", p) for p in cand.get("phones") or []) if len(d) >= 8
    }
    national_id = _NON_DIGIT.sub("", str(personal.get("national_id") or ""))
    if len(national_id) >= 8:
        tails.add(national_id)

    cand["name"] = None
    cand["emails"] = []
    cand["phones"] = []
    cand["personal"] = {k: (False if k == "photo" else None) for k in PERSONAL_KEYS}
    evidence = cand.get("evidence") or {}
    cand["evidence"] = {k: v for k, v in evidence.items() if k not in _HIDDEN_EVIDENCE}
    cleaned = _scrub(data, folded, tails)
    cleaned["candidate"]["name"] = None
    return cleaned


def _mentions(text: str, folded: Sequence[str], tails: set[str]) -> bool:
    low = fold(text)
    if any(n in low for n in folded):
        return True
    digits = _NON_DIGIT.sub("", text)
    return bool(digits) and any(t in digits for t in tails)


def _scrub(value: Any, folded: Sequence[str], tails: set[str]) -> Any:
    if isinstance(value, dict):
        text = value.get("text")
        evidence_like = "section" in value or "start" in value or len(value) <= 4
        if isinstance(text, str) and evidence_like and _mentions(text, folded, tails):
            return None
        return {k: _scrub(v, folded, tails) for k, v in value.items()}
    if isinstance(value, list):
        items = [_scrub(v, folded, tails) for v in value]
        return [v for v in items if v is not None]
    return value
