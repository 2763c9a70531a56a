"""A candidate's name that differs from the official spelling."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import compiled_re as re
from factcheck.models import Article, CandidateResult, Confidence, ContestResult, Severity, Span
from factcheck.names import (
    given_first,
    is_surname_alone,
    person_words,
    same_given_name,
    same_person_name,
    surname_key,
    surname_words,
    written_surname,
)
from factcheck.reference.lookup import Official, election_of, official_for
from factcheck.reference.matching import FIRST_NAME_CUTOFF, CandidateMatch, namesake
from factcheck.rule import Need, Outcome, Rule, RuleContext, Scope, Skip, Violation


def _same_first_name(written: tuple[str, ...], official: tuple[str, ...]) -> bool:
    """A shortened or initialled first name is a form of the name, not a misspelling."""
    if not written or not official:
        return True
    return same_given_name(written[0], official[0])


def _like_first_name(written: tuple[str, ...], official: tuple[str, ...]) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(written[0], official[0]) >= FIRST_NAME_CUTOFF


def _spelt_so_elsewhere(written: str, match: CandidateMatch, found: Official) -> str | None:
    """Where another official record spelt the official candidate as written, or None: the
    same party's candidate with the written name, word for word, in the same seat's previous
    record, else in any record the source holds of a seat the surname stood in (the source
    says where, as the bundled results do). Then the records disagree with each other."""
    if is_surname_alone(written):
        return None
    party, words = match.candidate.party, person_words(written)

    def spelt_so(contest: ContestResult | None) -> bool:
        # Word for word: "Susan Mary Jones" is not the "Susan Jones" a record gave before.
        return contest is not None and any(
            c.party == party and person_words(c.name) == words for c in contest.candidates
        )

    if spelt_so(found.previous):
        return f"{found.contest.name} in {found.previous_election}"
    source = found.source
    index = getattr(source, "surname_index", None)
    elections = getattr(source, "elections", None)
    if not callable(index) or not callable(elections):
        return None
    surname = surname_key(written)
    seats = index(found.election).get(surname, ())
    if any(
        seat != found.contest.name and spelt_so(source.contest(seat, found.election))
        for seat in seats
    ):
        # No one stands in two seats at one general election: the same party's "Stuart
        # McDonald" in another seat that year is another person (Cumbernauld's, 2015), and
        # his name for Glasgow South's Stewart McDonald the writer's slip, whatever other
        # years' records hold.
        return None
    for election in elections():
        for seat in sorted(index(election).get(surname, ())):
            if (seat, election) == (found.contest.name, found.election):
                continue
            if spelt_so(source.contest(seat, election)):
                return f"{seat} in {election}"
    return None


class NameMismatch(Rule):
    """A candidate's name that differs from the official spelling.

    ## What it does
    Finds each candidate the article reports in the official list of candidates for the
    contest (the bundled UK general elections 2015-2024, or a `--reference` results file) and
    compares the spelling. A surname or first name that is close to exactly one official
    candidate's, but not the same, is a misspelling: "Chris Wildford" for Christopher Wilford,
    "Tina Lashmore" for Teena Lashmore. The fix is the official spelling.

    Case, accents, titles ("Ms Ali"), a dropped middle name, a shortened first name ("Chris"
    for Christopher), a familiar one either way round ("Ged" for Gerard, "Rebecca" where the
    ballot said "Becca": the forms listed in `factcheck/data/familiar-names.txt`) and the
    surname first, as official lists write it ("QUINCE, Will"), and middle initials run
    together ("David TC Davies" for David T. C. Davies) are not misspellings; any other
    difference in the whole name is, a hyphenated surname's included ("Sam Woods-Brass" for
    Sam Wood-Brass). A name the record cannot place (no close official candidate, or two
    equally close) is reported as not checked, as is one sharing only a surname with an
    official candidate ("David Jones" where Fay Jones stood: another person, not a
    misspelling), and one unlike the official candidate's in its first name whose surname is
    not the same either ("Dominic Bradley" where Mickey Brady stood: another person, perhaps
    a candidate of another year; a writer misspells one of the two). So is a name another
    official record spells as written (the
    same party's candidate, in the seat's previous record or a record of another seat the
    surname stood in: "Gordon Lishman", "Gordan" in one record and "Gordon" in two): the
    records disagree with each other, so the writer's spelling is no slip. Unless another
    seat's candidate bore the written name that same year: no one stands in two seats at
    once, so that is another person ("Stuart McDonald" of Cumbernauld, 2015, written for
    Glasgow South's Stewart McDonald), and the name a slip.

    A person named without a figure is checked when the wording ties them to the seat ("won
    Bristol West", "the Labour candidate, Jane Smith"); one tied only by nearness (a seat
    carried from a heading) gets at most a warning and no fix. So does a misspelling in a
    story that says nothing else about the seat that the record bears out (no figure there
    that matches, no other candidate named who stood there): the seat may be misread, and
    the name another seat's candidate's (see `reference-mismatch` on corroboration).

    ## Why is this bad?
    Misspelling a candidate's name is an error of fact readers notice first, and the one
    corrections columns print most. It also hides the candidate from search.

    ## Example
    ```text
    ---
    election: uk-ge-2017
    ---
    In Poplar and Limehouse the Conservatives' Chris Wildford came second with 11,846
    votes.
    ```

    ## Use instead
    ```text
    ---
    election: uk-ge-2017
    ---
    In Poplar and Limehouse the Conservatives' Chris Wilford came second with 11,846
    votes.
    ```

    ## How to silence it
    Spell the name as the official result does. To switch the rule off, add
    `"name-mismatch"` to `ignore`.
    """

    code = "REF102"
    name = "name-mismatch"
    severity = Severity.WARNING
    scope = Scope.REFERENCE
    needs = frozenset({Need.ELECTION})

    def check_article(self, article: Article, ctx: RuleContext) -> Iterator[Outcome]:
        """Compare each reported candidate's name with the official spelling."""
        if election_of(article, ctx) is None:
            # No election asked for (no --election, no front matter): the reference check
            # is not wanted, as when the rule is not selected.
            return
        text = article.document.text
        for contest in article.contests:
            if not contest.candidates:
                continue
            found = official_for(article, contest, ctx)
            if isinstance(found, Skip):
                yield found
                continue
            for cand in contest.candidates:
                yield from self._check_candidate(text, cand, found, ctx)

    def _check_candidate(
        self, text: str, cand: CandidateResult, found: Official, ctx: RuleContext
    ) -> Iterator[Outcome]:
        if cand.by_party:
            return  # the story never names them: no name to check
        span = cand.name_span
        written = text[span.start : span.end] if span is not None else cand.name
        match = found.candidate(cand, ctx.pack)
        if match is None:
            same = [c.name for c in found.contest.candidates if namesake(cand.name, c.name)]
            if len(same) == 1:
                # "David Jones" where Fay Jones stood: another person of that surname (a
                # neighbouring seat's), not a misspelling of hers.
                yield Skip(
                    f"“{written}” shares only a surname with {same[0]}, an official "
                    f"candidate of {found.contest.name} ({found.election})"
                )
                return
            yield Skip(
                f"“{written}” is not, or not only one of, the official candidates of "
                f"{found.contest.name} ({found.election})"
            )
            return
        # The name where the candidate is first named, then each later mention ("Ms Smith",
        # "Smith"): a misspelling may be repeated, and each is a word to correct.
        spans = [span, *cand.mentions] if span is not None else [None]
        for at in spans:
            shown = text[at.start : at.end] if at is not None else cand.name
            yield from self._check_written(shown, at, cand, match, found)

    def _check_written(
        self,
        written: str,
        span: Span | None,
        cand: CandidateResult,
        match: CandidateMatch,
        found: Official,
    ) -> Iterator[Outcome]:
        official = match.candidate.name
        if same_person_name(written, official):
            return  # spelt right, or shortened as people write names ("Mike", "Ms Ali")
        w, o = person_words(written), person_words(official)
        alone = is_surname_alone(written)
        # The whole surname, hyphenated or not: "Woods-Brass" is not Wood-Brass.
        surname_ok = surname_words(written) == surname_words(official)
        if surname_ok and not alone and not _like_first_name(w, o):
            # "David Jones" where Fay Jones stood: another person of that surname (a
            # neighbouring seat's), not a misspelling of hers.
            yield Skip(
                f"“{written}” shares only a surname with {official}, an official "
                f"candidate of {found.contest.name} ({found.election})"
            )
            return
        if (
            not surname_ok
            and not alone
            and not _same_first_name(w, o)
            and not _like_first_name(w, o)
        ):
            # "Dominic Bradley" for the record's Mickey Brady: a first name unlike and a
            # surname not the same make another person (one who stood at another election),
            # not a misspelling: a writer misspells one of the two.
            yield Skip(
                f"“{written}” differs from {official}, an official candidate of "
                f"{found.contest.name} ({found.election}), in both first name and surname: "
                "another person, not a misspelling"
            )
            return
        elsewhere = _spelt_so_elsewhere(written, match, found)
        if elsewhere is not None:
            # "Gerry Carroll", spelt "Carrol" in the 2024 record and "Carroll" in 2019's;
            # "Gordon Lishman", "Gordan" in Blackburn's 2015 record and "Gordon" in Pendle's
            # 2017 one: the records disagree with each other, so the writer's is no slip.
            yield Skip(
                f"“{written}” is how the official result of {elsewhere} spells the "
                f"{match.candidate.party or 'same'} candidate this one spells “{official}”: "
                "the official records spell the name both ways"
            )
            return
        if _tripled_in_record(written, official):
            # "Aaron Hammond" where the record has "Aaaron Hammond": no name has a letter three
            # times over; the slip is the record's, and the writer spelt the name right.
            yield Skip(
                f"“{written}” is the official result's “{official}” with a letter it writes "
                "three times over written twice: a slip in the record, not the writer's"
            )
            return
        fix: str | None = official
        if given_first(written) != written:
            # "GOACHR, Mark" in an official list's form: corrected in that form, surname
            # first in capitals ("GOACHER, Mark").
            surname = written_surname(official)
            fix = f"{' '.join(surname).upper()}, {' '.join(official.split()[: -len(surname)])}"
        elif alone:
            # A surname alone ("O'Hara", "Mr O'Hara") is corrected alone, its title kept.
            kept = written.split()[: -len(written_surname(written))]
            fix = " ".join([*kept, *written_surname(official)])
        elif not surname_ok and _same_first_name(w, o):
            # Keep the writer's form of the first name ("Chris"), correct the surname.
            kept = written.split()[: -len(written_surname(written))]
            fix = " ".join([*kept, *written_surname(official)])
        evidence: dict[str, object] = {}
        severity: Severity | None = None
        confidence = Confidence.HIGH if match.score >= 85 else Confidence.MEDIUM
        grounds = cand.name_grounds
        if grounds is not None and not grounds.certain:
            # Read as the seat's candidate only by nearness (a seat carried from a
            # heading): the person may not have stood there, so warn, offer no fix.
            ties = {
                "what": grounds.what,
                "subject": grounds.subject,
                "seat": grounds.seat,
                "election": grounds.election,
            }
            evidence["reading"] = [
                f"“{written}” was read loosely ("
                + "; ".join(f"{t}: {ties[t]}" for t in grounds.loose)
                + ")"
            ]
            severity, fix, confidence = Severity.WARNING, None, Confidence.MEDIUM
        yield Violation(
            message=f"“{written}” is spelt “{official}” in the official result of "
            f"{found.contest.name} ({found.election})",
            span=span,
            evidence={
                **found.cite(),
                "written": written,
                "official": official,
                "party": match.candidate.party,
                "similarity": round(match.score, 1),
                **evidence,
            },
            fix=fix,
            corrected=fix,
            confidence=confidence,
            severity=severity,
        )


_TRIPLED = re.compile(r"(\w)\1\1", re.IGNORECASE)


def _tripled_in_record(written: str, official: str) -> bool:
    """Is ``written`` the record's name with a letter it writes three times over ("Aaaron")
    written twice, as the name is spelt?"""
    if _TRIPLED.search(official) is None:
        return False
    return _TRIPLED.sub(r"\1\1", official).casefold() == written.casefold()
