"""factcheck as a pytest plugin: ``pytest --factcheck`` checks every article as a test item.

Installed with factcheck (entry point ``pytest11``), so pytest loads this module in every run
wherever factcheck is installed. It therefore registers its option, ini keys and marker
always, imports the engine only once ``--factcheck`` is given (or the fixture is used), and
otherwise does nothing at all.

With ``--factcheck``:

* each article or results file collected is one item, ``story.md::factcheck``, failing with
  the text report of its findings at or above ``fail-on``; findings below it are shown as
  :class:`FactcheckWarning` warnings;
* the corpus rules (duplicates, conflicts between articles) run once, as ``factcheck::corpus``;
* an item whose file, settings, packs, factcheck version and bundled data are unchanged since
  it last passed is skipped as "previously passed factcheck" (in ``.pytest_cache``); under
  pytest-xdist the workers hand what passed back to the controller, which alone writes it.

Settings come from ``[tool.factcheck]`` (found from pytest's rootdir), and the ini keys
``factcheck_paths``, ``factcheck_extensions`` and ``factcheck_election``.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.api import Source
    from factcheck.config import Config
    from factcheck.models import Finding, Report

__all__ = ["CORPUS_NODEID", "FactcheckFailure", "FactcheckWarning", "factcheck_check"]

ITEM_NAME = "factcheck"
CORPUS_NODEID = "factcheck::corpus"
"""The node id of the one item that runs the corpus rules."""
CACHE_KEY = "factcheck/passed"
"""Where in pytest's cache the items that passed are kept, with what they passed under."""
WORKER_OUTPUT = "factcheck_passed"
_RUN = "factcheck-run"

MARKER = (
    "factcheck(**options): factcheck's items carry it (select them with -m factcheck); on a "
    "test, its options (select, ignore, election, config, ...) are the defaults of the "
    "factcheck_check fixture"
)


class FactcheckWarning(UserWarning):
    """A finding below ``fail-on``: shown, but it does not fail the item."""


class FactcheckFailure(Exception):
    """An item's findings at or above ``fail-on`` (or its unreadable file), as the text report."""


