"""The worker pool: order, limits (kill and replace), cache, threads, paths and archives."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import hostile_files as H
import pytest

from matcher.batch import (
    BatchScreener,
    ScreenCache,
    content_hash,
    expand_archives,
    extract_task,
    iter_paths,
    load_paths,
    read_ahead,
    shared_screener,
)
from matcher.settings import MB, Limits
from matcher.types import STATUS_ERROR, STATUS_OK, Document, FileError

LIMITS = Limits(timeout_s=2, memory_mb=512)


@pytest.fixture(scope="module")
def echo():
    """A pool running the stand-in task (b"sleep", b"alloc", b"crash", b"spin" misbehave)."""
    with BatchScreener(limits=LIMITS, workers=2, task=H.echo_task) as screener:
        yield screener


@pytest.fixture(scope="module")
def real():
    """A pool running the production task (pre-flight + matcher.extract)."""
    with BatchScreener(limits=LIMITS, workers=2) as screener:
        yield screener


def _codes(results):
    return [r.code if isinstance(r, FileError) else "doc" for r in results]


def _text(i: int) -> bytes:
    return "\n".join(H.cv_lines(i)).encode()


def test_screen_results_in_input_order_with_indices(echo, pipeline):
    files = [(f"cv{i}.txt", _text(i)) for i in range(7)]
    seen: dict[int, str] = {}
    results = echo.screen(
        files, pipeline=pipeline, on_result=lambda i, s: seen.setdefault(i, s.file)
    )
    assert [r.file for r in results] == [name for name, _ in files]
    assert seen == {i: name for i, (name, _) in enumerate(files)}
    assert [r.status for r in results] == [STATUS_OK] * 7
    assert [r.candidate.emails for r in results] == [
        (f"candidate{i}@example.com",) for i in range(7)
    ]


@pytest.mark.parametrize(
    ("bad", "code"),
    [(b"sleep", "timeout"), (b"spin", "timeout"), (b"alloc", "memory_limit"),
     (b"crash", "worker_crashed")],
)  # fmt: skip
def test_extract_bad_job_costs_only_itself(echo, bad, code):
    before = dict(echo.stats)
    files = [("a", b"first " + bad[:2]), ("bad", bad), ("c", b"third"), ("d", b"fourth")]
    results = echo.extract(files)
    assert _codes(results) == ["doc", code, "doc", "doc"]
    assert [r.lines for r in results if isinstance(r, Document)] == [
        ("first " + bad[:2].decode(),),
        ("third",),
        ("fourth",),
    ]
    assert echo.stats["killed"] + echo.stats["crashed"] == before["killed"] + before["crashed"] + (
        0 if code == "memory_limit" else 1
    )
    # the pool is whole again and the next batch is served
    assert _codes(echo.extract([("e", b"after " + bad)])) == ["doc"]
    assert len(echo._pool) == 2


def test_extract_transient_errors_are_not_cached(echo):
    before = echo.stats["killed"]
    assert _codes(echo.extract([("s", b"sleep again")])) == ["timeout"]
    assert _codes(echo.extract([("s", b"sleep again")])) == ["timeout"]
    assert echo.stats["killed"] == before + 2


def test_screen_cache_hit_skips_extraction(echo, pipeline):
    files = [("x.txt", _text(40)), ("y.txt", _text(41))]
    first = echo.screen(files, pipeline=pipeline)
    extracted, hits = echo.stats["extracted"], echo.stats["cache_hits"]
    again = echo.screen(list(reversed(files)), pipeline=pipeline)
    assert echo.stats["extracted"] == extracted
    assert echo.stats["cache_hits"] == hits + 2
    assert [s.to_dict() for s in again] == [s.to_dict() for s in reversed(first)]


def test_screen_same_content_twice_extracted_once(echo, pipeline):
    extracted = echo.stats["extracted"]
    data = _text(50)
    results = echo.screen([("one.txt", data), ("two.txt", data)], pipeline=pipeline)
    assert echo.stats["extracted"] == extracted + 1
    assert [r.file for r in results] == ["one.txt", "two.txt"]
    assert results[0].candidate == results[1].candidate


def test_extract_empty_and_too_large_never_reach_a_worker(echo):
    extracted = echo.stats["extracted"]
    small = BatchScreener(limits=Limits(max_bytes=10), workers=1, task=H.echo_task, start=False)
    assert _codes(small.extract([("e", b""), ("big", b"x" * 11)])) == ["empty_file", "too_large"]
    small.close()
    assert echo.stats["extracted"] == extracted


def test_screen_on_result_exception_leaves_pool_usable(echo, pipeline):
    files = [(f"r{i}.txt", _text(60 + i)) for i in range(6)]

    def boom(i, s):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        echo.screen(files, pipeline=pipeline, on_result=boom)
    results = echo.screen(files, pipeline=pipeline)
    assert [r.file for r in results] == [f for f, _ in files]
    assert {r.status for r in results} == {STATUS_OK}


def test_screen_threads_share_one_pool(echo, pipeline):
    out: dict[int, list] = {}

    def run(k: int) -> None:
        files = [(f"t{k}_{i}.txt", _text(100 * k + i)) for i in range(5)]
        out[k] = echo.screen(files, pipeline=pipeline)

    threads = [threading.Thread(target=run, args=(k,)) for k in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for k in (1, 2, 3):
        assert [s.candidate.emails[0] for s in out[k]] == [
            f"candidate{100 * k + i}@example.com" for i in range(5)
        ]


def test_screener_reuses_workers_and_close_stops_them():
    with BatchScreener(limits=LIMITS, workers=1, task=H.pid_task) as screener:
        pids = {r.lines[0] for r in screener.extract([(str(i), b"%d" % i) for i in range(5)])}
        assert len(pids) == 1
        procs = [w.proc for w in screener._pool]
    assert [p.is_alive() for p in procs] == [False]
    with pytest.raises(RuntimeError):
        screener.extract([("a", b"x")])


def test_screener_recycles_worker_after_max_tasks():
    with BatchScreener(limits=LIMITS, workers=1, task=H.pid_task, max_tasks_per_worker=2) as s:
        pids = [r.lines[0] for r in s.extract([(str(i), b"%d" % i) for i in range(5)])]
    assert len(set(pids)) == 3
    assert pids[0] == pids[1] and pids[2] == pids[3] and pids[1] != pids[2]


def test_extract_production_task_reads_pdf_docx_txt(real):
    lines = H.cv_lines(3)
    files = [("a.pdf", H.text_pdf(lines)), ("b.docx", H.docx_paragraphs(lines)),
             ("c.txt", "\n".join(lines).encode()), ("d.doc", H.legacy_doc())]  # fmt: skip
    results = real.extract(files)
    assert _codes(results) == ["doc", "doc", "doc", "legacy_doc"]
    assert [r.kind for r in results[:3]] == ["pdf", "docx", "text"]
    for doc in results[:3]:
        assert "candidate3@example.com" in doc.text


def test_extract_task_refuses_a_zip_given_as_one_file():
    with pytest.raises(Exception) as info:
        extract_task(H.zip_of({"a.txt": b"x"}), "a.zip", LIMITS)
    assert info.value.error.code == "unsupported_type"


def test_screen_error_results_keep_file_hash_and_version(real, pipeline):
    (res,) = real.screen([("old.doc", H.legacy_doc())], pipeline=pipeline)
    assert res.status == STATUS_ERROR
    assert (res.error.code, res.file, len(res.content_hash)) == ("legacy_doc", "old.doc", 64)
    assert res.profile_version == pipeline.profiles.version


def test_iter_paths_folders_recursive_sorted_input_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/z.pdf", "b/a.docx", "b/sub/m.txt", "b/notes.py", "b/.x.pdf", ".hidden/h.pdf",
                "single.bin"):  # fmt: skip
        (tmp_path / rel).write_bytes(b"x")
    got = iter_paths([tmp_path / "single.bin", tmp_path / "b", tmp_path / "missing.pdf"])
    rel = [p.relative_to(tmp_path).as_posix() for p in got]
    assert rel == ["single.bin", "b/a.docx", "b/sub/m.txt", "b/z.pdf", "missing.pdf"]


def test_load_paths_reads_at_most_limit_and_empty_for_missing(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 100)
    files = load_paths([tmp_path / "big.txt", tmp_path / "none.txt"], max_bytes=10)
    assert [(Path(n).name, len(d)) for n, d in files] == [("big.txt", 11), ("none.txt", 0)]


def test_expand_archives_unpacks_safe_zip_keeps_unsafe():
    inner = H.docx_paragraphs(["x"])
    safe = H.zip_of({"cvs/a.txt": b"A", "cvs/b.docx": inner, "__MACOSX/._a.txt": b"junk"})
    unsafe = H.traversal_zip()
    files = [("p.txt", b"P"), ("batch.zip", safe), ("evil.zip", unsafe), ("d.docx", inner)]
    got = expand_archives(files, limits=LIMITS)
    assert [(n, d) for n, d in got] == [
        ("p.txt", b"P"), ("batch.zip/cvs/a.txt", b"A"), ("batch.zip/cvs/b.docx", inner),
        ("evil.zip", unsafe), ("d.docx", inner),
    ]  # fmt: skip


def test_screen_paths_reports_archive_errors(real, pipeline, tmp_path):
    (tmp_path / "evil.zip").write_bytes(H.traversal_zip())
    (tmp_path / "cv.txt").write_bytes(_text(7))
    results = real.screen_paths([tmp_path], pipeline=pipeline)
    assert [(Path(r.file).name, r.status, r.error and r.error.code) for r in results] == [
        ("cv.txt", STATUS_OK, None), ("evil.zip", STATUS_ERROR, "unsafe_path")
    ]  # fmt: skip


def test_shared_screener_is_one_per_process():
    first = shared_screener()
    assert shared_screener() is first
    assert first.limits.max_bytes == 10 * MB


def test_forget_drops_a_file_from_both_caches(echo, pipeline):
    data = _text(70)
    (first,) = echo.screen([("f.txt", data)], pipeline=pipeline)
    assert echo.forget(first.content_hash) == 2
    extracted = echo.stats["extracted"]
    echo.screen([("f.txt", data)], pipeline=pipeline)
    assert echo.stats["extracted"] == extracted + 1
    assert echo.forget("0" * 64) == 0


def test_screener_serves_a_small_call_between_jobs_of_a_big_one(echo):
    events: list[str] = []
    started = threading.Event()

    def big() -> None:
        files = [(f"n{i}", b"nap %d" % i) for i in range(16)]

        def seen(i, r):
            events.append("big")
            started.set()

        echo.extract(files, on_result=seen)
        events.append("big done")

    thread = threading.Thread(target=big)
    thread.start()
    assert started.wait(60)
    assert _codes(echo.extract([("small", b"small call")])) == ["doc"]
    events.append("small done")
    thread.join(120)
    assert events.index("small done") < events.index("big done")
    assert events.count("big") == 16
    assert events.index("small done") < 12  # served between the big call's jobs


def test_screen_session_caches_do_not_see_each_other(echo, pipeline):
    alice, bob = ScreenCache(8), ScreenCache(8)
    data = _text(80)
    extracted, own_before = echo.stats["extracted"], len(echo.cache)
    (first,) = echo.screen([("a.txt", data)], pipeline=pipeline, cache=alice)
    assert (len(alice.documents), len(alice.screenings), len(bob)) == (1, 1, 0)
    (second,) = echo.view(bob).screen([("b.txt", data)], pipeline=pipeline)
    assert echo.stats["extracted"] == extracted + 2  # bob's session extracted it again
    assert second.to_dict() == {**first.to_dict(), "file": "b.txt"}
    assert len(echo.cache) == own_before  # the screener's own cache was not touched
    assert echo.view(bob).forget(first.content_hash) == 2
    assert (len(alice), len(bob)) == (2, 0)
    echo.screen([("a.txt", data)], pipeline=pipeline, cache=alice)
    assert echo.stats["extracted"] == extracted + 2  # alice's own entry still served her


def test_shared_screener_keeps_no_candidate_data(pipeline):
    screener = shared_screener()
    session = ScreenCache(4)
    (result,) = screener.view(session).extract([("cv.txt", _text(81))])
    assert isinstance(result, Document)
    assert (len(screener.cache), len(session.documents)) == (0, 1)


def test_screen_pipeline_builder_called_once_after_dispatch(echo, pipeline):
    calls: list[int] = []

    def build():
        calls.append(echo.stats["extracted"])
        return pipeline

    files = [(f"lazy{i}.txt", _text(90 + i)) for i in range(3)]
    results = echo.screen(files, pipeline=build)
    assert (len(calls), [r.status for r in results]) == (1, [STATUS_OK] * 3)
    assert [r.to_dict() for r in echo.screen(files, pipeline=pipeline)] == [
        r.to_dict() for r in results
    ]


def test_batch_module_imports_no_pipeline_or_spacy():
    code = (
        "import sys, hashlib; import matcher.batch as b; "
        "assert b.content_hash(b'x') == hashlib.sha256(b'x').hexdigest(); "
        "print(sorted(m for m in ('spacy', 'matcher.pipeline') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_screen_read_ahead_in_worker_equals_pipeline(real, pipeline, tmp_path):
    samples = Path(__file__).resolve().parents[1] / "sample_resumes"
    paths = sorted(p for p in samples.iterdir() if p.suffix in (".pdf", ".docx", ".txt"))[:6]
    files = [(p.name, p.read_bytes()) for p in paths] + [("cv.txt", _text(95))]
    cache = ScreenCache(16)
    screened = real.screen(files, pipeline=pipeline, cache=cache)
    read = real.read(files, pipeline=pipeline, cache=ScreenCache(16))
    expected = [pipeline.screen_bytes(data, file=name) for name, data in files]
    assert [s.to_dict() for s in screened] == [s.to_dict() for s in expected]
    assert [s.to_dict() for s in read] == [
        pipeline.read_bytes(data, file=name).to_dict() for name, data in files
    ]
    cached = [cache.documents.get((content_hash(d), Path(n).suffix)) for n, d in files]
    assert [type(c).__name__ for c in cached] == ["ReadAhead"] * len(files)
    # stage 1 alone still gives plain Documents, even from entries read ahead
    assert all(type(d) is Document for d in real.extract(files, cache=cache))


def test_read_ahead_falls_back_to_the_document_on_reader_failure(monkeypatch):
    import matcher.fields

    document = Document(lines=tuple(H.cv_lines(3)), pages=1, kind="text", language="en")

    def broken(*args, **kwargs):
        raise ValueError("reader bug")

    monkeypatch.setattr(matcher.fields, "read_candidate", broken)
    assert read_ahead(document, None) is document
    empty = Document(lines=("1",), pages=1, kind="pdf", language="en")
    assert read_ahead(empty, None) is empty
