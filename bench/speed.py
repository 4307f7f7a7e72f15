"""Speed benchmark (issue 7): the extraction floor, the whole screen, and where the time goes.

Run:  python bench/speed.py [--runs 3] [--limit N] [--no-real-cvs]
Prints one table (median of the runs, with min and max) and writes bench/results/speed.json.

Figures (resumes_by_category's 1,236 PDFs; real_cvs' PDFs as a second set):
- floor: bare pypdfium2 text extraction of the same PDFs, one process, no reading or scoring;
- screen_cli: `python -m matcher screen FILES --format jsonl` as a user runs it (the same
  ``BatchScreener.screen`` the app calls, worker pool, start-up included), and its ratio
  to the floor of the same run;
- stage medians per CV (extract, sections, fields, skills, score), in-process, on every 6th file,
  each CV read and scored right after its extraction, as the pipeline runs it
  (``stage_read_score_ms``: the extraction just before leaves the CPU caches cold);
- read+score from already-extracted text: the same CVs' Documents, extracted first, then read
  and scored one after the other (``stage_read_score_from_text_ms``, ``read_score_cv_per_s``);
- start-up: import plus profile and pipeline build, in a fresh interpreter;
- cache hit: a re-screen of a file already in the caller's cache (a ``ScreenCache`` as each
  app session has), median of 20;
- peak RSS of the whole CLI process tree (parent, fork server, workers) during the batch;
- CPU seconds of that tree (sampled every 0.1 s, so the last 0.1 s of a worker may be missed)
  halved for the 2 cores, against the floor's CPU: a ratio that load from others inflates less;
  and of its main process alone (start-up, scoring, output), the rest being the worker pool.
The load average before and after is recorded: the machine is shared, read ratios first.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))


def pdf_files(limit: int | None, folder: str = "resumes_by_category") -> list[Path]:
    files = sorted(p for p in (DATA / folder).rglob("*") if p.suffix.lower() == ".pdf")
    return files[:limit] if limit else files


def floor_seconds(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of bare pypdfium2 text extraction, every page, one process."""
    import pypdfium2 as pdfium

    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    return time.perf_counter() - start, time.process_time() - cpu


def cli_screen(
    files: list[Path], *, folder: Path | None = None
) -> tuple[float, float, float, float]:
    """Wall time, CPU seconds, peak RSS (MB) of the whole process tree of the command line
    screening ``files`` (or the whole ``folder``, as a recruiter would pass it), and the CPU
    seconds of its main process alone (start-up, scoring, output; the rest is the pool)."""
    args = [sys.executable, "-m", "matcher", "screen", "--format", "jsonl"]
    args += [str(folder)] if folder is not None else [str(p) for p in files]
    start = time.perf_counter()
    proc = psutil.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    cpu: dict[int, float] = {}  # last CPU seconds seen per process of the tree
    while proc.poll() is None:
        rss = 0
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            tree = []
        for p in tree:
            with contextlib.suppress(psutil.Error), p.oneshot():
                rss += p.memory_info().rss
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        peak = max(peak, rss)
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"matcher screen exited with {proc.returncode}")
    return elapsed, sum(cpu.values()), peak / 2**20, cpu.get(proc.pid, 0.0)


def startup_seconds() -> float:
    code = "import matcher; matcher.build_pipeline()"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - start


def stage_medians(files: list[Path]) -> dict[str, float]:
    """Median milliseconds per CV for each stage, in-process (no worker pool)."""
    from matcher.assess import assess
    from matcher.extract import extract, has_text
    from matcher.fields import read_candidate
    from matcher.pipeline import build_pipeline
    from matcher.sections import split_sections
    from matcher.text import forget_document_lines

    pipe = build_pipeline()
    times: dict[str, list[float]] = {
        k: [] for k in ("extract", "sections", "fields", "skills", "score", "read_score")
    }
    finder = pipe.finder
    in_finder = [0.0]
    documents = []

    def timed(method):
        def call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                in_finder[0] += time.perf_counter() - start

        return call

    # assess calls the finder itself: time those calls inside it, so nothing runs twice
    finder.scan, finder.find_in_scan = timed(finder.scan), timed(finder.find_in_scan)
    try:
        for path in files:
            data = path.read_bytes()
            t0 = time.perf_counter()  # per CV: extract, then reading and scoring of its text
            try:
                doc = extract(data, filename=path.name)
            except Exception:  # a coded ReadError: not part of the stage timing
                continue
            t1 = time.perf_counter()
            if not has_text(doc):
                continue
            sections = split_sections(doc.lines)
            t2 = time.perf_counter()
            cand = read_candidate(doc, sections, today=pipe.today)
            forget_document_lines()  # as the pipeline does: memo tables live for one CV only
            t3 = time.perf_counter()
            in_finder[0] = 0.0
            assess(cand, sections, profiles=pipe.profiles, finder=finder)
            t4 = time.perf_counter()
            times["extract"].append(t1 - t0)
            times["sections"].append(t2 - t1)
            times["fields"].append(t3 - t2)
            times["skills"].append(in_finder[0])
            times["score"].append((t4 - t3) - in_finder[0])
            times["read_score"].append(t4 - t1)
            documents.append(doc)
    finally:
        del finder.scan, finder.find_in_scan
    # the same CVs from already-extracted text: reading and scoring only, one after another
    from_text = []
    for doc in documents:
        start = time.perf_counter()
        sections = split_sections(doc.lines)
        cand = read_candidate(doc, sections, today=pipe.today)
        forget_document_lines()
        assess(cand, sections, profiles=pipe.profiles, finder=finder)
        from_text.append(time.perf_counter() - start)
    out = {k: statistics.median(v) * 1000 for k, v in times.items() if v}
    out["read_score_from_text"] = statistics.median(from_text) * 1000
    out["read_score_cv_per_s"] = len(from_text) / sum(from_text)
    return out


