"""Hostile and broken files, generated at test time (nothing binary is committed).

Also the stand-in worker tasks the pool tests inject (they must live in an importable module
so a worker process can unpickle them by name).
"""

from __future__ import annotations

import io
import os
import random
import time
import zipfile
import zlib
from collections.abc import Callable

from matcher.settings import Limits
from matcher.types import Document

# ---- PDF ------------------------------------------------------------------------------------


def pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 is the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))  # fmt: skip
    return out.getvalue()


def _stream(data: bytes, filters: str = "") -> bytes:
    head = b"<< /Length %d" % len(data)
    if filters:
        head += b" /Filter " + filters.encode()
    return head + b" >>\nstream\n" + data + b"\nendstream"


def one_page_pdf(content: bytes, *, filters: str = "", resources: bytes = b"<< >>") -> bytes:
    """A one-page PDF whose page content stream is ``content`` (already encoded)."""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources " + resources + b" >>",
        _stream(content, filters),
    ])  # fmt: skip


def text_pdf(lines: list[str], *, pages: int = 1) -> bytes:
    """A real text PDF (Helvetica, ASCII) with ``lines`` on each of ``pages`` pages."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    body = b"BT /F1 11 Tf 50 750 Td 14 TL " + b" ".join(
        b"(" + line.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]") + b") '"
        for line in lines
    ) + b" ET"  # fmt: skip
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        font,
    ]
    for i in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(_stream(body))
    return pdf(objects)


def _deflate_zeros(size: int) -> bytes:
    comp = zlib.compressobj(9)
    chunk = b"\x00" * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(size >> 20)]
    return b"".join(parts) + comp.flush()


def deflate_bomb_pdf(size: int) -> bytes:
    """A page whose content stream inflates to ``size`` bytes of zeros."""
    return one_page_pdf(_deflate_zeros(size), filters="/FlateDecode")


def double_deflate_bomb_pdf(size: int) -> bytes:
    """The same, compressed twice (a few KB on disk for hundreds of MB)."""
    once = _deflate_zeros(size)
    return one_page_pdf(zlib.compress(once, 9), filters="[/FlateDecode /FlateDecode]")


def path_operators_pdf(count: int = 2_000_000) -> bytes:
    """A content stream of ``count`` path operators (varied, so it is not a compression bomb)."""
    rng = random.Random(7)
    ops = b"".join(
        b"%d %d m %d %d l S\n" % (rng.randrange(612), rng.randrange(792),
                                  rng.randrange(612), rng.randrange(792))
        for _ in range(count // 2)
    )  # fmt: skip
    return one_page_pdf(zlib.compress(ops, 6), filters="/FlateDecode")


def deep_nesting_pdf(depth: int = 100_000, *, kind: str = "array") -> bytes:
    """An object nested ``depth`` deep (arrays or dictionaries) reachable from the page."""
    if kind == "array":
        deep = b"[" * depth + b"0" + b"]" * depth
    else:
        deep = b"<< /A " * depth + b"0" + b" >>" * depth
    return one_page_pdf(b"BT ET", resources=b"<< /X " + deep + b" >>")


def encrypted_pdf(*, user_password: str | None = "secret") -> bytes:
    """An RC4-encrypted PDF (fpdf2); without a user password it opens for anyone."""
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=12)
    for line in cv_lines(9):
        doc.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    doc.set_encryption(owner_password="owner", user_password=user_password)
    return bytes(doc.output())


# ---- DOCX and ZIP ---------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(document_xml: str | bytes, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX package around ``document_xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", document_xml)
        for name, body in (extra or {}).items():
            zf.writestr(name, body)
    return out.getvalue()


def docx_paragraphs(lines: list[str]) -> bytes:
    """A DOCX with one paragraph per line."""
    from xml.sax.saxutils import escape

    paras = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    return docx(f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{paras}'
                "</w:body></w:document>")  # fmt: skip


def docx_zip_bomb(size: int) -> bytes:
    """word/document.xml of ``size`` bytes of repeated paragraphs (the 199 KB / 68 MB case)."""
    out = io.BytesIO()
    para = b"<w:p><w:r><w:t>Account Executive</w:t></w:r></w:p>" * 1000
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document ' + _W.encode() + b"><w:body>")
            for _ in range(size // len(para)):
                fh.write(para)
            fh.write(b"</w:body></w:document>")
    return out.getvalue()


def billion_laughs_docx() -> bytes:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    return docx(f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]><w:document {_W}><w:body>'
                "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")  # fmt: skip


def external_entity_docx() -> bytes:
    return docx(f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                f"<w:document {_W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>"
                "</w:document>")  # fmt: skip


def zip_of(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, body in members.items():
            zf.writestr(zipfile.ZipInfo(name), body, compress_type=method)
    return out.getvalue()


def traversal_zip() -> bytes:
    return zip_of({"cv.txt": b"Account Executive", "../../etc/evil.txt": b"x"})


def absolute_path_zip() -> bytes:
    return zip_of({"/tmp/evil.txt": b"x"})


def zip_bomb(size: int) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("big.txt", "w", force_zip64=True) as fh,
    ):
        chunk = b"\x00" * (1 << 20)
        for _ in range(size >> 20):
            fh.write(chunk)
    return out.getvalue()


def nested_zip_bomb(size: int) -> bytes:
    return zip_of({"cv.txt": b"Account Executive", "inner.zip": zip_bomb(size)})


def many_entries_zip(count: int) -> bytes:
    return zip_of({f"f{i}.txt": b"x" for i in range(count)}, method=zipfile.ZIP_STORED)


# ---- other ----------------------------------------------------------------------------------


def random_bytes(size: int = 4096, *, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def legacy_doc() -> bytes:
    """An OLE2 container holding a "WordDocument" stream (Word 97-2003)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "WordDocument".encode("utf-16-le")


