"""Find skills (and the other catalogue phrases) in CV sections, with the line that shows each.

One spaCy ``PhraseMatcher`` over a blank multilingual tokenizer matches every phrase of
job_profiles/ (skill aliases, context words, orientation signals, responsibility phrases) on a
folded copy of each line whose offsets equal the original's, so evidence spans point into the
CV text. rapidfuzz then looks for misspellings and word-order variants, only for skills the
exact pass did not find. Context rules (signals.yaml) drop hits such as "chăm sóc khách hàng"
in a call-centre CV or "công nợ" in an accountant's.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

import numpy as np
import spacy
from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from matcher.profiles import Alias, ProfileSet, fold_chars
from matcher.text import WRAP_MIN_CHARS, match_key
from matcher.types import Evidence, Section, SkillHit

SKIPPED_SECTIONS = frozenset({"personal"})
# rapidfuzz thresholds (0-100): a window of the same number of words as an alias, compared
# with token_sort_ratio (order-free); single words only when long enough to be safe.
FUZZY_MIN_CHARS = 8
FUZZY_CUTOFF = 90.0
SHORT_WORD = 4
_NON_WORD_CHAR = re.compile(r"[^\w]")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|\s+")


GLUED_MIN_CHARS = 13  # a "word" this long is usually several words a PDF lost the spaces of
GLUED_MIN_KEY = 6  # only phrases this long are looked for inside such words
LINE_JOIN = " \n "  # between folded lines: a piece of its own when the text is split at spaces


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation shaped as a trie, so many literals are searched in one pass.

    >>> re.findall(trie_pattern(["brief", "budget", "bud"]), "xbudgetbrief")
    ['budget', 'brief']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def fold_line(line: str) -> str:
    """``match_key``-style folding that keeps every character at its offset.

    >>> fold_line("Kỹ năng: Báo giá")
    'ki nang  bao gia'
    """
    if not unicodedata.is_normalized("NFC", line):
        nfc = unicodedata.normalize("NFC", line)
        if len(nfc) == len(line):
            line = nfc
    return fold_chars(line)


def whole_score(score: float) -> int:
    """A rapidfuzz score rounded half up, as ``process.cdist(..., dtype=np.uint8)`` stores it.

    >>> whole_score(92.5), whole_score(92.49), whole_score(0.0)
    (93, 92, 0)
    """
    return math.floor(score + 0.5)


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on ``previous`` (a wrapped bullet, not a new item).

    >>> _continues("- Quản lý 4 khách hàng ngành ngân hàng và bảo hiểm, là người liên hệ", "chính")
    True
    >>> _continues("- Lên proposal cho chiến dịch activation của nhãn hàng", "- Dự toán")
    False
    """
    head = line.lstrip()
    if not head or not head[0].islower():  # most lines: a new item starts with a capital
        return False
    tail = previous.rstrip()
    return len(tail) >= WRAP_MIN_CHARS and tail[-1] not in ".:;!?"


class LineRef(NamedTuple):
    """One CV line the scan reads (a wrapped bullet joined), with its folded copy."""

    section: str
    text: str
    folded: str
    section_index: int  # which section (position in the input)
    line_index: int  # position inside the section


class PhraseHit(NamedTuple):
    """Where one catalogue phrase stands in a scanned line."""

    key: str  # the phrase's match key
    line: int  # index into Scan.lines
    start: int
    end: int


