"""Candidates' votes and shares, where the wording says so: "39,558 votes", "(67.3pc)",
"989 (1.7pc)", "6.5pc or 3,888 votes", "a 71.8pc share"."""

from __future__ import annotations

import itertools
from collections.abc import Collection

from factcheck import compiled_re as re
from factcheck.extract.claims.party_subjects import (
    PartySubject,
    party_elliptical,
    party_subject,
)
from factcheck.extract.entities import PersonMention
from factcheck.extract.frame import Candidate, Frame
from factcheck.extract.numbers import NumberKind, NumberMention
from factcheck.extract.text import cue_words
from factcheck.extract.vocabulary import (
    BY_MARGIN_BEFORE,
    CLAUSE_BREAK,
    DIGITS,
    RIVAL_LEAD,
    SHARE_CUE_AFTER,
    VOTES_AFTER,
)
from factcheck.models import Unit

# "155 seats", "3,000 people": a count of something else. Words that join clauses ("10,232
# and the Conservatives' …", "8,548 while …") count nothing.
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?!votes?\b|ballots\b|of\s+(?:the\s+)?(?:valid\s+)?votes?\b"
    r"|(?:and|but|while|whereas|with|for|from|in|on|at|to|than|after|before|as|the|this"
    # (nor a verb: "McNulty's tally of 12,026 was respectable")
    r"|that|which|when|where|respectively|was|were|is|are|had|has)\b)(?:of\b|[A-Za-z]{3,})",
    re.IGNORECASE,
)
_SCORE_FROM = re.compile(r"[\d,]+\s*(?:votes?\s+)?to\s+\d", re.IGNORECASE)
# "backed by 16,333 votes": a level after "by" all the same.
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|chosen|endorsed|favoured|preferred)\s+by\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BY_RANGE_BEFORE = re.compile(
    r"\bby\s+(?:(?:around|about|some|roughly|between|approximately)\s+)?[\d,]+\s*"
    r"(?:to|and|or|-|–)\s*$",
    re.IGNORECASE,
)
# A majority in the clause before a count: the count is the majority's (or its change's).
# (A comma inside a number, "from 14,811 to 8,608", is no clause break.)
_MAJORITY_GOVERNS = re.compile(r"\bmajorit(?:y|ies)\b(?:(?!\band\b|,\s)[^;:()]){0,60}$", re.I)
_PAIR_GAP = re.compile(
    r"\s*(?:votes?\s*)?(?:\(|[-–—]\s*(?:a\s+)?|,\s*(?:or\s+)?|or\s+"
    # (eighteenth session) "got 20,921 votes, which was 41.87%", "which represented"
    r"|(?:,\s*)?which\s+(?:was|is|represented|represents)\s+)\s*",
    re.IGNORECASE,
)
# After a percentage, a comparison: "20,921 votes (5% more than in 2015)" is a change, never
# the share paired with the count.
_COMPARED_AFTER = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|up|down|increase|rise|fall|drop)\b", re.IGNORECASE
)


def _pairing(text: str, first: NumberMention, second: NumberMention) -> bool | None:
    """How a count and a percentage written one after the other may pair as one person's or
    party's votes and share, the one test for both: None when they never pair (the
    percentage compared after it, "20,921 votes (5% more than in 2015)", is a change);
    True when the gap between them is tight ("(", a dash, a comma, "or", "which was"), so
    they pair on that alone; False when only a cue may pair them."""
    pct = first if first.kind is NumberKind.PERCENT else second
    if _COMPARED_AFTER.match(text, pct.end):
        return None
    return bool(_PAIR_GAP.fullmatch(text, first.end, second.start))


_VOTES_LEAD = re.compile(
    r"\b(?:with|on|polled|polling|won|winning|took|taking|securing|secured|received|receiving|got"
    r"|scooping|scooped|gaining|garnering|garnered)\s+(?:a\s+(?:whopping\s+|total\s+of\s+)?)?$",
    re.IGNORECASE,
)


# A bar a candidate did not reach, right before the figure: "failing to win 5% of the vote"
# (a deposit's threshold), "fell short of 1,000 votes". The level is below it, not at it.
_MISSED_BEFORE = re.compile(
    r"\b(?:(?:fail(?:ed|ing|s)?|unable)\s+to\s+(?:win|get|gain|reach|secure|poll|take|achieve"
    r"|attract|muster|hit|clear)|f(?:e|a)ll(?:ing|s)?\s+short\s+of)\s+(?:even\s+|the\s+)?$",
    re.IGNORECASE,
)
_MISSED_CUES = ("fail", "unable", "short")
# (twenty-second session) A level a change started from, its own share in brackets: "increased
# Labour's share from 15,130 (25.07 per cent) in 2015 to 16,029 (29.8 per cent)", "saw the
# Tory vote rise from 7,325 (12.1%) to 14,088 (26.2%)". The count after "from" is the earlier
# election's, never this one's, whoever's it is; "to" and the later level must follow (its
# bracket and a year between), so a count that is no change's start stays as it was.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_LEVEL_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:votes?\s+)?in\s+(?:19|20)\d\d)?\s+to\s+"
    r"(?:just\s+|only\s+)?\d"
)


# "3680 of 3746", "12 out of 15": a ratio's first count; "a 52.9pc share": the article of a
# share's noun. (Built once here, not looked up in re's cache at each number.)
_OF_OUT_OF_BEFORE = re.compile(r"\d\s+(?:of|out\s+of)\s+$")
_A_OR_AN_BEFORE = re.compile(r"\b(?:a|an)\s+$")


def _hedged_votes(m: NumberMention, text: str) -> bool:
    """A hedged count of votes in digits, "votes" right after it ("just over 16,300 votes",
    "almost 25,000 votes"): read with its hedge, which the rules judge by the hedge pack's
    intervals. Not a bound on a count not rounded to tens or hundreds ("more than 27163
    votes"): copy writes that for the exact count, as emphasis, and the bound would be wrong
    by one vote; nor under a thousand ("won the seat … with less than 100 votes"): a margin
    said loosely, more often than a total."""
    if m.kind is not NumberKind.COUNT or not DIGITS.fullmatch(m.number_text) or m.value < 1000:
        return False
    if not VOTES_AFTER.match(text[m.end : m.end + 20]):
        return False
    step = 100 if m.value >= 1000 else 10
    return not (m.hedge in ("more-than", "less-than") and m.value % step != 0)


