"""The ``factcheck`` command.

Exit codes: 0 when clean, 1 when a finding is at or above the failing severity, 2 on a usage
or input error (a file that cannot be read, a bad configuration).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from factcheck._startup import COMMAND_GC_THRESHOLD
from factcheck._version import __version__
from factcheck.api import check_many
from factcheck.config import (
    Config,
    discover_config,
    find_config_file,
    key_location,
    load_config_file,
)
from factcheck.errors import ConfigError, InputFileError, ResultsWriteError, UnknownRuleError
from factcheck.io.articles import read_article
from factcheck.io.files import document_from_bytes, load_document, read_limited
from factcheck.io.formats import FORMAT_NAMES, RESULTS, for_path, named, sniff, unknown_suffix
from factcheck.io.prose import prepare_prose
from factcheck.models import Article, Document, Figure, InputError, Report, Severity
from factcheck.packs import Pack, default_pack, load_packs
from factcheck.registry import all_rules, get_rule, is_known, no_such_rule
from factcheck.report.escape import safe_json, visible
from factcheck.report.registry import BUILTIN, FORMATS, UnknownFormat, get_reporter
from factcheck.report.reporter import Reporter, ReportOptions

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _format_error(error: InputError) -> str:
    """An unread file as the text report words it (the text reporter imported on use)."""
    from factcheck.report.text import format_error as text_error

    return text_error(error)


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _output_format(value: str) -> str:
    try:
        get_reporter(value)
    except UnknownFormat as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of processes, 1 or more; got {value!r}"
        )
    return n


class _ProgressBar:
    """``[#####.....] 512/1,024 files`` on stderr, redrawn at most ten times a second.

    Shown only when stderr is a terminal and the run has lasted over a second.
    """

    def __init__(self, stream: TextIO, *, delay: float = 1.0, width: int = 30) -> None:
        self.stream = stream
        self.on = stream.isatty()
        self.start = time.monotonic()
        self.delay = delay
        self.width = width
        self.last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if now - self.start < self.delay or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done:,}/{total:,} files")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _terminal_width() -> int:
    """``shutil.get_terminal_size().columns``, as argparse's help asks for it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    """argparse's parser, but its help formatters are told the terminal's width.

    argparse makes a formatter for every argument added (to check it), and a formatter not
    told the width imports ``shutil`` to ask (with ``bz2``, ``lzma`` and ``zlib``: ~1% of a
    cold ``factcheck check``, for help that one check never prints)."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        make: Any = self.formatter_class  # every HelpFormatter takes a width
        return make(prog=self.prog, width=_terminal_width() - 2)  # type: ignore[no-any-return]


@contextlib.contextmanager
def _messages_translated_once() -> Iterator[None]:
    """argparse translates each of its messages (``gettext``) every time it uses one, and each
    translation looks for catalogues on disk again: building the parser asked 24 times for the
    same 3 messages (~4 M instructions, 1% of a cold check). Within the block each message is
    translated once; argparse's own translator is put back after."""
    import functools

    real = argparse._  # type: ignore[attr-defined]
    argparse._ = functools.cache(real)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = real  # type: ignore[attr-defined]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Catch the arithmetic and wording errors in election-results journalism.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("check", help="check results files and articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    # Not argparse choices: a third-party format is found by entry point only when named.
    p.add_argument(
        "--output-format",
        "--format",
        dest="output_format",
        type=_output_format,
        metavar="FORMAT",
        help=f"{', '.join(BUILTIN)}, or an installed reporter's name "
        "(default: $FACTCHECK_OUTPUT_FORMAT, else text)",
    )
    p.add_argument(
        "--output-file",
        "-o",
        dest="output_file",
        metavar="FILE",
        help="write the report to FILE instead of standard output",
    )
    p.add_argument(
        "--select", type=_csv, action="extend", help="rules to run (codes, prefixes, names)"
    )
    p.add_argument("--extend-select", type=_csv, action="extend", dest="extend_select")
    p.add_argument("--ignore", type=_csv, action="extend", help="rules to skip")
    p.add_argument("--config", help="a factcheck.toml or pyproject.toml to read settings from")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument(
        "--fail-on",
        choices=[Severity.WARNING.value, Severity.ERROR.value],
        dest="fail_on",
        help="lowest severity that makes the exit status 1 (info never fails)",
    )
    p.add_argument("--rounding", choices=["half-up", "half-even", "any"])
    p.add_argument("--show-not-checked", action="store_true", dest="show_not_checked")
    p.add_argument(
        "--show-suppressed",
        action="store_true",
        dest="show_suppressed",
        help="list the findings suppressed in the articles, with the reasons given there",
    )
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    p.add_argument(
        "--election", help="the election articles are about, e.g. uk-ge-2017 (see `elections`)"
    )
    p.add_argument(
        "--reference",
        metavar="FILE",
        help="a results file to use as the official record (takes precedence over bundled data)",
    )

    p.add_argument(
        "--input-format",
        choices=FORMAT_NAMES,
        dest="input_format",
        help="what the files named (and stdin) are, whatever their suffixes say",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        dest="stdin_filename",
        help="the name to report stdin under; its suffix says what stdin is",
    )
    p.add_argument(
        "--force-exclude",
        action="store_true",
        dest="force_exclude",
        help="apply the configured exclude patterns to files named on the command line too",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="read files on N processes (default: every core; small runs use one)",
    )

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=FORMATS, default="text")

    e = sub.add_parser("explain", help="show a rule's documentation")
    e.add_argument("rule", help="a rule code or name, e.g. NUM101 or share-votes-mismatch")

    x = sub.add_parser(
        "extract",
        help="print the contests, figures and claims read from a file, as a results file",
        description=(
            "Read an article (.txt, .md, .html) or a results file (.json) and print what was "
            "read: as JSON in the results-file format, which `factcheck check` reads back, or "
            "as a table with the line:column of every figure."
        ),
    )
    x.add_argument("path", metavar="FILE", help="an article or a results file")
    x.add_argument("--format", choices=["json", "text"], default="json")
    x.add_argument(
        "--election",
        help="the election the article is about, e.g. uk-ge-2019: read as `check` reads it, "
        "so a figure dated to that year is this election's",
    )
    x.add_argument("--config", help="a factcheck.toml or pyproject.toml to read packs from")
    x.add_argument("--isolated", action="store_true", help="ignore configuration files")
    x.add_argument(
        "--input-format",
        choices=FORMAT_NAMES,
        dest="input_format",
        help="what the file is, whatever its suffix says",
    )

    sub.add_parser("schema", help="print the JSON Schema of the results-file format")

    el = sub.add_parser("elections", help="list the bundled official results, by election")
    el.add_argument("--format", choices=FORMATS, default="text")

    sv = sub.add_parser(
        "serve",
        help="the editor's page and the HTTP APIs (needs factcheck-elections[serve])",
        description="Serve a page where editors paste a draft and see every doubtful figure "
        "highlighted, and the /api/check and LanguageTool /v2/check endpoints. Binds to "
        "loopback unless told otherwise; drafts are never logged or written to disk.",
    )
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    sv.add_argument("--port", type=_positive, default=8000, help="port (default: 8000)")
    sv.add_argument("--election", help="the election drafts are checked against by default")
    sv.add_argument("--config", help="a factcheck.toml or pyproject.toml to read settings from")
    return parser


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _config(args: argparse.Namespace) -> Config:
    if args.isolated and args.config:
        # As in ruff: --isolated means "read no configuration file", so naming one is a
        # contradiction, and silently ignoring either option would surprise someone.
        raise ConfigError(
            "--config cannot be used with --isolated, which ignores every configuration "
            "file; drop one of them"
        )
    if args.isolated:
        base = Config()
    elif args.config:
        base = load_config_file(args.config)
    else:
        base = discover_config()
    config = base.merged(
        fail_on=args.fail_on,
        rounding=args.rounding,
        show_not_checked=True if args.show_not_checked else None,
        reference=str(Path(args.reference).resolve()) if getattr(args, "reference", None) else None,
    )
    if config.election is not None and config.reference is None and not args.isolated:
        # Checked here, where the file is known, so the message can point at its line.
        # (With a reference file the election may be one of the file's own labels.)
        from factcheck.reference.loading import check_election

        source = Path(args.config) if args.config else find_config_file()
        where = key_location(source, "election") if source else "election"
        check_election(config.election, where=f"{where}: election")
    return config


