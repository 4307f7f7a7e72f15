"""Field accuracy of the CV reader on ../shared/data/resume_ner_cc0/cvs_annotated.jsonl.

Run: ``python bench/field_accuracy.py [--limit N]``. Prints precision, recall and F1 per
field as a markdown table and writes bench/results/field_accuracy.json.

How the 435 annotated CVs are read and compared (choices written down here):
- The texts were flattened by their publisher: line breaks became runs of 2+ spaces and
  non-ASCII characters became literal ``\\xe2\\x80\\x94`` escapes. We undo both (runs of 2+
  spaces -> a new line; escapes -> UTF-8) before extraction, and compare text, not offsets.
- Strings are compared after folding, removing punctuation and collapsing spaces. Name and
  e-mail need equality (a name also matches when one's words are all in the other's, since
  the labels sometimes hold the first name only); designation, companies, degree and
  college count as equal when rapidfuzz ``fuzz.ratio`` >= 90 on the normalised strings
  (one-to-one, greedy).
- E-mail: gold is the labelled addresses written outside the references section (the reader
  leaves referees' contacts out on purpose; spans without "@", such as profile URLs, are not
  addresses). Since 2026-11-27 (``email_v1`` keeps the earlier figure): (1) a span holding a
  URL and an address ("site.com name@mail.com") gives its address, not the whole span;
  (2) a CV with no labelled address is not scored for e-mail. Reason for (2): the labels
  miss addresses. 84 CVs have no labelled address; in the 9 where the reader found
  one, 8 are the candidate's own address on the contact line under the name, checked by hand,
  and the ninth is a careers guide of sample CVs (see (3)). Under the old rule
  these counted as 17 of the 22 false positives. ``email_all_spans`` scores against every
  labelled span, for comparison.
- (3) Since 2026-11-27, a CV whose labels are all of one kind (four label only the name,
  one, a careers guide, only skills) was not annotated for the other fields. It is scored
  for that one field only. The ``*_v1`` rows and ``email_all_spans`` keep every CV.
- Designation, companies, degree, college: per CV, the set of DISTINCT predicted values
  against the set of DISTINCT labelled values (near-duplicates within a set, ratio >= 90,
  count once: the labels mark every mention, "Sr. HR Business Partner" in the summary and
  again in the job header), summed over CVs: an honest P/R/F1 over distinct values per
  document. Designation is the role titles plus ``current_title``. A title written
  "A / B", "A & B", "A and B" or "A - B" (title - department) matches a label whole, else
  each part is one predicted value (the labels split such titles sometimes, not always); a
  company written "A / B" or "A - B" likewise. The labels also mark titles and companies in
  summaries, headlines, bullets, clients and referees: only about two thirds of the
  distinct labelled titles occur anywhere in a work section, which caps the recall of any
  reader of work histories (see bench/results/field_accuracy.json "reachable"). The roles
  include undated ones (a title line no dated role used, a title a sentence states as held).
- Since 2026-11-27 (evening), a part of a split title counts once per CV like every other
  value: the rule counted a part again when an earlier title had already given it (role
  "Web Designer / Developer", then the headline "Web Designer": one tp and one fp for one
  value). That contradicted "distinct values" above. ``designation_stop10`` and
  ``companies_stop10`` keep the earlier count, to compare with the figures of stop 10.
- Designation also counts the ``headline`` (the title line under the name; "A | B" names
  two titles) since 2026-11-27; ``designation_roles`` is the figure without it (role titles
  and ``current_title`` only, as before).
- ``designation_v1`` and ``companies_v1`` are the metric used before 2026-11-27 (titles
  always split at "/", "&", "~"; duplicates removed only when equal after normalising), kept
  so old figures stay comparable.
- Years of experience: the label is a duration ("5 years") or date ranges. Gold is the
  largest stated duration, else the union of the labelled ranges (parsed by matcher.dates).
  "Present" means 1 July of the latest year written in the CV (the CVs are years old).
  A prediction matches when within max(1 year, 15 % of gold).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matcher.dates import find_ranges, union_months  # noqa: E402
from matcher.fields import read_candidate  # noqa: E402
from matcher.sections import split_sections  # noqa: E402
from matcher.text import fold  # noqa: E402
from matcher.types import Document  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "resume_ner_cc0" / "cvs_annotated.jsonl"
OUT = ROOT / "bench" / "results" / "field_accuracy.json"
FUZZY = 90
# distinct labelled values that occur in a work section at all: {field: [found, total]}
REACH: dict[str, list[int]] = {}
FIELDS = (
    "name",
    "email",
    "email_v1",
    "email_all_spans",
    "designation",
    "designation_roles",
    "designation_stop10",
    "designation_v1",
    "designation_dated",
    "companies",
    "companies_stop10",
    "companies_v1",
    "years_experience",
    "degree",
    "college",
)
_TITLE_JOIN = re.compile(r"\s*(?:/|~|\s&\s|\sand\s|\s[-–]\s)\s*")
_COMPANY_JOIN = re.compile(r"\s*(?:/|\s[-–]\s)\s*")
_V1_JOIN = re.compile(r"\s*(?:/|~|\s&\s)\s*")
_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_YEARS = re.compile(
    r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty)\s*\+?\s*(?:years?|yrs?)",
    re.I,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20}  # fmt: skip


def unflatten(text: str) -> str:
    """Undo the publisher's flattening: escapes back to UTF-8, runs of spaces to new lines."""
    text = _ESCAPES.sub(
        lambda m: bytes.fromhex(m.group(0).replace("\\x", "")).decode("utf-8", "replace"), text
    )
    text = text.strip().strip('"')
    if "\n" in text:
        return text
    return re.sub(r"[ \t]{2,}", "\n", text)