def read_votes_and_shares(f: Frame) -> None:
    """Candidates' votes and shares, where the wording says so.

    A count is a candidate's votes when "votes" follows it ("39,558 votes", "3,959 of the
    votes"), or when it sits tight against a share of theirs ("989 (1.7pc)", "5pc (2,982)",
    "6.5pc or 3,888 votes", "12.7pc of the votes with 7,576"). A percentage is a share when
    the wording says so ("a 71.8pc share", "12.7pc of the votes") or when it sits tight
    against a vote count of theirs. Counts written in words, polls and tables without such
    wording are left alone: a misread figure would make a rule cry wolf.
    """
    _read_rival_counts(f)
    _read_score(f)
    if "respectively" in f.low:
        _read_respectively(f)
    state, sent, numbers, used, register = f.state, f.sent, f.numbers, f.used, f.register
    text = state.text
    items: list[tuple[int, NumberMention, PersonMention]] = []
    opening = _OPENING.match(sent.text) is not None
    missed = f.holds(_MISSED_CUES)  # once a sentence: most hold no bar missed
    for k, m in enumerate(numbers):
        if k in used or m.kind not in (NumberKind.COUNT, NumberKind.PERCENT):
            continue
        if m.hedge != "exact" and not _hedged_votes(m, text):
            continue
        if (
            m.kind is NumberKind.COUNT
            and (
                not DIGITS.fullmatch(m.number_text)
                # "155 seats", "3680 of 3746": a count of something else, or a ratio.
                or _OTHER_NOUN_AFTER.match(text[m.end : m.end + 20])
                or _OF_OUT_OF_BEFORE.search(text[max(0, m.start - 20) : m.start])
                # "by just 20 votes": a margin or a change's size, whatever read it or not;
                # but "beaten by X by 18,478 votes to 22,637" is a score, each count someone's.
                or (
                    "by" in f.words
                    and BY_MARGIN_BEFORE.search(text, max(sent.span.start, m.start - 60), m.start)
                    and not _BACKED_BY.search(text, max(sent.span.start, m.start - 80), m.start)
                    and not _SCORE_FROM.match(text, m.start)
                )
                # "lost her seat by around 800 to 1,000 votes": a range's upper end.
                or (
                    "by" in f.words and _BY_RANGE_BEFORE.search(text, max(0, m.start - 40), m.start)
                )
            )
        ):
            continue
        if missed and _MISSED_BEFORE.search(text, max(sent.span.start, m.start - 50), m.start):
            continue  # "lost his deposit after failing to win 5% of the vote": a bar missed
        if (
            "from" in f.words
            and _FROM_BEFORE.search(text, max(sent.span.start, m.start - 6), m.start)
            and _TO_LEVEL_AFTER.match(text, m.end)
        ):
            continue  # "from 15,130 (25.07 per cent) in 2015 to 16,029": the earlier level
        who = f.subject(m.start)
        if (
            who is not None
            and m.kind is NumberKind.COUNT
            and "majorit" in f.low
            and _MAJORITY_GOVERNS.search(text, max(who.span.end, m.start - 60), m.start)
        ):
            # "Swinson had a majority of just 5,339 votes", "Mr Rutley's majority has plummeted
            # from 14,811 to 8,608 votes": after the person, a majority's count, never their
            # votes, whether or not a reading of majorities took it.
            continue
        if who is None and opening and f.seat_tie(None)[1]:
            who = _after_opening(f, m)
        if who is not None and f.earlier(m) is None:
            items.append((k, m, who))
        elif who is not None and m.kind is NumberKind.COUNT and _read_dated_votes(f, m, who):
            used.add(k)
    # "Jane Smith (Lib Dem), got 2,350, John Brown (Greens), 1,213": a list in prose, each
    # count after its person and a bracket; bare counts only where two or more stand so.
    bracketed = {
        k
        for k, m, who in items
        if m.kind is NumberKind.COUNT
        and "(" in f.sent.text
        and _BRACKET_LEAD.fullmatch(text, who.span.end, m.start)
    }
    if len(bracketed) < 2:
        bracketed = set()
    votes: dict[int, PersonMention] = {}
    shares: dict[int, PersonMention] = {}
    cues: dict[int, str] = {}
    counted_at: int | None = None  # where the sentence's first "N votes" ends
    for k, m, who in items:
        after = text[m.end : min(sent.span.end, m.end + 40)]
        before = text[max(sent.span.start, m.start - 30) : m.start]
        if m.kind is NumberKind.COUNT and _VOTES_SINCE_AFTER.match(after):
            continue  # "losing … 2,426 votes from the last general election": a change
        if (
            m.kind is NumberKind.COUNT
            and f.says(_LOSING_WORDS)
            and _LOSING_BEFORE.search(text, max(sent.span.start, m.start - 60), m.start)
        ):
            continue  # "Jane Smith losing a smaller but crucial 2,426 votes": a change
        if m.kind is NumberKind.PERCENT and _SEPARATING_AFTER.match(after):
            continue  # "2.6% of the vote separating them": the gap between two, no share
        if m.kind is NumberKind.COUNT and _TO_SPARE_AFTER.match(after):
            # "had 4,000 votes to spare over Diana Armstrong": a lead over someone, who may
            # not be the runner-up (so not surely the majority either), never a vote total.
            continue
        if m.kind is NumberKind.COUNT and VOTES_AFTER.match(after):
            votes[k] = who
            cues[k] = "“votes” after it"
            counted_at = m.end if counted_at is None else counted_at
        elif (
            m.kind is NumberKind.COUNT
            and counted_at is not None
            and who.span.start >= counted_at
            and (lead := _PARALLEL_LEAD.fullmatch(text, who.span.end, m.start)) is not None
            and (lead.group("verb") is not None or m.value >= 100)
        ):
            # "X had 16,398 votes, followed by Ian Yuill of the Liberal Democrats with 5,018",
            # "Ms Murray polled 13,379 votes and Reform's Paul Wadley 9,311": a bare count
            # right after the next person, in a sentence already counting votes.
            votes[k] = who
            cues[k] = "a bare count after the next name, in a sentence counting votes"
        elif (
            m.kind is NumberKind.COUNT
            and m.value >= 100
            and _WITH_LEAD.fullmatch(text, who.span.end, m.start)
            and _counts_votes_after(f, k)
        ):
            # "the Brexit Party's Mark Peart, with 3,394, Lib Dem Thom Chapman, with 2,151
            # votes": a count after "NAME, with", in a list whose later counts are votes.
            votes[k] = who
            cues[k] = "“NAME, with” before it, in a sentence whose later counts are votes"
        elif (
            m.kind is NumberKind.COUNT
            and (m.value >= 100 or k in bracketed)
            and f.says(_POLLED_VERBS)
            and _POLLED_LEAD.fullmatch(text, who.span.end, m.start)
            and (k in bracketed or f.seat_tie(who)[1])
        ):
            # "Lib Dem Andrew George gets 16,022", "Jane Smith, who won 28,830", "Jane Smith
            # (Lib Dem), got 2,350": a verb of polling right after the person, and a whole
            # count after it (of 100 or more: "won 12" may be seats, or a list's).
            votes[k] = who
            cues[k] = "a verb of polling right after the person's name"
        elif (
            m.kind is NumberKind.COUNT
            and m.value >= 100
            and _SCORE_AFTER.match(after)
            and (
                _POLLED_LEAD.fullmatch(text, who.span.end, m.start)
                or _WON_WITH_LEAD.fullmatch(text, who.span.end, m.start)
            )
            and f.seat_tie(who)[1]
        ):
            # "Kerry McCarthy won with 27,717 to the Conservative's 16,923": the first count
            # of a score against a rival's, after the person and a verb: theirs.
            votes[k] = who
            cues[k] = "a score's first count, “to” a rival's count after it"
        elif m.kind is NumberKind.COUNT and k in bracketed:
            # The list's shape says what the counts are; a seat carried into it is loose.
            votes[k] = who
            cues[k] = "“NAME (party), N” in a list of such in prose"
        elif m.kind is NumberKind.COUNT and _NUMBER_OF_VOTES_BEFORE.search(before):
            # "the second highest number of votes at 16,731", "a total of votes of 9,133"
            votes[k] = who
            cues[k] = "“number of votes” before it"
        elif (
            m.kind is NumberKind.COUNT
            and m.value >= 100
            and _PLACED_PERSON_GAP.fullmatch(text, who.span.end, m.start)
            and _placed_before(f, who)
        ):
            # "Second was Louise Harvey-Quirke for the Conservatives on 10,878": the person
            # a placing opening the sentence went to, then "on" or "with" and a count.
            votes[k] = who
            cues[k] = "a placing given before the person, then “with” or “on”"
        elif _AFTER_PLACING.search(before) and (
            m.kind is NumberKind.COUNT or (m.kind is NumberKind.PERCENT and m.value <= 100)
        ):
            # "Lynn Murphy came second with 10,232", "Reform UK's X third on 27%": a count
            # after a placing is the votes that placed them; a percentage, the share.
            (votes if m.kind is NumberKind.COUNT else shares)[k] = who
            cues[k] = (
                "a placing, then its figure in brackets"
                if before.rstrip().endswith("(")
                else "a placing, then “with” or “on”"
            )
        elif (
            m.kind is NumberKind.PERCENT
            and m.value <= 100
            and (
                SHARE_CUE_AFTER.match(after)
                or (_A_OR_AN_BEFORE.search(before) and _SHARE_NOUN.match(after))
                or _SHARE_OF_TOTAL.match(after)
                or _SHARE_OF_BEFORE.search(before)
            )
        ):
            shares[k] = who
            cues[k] = "a share cue after it (“of the vote”, “share”)"
        elif (
            m.kind is NumberKind.PERCENT
            and m.value <= 100
            and (lead := _BARE_SHARE_LEAD.fullmatch(text, who.span.end, m.start)) is not None
            and (_BARE_SHARE_CLOSE if lead.group("open") else _BARE_SHARE_END).match(after)
            and not f.says(_NOT_BARE_SHARE_WORDS)
            and f.seat_tie(who)[1]
        ):
            # (twentieth session) "UKIP's Tom Hale with 2.8 per cent", "Labour candidate Jane
            # Smith won 48.4%", "Jane Smith (4.7%) and John Brown (3.1%) failed", "Jane Smith,
            # who managed 24.9%", "with Jane Smith for Labour on 28.7%": a percentage right
            # after the person and "with", "on", a bracket or a verb of polling, standing alone
            # (no noun after it names another quantity), is their share, as a count there is
            # their votes ("Jane Smith, who won 28,830"); only where the person's seat is sure
            # (a round-up's "A (4.7%) and B (3.1%) lost their deposits" may name people of
            # other seats than the one it last named).
            shares[k] = who
            cues[k] = "a percentage right after the person (“with”, “on”, a bracket, “won”)"
    # Pairs: two neighbouring figures of the same person, one a count and one a percentage,
    # where at least one is cued or the gap between them is a bracket, dash or "or".
    by_k = {k: (m, who) for k, m, who in items}
    order = [k for k, _, _ in items]
    for a, b in itertools.pairwise(order):
        (ma, wa), (mb, wb) = by_k[a], by_k[b]
        if wa.name != wb.name or ma.kind is mb.kind:
            continue
        gap = text[ma.end : mb.start]
        tight = _pairing(text, ma, mb)
        if tight is None:
            continue
        cued_pair = (a in votes or a in shares or b in votes or b in shares) and len(gap) <= 60
        if not tight and not (
            cued_pair
            and (
                _VOTES_LEAD.search(text[max(sent.span.start, mb.start - 30) : mb.start])
                or gap.rstrip().endswith("(")
            )
        ):
            continue
        for k, m in ((a, ma), (b, mb)):
            if m.kind is NumberKind.COUNT and m.value >= 1:
                votes.setdefault(k, wa)
            elif m.kind is NumberKind.PERCENT and m.value <= 100:
                shares.setdefault(k, wa)
            cues.setdefault(k, "paired with a share or count of the same person")
    for k in sorted(votes):
        cand = register(votes[k])
        if cand.votes is None:
            cand.votes = f.figure(numbers[k], Unit.VOTES, cues[k], who=votes[k])
        elif cand.votes.value == numbers[k].value:
            # The same count written again ("came second with 10,926 votes" under the card's
            # "• Votes: 10,926"): kept, so each place it is written is checked.
            cand.said_again(cand.votes, f.figure(numbers[k], Unit.VOTES, cues[k], who=votes[k]))
        else:
            cand.set_aside(cand.votes, numbers[k].to_figure(Unit.VOTES))
    for k in sorted(shares):
        cand = register(shares[k])
        if cand.share is None:
            cand.share = f.figure(numbers[k], Unit.PERCENT, cues[k], who=shares[k])
        elif cand.share.value == numbers[k].value:
            cand.said_again(cand.share, f.figure(numbers[k], Unit.PERCENT, cues[k], who=shares[k]))
        else:
            cand.set_aside(cand.share, numbers[k].to_figure(Unit.PERCENT))
    if f.parties:
        _read_party_figures(f, taken=votes.keys() | shares.keys())