# -- always: options, ini keys, marker --------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: election-results articles as test items")
    group.addoption(
        "--factcheck",
        action="store_true",
        default=False,
        help="check articles and results files as test items (one per file, and "
        "factcheck::corpus for the rules that compare articles)",
    )
    parser.addini(
        "factcheck_paths",
        type="paths",
        default=[],
        help="folders or files holding the articles (relative to the ini file); only files "
        "in them are checked, and they are collected even when testpaths does not name them",
    )
    parser.addini(
        "factcheck_extensions",
        type="args",
        default=[],
        help="file suffixes to check (default: .json .txt .md .markdown, as `factcheck "
        "check` searches a folder)",
    )
    parser.addini(
        "factcheck_election",
        type="string",
        default="",
        help="the election the articles are about, e.g. uk-ge-2017 (overrides "
        "[tool.factcheck] election)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)
    if config.getoption("factcheck"):
        config.pluginmanager.register(FactcheckRun(config), _RUN)


# -- settings -----------------------------------------------------------------------------------


def _project_config(config: pytest.Config) -> Config:
    """``[tool.factcheck]`` found from the rootdir, with the ini ``factcheck_election``."""
    from factcheck.config import ConfigError, find_config_file, load_config_file

    try:
        found = find_config_file(config.rootpath)
        settings = load_config_file(found) if found else None
    except ConfigError as exc:
        raise pytest.UsageError(f"factcheck: {exc}") from None
    if settings is None:
        from factcheck.config import Config

        settings = Config()
    election = str(config.getini("factcheck_election")).strip()
    return settings.merged(election=election) if election else settings


def _sha256(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        # Lengths first, so ("ab", "c") and ("a", "bc") differ.
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def _bundled_data_digest() -> str:
    """A digest of the official results shipped in the package."""
    from importlib import resources

    folder = resources.files("factcheck") / "data"
    files = sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name)
    return _sha256(*(part for f in files for part in (f.name, f.read_bytes())))


def _settings_digest(settings: Config) -> str:
    """What a result depends on besides the file: the resolved settings and packs, the
    reference file, factcheck's version and its bundled data."""
    from factcheck._version import __version__
    from factcheck.engine import Engine

    engine = Engine.from_config(settings)
    reference = Path(settings.reference).read_bytes() if settings.reference else b""
    return _sha256(
        __version__,
        # Paths are left out so a cache restored in another checkout still applies; what the
        # packs and the reference file hold is in the digest.
        json.dumps(
            settings.model_dump(mode="json", exclude={"root", "packs", "reference"}),
            sort_keys=True,
        ),
        repr(engine.pack),  # a dataclass's repr: every field, in order
        reference,
        _bundled_data_digest(),
    )


def _shown(path: Path) -> str:
    """A path as the report shows it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# -- the run ------------------------------------------------------------------------------------


class FactcheckRun:
    """Registered only under ``--factcheck``: collects, runs and remembers the items."""

    def __init__(self, config: pytest.Config) -> None:
        from factcheck._startup import importing

        # The first item would wait for these imports (the engine, the reader, the rules):
        # they are made as the command makes them, then the process is left as it was.
        with importing():
            from factcheck.config import ConfigError
            from factcheck.engine import Engine
            from factcheck.extract import reader  # noqa: F401 - every article needs it
            from factcheck.io.formats import searched_suffixes
            from factcheck.io.paths import Excludes
            from factcheck.packs import PackError
            from factcheck.rule import Scope

            self.config = config
            self.settings = _project_config(config)
            try:
                engine = Engine.from_config(self.settings)  # imports the rules
                self.digest = _settings_digest(self.settings)
            except (ConfigError, PackError, OSError) as exc:
                raise pytest.UsageError(f"factcheck: {exc}") from None
        self.corpus_rules = any(r.scope is Scope.CORPUS for r in engine.selected)
        suffixes = [str(s) for s in config.getini("factcheck_extensions")]
        self.suffixes = frozenset(
            (s if s.startswith(".") else f".{s}").lower() for s in suffixes
        ) or frozenset(searched_suffixes())
        # As `factcheck check` reads them: relative to the configuration file's folder.
        self.excludes = Excludes(self.settings.exclude, self.settings.root or config.rootpath)
        self.roots = [Path(p).resolve() for p in config.getini("factcheck_paths")]
        self.named = self._named_files()
        if self.roots and config.args_source is not pytest.Config.ArgsSource.ARGS:
            # As testpaths does: with no path on the command line, the articles are collected
            # wherever they are, beside the tests testpaths names.
            given = [Path(config.invocation_params.dir, a).resolve() for a in config.args]
            extra = [
                str(r) for r in self.roots if r.exists() and not any(_inside(r, g) for g in given)
            ]
            config.args = [*config.args, *extra]
        cache = getattr(config, "cache", None)
        self.previous: dict[str, Any] = {}
        if cache is not None:
            stored = cache.get(CACHE_KEY, {})
            self.previous = stored if isinstance(stored, dict) else {}
        self.updates: dict[str, dict[str, Any] | None] = {}
        """Node id -> what it passed under, or None when it no longer passes."""

    def _named_files(self) -> frozenset[Path]:
        """Files named on the command line: always checked, as `factcheck check` does."""
        if self.config.args_source is not pytest.Config.ArgsSource.ARGS:
            return frozenset()
        base = self.config.invocation_params.dir
        files = (Path(base, a.split("::")[0]).resolve() for a in self.config.args)
        return frozenset(f for f in files if f.is_file())

    def wanted(self, path: Path) -> bool:
        """Whether pytest's file is an article or results file to check."""
        if path.suffix.lower() not in self.suffixes:
            return False
        path = path.resolve()
        if path in self.named:
            return True
        if self.roots and not any(_inside(path, r) for r in self.roots):
            return False
        return not self.excludes.excludes(path)

    @pytest.hookimpl
    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> ArticleFile | None:
        if self.wanted(file_path):
            return ArticleFile.from_parent(parent, path=file_path)
        return None

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        # Added before -k and -m deselect, so `-m "not factcheck"` leaves it out too.
        files = [item.path for item in items if isinstance(item, ArticleItem)]
        # The corpus rules compare articles: one alone has nothing to compare with.
        if len(files) > 1 and self.corpus_rules:
            items.append(
                CorpusItem.from_parent(session, name="corpus", nodeid=CORPUS_NODEID, files=files)
            )

    # -- the cache ----------------------------------------------------------------------------

    def _id(self, path: Path) -> str:
        """A file as the cache knows it: relative to the rootdir, wherever pytest ran from."""
        try:
            return path.resolve().relative_to(self.config.rootpath).as_posix()
        except ValueError:
            return str(path.resolve())

    def run(self, item: pytest.Item, paths: Sequence[Path], *, corpus: bool) -> None:
        """Check the files (or skip them, unchanged since they passed), then report."""
        from factcheck.api import check_many

        try:
            contents = [_sha256(p.read_bytes()) for p in paths]
        except OSError as exc:
            self.updates[item.nodeid] = None
            raise FactcheckFailure(f"{_shown(Path(exc.filename or ''))}: error: {exc}") from None
        key = _sha256(
            self.digest,
            *(part for p, c in zip(paths, contents, strict=True) for part in (self._id(p), c)),
        )
        before = self.previous.get(item.nodeid)
        if isinstance(before, dict) and before.get("key") == key:
            _replay(before.get("warnings"))
            self.updates[item.nodeid] = before
            # Reported at the item, not at this line of the plugin.
            reason = "previously passed factcheck" + (" (no file changed)" if corpus else "")
            raise pytest.skip.Exception(reason, _use_item_location=True)
        self.updates[item.nodeid] = None
        report = check_many(
            [_shown(p) for p in paths],
            config=self.settings,
            jobs=1,
            only="corpus" if corpus else "articles",
        )
        if corpus:
            # A file that cannot be read fails its own item; the corpus item judges findings.
            report = report.model_copy(update={"errors": ()})
        failing, noted = _split(report, self.settings)
        shown = [_warning(report, f) for f in noted]
        _replay(shown)
        if failing or report.errors:
            raise FactcheckFailure(_render(report, failing, self.settings))
        self.updates[item.nodeid] = {"key": key, "warnings": shown}

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: object) -> None:
        """On the xdist controller: take in what a worker's items passed under."""
        output = getattr(node, "workeroutput", {}).get(WORKER_OUTPUT)
        if isinstance(output, dict):
            self.updates.update(output)

    @pytest.hookimpl
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        workeroutput = getattr(self.config, "workeroutput", None)
        if isinstance(workeroutput, dict):
            # A worker: the controller alone writes the cache, so workers never race on it.
            workeroutput[WORKER_OUTPUT] = self.updates
            return
        cache = getattr(self.config, "cache", None)
        if cache is None or not self.updates:
            return
        stored = cache.get(CACHE_KEY, {})
        merged = dict(stored) if isinstance(stored, dict) else {}
        for nodeid, entry in self.updates.items():
            if entry is None:
                merged.pop(nodeid, None)
            else:
                merged[nodeid] = entry
        cache.set(CACHE_KEY, merged)