def to_document(text: str) -> Document:
    try:
        from matcher.extract import extract
    except ImportError:
        extract = None
    if extract is not None:
        try:
            return extract(text.encode("utf-8"), filename="x.txt")
        except Exception:  # noqa: BLE001 - the bench falls back to plain lines
            pass
    return Document(lines=tuple(text.splitlines()), pages=1, kind="text", language="en")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w@.]+|_", " ", fold(text))).strip(" .")


def same(a: str, b: str, *, fuzzy: bool) -> bool:
    return a == b or (fuzzy and fuzz.ratio(a, b) >= FUZZY)


def distinct(items: Iterable[str], *, fuzzy: bool) -> list[str]:
    """Normalised values without duplicates (fuzzy: near-duplicates count once)."""
    out: list[str] = []
    for item in map(norm, items):
        if item and not any(same(item, o, fuzzy=fuzzy) for o in out):
            out.append(item)
    return out


def match_titles(
    titles: Iterable[str],
    gold: Iterable[str],
    *,
    split: re.Pattern[str] | None = None,
    distinct_parts: bool = True,
) -> tuple[int, int, int]:
    """(tp, fp, fn) over distinct values: a value matches a label whole, else each of its
    "A / B" parts is one predicted value. A part already predicted (as a part or whole of an
    earlier title) counts once; ``distinct_parts=False`` is the rule before 2026-11-27, which
    counted it again."""
    split = split or _TITLE_JOIN
    left = distinct(gold, fuzzy=True)
    tp = fp = 0
    seen: list[str] = []
    for title in titles:
        whole = norm(title)
        if not whole or any(same(whole, s, fuzzy=True) for s in seen):
            continue
        earlier = list(seen)  # the values (wholes and parts) of the titles before this one
        seen.append(whole)
        hit = next((k for k, g in enumerate(left) if same(whole, g, fuzzy=True)), None)
        if hit is not None:
            tp += 1
            del left[hit]
            continue
        for part in distinct(split.split(title), fuzzy=True):
            if distinct_parts:
                if any(same(part, s, fuzzy=True) for s in earlier):
                    continue  # already predicted: a headline "A" after a role "A / B"
                seen.append(part)
            hit = next((k for k, g in enumerate(left) if same(part, g, fuzzy=True)), None)
            if hit is None:
                fp += 1
            else:
                tp += 1
                del left[hit]
    return tp, fp, len(left)


def headline_titles(candidate) -> list[str]:
    """The titles of the headline ("A | B" names two)."""
    headline = getattr(candidate, "headline", None) or ""
    return [t.strip() for t in headline.split("|") if t.strip()]


