"""Download payloads for the batch page, made by ``matcher.report`` (blind mode respected).

Pages and tests call the same functions, so a test reads exactly the bytes a recruiter
would download.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from matcher.types import Screening
from ui.view import scrub, sensitive_texts

CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSONL_MIME = "application/x-ndjson"


def report_level(level: str) -> str | None:
    """The ``level`` argument of matcher.report: None ranks by each CV's best level."""
    return None if level == "best" else level


def csv_bytes(
    screenings: Sequence[Screening], *, level: str, blind: bool, lang: str = "vi"
) -> bytes:
    """The ranked table as CSV (UTF-8 with a BOM so Excel shows Vietnamese correctly)."""
    from matcher.report import to_csv

    text = to_csv(list(screenings), level=report_level(level), blind=blind, lang=lang)
    data = text.encode("utf-8")
    return data if data.startswith(b"\xef\xbb\xbf") else b"\xef\xbb\xbf" + data


def xlsx_bytes(
    screenings: Sequence[Screening], *, level: str, blind: bool, lang: str = "vi"
) -> bytes:
    """The ranked table as an Excel workbook."""
    from matcher.report import to_xlsx

    return to_xlsx(list(screenings), level=report_level(level), blind=blind, lang=lang)


def jsonl_bytes(screenings: Sequence[Screening], *, blind: bool, lang: str = "vi") -> bytes:
    """Every result in full, one JSON object per line (blind: scrubbed like the views)."""
    from matcher.report import screening_dict, to_jsonl

    if not blind:
        return to_jsonl(list(screenings), blind=False, lang=lang).encode("utf-8")
    lines = []
    for n, s in enumerate(screenings, start=1):
        data = screening_dict(s, n=n, blind=True, lang=lang)
        data = scrub(data, label=data.get("label") or data["file"], sensitive=sensitive_texts(s))
        lines.append(json.dumps(data, ensure_ascii=False) + "\n")
    return "".join(lines).encode("utf-8")