class Scan:
    """Every catalogue phrase found in one CV (one matcher pass), grouped by phrase key."""

    def __init__(
        self,
        lines: tuple[LineRef, ...],
        hits: dict[str, list[PhraseHit]],
        compiled: frozenset[str] = frozenset(),
        pieces: list[str] | None = None,
        line_starts: list[int] | None = None,
    ) -> None:
        self.lines = lines
        self.hits = hits
        self.compiled = compiled
        # the folded lines joined with LINE_JOIN and split at each space (see _text_doc)
        if pieces is None:
            pieces = LINE_JOIN.join(ref.folded for ref in lines).split(" ")
        self.pieces = pieces
        if line_starts is None:  # where each line starts in the joined text
            line_starts = list(
                accumulate((len(r.folded) + len(LINE_JOIN) for r in lines), initial=0)
            )
        self.line_starts = line_starts

    def lines_holding(self, words: Iterable[str]) -> list[int]:
        """The lines (indexes, in order) holding any of ``words`` as a whole folded word."""
        text = LINE_JOIN.join(ref.folded for ref in self.lines)
        found: set[int] = set()
        for word in words:
            start = text.find(word)
            while start >= 0:
                end = start + len(word)
                if (start == 0 or text[start - 1] == " ") and (
                    end == len(text) or text[end] == " "
                ):
                    found.add(bisect_right(self.line_starts, start) - 1)
                start = text.find(word, start + 1)
        return sorted(found)

    def find(self, key: str) -> list[PhraseHit]:
        """Hits of one phrase key; a key the matcher was not built with is searched directly."""
        if key in self.hits:
            return self.hits[key]
        out: list[PhraseHit] = []
        if not key or key in self.compiled:
            return out
        body = r"\s+".join(re.escape(w) for w in key.split())
        pattern = re.compile(r"(?<!\w)" + body + r"(?!\w)")
        for i, ref in enumerate(self.lines):
            for m in pattern.finditer(ref.folded):
                out.append(PhraseHit(key, i, m.start(), m.end()))
        self.hits[key] = out
        return out

    def lines_with(self, keys: Iterable[str]) -> set[int]:
        return {h.line for k in keys for h in self.find(k)}

    def evidence(self, hit: PhraseHit) -> Evidence:
        ref = self.lines[hit.line]
        return Evidence(ref.section, ref.text, hit.start, hit.end)


