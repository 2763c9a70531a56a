"""Claims and figures-as-words in results files: reading, located errors, the schema, and the
writer's round trip (Article -> JSON -> read_results -> the same contests and claims)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.documents import InputFileError
from factcheck.errors import ResultsWriteError
from factcheck.extract.numbers import NumberKind, find_numbers
from factcheck.models import (
    Article,
    BoundClaim,
    CandidateResult,
    ChangeClaim,
    Claim,
    ContestResult,
    Direction,
    Document,
    Figure,
    OutcomeClaim,
    Quantity,
    SeatClaim,
    Span,
    Unit,
)
from factcheck.packs import default_pack
from factcheck.results_file import claim_unit, json_schema, read_results
from factcheck.results_writer import article_to_results, to_json


def doc(text: str, path: str = "r.json") -> Document:
    """A results document from text."""
    return Document(path=path, text=text, media_type="application/json")


def read(data: Any) -> Article:
    """Read a results file given as a Python value."""
    return read_results(doc(json.dumps(data)))


def with_claims(*claims: Any) -> dict[str, Any]:
    """A results file with no contests and these claims."""
    return {"contests": [], "claims": list(claims)}


def error_of(text: str) -> InputFileError:
    """The error reading ``text`` raises (the test fails if it reads cleanly)."""
    with pytest.raises(InputFileError) as info:
        read_results(doc(text))
    return info.value


def stripped(value: Any) -> Any:
    """A model dump without spans, provenance or data paths: what a round trip keeps."""
    if isinstance(value, dict):
        return {
            k: stripped(v)
            for k, v in value.items()
            if not k.endswith("span")
            and k not in ("provenance", "data_path")
            # How the reader tied an outcome or a figure (a place read from "was re-elected")
            # is the reader's, not the file's.
            and k != "grounds"
        }
    if isinstance(value, list | tuple):
        return [stripped(v) for v in value]
    return value


def words_of(article: Article, fig: Figure | None) -> str:
    """The text of the document at a figure's span."""
    assert fig is not None
    assert fig.span is not None
    return article.document.text[fig.span.start : fig.span.end]


# -- reading claims -------------------------------------------------------------------------------

SEED_CLAIMS = with_claims(
    {
        "kind": "change",
        "quantity": "turnout",
        "contest": "Poplar and Limehouse",
        "direction": "up",
        "direction_text": "up",
        "amount": "about five per cent",
        "current": "67.68pc",
        "since": "2015",
    },
    {
        "kind": "bound",
        "quantity": "share",
        "candidate": "Christopher Wilford",
        "party": "Conservative",
        "bound": "less than a third",
        "exact": "20.1pc",
    },
    {"kind": "seats", "quantity": "seats", "party": "Labour", "verb": "won", "seats": "29"},
    {"kind": "change", "quantity": "share", "candidate": "Rushanara Ali", "amount": "nearly 11pc"},
    {"kind": "change", "quantity": "share", "previous": "15.2pc", "quoted": True},
)


def test_each_kind_of_claim_is_read_with_hedge_unit_and_span() -> None:
    article = read(SEED_CLAIMS)
    change, bound, seats, ali, quoted = article.claims
    assert isinstance(change, ChangeClaim)
    assert change.quantity is Quantity.TURNOUT
    assert change.contest == "Poplar and Limehouse"
    assert change.direction is Direction.UP
    assert change.since == "2015"
    assert change.amount is not None
    assert (change.amount.text, change.amount.value, change.amount.hedge) == (
        "five",
        Decimal(5),
        "about",
    )
    assert change.amount.unit is Unit.PERCENT
    assert words_of(article, change.amount) == "about five per cent"
    assert change.current is not None
    assert (change.current.value, change.current.precision) == (Decimal("67.68"), Decimal("0.01"))
    assert change.direction_span is not None
    assert article.document.text[change.direction_span.start : change.direction_span.end] == "up"
    assert isinstance(bound, BoundClaim)
    assert bound.bound.hedge == "less-than"
    assert bound.bound.text == "a third"
    assert bound.bound.unit is Unit.PERCENT
    assert words_of(article, bound.bound) == "less than a third"
    assert bound.exact is not None
    assert words_of(article, bound.exact) == "20.1pc"
    assert isinstance(seats, SeatClaim)
    assert (seats.verb, seats.seats.value, seats.seats.unit) == ("won", Decimal(29), Unit.SEATS)
    assert seats.seats.exact
    assert isinstance(ali, ChangeClaim)
    assert ali.amount is not None
    assert (ali.amount.hedge, ali.amount.value) == ("nearly", Decimal(11))
    assert isinstance(quoted, ChangeClaim)
    assert quoted.quoted
    assert quoted.previous is not None
    assert quoted.previous.quoted
    # The claim's span is its object in the file.
    assert change.span is not None
    assert article.document.text[change.span.start] == "{"


