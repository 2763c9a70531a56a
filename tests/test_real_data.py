"""Every official result of the 2017, 2019 and 2024 general elections must check clean.

All 650 constituencies of each year are read from the House of Commons Library's CSVs
(``factcheck.ukresults``) and run through every rule. The only findings allowed are the source
errors documented below, each verified against the raw CSV inside its own test, so a rule that
starts firing on good data (or stops catching a bad seat) fails here.

Tests that need ../shared reach it only through the ``shared_dir`` fixture. The tests at the
bottom exercise the reader on small synthetic files and need nothing.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from factcheck import ContestResult, Figure, Provenance, Report, RuleContext, Unit, Violation
from factcheck.checks.arithmetic import ShareVotesMismatch, TotalMismatch
from factcheck.ukresults import (
    HocFormatError,
    hoc_paths,
    read_hoc_results,
    read_hoc_year,
    share_percentage,
)

YEARS = (2017, 2019, 2024)
SEATS = 650

# The 2024 candidate file's shares are the exact share rounded first to 9 places and then to 6
# (test_2024_double_rounded_shares checks this for every 2024 candidate). For these
# five candidates the exact share lies just below a half in the 7th place, so the published
# 6-place fraction is one unit too high and the 4-place percentage built from it cannot be the
# share of the votes:
#   East Antrim, McMullan        2,986 / 39,675 = 0.0752614997 -> published 0.075262, not 0.075261
#   Edinburgh North and Leith,
#     Waterloo                     139 / 49,475 = 0.0028094997 -> published 0.00281, not 0.002809
#   Ilford South, Tipu           1,366 / 41,170 = 0.0331794996 -> published 0.03318, not 0.033179
#   Leeds North East, Islam      2,067 / 45,167 = 0.0457634999 -> published 0.045764, not 0.045763
#   Stockton West, Dancey       18,233 / 48,638 = 0.3748714997 -> published 0.374872, not 0.374871
DOUBLE_ROUNDED_2024 = {
    ("East Antrim", "Oliver McMullan"),
    ("Edinburgh North and Leith", "Caroline Waterloo"),
    ("Ilford South", "Golam Tipu"),
    ("Leeds North East", "Dawud Islam"),
    ("Stockton West", "Joe Dancey"),
}

# Seats that fire, and the rules that fire there, on the published figures. Everything else
# must check clean with every rule.
KNOWN_SOURCE_ERRORS: dict[int, dict[str, set[str]]] = {
    2017: {},
    # The candidate file has Lab 5,664 and Green 2,918; the constituency file 5,644 and 2,198.
    # Both share-votes-mismatch and total-mismatch blame the stated total, so the engine keeps
    # one finding and records the other rule under evidence["also"].
    2019: {"Meon Valley": {"share-votes-mismatch"}},
    2024: {seat: {"share-votes-mismatch"} for seat, _ in DOUBLE_ROUNDED_2024},
}


# -- helpers ----------------------------------------------------------------------------------


def _half_up(x: Fraction, places: int) -> Fraction:
    """Round half-up exactly; written out here so the tests do not lean on the code under test."""
    scale = 10**places
    return Fraction(math.floor(x * scale + Fraction(1, 2)), scale)


def _fixed(x: Fraction, places: int) -> str:
    """An exact non-negative multiple of 10**-places as text with exactly ``places`` decimals."""
    n = x * 10**places
    assert n.denominator == 1
    whole, frac = divmod(n.numerator, 10**places)
    return f"{whole}.{frac:0{places}d}" if places else str(whole)


def _share_text(part: int, whole: int, decimals: int) -> str:
    """``part`` as a percentage of ``whole``, rounded half-up and written as a newspaper would."""
    return _fixed(_half_up(Fraction(100 * part, whole), decimals), decimals)


def _raw(directory: Path, year: int, kind: str) -> list[dict[str, str]]:
    """Rows of a raw CSV, read with the csv module alone, headers in 2019 style (snake_case).

    ``kind`` is "candidate" or "constituency". Each row also gets "code", its ONS code.
    """
    candidates, constituencies = hoc_paths(directory, year)
    path = {"candidate": candidates, "constituency": constituencies}[kind]
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = [
            {k.strip().lower().replace(" ", "_"): v for k, v in row.items()}
            for row in csv.DictReader(fh)
        ]
    for row in rows:
        row["code"] = row["ons_id"] if "ons_id" in row else row["id"]
    return rows


def _candidate_name(row: dict[str, str]) -> str:
    # Some names carry stray spaces ("Kate ", 2019); the reader strips them too.
    first = row.get("candidate_first_name", row.get("firstname", "")).strip()
    surname = row.get("candidate_surname", row.get("surname", "")).strip()
    return f"{first} {surname}".strip()


def _fired(report: Report) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in report.findings:
        assert f.contest is not None
        out.setdefault(f.contest, set()).add(f.name)
    return out


def _violations(
    rule: ShareVotesMismatch | TotalMismatch, contest: ContestResult
) -> list[Violation]:
    return [o for o in rule.check(contest, RuleContext()) if isinstance(o, Violation)]


def _with_shares(contest: ContestResult, decimals: int) -> ContestResult:
    """The contest with each share recomputed from the votes, as a newspaper would print it."""
    assert contest.valid_votes is not None
    valid = int(contest.valid_votes.value)
    candidates = []
    for cand in contest.candidates:
        assert cand.votes is not None
        text = _share_text(int(cand.votes.value), valid, decimals)
        candidates.append(cand.model_copy(update={"share": Figure.percentage(text)}))
    return contest.model_copy(update={"candidates": tuple(candidates)})


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def uk_results(shared_dir: Path) -> Path:
    return shared_dir / "data" / "uk-results"


@pytest.fixture(scope="module")
def contests(uk_results: Path) -> Callable[[int], list[ContestResult]]:
    """Each year's contests, read once per module."""
    return functools.cache(lambda year: read_hoc_year(uk_results, year))


