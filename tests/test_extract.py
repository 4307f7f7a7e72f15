"""matcher.extract: type sniffing, PDF/DOCX/TXT reading, columns, photos, coded errors."""

from __future__ import annotations

import io
import random
import re
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher import extract as extract_module
from matcher.extract import MESSAGES, decode_text, extract, garble_ratio, has_text, sniff_type
from matcher.types import Document, ReadError

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
A4 = (595.0, 842.0)

LEFT = [
    "THÔNG TIN CÁ NHÂN",
    "Điện thoại: 0912 345 678",
    "Email: an.nguyen@example.com",
    "Địa chỉ: Quận 1, TP. Hồ Chí Minh",
    "KỸ NĂNG",
    "Giao tiếp",
    "Đàm phán",
    "Tin học văn phòng",
]
RIGHT = [
    "KINH NGHIỆM LÀM VIỆC",
    "Account Executive - Công ty Quảng cáo ABC",
    "03/2019 - nay",
    "- Chăm sóc khách hàng, tiếp nhận brief",
    "- Lên proposal và báo giá cho khách hàng",
    "HỌC VẤN",
    "Đại học Kinh tế TP.HCM, 2018",
]


# ---- builders ------------------------------------------------------------------------------


def _canvas(buffer: io.BytesIO):
    if not FONT.is_file():
        pytest.skip(f"DejaVu font not found at {FONT}")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("DejaVu", 10)
    return pdf


def make_pdf(pages: list[list[tuple[float, float, str]]], *, images=()) -> bytes:
    """Each page is a list of (x, y, text) drawn in that order (the content-stream order)."""
    buffer = io.BytesIO()
    pdf = _canvas(buffer)
    for number, page in enumerate(pages):
        for image, x, y, w, h in images if number == 0 else ():
            pdf.drawImage(image, x, y, width=w, height=h)
        pdf.setFont("DejaVu", 10)
        for x, y, text in page:
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_reader(size: tuple[int, int]):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = Image.new("RGB", size, (180, 120, 90))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG")
    buffer.seek(0)
    return ImageReader(buffer)


def two_column_pdf() -> bytes:
    """A CV whose content stream interleaves the columns line by line (as many generators
    do), with a different line spacing per column, under a full-width name."""
    page = [(40.0, 800.0, "NGUYỄN VĂN AN")]
    for i in range(max(len(LEFT), len(RIGHT))):
        if i < len(LEFT):
            page.append((40.0, 760.0 - 14 * i, LEFT[i]))
        if i < len(RIGHT):
            page.append((230.0, 760.0 - 17 * i, RIGHT[i]))
    return make_pdf([page])


def vietnamese_pdf(pages: int = 1) -> bytes:
    lines = ["NGUYỄN THỊ HƯƠNG", "KINH NGHIỆM LÀM VIỆC", *RIGHT[1:], "KỸ NĂNG", "Đàm phán"]
    return make_pdf([[(50.0, 780.0 - 16 * i, text) for i, text in enumerate(lines)]] * pages)


