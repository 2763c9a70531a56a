"""The fingerprints' text is translated to bytes in C as ``str.translate`` would translate it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.corpus.fingerprint import _DELIMS, _OTHER, _TO_LINE_KEEP, _translated

# Text made mostly of the characters the table maps (ASCII and not), with anything else too:
# letters of other scripts, digits, whitespace, surrogates as surrogatepass keeps them.
_MAPPED = st.sampled_from(sorted(set(_DELIMS + _OTHER)))
_TEXT = st.lists(
    _MAPPED | st.characters() | st.sampled_from("aZ09 \n\t.,é’–“”…\u00a0"), max_size=80
).map("".join)


@given(_TEXT)
def test_the_bytes_are_the_translated_texts_bytes(text: str) -> None:
    expected = text.translate(_TO_LINE_KEEP).encode("utf-8", "surrogatepass")
    assert _translated(text) == expected


def test_a_curly_quote_breaks_a_clause_and_an_apostrophe_parts_words() -> None:
    assert (
        _translated("“won’t”, £5") == b"\x00won t\x00,  5"
    )  # a comma is kept: between digits it joins them
