"""name-mismatch, read word for word on hand-built articles. Pinned after a mutation run of
name_mismatch.py (docs/testing.md).

Poplar and Limehouse, uk-ge-2017: the Conservative candidate was Christopher Wilford, 11,846
votes (the count bears the seat out, so a finding on his name may offer its fix)."""

from __future__ import annotations

import json
from pathlib import Path

from hand_built import at

import factcheck
from factcheck import Figure
from factcheck.config import Config
from factcheck.models import Article, CandidateResult, ContestResult, Document, Grounds

RULE = "name-mismatch"
POPLAR = "Poplar and Limehouse"
CITED = {
    "dataset": "House of Commons Library GE2017 results (CBP-7979)",
    "source": "House of Commons Library / Electoral Commission UK general election results",
    "election": "uk-ge-2017",
    "record": "hoc-ge2017-results-by-constituency.csv:452",
}
UNSURE = (
    " (nothing else the article says about Poplar and Limehouse was found in the uk-ge-2017 "
    "record: the seat or election may be misread, so no fix is offered)"
)


def _check(
    text: str, *candidates: CandidateResult, seat: str = POPLAR, election: str | None = "uk-ge-2017"
) -> factcheck.Report:
    article = Article(
        document=Document(path="story.txt", text=text),
        contests=(ContestResult(name=seat, candidates=candidates),),
    )
    return factcheck.check(article, election=election, select=[RULE])


def _named(text: str, written: str, **fields: object) -> CandidateResult:
    return CandidateResult.model_validate(
        {"name": written, "name_span": at(text, written), **fields}
    )


def _counted(text: str, written: str, **fields: object) -> CandidateResult:
    return _named(text, written, votes=Figure.count(11846), **fields)


def test_a_misspelt_first_name_gives_the_whole_finding_with_the_official_spelling() -> None:
    text = "In Poplar and Limehouse Kristopher Wilford came second with 11,846 votes."
    (finding,) = _check(text, _counted(text, "Kristopher Wilford")).findings
    assert finding.message == (
        "“Kristopher Wilford” is spelt “Christopher Wilford” in the official result of Poplar "
        "and Limehouse (uk-ge-2017)"
    )
    assert (finding.start, finding.text) == (text.index("Kristopher"), "Kristopher Wilford")
    assert finding.fix == finding.replacement == "Christopher Wilford"
    assert finding.evidence == {
        **CITED,
        "written": "Kristopher Wilford",
        "official": "Christopher Wilford",
        "party": "Conservative",
        "similarity": "91.9",
        "corroborated_by": ["Christopher Wilford's vote “11,846”"],
    }
    # A close spelling (a score of 85 or more) is a sure misspelling.
    assert finding.confidence is factcheck.Confidence.HIGH
    assert finding.severity is factcheck.Severity.WARNING


def test_a_surname_misspelt_keeps_the_writers_first_name_and_is_less_sure() -> None:
    text = "In Poplar and Limehouse Chris Wildford came second with 11,846 votes."
    (finding,) = _check(text, _counted(text, "Chris Wildford")).findings
    assert finding.fix == "Chris Wilford"
    assert finding.evidence["similarity"] == "78.8"
    assert finding.confidence is factcheck.Confidence.MEDIUM


def test_a_spelling_scoring_exactly_85_is_a_sure_misspelling() -> None:
    # Portsmouth South, uk-ge-2017: the Liberal Democrat was Robert Vernon-Jackson, 7,699 votes.
    # "bob verrnon-jackson" against "robert vernon-jackson": 34 of 40 letters kept, 85.0.
    text = "In Portsmouth South Bob Verrnon-Jackson, the Liberal Democrat, polled 7,699 votes."
    written = _named(text, "Bob Verrnon-Jackson", votes=Figure.count(7699))
    (finding,) = _check(text, written, seat="Portsmouth South").findings
    assert finding.fix == "Bob Vernon-Jackson"
    assert finding.evidence["similarity"] == "85.0"
    assert finding.confidence is factcheck.Confidence.HIGH


def test_a_surname_alone_is_corrected_alone_with_its_title_kept() -> None:
    for written, fix in (("Wildford", "Wilford"), ("Mr Wildford", "Mr Wilford")):
        text = f"In Poplar and Limehouse {written} came second with 11,846 votes."
        (finding,) = _check(text, _counted(text, written)).findings
        assert finding.fix == finding.replacement == fix
        assert finding.text == written


def test_every_later_mention_of_a_candidate_is_checked_too() -> None:
    text = "In Poplar and Limehouse Christopher Wilford came second. Mr Wildford said so."
    cand = _counted(text, "Christopher Wilford", mentions=(at(text, "Mr Wildford"),))
    (finding,) = _check(text, cand).findings
    assert (finding.start, finding.text, finding.fix) == (
        text.index("Mr Wildford"),
        "Mr Wildford",
        "Mr Wilford",
    )
    assert finding.message.startswith("“Mr Wildford” is spelt “Christopher Wilford”")