def test_a_json_number_is_read_from_its_own_text() -> None:
    text = '{"contests": [], "claims": [{"kind": "seats", "quantity": "seats", "verb": "won", "seats": 29}]}'  # noqa: E501
    article = read_results(doc(text))
    claim = article.claims[0]
    assert isinstance(claim, SeatClaim)
    assert claim.seats.value == 29
    assert words_of(article, claim.seats) == "29"


def test_escaped_words_keep_a_span_into_the_raw_json() -> None:
    text = (
        '{"contests": [], "claims": [{"kind": "bound", "quantity": "share", '
        '"bound": "\\u201cnearly\\u00a011pc\\""}]}'
    )
    err = error_of(text)  # the quotation marks are words outside the figure
    assert "is not part of the figure" in err.message
    text = text.replace("\\u201c", "").replace('\\"', "")
    article = read_results(doc(text))
    claim = article.claims[0]
    assert isinstance(claim, BoundClaim)
    assert claim.bound.hedge == "nearly"
    assert words_of(article, claim.bound) == "nearly\\u00a011pc"


@pytest.mark.parametrize(
    ("kind", "quantity", "field", "unit"),
    [
        (NumberKind.PERCENT, Quantity.VOTES, "amount", Unit.PERCENT),
        (NumberKind.FRACTION, Quantity.SHARE, "bound", Unit.PERCENT),
        (NumberKind.POINTS, Quantity.SHARE, "amount", Unit.POINTS),
        (NumberKind.ORDINAL, Quantity.SHARE, "current", Unit.RANK),
        (NumberKind.COUNT, Quantity.VOTES, "seats", Unit.SEATS),
        (NumberKind.COUNT, Quantity.SEATS, "amount", Unit.SEATS),
        (NumberKind.COUNT, Quantity.RANK, "current", Unit.RANK),
        (NumberKind.COUNT, Quantity.SHARE, "current", Unit.PERCENT),
        (NumberKind.COUNT, Quantity.TURNOUT, "amount", Unit.PERCENT),
        (NumberKind.COUNT, Quantity.MAJORITY, "amount", Unit.VOTES),
        (NumberKind.YEAR, Quantity.VOTES, "amount", Unit.VOTES),
    ],
)
def test_the_unit_of_a_claim_figure(
    kind: NumberKind, quantity: Quantity, field: str, unit: Unit
) -> None:
    assert claim_unit(kind, quantity, field) is unit


def test_an_object_gives_what_the_words_do_not() -> None:
    article = read(
        with_claims(
            {
                "kind": "change",
                "quantity": "share",
                "amount": {"words": "5", "unit": "points"},
                "previous": {"words": "a third", "hedge": "about", "quoted": True},
            }
        )
    )
    claim = article.claims[0]
    assert isinstance(claim, ChangeClaim)
    assert claim.amount is not None
    assert claim.amount.unit is Unit.POINTS
    assert claim.previous is not None
    assert (claim.previous.hedge, claim.previous.quoted, claim.previous.exact) == (
        "about",
        True,
        False,
    )
    assert words_of(article, claim.previous) == "a third"


def test_contest_figures_may_be_words() -> None:
    article = read(
        {
            "contests": [
                {
                    "majority": {"words": "nearly 28,000"},
                    "turnout": {"words": "two-thirds", "hedge": "about"},
                    "candidates": [
                        {
                            "name": "A",
                            "votes": {"words": "1.2m"},
                            "rank": {"words": "second", "quoted": True},
                        },
                        {"name": "B", "votes": 5, "share": {"words": "five per cent"}},
                    ],
                }
            ]
        }
    )
    contest = article.contests[0]
    assert contest.majority is not None
    assert (contest.majority.value, contest.majority.hedge, contest.majority.exact) == (
        Decimal(28000),
        "nearly",
        False,
    )
    assert contest.majority.unit is Unit.VOTES
    assert words_of(article, contest.majority) == "nearly 28,000"
    assert contest.turnout is not None
    assert contest.turnout.hedge == "about"
    a, b = contest.candidates
    assert a.votes is not None
    assert (a.votes.value, a.votes.precision) == (Decimal(1_200_000), Decimal(100_000))
    assert a.rank is not None
    assert (a.rank.value, a.rank.text, a.rank.unit, a.rank.quoted) == (
        Decimal(2),
        "second",
        Unit.RANK,
        True,
    )
    assert b.share is not None
    assert (b.share.value, b.share.unit, b.share.text) == (Decimal(5), Unit.PERCENT, "five")


