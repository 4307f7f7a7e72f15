"""The Streamlit app driven headless with AppTest: every page renders, the main flows work.

Flows use the bundled sample CVs (sample_resumes/) and skip with the reason when there are
none. Downloads are checked by calling the very functions whose bytes the page offers.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import yaml

pytest.importorskip("streamlit.testing.v1")
from streamlit.testing.v1 import AppTest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "streamlit_app.py")
SAMPLES = ROOT / "sample_resumes"
CV_SUFFIXES = (".pdf", ".docx", ".txt")
MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".zip": "application/zip",
}
PAGES = (
    "app_pages/screen.py",
    "app_pages/self_check.py",
    "app_pages/compare.py",
    "app_pages/profiles.py",
)
IDENTITY_KEYS = {"name", "email", "emails", "phone", "phones"}


def sample_paths() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(
        p
        for p in SAMPLES.rglob("*")
        if p.is_file()
        and p.suffix.lower() in CV_SUFFIXES
        and not p.name.lower().startswith("readme")
    )


@pytest.fixture(scope="module", autouse=True)
def private_store(tmp_path_factory):
    """The batch page opens the shortlist store: keep it in a temporary file, not data/."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ACCOUNTFIT_DB", str(tmp_path_factory.mktemp("store") / "accountfit.db"))
    yield
    mp.undo()


@pytest.fixture(scope="module")
def samples() -> list[Path]:
    paths = sample_paths()
    if len(paths) < 3:
        pytest.skip("needs at least 3 sample CVs in sample_resumes/ (none generated yet)")
    return paths


@pytest.fixture(scope="module")
def ok_samples(samples, pipeline) -> list[Path]:
    """Samples the engine screens without error (some samples are broken on purpose)."""
    good = [p for p in samples if pipeline.screen_bytes(p.read_bytes(), file=p.name).status == "ok"]
    if len(good) < 3:
        pytest.skip("needs at least 3 sample CVs that screen without error")
    return good


def new_app(*, lang: str = "vi") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["lang"] = lang
    return at.run()


def errors(at: AppTest) -> list[str]:
    return [e.message for e in at.exception]


def screened_app(*, blind: bool = False) -> AppTest:
    at = new_app()
    at.session_state["blind"] = blind
    at.button(key="screen_samples").click().run()
    assert not errors(at)
    return at


def ranked(at: AppTest):
    return at.dataframe(key="screen_table").value


def failed_table(at: AppTest):
    frames = [d.value for d in at.dataframe if "code" in d.value.columns]
    return frames[0] if frames else None


def page_text(at: AppTest) -> str:
    """Everything a visitor can read on the page: text elements and tables."""
    parts = [el.value for el in (*at.markdown, *at.caption, *at.title, *at.subheader)]
    parts += [str(m.value) + " " + str(m.label) for m in at.metric]
    parts += [d.value.to_csv() for d in at.dataframe]
    return re.sub(r"\\(.)", r"\1", "\n".join(str(p) for p in parts))  # undo Markdown escapes


def personal_values(screenings) -> set[str]:
    """Names, e-mails, phones, ID, address and every personal line the engine read.

    A hometown alone is left out: a city name legitimately appears in school and company
    names ("Trường Đại học Cần Thơ"); the line that states it ("Quê quán: ...") is kept.
    """
    out: set[str] = set()
    for s in screenings:
        c = s.candidate
        if c is None:
            continue
        out.update(v for v in (c.name, *c.emails, *c.phones) if v)
        p = c.personal
        out.update(v for v in (p.national_id, p.address) if v)
        out.update(e.text.strip() for e in p.lines if e.text.strip())
    return {v for v in out if len(v) >= 4}


def expected_personal_values() -> set[str]:
    """Names, e-mails and phones from sample_resumes/expected.yaml (the answer key)."""
    path = SAMPLES / "expected.yaml"
    if not path.is_file():
        return set()
    out: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in IDENTITY_KEYS and isinstance(v, (str, list)):
                    out.update(x for x in ([v] if isinstance(v, str) else v) if isinstance(x, str))
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return {v for v in out if len(v) >= 4}