def _run(config: pytest.Config) -> FactcheckRun:
    plugin = config.pluginmanager.get_plugin(_RUN)
    assert isinstance(plugin, FactcheckRun)
    return plugin


def _split(report: Report, settings: Config) -> tuple[list[Finding], list[Finding]]:
    """Findings that fail the item, and those shown as warnings (as ``Report.failed`` judges)."""
    from factcheck.models import Severity

    threshold = max(settings.fail_on.level, Severity.WARNING.level)
    failing = [f for f in report.findings if f.severity.level >= threshold]
    noted = [f for f in report.findings if f.severity.level < threshold]
    return failing, noted


def _render(report: Report, findings: list[Finding], settings: Config) -> str:
    """The failing findings as the text report, with the checks not run only if configured."""
    from factcheck.report import render_text

    shown = {"findings": tuple(findings)}
    if not settings.show_not_checked:
        # Else the summary would end with a hint at a command-line option pytest has not.
        shown["not_checked"] = ()
    text = render_text(report.model_copy(update=shown), show_not_checked=settings.show_not_checked)
    return text.rstrip("\n")


def _warning(report: Report, finding: Finding) -> list[str | int]:
    """A finding below fail-on as [path, line, text]: what a warning needs, in JSON."""
    from factcheck.report.text import render_finding

    return [finding.path or "<input>", finding.line or 0, render_finding(report, finding)]