def make_docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_cp1258(text: str) -> bytes:
    """cp1258 has the vowel shapes (â, ơ, ư...) but writes tones as combining marks."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return out


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.fixture(scope="module")
def two_column() -> bytes:
    return two_column_pdf()


@pytest.fixture(scope="module")
def simple_docx() -> bytes:
    return make_docx(lambda d: d.add_paragraph("Account Executive tại Công ty ABC"))


# ---- sniffing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xef\xbb\xbf junk before the header\r\n%PDF-1.4\n", "pdf"),
        (b"x" * 1100 + b"%PDF-1.4", "text"),
        (zip_bytes({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}), "docx"),
        (zip_bytes({"cv.pdf": b"%PDF-1.4"}), "zip"),
        (OLE + "WordDocument".encode("utf-16-le"), "doc"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "image"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "image"),
        (b"GIF89a" + bytes(16), "image"),
        ("Kinh nghiệm làm việc".encode(), "text"),
        ("Kinh nghiệm".encode("utf-16"), "text"),
        ("Account".encode("utf-16-le"), "text"),
        (b"{\\rtf1\\ansi hello}", "unknown"),
        (random.Random(7).randbytes(2048), "unknown"),
    ],
    ids=[
        "pdf",
        "pdf-after-junk",
        "pdf-too-late",
        "docx",
        "zip",
        "ole-doc",
        "png",
        "jpeg",
        "gif",
        "utf8",
        "utf16-bom",
        "utf16-le-no-bom",
        "rtf",
        "random",
    ],
)
def test_sniff_type_by_magic_bytes(data: bytes, expected: str) -> None:
    assert sniff_type(data) == expected


def test_extract_ignores_the_file_name(two_column: bytes, simple_docx: bytes) -> None:
    assert extract(two_column, filename="cv.docx").kind == "pdf"
    assert extract(simple_docx, filename="cv.pdf").kind == "docx"
    assert extract(b"Account Executive", filename="cv.pdf").kind == "text"


# ---- errors --------------------------------------------------------------------------------


def _truncated_pdf() -> bytes:
    data = vietnamese_pdf()
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b" \n\t\r\n ", "empty_file"),
        ("\ufeff".encode() + b"\n\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "unsupported_type"),
        (random.Random(3).randbytes(4096), "unsupported_type"),
        (b"{\\rtf1\\ansi CV}", "unsupported_type"),
        (zip_bytes({"cv.txt": b"hello"}), "unsupported_type"),
        (OLE + "WordDocument".encode("utf-16-le"), "legacy_doc"),
        (OLE + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
        (OLE + "Workbook".encode("utf-16-le"), "unsupported_type"),
        (b"%PDF-1.4\n" + random.Random(5).randbytes(3000), "corrupt"),
        (b"%PDF-1.7\n%%EOF", "corrupt"),
        (b"PK\x03\x04 word/document.xml broken", "corrupt"),
        (zip_bytes({"word/document.xml": b"<not xml"}), "corrupt"),
    ],
    ids=[
        "empty",
        "blank",
        "bom-only",
        "png",
        "random",
        "rtf",
        "zip",
        "ole-doc",
        "ole-encrypted-docx",
        "ole-xls",
        "pdf-garbage",
        "pdf-no-objects",
        "docx-broken-zip",
        "docx-broken-xml",
    ],
)
def test_extract_errors_have_codes(data: bytes, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        extract(data, filename="x")
    assert caught.value.error.code == code


def test_extract_truncated_pdf_is_corrupt() -> None:
    with pytest.raises(ReadError) as caught:
        extract(_truncated_pdf())
    assert caught.value.error.code == "corrupt"


def test_messages_are_bilingual() -> None:
    assert set(MESSAGES) >= {"empty_file", "unsupported_type", "legacy_doc", "encrypted", "corrupt"}
    for en, vi in MESSAGES.values():
        assert en and vi and en != vi
    assert ".docx" in MESSAGES["legacy_doc"][0] and ".docx" in MESSAGES["legacy_doc"][1]


USER_PASSWORD = [
    "encryption_aes-128.pdf",
    "encryption_aes-128-m.pdf",
    "encryption_aes-256.pdf",
    "encryption_aes-256-m.pdf",
    "encryption_aes-256-r6.pdf",
    "encryption_rc4-40.pdf",
    "encryption_rc4-128.pdf",
]
# encrypted with an owner password only: PDFium and pdfminer open them without one
OWNER_ONLY = [
    ("encryption_encrypted_doc_no_id.pdf", 3, False),
    ("contrib_issue-625-identity-cmap.pdf", 2, True),
    ("contrib_issue-00352-asw-oct96-p41.pdf", 1, True),
]


@pytest.mark.shared_data
@pytest.mark.parametrize("name", USER_PASSWORD)
def test_extract_user_password_pdf_is_encrypted(shared_data: Path, name: str) -> None:
    data = (shared_data / "pdf_malformed" / "pdfminer_samples" / name).read_bytes()
    with pytest.raises(ReadError) as caught:
        extract(data)
    assert caught.value.error.code == "encrypted"


@pytest.mark.shared_data
@pytest.mark.parametrize(("name", "pages", "text"), OWNER_ONLY)
def test_extract_owner_password_pdf_is_read(
    shared_data: Path, name: str, pages: int, text: bool
) -> None:
    doc = extract((shared_data / "pdf_malformed" / "pdfminer_samples" / name).read_bytes())
    assert (doc.kind, doc.pages, has_text(doc)) == ("pdf", pages, text)
    assert "owner_password" in doc.warnings


@pytest.mark.shared_data
def test_extract_raises_only_read_error_on_malformed_pdfs(shared_data: Path) -> None:
    codes = {}
    for path in sorted((shared_data / "pdf_malformed").rglob("*.pdf")):
        try:
            doc = extract(path.read_bytes(), filename=path.name)
        except ReadError as exc:
            codes[path.name] = exc.error.code
        else:
            assert isinstance(doc, Document)
    assert set(codes.values()) <= {"corrupt", "encrypted", "unsupported_type", "empty_file"}
    assert list(codes.values()).count("encrypted") >= len(USER_PASSWORD)


# ---- plain text ----------------------------------------------------------------------------

VI_TEXT = "Nguyễn Thị Hương\nKINH NGHIỆM LÀM VIỆC\nChăm sóc khách hàng, báo giá"
VI_LINES = ("Nguyễn Thị Hương", "KINH NGHIỆM LÀM VIỆC", "Chăm sóc khách hàng, báo giá")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VI_TEXT.encode("utf-8"), "utf-8"),
        (VI_TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (VI_TEXT.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + VI_TEXT.encode("utf-16-be"), "utf-16"),
        (unicodedata.normalize("NFD", VI_TEXT).encode("utf-8"), "utf-8"),
        (VI_TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (to_cp1258(VI_TEXT), "cp1258"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf8-nfd", "crlf", "cp1258"],
)
def test_extract_text_encodings(data: bytes, encoding: str) -> None:
    doc = extract(data, filename="cv.txt")
    assert (doc.lines, doc.kind, doc.pages, doc.language) == (VI_LINES, "text", 1, "vi")
    assert decode_text(data)[1] == encoding


def test_extract_markdown_marks_removed() -> None:
    data = (
        "# NGUYỄN VĂN AN\n**Account Executive**\n\n## Kinh nghiệm làm việc ##\n"
        "* Tiếp nhận __brief__\n---\nLiên hệ: [an@example.com](mailto:an@example.com)\n"
        "Web: [Portfolio](https://example.com/an)\n2 * 3 = 6"
    ).encode()
    assert extract(data, filename="cv.md").lines == (
        "NGUYỄN VĂN AN",
        "Account Executive",
        "",
        "Kinh nghiệm làm việc",
        "- Tiếp nhận brief",
        "",
        "Liên hệ: an@example.com",
        "Web: Portfolio (https://example.com/an)",
        "2 * 3 = 6",
    )


def test_decode_text_falls_back_to_latin1() -> None:
    data = b"Caf\xe9 \x81 r\xe9sum\xe9"  # 0x81 is undefined in cp1258
    assert decode_text(data) == ("Café \x81 résumé", "latin-1")
    assert extract(data).lines == ("Café résumé",)


def test_decode_text_utf16_without_bom() -> None:
    assert decode_text("Account Executive".encode("utf-16-le")) == (
        "Account Executive",
        "utf-16-le",
    )


def test_extract_text_normalises_lines() -> None:
    data = "• Quản lý ngân sách\n\n\n\uf0b7 ﬁnance\u00ad\nÂ Â Sales\u00a0Manager".encode()
    assert extract(data).lines == ("- Quản lý ngân sách", "", "- finance", "Sales Manager")


# ---- DOCX ----------------------------------------------------------------------------------


def _docx_with_table(document) -> None:
    document.add_paragraph("NGUYỄN THỊ HOA")
    document.add_paragraph("KINH NGHIỆM LÀM VIỆC")
    table = document.add_table(rows=2, cols=3)
    for row, values in enumerate(
        [("03/2019 - nay", "Công ty ABC", "Account Executive"), ("2017 - 2019", "XYZ", "Sales")]
    ):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    document.add_paragraph("Quản lý ngân sách", style="List Bullet")
    document.add_paragraph("HỌC VẤN")


def _docx_layout_table(document) -> None:
    """A two-column CV built as a one-row table: each cell holds a whole column."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.text = LEFT[0]
    for line in LEFT[1:4]:
        left.add_paragraph(line)
    right.text = RIGHT[0]
    for line in RIGHT[1:3]:
        right.add_paragraph(line)


