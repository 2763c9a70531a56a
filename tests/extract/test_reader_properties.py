"""Properties of the prose reader: rendered results are read back; any text is safe."""

from __future__ import annotations

import gc
import time
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extract.reader import read_prose
from factcheck.intervals import percent, to_decimal
from factcheck.models import Document

FIRST = ["Anna", "Brian", "Chloe", "David", "Elena", "Farid", "Grace", "Hamid"]
LAST = ["Smith", "Okafor", "Jones", "Patel", "Wright", "Novak", "Hughes", "Brennan"]
PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green Party", "UKIP", "SNP"]

# Sentence shapes newsrooms use for one candidate's result: {who}, {party}, {v} votes,
# {s} share. Each keeps the wording the reader relies on (a vote cue or a tight pairing).
SHAPES = [
    "{party}'s {who} won {v} votes ({s}%).",
    "{who} ({party}) polled {v} ({s}pc).",
    "{who}, {party}, took {s} per cent or {v} votes.",
    "{who} of the {party} won {s}% of the vote with {v}.",
    "The {party} candidate {who} received {v} votes, a {s}pc share.",
]


@st.composite
def rendered_results(draw: st.DrawFn) -> tuple[str, dict[str, tuple[int, Decimal]]]:
    """An article of result sentences for 2-6 candidates, and what it says of each."""
    n = draw(st.integers(2, 6))
    names = draw(st.permutations(range(len(FIRST))))[:n]
    votes = draw(st.lists(st.integers(100, 60000), min_size=n, max_size=n))
    total = sum(votes) + draw(st.integers(0, 5000))
    parties = draw(st.permutations(PARTIES))
    sentences = ["Results from Anytown, declared overnight."]
    expected: dict[str, tuple[int, Decimal]] = {}
    for i in range(n):
        who = f"{FIRST[names[i]]} {LAST[names[i]]}"
        share = to_decimal(percent(votes[i], total), 1)
        shape = draw(st.sampled_from(SHAPES))
        sentences.append(shape.format(who=who, party=parties[i], v=f"{votes[i]:,}", s=share))
        expected[who] = (votes[i], share)
    return " ".join(sentences), expected


@given(rendered_results())
def test_rendered_results_are_read_back_and_check_clean(
    case: tuple[str, dict[str, tuple[int, Decimal]]],
) -> None:
    text, expected = case
    article = read_prose(Document(path="gen.txt", text=text))
    got = {
        c.name: (int(c.votes.value), c.share.value)
        for contest in article.contests
        for c in contest.candidates
        if c.votes is not None and c.share is not None
    }
    assert got == expected
    for contest in article.contests:
        for c in contest.candidates:
            assert c.votes is not None
            assert c.votes.span is not None
            assert text[c.votes.span.start : c.votes.span.end].replace(",", "") == str(
                c.votes.value
            )
    # Consistent figures, correctly read, never fire an arithmetic rule.
    assert factcheck.check(article, select=["NUM"]).findings == ()


@settings(max_examples=200)
@given(st.text(max_size=2000))
def test_arbitrary_text_never_crashes_and_spans_stay_inside(text: str) -> None:
    article = read_prose(Document(path="any.txt", text=text))
    for contest in article.contests:
        for c in contest.candidates:
            for fig in (c.votes, c.share, c.rank):
                if fig is not None and fig.span is not None:
                    assert 0 <= fig.span.start < fig.span.end <= len(text)
    factcheck.check(article)


@given(
    st.lists(
        st.sampled_from(
            ["Labour", "won", "39,558", "votes", "(67.3pc)", "turnout", "up", "five", "per cent",
             "nearly", "11pc", "came", "third", "Ms", "Ali", "majority", ".", ",", "\n", "“", "”",
             "a third", "of the share", "at", "from", "to", "1,", "9" * 40]
        ),
        max_size=300,
    )
)  # fmt: skip
def test_result_like_word_salad_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    factcheck.check(read_prose(Document(path="salad.txt", text=text)))


def test_a_majority_of_forty_digits_is_read_without_a_decimal_error() -> None:
    text = "(67.3pc) majority " + "9" * 40
    factcheck.check(read_prose(Document(path="salad.txt", text=text)))
    text = "a majority of " + "9" * 37 + "000"
    factcheck.check(read_prose(Document(path="salad.txt", text=text)))


def _best(doc: Document, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        # CPU time, not wall time: other work on a shared machine barely moves it.
        t0 = time.process_time()
        read_prose(doc)
        best = min(best, time.process_time() - t0)
    return best


def test_reading_time_grows_linearly_with_length() -> None:
    # A complexity check, not a speed test: the seeds repeated 4x and 16x must take about
    # 4x as long (16x would mean quadratic); 8x leaves room for a loaded machine.
    articles = Path(__file__).resolve().parents[2] / "examples" / "articles"
    block = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt")))
    small = Document(path="s.txt", text="\n\n".join([block] * 4))
    large = Document(path="l.txt", text="\n\n".join([block] * 16))
    gc.disable()
    try:
        t_small, t_large = _best(small), _best(large)
    finally:
        gc.enable()
    assert t_large < 8 * t_small + 0.01, f"{t_small:.4f}s -> {t_large:.4f}s"
