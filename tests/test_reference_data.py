"""The bundled official results: complete, reconciled, and the seeds' seats hand-checked."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from script_modules import REPO, load

from factcheck.errors import ConfigError
from factcheck.reference.bundled import bundled_elections, bundled_results
from factcheck.reference.loading import load_reference

KNOWN_SOURCE_ERRORS = {
    # The 1918-2017 file has Lab 14,308, the Electoral Commission 14,038: 270 votes short.
    ("uk-ge-2015", "Croydon South"),
    # The 2019 candidate file has Lab 5,664 and Green 2,918; the constituency file 5,644, 2,198.
    ("uk-ge-2019", "Meon Valley"),
}


def test_four_elections_of_650_seats() -> None:
    infos = {i.election: i for i in bundled_elections()}
    assert sorted(infos) == ["uk-ge-2015", "uk-ge-2017", "uk-ge-2019", "uk-ge-2024"]
    assert all(i.contests == 650 for i in infos.values())
    # Candidate rows in the source files (2015 without its trailer row).
    assert [infos[e].candidates for e in sorted(infos)] == [3971, 3304, 3320, 4515]


def test_every_seat_reconciles_except_the_documented_source_errors() -> None:
    from factcheck.reference.bundled import _records

    broken = set()
    for election, recs in _records().items():
        for name, rec in recs.items():
            votes = [c[4] for c in rec.candidates]
            assert votes == sorted(votes, reverse=True)
            if sum(votes) != rec.valid_votes or votes[0] - votes[1] != rec.majority:
                broken.add((election, name))
    assert broken == KNOWN_SOURCE_ERRORS


@pytest.mark.parametrize(
    ("name", "election", "electorate", "valid", "majority", "winner", "votes"),
    [
        ("Bethnal Green and Bow", "uk-ge-2017", 86075, 59825, 35393, "Rushanara Ali", 42969),
        ("Bethnal Green & Bow", "uk-ge-2015", 82727, 52924, 24317, "Rushanara Ali", 32387),
        ("POPLAR AND LIMEHOUSE", "uk-ge-2017", 87331, 58814, 27712, "Jim Fitzpatrick", 39558),
        ("Poplar and Limehouse", "uk-ge-2015", 82081, 51044, 16924, "Jim Fitzpatrick", 29886),
        ("Bethnal Green and Bow", "uk-ge-2019", 88262, 60562, 37524, "Rushanara Ali", 44052),
        ("Bethnal Green and Stepney", "uk-ge-2024", 81439, 46647, 1689, "Rushanara Ali", 15896),
    ],
)
def test_seats_against_the_readme(  # noqa: PLR0917 - one parameter per column of the table
    name: str, election: str, electorate: int, valid: int, majority: int, winner: str, votes: int
) -> None:
    c = bundled_results().contest(name, election)
    assert c is not None
    assert c.electorate is not None
    assert c.electorate.value == electorate
    assert c.valid_votes is not None
    assert c.valid_votes.value == valid
    assert c.majority is not None
    assert c.majority.value == majority
    assert c.candidates[0].name == winner
    assert c.candidates[0].votes is not None
    assert c.candidates[0].votes.value == votes


def test_shares_are_computed_from_votes() -> None:
    c = bundled_results().contest("Bethnal Green and Bow", "uk-ge-2017")
    assert c is not None
    share = c.candidates[0].share
    assert share is not None
    assert share.text == "71.8245"  # 42,969 / 59,825 = 0.7182448...
    assert abs(Fraction(share.value) - Fraction(42969 * 100, 59825)) < Fraction(1, 10000)


def test_names_match_in_any_common_spelling() -> None:
    src = bundled_results()
    assert src.contest("Ynys Mon", "uk-ge-2017") is not None
    assert src.contest("ynys môn", "uk-ge-2019") is not None
    assert src.contest("Nowhere West", "uk-ge-2017") is None
    assert src.contest("Bethnal Green and Bow", "uk-ge-2010") is None


def test_previous_elections() -> None:
    src = bundled_results()
    assert src.previous("uk-ge-2017") == "uk-ge-2015"
    assert src.previous("uk-ge-2024") == "uk-ge-2019"
    assert src.previous("uk-ge-2015") is None


def test_unknown_election_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown election 'uk-ge-2018'; did you mean"):
        load_reference("uk-ge-2018")


def test_bad_reference_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "ref.json"
    bad.write_text('{"contests": [', encoding="utf-8")
    with pytest.raises(ConfigError, match="--reference"):
        load_reference(None, str(bad))


def test_the_build_script_reproduces_the_bundled_file(shared_dir: Path, tmp_path: Path) -> None:
    import gzip

    script = REPO / "scripts" / "build_reference.py"
    module = load(script)
    out = tmp_path / "out.jsonl.gz"
    module.write(module.build(shared_dir / "data" / "uk-results"), out)
    bundled = script.parent.parent / "factcheck" / "data" / "uk-ge-results.jsonl.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(bundled.read_bytes())
