"""The README documents what exists: every CLI command, every make target it names, every marker scripts fill."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from chronik.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return cli.list_commands(click.Context(cli, info_name="chronik"))


def test_the_cli_has_the_documented_core_commands():
    assert {"code", "eval", "export", "sql", "query", "stats", "ingest", "classify"} <= set(_commands())


@pytest.mark.parametrize("name", _commands())
def test_every_command_is_in_the_readme_and_has_help(name):
    assert f"chronik {name}" in README, f"`chronik {name}` is not documented in README.md"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_every_make_target_named_in_the_readme_exists():
    targets = set(re.findall(r"^([A-Za-z][\w-]*):", MAKEFILE, flags=re.M))
    named = set(re.findall(r"`make ([A-Za-z][\w-]*)", README))
    assert named, "the README names no make targets"
    assert named <= targets, f"README names make targets the Makefile lacks: {sorted(named - targets)}"


def test_the_readme_starts_with_make_demo_and_make_test():
    head = README[: README.index("## ", README.index("make test"))]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("mark", ["quality", "bench:extract", "bench:ingest"])
def test_the_readme_has_the_markers_that_scripts_fill(mark):
    start, end = README.find(f"<!-- {mark} -->"), README.find(f"<!-- /{mark} -->")
    assert 0 <= start < end, mark


def test_the_scripts_the_readme_names_exist():
    for path in re.findall(r"`((?:bench|examples|tools)/[\w./-]+\.(?:py|sh))`", README):
        assert (ROOT / path).is_file(), path