# "Labour picked up 42.2% of councils": a percentage of something else than the vote.
_OF_OTHER_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:valid\s+)?(?:votes?|poll)\b)", re.I)


def _read_party_figures(f: Frame, taken: Collection[int]) -> None:
    """Votes and shares whose subject is a party: "the Lib Dems' 6,402", "Plaid Cymru
    received 2,280", "Labour came second with 10,874", "19,301 votes for Labour"."""
    text = f.state.text
    by_verb: set[NumberKind] = set()  # the kinds of the party figures read with a verb
    counted: dict[int, PartySubject] = {}  # the party counts read, by index
    for k, m in enumerate(f.numbers):
        if k in taken or k in f.used or m.hedge != "exact":
            continue
        count = m.kind is NumberKind.COUNT
        if count:
            if m.value < 1 or not DIGITS.fullmatch(m.number_text):
                continue
        elif m.kind is not NumberKind.PERCENT or m.value > 100:
            continue
        # The party's wording first: most numbers have no party right before or after them.
        ps = party_subject(f, m)
        if ps is None and m.kind in by_verb:
            ps = party_elliptical(f, m)
        if ps is None and not count and (k - 1) in counted:
            ps = _paired_with_count(f, counted[k - 1], f.numbers[k - 1], m)
        if ps is None:
            continue
        if ps.verb:
            by_verb.add(m.kind)
        after = text[m.end : min(f.sent.span.end, m.end + 40)]
        if count:
            if _OTHER_NOUN_AFTER.match(after[:20]):
                continue
            if not (
                ps.verb
                or VOTES_AFTER.match(after)
                or f.says(_VOTES_WORDS)
                # "won with 27,717 to the Conservative's 16,923": a score against a count
                or _SCORE_BEFORE_RIVAL.search(
                    text, max(f.sent.span.start, ps.party.span.start - 20), ps.party.span.start
                )
                or _COMPARED_RIVALS.search(
                    text, max(f.sent.span.start, ps.party.span.start - 60), ps.party.span.start
                )
            ):
                continue  # "the Lib Dems' 6,402" in a sentence that counts no votes
        elif _OF_OTHER_AFTER.match(after) and not SHARE_CUE_AFTER.match(after):
            continue  # ("of those who voted", "of all votes cast" are of the vote)
        if f.earlier(m) is not None:
            continue
        cand = ps.candidate
        what = "a party's figure: " + ps.how
        fig = f.figure(m, Unit.VOTES if count else Unit.PERCENT, what, subject_tie=ps.subject_tie)
        if count and cand.votes is None:
            cand.votes = fig
        elif not count and cand.share is None:
            cand.share = fig
        elif not cand.restate(cand.votes if count else cand.share, fig, f.sent.span):
            continue
        f.used.add(k)
        if count:
            counted[k] = ps


