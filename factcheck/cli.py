"""The ``factcheck`` command.

Exit codes: 0 when clean, 1 when a finding is at or above the failing severity, 2 on a usage
or input error (a file that cannot be read, a bad configuration).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck._version import __version__
from factcheck.api import check
from factcheck.config import Config, ConfigError, discover_config, load_config_file
from factcheck.documents import InputFileError, decode
from factcheck.models import Document, Severity
from factcheck.registry import UnknownSelector, all_rules, get_rule
from factcheck.report import FORMATS, render_json, render_text
from factcheck.results_file import json_schema

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Catch the arithmetic and wording errors in election-results journalism.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("check", help="check results files and articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument(
        "--select", type=_csv, action="extend", help="rules to run (codes, prefixes, names)"
    )
    p.add_argument("--extend-select", type=_csv, action="extend", dest="extend_select")
    p.add_argument("--ignore", type=_csv, action="extend", help="rules to skip")
    p.add_argument("--config", help="a factcheck.toml or pyproject.toml to read settings from")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument("--fail-on", choices=[s.value for s in Severity], dest="fail_on")
    p.add_argument("--rounding", choices=["half-up", "half-even", "any"])
    p.add_argument("--show-not-checked", action="store_true", dest="show_not_checked")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=FORMATS, default="text")

    e = sub.add_parser("explain", help="show a rule's documentation")
    e.add_argument("rule", help="a rule code or name, e.g. NUM101 or share-votes-mismatch")

    sub.add_parser("schema", help="print the JSON Schema of the results-file format")
    return parser


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _config(args: argparse.Namespace) -> Config:
    if args.isolated:
        base = Config()
    elif args.config:
        base = load_config_file(args.config)
    else:
        base = discover_config()
    return base.merged(
        fail_on=args.fail_on,
        rounding=args.rounding,
        show_not_checked=True if args.show_not_checked else None,
    )


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    config = _config(args)
    sources: list[str | Document] = []
    for p in args.paths:
        if p == "-":
            try:
                text = decode(sys.stdin.buffer.read(), "<stdin>")
            except InputFileError as exc:
                print(f"factcheck: {exc}", file=sys.stderr)
                return EXIT_ERROR
            sources.append(Document(path="<stdin>", text=text, media_type="application/json"))
        else:
            sources.append(p)
    report = check(
        sources,
        config=config,
        select=args.select,
        ignore=args.ignore,
        extend_select=args.extend_select,
    )
    if args.format == "json":
        out.write(render_json(report, show_not_checked=config.show_not_checked) + "\n")
        for e in report.errors:
            print(f"factcheck: {e.path}: {e.message}", file=sys.stderr)
    else:
        out.write(
            render_text(
                report, colour=_colour(args.color, out), show_not_checked=config.show_not_checked
            )
        )
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.failed(config.fail_on) else EXIT_CLEAN


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


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = out or sys.stdout
    try:
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
        out.write(json.dumps(json_schema(), indent=2) + "\n")
        return EXIT_CLEAN
    except (ConfigError, UnknownSelector) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
