"""Results files: figures and their spans, strict validation, located errors, the schema."""

from __future__ import annotations

import json
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import check
from factcheck.documents import InputFileError
from factcheck.models import Article, Document, Figure, Unit
from factcheck.results_file import MAX_PROBLEMS, json_schema, read_results

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"


def doc(text: str, path: str = "r.json") -> Document:
    """A results document from text."""
    return Document(path=path, text=text, media_type="application/json")


def read(data: Any) -> Article:
    """Read a results file given as a Python value."""
    return read_results(doc(json.dumps(data)))


def one_candidate(**fields: Any) -> dict[str, Any]:
    """A file with one contest and one candidate with these fields."""
    return {"contests": [{"candidates": [{"name": "A", **fields}]}]}


def error_of(text: str) -> InputFileError:
    """The error reading ``text`` raises (the test fails if it reads cleanly)."""
    with pytest.raises(InputFileError) as info:
        read_results(doc(text))
    return info.value


def figures(article: Article) -> list[Figure]:
    """Every figure in an article."""
    out: list[Figure] = []
    for contest in article.contests:
        for fig in (
            contest.valid_votes,
            contest.rejected,
            contest.electorate,
            contest.turnout,
            contest.majority,
            contest.majority_share,
        ):
            if fig is not None:
                out.append(fig)
        for cand in contest.candidates:
            out.extend(f for f in (cand.votes, cand.share, cand.rank) if f is not None)
    return out


# -- reading figures --------------------------------------------------------------------------


def test_example_file_reads_every_figure_with_its_span() -> None:
    text = EXAMPLE.read_text("utf-8")
    article = read_results(doc(text, str(EXAMPLE)))
    (contest,) = article.contests
    assert contest.name == "Poplar and Limehouse"
    assert contest.election == "uk-ge-2017"
    assert contest.complete is True
    assert len(contest.candidates) == 7
    figs = figures(article)
    # 6 contest figures (no majority_share) + 7 votes + 7 shares + 3 ranks
    assert len(figs) == 5 + 7 + 7 + 3
    for fig in figs:
        assert fig.span is not None
        assert text[fig.span.start : fig.span.end] == fig.text
    wilford = contest.candidates[1]
    assert wilford.share is not None
    assert wilford.share.span is not None
    start, end = wilford.share.span.start, wilford.share.span.end
    # A string figure's span is inside the quotes.
    assert text[start - 1 : end + 1] == '"20.1"'
    assert wilford.votes is not None
    assert wilford.votes.value == 11846
    assert wilford.votes.exact
    assert contest.turnout is not None
    assert contest.turnout.text == "67.35"
    assert contest.turnout.decimals == 2
    assert wilford.name_span is not None
    assert text[wilford.name_span.start : wilford.name_span.end] == "Christopher Wilford"
    assert wilford.party_span is not None
    assert text[wilford.party_span.start : wilford.party_span.end] == "Conservative"
    assert contest.name_span is not None
    assert text[contest.name_span.start : contest.name_span.end] == "Poplar and Limehouse"


def test_example_file_is_consistent() -> None:
    assert check(EXAMPLE).findings == ()


@pytest.mark.parametrize(
    ("written", "decimals", "value"),
    [
        ('"67.30"', 2, "67.30"),
        ("67.30", 2, "67.30"),
        ('"67.3"', 1, "67.3"),
        ("67.3", 1, "67.3"),
        ("67", 0, "67"),
        ('"67"', 0, "67"),
        ('"67.3%"', 1, "67.3"),
        ("6.73e1", 1, "67.3"),
        ("0.05", 2, "0.05"),
    ],
)
def test_percentage_precision_is_kept_as_written(written: str, decimals: int, value: str) -> None:
    text = '{"contests": [{"candidates": [{"name": "A", "share": ' + written + "}]}]}"
    share = read_results(doc(text)).contests[0].candidates[0].share
    assert share is not None
    assert share.decimals == decimals
    assert share.value == Decimal(value)
    assert share.unit is Unit.PERCENT
    assert share.span is not None
    assert text[share.span.start : share.span.end] == share.text
    assert share.text == written.strip('"')


@pytest.mark.parametrize(
    ("written", "value"),
    [('"11,846"', 11846), ("11846", 11846), ('"11846"', 11846), ('"1,234,567"', 1234567)],
)
def test_counts_with_and_without_thousands_separators(written: str, value: int) -> None:
    text = '{"contests": [{"valid_votes": ' + written + "}]}"
    fig = read_results(doc(text)).contests[0].valid_votes
    assert fig is not None
    assert fig.value == value
    assert fig.exact
    assert fig.text == written.strip('"')
    assert fig.span is not None
    assert text[fig.span.start : fig.span.end] == fig.text