def encrypted_docx() -> bytes:
    """Office wraps a password-protected .docx in OLE2 with an "EncryptedPackage" stream."""
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le")
    )


def truncated(data: bytes, fraction: float = 0.5) -> bytes:
    return data[: max(1, int(len(data) * fraction))]


# ---- small CVs ------------------------------------------------------------------------------

TITLES = ("Account Executive", "Senior Account Executive", "Account Manager", "Account Director",
          "Nhân viên kinh doanh", "Chuyên viên Account")  # fmt: skip


def cv_lines(i: int) -> list[str]:
    """Lines of a small fictional CV, different for each ``i``."""
    title = TITLES[i % len(TITLES)]
    start = 2014 + i % 9
    return [
        f"Nguyen Van Thu{chr(65 + i % 26)}",
        f"Email: candidate{i}@example.com",
        f"Phone: 0912 345 {i:03d}",
        "WORK EXPERIENCE",
        f"{title} - Agency {i}",
        f"03/{start} - Present",
        "Managed client relationships, handled briefs and prepared quotations",
        "Built media plans and reported campaign results to clients",
        "EDUCATION",
        "Bachelor of Marketing, University of Economics, 2013",
        f"Expected salary: {10 + i % 20} million VND",
    ]


def good_cv(i: int) -> tuple[str, bytes]:
    """A small fictional CV as TXT, PDF or DOCX (rotating)."""
    lines = cv_lines(i)
    kind = i % 3
    if kind == 0:
        return f"cv_{i:02d}.txt", "\n".join(lines).encode("utf-8")
    if kind == 1:
        return f"cv_{i:02d}.pdf", text_pdf(lines)
    return f"cv_{i:02d}.docx", docx_paragraphs(lines)


# ---- stand-in worker tasks (picklable by name) ----------------------------------------------


def echo_task(data: bytes, filename: str, limits: Limits) -> Document:
    """A task that 'extracts' text bytes directly; b"sleep", b"alloc", b"crash" misbehave."""
    if data.startswith(b"sleep"):
        time.sleep(3600)
    if data.startswith(b"alloc"):
        hog = []
        while True:
            hog.append(bytearray(64 * 1024 * 1024))
    if data.startswith(b"nap"):
        time.sleep(0.2)
    if data.startswith(b"crash"):
        os._exit(3)
    if data.startswith(b"spin"):
        while True:
            pass
    text = data.decode("utf-8", "replace")
    return Document(lines=tuple(text.splitlines()), pages=1, kind="text", language="en")


def pid_task(data: bytes, filename: str, limits: Limits) -> Document:
    """Returns the worker's pid as the text (to see replacement and reuse)."""
    if data.startswith(b"sleep"):
        time.sleep(3600)
    return Document(lines=(str(os.getpid()),), pages=1, kind="text", language="en")


TASKS: dict[str, Callable[[bytes, str, Limits], Document]] = {"echo": echo_task, "pid": pid_task}
