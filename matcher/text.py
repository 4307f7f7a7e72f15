"""Pure text helpers shared by every stage: folding for matching, normalisation of extracted text.

``fold`` and ``match_key`` are the only way the engine compares Vietnamese text, so
"Kỹ năng", "KĨ NĂNG" and "ky nang" meet at one key. ``normalize_lines`` is what extract
applies to every line it emits; ``detect_language`` labels a document vi / en / mixed.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from matcher.yamlfile import load_yaml

T = TypeVar("T")

# a line this long that stops mid-sentence may have been wrapped by the PDF (skills joins the
# rest of a wrapped bullet to it; sections reads no heading in the rest)
WRAP_MIN_CHARS = 40

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def _slow_fold(text: str) -> str:
    """``fold`` by its definition: NFD, combining marks dropped, NFC, lower case."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


@lru_cache(maxsize=1)
def _marks_re() -> re.Pattern[str]:
    """Every character of the Basic Multilingual Plane with a combining class (what
    ``_slow_fold`` drops), as one character class."""
    spans: list[list[int]] = []
    for cp in range(0x10000):
        if unicodedata.combining(chr(cp)):
            if spans and spans[-1][1] == cp - 1:
                spans[-1][1] = cp
            else:
                spans.append([cp, cp])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in spans) + "]+")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ becomes d).

    >>> fold("Kinh Nghiệm Làm Việc")
    'kinh nghiem lam viec'
    >>> fold("ĐÀO TẠO")
    'dao tao'
    """
    if text.isascii():  # most English lines: nothing to strip, same result, 5x cheaper
        return text.lower()
    memo: dict[str, str] | None = getattr(_READING, "folds", None)
    if memo is not None and text in memo:  # the readers fold a Vietnamese line 4-5 times
        return memo[text]
    if _ASTRAL.search(text):  # emoji and rarer scripts: marks outside the table's plane
        folded = _slow_fold(text)
    else:
        # the marks dropped by one regex pass instead of a Python loop per character (2x
        # faster; NFD of a BMP text adds no mark outside the BMP)
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        folded = unicodedata.normalize("NFC", _marks_re().sub("", decomposed)).lower()
    if memo is not None and len(memo) < _FOLD_MEMO_SIZE:
        memo[text] = folded
    return folded


# While this thread reads one document (``reading_one_document``), ``fold`` keeps the folds
# of its non-ASCII texts; the table is dropped when the reading ends.
_READING = threading.local()
_FOLD_MEMO_SIZE = 8192


@contextmanager
def reading_one_document() -> Iterator[None]:
    """Memoise ``fold`` of non-ASCII text in this thread until the block ends (no CV text is
    kept afterwards; other threads and other callers are unaffected)."""
    outer = getattr(_READING, "folds", None)
    _READING.folds = {} if outer is None else outer
    try:
        yield
    finally:
        _READING.folds = outer
        if outer is not None:
            outer.clear()


# every ASCII byte that is no word character ([A-Za-z0-9_]) becomes a space
_ASCII_NON_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)


def match_key(text: str) -> str:
    """A key for comparing phrases: folded, punctuation to spaces, i/y spelling merged.

    Vietnamese spells some syllables with either i or y (kỹ/kĩ, lý/lí); both sides of a
    comparison go through this function, so the merge is safe for English words too.

    >>> match_key("Kĩ năng:") == match_key("KỸ NĂNG")
    True
    """
    folded = fold(text)
    if folded.isascii():  # the words split out by a byte table and joined: 2x cheaper
        words = folded.encode("ascii").translate(_ASCII_NON_WORD_BYTES).decode().split()
        return " ".join(words).replace("y", "i")
    # every run of non-word characters (whitespace included) becomes one space, so no run
    # of spaces is left to squeeze: only the ends need stripping
    return _NON_WORD.sub(" ", folded).replace("y", "i").strip()


# ---- cheap tests before a phrase regex -----------------------------------------------------

_WORD_RUN = re.compile(r"\w+")


def first_words(phrases: Iterable[object]) -> frozenset[str] | None:
    """The first run of word characters of each folded phrase (None when one starts otherwise).

    A phrase matched on word boundaries (``vocabulary.phrase_pattern``) starts with a whole
    word of the text, so a folded text whose ``words_of`` misses all of these holds none.

    >>> sorted(first_words(["Hiện tại", "e-mail", "now"]))
    ['e', 'hien', 'now']
    """
    out: set[str] = set()
    for phrase in phrases:
        folded = fold(str(phrase)).strip()
        if not folded:
            continue
        run = _WORD_RUN.match(folded)
        if run is None:
            return None
        out.add(run.group())
    return frozenset(out)


def may_hold(gate: frozenset[str] | None, folded: str) -> bool:
    """False when ``folded`` cannot hold a phrase whose ``first_words`` are ``gate``."""
    return gate is None or not gate.isdisjoint(words_of(folded))


@cache
def list_gate(key: str) -> frozenset[str] | None:
    """``first_words`` of the phrase list ``key`` of reading.yaml (``vocabulary.words_re(key)``).

    >>> "english" in list_gate("english_words")
    True
    """
    from matcher.vocabulary import reading  # vocabulary imports this module

    return first_words(reading()[key])


# ---- normalisation of extracted lines ---------------------------------------------------------

# ligatures to their letters; full-width ASCII forms ("２０１９－２０２１", typed with an
# East Asian input method) to ASCII, as NFKC would, without NFKC's other changes
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
    | {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
)
# removed outright: soft hyphen, zero-width chars, BOM, PDFium's generated-hyphen marks
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\x02\x03"), None)
# every exotic space becomes a plain space (tabs too: a line is a run of words)
_SPACE_CHARS = dict.fromkeys(
    map(
        ord,
        "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u202f\u205f\u3000",
    ),
    " ",
)
# Vietnamese vowel-shape marks (circumflex, breve, horn) must come before the tone mark for
# NFC to find the precomposed letter; old input methods typed the tone first.
_SHAPE_MARKS = "\u0302\u0306\u031b"
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_MARK_RUN = re.compile(f"[{_SHAPE_MARKS}{_TONE_MARKS}]{{2,}}")

# Bullet glyphs seen in CVs: geometric shapes, arrows, ticks, and the Symbol/Wingdings
# private-use code points Word exports (U+F0B7 , U+F0A7 , U+F0D8, U+F076, U+F0FC ...).
_BULLET_CHARS = (
    "•●▪▫■□◆◇◦○◉◎►▶▸▹▻➢➣➤➔→⇒✓✔✗✘❖❑❒⁃‣∙·★☆♦◘◙⦿⦾⁌⁍❥❧☐☑☒♣♠♥"
    "\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0a8\uf06c\uf06e\uf0e0\uf0e8\uf0f0\uf071\uf077\uf0d2"
)
_PRIVATE_USE = "\ue000-\uf8ff"
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_LEADING_BULLET = re.compile(
    rf"^\s*(?:[{_BULLET_CHARS}{_PRIVATE_USE}]+|[-–—―*+](?=\s)|o(?=\s{{2,}}))\s*"
)
_INLINE_BULLET = re.compile(rf"\s*[{_BULLET_CHARS.replace('·', '')}{_PRIVATE_USE}]+\s*")
# UTF-8 read as cp1252 ("Ã©" for é, "â€™" for ’, "Ä‘" for đ): each byte became one char.
# Latin-1 readers leave bytes 0x80-0x9F as C1 controls; cp1252 readers make them €, ‘, ’...
_CP1252_BYTE = {chr(b): b for b in range(0x80, 0x100)}
_CP1252_BYTE.update({bytes([b]).decode("cp1252", errors="replace"): b for b in range(0x80, 0xA0)})
_CP1252_BYTE.pop("\ufffd", None)  # the five bytes cp1252 leaves undefined
_CONT = "".join(ch for ch, b in _CP1252_BYTE.items() if b < 0xC0)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{re.escape(_CONT)}]|[\u00e0-\u00ef][{re.escape(_CONT)}]{{2}}"
)
# A full-width form (U+FF01-U+FF1D: "－", "／"...) whose last UTF-8 byte cp1252 has no
# character for, so the reader dropped it: "Company Name ï¼ City, State". Only its first two
# bytes are left and cannot be decoded; it stood between two parts of the line, so it is read
# as a separator.
_LONE_FULLWIDTH = re.compile(f"ï¼(?![{re.escape(_CONT)}])")
# A Vietnamese "Â" starts or sits inside a syllable that goes on with one of these letters.
_A_FOLLOWERS = frozenset("MNPTCUYmnptcuy")


def _unmojibake(match: re.Match[str]) -> str:
    try:
        return bytes(_CP1252_BYTE[ch] for ch in match.group()).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return match.group()


def _fix_mojibake(line: str) -> str:
    """Undo UTF-8-read-as-cp1252 sequence by sequence (only valid UTF-8 sequences change).

    >>> _fix_mojibake("Kinh nghiá»‡m lÃ\u00a0m viá»‡c")
    'Kinh nghiệm làm việc'
    >>> _fix_mojibake("Sao Mai Media ï¼ Hà Nội")
    'Sao Mai Media  -  Hà Nội'
    """
    line = _MOJIBAKE.sub(_unmojibake, line)
    return _LONE_FULLWIDTH.sub(" - ", line) if "ï¼" in line else line


def _drop_stray_a(line: str) -> str:
    """Blank every "Â" that cannot belong to a Vietnamese syllable (CHÂU, ÂM, Âu are kept)."""
    if "Â" not in line:
        return line
    chars = list(line)
    for i, ch in enumerate(line):
        if ch != "Â":
            continue
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        if nxt not in _A_FOLLOWERS or (prev.isalpha() and not prev.isupper()) or prev == "Â":
            chars[i] = " "
    return "".join(chars)


def _order_marks(match: re.Match[str]) -> str:
    run = match.group()
    return "".join(sorted(run, key=lambda ch: ch not in _SHAPE_MARKS))


def recompose(text: str) -> str:
    """NFC, also for Vietnamese typed with combining tone marks in either order.

    >>> recompose("Vie\u0323\u0302t") == "Việt"
    True
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _MARK_RUN.sub(_order_marks, decomposed))