def leaks(text: str, values: set[str]) -> list[str]:
    """The personal values found in ``text`` (phones compared by their last 9 digits)."""
    found = [v for v in values if v.casefold() in text.casefold()]
    digits = re.sub(r"\D", "", text)
    for v in values:
        d = re.sub(r"\D", "", v)
        if len(d) >= 9 and not re.search(r"[a-zA-Z@]", v) and d[-9:] in digits:
            found.append(v)
    return sorted(set(found))


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_app_page_renders_without_exception(page, lang):
    at = new_app(lang=lang)
    at.switch_page(page).run()
    assert not errors(at)
    assert at.title, "every page has a title"


def test_app_language_defaults_to_vietnamese():
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not errors(at)
    assert at.session_state["lang"] == "vi"
    assert at.title[0].value == "Sàng lọc hàng loạt"


def test_screen_samples_ranked_by_descending_score(samples):
    at = screened_app()
    results = at.session_state["batch_results"]
    table = ranked(at)
    assert len(table) == len(results) == len(samples)
    ok = table[table["status"] == "Đã chấm"]
    scores = list(ok["score"])
    assert scores == sorted(scores, reverse=True)
    # rows of failed files come after every screened one
    assert list(table["status"][: len(ok)]) == ["Đã chấm"] * len(ok)


def test_screen_samples_lists_failed_files_with_code(samples):
    at = screened_app()
    results = at.session_state["batch_results"]
    not_ok = {s.file: (s.error.code if s.error else "no_text") for s in results if s.status != "ok"}
    failed = failed_table(at)
    if not not_ok:
        assert failed is None
        return
    assert dict(zip(failed["file"], failed["code"], strict=True)) == not_ok
    assert all(" / " in reason for reason in failed["reason"]), "reason in both languages"


def test_screen_rerun_does_not_parse_again(samples):
    at = screened_app()
    sent = at.session_state["screen_files_sent"]
    assert sent == len(samples)
    at.slider(key="screen_min_score").set_value(10).run()
    at.switch_page("app_pages/compare.py").run()
    at.switch_page("app_pages/screen.py").run()
    at.button(key="screen_samples").click().run()
    assert at.session_state["screen_files_sent"] == sent


def test_screen_upload_files_through_widget(samples):
    at = new_app()
    uploader = at.file_uploader(key="screen_upload")
    for path in samples[:3]:
        uploader.upload(path.name, path.read_bytes(), MIME[path.suffix.lower()])
    uploader.upload("broken.pdf", b"%PDF-1.4 not really a pdf", MIME[".pdf"])
    uploader.run()
    assert not errors(at)
    table = ranked(at)
    assert sorted(table["file"]) == sorted([p.name for p in samples[:3]] + ["broken.pdf"])
    failed = failed_table(at)
    assert failed is not None and "broken.pdf" in set(failed["file"])


def test_screen_zip_upload_expands_members(ok_samples):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for path in ok_samples[:3]:
            zf.writestr(path.name, path.read_bytes())
    at = new_app()
    at.file_uploader(key="screen_upload").upload("cvs.zip", buf.getvalue(), MIME[".zip"]).run()
    assert not errors(at)
    assert sorted(ranked(at)["file"]) == sorted(f"cvs.zip/{p.name}" for p in ok_samples[:3])


def test_screen_filters_keep_scores_at_least_minimum(samples):
    at = screened_app()
    at.checkbox(key="screen_f_errors").check().run()
    at.slider(key="screen_min_score").set_value(50).run()
    table = ranked(at)
    assert (table["score"] >= 50).all()
    assert set(table["status"]) <= {"Đã chấm"}


