"""Results lists and cards (``claims/results_lists.py``) at the edges the twelfth session's
mutation run found untested.

Sentences are ours, in the patterns real copy uses; each has a control read the other way.
"""

from __future__ import annotations

from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Document


def _read(text: str) -> Article:
    return read_prose(Document(path="a.txt", text=text))


def _figures(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each candidate's (votes, share) as written, keyed by name or else by party."""
    return {
        (c.name or c.party or ""): (
            c.votes.text if c.votes is not None else None,
            c.share.text if c.share is not None else None,
        )
        for co in _read(text).contests
        for c in co.candidates
    }


_CARD = (
    "Mid Dorset and North Poole\n\nResults\n\n  1. Conservative\n"
    "    Michael Tomlinson MP{tail}\n    • Votes:29,548\n    • Vote share %:60.4\n"
)


def test_a_cards_name_line_may_carry_one_word_besides_list_words() -> None:
    # "Michael Tomlinson MP, re-elected": one word no list uses still leaves a name line,
    # whose fields follow.
    text = _CARD.format(tail=", re-elected")
    assert _figures(text) == {"Michael Tomlinson": ("29,548", "60.4")}
    # The control: two such words make it a line of prose, and the fields are nobody's.
    text = _CARD.format(tail=", re-elected comfortably")
    assert _figures(text).get("Michael Tomlinson", (None, None)) == (None, None)


def test_a_partys_line_with_two_unsigned_shares_is_not_read() -> None:
    # "Labour 24,000 52.1% (48.3%)": a second share on the line, perhaps the last election's;
    # which is this one's is unsaid, so the line is left alone.
    assert _figures("Bristol West\n\nLabour 24,000 52.1% (48.3%)") == {}
    # The control: one share with its count is the party's candidate's.
    assert _figures("Bristol West\n\nLabour 24,000 52.1%") == {"Labour": ("24,000", "52.1")}


def test_a_partys_line_restating_a_share_read_in_prose_is_kept_as_said_again() -> None:
    text = (
        "Bristol West\n\nLabour won 52.1% of the vote in Bristol West.\n\nLabour 24,000 - 52.1%\n"
    )
    (cand,) = [c for co in _read(text).contests for c in co.candidates]
    assert cand.share is not None
    assert cand.share.span is not None
    assert cand.share.span.start < text.index("\n\nLabour 24")
    assert [r.text for r in cand.restated] == ["52.1"]
    # The control: with no share in the prose, the line's share is the candidate's own.
    text = "Bristol West\n\nLabour won Bristol West.\n\nLabour 24,000 - 52.1%\n"
    (cand,) = [c for co in _read(text).contests for c in co.candidates]
    assert cand.share is not None
    assert cand.share.text == "52.1"
    assert not cand.restated


def test_a_partys_share_change_under_a_seat_heading_is_tied_to_that_seat() -> None:
    # The change column on a party's line under "North Belfast": the heading ties its seat,
    # and the grounds name it.
    text = "North Belfast\n\nAlliance 4,824 - 9.8% (-4.4%)"
    (change,) = [c for c in _read(text).claims if isinstance(c, ChangeClaim)]
    assert change.amount is not None
    assert change.amount.grounds is not None
    assert change.amount.grounds.seat == "Belfast North, the list's heading"
    assert "seat" not in change.amount.grounds.loose
    assert change.contest == "Belfast North"


def test_three_bracketed_groups_on_a_line_of_prose_are_a_list() -> None:
    # A results line run on after a sentence: three "(NAME – N)" groups are enough.
    text = (
        "Bristol West\n\nTurnout was 66.5%. Results: Labour WIN (Jane Smith – 25,281), 2nd"
        " Conservative (John Brown – 13,128), 3rd Green (Mary Jones – 4,102)"
    )
    figures = _figures(text)
    assert figures["Jane Smith"] == ("25,281", None)
    assert figures["Mary Jones"] == ("4,102", None)
    # The control: two groups in a sentence are prose, whose bare counts are nobody's.
    text = text.split(", 3rd", maxsplit=1)[0]
    assert _figures(text).get("Jane Smith", (None, None)) == (None, None)


def _after(claim: ChangeClaim, at: int) -> bool:
    return claim.span is not None and claim.span.start > at


_TWO_CARDS = (
    "Mid Dorset and North Poole\n\nResults\n\n  1. Conservative\n    Michael Tomlinson MP\n"
    "    • Votes:29,548\n    • Vote share %:60.4\n    • Vote share change:+1.1\n\n"
    "Results\n\nConservative\n, with candidate Michael Tomlinson\n"
    ", have the following results:\n"
    "  • {votes} total votes taken.\n  • 60.4% share of the total vote\n"
    "  • +6.3% change in share of the votes\n"
)


def test_a_second_card_with_other_votes_but_the_same_share_is_another_result() -> None:
    # Other votes alone make the second card another result's: its change is dated to no
    # election read, so no rule measures it against this one's.
    text = _TWO_CARDS.format(votes="23,639")
    late = [c for c in _read(text).claims if isinstance(c, ChangeClaim) and _after(c, 200)]
    assert [c.amount.text for c in late if c.amount is not None] == ["6.3"]
    assert late[0].amount is not None
    assert late[0].amount.grounds is not None
    assert "election" in late[0].amount.grounds.loose
    # The control: the same votes and share are the same result said again.
    text = _TWO_CARDS.format(votes="29,548")
    late = [c for c in _read(text).claims if isinstance(c, ChangeClaim) and _after(c, 200)]
    assert late[0].amount is not None
    assert late[0].amount.grounds is not None
    assert "election" not in late[0].amount.grounds.loose


def _changes(text: str) -> list[str]:
    """The share changes read, as written."""
    return [
        c.amount.text or ""
        for c in _read(text).claims
        if isinstance(c, ChangeClaim) and c.amount is not None
    ]


def test_a_partys_whole_signed_percentage_after_its_share_is_its_change() -> None:
    # "(+4%)" after a party's share: a change in points, as lists write it, whole or not.
    text = "Result in Gower:\nLabour 24,000 52.1% (+4%)\nConservative 18,000 39.0% (-3%)"
    assert _changes(text) == ["4", "3"]
    # The control: a whole signed count after the share is no change of it.
    text = "Result in Gower:\nLabour 24,000 52.1% (+4)\nConservative 18,000 39.0% (-3)"
    assert _changes(text) == []


_LIST = "Gower result:\nJane Smith (Labour) 24,000\nJohn Brown (Conservative) {brown}\n"


def test_a_list_lines_single_vote_is_read() -> None:
    # A candidate with one vote: a count like any other.
    assert _figures(_LIST.format(brown="1"))["John Brown"] == ("1", None)
    # The control: "0" is no count of votes.
    assert _figures(_LIST.format(brown="0")).get("John Brown", (None, None)) == (None, None)


def test_a_list_lines_hedged_dated_or_torn_count_is_not_read() -> None:
    # "about 18,000", "18,000 in 2017", and "18," cut off at the text's end: no count read.
    for brown in ("about 18,000", "18,000 in 2017", "18,"):
        figures = _figures(_LIST.format(brown=brown))
        assert figures.get("John Brown", (None, None)) == (None, None), brown
        assert figures["Jane Smith"] == ("24,000", None), brown
    # The control: the exact count is read.
    assert _figures(_LIST.format(brown="18,000"))["John Brown"] == ("18,000", None)


def test_a_bracketed_abbreviations_span_is_the_abbreviation() -> None:
    # "Jane Smith (PC) 1,669": the party read from "PC", its span the two letters.
    text = "Gower result:\nJane Smith (PC) 1,669\nJohn Brown (Conservative) 18,000\n"
    (smith,) = [c for co in _read(text).contests for c in co.candidates if c.name == "Jane Smith"]
    assert smith.party == "Plaid Cymru"
    assert smith.party_span is not None
    assert text[smith.party_span.start : smith.party_span.end] == "PC"


def test_a_list_lines_count_with_a_comma_before_the_next_line_is_read() -> None:
    # "24,000," over the next candidate's line: the list's comma, not a count cut off.
    text = (
        "Gower result:\nJane Smith (Labour) 24,000,\nJohn Brown (Conservative) 18,000,\n"
        "Ann Lee (Green) 2,000\n"
    )
    figures = _figures(text)
    assert figures["Jane Smith"] == ("24,000", None)
    assert figures["John Brown"] == ("18,000", None)
    # The control: "18," with the rest of the count on the next line is cut off, not read.
    text = "Gower result:\nJane Smith (Labour) 24,000\nJohn Brown (Conservative) 18,\n000\n"
    assert _figures(text).get("John Brown", (None, None)) == (None, None)


_PARTY_CARD = (
    "Gower\n\nLabour's Jane Smith held the seat.\n\nLiberal Democrat\n, with candidate {name}\n"
    ", have the following results:\n  • 6,051 total votes taken.\n"
    "  • 11.8% share of the total vote\n"
)


def _parties(text: str) -> dict[str, str | None]:
    return {c.name: c.party for co in _read(text).contests for c in co.candidates}


def test_a_cards_party_line_is_its_candidates_party_unless_one_was_read() -> None:
    # "Liberal Democrat", then ", with candidate Ann Lee": the card's party is hers.
    assert _parties(_PARTY_CARD.format(name="Ann Lee"))["Ann Lee"] == "Liberal Democrat"
    # The control: a party read for the person before is not replaced by a card's.
    assert _parties(_PARTY_CARD.format(name="Jane Smith"))["Jane Smith"] == "Labour"


def test_a_placing_word_before_a_name_with_no_figure_after_it_is_no_placing() -> None:
    # "First Minister Jane Smith" is a caption: "First" is her title, not her placing.
    text = "First Minister Jane Smith\n\nLabour MP John Brown held on in Gower."
    assert all(c.rank is None for co in _read(text).contests for c in co.candidates)
    # The control: a placing before a name with her votes after it is hers.
    text = "Gower\n\n1st Jane Smith (Labour) 20,000\n2nd John Brown (Conservative) 12,000"
    ranks = {c.name: c.rank for co in _read(text).contests for c in co.candidates}
    assert ranks["Jane Smith"] is not None


def test_a_two_digit_share_between_a_name_and_its_votes_is_no_footnote() -> None:
    # "Jane Smith 45% 20,000": a share, not a footnote's number, before her count.
    text = "Gower\n\nJane Smith 45% 20,000\nJohn Brown 30% 12,000"
    assert _figures(text)["Jane Smith"] == ("20,000", "45")
    # The control: the same figures the other way round read the same.
    text = "Gower\n\nJane Smith 20,000 45%\nJohn Brown 12,000 30%"
    assert _figures(text)["Jane Smith"] == ("20,000", "45")


def test_a_compass_headings_list_is_tied_to_the_seat_the_title_completes() -> None:
    # "North East" under a Leeds title: the list's votes are tied to Leeds North East, not to
    # the seat of the list above it.
    text = (
        "Leeds Parliamentary Election Results\n\nMorley & Outwood\nA. Jenkyns (Conservative)"
        " 26,550\nN. Dawson (Labour & Co-op) 24,446\n\nNorth East\nF. Hamilton (Labour) 33,436\n"
        "R. Stephenson (Conservative) 16,445\n"
    )
    ties = {
        c.name: c.votes.grounds.seat
        for co in _read(text).contests
        for c in co.candidates
        if c.votes is not None and c.votes.grounds is not None
    }
    assert ties["F. Hamilton"] is not None
    assert ties["F. Hamilton"].startswith("Leeds North East")
    # The control: the list under its own seat's heading is tied to that seat.
    assert ties["A. Jenkyns"] is not None
    assert ties["A. Jenkyns"].startswith("Morley and Outwood")


def test_a_partys_line_with_another_count_than_the_prose_is_not_said_again() -> None:
    """ "Labour won 20,000 votes in Bristol West" then "Labour 24,000 - 52.1%": the line's
    count is not the prose's said again (only the same value is), so nothing is restated."""
    text = "Bristol West\n\nLabour won 20,000 votes in Bristol West.\n\nLabour 24,000 - 52.1%\n"
    (cand,) = [c for co in _read(text).contests for c in co.candidates]
    assert cand.votes is not None
    assert cand.votes.text == "20,000"
    assert cand.restated == ()
    # The control: the same count on the line is said again.
    text = text.replace("20,000", "24,000")
    (cand,) = [c for co in _read(text).contests for c in co.candidates]
    assert [r.text for r in cand.restated] == ["24,000"]


def test_a_partys_share_change_on_its_line_is_tied_to_the_partys_candidate() -> None:
    """ "Labour 24,000 52.1% (+3.2%)": the change's subject is Labour's candidate, named by
    the party's line, not a nameless person "on the same line"."""
    text = "Bristol West\n\nLabour 24,000 52.1% (+3.2%)\nConservative 12,000 26.0% (-1.1%)\n"
    subjects = [
        c.amount.grounds.subject
        for c in _read(text).claims
        if isinstance(c, ChangeClaim) and c.amount is not None and c.amount.grounds is not None
    ]
    assert subjects == [
        "Labour's candidate in Bristol West, on the party's line of the list",
        "Conservative's candidate in Bristol West, on the party's line of the list",
    ]


def test_a_list_dated_in_words_to_the_last_election_is_not_read() -> None:
    """ "Labour 24,000 52.1% at the last election": no year is written, but the words date the
    list, and none of its lines is this election's."""
    assert (
        _figures(
            "Bristol West\n\nLabour 24,000 52.1% at the last election\nConservative 12,000 26.0%\n"
        )
        == {}
    )
    # The control: undated, both lines are read.
    assert _figures("Bristol West\n\nLabour 24,000 52.1%\nConservative 12,000 26.0%\n") == {
        "Labour": ("24,000", "52.1"),
        "Conservative": ("12,000", "26.0"),
    }


def test_a_list_above_the_seat_a_story_of_several_is_about_is_that_seats() -> None:
    """A list opening a story whose seat, by count, is Bristol West (Bath named once, later) is
    Bristol West's, though no seat is named above it."""
    text = (
        "Jane Smith (Labour) 24,000\nJohn Brown (Conservative) 12,000\n\n"
        "Bristol West declared at 3am. Turnout in Bristol West was 67%. Labour held Bristol"
        " West, and the Lib Dems took Bath.\n"
    )
    seats = {c.name: co.name for co in _read(text).contests for c in co.candidates if c.name}
    assert seats == {"Jane Smith": "Bristol West", "John Brown": "Bristol West"}


def test_a_table_rows_party_does_not_replace_the_party_read_before() -> None:
    """Jane Smith was read as the Liberal Democrat candidate; a table row under her in the
    Labour column gives her votes and share, and her party stays the one read first."""
    text = (
        "Liberal Democrat candidate Jane Smith stood in Bristol West.\n\n"
        "| Labour | Jane Smith | 24,000 | 52.1% | +3.2 |\n"
        "| Conservative | John Brown | 12,000 | 26.0% | -1.1 |\n"
    )
    parties = {c.name: c.party for co in _read(text).contests for c in co.candidates}
    assert parties == {"Jane Smith": "Liberal Democrat", "John Brown": "Conservative"}
    assert _figures(text)["Jane Smith"] == ("24,000", "52.1")


def test_a_list_line_with_one_word_besides_its_figures_is_read() -> None:
    """ "Jane Smith (Labour) 24,000 re-elected": one word no list uses is still a list line;
    two make it prose (see the card's name line above)."""
    text = (
        "Bristol West\n\nJane Smith (Labour) 24,000 re-elected\nJohn Brown (Conservative) 12,000\n"
    )
    assert _figures(text) == {"Jane Smith": ("24,000", None), "John Brown": ("12,000", None)}


def test_a_list_line_with_list_words_after_its_figure_is_read_among_others() -> None:
    """ "Jane Smith (Labour) 24,000 - elected, a Labour hold" on its own line, in a list run on
    as one sentence: "elected" and "hold" are a list's words, "a" one more: the line is read."""
    text = (
        "Bristol West\n\nJane Smith (Labour) 24,000 - elected, a Labour hold\n"
        "John Brown (Conservative) 12,000\n"
    )
    assert _figures(text) == {"Jane Smith": ("24,000", None), "John Brown": ("12,000", None)}


def test_a_numbered_line_with_no_figure_leaves_the_next_line_read() -> None:
    """ "1. Jane Smith (Labour)" with no count: its number is the list's, and the line gives
    her nothing; "2. John Brown (Conservative) 12,000" is read."""
    text = "Bristol West\n\n1. Jane Smith (Labour)\n2. John Brown (Conservative) 12,000\n"
    assert _figures(text) == {"John Brown": ("12,000", None)}