@pytest.fixture(scope="module")
def reports(contests: Callable[[int], list[ContestResult]]) -> Callable[[int], Report]:
    """Each year's report with every rule, computed once per module."""
    return functools.cache(lambda year: factcheck.check(contests(year), select=["ALL"]))


# -- the whole country ------------------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_every_constituency_is_read(
    year: int, uk_results: Path, contests: Callable[[int], list[ContestResult]]
) -> None:
    results = contests(year)
    assert len(results) == SEATS
    assert len({c.name for c in results}) == SEATS
    raw_candidates = _raw(uk_results, year, "candidate")
    assert sum(len(c.candidates) for c in results) == len(raw_candidates)
    for c in results:
        assert c.election == f"uk-ge-{year}"
        assert c.provenance is Provenance.REFERENCE
        assert c.complete is True
        for fig in (c.valid_votes, c.rejected, c.electorate, c.majority, c.turnout):
            assert fig is not None
        votes = [int(k.votes.value) for k in c.candidates if k.votes is not None]
        assert len(votes) == len(c.candidates)
        assert votes == sorted(votes, reverse=True)
        assert all(k.share is not None and k.share.decimals == 4 for k in c.candidates)


@pytest.mark.parametrize("year", YEARS)
def test_every_constituency_checks_clean_but_the_known_errors(
    year: int, reports: Callable[[int], Report]
) -> None:
    report = reports(year)
    assert report.errors == ()
    # Every rule had what it needed for every seat: a skip would hide a seat from the check.
    assert report.not_checked == ()
    assert _fired(report) == KNOWN_SOURCE_ERRORS[year]
    if year == 2019:
        (meon,) = report.findings
        assert meon.evidence["also"] == [
            {
                "rule": "NUM103",
                "name": "total-mismatch",
                "message": "the listed votes add up to 55,569, "
                "more than the stated total of 54,829",
            }
        ]


