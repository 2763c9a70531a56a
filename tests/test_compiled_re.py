"""factcheck.compiled_re: a pattern built from its stored program is the pattern ``re`` compiles.

``re.Pattern`` equality compares the pattern, the flags and the compiled program, so ``==``
against ``re.compile`` is the whole claim. The end-to-end test checks the seed articles in two
fresh interpreters, one compiling every pattern and one building them all from the store.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import compiled_re

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"

_ATOMS = st.sampled_from(
    [
        "a",
        "b",
        "ab",
        r"\d",
        r"\w",
        r"\s",
        r"\S",
        r"\W",
        r"\D",
        r"[^\W\d_]",
        r"[^\s]",
        r"\b",
        ".",
        "[a-c]",
        "[^x]",
        "[£$€]",
        "’",
        r"\.",
        "^",
        "$",
        "s",
        "K",
        "i",
    ]
)


def _patterns() -> st.SearchStrategy[str]:
    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map("|".join),
            inner.map(lambda p: f"(?:{p})"),
            inner.map(lambda p: f"({p})"),
            st.tuples(st.sampled_from(["x", "y"]), inner).map(lambda t: f"(?P<{t[0]}>{t[1]})"),
            st.tuples(inner, st.sampled_from(["*", "+", "?", "{2}", "{1,3}", "*?", "+?"])).map(
                lambda t: f"(?:{t[0]}){t[1]}"
            ),
            inner.map(lambda p: f"(?={p})"),
            inner.map(lambda p: f"(?<!{p[:1] or 'a'})"),
            inner.map(lambda p: f"(?i:{p})"),
        )

    return st.recursive(_ATOMS, grow, max_leaves=12)


_FLAGS = st.sampled_from([0, re.IGNORECASE, re.VERBOSE, re.MULTILINE | re.DOTALL, re.ASCII])


# Beside the atoms' characters, the letters IGNORECASE folds specially ("ſ" is "s", the
# Kelvin sign "k", "İ" and "ı" are "i"), where a lookahead of first characters could go wrong.
# And a word character, a digit and a space outside ASCII, where ``re.ASCII`` changes what a
# category holds.
_TEXT = st.text(alphabet="abxy12 .£’\nsSſkK\u212aiIİı_é\u00a0٣", max_size=30)


@given(_patterns(), _FLAGS, _TEXT, st.integers(0, 8), st.integers(0, 30))
def test_a_pattern_built_from_its_stored_program_is_re_compiles(
    pattern: str, flags: int, text: str, pos: int, endpos: int
) -> None:
    try:
        expected = re.compile(pattern, flags)
    except re.error:
        assert compiled_re.program(pattern, flags) is None  # re refuses it: nothing stored
        return
    entry = compiled_re.program(pattern, flags)
    assert entry is not None
    stored = marshal.loads(marshal.dumps(entry))  # as it comes back from the file
    built = compiled_re._build(pattern, stored)
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    if compiled_re.lead(parsed, flags) is None:
        assert built == expected  # the very program re.compile makes
    # Led or not, the same pattern to its users, matching alike wherever a search starts.
    assert (built.pattern, built.flags, built.groups) == (pattern, expected.flags, expected.groups)
    assert built.groupindex == expected.groupindex
    found = [(m.span(), m.groups()) for m in built.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in expected.finditer(text)]
    for method in ("search", "match", "fullmatch"):
        got, want = (
            getattr(built, method)(text, pos, endpos),
            getattr(expected, method)(text, pos, endpos),
        )
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def _led(pattern: str, flags: int = 0) -> bool:
    return compiled_re.lead(re._parser.parse(pattern, flags), flags) is not None  # type: ignore[attr-defined]


def test_a_pattern_the_engine_would_try_everywhere_is_led_by_its_first_characters() -> None:
    # A word boundary or alternatives first: the engine cannot skip places by itself.
    assert _led(r"\b(?:held|won)\s+the\s+seat")
    assert _led(r"\bturnout\b|\bturn[ -]out\b", re.IGNORECASE)
    assert _led(r"(?<!\w)(?:is|was)\s+re-?elected")
    # A lookahead of the pattern's own is tried at every place; a part ignoring case inside
    # a pattern that does not leaves re no first character either.
    assert _led(r"(?=[ab])\b(?:a|b)c")
    assert _led(r"(?=[A-Z])(?<!\w)[A-Z]\w*")
    assert _led(r"\b(?:has\s+)?(?i:won|gained)\b")
    assert _led(r"(?i:a)b")
    # A category (a word character, a space) tells it too, and a negated class within one.
    assert _led(r"\w+")
    assert _led(r"[^\W\d_]+(?:-[^\W\d_]+)*|&")
    assert _led(r"(?=\w)\S+")
    # The engine skips already (one character or class first), or cannot be helped: a match
    # may be empty, may open with almost any character, is tried at the start alone, or
    # tests a category ignoring case.
    for pattern in (r"votes?", r".+\s+votes", r"x*", r"^\s*Turnout", r"[^x]y", r"(?i:\w)x"):
        assert not _led(pattern), pattern


def test_a_led_pattern_tells_the_search_where_a_match_can_start() -> None:
    from re import _constants  # type: ignore[attr-defined]

    # The first characters go in the program's information block, where re puts the class a
    # pattern opens with: its search skips to them before trying the pattern.
    entry = compiled_re.program(r"\b(?:held|won)\s+the\s+seat", 0)
    assert entry is not None
    code = entry[1]
    assert code[0] == _constants.INFO
    assert code[2] == _constants.SRE_INFO_CHARSET
    # The block is tested on the text as it is: ignoring case, it holds every character the
    # engine folds to one of them, the Kelvin sign for "k" too.
    kelvin = compiled_re.program(r"\bkept\b", re.IGNORECASE)
    assert kelvin is not None
    built = compiled_re._build(r"\bkept\b", kelvin)
    found = [m.span() for m in built.finditer("\u212aEPT, Kept, kept")]
    assert found == [(0, 4), (6, 10), (12, 16)]


_WORDINGS = st.lists(
    st.sampled_from(
        [
            "Jane",
            "KEPT",
            "kept",
            "\u212aept",
            "ſtay",
            "stay",
            "İs",
            "ıs",
            "is",
            "the",
            "seat",
            "held",
            "HELD",
            "x",
            "-",
        ]
    ),
    max_size=8,
).map(" ".join)


@given(_WORDINGS)
def test_a_led_pattern_folds_case_as_the_pattern_does(text: str) -> None:
    for flags in (0, re.IGNORECASE):
        pattern = r"\b(?:kept|stay|is|held)\b(?:\s+the\s+seat)?"
        assert _led(pattern, flags)
        led = compiled_re._STORE.compile(pattern, flags)
        plain = re.compile(pattern, flags)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_store_round_trips_and_refuses_other_builds(tmp_path: Path) -> None:
    path = tmp_path / "store.marshal"
    entry = compiled_re.program(r"(?P<n>\d+) votes?", re.IGNORECASE)
    assert entry is not None
    compiled_re.save(path, {(r"(?P<n>\d+) votes?", int(re.IGNORECASE)): entry})
    assert compiled_re.load(path) == {(r"(?P<n>\d+) votes?", int(re.IGNORECASE)): entry}
    # Another interpreter's store, a truncated file, garbage and no file at all: nothing.
    path.write_bytes(marshal.dumps((("3.0.0",), {("a", 0): entry})))
    assert compiled_re.load(path) == {}
    path.write_bytes(marshal.dumps((compiled_re._BUILD, {("a", 0): entry}))[:-9])
    assert compiled_re.load(path) == {}
    path.write_bytes(b"\x00not marshal")
    assert compiled_re.load(path) == {}
    assert compiled_re.load(tmp_path / "absent") == {}


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    compiled_re.save(blocker / "sub" / "store.marshal", {})  # parent is a file: no error
    assert blocker.read_text() == ""


_RUN = """
import contextlib, io, json, sys
from pathlib import Path
from factcheck import compiled_re
compiled_re.cache_path = lambda: Path({store!r})
from factcheck.cli import main
out = io.StringIO()
code = main(['check', {seeds!r}], out)
built = [(e := compiled_re.program(p, f)) is not None
         and compiled_re.compile(p, f) == compiled_re._build(p, e)
         for p, f in (compiled_re._STORE.entries or {{}})]
