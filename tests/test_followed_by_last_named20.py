"""“They were followed by X” after a list of people (issue 8, twentieth session).

"They were followed by" goes on from the people named just before it. The reader counted on
from the last place written in words before the sentence; when a list of people came after
that place ("… came in second place. In the top three, A polled …, B … and C …. They were
followed by D"), D was given the place after B's, not after C's, and the record said D
finished lower. The place gone on from is now the one of the last person named before the
sentence, and no place is given when that person has none. Sentences written here; the
figures are the record's (Wrexham, 2019: Atherton, Wimbury, Harper, Sly, Berkeley-Hurst).
"""

from __future__ import annotations

import pytest
from story_files import findings_of

_LIST = (
    "Labour's Mary Wimbury came in second place in Wrexham. In the top three, Sarah Atherton "
    "polled 15,199, Mary Wimbury 13,068 and Carrie Harper 2,151. They were followed by {who} "
    "of the {party}."
)
_AFTER_THIRD = (
    "In Wrexham, Plaid Cymru's Carrie Harper came third with 2,151 votes. She was followed by "
    "{who} of the {party}."
)
_PARTY = {"Tim Sly": "Liberal Democrats", "Ian Berkeley-Hurst": "Brexit Party"}


def _placed_wrongly(text: str) -> bool:
    return any("officially finished" in f.message for f in findings_of(text, "uk-ge-2019"))


@pytest.mark.parametrize("who", sorted(_PARTY))
def test_no_place_counted_on_from_a_place_before_a_list(who: str) -> None:
    # Tim Sly was fourth, Ian Berkeley-Hurst fifth: "third" (after Wimbury's second) fits
    # neither, and the list's last person, Carrie Harper, has no place in words to count on.
    assert not _placed_wrongly(_LIST.format(who=who, party=_PARTY[who]))


@pytest.mark.parametrize(("who", "fires"), [("Tim Sly", False), ("Ian Berkeley-Hurst", True)])
def test_the_last_named_persons_place_is_counted_on(who: str, fires: bool) -> None:
    assert _placed_wrongly(_AFTER_THIRD.format(who=who, party=_PARTY[who])) is fires
