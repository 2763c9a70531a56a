"""Replay severity policies on tie records: which kinds of tie earn an error on unseen copy?

    python benchmarks/tie_policy.py NAME=FILE [NAME=FILE ...]
        [--demote TIE:KIND ...] [--too-loose TIE:KIND ...] [--lobo] [--loose-unchecked]
        [--choose-on NAME[,NAME ...]]

Each FILE is a tie record written by ``benchmarks/realcopy.py DIR --split S --ties-json
FILE`` (each error and warning finding, its verdict, and the kind of each tie of the readings
it rests on; see ``tie_kind`` there); NAME says which code read it ("unseen:dev6" for a batch
scored at the main commit where it was still unseen, "today" for the current reader). A name
starting ``unseen:`` counts towards the unseen record.

The replay makes the engine's severity decision again with some tie kinds made *loose* (a
finding on them at most a warning, with no fix) or *too loose* (not checked), as
``factcheck/engine.py`` makes it (``_too_loose``, ``_unsure_reading``, ``_loose_readings``):

- a comparison with the official record whose figure has a loose seat, subject or election
  (the seat unless a rule confirmed it from the figure's person) is not made;
- a rule's own arithmetic on a figure whose election is loose, or whose seat and subject are
  both loose (unless confirmed), is not checked;
- any other loose tie makes an error a warning.

It replays only demotions (a finding the code did not make cannot be made), and only on the
figures the engine weighs (names and outcomes are weighed by their rules). A finding given up
could let another rule's finding on the same words through (the engine keeps one per span):
the replay does not see that.

``--lobo`` is leave-one-batch-out: for each unseen batch, the kinds to demote are chosen on
the other batches' unseen record alone (a kind whose errors there are right less than
``--max-precision`` of the time, on at least ``--min-errors`` errors), then scored on the left
out batch at its unseen commit and today; with kinds named by ``--demote``, each of them is
judged so on its own. ``--loose-unchecked`` answers what e+w precision
and recall would be if every finding on a loose reading were "not checked".

``--choose-on`` chooses the kinds (as ``--lobo`` does, by ``--min-errors`` and
``--max-precision``) on the named records alone and scores every record with them: does a
choice made on some splits hold on the others? With each open split's record named
``unseen:SPLIT`` (written at one commit), ``--choose-on unseen:dev11`` asks whether the kinds
the newly opened split would demote hold on the splits tuned before it, and the other way
round (the twenty-first session).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TIES = ("seat", "subject", "what", "election")
Policy = dict[tuple[str, str], str]
"""(tie, kind) → "loose" or "too loose"."""

Record = dict[str, Any]


@dataclass
class Run:
    """One tie record: a name, its findings and each split's count of false claims."""

    name: str
    findings: list[Record]
    false_claims: dict[str, int]


def load(spec: str) -> Run:
    name, _, path = spec.partition("=")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Run(name, data["findings"], data["false_claims"])


def _engine_figures(rec: Record) -> list[Record]:
    return [f for f in rec["figures"] if f["source"] == "figure"]


def severity(rec: Record, policy: Policy) -> str:
    """The finding's severity under ``policy``: "error", "warning" or "not checked"."""
    confirmed = rec["confirmed"]
    figures = _engine_figures(rec)
    looser: list[tuple[Record, set[str], bool]] = []
    for fig in figures:
        loose = set(fig["loose"])
        too = False
        for tie in TIES:
            made = policy.get((tie, fig["kinds"][tie]))
            if made is not None:
                loose.add(tie)
                too = too or made == "too loose"
        looser.append((fig, loose, too))
    if any(too for _, _, too in looser):
        return "not checked"
    if rec["record"]:
        for fig, loose, _ in looser:
            unsure = loose & {"seat", "subject", "election"}
            if confirmed:
                unsure.discard("seat")
            if fig["main"] and unsure and not set(fig["loose"]) >= unsure:
                # Newly unsure: the record is not consulted. (Already unsure and still made:
                # the engine had its reasons, a confirmed or settled seat; left as it was.)
                return "not checked"
    else:
        for _, loose, _ in looser:
            both = {"seat", "subject"} <= loose and not confirmed
            if "election" in loose or both:
                return "not checked"
    if any(loose for _, loose, _ in looser) and rec["severity"] == "error":
        return "warning"
    return str(rec["severity"])


@dataclass
class Tally:
    errors: Counter[bool]
    warnings: Counter[bool]
    caught: set[str]
    false_claims: int

    def line(self) -> str:
        ew = self.errors + self.warnings
        return (
            f"error {_ratio(self.errors[True], self.errors.total())}, "
            f"e+w {_ratio(ew[True], ew.total())}, "
            f"recall {_ratio(len(self.caught), self.false_claims)}"
        )


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}" if b else "0/0"


