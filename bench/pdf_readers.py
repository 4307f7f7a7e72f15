"""Compare pypdfium2 and pdfminer.six on real CV PDFs, and count extract() outcomes.

Run from the repository root:  python bench/pdf_readers.py [--sample 150] [--seed 7]

Prints per-reader median ms/page (raw PDFium text, pdfminer.six, and extract(): PDFium
with word spacing, column order and normalisation), how often each text agrees with
pdfminer's (rapidfuzz token_set_ratio >= 90 on normalised text), word-level differences
for Vietnamese and other words, a short reason per disagreeing file (file ids only, never
text), the same on the fictional sample_resumes PDFs (the only Vietnamese PDFs at hand),
and the ok / no_text / error-by-code counts of extract() over every file of real_cvs/.
Reads ../shared/data in place; prints no names, contacts or CV text.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from matcher.extract import PDFIUM_LOCK, extract, garble_ratio, has_text  # noqa: E402
from matcher.text import _VI_LETTERS, normalize_lines  # noqa: E402
from matcher.types import ReadError  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
AGREE = 90.0
TIME_LIMIT_S = 30
_WORD = re.compile(r"[^\W\d_]+")


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout


def pdfium_text(data: bytes) -> tuple[str, int]:
    """Plain PDFium text of every page (no column handling): the library's own speed."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            pages = []
            for page in pdf:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\n".join(pages), len(pages)
        finally:
            pdf.close()


def pdfminer_text(data: bytes) -> tuple[str, int]:
    import io

    from pdfminer.high_level import extract_text

    text = extract_text(io.BytesIO(data))
    return text, max(1, text.count("\x0c"))


def extract_text(data: bytes) -> tuple[str, int]:
    """What the pipeline uses: PDFium + column order + normalisation (+ fallback)."""
    doc = extract(data)
    return doc.text, doc.pages


READERS: dict[str, Callable[[bytes], tuple[str, int]]] = {
    "pypdfium2": pdfium_text,
    "pdfminer.six": pdfminer_text,
    "extract()": extract_text,
}


def timed(reader: Callable[[bytes], tuple[str, int]], data: bytes):
    """(text, pages, seconds) or (None, error name, seconds)."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    start = time.perf_counter()
    try:
        text, pages = reader(data)
        return text, pages, time.perf_counter() - start
    except _Timeout:
        return None, "timeout", time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001 - a bench records failures, it does not stop
        return None, type(exc).__name__, time.perf_counter() - start
    finally:
        signal.alarm(0)


def normalised(text: str) -> str:
    return " ".join(normalize_lines(text.split("\n"))).lower()


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(_WORD.findall(text))


def is_vietnamese(word: str) -> bool:
    return not _VI_LETTERS.isdisjoint(word)


def classify(a: str, b: str) -> str:
    """Why text ``a`` disagrees with pdfminer's ``b``, in a few words."""
    if not a.strip() or not b.strip():
        return "this reader empty" if not a.strip() else "pdfminer empty"
    ga, gb = garble_ratio(a), garble_ratio(b)
    if max(ga, gb) > 0.1:
        return f"garbled glyphs ({'this reader' if ga > gb else 'pdfminer'})"
    squash_a, squash_b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    if fuzz.ratio(squash_a, squash_b) >= 95:
        return "spacing only (words split or joined)"
    if len(squash_a) < 0.8 * len(squash_b):
        return "this reader has less text"
    if len(squash_b) < 0.8 * len(squash_a):
        return "pdfminer has less text"
    return "different words or order"


def sample_files(n: int, seed: int) -> list[Path]:
    real = sorted((DATA / "real_cvs" / "pdf").glob("*.pdf"))
    by_category = sorted((DATA / "resumes_by_category").rglob("*.pdf"))
    rng = random.Random(seed)
    half = n // 2
    return rng.sample(real, min(half, len(real))) + rng.sample(
        by_category, min(n - half, len(by_category))
    )


def file_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