def test_units_of_each_field() -> None:
    article = read(
        {
            "contests": [
                {
                    "electorate": 10,
                    "rejected": 1,
                    "majority": 2,
                    "majority_share": "3.5",
                    "turnout": 50,
                    "candidates": [{"name": "A", "rank": 1}],
                }
            ]
        }
    )
    c = article.contests[0]
    assert c.electorate is not None
    assert c.electorate.unit is Unit.PEOPLE
    assert c.rejected is not None
    assert c.rejected.unit is Unit.PEOPLE
    assert c.majority is not None
    assert c.majority.unit is Unit.VOTES
    assert c.majority_share is not None
    assert c.majority_share.unit is Unit.POINTS
    assert c.turnout is not None
    assert c.turnout.unit is Unit.PERCENT
    rank = c.candidates[0].rank
    assert rank is not None
    assert rank.unit is Unit.RANK
    assert rank.value == 1


def test_nulls_mean_absent_and_contest_election_overrides_the_file() -> None:
    article = read(
        {
            "election": "file-wide",
            "contests": [
                {"election": "own", "candidates": [{"name": "A", "votes": None, "party": None}]},
                {"name": None},
            ],
        }
    )
    first, second = article.contests
    assert first.election == "own"
    assert second.election == "file-wide"
    assert first.candidates[0].votes is None
    assert first.candidates[0].party_span is None
    assert second.name_span is None
    assert first.data_path == "$.contests[0]"


def test_a_file_with_nothing_to_check_is_an_input_error() -> None:
    # An empty feed (a failed export) must not pass as clean copy.
    with pytest.raises(InputFileError, match="holds no contests and no claims"):
        read({"contests": []})
    with pytest.raises(InputFileError, match="nothing to check"):
        read({"contests": [], "claims": []})


def test_byte_order_mark_and_crlf_spans_point_into_the_decoded_text() -> None:
    text = '{\r\n  "contests": [{"candidates": [\r\n    {"name": "A", "share": "20.1"}]}]\r\n}'
    article = read_results(doc(text))
    share = article.contests[0].candidates[0].share
    assert share is not None
    assert share.span is not None
    assert text[share.span.start : share.span.end] == "20.1"
    line, column = doc(text).position(share.span.start)
    lines = text.split("\r\n")
    assert lines[line - 1][column - 1 : column + 3] == "20.1"


# -- errors -------------------------------------------------------------------------------------


def test_error_names_field_line_column_and_expected() -> None:
    text = (
        '{"contests": [\n  {"candidates": [\n    {"name": "A", "votes": 1},\n'
        '    {"name": "B", "votes": 2},\n    {"name": "C", "votes": "lots"}\n  ]}\n]}'
    )
    err = error_of(text)
    assert err.path == "r.json"
    assert err.line == 5
    assert err.column == text.split("\n")[4].index('"lots"') + 1
    assert err.message.startswith("contests[0].candidates[2].votes: expected a whole number")
    assert 'got "lots"' in err.message
    assert str(err).startswith("r.json:5:")


@pytest.mark.parametrize(
    ("fields", "field", "expected"),
    [
        ({"rank": 1.0}, "rank", "expected a whole number; got 1.0"),
        ({"rank": True}, "rank", "expected a whole number; got true"),
        ({"rank": "1"}, "rank", 'expected a whole number; got "1"'),
        ({"rank": 0}, "rank", "expected a whole number from 1"),
        ({"votes": True}, "votes", "expected a whole number"),
        ({"votes": -1}, "votes", "zero or more"),
        ({"votes": 1.5}, "votes", "expected a whole number"),
        ({"votes": 39558.0}, "votes", "got 39558.0"),
        ({"votes": "1,2345"}, "votes", 'got "1,2345"'),
        ({"votes": " 12"}, "votes", "no spaces"),
        ({"votes": "12\n"}, "votes", "expected a whole number"),
        ({"votes": "١٢"}, "votes", "expected a whole number"),  # Arabic-Indic digits
        ({"votes": "11.846"}, "votes", "expected a whole number"),
        ({"votes": 10**12}, "votes", "too large"),
        ({"votes": "1,000,000,000,000"}, "votes", "expected a whole number"),
        ({"votes": [1]}, "votes", "expected a whole number"),
        ({"share": "-1"}, "share", "cannot be negative"),
        ({"share": -1}, "share", "cannot be negative"),
        ({"share": "abc"}, "share", "expected a percentage"),
        ({"share": "67.3 %"}, "share", "expected a percentage"),
        ({"share": "1e5"}, "share", "expected a percentage"),
        ({"share": 10000}, "share", "between"),
        ({"share": 1e300}, "share", "between"),
        ({"share": 0.30000000000000004}, "share", "decimal places"),
        ({"share": {"v": 1}}, "share", "expected a percentage"),
        ({"name": 5}, "name", "expected text in double quotes; got 5"),
        ({"name": ""}, "name", "must not be empty"),
        ({"party": ["Lab"]}, "party", "expected text"),
    ],
)
def test_candidate_field_errors(fields: dict[str, Any], field: str, expected: str) -> None:
    err = error_of(json.dumps(one_candidate(**fields)))
    assert err.message.startswith(f"contests[0].candidates[0].{field}: ")
    assert expected in err.message
    assert err.line == 1
    assert err.column is not None