# the HTML character references a web page's text keeps when it is saved or printed as a CV
_HTML_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def normalize_line(line: str) -> str:
    """One extracted line made clean: NFC, no ligatures/invisibles/stray Â/HTML entities,
    bullets as "- ".

    >>> normalize_line("  \uf0b7  Quản lý  ngân sách\u00ad ")
    '- Quản lý ngân sách'
    >>> normalize_line("Word • Excel • PowerPoint")
    'Word | Excel | PowerPoint'
    """
    if "&" in line and ";" in line:  # "Y&amp;R", "Sales &amp; Marketing" from web exports
        line = _HTML_ENTITY.sub(lambda m: html.unescape(m.group()), line)
    if line.isascii():  # no mojibake, ligature, invisible or combining mark can be there
        line = _CONTROLS.sub("", line.translate(_SPACE_CHARS))
    else:
        line = _fix_mojibake(line.translate(_INVISIBLE))
        line = _CONTROLS.sub("", line.translate(_SPACE_CHARS).translate(_LIGATURES))
        line = recompose(_drop_stray_a(line))
    bullet = _LEADING_BULLET.match(line)
    if bullet:
        line = line[bullet.end() :]
    line = _INLINE_BULLET.sub(" | ", line)
    line = _SPACES.sub(" ", line).strip(" |")
    if bullet:
        return f"- {line}" if line else ""
    return line


