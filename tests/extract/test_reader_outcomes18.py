"""Gains and holds in wordings left unread on the real-copy skeletons (eighteenth session,
issue 8), each written in three outlets or more.

- A headline's present "take": "Tories take Mansfield", "SNP take Aberdeen South seat",
  "Labour takes Blackpool South", with or without an election's label before it ("General
  Election 2019: ..."): a seat taken, a gain by implication (read loosely, as "took" is), but
  not with a margin after the seat ("take Fermanagh by the slimmest margin" reports the win).
- A party's participle of holding: "with Labour also holding Bassetlaw", "the Tories holding
  only Mansfield", "the Conservatives only holding onto Mansfield" (four outlets; "taking" and
  "gaining" were read already).
- A seat gone to a party: "Mansfield has also gone to the Conservatives", "Mansfield went to
  Conservative Ben Bradley" (five outlets, each a gain): a gain by implication, read loosely
  ("fell to" says the change; "went to" only nearly always means it).
- A seat held by a person named after "by": "In Bassetlaw the seat was held by Labour's John
  Mann", "Bassetlaw was held by John Mann" (six outlets): the person's hold, as "John Mann
  held Bassetlaw" is (a party's only by implication); not "the seat previously held by".
- A majority increased: "Pete Wishart increased his majority in Perth and North Perthshire",
  "The SNP increased its majority in Perth and North Perthshire", "A and B increased their
  majorities in X and Y respectively" (eight outlets, each labelled a hold): a majority grown
  was held before and is held again, so the seat was held (by implication, read loosely);
  only in a seat the sentence names.
- A text with no figure is read only when a wording's cue is found in it: "Amber Rudd
  retaining her seat", "Chi Onwurah keeping her seat" were read in a text with a figure,
  skipped without.

The sentences are ours. Mansfield in 2017 (the record): Ben Bradley (Conservative) took it
from Labour's Alan Meale. Bassetlaw in 2017: John Mann held it for Labour.
"""

from __future__ import annotations

import pytest
from story_files import article_of, findings_of, outcomes_of

from factcheck.models import OutcomeClaim, Severity

# A headline's present "take".


@pytest.mark.parametrize(
    "headline",
    [
        "Tories take Mansfield",
        "Conservatives take Mansfield seat after a century of Labour",
        "General Election 2017: Tories take Mansfield",
        "Election results 2017: Conservatives take Mansfield",
        "Ben Bradley takes Mansfield",
    ],
)
def test_a_headlines_present_take_is_a_gain(headline: str) -> None:
    gains = {(seat, verb) for seat, _, verb, _ in outcomes_of(headline)}
    assert ("Mansfield", "gain") in gains
    assert findings_of(headline, "uk-ge-2017") == []


def test_a_party_said_to_take_a_seat_it_did_not_win_is_found() -> None:
    (finding,) = findings_of("General Election 2017: Labour take Mansfield", "uk-ge-2017")
    assert "Mansfield" in finding.message
    # Taken is a gain only by implication: never an error, never a fix.
    assert finding.severity is Severity.WARNING
    assert finding.fix is None


def test_a_seat_taken_in_the_present_that_was_held_is_a_warning_at_most() -> None:
    # Bassetlaw 2017 was a Labour hold: "take" implies a gain, loosely.
    (finding,) = findings_of("Labour take Bassetlaw", "uk-ge-2017")
    assert "not a gain" in finding.message
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("General Election 2017: Conservatives gain Mansfield", "gain"),
        ("Election results 2017: Conservative gain Mansfield from Labour", "gain"),
        ("General Election 2017: Labour hold Bassetlaw", "hold"),
        ("Election 2017: John Mann holds Bassetlaw", "hold"),
    ],
)
def test_an_elections_label_does_not_stop_a_headlines_outcome(headline: str, verb: str) -> None:
    seat = "Mansfield" if verb == "gain" else "Bassetlaw"
    assert (seat, verb) in {(s, v) for s, _, v, _ in outcomes_of(headline)}
    assert findings_of(headline, "uk-ge-2017") == []


@pytest.mark.parametrize(
    "headline",
    [
        "Tories take Mansfield by 1,057 votes",
        "Ben Bradley takes Mansfield by the narrowest of margins",
    ],
)
def test_a_present_take_with_a_margin_is_no_gain(headline: str) -> None:
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(headline))


# A party's participle of holding.


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tories gained two seats in the county, with Labour also holding Bassetlaw.",
        "Labour lost ground across the county, with the party's MPs cut to one and Labour "
        "only holding onto Bassetlaw.",
        "It was a bad night for the Conservatives, Labour holding Bassetlaw comfortably.",
    ],
)
def test_a_partys_participle_of_holding_is_a_hold(sentence: str) -> None:
    assert ("Bassetlaw", "Labour", "hold", None) in outcomes_of(sentence)
    assert findings_of(sentence, "uk-ge-2017") == []


def test_a_party_said_to_be_holding_a_seat_it_lost_is_found() -> None:
    sentence = "Labour lost ground across the county, with Labour only holding onto Mansfield."
    (finding,) = findings_of(sentence, "uk-ge-2017")
    assert "Mansfield" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour holding Bassetlaw would be a surprise.",  # a maybe
        "with Labour holding Bassetlaw since 1935",  # a tenure
        "with Labour holding a lead in the polls",  # no seat
    ],
)
def test_a_participle_of_holding_that_reports_no_result_is_no_hold(sentence: str) -> None:
    assert not any(verb == "hold" for _, _, verb, _ in outcomes_of(sentence))