def match_sets(
    pred: Iterable[str], gold: Iterable[str], *, fuzzy: bool, v1: bool = False
) -> tuple[int, int, int]:
    """(tp, fp, fn) for a one-to-one greedy match of the distinct values of two sets."""
    if v1:
        p = list(dict.fromkeys(n for n in map(norm, pred) if n))
        g = list(dict.fromkeys(n for n in map(norm, gold) if n))
    else:
        p, g = distinct(pred, fuzzy=fuzzy), distinct(gold, fuzzy=fuzzy)
    tp = 0
    left = list(g)
    for item in p:
        for k, other in enumerate(left):
            if item == other or (fuzzy and fuzz.ratio(item, other) >= FUZZY):
                tp += 1
                del left[k]
                break
    return tp, len(p) - tp, len(g) - tp


def dated_titles(raw: str, labels: list) -> list[str]:
    """Designation spans attached to a dated position: within 150 characters of a
    "Years of Experience" span that holds a date range (the job headers of the CV)."""
    periods = [
        (start, end)
        for start, end, label in labels
        if label == "Years of Experience" and find_ranges(unflatten(raw[start:end]))
    ]
    out = []
    for start, end, label in labels:
        if label != "Designation":
            continue
        near = any(min(abs(start - e2), abs(s2 - end)) <= 150 for s2, e2 in periods)
        if near:
            out.append(unflatten(raw[start:end].strip()).replace("\n", " "))
    return out


def addresses(span: str) -> list[str]:
    """The addresses a labelled span holds: spaces around "@" and "." removed, then the words
    with an "@" ("site.com name@mail.com" holds one address)."""
    joined = re.sub(r"\s*([@.])\s*", r"\1", span)
    return [w.strip(".,;:()<>") for w in joined.split() if "@" in w]


def own_emails(spans: list[str], sections) -> list[str]:
    """Gold e-mails that are the candidate's: an address (holds "@") written outside the
    references section (referees' e-mails are labelled too, but are not the candidate's)."""
    outside = "\n".join(line for s in sections if s.name != "references" for line in s.lines)
    return [span for span in spans if "@" in span and span in outside]


def own_addresses(spans: list[str], sections) -> list[str]:
    """The addresses of the labelled spans that are written outside the references section."""
    outside = "".join(line for s in sections if s.name != "references" for line in s.lines).replace(
        " ", ""
    )
    return [a for span in spans for a in addresses(span) if a in outside]


def same_name(pred: str, gold: Iterable[str]) -> bool:
    """Names match when equal, fuzzy ratio >= 90, or one's words are all in the other."""
    p = norm(pred)
    for item in map(norm, gold):
        if not item or not p:
            continue
        if p == item or fuzz.ratio(p, item) >= FUZZY:
            return True
        a, b = set(p.split()), set(item.split())
        if a <= b or b <= a:
            return True
    return False


def reference_today(text: str) -> date:
    years = [int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)", text)]
    return date(max(years), 7, 1) if years else date(2019, 7, 1)


def gold_years(spans: list[str], today: date) -> float | None:
    stated = []
    for span in spans:
        m = _YEARS.search(span)
        if m:
            raw = m.group(1).lower()
            stated.append(float(_WORDS.get(raw, 0) or raw))
    if stated:
        return max(stated)
    intervals = [(r.start, r.end) for s in spans for r in find_ranges(s) if r.start and r.end]
    if not intervals:
        return None
    return round(union_months(intervals, today=today) / 12, 1)


