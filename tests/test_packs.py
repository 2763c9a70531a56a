"""Rule packs: loading, validation with useful errors, merging, and what hedges allow."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import packs
from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.intervals import Interval
from factcheck.models import Figure, Unit
from factcheck.packs import (
    Pack,
    PackError,
    default_pack,
    granularity,
    landmark_words,
    load_pack,
    load_packs,
    parse_pack,
    pragmatic_interval,
    truth_interval,
)

REPO = Path(__file__).resolve().parent.parent


def one(text: str) -> NumberMention:
    (m,) = find_numbers(text)
    return m


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# -- the built-in pack -----------------------------------------------------------------------


def test_builtin_pack_loads_and_has_the_hedges() -> None:
    pack = default_pack()
    assert pack.info is not None
    assert pack.info.name == "factcheck-hedges"
    expected = {
        "about": ["about", "around", "roughly", "approximately", "some", "an estimated"],
        "nearly": ["nearly", "almost", "close to"],
        "more-than": ["more than", "over", "above"],
        "less-than": ["less than", "under", "below", "fewer than"],
        "just-over": ["just over"],
        "just-under": ["just under", "just below"],
        "at-least": ["at least"],
        "at-most": ["at most"],
        "up-to": ["up to"],
    }
    for name, words in expected.items():
        for word in words:
            assert pack.hedge_for(word) == name
    assert pack.hedge_for("Just   Under") == "just-under"
    assert pack.hedge_for("just") is None


def test_builtin_landmarks_are_exact() -> None:
    pack = default_pack()
    assert pack.landmarks["third"].value == Fraction(1, 3)
    assert pack.landmarks["two-thirds"].percent == Fraction(200, 3)
    assert {lm.value for lm in pack.landmarks.values()} >= {
        Fraction(1, 2), Fraction(1, 4), Fraction(3, 4), Fraction(1, 5), Fraction(1, 10),
    }  # fmt: skip
    assert landmark_words(Fraction(100, 3)) == "a third"
    assert landmark_words(Fraction(31)) is None


def test_the_wheel_ships_the_rules_folder_as_package_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    force = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["rules"] == "factcheck/_packs"
    assert (REPO / "rules" / "hedges.toml").is_file()


def test_installed_package_data_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_packs").mkdir()
    (tmp_path / "_packs" / "hedges.toml").write_text(
        '[pack]\nname = "installed"\n[hedges.about]\nwords = ["about"]\ntruth = "approx"\n'
        "tolerance = 1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(packs, "_package_root", lambda: tmp_path)
    pack = load_packs()
    assert pack.info is not None
    assert pack.info.name == "installed"
    assert list(pack.hedges) == ["about"]


def test_editable_install_falls_back_to_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "_package_root", lambda: tmp_path)  # no _packs here
    pack = load_packs()
    assert pack.info is not None
    assert pack.info.name == "factcheck-hedges"


# -- newsroom packs --------------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "newsroom.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_newsroom_pack_replaces_a_hedge_by_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[hedges.about]\nwords = ["about", "around"]\ntruth = "approx"\ntolerance = 3\n',
    )
    pack = load_packs([path])
    assert pack.hedges["about"].tolerance == 3
    assert pack.hedge_for("roughly") is None  # the replacement's words are the words now
    assert pack.hedge_for("nearly") == "nearly"  # others are untouched
    m = one("about 21pc")  # g = 5% of 21 = 1.05
    assert truth_interval(m, pack=pack) == Interval.closed(Fraction(1785, 100), Fraction(2415, 100))


def test_a_newsroom_pack_can_take_a_word_from_a_hedge(tmp_path: Path) -> None:
    path = write(tmp_path, '[hedges.well-over]\nwords = ["over", "well over"]\ntruth = "gt"\n')
    pack = load_packs([path])
    assert pack.hedge_for("over") == "well-over"
    assert "over" not in pack.hedges["more-than"].words
    assert "more than" in pack.hedges["more-than"].words


def test_later_packs_win(tmp_path: Path) -> None:
    first = write(tmp_path, "[granularity]\nfloor = 0\n", "a.toml")
    second = write(tmp_path, '[granularity]\nfloor = "1/10"\n', "b.toml")
    assert load_packs([first, second]).granularity.floor == Fraction(1, 10)
    assert load_packs([second, first]).granularity.floor == 0
    # A pack that leaves a table out keeps the earlier settings.
    third = write(tmp_path, '[fractions]\nunhedged = "exact"\n', "c.toml")
    merged = load_packs([second, third])
    assert merged.granularity.floor == Fraction(1, 10)
    assert merged.fractions.unhedged == "exact"


# -- bad packs -------------------------------------------------------------------------------

BAD_PACKS = [
    # pack text, the text on the offending line, what the message must say
    (
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "lessthan"\n',
        'truth = "lessthan"',
        "hedges.nearly.truth: 'lessthan' is not allowed; use one of",
    ),
    (
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "lt"\npragmatc = 1\n',
        "pragmatc",
        "unknown key 'pragmatc' in [hedges.nearly]; did you mean 'pragmatic'?",
    ),
    (
        '[hedge.nearly]\nwords = ["nearly"]\n',
        "[hedge.nearly]",
        "unknown key 'hedge' in the top level; did you mean 'hedges'?",
    ),
    (
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = 1.5\n',
        "tolerance = 1.5",
        'write 1.5 in quotes, as "1.5"',
    ),
    (
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\n',
        'truth = "approx"',
        "needs a tolerance",
    ),
    (
        '[hedges.exactly]\nwords = ["exactly"]\ntruth = "eq"\ntolerance = 2\n',
        "tolerance = 2",
        'truth = "eq" takes no tolerance',
    ),
    (
        '[hedges.nearly]\ntruth = "lt"\n',
        "[hedges.nearly]",
        "missing required key 'words'",
    ),
    (
        '[hedges.nearly]\nwords = []\ntruth = "lt"\n',
        "words = []",
        "needs at least one entry",
    ),
    (
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "lt"\n\n'
        '[hedges.almost]\nwords = ["almost", "nearly"]\ntruth = "lt"\n',
        'words = ["almost", "nearly"]',
        "'nearly' is also a word of hedge 'nearly'",
    ),
    (
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = 2\n'
        'pragmatic = "landmark"\n',
        'pragmatic = "landmark"',
        '"landmark" needs a one-sided truth',
    ),
    (
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = 1\npragmatic = 2\n',
        "pragmatic = 2",
        "looser than the truth condition",
    ),
    (
        '[hedges.exact]\nwords = ["exactly"]\ntruth = "eq"\n',
        "[hedges.exact]",
        "'exact' is reserved",
    ),
    (
        '[hedges.Nearly_Now]\nwords = ["nearly"]\ntruth = "lt"\n',
        "[hedges.Nearly_Now]",
        "must be kebab-case",
    ),
    (
        '[hedges.nearly]\nwords = ["nearly 5"]\ntruth = "lt"\n',
        "words =",
        "contains a digit",
    ),
    (
        '[landmarks.whole-lot]\nvalue = "3/2"\nwords = ["one and a half"]\n',
        'value = "3/2"',
        "a landmark is a proportion in (0, 1]",
    ),
    (
        '[landmarks.third]\nvalue = "a third"\nwords = ["a third"]\n',
        'value = "a third"',
        "is not a number",
    ),
    (
        '[granularity]\nfloor = "2"\n',
        'floor = "2"',
        "must be at least 0 and below 1",
    ),
    (
        '[pack]\nname = "x"\n\n[hedges.nearly\nwords = ["nearly"]\n',
        "[hedges.nearly",
        "not valid TOML",
    ),
]


@pytest.mark.parametrize(("text", "offending", "message"), BAD_PACKS)
def test_bad_packs_name_file_line_and_fix(
    tmp_path: Path, text: str, offending: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PackError) as info:
        load_pack(path)
    err = info.value
    assert err.path == str(path)
    assert err.line == line_of(text, offending)
    assert message in str(err)
    assert str(err).startswith(f"{path}:{err.line}: ")


def test_every_problem_is_reported(tmp_path: Path) -> None:
    text = '[hedges.nearly]\nwords = ["nearly"]\ntruth = "lessthan"\n\n[granularity]\nflor = 0\n'
    with pytest.raises(PackError) as info:
        load_pack(write(tmp_path, text))
    assert [line for line, _, _ in info.value.problems] == [3, 6]
    assert len(str(info.value).splitlines()) == 2


def test_keys_are_found_in_inline_and_dotted_tables() -> None:
    text = '[hedges]\nnearly = { words = ["nearly"], truth = "below" }\n'
    with pytest.raises(PackError) as info:
        parse_pack(text, "inline.toml")
    assert info.value.line == 2
    dotted = 'hedges.nearly.words = ["nearly"]\nhedges.nearly.truth = "below"\n'
    with pytest.raises(PackError) as info:
        parse_pack(dotted, "dotted.toml")
    assert info.value.line == 2


def test_an_unknown_unhedged_reading_names_the_pack(tmp_path: Path) -> None:
    text = '[fractions]\nunhedged = "approximately"\n'
    path = write(tmp_path, text)
    with pytest.raises(PackError) as info:
        load_packs([path])
    assert info.value.path == str(path)
    assert info.value.line == 2
    assert "'approximately' names no hedge" in str(info.value)


def test_an_unreadable_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot read the pack"):
        load_pack(tmp_path / "missing.toml")
    (tmp_path / "latin1.toml").write_bytes(b'[pack]\nname = "caf\xe9"\n')
    with pytest.raises(PackError, match="cannot read the pack"):
        load_pack(tmp_path / "latin1.toml")


def test_unknown_hedge_name() -> None:
    with pytest.raises(KeyError, match="no hedge named 'kinda'"):
        truth_interval(one("about 5pc"), "kinda")


# -- granularity -----------------------------------------------------------------------------

NO_FLOOR = replace(parse_pack("[granularity]\nfloor = 0\n"), landmarks=default_pack().landmarks)


@pytest.mark.parametrize(
    ("text", "with_floor", "without_floor"),
    [
        ("11pc", Fraction(55, 100), Fraction(1, 2)),
        ("67.3pc", Fraction(3365, 1000), Fraction(5, 100)),
        ("12,000", Fraction(600), Fraction(500)),
        ("39,558", Fraction(39558, 20), Fraction(1, 2)),
        ("1.2m", Fraction(60_000), Fraction(50_000)),
        ("five per cent", Fraction(1, 2), Fraction(1, 2)),
        ("a third", Fraction(10, 3), Fraction(10, 3)),  # a quarter and two-fifths around it
        ("half", Fraction(5), Fraction(5)),
        ("a fifth", Fraction(5, 2), Fraction(5, 2)),
        ("0pc", Fraction(1, 2), Fraction(1, 2)),
    ],
)
def test_granularity(text: str, with_floor: Fraction, without_floor: Fraction) -> None:
    m = one(text)
    assert granularity(m) == with_floor
    assert granularity(m, NO_FLOOR) == without_floor


# -- what hedges allow -----------------------------------------------------------------------


def within(x: str | int, interval: Interval) -> bool:
    return Decimal(x) in interval


def test_nearly_11pc() -> None:
    m = one("Ms Ali's nearly 11pc")
    truth, fair = truth_interval(m), pragmatic_interval(m)
    # Below 11, but no further than "about 11" reaches: twice g, the floor's 0.55.
    assert truth == Interval(Fraction(99, 10), Fraction(11), True, False)
    assert fair == Interval(Fraction(1045, 100), Fraction(11), True, False)
    assert within("10.9", fair)
    assert not within(11, truth)
    assert not within("11.01", truth)
    assert within("10.4", truth)
    assert within("9.9", truth)
    assert not within("9.89", truth)
    assert not within("10.4", fair)


def test_about_five_per_cent() -> None:
    m = one("turnout up about five per cent")
    assert truth_interval(m) == Interval.closed(4, 6)
    assert pragmatic_interval(m) == Interval.closed(Fraction(9, 2), Fraction(11, 2))


def test_less_than_a_third_at_20_1pc_is_true_but_loose() -> None:
    # The design notes' example: a quarter lies between 20.1% and a third.
    m = one("less than a third of the share")
    assert within("20.1", truth_interval(m))
    assert not within("20.1", pragmatic_interval(m))
    assert pragmatic_interval(m) == Interval(Fraction(25), Fraction(100, 3), True, False)
    assert within("30", pragmatic_interval(m))


@pytest.mark.parametrize(
    ("text", "true_value", "true", "fair"),
    [
        ("nearly 24,000", 23_987, True, True),
        ("more than 24,000", 23_987, False, False),
        ("more than a quarter", "25.9", True, True),
        ("almost two-thirds", "68.2", False, False),
        ("nearly half", "54.9", False, False),
        ("just over a fifth", "20.1", True, True),
        ("about a fifth", "20.1", True, True),
        ("more than 40pc", "47", True, False),
        ("at least 168", 168, True, True),
        ("at most 5,000", 5001, False, False),
        ("up to 5,000", 12, True, True),
        ("exactly 67.3pc", "67.34", True, True),
        ("exactly 67.3pc", "67.35", False, False),
        ("well over 40pc", "70", True, True),
        ("less than 11pc", "10.5", True, True),
        ("less than 11pc", "9.9", True, False),
    ],
)
def test_catalogue_examples(text: str, true_value: str | int, true: bool, fair: bool) -> None:
    m = one(text)
    assert within(true_value, truth_interval(m)) is true
    assert within(true_value, pragmatic_interval(m)) is fair


def test_a_bare_fraction_reads_as_about() -> None:
    m = one("a third of the vote")
    assert m.hedge == "exact"
    assert truth_interval(m) == truth_interval(m, "about")
    assert pragmatic_interval(m) == Interval.closed(30, Fraction(110, 3))
    exact_reading = load_packs([]).merged(parse_pack('[fractions]\nunhedged = "exact"\n'))
    assert truth_interval(m, pack=exact_reading) == Interval.point(Fraction(100, 3))


def test_an_unhedged_number_allows_its_rounding() -> None:
    assert truth_interval(one("67.3pc")) == Interval(
        Fraction(6725, 100), Fraction(6735, 100), True, False
    )
    assert truth_interval(one("67.3pc"), rounding="any") == Interval.closed(
        Fraction(6725, 100), Fraction(6735, 100)
    )
    assert truth_interval(one("39,558 votes")) == Interval.point(39558)
    assert pragmatic_interval(one("39,558 votes")) == Interval.point(39558)


def test_a_hedge_can_be_asked_for_by_name() -> None:
    m = one("21pc")
    assert truth_interval(m, "more-than") == Interval.at_least(21, strict=True)
    assert pragmatic_interval(m, "nearly") == Interval(
        Fraction(1995, 100), Fraction(21), True, False
    )
    # A round number is coarser: 20 is on a scale of tens, so g(20) = 5.
    assert pragmatic_interval(one("20pc"), "nearly") == Interval(
        Fraction(15), Fraction(20), True, False
    )


def test_landmark_pragmatics_above(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[hedges.more-than]\nwords = ["more than"]\ntruth = "gt"\npragmatic = "landmark"\n',
    )
    pack = load_packs([path])
    assert pragmatic_interval(one("more than a quarter"), pack=pack) == Interval(
        Fraction(25), Fraction(100, 3), False, True
    )
    assert pragmatic_interval(one("more than 12,000"), pack=pack) == Interval(
        Fraction(12_000), Fraction(13_000), False, True
    )


def test_figures_give_the_same_intervals_as_mentions() -> None:
    for text in ("nearly 11pc", "less than a third", "about 12,000", "two-thirds", "67.3pc"):
        m = one(text)
        figure = m.to_figure(Unit.PERCENT)
        assert truth_interval(figure) == truth_interval(m), text
        assert pragmatic_interval(figure) == pragmatic_interval(m), text
        assert granularity(figure) == granularity(m), text


def test_a_figure_from_a_results_file() -> None:
    figure = Figure.percentage("67.30")
    # 67.3 is written to tenths, but g is the floor's twentieth of it: 3.365.
    assert truth_interval(figure, "nearly") == Interval(
        Fraction(6057, 100), Fraction(673, 10), True, False
    )
    assert granularity(figure, NO_FLOOR) == Fraction(5, 1000)


def subset(inner: Interval, outer: Interval) -> bool:
    return (inner & outer) == inner


@given(
    st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(default_pack().hedges)),
)
def test_fair_readings_are_true_readings(value: Decimal, hedge: str) -> None:
    figure = Figure.percentage(str(value))
    truth, fair = truth_interval(figure, hedge), pragmatic_interval(figure, hedge)
    assert subset(fair, truth)
    assert not fair.is_empty


@given(st.sampled_from(sorted(default_pack().hedges)), st.sampled_from(sorted(
    ["half", "a third", "two-thirds", "a quarter", "one in five", "nine in ten", "three in seven"]
)))  # fmt: skip
def test_fair_fraction_readings_are_true_readings(hedge: str, fraction: str) -> None:
    m = one(fraction)
    assert subset(pragmatic_interval(m, hedge), truth_interval(m, hedge))


def test_the_pack_format_is_strict() -> None:
    with pytest.raises(ValueError, match="colours"):
        packs.validate_pack({"hedges": {}, "colours": {}})
    assert packs.validate_pack({"hedges": {}}) == Pack()


_PERCENTS = st.fractions(min_value=0, max_value=100, max_denominator=12)


@given(st.sets(_PERCENTS, max_size=12), _PERCENTS)
def test_the_nearest_other_landmark_is_a_neighbour(values: set[Fraction], x: Fraction) -> None:
    # The gap that sets a fraction word's granularity, found by bisection, is the smallest
    # distance to any other landmark, whether or not x is itself one.
    for where in (x, *values):
        others = [abs(v - where) for v in values if v != where]
        expected = min(others) if others else None
        assert packs.nearest_other_gap(tuple(sorted(values)), where) == expected


def test_the_stored_builtin_pack_is_the_validated_one() -> None:
    # default_pack() reads the built-in packs back from what an earlier run stored: what is
    # stored must be the pack that validating the files gives, field for field.
    validated = packs._layered(Pack(), packs._builtin_sources())
    assert packs._load(packs._dump(validated)) == validated
    assert default_pack() == validated
    assert packs._dump(default_pack()) == packs._dump(validated)


def test_every_kind_of_setting_survives_storing() -> None:
    text = (
        '[pack]\nname = "n"\nlocale = "en-GB"\ndescription = "d"\n'
        '[granularity]\nfloor = "1/7"\n[fractions]\nunhedged = "exact"\n'
        '[hedges.about]\nwords = ["about"]\ntruth = "approx"\ntolerance = "5/2"\npragmatic = 1\n'
        '[hedges.nearly]\nwords = ["nearly"]\ntruth = "lt"\npragmatic = "landmark"\n'
        '[hedges.over]\nwords = ["over"]\ntruth = "gt"\ndescription = "x"\n'
        '[landmarks.third]\nvalue = "1/3"\nwords = ["a third", "one third"]\n'
        '[parties.lab]\nname = "Labour"\nabbreviation = "Lab"\naliases = ["Labour Party"]\n'
        'caseless = ["labour"]\n[parties.ind]\nname = "Independent"\n'
    )
    pack = parse_pack(text)
    assert packs._load(packs._dump(pack)) == pack
    assert pack.hedges["about"].pragmatic == 1
    assert pack.hedges["nearly"].pragmatic == "landmark"


def test_a_later_pack_overrides_only_the_settings_it_writes(tmp_path: Path) -> None:
    first = write(tmp_path, '[granularity]\nfloor = "1/10"\n', "first.toml")
    # Writes the default floor again: it still wins over the first pack's.
    second = write(tmp_path, '[granularity]\nfloor = "1/20"\n', "second.toml")
    third = write(tmp_path, '[pack]\nname = "third"\n', "third.toml")
    assert load_packs([first, second]).granularity.floor == Fraction(1, 20)
    assert load_packs([first, third]).granularity.floor == Fraction(1, 10)


def test_a_party_abbreviation_is_found_in_any_case_and_the_first_party_keeps_it() -> None:
    pack = parse_pack(
        '[parties.lab]\nname = "Labour"\nabbreviation = "Lab"\n'
        '[parties.labour_2]\nname = "Another Labour"\nabbreviation = "LAB"\n'
        '[parties.snp]\nname = "Scottish National Party"\nabbreviation = "SNP"\n'
        '[parties.ind]\nname = "Independent"\n'
    )
    assert pack.party_abbreviations == {"LAB": "lab", "SNP": "snp"}