def _paired_with_count(
    f: Frame, ps: PartySubject, n: NumberMention, m: NumberMention
) -> PartySubject | None:
    """(eighteenth session) A percentage right after a party's count, tight against it as a
    person's share is paired with their count: "Labour came second, getting 15,635 votes
    (29.41%)", "the Conservatives polled 18,865 votes - 41 per cent of those who voted"."""
    if not _pairing(f.state.text, n, m):
        return None
    return PartySubject(ps.party, ps.candidate, ps.how + ", and a share paired with it", ps.verb)


# "2,426 votes from the last general election", "1,200 votes on 2017": votes counted against
# another election, so a change of the vote, never the level.
_VOTES_SINCE_AFTER = re.compile(
    r"\s*votes?\s+(?:from|on|since)\s+(?:the\s+)?(?:(?:19|20)\d\d\b"
    r"|(?:last|previous)\s+(?:general\s+)?election\b|last\s+time\b)",
    re.IGNORECASE,
)


# A count of votes lost or shed: "losing a smaller, but ultimately crucial 2,426 votes",
# "lost 4,000 votes", "shed nearly 3,000": a change, never the level. The words between are
# lower-case and none of them a preposition or a verb of polling ("lost with 2,426 votes",
# "lost the seat, polling 2,426": the count that lost).
_LOSING_WORDS = cue_words("losing lost shed shedding")
_LOSING_BEFORE = re.compile(
    r"\b(?:losing|lost|shed|shedding)\s+"
    r"(?:(?!(?:with|on|after|to|by|in|at|of|polling|taking|winning|securing|gaining|getting"
    r"|receiving|votes?|seat|deposit)\b)[a-z-]+,?\s+){0,6}$"
)
# After a percentage, the gap between two: "2.6% of the vote separating them", "6% between
# the pair".
_SEPARATING_AFTER = re.compile(
    r"\s*(?:of\s+the\s+(?:vote|poll)\s+)?(?:separating|between|divided|dividing)\s+"
    r"(?:them|the\s+(?:two|pair|candidates))\b",
    re.IGNORECASE,
)


