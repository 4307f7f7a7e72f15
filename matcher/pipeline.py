"""The five stages, one line each: extract -> sections -> read -> assess (-> present elsewhere).

``Pipeline`` holds what is expensive to build (profiles, the spaCy skill matcher) and is
built once per process; every method is pure with respect to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from matcher.assess import assess
from matcher.extract import extract, has_text
from matcher.fields import read_sections_and_candidate
from matcher.profiles import JobProfile, ProfileSet, load_profiles
from matcher.skills import SkillFinder
from matcher.types import (
    STATUS_ERROR,
    STATUS_NO_TEXT,
    STATUS_OK,
    Candidate,
    Document,
    ReadError,
    Screening,
    Section,
)


def content_hash(data: bytes) -> str:
    """SHA-256 of the file's bytes: the identity of a CV for caches and duplicates."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Pipeline:
    profiles: ProfileSet
    finder: SkillFinder
    today: date = field(default_factory=date.today)

    def read(self, document: Document) -> tuple[tuple[Section, ...], Candidate]:
        """Stages 2-3: sections and the candidate read from them."""
        return read_sections_and_candidate(document, today=self.today)  # Steps 2-3

    def read_document(
        self,
        document: Document,
        *,
        file: str = "",
        digest: str = "",
        already_read: tuple[tuple[Section, ...], Candidate] | None = None,
    ) -> Screening:
        """Stages 2-3 on an extracted document (no scoring).

        ``already_read``: the (sections, candidate) a batch worker has read from this very
        document with a pipeline of the same reference date, so they are not read twice.
        """
        if not has_text(document):
            return Screening(
                file=file,
                status=STATUS_NO_TEXT,
                language=None,
                pages=document.pages,
                content_hash=digest,
            )
        _, candidate = already_read or self.read(document)
        return Screening(
            file=file,
            status=STATUS_OK,
            language=document.language,
            pages=document.pages,
            content_hash=digest,
            candidate=candidate,
        )

    def screen_document(
        self,
        document: Document,
        *,
        file: str = "",
        digest: str = "",
        jd_profile: JobProfile | None = None,
        already_read: tuple[tuple[Section, ...], Candidate] | None = None,
    ) -> Screening:
        """Stages 2-4 on an extracted document (``already_read`` as in ``read_document``)."""
        version = self.profiles.version
        if not has_text(document):
            return replace(
                self.read_document(document, file=file, digest=digest), profile_version=version
            )
        sections, candidate = already_read or self.read(document)  # Steps 2-3
        assessment = assess(  # Step 4
            candidate, sections, profiles=self.profiles, finder=self.finder, jd_profile=jd_profile
        )
        read = self.read_document(
            document, file=file, digest=digest, already_read=(sections, candidate)
        )
        return replace(read, profile_version=version, assessment=assessment)

    def read_bytes(self, data: bytes, *, file: str = "") -> Screening:
        """Extract and read one file; never raises for a bad file."""
        digest = content_hash(data)
        try:
            document = extract(data, filename=file)  # Step 1
        except ReadError as exc:
            return Screening(file=file, status=STATUS_ERROR, error=exc.error, content_hash=digest)
        return self.read_document(document, file=file, digest=digest)

    def screen_bytes(
        self, data: bytes, *, file: str = "", jd_profile: JobProfile | None = None
    ) -> Screening:
        """Extract, read and assess one file; never raises for a bad file."""
        digest = content_hash(data)
        try:
            document = extract(data, filename=file)  # Step 1
        except ReadError as exc:
            return Screening(
                file=file,
                status=STATUS_ERROR,
                error=exc.error,
                content_hash=digest,
                profile_version=self.profiles.version,
            )
        return self.screen_document(document, file=file, digest=digest, jd_profile=jd_profile)


def build_pipeline(*, profiles: ProfileSet | None = None, today: date | None = None) -> Pipeline:
    """Load the job profiles and build the skill matcher (the expensive part, done once)."""
    profiles = profiles or load_profiles()
    return Pipeline(profiles=profiles, finder=SkillFinder(profiles), today=today or date.today())


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide pipeline over the bundled profiles (immutable, safe to share)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build_pipeline()
    return _DEFAULT


def _load(source: str | Path | bytes, filename: str | None) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), filename or ""
    path = Path(source)
    return path.read_bytes(), filename or str(path)


def read_file(
    source: str | Path | bytes, *, filename: str | None = None, pipeline: Pipeline | None = None
) -> Candidate:
    """Read one CV into a ``Candidate``; raises ``ReadError`` for a file that cannot be read."""
    data, name = _load(source, filename)
    result = (pipeline or default_pipeline()).read_bytes(data, file=name)
    if result.status == STATUS_ERROR and result.error:
        raise ReadError(result.error.code, result.error.message_en, result.error.message_vi)
    if result.candidate is None:
        raise ReadError(
            "no_text",
            "The file has no text layer (a scan?).",
            "Tệp không có lớp chữ (có thể là bản scan).",
        )
    return result.candidate


def screen_file(
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    pipeline: Pipeline | None = None,
    jd_profile: JobProfile | None = None,
) -> Screening:
    """Read and score one CV; a bad file gives a ``Screening`` with status "error"."""
    data, name = _load(source, filename)
    return (pipeline or default_pipeline()).screen_bytes(data, file=name, jd_profile=jd_profile)


def screen_text(
    text: str,
    *,
    filename: str = "<text>",
    pipeline: Pipeline | None = None,
    jd_profile: JobProfile | None = None,
) -> Screening:
    """Score CV text that is already extracted (UTF-8 text goes through the text reader)."""
    return screen_file(
        text.encode("utf-8"), filename=filename, pipeline=pipeline, jd_profile=jd_profile
    )
