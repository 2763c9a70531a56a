"""A percentage standing alone right after a person is their share (twentieth session).

Counted on the open skeletons (claims.csv joined to stories.csv), unread with the person and
the seat both named, in six outlets: "UKIP's X with 2.8 per cent and the Green Party's Y with
1.6 per cent", "Labour candidate X won 48.4%", "X (4.7%) and Y (3.1%) failed", "X, who managed
24.9%", "with X for Labour on 28.7%", "X who only got 20%". A count there is read as the
person's votes ("Jane Smith, who won 28,830"); a percentage, with no noun after it naming
another quantity ("swing", "more votes", "turnout"), is their share, read as firmly.

Also: a share said twice, once alone and once beside the candidate's official count ("with
8.97 per cent", then "8.97 per cent, 2,849 votes"), is the share of all ballot papers both
times, which the 2015 record cannot check: the second saying is not compared either.

Our own sentences, in those patterns. Workington in 2017 (the record): Sue Hayman (Labour)
51.15%, Clark Vasey (Conservative) 41.73%, George Kemp (UKIP) 3.73%, Phill Roberts (Liberal
Democrat) 2.72%. Blaenau Gwent in 2015: Steffan Lewis (Plaid Cymru) 2,849 votes, 8.99% of
the valid vote, 8.97% of all ballot papers.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, Severity

HEAD = "Workington\n\nLabour's Sue Hayman held Workington. "


def _read(text: str, election: str = "uk-ge-2017") -> Article:
    return read_prose(Document(path="t.txt", text=text), election=election)


def _findings(text: str, election: str = "uk-ge-2017") -> list[tuple[str, str]]:
    report = factcheck.check(Document(path="t.txt", text=text), election=election)
    return [
        (f.name, text[f.start : f.end] if f.start is not None else "")
        for f in report.findings
        if f.severity is not Severity.INFO
    ]


def _share(article: Article, name: str) -> str | None:
    for contest in article.contests:
        for c in contest.candidates:
            if c.name == name and c.share is not None:
                return c.share.text
    return None


def test_people_listed_with_a_bare_percentage_each_have_that_share() -> None:
    article = _read(
        HEAD + "She was followed by the Conservatives' Clark Vasey with 41.7 per cent, "
        "UKIP's George Kemp with 3.7 per cent and the Liberal Democrats' Phill Roberts with "
        "2.7 per cent.\n"
    )
    assert _share(article, "Clark Vasey") == "41.7"
    assert _share(article, "George Kemp") == "3.7"
    assert _share(article, "Phill Roberts") == "2.7"


def test_a_verb_of_polling_then_a_bare_percentage_is_the_share() -> None:
    article = _read(HEAD + "Conservative candidate Clark Vasey won 41.7%.\n")
    assert _share(article, "Clark Vasey") == "41.7"
    article = _read(HEAD + "Clark Vasey, who managed 41.7%, came second.\n")
    assert _share(article, "Clark Vasey") == "41.7"
    article = _read(HEAD + "UKIP's George Kemp who only got 3.7% lost his deposit.\n")
    assert _share(article, "George Kemp") == "3.7"


def test_bracketed_percentages_after_people_are_their_shares() -> None:
    article = _read(HEAD + "George Kemp (3.7%) and Phill Roberts (2.7%) lost their deposits.\n")
    assert _share(article, "George Kemp") == "3.7"
    assert _share(article, "Phill Roberts") == "2.7"


def test_a_party_named_after_the_person_then_on_a_percentage() -> None:
    article = _read(HEAD + "Clark Vasey for the Conservatives on 41.7% was second.\n")
    assert _share(article, "Clark Vasey") == "41.7"


def test_a_wrong_bare_share_is_flagged_and_the_right_one_is_not() -> None:
    wrong = HEAD + "Conservative candidate Clark Vasey won 47.1%, and UKIP's George Kemp 3.7%.\n"
    assert ("reference-mismatch", "47.1%") in _findings(wrong)
    right = HEAD + "Conservative candidate Clark Vasey won 41.7%.\n"
    assert _findings(right) == []


def test_a_percentage_with_a_noun_of_another_quantity_is_no_share() -> None:
    for sentence in (
        "Clark Vasey won 5% more votes than in 2015.",  # a change, not the share
        "Clark Vasey with 9% swing came close.",  # a swing
        "Clark Vasey on 41% in the final poll had hoped to win.",  # a poll
        "Clark Vasey's victory (41.7 per cent) was not to be.",  # no name right before it
        "Clark Vasey gained 8.8% on 2015.",  # "gained": as often a change
    ):
        assert _share(_read(HEAD + sentence + "\n"), "Clark Vasey") is None, sentence


def test_no_share_where_the_seat_is_not_sure() -> None:
    # No seat named: a round-up's people may be another seat's.
    article = _read("Clark Vasey (41.7%) and George Kemp (3.7%) lost.\n")
    assert _share(article, "Clark Vasey") is None


@settings(max_examples=40, deadline=None)
@given(
    tenths=st.integers(min_value=1, max_value=999),
    lead=st.sampled_from([" with ", " on ", ", at ", " won ", " took ", ", who managed ", " ("]),
)
def test_bare_share_round_trip(tenths: int, lead: str) -> None:
    pct = f"{tenths // 10}.{tenths % 10}%"
    close = ")" if lead == " (" else ""
    article = _read(HEAD + f"Conservative Clark Vasey{lead}{pct}{close} was second.\n")
    assert _share(article, "Clark Vasey") == pct.rstrip("%")


# The share of all ballot papers, said twice


GWENT = "Blaenau Gwent\n\nLabour's Nick Smith held Blaenau Gwent. "


def test_a_share_of_ballots_said_again_beside_the_count_is_not_compared() -> None:
    text = (
        GWENT + "Fourth was Plaid Cymru's Steffan Lewis with 8.97 per cent.\n\n"
        "Plaid Cymru's Steffan Lewis with 8.97 per cent, 2,849 votes.\n"
    )
    assert [f for f in _findings(text, "uk-ge-2015") if f[0] == "reference-mismatch"] == []


def test_a_wrong_share_said_again_beside_the_count_is_still_flagged() -> None:
    text = (
        GWENT + "Fourth was Plaid Cymru's Steffan Lewis with 8.57 per cent.\n\n"
        "Plaid Cymru's Steffan Lewis with 8.57 per cent, 2,849 votes.\n"
    )
    assert ("reference-mismatch", "8.57 per cent") in _findings(text, "uk-ge-2015")