def _read_dated_votes(f: Frame, m: NumberMention, who: PersonMention) -> bool:
    """A person's votes the clause dates to another general election by its year ("In 2015
    Mr Lewis received 19,033 votes", "Michelle Gildernew, who polled 21,986 in 2019"): kept
    for that election's contest, so the record of that year can judge it. Only where every
    tie is explicit: "votes" after the count or a verb of polling right after the name, the
    person named before it, the seat named or the story's own, and the year itself (not
    "last time", which a by-election between would also be)."""
    text = f.state.text
    after = text[m.end : min(f.sent.span.end, m.end + 40)]
    if not DIGITS.fullmatch(m.number_text) or m.value < 100 or m.hedge != "exact":
        return False
    if _YEARISH.fullmatch(m.number_text):
        return False  # "an increase on her 2019 vote": a year, not a count
    polled = f.says(_POLLED_VERBS) and _POLLED_LEAD.fullmatch(text, who.span.end, m.start)
    if not (polled or VOTES_AFTER.match(after)):
        return False
    if not polled and "," in _NUMBERS_OUT.sub("", text[who.span.end : m.start]):
        # "Paisley had a majority of over 13,000 in the 2019 election, however, 450 votes was
        # all it took": a comma between the person and the count may open another clause.
        return False
    if _VOTES_SINCE_AFTER.match(after) or _TO_SPARE_AFTER.match(after):
        return False
    year = f.dated_year(m)
    seat = f.contest_for(who)
    if year is None or seat is None:
        return False
    fig = f.figure(m, Unit.VOTES, "“votes” after it, in a clause dated to " + year, who=who)
    grounds = fig.grounds
    if grounds is None or "subject" in grounds.loose or "seat" in grounds.loose:
        return False
    grounds = grounds.model_copy(
        update={
            "election": f.dated_how(m, year),
            "loose": tuple(t for t in grounds.loose if t != "election"),
        }
    )
    known = f.state.candidates.get(who.name)
    link = f.links.get(who.span.start)
    cands = f.state.earlier_candidates.setdefault((seat, year), {})
    cand = cands.get(who.name)
    if cand is None:
        cand = cands[who.name] = Candidate(who.name, who.span, contest=seat)
        if link is not None:
            cand.party, cand.party_span = link.party.name, link.span
        elif known is not None:
            cand.party = known.party
    if cand.votes is None:
        cand.votes = fig.model_copy(update={"grounds": grounds})
    return True


_YEARISH = re.compile(r"(?:19|20)\d\d")
_NUMBERS_OUT = re.compile(r"\d[\d,]*")
_TO_SPARE_AFTER = re.compile(r"\s*votes?\s+to\s+spare\b", re.IGNORECASE)
# Between a person and their count in a sentence that counts votes: "Ian Yuill of the Liberal
# Democrats with ", "Mark Peart, with ", "Fay Jones getting ", "Sue Wixley received ", " ".
# A bare space only for a count of 100 or more: "Jane Smith, 52," is an age.
_PARALLEL_LEAD = re.compile(
    r"(?:['’]s?)?(?:,?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]{1,50}?)?"
    r"(?:,?\s+(?P<verb>with|on|getting|got|received|receiving|polled|polling|had|secured"
    r"|securing|took|taking|collected|earned|garnered|picked\s+up)\s+|\s+)"
)
_WITH_LEAD = re.compile(r"(?:['’]s?)?,\s+with\s+")
# A score's first count, then "to" and a rival's possessive and count: "27,717 to the
# Conservative's 16,923", "12,446 to Scott Arthur of Labour's 18,663".
_SCORE_AFTER = re.compile(
    r"\s*(?:votes?\s+)?to\s+(?:the\s+)?(?:[A-Z][\w’-]*\s+){0,4}?(?:of\s+(?:the\s+)?)?"
    r"[A-Z][\w’-]*(?:\s+candidate)?['’]s?\s+\d"
)
# "Kerry McCarthy won with ", "Jane Smith held the seat with ": a verb of winning, then "with".
_WON_WITH_LEAD = re.compile(
    r",?\s+(?:(?:has|had)\s+)?(?:won|wins|held\s+(?:on|the\s+seat)|retained\s+the\s+seat"
    r"|triumphed|romped\s+home|(?:was\s+)?(?:re-)?elected)\s+with\s+(?:just\s+|only\s+)?"
)


def _counts_votes_after(f: Frame, k: int) -> bool:
    """Is a later number of the sentence followed by "votes"?"""
    text, end = f.state.text, f.sent.span.end
    return any(
        n.kind is NumberKind.COUNT and VOTES_AFTER.match(text[n.end : min(end, n.end + 20)])
        for n in f.numbers[k + 1 :]
    )


# Between a person and their count: "gets ", "clocked up ", ", who won ", " (Lib Dem), got ".
_POLLED_VERBS = frozenset(
    [
        "gets",
        "got",
        "received",
        "receives",
        "polled",
        "polls",
        "secured",
        "secures",
        "collected",
        "collects",
        "garnered",
        "amassed",
        "scored",
        "won",
        "wins",
        "took",
        "takes",
        "clocked",
        "picked",
        # (twenty-second session) "Susan van de Ven managed 12,102", "Ricky Knight of the Green
        # Party claimed 753", "Peter Whittle earned 6,481", "Frank Roy … racked up 15,377",
        # "Mr McNulty achieved 12,026": five outlets.
        "managed",
        "claimed",
        "earned",
        "achieved",
        "racked",
    ]
)
_POLLED_LEAD = re.compile(
    r"(?:\s*\((?=[^()\n]*[A-Za-z])[^()\n]{1,40}\)"
    # "Karl Pollard, Reform UK, got 5,374", "Aled Thomas, Welsh Conservative Party Candidate
    # secured 4,763": the person's party in apposition.
    r"|,\s+[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?(?:,|\s+[Cc]andidate)"
    # "Freddie Van Mierlo of the Liberal Democrats polled 2,341": the party after "of".
    r"|\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of)){0,5}?)?"
    r",?\s+(?:(?:who|and)\s+)?"
    r"(?:(?:also|only|then|has|had)\s+)?"
    r"(?:gets|got|received|receives|polled|polls|secured|secures|collected|collects|garnered"
    r"|amassed|scored|won|wins|took|takes|clocked\s+up|clocks\s+up"
    r"|picked\s+up|picks\s+up|managed|claimed|earned|achieved|racked\s+up)"
    r"\s+(?:(?:just|only|a\s+total\s+of|some)\s+)?",
    re.IGNORECASE,
)
# (A bracket holding no letter is an age: "Jane Smith (42), 1,000 …".)
_BRACKET_LEAD = re.compile(
    r"\s*\((?=[^()\n]*[A-Za-z])[^()\n]{1,40}\),?\s+"
    # "with Barrie Fairbairn (Labour) getting 14,996, Anita Day (Lib Dem) 3,120"
    r"(?:got\s+|getting\s+|polled\s+|polling\s+|received\s+|receiving\s+|on\s+|with\s+)?"
)
# A sentence opening on the figure's own clause: "Receiving 51% of votes, Ed Davey has …",
# "With 15,520 votes cast in her favour, Davies clinched the seat".
_OPENING = re.compile(
    r"\s*(?:With|Receiving|Winning|Taking|Securing|Polling|Gaining|Garnering)\s", re.IGNORECASE
)
_OPENING_CLAUSE = re.compile(r"[^,;:\n]*")
_OPENING_END = re.compile(r"[^,;:\n]*,\s+")