@pytest.mark.parametrize(
    ("contest", "expected"),
    [
        ({"complete": "yes"}, 'contests[0].complete: expected true or false; got "yes"'),
        ({"complete": 1}, "contests[0].complete: expected true or false; got 1"),
        ({"turnout": "67,3"}, "contests[0].turnout: expected a percentage"),
        ({"turnout": 0.1234567890123}, "more than 12 decimal places"),
        ({"candidates": {}}, "contests[0].candidates: expected a list, [...]; got {}"),
        ({"candidates": [5]}, "contests[0].candidates[0]: expected an object, {...}; got 5"),
        ({"name": 1}, "contests[0].name: expected text"),
    ],
)
def test_contest_field_errors(contest: dict[str, Any], expected: str) -> None:
    assert expected in error_of(json.dumps({"contests": [contest]})).message


def test_negative_turnout_text_is_a_percentage_but_a_negative_share_is_not() -> None:
    # turnout and majority_share are percentages that a rule may judge; shares cannot be < 0
    assert read({"contests": [{"turnout": "-5"}]}).contests[0].turnout is not None
    assert "negative" in error_of(json.dumps(one_candidate(share="-0.5"))).message


def test_hostile_numbers_are_errors_not_crashes() -> None:
    for literal in ("NaN", "Infinity", "-Infinity"):
        err = error_of('{"contests": [{"turnout": ' + literal + "}]}")
        assert f"{literal} is not a JSON value" in err.message
        assert (err.line, err.column) == (1, 27)
    err = error_of('{"contests": [{"turnout": 1e999}]}')
    assert "between" in err.message
    # The figure is judged as written, not as a float: 1e-400 is not 0.0.
    err = error_of('{"contests": [{"turnout": 1e-400}]}')
    assert "more than 12 decimal places" in err.message
    err = error_of('{"contests": [{"majority": ' + "9" * 4_500 + "}]}")
    assert "too long to read" in err.message
    err = error_of('{"contests": [{"majority": ' + "9" * 4_000 + "}]}")
    assert "too large" in err.message
    err = error_of('{"contests": [{"majority": "' + "9" * 5_000 + '"}]}')
    assert "expected a whole number" in err.message


def test_unknown_field_points_at_the_key_and_suggests_the_field() -> None:
    text = '{"contests": [{"candidates": [{"name": "A",\n  "vots": 1}]}]}'
    err = error_of(text)
    assert (err.line, err.column) == (2, 3)
    assert "contests[0].candidates[0].vots: unknown field 'vots'" in err.message
    assert "did you mean 'votes'?" in err.message
    assert "name, party, votes, share, rank" in err.message
    top = error_of('{"contest": []}')
    assert "did you mean 'contests'?" in str(top)
    contest = error_of('{"contests": [{"turnuot": "1"}]}')
    assert "did you mean 'turnout'?" in contest.message
    nothing_close = error_of('{"contests": [], "zzz": 1}')
    assert "did you mean" not in nothing_close.message
    assert "expected one of: election, contests" in nothing_close.message


