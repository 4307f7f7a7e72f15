"""Stage 1: bytes (PDF, DOCX, TXT/MD) become a ``Document`` of normalised lines.

The type comes from the bytes (magic numbers), never from the file name. PDFs are read
with pypdfium2 (PDFium), falling back to pdfminer.six when PDFium cannot open a file or
gives no or garbled text. PDFium's own text drops the space between words that a PDF
places apart without a space glyph (half of resumes_by_category), so lines are rebuilt
from PDFium's character boxes, spacing words by their gaps as pdfminer does (the page text
comes in one call, then one box call per glyph, the rest on page-wide numpy arrays).
Measured by ``python bench/pdf_readers.py`` (150 PDFs, seed 7, real_cvs/pdf and
resumes_by_category; 2 shared cores, load ~3.5, so read the ratios):

- median ms/page: raw PDFium 4.2, extract() 7.4 (1.8x the raw text; was 2.6x with a tuple
  per character, 4.0x before that), pdfminer.six 128.5;
- agreement with pdfminer (rapidfuzz token_set_ratio >= 90): extract() 143/143, word-level
  difference 0.18%; raw PDFium text only 68/143 (all 75 others "spacing only");
- sample_resumes PDFs (Vietnamese): 14/14 agree, 0 of 659 Vietnamese words differ;
- real_cvs (348 files): 330 ok, 17 no_text (pdfminer finds no text in them either),
  1 corrupt.
The speed-ups kept every Document identical on the 1,236 resumes_by_category PDFs and the
real_cvs files against the version before them.

Two-column pages are found from the character runs (a vertical gutter that almost no run
crosses) and emitted column by column. Any failure on bad bytes is a ``ReadError`` with a
stable code; nothing else escapes.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import threading
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from matcher.text import detect_language, normalize_lines
from matcher.types import Document, ReadError

# PDFium is not thread-safe: every call into it happens under this lock.
PDFIUM_LOCK = threading.RLock()
# pdfminer logs every oddity of a damaged file as a warning; a coded result is enough here.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MESSAGES: dict[str, tuple[str, str]] = {
    "empty_file": ("The file is empty.", "Tệp rỗng, không có nội dung."),
    "unsupported_type": (
        "This file type is not supported; upload a PDF, DOCX or TXT file.",
        "Định dạng tệp không được hỗ trợ; hãy tải lên tệp PDF, DOCX hoặc TXT.",
    ),
    "image": (
        "This is an image, not a CV document; upload a PDF, DOCX or TXT file.",
        "Tệp là hình ảnh, không phải tài liệu CV; hãy tải lên tệp PDF, DOCX hoặc TXT.",
    ),
    "legacy_doc": (
        ".doc (Word 97-2003) is not supported; save it as .docx or PDF and upload again.",
        "Không hỗ trợ tệp .doc (Word 97-2003); hãy lưu lại thành .docx hoặc PDF rồi tải lên.",
    ),
    "encrypted": (
        "The file is protected by a password; remove the password and upload it again.",
        "Tệp được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
    ),
    "corrupt": (
        "The file is damaged or incomplete and cannot be opened.",
        "Tệp bị hỏng hoặc không đầy đủ, không thể mở được.",
    ),
}


def read_error(code: str, *, variant: str | None = None) -> ReadError:
    """A ``ReadError`` with the bilingual message of ``variant`` (default: the code's own)."""
    en, vi = MESSAGES[variant or code]
    return ReadError(code, en, vi)


# ---- type sniffing ------------------------------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
)


def sniff_type(data: bytes) -> str:
    """ "pdf" | "docx" | "zip" | "doc" | "text" | "image" | "unknown", from the bytes only.

    >>> sniff_type(b"junk\\n%PDF-1.7 ..."), sniff_type(b"\\x89PNG\\r\\n\\x1a\\n..."), sniff_type(b"Hi")
    ('pdf', 'image', 'text')
    """
    # magic numbers at offset 0 first: a ZIP may store a PDF uncompressed near its start
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "docx" if _is_docx(data) else "zip"
    if data.startswith(_OLE2):
        return "doc"
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "image"
    if b"%PDF" in data[:1024]:
        return "pdf"
    if data.startswith(b"{\\rtf"):
        return "unknown"
    return "text" if _looks_like_text(data[:8192]) else "unknown"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return b"word/document.xml" in data


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte is NUL (ASCII-range text), else None."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _looks_like_text(sample: bytes) -> bool:
    if sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if _utf16_without_bom(sample):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= 0.02 * max(len(sample), 1)


# ---- the entry point ----------------------------------------------------------------------


@dataclass
class _Raw:
    """What a reader produced before normalisation."""

    lines: list[str]
    pages: int
    reader: str
    has_photo: bool = False
    warnings: list[str] = field(default_factory=list)


