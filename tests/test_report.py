"""Stage 5: ranking, blind labels, redaction and the export formats, on hand-built results."""

from __future__ import annotations

import csv
import io
import json

import pytest

from matcher.errors import file_error
from matcher.report import COLUMNS, redact, rows, to_csv, to_jsonl, to_table, to_xlsx
from matcher.types import (
    Assessment,
    Candidate,
    Evidence,
    LevelFit,
    Orientation,
    Personal,
    Readiness,
    SalaryFit,
    Screening,
    SkillHit,
)

NAME = "Trần Thị Bảo Ngọc"
EMAIL = "ngoc.tran@example.com"
PHONE_LINE = "SĐT: 0912 345 678"
DOB_LINE = "Ngày sinh: 03/02/1999"


def _screening(file: str, scores: dict[str, float], *, best: str | None, name: str | None = None,
               jd: float | None = None) -> Screening:  # fmt: skip
    fit = {lv: LevelFit(lv, sc, "junior", (6.0, 10.0), ()) for lv, sc in scores.items()}
    if jd is not None:
        fit["jd"] = LevelFit("jd", jd, "junior", (6.0, 10.0), ())
    assessment = Assessment(
        skills=(), fit=fit, best_level=best, orientation=Orientation("account", 2.0, 0.0),
        salary=SalaryFit(best, "junior", (6.0, 10.0), (8.0, 9.0), "within"),
        readiness=Readiness(best, None, 50.0),
    )  # fmt: skip
    cand = Candidate(name=name, current_title="Account Executive", years_experience=2.5)
    return Screening(file=file, status="ok", candidate=cand, assessment=assessment,
                     content_hash="h" + file, profile_version="v1")  # fmt: skip


def _batch() -> list[Screening]:
    return [
        Screening(file="bad.doc", status="error", error=file_error("legacy_doc")),
        _screening("a.pdf", {"ae": 60.0, "am": 40.0, "ad": 20.0}, best="ae", name="Le Van A"),
        Screening(file="scan.pdf", status="no_text", pages=1),
        _screening("b.pdf", {"ae": 50.0, "am": 70.0, "ad": 30.0}, best="am", name="Pham Thi B"),
        _screening("c.pdf", {"ae": 10.0, "am": 12.0, "ad": 15.0}, best=None),
    ]


def _personal_screening() -> Screening:
    personal_lines = (Evidence("personal", DOB_LINE), Evidence("personal", "Giới tính: Nữ"),
                      Evidence("personal", PHONE_LINE), Evidence("header", NAME.upper()))  # fmt: skip
    cand = Candidate(
        name=NAME, emails=(EMAIL,), phones=("+84912345678",), current_title="Account Executive",
        personal=Personal(photo=True, date_of_birth="1999-02-03", age=27, gender="female",
                          marital_status="single", hometown="Nghệ An", address="12 Lê Lợi, Huế",
                          national_id="079199000123", lines=personal_lines),
        evidence={"name": (Evidence("header", NAME.upper()),), "emails": (Evidence("personal", EMAIL),),
                  "current_title": (Evidence("experience", "Account Executive - Lam Son"),)},
    )  # fmt: skip
    hits = (
        SkillHit("communication", "Communication", "Giao tiếp", (
            Evidence("objective", f"{NAME} giao tiếp tốt"),
            Evidence("experience", "Giao tiếp với khách hàng hằng ngày"),
            Evidence("personal", "Liên hệ 0912.345.678"),
            Evidence("personal", "Quê quán: Nghệ An"),
        )),
    )  # fmt: skip
    base = _screening("ngoc_cv.pdf", {"ae": 70.0, "am": 50.0, "ad": 30.0}, best="ae")
    assessment = Assessment(skills=hits, fit=base.assessment.fit, best_level="ae",
                            orientation=base.assessment.orientation, salary=base.assessment.salary,
                            readiness=base.assessment.readiness)  # fmt: skip
    return Screening(file="ngoc_cv.pdf", status="ok", candidate=cand, assessment=assessment)


@pytest.mark.parametrize(
    ("level", "order"),
    [
        (None, ["b.pdf", "a.pdf", "c.pdf", "scan.pdf", "bad.doc"]),
        ("ae", ["a.pdf", "b.pdf", "c.pdf", "scan.pdf", "bad.doc"]),
        ("ad", ["b.pdf", "a.pdf", "c.pdf", "scan.pdf", "bad.doc"]),
    ],
)
def test_rows_ranked_by_level_errors_last(level, order):
    got = rows(_batch(), level=level)
    assert [r["file"] for r in got] == order
    assert [r["rank"] for r in got] == [1, 2, 3, 4, 5]
    assert list(got[0]) == list(COLUMNS)


