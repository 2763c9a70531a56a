"""A results list's share printed as a bare decimal, with no "%" and no header (seventeenth
session): "Labour Jane Smith 21,317 51.1 +8.8", "Jane Smith (Lab) 21,317 51.1",
"Jane Smith | Lab | 21,317 | 51.1 | 8.8 |".

Counted on the open skeletons: such lines stood in stories of eight outlets (a regional
paper, a hyperlocal site, a political blog, an MP's own page, a councillor's blog, a results
site), their shares and changes unread because the decimal carried no sign of what it was. A
decimal of at most 100, with one or two places, right after the line's votes is the column a
list gives the share; a signed decimal right after it is that share's change, in points. The
column's place is a convention, not a word, so both are read loosely: a finding on them is at
most a warning. A whole number there is not read (it may be a footnote or a count), nor is
the decimal when an unsigned count follows it (a column no one can name without a header).

Workington in 2017 (the record): Sue Hayman (Labour) 21,317 votes, 51.15%, up 8.82 points;
Clark Vasey (Conservative) 17,392, 41.73%.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.models import Article, ChangeClaim, Direction, Document, Quantity, Severity

HEAD = "Labour held Workington.\n\nWorkington\n\n"
VASEY = "Conservative Clark Vasey 17,392 41.7 +11.6\n"
KEMP = "UKIP George Kemp 1,556 3.7 -15.9\n"


def _read(text: str) -> Article:
    return read_prose(Document(path="t.txt", text=text))


def _check(text: str) -> factcheck.Report:
    return factcheck.check(Document(path="t.txt", text=text), election="uk-ge-2017")


def _shares(article: Article) -> dict[str, str]:
    return {
        c.name: c.share.text
        for contest in article.contests
        for c in contest.candidates
        if c.share is not None
    }


def test_a_bare_decimal_after_the_votes_is_the_share_read_loosely() -> None:
    text = HEAD + "Labour Sue Hayman 21,317 51.1 +8.8\n" + VASEY + KEMP
    article = _read(text)
    assert _shares(article) == {"Sue Hayman": "51.1", "Clark Vasey": "41.7", "George Kemp": "3.7"}
    (contest,) = article.contests
    assert contest.name == "Workington"
    hayman = next(c for c in contest.candidates if c.name == "Sue Hayman")
    assert hayman.votes is not None
    assert hayman.votes.text == "21,317"
    assert hayman.share is not None
    assert hayman.share.grounds is not None
    assert hayman.share.grounds.loose == ("what",)
    changes = {c.candidate: c for c in article.claims if isinstance(c, ChangeClaim)}
    change = changes["Sue Hayman"]
    assert change.quantity is Quantity.SHARE
    assert change.amount is not None
    assert change.amount.text == "8.8"
    assert changes["George Kemp"].direction is Direction.DOWN


def test_the_bracketed_party_and_the_table_row_forms_are_read_alike() -> None:
    text = (
        HEAD
        + "Sue Hayman (Lab) 21,317 51.1 +8.8\n"
        + "Clark Vasey | Con | 17,392 | 41.7 | +11.6 |\n"
    )
    assert _shares(_read(text)) == {"Sue Hayman": "51.1", "Clark Vasey": "41.7"}


def test_a_wrong_bare_share_is_found_as_a_warning_and_the_right_one_is_not() -> None:
    right = HEAD + "Labour Sue Hayman 21,317 51.1 +8.8\n" + VASEY + KEMP
    assert not [f for f in _check(right).findings if f.name == "share-votes-mismatch"]
    wrong = HEAD + "Labour Sue Hayman 21,317 56.1 +8.8\n" + VASEY + KEMP
    report = _check(wrong)
    (found,) = [f for f in report.findings if f.name == "share-votes-mismatch"]
    assert found.text == "56.1"
    assert found.severity is Severity.WARNING
    # Read by the column's place, not a word: the record is not asked to judge it.
    assert not [f for f in report.findings if f.name == "reference-mismatch"]
    assert any(n.name == "reference-mismatch" and "56.1" in n.reason for n in report.not_checked)


def test_a_whole_number_or_a_count_after_the_decimal_leaves_the_share_unread() -> None:
    whole = HEAD + "Labour Sue Hayman 21,317 51\n" + "Conservative Clark Vasey 17,392 42\n"
    assert _shares(_read(whole)) == {}
    counted = HEAD + "Labour Sue Hayman 21,317 51.1 5,035\n"
    article = _read(counted)
    assert _shares(article) == {}
    (contest,) = article.contests
    (hayman,) = contest.candidates
    assert hayman.votes is not None
    assert hayman.votes.text == "21,317"


def test_a_decimal_not_right_after_the_votes_is_not_a_share() -> None:
    # Prose between the votes and the decimal: not a list's line, nor its columns.
    text = HEAD + "Sue Hayman won 21,317 votes, up 5.2 on the night.\n"
    assert _shares(_read(text)) == {}
    # A decimal over 100 is no share.
    assert _shares(_read(HEAD + "Labour Sue Hayman 21,317 151.1\n")) == {}


_PARTIES = st.sampled_from([("Labour", "Lab"), ("Conservative", "Con"), ("Green", "Grn")])
_NAMES = ["Jane Smith", "John Brown", "Ann Jones"]


@settings(max_examples=40, deadline=None)
@given(
    parties=st.lists(_PARTIES, min_size=3, max_size=3, unique=True),
    votes=st.lists(st.integers(100, 60_000), min_size=3, max_size=3),
    tenths=st.lists(st.integers(1, 999), min_size=3, max_size=3),
    bracketed=st.booleans(),
)
def test_generated_lines_give_back_their_bare_shares(
    parties: list[tuple[str, str]], votes: list[int], tenths: list[int], bracketed: bool
) -> None:
    lines = []
    for name, (party, short), count, share in zip(_NAMES, parties, votes, tenths, strict=True):
        figures = f"{count:,} {share / 10:.1f}"
        lines.append(f"{name} ({short}) {figures}" if bracketed else f"{party} {name} {figures}")
    text = "Turnout was 60.1%.\n\nGower\n\n" + "\n".join(lines) + "\n"
    expected = {name: f"{share / 10:.1f}" for name, share in zip(_NAMES, tenths, strict=True)}
    assert _shares(_read(text)) == expected