class Agreement:
    """Text agreement of one reader with pdfminer.six over many files."""

    def __init__(self) -> None:
        self.agree = self.compared = 0
        self.diff = {"vi": [0, 0], "en": [0, 0]}  # [words differing, words in total]
        self.reasons: dict[str, list[str]] = collections.defaultdict(list)

    def add(self, path: Path, text: str, reference: str) -> None:
        a, b = normalised(text), normalised(reference)
        if not a and not b:
            return  # both empty (a scan): nothing to compare
        self.compared += 1
        if fuzz.token_set_ratio(a, b) >= AGREE:
            self.agree += 1
        else:
            self.reasons[classify(a, b)].append(file_id(path))
        wa, wb = words(a), words(b)
        for word in wa.keys() | wb.keys():
            lang = "vi" if is_vietnamese(word) else "en"
            self.diff[lang][0] += abs(wa[word] - wb[word])
            self.diff[lang][1] += max(wa[word], wb[word])

    def report(self, name: str) -> None:
        share = self.agree / self.compared if self.compared else 0.0
        print(
            f"{name} vs pdfminer.six, token_set_ratio >= {AGREE:.0f}: "
            f"{self.agree}/{self.compared} = {share:.1%}"
        )
        for lang, (changed, total) in self.diff.items():
            rate = changed / total if total else 0.0
            label = "Vietnamese" if lang == "vi" else "other (English)"
            print(f"  word-level difference, {label} words: {changed}/{total} = {rate:.2%}")
        for reason, ids in sorted(self.reasons.items(), key=lambda item: -len(item[1])):
            shown = " ".join(ids[:25]) + (" ..." if len(ids) > 25 else "")
            print(f"  disagree: {reason}: {len(ids)}  {shown}")


def compare(paths: list[Path], *, title: str) -> None:
    ms_per_page: dict[str, list[float]] = {name: [] for name in READERS}
    failures: dict[str, collections.Counter[str]] = {
        name: collections.Counter() for name in READERS
    }
    agreement = {name: Agreement() for name in READERS if name != "pdfminer.six"}
    for path in paths:
        data = path.read_bytes()
        texts = {}
        for name, reader in READERS.items():
            text, pages, seconds = timed(reader, data)
            if text is None:
                failures[name][pages] += 1
                continue
            ms_per_page[name].append(1000 * seconds / max(pages, 1))
            texts[name] = text
        if "pdfminer.six" not in texts:
            continue
        for name, tally in agreement.items():
            if name in texts:
                tally.add(path, texts[name], texts["pdfminer.six"])

    print(f"== {title}: {len(paths)} files")
    print(f"{'reader':<14} {'median ms/page':>15} {'p90 ms/page':>12} {'files':>6}  failures")
    for name, values in ms_per_page.items():
        if not values:
            continue
        p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
        print(
            f"{name:<14} {statistics.median(values):>15.1f} {p90:>12.1f} {len(values):>6}"
            f"  {dict(failures[name]) or '-'}"
        )
    for name, tally in agreement.items():
        tally.report(name)


def outcomes() -> None:
    """ok / no_text / error by code for every file of real_cvs (pdf and docx)."""
    counts: collections.Counter[str] = collections.Counter()
    files = sorted((DATA / "real_cvs").glob("*/*.*"))
    files = [f for f in files if f.suffix.lower() in (".pdf", ".docx", ".doc", ".txt")]
    for path in files:
        text, status, _ = timed(lambda data: _status(data), path.read_bytes())
        counts[status if text is not None else f"error:{status}"] += 1
    print(f"real_cvs outcomes over {len(files)} files: {dict(sorted(counts.items()))}")


def _status(data: bytes) -> tuple[str, str]:
    try:
        doc = extract(data)
    except ReadError as exc:
        return "", f"error:{exc.error.code}"
    return "", "ok" if has_text(doc) else "no_text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-outcomes", action="store_true")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 1
    compare(
        sample_files(args.sample, args.seed),
        title=f"real_cvs/pdf + resumes_by_category, seed {args.seed}",
    )
    samples = sorted((ROOT / "sample_resumes").glob("*.pdf"))
    if samples:  # fictional CVs: the only Vietnamese PDFs at hand
        compare(samples, title="sample_resumes (fictional, Vietnamese and English)")
    if not args.skip_outcomes:
        outcomes()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
