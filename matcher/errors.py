"""Every per-file error code with its message in English and Vietnamese, in one table.

Codes are a stable contract (CLI output, exports, the app); messages may be reworded.
``{max_mb}``-style fields are filled from the limits in force.
"""

from __future__ import annotations

from typing import Any

from matcher.types import FileError, ReadError

# code -> (English, Vietnamese)
MESSAGES: dict[str, tuple[str, str]] = {
    "empty_file": (
        "The file is empty.",
        "Tệp trống.",
    ),
    "too_large": (
        "The file is larger than the {max_mb} MB limit.",
        "Tệp lớn hơn giới hạn {max_mb} MB.",
    ),
    "too_many_pages": (
        "The file has {pages} pages; at most {max_pages} are read.",
        "Tệp có {pages} trang; chỉ đọc tối đa {max_pages} trang.",
    ),
    "unsupported_type": (
        "This file type is not supported; send a PDF, DOCX or TXT file.",
        "Không hỗ trợ loại tệp này; hãy gửi tệp PDF, DOCX hoặc TXT.",
    ),
    "legacy_doc": (
        "Old Word .doc files are not supported; save it as .docx or PDF.",
        "Không hỗ trợ tệp Word .doc cũ; hãy lưu lại dưới dạng .docx hoặc PDF.",
    ),
    "zip_bomb": (
        "The file expands to far more data than its size (a compression bomb?).",
        "Tệp giải nén ra dữ liệu lớn bất thường so với kích thước (nghi là bom nén).",
    ),
    "zip_too_many_entries": (
        "The archive holds more than {max_entries} entries.",
        "Tệp nén chứa hơn {max_entries} mục.",
    ),
    "nested_archive": (
        "The archive contains another archive; unpack it first.",
        "Tệp nén chứa một tệp nén khác; hãy giải nén trước.",
    ),
    "unsafe_path": (
        "The archive contains an unsafe file name (absolute path or '..').",
        "Tệp nén chứa tên tệp không an toàn (đường dẫn tuyệt đối hoặc '..').",
    ),
    "xml_entities": (
        "The document declares XML entities or a DTD, which is refused for safety.",
        "Tài liệu khai báo thực thể XML hoặc DTD nên bị từ chối vì lý do an toàn.",
    ),
    "timeout": (
        "Reading the file took longer than {timeout_s} seconds and was stopped.",
        "Đọc tệp mất hơn {timeout_s} giây nên đã dừng.",
    ),
    "memory_limit": (
        "Reading the file needed more than {memory_mb} MB of memory and was stopped.",
        "Đọc tệp cần hơn {memory_mb} MB bộ nhớ nên đã dừng.",
    ),
    "worker_crashed": (
        "The reader stopped unexpectedly on this file.",
        "Trình đọc dừng bất thường khi đọc tệp này.",
    ),
    "encrypted": (
        "The file is password-protected.",
        "Tệp được bảo vệ bằng mật khẩu.",
    ),
    "corrupt": (
        "The file is damaged and cannot be read.",
        "Tệp bị hỏng, không đọc được.",
    ),
    "not_found": (
        "The file was not found.",
        "Không tìm thấy tệp.",
    ),
    "internal_error": (
        "Reading this file failed because of a bug in AccountFit; the other files are not affected.",
        "Đọc tệp này thất bại do lỗi của AccountFit; các tệp khác không bị ảnh hưởng.",
    ),
    "no_text": (
        "The file has no text layer (a scan?).",
        "Tệp không có lớp chữ (có thể là bản scan).",
    ),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def file_error(code: str, **fields: Any) -> FileError:
    """The ``FileError`` for ``code``; unknown codes keep the code with a generic message.

    >>> file_error("too_large", max_mb=10).message_en
    'The file is larger than the 10 MB limit.'
    """
    en, vi = MESSAGES.get(code, MESSAGES["corrupt"])
    values = _Blank(fields)
    return FileError(code, en.format_map(values), vi.format_map(values))


def read_error(code: str, **fields: Any) -> ReadError:
    """A ``ReadError`` to raise, with the table's messages."""
    err = file_error(code, **fields)
    return ReadError(err.code, err.message_en, err.message_vi)