def test_missing_fields_point_at_their_object() -> None:
    err = error_of('{"contests": [{"candidates": [{"votes": 5}]}]}')
    assert err.message == "contests[0].candidates[0]: missing the required field 'name'"
    assert (err.line, err.column) == (1, 31)
    top = error_of('  {"election": "x"}')
    assert 'missing "contests"' in top.message
    assert '{"contests": [ ... ]}' in top.message
    assert (top.line, top.column) == (1, 3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("[1, 2]", "a list"), ('"x"', "a string"), ("3", "a number"), ("null", "null"),
     ("true", "true or false")],
)  # fmt: skip
def test_top_level_must_be_an_object(text: str, kind: str) -> None:
    err = error_of("\n  " + text)
    assert err.message == f'expected a JSON object like {{"contests": [ ... ]}}; got {kind}'
    assert (err.line, err.column) == (2, 3)


def test_invalid_json_gives_line_and_column() -> None:
    err = error_of('{\n  "contests": [\n    {"name": "x",}\n  ]\n}')
    assert err.message.startswith("not valid JSON: ")
    assert (err.line, err.column) == (3, 18)
    dup = error_of('{"contests": [], "contests": []}')
    assert "duplicate key 'contests'" in dup.message
    assert (dup.line, dup.column) == (1, 18)
    deep = error_of('{"contests": ' + "[" * 1000 + "]" * 1000 + "}")
    assert "nested more than 200 levels" in deep.message


def test_every_problem_in_a_file_is_reported_in_order() -> None:
    text = (
        '{"contests": [{"candidates": [\n'
        '  {"name": "A", "votes": "x"},\n'
        '  {"nme": "B"},\n'
        '  {"name": "C", "share": "y"}\n'
        "]}]}"
    )
    err = error_of(text)
    problems = err.problems()
    assert [p.line for p in problems] == [2, 3, 3, 4]
    assert problems[0].message.startswith("contests[0].candidates[0].votes")
    assert {p.message.split(":")[0] for p in problems[1:3]} == {
        "contests[0].candidates[1]",
        "contests[0].candidates[1].nme",
    }
    assert problems[3].message.startswith("contests[0].candidates[2].share")
    assert str(err).count("\n") == 3
    assert all(line.startswith("r.json:") for line in str(err).splitlines())


def test_problem_count_is_capped() -> None:
    data = {"contests": [{"candidates": [{"name": i} for i in range(MAX_PROBLEMS + 5)]}]}
    err = error_of(json.dumps(data))
    problems = err.problems()
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message == "... and 5 more problems"
    assert problems[-1].line is None


def test_long_strings_do_not_make_validation_slow() -> None:
    began = time.perf_counter()
    for value in ("1" * 1_000_000 + "x", "1," * 500_000, "9" * 1_000_000 + ".", "-" * 1_000_000):
        with pytest.raises(InputFileError):
            read(one_candidate(share=value, votes=value))
    assert time.perf_counter() - began < 5


# -- the schema ---------------------------------------------------------------------------------