def test_screen_detail_opens_selected_candidate(samples):
    at = screened_app()
    box = at.selectbox(key="screen_open")
    assert box.options, "screened candidates can be opened"
    box.select_index(len(box.options) - 1).run()
    assert not errors(at)
    assert any(s.value.startswith(("Chi tiết", "Detail")) for s in at.subheader)


def test_screen_detail_shows_the_headline_when_it_differs_from_the_title(samples):
    at = screened_app()
    key = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))
    name = next(v["name"] for f, v in key["samples"].items() if f.startswith("vi_06"))
    box = at.selectbox(key="screen_open")
    box.select_index(box.options.index(name)).run()
    text = page_text(at)
    assert not errors(at)
    assert "Chức danh tự nêu**: NVKD / Sales B2B" in text  # the sales hunter's own headline


def test_screen_blind_mode_hides_personal_fields_everywhere(samples):
    from ui.exports import csv_bytes, jsonl_bytes

    seen = screened_app(blind=False)
    results = seen.session_state["batch_results"]
    values = personal_values(results) | expected_personal_values()
    assert values, "the samples carry names, e-mails or phones to hide"

    at = screened_app(blind=True)
    table = ranked(at)
    assert not leaks(table.to_csv(), values)
    assert all(re.fullmatch(r"Ứng viên \d+", c) for c in table["candidate"])
    box = at.selectbox(key="screen_open")
    for i in range(len(box.options)):  # every candidate's detail
        at.selectbox(key="screen_open").select_index(i).run()
        assert not leaks(page_text(at), values)
    at.switch_page("app_pages/compare.py").run()
    assert not leaks(page_text(at), values)
    blind_results = at.session_state["batch_results"]
    assert not leaks(csv_bytes(blind_results, level="best", blind=True).decode("utf-8"), values)
    assert not leaks(jsonl_bytes(blind_results, blind=True).decode("utf-8"), values)
    # the same export without blind mode does show them, so the check above can fail
    assert leaks(csv_bytes(results, level="best", blind=False).decode("utf-8"), values)


def test_screen_blind_mode_keeps_scores(samples):
    at = screened_app(blind=False)
    plain = ranked(at)
    before = {s.content_hash: s.assessment for s in at.session_state["batch_results"]}
    at.toggle(key="blind").set_value(True).run()
    blind = ranked(at)
    assert list(plain["score"].fillna(-1)) == list(blind["score"].fillna(-1))
    assert list(plain["candidate"]) != list(blind["candidate"])
    after = at.session_state["batch_results"]
    assert all(before[s.content_hash] == s.assessment for s in after)


def test_screen_csv_export_has_one_row_per_file(samples):
    import csv

    from ui.exports import csv_bytes

    at = screened_app()
    results = at.session_state["batch_results"]
    rows = list(
        csv.DictReader(
            io.StringIO(csv_bytes(results, level="best", blind=False).decode("utf-8-sig"))
        )
    )
    assert len(rows) == len(results)


def test_self_check_one_sample(ok_samples):
    at = new_app()
    at.switch_page("app_pages/self_check.py").run()
    path = ok_samples[0]
    at.file_uploader(key="self_upload").upload(
        path.name, path.read_bytes(), MIME[path.suffix.lower()]
    ).run()
    assert not errors(at)
    labels = [m.label for m in at.metric]
    assert "Phù hợp hôm nay" in labels
    assert any("không được lưu" in i.value for i in at.info), "the CV is not kept note"
    from matcher.batch import shared_screener
    from matcher.pipeline import content_hash

    assert shared_screener().forget(content_hash(path.read_bytes())) == 0, "not in shared cache"


def test_compare_two_candidates_side_by_side(samples):
    at = screened_app()
    top_two = list(ranked(at)["candidate"][:2])
    at.switch_page("app_pages/compare.py").run()
    assert not errors(at)
    pick = at.multiselect(key="compare_pick")
    assert len(pick.value) == 2
    tables = [d.value for d in at.dataframe]
    assert tables and list(tables[0].columns) == top_two, "the two best come preselected"
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart"), "an Altair chart"


