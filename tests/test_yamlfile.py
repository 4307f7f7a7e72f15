"""The YAML loader: the same data as yaml.safe_load, and just as safe."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from matcher.yamlfile import load_yaml

DATA_FILES = sorted((Path(__file__).resolve().parents[1] / "job_profiles").rglob("*.yaml"))


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.name for p in DATA_FILES])
def test_yamlfile_load_yaml_reads_every_data_file_as_safe_load_does(path):
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


@pytest.mark.parametrize(
    "text",
    ["!!python/object/apply:os.system ['true']", "a: !!python/name:os.system"],
    ids=["apply", "name"],
)
def test_yamlfile_load_yaml_refuses_python_objects(text):
    with pytest.raises(yaml.YAMLError):
        load_yaml(text)