# -- errors ---------------------------------------------------------------------------------------

BAD = [
    ({"amount": "lots"}, "amount", "lots", "found no figure in 'lots'"),
    ({"amount": "5pc of 67.68pc"}, "amount", "67.68pc", "found 2 figures"),
    ({"amount": "a tad under 11pc"}, "amount", "a tad", "'a tad' is not part of the figure"),
    ({"amount": "11pc of the vote"}, "amount", "of the", "'of the vote' is not part of"),
    ({"amount": "June 8"}, "amount", "June 8", "reads as a date, a time or a sum of money"),
    ({"amount": "0.0000000000001pc"}, "amount", "0.0", "more than 12 decimal places"),
    ({"amount": "12,000pc"}, "amount", "12,000pc", "a percentage must lie between"),
    ({"amount": ""}, "amount", '""', "must not be empty"),
    ({"amount": "x" * 201}, "amount", '"xxx', "longer than 200 characters"),
    ({"amount": True}, "amount", "true", "expected the figure as the article writes it"),
    ({"amount": {"words": "5", "hedge": "nearyl"}}, "hedge", '"nearyl', "did you mean 'nearly'"),
    ({"amount": {"words": "5", "unit": "pc"}}, "unit", '"pc"', "expected 'votes', 'percent'"),
    ({"amount": {"wrds": "5"}}, "amount", '"wrds', "unknown field 'wrds'; did you mean 'words'"),
    ({"direction": "sideways"}, "direction", '"sideways', "expected 'up' or 'down'"),
    ({"since": 2015}, "since", "2015", "expected text in double quotes"),
    ({"quantity": "vote"}, "quantity", '"vote"', "expected 'share', 'votes'"),
    ({"amont": "5"}, "amont", '"amont', "unknown field 'amont'; did you mean 'amount'"),
]


@pytest.mark.parametrize(("fields", "key", "at", "phrase"), BAD)
def test_claim_errors_name_the_field_line_and_column(
    fields: dict[str, Any], key: str, at: str, phrase: str
) -> None:
    claim = {"kind": "change", "quantity": "share", **fields}
    text = '{"contests": [],\n "claims": [\n  ' + json.dumps(claim) + "\n]}"
    problems = error_of(text).problems()
    err = next((p for p in problems if phrase in p.message), problems[0])
    assert phrase in err.message
    assert err.line == 3
    assert err.message.startswith("claims[0]."), err.message
    assert f".{key}" in err.message.split(":")[0]
    line = text.split("\n")[2]
    assert err.column is not None
    assert line[err.column - 1 :].startswith(at), (line[err.column - 1 :], at)


@pytest.mark.parametrize(
    ("claim", "phrase"),
    [
        ({"kind": "seat", "quantity": "seats"}, "claims[0].kind: unknown kind of claim; expected"),
        ({"quantity": "seats"}, "claims[0]: missing the required field 'kind'"),
        ({"kind": "bound", "quantity": "share"}, "claims[0]: missing the required field 'bound'"),
        (
            {"kind": "seats", "quantity": "seats", "seats": "29"},
            "claims[0]: missing the required field 'verb'",
        ),
        (
            {"kind": "seats", "quantity": "seats", "verb": "won", "seats": "29", "bound": "1"},
            "claims[0].bound: unknown field 'bound'; expected one of: kind, quantity",
        ),
        (5, "claims[0]: expected an object, {...}; got 5"),
    ],
)
def test_claim_shape_errors(claim: Any, phrase: str) -> None:
    assert phrase in str(error_of(json.dumps(with_claims(claim))))


@pytest.mark.parametrize(
    ("field", "words", "phrase"),
    [
        ("votes", "nearly 11pc", "reads as a percentage; expected a whole count"),
        ("votes", "12.5", "is not a whole number"),
        ("votes", "-5", "is negative"),
        ("votes", "1,000,000,000,000", "is too large"),
        ("rank", "a third", "reads as a fraction; expected a position"),
        ("rank", "0", "a position starts at 1"),
        ("share", "2017 votes", "'votes' is not part of the figure"),
    ],
)
def test_contest_words_errors(field: str, words: str, phrase: str) -> None:
    data = {"contests": [{"candidates": [{"name": "A", field: {"words": words}}]}]}
    err = error_of(json.dumps(data))
    assert err.message.startswith(f"contests[0].candidates[0].{field}.words: ")
    assert phrase in err.message