def _docx_header(document) -> None:
    document.sections[0].header.paragraphs[0].text = "Nguyễn Văn An - 0912 345 678"
    document.add_paragraph("MỤC TIÊU NGHỀ NGHIỆP")


def _docx_text_box(document) -> None:
    """A VML text box inside a paragraph (how many CV templates place the contact block)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    vml = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    document.add_paragraph("KINH NGHIỆM LÀM VIỆC")
    paragraph = document.add_paragraph("Nhân viên kinh doanh tại công ty quảng cáo")
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')} {vml}><w:pict><v:shape><v:textbox><w:txbxContent>"
            "<w:p><w:r><w:t>Điện thoại: 0912 345 678</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    document.add_paragraph("HỌC VẤN")


@pytest.mark.parametrize(
    ("build", "lines"),
    [
        (
            _docx_text_box,
            (
                "KINH NGHIỆM LÀM VIỆC",
                "Nhân viên kinh doanh tại công ty quảng cáo",
                "",
                "Điện thoại: 0912 345 678",
                "HỌC VẤN",
            ),
        ),
        (
            _docx_with_table,
            (
                "NGUYỄN THỊ HOA",
                "KINH NGHIỆM LÀM VIỆC",
                "03/2019 - nay | Công ty ABC | Account Executive",
                "2017 - 2019 | XYZ | Sales",
                "- Quản lý ngân sách",
                "HỌC VẤN",
            ),
        ),
        (_docx_layout_table, (*LEFT[:4], "", *RIGHT[:3])),
        (_docx_header, ("Nguyễn Văn An - 0912 345 678", "", "MỤC TIÊU NGHỀ NGHIỆP")),
    ],
    ids=["text-box", "table-rows", "layout-table", "header"],
)
def test_extract_docx_in_document_order(build, lines: tuple[str, ...]) -> None:
    doc = extract(make_docx(build), filename="cv.docx")
    assert (doc.lines, doc.kind, doc.reader, doc.language) == (lines, "docx", "python-docx", "vi")


def _docx_picture(width_cm: float, height_cm: float):
    from docx.shared import Cm

    def build(document) -> None:
        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (60, 80), (200, 150, 120)).save(buffer, format="PNG")
        buffer.seek(0)
        document.add_paragraph("NGUYỄN VĂN AN")
        document.add_picture(buffer, width=Cm(width_cm), height=Cm(height_cm))
        document.add_paragraph("Account Executive")

    return build


@pytest.mark.parametrize(
    ("width_cm", "height_cm", "photo"),
    [(3.0, 4.0, True), (0.5, 0.5, False), (16.0, 2.0, False)],
    ids=["portrait", "icon", "banner"],
)
def test_extract_docx_photo(width_cm: float, height_cm: float, photo: bool) -> None:
    doc = extract(make_docx(_docx_picture(width_cm, height_cm)))
    assert (doc.has_photo, doc.lines) == (photo, ("NGUYỄN VĂN AN", "", "Account Executive"))


# ---- PDF -----------------------------------------------------------------------------------


def test_extract_pdf_vietnamese_text() -> None:
    doc = extract(vietnamese_pdf(pages=2))
    page = ("NGUYỄN THỊ HƯƠNG", "KINH NGHIỆM LÀM VIỆC", *RIGHT[1:], "KỸ NĂNG", "Đàm phán")
    assert doc == Document(
        lines=(*page, "", *page), pages=2, kind="pdf", language="vi", reader="pypdfium2"
    )
    assert all(unicodedata.is_normalized("NFC", line) for line in doc.lines)


@pytest.mark.parametrize("glyphs", [False, True], ids=["word-by-word", "glyph-by-glyph"])
@pytest.mark.parametrize("font", ["DejaVu", "DejaVuSerif", "Times-Roman", "Helvetica"])
def test_extract_pdf_word_spacing_from_positions(font: str, glyphs: bool) -> None:
    """Words or single glyphs placed at (rounded) positions without space glyphs, as
    HTML-to-PDF generators write them, come out as the words, no more and no fewer."""
    sentence = "Staff of the office, chief of staff for five effective offers"
    buffer = io.BytesIO()
    pdf = _canvas(buffer)
    if font == "DejaVuSerif":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(font, str(FONT.with_name("DejaVuSerif.ttf"))))
    pdf.setFont(font, 11)
    x = 50.0
    for piece in sentence if glyphs else sentence.split():
        if piece != " ":
            pdf.drawString(round(x), 700, piece)
        x += pdf.stringWidth(piece if glyphs else piece + " ", font, 11)
    pdf.showPage()
    pdf.save()
    assert extract(buffer.getvalue()).lines == (sentence,)


def test_extract_pdf_two_columns_come_out_column_by_column(two_column: bytes) -> None:
    doc = extract(two_column)
    assert doc.lines == ("NGUYỄN VĂN AN", *LEFT, "", *RIGHT)
    assert doc.warnings == ("two_column_pages:1",)
    assert doc.lines.index("KỸ NĂNG") < doc.lines.index("KINH NGHIỆM LÀM VIỆC")


def test_extract_pdf_two_columns_name_in_right_column_first() -> None:
    """A sidebar that starts lower than the name heading the main (right) column."""
    buffer = io.BytesIO()
    pdf = _canvas(buffer)
    for i, text in enumerate(LEFT):
        pdf.drawString(40, 740 - 14 * i, text)
    pdf.setFont("DejaVu", 20)
    pdf.drawString(230, 800, "PHẠM MINH THƯ")
    pdf.setFont("DejaVu", 10)
    for i, text in enumerate(RIGHT):
        pdf.drawString(230, 760 - 17 * i, text)
    pdf.showPage()
    pdf.save()
    assert extract(buffer.getvalue()).lines == ("PHẠM MINH THƯ", *RIGHT, "", *LEFT)


@pytest.mark.parametrize(
    "rows",
    [
        # roles with right-aligned dates and full-width bullets: one row per line
        [
            ("Account Executive - Công ty ABC", "03/2019 - nay"),
            ("- Chăm sóc khách hàng, tiếp nhận brief và lên kế hoạch triển khai chiến dịch", None),
            ("- Báo giá, theo dõi tiến độ và báo cáo tổng kết cho khách hàng hằng tháng", None),
            ("Sales Executive - Công ty XYZ", "06/2017 - 02/2019"),
            ("- Tìm kiếm khách hàng mới, gọi điện và chốt đơn theo chỉ tiêu doanh số", None),
            ("- Chăm sóc đại lý và nhà phân phối khu vực phía Nam, báo cáo hằng tuần", None),
            ("Intern - Công ty DEF", "01/2017 - 05/2017"),
            ("- Hỗ trợ tổ chức sự kiện, chuẩn bị tài liệu và tổng hợp phản hồi khách hàng", None),
        ],
        # a label/value table: rows share a baseline, it reads row by row
        [
            ("Họ và tên:", "Nguyễn Văn An"),
            ("Ngày sinh:", "01/02/1995"),
            ("Giới tính:", "Nam"),
            ("Điện thoại:", "0912 345 678"),
            ("Email:", "an.nguyen@example.com"),
            ("Địa chỉ:", "Quận 1, TP. Hồ Chí Minh"),
            ("Tình trạng hôn nhân:", "Độc thân"),
            ("Mức lương mong muốn:", "12-15 triệu"),
        ],
    ],
    ids=["dated-roles", "label-value"],
)
def test_extract_pdf_rows_stay_rows(rows: list[tuple[str, str | None]]) -> None:
    page = []
    for i, (left, right) in enumerate(rows):
        page.append((50.0, 780.0 - 16 * i, left))
        if right:
            page.append((400.0, 780.0 - 16 * i, right))
    doc = extract(make_pdf([page]))
    assert doc.lines == tuple(f"{a} {b}" if b else a for a, b in rows)
    assert doc.warnings == ()


def test_extract_pdf_image_only_has_no_text() -> None:
    data = make_pdf([[]], images=[(image_reader((120, 170)), 0, 0, A4[0], A4[1])])
    doc = extract(data)
    assert (doc.lines, doc.pages, doc.has_photo, has_text(doc)) == ((), 1, False, False)


def test_extract_pdf_page_number_only_has_no_text() -> None:
    doc = extract(make_pdf([[(290.0, 30.0, "1")], [(290.0, 30.0, "2")]]))
    assert (doc.lines, doc.pages, has_text(doc)) == (("1", "", "2"), 2, False)


@pytest.mark.parametrize(
    ("size", "photo"),
    [((90.0, 120.0), True), ((16.0, 16.0), False), ((500.0, 60.0), False)],
    ids=["portrait", "icon", "banner"],
)
def test_extract_pdf_photo(size: tuple[float, float], photo: bool) -> None:
    page = [(50.0, 700.0 - 16 * i, text) for i, text in enumerate(RIGHT)]
    data = make_pdf([page], images=[(image_reader((60, 80)), 420, 700, *size)])
    assert extract(data).has_photo is photo


def test_extract_pdf_max_pages() -> None:
    doc = extract(vietnamese_pdf(pages=3), max_pages=1)
    assert (doc.pages, doc.warnings, doc.lines.count("KỸ NĂNG")) == (3, ("pages_read:1/3",), 1)


def test_extract_pdf_falls_back_to_pdfminer(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, *, max_pages: int | None):
        raise extract_module.read_error("corrupt")

    monkeypatch.setattr(extract_module, "_pdfium_read", broken)
    doc = extract(vietnamese_pdf())
    assert (doc.reader, doc.warnings, doc.language) == ("pdfminer", ("pdfium_failed",), "vi")
    assert "KINH NGHIỆM LÀM VIỆC" in doc.lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0.0), ("Kinh nghiệm", 0.0), ("\ue001\ue002\ue003ab", 0.6), ("(cid:12)(cid:13)", 1.0),
     (" \t\r\n\x1c ", 0.0), ("ab\x01\x7f\n", 0.5), ("ab\x01đ\ufffd", 0.4), ("a(cid:1) b", 7 / 9)],
)  # fmt: skip
def test_garble_ratio(text: str, expected: float) -> None:
    assert garble_ratio(text) == pytest.approx(expected)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.sampled_from("aĐ \t\n\x01\x1c\x7f\x85\ufffd\ue000\u0378(cid:7)"), max_size=40))
def test_garble_ratio_is_the_share_of_bad_non_space_characters(text: str) -> None:
    compact = "".join(text.split())
    bad = sum(
        1 for ch in compact if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn")
    )
    bad += sum(len(m) for m in re.findall(r"\(cid:\d+\)", text))
    assert garble_ratio(text) == (min(1.0, bad / len(compact)) if compact else 0.0)


class _StubText:
    """A PDFium text page whose one-call text is ``whole`` and whose codes are ``codes``."""

    raw = None

    def __init__(self, whole: str, codes: list[int]) -> None:
        self.whole, self.codes = whole, codes
        self.FPDFText_GetUnicode = lambda _handle, i: self.codes[i]

    def get_text_range(self, index: int, count: int) -> str:
        return self.whole


@pytest.mark.parametrize(
    ("whole", "codes", "expected"),
    [("ab c", [97, 98, 32, 99], "ab c"),  # lines up: the one call is used
     ("a\U0001f600b", [97, 0x1F600, 98], "a\U0001f600b"),  # two UTF-16 units: char by char
     ("abc", [97, 0, 99], "a\x00c"),  # a spot check disagrees: char by char
     ("", [], "")],
    ids=["aligned", "astral", "mismatch", "empty"],
)  # fmt: skip
def test_char_text_one_char_per_pdfium_index(whole: str, codes: list[int], expected: str) -> None:
    stub = _StubText(whole, codes)
    assert extract_module._char_text(stub, stub, len(codes)) == expected


def _page(items: list) -> tuple:
    """The arrays ``_runs`` reads, from (char, left, bottom, right, top) tuples, "\n", " "
    and (char, None) for a glyph PDFium gives no box."""
    import numpy as np

    text = "".join(item if isinstance(item, str) else item[0] for item in items)
    codes, newline, spacy = extract_module._classify(text)
    kept = [i for i, item in enumerate(items)
            if not isinstance(item, str) and item[1] is not None and not spacy[i]]  # fmt: skip
    boxes = np.array([items[i][1:] for i in kept], dtype=np.float64).reshape(-1, 4).T
    return text, codes, newline, spacy, np.array(kept, dtype=np.int64), boxes


def _word(word: str, x: float, *, width: float = 5.0, bottom: float = 0.0, top: float = 10.0):
    return [(ch, x + k * width, bottom, x + (k + 1) * width, top) for k, ch in enumerate(word)]


def _both(items: list) -> list[tuple[str, float, float, float, float]]:
    """Fragments from the page-wide arrays; the per-character reference must agree."""
    text, codes, newline, spacy, kept, boxes = _page(items)
    fast = extract_module._runs(codes, newline, spacy, kept, boxes)
    slow = extract_module._fragments_by_char(text, newline, spacy, kept, boxes)
    assert [f.text for f in fast] == [f.text for f in slow]
    assert [(f.left, f.bottom, f.right, f.top) for f in fast] == [
        (f.left, f.bottom, f.right, f.top) for f in slow
    ]
    assert [[a.line == b.line for b in fast] for a in fast] == [
        [a.line == b.line for b in slow] for a in slow
    ]
    return [(f.text, f.left, f.bottom, f.right, f.top) for f in fast]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], []),
        (["\n", " ", "\n"], []),
        (_word("Sales", 0) + _word("team", 27), [("Sales team", 0.0, 0.0, 47.0, 10.0)]),
        (_word("Sales", 0) + _word("team", 25), [("Salesteam", 0.0, 0.0, 45.0, 10.0)]),
        (_word("ab", 0) + [" "] + _word("cd", 10), [("ab cd", 0.0, 0.0, 20.0, 10.0)]),
        (_word("ab", 0) + _word("cd", 100), [("ab", 0.0, 0.0, 10.0, 10.0),
                                            ("cd", 100.0, 0.0, 110.0, 10.0)]),
        (_word("ab", 0) + _word("cd", 10, bottom=20, top=30),
         [("ab", 0.0, 0.0, 10.0, 10.0), ("cd", 10.0, 20.0, 20.0, 30.0)]),
        (_word("ab", 0) + ["\n"] + _word("cd", 10), [("ab", 0.0, 0.0, 10.0, 10.0),
                                                     ("cd", 10.0, 0.0, 20.0, 10.0)]),
        (_word("ab", 0) + [("x", None)] + _word("cd", 10), [("abcd", 0.0, 0.0, 20.0, 10.0)]),
        # letter-spaced (tracked) heading: gaps of 3 between letters, 9 between the words
        (_word("SALES", 0, width=8) + _word("TEAM", 46, width=8),
         [("SALES TEAM", 0.0, 0.0, 78.0, 10.0)]),
        # an "f" overlapping the next letter by 2 pt: after any "f", a 0.5 pt gap is a space
        ([("o", 0, 0, 5, 10), ("f", 5, 0, 12, 10), ("f", 10, 0, 15.5, 10), ("i", 16, 0, 20, 10)],
         [("off i", 0.0, 0.0, 20.0, 10.0)]),
        ([("o", 0, 0, 5, 10), ("f", 5, 0, 10, 10), ("i", 10.5, 0, 15, 10)],
         [("ofi", 0.0, 0.0, 15.0, 10.0)]),
        ([(ch, 0, 0, 5, 10) for ch in "\u3000\x00\u00a0"] + _word("a", 0), [("a", 0.0, 0.0, 5.0, 10.0)]),
    ],
    ids=["empty", "blank", "gap", "touching", "space-glyph", "far", "row", "newline", "no-box",
         "tracking", "f-overhang", "plain-f", "unicode-spaces"],
)  # fmt: skip
def test_runs_match_the_per_character_reference(items: list, expected: list) -> None:
    assert _both(items) == expected


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["\n", " ", "\r"]),
            st.tuples(
                st.sampled_from("aéfĐ1-\U0001f600"),
                st.integers(0, 60).map(float),
                st.integers(0, 12).map(lambda v: v / 2),
                st.integers(1, 12).map(float),
                st.integers(1, 14).map(float),
            ).map(lambda t: (t[0], t[1], t[2], t[1] + t[3], t[2] + t[4])),
        ),
        max_size=40,
    )
)
def test_runs_agree_with_reference_on_any_layout(items: list) -> None:
    _both(items)


@pytest.mark.parametrize(
    "take", [slice(None), slice(0, 0), slice(None, None, 7)], ids=["all", "none", "some"]
)
def test_box_readers_cffi_and_ctypes_agree(two_column: bytes, take: slice) -> None:
    import ctypes

    import numpy as np
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    cffi_boxes = extract_module._cffi_boxes(pdfium_c)
    if cffi_boxes is None:
        pytest.skip("cffi cannot bind pypdfium2's PDFium here")
    pdf = pdfium.PdfDocument(two_column)
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        indices = list(range(textpage.count_chars()))[take]
        a_rows, a_found = cffi_boxes(handle, indices)
        b_rows, b_found = extract_module._ctypes_boxes(pdfium_c)(handle, indices)
    finally:
        textpage.close()
        page.close()
        pdf.close()
    assert (a_rows.shape, a_found) == ((4, len(indices)), b_found)
    assert np.array_equal(a_rows, b_rows)
    assert take.stop == 0 or (a_rows[2] > a_rows[0]).any()  # real boxes, not zeros


def test_extract_is_safe_from_threads(two_column: bytes) -> None:
    files = [two_column, vietnamese_pdf(), two_column, vietnamese_pdf(pages=2)] * 3
    alone = [extract(data) for data in files]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(extract, files))
    assert together == alone


# ---- has_text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ((), False),
        (("1", "Page 2 of 2"), False),
        (("\ue000" * 80,), False),
        (("Account Executive với 3 năm kinh nghiệm chăm sóc khách hàng",), True),
    ],
)
def test_has_text(lines: tuple[str, ...], expected: bool) -> None:
    assert has_text(Document(lines=lines, pages=1, kind="pdf", language="en")) is expected


# ---- never anything but ReadError -------------------------------------------------------------

_SEEDS = {}


def _seed(kind: str) -> bytes:
    if kind not in _SEEDS:
        _SEEDS[kind] = vietnamese_pdf() if kind == "pdf" else make_docx(_docx_with_table)
    return _SEEDS[kind]


@settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    kind=st.sampled_from(["pdf", "docx"]),
    cut=st.floats(min_value=0.0, max_value=1.0),
    edits=st.lists(st.tuples(st.floats(0.0, 1.0), st.binary(min_size=1, max_size=8)), max_size=4),
)
def test_extract_damaged_files_raise_only_read_error(kind: str, cut: float, edits) -> None:
    """Truncated and overwritten PDFs and DOCX files: a Document or a coded ReadError."""
    data = bytearray(_seed(kind))
    for where, junk in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    data = bytes(data[: max(1, int(cut * len(data)))])
    try:
        doc = extract(data)
    except ReadError as exc:
        assert exc.error.code in MESSAGES
    else:
        assert isinstance(doc, Document)


@settings(max_examples=100, deadline=None, database=None)
@given(data=st.binary(max_size=2048))
def test_extract_random_bytes_raise_only_read_error(data: bytes) -> None:
    try:
        doc = extract(data)
    except ReadError as exc:
        assert exc.error.code in MESSAGES
    else:
        assert doc.kind == "text"