@pytest.mark.parametrize("year", YEARS)
def test_shares_printed_to_one_decimal_check_clean(
    year: int, contests: Callable[[int], list[ContestResult]]
) -> None:
    """Shares as a newspaper prints them (the exact share, half-up to 1 dp) still agree.

    At one decimal the shares' rounding intervals are wide, so the rules must reason with
    them: each pair bounds the total only loosely, and the shares of a seat need not add up to
    100 (over the three years they add up to anything from 99.8 to 100.2).
    """
    printed = [_with_shares(c, 1) for c in contests(year)]
    assert all(k.share is not None and k.share.decimals == 1 for c in printed for k in c.candidates)
    sums = {sum(Fraction(k.share.value) for k in c.candidates if k.share) for c in printed}
    assert min(sums) < 100 < max(sums)  # so rounding slack is exercised both ways
    fired = _fired(factcheck.check(printed, select=["ALL"]))
    if year == 2019:
        # Meon Valley's shares, now computed against the constituency file's 54,829, agree with
        # that total; the candidate file's votes still add up to 55,569, and their shares of
        # 54,829 add up to 101.3.
        assert fired == {
            "Meon Valley": {"share-votes-mismatch", "total-mismatch", "shares-exceed-total"}
        }
    else:
        assert fired == {}


@pytest.mark.parametrize("year", YEARS)
def test_rounding_the_published_fraction_to_one_decimal_is_caught(
    year: int, uk_results: Path
) -> None:
    """Rounding the Commons Library's already-rounded fraction is a double rounding.

    0.054500 is 5.5% to one place, but 2,612 / 47,927 = 5.44996%, which is 5.4%. A newspaper
    printing 5.5% has printed a share the votes do not give, and the checker says so. The
    seats that fire must be exactly those where the two roundings differ.
    """
    printed = read_hoc_results(
        *hoc_paths(uk_results, year), election=f"uk-ge-{year}", share_decimals=1
    )
    name = {r["code"]: r["constituency_name"] for r in _raw(uk_results, year, "constituency")}
    rows = _raw(uk_results, year, "candidate")
    # The published fractions are of the candidates' votes added up (the valid votes, except in
    # Meon Valley 2019, whose errors are tested on their own).
    listed: dict[str, int] = {}
    for row in rows:
        listed[row["code"]] = listed.get(row["code"], 0) + int(row["votes"])
    double_rounded: set[tuple[str, str]] = set()
    for row in rows:
        exact = Fraction(100 * int(row["votes"]), listed[row["code"]])
        from_file = _half_up(Fraction(row["share"]) * 100, 1)
        if from_file != _half_up(exact, 1):
            double_rounded.add((name[row["code"]], _candidate_name(row)))

    report = factcheck.check(printed, select=["ALL"])
    blamed = {
        (f.contest, f.evidence["candidate"])
        for f in report.findings
        if f.name == "share-votes-mismatch" and "candidate" in f.evidence
    }
    assert blamed == double_rounded
    expected = {
        2017: {
            # 2,612 / 47,927 = 5.44996%, published 0.054500
            ("Chesterfield", "Tom Snowdon"),
            # 8,490 / 41,926 = 20.24996%, published 0.202500
            ("Motherwell and Wishaw", "Meghan Gallacher"),
        },
        2019: set(),  # sixteen-digit fractions leave nothing to double-round
        2024: {
            # 14,929 / 37,652 = 39.64995%, published 0.3965
            ("Birmingham Northfield", "Laurence Turner"),
            # 183 / 52,287 = 0.34999%, published 0.0035
            ("South Cotswolds", "Sandy Steel"),
        },
    }[year]
    assert double_rounded == expected
    others = {seat: rules for seat, rules in _fired(report).items() if seat != "Meon Valley"}
    assert others == {seat: {"share-votes-mismatch"} for seat, _ in expected}


# -- the known source errors, checked against the raw files -----------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_files_reconcile_but_for_meon_valley(year: int, uk_results: Path) -> None:
    """In the raw files, the candidates' votes add up to the valid votes and the top two differ
    by the majority in every seat but 2019 Meon Valley (as ../shared/data/README.md says), so
    the clean check above is a real check of the rules, not of agreeable data."""
    votes: dict[str, list[int]] = {}
    for row in _raw(uk_results, year, "candidate"):
        votes.setdefault(row["code"], []).append(int(row["votes"]))
    odd = set()
    for seat in _raw(uk_results, year, "constituency"):
        v = sorted(votes[seat["code"]], reverse=True)
        if sum(v) != int(seat["valid_votes"]) or v[0] - v[1] != int(seat["majority"]):
            odd.add(seat["constituency_name"])
    assert odd == ({"Meon Valley"} if year == 2019 else set())