_LINE_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def split_lines(text: str) -> list[str]:
    """Split on every kind of line break (PDFium uses CRLF, Word uses VT for soft breaks)."""
    return _LINE_BREAKS.split(text)


def normalize_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """Normalise every line; keep at most one blank line between blocks, none at the ends.

    Blank lines are kept (one) because they carry layout: a paragraph break, a column or
    page boundary. Stages that do not care simply skip empty lines.

    >>> normalize_lines(["", "A", "", "  ", "\u2022", "B", ""])
    ('A', '', 'B')
    """
    out: list[str] = []
    for raw in lines:
        for piece in split_lines(raw):
            line = normalize_line(piece)
            if line in ("", "-"):
                if out and out[-1] != "":
                    out.append("")
                continue
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return tuple(out)


# ---- language -----------------------------------------------------------------------------

_LANGUAGE_FILE = Path(__file__).resolve().parents[1] / "job_profiles" / "language.yaml"
# letters that only Vietnamese uses among Latin-script languages of CVs
_VI_LETTERS = frozenset(
    "ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉĩọỏụủũỳỵỷỹ"
    "ĂẮẰẲẴẶÂẤẦẨẪẬĐÊẾỀỂỄỆÔỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰẠẢẸẺẼỊỈĨỌỎỤỦŨỲỴỶỸ"
)
_WORD = re.compile(r"[^\W\d_]+")
# An English stopword stands for about three running words, a Vietnamese hit for about one
# syllable; the weights put both on the same scale (calibrated on vn_skill_terms job texts,
# resume_ner CVs and the sample CVs: Vietnamese >= 0.73, English <= 0.12, mixed about 0.5).
_EN_STOPWORD = 2.5
_EN_WORD = 1.0
_VI_SHAPE = 0.5
_MIN_SIGNAL = 3.0
_VI_SHARE = 0.7
_EN_SHARE = 0.3


# ASCII letters stay, every other byte becomes a space: splitting the result gives exactly
# the runs ``_WORD`` finds in ASCII text, at a fraction of the regex's cost
_ASCII_NON_LETTER_BYTES = bytes(c if c < 128 and chr(c).isalpha() else ord(" ") for c in range(256))


