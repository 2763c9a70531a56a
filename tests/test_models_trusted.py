"""The reader's unvalidated construction gives the very models validation gives."""

from __future__ import annotations

import pickle
from decimal import Decimal
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import Field

from factcheck.models import (
    CandidateResult,
    ContestResult,
    Document,
    Figure,
    Grounds,
    Provenance,
    SeatNamed,
    Span,
    Unit,
    _Frozen,
    span_of,
    trusted,
)

offsets = st.integers(min_value=0, max_value=10**7)
_LOOSE = ("what", "subject", "seat", "election")


def _same(a: Any, b: Any, *, hashable: bool = True) -> None:
    assert a == b
    if hashable:
        assert hash(a) == hash(b)
    assert repr(a) == repr(b)
    assert a.model_dump_json() == b.model_dump_json()
    assert a.model_dump_json(exclude_unset=True) == b.model_dump_json(exclude_unset=True)
    assert a.model_fields_set == b.model_fields_set
    assert list(a.__dict__) == list(b.__dict__)
    assert pickle.loads(pickle.dumps(b)) == a


@given(offsets, offsets)
def test_span_of_is_span(start: int, end: int) -> None:
    _same(Span(start=start, end=end), span_of(start, end))


grounds_values = st.fixed_dictionaries(
    {
        "what": st.text(),
        "subject": st.text(),
        "seat": st.text(),
        "seat_named": st.sampled_from(get_args(SeatNamed)),
        "election": st.text(),
    },
    optional={"loose": st.lists(st.sampled_from(_LOOSE), unique=True).map(tuple)},
)


@given(grounds_values)
def test_trusted_grounds_are_grounds(values: dict[str, Any]) -> None:
    _same(Grounds(**values), trusted(Grounds, **values))


@given(
    st.fixed_dictionaries(
        {
            "text": st.text(min_size=1),
            "value": st.decimals(allow_nan=False, allow_infinity=False),
            "unit": st.sampled_from(Unit),
        },
        optional={
            "precision": st.sampled_from([Decimal(1), Decimal("0.1"), Decimal("1E+5")]),
            "exact": st.booleans(),
            "hedge": st.sampled_from(["exact", "about", "nearly"]),
            "span": st.builds(span_of, offsets, offsets),
            "quoted": st.booleans(),
            "grounds": grounds_values.map(lambda v: Grounds(**v)),
        },
    )
)
def test_trusted_figure_is_figure(values: dict[str, Any]) -> None:
    validated, built = Figure(**values), trusted(Figure, **values)
    _same(validated, built)
    assert built.interval() == validated.interval()


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "name": st.none() | st.text(),
            "election": st.none() | st.text(),
            "dated": st.booleans(),
            "provenance": st.sampled_from(Provenance),
            "turnout": st.builds(Figure.percentage, st.sampled_from(["61.2", "7", "0.25"])),
            "candidates": st.lists(
                st.builds(
                    CandidateResult,
                    name=st.text(),
                    votes=st.builds(Figure.count, st.integers(0, 10**6)),
                    name_span=st.builds(span_of, offsets, offsets),
                ),
                max_size=3,
            ).map(tuple),
        },
    )
)
def test_trusted_contests_are_contests(values: dict[str, Any]) -> None:
    _same(ContestResult(**values), trusted(ContestResult, **values))
    # The fields in another order than the model's: the same model still.
    _same(ContestResult(**values), trusted(ContestResult, **dict(reversed(values.items()))))


@given(
    st.fixed_dictionaries(
        {"path": st.text(), "text": st.text()},
        optional={
            "media_type": st.sampled_from(["text/plain", "text/markdown", "text/html"]),
            "metadata": st.dictionaries(st.text(), st.integers() | st.text(), max_size=3),
        },
    )
)
def test_trusted_documents_are_documents(values: dict[str, Any]) -> None:
    # Document's metadata has a default factory: made for each document, as validation does.
    # (a document is not hashable: its metadata is a dict)
    _same(Document(**values), trusted(Document, **values), hashable=False)
    backwards = dict(reversed(values.items()))
    _same(Document(**values), trusted(Document, **backwards), hashable=False)
    a, b = trusted(Document, path="a", text=""), trusted(Document, path="b", text="")
    assert a.metadata == {}
    assert a.metadata is not b.metadata


class _Dated(_Frozen):
    made: str
    stamp: str = Field(default_factory=lambda data: data["made"] + "!")


def test_a_default_factory_of_the_validated_data_is_refused() -> None:
    assert _Dated(made="x").stamp == "x!"  # what validation makes, which trusted cannot
    with pytest.raises(TypeError, match="default factory"):
        trusted(_Dated, made="x")


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(TypeError, match="Span has no field middle"):
        trusted(Span, start=1, middle=2)


def test_trusted_figures_do_not_share_their_fields() -> None:
    a = trusted(Figure, text="1", value=Decimal(1), unit=Unit.VOTES)
    b = trusted(Figure, text="2", value=Decimal(2), unit=Unit.VOTES)
    assert a.value == 1
    assert b.value == 2
    assert a.__dict__ is not b.__dict__