def test_hostile_claim_figures_are_errors_not_crashes() -> None:
    for seats in ("9" * 4_000, "1." + "0" * 10_000, "1e999", "-0.5e-3"):
        text = (
            '{"contests": [], "claims": [{"kind": "seats", "quantity": "seats", "verb": "won", '
            f'"seats": {seats}}}]}}'
        )
        err = error_of(text)
        assert err.message.startswith("claims[0].seats: "), err.message


def test_a_dict_without_words_in_a_contest_is_still_a_figure_error() -> None:
    err = error_of(json.dumps({"contests": [{"candidates": [{"name": "A", "share": {"v": 1}}]}]}))
    assert "expected a percentage" in err.message


def test_words_problems_and_validation_problems_are_listed_together_in_order() -> None:
    text = (
        '{"contests": [{"candidates": [{"name": 5, "votes": {"words": "x"}}]}],\n'
        ' "claims": [\n'
        '  {"kind": "seats", "quantity": "seats", "verb": "wun", "seats": "lots"}\n'
        "]}"
    )
    problems = error_of(text).problems()
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (1, "contests[0].candidates[0].name"),
        (1, "contests[0].candidates[0].votes.words"),
        (3, "claims[0].verb"),
        (3, "claims[0].seats"),
    ]


# -- the schema -----------------------------------------------------------------------------------


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["$ref"]] if "$ref" in value else []
        return own + [r for v in value.values() for r in _refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def test_the_schema_describes_claims_and_words() -> None:
    schema = json_schema()
    json.dumps(schema)
    assert schema["required"] == ["contests"]
    claims = schema["properties"]["claims"]
    assert claims["type"] == "array"
    assert claims["description"]
    assert claims["items"]["discriminator"]["propertyName"] == "kind"
    defs = schema["$defs"]
    for name, kind in [
        ("ChangeClaimInput", "change"),
        ("BoundClaimInput", "bound"),
        ("SeatClaimInput", "seats"),
    ]:
        props = defs[name]["properties"]
        assert props["kind"]["const"] == kind
        assert {"kind", "quantity", "contest", "candidate", "party", "quoted"} <= set(props)
        assert all(p.get("description") for k, p in props.items() if k != "kind")
    assert defs["BoundClaimInput"]["required"] == ["quantity", "kind", "bound"]
    assert set(defs["SeatClaimInput"]["required"]) == {"quantity", "kind", "verb", "seats"}
    assert defs["ClaimFigureWords"]["required"] == ["words"]
    assert set(defs["ClaimFigureWords"]["properties"]) == {
        "words",
        "hedge",
        "quoted",
        "unit",
        "rounded",
    }
    rounded = defs["FigureWords"]["properties"]["rounded"]["anyOf"][0]
    assert (rounded["type"], rounded["minimum"]) == ("integer", 1)
    votes = defs["CandidateInput"]["properties"]["votes"]["anyOf"]
    assert {"$ref": "#/$defs/FigureWords"} in votes
    # Every reference resolves to a definition in the document.
    for ref in _refs(schema):
        assert ref.removeprefix("#/$defs/") in defs, ref


# -- the writer -----------------------------------------------------------------------------------

STORY = (
    "Fitzpatrick took 39,558 votes (67.3pc), a majority of nearly 28,000. Bagshaw came second. "
    "Turnout was up about five per cent to 67.68pc. Wilford had less than a third of the "
    "share at 20.1pc, down from 15.2pc. “We won 29,” said an aide. Ali’s share rose a third."
)


def fig(words: str, unit: Unit, *, nth: int = 0, **update: Any) -> Figure:
    """The figure the number reader finds in STORY at the ``nth`` occurrence of ``words``."""
    start = -1
    for _ in range(nth + 1):
        start = STORY.index(words, start + 1)
    mention = next(m for m in find_numbers(STORY) if m.start == start)
    assert mention.text == words
    return mention.to_figure(unit).model_copy(update=update)


def story_article() -> Article:
    """An Article as a prose reader would build it from STORY, by hand."""
    contest = ContestResult(
        name="Poplar and Limehouse",
        election="uk-ge-2017",
        complete=False,
        electorate=Figure.count(87331, Unit.PEOPLE),
        turnout=fig("67.68pc", Unit.PERCENT),
        majority=fig("nearly 28,000", Unit.VOTES),
        majority_share=Figure.percentage("47.1", unit=Unit.POINTS),
        candidates=(
            CandidateResult(
                name="Jim Fitzpatrick",
                party="Labour",
                votes=fig("39,558", Unit.VOTES),
                share=fig("67.3pc", Unit.PERCENT),
            ),
            CandidateResult(name="Elaine Bagshaw", rank=fig("second", Unit.RANK)),
            CandidateResult(name="Christopher Wilford", share=fig("20.1pc", Unit.PERCENT)),
        ),
    )
    claims: tuple[Claim, ...] = (
        ChangeClaim(
            quantity=Quantity.TURNOUT,
            contest="Poplar and Limehouse",
            direction=Direction.UP,
            direction_text="up",
            amount=fig("about five per cent", Unit.PERCENT),
            current=fig("67.68pc", Unit.PERCENT),
            since="2015",
        ),
        BoundClaim(
            quantity=Quantity.SHARE,
            candidate="Christopher Wilford",
            bound=fig("less than a third", Unit.PERCENT),
            exact=fig("20.1pc", Unit.PERCENT),
        ),
        ChangeClaim(
            quantity=Quantity.SHARE,
            direction=Direction.DOWN,
            previous=fig("15.2pc", Unit.PERCENT),
        ),
        SeatClaim(
            quantity=Quantity.SEATS,
            verb="won",
            quoted=True,
            seats=fig("29", Unit.SEATS, quoted=True),
        ),
        # A bare fraction the reader took as "about a third", and a count it took as points.
        ChangeClaim(
            quantity=Quantity.SHARE,
            party="Labour",
            amount=fig("a third", Unit.PERCENT, nth=1, hedge="about"),
        ),
        SeatClaim(quantity=Quantity.SEATS, verb="net", seats=Figure.count(3, Unit.SEATS)),
        ChangeClaim(quantity=Quantity.VOTES, amount=Figure.percentage("2.5", unit=Unit.POINTS)),
    )
    return Article(
        document=Document(path="story.md", text=STORY, media_type="text/markdown"),
        contests=(contest,),
        claims=claims,
    )


def round_trip(article: Article) -> tuple[Article, str]:
    """The article written as JSON and read back, and the JSON text."""
    text = to_json(article)
    return read_results(doc(text, "story.json")), text


def test_a_hand_built_article_round_trips() -> None:
    article = story_article()
    back, text = round_trip(article)
    assert stripped(back.model_dump()["contests"]) == stripped(article.model_dump()["contests"])
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])
    # Spans now point into the JSON file, at the words.
    turnout = back.contests[0].turnout
    assert words_of(back, turnout) == "67.68"
    claim = back.claims[1]
    assert isinstance(claim, BoundClaim)
    assert words_of(back, claim.bound) == "less than a third"
    json.loads(text)


