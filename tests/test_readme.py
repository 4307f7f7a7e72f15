"""The README's documented commands, options and paths must match the project (sqlite-utils' test_docs idea)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from matcher.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subparsers() -> dict[str, object]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return dict(action.choices)


def test_readme_quick_start_is_what_ci_runs():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in quick.splitlines() if line.startswith("bash ")]
    assert commands == ["bash scripts/run_app.sh", "bash scripts/test.sh"]
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
    assert "streamlit run streamlit_app.py" in (ROOT / "scripts" / "run_app.sh").read_text()


CLI_LINES = sorted(set(re.findall(r"python -m matcher (\w+)([^\n#]*)", README)))


@pytest.mark.parametrize(("command", "rest"), CLI_LINES)
def test_readme_cli_commands_exist_with_their_options(command, rest):
    subparsers = _subparsers()
    assert command in subparsers, f"README documents `{command}`, the CLI has {sorted(subparsers)}"
    known = {opt for action in subparsers[command]._actions for opt in action.option_strings}
    for option in re.findall(r"--[a-z][a-z-]*", rest):
        assert option in known, f"README documents {option} for `{command}`"


def test_readme_documents_every_cli_command():
    documented = {command for command, _ in CLI_LINES}
    assert documented == set(_subparsers())


PATHS = sorted(
    set(
        re.findall(r"`((?:matcher|job_profiles|scripts|bench|app_pages|ui)/[\w./-]+\.\w+)`", README)
    )
    | set(re.findall(r"\((docs/screenshots/[\w.-]+)\)", README))
)


@pytest.mark.parametrize("path", PATHS)
def test_readme_paths_exist(path):
    assert (ROOT / path).exists(), f"README names {path}, which does not exist"
