"""Results stories written from the bundled official record, for the reference benchmarks.

The sentences are ours, in the patterns real copy uses (no article text is copied). Each
story names a seat of one bundled election and gives its winner's and runner-up's votes and
shares and the turnout, with some of what makes the reference check work: figures slipped by
a digit, misspelt surnames, party aliases ("the Tories'"), "&" for "and", a seat of another
election (a name the record does not hold, so it goes to fuzzy matching), and a person the
record does not list. Generation is deterministic: the same seed writes the same stories.

    python benchmarks/reference_articles.py DIR [--per-election N] [--seed S]

writes ``DIR/<election>/NNN.txt``; run ``factcheck check --election <election>`` on each folder.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from factcheck.extract.entities import uk_constituencies
from factcheck.models import CandidateResult, ContestResult
from factcheck.reference.bundled import BundledResults

ELECTIONS = ("uk-ge-2015", "uk-ge-2017", "uk-ge-2019", "uk-ge-2024")

_ALIASES = {
    "Conservative": ["Conservative", "the Conservatives'", "the Tories'", "Tory"],
    "Labour": ["Labour", "Labour's", "Labour"],
    "Liberal Democrat": ["Liberal Democrat", "the Lib Dems'", "Lib Dem"],
    "Green": ["Green", "the Greens'"],
    "Scottish National Party": ["SNP", "the SNP's"],
}


def _party(party: str, rng: random.Random) -> str:
    for key, forms in _ALIASES.items():
        if party.startswith(key):
            return rng.choice(forms)
    return party


def _slip(n: int, rng: random.Random) -> int:
    """A digit slip: two neighbouring digits swapped, or one digit changed."""
    s = str(n)
    if len(s) >= 2 and rng.random() < 0.5:
        i = rng.randrange(len(s) - 1)
        if s[i] != s[i + 1]:
            return int(s[:i] + s[i + 1] + s[i] + s[i + 2 :])
    i = rng.randrange(1, len(s)) if len(s) > 1 else 0
    d = (int(s[i]) + rng.choice((1, 2, 8, 9))) % 10
    return int(s[:i] + str(d) + s[i + 1 :])


def _misspell(name: str, rng: random.Random) -> str:
    """The surname with one letter doubled or dropped: "Wilford" -> "Wilfford"."""
    *first, last = name.split()
    if len(last) < 5:
        return name
    i = rng.randrange(1, len(last) - 1)
    last = last[:i] + last[i] + last[i:] if rng.random() < 0.5 else last[:i] + last[i + 1 :]
    return " ".join([*first, last])


def _pct(x: float) -> str:
    return f"{x:.1f}"


def story(contest: ContestResult, rng: random.Random, *, seat: str | None = None) -> str:
    """One results story about ``contest`` (written as ``seat`` when given)."""
    cands = [c for c in contest.candidates if c.votes is not None]
    win, second = cands[0], cands[1]
    third = cands[2] if len(cands) > 2 else None
    where = seat or contest.name or ""
    if seat is None and rng.random() < 0.3:
        where = where.replace(" and ", " & ")
    valid = int(contest.valid_votes.value) if contest.valid_votes else 0

    def votes(c: CandidateResult, slip: bool = False) -> str:
        n = int(c.votes.value) if c.votes else 0
        return f"{_slip(n, rng) if slip else n:,}"

    def share(c: CandidateResult) -> str:
        n = int(c.votes.value) if c.votes else 0
        return _pct(100 * n / valid) if valid else "0"

    w_name = _misspell(win.name, rng) if rng.random() < 0.15 else win.name
    s_name = _misspell(second.name, rng) if rng.random() < 0.15 else second.name
    lines = [
        f"{_party(win.party or '', rng)} {w_name} won {where} with {votes(win, rng.random() < 0.2)}"
        f" votes, a {share(win)}pc share.",
        f"{_party(second.party or '', rng)} candidate {s_name} came second with "
        f"{votes(second, rng.random() < 0.1)} votes ({share(second)}pc).",
    ]
    if third is not None and rng.random() < 0.7:
        lines.append(f"{third.name} ({third.party}) was third with {votes(third)} votes.")
    if contest.turnout is not None:
        turnout = float(contest.turnout.value)
        if rng.random() < 0.2:
            turnout += rng.choice((-4.0, 3.0, 5.0))
        lines.append(f"Turnout in {where} was {_pct(turnout)}pc.")
    if rng.random() < 0.2:
        lines.append(f"Independent Alex Brennock-Tate took {rng.randrange(40, 900):,} votes.")
    return "\n\n".join(line[0].upper() + line[1:] for line in lines) + "\n"


def stories(per_election: int, seed: int = 11) -> Iterator[tuple[str, str]]:
    """(election, story) pairs: ``per_election`` stories for each bundled election."""
    rng = random.Random(seed)
    source = BundledResults()
    names = uk_constituencies()
    for i, election in enumerate(ELECTIONS):
        others = ELECTIONS[(i + 1) % len(ELECTIONS)]
        held = [n for n in names if source.record(n, election) is not None]
        picked = rng.sample(held, per_election)
        for k, name in enumerate(picked):
            contest = source.contest(name, election)
            assert contest is not None
            if k % 10 == 9:
                # A seat of another election: the record of this one does not hold its name.
                away = [n for n in names if source.record(n, election) is None]
                other = source.contest(rng.choice(away), others) if away else None
                if other is not None and len(other.candidates) >= 2:
                    yield election, story(other, rng)
                    continue
            yield election, story(contest, rng)


def write(folder: Path, per_election: int, seed: int = 11) -> list[Path]:
    """Write the stories under ``folder/<election>/``; the folders written, one per election."""
    counts: dict[str, int] = {}
    for election, text in stories(per_election, seed):
        n = counts.get(election, 0)
        counts[election] = n + 1
        out = folder / election / f"{n:03d}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    return [folder / e for e in ELECTIONS if e in counts]


def main() -> None:
    """Write the stories to the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--per-election", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    for d in write(args.folder, args.per_election, args.seed):
        print(d, len(list(d.glob("*.txt"))))


if __name__ == "__main__":
    main()