def cache_hit_ms(path: Path, pipe) -> float:
    """Median of 20 re-screens of one file already in the caller's (session's) cache."""
    from matcher.batch import BatchScreener, ScreenCache

    with BatchScreener() as screener:
        session = screener.view(ScreenCache(16))
        files = [(path.name, path.read_bytes())]
        session.screen(files, pipeline=pipe)
        hits = []
        for _ in range(20):
            start = time.perf_counter()
            session.screen(files, pipeline=pipe)
            hits.append((time.perf_counter() - start) * 1000)
        return statistics.median(hits)


def count_pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    pages = 0
    for path in files:
        with contextlib.suppress(pdfium.PdfiumError):
            pdf = pdfium.PdfDocument(str(path))
            pages += len(pdf)
            pdf.close()
    return pages


def summarise(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.json")
    parser.add_argument("--no-real-cvs", action="store_true", help="skip the real_cvs PDFs")
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"shared data not found at {DATA}")
    files = pdf_files(args.limit)
    whole = None if args.limit else DATA / "resumes_by_category"
    real = [] if args.no_real_cvs else pdf_files(args.limit, "real_cvs")
    pages = count_pages(files)
    load_before = os.getloadavg()
    from matcher.pipeline import build_pipeline

    pipe = build_pipeline()

    results: dict[str, dict[str, float]] = {}
    runs: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        runs.setdefault(key, []).append(value)

    for _ in range(args.runs):
        floor, floor_cpu = floor_seconds(files)
        elapsed, cpu, peak, main_cpu = cli_screen(files, folder=whole)
        add("floor_s", floor)
        add("screen_cli_s", elapsed)
        add("ratio_to_floor", elapsed / floor)
        # load-proof view: CPU of the whole tree spread over 2 cores, against the floor's CPU
        add("floor_cpu_s", floor_cpu)
        add("screen_cli_cpu_s", cpu)
        add("screen_cli_main_cpu_s", main_cpu)  # the rest: fork server and workers
        add("cpu_ratio_2cores", cpu / 2 / floor_cpu)
        add("peak_rss_mb", peak)
        if real:
            floor, _ = floor_seconds(real)
            elapsed, _, _, _ = cli_screen(real)
            add("real_cvs_floor_s", floor)
            add("real_cvs_screen_cli_s", elapsed)
            add("real_cvs_ratio_to_floor", elapsed / floor)
        add("startup_s", startup_seconds())
        add("cache_hit_ms", cache_hit_ms(files[0], pipe))
    results.update({key: summarise(values) for key, values in runs.items()})
    sample = files[:: max(1, len(files) // 200)]
    stage_runs = [stage_medians(sample) for _ in range(args.runs)]
    for key in stage_runs[0]:
        name = key if key.endswith("_per_s") else f"stage_{key}_ms"
        results[name] = summarise([run[key] for run in stage_runs])

    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}"
    )
    load_after = os.getloadavg()
    load = f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    real_note = f"; real_cvs: {len(real)} PDFs, {count_pages(real)} pages" if real else ""
    print(f"{len(files)} PDFs, {pages} pages{real_note}; {args.runs} runs; {machine}; {load}\n")
    print("| figure | median | min | max |\n|---|---:|---:|---:|")
    for key, stats in results.items():
        print(f"| {key} | {stats['median']:.3f} | {stats['min']:.3f} | {stats['max']:.3f} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "files": len(files),
                "pages": pages,
                "runs": args.runs,
                "real_cvs_files": len(real),
                "machine": machine,
                "load_average": {"before": load_before, "after": load_after},
                "command": "python bench/speed.py " + " ".join(sys.argv[1:]),
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
