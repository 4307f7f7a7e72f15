"""Cheap checks on raw bytes before any parser sees them: size, type, pages, archive bombs.

Every refusal is a ``ReadError`` with a code from ``matcher.errors``. Nothing here parses a
PDF or XML: PDFs are scanned with bounded regexes and a bounded streaming inflate, archives
are judged by their central directory and a bounded prefix of each XML part.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import PurePosixPath

from matcher.errors import read_error
from matcher.settings import DEFAULT_LIMITS, Limits

ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".tar", ".jar", ".cab")
_JUNK = ("__MACOSX/", ".DS_Store", "Thumbs.db")
_CHUNK = 256 * 1024


def sniff(data: bytes) -> str:
    """The file type by content, from ``matcher.extract.sniff_type`` (the single source)."""
    try:
        from matcher.extract import sniff_type
    except ImportError:  # extract not importable: fall back to the magic bytes alone
        return _magic(data)
    return sniff_type(data)


def _ole_error(data: bytes) -> Exception:
    """An OLE2 file: legacy .doc, a password-protected .docx, or another Office format."""
    try:
        from matcher.extract import ole_error
    except ImportError:
        return read_error("legacy_doc")
    return ole_error(data)


def _magic(data: bytes) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "unknown" if b"\x00" in head else "text"
    return "text"


def check(data: bytes, *, filename: str = "", limits: Limits = DEFAULT_LIMITS) -> str:
    """Return the sniffed type ("pdf", "docx", "zip", "text") or raise ``ReadError``."""
    fields = limits.message_fields()
    if not data:
        raise read_error("empty_file")
    if len(data) > limits.max_bytes:
        raise read_error("too_large", **fields)
    kind = sniff(data)
    if kind == "pdf":
        _check_pdf(data, limits)
    elif kind in ("docx", "zip"):
        _check_zip(data, limits, docx=kind == "docx")
    elif kind == "doc":
        raise _ole_error(data)
    elif kind != "text":
        raise read_error("unsupported_type")
    return kind


# ---- PDF ------------------------------------------------------------------------------------

_PAGE_OBJ = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PAGES_COUNT = re.compile(rb"/Type\s*/Pages(?![A-Za-z])[^>]{0,400}?/Count\s+(\d{1,9})")
_COUNT_PAGES = re.compile(rb"/Count\s+(\d{1,9})[^>]{0,400}?/Type\s*/Pages(?![A-Za-z])")
_STREAM = re.compile(rb"stream(?<!endstream)\r?\n")  # literal first: a fast scan
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)(?![A-Za-z])")


def pdf_pages(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> int:
    """Page count from the page tree's /Count, else counted page objects (0 if unknown).

    >>> pdf_pages(b"%PDF-1.4 1 0 obj <</Type /Pages /Count 3 /Kids []>> endobj")
    3
    """
    pages, _ = _scan_pdf(data, limits)
    return pages


def _check_pdf(data: bytes, limits: Limits) -> None:
    pages, inflated = _scan_pdf(data, limits)
    if inflated > limits.inflate_max_bytes:
        raise read_error("zip_bomb")
    if pages > limits.max_pages:
        raise read_error("too_many_pages", pages=pages, **limits.message_fields())


def _scan_pdf(data: bytes, limits: Limits) -> tuple[int, int]:
    """(pages, decompressed bytes of Flate streams, stopping past the inflate limit).

    Deflate cannot expand a byte to more than ``_DEFLATE_MAX_RATIO`` bytes: when that bound
    over all streams stays within the limit (any PDF of a few hundred KB), the bound is the
    second figure and only object streams (where page objects may hide) are inflated.
    """
    budget = limits.inflate_max_bytes
    streams = list(_flate_streams(data))
    bound = 0
    for start, end, layers, _ in streams:
        bound += (end - start) * _DEFLATE_MAX_RATIO**layers if layers <= 4 else budget + 1
        if bound > budget:
            break
    total = 0
    hidden: list[bytes] = []  # decompressed object streams, where page objects may hide
    for start, end, layers, objects in streams:
        keep = objects and sum(map(len, hidden)) < 8 * 1024 * 1024
        if bound <= budget and not keep:
            continue
        size, kept = _inflate(data[start:end], layers, budget - total + 1, keep=keep)
        total += size
        if kept:
            hidden.append(kept)
        if total > budget:
            return 0, total
    pages = _count_pages(data)
    for chunk in hidden:
        pages = max(pages, _count_pages(chunk))
    return pages, bound if bound <= budget else total


_DEFLATE_MAX_RATIO = 1032  # a 258-byte match in two bits: zlib's documented limit


def _flate_streams(data: bytes) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, Flate layers, is an object stream) of each Flate-encoded stream."""
    for match in _STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        head = data[max(0, match.start() - 1024) : match.start()]
        obj = head.rfind(b"obj")
        head = head[obj + 3 :] if obj >= 0 else head
        layers = len(_FLATE.findall(head))
        if layers:
            yield start, end, layers, b"/ObjStm" in head


