"""Screen many files: extraction in a persistent pool of limited workers, scoring in the caller.

Stage 1 (pre-flight + extract) runs in worker processes started by the "forkserver" context
(never ``fork`` from a Streamlit thread). Each worker caps its own address space
(``RLIMIT_AS``) and CPU time, and the parent kills (SIGKILL) a worker past the wall-clock
limit and starts a fresh one, so one hostile file costs only its own result. A worker also
reads what it extracted (stages 2-3, as of the pipeline's date: ``ReadAhead``), since reading
was most of the caller's time; the caller's ``Pipeline`` scores each result as it arrives
(stage 4) while the workers go on. A bounded LRU keyed by the SHA-256 of the bytes
skips extraction (and scoring) of a file already seen. That cache is a ``ScreenCache``
passed per call: the app gives each visitor's session its own (candidate data never sits in
a cache shared between sessions) while the pool itself is shared; the CLI and benches use
the screener's own. ``shared_screener()`` (the app's) keeps no cache of its own at all.

As with any "spawn"/"forkserver" pool, a script that starts a screener must guard its entry
point with ``if __name__ == "__main__":`` (``python -m matcher`` and Streamlit already do).
"""

from __future__ import annotations

import atexit
import hashlib
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from matcher.errors import file_error, read_error
from matcher.preflight import check, sniff, unpack_zip
from matcher.settings import DEFAULT_LIMITS, MB, Limits
from matcher.types import STATUS_ERROR, Document, FileError, ReadError, Screening

Task = Callable[[bytes, str, Limits], Document]
OnResult = Callable[[int, Screening], None]

CV_SUFFIXES = (".pdf", ".docx", ".doc", ".txt", ".zip")  # in folders; any file named explicitly
# Imported once by the fork server, so each (replacement) worker starts in milliseconds.
# The parent has already imported matcher.batch, so this import cannot fail there either.
# matcher.fields (the workers read ahead) brings no spaCy; it costs ~50 ms per worker else.
PRELOAD = ["matcher.batch", "matcher.extract", "matcher.preflight", "matcher.fields"]
BOOT_TIMEOUT_S = 120.0  # a worker that cannot even start (a loaded machine) is replaced
QUEUE_DEPTH = 2
PIPELINE_MAX_BYTES = (
    128 * 1024
)  # a queued job this small fits the socket buffer: no blocking  # tasks handed to a worker ahead, so it never waits while the parent scores
# Errors that depend on load, not on the bytes: never cached.
_TRANSIENT = {"timeout", "memory_limit", "worker_crashed", "internal_error"}


def content_hash(data: bytes) -> str:
    """``matcher.pipeline.content_hash`` (SHA-256 hex), without importing the pipeline here:
    the fork server preloads this module, and spaCy in it would slow every worker's boot."""
    return hashlib.sha256(data).hexdigest()