def test_the_writer_uses_the_plainest_faithful_form() -> None:
    data: Any = article_to_results(story_article())
    contest = data["contests"][0]
    assert contest["electorate"] == "87,331"
    assert contest["turnout"] == "67.68"
    assert contest["majority"] == {"words": "nearly 28,000"}
    assert contest["majority_share"] == "47.1"
    fitz, bagshaw, _ = contest["candidates"]
    assert fitz == {
        "name": "Jim Fitzpatrick",
        "party": "Labour",
        "votes": "39,558",
        "share": "67.3",
    }
    assert bagshaw == {"name": "Elaine Bagshaw", "rank": {"words": "second"}}
    claims = data["claims"]
    assert claims[0]["amount"] == "about five per cent"
    assert claims[1]["bound"] == "less than a third"
    assert claims[2]["previous"] == "15.2pc"  # the article's words
    assert claims[3]["quoted"] is True
    assert claims[3]["seats"] == "29"
    assert claims[4]["amount"] == {"words": "a third", "hedge": "about"}
    assert claims[5]["seats"] == "3"
    assert claims[6]["amount"] == "2.5 points"  # said from the figure


def test_figures_without_spans_are_said_from_their_text_and_unit() -> None:
    claim = ChangeClaim(
        quantity=Quantity.SHARE,
        amount=Figure(text="11", value=Decimal(11), unit=Unit.PERCENT, hedge="nearly", exact=False),
        current=Figure.count(29, Unit.VOTES),
    )
    article = Article(document=Document(path="a.md", text=""), claims=(claim,))
    data: Any = article_to_results(article)
    written = data["claims"][0]
    assert written["amount"] == "nearly 11 per cent"
    assert written["current"] == {"words": "29", "unit": "votes"}
    back, _ = round_trip(article)
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])