# A seat gone to a party.


@pytest.mark.parametrize(
    "sentence",
    [
        "Mansfield has also gone to the Conservatives, who had never held it.",
        "Mansfield went to Conservative Ben Bradley.",
        "Mansfield has just gone to the Tories.",
        "The Tories gained ground, as Mansfield also went to the Conservatives.",
    ],
)
def test_a_seat_gone_to_a_party_is_a_gain(sentence: str) -> None:
    assert ("Mansfield", "Conservative", "gain", None) in outcomes_of(sentence)
    assert findings_of(sentence, "uk-ge-2017") == []


def test_a_seat_said_to_have_gone_to_a_party_that_lost_it_is_a_warning() -> None:
    (finding,) = findings_of("Mansfield has also gone to the Liberal Democrats.", "uk-ge-2017")
    assert "Mansfield" in finding.message
    assert finding.severity is Severity.WARNING  # a gain by implication: never an error
    assert finding.fix is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mansfield went to a recount.",
        "Mansfield went to the polls on Thursday.",
        "Mansfield may have gone to the Conservatives.",
    ],
)
def test_a_seat_gone_to_no_party_or_maybe_is_no_gain(sentence: str) -> None:
    assert not any(verb == "gain" for _, _, verb, _ in outcomes_of(sentence))


# A seat held by a person named after "by".


@pytest.mark.parametrize(
    "sentence",
    [
        "In Bassetlaw the seat was held by Labour's John Mann.",
        "In Bassetlaw, the seat was held by the Labour Party's John Mann.",
        "Bassetlaw was held by John Mann, with an increased majority.",
        "Bassetlaw, a Labour seat since 1935, was held by John Mann.",
    ],
)
def test_a_seat_held_by_a_person_is_their_hold(sentence: str) -> None:
    holds = {(seat, verb) for seat, _, verb, _ in outcomes_of(sentence)}
    assert ("Bassetlaw", "hold") in holds
    assert findings_of(sentence, "uk-ge-2017") == []


def test_a_seat_said_held_by_a_party_that_lost_it_is_found() -> None:
    # Mansfield changed hands in 2017: "held" by Labour's candidate is no hold.
    (finding,) = findings_of("In Mansfield the seat was held by Labour's Alan Meale.", "uk-ge-2017")
    assert "Mansfield" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The seat previously held by John Mann went to a recount.",  # who held it before
        "Bassetlaw has been held by John Mann since 2001.",  # a tenure
        "Bassetlaw was held by Labour.",  # a party's, read as before
    ],
)
def test_no_new_hold_of_a_person_where_the_words_say_none(sentence: str) -> None:
    article = article_of(sentence)
    assert not any(
        isinstance(c, OutcomeClaim) and c.verb == "hold" and c.candidate is not None
        for c in article.claims
    )


# A majority increased.


@pytest.mark.parametrize(
    "sentence",
    [
        "Pete Wishart increased his majority in Perth and North Perthshire.",
        "The SNP's Pete Wishart increasing his majority in Perth and North Perthshire to 7,550.",
        "The SNP increased its majority in Perth and North Perthshire.",
        "Perth and North Perthshire: SNP increase their majority",
    ],
)
def test_a_majority_increased_is_a_hold(sentence: str) -> None:
    holds = {(seat, verb) for seat, _, verb, _ in outcomes_of(sentence)}
    assert ("Perth and North Perthshire", "hold") in holds
    assert findings_of(sentence, "uk-ge-2019") == []


def test_majorities_increased_respectively_are_each_ones_hold() -> None:
    sentence = (
        "Pete Wishart and Ian Blackford increased their majorities in Perth and North "
        "Perthshire and Ross, Skye and Lochaber respectively."
    )
    held = {
        (c.contest, c.candidate)
        for c in article_of(sentence).claims
        if isinstance(c, OutcomeClaim) and c.verb == "hold"
    }
    assert held == {
        ("Perth and North Perthshire", "Pete Wishart"),
        ("Ross, Skye and Lochaber", "Ian Blackford"),
    }


def test_a_majority_said_increased_by_one_who_lost_is_found() -> None:
    # North East Fife changed hands in 2019 (a Liberal Democrat gain from the SNP).
    (finding,) = findings_of("The SNP increased its majority in North East Fife.", "uk-ge-2019")
    assert "North East Fife" in finding.message
    assert finding.severity is Severity.WARNING  # a hold only by implication


@pytest.mark.parametrize(
    "sentence",
    [
        "The SNP hoped to increase its majority in Perth and North Perthshire.",
        "The Conservatives increased their majorities across the county.",
        "Pete Wishart and Ian Blackford increased their majorities.",
        "Pete Wishart increased his majority.",  # no seat in the sentence
    ],
)
def test_a_majority_increased_with_no_one_seat_or_a_hope_is_no_hold(sentence: str) -> None:
    assert not any(verb == "hold" for _, _, verb, _ in outcomes_of(sentence))


# Figure-less texts: the cue prefilter holds the wordings the readings read.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mansfield\n\nAlan Meale retaining his seat.", ("Mansfield", "hold")),
        ("Mansfield\n\nAlan Meale keeping his seat.", ("Mansfield", "hold")),
    ],
)
def test_a_figure_less_text_is_read_for_these_wordings(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(seat, verb) for seat, _, verb, _ in outcomes_of(text)}
