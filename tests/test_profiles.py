"""job_profiles/ loading: validation, versions, the YAML round trip the app uses, titles."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from matcher.profiles import (
    DEFAULT_FOLDER,
    FOLD_TABLE,
    ProfileError,
    TitleMap,
    load_profiles,
    profile_from_yaml,
    profile_to_yaml,
    quick_key,
)

SKILL_IDS = {
    "client_relationship", "brief_handling", "proposal_pitch", "budget_quote", "project_tracking",
    "marketing_strategy", "problem_solving", "reporting", "contract_closure", "receivables",
    "upsell_growth", "new_business", "team_leadership", "pnl", "domain_knowledge",
    "communication", "english", "creative_thinking", "detail_multitask", "office_tools",
}  # fmt: skip
LEVEL_FILES = sorted((DEFAULT_FOLDER / "levels").glob("*.yaml"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A private copy of job_profiles/ to break on purpose."""
    target = tmp_path / "job_profiles"
    shutil.copytree(DEFAULT_FOLDER, target)
    return target


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_profiles_levels_are_ordered_by_rank(profiles):
    assert list(profiles.levels) == ["ae", "am", "ad"]
    ranks = [p.rank for p in profiles.levels.values()]
    assert ranks == sorted(ranks)


def test_profiles_catalogue_has_the_domain_skill_ids(profiles):
    assert set(profiles.skills) == SKILL_IDS
    for skill in profiles.skills.values():
        assert skill.name_en and skill.name_vi and skill.aliases
        assert skill.advice_en and skill.advice_vi


@pytest.mark.parametrize("path", LEVEL_FILES, ids=lambda p: p.name)
def test_profiles_every_level_file_is_complete(path, profiles):
    level = profiles.levels[path.stem]
    assert sum(level.weights.as_dict().values()) == pytest.approx(100)
    assert {s.id for s in level.skills} <= set(profiles.skills)
    assert level.years_min <= level.years_max
    assert level.bands and all(b.min_mvnd <= b.max_mvnd for b in level.bands)
    assert level.typical_titles and level.responsibilities
    assert path.stem in profiles.titles.credit


@pytest.mark.parametrize(
    "level,bands",
    [("ae", {"junior": (6, 10), "senior": (10, 15)}),
     ("am", {"junior": (15, 35), "senior": (35, 50)}),
     ("ad", {"junior": (45, 65)})],
)  # fmt: skip
def test_profiles_salary_bands_are_the_article_defaults(level, bands, profiles):
    got = {b.name: (b.min_mvnd, b.max_mvnd) for b in profiles.levels[level].bands}
    assert got == bands


@pytest.mark.parametrize(
    "file,change,message",
    [
        ("levels/am.yaml", lambda d: d["weights"].update(skills=10), "levels/am.yaml: weights: must add up to 100"),
        ("levels/am.yaml", lambda d: d["skills"].update(juggling={"depth": 2, "weight": 1}), "levels/am.yaml: skills.juggling: is not in skills.yaml"),
        ("levels/ae.yaml", lambda d: d["years"].update(min=9), "levels/ae.yaml: years: min 9 is above max 3"),
        ("levels/ad.yaml", lambda d: d["bands"][0].update(min="lots"), "levels/ad.yaml: bands[0].min: must be a number"),
        ("levels/ae.yaml", lambda d: d["skills"]["brief_handling"].update(depth=7), "levels/ae.yaml: skills.brief_handling.depth: must be between 0 and 4"),
        ("skills.yaml", lambda d: d["skills"][1]["aliases_vi"].append("báo giá"), "is already an alias of brief_handling"),
        ("skills.yaml", lambda d: d["skills"][0]["aliases_vi"].append({"phrase": "x y", "require": "nowhere"}), "context 'nowhere' is not defined"),
        ("skills.yaml", lambda d: d.update(schema_version=99), "skills.yaml: schema_version: must be 1"),
        ("titles.yaml", lambda d: d["credit"].pop("am"), "titles.yaml: credit.am: missing"),
        ("signals.yaml", lambda d: d["orientation"].update(sales_share=0.9), "signals.yaml: orientation.sales_share: must be below account_share"),
        ("signals.yaml", lambda d: d["jd_flags"][1]["patterns"].insert(0, "(unclosed"), "signals.yaml: jd_flags[1].patterns[0]: not a regular expression"),
    ],
    ids=["weights", "unknown-skill", "years", "band-type", "depth", "duplicate-alias",
         "unknown-context", "schema", "credit-row", "shares", "flag-pattern"],
)  # fmt: skip
def test_profiles_bad_file_names_file_and_field(folder, file, change, message):
    _edit(folder / file, change)
    with pytest.raises(ProfileError) as info:
        load_profiles(folder)
    assert message in str(info.value)


