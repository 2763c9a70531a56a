"""A loosely read seat that the official record confirms through the figure's own person.

The reader ties a figure to a seat carried from an earlier paragraph, or to the nearest of two
seats in its sentence, only loosely: compared with that seat's record, a wrong tie would cry
wolf, so such a figure is reported as not checked. But a person stands in one seat at an
election. When the person the figure is about, named in full, is one of the record's
candidates in that seat, the record-based rules compare it after all, as a warning with no fix
(the reading stays loose). Sentences are written here in the patterns seen on real copy.
"""

from __future__ import annotations

from hand_built import at
from hypothesis import example, given, settings
from hypothesis import strategies as st
from story_files import figures_by_name, report_of

import factcheck
from factcheck import Figure
from factcheck.extract.reader import read_prose
from factcheck.intervals import round_count_step
from factcheck.models import (
    Article,
    CandidateResult,
    ContestResult,
    Document,
    Finding,
    Grounds,
    Severity,
)


def _named(report: factcheck.Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.name == rule]


def _reading(finding: Finding) -> list[str]:
    """The finding's notes on how loosely its figures were read."""
    notes = finding.evidence["reading"]
    assert isinstance(notes, list)
    return [str(n) for n in notes]


# Two seats, each named once: the third paragraph's seat is carried from the second.
_CARRIED = (
    "Labour's Anneliese Dodds held Oxford East.\n\n"
    "In Cambridge, Daniel Zeichner was re-elected for Labour.\n\n"
    "Liberal Democrat {name} was next with {votes} votes."
)


def test_a_wrong_count_of_a_person_who_stood_in_the_carried_seat_is_a_warning() -> None:
    report = report_of(_CARRIED.format(name="Julian Huppert", votes="16,731"), "uk-ge-2017")
    (finding,) = _named(report, "reference-mismatch")
    assert finding.text == "16,731"
    assert finding.severity is Severity.WARNING
    assert finding.fix is None  # the reading is still loose: no fix to apply
    assert finding.evidence["seat_confirmed"] == "Julian Huppert stood in Cambridge (uk-ge-2017)"
    assert any("carried from an earlier paragraph" in r for r in _reading(finding))


def test_a_wrong_share_of_a_person_who_stood_in_the_carried_seat_is_a_warning() -> None:
    # Julian Huppert's share in Cambridge, 2017, was 29.27%: the share is confirmed by the
    # person as the count is.
    text = _CARRIED.replace("{votes} votes", "{share} per cent of the vote")
    report = report_of(text.format(name="Julian Huppert", share="31.3"), "uk-ge-2017")
    (finding,) = _named(report, "reference-mismatch")
    assert finding.text == "31.3 per cent"
    assert finding.message == "Julian Huppert's share in Cambridge is officially 29.27%, not 31.3%"
    assert (finding.severity, finding.fix) == (Severity.WARNING, None)
    assert finding.evidence["seat_confirmed"] == "Julian Huppert stood in Cambridge (uk-ge-2017)"
    right = report_of(text.format(name="Julian Huppert", share="29.3"), "uk-ge-2017")
    assert _named(right, "reference-mismatch") == []


def test_the_right_count_of_the_same_person_is_silent() -> None:
    report = report_of(_CARRIED.format(name="Julian Huppert", votes="16,371"), "uk-ge-2017")
    assert _named(report, "reference-mismatch") == []
    assert not any("16,371" in n.reason for n in report.not_checked)


def test_a_misspelt_name_confirms_no_seat() -> None:
    # "Hupert" is matched to Huppert by its spelling only: no proof the seat is his.
    report = report_of(_CARRIED.format(name="Julian Hupert", votes="16,731"), "uk-ge-2017")
    assert _named(report, "reference-mismatch") == []
    assert any("“16,731” was read loosely" in n.reason for n in report.not_checked)


def test_a_person_who_stood_elsewhere_confirms_no_seat() -> None:
    # Layla Moran stood in Oxford West and Abingdon, not in Cambridge.
    report = report_of(_CARRIED.format(name="Layla Moran", votes="16,731"), "uk-ge-2017")
    assert _named(report, "reference-mismatch") == []


