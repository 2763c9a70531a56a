"""The pytest plugin, run by pytest on small content repositories (``pytester``).

Each test lays out a repository with articles we wrote ourselves, runs ``pytest`` in it (in
this process, or with ``-n 2`` on two xdist workers) and reads the outcome and the output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import Report
from factcheck.pytest_plugin import CACHE_KEY, CORPUS_NODEID

# 6,000 votes and 4,000 cannot both be 40% (the reader does not take "of the 10,000 valid
# votes cast" as the total, so which is wrong is unclear: a warning naming both).
BAD = """\
# Anytown result

Jane Smith of the Green Party won Anytown with 6,000 votes, 40% of the 10,000 valid votes cast.
Tom Brown of Labour came second with 4,000 votes, a 40% share.
"""
GOOD = """\
# Bigcity declares

In Bigcity, Ann Lee of the Conservatives won with 12,500 votes, a 50% share of the 25,000 \
valid votes.
Raj Patel of the Liberal Democrats was second on 7,500 votes (30%).
"""
# Officially 42,969 in 2017: a figure we got wrong on purpose.
WRONG_RECORD = """\
# Bethnal Green and Bow

Rushanara Ali held Bethnal Green and Bow for Labour with 52,000 votes.
"""
pytestmark = pytest.mark.usefixtures("factcheck_modules")

FINDING = "articles/bad.md:3:61: NUM101 share-votes-mismatch Jane Smith's 6,000 votes at 40%*"

PYTEST_INI = """\
[tool.pytest.ini_options]
factcheck_paths = ["articles"]
{ini}
[tool.factcheck]
{factcheck}
"""


def content_repo(pytester: pytest.Pytester, *, ini: str = "", factcheck: str = "") -> Path:
    """A repository with one good and one bad article, and a test of its own."""
    pytester.makefile(".toml", pyproject=PYTEST_INI.format(ini=ini, factcheck=factcheck))
    articles = pytester.path / "articles"
    articles.mkdir(exist_ok=True)
    (articles / "good.md").write_text(GOOD, encoding="utf-8")
    (articles / "bad.md").write_text(BAD, encoding="utf-8")
    pytester.makepyfile(test_site="def test_site_builds():\n    assert 1 + 1 == 2\n")
    return articles


def cached(pytester: pytest.Pytester) -> dict[str, object]:
    path = pytester.path / ".pytest_cache" / "v" / CACHE_KEY
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    assert isinstance(data, dict)
    return data


def test_good_article_passes_and_bad_one_fails_with_its_finding(
    pytester: pytest.Pytester,
) -> None:
    content_repo(pytester)
    result = pytester.runpytest("--factcheck", "-v")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "articles/bad.md::factcheck FAILED*",
            "articles/good.md::factcheck PASSED*",
            "test_site.py::test_site_builds PASSED*",
            f"{CORPUS_NODEID} PASSED*",
        ]
    )
    # The failure is the text report: the finding, the line underlined, the arithmetic.
    result.stdout.fnmatch_lines(
        [
            "*_ factcheck: articles/bad.md _*",
            FINDING,
            "3 | Jane Smith of the Green Party won Anytown with 6,000 votes, 40% of*",
            "*= arithmetic: 6,000 votes at 40% imply a total of 14,815–15,189 valid votes",
            "1 finding (* in 1 file",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_two_xdist_workers_give_the_same_outcome_and_the_controller_keeps_the_cache(
    pytester: pytest.Pytester,
) -> None:
    content_repo(pytester)
    first = pytester.runpytest("--factcheck", "-n", "2")
    first.assert_outcomes(passed=3, failed=1)
    first.stdout.fnmatch_lines([FINDING])
    # The workers handed what passed back to the controller, which wrote it.
    assert set(cached(pytester)) == {"articles/good.md::factcheck", CORPUS_NODEID}
    second = pytester.runpytest("--factcheck", "-n", "2", "-rs")
    second.assert_outcomes(passed=1, failed=1, skipped=2)
    second.stdout.fnmatch_lines(["SKIPPED * previously passed factcheck"])


def test_a_second_run_skips_unchanged_files_and_an_edit_rechecks_one(
    pytester: pytest.Pytester,
) -> None:
    articles = content_repo(pytester)
    pytester.runpytest("--factcheck").assert_outcomes(passed=3, failed=1)
    second = pytester.runpytest("--factcheck", "-rs")
    # The bad article never passed, so it is checked (and fails) every time.
    second.assert_outcomes(passed=1, failed=1, skipped=2)
    second.stdout.fnmatch_lines(["SKIPPED [[]1[]] articles/good.md:1: previously passed factcheck"])
    second.stdout.fnmatch_lines([FINDING])
    with (articles / "good.md").open("a", encoding="utf-8") as f:
        f.write("\nTurnout was not announced.\n")
    third = pytester.runpytest("--factcheck", "-v")
    # The edited file and the corpus are checked again; nothing else changed.
    third.assert_outcomes(passed=3, failed=1)
    third.stdout.fnmatch_lines(["articles/good.md::factcheck PASSED*"])


def test_changing_the_configuration_rechecks_every_file(pytester: pytest.Pytester) -> None:
    content_repo(pytester)
    pytester.runpytest("--factcheck").assert_outcomes(passed=3, failed=1)
    pytester.runpytest("--factcheck").assert_outcomes(passed=1, failed=1, skipped=2)
    content_repo(pytester, factcheck='ignore = ["share-votes-mismatch"]')
    # A new configuration: nothing is taken from the cache, and the bad article now passes.
    pytester.runpytest("--factcheck").assert_outcomes(passed=4)
    pytester.runpytest("--factcheck").assert_outcomes(passed=1, skipped=3)
    content_repo(pytester, ini='factcheck_election = "uk-ge-2017"')
    pytester.runpytest("--factcheck").assert_outcomes(passed=3, failed=1)


def test_without_the_option_nothing_is_collected_and_nothing_is_written(
    pytester: pytest.Pytester,
) -> None:
    content_repo(pytester)
    collected = pytester.runpytest("--collect-only", "-q")
    collected.stdout.fnmatch_lines(["test_site.py::test_site_builds", "1 test collected*"])
    assert "factcheck" not in collected.stdout.str()
    pytester.runpytest().assert_outcomes(passed=1)
    assert cached(pytester) == {}


def test_strict_config_and_strict_markers_accept_the_plugin(pytester: pytest.Pytester) -> None:
    content_repo(pytester, ini='factcheck_extensions = [".md"]\nfactcheck_election = ""')
    pytester.makepyfile(
        test_marked="""
        import pytest

        @pytest.mark.factcheck(select=["NUM"])
        def test_marked():
            pass
        """
    )
    strict = ("--strict-config", "--strict-markers")
    pytester.runpytest(*strict).assert_outcomes(passed=2)
    pytester.runpytest(*strict, "--factcheck").assert_outcomes(passed=4, failed=1)


def test_items_carry_the_marker(pytester: pytest.Pytester) -> None:
    content_repo(pytester)
    only = pytester.runpytest("--factcheck", "-m", "factcheck")
    only.assert_outcomes(passed=2, failed=1, deselected=1)
    others = pytester.runpytest("--factcheck", "-m", "not factcheck")
    others.assert_outcomes(passed=1, deselected=3)


def test_findings_below_fail_on_are_warnings(pytester: pytest.Pytester) -> None:
    content_repo(
        pytester,
        ini='filterwarnings = ["default"]',
        factcheck='fail-on = "error"\nseverity = { share-votes-mismatch = "warning" }',
    )
    result = pytester.runpytest("--factcheck")
    result.assert_outcomes(passed=4, warnings=1)
    result.stdout.fnmatch_lines(["*FactcheckWarning: " + FINDING])
    # A cached pass shows its warnings again rather than hide them.
    again = pytester.runpytest("--factcheck")
    again.assert_outcomes(passed=1, skipped=3, warnings=1)
    again.stdout.fnmatch_lines(["*FactcheckWarning: " + FINDING])


def test_a_repository_that_makes_warnings_errors_fails_on_them(
    pytester: pytest.Pytester,
) -> None:
    content_repo(
        pytester,
        ini='filterwarnings = ["error"]',
        factcheck='fail-on = "error"\nseverity = { share-votes-mismatch = "warning" }',
    )
    result = pytester.runpytest("--factcheck")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines([FINDING])
    assert "Traceback" not in result.stdout.str()


def test_corpus_rules_run_once_as_their_own_item(pytester: pytest.Pytester) -> None:
    articles = content_repo(pytester)
    (articles / "copy.md").write_text(GOOD, encoding="utf-8")
    result = pytester.runpytest("--factcheck", "-v")
    # Each copy passes alone; together they are a duplicate story.
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(
        [
            f"{CORPUS_NODEID} FAILED*",
            "*_ factcheck: corpus _*",
            "articles/good.md:1:1: DUP101 duplicate-article this document copies articles/copy.md*",
        ]
    )


def test_suppressions_are_judged_by_the_item_that_runs_their_rules(
    pytester: pytest.Pytester,
) -> None:
    articles = content_repo(pytester)
    # Published twice on purpose; each copy says so, and only the copy's is needed.
    reason = "<!-- factcheck off DUP101: syndicated from the Bigcity desk -->\n"
    (articles / "good.md").write_text(reason + GOOD, encoding="utf-8")
    (articles / "copy.md").write_text(reason + GOOD, encoding="utf-8")
    (articles / "bad.md").write_text("<!-- factcheck-ignore NUM101 -->\n" + BAD, "utf-8")
    result = pytester.runpytest("--factcheck", "-v")
    # The files' own items do not call a DUP101 suppression unused (no corpus rule ran
    # there); the corpus item judges them, as `factcheck check` does; a suppression without a
    # reason fails its own file's item only.
    result.stdout.fnmatch_lines(
        [
            "articles/bad.md::factcheck FAILED*",
            "articles/copy.md::factcheck PASSED*",
            "articles/good.md::factcheck PASSED*",
            f"{CORPUS_NODEID} FAILED*",
        ]
    )
    out = result.stdout.str()
    corpus_report = out[out.index("_ factcheck: corpus _") :]
    assert "SUP101 unused-suppression factcheck off DUP101" in corpus_report
    assert out.count("SUP101") == 2  # the failure, and its line in the short summary
    assert "reason" in out[out.index("_ factcheck: articles/bad.md _") :]


def test_reference_rules_use_the_ini_election(pytester: pytest.Pytester) -> None:
    articles = content_repo(pytester, ini='factcheck_election = "uk-ge-2017"')
    (articles / "bow.md").write_text(WRONG_RECORD, encoding="utf-8")
    result = pytester.runpytest("--factcheck", "articles/bow.md")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*REF101 reference-mismatch Rushanara Ali's vote*42,969*"])


def test_an_unknown_election_or_rule_is_a_usage_error(pytester: pytest.Pytester) -> None:
    content_repo(pytester, ini='factcheck_election = "uk-ge-1066"')
    result = pytester.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*factcheck:*uk-ge-1066*"])
    content_repo(pytester, factcheck='select = ["share-votes-mismatc"]')
    result = pytester.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*factcheck: *pyproject.toml:*did you mean 'share-votes-mismatch'*"]
    )
    # Without --factcheck the settings are never read, and the site's own tests run.
    pytester.runpytest().assert_outcomes(passed=1)


def test_an_unreadable_file_fails_its_item_with_the_reason(pytester: pytest.Pytester) -> None:
    articles = content_repo(pytester)
    (articles / "empty.md").write_text("  \n", encoding="utf-8")
    result = pytester.runpytest("--factcheck", "articles/empty.md", "articles/good.md")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["articles/empty.md: error: is empty; there is nothing to check"])


def test_only_the_article_paths_and_suffixes_are_collected(pytester: pytest.Pytester) -> None:
    articles = content_repo(
        pytester, ini='factcheck_extensions = ["md"]', factcheck='exclude = ["drafts/"]'
    )
    (articles / "drafts").mkdir()
    (articles / "drafts" / "wip.md").write_text(BAD, encoding="utf-8")
    (articles / "results.json").write_text("{}", encoding="utf-8")
    pytester.path.joinpath("notes.md").write_text(BAD, encoding="utf-8")
    result = pytester.runpytest("--factcheck", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "articles/bad.md::factcheck",
            "articles/good.md::factcheck",
            "test_site.py::test_site_builds",
            CORPUS_NODEID,
        ]
    )
    out = result.stdout.str()
    for left_out in ("wip.md", "results.json", "notes.md"):
        assert left_out not in out
    # A file named on the command line is checked wherever it is, as `factcheck check` does.
    named = pytester.runpytest("--factcheck", "notes.md")
    named.assert_outcomes(failed=1)
    named.stdout.fnmatch_lines(["notes.md:3:61: NUM101 share-votes-mismatch*"])


def test_the_paths_are_collected_beside_testpaths(pytester: pytest.Pytester) -> None:
    content_repo(pytester, ini='testpaths = ["tests"]')
    tests = pytester.mkdir("tests")
    (tests / "test_one.py").write_text("def test_one():\n    pass\n", encoding="utf-8")
    pytester.runpytest().assert_outcomes(passed=1)
    pytester.runpytest("--factcheck").assert_outcomes(passed=3, failed=1)


def test_without_the_cache_plugin_every_run_checks_everything(
    pytester: pytest.Pytester,
) -> None:
    content_repo(pytester)
    for _ in range(2):
        run = pytester.runpytest("--factcheck", "-p", "no:cacheprovider")
        run.assert_outcomes(passed=3, failed=1)


# -- the fixture and the marker, used here as a newsroom's own tests would -----------------


def test_fixture_checks_text_and_returns_the_report(
    factcheck_check: Callable[..., Report],
) -> None:
    report = factcheck_check(BAD)
    assert [f.rule for f in report.findings] == ["NUM101"]
    assert report.findings[0].path == "<text>"
    assert factcheck_check(GOOD).findings == ()


@pytest.mark.factcheck(ignore=["share-votes-mismatch"])
def test_the_marker_gives_the_fixture_its_defaults(
    factcheck_check: Callable[..., Report],
) -> None:
    assert factcheck_check(BAD).findings == ()
    # Options given to the call win over the marker's.
    assert [f.name for f in factcheck_check(BAD, ignore=[]).findings] == ["share-votes-mismatch"]


def test_fixture_reads_paths(factcheck_check: Callable[..., Report], tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(WRONG_RECORD, encoding="utf-8")
    by_path = factcheck_check(story, election="uk-ge-2017")
    by_name = factcheck_check(str(story), election="uk-ge-2017")
    assert [f.rule for f in by_path.findings] == [f.rule for f in by_name.findings] == ["REF101"]
    assert by_path.findings[0].path == str(story)


def test_fixture_fails_the_test_on_a_file_it_cannot_read(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_missing(factcheck_check):
            factcheck_check("articles/missing.md")
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/missing.md: error: cannot be read: *"])


def test_the_plugin_module_imports_nothing_of_factcheck_beyond_itself() -> None:
    # pytest imports the plugin in every run wherever factcheck is installed: the engine, the
    # reader and the rules are imported only once --factcheck or the fixture asks for them.
    code = (
        "import sys, factcheck; before = set(sys.modules); import factcheck.pytest_plugin; "
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('factcheck')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "['factcheck.pytest_plugin']"