print(json.dumps([code, out.getvalue(), len(compiled_re._STORE.missed), all(built)]))
"""


def _check_seeds(store: Path, *flags: str) -> tuple[int, str, int, bool]:
    done = subprocess.run(
        [sys.executable, *flags, "-c", _RUN.format(store=str(store), seeds=str(SEEDS))],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    assert done.returncode == 0, done.stderr
    code, report, missed, all_equal = json.loads(done.stdout.splitlines()[-1])
    return code, report, missed, all_equal


def test_checking_from_the_store_gives_the_same_report(tmp_path: Path) -> None:
    store = tmp_path / "store.marshal"
    code, report, missed, _ = _check_seeds(store, "-B")  # -B: like bytecode, nothing written
    assert missed > 100
    assert not store.exists()
    assert _check_seeds(store) == (code, report, missed, True)  # compiled, then stored at exit
    assert store.exists()
    # Every pattern now comes from the store, as checked against re's, and the report is the
    # same.
    assert _check_seeds(store) == (code, report, 0, True)
    assert code == 1
    assert "8 findings" in report


def test_the_store_keeps_what_a_run_used_and_at_most_as_many_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.marshal"
    monkeypatch.setattr(compiled_re, "cache_path", lambda: path)

    def stored(patterns: list[str]) -> dict[tuple[str, int], compiled_re.Entry]:
        out = {}
        for pattern in patterns:
            entry = compiled_re.program(pattern, 0)
            assert entry is not None
            out[pattern, 0] = entry
        return out

    used = stored([rf"used{i} (\d+)" for i in range(3)])
    # Patterns of configurations long gone, written by earlier runs after the used ones.
    stale = stored([rf"stale{i} (\d+)" for i in range(50)])
    compiled_re.save(path, {**used, **stale})
    store = compiled_re._Store()
    for pattern, flags in used:
        assert store.compile(pattern, flags) == re.compile(pattern, flags)
    assert store.compile(r"new (\d+) votes", 0) == re.compile(r"new (\d+) votes", 0)
    store.flush()
    after = compiled_re.load(path)
    # The new pattern and the three used are kept, with at most four others, the first
    # written; the file no longer grows with every configuration ever run.
    assert set(used) | {(r"new (\d+) votes", 0)} <= set(after)
    assert len(after) == 8
    assert set(after) - set(used) - {(r"new (\d+) votes", 0)} == set(list(stale)[:4])
    # A later run that uses a kept pattern builds it from the store, equal to re's.
    again = compiled_re._Store()
    assert again.compile("stale0 (\\d+)", 0) == re.compile("stale0 (\\d+)", 0)
    assert again.missed == set()


def test_a_run_that_missed_nothing_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.marshal"
    monkeypatch.setattr(compiled_re, "cache_path", lambda: path)
    entry = compiled_re.program(r"(\d+)%", 0)
    assert entry is not None
    compiled_re.save(path, {(r"(\d+)%", 0): entry, ("other", 0): entry})
    before = path.read_bytes()
    store = compiled_re._Store()
    store.compile(r"(\d+)%", 0)
    assert store.missed == set()  # nothing to store, so no exit hook and no rewrite
    assert path.read_bytes() == before
