"""The documentation keeps up with the code: every command documented, the quick start true."""

import re

import pytest

from kg.cli import main
from kg.queries import names

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def quickstart() -> list[str]:
    block = re.search(r"<!-- quickstart -->\s*```sh\n(.*?)```\s*<!-- /quickstart -->", README, re.S)
    assert block, "README.md has no quick-start block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_there_are_commands():
    assert {"build", "export", "query", "contradictions", "stance-changes", "infer", "network", "viz"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help and len(main.commands[command].help.strip()) > 40
    assert "Example" in result.stdout
    assert f"kg {command}" in README, f"README.md does not document 'kg {command}'"
    assert re.search(rf"^\| `kg {re.escape(command)}\b", README, re.M), f"'kg {command}' is missing from the command table"


def test_top_level_help_has_an_example(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0 and "Example" in result.stdout
    assert all(command in result.stdout for command in COMMANDS)


def test_every_library_query_is_in_the_readme():
    missing = [name for name in names() if f"`{name}`" not in README]
    assert not missing, f"README.md does not mention these queries: {missing}"


def test_quick_start_is_two_commands_and_ci_runs_them():
    commands = quickstart()
    assert len(commands) == 2
    main_job, tests = commands
    assert "kg build" in main_job and "pip install" in main_job
    assert "pytest" in tests and "pip install" in tests
    # Debian's Python is externally managed: pip installs only into a virtual environment, made and used first.
    assert main_job.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install")
    assert tests.startswith(". .venv/bin/activate && pip install")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- quickstart -->" in ci and "README.md" in ci  # CI reads the commands from this README
    assert "exit 1" in ci and '"$status" -eq 5' in ci  # pytest's "no tests collected" fails CI