def test_compare_needs_a_batch():
    at = new_app()
    at.switch_page("app_pages/compare.py").run()
    assert not errors(at)
    assert at.info, "an empty batch explains what to do"


def test_profiles_upload_adjusted_yaml_changes_session_profiles(samples):
    from matcher.profiles import profile_to_dict
    from ui.resources import base_profiles

    base = base_profiles()
    ae = profile_to_dict(base.levels["ae"])
    ae["bands"][0]["max"] = ae["bands"][0]["max"] + 1
    at = screened_app()
    at.switch_page("app_pages/profiles.py").run()
    at.file_uploader(key="prof_upload").upload(
        "ae.yaml", yaml.safe_dump(ae, allow_unicode=True).encode(), "application/yaml"
    ).run()
    assert not errors(at)
    adjusted = at.session_state["profiles"]
    assert adjusted.version != base.version
    assert adjusted.levels["ae"].bands[0].max_mvnd == base.levels["ae"].bands[0].max_mvnd + 1
    at.switch_page("app_pages/screen.py").run()
    assert {s.profile_version for s in at.session_state["batch_results"] if s.status == "ok"} == {
        adjusted.version
    }


def test_profiles_invalid_yaml_is_refused():
    at = new_app()
    at.switch_page("app_pages/profiles.py").run()
    at.file_uploader(key="prof_upload").upload(
        "bad.yaml", b"id: ae\nweights: 3\n", "application/yaml"
    ).run()
    assert not errors(at)
    assert at.error, "an invalid profile is explained, not applied"
    assert "profiles" not in at.session_state


JD_TEXT = """Tuyển Account Manager cho agency quảng cáo
Yêu cầu: 3 năm kinh nghiệm account tại agency, quản lý team 2-3 AE, lên proposal và báo giá,
upsell khách hàng hiện tại. Lương 20-30 triệu.
Ưu tiên Nữ, dưới 28 tuổi, ngoại hình ưa nhìn.
"""


def test_screen_job_description_ranks_by_jd_score(samples):
    at = new_app()
    at.text_area(key="screen_jd_text").input(JD_TEXT).run()
    at.button(key="screen_samples").click().run()
    assert not errors(at)
    assert at.radio(key="screen_level").value == "jd"
    assert any("giới tính" in w.value for w in at.warning), "a gender ask in the JD is flagged"
    results = {s.file: s for s in at.session_state["batch_results"]}
    table = ranked(at)
    ok = table[table["score"].notna()]
    assert len(ok) > 0
    for file, score in zip(ok["file"], ok["score"], strict=True):
        assert score == pytest.approx(results[file].assessment.fit["jd"].score)


def test_self_check_advice_in_the_cvs_language(ok_samples, pipeline):
    vi = [
        p
        for p in ok_samples
        if (s := pipeline.screen_bytes(p.read_bytes(), file=p.name)).language == "vi"
        and s.assessment.readiness.gaps
    ]
    if not vi:
        pytest.skip("no Vietnamese sample with promotion gaps")
    path = vi[0]
    expected = pipeline.screen_bytes(path.read_bytes(), file=path.name)
    at = new_app(lang="en")
    at.switch_page("app_pages/self_check.py").run()
    at.file_uploader(key="self_upload").upload(
        path.name, path.read_bytes(), MIME[path.suffix.lower()]
    ).run()
    assert not errors(at)
    text = page_text(at)
    gap = expected.assessment.readiness.gaps[0]
    assert " ".join(gap.advice_vi.split()) in text
    assert gap.advice_en not in text


