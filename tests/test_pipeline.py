"""The pipeline's entry points: one line per stage, bad files as results, nothing kept after a CV."""

from __future__ import annotations

from pathlib import Path

import pytest

import matcher
from matcher import text
from matcher.types import STATUS_ERROR, STATUS_NO_TEXT, STATUS_OK, ReadError

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"

CASES = [
    # (bytes, expected status, expected error code)
    ("vi_03_senior_ae_two_column.pdf", STATUS_OK, None),
    ("vi_18_scan_image_only.pdf", STATUS_NO_TEXT, None),
    (b"", STATUS_ERROR, "empty_file"),
    (b"%PDF-1.7\n1 0 obj <<", STATUS_ERROR, "corrupt"),
]


def _bytes(source):
    return (SAMPLES / source).read_bytes() if isinstance(source, str) else source


@pytest.mark.parametrize(("source", "status", "code"), CASES, ids=[c[2] or c[1] for c in CASES])
def test_pipeline_screen_bytes_gives_a_result_for_every_file(pipeline, source, status, code):
    result = pipeline.screen_bytes(_bytes(source), file="cv")
    assert (result.status, result.error.code if result.error else None) == (status, code)
    assert (result.assessment is not None) == (status == STATUS_OK)
    assert result.content_hash == matcher.content_hash(_bytes(source))


def test_pipeline_read_file_raises_a_coded_error_for_a_bad_file(pipeline):
    with pytest.raises(ReadError) as caught:
        matcher.read_file(b"", filename="empty.pdf", pipeline=pipeline)
    assert caught.value.error.code == "empty_file"


def test_pipeline_read_and_screen_agree_on_the_candidate(pipeline):
    data = (SAMPLES / "en_04_account_manager_digital.pdf").read_bytes()
    read = pipeline.read_bytes(data, file="a.pdf")
    screened = pipeline.screen_bytes(data, file="a.pdf")
    assert read.candidate == screened.candidate
    assert read.assessment is None and screened.assessment is not None


def test_pipeline_keeps_no_cv_line_in_memo_tables_after_a_document(pipeline):
    data = (SAMPLES / "vi_02_junior_ae_two_column.pdf").read_bytes()
    pipeline.screen_bytes(data, file="a.pdf")
    assert text._DOCUMENT_CACHES, "the readers memoise through per_document_cache"
    assert [cached.cache_info().currsize for cached in text._DOCUMENT_CACHES] == [0] * len(
        text._DOCUMENT_CACHES
    )