def test_a_name_spelt_right_or_shortened_as_people_write_names_is_silent() -> None:
    for written in ("Christopher Wilford", "Chris Wilford", "C Wilford", "Mr Wilford"):
        text = f"In Poplar and Limehouse {written} came second with 11,846 votes."
        report = _check(text, _counted(text, written))
        assert (report.findings, report.not_checked) == ((), ())


def test_a_candidate_without_a_place_in_the_text_is_checked_by_the_name_read() -> None:
    text = "In Poplar and Limehouse the Conservative came second with 11,846 votes."
    cand = CandidateResult(name="Chris Wildford", votes=Figure.count(11846))
    (finding,) = _check(text, cand).findings
    assert finding.start is None
    assert finding.message.startswith("“Chris Wildford” is spelt “Christopher Wilford”")


def test_a_name_read_loosely_is_a_warning_without_a_fix_that_says_how_it_was_read() -> None:
    text = "In Poplar and Limehouse Kristopher Wilford came second with 11,846 votes."
    grounds = Grounds(
        what="a name",
        subject="the candidate",
        seat="the heading",
        seat_named="layout",
        election="the story's",
    )
    for loose, reading in (
        (("seat",), "seat: the heading"),
        (("what", "election"), "what: a name; election: the story's"),
        (("subject",), "subject: the candidate"),
    ):
        sure = grounds.model_copy(update={"loose": loose})
        (finding,) = _check(text, _counted(text, "Kristopher Wilford", name_grounds=sure)).findings
        assert finding.fix is finding.replacement is None
        assert finding.confidence is factcheck.Confidence.MEDIUM
        assert finding.severity is factcheck.Severity.WARNING
        assert finding.evidence["reading"] == [f"“Kristopher Wilford” was read loosely ({reading})"]
    # Grounds with every tie explicit change nothing.
    (finding,) = _check(text, _counted(text, "Kristopher Wilford", name_grounds=grounds)).findings
    assert finding.fix == "Christopher Wilford"
    assert finding.confidence is factcheck.Confidence.HIGH
    assert "reading" not in finding.evidence


def test_someone_of_the_official_surname_with_another_first_name_is_not_checked() -> None:
    text = "In Poplar and Limehouse Tory Christopher Wilford came second with 11,846 votes."
    report = _check(text, _counted(text, "Tory Christopher Wilford"))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“Tory Christopher Wilford” shares only a surname with Christopher Wilford, an official "
        "candidate of Poplar and Limehouse (uk-ge-2017)"
    )


def test_a_name_the_record_cannot_place_is_not_checked_and_says_where_it_looked() -> None:
    text = "In Poplar and Limehouse John Smith came second."
    report = _check(text, _named(text, "John Smith"))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason == (
        "“John Smith” is not, or not only one of, the official candidates of Poplar and "
        "Limehouse (uk-ge-2017)"
    )


def test_a_seat_not_in_the_record_is_said_once_and_its_names_are_not_checked() -> None:
    text = "In Nowhere Town John Smith and Jane Doe stood."
    report = _check(text, _named(text, "John Smith"), _named(text, "Jane Doe"), seat="Nowhere Town")
    assert report.findings == ()
    assert [s.reason for s in report.not_checked] == [
        "“Nowhere Town” is not in the official results of uk-ge-2017 (House of Commons Library "
        "/ Electoral Commission UK general election results)"
    ]


def test_no_names_to_check_no_election_or_a_candidate_known_by_party_say_nothing() -> None:
    text = "In Nowhere Town the Conservatives came second; in Poplar and Limehouse, Chris Wildford."
    assert _check(text, seat="Nowhere Town").not_checked == ()
    by_party = CandidateResult(name="", party="Conservative", by_party=True)
    assert _check(text, by_party).not_checked == ()
    assert _check(text, by_party).findings == ()
    report = _check(text, _named(text, "Chris Wildford"), election=None)
    assert (report.findings, report.not_checked) == ((), ())


def test_a_misspelling_nothing_else_bears_out_is_a_warning_without_a_fix() -> None:
    text = "In Poplar and Limehouse Kristopher Wilford came second."
    (finding,) = _check(text, _named(text, "Kristopher Wilford")).findings
    assert finding.message.endswith("(uk-ge-2017)" + UNSURE)
    assert finding.fix is None


def test_a_name_misspelt_in_both_words_is_corrected_whole() -> None:
    text = "In Poplar and Limehouse Kristopher Wildford came second with 11,846 votes."
    (finding,) = _check(text, _counted(text, "Kristopher Wildford")).findings
    assert finding.fix == "Christopher Wilford"