def test_an_explicit_seat_keeps_its_error_and_fix_without_the_note() -> None:
    text = "In Moray, Douglas Ross won 22,638 votes. In Moray, Jo Kirby won 5,208 votes."
    (finding,) = _named(report_of(text, "uk-ge-2017"), "reference-mismatch")
    assert finding.severity is Severity.ERROR
    assert finding.fix == "22,637"
    assert "seat_confirmed" not in finding.evidence


# The nearest of two seats in the sentence: loose, then confirmed by the person.
_TWO_SEATS = (
    "The party managed to grow their vote in South Down and Upper Bann where sitting MP "
    "{name} managed to grow her percentage of the vote by {amount}."
)


def test_a_share_change_fitting_neither_reading_is_a_warning_once_the_seat_is_confirmed() -> None:
    report = report_of(
        _TWO_SEATS.format(name="Carla Lockhart", amount="4.47 per cent"), "uk-ge-2024"
    )
    (finding,) = _named(report, "percent-points-confusion")
    assert finding.text == "4.47 per cent"
    assert finding.severity is Severity.WARNING
    assert finding.fix is None
    assert str(finding.evidence["seat_confirmed"]).startswith("Carla Lockhart stood in Upper Bann")


def test_a_share_change_on_a_seat_named_firmly_needs_no_confirmation() -> None:
    # The twin: one seat in the sentence, the change tied to it firmly. The record is
    # compared as ever, and the finding says nothing of a seat confirmed.
    text = (
        "In Upper Bann, sitting MP Carla Lockhart managed to grow her percentage of the vote "
        "by 4.47 per cent."
    )
    (finding,) = _named(report_of(text, "uk-ge-2024"), "percent-points-confusion")
    assert finding.text == "4.47 per cent"
    assert "seat_confirmed" not in finding.evidence


def test_the_right_change_in_points_is_silent() -> None:
    text = _TWO_SEATS.format(name="Carla Lockhart", amount="4.94 percentage points")
    assert _named(report_of(text, "uk-ge-2024"), "percent-points-confusion") == []


def test_the_same_change_of_a_person_from_another_seat_is_not_checked() -> None:
    # Jim Shannon stood in Strangford: the record of Upper Bann says nothing of him.
    report = report_of(_TWO_SEATS.format(name="Jim Shannon", amount="4.47 per cent"), "uk-ge-2024")
    assert _named(report, "percent-points-confusion") == []


def test_a_hedged_share_of_a_person_confirmed_in_a_seat_named_later_is_a_warning() -> None:
    text = (
        "The results came in overnight.\n\n"
        "David Chadwick won the seat for the Liberal Democrats, securing over {bound} per cent "
        "of the vote.\n\nThe count in Brecon, Radnor and Cwm Tawe went on late. Brecon, Radnor "
        "and Cwm Tawe was a Conservative seat."
    )
    (finding,) = _named(report_of(text.format(bound="30"), "uk-ge-2024"), "reference-mismatch")
    assert finding.severity is Severity.WARNING
    assert any("named only later" in r for r in _reading(finding))
    assert "29.5" in finding.message
    assert _named(report_of(text.format(bound="29"), "uk-ge-2024"), "reference-mismatch") == []


# -- "was beaten by X by A votes to B": A is the one beaten's --------------------------------------


def test_the_first_of_two_counts_after_beaten_by_is_not_the_winners() -> None:
    text = "Mr Robertson was beaten by Douglas Ross by 18,478 votes to 22,637 in Moray."
    report = report_of(text, "uk-ge-2017")
    assert _named(report, "reference-mismatch") == []
    # The winner has the larger count, the second (s-17: it was read as theirs, then left
    # unchecked as the first after "beaten by").
    assert figures_by_name(text)["Douglas Ross"][1] == 22637


def test_a_count_after_beaten_by_without_a_second_count_stays_the_winners() -> None:
    text = (
        "Angus Robertson was beaten in Moray by Douglas Ross, who polled 22,638 votes. "
        "In Moray, Jo Kirby won 5,208 votes."
    )
    (finding,) = _named(report_of(text, "uk-ge-2017"), "reference-mismatch")
    assert finding.text == "22,638"
    assert finding.severity is Severity.ERROR


