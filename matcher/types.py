"""Frozen dataclasses shared by every stage of the pipeline.

A value never travels without the CV line that produced it: every field, skill hit and
criterion carries ``Evidence``. ``to_dict()`` gives the JSON-lines contract documented
in the README (keys there are stable; new keys may be added, none removed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

STATUS_OK = "ok"
STATUS_NO_TEXT = "no_text"
STATUS_ERROR = "error"


@dataclass(frozen=True)
class Evidence:
    """One line of the CV that supports a value; ``start``/``end`` mark the span in it."""

    section: str
    text: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class FileError:
    """A per-file failure with a stable code and a message in Vietnamese and English."""

    code: str
    message_en: str
    message_vi: str

    @property
    def message(self) -> str:
        return f"{self.message_vi} / {self.message_en}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "message_en": self.message_en,
            "message_vi": self.message_vi,
        }


class ReadError(Exception):
    """Raised by a stage that cannot go on; carries a ``FileError``."""

    def __init__(self, code: str, message_en: str, message_vi: str) -> None:
        super().__init__(f"{code}: {message_en}")
        self.error = FileError(code, message_en, message_vi)


@dataclass(frozen=True)
class Document:
    """Output of extract: normalised text lines of one file."""

    lines: tuple[str, ...]
    pages: int
    kind: str  # "pdf" | "docx" | "text"
    language: str  # "vi" | "en" | "mixed"
    reader: str = ""  # which library produced the text, e.g. "pypdfium2"
    has_photo: bool = False  # an embedded image that is probably a portrait
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Section:
    """A named block of lines; ``name`` is a canonical id such as "experience"."""

    name: str
    heading: str | None
    lines: tuple[str, ...]
    start: int = 0  # index of the first line (after the heading) in Document.lines


@dataclass(frozen=True)
class Role:
    title: str | None
    company: str | None
    start: str | None  # "YYYY-MM"
    end: str | None  # "YYYY-MM" | "present"
    internship: bool = False
    lines: tuple[str, ...] = ()  # the bullets under this role
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "company": self.company,
            "start": self.start,
            "end": self.end,
            "internship": self.internship,
        }


@dataclass(frozen=True)
class Education:
    degree: str | None
    school: str | None
    year: int | None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"degree": self.degree, "school": self.school, "year": self.year}


@dataclass(frozen=True)
class English:
    ielts: float | None = None
    toeic: int | None = None
    toefl: int | None = None
    level: str | None = None  # "basic" | "intermediate" | "advanced" | "fluent" | "native"
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"ielts": self.ielts, "toeic": self.toeic, "toefl": self.toefl, "level": self.level}


@dataclass(frozen=True)
class Salary:
    """Expected salary in million VND per month; ``negotiable`` when no number is given."""

    min_mvnd: float | None
    max_mvnd: float | None
    text: str
    negotiable: bool = False
    basis: str | None = None  # "gross" | "net" | None
    currency: str = "VND"
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "min_mvnd": self.min_mvnd,
            "max_mvnd": self.max_mvnd,
            "text": self.text,
            "negotiable": self.negotiable,
            "basis": self.basis,
            "currency": self.currency,
        }


@dataclass(frozen=True)
class Personal:
    """Personal data found so it can be hidden. Never read by any scoring function."""

    photo: bool = False
    date_of_birth: str | None = None  # "YYYY-MM-DD" or "YYYY"
    age: int | None = None
    gender: str | None = None  # "male" | "female" | text as written
    marital_status: str | None = None  # "single" | "married" | text as written
    hometown: str | None = None
    address: str | None = None
    national_id: str | None = None
    lines: tuple[Evidence, ...] = ()  # every line holding personal data (for redaction)

    def to_dict(self) -> dict[str, Any]:
        return {
            "photo": self.photo,
            "date_of_birth": self.date_of_birth,
            "age": self.age,
            "gender": self.gender,
            "marital_status": self.marital_status,
            "hometown": self.hometown,
            "address": self.address,
            "national_id": self.national_id,
        }


@dataclass(frozen=True)
class Candidate:
    """Everything read from one CV (stage 3), with the line each field came from."""

    name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164 for Vietnamese numbers, foreign ones as written
    current_title: str | None = None
    companies: tuple[str, ...] = ()
    years_experience: float | None = None
    years_source: str | None = None  # "roles" | "stated" | None
    roles: tuple[Role, ...] = ()
    education: tuple[Education, ...] = ()
    english: English = field(default_factory=English)
    expected_salary: Salary | None = None
    personal: Personal = field(default_factory=Personal)
    language: str = "en"
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    headline: str | None = None  # the title line under the name ("A | B" for several)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "current_title": self.current_title,
            "headline": self.headline,
            "companies": list(self.companies),
            "years_experience": self.years_experience,
            "years_source": self.years_source,
            "roles": [r.to_dict() for r in self.roles],
            "education": [e.to_dict() for e in self.education],
            "english": self.english.to_dict(),
            "expected_salary": self.expected_salary.to_dict() if self.expected_salary else None,
            "personal": self.personal.to_dict(),
            "evidence": {k: [e.to_dict() for e in v] for k, v in self.evidence.items()},
        }


# ---- scoring results (stage 4) ------------------------------------------------------------


@dataclass(frozen=True)
class SkillHit:
    id: str
    name: str  # display name in English
    name_vi: str
    evidence: tuple[Evidence, ...]
    fuzzy: bool = False  # found only by rapidfuzz, not by an exact rule

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_vi": self.name_vi,
            "fuzzy": self.fuzzy,
            "evidence": [e.to_dict() for e in self.evidence],
        }


CRITERION_STATUSES = ("met", "partial", "missing", "unknown")


@dataclass(frozen=True)
class Criterion:
    """One named part of a level score: ``points`` out of ``weight``."""

    id: str
    label_en: str
    label_vi: str
    weight: float
    points: float
    status: str  # one of CRITERION_STATUSES
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label_en": self.label_en,
            "label_vi": self.label_vi,
            "weight": self.weight,
            "points": self.points,
            "status": self.status,
            "detail": self.detail,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class LevelFit:
    level: str  # "ae" | "am" | "ad" (or "jd" for a job description)
    score: float  # 0-100, the sum of criteria points
    band: str  # "junior" | "senior"
    band_mvnd: tuple[float, float]
    criteria: tuple[Criterion, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "band": self.band,
            "band_mvnd": list(self.band_mvnd),
            "criteria": [c.to_dict() for c in self.criteria],
        }


@dataclass(frozen=True)
class Orientation:
    label: str  # "account" | "sales" | "mixed" | "unclear"
    account: float
    sales: float
    account_evidence: tuple[Evidence, ...] = ()
    sales_evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "account": self.account,
            "sales": self.sales,
            "evidence": [dict(e.to_dict(), side="account") for e in self.account_evidence]
            + [dict(e.to_dict(), side="sales") for e in self.sales_evidence],
        }


@dataclass(frozen=True)
class SalaryFit:
    level: str | None
    band: str | None
    band_mvnd: tuple[float, float] | None
    expected_mvnd: tuple[float, float] | None
    fit: str  # "within" | "below" | "above" | "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "band": self.band,
            "band_mvnd": list(self.band_mvnd) if self.band_mvnd else None,
            "expected_mvnd": list(self.expected_mvnd) if self.expected_mvnd else None,
            "fit": self.fit,
        }


@dataclass(frozen=True)
class Gap:
    criterion: str
    need: str
    have: str
    advice_en: str = ""
    advice_vi: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "need": self.need,
            "have": self.have,
            "advice_en": self.advice_en,
            "advice_vi": self.advice_vi,
        }


@dataclass(frozen=True)
class Readiness:
    current_level: str | None
    next_level: str | None
    ready_pct: float
    gaps: tuple[Gap, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "current_level": self.current_level,
            "next_level": self.next_level,
            "ready_pct": self.ready_pct,
            "gaps": [g.to_dict() for g in self.gaps],
        }


@dataclass(frozen=True)
class Assessment:
    """Stage 4 output for one candidate against every level (or one JD)."""

    skills: tuple[SkillHit, ...]
    fit: Mapping[str, LevelFit]
    best_level: str | None
    orientation: Orientation
    salary: SalaryFit
    readiness: Readiness

    def to_dict(self) -> dict[str, Any]:
        return {
            "skills": [s.to_dict() for s in self.skills],
            "fit": {k: v.to_dict() for k, v in self.fit.items()},
            "best_level": self.best_level,
            "orientation": self.orientation.to_dict(),
            "salary": self.salary.to_dict(),
            "readiness": self.readiness.to_dict(),
        }


@dataclass(frozen=True)
class Screening:
    """The result for one file: status, what was read, and (when screened) the assessment."""

    file: str
    status: str  # STATUS_OK | STATUS_NO_TEXT | STATUS_ERROR
    error: FileError | None = None
    language: str | None = None
    pages: int | None = None
    content_hash: str = ""
    profile_version: str = ""
    candidate: Candidate | None = None
    assessment: Assessment | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "language": self.language,
            "pages": self.pages,
            "content_hash": self.content_hash,
            "candidate": self.candidate.to_dict() if self.candidate else None,
        }
        if self.assessment is not None:
            out["profile_version"] = self.profile_version
            out.update(self.assessment.to_dict())
        return out
