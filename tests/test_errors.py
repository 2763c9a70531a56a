"""The public API is curated, and everything factcheck raises on purpose is one family."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import factcheck
from factcheck import errors
from factcheck.cli import main
from factcheck.config import load_config_file
from factcheck.registry import get_rule, no_such_rule, select_rules

PUBLIC_API = [
    "Article",
    "CandidateResult",
    "Confidence",
    "Config",
    "ConfigError",
    "Consequence",
    "ContestResult",
    "Document",
    "FactcheckError",
    "Figure",
    "Finding",
    "InputError",
    "InputFileError",
    "Interval",
    "Location",
    "NotChecked",
    "PackError",
    "Provenance",
    "RelatedLocation",
    "Report",
    "ResultsWriteError",
    "Rule",
    "RuleContext",
    "Scope",
    "Severity",
    "Skip",
    "Span",
    "SuppressedFinding",
    "Unit",
    "UnknownRuleError",
    "Violation",
    "__version__",
    "check",
]


def test_the_public_api_is_pinned() -> None:
    # Adding a name to the public API is a decision: make it here, on purpose.
    assert sorted(factcheck.__all__) == sorted(PUBLIC_API)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_is_a_factcheck_error_and_a_value_error(name: str) -> None:
    cls = getattr(errors, name)
    assert issubclass(cls, factcheck.FactcheckError)
    if cls is not factcheck.FactcheckError:
        assert issubclass(cls, ValueError)  # as each was before the family existed
    assert getattr(factcheck, name) is cls


def test_the_old_import_paths_still_give_the_same_classes() -> None:
    from factcheck.config import ConfigError
    from factcheck.documents import InputFileError
    from factcheck.packs import PackError
    from factcheck.registry import UnknownSelector
    from factcheck.results_writer import ResultsWriteError

    assert ConfigError is errors.ConfigError
    assert InputFileError is errors.InputFileError
    assert PackError is errors.PackError
    assert UnknownSelector is errors.UnknownRuleError
    assert ResultsWriteError is errors.ResultsWriteError


def test_a_bad_pack_and_an_unknown_rule_are_configuration_errors() -> None:
    assert issubclass(errors.PackError, errors.ConfigError)
    assert issubclass(errors.UnknownRuleError, errors.ConfigError)


# -- one "no such rule" message ----------------------------------------------------------------

TYPO = "share-vote-mismatch"
NEAR = "did you mean 'share-votes-mismatch'? use a code (NUM101), a prefix (NUM) or a name"


def test_the_message_suggests_the_nearest_rule_and_the_forms() -> None:
    assert no_such_rule(TYPO, "--ignore").startswith(f"--ignore {TYPO!r} matches no rule; {NEAR}")
    assert "did you mean" not in no_such_rule("zzzzzz", "--ignore")


def test_library_config_and_cli_say_it_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(factcheck.UnknownRuleError) as lib:
        select_rules(ignore=[TYPO])
    assert str(lib.value) == no_such_rule(TYPO, "ignore entry")

    config = tmp_path / "factcheck.toml"
    config.write_text(f'ignore = ["{TYPO}"]\n', encoding="utf-8")
    with pytest.raises(factcheck.ConfigError) as conf:
        load_config_file(config)
    assert str(conf.value) == f"{config}:1: {no_such_rule(TYPO, 'ignore entry')}"

    assert main(["check", "--ignore", TYPO, str(config)], out=io.StringIO()) == 2
    assert capsys.readouterr().err.strip() == f"factcheck: {no_such_rule(TYPO, '--ignore')}"

    with pytest.raises(factcheck.UnknownRuleError, match=f"{TYPO!r}; did you mean"):
        get_rule(TYPO)


def test_the_library_raises_it_for_check_too() -> None:
    with pytest.raises(factcheck.UnknownRuleError, match=NEAR.split("?", maxsplit=1)[0]):
        factcheck.check([], ignore=[TYPO])