class SkillFinder:
    """Compiled once per profile set; ``find`` is pure and cheap per CV."""

    def __init__(self, profiles: ProfileSet) -> None:
        self.profiles = profiles
        self.nlp = spacy.blank("xx")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        keys: set[str] = set()
        self.skill_aliases: dict[str, tuple[Alias, ...]] = {}
        for skill in profiles.skills.values():
            self.skill_aliases[skill.id] = skill.aliases
            keys.update(a.key for a in skill.aliases)
        # alias key -> (rank in catalogue order, skill id, alias) of each alias with that key
        self._aliases_of: dict[str, list[tuple[int, str, Alias]]] = defaultdict(list)
        rank = 0
        for sid, aliases in self.skill_aliases.items():
            for alias in aliases:
                self._aliases_of[alias.key].append((rank, sid, alias))
                rank += 1
        self._alias_keys = frozenset(self._aliases_of)
        self.context_keys = {
            name: tuple(match_key(p) for p in rule.phrases)
            for name, rule in profiles.signals.contexts.items()
        }
        for group in self.context_keys.values():
            keys.update(group)
        ori = profiles.signals.orientation
        keys.update(match_key(p) for p, _ in (*ori.account, *ori.sales))
        for level in profiles.levels.values():
            for resp in level.responsibilities:
                keys.update(match_key(p) for p in resp.phrases)
        for kind in profiles.titles.context_kinds:
            keys.update(kind.phrases)
        for flag in profiles.signals.jd_flags:
            keys.update(match_key(p) for p in flag.phrases)
        keys.discard("")
        self.keys = frozenset(keys)
        for key in sorted(keys):
            self.matcher.add(key, [self._doc(key)])
        self._words = frozenset(w for k in keys for w in k.split())
        # each catalogue word's orth id: a Doc built from ids skips hashing every word again
        self._orth_of = {w: self.nlp.vocab.strings[w] for w in self._words}
        self._key_of = {self.nlp.vocab.strings[k]: k for k in keys}
        # phrases inside glued words ("mediarelations"): longest first through a trie regex
        self._compact = {
            k.replace(" ", ""): k
            for k in sorted(keys, key=len)
            if len(k.replace(" ", "")) >= GLUED_MIN_KEY
        }
        self._glued_re = re.compile(trie_pattern(self._compact))
        # fuzzy tables: aliases without context rules; long words may be misspelt, short
        # syllables must match exactly (Vietnamese words one letter apart differ: toán/tăng)
        self._alias_words: dict[str, tuple[str, int, frozenset[str], frozenset[str]]] = {}
        self._long_index: dict[str, set[str]] = defaultdict(set)  # long word -> alias keys
        for sid, aliases in self.skill_aliases.items():
            for a in aliases:
                if a.require or a.reject or len(a.key) < FUZZY_MIN_CHARS:
                    continue
                words = a.key.split()
                long = frozenset(w for w in words if len(w) > SHORT_WORD)
                if not long:
                    continue
                short = frozenset(w for w in words if len(w) <= SHORT_WORD)
                self._alias_words[a.key] = (sid, len(words), long, short)
                for w in long:
                    self._long_index[w].add(a.key)
        self._vocab = sorted(self._long_index)
        self._vocab_set = frozenset(self._vocab)
        # an alias needs every one of its long words on the line: it is looked at only on lines
        # holding its rarest one (fewest aliases share it), its trigger
        self._by_trigger: dict[str, list[str]] = defaultdict(list)
        for key, (_sid, _n, long, _short) in sorted(self._alias_words.items()):
            trigger = min(long, key=lambda w: (len(self._long_index[w]), -len(w), w))
            self._by_trigger[trigger].append(key)
        self._triggers = frozenset(self._by_trigger)
        # per trigger, its aliases with what _candidates tests: (key, skill id, long, short)
        self._trigger_aliases: dict[str, list[tuple[str, str, frozenset[str], frozenset[str]]]]
        self._trigger_aliases = defaultdict(list)
        for trigger, keys in self._by_trigger.items():
            for key in keys:
                sid, _n, long, short = self._alias_words[key]
                self._trigger_aliases[trigger].append((key, sid, long, short))
        self._bands: dict[int, list[str]] = {}  # word length -> catalogue words it may match

    def _doc(self, folded: str) -> Doc:
        """A spaCy Doc of a catalogue phrase (folded): after folding only word runs are left, so
        the blank tokenizer's affix rules have nothing to do; building the Doc from the runs
        directly is the same tokenization at a fraction of the cost."""
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKEN.finditer(folded):
            piece = m.group()
            if not piece[0].isspace():
                words.append(piece)
                spaces.append(False)
            elif words:
                spaces[-1] = True
        return Doc(self.nlp.vocab, words=words, spaces=spaces)

    def _text_doc(self, folded_lines: Sequence[str]) -> tuple[Doc, list[int], list[int], list[str]]:
        """A Doc of the catalogue's words in the CV's folded lines, in order, and where they stand.

        Folded lines hold only word characters and spaces, so splitting at each single space
        gives the words, with an empty piece wherever two spaces meet. The lines are joined with
        " \\n " and split once: the piece "\\n" keeps the last word of a line from running on
        into the next. Returns the Doc; the characters before each piece but its spaces
        (piece k starts at ``letters[k] + k`` in the joined text, after k spaces); the piece
        index of each Doc token; and the pieces. CV words outside the catalogue never enter
        the StringStore, so the vocabulary stays the catalogue's however many CVs a
        long-running process reads, and the Doc is short.
        """
        pieces = LINE_JOIN.join(folded_lines).split(" ")
        letters = list(accumulate(map(len, pieces), initial=0))
        words = self._words
        picked = [k for k, piece in enumerate(pieces) if piece in words]
        orth_of = self._orth_of
        doc = Doc(self.nlp.vocab, words=[orth_of[pieces[k]] for k in picked])
        return doc, letters, picked, pieces

    # ---- one pass over the CV ----------------------------------------------------------

    def scan(self, sections: Sequence[Section], *, exclude_lines: Iterable[str] = ()) -> Scan:
        """Match every compiled phrase in the CV's lines (personal data left out)."""
        excluded = {e.strip() for e in exclude_lines if e and e.strip()}
        refs: list[LineRef] = []
        for si, section in enumerate(sections):
            if section.name in SKIPPED_SECTIONS:
                continue
            last = -2
            for li, line in enumerate(section.lines):
                stripped = line.strip()
                if not stripped or stripped in excluded:
                    continue
                if last == li - 1 and refs and _continues(refs[-1].text, line):
                    prev = refs[-1]  # a bullet the PDF wrapped onto the next line: one bullet
                    text = f"{prev.text} {line}"
                    refs[-1] = LineRef(section.name, text, fold_line(text), si, prev.line_index)
                else:
                    refs.append(LineRef(section.name, line, fold_line(line), si, li))
                last = li
        line_starts: list[int] = []  # where each line starts in the joined text
        pos = 0
        for ref in refs:
            line_starts.append(pos)
            pos += len(ref.folded) + len(LINE_JOIN)
        doc, letters, picked, pieces = self._text_doc([r.folded for r in refs])
        hits: dict[str, list[PhraseHit]] = defaultdict(list)
        for match_id, start, end in self.matcher(doc):
            first, last = picked[start], picked[end - 1]
            if last - first != end - start - 1:
                continue  # the words stand apart in the CV (other words or a break between)
            start_char = letters[first] + first
            end_char = letters[last] + last + len(pieces[last])
            li = bisect_right(line_starts, start_char) - 1
            key = self._key_of[match_id]
            hits[key].append(
                PhraseHit(key, li, start_char - line_starts[li], end_char - line_starts[li])
            )
        for k, piece in enumerate(pieces):  # a glued word never crosses a line break
            if len(piece) < GLUED_MIN_CHARS:
                continue
            li = bisect_right(line_starts, letters[k] + k) - 1
            offset = letters[k] + k - line_starts[li]
            for m in self._glued_re.finditer(piece):
                key = self._compact[m.group()]
                hits[key].append(PhraseHit(key, li, offset + m.start(), offset + m.end()))
        return Scan(tuple(refs), dict(hits), self.keys, pieces, line_starts)

    # ---- context rules -----------------------------------------------------------------

    def _context_ok(
        self, scan: Scan, alias: Alias, hit: PhraseHit, doc_contexts: dict[str, bool]
    ) -> bool:
        """Apply the alias's ``reject`` (CV-wide) and ``require`` (nearby) context rules."""
        line = hit.line
        contexts = self.profiles.signals.contexts
        if alias.reject:
            if alias.reject not in doc_contexts:
                rule = contexts[alias.reject]
                doc_contexts[alias.reject] = (
                    len(scan.lines_with(self.context_keys[alias.reject])) >= rule.min_hits
                )
            if doc_contexts[alias.reject]:
                return False
        if alias.require:
            rule = contexts[alias.require]
            ref = scan.lines[line]
            keys = self.context_keys[alias.require]
            if rule.scope == "document":
                return len(scan.lines_with(keys)) >= rule.min_hits
            for key in keys:
                for other_hit in scan.find(key):
                    other = scan.lines[other_hit.line]
                    if other_hit.line == line and (
                        other_hit.start < hit.end and hit.start < other_hit.end
                    ):
                        continue  # the alias itself is not its own context
                    if (
                        other.section_index == ref.section_index
                        and abs(other.line_index - ref.line_index) <= rule.window
                    ):
                        return True
            return False
        return True

    # ---- skills --------------------------------------------------------------------------

    def find_in_scan(self, scan: Scan) -> tuple[SkillHit, ...]:
        """Skill hits from a scan: exact matches with context rules, then fuzzy for the rest."""
        found: dict[str, dict[int, Evidence]] = {}
        doc_contexts: dict[str, bool] = {}
        # the aliases the scan found (every alias key is compiled), in catalogue order
        matched = sorted(
            entry
            for key in self._alias_keys.intersection(scan.hits)
            for entry in self._aliases_of[key]
        )
        for _rank, sid, alias in matched:
            for hit in scan.hits[alias.key]:
                if hit.line in found.get(sid, {}):
                    continue
                if (alias.require or alias.reject) and not self._context_ok(
                    scan, alias, hit, doc_contexts
                ):
                    continue  # most aliases have no context rule: no call for them
                found.setdefault(sid, {})[hit.line] = scan.evidence(hit)
        fuzzy = self._fuzzy(scan, missing=set(self.skill_aliases) - set(found))
        out: list[SkillHit] = []
        for sid, skill in self.profiles.skills.items():
            lines = found.get(sid) or fuzzy.get(sid)
            if not lines:
                continue
            evidence = tuple(lines[i] for i in sorted(lines))
            out.append(
                SkillHit(sid, skill.name_en, skill.name_vi, evidence, fuzzy=sid not in found)
            )
        return tuple(out)

    def _near_lengths(self, length: int) -> list[str]:
        """Catalogue words long enough and short enough for ``fuzz.ratio`` to reach the cutoff
        against a word of ``length`` letters that is no catalogue word itself
        (ratio <= 1 - edits / (a + b)), in catalogue order."""
        band = self._bands.get(length)
        if band is None:
            slack = 100 - FUZZY_CUTOFF
            # the fewest edits between two different words: their length difference, or one
            # letter out and one in when the lengths are equal (the word is no catalogue word)
            band = [
                w
                for w in self._vocab
                if 100 * (abs(len(w) - length) or 2) <= slack * (len(w) + length)
            ]
            self._bands[length] = band
        return band

    def _corrections(self, words: set[str]) -> dict[str, str]:
        """Each word mapped to the catalogue word it is a misspelling of, or to itself.

        One rapidfuzz ``cdist`` per word length over a CV's unknown words, against only the
        catalogue words whose length can reach the cutoff: the best ratio at or above the
        cutoff, the first in catalogue order on a tie, as ``extractOne`` picks. Kept for this
        CV only, so no CV's words outlive its screening.
        """
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:  # each word's best is its own: the order of the queries is free
            by_length[len(word)].append(word)
        fixes: dict[str, str] = {}
        for length, queries in by_length.items():
            choices = self._near_lengths(length)
            if not choices:
                continue
            # rapidfuzz's own float32 matrix fills faster than a uint8 one; the few hits are
            # rounded here to the whole numbers uint8 held, so ties are decided as before
            scores = process.cdist(queries, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            hits = np.flatnonzero(scores)  # few: most words are no misspelling
            if not hits.size:
                continue
            best: dict[int, tuple[int, int]] = {}
            for pos, exact in zip(hits.tolist(), scores.ravel()[hits].tolist(), strict=True):
                score = whole_score(exact)
                row, col = divmod(pos, len(choices))
                if score > best.get(row, (0, 0))[0]:  # row-major: the first best in a tie
                    best[row] = (score, col)
            for row, (_score, col) in best.items():
                fixes[queries[row]] = choices[col]
        return fixes

    def _fuzzy(self, scan: Scan, *, missing: set[str]) -> dict[str, dict[int, Evidence]]:
        """Misspellings and word-order variants of aliases of the skills not found exactly.

        A line is looked at word by word only when its (corrected) words hold every long and
        short word of an alias of a missing skill.
        """
        out: dict[str, dict[int, Evidence]] = {}
        if not missing:
            return out
        shortest = FUZZY_MIN_CHARS - 2
        # the scan's pieces: their hashes are cached already, so these sets come cheap
        words_seen = set(scan.pieces)
        words_seen.discard("")
        fixes = self._corrections({w for w in words_seen - self._vocab_set if len(w) >= shortest})
        words_seen.update(fixes.values())  # from here on: the words held, corrected or not
        by_trigger = self._candidates(missing, words_seen)
        if not by_trigger:
            return out
        # a line can hold a trigger only through one of its words or a word corrected to one
        sources = by_trigger.keys() | {w for w, fixed in fixes.items() if fixed in by_trigger}
        for li in scan.lines_holding(sources):
            words = scan.lines[li].folded.split()
            present = set(words)
            if fixes and not present.isdisjoint(fixes):
                present = {fixes.get(w, w) for w in words}
            heads = by_trigger.keys() & present
            ref = scan.lines[li]
            fixed: list[str] = []
            spans: list[tuple[int, int]] = []
            for key in sorted([k for w in heads for k in by_trigger[w]]):
                sid, n, long, short = self._alias_words[key]
                if li in out.get(sid, {}):
                    continue
                if not (long <= present and short <= present):
                    continue
                if not spans:  # the words corrected, and where they stand, once per line
                    fixed = [fixes.get(w, w) for w in words]
                    spans = [m.span() for m in _WORD.finditer(ref.folded)]
                for st in range(0, len(words) - n + 1):
                    window = " ".join(fixed[st : st + n])
                    if fuzz.token_sort_ratio(window, key) >= FUZZY_CUTOFF:
                        original = " ".join(words[st : st + n])
                        if original == key:  # an exact match dropped by a rule: leave it
                            continue
                        out.setdefault(sid, {})[li] = Evidence(
                            ref.section, ref.text, spans[st][0], spans[st + n - 1][1]
                        )
                        break
        return out

    def _candidates(self, missing: set[str], held: set[str]) -> dict[str, list[str]]:
        """The fuzzy aliases of missing skills whose words the CV holds somewhere (corrected),
        grouped by trigger: no other alias can find all its words on one line."""
        out: dict[str, list[str]] = {}
        for trigger in self._triggers.intersection(held):
            for key, sid, long, short in self._trigger_aliases[trigger]:
                if sid in missing and long <= held and short <= held:
                    out.setdefault(trigger, []).append(key)
        return out

    def find(
        self, sections: Sequence[Section], *, exclude_lines: Iterable[str] = ()
    ) -> tuple[SkillHit, ...]:
        """Every skill found, each with its evidence lines; personal lines never count."""
        return self.find_in_scan(self.scan(sections, exclude_lines=exclude_lines))