def tally(run: Run, split: str, decide: Any) -> Tally:
    """Errors and warnings right, and false claims caught, on one split, each finding's
    severity given by ``decide``."""
    t = Tally(Counter(), Counter(), set(), run.false_claims.get(split, 0))
    for rec in run.findings:
        if rec["split"] != split:
            continue
        sev = decide(rec)
        right = rec["judgement"] == "right"
        if sev == "error":
            t.errors[right] += 1
        elif sev == "warning":
            t.warnings[right] += 1
        else:
            continue
        t.caught.update(rec["caught"])
    return t


def kinds_table(findings: Iterable[Record], tie: str) -> dict[str, Counter[str]]:
    """Per kind of ``tie`` (of the figures at the findings' own places), errors and warnings
    right and wrong."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in findings:
        kinds = {
            f"{fig['source']}: {fig['kinds'][tie]}" + (" [loose]" if tie in fig["loose"] else "")
            for fig in rec["figures"]
            if fig["main"]
        } or {"(no grounded reading)"}
        right = "right" if rec["judgement"] == "right" else "wrong"
        for kind in kinds:
            table[kind][f"{rec['severity']} {right}"] += 1
    return table


def choose(
    findings: Sequence[Record],
    min_errors: int,
    max_precision: float,
    only: Policy | None = None,
) -> Policy:
    """The figure tie kinds whose errors on ``findings`` are right less than
    ``max_precision`` of the time, on at least ``min_errors`` errors: made loose. A kind
    under most of the errors is the tie's default ("the contest's own figure", the story's
    election): it says nothing about which errors are wrong, and demoting it would demote the
    rule, so it is never chosen. With ``only``, just those kinds are weighed, each on its own
    record (a kind named by hand is judged, whatever its share)."""
    policy: Policy = {}
    errors_made = [rec for rec in findings if rec["severity"] == "error"]
    for tie in TIES:
        errors: dict[str, Counter[bool]] = defaultdict(Counter)
        for rec in errors_made:
            for kind in {f["kinds"][tie] for f in _engine_figures(rec) if tie not in f["loose"]}:
                errors[kind][rec["judgement"] == "right"] += 1
        for kind, c in errors.items():
            if only is not None and (tie, kind) not in only:
                continue
            default = only is None and c.total() * 2 > len(errors_made)
            if not default and c.total() >= min_errors and c[True] < max_precision * c.total():
                policy[(tie, kind)] = "loose"
    return policy


def blame(findings: Iterable[Record], split: str) -> str:
    """Wrong errors and warnings on ``split`` by how the labelled claim under each was read:
    a false alarm on a claim read correctly (kind, subject and seat as labelled) is not a
    tie's fault, and no severity given by ties can stop it; a finding on no labelled claim
    is *unlabelled*."""
    out = []
    for sev in ("error", "warning"):
        c: Counter[str] = Counter()
        for rec in findings:
            if rec["split"] == split and rec["severity"] == sev and rec["judgement"] != "right":
                c["/".join(rec["read"]) or "unlabelled"] += 1
        out.append(
            f"{sev}s wrong {c.total()} ("
            + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
            + ")"
        )
    return "; ".join(out)


def _splits(run: Run) -> list[str]:
    return list(run.false_claims)


def _lobo(
    runs: Sequence[Run],
    unseen: Sequence[Run],
    min_errors: int,
    max_precision: float,
    only: Policy | None,
) -> None:
    """Each unseen batch scored with the kinds chosen on the other batches' unseen record, at
    its unseen commit and by each other run (today's reader), then the totals over folds."""
    totals: dict[str, list[Tally]] = defaultdict(list)
    for left in unseen:
        split = left.name.split(":", 1)[1]
        others = [rec for r in unseen if r is not left for rec in r.findings]
        chosen = choose(others, min_errors, max_precision, only)
        print(f"    {split} left out; chosen: {sorted(chosen) or 'none'}")
        for run in [left, *(r for r in runs if not r.name.startswith("unseen:"))]:
            if split not in run.false_claims:
                continue
            before = tally(run, split, lambda rec: rec["severity"])
            after = tally(run, split, lambda rec, chosen=chosen: severity(rec, chosen))
            print(f"      {run.name} {split}: {before.line()} → {after.line()}")
            where = "unseen" if run is left else run.name
            totals[f"{where} before"].append(before)
            totals[f"{where} after"].append(after)
    for where in dict.fromkeys(k.rsplit(" ", 1)[0] for k in totals):
        before, after = _sum(totals[f"{where} before"]), _sum(totals[f"{where} after"])
        print(f"    all folds, {where}: {before.line()} → {after.line()}")


def _sum(tallies: Sequence[Tally]) -> Tally:
    out = Tally(Counter(), Counter(), set(), 0)
    for t in tallies:
        out.errors.update(t.errors)
        out.warnings.update(t.warnings)
        out.caught |= t.caught
        out.false_claims += t.false_claims
    return out


def choose_on(
    runs: Sequence[Run], names: Sequence[str], min_errors: int, max_precision: float
) -> Policy:
    """The kinds :func:`choose` picks on the findings of the runs named ``names`` alone."""
    unknown = set(names) - {r.name for r in runs}
    if unknown:
        raise SystemExit(f"--choose-on: no record named {', '.join(sorted(unknown))}")
    findings = [rec for r in runs if r.name in names for rec in r.findings]
    return choose(findings, min_errors, max_precision)


def _parse(specs: Sequence[str], made: str) -> Policy:
    policy: Policy = {}
    for spec in specs:
        tie, _, kind = spec.partition(":")
        if tie not in TIES:
            raise SystemExit(f"{spec!r}: the tie is one of {', '.join(TIES)}")
        policy[(tie, kind.strip())] = made
    return policy


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", nargs="+", help="NAME=FILE, a tie record from realcopy.py")
    ap.add_argument("--demote", action="append", default=[], metavar="TIE:KIND")
    ap.add_argument("--too-loose", action="append", default=[], metavar="TIE:KIND")
    ap.add_argument("--lobo", action="store_true")
    ap.add_argument("--min-errors", type=int, default=3)
    ap.add_argument("--max-precision", type=float, default=0.5)
    ap.add_argument("--loose-unchecked", action="store_true")
    ap.add_argument(
        "--choose-on",
        metavar="NAME[,NAME ...]",
        help="choose the kinds on these records alone, then score every record with them",
    )
    ap.add_argument("--table", action="store_true", help="the unseen record's kinds per tie")
    ap.add_argument(
        "--blame",
        action="store_true",
        help="wrong errors and warnings by how the labelled claim under them was read",
    )
    args = ap.parse_args(argv)
    runs = [load(s) for s in args.records]
    unseen = [r for r in runs if r.name.startswith("unseen:")]
    if args.table:
        findings = [rec for r in unseen for rec in r.findings]
        print(f"## unseen record: {len(findings)} findings ({', '.join(r.name for r in unseen)})")
        for tie in TIES:
            print(f"### {tie}: error right, error wrong, warning right, warning wrong")
            table = kinds_table(findings, tie)
            for kind, c in sorted(table.items(), key=lambda kv: -kv[1].total()):
                print(
                    f"  {c['error right']:3d} {c['error wrong']:3d} "
                    f"{c['warning right']:3d} {c['warning wrong']:3d}  {kind}"
                )
    if args.blame:
        print("## wrong findings by how the claim under them was read")
        for run in runs:
            for split in _splits(run):
                print(f"  {run.name} {split}: " + blame(run.findings, split))
    policy = _parse(args.demote, "loose") | _parse(args.too_loose, "too loose")
    if policy:
        print(f"## policy: {policy}")
        for run in runs:
            for split in _splits(run):
                before = tally(run, split, lambda rec: rec["severity"])
                after = tally(run, split, lambda rec: severity(rec, policy))
                print(f"  {run.name} {split}: {before.line()} → {after.line()}")
    if args.lobo:
        print(
            f"## leave one batch out (a kind's errors right < {args.max_precision} "
            f"on ≥ {args.min_errors} errors of the other batches: made loose)"
        )
        # With kinds named (--demote), each is judged on its own; else every kind at once.
        each: list[Policy | None] = [{kind: made} for kind, made in policy.items()]
        for only in each or [None]:
            if only is not None:
                print(f"  {next(iter(only))}")
            _lobo(runs, unseen, args.min_errors, args.max_precision, only)
    if args.choose_on:
        names = [n.strip() for n in args.choose_on.split(",") if n.strip()]
        chosen = choose_on(runs, names, args.min_errors, args.max_precision)
        print(
            f"## chosen on {', '.join(names)} (a kind's errors right < {args.max_precision} "
            f"on ≥ {args.min_errors} errors): {sorted(chosen) or 'none'}"
        )
        for run in runs:
            for split in _splits(run):
                before = tally(run, split, lambda rec: rec["severity"])
                after = tally(run, split, lambda rec: severity(rec, chosen))
                mark = " (chosen on)" if run.name in names else ""
                print(f"  {run.name} {split}{mark}: {before.line()} → {after.line()}")
    if args.loose_unchecked:
        print("## every finding on a loose reading not checked")
        for run in runs:
            for split in _splits(run):

                def decide(rec: Record) -> str:
                    loose = rec["loose_reading"] or any(f["loose"] for f in rec["figures"])
                    return "not checked" if loose else str(rec["severity"])

                before = tally(run, split, lambda rec: rec["severity"])
                after = tally(run, split, decide)
                print(f"  {run.name} {split}: {before.line()} → {after.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
