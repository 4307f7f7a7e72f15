"""``python -m matcher``, run in-process: contracts of parse and screen, formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import hostile_files as H
import pytest

from matcher.cli import main
from matcher.report import COLUMNS

PARSE_KEYS = {"file", "status", "error", "language", "pages", "content_hash", "candidate"}
CANDIDATE_KEYS = {"name", "emails", "phones", "current_title", "companies", "years_experience",
                  "roles", "education", "english", "expected_salary", "personal"}  # fmt: skip
SCREEN_KEYS = PARSE_KEYS | {"profile_version", "skills", "fit", "best_level", "orientation",
                            "salary", "readiness"}  # fmt: skip


@pytest.fixture(scope="module")
def cvs(tmp_path_factory) -> Path:
    """A folder: two good CVs (TXT, PDF), a legacy .doc and a sub-folder with a DOCX."""
    root = tmp_path_factory.mktemp("cvs")
    (root / "sub").mkdir()
    (root / "a_cv.txt").write_text("\n".join(H.cv_lines(2)), encoding="utf-8")
    (root / "b_cv.pdf").write_bytes(H.text_pdf(H.cv_lines(3)))
    (root / "c_old.doc").write_bytes(H.legacy_doc())
    (root / "sub" / "d_cv.docx").write_bytes(H.docx_paragraphs(H.cv_lines(4)))
    (root / "notes.py").write_text("print('not a CV')")
    return root


ORDER = ["a_cv.txt", "b_cv.pdf", "c_old.doc", "sub/d_cv.docx"]


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_parse_folder_one_line_per_file_in_order(cvs, capsys):
    assert main(["parse", str(cvs)]) == 0
    out, err = capsys.readouterr()
    lines = _jsonl(out)
    assert [Path(d["file"]).relative_to(cvs).as_posix() for d in lines] == ORDER
    assert [set(d) for d in lines] == [PARSE_KEYS] * 4
    assert [d["status"] for d in lines] == ["ok", "ok", "error", "ok"]
    assert lines[2]["error"]["code"] == "legacy_doc"
    assert set(lines[2]["error"]) >= {"code", "message"}
    assert set(lines[0]["candidate"]) >= CANDIDATE_KEYS
    assert lines[1]["candidate"]["emails"] == ["candidate3@example.com"]
    assert err == ""  # no progress when stderr is not a terminal


def test_parse_input_order_is_kept_across_arguments(cvs, capsys):
    args = [str(cvs / "sub" / "d_cv.docx"), str(cvs / "a_cv.txt"), str(cvs / "b_cv.pdf")]
    assert main(["parse", *args]) == 0
    assert [d["file"] for d in _jsonl(capsys.readouterr().out)] == args


def test_screen_jsonl_has_the_scoring_contract(cvs, capsys):
    assert main(["screen", str(cvs / "a_cv.txt"), str(cvs / "c_old.doc")]) == 0
    ok, bad = _jsonl(capsys.readouterr().out)
    assert set(ok) == SCREEN_KEYS
    assert set(ok["fit"]) == {"ae", "am", "ad"}
    assert {"score", "band", "criteria"} <= set(ok["fit"]["ae"])
    assert {"level", "band_mvnd", "expected_mvnd", "fit"} <= set(ok["salary"])
    assert {"current_level", "next_level", "ready_pct", "gaps"} <= set(ok["readiness"])
    assert {"label", "account", "sales", "evidence"} <= set(ok["orientation"])
    assert (bad["status"], bad["error"]["code"]) == ("error", "legacy_doc")


def test_screen_csv_one_row_per_file(cvs, capsys):
    assert main(["screen", str(cvs), "--format", "csv", "--level", "am"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(table[0]) == list(COLUMNS)
    assert sorted(Path(r["file"]).name for r in table) == sorted(Path(p).name for p in ORDER)
    assert table[-1]["error_code"] == "legacy_doc"
    scores = [float(r["score"]) for r in table if r["score"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3


def test_screen_table_blind_in_vietnamese(cvs, capsys):
    assert main(["screen", str(cvs), "--format", "table", "--blind", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 5
    assert "Ứng viên" in out and "Nguyen Van" not in out and "a_cv" not in out


def test_screen_blind_jsonl_hides_identity(cvs, capsys):
    assert main(["screen", "--blind", str(cvs / "a_cv.txt")]) == 0
    (d,) = _jsonl(capsys.readouterr().out)
    assert (d["file"], d["candidate"]["name"], d["candidate"]["emails"]) == (
        "Candidate 1",
        None,
        [],
    )
    assert "candidate2@example.com" not in json.dumps(d)


def test_screen_with_jd_adds_a_jd_fit(cvs, tmp_path, capsys):
    jd = tmp_path / "jd.txt"
    jd.write_text("Tuyển Account Manager, 3 năm kinh nghiệm agency, lương 20-30 triệu, "
                  "chăm sóc khách hàng, báo giá, lập kế hoạch truyền thông", encoding="utf-8")  # fmt: skip
    assert main(["screen", str(cvs / "a_cv.txt"), "--jd", str(jd)]) == 0
    (d,) = _jsonl(capsys.readouterr().out)
    assert set(d["fit"]) == {"ae", "am", "ad", "jd"}


def test_screen_unpacks_zip_arguments(tmp_path, capsys):
    archive = tmp_path / "batch.zip"
    archive.write_bytes(H.zip_of({"x.txt": "\n".join(H.cv_lines(5)).encode(),
                                  "y.txt": "\n".join(H.cv_lines(6)).encode()}))  # fmt: skip
    assert main(["parse", str(archive)]) == 0
    lines = _jsonl(capsys.readouterr().out)
    assert [d["file"] for d in lines] == [f"{archive}/x.txt", f"{archive}/y.txt"]
    assert [d["candidate"]["emails"] for d in lines] == [["candidate5@example.com"],
                                                         ["candidate6@example.com"]]  # fmt: skip


def test_missing_path_gets_a_line_and_exit_1(cvs, tmp_path, capsys):
    missing = tmp_path / "nope.pdf"
    assert main(["parse", str(missing), str(cvs / "a_cv.txt")]) == 1
    out, err = capsys.readouterr()
    first, second = _jsonl(out)
    assert (first["status"], first["error"]["code"]) == ("error", "not_found")
    assert second["status"] == "ok"
    assert "nope.pdf" in err


@pytest.mark.parametrize(
    "argv",
    [[], ["parse"], ["screen", "x", "--level", "ceo"], ["screen", "x", "--format", "xml"],
     ["frobnicate", "x"]],
)  # fmt: skip
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_purge_reports_count(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'af.db'}"
    assert main(["purge", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == {"purged": 0}


def test_purge_uses_accountfit_db_env(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.db"
    monkeypatch.setenv("ACCOUNTFIT_DB", str(db))
    assert main(["purge"]) == 0
    assert json.loads(capsys.readouterr().out) == {"purged": 0}
    assert db.exists()
