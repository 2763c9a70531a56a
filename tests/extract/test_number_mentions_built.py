"""Mentions built on the number pass's fast path are ordinary frozen NumberMentions."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import NumberMention, find_numbers

_PIECES = [
    "15,906 votes", "about 33.4pc", "a third", "in 2019", "twenty-nine seats", "nearly 11pc",
    "5 percentage points", "came third", "£1.2m", "8th June", "one in five", "up 3.1 points",
    "Jane Smith", "(0.2pc)", ";", "more than half", "1980s", "10:30", "-4.5%",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_mentions_equal_the_dataclass_built_from_their_fields(pieces: list[str]) -> None:
    found = find_numbers(" ".join(["39,558", *pieces]))
    assert found[0].value == 39558
    for m in found:
        built = NumberMention(**{f.name: getattr(m, f.name) for f in dataclasses.fields(m)})
        assert type(m) is NumberMention
        assert m == built
        assert hash(m) == hash(built)
        assert repr(m) == repr(built)
        assert dataclasses.replace(m) == m


def test_mentions_stay_frozen() -> None:
    (m,) = find_numbers("39,558 votes")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.value = m.precision  # type: ignore[misc]