def test_rows_whole_structure():
    top, *_, last = rows(_batch())
    assert top == {
        "rank": 1, "file": "b.pdf", "label": "Pham Thi B", "score": 70.0, "best_level": "am",
        "score_ae": 50.0, "score_am": 70.0, "score_ad": 30.0, "score_jd": None, "years": 2.5,
        "current_title": "Account Executive", "salary_fit": "within", "orientation": "account",
        "status": "ok", "error_code": None, "error_message": None,
    }  # fmt: skip
    assert (last["status"], last["error_code"], last["label"]) == ("error", "legacy_doc", "bad.doc")
    assert last["error_message"] == file_error("legacy_doc").message_en


def test_rows_rank_by_jd_when_present():
    batch = [_screening("x.pdf", {"ae": 90.0}, best="ae", jd=10.0),
             _screening("y.pdf", {"ae": 20.0}, best="ae", jd=80.0)]  # fmt: skip
    assert [r["file"] for r in rows(batch)] == ["y.pdf", "x.pdf"]


@pytest.mark.parametrize(("lang", "word"), [("en", "Candidate"), ("vi", "Ứng viên")])
def test_rows_blind_labels_by_input_position(lang, word):
    got = rows(_batch(), blind=True, lang=lang)
    assert [(r["file"], r["label"]) for r in got] == [
        (f"{word} {n}", f"{word} {n}") for n in (4, 2, 5, 3, 1)
    ]
    assert "Pham Thi B" not in json.dumps(got, ensure_ascii=False)


def test_to_csv_one_row_per_file_in_rank_order():
    text = to_csv(_batch(), level="ae")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["file"] for r in table] == ["a.pdf", "b.pdf", "c.pdf", "scan.pdf", "bad.doc"]
    assert list(table[0]) == list(COLUMNS)
    assert table[0]["score"] == "60.0"


def test_to_xlsx_reads_back():
    import pandas as pd

    frame = pd.read_excel(io.BytesIO(to_xlsx(_batch(), blind=True)), sheet_name="AccountFit")
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame["label"]) == ["Candidate 4", "Candidate 2", "Candidate 5", "Candidate 3",
                                    "Candidate 1"]  # fmt: skip


def test_to_jsonl_input_order_full_contract():
    lines = [json.loads(line) for line in to_jsonl(_batch()).splitlines()]
    assert [d["file"] for d in lines] == ["bad.doc", "a.pdf", "scan.pdf", "b.pdf", "c.pdf"]
    assert lines[1] == _batch()[1].to_dict()
    assert lines[0]["error"]["code"] == "legacy_doc"


def test_to_table_lists_every_file_ranked():
    text = to_table(_batch())
    body = text.splitlines()[1:]
    assert [line.split()[0] for line in body] == ["1", "2", "3", "4", "5"]
    assert "Pham Thi B" in body[0] and "[legacy_doc]" in body[4] and "[no_text]" in body[3]


def test_redact_removes_personal_data_and_lines_that_mention_it():
    s = _personal_screening()
    data = json.loads(to_jsonl([s], blind=True))
    dumped = json.dumps(data, ensure_ascii=False)
    for secret in (NAME, NAME.upper(), EMAIL, "0912", "Nghệ An", "Lê Lợi", "079199000123",
                   "1999", "ngoc_cv"):  # fmt: skip
        assert secret not in dumped, secret
    cand = data["candidate"]
    assert (cand["name"], cand["emails"], cand["phones"]) == (None, [], [])
    assert cand["personal"] == {"photo": False, "date_of_birth": None, "age": None,
                                "gender": None, "marital_status": None, "hometown": None,
                                "address": None, "national_id": None}  # fmt: skip
    assert cand["evidence"] == {
        "current_title": [
            {"section": "experience", "text": "Account Executive - Lam Son", "start": 0, "end": 0}
        ]
    }
    assert [e["text"] for e in data["skills"][0]["evidence"]] == [
        "Giao tiếp với khách hàng hằng ngày"
    ]
    assert (data["file"], data["label"]) == ("Candidate 1", "Candidate 1")


def test_redact_leaves_input_untouched_and_keeps_scores():
    s = _personal_screening()
    original = s.to_dict()
    snapshot = json.dumps(original, ensure_ascii=False, sort_keys=True)
    out = redact(original)
    assert json.dumps(original, ensure_ascii=False, sort_keys=True) == snapshot
    assert out["fit"] == original["fit"] and out["best_level"] == "ae"


def test_redact_without_candidate_is_a_copy():
    data = Screening(file="x", status="error", error=file_error("corrupt")).to_dict()
    assert redact(data) == data and redact(data) is not data
