"""Download payloads for the batch page, made by ``matcher.report`` (blind mode respected).

Pages and tests call the same functions, so a test reads exactly the bytes a recruiter
would download.
"""

from __future__ import annotations

from collections.abc import Sequence

from matcher.types import Screening

CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSONL_MIME = "application/x-ndjson"


def report_level(level: str) -> str | None:
    """The ``level`` argument of matcher.report: None ranks by each CV's best level."""
    return None if level == "best" else level


def csv_bytes(screenings: Sequence[Screening], *, level: str, blind: bool) -> bytes:
    """The ranked table as CSV (UTF-8 with a BOM so Excel shows Vietnamese correctly)."""
    from matcher.report import to_csv

    text = to_csv(list(screenings), level=report_level(level), blind=blind)
    data = text.encode("utf-8")
    return data if data.startswith(b"\xef\xbb\xbf") else b"\xef\xbb\xbf" + data


def xlsx_bytes(screenings: Sequence[Screening], *, level: str, blind: bool) -> bytes:
    """The ranked table as an Excel workbook."""
    from matcher.report import to_xlsx

    return to_xlsx(list(screenings), level=report_level(level), blind=blind)


def jsonl_bytes(screenings: Sequence[Screening], *, blind: bool) -> bytes:
    """Every result in full, one JSON object per line."""
    from matcher.report import to_jsonl

    return to_jsonl(list(screenings), blind=blind).encode("utf-8")
