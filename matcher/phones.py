"""Find phone numbers in a line and normalise Vietnamese ones to E.164 (+84 and 9 digits).

Old 11-digit mobile numbers are converted with the 2018 prefix table; landlines (02x) keep
their digits; foreign numbers are kept as written. Dates, years, ID numbers, salaries and
postcodes are not phones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.text import fold
from matcher.vocabulary import words_re

# The 2018 conversion of 11-digit mobile prefixes (Ministry of Information and Communications).
OLD_PREFIXES = {
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036",
    "0167": "037", "0168": "038", "0169": "039",
    "0186": "056", "0188": "058", "0199": "059",
}  # fmt: skip

_CANDIDATE = re.compile(
    r"(?<![\w/.,+-])(?:\(?\+\s?\d{1,3}\)?[\s.\-]*)?\(?\d[\d\s().\-]{6,22}\d(?![\w/]|[.,]\d)"
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_CURRENCY_AFTER = re.compile(r"^\s*(?:vnd|vnđ|d\b|đ|usd|\$|trieu|tr\b|dong|k\b|m\b|million)", re.I)


@dataclass(frozen=True)
class PhoneHit:
    number: str  # E.164 for Vietnamese numbers, else as written
    raw: str
    span: tuple[int, int]


def normalize_phone(raw: str) -> str | None:
    """E.164 for a Vietnamese number, the stripped text for a foreign one, None otherwise.

    >>> normalize_phone("(+84) 912345678"), normalize_phone("01662 345 678")
    ('+84912345678', '+84362345678')
    """
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    plus = text.startswith("+") or text.startswith("(+")
    if not plus and digits.startswith("00") and len(digits) > 11:
        digits, plus = digits[2:], True  # 0084 ..., 0091 ...: the international prefix
    if len(digits) < 9 or len(digits) > 15:
        return None
    national = None
    if digits.startswith("84") and (plus or len(digits) in (11, 12)):
        rest = digits[2:]
        national = rest if rest.startswith("0") else "0" + rest
    elif digits.startswith("0") and not plus:
        national = digits
    elif plus:
        return text
    if national is not None:
        if len(national) == 11 and national[:4] in OLD_PREFIXES:
            national = OLD_PREFIXES[national[:4]] + national[4:]
        if len(national) == 10 and national[1] in "35789":
            return "+84" + national[1:]
        if national.startswith("02") and len(national) in (10, 11):
            return "+84" + national[1:]
        return None
    return text


_NOT_DIGIT = re.compile(r"\D+")
_ASCII_NOT_DIGITS = bytes(c for c in range(128) if not chr(c).isdigit())


def _digit_count(line: str) -> int:
    """How many digits (``\\d``) ``line`` holds; an ASCII line is counted in C, by bytes."""
    if line.isascii():
        return len(line.encode("ascii").translate(None, _ASCII_NOT_DIGITS))
    return len(_NOT_DIGIT.sub("", line))


def _looks_like_years(raw: str) -> bool:
    groups = re.findall(r"\d+", raw)
    return all(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


def find_phones(line: str) -> list[PhoneHit]:
    """Phone numbers in ``line`` (not dates, years, IDs, salaries or postcodes).

    >>> [h.number for h in find_phones("SĐT: 0988.777.666 | Zalo: +84 912 345 678")]
    ['+84988777666', '+84912345678']
    """
    if not isinstance(line, str) or _digit_count(line) < 9:
        return []  # every number kept has at least 9 digits: most lines are out at once
    # "Mobile:-+91...", two numbers joined by "/" or ","
    line = line.replace(":-", ": ")
    if "/" in line or "," in line:
        line = re.sub(r"(?<=\d{6})\s*[/,]\s*(?=\+?\d{6})", " ; ", line)
    folded = fold(line)
    labelled = words_re("phone_labels").search(folded) is not None
    hits: list[PhoneHit] = []
    for m in _CANDIDATE.finditer(line):
        raw = m.group(0).strip(" .-()")
        if m.group(0).startswith("(+"):
            raw = m.group(0).strip(" .-")
        raw = raw.rstrip("(").strip()
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 9 or _THOUSANDS.match(raw) or _looks_like_years(raw):
            continue
        if _CURRENCY_AFTER.match(line[m.end() :]):
            continue
        before = fold(line[max(0, m.start() - 30) : m.start()])
        not_phone = words_re("not_phone_labels").search(before)
        phone_label = words_re("phone_labels").search(before)
        if not_phone and not (phone_label and phone_label.end() > not_phone.end()):
            continue
        number = normalize_phone(raw)
        if number is None and labelled and 10 <= len(digits) <= 13 and not _THOUSANDS.match(raw):
            number = raw  # a labelled foreign number with a trunk 0 ("09876543210")
        if number is None:
            continue
        if not number.startswith("+84"):
            plus = raw.startswith("+") or raw.startswith("(+")
            if not plus and not labelled and not (10 <= len(digits) <= 11):
                continue
            if not plus and not labelled and re.fullmatch(r"\d{12,}", raw):
                continue
        hits.append(PhoneHit(number, raw, (m.start(), m.end())))
    return hits
