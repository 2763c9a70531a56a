"""The pre-commit hooks: what .pre-commit-hooks.yaml says, and the entry as pre-commit runs it.

pre-commit runs ``entry`` from the repository's root with the staged files of the hook's types
as arguments, and fails the commit when the exit status is not 0.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.io.formats import FORMATS, RESULTS

REPO = Path(__file__).resolve().parent.parent
HOOKS = REPO / ".pre-commit-hooks.yaml"
SEEDS = sorted((REPO / "examples" / "articles").glob("*.txt"))


def hooks() -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return {h["id"]: h for h in loaded}


def test_the_article_hook_is_declared_as_pre_commit_needs_it() -> None:
    hook = hooks()["factcheck"]
    assert hook["entry"] == "factcheck check --force-exclude"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "html", "plain-text"]
    assert hook["require_serial"] is True
    assert hook["name"]
    assert hook["description"]


def test_the_results_hook_reads_json_as_results_files() -> None:
    hook = hooks()["factcheck-results"]
    assert shlex.split(hook["entry"]) == [
        "factcheck",
        "check",
        "--force-exclude",
        "--input-format",
        "json",
    ]
    assert hook["language"] == "python"
    assert hook["types"] == ["json"]
    assert hook["require_serial"] is True


def test_the_article_hook_passes_exactly_the_prose_suffixes_factcheck_reads() -> None:
    # identify tags README, LICENSE and the like as plain-text: they must not reach factcheck,
    # which refuses a file without a suffix.
    files = re.compile(hooks()["factcheck"]["files"])
    prose = {s for f in FORMATS if f.prose for s in f.suffixes}
    for suffix in prose:
        assert files.search(f"news/story{suffix}")
        assert files.search(f"news/STORY{suffix.upper()}")
    for name in ("README", "LICENSE", "notes.rst", "feed.json", "story.md.bak", "a.txt/b"):
        assert not files.search(name)


def _content_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "newsroom"
    (repo / "drafts").mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, repo / seed.name)
    shutil.copy(SEEDS[0], repo / "drafts" / "draft.txt")
    (repo / "pyproject.toml").write_text(
        '[tool.factcheck]\nexclude = ["drafts/"]\n', encoding="utf-8"
    )
    return repo


def _run_entry(hook: str, repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(hooks()[hook]["entry"])
    script = Path(sys.executable).with_name("factcheck")
    return subprocess.run(
        [str(script), *entry[1:], *files],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_entry_fails_on_the_seeds_with_their_findings(tmp_path: Path) -> None:
    repo = _content_repo(tmp_path)
    names = [s.name for s in SEEDS]
    done = _run_entry("factcheck", repo, *names)
    assert done.returncode == 1, done.stderr
    for name in names:
        assert f"{name}:" in done.stdout
    assert re.search(rf"in {len(names)} files", done.stdout)
    # The duplicate among the seeds is found: every file was given to one process.
    assert "DUP101 duplicate-article" in done.stdout


def test_the_entry_applies_the_configured_excludes_to_the_files_it_is_given(
    tmp_path: Path,
) -> None:
    repo = _content_repo(tmp_path)
    done = _run_entry("factcheck", repo, "drafts/draft.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "in 0 files" in done.stdout
    done = _run_entry("factcheck", repo, "drafts/draft.txt", SEEDS[0].name)
    assert "drafts/draft.txt" not in done.stdout
    assert f"{SEEDS[0].name}:" in done.stdout


def test_the_results_entry_checks_a_results_file(tmp_path: Path) -> None:
    repo = _content_repo(tmp_path)
    shutil.copy(REPO / "examples" / "poplar-and-limehouse-2017-typo.json", repo / "feed.json")
    done = _run_entry("factcheck-results", repo, "feed.json")
    assert done.returncode == 1
    assert "feed.json:14:75: NUM101 share-votes-mismatch" in done.stdout
    assert RESULTS.suffixes == (".json",)


@pytest.mark.parametrize("hook", ["factcheck", "factcheck-results"])
def test_a_file_that_cannot_be_read_fails_the_hook_with_exit_2(tmp_path: Path, hook: str) -> None:
    repo = _content_repo(tmp_path)
    (repo / "empty.md").write_text("", encoding="utf-8")
    (repo / "empty.json").write_text("", encoding="utf-8")
    name = "empty.json" if hook == "factcheck-results" else "empty.md"
    done = _run_entry(hook, repo, name)
    assert done.returncode == 2
    assert f"{name}: error: is empty" in done.stdout


def test_the_documented_configuration_names_the_hooks_that_exist() -> None:
    page = (REPO / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    snippet = page.split("```yaml\n", 1)[1].split("```", 1)[0]
    config = yaml.safe_load(snippet)
    (repo,) = config["repos"]
    documented = [h["id"] for h in repo["hooks"]]
    assert documented == list(hooks())
    # The `files` override narrows the results hook to a folder, as pre-commit reads it.
    narrowed = re.compile(repo["hooks"][1]["files"])
    assert narrowed.search("results/2017.json")
    assert not narrowed.search("package.json")
