"""Phone numbers: finding them and normalising Vietnamese ones to E.164 (matcher.phones)."""

from __future__ import annotations

import pytest

from matcher.phones import OLD_PREFIXES, find_phones, normalize_phone


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("0912 345 678", ["+84912345678"]),
        ("0988.777.666", ["+84988777666"]),
        ("0988-777-666", ["+84988777666"]),
        ("+84 912 345 678", ["+84912345678"]),
        ("(+84) 912345678", ["+84912345678"]),
        ("84912345678", ["+84912345678"]),
        ("+84 (0) 912 345 678", ["+84912345678"]),
        ("SĐT: 0356 123 456", ["+84356123456"]),
        ("Zalo: 0706.123.456", ["+84706123456"]),
        ("01662 345 678", ["+84362345678"]),
        ("0120 345 6789", ["+84703456789"]),
        ("0199 123 4567", ["+84591234567"]),
        ("ĐT bàn: 028 3822 1234", ["+842838221234"]),
        ("+91 98765 43210", ["+91 98765 43210"]),
        ("+1 (555) 123-4567", ["+1 (555) 123-4567"]),
        ("Phone: 952-400-4765", ["952-400-4765"]),
        ("Di động: 0912 345 678 | Nhà: 024 3826 1234", ["+84912345678", "+842438261234"]),
        ("SĐT: 0912345678, 0988777666", ["+84912345678", "+84988777666"]),
        ("Tel: 0084 912 345 678", ["+84912345678"]),
        ("Mobile:-+91-9876543210", ["+91-9876543210"]),
        ("Contact: +919876543210/9876543211", ["+919876543210", "9876543211"]),
        ("Phone: 09876543210", ["09876543210"]),
    ],
)
def test_find_phones_normalises(line, expected):
    assert [hit.number for hit in find_phones(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "CCCD: 001203012345",
        "CMND số 025123456",
        "2018 - 2022 2019 - 2021",
        "15.000.000 VNĐ",
        "150.000.000 VND",
        "1.000.000.000 đồng",
        "Ngày sinh: 04/07/2001",
        "Mã bưu chính 700000",
        "Doanh số 2.500.000.000",
        "03/2019 - 12/2021",
        "Số tài khoản: 0123456789012",
        "",
    ],
)
def test_find_phones_ignores_dates_ids_money_and_postcodes(line):
    assert find_phones(line) == []


@pytest.mark.parametrize(("old", "new"), sorted(OLD_PREFIXES.items()))
def test_normalize_phone_converts_every_2018_prefix(old, new):
    assert normalize_phone(old + "1234567") == "+84" + new[1:] + "1234567"


def test_old_prefix_table_covers_the_2018_conversion():
    olds = {f"012{d}" for d in range(10)} | {f"016{d}" for d in range(2, 10)}
    assert set(OLD_PREFIXES) == olds | {"0186", "0188", "0199"}


@pytest.mark.parametrize("raw", ["12345", "0112345678", "0412345678", "abc"])
def test_normalize_phone_rejects_invalid_vietnamese_numbers(raw):
    assert normalize_phone(raw) is None
