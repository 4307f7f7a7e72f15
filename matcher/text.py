"""Pure text helpers shared by every stage: folding for matching, normalisation of extracted text.

``fold`` and ``match_key`` are the only way the engine compares Vietnamese text, so
"Kỹ năng", "KĨ NĂNG" and "ky nang" meet at one key.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ becomes d).

    >>> fold("Kinh Nghiệm Làm Việc")
    'kinh nghiem lam viec'
    >>> fold("ĐÀO TẠO")
    'dao tao'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def match_key(text: str) -> str:
    """A key for comparing phrases: folded, punctuation to spaces, i/y spelling merged.

    Vietnamese spells some syllables with either i or y (kỹ/kĩ, lý/lí); both sides of a
    comparison go through this function, so the merge is safe for English words too.

    >>> match_key("Kĩ năng:") == match_key("KỸ NĂNG")
    True
    """
    key = _NON_WORD.sub(" ", fold(text)).replace("y", "i")
    return _SPACES.sub(" ", key).strip()
