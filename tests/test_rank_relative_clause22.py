"""A placing in a relative clause is said of the words before ", who" (twenty-second
session, issue 8: misreadings on copy nobody tuned on).

"Richard took 13,240 votes, a majority of 3,177 over the former MP, who came second": the
one who came second is the former MP, whom the sentence does not name. The placing went to
the sentence's subject, the winner, and drew a false warning ("officially finished first,
not second"). When the words before ", who" are not a person the story names, the placing
is nobody's the reader knows, and it is left unread; after a name ("over Bob Seely, who
came second") it is that person's, as before.

The sentences are ours. The record: Isle of Wight West, 2024, Richard Quigley (Labour) first,
Bob Seely (Conservative) second.
"""

from __future__ import annotations

from story_files import figures_by_name, findings_of

OPENING = "Richard Quigley is the first Labour MP for Isle of Wight West.\n\n"


def test_a_placing_of_someone_unnamed_is_not_the_subjects() -> None:
    text = (
        OPENING
        + "Richard took 13,240 votes, a majority of 3,177 over the former MP, who came second.\n"
    )
    assert figures_by_name(text)["Richard Quigley"][3] is None
    assert findings_of(text, "uk-ge-2024") == []


def test_a_placing_of_the_person_named_before_who_is_theirs() -> None:
    text = (
        OPENING
        + "Richard took 13,240 votes, a majority of 3,177 over Bob Seely, who came {place}.\n"
    )
    assert figures_by_name(text.format(place="second"))["Bob Seely"][3] == 2
    assert findings_of(text.format(place="second"), "uk-ge-2024") == []
    (finding,) = findings_of(text.format(place="third"), "uk-ge-2024")
    assert finding.text == "third"
    assert "Bob Seely" in finding.message


SOUTHPORT = (
    "Southport\n\n"
    "Conservative Damien Moore won 18,541 votes, a swing of 7.6% from the Liberal Democrats "
    "who came third.\n\n"
    "It was Labour candidate Liz Savage who came {place} with 15,627 votes.\n"
)


def test_a_placing_of_a_party_with_no_comma_is_not_the_subjects() -> None:
    # "… from the Liberal Democrats who came third": not Damien Moore's, who won.
    figures = figures_by_name(SOUTHPORT.format(place="second"))
    assert figures["Damien Moore"][3] != 3
    assert [
        f for f in findings_of(SOUTHPORT.format(place="second"), "uk-ge-2017") if f.text == "third"
    ] == []


def test_a_placing_after_a_name_and_who_with_no_comma_is_theirs() -> None:
    assert figures_by_name(SOUTHPORT.format(place="second"))["Liz Savage"][3] == 2
    (finding,) = findings_of(SOUTHPORT.format(place="third"), "uk-ge-2017")
    assert finding.text == "third"
    assert "Liz Savage" in finding.message


# Placings shared out "respectively" (twenty-second session): "Ms Webbe and Mr Vaz finished
# fourth and fifth respectively" gave "fourth" to Mr Vaz, the person named last before it.
# Each placing goes to the person in the same place of the run named right before the list;
# with no such run, to no one. The record: Leicester East, 2024, Claudia Webbe fourth, Keith
# Vaz fifth.
LEICESTER = (
    "Leicester East\n\n"
    "Shivani Raja won Leicester East for the Conservatives.\n\n"
    "Claudia Webbe and Keith Vaz stood as independents.\n\n"
    "{sentence}\n"
)


def test_placings_shared_out_respectively_go_in_order() -> None:
    figures = figures_by_name(
        LEICESTER.format(sentence="Ms Webbe and Mr Vaz finished fourth and fifth respectively.")
    )
    assert figures["Claudia Webbe"][3] == 4
    assert figures["Keith Vaz"][3] == 5
    swapped = figures_by_name(
        LEICESTER.format(sentence="Mr Vaz and Ms Webbe finished fifth and fourth respectively.")
    )
    assert swapped["Claudia Webbe"][3] == 4
    assert swapped["Keith Vaz"][3] == 5


def test_placings_shared_out_with_no_run_of_people_go_to_no_one() -> None:
    text = LEICESTER.format(
        sentence="The two former MPs, Ms Webbe and Mr Vaz, stood; they finished fourth and "
        "fifth respectively."
    )
    figures = figures_by_name(text)
    assert figures.get("Keith Vaz", (None, None, None, None))[3] is None
    assert figures.get("Claudia Webbe", (None, None, None, None))[3] is None