@settings(max_examples=30, deadline=None)
@given(votes=st.integers(min_value=100, max_value=60_000))
@example(votes=16_000)  # a round thousand: 15,500 to 16,500 holds 16,371
@example(votes=17_000)
def test_a_confirmed_seat_fires_exactly_when_the_count_is_wrong(votes: int) -> None:
    report = report_of(_CARRIED.format(name="Julian Huppert", votes=f"{votes:,}"), "uk-ge-2017")
    found = _named(report, "reference-mismatch")
    step = round_count_step(votes)
    right = votes == 16_371 if step is None else votes - step / 2 <= 16_371 < votes + step / 2
    # Far off, a count is not compared, and the reason says so (s-14, s-15).
    named = [n.reason for n in report.not_checked if "more than a fifth away" in n.reason]
    assert bool(found or named) is not right
    assert all(f.severity is Severity.WARNING and f.fix is None for f in found)


# -- a seat carried into a paragraph whose people were all named with it ---------------------------

_FOYLE = (
    "In North Down, the Alliance Party's Stephen Farry took the seat.\n\n"
    "The picture has also changed in Foyle, where Sinn Fein's Elisha McCallion had hoped to "
    "defend her seat against the SDLP's Colum Eastwood.\n\n"
    "{who} won back the seat for his party. He polled 26,881 votes that gave him a majority "
    "of {majority}."
)


def test_a_carried_seat_whose_paragraph_names_only_its_people_is_explicit() -> None:
    report = report_of(_FOYLE.format(who="Mr Eastwood", majority="17,170"), "uk-ge-2019")
    (finding,) = _named(report, "reference-mismatch")
    assert finding.text == "17,170"
    assert finding.severity is Severity.ERROR
    assert finding.fix == "17,110"
    right = report_of(_FOYLE.format(who="Mr Eastwood", majority="17,110"), "uk-ge-2019")
    assert _named(right, "reference-mismatch") == []


def test_a_person_of_another_seat_in_the_paragraph_keeps_the_carried_seat_loose() -> None:
    text = _FOYLE.format(who="Stephen Farry", majority="17,170")
    report = report_of(text, "uk-ge-2019")
    assert _named(report, "reference-mismatch") == []
    # A majority whose seat is only carried from an earlier paragraph is not read at all:
    # better unread than given to the wrong seat.
    article = read_prose(Document(path="story.txt", text=text))
    assert all(c.majority is None for c in article.contests)


def test_a_partys_figure_in_a_list_placed_by_its_people_is_compared_as_a_warning() -> None:
    # No seat is named: H. Benn, G. Davies and E. Carlisle all stood in Leeds Central (2017),
    # and only there, which places the list; the Lib Dems' count in it, read there by
    # nearness, is then compared too (Andy Nash had 1,063), as a warning with no fix.
    text = (
        "Leeds results. H. Benn (Labour) 33,453. G. Davies (Conservative) 9,755. "
        "E. Carlisle (Green) 1,189. The Lib Dems polled 1,163."
    )
    near = Grounds(
        what="votes",
        subject="the party",
        seat="the list's seat, by nearness",
        seat_named="layout",
        election="the story's",
        loose=("seat",),
    )
    votes = Figure.count(1163).model_copy(update={"span": at(text, "1,163"), "grounds": near})
    lib_dems = CandidateResult(name="", party="Liberal Democrat", by_party=True, votes=votes)
    named = tuple(
        CandidateResult(name=n, party=p, votes=Figure.count(v))
        for n, p, v in (
            ("H. Benn", "Labour", 33453),
            ("G. Davies", "Conservative", 9755),
            ("E. Carlisle", "Green", 1189),
        )
    )
    article = Article(
        document=Document(path="story.txt", text=text),
        contests=(ContestResult(candidates=(*named, lib_dems)),),
    )
    report = factcheck.check(article, election="uk-ge-2017", select=["reference-mismatch"])
    (finding,) = report.findings
    assert finding.message == "Andy Nash's vote in Leeds Central is officially 1,063, not 1,163"
    assert (finding.severity, finding.fix) == (Severity.WARNING, None)
    assert finding.evidence["seat_confirmed"] == (
        "H. Benn, G. Davies, E. Carlisle all stood in Leeds Central (uk-ge-2017), and in no "
        "other seat"
    )