def test_a_figure_no_words_can_carry_is_refused_not_rewritten() -> None:
    nonsense = Figure(text="abc", value=Decimal(5), unit=Unit.SEATS)
    claim = SeatClaim(quantity=Quantity.SEATS, verb="won", seats=nonsense)
    article = Article(document=Document(path="a.md", text=""), claims=(claim,))
    with pytest.raises(ResultsWriteError, match=r"claims\[0\]\.seats: cannot write the figure"):
        article_to_results(article)
    wrong_unit = ContestResult(majority=Figure.percentage("5"))
    article = Article(document=Document(path="a.md", text=""), contests=(wrong_unit,))
    with pytest.raises(ResultsWriteError, match=r"majority is in votes"):
        article_to_results(article)


def test_json_output_escapes_only_when_asked() -> None:
    claim = SeatClaim(quantity=Quantity.SEATS, party="Plaid Cymru – Wales", verb="won",
                      seats=Figure.count(4, Unit.SEATS))  # fmt: skip
    article = Article(document=Document(path="a.md", text=""), claims=(claim,))
    assert "–" in to_json(article)
    assert "\\u2013" in to_json(article, ensure_ascii=True)
    assert to_json(Article(document=Document(path="a.md", text=""))) == '{"contests": []}'


# -- property: any claim round-trips --------------------------------------------------------------

PACK = default_pack()
HEDGE_WORDS = ["", "nearly ", "Nearly ", "about ", "around ", "less than ", "more than ",
               "just over ", "almost ", "well over ", "under "]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(0, 2_000_000).map(str),
    st.integers(1_000, 2_000_000).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 99), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.sampled_from(["five", "eleven", "twenty-nine", "a third", "two-thirds", "half",
                     "a quarter", "one in five", "second", "third", "1.2m", "4,000"]),
)  # fmt: skip
UNIT_WORDS = st.sampled_from(["", "pc", " per cent", "%", " points", " percentage points", "pp"])


@st.composite
def claim_figures(draw: st.DrawFn, quantity: Quantity, field: str, quoted: bool) -> Figure:
    """A figure as a reader would make it: from words, or built directly without a span."""
    if draw(st.booleans()):
        built = draw(
            st.one_of(
                st.integers(0, 10**6).map(lambda n: Figure.count(n, Unit.SEATS)),
                st.integers(0, 10**6).map(lambda n: Figure.count(n, Unit.VOTES)),
                st.decimals(-99, 99, places=2).map(
                    lambda d: Figure.percentage(str(d), unit=Unit.POINTS)
                ),
                st.decimals(0, 100, places=1).map(lambda d: Figure.percentage(str(d))),
            )
        )
        return built.model_copy(update={"quoted": quoted})
    words = draw(st.sampled_from(HEDGE_WORDS)) + draw(NUMBERS) + draw(UNIT_WORDS)
    mentions = find_numbers(words)
    assume(len(mentions) == 1 and mentions[0].text == words)
    m = mentions[0]
    assume(m.kind is not NumberKind.OTHER)
    unit = draw(st.sampled_from([None, *Unit])) or claim_unit(m.kind, quantity, field)
    assume(unit not in (Unit.PERCENT, Unit.POINTS) or abs(m.value) < 10_000)
    hedge = draw(st.sampled_from([None, "exact", *PACK.hedges])) or m.hedge
    # The reader never hedges a position ("nearly second" reads as a plain "second"), so a
    # hedged rank is not a figure a reader could have read.
    assume(hedge == "exact" or (m.kind is not NumberKind.ORDINAL and unit is not Unit.RANK))
    figure = m.to_figure(unit)
    return figure.model_copy(
        update={
            "hedge": hedge,
            "exact": figure.exact and hedge == "exact",
            "quoted": draw(st.booleans()) if draw(st.integers(0, 9)) == 0 else quoted,
            "span": None,
        }
    )


NAMES = st.none() | st.text(min_size=1, max_size=12)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """Any claim the models allow, with figures a reader could have read."""
    kind = draw(st.sampled_from(["change", "bound", "seats"]))
    quantity = draw(st.sampled_from(list(Quantity)))
    quoted = draw(st.booleans())
    base: dict[str, Any] = {
        "quantity": quantity,
        "contest": draw(NAMES),
        "candidate": draw(NAMES),
        "party": draw(NAMES),
        "quoted": quoted,
    }

    def figure(field: str, required: bool = False) -> Figure | None:
        if not required and draw(st.booleans()):
            return None
        return draw(claim_figures(quantity, field, quoted))

    if kind == "change":
        return ChangeClaim(
            **base,
            direction=draw(st.none() | st.sampled_from(list(Direction))),
            direction_text=draw(NAMES),
            amount=figure("amount"),
            previous=figure("previous"),
            current=figure("current"),
            since=draw(st.none() | st.sampled_from(["2015", "2010 election", "last time"])),
        )
    if kind == "bound":
        bound = figure("bound", required=True)
        assert bound is not None
        return BoundClaim(**base, bound=bound, exact=figure("exact"))
    seats = figure("seats", required=True)
    assert seats is not None
    verb = draw(st.sampled_from(["won", "gained", "lost", "held", "net"]))
    return SeatClaim(**base, verb=verb, seats=seats)


