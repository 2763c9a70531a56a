"""Winners in words (rank 1) and declared outcomes ("Labour hold") read from prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_files import article_of

from factcheck.extract.reader import read_prose
from factcheck.models import Article, Document, OutcomeClaim, Unit

SEEDS = Path(__file__).resolve().parent.parent.parent / "examples" / "articles"


def _winners(article: Article) -> list[tuple[str | None, str, str]]:
    """(contest, candidate, the words the rank figure points at) for every rank of 1."""
    text = article.document.text
    out = []
    for contest in article.contests:
        for cand in contest.candidates:
            rank = cand.rank
            if rank is not None and rank.value == 1:
                assert rank.unit is Unit.RANK
                assert rank.span is not None
                out.append((contest.name, cand.name, text[rank.span.start : rank.span.end]))
    return out


def _outcomes(article: Article) -> list[tuple[str | None, str | None, str, str | None, str]]:
    text = article.document.text
    return [
        (c.contest, c.party, c.verb, c.from_party, text[c.span.start : c.span.end])
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.span is not None
    ]


@pytest.mark.parametrize(
    ("text", "contest", "words"),
    [
        (
            "Labour's Rushanara Ali is re-elected in Bethnal Green & Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali is re-elected",
        ),
        (
            "Rushanara Ali was returned to parliament in Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali was returned to parliament",
        ),
        (
            "In Bethnal Green and Bow, Rushanara Ali held the seat.",
            None,
            "Rushanara Ali held the seat",
        ),
        (
            "In Bethnal Green and Bow, Rushanara Ali won the seat.",
            None,
            "Rushanara Ali won the seat",
        ),
        (
            "Rushanara Ali held Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali held Bethnal Green and Bow",
        ),
        (
            "Rushanara Ali won Bethnal Green and Bow comfortably.",
            "Bethnal Green and Bow",
            "Rushanara Ali won Bethnal Green and Bow",
        ),
        (
            "Rushanara Ali topped the poll in Bethnal Green and Bow.",
            None,
            "Rushanara Ali topped the poll",
        ),
        (
            "Rushanara Ali was elected MP for Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali was elected MP for",
        ),
        (
            "Jim Fitzpatrick is voted in once again to Poplar & Limehouse.",
            "Poplar and Limehouse",
            "Jim Fitzpatrick is voted in once again",
        ),
        (
            "Rushanara Ali, 42, was re-elected in Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali, 42, was re-elected",
        ),
        (
            "Rushanara Ali spoke in Bethnal Green and Bow. She was re-elected.",
            "Bethnal Green and Bow",
            "re-elected",
        ),
        (
            "Rushanara Ali is the new MP for Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali is the new MP for",
        ),
        (
            "Rushanara Ali was declared the winner in Bethnal Green and Bow.",
            "Bethnal Green and Bow",
            "Rushanara Ali was declared the winner",
        ),
        (
            "Rushanara Ali won the Bethnal Green and Bow seat comfortably.",
            "Bethnal Green and Bow",
            "Rushanara Ali won the Bethnal Green and Bow seat",
        ),
    ],
)
def test_a_winner_in_words_is_rank_one(text: str, contest: str | None, words: str) -> None:
    # The rank's words run from the winner's name when it stands right before the verb (an
    # aside between allowed); from the verb when the winner is named elsewhere ("She").
    article = article_of(text)
    [(where, name, said)] = _winners(article)
    assert said == words
    assert name in ("Rushanara Ali", "Jim Fitzpatrick")
    assert where == (contest or "Bethnal Green and Bow")


def test_two_winners_in_one_sentence_each_get_their_seat() -> None:
    article = article_of(
        "Labour's Rushanara Ali is re-elected in Bethnal Green & Bow, while Jim Fitzpatrick "
        "is voted in once again to Poplar & Limehouse."
    )
    assert sorted(_winners(article)) == [
        ("Bethnal Green and Bow", "Rushanara Ali", "Rushanara Ali is re-elected"),
        ("Poplar and Limehouse", "Jim Fitzpatrick", "Jim Fitzpatrick is voted in once again"),
    ]
    ali = next(c for k in article.contests for c in k.candidates if c.name == "Rushanara Ali")
    assert ali.party == "Labour"


@pytest.mark.parametrize(
    "text",
    [
        "Rushanara Ali won 39,558 votes in Bethnal Green and Bow.",
        "Rushanara Ali won the nomination in Bethnal Green and Bow.",
        "Rushanara Ali failed to win the seat in Bethnal Green and Bow.",
        "Rushanara Ali did not hold the seat in Bethnal Green and Bow.",
        "Rushanara Ali is expected to be re-elected in Bethnal Green and Bow.",
        "“Rushanara Ali was re-elected,” he said in Bethnal Green and Bow.",
        "Rushanara Ali has held the seat since 2010 in Bethnal Green and Bow.",
        "Rushanara Ali won the seat in 2015 in Bethnal Green and Bow.",
        "Rushanara Ali hopes to be the new MP for Bethnal Green and Bow.",
        "Rushanara Ali won the Bethnal Green and Bow seat in 2010.",
        "The newly re-elected Bethnal Green and Bow MP spoke.",
        # The nearest name before the verb is the loser's: not the winner.
        "Ali, who beat Chirico, was re-elected in Bethnal Green and Bow.",
    ],
)
def test_no_winner_is_read_from(text: str) -> None:
    assert _winners(article_of(text)) == []


def test_the_one_beaten_before_to_remain_is_not_the_winner() -> None:
    # "to remain in the seat" follows the loser's name: the winner is the one who beat them
    # (read from "defeated", claims/beat_winners.py), never the loser.
    text = (
        "Rushanara Ali defeated Charlotte Chirico to remain in the seat in Bethnal Green and Bow."
    )
    assert [(where, name) for where, name, _ in _winners(article_of(text))] == [
        ("Bethnal Green and Bow", "Rushanara Ali")
    ]


# A list of several seats' results, one person a line: each the seat's winner.
WINNERS_LIST = (
    "Here are the results:\n\n"
    "1. Wigan – Alice Walker – Lab – 21,000 votes – 46.0%\n\n"
    "2. Bolsover – Tom Hughes – Con – 20,500 votes – 47.0%\n\n"
    "3. Leigh – Priya Shah -Con – 19,900 votes – 45.0%\n"
)


def test_a_list_of_seats_results_gives_each_seat_its_winner() -> None:
    assert sorted(_winners(article_of(WINNERS_LIST))) == [
        ("Bolsover", "Tom Hughes", "Tom Hughes – Con"),
        ("Leigh", "Priya Shah", "Priya Shah -Con"),
        ("Wigan", "Alice Walker", "Alice Walker – Lab"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # One party's candidates, seat by seat: not the winners.
        WINNERS_LIST.replace("– Lab –", "– Con –"),
        # One seat's candidates.
        WINNERS_LIST.replace("Bolsover", "Wigan").replace("Leigh", "Wigan"),
        # Two lines are no list.
        WINNERS_LIST.split("3.", maxsplit=1)[0],
    ],
)
def test_no_winners_are_read_from_a_list_that_is_not_of_winners(text: str) -> None:
    assert _winners(article_of(text)) == []


def test_a_seat_record_names_its_mp_as_winner() -> None:
    text = (
        "1 Wigan\nParty: Labour\nMP: Alice Walker\nMajority: 6,700\n"
        "Ms Walker held her seat with a reduced majority of 6,700.\n"
    )
    assert _winners(article_of(text)) == [("Wigan", "Alice Walker", "Labour\nMP: Alice Walker")]


def test_the_seeds_winners() -> None:
    def read(name: str) -> Article:
        path = next(SEEDS.glob(f"{name}_*.txt"))
        return read_prose(Document(path=str(path), text=path.read_text(encoding="utf-8")))

    assert sorted(_winners(read("000"))) == [
        ("Bethnal Green and Bow", "Rushanara Ali", "Rushanara Ali is re-elected"),
        ("Poplar and Limehouse", "Jim Fitzpatrick", "Jim Fitzpatrick is voted in once again"),
    ]
    assert _winners(read("001")) == [
        ("Bethnal Green and Bow", "Rushanara Ali", "to remain in the seat")
    ]
    assert _winners(read("002")) == [
        ("Bethnal Green and Bow", "Rushanara Ali", "Rushanara Ali was returned to parliament")
    ]
    # "Labour's Rushanara Ali is re-elected": a hold by the party she is named with, read as
    # loosely stated (an MP re-elected may have changed party).
    # (eighteenth session) "Jim Fitzpatrick increased his majority …, coming away with 39,558
    # votes in Poplar and Limehouse": a majority grown is a seat held again, his (the party
    # only by implication).
    assert _outcomes(read("000")) == [
        ("Poplar and Limehouse", None, "hold", None, "increased his majority"),
        ("Bethnal Green and Bow", "Labour", "hold", None, "re-elected"),
    ]
    assert not any(_outcomes(read(n)) for n in ("001", "002"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bethnal Green and Bow: Labour hold.",
            ("Bethnal Green and Bow", "Labour", "hold", None, "Labour hold"),
        ),
        (
            "It was a Labour hold in Bethnal Green and Bow.",
            (
                "Bethnal Green and Bow",
                "Labour",
                "hold",
                None,
                "Labour hold in Bethnal Green and Bow",
            ),
        ),
        (
            "Mansfield: Conservative gain from Labour.",
            ("Mansfield", "Conservative", "gain", "Labour", "Conservative gain from Labour"),
        ),
        (
            "In Gordon, the SNP gained the seat from Labour.",
            (
                "Gordon",
                "Scottish National Party",
                "gain",
                "Labour",
                "SNP gained the seat from Labour",
            ),
        ),
        (
            "Mansfield was a Conservative gain.",
            ("Mansfield", "Conservative", "gain", None, "Conservative gain"),
        ),
        (
            "Labour held the seat in Bethnal Green and Bow.",
            ("Bethnal Green and Bow", "Labour", "hold", None, "Labour held the seat"),
        ),
        (
            "Labour gain Canterbury from the Conservatives.",
            (
                "Canterbury",
                "Labour",
                "gain",
                "Conservative",
                "Labour gain Canterbury from the Conservatives",
            ),
        ),
    ],
)
def test_a_declared_outcome_is_read(
    text: str, expected: tuple[str | None, str, str, str | None, str]
) -> None:
    assert _outcomes(article_of(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Labour hold a commanding lead in Bethnal Green and Bow.",
        "Labour gains in Glasgow were modest.",
        "Labour won 29 seats.",
        "Labour took control of the council in Bethnal Green and Bow.",
        "Labour held the seat from 1997 until 2010 in Canterbury.",
        "Labour failed to hold the seat in Canterbury.",
        "“It will be a Labour hold,” he said in Canterbury.",
        "The Tories gain from a split vote in Mansfield.",
        # Two seats named and neither in the phrase: which one is unsure.
        "Bethnal Green and Bow saw a Labour hold, and Poplar and Limehouse too.",
    ],
)
def test_no_outcome_is_read_from(text: str) -> None:
    assert _outcomes(article_of(text)) == []


def test_a_repeated_caption_gives_one_claim() -> None:
    text = "Canterbury: Labour gain from Conservative. Canterbury: Labour gain from Conservative."
    assert len(_outcomes(article_of(text))) == 1


@pytest.mark.parametrize(
    "phrase",
    [
        "is re-elected in", "Re-elected", "was returned to Parliament", "Returned to Westminster",
        "was elected MP for", "is voted in once again to", "held the seat", "won the seat",
        "wins the seat", "retains her seat", "keeps his seat", "kept the seat", "topped the poll",
        "to remain in the seat", "to stay in the seat", "Labour hold", "Conservative gain from",
        "gained the seat", "took the seat", "seized the seat", "snatched the seat",
        "captured the seat", "held on to the seat", "was elected with 21,000 votes",
        "returns to Parliament", "is our new MP in", "is our winner here", "a welcome win for",
        "’s win in", "a victory for", "Jane Smith – Watford, Conservative hold",
        "clinched the seat", "secured a narrow win in", "sealed victory in",
    ],
)  # fmt: skip
def test_the_cheap_outcome_gate_lets_every_outcome_wording_through(phrase: str) -> None:
    # The reader skips the outcome patterns in sentences without these words; a wording the
    # patterns accept but the gate refuses would be silently lost.
    from factcheck.extract.claims.outcomes import has_outcome_word as _has_outcome_word

    assert _has_outcome_word(phrase)


# -- the wordings real results copy uses (issue 8); every sentence here is our own ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Live-blog lines listing several seats: one outcome per seat.
        (
            "Labour holds Wigan, Makerfield and Leigh.",
            [
                ("Wigan", "Labour", "hold"),
                ("Makerfield", "Labour", "hold"),
                ("Leigh", "Labour", "hold"),
            ],
        ),
        (
            "The Tories hold Rugby and Solihull.",
            [("Rugby", "Conservative", "hold"), ("Solihull", "Conservative", "hold")],
        ),
        (
            "Bolsover and Ashfield are Conservative gains.",
            [("Bolsover", "Conservative", "gain"), ("Ashfield", "Conservative", "gain")],
        ),
        (
            "Wigan is a Labour hold, as is Makerfield.",
            [("Wigan", "Labour", "hold"), ("Makerfield", "Labour", "hold")],
        ),
        ("Labour has held Wigan.", [("Wigan", "Labour", "hold")]),
        ("Labour now holds just Wigan.", [("Wigan", "Labour", "hold")]),
        ("The Conservatives keep Rugby.", [("Rugby", "Conservative", "hold")]),
        # A person's hold: the party from "for …" or from the words naming them.
        ("Alice Walker has held Wigan for Labour.", [("Wigan", "Labour", "hold")]),
        ("Labour's Alice Walker held on to her seat in Wigan.", [("Wigan", "Labour", "hold")]),
        ("Labour's Alice Walker retains her Wigan seat.", [("Wigan", "Labour", "hold")]),
        ("Labour's Alice Walker was re-elected in Wigan.", [("Wigan", "Labour", "hold")]),
        # No party for her: a hold of her seat all the same, judged by who won it before.
        ("Alice Walker held her seat in Wigan.", [("Wigan", None, "hold")]),
        ("Alice Walker was re-elected in Wigan.", [("Wigan", None, "hold")]),
        # A person's gain: "from" a party, or a verb that says it alone.
        (
            "Tom Hughes gained Bolsover for the Conservatives.",
            [("Bolsover", "Conservative", "gain")],
        ),
        ("Tom Hughes won Bolsover from Labour.", [("Bolsover", None, "gain")]),
        (
            "Tom Hughes won back Bolsover for the Liberal Democrats.",
            [("Bolsover", "Liberal Democrat", "gain")],
        ),
        # A loss is a gain by whoever it was lost to.
        (
            "Labour's Tom Hughes lost his seat in Bolsover to the Conservatives.",
            [("Bolsover", "Conservative", "gain")],
        ),
        ("Labour lost Bolsover to the Conservatives.", [("Bolsover", "Conservative", "gain")]),
        # A seat as the subject.
        (
            "Bolsover, Ashfield and Leigh all fell to the Conservatives.",
            [
                ("Bolsover", "Conservative", "gain"),
                ("Ashfield", "Conservative", "gain"),
                ("Leigh", "Conservative", "gain"),
            ],
        ),
        ("Bolsover turned blue for the first time.", [("Bolsover", "Conservative", "gain")]),
        (
            "The Conservatives turned Bolsover and Ashfield from red to blue.",
            [("Bolsover", "Conservative", "gain"), ("Ashfield", "Conservative", "gain")],
        ),
        (
            "Wigan and Makerfield remained red, as did Halton.",
            [
                ("Wigan", "Labour", "hold"),
                ("Makerfield", "Labour", "hold"),
                ("Halton", "Labour", "hold"),
            ],
        ),
        ("Wigan stayed with Labour.", [("Wigan", "Labour", "hold")]),
        ("Next came Wigan, which was retained by Labour.", [("Wigan", "Labour", "hold")]),
        # Results lines: the noun in brackets or capitals, the auxiliary dropped.
        ("Wigan Winner – Alice Walker, Labour (Hold)", [("Wigan", "Labour", "hold")]),
        ("Bolsover - Tory GAIN FROM Labour", [("Bolsover", "Conservative", "gain")]),
        ("02:10 Wigan held by Labour with 51%.", [("Wigan", "Labour", "hold")]),
        # A headline's election label is not another election.
        ("General Election 2019 - Bolsover turns blue", [("Bolsover", "Conservative", "gain")]),
        # An earlier colour no party is read by: a gain from a party unnamed.
        (
            "Rugby, Solihull and Aldershot also turned from yellow to blue.",
            [
                ("Rugby", "Conservative", "gain"),
                ("Solihull", "Conservative", "gain"),
                ("Aldershot", "Conservative", "gain"),
            ],
        ),
        # An adverb or "managed to" between the person and the verb.
        ("Alice Walker narrowly held Wigan for Labour.", [("Wigan", "Labour", "hold")]),
        (
            "Labour's Alice Walker managed to hold on to her seat in Wigan by 40 votes.",
            [("Wigan", "Labour", "hold")],
        ),
        # Gains named by the party that lost them; the winner is not named.
        (
            "Further gains from the Conservatives include Bolsover, Ashfield and Leigh.",
            [("Bolsover", None, "gain"), ("Ashfield", None, "gain"), ("Leigh", None, "gain")],
        ),
        (
            "Labour celebrated wins in the formerly Tory-held seats of Bolsover and Ashfield.",
            [("Bolsover", None, "gain"), ("Ashfield", None, "gain")],
        ),
        # Holds listed after "including", each seat with an aside.
        (
            "Labour also succeeded in holding the seats of several mill towns, including "
            "Wigan (home of the pier), Makerfield (a former pit town) and Leigh.",
            [
                ("Wigan", "Labour", "hold"),
                ("Makerfield", "Labour", "hold"),
                ("Leigh", "Labour", "hold"),
            ],
        ),
        ("Wigan saw the re-election of Labour's Alice Walker.", [("Wigan", "Labour", "hold")]),
        # The seat named inside or after "the … seat"; the loser a few words after "from".
        (
            "The SNP took back its prized seat of Gordon from the Conservatives.",
            [("Gordon", "Scottish National Party", "gain")],
        ),
        (
            "Plaid Cymru has taken the Ceredigion seat from the region's only Liberal Democrat.",
            [("Ceredigion", "Plaid Cymru", "gain")],
        ),
        ("Wigan: Labour hold Lancashire's most marginal seat.", [("Wigan", "Labour", "hold")]),
        (
            "Alice Walker claimed a Labour hold for the party in her Wigan seat.",
            [("Wigan", "Labour", "hold")],
        ),
        # A person's own seat, named without "seat" or described by its party.
        (
            "Labour's Alice Walker lost her Wigan by 150 votes to the Conservatives.",
            [("Wigan", "Conservative", "gain")],
        ),
        (
            "Tom Hughes held his marginal Conservative seat in Bolsover by 90 votes.",
            [("Bolsover", "Conservative", "hold")],
        ),
        # "turned … blue; winning" a list.
        (
            "The Conservatives turned a string of Labour towns blue; winning Bolsover, "
            "Ashfield and Leigh.",
            [
                ("Bolsover", "Conservative", "gain"),
                ("Ashfield", "Conservative", "gain"),
                ("Leigh", "Conservative", "gain"),
            ],
        ),
        # Taken from a person: a gain, from their party when known.
        (
            "Tom Hughes has taken Alice Walker's seat in Bolsover with 20,100 votes.",
            [("Bolsover", None, "gain")],
        ),
        (
            "Tom Hughes was elected in Bolsover, at the expense of Labour's Alice Walker.",
            [("Bolsover", None, "gain")],
        ),
        ("Labour's Alice Walker won again in Wigan.", [("Wigan", "Labour", "hold")]),
        # "It" is the party of the outcome the sentence before ends with.
        (
            "Labour has held Wigan. It has also held Makerfield and Leigh.",
            [
                ("Wigan", "Labour", "hold"),
                ("Makerfield", "Labour", "hold"),
                ("Leigh", "Labour", "hold"),
            ],
        ),
        # A list item named like a seat the reader does not know is passed over.
        (
            "Wigan, Snodbury West and Makerfield remained red, as did Leigh.",
            [
                ("Wigan", "Labour", "hold"),
                ("Makerfield", "Labour", "hold"),
                ("Leigh", "Labour", "hold"),
            ],
        ),
        (
            "Snodbury West, Wigan and Makerfield are Labour holds.",
            [("Wigan", "Labour", "hold"), ("Makerfield", "Labour", "hold")],
        ),
        # The sitting MP ousted or unseated: the seat changed hands.
        (
            "Tom Hughes won easily in Bolsover, ousting Labour's Alice Walker by 5,000 votes.",
            [("Bolsover", None, "gain")],
        ),
        (
            "Labour's Alice Walker was ousted in Bolsover by Conservative Tom Hughes.",
            [("Bolsover", "Conservative", "gain")],
        ),
        (
            "The Tories have unseated Alice Walker in Bolsover.",
            [("Bolsover", "Conservative", "gain")],
        ),
        # A party's loss: a gain from it, by a party named after "to" or by one unsaid.
        ("Labour lost Bolsover.", [("Bolsover", None, "gain")]),
        (
            "Labour have lost their Bolsover seat to the Tories.",
            [("Bolsover", "Conservative", "gain")],
        ),
    ],
)
def test_a_real_copy_outcome_is_read(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(c, p, v) for c, p, v, _, _ in _outcomes(article_of(text))] == expected


def test_a_gain_said_with_from_names_the_party_it_was_taken_from() -> None:
    [(_, _, _, from_party, words)] = _outcomes(article_of("Tom Hughes won Bolsover from Labour."))
    assert from_party == "Labour"
    assert words == "won Bolsover from Labour"


def test_a_loss_names_the_loser_party_and_stops_before_the_winner_name() -> None:
    text = "Labour's Tom Hughes lost his seat in Bolsover to the Conservative candidate Ann Fry."
    [(seat, party, verb, from_party, words)] = _outcomes(article_of(text))
    assert (seat, party, verb, from_party) == ("Bolsover", "Conservative", "gain", "Labour")
    assert "Ann Fry" not in words  # her name is a reading of its own


@pytest.mark.parametrize(
    "text",
    [
        "Labour hopes to hold Wigan.",
        "Alice Walker failed to hold her seat in Wigan.",
        "Labour held Wigan in 2015.",
        "Labour holds talks in Wigan.",
        "The Conservatives turned their attention to Bolsover.",
        "Tom Hughes won Bolsover.",  # a winner, not said to be a gain
        # The sitting MP changed party: his losing says nothing of the seat's party.
        "Tom Hughes lost his seat in Bolsover, having left Labour in 2019.",
        # A list holding words that are not a seat's name: its seats are not all known.
        "Wigan, Lower Snodbury and Makerfield are Labour holds.",
        "Labour is expected to hold Wigan and Makerfield.",
        "Target gains from the Conservatives include Bolsover and Ashfield.",
        "Labour spent heavily in the previously Tory-held seats of Bolsover and Ashfield.",
        "Voters in Wigan called for the re-election of Alice Walker after 2,000 signed.",
        "The Tories are confident of holding the seats they won, including Bolsover.",
        "Tom Hughes retained his Snodbury seat with 20,000 votes.",  # a seat not known
        "Labour lost votes in Bolsover.",
        "Alice Walker was ousted as party chair by Tom Hughes in Bolsover.",
        "Labour hopes to unseat Alice Walker in Bolsover.",
        # A campaign preview: trying to keep the seat is no result.
        "Lisa Price, a local councillor, will be trying to help Labour retain the seat in Wigan.",
        "Tom Hughes is seeking to take Bolsover back for Labour.",
        "Labour lost Bolsover in 2015.",
        "It has also held Makerfield.",  # nothing before it to say what "It" is
        "Tom Hughes was elected in Bolsover, at the expense of the party's budget.",
    ],
)
def test_no_real_copy_outcome_is_read_from(text: str) -> None:
    assert _outcomes(article_of(text)) == []


def test_a_live_blog_heading_is_not_bound_to_the_previous_entry_seat() -> None:
    # A heading naming no seat, on its own line after an entry about another seat, is left
    # without a seat: binding it to Wigan (the seat last named) would be a guess.
    text = (
        "Wigan: Labour hold. Lisa Price won 21,000 votes.\n"
        "Bolsover: Conservative gain.\n"
        "Labour hold\n"
        "Counting goes on across the county.\n"
    )
    outcomes = _outcomes(article_of(text))
    assert ("Wigan", "Labour", "hold", None, "Labour hold") in outcomes
    assert ("Bolsover", "Conservative", "gain", None, "Conservative gain") in outcomes
    assert (None, "Labour", "hold", None, "Labour hold") in outcomes
    assert len(outcomes) == 3


def test_an_outcome_records_how_it_was_read() -> None:
    article = article_of("Labour's Alice Walker was re-elected in Wigan. Wigan: Labour hold.")
    grounds = {
        article.document.text[c.span.start : c.span.end]: c.grounds
        for c in article.claims
        if isinstance(c, OutcomeClaim) and c.span is not None
    }
    implied, stated = grounds["re-elected"], grounds["Labour hold"]
    assert implied is not None
    assert stated is not None
    # "re-elected" implies a hold (unless the MP changed party): read loosely as to what.
    assert implied.loose == ("what",)
    assert stated.loose == ()
    assert "Wigan" in stated.seat


@pytest.mark.parametrize(
    "phrase",
    [
        "Watford – Jane Smith returns to Parliament with a 13k majority.",
        "Watford – Jane Smith is our new MP in this safe seat.",
        "Watford – Jane Smith is our winner here.",
        "Watford – a very welcome win for Jane Smith.",
        "Jane Smith’s win in Watford gives the party one seat.",
    ],
)
def test_a_text_whose_only_result_is_a_new_winner_wording_is_read(phrase: str) -> None:
    # With no figure, the text is read only if the outcome cue lets it through.
    from factcheck.extract.claims.outcomes import may_state_outcome

    assert may_state_outcome(phrase)
    assert _winners(article_of(phrase)) != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Victoria Fox was elected with 27,282 votes in Watford.", "Victoria Fox"),
        ("In Watford the result was clear, with Ann Lee elected with 20,783 votes.", "Ann Lee"),
        ("Watford – a small majority but a very welcome win for Vikki Slate.", "Vikki Slate"),
        ("Robin Swan’s win in Watford gives the party one seat.", "Robin Swan"),
    ],
)
def test_new_winner_wordings_give_first_place(text: str, name: str) -> None:
    [(seat, who, _)] = _winners(article_of(text))
    assert (seat, who) == ("Watford", name)


@pytest.mark.parametrize(
    "text",
    [
        "In Watford, Jane Smith was elected with the support of her party as its leader.",
        "Watford saw a change of MP. John Nicolson is the new MP.",
        "Watford – Jane Smith’s hopes of a win in Watford were dashed.",
        "In Watford, the party hopes for a win for Jane Smith.",
        "In Watford, it was a win for democracy.",
        "In Watford, Jane Smith claimed the seat was safe.",
        "In Watford, Jane Smith secured the seat’s nomination.",
        "Jane Smith won a sensational victory on Friday in Watford's council by-election.",
    ],
)
def test_near_misses_of_the_new_winner_wordings_give_no_winner(text: str) -> None:
    assert _winners(article_of(text)) == []


def test_a_round_up_line_takes_its_own_seat_not_the_next_lines() -> None:
    text = (
        "Results so far:\n\n"
        "Jane Doe – Hemel Hempstead, Conservative hold\n"
        "Ann Lee – St Albans, Liberal Democrat gain\n"
    )
    assert sorted(o[:3] for o in _outcomes(article_of(text))) == [
        ("Hemel Hempstead", "Conservative", "hold"),
        ("St Albans", "Liberal Democrat", "gain"),
    ]
    # Two seats on one line: which the outcome is of is unsure, so it is not read.
    two = "Results so far:\n\nHemel Hempstead and St Albans, Conservative hold\nmore text\n"
    assert _outcomes(article_of(two)) == []


def test_a_winner_in_a_seat_carried_from_before_that_has_its_winner_is_not_read_there() -> None:
    # The second person's seat is not named: the carried seat already has its winner, so
    # she won another race, not a second first place in Watford (a win in no named seat).
    text = (
        "Helen Moor was re-elected as MP for Watford with a 15,133 majority.\n"
        "Victoria Fox was elected with 27,282 votes."
    )
    assert [(s, w) for s, w, _ in _winners(article_of(text))] == [
        ("Watford", "Helen Moor"),
        (None, "Victoria Fox"),
    ]


def test_a_long_relative_clause_between_the_person_and_the_verb() -> None:
    text = (
        "Former minister Alan Carns, who resigned from the cabinet at the start of the "
        "campaign following a row about what he knew of a former aide's conduct in a trial, "
        "held on to his seat in Watford."
    )
    [(seat, _, verb, _, _)] = _outcomes(article_of(text))
    assert (seat, verb) == ("Watford", "hold")


@pytest.mark.parametrize(
    "text",
    [
        "Culture Secretary Lucy Fray lost her seat in Watford.",
        "Dennis Skinn has lost his seat after representing the Watford constituency for years.",
        "Charles Kenny losing his Watford seat after 32 years was the shock of the night.",
    ],
)
def test_a_person_who_lost_their_seat_is_a_gain_by_a_party_unsaid(text: str) -> None:
    assert [o[:4] for o in _outcomes(article_of(text))] == [("Watford", None, "gain", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Sitting Watford MP Sara Wollas lost her seat after leaving the Tories.",
        "Jane Doe, who defected last year, lost her seat in Watford.",
        "Jane Doe lost her bid to win the seat in Watford.",
    ],
)
def test_a_lost_seat_says_no_gain_when_the_mp_changed_party_or_never_held_it(text: str) -> None:
    assert _outcomes(article_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # Dated to another election: not this one's loss.
        "Labour, after losing Bolsover in 2019, won it back.",
        # Another party is the subject of the loss.
        "Labour gained Wigan from the Tories after losing Bolsover.",
        # The party does not open the sentence.
        "Voters punished the party after losing Bolsover.",
    ],
)
def test_after_losing_is_read_only_of_the_party_opening_the_sentence(text: str) -> None:
    assert not any(o[3] and o[0] == "Bolsover" for o in _outcomes(article_of(text)))


def test_a_party_ousted_in_a_seat_named_is_a_gain_from_it() -> None:
    text = "Labour claimed another scalp in Scotland, ousting the SNP in Gordon."
    assert [o[:4] for o in _outcomes(article_of(text))] == [
        ("Gordon", "Labour", "gain", "Scottish National Party")
    ]
    # No seat named: "the largest party" is no seat's result.
    assert (
        _outcomes(article_of("Labour surged in Gordon, ousting the SNP as the largest party."))
        == []
    )


def test_a_candidate_trying_to_help_a_party_hold_is_no_result() -> None:
    text = (
        "Jane Doe, a local councillor, will be trying to help Labour retain the seat in Bolsover."
    )
    assert _outcomes(article_of(text)) == []
    assert _outcomes(article_of("In Bolsover, Labour retained the seat.")) != []