def extract(data: bytes, *, filename: str = "", max_pages: int | None = None) -> Document:
    """Read ``data`` into a ``Document``; raises only ``ReadError`` for bad bytes.

    ``filename`` is not used to pick the reader (the bytes decide); ``max_pages`` stops a
    PDF early. ``Document.warnings`` may hold: ``two_column_pages:N``, ``pages_read:N/M``,
    ``pages_failed:N``, ``owner_password``, ``pdfium_failed`` / ``pdfium_text_poor`` (text
    from pdfminer), ``encoding:<codec>`` (a text file not in UTF-8).
    """
    if not data or not data.strip():
        raise read_error("empty_file")
    kind = sniff_type(data)
    if kind == "pdf":
        raw = _read_pdf(data, max_pages=max_pages)
    elif kind == "docx":
        raw = _read_docx(data)
    elif kind == "text":
        raw = _read_text(data)
    elif kind == "doc":
        raise ole_error(data)
    elif kind == "image":
        raise read_error("unsupported_type", variant="image")
    else:
        raise read_error("unsupported_type")
    lines = normalize_lines(raw.lines)
    if kind == "text" and not lines:
        raise read_error("empty_file")
    return Document(
        lines=lines,
        pages=raw.pages,
        kind="text" if kind == "text" else kind,
        language=detect_language(lines),
        reader=raw.reader,
        has_photo=raw.has_photo,
        warnings=tuple(raw.warnings),
    )