def test_a_wrong_middle_name_is_corrected_with_the_whole_official_name() -> None:
    # Clwyd South, uk-ge-2017: Susan Elan Jones (Labour), 19,002 votes. The first name and
    # surname are right, so the writer's form of them is no guide to the fix.
    text = "In Clwyd South Susan Mary Jones won with 19,002 votes."
    cand = _named(text, "Susan Mary Jones", votes=Figure.count(19002))
    (finding,) = _check(text, cand, seat="Clwyd South").findings
    assert finding.message.startswith("“Susan Mary Jones” is spelt “Susan Elan Jones”")
    assert finding.fix == "Susan Elan Jones"


def test_a_first_name_exactly_at_the_cutoff_is_taken_for_a_misspelling() -> None:
    # "Christian" scores exactly 60 against "Christopher": a misspelling, not another person.
    text = "In Poplar and Limehouse Christian Wilford came second with 11,846 votes."
    (finding,) = _check(text, _counted(text, "Christian Wilford")).findings
    assert finding.fix == "Christopher Wilford"


def test_a_middle_initial_is_kept_with_the_writers_first_name() -> None:
    text = "In Poplar and Limehouse Chris J Wildford came second with 11,846 votes."
    (finding,) = _check(text, _counted(text, "Chris J Wildford")).findings
    assert finding.fix == "Chris J Wilford"


def test_a_name_the_record_cannot_place_is_quoted_as_written() -> None:
    text = "In Poplar and Limehouse Mr Smith came second."
    cand = CandidateResult(name="John Smith", name_span=at(text, "Mr Smith"))
    (skipped,) = _check(text, cand).not_checked
    assert skipped.reason.startswith("“Mr Smith” is not, or not only one of, the official")


def test_a_candidate_with_no_place_in_the_text_is_checked_once_whatever_its_mentions() -> None:
    text = "In Poplar and Limehouse the Tory came second with 11,846 votes. Mr Wildford spoke."
    cand = CandidateResult(
        name="Chris Wildford", mentions=(at(text, "Mr Wildford"),), votes=Figure.count(11846)
    )
    (finding,) = _check(text, cand).findings
    assert (finding.start, finding.fix) == (None, "Chris Wilford")


def test_every_contest_is_checked_after_one_without_names_or_not_in_the_record() -> None:
    text = "In Nowhere Town Jane Doe stood. In Poplar and Limehouse Kristopher Wilford came second."
    article = Article(
        document=Document(path="story.txt", text=text),
        contests=(
            ContestResult(name="Bethnal Green and Bow"),
            ContestResult(name="Nowhere Town", candidates=(_named(text, "Jane Doe"),)),
            ContestResult(name=POPLAR, candidates=(_named(text, "Kristopher Wilford"),)),
        ),
    )
    report = factcheck.check(article, election="uk-ge-2017", select=[RULE])
    assert [f.text for f in report.findings] == ["Kristopher Wilford"]
    assert len(report.not_checked) == 1


def test_a_newsroom_party_alias_picks_which_of_two_namesakes_is_misspelt(tmp_path: Path) -> None:
    # Anytown's record lists Ann Smith (Red Party) and Bob Smith (Blue Party). "Bobb Smith of
    # the Blues" is Bob Smith misspelt only if "Blues" is the Blue Party, as the newsroom's
    # pack says; without it, the name fits both Smiths and is not checked.
    record = tmp_path / "record.json"
    contest = {
        "name": "Anytown",
        "valid_votes": 35000,
        "candidates": [
            {"name": "Ann Smith", "party": "Red Party", "votes": 20000},
            {"name": "Bob Smith", "party": "Blue Party", "votes": 15000},
        ],
    }
    record.write_text(json.dumps({"election": "uk-ge-2017", "contests": [contest]}), "utf-8")
    pack = tmp_path / "parties.toml"
    pack.write_text('[parties.blue]\nname = "Blue Party"\naliases = ["Blues"]\n', "utf-8")
    text = "In Anytown Bobb Smith of the Blues came second."
    written = _named(text, "Bobb Smith", party="Blues")
    article = Article(
        document=Document(path="story.txt", text=text),
        contests=(ContestResult(name="Anytown", candidates=(written,)),),
    )

    def check(config: Config) -> factcheck.Report:
        return factcheck.check(article, election="uk-ge-2017", select=[RULE], config=config)

    (finding,) = check(Config(reference=str(record), packs=(str(pack),))).findings
    assert finding.message.startswith("“Bobb Smith” is spelt “Bob Smith” in the official result")
    report = check(Config(reference=str(record)))
    assert report.findings == ()
    (skipped,) = report.not_checked
    assert skipped.reason.startswith("“Bobb Smith”")