def _context() -> Any:
    """The forkserver context (spawn where there is none), parsers preloaded once."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    # Python 3.11's fork server ignores the parent's sys.path: make the package importable
    # there (else the preload fails silently and every worker imports everything itself).
    root = str(Path(__file__).resolve().parents[1])
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *[p for p in paths if p]])
    return ctx


def extract_task(data: bytes, filename: str, limits: Limits) -> Document:
    """The production worker task: pre-flight checks, then ``matcher.extract.extract``."""
    kind = check(data, filename=filename, limits=limits)
    if kind == "zip":  # archives are unpacked before screening (``expand_archives``)
        raise read_error("unsupported_type")
    from matcher.extract import extract

    document = extract(data, filename=filename)
    if document.pages > limits.max_pages:
        raise read_error("too_many_pages", pages=document.pages, **limits.message_fields())
    return document


def _apply_limits(limits: Limits) -> None:
    try:
        import resource

        memory = int(limits.memory_mb) * MB
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            memory = min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (memory, hard))
    except (ImportError, ValueError, OSError):  # not on this platform: the timeout still holds
        pass


def _arm_cpu_limit(limits: Limits) -> None:
    """Backstop: SIGXCPU if this one task burns twice its wall-clock limit in CPU time."""
    try:
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = used.ru_utime + used.ru_stime
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(spent + 2 * limits.timeout_s) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ImportError, ValueError, OSError):
        pass


def _worker_main(conn: Connection, limits: Limits, task: Task) -> None:
    """Loop of one worker: receive (id, name, bytes), send (id, Document | FileError)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    _apply_limits(limits)
    fields = limits.message_fields()
    _warm_up()
    conn.send(("ready", os.getpid()))  # the parent starts the clock of a job only after this
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task_id, filename, data, today = message
        _arm_cpu_limit(limits)
        fatal = False
        try:
            result: Document | FileError = task(data, filename, limits)
        except ReadError as exc:
            result = exc.error
        except MemoryError:
            result, fatal = file_error("memory_limit", **fields), True
        except RecursionError:
            result = file_error("corrupt", **fields)
        except Exception:  # a parser bug on hostile bytes: this file only, coded
            result = file_error("corrupt", **fields)
        if today is not None and isinstance(result, Document):
            result = read_ahead(result, today)
        del data
        try:
            conn.send((task_id, result))
        except MemoryError:
            conn.send((task_id, file_error("memory_limit", **fields)))
            fatal = True
        if fatal:  # the heap may be in a bad state: let the parent start a fresh worker
            return


_WARM_UP = Document(
    lines=("Account Executive", "Kinh nghiệm làm việc", "01/2020 - nay: Công ty ABC"),
    pages=1,
    kind="text",
    language="vi",
)


def _warm_up() -> None:
    """Load PDFium and the readers' tables (YAML, patterns: ~130 ms) before the first job,
    while the caller still starts up, instead of on the first CV."""
    from matcher.extract import prepare

    with suppress(Exception):  # the first job then pays for it, or reports what fails
        prepare()
    read_ahead(_WARM_UP, date(2000, 1, 1))


@dataclass(frozen=True)
class ReadAhead:
    """A Document with its sections and candidate, read (stages 2-3) in the worker that
    extracted it, so the caller only scores: reading is most of the caller's time."""

    document: Document
    today: Any
    sections: tuple[Any, ...]
    candidate: Any


def read_ahead(document: Document, today: Any) -> Document | ReadAhead:
    """Stages 2-3 on ``document`` as of ``today``; the bare document if there is no text or
    the reader fails (the caller then reads it itself and reports any failure there)."""
    try:
        from matcher.extract import has_text

        if not has_text(document):
            return document
        from matcher.fields import read_sections_and_candidate

        sections, candidate = read_sections_and_candidate(document, today=today)
        return ReadAhead(document, today, tuple(sections), candidate)
    except Exception:  # a reader bug must not cost the extraction
        return document


def _document_of(result: Any) -> Any:
    return result.document if isinstance(result, ReadAhead) else result


def _read_for(pipe: Any, result: Any) -> ReadAhead | None:
    """The worker's reading of ``result`` if ``pipe`` is a ``matcher.pipeline.Pipeline`` of
    the same reference date (a stand-in pipeline reads and scores everything itself)."""
    kind = type(pipe)
    if not isinstance(result, ReadAhead) or kind.__module__ != "matcher.pipeline":
        return None
    if kind.__name__ != "Pipeline" or result.today != getattr(pipe, "today", None):
        return None
    return result


@dataclass
class _Job:
    """One distinct content to extract; ``indices`` are the inputs that share it."""

    id: int
    name: str
    data: bytes
    key: tuple[str, str]
    indices: list[int] = field(default_factory=list)
    call: Any = None  # the _Call this job belongs to
    today: Any = None  # reference date to read the document as of, in the worker (or None)


