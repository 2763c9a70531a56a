"""Results-dense stories for the reading benchmark: every one takes the full reading path.

The Wikinews average flatters the reader (a prefilter skips most of those articles unread).
These stories are what a results night files: one seat of a bundled election with 6 to 8
candidates, 1 to 3 KB, each candidate's votes and share, the majority and the turnout, written
in one of five house styles (all sentences are ours, in the patterns real copy uses; no
article text is copied):

- ``narrative``: the winner's votes and share in prose, the runner-up "who trailed behind",
  a change of turnout, the rest "trailed by" in one long sentence (like the first seed);
- ``list``: an intro, then a results list, a line per candidate ("Jane Smith (Lab) 15,906
  (33.4%)"), majority and turnout lines;
- ``card``: a results card per candidate (the name on its own line, "• Votes: 869",
  "• Vote share %: 1.6");
- ``wire``: "per cent" copy: the majority first, each candidate a sentence of their own,
  changes in points;
- ``bullets``: "• Jane Smith, Conservative - 16,045" lines after two prose paragraphs.

Generation is deterministic: the same seed writes the same stories.

    python benchmarks/results_stories.py DIR [--n N] [--seed S]

writes ``DIR/NNN_<style>.txt``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from factcheck.extract.entities import uk_constituencies
from factcheck.models import CandidateResult, ContestResult
from factcheck.reference.bundled import BundledResults

ELECTIONS = ("uk-ge-2015", "uk-ge-2017", "uk-ge-2019", "uk-ge-2024")
STYLES = ("narrative", "list", "card", "wire", "bullets")
_ABBREV = {
    "Conservative": "Con", "Labour": "Lab", "Liberal Democrat": "LD", "Green": "Green",
    "Scottish National Party": "SNP", "Reform UK": "Reform", "UK Independence Party": "Ukip",
    "Brexit Party": "Brexit", "Plaid Cymru": "PC",
}  # fmt: skip
_PREVIOUS = {"2015": "2010", "2017": "2015", "2019": "2017", "2024": "2019"}
# Paragraphs without results, as a story carries around them: quotes, scene, background.
_PROSE = [
    "“I want to thank everyone who came out to vote today, and my team, who knocked on "
    "thousands of doors in the rain,” the new MP told the count.",
    "Supporters cheered as the returning officer read out the figures shortly after 3am, "
    "some two hours later than expected after a recount was requested in a neighbouring seat.",
    "The campaign was dominated by the cost of living, hospital waiting lists and the future "
    "of the town centre, where several shops have closed since the spring.",
    "Speaking afterwards, the defeated candidate said she was proud of the campaign and would "
    "“take some time to reflect” before deciding whether to stand again.",
    "Local party members had expected a closer race after a difficult year for the "
    "government, with canvassers reporting a mixed picture on the doorstep.",
    "The constituency boundaries were redrawn before the election, adding two wards from the "
    "neighbouring district and removing one rural ward to the north.",
    "Counting took place at the sports centre on the edge of town, where staff from the "
    "council began verifying ballot boxes soon after polls closed at 10pm.",
    "Asked about the national picture, he said it was “too early to say” what the night "
    "would mean for his party, but praised volunteers for their work over six weeks.",
]
_ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def _votes(c: CandidateResult) -> int:
    return int(c.votes.value) if c.votes else 0


def _abbrev(party: str) -> str:
    for key, short in _ABBREV.items():
        if party.startswith(key):
            return short
    return party


class _Story:
    def __init__(self, contest: ContestResult, rng: random.Random) -> None:
        self.c = contest
        self.rng = rng
        self.cands = sorted(
            (c for c in contest.candidates if c.votes is not None), key=_votes, reverse=True
        )
        self.valid = sum(_votes(c) for c in self.cands)
        self.seat = contest.name or ""
        self.year = (contest.election or "uk-ge-2019")[-4:]
        self.before = _PREVIOUS.get(self.year, "2019")

    def prose(self, k: int) -> list[str]:
        """``k`` paragraphs of prose without results."""
        return self.rng.sample(_PROSE, k)

    def share(self, c: CandidateResult, places: int = 1) -> str:
        return f"{100 * _votes(c) / self.valid:.{places}f}"

    def majority(self) -> int:
        return _votes(self.cands[0]) - _votes(self.cands[1])

    def turnout(self) -> str:
        t = self.c.turnout
        return f"{float(t.value):.1f}" if t is not None else "64.2"

    def party(self, c: CandidateResult) -> str:
        return c.party or "Independent"

    def narrative(self) -> str:
        w, s, *rest = self.cands
        change = self.rng.choice(["up", "down"])
        lines = [
            f"{self.party(w)}'s {w.name} held {self.seat} after a long night at the count, "
            f"telling supporters the result was “a vote for change”.",
            f"{w.name} won with {_votes(w):,} votes in {self.seat} ({self.share(w)}pc), "
            f"followed by {self.party(s)}'s {s.name}, who trailed behind at {self.share(s)}pc "
            f"({_votes(s):,} votes).",
            f"Turnout was {change} about {self.rng.randrange(2, 6)} per cent to "
            f"{self.turnout()}pc from the {self.before} general election.",
            *self.prose(2),
            f"“We have listened to people on the doorstep,” {w.name.split()[-1]} said.",
            f"The majority was {self.majority():,}, and {s.name.split()[-1]} conceded shortly "
            f"after the declaration at 4am.",
        ]
        if rest:
            head, *tail = rest
            parts = [f"{c.name} ({self.party(c)}) with {_votes(c):,} votes ({self.share(c)}pc)"
                     for c in tail]  # fmt: skip
            lines.append(
                f"{head.name} of the {self.party(head)} came third with {_votes(head):,} of "
                f"the votes ({self.share(head)}pc)."
            )
            if parts:
                lines.append(
                    f"{head.name.split()[-1]} was trailed by "
                    + (", ".join(parts[:-1]) + " and " if len(parts) > 1 else "")
                    + parts[-1]
                    + "."
                )
        return "\n\n".join(lines) + "\n"

    def list(self) -> str:
        w = self.cands[0]
        lines = [
            f"{w.name} has been elected as the MP for {self.seat}.",
            f"The {self.party(w)} candidate polled {_votes(w):,} votes, a majority of "
            f"{self.majority():,} over {self.cands[1].name}.",
            *self.prose(3),
            f"Here are the full results for {self.seat}:",
            "",
        ]
        for c in self.cands:
            lines.append(f"{c.name} ({_abbrev(self.party(c))}) {_votes(c):,} ({self.share(c, 2)}%)")
        lines += ["", f"Majority: {self.majority():,}", f"Turnout: {self.turnout()}%", ""]
        lines.append(f"Turnout in {self.seat} was {self.turnout()}pc.")
        return "\n".join(lines) + "\n"

    def card(self) -> str:
        w = self.cands[0]
        lines = [
            f"## {self.seat} general election {self.year} result",
            "",
            f"{w.name} of the {self.party(w)} won the seat with a majority of {self.majority():,}.",
            "",
            *self.prose(2),
            "",
        ]
        for c in self.cands:
            lines += [
                c.name,
                f"• Party: {self.party(c)}",
                f"• Votes: {_votes(c):,}",
                f"• Vote share %: {self.share(c)}",
                "",
            ]
        return "\n".join(lines)

    def wire(self) -> str:
        w, s, *rest = self.cands
        lines = [
            f"{self.party(w)} won {self.seat} with a majority of {self.majority():,} votes over "
            f"the {self.party(s)}, on a turnout of {self.turnout()} per cent.",
            f"{w.name} polled {_votes(w):,} votes, or {self.share(w)} per cent, against "
            f"{s.name}'s {_votes(s):,} ({self.share(s)} per cent).",
            f"{self.party(w)}'s share was up {self.rng.randrange(1, 9)}.{self.rng.randrange(10)} "
            f"points on {self.before}.",
            *self.prose(2),
        ]
        for k, c in enumerate(rest, 2):
            lines.append(
                f"{c.name} of the {self.party(c)} finished {_ORDINAL[k]} with {_votes(c):,} "
                f"votes, a share of {self.share(c)} per cent."
            )
        lines.append(f"The count at the leisure centre in {self.seat} ended shortly before 3am.")
        return " ".join(lines) + "\n"

    def bullets(self) -> str:
        w, s = self.cands[0], self.cands[1]
        lines = [
            f"{w.name} is the new MP for {self.seat}, beating {s.name} by {self.majority():,} "
            f"votes.",
            "",
            f"Turnout was {self.turnout()}%, and {w.name.split()[-1]} took {self.share(w)}% of "
            f"the vote.",
            "",
            "\n\n".join(self.prose(3)),
            "",
            "The full result:",
            "",
        ]
        for c in self.cands:
            lines.append(f"• {c.name}, {self.party(c)} - {_votes(c):,}")
        return "\n".join(lines) + "\n"


def contests(n: int, seed: int = 11) -> list[ContestResult]:
    """``n`` contests with 6 to 8 candidates, from the bundled elections."""
    rng = random.Random(seed)
    source = BundledResults()
    names = uk_constituencies()
    pool: list[ContestResult] = []
    for election in ELECTIONS:
        for name in names:
            contest = source.contest(name, election)
            if contest is not None and 6 <= len(contest.candidates) <= 8:
                pool.append(contest)
    return rng.sample(pool, min(n, len(pool)))


def stories(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """(name, text) pairs: ``n`` stories, the house styles in turn."""
    rng = random.Random(seed)
    out = []
    for k, contest in enumerate(contests(n, seed)):
        style = STYLES[k % len(STYLES)]
        out.append((f"{k:03d}_{style}", getattr(_Story(contest, rng), style)()))
    return out


def main() -> None:
    """Write the stories to the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    for name, text in stories(args.n, args.seed):
        (args.folder / f"{name}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
