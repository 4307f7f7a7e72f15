"""``python -m matcher``: parse or screen CVs from the command line, or purge expired data.

    python -m matcher parse PATH [PATH ...]
    python -m matcher screen PATH [PATH ...] [--level ae|am|ad] [--jd FILE]
                                             [--format jsonl|csv|table] [--blind]
    python -m matcher purge [--db URL]

Folders are read recursively (.pdf .docx .doc .txt .zip; ZIP archives are unpacked).
JSON lines come out in input order as soon as each file is done. Exit status: 0 when every
file got its line (even an error line), 1 when a path does not exist, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from matcher.settings import DEFAULT_LIMITS, Limits

LEVELS = ("ae", "am", "ad")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (kept separate so the README test can read its help)."""
    parser = argparse.ArgumentParser(
        prog="python -m matcher",
        description="Read and score CVs for Account Executive / Manager / Director roles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_paths(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
        p.add_argument("--blind", action="store_true", help="hide names and personal data")
        p.add_argument("--lang", choices=("vi", "en"), default="en",
                       help="language of labels and messages in csv/table")  # fmt: skip
        p.add_argument("--workers", type=int, default=None, help="worker processes")

    parse = sub.add_parser("parse", help="read CVs into JSON lines (no scoring)")
    add_paths(parse)
    screen = sub.add_parser("screen", help="read and score CVs against the levels")
    add_paths(screen)
    screen.add_argument("--level", choices=LEVELS, help="rank by this level's score")
    screen.add_argument(
        "--jd", type=Path, metavar="FILE", help="a job description to score against"
    )
    screen.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    purge = sub.add_parser("purge", help="delete candidates past their retention period")
    purge.add_argument("--db", default=None, help="database URL (default: $ACCOUNTFIT_DB)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (argparse exits with 2 on bad usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = _subparsers(parser)
    if argv and argv[0] in commands:  # paths and options in any order
        args = commands[argv[0]].parse_intermixed_args(argv[1:])
        args.command = argv[0]
    else:
        args = parser.parse_args(argv)
    if args.command == "purge":
        return _purge(args)
    try:
        return _run(args, limits=DEFAULT_LIMITS)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _purge(args: argparse.Namespace) -> int:
    from matcher.store import open_store

    store = open_store(args.db)
    try:
        removed = store.purge_expired()
    finally:
        close = getattr(store, "close", None)
        if close:
            close()
    print(json.dumps({"purged": removed}))
    return 0


def _run(args: argparse.Namespace, *, limits: Limits) -> int:
    from matcher.batch import BatchScreener, expand_archives, iter_paths, load_paths

    paths = iter_paths(args.paths)
    missing = [p for p in paths if not p.exists()]
    # Workers boot (forkserver) while this process reads the files; the pipeline (spaCy, the
    # profiles: about a second) is built once they have their jobs, unless --jd needs it first.
    with BatchScreener(limits=limits, workers=args.workers) as screener:
        from matcher.pipeline import build_pipeline

        files = expand_archives(load_paths(paths, max_bytes=limits.max_bytes), limits=limits)
        pipeline: Any = build_pipeline
        jd_profile = None
        if getattr(args, "jd", None) is not None:
            pipeline = build_pipeline()
            jd_profile = _jd_profile(args.jd, screener, pipeline)
            if jd_profile is None:
                return 2
        out = sys.stdout
        streaming = args.command == "parse" or args.format == "jsonl"
        absent = {i for i, (name, data) in enumerate(files) if not data and Path(name) in missing}
        writer = _Writer(out, len(files), blind=args.blind, lang=args.lang, stream=streaming,
                         absent=absent)  # fmt: skip
        if args.command == "parse":
            results = screener.read(files, pipeline=pipeline, on_result=writer)
        else:
            results = screener.screen(files, pipeline=pipeline, jd_profile=jd_profile,
                                      on_result=writer)  # fmt: skip
        results = [writer.fix(i, r) for i, r in enumerate(results)]
        writer.done()
        if not streaming:
            from matcher import report

            render = report.to_csv if args.format == "csv" else report.to_table
            out.write(render(results, level=args.level, blind=args.blind, lang=args.lang))
        out.flush()
    for path in missing:
        print(f"not found: {path}", file=sys.stderr)
    return 1 if missing else 0


def _jd_profile(path: Path, screener: Any, pipeline: Any) -> Any:
    from matcher.jd import profile_from_jd
    from matcher.types import FileError

    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"--jd: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None
    (result,) = screener.extract([(str(path), data)])
    if isinstance(result, FileError):
        print(f"--jd: {path}: {result.code}: {result.message_en}", file=sys.stderr)
        return None
    return profile_from_jd(result.text, pipeline.profiles, finder=pipeline.finder)


class _Writer:
    """``on_result`` callback: JSON lines in input order as soon as possible, progress on a TTY."""

    def __init__(
        self, out: IO[str], total: int, *, blind: bool, lang: str, stream: bool, absent: set[int]
    ) -> None:
        self.out, self.total, self.blind, self.lang, self.stream = out, total, blind, lang, stream
        self.absent = absent
        self.ready: dict[int, Any] = {}
        self.next = 0
        self.count = 0
        self.progress = sys.stderr.isatty()

    def fix(self, index: int, screening: Any) -> Any:
        """A path that does not exist reads as an empty file: say "not_found" instead."""
        if index not in self.absent:
            return screening
        from dataclasses import replace

        from matcher.errors import file_error

        return replace(screening, error=file_error("not_found"))

    def __call__(self, index: int, screening: Any) -> None:
        self.count += 1
        screening = self.fix(index, screening)
        if self.stream:
            from matcher.report import screening_dict

            self.ready[index] = screening
            while self.next in self.ready:
                item = self.ready.pop(self.next)
                data = screening_dict(item, n=self.next + 1, blind=self.blind, lang=self.lang)
                self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
                self.next += 1
        if self.progress:
            sys.stderr.write(f"\r{self.count}/{self.total}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.progress and self.total:
            sys.stderr.write("\n")