class _Worker:
    def __init__(self, ctx: Any, limits: Limits, task: Task) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(
            target=_worker_main, args=(child, limits, task), daemon=True, name="accountfit-worker"
        )
        self.proc.start()
        child.close()
        self.queue: deque[_Job] = deque()
        self.born = time.monotonic()
        self.ready = False  # set by the worker's first message, once its imports are done
        self.started = 0.0  # when the job at the head of the queue began (approximately)
        self.sent = 0
        self.timed_out = False

    def deadline(self, timeout: float) -> float:
        """When the running job is out of time (a booting worker gets a generous allowance)."""
        if not self.ready:
            return self.born + max(BOOT_TIMEOUT_S, 4 * timeout)
        return self.started + timeout

    def send(self, job: _Job) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.conn.send((job.id, job.name, job.data, job.today))
        self.queue.append(job)
        self.sent += 1

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        with suppress(OSError, ValueError):
            self.conn.send(None)
        self.proc.join(1)
        self.kill()


class DocumentCache:
    """Bounded LRU of extraction results keyed by (sha256, file suffix); thread-safe."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def drop(self, digest: str) -> int:
        """Remove every entry whose key starts with ``digest``; returns how many."""
        with self._lock:
            keys = [k for k in self._items if k[0] == digest]
            for key in keys:
                del self._items[key]
            return len(keys)

    def __len__(self) -> int:
        return len(self._items)


class ScreenCache:
    """What one owner (a session, the CLI) remembers: Documents and Screenings by content hash."""

    def __init__(self, size: int = 2048) -> None:
        self.documents = DocumentCache(2 * size)  # a Document is a few KB
        self.screenings = DocumentCache(size)  # a Screening with evidence, ~100 KB

    def forget(self, content_hash: str) -> int:
        """Drop everything remembered about one file; returns how many entries went."""
        return self.documents.drop(content_hash) + self.screenings.drop(content_hash)

    def clear(self) -> None:
        self.documents.clear()
        self.screenings.clear()

    def __len__(self) -> int:
        return len(self.documents) + len(self.screenings)


def _identity(pipeline: Any) -> tuple[Any, ...]:
    """What a cached screening depends on besides the bytes: profiles and reference date."""
    profiles = getattr(pipeline, "profiles", None)
    return (getattr(profiles, "version", ""), id(profiles), getattr(pipeline, "today", None))


def _key(data: bytes, name: str, digest: str) -> tuple[str, str]:
    return digest, Path(name).suffix.lower()


class _Call:
    """One caller's batch: jobs not yet handed out, and a queue its results arrive on."""

    def __init__(self, jobs: Iterable[_Job], cache: ScreenCache) -> None:
        self.jobs: deque[_Job] = deque(jobs)
        self.cache = cache  # where this caller's extraction results are remembered
        self.results: queue.SimpleQueue[tuple[_Job, Document | FileError]] = queue.SimpleQueue()
        self.cancelled = False