def _replay(shown: object) -> None:
    """Issue the warnings: fresh ones, or those a cached pass recorded."""
    if not isinstance(shown, list):
        return
    for entry in shown:
        if isinstance(entry, list) and len(entry) == 3:
            path, line, text = entry
            warnings.warn_explicit(
                FactcheckWarning(str(text)),
                FactcheckWarning,
                filename=str(path),
                lineno=int(line),
                module="factcheck",
            )


# -- the items ----------------------------------------------------------------------------------


class ArticleFile(pytest.File):
    """An article or results file: one item, ``path::factcheck``."""

    def collect(self) -> Iterable[pytest.Item]:
        yield ArticleItem.from_parent(self, name=ITEM_NAME)


class _FactcheckItem(pytest.Item):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_marker(ITEM_NAME)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        # The findings are the failure: a traceback into the plugin would only hide them.
        if isinstance(excinfo.value, FactcheckFailure | FactcheckWarning):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)


class ArticleItem(_FactcheckItem):
    """The rules that judge one article alone, run on one file."""

    def runtest(self) -> None:
        _run(self.config).run(self, [self.path], corpus=False)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        # pytest turns the dots of a domain that ends the node id into "::"; this one doesn't.
        return self.path, 0, f"factcheck: {_shown(self.path)}"


class CorpusItem(_FactcheckItem):
    """The rules that compare articles, run once over every file collected."""

    def __init__(self, *args: Any, files: Sequence[Path], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files = tuple(files)

    def runtest(self) -> None:
        _run(self.config).run(self, self.files, corpus=True)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, 0, "factcheck: corpus"


# -- the fixture --------------------------------------------------------------------------------


def _source(value: Source | str) -> Source:
    """A path stays a path; a string is article text, unless it is plainly a file name."""
    if not isinstance(value, str):
        return value
    from factcheck.io.formats import known_suffixes

    name = value.strip()
    if name and not any(c.isspace() for c in name) and name.lower().endswith(known_suffixes()):
        return Path(name)
    from factcheck.models import Document

    return Document(path="<text>", text=value, media_type="text/markdown")


@pytest.fixture
def factcheck_check(request: pytest.FixtureRequest) -> Callable[..., Report]:
    """Check an article's text, a file or models, and return the Report.

    ``factcheck_check(text_or_path, **options)``: a ``str`` is article text (Markdown),
    unless it is a file name such as ``"articles/story.md"``; a ``Path`` is a file or folder;
    Articles, Documents and ContestResults are checked as they are. ``options`` are those of
    :func:`factcheck.check` (``select``, ``ignore``, ``election``, ``config``...), over
    defaults from the test's ``@pytest.mark.factcheck(...)``, over the project's
    ``[tool.factcheck]``. A file that cannot be read fails the test with its error.
    """
    marker = request.node.get_closest_marker(ITEM_NAME)
    defaults: dict[str, Any] = dict(marker.kwargs) if marker else {}

    def check(source: Source | str, /, **options: Any) -> Report:
        from factcheck.api import check as run_check
        from factcheck.report import format_error

        merged = {**defaults, **options}
        if "config" not in merged:
            try:
                merged["config"] = _project_config(request.config)
            except pytest.UsageError as exc:
                pytest.fail(str(exc), pytrace=False)
        report = run_check(_source(source), **merged)
        if report.errors:
            pytest.fail("\n".join(format_error(e) for e in report.errors), pytrace=False)
        return report

    return check
