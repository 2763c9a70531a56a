"""A rival's share set against the winner's (seventeenth session, issue 8): "won 51.1% of the
vote compared to 41.7% for the Conservatives", "… compared to 41.7% by the Conservatives".

The percentage after "compared to" was read as the level the winner's own share had changed
from (a change from 41.7% to 51.1% that the story never says), and the rival's share went
unread. Counted on the open skeletons: three stories from three outlets (a national
broadcaster's regional page, two regional papers). A party or person named right after the
figure by "for" or "by" owns it: it is no earlier level; a party's is its candidate's share
(:mod:`~factcheck.extract.claims.party_subjects`), a person's is left unread.

Workington in 2017 (the record): Sue Hayman (Labour) 51.15%, Clark Vasey (Conservative)
41.73%; in 2015 Sue Hayman had 42.33%.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Document

LEAD = "Turnout in Workington was 69.2%.\n\n"
WON = "Labour's Sue Hayman held Workington with 51.1% of the vote compared to "


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=LEAD + text))


def _shares(article: Article) -> dict[str, str]:
    return {
        c.name or c.party or "": c.share.text
        for contest in article.contests
        for c in contest.candidates
        if c.share is not None
    }


def _changes(article: Article) -> list[ChangeClaim]:
    return [c for c in article.claims if isinstance(c, ChangeClaim)]


@pytest.mark.parametrize("rival", ["41.7% for the Conservatives.", "41.7% by the Conservatives."])
def test_a_partys_share_compared_is_its_candidates_not_an_earlier_level(rival: str) -> None:
    article = _read(WON + rival)
    assert _shares(article) == {"Sue Hayman": "51.1", "Conservative": "41.7"}
    assert not _changes(article)  # no change from 41.7% to 51.1% is said


def test_a_persons_share_compared_is_no_earlier_level_either() -> None:
    article = _read(WON + "41.7% for Clark Vasey.")
    assert not _changes(article)
    assert _shares(article) == {"Sue Hayman": "51.1"}


def test_an_earlier_level_compared_is_still_read_as_one() -> None:
    # The control: a dated level, no one named after it, is where her share changed from.
    (change,) = _changes(_read(WON + "42.3% in 2015."))
    assert change.previous is not None
    assert change.previous.text == "42.3"


def test_a_wrong_rival_share_is_found_and_the_right_one_is_not() -> None:
    def mismatches(rival: str) -> list[str | None]:
        report = factcheck.check(
            Document(path="t.txt", text=LEAD + WON + rival), election="uk-ge-2017"
        )
        return [f.text for f in report.findings if f.name == "reference-mismatch"]

    assert mismatches("41.7% for the Conservatives.") == []
    assert mismatches("46.7% for the Conservatives.") == ["46.7%"]
