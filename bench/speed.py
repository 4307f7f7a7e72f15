"""Speed benchmark (issue 7): the extraction floor, the whole screen, and where the time goes.

Run:  python bench/speed.py [--runs 3] [--limit N]
Prints one table (median of the runs, with min and max) and writes bench/results/speed.json.

Figures:
- floor: bare pypdfium2 text extraction of the same PDFs, one process, no reading or scoring;
- screen_cli: `python -m matcher screen FILES --format jsonl` as a user runs it (worker pool,
  start-up included), and its ratio to the floor;
- stage medians per CV (extract, sections, fields, skills, score), in-process;
- read+score from already-extracted text, per CV;
- start-up: import plus profile and pipeline build, in a fresh interpreter;
- cache hit: a re-screen of a file the batch screener has already seen;
- peak RSS of the whole CLI process tree during the batch.
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


def pdf_files(limit: int | None) -> list[Path]:
    files = sorted((DATA / "resumes_by_category").rglob("*.pdf"))
    return files[:limit] if limit else files


def floor_seconds(files: list[Path]) -> float:
    """Bare pypdfium2 text extraction, every page, one process."""
    import pypdfium2 as pdfium

    start = time.perf_counter()
    for path in files:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    return time.perf_counter() - start


def cli_screen(files: list[Path]) -> tuple[float, float]:
    """Wall time and peak RSS (MB, whole process tree) of the command line screening ``files``."""
    args = [sys.executable, "-m", "matcher", "screen", "--format", "jsonl"]
    whole = len(files) == len(pdf_files(None))
    args += [str(DATA / "resumes_by_category")] if whole else [str(p) for p in files]
    start = time.perf_counter()
    proc = psutil.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"matcher screen exited with {proc.returncode}")
    return elapsed, peak / 2**20


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

    pipe = build_pipeline()
    times: dict[str, list[float]] = {
        k: [] for k in ("extract", "sections", "fields", "skills", "score", "read_score")
    }
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
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
        t3 = time.perf_counter()
        exclude = tuple(e.text for e in cand.personal.lines)
        pipe.finder.find(sections, exclude_lines=exclude)
        t4 = time.perf_counter()
        assess(cand, sections, profiles=pipe.profiles, finder=pipe.finder)
        t5 = time.perf_counter()
        times["extract"].append(t1 - t0)
        times["sections"].append(t2 - t1)
        times["fields"].append(t3 - t2)
        times["skills"].append(t4 - t3)
        # assess runs the skill finder itself; its own share is (t5 - t4) - skills
        times["score"].append(max(0.0, (t5 - t4) - (t4 - t3)))
        times["read_score"].append((t3 - t1) + (t5 - t4))
    return {k: statistics.median(v) * 1000 for k, v in times.items() if v}


def cache_hit_ms(path: Path) -> float:
    from matcher.batch import BatchScreener
    from matcher.pipeline import build_pipeline

    pipe = build_pipeline()
    with BatchScreener() as screener:
        files = [(path.name, path.read_bytes())]
        screener.screen(files, pipeline=pipe)
        start = time.perf_counter()
        screener.screen(files, pipeline=pipe)
        return (time.perf_counter() - start) * 1000


def summarise(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.json")
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"shared data not found at {DATA}")
    files = pdf_files(args.limit)
    pages = 0
    import pypdfium2 as pdfium

    for p in files:
        with contextlib.suppress(pdfium.PdfiumError):
            pages += len(pdfium.PdfDocument(str(p)))

    results: dict[str, dict[str, float]] = {}
    floors, screens, peaks, starts, hits = [], [], [], [], []
    for _ in range(args.runs):
        floors.append(floor_seconds(files))
        elapsed, peak = cli_screen(files)
        screens.append(elapsed)
        peaks.append(peak)
        starts.append(startup_seconds())
        hits.append(cache_hit_ms(files[0]))
    results["floor_s"] = summarise(floors)
    results["screen_cli_s"] = summarise(screens)
    results["ratio_to_floor"] = summarise([s / f for s, f in zip(screens, floors, strict=True)])
    results["peak_rss_mb"] = summarise(peaks)
    results["startup_s"] = summarise(starts)
    results["cache_hit_ms"] = summarise(hits)
    sample = files[:: max(1, len(files) // 200)]
    stage_runs = [stage_medians(sample) for _ in range(args.runs)]
    for key in stage_runs[0]:
        results[f"stage_{key}_ms"] = summarise([run[key] for run in stage_runs])

    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}"
    )
    print(f"{len(files)} PDFs, {pages} pages; {args.runs} runs; {machine}\n")
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
                "machine": machine,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
