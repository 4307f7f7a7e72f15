"""Hostile and broken files end in their error code, in bounded time and memory (issue 6).

Files are generated at test time. Limits are small (3 s, 512 MB) so a hang or a memory
bomb is cut short quickly; elapsed time is only used as a guard against a hang, never
asserted as a speed.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import hostile_files as H
import psutil
import pytest

from matcher.batch import BatchScreener, iter_paths, load_paths
from matcher.errors import MESSAGES
from matcher.extract import has_text
from matcher.settings import DEFAULT_LIMITS, MB, Limits
from matcher.types import FileError

LIMITS = Limits(timeout_s=3, memory_mb=512, inflate_max_bytes=32 * MB, zip_max_bytes=16 * MB)
HANG_GUARD_S = 300  # far above any limit: only a hang (a bug) gets near it
OUTCOMES = {"ok", "no_text", *MESSAGES}

# name: (generator, file name, acceptable outcomes)
CASES = {
    "pdf_deflate_bomb": (lambda: H.deflate_bomb_pdf(64 * MB), "bomb.pdf", {"zip_bomb"}),
    "pdf_double_deflate_bomb": (lambda: H.double_deflate_bomb_pdf(64 * MB), "bomb2.pdf",
                                {"zip_bomb"}),
    # pdfium may get through 2 million operators within the limit on a fast machine
    "pdf_path_operators": (lambda: H.path_operators_pdf(2_000_000), "paths.pdf",
                           {"timeout", "no_text", "memory_limit"}),
    "pdf_deep_arrays": (lambda: H.deep_nesting_pdf(100_000), "deep.pdf", {"no_text", "corrupt"}),
    "pdf_deep_dicts": (lambda: H.deep_nesting_pdf(100_000, kind="dict"), "deep2.pdf",
                       {"no_text", "corrupt"}),
    "pdf_encrypted_user_password": (H.encrypted_pdf, "locked.pdf", {"encrypted"}),
    "pdf_encrypted_owner_only": (lambda: H.encrypted_pdf(user_password=None), "owner.pdf", {"ok"}),
    "pdf_too_many_pages": (lambda: H.text_pdf(H.cv_lines(1), pages=12), "long.pdf",
                           {"too_many_pages"}),
    "pdf_truncated": (lambda: H.truncated(H.text_pdf(H.cv_lines(1))), "cut.pdf",
                      {"corrupt", "no_text", "ok"}),
    "pdf_renamed_docx": (lambda: H.text_pdf(H.cv_lines(1)), "really_a_pdf.docx", {"ok"}),
    "docx_zip_bomb": (lambda: H.docx_zip_bomb(64 * MB), "bomb.docx", {"zip_bomb"}),
    "docx_billion_laughs": (H.billion_laughs_docx, "lol.docx", {"xml_entities"}),
    "docx_external_entity": (H.external_entity_docx, "xxe.docx", {"xml_entities"}),
    "docx_truncated": (lambda: H.truncated(H.docx_paragraphs(H.cv_lines(2))), "cut.docx",
                       {"corrupt"}),
    "zip_traversal": (H.traversal_zip, "evil.zip", {"unsafe_path"}),
    "zip_nested_bomb": (lambda: H.nested_zip_bomb(64 * MB), "nested.zip", {"nested_archive"}),
    "random_bytes": (H.random_bytes, "noise.pdf", {"unsupported_type"}),
    "legacy_doc": (H.legacy_doc, "old.doc", {"legacy_doc"}),
    "docx_encrypted": (H.encrypted_docx, "locked.docx", {"encrypted"}),
    "empty": (lambda: b"", "empty.pdf", {"empty_file"}),
    "too_large": (lambda: b"a" * (10 * MB + 1), "huge.txt", {"too_large"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def screener():
    with BatchScreener(limits=LIMITS, workers=2) as s:
        yield s


@pytest.fixture(scope="module")
def generated() -> dict[str, tuple[str, bytes]]:
    return {name: (filename, make()) for name, (make, filename, _) in CASES.items()}


def _outcome(result) -> str:
    if isinstance(result, FileError):
        return result.code
    return "ok" if has_text(result) else "no_text"


def _guarded(fn):
    """Run ``fn`` in a thread; fail (instead of hanging the suite) if it never returns."""
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(HANG_GUARD_S)
    assert not thread.is_alive(), "the screener hung"
    return box["value"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_ends_in_its_code(screener, generated, name):
    filename, data = generated[name]
    start = time.perf_counter()
    (result,) = _guarded(lambda: screener.extract([(filename, data)]))
    elapsed = time.perf_counter() - start  # printed for the record, never asserted
    print(f"\n{name}: {_outcome(result)} in {elapsed:.2f} s ({len(data):,} bytes)")
    assert _outcome(result) in CASES[name][2]


def test_hostile_batch_keeps_test_process_memory_bounded(screener, generated):
    process = psutil.Process()
    before = process.memory_info().rss
    results = _guarded(lambda: screener.extract(list(generated.values())))
    grown = process.memory_info().rss - before
    outcomes = {name: _outcome(r) for name, r in zip(generated, results, strict=True)}
    assert {n: o for n, o in outcomes.items() if o not in CASES[n][2]} == {}
    assert grown < 200 * MB, f"test process grew by {grown / MB:.0f} MB"


def test_batch_of_50_with_10_hostile_in_the_middle(screener, generated, pipeline):
    good = [H.good_cv(i) for i in range(40)]
    hostile_names = ["pdf_deflate_bomb", "pdf_path_operators", "docx_billion_laughs",
                     "zip_traversal", "random_bytes", "pdf_truncated", "legacy_doc",
                     "docx_zip_bomb", "zip_nested_bomb", "pdf_encrypted_user_password"]  # fmt: skip
    files = good[:20] + [generated[n] for n in hostile_names] + good[20:]
    seen: list[int] = []
    results = _guarded(
        lambda: screener.screen(files, pipeline=pipeline, on_result=lambda i, s: seen.append(i))
    )
    assert sorted(seen) == list(range(50))
    batch_good = results[:20] + results[30:]
    alone = [pipeline.screen_bytes(data, file=name) for name, data in good]
    assert [s.to_dict() for s in batch_good] == [s.to_dict() for s in alone]
    assert {s.status for s in batch_good} == {"ok"}
    for name, screening in zip(hostile_names, results[20:30], strict=True):
        outcome = screening.error.code if screening.error else screening.status
        assert outcome in CASES[name][2], name


def _real_files(root: Path) -> list[tuple[str, bytes]]:
    paths = [p for p in iter_paths([root]) if p.suffix.lower() in (".pdf", ".docx", ".doc")]
    return load_paths(paths, max_bytes=DEFAULT_LIMITS.max_bytes)


@pytest.mark.shared_data
@pytest.mark.parametrize("folder", ["pdf_malformed", "real_cvs"])
def test_shared_data_files_end_ok_no_text_or_coded(shared_data, pipeline, folder):
    files = _real_files(shared_data / folder)
    assert files, f"no files under {folder}"
    with BatchScreener(limits=Limits(timeout_s=15, memory_mb=1024)) as screener:
        results = _guarded(lambda: screener.screen(files, pipeline=pipeline))
    outcomes = Counter(r.error.code if r.error else r.status for r in results)
    print(f"\n{folder}: {len(files)} files: {dict(sorted(outcomes.items()))}")
    assert len(results) == len(files)
    assert set(outcomes) <= OUTCOMES
    assert outcomes["internal_error"] == 0