def evaluate(limit: int | None = None) -> dict[str, dict[str, float]]:
    counts = {f: [0, 0, 0] for f in FIELDS}
    REACH.clear()
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    for row in rows[:limit]:
        raw = row["text"]
        gold: dict[str, list[str]] = {}
        for start, end, label in row["labels"]:
            gold.setdefault(label, []).append(raw[start:end].strip())
        gold = {k: [unflatten(v).replace("\n", " ") for v in vs] for k, vs in gold.items()}
        text = unflatten(raw)
        today = reference_today(text)
        document = to_document(text)
        sections = split_sections(document.lines)
        candidate = read_candidate(document, sections, today=today)
        work = [norm(line) for s in sections if s.name == "experience" for line in s.lines]
        work_text = " \n ".join(f"{a} {b}" for a, b in zip(work, [*work[1:], ""], strict=False))
        for field, label in (("designation", "Designation"), ("companies", "Companies worked at")):
            values = distinct(gold.get(label, []), fuzzy=True)
            seen = REACH.setdefault(field, [0, 0])
            seen[0] += sum(1 for v in values if v in work_text)
            seen[1] += len(values)
        titles = [r.title for r in candidate.roles if r.title]
        if candidate.current_title:
            titles.append(candidate.current_title)
        roles_only = list(titles)
        titles += headline_titles(candidate)
        results = {
            "name": match_sets(
                [candidate.name] if candidate.name else [],
                gold.get("Name", [])[:1] if candidate.name is None else gold.get("Name", []),
                fuzzy=False,
            ),
            "email": match_sets(
                candidate.emails,
                own_addresses(gold.get("Email Address", []), sections),
                fuzzy=False,
            )
            if "Email Address" in gold
            else (0, 0, 0),
            "email_v1": match_sets(
                [e.replace(" ", "") for e in candidate.emails],
                [e.replace(" ", "") for e in own_emails(gold.get("Email Address", []), sections)],
                fuzzy=False,
            ),
            "email_all_spans": match_sets(
                [e.replace(" ", "") for e in candidate.emails],
                [e.replace(" ", "") for e in gold.get("Email Address", [])],
                fuzzy=False,
            ),
            "designation": match_titles(titles, gold.get("Designation", [])),
            "designation_stop10": match_titles(
                titles, gold.get("Designation", []), distinct_parts=False
            ),
            "designation_roles": match_titles(roles_only, gold.get("Designation", [])),
            "designation_v1": match_sets(
                [p for t in titles for p in _V1_JOIN.split(t) if p.strip()],
                gold.get("Designation", []),
                fuzzy=True,
                v1=True,
            ),
            "designation_dated": match_titles(titles, dated_titles(raw, row["labels"])),
            "companies": match_titles(
                candidate.companies, gold.get("Companies worked at", []), split=_COMPANY_JOIN
            ),
            "companies_stop10": match_titles(
                candidate.companies,
                gold.get("Companies worked at", []),
                split=_COMPANY_JOIN,
                distinct_parts=False,
            ),
            "companies_v1": match_sets(
                candidate.companies, gold.get("Companies worked at", []), fuzzy=True, v1=True
            ),
            "degree": match_sets(
                [e.degree for e in candidate.education if e.degree],
                gold.get("Degree", []),
                fuzzy=True,
            ),
            "college": match_sets(
                [e.school for e in candidate.education if e.school],
                gold.get("College Name", []),
                fuzzy=True,
            ),
        }
        names = gold.get("Name", [])
        if candidate.name and same_name(candidate.name, names):
            results["name"] = (1, 0, 0)
        else:
            results["name"] = (0, int(candidate.name is not None), int(bool(names)))
        target = gold_years(gold.get("Years of Experience", []), today)
        got = candidate.years_experience
        ok = target is not None and got is not None and abs(got - target) <= max(1.0, 0.15 * target)
        results["years_experience"] = (
            int(ok),
            int(got is not None and not ok),
            int(target is not None and not ok),
        )
        if len(gold) == 1:
            # labels of one kind only (four CVs hold only the name, one only skills): the CV
            # was not annotated for the other fields
            results = {f: v if f in ("name", "email_v1", "email_all_spans") and "Name" in gold
                       else (v if f in ("email_v1", "email_all_spans") else (0, 0, 0))
                       for f, v in results.items()}  # fmt: skip
        for field, (tp, fp, fn) in results.items():
            counts[field][0] += tp
            counts[field][1] += fp
            counts[field][2] += fn
    table = {}
    for field, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[field] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    return table


def markdown(table: dict[str, dict[str, float]]) -> str:
    out = ["| field | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for field, m in table.items():
        out.append(
            f"| {field} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} "
            f"| {m['tp']} | {m['fp']} | {m['fn']} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N CVs")
    args = parser.parse_args(argv)
    if not DATA.is_file():
        print(f"annotated set not found at {DATA}", file=sys.stderr)
        return 2
    table = evaluate(args.limit)
    print(markdown(table))
    for field, (found, total) in REACH.items():
        print(f"{field}: {found}/{total} distinct labelled values occur in a work section")
    if args.limit is None:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        reachable = {
            field: {"in_work_sections": found, "labelled": total, "share": round(found / total, 3)}
            for field, (found, total) in REACH.items()
        }
        result = {"cvs": 435, "fields": table, "reachable": reachable}
        OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
