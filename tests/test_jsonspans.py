"""The span-recording JSON parser: same values as json.loads, exact offsets, strict on bad JSON."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import jsonspans
from factcheck.jsonspans import Node

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=25,
)


def walk(node: Node) -> list[Node]:
    """Every node under (and including) ``node``."""
    out = [node]
    if isinstance(node.children, dict):
        for child in node.children.values():
            out.extend(walk(child))
    elif isinstance(node.children, list):
        for child in node.children:
            out.extend(walk(child))
    return out


def test_spans_of_an_object() -> None:
    text = '{"a": 1, "b": [true, null], "c": "x"}'
    root = jsonspans.parse(text)
    assert root.value == {"a": 1, "b": [True, None], "c": "x"}
    assert (root.start, root.end) == (0, len(text))
    a = root.child("a")
    assert a is not None
    assert text[a.start : a.end] == "1"
    b = root.child("b")
    assert b is not None
    assert text[b.start : b.end] == "[true, null]"
    null = b.child(1)
    assert null is not None
    assert text[null.start : null.end] == "null"
    c = root.child("c")
    assert c is not None
    assert text[c.start : c.end] == '"x"'
    assert text[slice(*c.inner)] == "x"


def test_key_spans_cover_the_key_with_its_quotes() -> None:
    text = '{ "alpha" : 1,\n  "beta": 2 }'
    root = jsonspans.parse(text)
    span = root.key_span("beta")
    assert span is not None
    assert text[span[0] : span[1]] == '"beta"'
    assert root.key_span("gamma") is None
    one = root.child("alpha")
    assert one is not None
    assert one.key_span("x") is None  # a number has no keys


def test_numbers_keep_their_written_text() -> None:
    text = '{"share": 67.30, "big": 6.73e1, "neg": -0}'
    root = jsonspans.parse(text)
    share = root.child("share")
    assert share is not None
    assert text[share.start : share.end] == "67.30"
    assert share.value == 67.3
    big = root.child("big")
    assert big is not None
    assert text[big.start : big.end] == "6.73e1"


def test_child_and_find() -> None:
    root = jsonspans.parse('{"contests": [{"candidates": [{"votes": 5}]}]}')
    votes = root.find(("contests", 0, "candidates", 0, "votes"))
    assert votes.value == 5
    # find stops at the deepest node that exists, for pointing at errors
    assert root.find(("contests", 0, "missing", 3)).value == {"candidates": [{"votes": 5}]}
    assert root.find(("contests", 7)).value == [{"candidates": [{"votes": 5}]}]
    contests = root.child("contests")
    assert contests is not None
    assert contests.child(-1) is None
    assert contests.child("0") is None
    assert root.child(0) is None


@pytest.mark.parametrize(
    ("text", "offset", "phrase"),
    [
        ("", 0, "Expecting value"),
        ("   ", 3, "Expecting value"),
        ('{"a": 1} x', 9, "Extra data"),
        ('{"a": 1,}', 8, "property name"),
        ('{"a" 1}', 5, "':'"),
        ('{"a": 1 "b": 2}', 8, "','"),
        ("[1 2]", 3, "','"),
        ("[1,", 3, "Expecting value"),
        ('{"a": NaN}', 6, "NaN is not a JSON value"),
        ('{"a": Infinity}', 6, "Infinity is not a JSON value"),
        ('{"a": -Infinity}', 6, "-Infinity is not a JSON value"),
        ("[1, NaN]", 4, "NaN"),
        ('{"a": 1, "a": 2}', 9, "duplicate key 'a'"),
        ('{"a": "x\ty"}', 8, "control character"),
        ('{"a": "\\q"}', 7, "escape"),
        ('{"a": "open', 6, "Unterminated string"),
    ],
)
def test_bad_json_is_a_decode_error_at_the_right_place(text: str, offset: int, phrase: str) -> None:
    with pytest.raises(json.JSONDecodeError) as info:
        jsonspans.parse(text)
    assert info.value.pos == offset
    assert phrase.lower() in info.value.msg.lower()


def test_nesting_is_limited_without_recursion_error() -> None:
    ok = "[" * 200 + "]" * 200
    assert jsonspans.parse(ok).value is not None
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(json.JSONDecodeError, match="nested more than 200 levels"):
        jsonspans.parse(deep)
    objects = '{"a":' * 5_000 + "1" + "}" * 5_000
    with pytest.raises(json.JSONDecodeError, match="nested"):
        jsonspans.parse(objects)


def test_a_number_too_long_for_python_is_a_decode_error() -> None:
    text = '{"votes": ' + "9" * 5_000 + "}"
    with pytest.raises(json.JSONDecodeError, match="5,000 characters long") as info:
        jsonspans.parse(text)
    assert info.value.pos == 10


def test_long_input_parses_in_linear_time(
    cpu_growth: Callable[[Callable[[int], object], int], float],
) -> None:
    def parse(n: int) -> None:
        text = json.dumps({"xs": list(range(n)), "s": "a" * (10 * n), "w": " " * n})
        assert len(jsonspans.parse(text).value["xs"]) == n

    # Twice the input, about twice the work: a quadratic slice or join would show as four.
    assert cpu_growth(parse, 50_000) <= 3


@given(JSON_VALUES, st.sampled_from([None, 0, 2]), st.booleans())
def test_same_values_as_json_loads_and_every_slice_round_trips(
    value: Any, indent: int | None, ascii_only: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    root = jsonspans.parse(text)
    assert root.value == json.loads(text)
    for node in walk(root):
        assert json.loads(text[node.start : node.end]) == node.value
        if isinstance(node.value, str):
            start, end = node.inner
            assert json.loads('"' + text[start:end] + '"') == node.value
        if isinstance(node.children, dict):
            assert node.keys is not None
            for key in node.children:
                span = node.key_span(key)
                assert span is not None
                assert json.loads(text[span[0] : span[1]]) == key


@given(st.text(max_size=60))
def test_arbitrary_text_parses_like_json_loads_or_fails_cleanly(text: str) -> None:
    failure: json.JSONDecodeError | None = None
    try:
        root = jsonspans.parse(text)
    except json.JSONDecodeError as exc:
        failure = exc
    if failure is not None:
        assert 0 <= failure.pos <= len(text)
        return
    # Anything the strict parser takes, the standard one takes too, with the same value.
    assert root.value == json.loads(text)


@given(st.lists(st.sampled_from(list('{}[]:,"01-.eE tfnul\\')), max_size=40).map("".join))
def test_json_punctuation_soup_never_raises_anything_else(text: str) -> None:
    with contextlib.suppress(json.JSONDecodeError):
        jsonspans.parse(text)
