"""Which seat a figure belongs to in round-ups, live blogs and results cards (issue 8,
eleventh session): a one-word seat that is a person's first name ("former MP Gordon Brown"),
a card read before any seat is named in a story naming several seats once each, a seat named
in a speech continued into the next paragraph, a seat's name run over a line's end, bulleted
items each a sentence of their own, and a count whose thousands are set off by a stray space
("27, 628").

Each test reads sentences written here in the pattern seen, and checks that a rule fires on a
wrong figure and stays silent on the right one; names and figures are the record's.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from story_files import findings_of, report_of
from story_files import seats_read as _seats

from factcheck.extract.entities import contest_matcher
from factcheck.extract.numbers import NumberKind, find_numbers
from factcheck.extract.reader import read_prose
from factcheck.extract.text import quotations, sentences
from factcheck.models import Document, Severity

# -- a one-word seat that opens a person's name ----------------------------------------------

_FIRST_NAME = (
    "Labour's long rule in Kirkcaldy and Cowdenbeath is over. Former MP Gordon Brown had "
    "won a huge majority there five years ago.\n\n"
    "Roger Mullin of the SNP took {votes} votes."
)


def test_a_first_name_after_mp_is_no_seat() -> None:
    assert _seats(_FIRST_NAME.format(votes="27,628")) == {
        "Roger Mullin": "Kirkcaldy and Cowdenbeath"
    }


def test_a_wrong_count_after_the_first_name_is_checked_in_the_seat_named() -> None:
    (finding,) = findings_of(_FIRST_NAME.format(votes="27,268"), "uk-ge-2015")
    assert finding.text == "27,268"
    assert "Kirkcaldy and Cowdenbeath" in finding.message


def test_the_right_count_after_the_first_name_is_silent() -> None:
    assert findings_of(_FIRST_NAME.format(votes="27,628"), "uk-ge-2015") == []


_TAKEN_FROM = (
    "In Blackpool South, Scott Benton took the seat from Gordon Marsden with {votes} votes."
)


def test_a_first_name_after_from_is_no_seat() -> None:
    assert _seats(_TAKEN_FROM.format(votes="16,247"))["Scott Benton"] == "Blackpool South"
    (finding,) = findings_of(_TAKEN_FROM.format(votes="16,427"), "uk-ge-2019")
    assert "Blackpool South" in finding.message
    assert findings_of(_TAKEN_FROM.format(votes="16,247"), "uk-ge-2019") == []


@given(lead=st.sampled_from(["former MP", "lost to", "took the seat from", "the seat"]))
@settings(max_examples=20, deadline=None)
def test_a_seat_word_then_a_surname_after_a_lead_to_a_person_is_a_person(lead: str) -> None:
    text = f"The result in Moray was close, and {lead} Gordon Brown had words to say."
    found = [c.name for c in contest_matcher().find(text)]
    article = read_prose(Document(path="story.txt", text=text + " Turnout was 68%."))
    assert "Gordon" in found  # the matcher finds the words; the reader refuses the seat
    assert all(c.name != "Gordon" for c in article.contests)


def test_the_seat_itself_after_a_lead_to_a_place_is_still_the_seat() -> None:
    text = "Colin Clark won Gordon with 21,861 votes."
    assert _seats(text) == {"Colin Clark": "Gordon"}


# -- a card before any seat is named, in a story naming several ------------------------------

_CARD = (
    "Parliamentary constituency\n\n"
    "  1. Conservative\n"
    "    Peter Gibson\n"
    "    • Votes: {votes}\n"
    "    • Vote share %: 48.1\n"
    "  2. Labour\n"
    "    Jenny Chapman\n"
    "    • Votes: 17,607\n"
    "    • Vote share %: 40.5\n\n"
    "  • CON majority: 3,294\n\n"
    "Overnight across the region:\n\n"
    "  • The Conservatives took Blyth Valley, held by Labour for decades\n"
    "  • Labour also lost Darlington, Redcar and Sedgefield\n"
)


def test_a_card_before_several_seats_named_once_is_not_the_first_of_them() -> None:
    article = read_prose(Document(path="story.txt", text=_CARD.format(votes="20,901")))
    (card,) = [c for c in article.contests if any(x.name == "Peter Gibson" for x in c.candidates)]
    assert card.name is None  # not Blyth Valley, named first but only later
    assert [c.name for c in card.candidates] == ["Peter Gibson", "Jenny Chapman"]
    (fig,) = [f for f in article.read_figures().values() if f.text == "20,901"]
    assert fig.grounds is not None
    assert "seat" in fig.grounds.loose


def test_a_wrong_count_on_the_unnamed_card_is_no_error() -> None:
    found = report_of(_CARD.format(votes="20,109"), "uk-ge-2019").findings
    # Checked against Blyth Valley (the first seat named) it would have been an error.
    assert all(f.severity is not Severity.ERROR for f in found)
    assert all("Blyth Valley" not in f.message for f in found)


def test_the_right_counts_on_the_unnamed_card_are_silent() -> None:
    assert findings_of(_CARD.format(votes="20,901"), "uk-ge-2019") == []


def test_a_story_about_one_seat_still_lends_it_to_a_card_before_it() -> None:
    text = _CARD.format(votes="20,109").split("Overnight")[0] + (
        "Peter Gibson took Darlington from Labour. Darlington had been Labour since 1992."
    )
    (finding,) = [f for f in findings_of(text, "uk-ge-2019") if f.text == "20,109"]
    assert "Darlington" in finding.message


# -- bullets: each item a sentence of its own ------------------------------------------------

_BULLETS = (
    "What happened overnight:\n\n"
    "  • Newcastle Central was declared first, Chi Onwurah keeping her seat with a "
    "{direction} majority\n"
    "  • The Conservatives then took Blyth Valley from Labour\n"
)


def test_each_bullet_is_a_sentence() -> None:
    text = _BULLETS.format(direction="decreased")
    found = [s.text for s in sentences(text)]
    assert any(s.startswith("• Newcastle Central") and "Blyth" not in s for s in found)


def test_a_seat_name_does_not_run_over_a_line_end() -> None:
    text = "The story in the North East:\n\n  • Newcastle Central was declared first."
    assert [c.name for c in contest_matcher().find(text)] == ["Newcastle Upon Tyne Central"]


def test_a_bullets_majority_change_is_its_own_seats() -> None:
    article = read_prose(Document(path="story.txt", text=_BULLETS.format(direction="decreased")))
    changes = [c for c in article.claims if getattr(c, "quantity", None) == "majority"]
    assert [c.contest for c in changes] == ["Newcastle Upon Tyne Central"]


def test_a_wrong_majority_change_in_a_bullet_fires_in_its_own_seat() -> None:
    # Chi Onwurah's majority went from 14,937 (2017) to 12,278: it fell.
    rule = "change-direction-mismatch"
    (finding,) = findings_of(_BULLETS.format(direction="increased"), "uk-ge-2019", rule)
    assert finding.text == "increased"
    assert "Chi Onwurah" in finding.message
    assert "14,937 to 12,278" in finding.message  # Newcastle Central's, not Blyth Valley's
    assert findings_of(_BULLETS.format(direction="decreased"), "uk-ge-2019", rule) == []


# -- a speech continued into the next paragraph ----------------------------------------------

_SPEECH = (
    "Kate Hollern held Blackburn for Labour, and Blackburn's count was quick.\n\n"
    'She said: "I have been working in Preston for weeks.\n\n'
    '"The campaign was long."\n\n'
    "Dayle Taylor UK Independence Party {votes}\n\n"
    "Kate Hollern Labour 24,762\n"
)


def test_a_seat_named_in_a_continued_speech_does_not_carry() -> None:
    assert _seats(_SPEECH.format(votes="6,280"))["Dayle Taylor"] == "Blackburn"


def test_a_wrong_count_after_a_continued_speech_is_checked_in_the_storys_seat() -> None:
    (finding,) = list(findings_of(_SPEECH.format(votes="6,820"), "uk-ge-2015"))
    assert "Blackburn" in finding.message
    assert "Preston" not in finding.message
    assert findings_of(_SPEECH.format(votes="6,280"), "uk-ge-2015") == []


# -- a count with a stray space after its thousands' comma -----------------------------------


@given(n=st.integers(1000, 999_999))
@settings(max_examples=60, deadline=None)
def test_a_spaced_thousands_count_is_one_count(n: int) -> None:
    written = f"{n // 1000}, {n % 1000:03d}"
    (m,) = find_numbers(f"Roger Mullin SNP {written}\n")
    assert (m.value, m.kind, m.text) == (Decimal(n), NumberKind.COUNT, written)


@given(values=st.lists(st.integers(1, 999), min_size=3, max_size=6))
@settings(max_examples=60, deadline=None)
def test_a_list_of_numbers_is_not_joined(values: list[int]) -> None:
    text = "The thresholds were " + ", ".join(str(v) for v in values) + "."
    assert [int(m.value) for m in find_numbers(text)] == values


def test_a_spaced_majority_is_checked_whole() -> None:
    text = "Kirkcaldy and Cowdenbeath: the SNP won with a majority of {0}."
    (finding,) = findings_of(text.format("9, 947"), "uk-ge-2015")
    assert finding.text == "9, 947"
    assert findings_of(text.format("9, 974"), "uk-ge-2015") == []


# -- a live page's entry heading with its time stamp glued on --------------------------------

_GLUED = (
    "  • Thurrock is heading for a recount\n\n"
    "  1. Conservatives hold Epping Forestpublished at 03:09 British Summer Time 5 July\n\n"
    "    Neil Hudson wins {votes} votes and is elected.\n"
)


def test_a_seat_before_a_glued_time_stamp_is_named() -> None:
    text = "Conservatives hold Epping Forestpublished at 03:09 BST"
    found = contest_matcher().find(text)
    assert [(text[c.span.start : c.span.end], c.name) for c in found] == [
        ("Epping Forest", "Epping Forest")
    ]
    assert contest_matcher().find("Epping Forestpublished later") == []


def test_a_wrong_count_under_a_glued_heading_fires_in_its_seat() -> None:
    assert _seats(_GLUED.format(votes="18,038"))["Neil Hudson"] == "Epping Forest"
    (finding,) = findings_of(_GLUED.format(votes="18,380"), "uk-ge-2024")
    assert "Epping Forest" in finding.message
    assert findings_of(_GLUED.format(votes="18,038"), "uk-ge-2024") == []


# -- a live page's new entry: the last entry's seat does not carry ---------------------------

_ENTRIES = (
    "03:00 Liberal Democrats gain Chelmsford\n\n"
    "Marie Goldman won 20,214 votes, ending the Conservatives' long hold on Chelmsford.\n\n"
    "{stamp}A devastating blow for the Tories\n\n"
    "Jackie Doyle-Price came third. Labour's Jen Craft won with a majority of {majority}.\n\n"
    "03:20 Conservatives hold Epping Forest\n\n"
    "Neil Hudson wins 18,038 votes.\n"
)


def _majority_seat(text: str) -> str | None:
    article = read_prose(Document(path="story.txt", text=text))
    (seat,) = {c.name for c in article.contests if c.majority is not None}
    return seat


def test_a_new_entry_does_not_take_the_last_entrys_seat() -> None:
    assert _majority_seat(_ENTRIES.format(stamp="02:58 ", majority="6,474")) is None
    # The same paragraphs without the stamp: Chelmsford carries, loosely.
    assert _majority_seat(_ENTRIES.format(stamp="", majority="6,474")) == "Chelmsford"


def test_a_figure_in_a_new_entry_is_not_checked_against_the_last_entrys_seat() -> None:
    text = _ENTRIES.format(stamp="02:58 ", majority="6,474")
    assert findings_of(text, "uk-ge-2024") == []  # Chelmsford's majority was 4,753


def test_an_entry_naming_its_seat_is_still_checked() -> None:
    text = _ENTRIES.format(stamp="02:58 ", majority="6,474").replace("18,038", "18,083")
    (finding,) = findings_of(text, "uk-ge-2024")
    assert "Epping Forest" in finding.message


@given(stamp=st.sampled_from(["02:58 ", "2.58am ", "Update 2:58pm: "]))
@settings(max_examples=10, deadline=None)
def test_every_clock_time_opens_an_entry(stamp: str) -> None:
    assert _majority_seat(_ENTRIES.format(stamp=stamp, majority="6,474")) is None


# -- a year's notional results run into a results line ---------------------------------------

_NOTIONAL = (
    "Here is the full result in Lichfield.\n\n"
    "Lab gain from C: Dave Robertson (Lab) {votes} (35.09%); Michael Fabricant (C) 16,422 "
    "(33.44%); Lab maj 810 (1.65%). 2019 notional: C maj 22,609 (43.09%) – Turnout 52,465 "
    "(71.05%); C 33,638 (64.12%); Lab 11,029 (21.02%)\n"
)


def test_figures_after_a_notional_label_are_not_the_storys() -> None:
    article = read_prose(Document(path="story.txt", text=_NOTIONAL.format(votes="17,232")))
    read = {f.text for f in article.read_figures().values()}
    assert "17,232" in read
    assert not read & {"11,029", "21.02%", "21.02", "52,465", "71.05%", "71.05"}


def test_a_wrong_figure_before_the_notional_label_still_fires() -> None:
    (finding,) = findings_of(_NOTIONAL.format(votes="17,323"), "uk-ge-2024")
    assert finding.text == "17,323"
    assert "Lichfield" in finding.message


def test_the_notional_figures_raise_nothing() -> None:
    # Read as 2024's, 11,029 and 21.02% were Dave Robertson's wrong count and share; read as
    # 2019's, 71.05% was Lichfield's wrong turnout (the old seat's was 70.47%).
    assert report_of(_NOTIONAL.format(votes="17,232"), "uk-ge-2024").findings == ()


# -- quotations in copy whose paragraphs are single lines ------------------------------------

_SPEECH_LINES = (
    "Gavin Robinson said the result was not what his party wanted.\n"
    '"We worked hard in North Down.\n'
    '"Having decided to back Alex Easton, as well as Diane Armstrong in Fermanagh/South Tyrone, '
    'unionism can advance."\n'
)


def test_a_line_opening_with_a_quote_mark_opens_a_quotation() -> None:
    spans = [_SPEECH_LINES[q.start : q.end] for q in quotations(_SPEECH_LINES)]
    assert spans == [
        '"We worked hard in North Down.',
        '"Having decided to back Alex Easton, as well as Diane Armstrong in Fermanagh/South '
        'Tyrone, unionism can advance."',
    ]


@given(lines=st.lists(st.sampled_from(["We won.", "It was close", "Thanks to all"]), min_size=1))
@settings(max_examples=40, deadline=None)
def test_every_single_line_speech_paragraph_is_its_own_quotation(lines: list[str]) -> None:
    text = "She said:\n" + "".join(f'"{line}\n' for line in lines) + "The count ended.\n"
    spans = quotations(text)
    assert len(spans) == len(lines)
    # Each ends at its line's end (the last, left open, runs on as a continued speech does).
    assert all("\n" not in text[q.start : q.end] for q in spans[:-1])


def test_people_named_in_a_single_line_speech_are_not_given_its_seat() -> None:
    assert "Alex Easton" not in _seats(_SPEECH_LINES)


# -- a party before a noun and "with" is not the next name's ---------------------------------

_AMID = (
    "Conservative hold Gosport amid Labour challenge with Caroline Dinenage retaining seat\n\n"
    "Caroline Dinenage won {votes} votes. Labour finished in second place."
)


def test_a_party_before_a_noun_and_with_is_not_the_next_persons() -> None:
    article = read_prose(Document(path="story.txt", text=_AMID.format(votes="17,830")))
    parties = {c.name: c.party for contest in article.contests for c in contest.candidates}
    assert parties.get("Caroline Dinenage") != "Labour"


def test_the_persons_own_figures_are_still_checked() -> None:
    (finding,) = findings_of(_AMID.format(votes="17,380"), "uk-ge-2024")
    assert "Caroline Dinenage" in finding.message
    assert findings_of(_AMID.format(votes="17,830"), "uk-ge-2024") == []


def test_a_party_right_before_the_name_still_ties() -> None:
    text = "Labour candidate Edward Batterbury came second with 11,776 votes in Gosport."
    article = read_prose(Document(path="story.txt", text=text))
    parties = {c.name: c.party for contest in article.contests for c in contest.candidates}
    assert parties["Edward Batterbury"] == "Labour"


# -- "returned for" a seat the reader does not know ------------------------------------------

_RETURNED = (
    "Tory Simon Hart was returned again for Carmarthen West and South Pembs and Lib Dem Mark "
    "Williams held on to Ceredigion with {votes} votes."
)


def test_a_person_returned_for_an_unknown_seat_is_not_given_the_next_seat() -> None:
    seats = _seats(_RETURNED.format(votes="13,414"))
    assert seats.get("Simon Hart") != "Ceredigion"
    assert seats["Mark Williams"] == "Ceredigion"


def test_the_next_persons_figure_is_still_checked_in_the_seat_named() -> None:
    (finding,) = findings_of(_RETURNED.format(votes="13,441"), "uk-ge-2015")
    assert "Mark Williams" in finding.message
    assert findings_of(_RETURNED.format(votes="13,414"), "uk-ge-2015") == []


def test_elected_for_a_party_names_no_seat() -> None:
    text = "Nigel Farage was elected for Reform UK in Clacton with 21,225 votes."
    assert _seats(text) == {"Nigel Farage": "Clacton"}
