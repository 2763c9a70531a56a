"""What importing factcheck, and checking one article, loads: nothing heavy that is not used.

Cold start is measured by benchmarks/bench_startup.py; these tests pin the behaviour that keeps
it short, each in a fresh interpreter: ``import factcheck`` imports no part of factcheck but its
version, the hypothesis entry point none at all, and checking one article neither numpy, Dask,
hypothesis, the results-file models nor (when every name matches exactly) rapidfuzz.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"
HEAVY = ("numpy", "dask", "distributed", "hypothesis", "rapidfuzz", "pydantic")


def _modules_after(code: str, tmp_path: Path) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` (from an empty folder)."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_import_factcheck_imports_only_its_version(tmp_path: Path) -> None:
    mods = _modules_after("import factcheck", tmp_path)
    assert {m for m in mods if m.startswith("factcheck")} == {"factcheck", "factcheck._version"}
    assert not _top(mods) & set(HEAVY)


def test_the_public_names_load_on_first_use(tmp_path: Path) -> None:
    mods = _modules_after(
        "import factcheck\n"
        "assert factcheck.Span(start=1, end=2).end == 2\n"
        "assert 'check' in dir(factcheck) and callable(factcheck.check)\n"
        "from factcheck import ContestResult, Rule\n"
        "try:\n"
        "    factcheck.no_such_name\n"
        "except AttributeError as exc:\n"
        "    assert 'no_such_name' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n",
        tmp_path,
    )
    assert {"factcheck.models", "factcheck.api", "factcheck.rule"} <= mods


def test_the_hypothesis_entry_point_imports_nothing_of_factcheck(tmp_path: Path) -> None:
    mods = _modules_after("import hypothesis", tmp_path)
    ours = {m for m in mods if m.startswith("factcheck")}
    assert ours <= {"factcheck", "factcheck._version", "factcheck._hypothesis_hook"}
    assert "factcheck._hypothesis_hook" in ours  # the entry point did run
    assert not _top(mods) & {"numpy", "pydantic", "rapidfuzz", "dask"}


def test_checking_one_article_loads_no_corpus_or_test_libraries(tmp_path: Path) -> None:
    seed = SEEDS / "000_ebfbf1afab7ada99.txt"
    mods = _modules_after(
        "from factcheck.cli import main\n"
        f"assert main(['check', {str(seed)!r}]) == 1\n",  # the seed has findings
        tmp_path,
    )
    assert not _top(mods) & {"numpy", "dask", "distributed", "hypothesis", "rapidfuzz"}
    assert "factcheck.results_file" not in mods  # a prose article needs no results-file models
    assert "concurrent.futures.process" not in mods  # one file is read in this process
    assert "pathspec" not in _top(mods)  # no exclude patterns configured
    assert "difflib" not in mods  # only a mistake in the configuration needs suggestions
    # One document is never indexed: the corpus rules run, but no fingerprint, index or
    # boilerplate list is loaded for it.
    assert {m for m in mods if m.startswith("factcheck.corpus")} <= {
        "factcheck.corpus",
        "factcheck.corpus.collection",
    }
    # Nor the rules that would find nothing in it: the reference rules need an election, the
    # corpus rules two documents (factcheck.rule.Need; the engine imports them when they do).
    assert not {
        m for m in mods if m.startswith(("factcheck.checks.reference", "factcheck.checks.corpus"))
    }
    # The text report needs neither the JSON renderer nor any other format's.
    ours = {m for m in mods if m.startswith("factcheck.report.")}
    assert ours <= {
        "factcheck.report.registry",
        "factcheck.report.reporter",
        "factcheck.report.escape",
        "factcheck.report.text",
    }
    assert "factcheck.report.text" in ours  # ... and the text reporter did run
    # A text file needs no HTML reader (nor the standard library's html and its entities).
    assert not {"factcheck.io.html", "html", "html.entities"} & mods


def test_a_check_without_a_configuration_file_parses_no_toml_nor_json(tmp_path: Path) -> None:
    # The built-in packs are read from their stored form (factcheck.stored_tables, written by
    # the first run that may write bytecode); only a configuration file or a pack of one's
    # own needs tomllib.
    seed = SEEDS / "000_ebfbf1afab7ada99.txt"
    script = (
        "import sys\n"
        "from factcheck.cli import main\n"
        f"assert main(['check', '--isolated', {str(seed)!r}]) == 1\n"
        "print('tomllib' in sys.modules, 'json' in sys.modules, 'factcheck.packs' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
            env=env,
        )
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[-1].stderr
    # (nor json: a text report writes none, and a check without an election reads no record)
    assert runs[1].stdout.split()[-3:] == ["False", "False", "True"]


def test_a_check_builds_no_validator_for_the_models_it_makes_unvalidated(
    tmp_path: Path,
) -> None:
    # Pydantic builds a deferred model's validator when it first validates one: the models a
    # check makes with `trusted` (or not at all) cost it no validator (docs/benchmarks.md).
    seed = SEEDS / "000_ebfbf1afab7ada99.txt"
    deferred = ["Article", "ContestResult", "Document", "Report", "SuppressedFinding"]
    built = ["Figure", "Finding", "NotChecked", "Span"]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck import models\n"
            "from factcheck.cli import main\n"
            f"assert main(['check', '--isolated', {str(seed)!r}]) == 1\n"
            f"for name in {deferred + built!r}:\n"
            "    print(name, getattr(models, name).__pydantic_complete__)\n",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    names = deferred + built  # printed after the check's report
    complete = dict(line.split() for line in done.stdout.splitlines()[-len(names) :])
    assert {name: complete[name] for name in deferred} == dict.fromkeys(deferred, "False")
    assert {name: complete[name] for name in built} == dict.fromkeys(built, "True")


def test_a_deferred_model_validates_on_first_use(tmp_path: Path) -> None:
    mods = _modules_after(
        "from pydantic import ValidationError\n"
        "from factcheck import InputError, Report\n"
        "assert not Report.__pydantic_complete__\n"
        "report = Report(errors=[{'path': 'a.txt', 'message': 'unreadable'}])\n"
        "assert report.errors == (InputError(path='a.txt', message='unreadable'),)\n"
        "assert Report.__pydantic_complete__\n"
        "try:\n"
        "    Report(errors=[{'path': 'a.txt'}])\n"
        "except ValidationError as exc:\n"
        "    assert 'message' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no ValidationError')\n",
        tmp_path,
    )
    assert "factcheck.models" in mods


def test_two_documents_load_the_corpus_machinery(tmp_path: Path) -> None:
    # The other side of the test above: with two documents the corpus rules index them.
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    mods = _modules_after(
        "from factcheck.cli import main\n"
        f"main(['check', '--select', 'duplicate-article', *{[str(p) for p in seeds]!r}])\n",
        tmp_path,
    )
    assert {"factcheck.corpus.fingerprint", "factcheck.corpus.index"} <= mods


def test_the_report_and_corpus_packages_import_no_submodule_until_asked(tmp_path: Path) -> None:
    mods = _modules_after("import factcheck.report, factcheck.corpus", tmp_path)
    assert not {"factcheck.report.json", "factcheck.report.text"} & mods
    assert not {"factcheck.corpus.fingerprint", "factcheck.corpus.index"} & mods
    mods = _modules_after(
        "from factcheck.report import render_json\nfrom factcheck.corpus import passages\n",
        tmp_path,
    )
    assert {"factcheck.report.json", "factcheck.corpus.fingerprint"} <= mods


def test_names_that_match_exactly_need_no_fuzzy_matching(tmp_path: Path) -> None:
    # Every seat and candidate in the seeds is spelt as the record spells it: dictionary
    # lookups settle them, and rapidfuzz is never imported.
    mods = _modules_after(
        "from factcheck.cli import main\n"
        f"assert main(['check', '--election', 'uk-ge-2017', {str(SEEDS)!r}]) == 1\n",
        tmp_path,
    )
    assert "factcheck.reference.bundled" in mods  # the record was used ...
    assert "rapidfuzz" not in _top(mods)  # ... without fuzzy matching


def test_modules_that_compile_patterns_build_them_from_stored_programs() -> None:
    # Compiling the reader's patterns with re itself was ~45 ms of every cold start;
    # factcheck.compiled_re builds them from the programs it stored on an earlier run.
    package = Path(__file__).resolve().parent.parent / "factcheck"
    direct = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.name != "compiled_re.py"
        and "re.compile(" in (text := path.read_text(encoding="utf-8"))
        and "from factcheck import compiled_re as re" not in text
    ]
    assert direct == []


def test_the_command_imports_with_the_collector_off_and_stored_dataclass_code(
    tmp_path: Path,
) -> None:
    # `factcheck` and `python -m factcheck` start in factcheck._startup: the dataclasses'
    # methods come from stored code, and the collector, off while importing, is on again.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import dataclasses, gc, sys\n"
            "sys.argv = ['factcheck', '--version']\n"
            "from factcheck._startup import run\n"
            "try:\n"
            "    run()\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 0, dataclasses.exec.__module__)\n",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["True", "True", "factcheck.dataclass_code"]
    # Both run it through command(), which also leaves without the interpreter's teardown.
    root = Path(__file__).resolve().parent.parent
    assert "from factcheck._startup import command" in (root / "factcheck/__main__.py").read_text()
    assert 'factcheck = "factcheck._startup:command"' in (root / "pyproject.toml").read_text()


def test_the_command_looks_for_pydantic_plugins_without_importlib_metadata(
    tmp_path: Path,
) -> None:
    # pydantic imports importlib.metadata to look for plugins (~94 M instructions): the
    # command finds there are none itself (factcheck.entry_points) and tells pydantic so.
    seed = SEEDS / "000_ebfbf1afab7ada99.txt"
    mods = _modules_after(
        "import sys\n"
        f"sys.argv = ['factcheck', 'check', {str(seed)!r}]\n"
        "from factcheck._startup import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 1, exc.code\n",  # the seed has findings
        tmp_path,
    )
    assert "pydantic.main" in mods  # models were built ...
    assert "importlib.metadata" not in mods  # ... without the search
    assert "factcheck.registry" in mods  # the rules' plugin search needs it neither
    # The bundled data and packs are files beside the package: no importlib.resources (with
    # tempfile, zipfile, bz2, lzma) to find them; argparse is told the terminal's width, so
    # it does not import shutil to ask.
    assert not {"importlib.resources", "shutil", "tempfile", "zipfile"} & mods


def test_an_installed_pydantic_plugin_is_still_used_by_the_command(tmp_path: Path) -> None:
    # The other side: with a plugin declared, pydantic's own loader finds and runs it.
    dist = tmp_path / "site" / "plug_dist-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Name: plug-dist\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[pydantic]\nmark = plug_mod:plugin\n", "utf-8")
    mark = tmp_path / "mark.txt"
    (tmp_path / "site" / "plug_mod.py").write_text(
        "class Plugin:\n"
        "    def new_schema_validator(self, *args, **kwargs):\n"
        f"        with open({str(mark)!r}, 'a') as f:\n"
        "            f.write('x')\n"
        "        return None, None, None\n"
        "plugin = Plugin()\n",
        encoding="utf-8",
    )
    seed = SEEDS / "000_ebfbf1afab7ada99.txt"
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(seed)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
    )
    assert done.returncode == 1, done.stderr
    assert mark.read_text(encoding="utf-8").count("x") >= 10  # one per model class
