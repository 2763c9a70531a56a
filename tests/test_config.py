"""Configuration: discovery, precedence, severity overrides, and errors that say where and how."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import check
from factcheck.cli import main
from factcheck.config import (
    Config,
    ConfigError,
    _key_line,
    discover_config,
    find_config_file,
    load_config_file,
)
from factcheck.models import Severity

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """The example with two wrong figures: NUM101 blames a vote count, NUM104 the majority."""
    text = EXAMPLE.read_text("utf-8").replace("11846", "11486")
    text = text.replace('"majority": 27712', '"majority": 27000')
    path = tmp_path / "data" / "bad.json"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def write(path: Path, text: str) -> Path:
    """Write a file (and its folders) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(path: Path) -> str:
    """The message of the ConfigError loading ``path`` raises."""
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    return str(info.value)


def severities(path: Path, config: Config) -> dict[str, Severity]:
    """Finding severity by rule code, for the bad file."""
    return {f.rule: f.severity for f in check(path, config=config).findings}


# -- reading ---------------------------------------------------------------------------------


def test_every_key_is_read_from_pyproject(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.factcheck]\nselect = ["NUM"]\n'
        'extend-select = ["NUM101"]\nignore = ["rank-order-mismatch"]\n'
        'fail-on = "error"\nrounding = "half-even"\nshow-not-checked = true\n\n'
        '[tool.factcheck.severity]\nturnout-mismatch = "warning"\nNUM10 = "info"\n',
    )
    config = load_config_file(path)
    assert config == Config(
        select=("NUM",),
        extend_select=("NUM101",),
        ignore=("rank-order-mismatch",),
        fail_on=Severity.ERROR,
        rounding="half-even",
        show_not_checked=True,
        severity={"turnout-mismatch": Severity.WARNING, "NUM10": Severity.INFO},
    )


def test_factcheck_toml_keys_are_top_level_and_a_string_is_a_one_item_list(
    tmp_path: Path,
) -> None:
    config = load_config_file(write(tmp_path / "factcheck.toml", 'select = "NUM101"\n'))
    assert config.select == ("NUM101",)
    assert config.ignore == ()
    assert config.fail_on is Severity.WARNING


def test_defaults() -> None:
    config = Config()
    assert config.select is None
    assert config.fail_on is Severity.WARNING
    assert config.rounding == "half-up"
    assert config.severity == {}
    assert config.merged(fail_on=None, rounding="any").rounding == "any"
    assert config.merged(fail_on=None).fail_on is Severity.WARNING


# -- discovery -----------------------------------------------------------------------------------


def test_discovery_finds_the_nearest_file(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'rounding = "any"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == tmp_path / "factcheck.toml"
    assert discover_config(deep).rounding == "any"
    nearer = write(tmp_path / "a" / "pyproject.toml", '[tool.factcheck]\nrounding = "half-even"\n')
    assert find_config_file(deep) == nearer
    assert discover_config(deep).rounding == "half-even"


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "factcheck.toml", 'rounding = "any"\n')
    write(tmp_path / "inner" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config_file(tmp_path / "inner") == outer


def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nrounding = "half-even"\n')
    write(tmp_path / "factcheck.toml", 'rounding = "any"\n')
    assert discover_config(tmp_path).rounding == "any"


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    assert find_config_file(tmp_path) is None
    assert discover_config(tmp_path) == Config()


def test_broken_pyproject_that_mentions_factcheck_stops_discovery(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'rounding = "any"\n')
    broken = write(tmp_path / "inner" / "pyproject.toml", "[tool.factcheck\nselect = 1\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml:1:16: not valid TOML: Expected ']'"):
        find_config_file(broken.parent)


def test_broken_pyproject_about_something_else_is_skipped(tmp_path: Path) -> None:
    outer = write(tmp_path / "factcheck.toml", 'rounding = "any"\n')
    write(tmp_path / "inner" / "pyproject.toml", "[tool.ruff\n")
    assert find_config_file(tmp_path / "inner") == outer


# -- errors ----------------------------------------------------------------------------------------


def test_unknown_key_names_file_line_and_suggestion(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.factcheck]\nselect = ["NUM"]\nfail-onn = "error"\n',
    )
    assert config_error(path) == (
        f"{path}:6: unknown key 'fail-onn' in [tool.factcheck]; did you mean 'fail-on'?"
    )