def _after_opening(f: Frame, m: NumberMention) -> PersonMention | None:
    """The person the clause after an opening one starts with, when ``m`` is in the opening
    clause ("Receiving 51% of votes, Ed Davey has remained the MP"): its subject."""
    text, sent = f.state.text, f.sent
    if not _OPENING_CLAUSE.fullmatch(text, sent.span.start, m.start):
        return None
    end = _OPENING_END.match(text, m.end, sent.span.end)
    if end is None or any(n.start < end.end() for n in f.numbers if n.start > m.start):
        return None
    i = f.count_before(f.people, end.end())
    if i < len(f.people) and f.people[i].span.start == end.end() and not f.people[:i]:
        return f.people[i]
    return None


# After a placed person's name: their party ("for the Conservatives", "(Con)"), then "on" or
# "with" and the count.
_PLACED_PERSON_GAP = re.compile(
    r"(?:['’]s?)?(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?|\s*\([^()\n]{1,40}\))?"
    r",?\s+(?:with|on|polling|receiving)\s+(?:just\s+|only\s+)?"
)


def _placed_before(f: Frame, who: PersonMention) -> bool:
    """Was ``who`` given a placing read in this sentence, written before their name ("Second
    was X", "In third place came X")?"""
    cand = f.state.candidates.get(who.name)
    rank = cand.rank if cand is not None else None
    return (
        rank is not None
        and rank.span is not None
        and f.sent.span.start <= rank.span.start
        and rank.span.end <= who.span.start
    )


