"""Pre-flight checks: every refusal by its code, the cheap page count, and safe unpacking."""

from __future__ import annotations

import hostile_files as H
import pytest

from matcher.preflight import check, pdf_pages, unpack_zip
from matcher.settings import MB, Limits
from matcher.types import ReadError

LIMITS = Limits(max_bytes=2 * MB, max_pages=3, zip_max_entries=20, zip_max_bytes=4 * MB,
                zip_max_ratio=100, inflate_max_bytes=4 * MB)  # fmt: skip
CV = H.cv_lines(1)

CASES = {
    # name: (bytes, expected type or error code)
    "text": ("\n".join(CV).encode(), "text"),
    "pdf": (H.text_pdf(CV), "pdf"),
    "pdf_three_pages": (H.text_pdf(CV, pages=3), "pdf"),
    "docx": (H.docx_paragraphs(CV), "docx"),
    "zip": (H.zip_of({"a.txt": b"x"}), "zip"),
    "empty": (b"", "empty_file"),
    "too_large": (b"a" * (2 * MB + 1), "too_large"),
    "too_many_pages": (H.text_pdf(CV, pages=4), "too_many_pages"),
    "legacy_doc": (H.legacy_doc(), "legacy_doc"),
    "encrypted_docx": (H.encrypted_docx(), "encrypted"),
    "other_ole": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unsupported_type"),
    "image": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unsupported_type"),
    "random": (H.random_bytes(), "unsupported_type"),
    "pdf_deflate_bomb": (H.deflate_bomb_pdf(8 * MB), "zip_bomb"),
    "pdf_double_deflate_bomb": (H.double_deflate_bomb_pdf(8 * MB), "zip_bomb"),
    "docx_bomb": (H.docx_zip_bomb(8 * MB), "zip_bomb"),
    "zip_ratio": (H.zip_bomb(3 * MB), "zip_bomb"),
    "billion_laughs": (H.billion_laughs_docx(), "xml_entities"),
    "external_entity": (H.external_entity_docx(), "xml_entities"),
    "traversal": (H.traversal_zip(), "unsafe_path"),
    "absolute": (H.absolute_path_zip(), "unsafe_path"),
    "nested": (H.nested_zip_bomb(1 * MB), "nested_archive"),
    "many_entries": (H.many_entries_zip(21), "zip_too_many_entries"),
    "truncated_zip": (H.truncated(H.docx_paragraphs(CV), 0.3), "corrupt"),
}


def _outcome(data: bytes) -> str:
    try:
        return check(data, filename="f", limits=LIMITS)
    except ReadError as exc:
        return exc.error.code


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_outcome(name):
    data, expected = CASES[name]
    assert _outcome(data) == expected


def test_check_errors_carry_both_languages():
    with pytest.raises(ReadError) as info:
        check(H.text_pdf(CV, pages=4), filename="x.pdf", limits=LIMITS)
    err = info.value.error
    assert (err.code, err.message_en, err.message_vi) == (
        "too_many_pages", "The file has 4 pages; at most 3 are read.",
        "Tệp có 4 trang; chỉ đọc tối đa 3 trang.",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("data", "pages"),
    [
        (H.text_pdf(CV, pages=1), 1),
        (H.text_pdf(CV, pages=7), 7),
        (
            b"%PDF-1.4\n1 0 obj <</Type /Page>> 2 0 obj <</Type/Page /X 1>> 3 0 obj <</Type /Pages>>",
            2,
        ),
        (b"%PDF-1.4 <</Count 5 /Kids [] /Type /Pages>>", 5),
        (b"%PDF-1.4 nothing", 0),
    ],
)
def test_pdf_pages_counts_cheaply(data, pages):
    assert pdf_pages(data, limits=LIMITS) == pages


def test_pdf_pages_found_inside_compressed_object_streams():
    import zlib

    objstm = zlib.compress(b"3 0 4 40 <</Type /Pages /Count 12 /Kids []>> <</Type /Page>>")
    data = H.pdf([b"<< /Type /Catalog >>", b"<< /Type /ObjStm /N 2 /First 8 /Length %d "
                  b"/Filter /FlateDecode >>\nstream\n" % len(objstm) + objstm + b"\nendstream"])  # fmt: skip
    assert pdf_pages(data, limits=LIMITS) == 12


def _objstm_and_noise_pdf() -> bytes:
    """12 pages declared inside an object stream, next to 100 KB of incompressible data."""
    import random
    import zlib

    objstm = zlib.compress(b"3 0 4 40 <</Type /Pages /Count 12 /Kids []>> <</Type /Page>>")
    noise = zlib.compress(random.Random(3).randbytes(100 * 1024))
    return H.pdf([b"<< /Type /Catalog >>", b"<< /Type /ObjStm /N 2 /First 8 /Length %d "
                  b"/Filter /FlateDecode >>\nstream\n" % len(objstm) + objstm + b"\nendstream",
                  H._stream(noise, "/FlateDecode")])  # fmt: skip


@pytest.mark.parametrize(
    ("inflate_max_bytes", "expected"),
    [(200 * MB, ("pdf", 12)),  # 1032 x 100 KB fits: only the object stream is inflated
     (150 * 1024, ("pdf", 12)),  # the bound does not fit: every stream inflated, 100 KB fits
     (50 * 1024, ("zip_bomb", 0))],
)  # fmt: skip
def test_check_bounds_or_inflates_with_the_same_outcome(inflate_max_bytes, expected):
    limits = Limits(max_pages=20, inflate_max_bytes=inflate_max_bytes)
    data = _objstm_and_noise_pdf()
    try:
        outcome = check(data, filename="f.pdf", limits=limits)
    except ReadError as exc:
        outcome = exc.error.code
    assert (outcome, pdf_pages(data, limits=limits)) == expected


def test_unpack_zip_returns_members_in_order_without_junk():
    docx = H.docx_paragraphs(CV)
    data = H.zip_of({"a/1.txt": b"one", "a/": b"", "__MACOSX/._1.txt": b"j", "a/2.docx": docx,
                     ".DS_Store": b"j"})  # fmt: skip
    assert unpack_zip(data, limits=LIMITS) == [("a/1.txt", b"one"), ("a/2.docx", docx)]


@pytest.mark.parametrize(
    ("name", "code"),
    [("traversal", "unsafe_path"), ("absolute", "unsafe_path"), ("nested", "nested_archive"),
     ("zip_ratio", "zip_bomb"), ("many_entries", "zip_too_many_entries"),
     ("truncated_zip", "corrupt"), ("empty", "empty_file"), ("too_large", "too_large")],
)  # fmt: skip
def test_unpack_zip_refuses(name, code):
    with pytest.raises(ReadError) as info:
        unpack_zip(CASES[name][0], limits=LIMITS)
    assert info.value.error.code == code


def test_unpack_zip_refuses_a_zip_member_without_archive_suffix():
    inner = H.zip_of({"x.txt": b"x"})
    with pytest.raises(ReadError) as info:
        unpack_zip(H.zip_of({"cv.pdf": inner}), limits=LIMITS)
    assert info.value.error.code == "nested_archive"