def test_meon_valley_2019(uk_results: Path, contests: Callable[[int], list[ContestResult]]) -> None:
    """The two 2019 files disagree on Meon Valley's Labour and Green votes.

    The candidate file's shares were computed from its own votes (35,271 / 55,569 = 0.634724),
    so its votes and shares agree with each other, and the figure out of line with them is the
    constituency file's valid-vote total. Both rules that fire therefore blame that total, not a
    candidate: with two counts wrong, no single corrected count closes the 740-vote gap.
    """
    cand_rows = [
        r for r in _raw(uk_results, 2019, "candidate") if r["constituency_name"] == "Meon Valley"
    ]
    (seat_row,) = [
        r for r in _raw(uk_results, 2019, "constituency") if r["constituency_name"] == "Meon Valley"
    ]
    by_party = {r["party_abbreviation"]: int(r["votes"]) for r in cand_rows}
    assert by_party == {"Con": 35271, "LD": 11716, "Lab": 5664, "Green": 2918}
    assert {p: int(seat_row[p.lower()]) for p in ("Con", "LD", "Lab", "Green")} == {
        "Con": 35271,
        "LD": 11716,
        "Lab": 5644,
        "Green": 2198,
    }
    assert int(seat_row["valid_votes"]) == 35271 + 11716 + 5644 + 2198 == 54829
    listed = sum(by_party.values())
    assert listed == 55569 == 54829 + (5664 - 5644) + (2918 - 2198)
    # The published shares are of 55,569, not of 54,829.
    for r in cand_rows:
        assert _half_up(Fraction(int(r["votes"]), listed), 6) == _half_up(Fraction(r["share"]), 6)

    (contest,) = [c for c in contests(2019) if c.name == "Meon Valley"]
    assert contest.valid_votes == Figure.count(54829)

    total = _violations(TotalMismatch(), contest)
    assert len(total) == 1
    assert total[0].figure is contest.valid_votes
    assert total[0].evidence == {"listed_sum": 55569, "stated_total": 54829}

    shares = _violations(ShareVotesMismatch(), contest)
    assert len(shares) == 1
    assert shares[0].figure is contest.valid_votes
    # Every candidate's (votes, share) pair, and their sum, pin the total at 55,569.
    assert shares[0].evidence == {"total_range": [55569, 55569], "stated_total": 54829}

    # The majority is Con minus LD, on which the files agree: 35,271 - 11,716 = 23,555.
    assert contest.majority == Figure.count(23555)


def test_meon_valley_2019_against_the_constituency_file_blames_lab_and_green(
    uk_results: Path, contests: Callable[[int], list[ContestResult]]
) -> None:
    """Print the candidate file's votes beside shares of the constituency file's figures.

    This is the article a journalist would write by mixing the two files. The shares now come
    from 5,644 and 2,198 of 54,829, so Labour's and Green's printed counts are the figures out
    of line, and the checker names exactly them and proposes the constituency file's numbers.
    """
    (seat_row,) = [
        r for r in _raw(uk_results, 2019, "constituency") if r["constituency_name"] == "Meon Valley"
    ]
    valid = int(seat_row["valid_votes"])
    party_votes = {p: int(seat_row[p.lower()]) for p in ("Con", "LD", "Lab", "Green")}
    (contest,) = [c for c in contests(2019) if c.name == "Meon Valley"]
    abbreviation = {
        "Conservative": "Con",
        "Liberal Democrat": "LD",
        "Labour": "Lab",
        "Green": "Green",
    }
    shares = {
        k.name: _share_text(party_votes[abbreviation[str(k.party)]], valid, 4)
        for k in contest.candidates
    }
    mixed = contest.model_copy(
        update={
            "candidates": tuple(
                k.model_copy(update={"share": Figure.percentage(shares[k.name])})
                for k in contest.candidates
            )
        }
    )
    lab, green = (next(k for k in mixed.candidates if k.party == p) for p in ("Labour", "Green"))
    assert lab.votes == Figure.count(5664)
    assert green.votes == Figure.count(2918)

    blamed = _violations(ShareVotesMismatch(), mixed)
    assert [v.figure for v in blamed] == [lab.votes, green.votes]
    assert blamed[0].figure is lab.votes
    assert blamed[1].figure is green.votes
    assert blamed[0].fix is not None
    assert blamed[0].fix.startswith("5,644 (one digit mistyped)")
    assert blamed[1].fix is not None
    assert blamed[1].fix.startswith("2,198 (two digits swapped)")
    # No one count closes the 740-vote gap, so total-mismatch can only blame the total.
    (total,) = _violations(TotalMismatch(), mixed)
    assert total.figure is mixed.valid_votes


