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


def _reachable_strings(*roots) -> list[str]:
    """Every str reachable from ``roots`` through the garbage collector's references, not
    going into other modules (their globals reach the whole interpreter, this test included)."""
    import gc
    import sys
    import types

    foreign = {id(m) for m in sys.modules.values() if m is not None} - {id(r) for r in roots}
    foreign |= {id(vars(m)) for m in sys.modules.values() if m is not None and id(m) in foreign}
    seen: set[int] = set()
    found: list[str] = []
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or id(obj) in foreign:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            found.append(obj)
        elif not isinstance(obj, (bytes, int, float, type, types.FrameType)):
            stack.extend(gc.get_referents(obj))
            if isinstance(obj, dict):
                stack.extend(obj)  # the collector does not visit a dict's str keys
    return found


@pytest.mark.parametrize(
    "template",
    [
        "Account Executive - {} Media (03/2021 - nay)",
        "Quan ly khach hang {}, lap bao gia va proposal",
    ],
    ids=["title_line", "bullet"],
)
def test_pipeline_keeps_no_cv_word_after_screening(template):
    """A long-lived pipeline (shared by every app session) holds no word of a screened CV:
    not in its own objects, not in the engine modules' tables, not in spaCy's StringStore."""
    import random
    import string
    import sys

    # made up at run time, so no source line, test id or report of pytest's can hold it
    marker = "zq" + "".join(random.Random(len(template)).choices(string.ascii_lowercase, k=10))
    pipe = matcher.build_pipeline()
    line = template.format(marker.capitalize())
    cv = f"Nguyen Van A\nKINH NGHIEM LAM VIEC\n{line}\n- Lap bao gia, proposal\n"
    screening = pipe.screen_bytes(cv.encode(), file="cv.txt")
    assert screening.status == STATUS_OK
    assert marker in str(screening.to_dict()).lower()  # the CV was read, marker included
    del screening, line, cv
    modules = [m for name, m in sys.modules.items() if name.startswith("matcher")]
    leaked = [s for s in _reachable_strings(pipe, *modules) if marker in s.lower()]
    assert leaked == []
    assert marker not in pipe.finder.nlp.vocab.strings