class BatchScreener:
    """A persistent pool of extraction workers plus a content-hash cache.

    Safe to share between threads (the sessions of a Streamlit server): one dispatcher
    thread owns the workers and serves the callers' batches in turn, a job from each, so a
    one-file self-check is not stuck behind someone's 500-file batch. Results always come
    back in input order; reading and scoring run in the calling thread. Every call may
    pass its own ``cache`` (a ``ScreenCache``); without one, the screener's own is used.
    """

    def __init__(
        self,
        *,
        limits: Limits = DEFAULT_LIMITS,
        workers: int | None = None,
        task: Task = extract_task,
        cache_size: int = 2048,
        max_tasks_per_worker: int = 2000,
        start: bool = True,
    ) -> None:
        self.limits = limits
        self.workers = workers or limits.worker_count()
        self.task = task
        self.max_tasks_per_worker = max_tasks_per_worker
        self.cache = ScreenCache(cache_size)  # used by calls that bring no cache of their own
        self.stats = {"extracted": 0, "cache_hits": 0, "killed": 0, "crashed": 0}
        self._pool: list[_Worker] = []  # touched only by the dispatcher thread once it runs
        self._calls: deque[_Call] = deque()
        self._state = threading.Lock()  # guards _calls and the jobs in them
        self._lock = threading.Lock()  # guards starting and closing
        self._closed = False
        self._thread: threading.Thread | None = None
        self._ctx = _context()
        self._wake_r, self._wake_w = mp.Pipe(duplex=False)
        if start:
            self._start()

    # ---- public API -----------------------------------------------------------------------

    def screen(
        self,
        files: Sequence[tuple[str, bytes]],
        *,
        pipeline: Any,
        jd_profile: Any = None,
        on_result: OnResult | None = None,
        cache: ScreenCache | None = None,
    ) -> list[Screening]:
        """Stages 1-4 for every (name, bytes); ``on_result(index, screening)`` as each ends.

        ``pipeline``: a ``Pipeline``, or a function building one, called once the workers
        have their jobs (so a command line builds it while they extract). ``cache``: where
        to remember and look up files (default: the screener's own).
        """

        def score(pipe: Any, result: Any, name: str, digest: str) -> Screening:
            ahead = _read_for(pipe, result)
            if ahead is None:
                document = _document_of(result)
                return pipe.screen_document(
                    document, file=name, digest=digest, jd_profile=jd_profile
                )
            return pipe.screen_document(
                ahead.document,
                file=name,
                digest=digest,
                jd_profile=jd_profile,
                already_read=(ahead.sections, ahead.candidate),
            )

        return self._run(
            files,
            score=score,
            pipeline=pipeline,
            on_result=on_result,
            memo=None if jd_profile is not None else "screen",
            cache=cache,
        )

    def read(
        self,
        files: Sequence[tuple[str, bytes]],
        *,
        pipeline: Any,
        on_result: OnResult | None = None,
        cache: ScreenCache | None = None,
    ) -> list[Screening]:
        """Stages 1-3 only (the ``parse`` command): no assessment in the results."""

        def score(pipe: Any, result: Any, name: str, digest: str) -> Screening:
            ahead = _read_for(pipe, result)
            if ahead is None:
                return pipe.read_document(_document_of(result), file=name, digest=digest)
            return pipe.read_document(
                ahead.document,
                file=name,
                digest=digest,
                already_read=(ahead.sections, ahead.candidate),
            )

        return self._run(
            files, score=score, pipeline=pipeline, on_result=on_result, memo="read", cache=cache
        )

    def extract(
        self,
        files: Sequence[tuple[str, bytes]],
        *,
        on_result: Callable[[int, Document | FileError], None] | None = None,
        cache: ScreenCache | None = None,
    ) -> list[Document | FileError]:
        """Stage 1 only, in the pool: a ``Document`` or a ``FileError`` per file, input order."""
        out: list[Document | FileError | None] = [None] * len(files)
        with closing(self._documents(files, self.cache if cache is None else cache)) as results:
            for indices, result in results:
                document = _document_of(result)
                for i in indices:
                    out[i] = document
                    if on_result:
                        on_result(i, document)
        return [r for r in out if r is not None]

    def screen_paths(self, paths: Iterable[str | Path], **options: Any) -> list[Screening]:
        """``screen`` over files and folders (recursive), ZIP archives unpacked."""
        files = load_paths(iter_paths(paths), max_bytes=self.limits.max_bytes)
        files = expand_archives(files, limits=self.limits)
        return self.screen(files, **options)

    def view(self, cache: ScreenCache) -> ScreenerView:
        """This screener's pool seen through ``cache`` (e.g. one Streamlit session's)."""
        return ScreenerView(self, cache)

    def forget(self, content_hash: str, *, cache: ScreenCache | None = None) -> int:
        """Drop everything cached about one file (a candidate deleted on request)."""
        return (self.cache if cache is None else cache).forget(content_hash)

    def clear_cache(self) -> None:
        """Drop every document and result in the screener's own cache."""
        self.cache.clear()

    def close(self) -> None:
        """Stop the dispatcher and the workers; the screener cannot be used afterwards."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._wake()
            if self._thread is not None:
                self._thread.join(30)
            for worker in self._pool:
                worker.stop()
            self._pool.clear()

    def __enter__(self) -> BatchScreener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- callers' side --------------------------------------------------------------------

    def _run(self, files, *, score, pipeline, on_result, memo, cache) -> list[Screening]:
        out: list[Screening | None] = [None] * len(files)
        cache = self.cache if cache is None else cache
        pipe = version = key = None
        # the workers read (stages 2-3) as of the pipeline's date; a builder's is today's
        today = getattr(pipeline, "today", None) if not callable(pipeline) else date.today()
        with closing(self._documents(files, cache, today=today)) as results:
            for indices, result in results:
                if pipe is None:  # the workers are busy by now: build it if it is a builder
                    pipe = pipeline() if callable(pipeline) else pipeline
                    version = getattr(getattr(pipe, "profiles", None), "version", "")
                    key = (memo, *_identity(pipe)) if memo else None
                    run = partial(score, pipe)

                digest = content_hash(files[indices[0]][1])
                for i in indices:
                    name = files[i][0]
                    screening = self._screen_one(
                        result, name, digest, run, version, key, cache.screenings
                    )
                    out[i] = screening
                    if on_result:
                        on_result(i, screening)
        return [s for s in out if s is not None]

    def _screen_one(self, result, name, digest, score, version, memo, memory) -> Screening:
        if isinstance(result, FileError):
            return Screening(
                file=name,
                status=STATUS_ERROR,
                error=result,
                content_hash=digest,
                profile_version=version,
            )
        key = (digest, memo) if memo else None
        if key is not None:
            cached = memory.get(key)
            if cached is not None:
                return replace(cached, file=name)
        try:
            screening = score(result, name, digest)
        except Exception:  # a reader or scorer bug must not cost the other files
            return Screening(
                file=name,
                status=STATUS_ERROR,
                error=file_error("internal_error"),
                content_hash=digest,
                profile_version=version,
            )
        if key is not None:
            memory.put(key, screening)
        return screening

    def _documents(
        self, files: Sequence[tuple[str, bytes]], cache: ScreenCache, *, today: Any = None
    ) -> Iterator[tuple[list[int], Any]]:
        """Yield (input indices, result) as results are ready: cached first, then extracted.

        The workers get their jobs before the first yield, so they extract while the caller
        scores the files already known.
        """
        if self._closed:
            raise RuntimeError("BatchScreener is closed")
        fields = self.limits.message_fields()
        jobs: dict[tuple[str, str], _Job] = {}
        order: list[_Job] = []
        known: list[tuple[list[int], Document | FileError]] = []
        for i, (name, data) in enumerate(files):
            if not data:
                known.append(([i], file_error("empty_file", **fields)))
                continue
            if len(data) > self.limits.max_bytes:
                known.append(([i], file_error("too_large", **fields)))
                continue
            key = _key(data, name, content_hash(data))
            cached = cache.documents.get(key)
            if cached is not None:
                self.stats["cache_hits"] += 1
                known.append(([i], cached))
                continue
            job = jobs.get(key)
            if job is None:
                job = jobs[key] = _Job(id=len(order), name=name, data=data, key=key, today=today)
                order.append(job)
            job.indices.append(i)
        call = _Call(order, cache)
        if order:
            for job in order:
                job.call = call
            self._start()
            with self._state:
                self._calls.append(call)
            self._wake()
        remaining = len(order)
        try:
            yield from known
            while remaining:
                try:
                    job, result = call.results.get(timeout=1.0)
                except queue.Empty:
                    if self._thread is None or not self._thread.is_alive():
                        raise RuntimeError("BatchScreener is closed") from None
                    continue
                remaining -= 1
                yield job.indices, result
        finally:
            if remaining:  # the caller stopped early: its other jobs are dropped
                call.cancelled = True
                self._wake()

    # ---- the dispatcher thread ------------------------------------------------------------

    def _start(self) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError("BatchScreener is closed")
            if self._thread is None:  # it starts the workers: the caller goes on meanwhile
                self._thread = threading.Thread(
                    target=self._serve, name="accountfit-dispatcher", daemon=True
                )
                self._thread.start()

    def _wake(self) -> None:
        with suppress(OSError, ValueError):
            self._wake_w.send_bytes(b"!")

    def _serve(self) -> None:
        """Own the workers: hand out jobs, collect results, kill and replace on limits."""
        try:
            while not self._closed:
                self._cycle()
        except Exception:  # a bug here must not leave callers waiting forever
            self._closed = True
            raise

    def _cycle(self) -> None:
        timeout = self.limits.timeout_s
        self._dispatch()
        watched = [w for w in self._pool if w.queue or not w.ready]
        now = time.monotonic()
        deadline = min((w.deadline(timeout) for w in watched), default=None)
        waitables: list[Any] = [self._wake_r]
        waitables += [w.conn for w in watched] + [w.proc.sentinel for w in watched]
        ready = set(wait(waitables, timeout=None if deadline is None else max(0.0, deadline - now)))
        if self._wake_r in ready:
            while self._wake_r.poll():
                self._wake_r.recv_bytes()
        for worker in watched:
            if worker.conn in ready:
                self._receive(worker)
            if worker.proc.sentinel in ready:
                self._receive(worker)  # results sent just before it exited
                self._bury(worker)
        now = time.monotonic()
        for worker in list(self._pool):
            if (worker.queue or not worker.ready) and now > worker.deadline(timeout):
                worker.timed_out = True
                worker.kill()
                self._bury(worker)
        self._fill()  # a replacement boots at once, so the next batch finds a warm pool

    def _fill(self) -> None:
        while len(self._pool) < self.workers:
            self._pool.append(_Worker(self._ctx, self.limits, self.task))

    def _retire(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.kill()
        else:
            worker.stop()
        if worker in self._pool:
            self._pool.remove(worker)

    def _next_job(self, *, take: bool) -> _Job | None:
        """The next job, taking one from each waiting call in turn."""
        with self._state:
            while self._calls:
                call = self._calls[0]
                if call.cancelled or not call.jobs:
                    self._calls.popleft()
                    continue
                if not take:
                    return call.jobs[0]
                job = call.jobs.popleft()
                self._calls.rotate(-1)
                return job
            return None

    def _requeue(self, job: _Job) -> None:
        with self._state:
            job.call.jobs.appendleft(job)
            if job.call not in self._calls:
                self._calls.appendleft(job.call)

    def _deliver(self, job: _Job, result: Document | FileError) -> None:
        if not (isinstance(result, FileError) and result.code in _TRANSIENT):
            job.call.cache.documents.put(job.key, result)
        if not job.call.cancelled:
            job.call.results.put((job, result))

    def _dispatch(self) -> None:
        """Hand out jobs breadth-first to ready workers (all get one before any gets two).

        The dispatcher never blocks on a worker: a job goes to a worker that is idle (so it
        is reading), or, when small enough to sit in the socket buffer, queued behind the
        one it is running, so the worker never waits while the parent scores.
        """
        for worker in list(self._pool):
            if not worker.queue and not worker.proc.is_alive():
                self._retire(worker, kill=True)  # exited between jobs (e.g. after a MemoryError)
            elif not worker.queue and worker.sent >= self.max_tasks_per_worker:
                self._retire(worker, kill=False)  # recycle a long-lived worker between jobs
        self._fill()
        for depth in range(1, QUEUE_DEPTH + 1):
            for worker in list(self._pool):
                if not worker.ready or len(worker.queue) >= depth:
                    continue
                if worker.sent >= self.max_tasks_per_worker:
                    continue
                job = self._next_job(take=False)
                if job is None:
                    return
                if worker.queue and len(job.data) > PIPELINE_MAX_BYTES:
                    continue  # would block until the worker reads it: wait until it is idle
                job = self._next_job(take=True)
                if job is None:
                    return
                try:
                    worker.send(job)
                except (OSError, ValueError):  # died between jobs: its sentinel will say
                    self._requeue(job)

    def _receive(self, worker: _Worker) -> None:
        while True:
            try:
                if not worker.conn.poll():
                    return
                task_id, result = worker.conn.recv()
            except (EOFError, OSError):
                return
            if task_id == "ready":
                worker.ready = True
                worker.started = time.monotonic()
                continue
            if not worker.queue:  # cannot happen: a result for nothing sent
                continue
            job = worker.queue.popleft()
            worker.started = time.monotonic()
            if task_id != job.id:  # cannot happen with an ordered pipe; never mis-attribute
                result = file_error("worker_crashed", **self.limits.message_fields())
            self.stats["extracted"] += 1
            self._deliver(job, result)

    def _bury(self, worker: _Worker) -> None:
        """A worker died or was killed: its running job fails, the queued ones go back."""
        fields = self.limits.message_fields()
        worker.kill()
        if worker in self._pool:
            self._pool.remove(worker)
        code = worker.proc.exitcode
        head = None
        if worker.queue and code != 0:  # exit 0: left on purpose; nothing of it had started
            head = worker.queue.popleft()
        for job in reversed(worker.queue):
            self._requeue(job)
        worker.queue.clear()
        if head is None:
            return
        if (worker.timed_out and worker.ready) or code == -signal.SIGXCPU:
            self.stats["killed"] += 1
            self._deliver(head, file_error("timeout", **fields))
        elif code in (-signal.SIGKILL, -signal.SIGABRT):
            # SIGKILL not ours: the kernel's OOM killer. SIGABRT: native code (PDFium, lxml)
            # aborts when an allocation fails under RLIMIT_AS (std::bad_alloc -> abort).
            self.stats["crashed"] += 1
            self._deliver(head, file_error("memory_limit", **fields))
        else:
            self.stats["crashed"] += 1
            self._deliver(head, file_error("worker_crashed", **fields))


class ScreenerView:
    """A shared screener used with one owner's cache: the same workers, that owner's memory."""

    def __init__(self, screener: BatchScreener, cache: ScreenCache) -> None:
        self.screener = screener
        self.cache = cache

    def screen(self, files: Sequence[tuple[str, bytes]], **options: Any) -> list[Screening]:
        return self.screener.screen(files, cache=self.cache, **options)

    def read(self, files: Sequence[tuple[str, bytes]], **options: Any) -> list[Screening]:
        return self.screener.read(files, cache=self.cache, **options)

    def extract(self, files: Sequence[tuple[str, bytes]], **options: Any) -> list[Any]:
        return self.screener.extract(files, cache=self.cache, **options)

    def forget(self, content_hash: str) -> int:
        return self.cache.forget(content_hash)

    def clear_cache(self) -> None:
        self.cache.clear()

    @property
    def stats(self) -> dict[str, int]:
        return self.screener.stats


# ---- files and folders ----------------------------------------------------------------------


def iter_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files in input order; a folder expands to its CV files (recursive, sorted, no hidden).

    A path that does not exist is kept, so the caller can report it.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in CV_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out.extend(sorted(found))
        else:
            out.append(path)
    return out


def load_paths(paths: Sequence[Path], *, max_bytes: int | None = None) -> list[tuple[str, bytes]]:
    """(name, bytes) per path; at most ``max_bytes + 1`` bytes are read (enough to refuse).

    An unreadable or missing path gets empty bytes.
    """
    files = []
    for path in paths:
        try:
            with path.open("rb") as fh:
                data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
        except OSError:
            data = b""
        files.append((str(path), data))
    return files


def expand_archives(
    files: Sequence[tuple[str, bytes]], *, limits: Limits = DEFAULT_LIMITS
) -> list[tuple[str, bytes]]:
    """Replace each safe ZIP of CVs by its members ("archive.zip/member.pdf"), in place.

    An unsafe or broken archive is kept as it is, so screening it reports its error code.
    """
    out: list[tuple[str, bytes]] = []
    for name, data in files:
        if data.startswith(b"PK\x03\x04") and sniff(data) == "zip":
            try:
                members = unpack_zip(data, limits=limits)
            except ReadError:
                out.append((name, data))
                continue
            out.extend((f"{name}/{member}", body) for member, body in members)
        else:
            out.append((name, data))
    return out


_SHARED: BatchScreener | None = None
_SHARED_LOCK = threading.Lock()


def shared_screener() -> BatchScreener:
    """The one screener of this process: the app's sessions share its warm workers.

    It keeps no cache of its own (``cache_size=0``): each caller passes its own
    ``ScreenCache`` (the app: one per session), so no candidate outlives its session here.
    """
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None or _SHARED._closed:
            _SHARED = BatchScreener(cache_size=0)
            atexit.register(_SHARED.close)
        return _SHARED
