"""SkillFinder: every alias is found, folding, evidence spans, context rules, fuzzy pass."""

from __future__ import annotations

import random

import pytest

from matcher.skills import fold_line
from matcher.text import match_key
from matcher.types import Section


def _find(finder, *lines, section="experience", exclude=()):
    return {
        h.id: h for h in finder.find([Section(section, None, tuple(lines))], exclude_lines=exclude)
    }


def _aliases():
    from matcher.profiles import load_profiles

    return [(s.id, a) for s in load_profiles().skills.values() for a in s.aliases]


@pytest.mark.parametrize("sid,alias", _aliases(), ids=lambda x: getattr(x, "key", x))
def test_skills_every_alias_is_found(sid, alias, finder):
    line = f"Kinh nghiệm: {alias.phrase} cho chiến dịch quảng cáo của nhãn hàng"
    hits = _find(finder, line)
    assert sid in hits
    ev = hits[sid].evidence[0]
    assert ev.text == line and ev.section == "experience"


@pytest.mark.parametrize(
    "line",
    ["Lập báo giá cho khách hàng", "LẬP BÁO GIÁ", "lap bao gia", "Lap Bao Gia:", "lập  báo-giá"],
)
def test_skills_match_ignores_case_and_diacritics(line, finder):
    hits = _find(finder, line)
    assert "budget_quote" in hits


@pytest.mark.parametrize(
    "line", ["Kỹ năng giao tiếp tốt", "Kĩ năng giao tiếp tốt", "KY NANG GIAO TIEP"]
)
def test_skills_ky_ki_spellings_meet(line, finder):
    assert "communication" in _find(finder, line)


def test_skills_evidence_span_points_into_the_line(finder):
    line = "• Phụ trách: Thanh lý hợp đồng, nghiệm thu"
    ev = _find(finder, line)["contract_closure"].evidence[0]
    assert match_key(line[ev.start : ev.end]) in {"thanh li hop dong", "nghiem thu"}


def test_skills_fold_line_keeps_offsets():
    line = "Quản lý ngân sách & báo giá (KPI)"
    folded = fold_line(line)
    assert len(folded) == len(line)
    assert folded.split() == match_key(line).split()


@pytest.mark.parametrize(
    "lines,found",
    [
        (("Chăm sóc khách hàng",), False),
        (("Chăm sóc khách hàng của nhãn hàng trong chiến dịch",), True),
        (("Chăm sóc khách hàng", "Triển khai chiến dịch quảng cáo"), True),
        (
            ("Chăm sóc khách hàng của nhãn hàng", "Trực tổng đài hotline", "Giải quyết khiếu nại"),
            False,
        ),
    ],
    ids=["alone", "agency-words", "agency-next-line", "call-centre-cv"],
)
def test_skills_client_care_needs_agency_context(lines, found, finder):
    assert ("client_relationship" in _find(finder, *lines)) is found


@pytest.mark.parametrize(
    "lines,found",
    [
        (("Phối hợp kế toán thu hồi công nợ",), True),
        (("Kế toán công nợ: thu hồi công nợ", "Hạch toán chứng từ, sổ sách"), False),
    ],
    ids=["agency-ae", "accountant"],
)
def test_skills_receivables_not_in_an_accountant_cv(lines, found, finder):
    assert ("receivables" in _find(finder, *lines)) is found


def test_skills_presentation_needs_agency_context(finder):
    assert "proposal_pitch" not in _find(finder, "Food presentation and plating")
    assert "proposal_pitch" in _find(finder, "Presentation of campaign ideas to clients")


def test_skills_personal_data_is_never_read(finder):
    sections = [
        Section("personal", None, ("Báo giá: sở thích lạ",)),
        Section("header", None, ("Quê quán: đàm phán",)),
    ]
    hits = finder.find(sections, exclude_lines=["Quê quán: đàm phán"])
    assert hits == ()


@pytest.mark.parametrize(
    "line,sid",
    [("Excellent negotation skills", "communication"),
     ("Strong project managment", "project_tracking"),
     ("management project for events", "project_tracking")],
)  # fmt: skip
def test_skills_fuzzy_finds_misspellings_and_word_order(line, sid, finder):
    hit = _find(finder, line)[sid]
    assert hit.fuzzy


def test_skills_fuzzy_does_not_confuse_vietnamese_syllables(finder):
    assert "upsell_growth" not in _find(finder, "Lập dự toán ngân sách cho chiến dịch")


def test_skills_glued_pdf_words_are_searched(finder):
    assert "domain_knowledge" in _find(finder, "Handledmediarelationsandpressreleases daily")


def test_skills_result_is_deterministic(finder):
    lines = (
        "Tiếp nhận brief, lên proposal",
        "Báo cáo tiến độ hằng tuần",
        "Upsell khách hàng hiện tại",
    )
    assert _find(finder, *lines) == _find(finder, *lines)


def test_skillfinder_string_store_stays_bounded(finder):
    """CV words never enter spaCy's StringStore, so a process screening for weeks stays flat."""
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzăâđêôơư"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(3, 12)))

    finder.find([Section("experience", None, ("client servicing for brands",))])
    strings, lexemes = len(finder.nlp.vocab.strings), len(finder.nlp.vocab)
    for _ in range(300):
        lines = tuple(" ".join(word() for _ in range(12)) for _ in range(20))
        finder.find([Section("experience", None, (*lines, "lên proposal cho nhãn hàng"))])
    assert (len(finder.nlp.vocab.strings), len(finder.nlp.vocab)) == (strings, lexemes)


@pytest.mark.parametrize(
    "words,lines",
    [(["bao"], [0]), (["gia"], [0]), (["ban"], [2]), (["proposal", "excel"], [0, 1]),
     (["li"], [2]), (["ao"], []), (["ly"], []), (["quan li"], [2]), (["ca"], [])],
)  # fmt: skip
def test_skills_scan_lines_holding_whole_words(words, lines, finder):
    sections = [
        Section("experience", None, ("Lập  báo giá, proposal", "Excel")),
        Section("personal", None, ("Báo giá: sở thích",)),
        Section("skills", None, ("Quản lý bán lẻ",)),
    ]
    scan = finder.scan(sections)
    assert scan.lines_holding(words) == lines


def test_skills_fuzzy_needs_all_words_on_one_line(finder):
    hits = _find(finder, "Strong project ownership", "Time managment and care")
    assert "project_tracking" not in hits


def test_skills_whole_score_matches_rapidfuzz_uint8():
    """Every ratio the fuzzy pass can meet (words of up to 40 letters: no band reaches
    longer ones) rounds as rapidfuzz's uint8 matrix stores it."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from matcher.skills import whole_score

    queries, choices = [], []
    for a in range(1, 41):
        for b in range(1, 41):
            for common in range(min(a, b) + 1):
                queries.append("a" * common + "x" * (a - common))
                choices.append("a" * common + "y" * (b - common))
    kwargs = {"scorer": fuzz.ratio, "score_cutoff": 90.0}
    exact = process.cpdist(queries, choices, **kwargs)
    whole = process.cpdist(queries, choices, dtype=np.uint8, **kwargs)
    assert [whole_score(x) for x in exact.tolist()] == whole.tolist()