def _check_selectors(args: argparse.Namespace) -> None:
    """Refuse a selector that picks no rule, naming the option and the nearest rule."""
    if args.select is not None and not args.select:
        # `--select ''` would run no rule and report "All checks passed".
        raise UnknownRuleError(
            "--select was given no rules, so nothing would be checked; name some (codes, "
            "prefixes or names from `factcheck rules`), or leave --select out to run them all"
        )
    for option, values in (
        ("--select", args.select),
        ("--extend-select", args.extend_select),
        ("--ignore", args.ignore),
    ):
        for sel in values or ():
            if not is_known(sel):
                raise UnknownRuleError(no_such_rule(sel, option))


def _read_stdin(args: argparse.Namespace) -> Document | InputError:
    """Stdin as a document: of the format asked for, or its name's suffix, or as it looks."""
    name = args.stdin_filename or "<stdin>"
    try:
        fmt = named(args.input_format) if args.input_format else None
        if fmt is None and args.stdin_filename:
            fmt = for_path(args.stdin_filename)
            if fmt is None:
                raise unknown_suffix(args.stdin_filename)
        data = read_limited(sys.stdin.buffer, name)
        if fmt is None:
            doc = document_from_bytes(data, name, RESULTS.media_type)
            fmt = sniff(doc.text)
            return prepare_prose(doc.model_copy(update={"media_type": fmt.media_type}))
        return document_from_bytes(data, name, fmt.media_type)
    except InputFileError as exc:
        return InputError(path=exc.path, message=exc.message, line=exc.line, column=exc.column)