def test_snake_case_keys_are_refused_with_the_kebab_case_name(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", "\n\nshow_not_checked = true\n")
    message = config_error(path)
    assert message.startswith(f"{path}:3: unknown key 'show_not_checked' at the top level;")
    assert "did you mean 'show-not-checked'?" in message


def test_unknown_key_with_nothing_close_lists_the_known_keys(tmp_path: Path) -> None:
    message = config_error(write(tmp_path / "factcheck.toml", "zzz = 1\n"))
    assert "known keys: select, extend-select, ignore, severity, fail-on" in message


def test_unknown_table_is_reported_at_its_header(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.factcheck]\n\n[tool.factcheck.bogus]\nx=1\n")
    assert config_error(path).startswith(f"{path}:3: unknown key 'bogus' in [tool.factcheck]")


def test_tool_table_inside_factcheck_toml_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", '[tool.factcheck]\nselect = ["NUM"]\n')
    message = config_error(path)
    assert message.startswith(f"{path}:1: unknown key 'tool'")
    assert "settings go at the top level" in message


@pytest.mark.parametrize(
    ("body", "line", "phrase"),
    [
        ("fail-on = 3", 2, "fail-on: expected one of 'warning', 'error'; got 3"),
        ('fail-on = "info"', 2, "info findings never fail a check"),
        ('rounding = "half_up"', 2, "did you mean 'half-up'?"),
        ("select = 5", 2, 'select: expected a list of rule selectors, such as ["NUM101"]'),
        ("ignore = [1]", 2, "ignore[0]: expected a string in quotes; got 1"),
        ('severity = "x"', 2, "severity: expected a table"),
        ('severity = { NUM = "loud" }', 2, "severity.NUM: expected one of 'info', 'warning'"),
        ('show-not-checked = "yes"', 2, "show-not-checked: expected true or false"),
        ('select = ["NUM9"]', 2, "select entry 'NUM9' matches no rule"),
        ('ignore = ["share-vote-mismatch"]', 2, "did you mean 'share-votes-mismatch'?"),
        ('extend-select = ["XYZ"]', 2, "extend-select entry 'XYZ' matches no rule"),
        ("[tool.factcheck.severity]\nNUM999 = 'info'", 3, "severity entry 'NUM999'"),
        ("severity.NUM999 = 'info'", 2, "severity entry 'NUM999'"),
        ("[tool.factcheck.severity]\n'shares-exceed' = 'info'", 3, "shares-exceed"),
    ],
)
def test_wrong_values_name_the_line_and_the_fix(
    tmp_path: Path, body: str, line: int, phrase: str
) -> None:
    path = write(tmp_path / "pyproject.toml", f"[tool.factcheck]\n{body}\n")
    message = config_error(path)
    assert message.startswith(f"{path}:{line}: ")
    assert phrase in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", 'fail-on = 3\nrounding = "no"\nbogus = 1\n')
    lines = config_error(path).splitlines()
    assert [ln.split(": ", 1)[0] for ln in sorted(lines)] == [
        f"{path}:1",
        f"{path}:2",
        f"{path}:3",
    ]


def test_bad_toml_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", 'select = ["NUM"]\nrounding = \n')
    assert config_error(path).startswith(f"{path}:2:12: not valid TOML: ")


def test_unreadable_or_missing_files(tmp_path: Path) -> None:
    assert config_error(tmp_path / "none.toml") == (
        f"{tmp_path / 'none.toml'}: configuration file not found"
    )
    latin = tmp_path / "factcheck.toml"
    latin.write_bytes('rounding = "café"'.encode("latin-1"))
    assert "cannot read the configuration file" in config_error(latin)


def test_explicit_pyproject_without_a_table_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert "has no [tool.factcheck] table" in config_error(path)
    bad = write(tmp_path / "x" / "pyproject.toml", "[tool]\nfactcheck = 1\n")
    assert "tool.factcheck must be a table" in config_error(bad)


SEVERITY_NUM = ("tool", "factcheck", "severity", "NUM")
SELECT = ("tool", "factcheck", "select")


@pytest.mark.parametrize(
    ("text", "target", "line"),
    [
        ("a = 1\n[tool.factcheck]\nselect = []\n", SELECT, 3),
        ("[tool.factcheck]\nseverity = { NUM = 'x' }\n", SEVERITY_NUM, 2),
        ("[tool.factcheck.severity]\n\n  'NUM' = 'x'\n", SEVERITY_NUM, 3),
        ("[tool.factcheck]\nseverity . NUM = 'x'\n", SEVERITY_NUM, 2),
        ("[other]\nselect = []\n[tool.factcheck]\n", SELECT, 3),
        ("[[tool.factcheck]]\nselect = []\n", SELECT, None),
        ("select = []\n", ("select",), 1),
        ("# select = []\n", ("select",), None),
        ("x = 'a\u2028b'\nselect = 1\n", ("select",), 2),
    ],
)
def test_key_line(text: str, target: tuple[str, ...], line: int | None) -> None:
    assert _key_line(text, target) == line


def test_key_line_is_linear_on_hostile_lines(
    cpu_growth: Callable[[Callable[[int], object], int], float],
) -> None:
    def find(n: int) -> None:
        text = "a" + ".a" * n + " x\n" + "[" + "a." * n + "\n" + '"' * n + "\n"
        assert _key_line(text, ("select",)) is None

    assert cpu_growth(find, 50_000) <= 3


# -- severity overrides and fail-on ---------------------------------------------------------------


def test_severity_override_by_code_prefix_and_name(bad_file: Path) -> None:
    assert severities(bad_file, Config()) == {"NUM101": Severity.ERROR, "NUM104": Severity.ERROR}
    by_code = Config(severity={"NUM101": Severity.INFO})
    assert severities(bad_file, by_code) == {"NUM101": Severity.INFO, "NUM104": Severity.ERROR}
    by_prefix = Config(severity={"NUM": Severity.WARNING})
    assert set(severities(bad_file, by_prefix).values()) == {Severity.WARNING}
    by_name = Config(severity={"majority-mismatch": Severity.INFO})
    assert severities(bad_file, by_name)["NUM104"] is Severity.INFO


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        # a name beats a code, whichever comes first
        ({"share-votes-mismatch": "warning", "NUM101": "info"}, Severity.WARNING),
        ({"NUM101": "info", "share-votes-mismatch": "warning"}, Severity.WARNING),
        # a code beats a prefix, a longer prefix beats a shorter one
        ({"NUM": "info", "NUM101": "warning"}, Severity.WARNING),
        ({"NUM101": "warning", "NUM": "info"}, Severity.WARNING),
        ({"NUM10": "warning", "NUM1": "info"}, Severity.WARNING),
        ({"NUM1": "info", "NUM10": "warning"}, Severity.WARNING),
        # selectors are case-insensitive, as in `select`
        ({"num101": "info"}, Severity.INFO),
    ],
)
def test_most_specific_severity_override_wins(
    bad_file: Path, overrides: dict[str, str], expected: Severity
) -> None:
    config = Config.model_validate({"severity": overrides})
    assert severities(bad_file, config)["NUM101"] is expected