def _embed(claims_: list[Claim]) -> Article:
    """An article whose text holds each figure's words, with spans pointing at them."""
    parts: list[str] = []
    placed: list[Claim] = []
    offset = 0
    for claim in claims_:
        update: dict[str, Any] = {}
        for key in ("amount", "previous", "current", "bound", "exact", "seats"):
            f = getattr(claim, key, None)
            if f is None:
                continue
            words = _said(f)
            if words is None:
                continue
            parts.append(words + ". ")
            update[key] = f.model_copy(update={"span": Span(start=offset, end=offset + len(words))})
            offset += len(words) + 2
        placed.append(claim.model_copy(update=update))
    return Article(
        document=Document(path="a.md", text="".join(parts), media_type="text/markdown"),
        claims=tuple(placed),
    )


def _said(f: Figure) -> str | None:
    hedge = "" if f.hedge == "exact" else PACK.hedges[f.hedge].words[0] + " "
    unit = {Unit.PERCENT: " per cent", Unit.POINTS: " points"}.get(f.unit, "")
    words = f"{hedge}{f.text}{unit}"
    found = find_numbers(words)
    return words if len(found) == 1 and found[0].text == words else None


@given(st.lists(claims(), min_size=1, max_size=4), st.booleans())
def test_arbitrary_claims_round_trip(generated: list[Claim], with_spans: bool) -> None:
    article = (
        _embed(generated)
        if with_spans
        else Article(document=Document(path="a.md", text=""), claims=tuple(generated))
    )
    back, text = round_trip(article)
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])
    for claim in back.claims:
        for key in ("amount", "previous", "current", "bound", "exact", "seats"):
            f = getattr(claim, key, None)
            if f is not None:
                assert f.span is not None
                assert 0 <= f.span.start < f.span.end <= len(text)


def test_an_outcome_claim_round_trips_and_is_in_the_schema() -> None:
    claims: tuple[Claim, ...] = (
        OutcomeClaim(contest="Bethnal Green and Bow", party="Labour", verb="hold"),
        OutcomeClaim(contest="Canterbury", party="Labour", verb="gain", from_party="Conservative"),
        OutcomeClaim(party="Conservative", verb="gain", quoted=True),
    )
    article = Article(document=Document(path="a.md", text=""), claims=claims)
    data: Any = article_to_results(article)
    assert data["claims"][1] == {
        "kind": "outcome",
        "quantity": "rank",
        "contest": "Canterbury",
        "party": "Labour",
        "verb": "gain",
        "from_party": "Conservative",
    }
    back, _ = round_trip(article)
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])
    # "quantity" may be left out: an outcome is always about who finished first.
    [read_back] = read(with_claims({"kind": "outcome", "party": "SNP", "verb": "gain"})).claims
    assert isinstance(read_back, OutcomeClaim)
    assert read_back.quantity is Quantity.RANK
    props = json_schema()["$defs"]["OutcomeClaimInput"]["properties"]
    assert props["kind"]["const"] == "outcome"
    assert set(props["verb"]["enum"]) == {"hold", "gain"}
    assert "from_party" in props


def test_an_outcome_claim_needs_a_verb_it_knows() -> None:
    err = error_of(json.dumps(with_claims({"kind": "outcome", "party": "Labour", "verb": "won"})))
    assert "verb" in str(err)


def test_an_extracted_outcome_round_trips_through_check(tmp_path: Any) -> None:
    from factcheck.extract.reader import read_prose

    text = "Canterbury: Labour hold. Rushanara Ali was re-elected in Bethnal Green and Bow."
    article = read_prose(Document(path="a.txt", text=text))
    back, _ = round_trip(article)
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])
    assert stripped(back.model_dump()["contests"]) == stripped(article.model_dump()["contests"])


# -- rounded counts -------------------------------------------------------------------------------


