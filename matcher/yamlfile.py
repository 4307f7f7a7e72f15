"""YAML through libyaml's C parser when PyYAML was built with it (about 10x faster than the
pure-Python one: worker start-up parses every data file), else the pure-Python safe loader.

Both are safe loaders: plain data only, never Python objects.

>>> load_yaml("a: [1, two]")
{'a': [1, 'two']}
"""

from __future__ import annotations

from typing import IO, Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(source, Loader=SAFE_LOADER)  # noqa: S506 - SAFE_LOADER is a safe loader