def test_all_is_less_specific_than_any_prefix(bad_file: Path) -> None:
    config = Config.model_validate({"severity": {"ALL": "info", "NUM": "warning"}})
    assert severities(bad_file, config)["NUM101"] is Severity.WARNING


def run(argv: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the CLI in ``cwd`` and return its exit code."""
    monkeypatch.chdir(cwd)
    return main(argv, out=io.StringIO())


def test_fail_on_from_the_file_and_info_never_fails(
    bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "factcheck.toml"
    cfg.write_text('fail-on = "error"\n[severity]\nNUM = "warning"\n', encoding="utf-8")
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 0
    cfg.write_text('fail-on = "warning"\n[severity]\nNUM = "warning"\n', encoding="utf-8")
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 1
    cfg.write_text('[severity]\nNUM = "info"\n', encoding="utf-8")
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 0
    cfg.write_text('[severity]\nNUM104 = "info"\n', encoding="utf-8")
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 1


# -- precedence -----------------------------------------------------------------------------------


def test_discovered_config_is_used_from_the_working_folder(
    bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nignore = ["NUM"]\n')
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 0
    assert run(["check", str(bad_file)], tmp_path / "data", monkeypatch) == 0


def test_explicit_config_beats_discovery(
    bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "factcheck.toml", 'ignore = ["NUM"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["NUM104"]\n')
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 0
    out = io.StringIO()
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--config", str(other), "--format", "json", str(bad_file)], out) == 1
    assert '"NUM104"' in out.getvalue()
    assert '"NUM101"' not in out.getvalue()


def test_isolated_ignores_discovered_config(
    bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "factcheck.toml", 'ignore = ["NUM"]\n')
    assert run(["check", "--isolated", str(bad_file)], tmp_path, monkeypatch) == 1
    # even a broken file is not read
    write(tmp_path / "factcheck.toml", "this is not toml")
    assert run(["check", "--isolated", str(bad_file)], tmp_path, monkeypatch) == 1
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 2


def test_isolated_with_config_is_a_usage_error(
    bad_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write(tmp_path / "factcheck.toml", 'ignore = ["NUM"]\n')
    code = run(["check", "--isolated", "--config", str(cfg), str(bad_file)], tmp_path, monkeypatch)
    assert code == 2
    assert "--config cannot be used with --isolated" in capsys.readouterr().err


def test_command_line_beats_the_file(
    bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "factcheck.toml", 'fail-on = "error"\n[severity]\nNUM = "warning"\n')
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 0
    assert run(["check", "--fail-on", "warning", str(bad_file)], tmp_path, monkeypatch) == 1
    # --select replaces the file's select; --ignore adds to the file's ignore
    write(tmp_path / "factcheck.toml", 'select = ["NUM104"]\nignore = ["NUM101"]\n')
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 1
    # The file's ignore still removes NUM101: a selection left empty is a usage error, not
    # a silent "All checks passed".
    assert run(["check", "--select", "NUM101", str(bad_file)], tmp_path, monkeypatch) == 2
    assert run(["check", "--select", "NUM101,NUM104", str(bad_file)], tmp_path, monkeypatch) == 1
    assert run(["check", "--ignore", "NUM104", str(bad_file)], tmp_path, monkeypatch) == 2
    assert run(["check", "--select", "NUM103", str(bad_file)], tmp_path, monkeypatch) == 1


def test_config_errors_reach_stderr_with_exit_2(
    bad_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path / "factcheck.toml", "fail-onn = 'error'\nrounding = 1\n")
    assert run(["check", str(bad_file)], tmp_path, monkeypatch) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert all(line.startswith("factcheck: ") for line in err)
    assert "did you mean 'fail-on'?" in err[0]
