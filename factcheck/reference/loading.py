"""Build the official record a check runs against, from the configured election and file.

``--reference FILE`` (``reference = "..."`` in the configuration) names a results file in
the results-file format: its contests are the official record and take precedence over the
bundled data, which still answers for contests and elections the file does not hold.
``--election`` (``election = "..."``) names the election articles are about; an article's
front matter ``election:`` overrides it.
"""

from __future__ import annotations

from factcheck.documents import InputFileError, load_document
from factcheck.errors import ConfigError
from factcheck.models import ContestResult, Provenance
from factcheck.packs import Pack
from factcheck.reference.bundled import BundledResults, bundled_results
from factcheck.reference.matching import ConstituencyNames
from factcheck.reference.source import ResultsSource

__all__ = ["ChainedResults", "FileResults", "load_reference"]


class FileResults:
    """A results file used as the official record."""

    def __init__(self, path: str, contests: tuple[ContestResult, ...]) -> None:
        self.path = path
        self.contests = tuple(
            c.model_copy(update={"provenance": Provenance.REFERENCE, "data_path": _where(path, c)})
            for c in contests
        )
        self._names: dict[str, tuple[list[ContestResult], ConstituencyNames]] = {}

    @property
    def name(self) -> str:
        """The file, for citing in findings."""
        return f"reference file {self.path}"

    def contest(self, name: str, election: str) -> ContestResult | None:
        """The file's contest with this name; a contest without an election matches any."""
        if election not in self._names:
            pool = [c for c in self.contests if c.name and c.election in (None, election)]
            self._names[election] = (pool, ConstituencyNames(c.name for c in pool if c.name))
        pool, names = self._names[election]
        official = names.match(name)
        found = [c for c in pool if c.name == official]
        return found[0] if len(found) == 1 else None

    def previous(self, election: str) -> str | None:
        """A results file holds no election order."""
        return None


def _where(path: str, contest: ContestResult) -> str:
    return f"{path} {contest.data_path}" if contest.data_path else path


class ChainedResults:
    """A results file first, then the bundled data."""

    def __init__(self, first: ResultsSource, then: ResultsSource) -> None:
        self.first = first
        self.then = then

    @property
    def name(self) -> str:
        """Both sources, the file first."""
        return f"{self.first.name}, then {self.then.name}"

    def contest(self, name: str, election: str) -> ContestResult | None:
        """The file's contest if it has one, else the bundled one."""
        return self.first.contest(name, election) or self.then.contest(name, election)

    def previous(self, election: str) -> str | None:
        """The election before, from whichever source knows."""
        return self.first.previous(election) or self.then.previous(election)


def _unknown(election: str, known: list[str]) -> str:
    import difflib  # only for a mistake: not on every run's path

    close = difflib.get_close_matches(election, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return (
        f"unknown election {election!r}; {hint}the bundled elections are {', '.join(known)} "
        "(`factcheck elections` lists them), or give --reference FILE"
    )


def check_election(
    election: str, bundled: BundledResults | None = None, *, where: str = "election"
) -> None:
    """Raise :class:`ConfigError` for an election the bundled data does not hold.

    ``where`` says where the election was given (``--election``, ``factcheck.toml:3``), and
    starts the message.
    """
    known = (bundled or bundled_results()).elections()
    if election not in known:
        raise ConfigError(f"{where}: {_unknown(election, known)}")


def _labels(source: ResultsSource) -> set[str] | None:
    """The elections a source holds, or None when it may answer for any."""
    if isinstance(source, BundledResults):
        return set(source.elections())
    if isinstance(source, FileResults):
        labels = {c.election for c in source.contests}
        return None if None in labels else {e for e in labels if e is not None}
    if isinstance(source, ChainedResults):
        first, then = _labels(source.first), _labels(source.then)
        return None if first is None or then is None else first | then
    return None


def unknown_election(election: str, source: ResultsSource) -> str | None:
    """Why ``election`` is unknown to ``source`` (with a did-you-mean), or None if it is known.

    A source that may answer for any election (a reference file with unlabelled contests, or
    a source of another kind) knows every election.
    """
    known = _labels(source)
    if known is None or election in known:
        return None
    return _unknown(election, sorted(known))


def load_reference(
    election: str | None = None,
    reference: str | None = None,
    pack: Pack | None = None,
    *,
    where: str = "election",
) -> ResultsSource:
    """The official record for a check run: the bundled data, behind a results file if given.

    The bundled data is always available (it is read on first use), so an article whose front
    matter names its election can be checked with no election configured. Raises
    :class:`ConfigError` for an election that is not bundled (unless a reference file is
    given, whose contests may carry any election label) and for a reference file that cannot
    be read.
    """
    bundled = bundled_results()
    if reference is None:
        if election is not None:
            check_election(election, bundled, where=where)
        return bundled
    from factcheck.results_file import read_results

    try:
        doc = load_document(reference)
        if doc.media_type != "application/json":
            raise ConfigError(
                f"--reference {reference}: a reference must be a results file (.json) in the "
                "results-file format (see `factcheck schema`)"
            )
        article = read_results(doc, pack)
    except InputFileError as exc:
        raise ConfigError(f"--reference {reference}: {exc}") from None
    if not article.contests:
        raise ConfigError(f"--reference {reference}: the file holds no contests")
    chained = ChainedResults(FileResults(reference, article.contests), bundled)
    if election is not None:
        problem = unknown_election(election, chained)
        if problem is not None:
            raise ConfigError(f"{where}: {problem}")
    return chained