def test_2024_double_rounded_shares(
    uk_results: Path,
    contests: Callable[[int], list[ContestResult]],
    reports: Callable[[int], Report],
) -> None:
    """Five 2024 shares are one unit too high in the 6th place; the checker finds exactly them."""
    seats = _raw(uk_results, 2024, "constituency")
    valid = {r["code"]: int(r["valid_votes"]) for r in seats}
    name = {r["code"]: r["constituency_name"] for r in seats}
    wrong: dict[tuple[str, str], Fraction] = {}
    for row in _raw(uk_results, 2024, "candidate"):
        exact = Fraction(int(row["votes"]), valid[row["code"]])
        published = Fraction(row["share"])
        direct = _half_up(exact, 6)
        # The file follows 9-then-6 rounding everywhere, including where it differs from direct.
        assert published == _half_up(_half_up(exact, 9), 6)
        if published != direct:
            assert published - direct == Fraction(1, 10**6)
            wrong[(name[row["code"]], _candidate_name(row))] = direct
    assert set(wrong) == DOUBLE_ROUNDED_2024

    findings = reports(2024).findings
    assert {(f.contest, f.evidence.get("candidate")) for f in findings} == DOUBLE_ROUNDED_2024
    for f in findings:
        assert f.name == "share-votes-mismatch"
        assert f.evidence["blamed"] == "share"
        direct = wrong[(str(f.contest), str(f.evidence["candidate"]))]
        # The fix offered is the share the votes give: the direct rounding, as a percentage.
        assert f.fix is not None
        assert f"{_fixed(direct * 100, 4)}%" in f.fix


@pytest.mark.parametrize("year", YEARS)
def test_shares_are_the_published_fractions(
    year: int, uk_results: Path, contests: Callable[[int], list[ContestResult]]
) -> None:
    """Each share is the published fraction as a percentage, rounded half-up from its text.

    2017 and 2024 publish six places, so four places of a percentage lose nothing; 2019
    publishes sixteen-digit float reprs ("0.5382619153110956"), rounded here to "53.8262".
    """
    raw = {
        (r["code"], _candidate_name(r), int(r["votes"])): r["share"]
        for r in _raw(uk_results, year, "candidate")
    }
    codes = {r["constituency_name"]: r["code"] for r in _raw(uk_results, year, "constituency")}
    seen = 0
    for c in contests(year):
        for k in c.candidates:
            assert k.votes is not None
            assert k.share is not None
            published = Fraction(raw[(codes[str(c.name)], k.name, int(k.votes.value))]) * 100
            assert Fraction(k.share.value) == _half_up(published, 4)
            if year != 2019:
                assert Fraction(k.share.value) == published
            seen += 1
    assert seen == len(raw)
    if year == 2019:
        aberavon = next(c for c in contests(2019) if c.name == "Aberavon")
        kinnock = next(k for k in aberavon.candidates if k.name == "Stephen Kinnock")
        assert kinnock.share is not None
        assert kinnock.share.text == "53.8262"  # from 0.5382619153110956


@dataclass(frozen=True)
class Briefing:
    """A seat's official figures as ../shared/data/README.md gives them."""

    seat: str
    electorate: int
    valid: int
    turnout: str
    majority: int
    winner: str
    votes: int
    share: str