_NUMBER_OF_VOTES_BEFORE = re.compile(
    r"\b(?:number|tally|total|count)\s+of\s+votes\s+(?:at|was|of|stood\s+at|:)\s*$"
    # (sixteenth session) "was delighted with a vote of 3,086", "McNulty's tally of 12,026":
    # the person's own vote, by its noun
    r"|\b(?:a|his|her|['’]s?)\s+(?:(?:personal|final|total)\s+)?(?:vote|tally)\s+of\s+$",
    re.I,
)
# "a 52% vote share", "a 71.8pc share"; "56.75% of the total ballot"
_SHARE_NOUN = re.compile(r"\s*(?:vote\s+)?share\b", re.I)
_SHARE_OF_TOTAL = re.compile(r"\s*of\s+the\s+total\s+(?:vote|votes|poll|ballot)\b", re.I)
# "with 16,333 votes, a share of 43.2 per cent"
# (eighteenth session) and "… and share of 50.9%", "a total share of 50.6 per cent", "an
# increased vote share of 50.7%": a word saying the level's size, never another time's
# ("previous") or a majority's
_SHARE_OF_BEFORE = re.compile(
    r"\b(?:a|an|and|her|his|their|its)\s+(?:(?:total|overall|increased|reduced|record|massive"
    r"|whopping|healthy|commanding|respectable)\s+)?(?:vote\s+)?share\s+of\s+$",
    re.I,
)
# (twentieth session) Between a person's name and a percentage standing alone: a bracket, or
# "with", "on", "at" or a verb of polling, after an optional party ("Jane Smith for Labour on
# 28.7%", "Jane Smith (Green) with 4%") and an optional "who"; "just"/"only" before the figure.
# Not "gained" or "lost" (as often a change), nor a noun ("Smith's victory (36 per cent)").
_BARE_SHARE_LEAD = re.compile(
    r"(?:\s+\((?-i:[A-Z])[\w'’ -]{1,30}\)|\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"(?:\s*(?P<open>\()|,?\s+(?:with|on|at)\s+"
    r"|,?\s+(?:who\s+)?(?:only\s+|just\s+)?(?:won|took|got|managed|polled|secured|received"
    r"|claimed|recorded|garnered)\s+)(?:just\s+|only\s+|a\s+mere\s+)?",
    re.IGNORECASE,
)
# After it, nothing that names another quantity: the clause or the list goes on ("and",
# "while", a verb saying what became of the person: "was second", "lost his deposit"), or ends.
_BARE_SHARE_END = re.compile(
    r"\s*(?:[,.;:!?]|$|(?:and|while|but|whereas|after|as|to|respectively|for|despite|behind"
    r"|ahead|was|were|is|came|coming|finished|finishing|lost|losing|failed|failing|kept|keeping"
    r"|pushed|pushing|saw)\b|in\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
_BARE_SHARE_CLOSE = re.compile(r"\s*\)")
# Words of a sentence whose bare percentages may be something else than a share.
_NOT_BARE_SHARE_WORDS = cue_words(
    "electorate electorates poll polls survey population seats swing turnout majority majorities"
)
# (fifteenth session) Or a participle of polling after the placing ("came second, polling
# 27,445"), and the last place or trailing said in words ("trailed behind with 6,999",
# "finished last with 619").
_AFTER_PLACING = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd|[4-8]th)"
    r"(?:\s+place)?|\b(?:came|finished|trailing|trailed)\s+(?:in\s+)?(?:last|bottom)"
    r"|\btrail(?:ed|ing)(?:\s+(?:behind|well\s+behind))?)"
    r"(?:,?\s+(?:with|on|polling|receiving|securing|taking|winning|getting)\s+"
    r"(?:just\s+|only\s+)?"
    # "with the UUP's Sam Nicholson in fourth place (4,425)": the count in brackets
    r"|\s+place\s*\()$",
    re.IGNORECASE,
)
# "compared to 19,766 for Mr Clegg", "1,113 voted for Green Party candidate Fergal McEntee":
# a count whose owner is named after it.
# (The words between are the person's title, "for Labour candidate": not a word that joins on
# another clause, as in "polled 6,900 for the Tories with Labour's John Erskine claiming 2,448"
# or "16,312 votes for the UUP and Mr McNulty achieved 12,026".)
_FOR_AFTER = re.compile(
    r"\s*(?:votes?\s+)?(?:for|voted\s+for|went\s+to)\s+(?:the\s+)?"
    r"(?:(?!(?:with|and|or|but|while|whereas|as|to|over|against|than|ahead)\b)[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# (Nineteenth session) A count, then the verb that won it and its owner: "the 1,727 votes
# picked up by Brexit Party candidate Cameron Edwards", "the 17,421 received by Conservative
# incumbent Kirstene Hair", "the 8,487 vote achieved by Mr Easton", "the 5,096 that were cast
# for Liberal Democrat candidate Sammy Barry-Mears" (four outlets). A noun between the count
# and the verb ("the 3,000 majority achieved by") makes it something else.
_BY_OWNER_AFTER = re.compile(
    r"\s*(?:votes?\s+)?(?:(?:that|which)\s+(?:were|was)\s+)?"
    r"(?P<verb>(?P<cast>cast\s+for)|(?:achieved|collected|received|polled|picked\s+up|won"
    r"|secured|gained|garnered|amassed)\s+by)\s+(?:the\s+)?"
    r"(?:(?!(?:with|and|or|but|while|whereas|as|to|over|against|than|ahead)\b)[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# "polled 8,557 votes to Labour candidate Naz Shah's 19,977 votes", "to Clegg's 19,756": a
# rival's count after their possessive name, in a sentence that counts votes.
# "to Scott Arthur of Labour's 18,663", "to Carla Denyer of the Green's 18,809": the party
# after "of" takes the possessive for the person.
_POSSESSIVE_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*){0,3})?['’]s?\s+"
)
# A score against a rival's count, "23,608 to Gildernew's 23,078", "won with 27,717 to the
# Conservative's 16,923": a count right before "to" and the rival's name says the two are
# votes, with the noun or without it.
_SCORE_BEFORE_RIVAL = re.compile(r"\d\s*(?:votes?\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# "won by Labour's Jane Smith with 20,030, compared with Reform's 10,857 and the Conservative
# Party's 6,128": rivals' counts set against the winner's are their votes, whatever noun (or
# none) the winner's count had.
_COMPARED_RIVALS = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus)\s+"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+[\d,]+\s*(?:votes?\s*)?,?\s+and\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A sentence that counts votes says one of these words (case-folded, whole): tested on the
# sentence's word set, which the readings share, not by a pattern tried at every place.
_VOTES_WORDS = cue_words("vote votes polled polling")
# A count for a rival named after it may say so by "voted for" alone: "1,113 voted for Green
# Party candidate Fergal McEntee" counts votes without the noun.
_RIVAL_COUNT_WORDS = _VOTES_WORDS | cue_words("voted")


# "was beaten by Douglas Ross by 18,478 votes to 22,637", "Jane Smith beat John Brown 21,791
# votes to 16,492": a score, whose larger count is the winner's, whichever copy writes first.
_SCORE = re.compile(r"\s+votes?\s+to\s+")
_LOST_TO = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:beaten|defeated|ousted|unseated)\s+by\s+"
    r"(?:[\w'’.-]+\s+){0,4}$|\blost\s+(?:\w+\s+){0,3}to\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_BEAT = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|ousted|ousting|unseated|unseating"
    r"|saw\s+off|seeing\s+off)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _read_score(f: Frame) -> None:
    """A score of two named candidates: the larger count is the winner's, the smaller the
    loser's; who won is what the verb between their names says."""
    text = f.state.text
    numbers = f.numbers
    for k in range(len(numbers) - 1):
        a, b = numbers[k], numbers[k + 1]
        if k in f.used or k + 1 in f.used or not _SCORE.fullmatch(text, a.end, b.start):
            continue
        if (
            any(
                n.kind is not NumberKind.COUNT
                or n.hedge != "exact"
                or not DIGITS.fullmatch(n.number_text)
                for n in (a, b)
            )
            or a.value == b.value
            or f.earlier(a) is not None
        ):
            continue
        before = [p for p in f.people if p.span.end <= a.start]
        if not before:
            continue
        if len(before) < 2 or before[-2].name == before[-1].name:
            _read_half_score(f, k, before[-1])
            continue
        first, second = before[-2:]
        gap = text[first.span.end : second.span.start]
        if len(before) > 2 and ("\n" in gap or CLAUSE_BREAK.search(gap)):
            # People named earlier, in another clause or on another line, are not the two
            # of the score: only a verb of beating right between the last two ties it.
            continue
        if _LOST_TO.search(gap):
            winner, loser = second, first
        elif _BEAT.search(gap):
            winner, loser = first, second
        else:
            f.used.update((k, k + 1))  # "A and B finished 18,478 votes to 22,637": whose is whose?
            continue
        high, low = (a, b) if a.value > b.value else (b, a)
        f.used.update((k, k + 1))
        for who, n in ((winner, high), (loser, low)):
            cand = f.register(who)
            if cand.votes is None:
                role = "winner" if who is winner else "loser"
                tie = (f"{who.name}, the {role} of a score of two named candidates", True)
                what = "“N votes to N” after a verb of beating: the larger count is the winner's"
                cand.votes = f.figure(n, Unit.VOTES, what, who=who, subject_tie=tie)


# Before the one person a score names, words making them its loser ("beating Liberal
# Democrat Jane Smith by 20,000 votes to 15,000", "over SNP challenger John Brown – 11,705
# votes to 11,501") or its winner ("was beaten by former MSP Jane Smith by 18,478 votes to
# 22,637"). The other count is the score's other side, whoever the sentence's subject is.
_HALF_LOSER = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|ousted|ousting|unseated|unseating|over"
    r"|ahead\s+of|saw\s+off|seeing\s+off)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_HALF_WINNER = re.compile(
    r"\b(?:beaten|defeated|ousted|unseated|pipped|edged\s+out)\s+by\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _read_half_score(f: Frame, k: int, who: PersonMention) -> None:
    """A score "N votes to M" after one person only: their count is the one their side
    of the beating says (the smaller for the one beaten, the larger for the one who beat);
    the other count is nobody's here (read as the nearest person's, the first count of
    "beating Jane Smith by 20,000 votes to 15,000" would be the one beaten's). Without such
    words the person is the score's subject ("Jane Smith won with 20,000 votes to 15,000"),
    and the counts are left to the other readings."""
    text = f.state.text
    a, b = f.numbers[k], f.numbers[k + 1]
    lead = max(f.sent.span.start, who.span.start - 50)
    if _HALF_WINNER.search(text, lead, who.span.start):
        role, n = "winner", (a if a.value > b.value else b)
    elif _HALF_LOSER.search(text, lead, who.span.start):
        role, n = "loser", (b if a.value > b.value else a)
    else:
        return
    f.used.update((k, k + 1))
    cand = f.register(who)
    if cand.votes is None:
        tie = (f"{who.name}, the {role} of a score naming only them", True)
        what = "“N votes to N” after a verb of beating: the larger count is the winner's"
        cand.votes = f.figure(n, Unit.VOTES, what, who=who, subject_tie=tie)