def test_a_rounded_count_reads_as_the_interval_it_stands_for() -> None:
    article = read(
        {
            "contests": [
                {
                    "majority": {"words": "5,100", "rounded": 100},
                    "electorate": 71000,
                    "candidates": [{"name": "A", "votes": {"words": "13k", "rounded": 2000}}],
                }
            ],
            "claims": [
                {
                    "kind": "change",
                    "quantity": "majority",
                    "current": {"words": "more than 12,000", "rounded": 1000},
                }
            ],
        }
    )
    contest = article.contests[0]
    assert contest.majority is not None
    assert (contest.majority.exact, contest.majority.precision) == (False, Decimal(100))
    assert 5050 in contest.majority.interval()
    assert 5150 not in contest.majority.interval()
    assert words_of(article, contest.majority) == "5,100"
    # Without "rounded" a whole count in full is the count itself.
    assert contest.electorate is not None
    assert contest.electorate.exact
    votes = contest.candidates[0].votes
    assert votes is not None
    assert 12000 in votes.interval()
    assert 14000 not in votes.interval()
    claim = article.claims[0]
    assert isinstance(claim, ChangeClaim)
    assert claim.current is not None
    assert (claim.current.hedge, claim.current.precision) == ("more-than", Decimal(1000))


@pytest.mark.parametrize(
    ("figure", "at", "phrase"),
    [
        ({"words": "5,100", "rounded": 0}, "0", "expected a whole number from 1"),
        ({"words": "5,100", "rounded": "100"}, '"100"', "expected a whole number; got"),
        ({"words": "5,100", "rounded": True}, "true", "expected a whole number; got"),
        ({"words": "5,100", "rounded": 1.5}, "1.5", "expected a whole number; got"),
    ],
)
def test_a_bad_rounding_step_is_an_error_at_its_place(figure: Any, at: str, phrase: str) -> None:
    text = json.dumps({"contests": [{"majority": figure}]})
    err = error_of(text)
    assert "contests[0].majority.rounded" in str(err)
    assert phrase in str(err)
    assert err.column == text.index(at, text.index('"rounded"')) + 1


def test_rounded_is_for_counts_only() -> None:
    text = json.dumps({"contests": [{"turnout": {"words": "67.3", "rounded": 1}}]})
    err = error_of(text)
    assert "contests[0].turnout.rounded" in str(err)
    assert "'rounded' is for a count" in str(err)
    assert err.column == text.index('"rounded"') + len('"rounded": ') + 1


def test_the_writer_gives_a_rounded_count_its_step() -> None:
    from factcheck.extract.claims.rounding import as_rounded

    majority = as_rounded(Figure.count(5100))
    electorate = Figure.count(71000, Unit.PEOPLE)
    contest = ContestResult(name="Bolsover", majority=majority, electorate=electorate)
    article = Article(document=Document(path="a.md", text=""), contests=(contest,))
    data: Any = article_to_results(article)
    assert data["contests"][0]["majority"] == {"words": "5,100", "rounded": 100}
    assert data["contests"][0]["electorate"] == "71,000"  # exact: a plain number
    back, _ = round_trip(article)
    assert stripped(back.model_dump()["contests"]) == stripped(article.model_dump()["contests"])


STEPS = st.sampled_from([10, 100, 1000, 2000])


@st.composite
def rounded_counts(draw: st.DrawFn, unit: Unit) -> Figure:
    """A count a reader took as a rounding: in full or in thousands, hedged or not."""
    hedge = draw(st.sampled_from(["exact", "nearly", "about", "more-than", "less-than"]))
    thousands = draw(st.integers(1, 999))
    if draw(st.booleans()):
        text, value = f"{thousands}k", Decimal(thousands * 1000)
    else:
        n = thousands * 1000 + draw(st.integers(0, 9)) * 100
        text, value = f"{n:,}", Decimal(n)
    step = draw(STEPS)
    return Figure(text=text, value=value, unit=unit, precision=Decimal(step), hedge=hedge)


@given(
    majority=rounded_counts(Unit.VOTES),
    votes=st.none() | rounded_counts(Unit.VOTES),
    electorate=st.none() | rounded_counts(Unit.PEOPLE),
    current=st.none() | rounded_counts(Unit.VOTES),
)
def test_rounded_counts_round_trip(
    majority: Figure, votes: Figure | None, electorate: Figure | None, current: Figure | None
) -> None:
    contest = ContestResult(
        name="Bolsover",
        majority=majority,
        electorate=electorate,
        candidates=(CandidateResult(name="A", votes=votes),),
    )
    claims: tuple[Claim, ...] = ()
    if current is not None:
        claims = (ChangeClaim(quantity=Quantity.MAJORITY, current=current),)
    article = Article(document=Document(path="a.md", text=""), contests=(contest,), claims=claims)
    back, _ = round_trip(article)
    assert stripped(back.model_dump()["contests"]) == stripped(article.model_dump()["contests"])
    assert stripped(back.model_dump()["claims"]) == stripped(article.model_dump()["claims"])
    got = back.contests[0].majority
    assert got is not None
    assert got.interval() == majority.interval()