@pytest.mark.parametrize(
    "official",
    [
        Briefing(
            "Poplar and Limehouse", 87331, 58814, "67.35", 27712, "Jim Fitzpatrick", 39558, "67.26"
        ),
        Briefing(
            "Bethnal Green and Bow", 86075, 59825, "69.50", 35393, "Rushanara Ali", 42969, "71.82"
        ),
    ],
    ids=lambda b: b.seat,
)
def test_2017_seats_match_the_briefing(
    contests: Callable[[int], list[ContestResult]], official: Briefing
) -> None:
    (contest,) = [c for c in contests(2017) if c.name == official.seat]
    assert contest.electorate == Figure.count(official.electorate, Unit.PEOPLE)
    assert contest.valid_votes == Figure.count(official.valid)
    assert contest.turnout is not None
    assert contest.turnout.text == official.turnout
    assert contest.majority == Figure.count(official.majority)
    first = contest.candidates[0]
    assert first.name == official.winner
    assert first.votes == Figure.count(official.votes)
    assert first.share is not None
    assert _half_up(Fraction(first.share.value), 2) == Fraction(official.share)


# -- the reader on small synthetic files (no shared data needed) ------------------------------

HEADER_2017_CANDIDATES = (
    "ONS ID,Constituency name,Party name,Party abbreviation,Candidate first name,"
    "Candidate surname,Votes,Share,Change"
)
HEADER_2017_SEATS = "id,constituency_name,electorate,valid_votes,invalid_votes,majority"
HEADER_2019_CANDIDATES = (
    "ons_id,constituency_name,party_name,party_abbreviation,firstname,surname,votes,share,change"
)
HEADER_2019_SEATS = "ONS ID,Constituency name,Electorate,Valid votes,Invalid votes,Majority,Con,Lab"


def _write(path: Path, lines: list[str], *, bom: bool = False, newline: str = "\n") -> Path:
    text = newline.join(lines) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_reads_2017_layout_with_bom_crlf_and_padded_headers(tmp_path: Path) -> None:
    # The 1918-2017 file has a BOM and headers ending in a space; the 2017 candidate file CRLF.
    padded = HEADER_2017_CANDIDATES.replace("Votes,Share", "Votes ,Share ")
    cands = _write(
        tmp_path / "c.csv",
        [
            padded,
            "E1,Ynys Môn,Plaid Cymru,PC,Ann,Jones,300,0.300000,0.01",
            "E1,Ynys Môn,Labour,Lab,Bob,Smith,700,0.700000,-0.01",
        ],
        bom=True,
        newline="\r\n",
    )
    seats = _write(tmp_path / "s.csv", [HEADER_2017_SEATS, "E1,Ynys Mon,1500,1000,5,400"], bom=True)
    (contest,) = read_hoc_results(cands, seats, election="uk-ge-2017")
    assert contest.name == "Ynys Mon"  # names come from the constituency file
    assert contest.election == "uk-ge-2017"
    assert contest.provenance is Provenance.REFERENCE
    assert contest.complete is True
    assert [k.name for k in contest.candidates] == ["Bob Smith", "Ann Jones"]
    assert [k.party for k in contest.candidates] == ["Labour", "Plaid Cymru"]
    assert [k.share.text for k in contest.candidates if k.share] == ["70.0000", "30.0000"]
    assert contest.valid_votes == Figure.count(1000)
    assert contest.rejected == Figure.count(5, Unit.PEOPLE)
    assert contest.electorate == Figure.count(1500, Unit.PEOPLE)
    assert contest.majority == Figure.count(400)
    assert contest.turnout is not None
    assert contest.turnout.text == "66.67"  # 1,000 / 1,500 = 66.666...%, half-up
    assert factcheck.check(contest).findings == ()