def ole_error(data: bytes) -> ReadError:
    """The error for an OLE2 file ("doc" from sniff_type): a legacy .doc (``legacy_doc``), a
    password-protected .docx (``encrypted``: Office wraps those in OLE2) or another Office
    file such as .xls (``unsupported_type``)."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return read_error("encrypted")
    if "WordDocument".encode("utf-16-le") in data:
        return read_error("legacy_doc")
    return read_error("unsupported_type")


# a scan may carry a page number or a date: fewer letters than this is "no text layer"
_MIN_LETTERS = 40


def has_text(doc: Document) -> bool:
    """False for a scan or image-only file: fewer than a few dozen readable letters."""
    letters = 0
    for line in doc.lines:
        letters += sum(1 for ch in line if ch.isalpha() and unicodedata.category(ch) != "Co")
        if letters >= _MIN_LETTERS:
            return True
    return False


# ---- plain text ---------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file: BOMs first, then UTF-8, cp1258 (Vietnamese Windows), latin-1.

    >>> decode_text("Kỹ năng".encode("utf-16"))
    ('Kỹ năng', 'utf-16')
    >>> text, encoding = decode_text(b"Ky\\xde n\\xe3ng")  # cp1258: tones are combining marks
    >>> unicodedata.normalize("NFC", text), encoding
    ('Kỹ năng', 'cp1258')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    for encoding in ("utf-8", "cp1258"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:mailto:|tel:)?([^)\s]+)\)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")


def strip_markdown(line: str) -> str:
    """Markdown marks off a CV line: ``## Heading``, ``**bold**``, ``[text](url)``, rules.

    >>> strip_markdown("## **Kinh nghiệm** làm việc"), strip_markdown("[Mail](mailto:a@b.vn)")
    ('Kinh nghiệm làm việc', 'Mail (a@b.vn)')
    """
    if _MD_RULE.match(line):
        return ""
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MD_EMPHASIS.sub(r"\2", line)
    return _MD_LINK.sub(
        lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", line
    )


def _read_text(data: bytes) -> _Raw:
    text, encoding = decode_text(data)
    warnings = [] if encoding in ("utf-8", "utf-8-sig") else [f"encoding:{encoding}"]
    lines = [strip_markdown(line) for line in text.splitlines()]
    return _Raw(lines=lines, pages=1, reader="text", warnings=warnings)


# ---- PDF ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Box:
    """A run of text on one line, in PDF points (origin bottom-left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str
    line: int = 0  # PDFium's line number: runs of one line join back in single-column order

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def _read_pdf(data: bytes, *, max_pages: int | None) -> _Raw:
    try:
        raw, has_text_objects = _pdfium_read(data, max_pages=max_pages)
    except ReadError as exc:
        if exc.error.code == "encrypted":
            raise
        fallback = _pdfminer_read(data, max_pages=max_pages)
        fallback_text = "\n".join(fallback.lines) if fallback is not None else ""
        if _letters(fallback_text, enough=_MIN_LETTERS) < _MIN_LETTERS:
            raise  # unreadable to PDFium and nothing in it for pdfminer: corrupt, not a scan
        fallback.warnings.append("pdfium_failed")
        return fallback
    text = "\n".join(raw.lines)
    poor = _letters(text, enough=_MIN_LETTERS) < _MIN_LETTERS or garble_ratio(text) > 0.3
    if has_text_objects and poor:
        fallback = _pdfminer_read(data, max_pages=max_pages)
        if fallback is not None and _better(fallback, raw):
            fallback.has_photo = raw.has_photo
            fallback.pages = raw.pages
            fallback.warnings.append("pdfium_text_poor")
            return fallback
    return raw


def _letters(text: str, *, enough: int | None = None) -> int:
    """Letters in ``text`` (private-use glyphs are not letters); stops once ``enough``."""
    count = 0
    for ch in text:
        if ch.isalpha() and (ch.isascii() or unicodedata.category(ch) != "Co"):
            count += 1
            if count == enough:
                break
    return count


_CID = re.compile(r"\(cid:\d+\)")


def garble_ratio(text: str) -> float:
    """Share of non-space characters that are unmapped glyphs (private use, controls, cid)."""
    chars = set(text)  # a CV uses a few hundred distinct characters: look each up once
    size = len(text) - sum(text.count(ch) for ch in chars if ch.isspace())
    if not size:
        return 0.0
    bad = sum(
        text.count(ch)
        for ch in chars
        if ch == "\ufffd" or (not ch.isspace() and unicodedata.category(ch) in ("Co", "Cc", "Cn"))
    )
    bad += sum(len(token) for token in _CID.findall(text))
    return min(1.0, bad / size)


def _better(candidate: _Raw, current: _Raw) -> bool:
    a, b = "\n".join(candidate.lines), "\n".join(current.lines)
    score_a = _letters(a) * (1 - garble_ratio(a))
    score_b = _letters(b) * (1 - garble_ratio(b))
    return score_a > score_b * 1.2


def _pdfium_read(data: bytes, *, max_pages: int | None) -> tuple[_Raw, bool]:
    """All pages through PDFium; returns the text and whether any page had text objects."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                raise read_error("encrypted") from None
            raise read_error("corrupt") from None
        except Exception:  # noqa: BLE001 - any library failure on bad bytes is "corrupt"
            raise read_error("corrupt") from None
        try:
            images = _IMAGE_XOBJECT.search(data) is not None
            raw, text_objects = _pdfium_pages(pdf, pdfium_c, max_pages=max_pages, images=images)
            if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf) != -1:
                raw.warnings.append("owner_password")  # encrypted, readable without password
            return raw, text_objects
        finally:
            pdf.close()


# An image XObject's dictionary (a stream: never hidden in a compressed object stream). A
# photo is always one: the PDF spec keeps inline images for small ones (under 4 KB).
_IMAGE_XOBJECT = re.compile(rb"/Subtype\s*/Image(?![A-Za-z0-9])")


def _pdfium_pages(
    pdf, pdfium_c, *, max_pages: int | None, images: bool = True
) -> tuple[_Raw, bool]:
    try:
        total = len(pdf)
    except Exception:  # noqa: BLE001
        raise read_error("corrupt") from None
    if total <= 0:
        raise read_error("corrupt")
    count = total if max_pages is None else min(total, max_pages)
    raw = _Raw(lines=[], pages=total, reader="pypdfium2")
    if count < total:
        raw.warnings.append(f"pages_read:{count}/{total}")
    text_objects = False
    failed = 0
    columns = 0
    for index in range(count):
        try:
            page = pdf[index]
        except Exception:  # noqa: BLE001
            failed += 1
            continue
        try:
            lines, two_columns = _page_lines(page, pdfium_c)
            if index == 0 and images:  # walking thousands of objects costs ~5 ms a page
                raw.has_photo = _pdf_photo(page, pdfium_c)
            if not text_objects and not "".join(lines).strip():
                text_objects = any(
                    True for _ in _object_boxes(page, pdfium_c, pdfium_c.FPDF_PAGEOBJ_TEXT)
                )
            elif "".join(lines).strip():
                text_objects = True
        except Exception:  # noqa: BLE001 - a broken page costs that page only
            failed += 1
            continue
        finally:
            page.close()
        columns += two_columns
        if raw.lines:
            raw.lines.append("")
        raw.lines.extend(lines)
    if failed == count:
        raise read_error("corrupt")
    if failed:
        raw.warnings.append(f"pages_failed:{failed}")
    if columns:
        raw.warnings.append(f"two_column_pages:{columns}")
    return raw, text_objects


def _page_lines(page, pdfium_c) -> tuple[list[str], bool]:
    """The page's lines, column by column when a gutter splits it; and whether one did."""
    textpage = page.get_textpage()
    try:
        fragments = _fragments(textpage, pdfium_c)
    finally:
        textpage.close()
    order = column_order(fragments, page.get_width())
    if order is None:
        lines: dict[int, list[str]] = {}
        for frag in fragments:
            lines.setdefault(frag.line, []).append(frag.text)
        return [" ".join(parts) for parts in lines.values()], False
    out: list[str] = []
    for block in order:
        if out:
            out.append("")
        out.extend(_join_lines(block))
    return out, True


# A gap wider than this share of the font height is a word space (PDFs often position
# words instead of writing a space glyph); wider than _BREAK it separates text runs.
_SPACE = 0.1  # pdfminer.six uses the same word margin
_BREAK = 1.5


def _fragments(textpage, pdfium_c) -> list[_Box]:
    """Runs of characters on one line, spaced from their loose boxes (PDFium's own text
    drops the space between words that are placed apart rather than separated by a glyph).

    One box call per glyph (PDFium has no call for many), everything else on whole-page
    arrays; a page with a non-finite box goes through the per-character ``_split_line``.
    """
    n = textpage.count_chars()
    text = _char_text(textpage, pdfium_c, n)
    if not n:
        return []
    codes, newline, spacy = _classify(text)
    wanted = np.flatnonzero(~(newline | spacy))
    boxes, ok = _loose_boxes(textpage, pdfium_c, wanted)
    if not ok.all():
        wanted, boxes = wanted[ok], boxes[:, ok]
    if not np.isfinite(boxes).all():
        return _fragments_by_char(text, newline, spacy, wanted, boxes)
    return _runs(codes, newline, spacy, wanted, boxes)


# Characters that read as a space (str.isspace, and PDFium's "no character"); none is above
# U+3000, so a lookup table indexed by the (clipped) code point holds them all.
_SPACE_CODES = np.array([ch.isspace() or ch == "\x00" for ch in map(chr, range(0x3002))])
_SPACE_CODES[-1] = False  # every code point above U+3000 is clipped onto this entry
_LOOSE_BOX: list = []  # the box reader (cffi or ctypes), chosen once


def _classify(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code points of ``text``, and which are line breaks (CR, LF) and which other spaces."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    newline = (codes == 10) | (codes == 13)
    spacy = _SPACE_CODES[np.minimum(codes, _SPACE_CODES.size - 1)] & ~newline
    return codes, newline, spacy


def prepare() -> None:
    """Import PDFium and bind its box call now (~55 ms), not on the first PDF: a batch
    worker does this before it takes jobs."""
    import pypdfium2.raw as pdfium_c

    if not _LOOSE_BOX:
        _LOOSE_BOX.append(_cffi_boxes(pdfium_c) or _ctypes_boxes(pdfium_c))


def _loose_boxes(textpage, pdfium_c, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows left, bottom, right, top (float64) of the chars ``wanted``, and which of them
    have a box: the loose box, else the tight one, else none."""
    import ctypes

    prepare()
    boxes, found = _LOOSE_BOX[0](ctypes.cast(textpage.raw, ctypes.c_void_p).value, wanted.tolist())
    ok = np.array(found, dtype=bool)
    if not ok.all():
        left, right = ctypes.c_double(), ctypes.c_double()
        bottom, top = ctypes.c_double(), ctypes.c_double()
        for k in np.flatnonzero(~ok).tolist():
            i = int(wanted[k])
            if pdfium_c.FPDFText_GetCharBox(textpage.raw, i, left, right, bottom, top):
                boxes[:, k] = (left.value, bottom.value, right.value, top.value)
                ok[k] = True
    return boxes, ok


def _rows(rects: np.ndarray) -> np.ndarray:
    """FS_RECTF records (left, top, right, bottom) as rows left, bottom, right, top."""
    return np.ascontiguousarray(rects.T[[0, 3, 2, 1]], dtype=np.float64)


def _ctypes_boxes(pdfium_c):
    """``boxes(handle, indices) -> (rows, found)`` through ctypes: one call per glyph."""
    import ctypes

    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    loose = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, proto)  # plain integers in

    def boxes(handle: int, indices: list[int]) -> tuple[np.ndarray, list[int]]:
        count = len(indices)
        buffer = (ctypes.c_float * (4 * count))()
        start = ctypes.addressof(buffer)
        addresses = range(start, start + 16 * count, 16)
        found = list(map(loose, repeat(handle, count), indices, addresses))
        return _rows(np.frombuffer(buffer, dtype=np.float32).reshape(count, 4)), found

    return boxes


def _cffi_boxes(pdfium_c):
    """The same through cffi's ABI mode (no compiling): a call costs ~0.4 us instead of
    ~0.5 us, a fifth of the extraction's own work. None unless cffi binds the very
    function pypdfium2 loaded (same library, same address)."""
    import ctypes

    try:
        import cffi
        import pypdfium2_raw.bindings as bindings

        ffi = cffi.FFI()
        ffi.cdef("int FPDFText_GetLooseCharBox(void *text_page, int index, float *rect);")
        loose = ffi.dlopen(bindings._libs["pdfium"]._name).FPDFText_GetLooseCharBox
        address = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
        if int(ffi.cast("intptr_t", loose)) != address:
            return None
    except Exception:  # noqa: BLE001 - no cffi, another pypdfium2 layout: ctypes then
        return None

    def boxes(handle: int, indices: list[int]) -> tuple[np.ndarray, list[int]]:
        count = len(indices)
        buffer = ffi.new("float[]", 4 * count)
        pointers = [buffer + 4 * k for k in range(count)]
        found = list(map(loose, repeat(ffi.cast("void *", handle), count), indices, pointers))
        rects = np.frombuffer(ffi.buffer(buffer), dtype=np.float32).reshape(count, 4)
        return _rows(rects), found

    return boxes


def _runs(codes, newline, spacy, kept, boxes) -> list[_Box]:
    """``_split_line`` over every line of a page at once (same decisions, same floats):
    ``kept`` are the char indices of the glyphs with a box, ``boxes`` their 4 rows."""
    count = kept.size
    if not count:
        return []
    # lines are told apart by the newlines before them, spaces by the space chars
    line = np.searchsorted(np.flatnonzero(newline), kept)
    spaces = np.searchsorted(np.flatnonzero(spacy), kept)
    left, bottom, right, top = boxes
    chars = codes[kept]
    same = line[1:] == line[:-1]  # glyph k+1 continues the line of glyph k
    pending = spaces[1:] != spaces[:-1]  # a space character between them
    gap = left[1:] - right[:-1]
    heights = top - bottom
    starts = np.flatnonzero(np.concatenate(([True], ~same)))
    sizes = np.diff(np.append(starts, count))
    segment = np.repeat(np.arange(starts.size), sizes)
    order = np.lexsort((heights, line))
    height = np.maximum(heights[order[starts + sizes // 2]], 1.0)
    space = _SPACE * height
    # pair k (glyphs k, k+1) counts for the line of glyph k; the pair ending a line is False
    wide = np.add.reduceat(np.append(same & (gap > space[segment[1:]]), False), starts)
    gaps = sizes - 1
    for s in np.flatnonzero((gaps >= 4) & (wide > 0.6 * gaps)).tolist():
        line_gaps = gap[starts[s] : starts[s] + gaps[s]].tolist()  # letter-spaced text
        space[s] = sorted(line_gaps)[len(line_gaps) // 2] + 0.15 * float(height[s])
    # "f" drawn wider than its advance: overlaps the next letter inside a word (the box gap
    # after it then misses the space in "of the"); any on the page lowers its threshold
    after_f = same & ~pending & (chars[:-1] == 102) & (gap < -0.15 * heights[:-1])
    overhang = any(chr(c).isalpha() for c in chars[1:][after_f].tolist())
    far = _BREAK * height[segment[1:]]
    threshold = space[segment[1:]]
    if overhang:
        threshold = np.where(chars[:-1] == 102, 0.0, threshold)
    breaks = ~same | (bottom[1:] >= top[:-1]) | (top[1:] <= bottom[:-1])
    breaks |= (gap > far) | (gap < -far)
    spaced = np.concatenate(([False], ~breaks & (pending | (gap > threshold))))
    position = np.arange(count) + np.cumsum(spaced)  # where each glyph lands in the text
    out = np.full(count + int(spaced.sum()), 32, dtype=np.uint32)
    out[position] = chars
    text = out.tobytes().decode("utf-32-le", "surrogatepass")
    first = np.flatnonzero(np.concatenate(([True], breaks)))
    cuts = position[first].tolist() + [len(text)]
    return [
        _Box(x0, y0, x1, y1, text[a:b].strip(), number)
        for x0, y0, x1, y1, a, b, number in zip(
            np.minimum.reduceat(left, first).tolist(),
            np.minimum.reduceat(bottom, first).tolist(),
            np.maximum.reduceat(right, first).tolist(),
            np.maximum.reduceat(top, first).tolist(),
            cuts[:-1],
            cuts[1:],
            line[first].tolist(),
            strict=True,
        )
    ]


def _fragments_by_char(text: str, newline, spacy, kept, boxes) -> list[_Box]:
    """The reference: one tuple per character, line by line through ``_split_line``."""
    rows = dict(zip(kept.tolist(), boxes.T.tolist(), strict=True))
    space = (" ", 0.0, 0.0, 0.0, 0.0)
    lines: list[list[tuple[str, float, float, float, float]]] = []
    line: list[tuple[str, float, float, float, float]] = []
    for i, (ch, brk, blank) in enumerate(zip(text, newline, spacy, strict=True)):
        if brk:
            if line:
                lines.append(line)
                line = []
        elif blank:
            line.append(space)
        elif i in rows:
            line.append((ch, *rows[i]))
    if line or not lines:
        lines.append(line)
    overhang = _f_overhangs(lines)
    fragments: list[_Box] = []
    for number, chars in enumerate(lines):
        fragments.extend(_split_line(chars, number, f_overhang=overhang))
    return fragments


def _char_text(textpage, pdfium_c, n: int) -> str:
    """One character per PDFium char index ("\x00" for none), in one call when it lines up.

    ``FPDFText_GetText`` writes UTF-16: a character outside the BMP takes two units, and
    then (or if a spot check disagrees) the text is read char by char.
    """
    get = pdfium_c.FPDFText_GetUnicode
    handle = textpage.raw
    try:
        text = textpage.get_text_range(0, n) if n else ""
    except Exception:  # noqa: BLE001 - read char by char below
        text = ""
    if len(text) == n and all(
        _char(get(handle, i)) == text[i] for i in range(0, n, max(1, n // 16))
    ):
        return text.replace("\ufffe", "\x00")
    return "".join(_char(get(handle, i)) for i in range(n))


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 else "\x00"


def _f_overhangs(lines) -> bool:
    """Whether the page's font draws "f" wider than its advance: inside a word its box then
    overlaps the next letter, and the box gap after it misses the space in "of the"."""
    for chars in lines:
        for a, b in zip(chars, chars[1:], strict=False):
            if a[0] == "f" and b[0].isalpha() and b[1] - a[3] < -0.15 * (a[4] - a[2]):
                return True
    return False


def _split_line(chars, number: int, *, f_overhang: bool = False) -> list[_Box]:
    glyphs = [c for c in chars if c[0] != " "]
    if not glyphs:
        return []
    heights = sorted([c[4] - c[2] for c in glyphs])
    height = max(heights[len(heights) // 2], 1.0)
    gaps = [b[1] - a[3] for a, b in zip(glyphs, glyphs[1:], strict=False)]
    space = _SPACE * height
    if len(gaps) >= 4 and sum(1 for g in gaps if g > space) > 0.6 * len(gaps):
        space = sorted(gaps)[len(gaps) // 2] + 0.15 * height  # letter-spaced text (tracking)
    far = _BREAK * height
    out: list[_Box] = []
    text: list[str] = []
    run: list[tuple[str, float, float, float, float]] = []
    pending = False
    previous = None
    for c in chars:
        ch = c[0]
        if ch == " ":
            pending = True
            continue
        if previous is not None:
            gap = c[1] - previous[3]
            if c[2] >= previous[4] or c[4] <= previous[2] or gap > far or gap < -far:
                out.append(_run_box(run, text, number))  # another row, or far apart
                text, run = [], []
            elif (pending or gap > (0.0 if f_overhang and previous[0] == "f" else space)) and text[
                -1
            ] != " ":
                text.append(" ")
        run.append(c)
        text.append(ch)
        pending = False
        previous = c
    if text:
        out.append(_run_box(run, text, number))
    return out


def _run_box(run, text: list[str], number: int) -> _Box:
    _, x0, y0, x1, y1 = zip(*run, strict=True)
    return _Box(min(x0), min(y0), max(x1), max(y1), "".join(text).strip(), number)


def _object_boxes(page, pdfium_c, kind: int) -> Iterator[tuple[float, float, float, float]]:
    """Bounds of the page's objects of one type, forms one level deep, through the raw API
    (pypdfium2's get_objects wraps every object: thousands per CV page)."""
    import ctypes

    left, bottom = ctypes.c_float(), ctypes.c_float()
    right, top = ctypes.c_float(), ctypes.c_float()
    handle = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, i)
        kinds = [(obj, pdfium_c.FPDFPageObj_GetType(obj))]
        if kinds[0][1] == pdfium_c.FPDF_PAGEOBJ_FORM:
            kinds = [
                (child, pdfium_c.FPDFPageObj_GetType(child))
                for child in (
                    pdfium_c.FPDFFormObj_GetObject(obj, k)
                    for k in range(pdfium_c.FPDFFormObj_CountObjects(obj))
                )
            ]
        for child, child_kind in kinds:
            if child_kind == kind and pdfium_c.FPDFPageObj_GetBounds(
                child, left, bottom, right, top
            ):
                yield left.value, bottom.value, right.value, top.value


def _pdf_photo(page, pdfium_c) -> bool:
    """An image on the page that is portrait-sized: not a full-page scan, not an icon."""
    width, height = page.get_width(), page.get_height()
    for left, bottom, right, top in _object_boxes(page, pdfium_c, pdfium_c.FPDF_PAGEOBJ_IMAGE):
        w, h = right - left, top - bottom
        if 40 <= w <= 0.6 * width and 40 <= h <= 0.6 * height and 0.5 <= w / h <= 2.0:
            return True
    return False


# ---- two-column layout --------------------------------------------------------------------

_MIN_BOXES = 8  # fewer text runs than this: nothing to split
_MIN_GUTTER = 8.0  # points of empty x-range between the columns
_STEP = 2.0


def column_order(boxes: Sequence[_Box], width: float) -> list[list[_Box]] | None:
    """Blocks to emit in order (left column, right column, full-width lines between), or None.

    At the top of the page the column holding the largest text (the name) goes first.

    A gutter is an x-range in the middle 70% of the text's width that (almost) no text run crosses,
    with enough text on both sides, side by side for a good part of their height, and not
    row-aligned like a label/value table (that reads correctly row by row).
    """
    if len(boxes) < _MIN_BOXES or width <= 0:
        return None
    # vertical or rotated text (tall narrow runs): leave it to PDFium's own order
    if sum(b.right - b.left for b in boxes) < 2 * sum(b.top - b.bottom for b in boxes):
        return None
    gutter = _find_gutter(boxes, width)
    if gutter is None:
        return None
    cut = gutter
    left = [b for b in boxes if b.right <= cut]
    right = [b for b in boxes if b.left >= cut]
    crossing = [b for b in boxes if b.left < cut < b.right]
    if not _is_two_columns(left, right, crossing, len(boxes)):
        return None
    crossing.sort(key=lambda b: -b.middle)
    cuts = [b.middle for b in crossing]

    def segment(box: _Box) -> int:
        return sum(1 for y in cuts if y > box.middle)

    blocks: list[list[_Box]] = []
    for k in range(len(cuts) + 1):
        sides = [[b for b in side if segment(b) == k] for side in (left, right)]
        if k == 0 and _tallest(sides[1]) > 1.3 * _tallest(sides[0]):
            sides.reverse()  # the name (the largest text) heads the right column: read it first
        blocks.extend(side for side in sides if side)
        if k < len(crossing):
            blocks.append([crossing[k]])
    # full-width lines next to each other (a header) read as one block
    merged: list[list[_Box]] = []
    for block in blocks:
        single = len(block) == 1 and block[0] in crossing
        if merged and single and len(merged[-1]) >= 1 and merged[-1][-1] in crossing:
            merged[-1].append(block[0])
        else:
            merged.append(list(block))
    return merged


def _tallest(boxes: Sequence[_Box]) -> float:
    return max((b.top - b.bottom for b in boxes), default=0.0)


def _find_gutter(boxes: Sequence[_Box], width: float) -> float | None:
    """The x at the middle of the widest run of positions crossed by the fewest runs."""
    lo = max(0.0, min(b.left for b in boxes))
    hi = min(width, max(b.right for b in boxes)) if width > 0 else max(b.right for b in boxes)
    xs = []
    x = lo + 0.15 * (hi - lo)
    while x <= lo + 0.85 * (hi - lo):
        xs.append(x)
        x += _STEP
    at = np.array(xs)[:, None]
    lefts = np.array([b.left for b in boxes])
    rights = np.array([b.right for b in boxes])
    crossings = ((lefts < at) & (at < rights)).sum(axis=1).tolist()
    fewest = min(crossings)  # no positions (text outside the page): ValueError, as before
    if fewest > max(3, 0.15 * len(boxes)):
        return None
    best: tuple[float, float] | None = None
    start = None
    for i, count in enumerate([*crossings, fewest + 1]):
        if count == fewest and start is None:
            start = i
        elif count != fewest and start is not None:
            run = (xs[start], xs[i - 1])
            if best is None or run[1] - run[0] > best[1] - best[0]:
                best = run
            start = None
    if best is None or best[1] - best[0] + _STEP < _MIN_GUTTER:
        return None
    return (best[0] + best[1]) / 2


def _is_two_columns(left: list[_Box], right: list[_Box], crossing: list[_Box], n: int) -> bool:
    if len(left) < 3 or len(right) < 3:
        return False
    ink_left = sum(b.right - b.left for b in left)
    ink_right = sum(b.right - b.left for b in right)
    ink = ink_left + ink_right + sum(b.right - b.left for b in crossing)
    if min(ink_left, ink_right) < 0.1 * ink:
        return False
    low = max(min(b.bottom for b in left), min(b.bottom for b in right))
    high = min(max(b.top for b in left), max(b.top for b in right))
    span = min(max(b.top for b in side) - min(b.bottom for b in side) for side in (left, right))
    if high - low < 0.5 * span:
        return False
    # label/value tables: most runs of the smaller side share a baseline with the other side
    small, big = sorted((left, right), key=len)
    aligned = sum(
        1 for b in small if any(abs(b.middle - o.middle) < 0.3 * (b.top - b.bottom) for o in big)
    )
    return aligned < 0.7 * len(small)


def _join_lines(boxes: Sequence[_Box]) -> list[str]:
    """Runs of one column, top to bottom; runs on one baseline joined left to right."""
    rows: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (-b.top, b.left)):
        if rows and abs(rows[-1][0].middle - box.middle) < 0.5 * (box.top - box.bottom):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [" ".join(b.text for b in sorted(row, key=lambda b: b.left)) for row in rows]


# ---- pdfminer fallback --------------------------------------------------------------------


def _pdfminer_read(data: bytes, *, max_pages: int | None) -> _Raw | None:
    """pdfminer.six's text (it orders columns itself); None when it fails too."""
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        try:
            text = extract_text(io.BytesIO(data), maxpages=max_pages or 0)
        except PDFPasswordIncorrect:
            raise read_error("encrypted") from None
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - any pdfminer failure means "no fallback"
        return None
    pages = text.split("\x0c")
    while pages and not pages[-1].strip():
        pages.pop()
    lines: list[str] = []
    for page in pages:
        if lines:
            lines.append("")
        lines.extend(page.split("\n"))
    return _Raw(lines=lines, pages=max(len(pages), 1), reader="pdfminer")


# ---- DOCX ---------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMU_PER_PT = 12700
_HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_PAGES = re.compile(rb"<Pages>(\d+)</Pages>")


def _read_docx(data: bytes) -> _Raw:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        blocks = list(body.iterchildren())
        lines = list(_blocks(blocks))
        headers, footers = [], []
        for rel in document.part.rels.values():
            if rel.is_external or rel.reltype not in (_HEADER_REL, _FOOTER_REL):
                continue
            part_lines = list(_blocks(list(rel.target_part.element.iterchildren())))
            (headers if rel.reltype == _HEADER_REL else footers).extend(part_lines)
        photo = any(_docx_photo(el) for el in blocks[: max(10, len(blocks) // 3)])
        photo = photo or any(
            _docx_photo(rel.target_part.element)
            for rel in document.part.rels.values()
            if not rel.is_external and rel.reltype == _HEADER_REL
        )
        pages = _docx_pages(data)
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - zip, XML or python-docx failures on bad bytes
        raise read_error("corrupt") from None
    lines = _dedupe(headers) + ([""] if headers else []) + lines
    lines += ([""] if footers else []) + _dedupe(footers)
    return _Raw(lines=lines, pages=pages, reader="python-docx", has_photo=photo)


def _dedupe(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for line in lines:
        key = line.strip()
        if key and key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _docx_pages(data: bytes) -> int:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = _PAGES.search(archive.read("docProps/app.xml")[:65536])
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return 1
    return max(1, int(found.group(1))) if found else 1


def _blocks(children) -> Iterator[str]:
    """Paragraphs and tables in document order (content controls and text boxes included)."""
    for child in children:
        tag = child.tag
        if tag == f"{_W}p":
            yield _paragraph_text(child)
            for box in child.iter(f"{_W}txbxContent"):
                if not _has_ancestor(box, _MC_FALLBACK, child):
                    yield ""
                    yield from _blocks(list(box.iterchildren()))
        elif tag == f"{_W}tbl":
            yield from _table(child)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins", f"{_W}smartTag"):
            yield from _blocks(list(child.iterchildren()))


def _table(tbl) -> Iterator[str]:
    """A row of short single-line cells becomes one "a | b | c" line; layout tables
    (a two-column CV built as a table) come out cell by cell."""
    for row in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iter(f"{_W}tc"):
            if cell.getparent() is row or cell.getparent().tag == f"{_W}sdtContent":
                cells.append([ln for ln in _blocks(list(cell.iterchildren())) if ln.strip()])
        filled = [c for c in cells if c]
        if not filled:
            continue
        if all(len(c) == 1 and len(c[0]) <= 100 for c in filled):
            yield " | ".join(c[0] for c in filled)
            continue
        for cell_lines in filled:
            yield ""
            yield from cell_lines
        yield ""


_TEXT_TAGS = (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen")
_SKIP_INSIDE = (f"{_W}txbxContent", _MC_FALLBACK)


def _paragraph_text(p) -> str:
    parts = []
    for el in p.iter(*_TEXT_TAGS):
        if any(_has_ancestor(el, tag, p) for tag in _SKIP_INSIDE):
            continue
        tag = el.tag
        if tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    text = "".join(parts)
    if text.strip() and _is_list_item(p):
        return "- " + text
    return text


def _is_list_item(p) -> bool:
    """Numbered or bulleted in Word (the bullet glyph is not in the text): own numPr or a
    "List ..." style; numbered headings are not list items."""
    ppr = p.find(f"{_W}pPr")
    if ppr is None:
        return False
    style = ppr.find(f"{_W}pStyle")
    name = ((style.get(f"{_W}val") or "") if style is not None else "").lower()
    if name.startswith(("heading", "title")):
        return False
    return ppr.find(f"{_W}numPr") is not None or name.startswith("list")


def _has_ancestor(el, tag: str, stop) -> bool:
    for parent in el.iterancestors():
        if parent is stop:
            return False
        if parent.tag == tag:
            return True
    return False


def _docx_photo(element) -> bool:
    """A drawn picture (not an icon) inside this element: both sides at least 40 pt."""
    for extent in element.iter(f"{_WP}extent"):
        drawing = extent.getparent()
        if drawing is None or next(drawing.iter(_BLIP), None) is None:
            continue
        try:
            w = int(extent.get("cx", "0")) / _EMU_PER_PT
            h = int(extent.get("cy", "0")) / _EMU_PER_PT
        except ValueError:
            continue
        if w >= 40 and h >= 40 and 0.5 <= w / h <= 2.0:
            return True
    return False
