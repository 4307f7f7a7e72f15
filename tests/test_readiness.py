"""Promotion readiness: next level, percent ready, gaps with advice in both languages."""

from __future__ import annotations

import pytest

from matcher.readiness import readiness_of
from matcher.score import Need
from matcher.types import Criterion, LevelFit


def _fits():
    crit = (
        Criterion("skill.budget_quote", "Quotations", "Báo giá", 10, 0, "missing"),
        Criterion("years", "Years", "Năm", 10, 5, "partial"),
        Criterion("resp.leads_aes", "Leads AEs", "Dẫn dắt AE", 10, 0, "missing"),
        Criterion("title", "Title", "Chức danh", 20, 20, "met"),
        Criterion("english", "English", "Tiếng Anh", 5, 4.8, "partial"),
    )
    fit = LevelFit("am", 29.8, "junior", (15, 35), crit)
    needs = {
        "am": {
            "skill.budget_quote": Need("depth 3", "no evidence"),
            "years": Need("2-7 years", "1 years"),
            "resp.leads_aes": Need("Leads or coaches AEs", "not shown"),
            "english": Need("intermediate", "IELTS 5.5"),
        }
    }
    return {"ae": LevelFit("ae", 80, "junior", (6, 10), ()), "am": fit}, needs


def test_readiness_ae_gaps_to_am(profiles):
    fits, needs = _fits()
    r = readiness_of("ae", fits, needs, profiles)
    assert (r.current_level, r.next_level, r.ready_pct) == ("ae", "am", 29.8)
    assert [g.criterion for g in r.gaps] == ["skill.budget_quote", "resp.leads_aes", "years"]
    quote = r.gaps[0]
    assert (quote.need, quote.have) == ("depth 3", "no evidence")
    assert "báo giá" in quote.advice_vi.lower() and "quotation" in quote.advice_en.lower()
    assert "2-7 years" in r.gaps[2].advice_en and "2-7 years" in r.gaps[2].advice_vi


def test_readiness_top_level_has_no_next(profiles):
    r = readiness_of("ad", {}, {}, profiles)
    assert (r.current_level, r.next_level, r.gaps) == ("ad", None, ())


def test_readiness_no_level_aims_at_the_first(profiles):
    fits, needs = _fits()
    r = readiness_of(None, fits, needs, profiles)
    assert r.next_level == "ae" and r.current_level is None


@pytest.mark.parametrize("criterion", ["years", "title", "english", "orientation"])
def test_readiness_generic_advice_exists(criterion, profiles):
    advice = profiles.advice[criterion]
    assert "{need}" in advice["advice_en"] or "{have}" in advice["advice_en"]
    assert advice["advice_vi"]


def test_readiness_every_responsibility_has_advice(profiles):
    for level in profiles.levels.values():
        for resp in level.responsibilities:
            assert resp.advice_en and resp.advice_vi, (level.id, resp.id)