def conforms(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> bool:
    """A small JSON Schema validator for the keywords the results-file schema uses."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return conforms(value, root["$defs"][name], root)
    if "anyOf" in schema and not any(conforms(value, s, root) for s in schema["anyOf"]):
        return False
    kind = schema.get("type")
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    if kind is not None and not checks[kind](value):
        return False
    if isinstance(value, dict):
        props = schema.get("properties", {})
        if any(k not in value for k in schema.get("required", [])):
            return False
        if schema.get("additionalProperties") is False and any(k not in props for k in value):
            return False
        return all(conforms(v, props[k], root) for k, v in value.items() if k in props)
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            return False
        return all(conforms(v, schema.get("items", {}), root) for v in value)
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value, flags=re.ASCII):
            return False
        if len(value) < schema.get("minLength", 0):
            return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return False
        if "maximum" in schema and value > schema["maximum"]:
            return False
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            return False
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            return False
    return True


def test_schema_describes_the_format_and_accepts_the_example() -> None:
    schema = json_schema()
    json.dumps(schema)  # serialisable
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["required"] == ["contests"]
    assert schema["additionalProperties"] is False
    candidate = schema["$defs"]["CandidateInput"]
    assert candidate["required"] == ["name"]
    assert set(candidate["properties"]) == {"name", "party", "votes", "share", "rank"}
    contest = schema["$defs"]["ContestInput"]
    assert "required" not in contest
    example = json.loads(EXAMPLE.read_text("utf-8"))
    assert conforms(example, schema, schema)


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"contests": [{"candidates": [{"votes": 1}]}]},
        one_candidate(votes="1,2345"),
        one_candidate(votes=-1),
        one_candidate(share="-1"),
        one_candidate(share="abc"),
        one_candidate(rank=0),
        one_candidate(extra=1),
        {"contests": [{"complete": "yes"}]},
        {"contests": [], "x": 1},
    ],
)
def test_schema_rejects_what_the_reader_rejects(bad: dict[str, Any]) -> None:
    schema = json_schema()
    assert not conforms(bad, schema, schema)
    with pytest.raises(InputFileError):
        read(bad)


# -- properties ---------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)

# Figures of the right kind for each field (edge values included), and values of any kind:
# files drawn from these mostly get through to the rules, and sometimes fail validation.
COUNTS = st.one_of(
    st.integers(min_value=0, max_value=2_000),
    st.integers(min_value=0, max_value=10**12 - 1),
    st.integers(min_value=0, max_value=10**12 - 1).map(lambda n: f"{n:,}"),
)
PERCENTS = st.one_of(
    st.decimals(min_value=0, max_value=100, places=1).map(str),
    st.decimals(min_value=0, max_value=100, places=2).map(float),
    st.integers(min_value=0, max_value=100),
    st.sampled_from(["67.3%", "0", "9999.999999999999", "0.000000000001"]),
)
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.decimals(min_value=-20000, max_value=20000, places=3).map(float),
    st.sampled_from(["-1", "1e5", " 1", "", "x", "5.", "1,2345", "67.3"]),
    st.from_regex(r"[0-9,.%-]{0,8}", fullmatch=True),
    st.lists(st.integers(), max_size=2),
)
RANKS = st.integers(min_value=1, max_value=12)
CANDIDATE_FIELDS = {"party": st.text(max_size=5), "votes": COUNTS, "share": PERCENTS, "rank": RANKS}
CONTEST_FIELDS = {
    "name": st.text(max_size=5),
    "election": st.text(max_size=5),
    "complete": st.booleans(),
    "electorate": COUNTS,
    "valid_votes": COUNTS,
    "rejected": COUNTS,
    "turnout": PERCENTS,
    "majority": COUNTS,
    "majority_share": PERCENTS,
}


def _fields(draw: st.DrawFn, fields: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    out = {}
    for key in draw(st.lists(st.sampled_from(sorted(fields)), unique=True)):
        # One field in twenty is of any kind at all, to reach the validation errors.
        wild = draw(st.integers(0, 19)) == 0
        out[key] = draw(ANYTHING if wild else fields[key])
    return out


@st.composite
def near_valid_files(draw: st.DrawFn) -> dict[str, Any]:
    """Results files of the right shape, with figures that are mostly of the right kind."""
    contests = []
    for _ in range(draw(st.integers(0, 2))):
        contest = _fields(draw, CONTEST_FIELDS)
        candidates = []
        for _ in range(draw(st.integers(0, 5))):
            cand = {
                "name": draw(st.text(min_size=1, max_size=5)),
                **_fields(draw, CANDIDATE_FIELDS),
            }
            if draw(st.integers(0, 29)) == 0:
                cand[draw(st.sampled_from(["vote", "name"]))] = draw(ANYTHING)
            candidates.append(cand)
        contest["candidates"] = candidates
        contests.append(contest)
    return {"contests": contests}


def _read_or_error(text: str) -> Article | None:
    failure: InputFileError | None = None
    try:
        return read_results(doc(text))
    except InputFileError as exc:
        failure = exc
    assert failure.path == "r.json"
    assert failure.message
    assert all(p.path == "r.json" and p.message for p in failure.problems())
    return None


@given(JSON_VALUES)
def test_arbitrary_json_values_raise_only_input_file_error(value: Any) -> None:
    _read_or_error(json.dumps(value))


@given(st.text(max_size=80))
def test_arbitrary_text_raises_only_input_file_error(text: str) -> None:
    _read_or_error(text)


@given(near_valid_files(), st.sampled_from([None, 1]))
def test_near_valid_files_read_or_fail_cleanly_and_spans_round_trip(
    data: dict[str, Any], indent: int | None
) -> None:
    text = json.dumps(data, indent=indent)
    article = _read_or_error(text)
    schema = json_schema()
    # The schema and the reader agree on what is a valid file.
    assert conforms(json.loads(text), schema, schema) == (article is not None)
    if article is None:
        return
    for fig in figures(article):
        assert fig.span is not None
        assert text[fig.span.start : fig.span.end] == fig.text
    # Whatever the reader accepts, the rules can check without crashing.
    report = check(article)
    for finding in report.findings:
        if finding.start is not None and finding.end is not None:
            assert text[finding.start : finding.end] == finding.text
