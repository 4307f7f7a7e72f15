"""Limits on every file read, in one place, with defaults overridable by environment variables.

| field | default | env var | what it bounds |
|---|---|---|---|
| max_bytes | 10 MB | ACCOUNTFIT_MAX_MB | size of one uploaded file |
| max_pages | 10 | ACCOUNTFIT_MAX_PAGES | pages of one PDF |
| timeout_s | 15 | ACCOUNTFIT_TIMEOUT_S | wall clock of one parse (worker killed after) |
| memory_mb | 1024 | ACCOUNTFIT_MEMORY_MB | address space of a worker (RLIMIT_AS) |
| zip_max_entries | 1000 | ACCOUNTFIT_ZIP_MAX_ENTRIES | entries in a DOCX or ZIP |
| zip_max_bytes | 50 MB | ACCOUNTFIT_ZIP_MAX_MB | total uncompressed size of a DOCX or ZIP |
| zip_max_ratio | 100 | ACCOUNTFIT_ZIP_MAX_RATIO | uncompressed/compressed ratio of a large entry |
| inflate_max_bytes | 200 MB | ACCOUNTFIT_INFLATE_MAX_MB | total decompressed PDF stream data |
| workers | min(2, cpus) | ACCOUNTFIT_WORKERS | worker processes in the pool |

Nested archives and names with ``..`` or an absolute path are always refused.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds applied to every file before and while it is parsed."""

    max_bytes: int = 10 * MB
    max_pages: int = 10
    timeout_s: float = 15.0
    memory_mb: int = 1024
    zip_max_entries: int = 1000
    zip_max_bytes: int = 50 * MB
    zip_max_ratio: float = 100.0
    inflate_max_bytes: int = 200 * MB
    xml_prefix_bytes: int = 64 * 1024  # how much of each XML part is scanned for a DTD
    workers: int = 0  # 0: min(2, cpu count)

    @property
    def max_mb(self) -> float:
        return self.max_bytes / MB

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by ``ACCOUNTFIT_*`` variables; a bad value keeps the default.

        >>> Limits.from_env({"ACCOUNTFIT_MAX_MB": "2", "ACCOUNTFIT_TIMEOUT_S": "x"}).max_bytes
        2097152
        """
        env = os.environ if env is None else env
        values: dict[str, float | int] = {}
        for f in fields(cls):
            name, scale = _ENV.get(f.name, (None, 1))
            raw = env.get(name) if name else None
            if raw is None:
                continue
            try:
                number = float(raw) * scale
            except ValueError:
                continue
            if number <= 0 and f.name != "workers":
                continue
            values[f.name] = int(number) if f.type in ("int", int) else number
        return cls(**values)

    def worker_count(self) -> int:
        """Worker processes to start: the configured number, else min(2, cpu count)."""
        return self.workers if self.workers > 0 else max(1, min(2, os.cpu_count() or 1))

    def message_fields(self) -> dict[str, float | int]:
        """Values used in error messages ({max_mb}, {timeout_s}, ...)."""
        return {
            "max_mb": round(self.max_mb, 1) if self.max_bytes % MB else self.max_bytes // MB,
            "max_pages": self.max_pages,
            "timeout_s": f"{self.timeout_s:g}",
            "memory_mb": self.memory_mb,
            "max_entries": self.zip_max_entries,
        }


_ENV: dict[str, tuple[str, int]] = {
    "max_bytes": ("ACCOUNTFIT_MAX_MB", MB),
    "max_pages": ("ACCOUNTFIT_MAX_PAGES", 1),
    "timeout_s": ("ACCOUNTFIT_TIMEOUT_S", 1),
    "memory_mb": ("ACCOUNTFIT_MEMORY_MB", 1),
    "zip_max_entries": ("ACCOUNTFIT_ZIP_MAX_ENTRIES", 1),
    "zip_max_bytes": ("ACCOUNTFIT_ZIP_MAX_MB", MB),
    "zip_max_ratio": ("ACCOUNTFIT_ZIP_MAX_RATIO", 1),
    "inflate_max_bytes": ("ACCOUNTFIT_INFLATE_MAX_MB", MB),
    "workers": ("ACCOUNTFIT_WORKERS", 1),
}

DEFAULT_LIMITS = Limits.from_env()
