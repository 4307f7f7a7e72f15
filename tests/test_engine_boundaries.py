"""The engine never imports Streamlit: every matcher module is imported in a fresh process."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import matcher

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("streamlit", "altair", "ui", "app_pages")


def _modules() -> list[str]:
    return sorted(f"matcher.{m.name}" for m in pkgutil.iter_modules(matcher.__path__))


def test_engine_modules_listed():
    assert {"matcher.batch", "matcher.cli", "matcher.pipeline", "matcher.extract"} <= set(
        _modules()
    )


def test_engine_never_imports_streamlit():
    code = (
        "import importlib, json, sys\n"
        f"for name in {_modules()!r}:\n"
        "    if name != 'matcher.__main__':\n"
        "        importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[-1]) == []