# "ahead of Dr McDonnell with 13,299 votes to his 11,303", "after his victory over Michelle
# Gildernew with his 23,608 votes to her 23,078": the second count of a score, whose owner is
# the pronoun's, the rival named just before the score (a comma may stand for the "with":
# "finished ahead of John Brown, 13,299 votes to his 11,303"), or nothing but a space
# ("finished ahead of John Brown 13,299 votes to his 11,303": the first count is still not his).
_TO_PRONOUN = re.compile(r"\d[\d,]*\s*(?:votes?\s+)?to\s+(?:his|her|their)\s+$", re.IGNORECASE)
_SCORE_AFTER_RIVAL = re.compile(
    r"(?:\s+(?:(?:with|on|polling|taking|winning)\s+)?|\s*,\s+)(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)


def _rival_named_before(f: Frame, at: int) -> PersonMention | None:
    """The person named right before a score starting at ``at``, after words naming a rival
    ("ahead of", "over", "beating"), or None."""
    text = f.state.text
    i = f.count_before(f.people, at)
    if not i:
        return None
    rival = f.people[i - 1]
    if not _SCORE_AFTER_RIVAL.fullmatch(text, rival.span.end, at):
        return None
    lead = max(f.sent.span.start, rival.span.start - 40)
    return rival if RIVAL_LEAD.search(text, lead, rival.span.start) else None


# "Labour's Heather Herbert and James Oates of the Lib Dems collected 3,052 and 5,913 votes
# respectively": the counts, joined by commas and "and", then "(votes) respectively".
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RESPECTIVELY_AFTER = re.compile(r"\s+(?:votes?\s+)?respectively\b", re.IGNORECASE)
# Between the people: a comma or "and", with their parties' words ("of the Lib Dems").
_PEOPLE_JOINED = re.compile(
    r"(?:['’]s?)?(?:\s*\([^()\n]{1,40}\)|,?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]{1,30}?)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’.-]*(?:['’]s?)?\s+){0,3}"
)


def _read_respectively(f: Frame) -> None:
    """Counts given "respectively" to as many people named before them, in order, in a
    sentence that counts votes."""
    text, numbers = f.state.text, f.numbers
    k = 0
    while k < len(numbers):
        run = [k]
        while run[-1] + 1 < len(numbers) and _JOINED.fullmatch(
            text, numbers[run[-1]].end, numbers[run[-1] + 1].start
        ):
            run.append(run[-1] + 1)
        last = numbers[run[-1]]
        k = run[-1] + 1
        if len(run) < 2 or not _RESPECTIVELY_AFTER.match(text, last.end):
            continue
        counts = [numbers[i] for i in run]
        if any(
            i in f.used
            or n.kind is not NumberKind.COUNT
            or n.hedge != "exact"
            or not DIGITS.fullmatch(n.number_text)
            or f.earlier(n) is not None
            for i, n in zip(run, counts, strict=True)
        ):
            continue
        before = f.people[: f.count_before(f.people, counts[0].start)]
        if len(before) < len(run):
            continue
        people = before[-len(run) :]
        if len({p.name for p in people}) != len(people) or not all(
            _PEOPLE_JOINED.fullmatch(text, a.span.end, b.span.start)
            for a, b in itertools.pairwise(people)
        ):
            continue
        f.used.update(run)
        for nth, (who, n) in enumerate(zip(people, counts, strict=True), start=1):
            cand = f.register(who)
            if cand.votes is None:
                tie = (
                    f"{who.name}, named {nth} of {len(people)} before counts “respectively”",
                    True,
                )
                what = "“respectively” after the counts, one per person named in order"
                cand.votes = f.figure(n, Unit.VOTES, what, who=who, subject_tie=tie)


def _read_rival_counts(f: Frame) -> None:
    """Counts tied to a rival by "for NAME" after them or "to NAME's" before them."""
    text, sent = f.state.text, f.sent
    counts_votes = f.says(_RIVAL_COUNT_WORDS)
    if not counts_votes and " to " not in sent.text and "cast for" not in f.low:
        return
    for k, m in enumerate(f.numbers):
        if k in f.used or m.kind is not NumberKind.COUNT or m.hedge != "exact":
            continue
        if not DIGITS.fullmatch(m.number_text) or f.earlier(m) is not None:
            continue
        owner: PersonMention | None = None
        how = ""
        i = f.count_before(f.people, m.end)
        after = f.people[i] if i < len(f.people) and f.people[i].span.start >= m.end else None
        if (
            counts_votes
            and after is not None
            and _FOR_AFTER.fullmatch(text, m.end, after.span.start)
        ):
            owner, how = after, f"“for {after.name}” after it"
        elif (
            after is not None
            and (by := _BY_OWNER_AFTER.fullmatch(text, m.end, after.span.start)) is not None
            and (counts_votes or by.group("cast") is not None)
        ):
            owner, how = after, f"“{by.group('verb')} {after.name}” after it"
        elif (
            counts_votes
            and (score := _TO_PRONOUN.search(text, max(sent.span.start, m.start - 30), m.start))
            and (rival := _rival_named_before(f, score.start()))
        ):
            owner, how = rival, f"“to his/her” after a score's first count, after {rival.name}"
        else:
            before = f.subject(m.start)
            if (
                before is not None
                and _POSSESSIVE_GAP.fullmatch(text, before.span.end, m.start)
                and (
                    RIVAL_LEAD.search(
                        text, max(sent.span.start, before.span.start - 50), before.span.start
                    )
                    if counts_votes
                    else _SCORE_BEFORE_RIVAL.search(
                        text, max(sent.span.start, before.span.start - 20), before.span.start
                    )
                )
            ):
                owner, how = before, f"a rival's count after “{before.name}'s”"
        if owner is None:
            continue
        cand = f.register(owner)
        f.used.add(k)
        if cand.votes is None:
            tie = (f"{owner.name}, named with it", True)
            cand.votes = f.figure(m, Unit.VOTES, how, who=owner, subject_tie=tie)