def test_profiles_edit_bands_and_apply_for_the_session():
    from ui.resources import base_profiles

    base = base_profiles()  # the very profiles the app holds (cached once per process)
    at = new_app()
    at.switch_page("app_pages/profiles.py").run()
    before = base.levels["ae"].bands[0].max_mvnd
    at.session_state["prof_bands_ae_base"] = {
        "edited_rows": {0: {"max": before + 2}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="prof_apply_ae").click().run()
    assert not errors(at)
    adjusted = at.session_state["profiles"]
    assert adjusted.levels["ae"].bands[0].max_mvnd == before + 2
    assert adjusted.levels["am"] == base.levels["am"]
    at.button(key="prof_reset").click().run()
    assert "profiles" not in at.session_state


def test_profiles_weights_must_add_up_to_100():
    at = new_app()
    at.switch_page("app_pages/profiles.py").run()
    at.session_state["prof_weights_am_base"] = {
        "edited_rows": {0: {"weight": 90}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="prof_apply_am").click().run()
    assert not errors(at)
    assert at.error, "weights that do not add up to 100 are refused with the reason"
    assert "profiles" not in at.session_state


HOSTILE_TXT = """Nguyễn Thị Test
Account Executive
KINH NGHIỆM LÀM VIỆC
01/2022 - nay: Account Executive - Agency <script>alert(1)</script>
- Tiếp nhận brief **từ** khách hàng :red[x] $x$ <img src=x onerror=alert(1)>
- Lên proposal và báo giá [link](javascript:alert(1))
"""


def test_screen_cv_text_never_rendered_as_html(samples):
    at = new_app()
    at.file_uploader(key="screen_upload").upload(
        "hostile.txt", HOSTILE_TXT.encode("utf-8"), "text/plain"
    ).run()
    assert not errors(at)
    assert at.markdown, "the detail renders"
    assert not any(m.proto.allow_html for m in at.markdown)
    source = "\n".join(m.value for m in at.markdown)
    assert "\\<script\\>" in source, "CV markup is shown as escaped text"
    assert not re.search(r"(?<!\\)<", source), "no unescaped angle bracket reaches Markdown"
    assert "](javascript:" not in source


def test_screen_job_description_from_uploaded_file(samples):
    at = new_app()
    at.file_uploader(key="screen_jd_file").upload(
        "jd.txt", JD_TEXT.encode("utf-8"), "text/plain"
    ).run()
    at.button(key="screen_samples").click().run()
    assert not errors(at)
    assert at.radio(key="screen_level").value == "jd"
    ok = [s for s in at.session_state["batch_results"] if s.status == "ok"]
    assert ok and all("jd" in s.assessment.fit for s in ok)


def test_screen_broken_zip_listed_as_failed():
    at = new_app()
    at.file_uploader(key="screen_upload").upload(
        "broken.zip", b"PK\x03\x04 this is not a real archive", MIME[".zip"]
    ).run()
    assert not errors(at)
    failed = failed_table(at)
    assert failed is not None and list(failed["file"]) == ["broken.zip"]
    assert failed["code"].iloc[0] not in ("", "ok")


def test_screen_in_english_with_blind_labels(samples):
    at = new_app(lang="en")
    at.session_state["blind"] = True
    at.button(key="screen_samples").click().run()
    assert not errors(at)
    table = ranked(at)
    assert set(table["status"]) <= {"Screened", "No text", "Error"}
    assert all(re.fullmatch(r"Candidate \d+", c) for c in table["candidate"])
    assert at.title[0].value == "Screen a batch"


def test_self_check_scan_explains_no_text(pipeline):
    scans = [
        p
        for p in sample_paths()
        if pipeline.screen_bytes(p.read_bytes(), file=p.name).status == "no_text"
    ]
    if not scans:
        pytest.skip("no scanned (text-less) sample CV")
    at = new_app()
    at.switch_page("app_pages/self_check.py").run()
    at.file_uploader(key="self_upload").upload(
        scans[0].name, scans[0].read_bytes(), MIME[scans[0].suffix.lower()]
    ).run()
    assert not errors(at)
    assert at.error and "lớp chữ" in at.error[0].value
