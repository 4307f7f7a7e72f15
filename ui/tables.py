"""Pandas frames built from display items: the ranked table, filters and sorting.

Pure functions (no Streamlit widgets) so the pages and the tests share one definition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ui.strings import STRINGS, lang, level_name, t
from ui.view import Item

COLUMNS = (
    "key",
    "candidate",
    "file",
    "score",
    "best",
    "years",
    "title",
    "salary",
    "orientation",
    "status",
)
SORTS = ("score", "years", "name")


@dataclass(frozen=True)
class Filters:
    """What the recruiter chose above the table."""

    min_score: float = 0.0
    levels: tuple[str, ...] = ()  # best levels to keep; empty keeps all
    orientations: tuple[str, ...] = ()  # orientation labels to keep; empty keeps all
    salary_within: bool = False
    hide_errors: bool = False
    sort: str = "score"


def ranking_level(data: dict[str, Any], level: str) -> str | None:
    """The level whose score ranks this result: ``level`` or, for "best", its best level."""
    if level == "best":
        return data.get("best_level")
    return level


def score_of(data: dict[str, Any], level: str) -> float | None:
    """The score at ``level`` ("best" means the best-fitting level), or None."""
    lv = ranking_level(data, level)
    fit = (data.get("fit") or {}).get(lv or "")
    return float(fit["score"]) if fit else None


def ranked_frame(items: Sequence[Item], *, level: str, blind: bool) -> pd.DataFrame:
    """One row per file, columns of ``COLUMNS``; ranked by score, failed files last."""
    rows = []
    for item in items:
        d = item.data
        cand = d.get("candidate") or {}
        status = d.get("status", "error")
        orient = (d.get("orientation") or {}).get("label")
        salary = (d.get("salary") or {}).get("fit")
        rows.append(
            {
                "key": item.key,
                "candidate": item.label,
                "file": item.label if blind else d.get("file", ""),
                "score": score_of(d, level),
                "best": level_name(d.get("best_level"), short=True) if d.get("best_level") else "",
                "years": cand.get("years_experience"),
                "title": cand.get("current_title") or "",
                "salary": t(f"salary_{salary}") if salary else "",
                "orientation": t(f"orient_{orient}") if orient else "",
                "status": t(f"status_{status}"),
                "_status": status,
                "_best": d.get("best_level") or "",
                "_orient": orient or "",
                "_salary": salary or "",
            }
        )
    frame = pd.DataFrame(rows, columns=[*COLUMNS, "_status", "_best", "_orient", "_salary"])
    for col in ("score", "years"):  # numbers even when no file was screened (all None)
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    return sort_frame(frame, "score")


def sort_frame(frame: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Sort by score or years (high first) or by name; rows without a score go last."""
    if frame.empty:
        return frame
    if sort == "name":
        out = frame.sort_values(["candidate"], kind="stable")
    else:
        col = "years" if sort == "years" else "score"
        out = frame.sort_values([col, "score"], ascending=False, na_position="last", kind="stable")
    failed = out["_status"] != "ok"
    return pd.concat([out[~failed], out[failed]]).reset_index(drop=True)


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows kept by ``filters``, in the chosen order. Failed files pass unless hidden."""
    if frame.empty:
        return frame
    ok = frame["_status"] == "ok"
    keep = ok & (frame["score"].fillna(0) >= filters.min_score)
    if filters.levels:
        keep &= frame["_best"].isin(filters.levels)
    if filters.orientations:
        keep &= frame["_orient"].isin(filters.orientations)
    if filters.salary_within:
        keep &= frame["_salary"] == "within"
    if not filters.hide_errors:
        keep |= ~ok
    return sort_frame(frame[keep], filters.sort)


def failed_frame(items: Sequence[Item]) -> pd.DataFrame:
    """Files that were not screened: label, code and the reason in both languages."""
    rows = []
    for item in items:
        d = item.data
        if d.get("status") == "ok":
            continue
        err = d.get("error") or {}
        if d.get("status") == "no_text":
            code = "no_text"
            vi, en = STRINGS["no_text_reason"]["vi"], STRINGS["no_text_reason"]["en"]
        else:
            code = err.get("code", "error")
            vi, en = err.get("message_vi", ""), err.get("message_en", "")
        first, second = (vi, en) if lang() == "vi" else (en, vi)
        reason = f"{first} / {second}" if first and second else first or second
        rows.append({"file": d.get("file") or item.label, "code": code, "reason": reason})
    return pd.DataFrame(rows, columns=["file", "code", "reason"])
