"""Limits: documented defaults, environment overrides, bad values ignored."""

from __future__ import annotations

import dataclasses

import pytest

from matcher.errors import MESSAGES, file_error
from matcher.settings import MB, Limits


def test_limits_defaults():
    assert dataclasses.asdict(Limits()) == {
        "max_bytes": 10 * MB, "max_pages": 10, "timeout_s": 15.0, "memory_mb": 1024,
        "zip_max_entries": 1000, "zip_max_bytes": 50 * MB, "zip_max_ratio": 100.0,
        "inflate_max_bytes": 200 * MB, "xml_prefix_bytes": 64 * 1024, "workers": 0,
    }  # fmt: skip


def test_limits_from_env_overrides_and_ignores_bad_values():
    env = {"ACCOUNTFIT_MAX_MB": "5", "ACCOUNTFIT_MAX_PAGES": "20", "ACCOUNTFIT_TIMEOUT_S": "2.5",
           "ACCOUNTFIT_MEMORY_MB": "abc", "ACCOUNTFIT_ZIP_MAX_MB": "-1", "ACCOUNTFIT_WORKERS": "3",
           "ACCOUNTFIT_ZIP_MAX_RATIO": "50", "UNRELATED": "1"}  # fmt: skip
    got = Limits.from_env(env)
    assert got == Limits(max_bytes=5 * MB, max_pages=20, timeout_s=2.5, workers=3,
                         zip_max_ratio=50.0)  # fmt: skip
    assert isinstance(got.max_pages, int)


def test_limits_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Limits().max_pages = 3  # type: ignore[misc]


@pytest.mark.parametrize(("workers", "expected_max"), [(0, 2), (4, 4), (1, 1)])
def test_limits_worker_count(workers, expected_max):
    count = Limits(workers=workers).worker_count()
    assert 1 <= count <= expected_max
    if workers:
        assert count == workers


def test_error_table_every_code_has_both_languages():
    codes = {"too_large", "too_many_pages", "unsupported_type", "legacy_doc", "zip_bomb",
             "zip_too_many_entries", "nested_archive", "unsafe_path", "xml_entities", "timeout",
             "memory_limit", "worker_crashed", "encrypted", "corrupt", "empty_file"}  # fmt: skip
    assert codes <= set(MESSAGES)
    fields = Limits().message_fields()
    for code in MESSAGES:
        err = file_error(code, pages=12, **fields)
        assert err.code == code
        assert err.message_en and err.message_vi and err.message_en != err.message_vi
        assert "{" not in err.message_en + err.message_vi


def test_error_messages_quote_the_limits():
    fields = Limits(max_bytes=5 * MB, timeout_s=3).message_fields()
    assert file_error("too_large", **fields).message_en == "The file is larger than the 5 MB limit."
    assert file_error("timeout", **fields).message_vi == "Đọc tệp mất hơn 3 giây nên đã dừng."