def _count_pages(data: bytes) -> int:
    counts = [int(m.group(1)) for m in _PAGES_COUNT.finditer(data)]
    counts += [int(m.group(1)) for m in _COUNT_PAGES.finditer(data)]
    if counts:
        return max(counts)
    return len(_PAGE_OBJ.findall(data))


def _inflate(raw: bytes, layers: int, budget: int, *, keep: bool = False) -> tuple[int, bytes]:
    """Size of ``raw`` after ``layers`` chained inflates, reading at most ``budget`` bytes."""
    stream: Iterator[bytes] = iter((raw,))
    for _ in range(layers):
        stream = _inflate_chunks(stream)
    total = 0
    kept: list[bytes] = []
    for out in stream:
        total += len(out)
        if keep:
            kept.append(out)
        if total >= budget:
            break
    return total, b"".join(kept)


def _inflate_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    d = zlib.decompressobj()
    try:
        for chunk in chunks:
            buf = chunk
            while buf and not d.eof:
                out = d.decompress(buf, _CHUNK)
                buf = d.unconsumed_tail
                if out:
                    yield out
            if d.eof:
                return
    except zlib.error:  # a broken stream: the parser will say what it makes of it
        return


# ---- DOCX and ZIP ---------------------------------------------------------------------------


def _is_archive_name(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _unsafe(name: str) -> bool:
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        return True
    return ".." in PurePosixPath(norm).parts


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise read_error("corrupt") from exc


def _check_zip(data: bytes, limits: Limits, *, docx: bool) -> list[zipfile.ZipInfo]:
    """Judge an archive by its central directory; for a DOCX also its XML prefixes."""
    with _open_zip(data) as zf:
        infos = zf.infolist()
        if len(infos) > limits.zip_max_entries:
            raise read_error("zip_too_many_entries", **limits.message_fields())
        total = 0
        for info in infos:
            if _unsafe(info.filename):
                raise read_error("unsafe_path")
            if info.flag_bits & 0x1:
                raise read_error("encrypted")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > limits.zip_max_bytes or (
                info.file_size > 1024 * 1024 and ratio > limits.zip_max_ratio
            ):
                raise read_error("zip_bomb")
            embedded = docx and info.filename.startswith("word/embeddings/")
            if _is_archive_name(info.filename) and not embedded:
                raise read_error("nested_archive")
        if docx:
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")):
                    _check_xml_prefix(zf, info, limits)
        return infos


def _check_xml_prefix(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> None:
    try:
        with zf.open(info) as fh:
            head = fh.read(limits.xml_prefix_bytes)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        zlib.error,
        NotImplementedError,
    ) as exc:
        raise read_error("corrupt") from exc
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise read_error("xml_entities")


def unpack_zip(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> list[tuple[str, bytes]]:
    """Files of a ZIP of CVs as (name, bytes), in archive order, after the archive checks.

    Directories and OS junk (``__MACOSX/``, ``.DS_Store``) are skipped; a member that is
    itself a ZIP but not a DOCX is a nested archive and refuses the whole archive.
    """
    if not data:
        raise read_error("empty_file")
    if len(data) > limits.max_bytes:
        raise read_error("too_large", **limits.message_fields())
    out: list[tuple[str, bytes]] = []
    infos = _check_zip(data, limits, docx=False)
    with _open_zip(data) as zf:
        for info in infos:
            name = info.filename
            if info.is_dir() or any(part in name for part in _JUNK):
                continue
            try:
                with zf.open(info) as fh:
                    body = fh.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
                raise read_error("corrupt") from exc
            if body.startswith(b"PK\x03\x04") and _magic(body) == "zip":
                raise read_error("nested_archive")
            out.append((name, body))
    return out
