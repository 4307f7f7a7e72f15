"""A floor under the reader's field accuracy on the 435 annotated CVs (bench/field_accuracy.py).

The floors sit a little under the measured F1 (see the README table), so a change that makes
reading worse fails here instead of slipping through. Skips when ../shared/data is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "field_accuracy.py"

FLOORS = {
    "name": 0.90,
    "email": 0.97,
    "email_v1": 0.95,
    "designation": 0.75,
    "designation_roles": 0.715,
    "designation_stop10": 0.74,
    "designation_v1": 0.695,
    "designation_dated": 0.69,
    "companies": 0.65,
    "companies_stop10": 0.65,
    "companies_v1": 0.645,
    "years_experience": 0.625,
    "degree": 0.51,
    "college": 0.65,
}


@pytest.fixture(scope="module")
def bench():
    """The bench script as a module (it needs no data to be imported)."""
    spec = importlib.util.spec_from_file_location("field_accuracy", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def accuracy(shared_data, bench):
    if not (shared_data / "resume_ner_cc0" / "cvs_annotated.jsonl").is_file():
        pytest.skip("resume_ner_cc0/cvs_annotated.jsonl not found")
    return bench.evaluate()


@pytest.mark.parametrize(
    ("titles", "gold", "distinct_parts", "expected"),
    [
        # whole titles, near-duplicates once: (tp, fp, fn)
        (["Account Manager", "Account manager", "Planner"], ["Account Manager"], True, (1, 1, 0)),
        # a split title's parts are values; a part predicted again counts once
        (["Web Designer / Developer", "Web Designer"], ["Web Designer"], True, (1, 1, 0)),
        (["Web Designer / Developer", "Web Designer"], ["Web Designer"], False, (1, 2, 0)),
        # a whole match leaves the parts alone
        (["Sales / Marketing Manager"], ["Sales / Marketing Manager", "Sales"], True, (1, 0, 1)),
    ],
)
def test_match_titles_counts_distinct_values(bench, titles, gold, distinct_parts, expected):
    assert bench.match_titles(titles, gold, distinct_parts=distinct_parts) == expected


@pytest.mark.shared_data
@pytest.mark.parametrize(("field", "floor"), sorted(FLOORS.items()))
def test_field_accuracy_stays_above_its_floor(accuracy, field, floor):
    assert accuracy[field]["f1"] >= floor, accuracy[field]