def test_reads_2019_layout(tmp_path: Path) -> None:
    cands = _write(
        tmp_path / "c.csv",
        [
            HEADER_2019_CANDIDATES,
            "E2,Anytown,Labour,Lab,Cat,Lee,1,0.3333333333333333,0",
            "E2,Anytown,Conservative,Con,Dan,Ray,2,0.6666666666666666,0",
            "E3,Otherton,Labour,Lab,Eve,Fox,5,1.0,0",
        ],
    )
    seats = _write(
        tmp_path / "s.csv",
        [HEADER_2019_SEATS, "E3,Otherton,8,5,0,5,0,5", "E2,Anytown,4,3,1,1,2,1"],
    )
    results = read_hoc_results(cands, seats, election="uk-ge-2019")
    assert [c.name for c in results] == ["Otherton", "Anytown"]  # constituency-file order
    anytown = results[1]
    assert [(k.name, k.share.text if k.share else None) for k in anytown.candidates] == [
        ("Dan Ray", "66.6667"),
        ("Cat Lee", "33.3333"),
    ]
    assert anytown.turnout is not None
    assert anytown.turnout.text == "75.00"
    one_place = read_hoc_results(cands, seats, election="uk-ge-2019", share_decimals=1)
    assert [k.share.text for k in one_place[1].candidates if k.share] == ["66.7", "33.3"]


@pytest.mark.parametrize(
    ("fraction", "decimals", "percentage"),
    [
        ("0.672595", 4, "67.2595"),
        ("0.5382619153110956", 4, "53.8262"),
        # A tie in the text rounds up; the float 0.1234565 is just below it and would round down.
        ("0.1234565", 4, "12.3457"),
        ("0.12345649999", 4, "12.3456"),
        ("0.054500", 1, "5.5"),
        ("0.05", 4, "5.0000"),
        ("1", 2, "100.00"),
        ("0", 4, "0.0000"),
        (" 0.2 ", 0, "20"),
    ],
)
def test_share_percentage(fraction: str, decimals: int, percentage: str) -> None:
    assert share_percentage(fraction, decimals) == percentage


def test_share_percentage_rejects_non_numbers() -> None:
    for bad in ("", "abc", "nan", "inf"):
        with pytest.raises(ValueError, match="not a number"):
            share_percentage(bad)


def test_missing_column_is_reported(tmp_path: Path) -> None:
    cands = _write(tmp_path / "c.csv", [HEADER_2019_CANDIDATES.replace(",votes,", ",ballots,")])
    seats = _write(tmp_path / "s.csv", [HEADER_2019_SEATS])
    with pytest.raises(HocFormatError, match=r"c\.csv:1: no column for votes"):
        read_hoc_results(cands, seats, election="x")


def test_candidate_in_unknown_seat_is_reported(tmp_path: Path) -> None:
    cands = _write(
        tmp_path / "c.csv", [HEADER_2019_CANDIDATES, "E9,Nowhere,Labour,Lab,A,B,1,1.0,0"]
    )
    seats = _write(tmp_path / "s.csv", [HEADER_2019_SEATS, "E2,Anytown,4,1,0,1,0,1"])
    with pytest.raises(HocFormatError, match=r"c\.csv:2: constituency E9 \(Nowhere\) is not in"):
        read_hoc_results(cands, seats, election="x")


def test_seat_without_candidates_is_reported(tmp_path: Path) -> None:
    cands = _write(tmp_path / "c.csv", [HEADER_2019_CANDIDATES, "E2,Anytown,Lab,Lab,A,B,1,1.0,0"])
    seats = _write(
        tmp_path / "s.csv", [HEADER_2019_SEATS, "E2,Anytown,4,1,0,1,0,1", "E3,Otherton,4,1,0,1,0,1"]
    )
    with pytest.raises(HocFormatError, match=r"no candidates for E3 \(Otherton\)"):
        read_hoc_results(cands, seats, election="x")


def test_bad_count_is_reported_with_its_line(tmp_path: Path) -> None:
    cands = _write(
        tmp_path / "c.csv", [HEADER_2019_CANDIDATES, "E2,Anytown,Lab,Lab,A,B,12.5,1.0,0"]
    )
    seats = _write(tmp_path / "s.csv", [HEADER_2019_SEATS, "E2,Anytown,4,1,0,1,0,1"])
    with pytest.raises(HocFormatError, match=r"c\.csv:2: votes '12\.5' is not a whole number"):
        read_hoc_results(cands, seats, election="x")