def _utf8(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def _reporter(args: argparse.Namespace) -> tuple[str, Reporter]:
    name = args.output_format or os.environ.get("FACTCHECK_OUTPUT_FORMAT") or "text"
    try:
        return name, get_reporter(name)
    except UnknownFormat as exc:
        # The option is checked by argparse; only the environment can get here.
        raise UnknownFormat(f"FACTCHECK_OUTPUT_FORMAT: {exc}") from None


def _check_election_flag(election: str | None, reference: str | None) -> None:
    """A usage error for an unknown ``--election``, with did-you-mean; with a reference file
    (``reference`` not None) the election may be one of the file's own labels, so it is not
    checked here."""
    if election is not None and reference is None:
        from factcheck.reference.loading import check_election

        check_election(election, where="--election")


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    # A wrong format is a usage error before any file is read.
    format_name, reporter = _reporter(args)
    config = _config(args)
    _check_selectors(args)
    _check_election_flag(args.election, config.reference)
    sources: list[str | Document] = []
    stdin_errors: list[InputError] = []
    for p in args.paths:
        if p == "-":
            doc = _read_stdin(args)
            if isinstance(doc, InputError):
                stdin_errors.append(doc)
            else:
                sources.append(doc)
        else:
            sources.append(p)
    bar = _ProgressBar(sys.stderr)
    try:
        report = check_many(
            sources,
            config=config,
            select=args.select,
            ignore=args.ignore,
            extend_select=args.extend_select,
            election=args.election,
            jobs=args.jobs,
            progress=bar,
            input_format=args.input_format,
            force_exclude=args.force_exclude,
            # Reporters that draw the articles (html) say so; the others let clean texts go.
            keep_articles=bool(getattr(reporter, "needs_articles", False)),
        )
    finally:
        bar.close()
    if stdin_errors:
        # A bad stdin is reported like a bad file: the other files are still checked.
        report = report.model_copy(update={"errors": (*stdin_errors, *report.errors)})
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8", newline="") as stream:
                _write(reporter, report, stream, args, config)
        except OSError as exc:
            print(
                f"factcheck: cannot write {visible(args.output_file)}: "
                f"{visible(exc.strerror or str(exc))}",
                file=sys.stderr,
            )
            return EXIT_ERROR
    else:
        _write(reporter, report, out, args, config)
    if format_name not in ("text", "github"):
        # The machine formats carry unread files too; people watching the run see them here.
        for e in report.errors:
            print(f"factcheck: {_format_error(e)}", file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.failed(config.fail_on) else EXIT_CLEAN


def _write(
    reporter: Reporter, report: Report, stream: TextIO, args: argparse.Namespace, config: Config
) -> None:
    options = ReportOptions(
        colour=_colour(args.color, stream),
        show_not_checked=config.show_not_checked,
        show_suppressed=args.show_suppressed,
        # Without a UTF-8 stream, machine formats escape non-ASCII rather than crash the write.
        ascii_only=not _utf8(stream),
        environ=os.environ,
    )
    reporter.write(report, stream, options)


def _pack(args: argparse.Namespace) -> Pack:
    """The packs a command reads figures with: the configured ones over the built-in ones."""
    if args.isolated and args.config:
        raise ConfigError(
            "--config cannot be used with --isolated, which ignores every configuration "
            "file; drop one of them"
        )
    if args.isolated:
        return default_pack()
    config = load_config_file(args.config) if args.config else discover_config()
    return load_packs(config.packs) if config.packs else default_pack()


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    pack = _pack(args)
    _check_election_flag(args.election, None)
    try:
        document = load_document(args.path, args.input_format)
        article = read_article(document, pack, election=args.election)
    except InputFileError as exc:
        # stdout carries only what was read, so it can be piped into a file and checked.
        for p in exc.problems():
            error = InputError(path=p.path, message=p.message, line=p.line, column=p.column)
            print(f"factcheck: {_format_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "text":
        out.write(_extract_table(article))
        return EXIT_CLEAN
    from factcheck.results_writer import to_json

    try:
        text = to_json(article, pack=pack, ensure_ascii=not _utf8(out))
    except ResultsWriteError as exc:
        print(
            f"factcheck: {visible(args.path)}: error: {visible(str(exc))} (a bug in the "
            "reader: please report it)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    out.write(safe_json(text) + "\n")
    return EXIT_CLEAN


def _figure_cell(fig: Figure | None, doc: Document) -> str:
    """A figure as the file writes it, with its line:column: ``nearly 11pc (5:33)``."""
    if fig is None:
        return ""
    shown = fig.text
    if fig.span is None:
        return shown
    start, end = fig.span.start, fig.span.end
    if 0 <= start < end <= len(doc.text) and end - start <= 60:
        shown = " ".join(doc.text[start:end].split())
    line, column = doc.position(start)
    return f"{shown} ({line}:{column})"


def _table(rows: list[list[str]], indent: str) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _extract_table(article: Article) -> str:
    """What was read from a file, for a person: contests, candidates and claims."""
    from factcheck.results_file import CLAIM_FIGURE_FIELDS, CONTEST_FIGURE_UNITS

    doc = article.document
    lines = [
        f"{doc.path}: {len(article.contests)} contest(s), {len(article.claims)} claim(s)",
    ]
    for contest in article.contests:
        about = [contest.label]
        if contest.election:
            about.append(contest.election)
        if contest.complete is not None:
            about.append("complete" if contest.complete else "incomplete")
        lines += ["", " · ".join(about)]
        figures = [
            [key.replace("_", " "), _figure_cell(getattr(contest, key), doc)]
            for key in CONTEST_FIGURE_UNITS
            if getattr(contest, key) is not None
        ]
        if figures:
            lines += _table(figures, "  ")
        if contest.candidates:
            rows = [["candidate", "party", "votes", "share", "rank"]]
            rows += [
                [
                    c.name,
                    c.party or "",
                    _figure_cell(c.votes, doc),
                    _figure_cell(c.share, doc),
                    _figure_cell(c.rank, doc),
                ]
                for c in contest.candidates
            ]
            lines += _table(rows, "  ")
    if article.claims:
        lines += ["", "claims"]
        for i, claim in enumerate(article.claims, 1):
            subject = ", ".join(
                v for v in (claim.contest, claim.candidate, claim.party) if v is not None
            )
            head = f"  {i}. {claim.kind} {claim.quantity.value}"
            head += f" ({subject})" if subject else ""
            head += " [quoted]" if claim.quoted else ""
            lines.append(head)
            rows = []
            direction = getattr(claim, "direction", None)
            if direction is not None:
                rows.append(["direction", str(direction.value)])
            verb = getattr(claim, "verb", None)
            if verb is not None:
                rows.append(["verb", verb])
            for key in CLAIM_FIGURE_FIELDS[claim.kind]:
                fig = getattr(claim, key)
                if fig is not None:
                    rows.append([key, _figure_cell(fig, doc)])
            since = getattr(claim, "since", None)
            if since is not None:
                rows.append(["since", since])
            if rows:
                lines += _table(rows, "       ")
    lines += _grounds_lines(article)
    # Names and figures come from the input: no control character reaches the terminal.
    return "\n".join(visible(line) for line in lines) + "\n"


def _grounds_lines(article: Article) -> list[str]:
    """How the reader attached each figure, and which ties it made only by nearness: what a
    finding on that figure rests on."""
    read = list(article.read_figures().values())
    if not read:
        return []
    doc = article.document
    lines = ["", "how each figure was read (loose ties make a finding a warning at most)"]
    for fig in read:
        g = fig.grounds
        assert g is not None
        lines.append(
            f"  {_figure_cell(fig, doc)}" + (f"  loose: {', '.join(g.loose)}" if g.loose else "")
        )
        lines += _table(
            [["what", g.what], ["subject", g.subject], ["seat", g.seat], ["election", g.election]],
            "       ",
        )
    guesses = [
        f"  {c.shown}: {c.paired_apart}"
        for contest in article.contests
        for c in contest.candidates
        if c.paired_apart
    ]
    if guesses:
        # The pairing is a reading of its own: share-votes-mismatch does not check on it.
        lines += ["", "votes and shares paired by a guess (not checked against each other)"]
        lines += guesses
    return lines


def _cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    rules = all_rules()
    if args.format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "scope": r.scope.value,
                "summary": r.summary(),
            }
            for r in rules
        ]
        import json  # only a listing in JSON needs it

        out.write(json.dumps(data, indent=2) + "\n")
        return EXIT_CLEAN
    width = max(len(r.name) for r in rules)
    out.write(f"{'CODE':<8}{'NAME':<{width + 2}}{'SEVERITY':<10}{'SCOPE':<10}SUMMARY\n")
    for r in rules:
        out.write(
            f"{r.code:<8}{r.name:<{width + 2}}{r.severity.value:<10}"
            f"{r.scope.value:<10}{r.summary()}\n"
        )
    return EXIT_CLEAN


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.docs import rule_page

    rule = get_rule(args.rule)
    out.write(rule_page(rule))
    return EXIT_CLEAN


def _cmd_elections(args: argparse.Namespace, out: TextIO) -> int:
    from factcheck.reference.bundled import ATTRIBUTION, bundled_elections

    infos = bundled_elections()
    if args.format == "json":
        data = [
            {
                "election": i.election,
                "contests": i.contests,
                "candidates": i.candidates,
                "dataset": i.dataset,
            }
            for i in infos
        ]
        import json

        out.write(json.dumps(data, indent=2) + "\n")
        return EXIT_CLEAN
    out.write(f"{'ELECTION':<13}{'CONTESTS':>9}{'CANDIDATES':>12}  DATASET\n")
    for i in infos:
        out.write(f"{i.election:<13}{i.contests:>9,}{i.candidates:>12,}  {i.dataset}\n")
    out.write(f"\n{ATTRIBUTION}\n")
    return EXIT_CLEAN


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from factcheck.serve.app import build
    except ImportError:
        print(
            "factcheck: `factcheck serve` needs the serve extra: "
            'pip install "factcheck-elections[serve]"',
            file=sys.stderr,
        )
        return EXIT_ERROR
    config = load_config_file(args.config) if args.config else discover_config()
    _check_election_flag(args.election, config.reference)
    app = build(config, args.election)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"factcheck: serving on {visible(args.host)}: anyone who can reach it can send "
            "drafts; put it behind your newsroom's sign-in",
            file=sys.stderr,
        )
    print(f"factcheck: the desk is at http://{visible(args.host)}:{args.port}/", file=sys.stderr)
    # No access log: a request line is harmless, but a draft must never reach a log, and
    # nothing else here needs one.
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="warning")
    return EXIT_CLEAN


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = out or sys.stdout
    try:
        # --help and --version print to stdout; send them where the caller asked.
        with contextlib.redirect_stdout(out), _messages_translated_once():
            args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return EXIT_CLEAN if exc.code == 0 else EXIT_ERROR
    try:
        if args.command == "check":
            return _cmd_check(args, out)
        if args.command == "rules":
            return _cmd_rules(args, out)
        if args.command == "explain":
            return _cmd_explain(args, out)
        if args.command == "extract":
            return _cmd_extract(args, out)
        if args.command == "elections":
            return _cmd_elections(args, out)
        if args.command == "serve":
            return _cmd_serve(args)
        import json

        from factcheck.results_file import json_schema

        out.write(json.dumps(json_schema(), indent=2) + "\n")
        return EXIT_CLEAN
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"factcheck: {visible(line)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN


def entry() -> None:
    """Console-script entry point: ``main`` with the process's streams, signals and exit."""
    if not _utf8(sys.stdout) and isinstance(sys.stdout, io.TextIOWrapper):
        # A terminal that cannot show "…" or "−" gets "?" rather than a UnicodeEncodeError.
        sys.stdout.reconfigure(errors="replace")
    # Millions of small objects live to the run's end: see COMMAND_GC_THRESHOLD.
    gc.set_threshold(*COMMAND_GC_THRESHOLD)
    try:
        code = main()
        sys.stdout.flush()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader (say, `| head`) has gone. Point stdout at devnull so the interpreter's
        # own flush at exit does not print a second BrokenPipeError.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_CLEAN
    # The interpreter's garbage collection at exit would walk every object the run made (the
    # models, rules and patterns: ~30 ms, a sixth of checking one article from a cold start)
    # to free what the process's end frees anyway. Frozen objects are left out of it.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    entry()
