"""Ranking quality of the level scores on real resumes (../shared/data/resumes_by_category/).

PUBLIC-RELATIONS, DIGITAL-MEDIA, BUSINESS-DEVELOPMENT and SALES count as related to an account
role, every other category as unrelated. Prints the ROC AUC of one level's score (default the
Account Manager), precision among the top 50 and the mean score per category, and writes
bench/results/ranking.json.

    python bench/ranking_report.py                 # all 1,236 files (stage 1 cached in /tmp)
    python bench/ranking_report.py --per-category 15 --seed 1   # a quick sample

Stage 1 (extract) is cached per file content and extract.py version in /tmp, so re-running after a profile change only
re-runs stages 2-4 through the real pipeline (``Pipeline.screen_document``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher.extract import extract  # noqa: E402
from matcher.pipeline import build_pipeline  # noqa: E402
from matcher.types import ReadError  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "resumes_by_category"
RELATED = frozenset({"PUBLIC-RELATIONS", "DIGITAL-MEDIA", "BUSINESS-DEVELOPMENT", "SALES"})
CACHE = Path("/tmp/accountfit_ranking_cache")
TODAY = date(2026, 11, 1)  # fixed so "Current" in a resume never drifts between runs


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Mann-Whitney AUC with ties counted half.

    >>> roc_auc([3, 2, 1], [True, False, False])
    1.0
    >>> roc_auc([1, 1], [True, False])
    0.5
    """
    pairs = sorted(zip(scores, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg_rank = (i + 1 + j) / 2
        rank_sum += avg_rank * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def _extract_version() -> str:
    """Hash of the extraction code, so a change to matcher/extract.py re-extracts every file."""
    source = (ROOT / "matcher" / "extract.py").read_bytes()
    return hashlib.sha256(source).hexdigest()[:12]


_EXTRACT_VERSION = _extract_version()


def _document(path: Path):
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest() + "-" + _EXTRACT_VERSION
    cached = CACHE / f"{key}.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    try:
        doc = extract(data, filename=path.name)
    except ReadError:
        doc = None
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(doc))
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--level", default="am")
    parser.add_argument("--per-category", type=int, default=0, help="sample size (0 = all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ranking.json")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    files: list[tuple[str, Path]] = []
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        pdfs = sorted(folder.glob("*.pdf"))
        if args.per_category:
            pdfs = sorted(rng.sample(pdfs, min(args.per_category, len(pdfs))))
        files += [(folder.name, p) for p in pdfs]
    pipeline = build_pipeline(today=TODAY)
    rows = []
    started = time.perf_counter()
    scoring = 0.0
    for category, path in files:
        doc = _document(path)
        if doc is None:
            continue
        t0 = time.perf_counter()
        result = pipeline.screen_document(doc, file=path.name)
        scoring += time.perf_counter() - t0
        if result.assessment is None:
            continue
        a = result.assessment
        rows.append(
            {
                "category": category,
                "related": category in RELATED,
                "score": a.fit[args.level].score,
                "best_level": a.best_level,
                "orientation": a.orientation.label,
                **{f"score_{k}": v.score for k, v in a.fit.items()},
            }
        )
    elapsed = time.perf_counter() - started
    scores = [r["score"] for r in rows]
    labels = [r["related"] for r in rows]
    auc = roc_auc(scores, labels)
    ranked = sorted(rows, key=lambda r: -r["score"])
    top = ranked[: args.top]
    precision = sum(r["related"] for r in top) / max(1, len(top))
    unrelated = [r["score"] for r in rows if not r["related"]]
    auc_by_category = {}
    for category in sorted(RELATED):
        pos = [r["score"] for r in rows if r["category"] == category]
        if pos:
            labels_c = [True] * len(pos) + [False] * len(unrelated)
            auc_by_category[category] = round(roc_auc(pos + unrelated, labels_c), 3)
    per_cat: dict[str, list[float]] = {}
    for r in rows:
        per_cat.setdefault(r["category"], []).append(r["score"])
    table = sorted(
        ((c, statistics.mean(v), len(v)) for c, v in per_cat.items()), key=lambda t: -t[1]
    )
    best = {}
    for r in rows:
        best[str(r["best_level"])] = best.get(str(r["best_level"]), 0) + 1
    print(
        f"files scored: {len(rows)} of {len(files)}   level: {args.level}   "
        f"profiles: {pipeline.profiles.version}"
    )
    print(f"ROC AUC (related vs unrelated): {auc:.3f}")
    print(f"precision@{args.top}: {precision:.2f}")
    print(
        "ROC AUC per related category vs all unrelated: "
        + ", ".join(f"{c} {v:.3f}" for c, v in auc_by_category.items())
    )
    print(f"best_level counts: {best}")
    print(
        f"stages 2-4 per file: {1000 * scoring / max(1, len(rows)):.1f} ms "
        f"(total with cached stage 1: {elapsed:.1f} s)"
    )
    print("| category | related | files | mean score |")
    print("|---|---|---|---|")
    for c, m, n in table:
        print(f"| {c} | {'yes' if c in RELATED else ''} | {n} | {m:.1f} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "level": args.level,
                "files": len(rows),
                "per_category": args.per_category,
                "seed": args.seed,
                "profiles_version": pipeline.profiles.version,
                "roc_auc": round(auc, 4),
                f"precision_at_{args.top}": round(precision, 4),
                "roc_auc_by_related_category": auc_by_category,
                "best_level_counts": best,
                "mean_score_by_category": {c: round(m, 2) for c, m, _ in table},
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
