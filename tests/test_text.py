"""matcher.text: folding keys, line normalisation, language detection."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.text import (
    _WORD,
    _slow_fold,
    _word_counts,
    detect_language,
    first_words,
    fold,
    forget_document_lines,
    match_key,
    may_hold,
    normalize_line,
    normalize_lines,
    reading_one_document,
    recompose,
    split_lines,
    words_of,
)
from matcher.vocabulary import reading, words_re


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinh Nghiệm Làm Việc", "kinh nghiem lam viec"),
        ("ĐÀO TẠO", "dao tao"),
        ("đã", "da"),
        ("Account Executive", "account executive"),
        ("", ""),
    ],
)
def test_fold_strips_diacritics_and_case(text: str, expected: str) -> None:
    assert fold(text) == expected


# Vietnamese letters, combining marks in either order, punctuation, other scripts and an emoji
_FOLD_ALPHABET = "aAeEdDđĐyYơƠưỮệẸ̣́̂̀ĩ–•“”·½ÅΣσçß İ İstanbul 한국ไทย😀\u0f71\u0b3e\u1161"


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=12))
@settings(max_examples=400, deadline=None)
def test_fold_equals_its_definition(text: str) -> None:
    assert fold(text) == _slow_fold(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kĩ năng:", "KỸ NĂNG"),
        ("Lý lịch", "li lich"),
        ("Thông tin  cá nhân!", "thong tin ca nhan"),
    ],
)
def test_match_key_merges_spellings(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_match_key_output_shape() -> None:
    assert match_key("  Kỹ năng / Skills: ") == "ki nang skills"


_DECOMPOSED = unicodedata.normalize("NFD", "Kinh nghiệm làm việc")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Unicode: decomposed input, tone mark typed before the hat (old input methods)
        (_DECOMPOSED, "Kinh nghiệm làm việc"),
        ("Vie\u0301\u0302t Nam", "Viết Nam"),
        ("Vie\u0323\u0302t Nam", "Việt Nam"),
        ("ngu\u031bo\u031b\u0300i", "người"),
        # ligatures, soft hyphens, invisible and exotic spaces
        ("ﬁnance ﬂow oﬀice eﬃcient", "finance flow office efficient"),
        ("Mar\u00adketing", "Marketing"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("a\u00a0\u00a0b\u2009c\tè", "a b c è"),
        ("  many    spaces  ", "many spaces"),
        ("bell\x07 and\x91 controls\x00", "bell and controls"),
        # bullets at the start of a line become "- "
        ("• Chăm sóc khách hàng", "- Chăm sóc khách hàng"),
        ("●Lên proposal", "- Lên proposal"),
        ("▪ Báo giá", "- Báo giá"),
        ("◦ sub point", "- sub point"),
        ("\uf0b7\tQuản lý ngân sách", "- Quản lý ngân sách"),
        ("\uf0a7 Tracking", "- Tracking"),
        ("– Thu hồi công nợ", "- Thu hồi công nợ"),
        ("— Reporting", "- Reporting"),
        ("+ Đàm phán", "- Đàm phán"),
        ("* Excel", "- Excel"),
        ("- already a dash", "- already a dash"),
        ("➢ Pitch", "- Pitch"),
        ("✓ Done", "- Done"),
        # not bullets
        ("-5% chi phí", "-5% chi phí"),
        ("03/2019 – nay", "03/2019 – nay"),
        ("2019 - 2021", "2019 - 2021"),
        # bullets inside a line separate items
        ("Word • Excel • PowerPoint", "Word | Excel | PowerPoint"),
        # stray Â from web-exported CVs; real Vietnamese Â kept
        ("Sales ManagerÂ Â Â", "Sales Manager"),
        ("ticÂwith", "tic with"),
        ("ÂÂÂÂ Summary", "Summary"),
        ("THÔNG TIN CÁ NHÂN", "THÔNG TIN CÁ NHÂN"),
        ("ÂM NHẠC, Châu Âu, ÂU", "ÂM NHẠC, Châu Âu, ÂU"),
        # UTF-8 read as cp1252
        ("Itâ€™s a â€œbriefâ€\u009d", "It’s a “brief”"),
        ("CÃ´ng ty TNHH", "Công ty TNHH"),
        ("Kinh nghiá»‡m lÃ\u00a0m viá»‡c", "Kinh nghiệm làm việc"),
        ("Ä\u0091Ã\u00a0o táº¡o", "đào tạo"),
        ("CafÃ© rÃ©sumÃ©", "Café résumé"),
        # a full-width dash whose last byte the cp1252 reader dropped, or kept
        ("Company Name ï¼ City , State", "Company Name - City , State"),
        ("Sao Mai Media ï¼\x8d Hà Nội", "Sao Mai Media - Hà Nội"),
        # full-width ASCII forms typed with an East Asian input method
        ("０３/２０１９－ｎａｙ", "03/2019-nay"),
        # HTML character references kept by a web export
        ("Manager- Marketing &amp; Social Media", "Manager- Marketing & Social Media"),
        ("Kite&nbsp;Media &#8211; Hà Nội", "Kite Media – Hà Nội"),
        ("R&D; P&L", "R&D; P&L"),  # an ampersand that starts no reference stays
        # nothing to do
        ("Account Executive tại Công ty ABC", "Account Executive tại Công ty ABC"),
        ("", ""),
        ("•", ""),
    ],
)
def test_normalize_line_cleans(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["Kỹ năng", "Đại học Kinh tế", "Nguyễn Thị Hương", "ẤN TƯỢNG", "Quản lý dự án"],
)
def test_normalize_line_keeps_clean_vietnamese(raw: str) -> None:
    assert normalize_line(raw) == raw
    assert unicodedata.is_normalized("NFC", normalize_line(raw))


def test_recompose_is_nfc() -> None:
    assert recompose(unicodedata.normalize("NFD", "Tiếng Việt")) == "Tiếng Việt"


def test_split_lines_every_break() -> None:
    assert split_lines("a\r\nb\nc\rd\x0be\x0cf\u2028g") == ["a", "b", "c", "d", "e", "f", "g"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["", "A", "", "  ", "\u2022", "B", ""], ("A", "", "B")),
        (["A\r\nB", "C"], ("A", "B", "C")),
        (["", "", ""], ()),
        (["A", "\u00a0", "\u200b", "B"], ("A", "", "B")),
    ],
)
def test_normalize_lines_keeps_one_blank_between_blocks(
    lines: list[str], expected: tuple[str, ...]
) -> None:
    assert normalize_lines(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["KINH NGHIỆM LÀM VIỆC", "Nhân viên Account tại công ty quảng cáo"], "vi"),
        (["kinh nghiem lam viec", "nhan vien kinh doanh tai cong ty", "cham soc khach hang"], "vi"),
        (["WORK EXPERIENCE", "Managed the key accounts of the agency and the budget"], "en"),
        (
            [
                "Nguyễn Văn An",
                "Account Executive at ABC Agency, Quận 1, TP. Hồ Chí Minh",
                "Handled the briefs and the proposals for the clients of the agency",
                "Prepared the weekly reports and the quotations for the brand team",
            ],
            "en",
        ),
        (
            [
                "KINH NGHIỆM LÀM VIỆC",
                "Chăm sóc khách hàng và tiếp nhận brief từ nhãn hàng",
                "WORK EXPERIENCE",
                "Handled the briefs and the proposals for the clients of the agency",
            ],
            "mixed",
        ),
        (
            [
                "KINH NGHIỆM LÀM VIỆC",
                "PR Account Executive – Blue Lotus Communications",
                "- Handle client brief và lên PR plan cho 2 nhãn hàng skincare",
                "- Draft press release, build media list, pitch báo chí và follow-up coverage",
                "- Weekly report và post-campaign recap cho client",
            ],
            "mixed",
        ),
        (
            [
                "KINH NGHIỆM LÀM VIỆC",
                "- Lên proposal, đề xuất concept cho các chiến dịch activation",
                "- Tiếp nhận brief, theo dõi tiến độ sản xuất TVC và KV",
                "- Nghiệm thu, thanh lý hợp đồng và đối soát công nợ với kế toán",
            ],
            "vi",
        ),
        ([], "en"),
    ],
)
def test_detect_language_labels(lines: list[str], expected: str) -> None:
    assert detect_language(lines) == expected


@pytest.mark.shared_data
def test_detect_language_on_real_text(shared_data) -> None:
    """Vietnamese job requirements read as vi, English CVs (resume_ner) as en."""
    reqs = json.loads((shared_data / "vn_skill_terms" / "Vn_requirements_NER.json").read_text())
    vi_labels = [detect_language(d["text"].splitlines()) for d in reqs["data"].values()]
    cvs = (shared_data / "resume_ner_cc0" / "cvs_annotated.jsonl").read_text().splitlines()
    en_labels = [detect_language(json.loads(row)["text"].splitlines()) for row in cvs]
    assert vi_labels.count("vi") >= 0.97 * len(vi_labels)
    assert "en" not in vi_labels
    assert en_labels.count("en") >= 0.98 * len(en_labels)
    assert "vi" not in en_labels


def test_first_words_takes_each_phrases_first_word() -> None:
    assert first_words(["Hiện tại", "e-mail", "now", " "]) == frozenset({"hien", "e", "now"})
    assert first_words(["$ salary", "net"]) is None


def test_words_of_lists_whole_words_for_one_document() -> None:
    assert words_of("mức lương: 12-15tr, net") == frozenset({"mức", "lương", "12", "15tr", "net"})
    forget_document_lines()
    assert words_of.cache_info().currsize == 0


_PHRASE_LISTS = [
    key
    for key, value in reading().items()
    if isinstance(value, list) and all(isinstance(v, str) for v in value)
]


@pytest.mark.parametrize("key", _PHRASE_LISTS)
def test_may_hold_is_false_only_when_the_phrase_regex_finds_nothing(key: str) -> None:
    phrases = reading()[key]
    gate = first_words(phrases)
    pieces = [fold(p) for p in phrases[:40]] + ["x", "-", "  ", "2019", "abc", ":"]
    lines = [" ".join(pieces[i : i + 3]) for i in range(len(pieces))]
    lines += [p + "x" for p in pieces] + ["x" + p for p in pieces]
    for line in lines:
        if words_re(key).search(line):
            assert may_hold(gate, line), line
    forget_document_lines()


@given(st.lists(st.text(alphabet="ab Ằ_9'-.\tẞ²x", max_size=10), max_size=5))
@settings(max_examples=300, deadline=None)
def test_word_counts_equal_the_word_pattern(lines: list[str]) -> None:
    expected = Counter(word for line in lines for word in _WORD.findall(line))
    assert _word_counts(lines) == expected


@given(st.text(alphabet=[chr(c) for c in range(128)] + ["ữ", "–", "²"], max_size=20))
@settings(max_examples=300, deadline=None)
def test_words_of_equals_the_word_runs(text: str) -> None:
    assert words_of(text) == frozenset(re.findall(r"\w+", text))
    forget_document_lines()


@given(st.text(alphabet=[chr(c) for c in range(128)] + ["Ỹ", "–", "đ", "\u0301"], max_size=20))
@settings(max_examples=300, deadline=None)
def test_match_key_equals_its_definition(text: str) -> None:
    key = re.sub(r"[^\w]+", " ", _slow_fold(text)).replace("y", "i")
    assert match_key(text) == re.sub(r"\s+", " ", key).strip()


def test_reading_one_document_keeps_folds_only_while_reading() -> None:
    import matcher.text as text

    with reading_one_document():
        assert fold("Kỹ năng") == fold("Kỹ năng") == "ky nang"
        assert fold("Skills") == "skills"
        assert text._READING.folds == {"Kỹ năng": "ky nang"}  # ASCII text is never kept
    assert text._READING.folds is None
    assert fold("Kỹ năng") == "ky nang"