def _word_counts(lines: Sequence[str]) -> Counter[str]:
    """How often each word (run of letters) occurs in ``lines``."""
    ascii_lines = [line for line in lines if line.isascii()]
    ascii_text = "\n".join(ascii_lines).encode("ascii")
    counts = Counter(ascii_text.translate(_ASCII_NON_LETTER_BYTES).decode().split())
    if len(ascii_lines) < len(lines):
        counts.update(_WORD.findall("\n".join(line for line in lines if not line.isascii())))
    return counts


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str], Callable[[str], bool]]:
    """(Vietnamese function words, English stopwords, "is a Vietnamese syllable shape")."""
    data = load_yaml(_LANGUAGE_FILE.read_text(encoding="utf-8"))
    parts = data["syllable"]
    onsets, nuclei, codas = ([str(p) for p in parts[key]] for key in ("onsets", "nuclei", "codas"))
    is_syllable: Callable[[str], bool]
    if all(p.isascii() and p.isalpha() for p in (*onsets, *nuclei, *codas)):
        # plain letters: the shapes (onset? nucleus coda?) are a finite set, a set lookup
        # instead of a regex of 27 x 37 x 13 alternatives per word
        shapes = frozenset(o + n + c for o in ("", *onsets) for n in nuclei for c in ("", *codas))
        is_syllable = shapes.__contains__
    else:
        onset, nucleus, coda = ("|".join(p) for p in (onsets, nuclei, codas))
        syllable = re.compile(f"(?:{onset})?(?:{nucleus})(?:{coda})?")

        def is_syllable(word: str) -> bool:
            return syllable.fullmatch(word) is not None

    return (
        frozenset(map(str, data["vietnamese_function_words"])),
        frozenset(map(str, data["english_stopwords"])),
        is_syllable,
    )


def language_scores(lines: Sequence[str]) -> tuple[float, float]:
    """(Vietnamese, English) evidence of the words in ``lines``.

    Vietnamese: letters only Vietnamese uses, its frequent syllables, ASCII words shaped
    like a syllable (weakly). English: stopwords, and longer ASCII words of no Vietnamese
    shape (acronyms such as KPI or FMCG are left out).
    """
    vi_words, en_words, is_syllable = _word_lists()
    vi = en = 0.0
    # each distinct word is weighed once and counted: every weight is a multiple of 0.5, so
    # the float sums are exact and equal to adding word by word (a CV repeats most words)
    counts = _word_counts(lines)
    for word, count in counts.items():
        lower = word.lower()
        ascii_word = word.isascii()
        folded = lower if ascii_word else fold(word)
        # short stopwords only in lower case: "An", "To" are Vietnamese names too
        if folded in en_words and folded == lower and (len(word) > 3 or word.islower()):
            en += _EN_STOPWORD * count
        elif not _VI_LETTERS.isdisjoint(word) or folded in vi_words:
            vi += count
        elif folded == lower and ascii_word:
            if is_syllable(lower):
                vi += _VI_SHAPE * count
            elif len(word) >= 3 and not word.isupper():
                en += _EN_WORD * count
    return vi, en


def detect_language(lines: Sequence[str]) -> str:
    """ "vi", "en" or "mixed": the share of Vietnamese evidence against English stopwords.

    >>> detect_language(["Kinh nghiệm làm việc tại công ty quảng cáo"])
    'vi'
    >>> detect_language(["kinh nghiem lam viec tai cong ty quang cao"])
    'vi'
    >>> detect_language(["Managed the client relationship for three brands"])
    'en'
    """
    vi, en = language_scores(lines)
    if vi + en < _MIN_SIGNAL:
        return "vi" if vi > en else "en"
    share = vi / (vi + en)
    if share >= _VI_SHARE:
        return "vi"
    if share <= _EN_SHARE:
        return "en"
    return "mixed"


# ---- memoising per document ---------------------------------------------------------------
# The readers ask about the same line many times while reading one CV. Their memo tables are
# emptied after every document (``forget_document_lines``), so no CV line outlives its reading
# in a process that serves many users (candidate data is never kept in a shared cache).
_DOCUMENT_CACHES: list[Any] = []


def per_document_cache(func: Callable[..., T]) -> Callable[..., T]:
    """Memoise a pure function of CV text until ``forget_document_lines`` is called."""
    cached = lru_cache(maxsize=4096)(func)
    _DOCUMENT_CACHES.append(cached)
    return cached


def forget_document_lines() -> None:
    """Empty every per-document memo table (called when a document has been read)."""
    for cached in _DOCUMENT_CACHES:
        cached.cache_clear()
    folds = getattr(_READING, "folds", None)
    if folds is not None:
        folds.clear()


@per_document_cache
def folded_words(line: str) -> tuple[str, frozenset[str]]:
    """(``fold(line)``, its ``words_of``): what the line readers ask of every line of a CV."""
    folded = fold(line)
    return folded, words_of(folded)


@per_document_cache
def words_of(folded: str) -> frozenset[str]:
    """The whole words (runs of word characters) of an already folded line; asked by several
    readers about the same line."""
    if folded.isascii():  # the same runs, split out by a byte table (40% cheaper than findall)
        return frozenset(folded.encode("ascii").translate(_ASCII_NON_WORD_BYTES).decode().split())
    return frozenset(_WORD_RUN.findall(folded))