def test_profiles_invalid_yaml_is_reported(folder):
    (folder / "levels" / "am.yaml").write_text("weights: [unclosed", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"am.yaml: yaml: not valid YAML"):
        load_profiles(folder)


def test_profiles_new_level_is_a_yaml_edit(folder):
    data = yaml.safe_load((folder / "levels" / "ad.yaml").read_text(encoding="utf-8"))
    data.update(id="gad", rank=4, name_en="Group Account Director")
    (folder / "levels" / "gad.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    _edit(folder / "titles.yaml", lambda d: d["credit"].update(gad=d["credit"]["ad"]))
    profiles = load_profiles(folder)
    assert list(profiles.levels) == ["ae", "am", "ad", "gad"]
    assert profiles.next_level("ad") == "gad"


def test_profiles_version_follows_content(folder, profiles):
    assert load_profiles(folder).version == profiles.version
    _edit(folder / "levels" / "am.yaml", lambda d: d["bands"][0].update(max=36))
    assert load_profiles(folder).version != profiles.version


def test_profiles_yaml_round_trip(profiles):
    for level in profiles.levels.values():
        assert profile_from_yaml(profile_to_yaml(level), profiles) == level


def test_profiles_from_yaml_rejects_an_unknown_skill(profiles):
    text = profile_to_yaml(profiles.levels["am"]).replace("brief_handling:", "brief_juggling:")
    with pytest.raises(
        ProfileError, match="<uploaded>: skills.brief_juggling: is not in skills.yaml"
    ):
        profile_from_yaml(text, profiles)


def test_profiles_with_level_replaces_and_versions(profiles):
    am = profiles.levels["am"]
    adjusted = replace(am, bands=(replace(am.bands[0], max_mvnd=40.0), am.bands[1]))
    changed = profiles.with_level(adjusted)
    assert changed.levels["am"].bands[0].max_mvnd == 40.0
    assert list(changed.levels) == list(profiles.levels)
    assert changed.version != profiles.version
    assert profiles.levels["am"] == am  # the original set is untouched
    with pytest.raises(ProfileError, match="weights: must add up to 100"):
        profiles.with_level(replace(am, weights=replace(am.weights, title=0)))


@pytest.mark.parametrize(
    "title,kind",
    [
        ("Senior Account Executive", ("senior_ae", None)),
        ("Account Manager", ("am", None)),
        ("Giám đốc khách hàng", ("ad", None)),
        ("GIAM DOC KHACH HANG", ("ad", None)),
        ("Thực tập sinh Account", ("intern", None)),
        ("Key Account Manager", ("not_account", "fmcg_key_account")),
        ("Nhân viên kinh doanh", ("not_account", "sales")),
        ("Kế toán công nợ", ("not_account", "accountant")),
        ("Tổng đài viên", ("not_account", "call_centre")),
        ("Relationship Manager", ("not_account", "bank_rm")),
        ("Digital Marketing Executive", ("related", None)),
        ("BUSINESS DEVELOPMENTMANAGER", ("not_account", "sales")),
        ("Chef", (None, None)),
    ],
)
def test_profiles_title_map_classifies(title, kind, profiles):
    assert profiles.titles.classify(title) == kind


_TIE_MAP = TitleMap(
    patterns=(
        ("ab cd", "ae", None),
        ("ef gh", "am", None),
        ("abcde", "ad", None),
        ("abcdefg", "intern", None),
        ("bcdef ghij", "related", None),
        ("zz", "not_account", "sales"),
    ),
    credit={},
)


@pytest.mark.parametrize(
    "title,kind",
    [
        ("x ab cd y", ("ae", None)),
        ("abcde ab cd", ("ae", None)),  # same length: more words win
        ("ef gh ab cd", ("am", None)),  # same length and words: the earliest wins
        ("ab cd zz abcdefg", ("intern", None)),  # the longest text wins
        ("Zz", ("not_account", "sales")),
        ("xabcdefghijx", ("related", None)),  # glued: the longest pattern inside
        ("xabcdefgx", ("intern", None)),
        ("abcd", (None, None)),
        ("", (None, None)),
    ],
    ids=["one", "tie-words", "tie-earliest", "longest", "lookalike", "glued-longest",
         "glued", "none", "empty"],
)  # fmt: skip
def test_profiles_title_map_picks_the_longest_pattern(title, kind):
    assert _TIE_MAP.classify(title) == kind
    assert _TIE_MAP.classify_key(quick_key(title)) == kind


def test_profiles_fold_table_keeps_whitespace_a_space():
    """Scoring folds a whole line once and keys its pieces from slices: that needs every
    whitespace character (what ``re``'s \\s and str.split cut at) to fold to a plain space."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert len(spaces) > 20
    assert {ch: ch.translate(FOLD_TABLE) for ch in spaces} == dict.fromkeys(spaces, " ")
