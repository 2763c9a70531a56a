"""Winners and declared outcomes in words: "Ali is re-elected in Bethnal Green & Bow", "X held
the seat", "Labour hold", "Conservative gain from Labour", "the SNP gained the seat from
Labour"."""

from __future__ import annotations

from typing import Literal, NamedTuple

from factcheck import compiled_re as re
from factcheck.extract.claims.known_winners import has_other_winner, has_party_winner
from factcheck.extract.claims.mentions_at import (
    from_party_at,
    party_at,
    person_at,
    person_party,
    rival_after,
)
from factcheck.extract.claims.outcome_seats import (
    line_seat,
    seats_before,
    seats_from,
    seats_on_line,
    story_seat,
)
from factcheck.extract.claims.party_cards import card_seat, code_party
from factcheck.extract.claims.party_subjects import party_candidate
from factcheck.extract.claims.ranks import first_in_words
from factcheck.extract.claims.stated_results import states_a_result
from factcheck.extract.claims.winner_subjects import BEATEN_BEFORE, WINNER_GAP, winner_subject
from factcheck.extract.entities import (
    GLUED_STAMP,
    ContestMention,
    PartyMention,
    PersonMention,
)
from factcheck.extract.frame import Candidate, Frame, SeatTie
from factcheck.extract.text import substrings
from factcheck.extract.vocabulary import (
    AUX,
    PARTY_AS_LABEL,
    PARTY_PRONOUN,
    PRONOUN_START,
    TAKEN_FROM,
)
from factcheck.models import Figure, Grounds, OutcomeClaim, SeatNamed, Span

# Winners: "is re-elected", "was returned to parliament", "held the seat", "topped the poll",
# "was elected MP for", "is voted in once again to", "to remain in the seat". The group ``key``
# is what the rank figure's span covers. The auxiliary is required: a bare "re-elected" is as
# often an adjective ("the newly re-elected MP") as a report of this result.
# (compiled_re gives the search the letters a match can start with, so the engine rejects
# most places at once rather than try every wording there.)
# A party's words between "new" and "MP": "the new Labour MP for", "the new Lib Dem MP for".
_NEW_PARTY_WORDS = r"(?:[A-Z][\w'’&-]*\s+){0,3}"
# (twenty-first session) The words of winning "home" and of holding on, each one list for every
# pattern and cue that needs them, which had each listed its own part: "romped home" was read
# and "squeaked home" not, "clung on to his seat" and not "hung on to", "hangs on to seat", "was
# hanging on to his Moray seat" or "managed to hang on" (nine outlets on the open skeletons).
_HOME_VERBS = (
    "romped", "romps", "romp", "cruised", "cruises", "strolled", "strolls", "sailed", "sails",
    "coasted", "coasts", "squeaked", "squeaks", "scraped", "scrapes",
)  # fmt: skip
_HOME = "(?:" + "|".join(_HOME_VERBS) + ")"
# Holding on, past and present: "hung on", "clings on", "was hanging on", "managed to cling on"
# (the bare verb only after "managed to": "hopes to hang on" is no result, and "hang on" no
# report of one). "held"/"holds" stand apart in each pattern, which reads them in more ways.
_HUNG = r"(?:hung|hangs|hanging|clung|clings|clinging|(?<=managed\sto\s)(?:hang|cling))"
# The same in the winner's pattern, less the bare verbs: its cues (_WINNER_CUES) would need
# "hang", which every "change" holds ("managed to hang on." is read there by _HELD_ON).
_HUNG_WON = r"(?:hung|hangs|hanging|clung|clings|clinging)"
# (twenty-first session) Becoming the seat's member, the title with no "for" after it:
# "Jane Smith becomes Cambridge MP", "has become Stroud's first ever female MP", "becomes the
# city's first black MP", "with Jane Smith becoming the new MP", "became its first MP". The
# title's words are few and fixed (whose member, "new", "first", a description of the first
# such member), so "became an independent MP" (a change of whip) and "became the longest-
# serving MP" say no win; "who first became the MP" is an earlier election's, and "the first
# MP to be born in the 1980s" a first of another kind.
_BECAME_MP = (
    r"(?<!first\s)(?P<became>became|becomes|has\s+become|have\s+become|becoming)\s+"
    r"(?:(?:the|its|their)\s+)?"
    r"(?:(?:city|constituency|seat|town|county|borough|area|island)['’]s\s+"
    r"|[A-Z][\w'’.&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.&-]*){0,4}['’]s?\s+)?"
    r"(?:(?:new|newly[\s-]elected|first|first-ever|ever|only|youngest|female|woman|black"
    r"|Asian|Muslim|Sikh|Jewish|openly\s+gay|gay)\s+){0,4}"
    rf"{_NEW_PARTY_WORDS}(?:MP|[Mm]ember\s+of\s+[Pp]arliament)(?![\w'’-]|\s+to\b)"
)
# Before "became": a time it says the person became the MP at, so no report of this result
# ("Since she became the MP, Jane Smith has …", "before becoming an MP she taught").
_WHEN_BECAME = re.compile(
    r"\b(?:[Ss]ince|[Bb]efore|[Uu]ntil|[Tt]ill|[Ww]hen|[Ww]henever|[Oo]nce)\s+"
    r"(?:(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+)?$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
BECAME_MP_CUES = ("becom", "became")
"""One of these, with " mp" or "member of parliament", is what :data:`_BECAME_MP` needs in a
sentence's lower-cased text: the reader offers :func:`read_winners` a sentence holding no
other outcome word only then (:func:`may_name_member`)."""


def may_name_member(low: str) -> bool:
    """Might the lower-cased sentence ``low`` say someone became a seat's MP (the only
    outcome wording of "Jane Smith becomes Cambridge MP")?"""
    return (" mp" in low or "member of parliament" in low) and any(c in low for c in BECAME_MP_CUES)


_WINNER = re.compile(
    r"\b(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|once\s+again\s+|again\s+)?"
    r"(?P<key>re-?elected|returned\s+to\s+(?:parliament|Parliament|Westminster|the\s+Commons)"
    # (ninth session) "was returned as MP for Gordon", "has been returned as Gordon's MP",
    # "was returned to the Gordon seat"
    r"|returned(?=\s+as\s+(?:[\w'’&,-]+\s+){0,6}?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b"
    r"|\s+to\s+the\s+[A-Z][^.;]{0,60}?\bseat\b|\s+once\s+more\s+for\s+(?:the\s+)?[A-Z])"
    r"|elected\s+(?:as\s+)?(?:the\s+)?MP\s+for|elected\s+the\s+new\s+MP\s+for"
    # (sixteenth session) "was elected Labour MP for Luton North": a party's words before "MP"
    # (with "as", new_members.py's reading)
    r"|elected\s+(?:[A-Z][\w'’&-]*\s+){1,3}MP\s+for(?=\s+(?:the\s+)?[A-Z])"
    r"|elected(?=\s+in\s|\s+with\s+(?:\d|an?\s+(?:\w+\s+)?majority))"
    # "is the new MP for Gordon", "was declared the winner in Gordon"; (sixteenth session)
    # "is the new Conservative MP for Gordon": a party's words may stand before "MP"
    rf"|the\s+new\s+{_NEW_PARTY_WORDS}MP\s+for|declared\s+(?:as\s+)?(?:the\s+)?winner(?=\s+(?:in|of|for|after|with|by)\s|\s*[,.;]|$)"
    r"|voted\s+in(?:\s+once\s+again|\s+again)?(?=\s+(?:to|in|for|as)\b))"
    # (fourteenth session) "has won the election in Workington"
    r"|(?:has\s+|have\s+)(?P<won>won)(?=\s+(?:the\s+(?:election|vote|race|contest)\s+)?"
    r"(?:for|in)\s+[A-Z])"
    r"|(?P<seat>(?:(?:held|won|retained|kept|holds|wins|retains|keeps)\s+(?:on\s+to\s+|onto\s+)?"
    rf"|(?P<hung>{_HUNG_WON})\s+(?:on\s+to\s+|onto\s+))"
    # "won this new blue wall constituency", "held his marginal seat"; a headline's bare
    # "holds seat"
    r"(?:(?:the|her|his|their|this)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"|(?:(?:parliamentary|Westminster)\s+)?(?=seat\b(?!\s+of\b)))"
    r"(?:seat|constituency))\b(?!['’])"
    r"|(?P<poll>topped\s+the\s+poll|emerged\s+(?:as\s+the\s+)?(?:victorious|winner)"
    # "was delighted at securing re-election"
    r"|(?:securing|secured|secures|winning|won|wins)\s+re-?election(?!\s+(?:campaign|bid))"
    # "has remained the Member of Parliament for Kingston and Surbiton"
    r"|(?:remained|remains)\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)(?=\s+for\s)"
    # "returns to Parliament", "is our new MP in this seat", "is the winner here"
    r"|returns\s+to\s+(?:[Pp]arliament|Westminster|the\s+Commons)"
    # "clinched the seat" (not "secured the seat's nomination", "… the seat was safe")
    r"|(?:clinched|secured)\s+(?:the|her|his|their)\s+seat(?!['’]|\s+(?:was|is|of|would|will)\b)"
    # "claimed victory in Gordon", "secured a comfortable win in Gordon"
    # (sixteenth session) "has won a surprise victory in Gordon"
    r"|(?:claimed|secured|sealed|clinched|won)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:victory|win)"
    r"(?=\s+in\s+(?:the\s+)?[A-Z])"
    r"|(?:is|was)\s+(?:the|our)\s+(?:new\s+MP|winner)(?=\s+(?:in|here)\b)"
    # (ninth session) "romped to victory in Moray", "celebrating his win in North Down",
    # "became the MP for Houghton and Sunderland South"
    r"|(?:romped|cruised|swept|stormed|sailed|coasted)\s+(?:home\s+)?to\s+(?:an?\s+)?(?:[a-z]+\s+)?"
    r"victory(?=\s+in\s+(?:the\s+)?[A-Z])"
    # (seventeenth session) "romped home in Thurrock", "strolled home in Ealing Central and
    # Acton by 13,807", "Tories romp home in Rayleigh": home, then where or by how much
    # (twenty-first session) the shared list (_HOME_VERBS), and home at the clause's end:
    # "Jane Smith squeaks home in Gower", "barely squeaked home in the early hours", "… romped
    # home."; "came out on top with a majority of 819", "… on top by 16,186 votes to 13,529"
    rf"|(?P<manner>{_HOME}\s+home(?=\s+(?:in|by|with)\b|\s*[,.;!?]|\s*$)"
    r"|(?:came|comes|coming)\s+out on top(?=\s+in\s+(?:the\s+)?[A-Z]"
    r"|\s+by\s+(?:[a-z]+\s+){0,3}\d|\s+with\s+(?:(?:a|an|just|only|some)\s+)*(?:\d"
    r"|(?:[a-z-]+\s+){0,2}(?:majority|votes)\b)|\s*[,.;!?]|\s*$))"
    # (seventeenth session) "Mick Whitley won for Labour in Birkenhead"
    r"|(?<!was\s)(?<!been\s)won(?=\s+(?:comfortably\s+|easily\s+|narrowly\s+)?for\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+in\s+(?:the\s+)?[A-Z])"
    r"|celebrat(?:ed|ing|es)\s+(?:his|her)\s+(?:[a-z]+\s+)?(?:win|victory)(?=\s+in\s+(?:the\s+)?[A-Z])"
    # (sixteenth session) "celebrates his Stafford win": the seat before the noun
    r"|celebrat(?:ed|ing|es)\s+(?:his|her)\s+(?=[A-Z][\w'’&, -]{0,50}?\s(?:win|victory)\b)"
    # (fifteenth session) "has become the new MP for the constituency", "becomes the MP for"
    # (twenty-first session: not "who first became the MP for Gower", an earlier election's)
    r"|(?<!first\s)(?:became|becomes|has\s+become|becoming)\s+(?:the\s+)?(?:new\s+)?MP(?=\s+for\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?[A-Z]|(?:constituency|seat)\b))"
    # (twenty-first session) The title with no "for" after it: "becomes Cambridge MP",
    # "has become Stroud's first ever female MP", "becomes the city's first black MP",
    # "with Jane Smith becoming the new MP.", "became its first MP" (eleven outlets).
    # See _BECAME_MP.
    rf"|{_BECAME_MP}"
    # (fifteenth session) "triumphed in Glasgow North East", "triumphed over Mr Rosie", "was
    # victorious", "also victorious in Morecambe and Lunesdale"
    r"|triumph(?:ed|s)(?=\s+(?:in|over)\s+(?:the\s+)?[A-Z])"
    r"|(?:is|was)\s+(?:also\s+)?victorious\b"
    # "Reform MP James McMurdock won by a mere 98 votes": a margin of votes is a win's
    # "In North Down Alex Easton won with a 7,000 vote majority", "won with 45% of the vote"
    r"|(?<!was\s)(?<!been\s)(?:won|wins)(?=\s+with\s+(?:(?:an?|just|only|some|around|about|over"
    r"|more\s+than)\s+)*(?:\d|(?:[a-z]+\s+){0,2}majority\b))"
    r"|(?<!was\s)(?<!been\s)(?:won|wins)(?=\s+by\s+(?:(?:a|just|only|mere|slim|narrow|some"
    r"|around|about|over|more\s+than|fewer\s+than|less\s+than)\s+)*\d[\d,]*\s+votes?\b)"
    # "with Jane Smith elected with 20,783 votes": no auxiliary, but "with" on both sides
    r"|(?<=\S\s)elected(?=\s+with\s+(?:\d|an?\s+(?:\w+\s+)?majority))"
    # (fourteenth session) a headline's "Jane Smith elected as MP for Gower", with no
    # auxiliary ("was elected as …" is new_members.py's)
    r"|(?<=[a-z]\s)(?<!been\s)(?<!was\s)(?<!\bis\s)(?<!\bbe\s)(?<!were\s)(?<!being\s)"
    r"(?<!had\s)elected\s+as\s+(?:the\s+)?MP\s+for)\b"
    r"|(?P<remain>to\s+(?:remain|stay)\s+in\s+the\s+seat)\b"
    # (nineteenth session) "Jane Smith has been elected, with …", "… wins 18,038 votes and is
    # elected.", "has been elected once again", "has been elected as the city's MP", "has been
    # elected Member of Parliament for …" (eleven outlets): "elected" in the present perfect or
    # present, ending its clause or followed by the title it was elected to, with no seat
    # needed in the words. Not "was elected" (as often an earlier election's, "she was elected
    # in a by-election"), nor an adjective ("the newly elected MP").
    r"|(?:is|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<elected>elected)"
    r"(?=[^\S\n]*(?:[,.;!]|$)|\s+(?:once\s+again|again)\b"
    r"|\s+(?:as\s+(?:[\w'’&-]+\s+){0,5}?|(?:the\s+new\s+)?)(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b))"
)
# "X held Bethnal Green and Bow": a verb right before a constituency's name. (fourteenth
# session) "Jane Smith, Labour, won in Gower": a win "in" a seat named.
_WINNER_BEFORE_CONTEST = re.compile(
    r"\b(?P<key>held|won|retained|kept|holds|wins|retains|keeps|winning)\s+(?:on\s+to\s+|onto\s+"
    # (twenty-first session) "won comfortably in Maidstone and the Weald"
    r"|(?:(?<=\bwon\s)|(?<=\bwins\s)|(?<=\bwinning\s))(?:(?:comfortably|easily|narrowly"
    r"|convincingly|handsomely|comprehensively)\s+)?in\s+)?$"
)
# (fifteenth session) a word or two describing it between: "won the newly-created Gower seat"
_WINNER_BEFORE_THE = re.compile(
    r"\b(?P<key>held|won|retained|kept|holds|wins|retains|keeps)\s+the\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}$"
)
# Results lists write the noun in brackets or capitals: "Jane Smith, Labour (Hold)", "UUP GAIN
# FROM SF".
# (A live page's heading may carry its time stamp glued on: "Ipswich: Conservative
# gainpublished at 02:51".)
_OUTCOME_NOUN = re.compile(
    r"\s+(?:\((?P<paren>[Hh]old|HOLD|[Gg]ain|GAIN)\)|(?P<verb>hold|holds|gain|gains|Hold|Gain"
    rf"|HOLD|GAIN)(?:\b|(?={GLUED_STAMP})))"
    # (sixteenth session) "Labour hold both Bristol East and Bristol West"
    r"(?:\s+both(?=\s+[A-Z]))?"
)
# "the seat", "its crowning seat of" (the seat named after), "the Ceredigion seat" (named
# within).
# (A seat's name within may be longer: "the Bethnal Green and Bow constituency".)
_WHAT_SEAT = (
    r"(?:the|its|their)\s+(?:(?:[\w'’-]+\s+){0,2}?|(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){2,5}?)"
    r"(?:seat|[Cc]onstituency)\b(?:\s+of\s+)?"
)
# (ninth session) A list of seats after a plural: "captured their target seats of Ynys Môn
# and Caerfyrddin", "retained their seats in the constituencies of Boston & Skegness and
# Grantham & Stamford". The seats must follow: a plural with none ("their target seats") is
# no one seat's outcome.
_SEATS_OF = (
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:seats|constituencies)\s+(?:of|in)\s+"
    r"(?:the\s+constituencies\s+of\s+)?(?=[A-Z])"
)
# The seats counted, then listed after a dash or colon: "gained three seats - A, B and C";
# (sixteenth session) "held the three other seats: A, B and C".
_SEATS_LISTED = (
    r"(?:(?:the|its|their|all)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:other\s+|remaining\s+)?seats\s*[:–—-]\s*"
)
_OUTCOME_GAINED = re.compile(
    # (A headline may capitalise the verb: "Labour Takes Bolsover From Conservatives".)
    rf"{AUX}\s+(?P<verb>(?i:gained|took|taken|seized|snatched|captured|won|win|wins|takes|take"
    rf"|regained|reclaimed"
    # (fourteenth session) "Labour has re-taken Derby North from the Conservatives": with
    # "from" only (see _PERSON_GAIN)
    r"|re-?taken|re-?took|re-?takes|re-?taking"
    # a headline's bare seat: "Jane Smith loses seat", "Jane Smith holds seat"
    r"|\b(?:lost|loses|losing|holds|keeps|retains)\s+(?:parliamentary\s+|Westminster\s+)?seat\b"
    # a headline's present: "DUP regains East Belfast", "Lib Dems seize Chelmsford"
    r"|regains?|reclaims?|captures?|seizes?|snatch(?:es)?"
    # (ninth session) participles, "with the DUP taking back East Belfast from Alliance",
    # and "wrested": "Plaid wrestle Ceredigion from Lib Dems"
    r"|gaining|taking|seizing|snatching|capturing|winning|regaining|reclaiming"
    r"|wrest|wrests|wrested|wrestle|wrestles|wrestled"
    r"))(?P<back>\s+back)?\s+"
    # (sixteenth session) "took both Eastbourne and Lewes"
    r"(?:both\s+(?=[A-Z]))?"
    # (ninth session) "Plaid regained control of the seat"
    r"(?:(?<=regained\s)control\s+of\s+)?"
    rf"(?P<what>{_WHAT_SEAT})?"
    # "It gained three seats - Colne Valley and Keighley from the Conservatives": the seats
    # counted, then listed after a dash or colon.
    rf"(?:{_SEATS_LISTED}|{_SEATS_OF})?"
    # "have won back the Vale of Clwyd": the seat named after "the"
    r"(?:the\s+(?=[A-Z]))?"
    # "Labour have gained in North Ayrshire and Arran, …": seats after "in"
    r"(?:(?<=gained\s)in\s+(?=[A-Z]))?"
)
_OUTCOME_HELD = re.compile(
    # (ninth session) a headline's capitals: "Green Party Holds Brighton Pavilion Seat"
    rf"{AUX}\s+(?P<verb>held|retained|kept|retains|keeps|retain|keep|holds|Holds|Retains|Keeps"
    # (eighteenth session) a participle after its party, "with Labour also holding Exeter",
    # "the Tories holding only South West Devon", "the Conservatives only holding onto
    # Stockton West" (four outlets; a party's "taking", "gaining" were read already)
    r"|holding|retaining|keeping"
    # (fourteenth session) "the SNP clung on to Dundee West": "on" must follow
    r"|(?:clung|clings|clinging)(?=\s+on\s*to\b|\s+onto\b|\s+on\s+in\s+(?:the\s+)?[A-Z])"
    # "Plaid Cymru strengthened their hold on Ceredigion" (only with the hold after it)
    r"|(?:strengthened|tightened|consolidated|cemented|maintained)(?=\s+(?:their|its)\s+(?:hold|grip)\b)"
    # (ninth session) "Plaid maintained control of Ceredigion Preseli"
    r"|maintained(?=\s+control\s+of\s))"
    # "Labour have retained their hold of Cambridge"; (sixteenth session) "held onto control
    # of Torfaen"
    r"\s+(?:(?:on\s*to\s+|onto\s+)?control\s+of\s+|on\s+to\s+|onto\s+"
    r"|(?:their|its)\s+(?:hold|grip)\s+(?:on|of)\s+"
    r"|(?:(?<=held\s)|(?<=clung\s)|(?<=clings\s)|(?<=clinging\s))on\s+in\s+(?=(?:the\s+)?[A-Z]))?"
    r"(?:just\s+|only\s+)?"
    # (sixteenth session) "Labour hold both Bristol East and Bristol West"
    r"(?:both\s+(?=[A-Z]))?"
    rf"(?P<what>{_WHAT_SEAT})?"
    # "The SNP retained the Ross, Skye and Lochaber and Na h-Eileanan an Iar seats": the
    # seats named after "the", the plural after them.
    rf"(?:{_SEATS_LISTED}|{_SEATS_OF}|the\s+(?=[A-Z]))?"
)
# "Labour lost Midlothian to the SNP": a gain by the party after "to", from the subject's.
# (ninth session) The seats may be counted first, then named in brackets, "Alliance lost
# their only seat (East Belfast) to the DUP", or after the party they went to, "lost two key
# seats to the Conservatives - Vale of Clwyd and Gower" (``to_first``).
_COUNTED = r"(?:only|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?"
# (fourteenth session) A headline's present, "Labour lose Mansfield to Conservatives", and a
# seat described before its name, "lost the totemic seat of Enfield Southgate".
_OUTCOME_LOST = re.compile(
    rf"{AUX}\s+(?P<verb>lost|loses|lose)\s+(?:(?:their|its)\s+)?"
    r"(?:the\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:seat|constituency)\s+of\s+(?=[A-Z])"
    # (fifteenth session) "has lost the iconic Gower seat to the Conservatives": the seat's
    # noun after its name (not "lose the battle for East Belfast")
    r"|the\s+(?:(?!(?:for|of|in|to)\b)[a-z][\w'’-]*\s+){0,2}?"
    r"(?=[A-Z][^.;:]{0,60}?\s(?:seat|constituency)\b)"
    rf"|{_COUNTED}seats?\s*\(\s*(?=[A-Z])"
    rf"|(?P<to_first>{_COUNTED}seats\s+to\s+(?:the\s+)?(?=[A-Z])))?"
)
# After the party the counted seats went to: the list's dash or colon.
_LIST_DASH = re.compile(r"\s*[:–—-]\s*")
# A bracket closing the seats of "lost their only seat (East Belfast) to the DUP".
_CLOSE_BRACKET = re.compile(r"\s*\)")
# "the Conservatives won Bolsover for the first time": a party's first win there is a gain (a
# person's first win may be a new MP of the same party).
_FIRST_TIME = re.compile(r"\s+for\s+the\s+(?:very\s+)?first\s+time\b")
# "won his seat for a third time": the sitting MP's again.
_NTH_TIME = re.compile(
    r"\s+for\s+(?:a|the)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:nd|rd|th))(?:\s+(?:consecutive|successive|straight))?\s+time\b"
)
# The verbs of a win "for a second time" is said after: "won", and "took" (a seat taken
# again is the sitting MP's, not one captured).
_AGAIN_VERBS = frozenset({"won", "wins", "took", "takes", "taken", "taking"})
# "lost Bolsover by 5,000 votes to the Conservatives": the margin may come first.
_TO = re.compile(r"(?:\s+by\s+(?:[^,;.]|[,.](?=\d)){1,30}?\s+votes?)?\s+to\s+(?:the\s+)?")
_FOR = re.compile(r"\s+for\s+(?:the\s+)?")
_AND = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
# What may follow a bare "Labour hold": the end of the phrase, or where it was.
_OUTCOME_END = re.compile(
    rf"\s*(?:$|\n|[.,;:!?)\]–—-])|{GLUED_STAMP}|\s+the\s+seat\b"
    # (sixteenth session) a headline's bare noun: "Ceredigion: Liberal Democrats hold seat";
    # a results line's margin after the noun: "Jane Smith (CON HOLD by 19,620)"
    r"|\s+seat\s*(?:$|\n|[.,;:!?–—-]|as\b)"
    r"|\s+by\s+\d[\d,]*(?:\s+votes?)?\s*(?:$|\n|[.,;:!?)])"
    # A headline's "Plaid hold Wales' most marginal seat": the story's seat.
    r"|\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s?\s+)(?:(?:most|very|key|marginal|safe|only"
    r"|crucial|\w+est)\s+){0,3}seat\b"
)
_BY_MARGIN = re.compile(r"\s+by\s+\d")
# "claimed a Labour hold for the party in his Leeds East seat"
_OUTCOME_IN = re.compile(
    r"(?:\s+for\s+(?:the|his|her|their)\s+party)?\s+(?:in|at|for|on\s+to|onto)\s+"
    r"(?:(?:his|her|their)\s+)?"
)
# "Epping Forest is a Tory hold", "Fareham and Rushcliffe are Tory holds": the seats stand
# before the verb; "…, as is Carlisle" adds one after it.
_IS_A = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:a|an|another|also)\s+)*$"
)
# (tenth session) "X had been a Labour gain" with no seat read before it: the subject is
# something the reader does not know as a seat (a place, a name lost from the copy), unless
# it is the story's seat by a pronoun or "the seat".
_UNKNOWN_SUBJECT = re.compile(
    r"(?<!\b[Ii]t)(?<!\b[Tt]his)(?<!\bseat)(?<!\bconstituency)(?<!\bresult)(?<!\bwhich)"
    r"\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been|will\s+be|would\s+be)\s+"
    r"(?:(?:a|an|another|also|now)\s+)+$"
)
_AS_IS = re.compile(r"\s*,?\s+as\s+(?:is|are|was|were|did|does|do)\s+")
# A person's outcome: "X has held Halton for Labour", "X held on to his seat", "X gained
# Aberdeen South for the Conservatives", "X won back the seat", "X lost his seat to Labour's
# Y". The present "hold"/"retain" only after "managed to": "hopes to hold" is no result.
_PERSON_HOLD = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>held|retained|kept|holds|retains|keeps"
    r"|holding|retaining|keeping|(?<=managed\sto\s)(?:hold|retain|keep)"
    # (fourteenth session) "clung on to his Aberdeen South seat", "clings on in Gower": "on"
    # must follow.
    # (twenty-first session) every verb of holding on: "hung on to his Moray seat"
    rf"|{_HUNG}(?=\s+on\b))"
    # (ninth session) "Labour MP Ian Lucas held on in Wrexham"
    r"(?:\s+on\s*to|\s+onto|(?:(?<=held)|(?<=clung)|(?<=clings)|(?<=clinging)|(?<=cling)"
    r"|(?<=hung)|(?<=hangs)|(?<=hanging)|(?<=hang))"
    r"\s+on\s+in(?=\s+(?:the\s+)?[A-Z]))?\s+(?:just\s+|only\s+)?"
)
# (seventeenth session) The verbs grouped by their first letter, in their order within each
# group: a place can open only one group's, so the first verb matching there is the one the
# flat list of thirty (tried one by one, ignoring case, at every place: the pattern has no
# first character the engine can skip to) found, in a third of the instructions.
_PERSON_GAIN = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?P<verb>(?i:"
    # (sixteenth session) a headline's present: "Jane Smith wins back Gower"
    r"w(?:on\s+back|inning\s+back|ins\s+back|on|ins|inning)"
    r"|t(?:ook\s+back|aken\s+back|aking\s+back|akes\s+back|ook|akes|aken|aking)"
    # "retaking East Belfast from Alliance" (with "from" only: "re-takes his seat" is a hold)
    r"|re(?:-?taking|-?took|-?taken|gained|gaining|claimed|claiming|-?captured|-?capturing)"
    r"|g(?:ained|aining|ains)"
    r"|s(?:eized|eizing|natched|natching)"
    r"|captur(?:ed|ing)"
    r"))\s+"
)
_PERSON_LOST = re.compile(
    # "Jane Smith lost to Labour's John Brown in Gordon", "saw Jane Smith lose to the Lib
    # Dems", "Jane Smith conceded defeat to the SNP": no seat between, the one named after
    # "to" is the winner.
    # (fifteenth session) "Jane Smith lost out to Labour's John Brown": "out" as good as absent.
    r"\b(?:(?:has|have|had)\s+)?(?P<verb>(?P<to>(?:lost|lose|loses|losing)(?:\s+out)?(?=\s+to\s)"
    r"|(?:conceded|concedes)\s+defeat(?=\s+to\s))|lost|loses|losing|relinquished|relinquishing)\s+"
)
# Rivals named by a movement, not a party the pack knows: "lost her Glasgow East seat to the
# nationalists" (in Scotland the SNP, in Wales Plaid, in Northern Ireland either side's): a
# gain by a party unsaid.
_RIVALS = re.compile(r"(?:[Nn]ationalists|[Uu]nionists|[Rr]epublicans)\b")
# Between "lost to" and the winner: a sitting MP kept the seat, "lost to the sitting MP".
_SITTING = re.compile(r"\b(?:sitting|incumbent|MP)\b")
# Before "lose" (a bare infinitive), what makes it a report: "saw Jane Smith lose to".
_SAW = re.compile(r"\b(?:saw|sees|see|seen)\s+(?:[\w'’-]+\s+){0,6}$")
# Verbs that say a gain by themselves (no seat is "seized" by its holder); the others
# ("won", "took") need "from" a party.
_GAIN_ALONE = re.compile(r"gain|regain|reclaim|captur|seiz|snatch|\bback\b")
# "Jane Smith took the new Tiverton seat", "John Grady taking Glasgow East": a seat taken is
# nearly always one captured, but "took the seat" is said of a holder's win too; a gain by
# implication, read loosely (a finding on it is at most a warning). Not "re-takes".
# (eighteenth session) A headline's present too, "Lib Dems take St Albans", "SNP take
# Aberdeen South seat", "Labour takes Blackpool South" (nine outlets, each a gain), but not
# with a margin after the seat: "Sinn Fein take Fermanagh by the slimmest margin" reports the
# win, and was a hold (see _MARGIN_AFTER).
_TAKEN = re.compile(r"took|taken|taking|takes?")
_PRESENT_TAKE = frozenset({"take", "takes"})
# After a seat taken in the present, a margin: the words report who won, not a change.
_MARGIN_AFTER = re.compile(r"\s+by\s")


def _taken(word: str, text: str, stop: int, end: int) -> bool:
    """Is ``word``, with no party named as the loser, a seat taken (a gain by implication,
    see ``_TAKEN``)? Not a present "take" with a margin after the seat, ending at ``stop``."""
    return bool(_TAKEN.fullmatch(word)) and not (
        word in _PRESENT_TAKE and _MARGIN_AFTER.match(text, stop, end)
    )


# "the seat", "his seat", "his Exeter seat" (the seat's name between).
_OWN_SEAT = re.compile(r"(?:the|his|her|their|its)\s+(?P<named>)")
# (fourteenth session) "the Upper Bann Westminster seat", "the Fermanagh and South Tyrone MP
# seat"
_SEAT_WORD = re.compile(
    r"\s*(?:(?:Westminster|parliamentary|MP)\s+)?(?:seats?|constituency|constituencies)\b",
    re.IGNORECASE,
)
# Colours for parties: "Wrexham turns blue", "turned Bridgend … from red to blue",
# "remained blue".
_COLOURS = {"blue": "Conservative", "red": "Labour"}
# A seat's earlier colour may be one no party is read by ("from yellow to blue"): the gain
# is then from a party unnamed.
_OLD_COLOURS = r"blue|red|yellow|orange|green|purple|gold"
_TURNED = re.compile(
    r"\b(?:turned|turns|turning|has\s+turned|have\s+turned|switched|switch|went|goes)\s+"
    rf"(?:(?:from\s+(?P<old>{_OLD_COLOURS})\s+)?to\s+(?P<new>blue|red)\b|(?P<bare>blue|red)\b)",
    re.IGNORECASE,
)
_TURNED_LIST = re.compile(
    rf"\s+(?:from\s+(?P<old>{_OLD_COLOURS})\s+)?to\s+(?P<new>blue|red)\b", re.IGNORECASE
)
_TURNING_SEAT = re.compile(
    r"\b(?:turned|turns|turning)\s+(?:the|this)\s+(?:seat|constituency)\s+(?P<new>blue|red)\b",
    re.IGNORECASE,
)
# (tenth session) "A and B stayed Conservative while C remain Labour", "Alyn and Deeside
# remains in Labour hands": the party right after the verb, or "in PARTY hands".
# (seventeenth session) after "have"/"has", or "also": "A, B and C have stayed Labour", "Gordon
# has remained Conservative", "The New Forest also stayed blue".
_REMAINED = re.compile(
    r"\s+(?:(?:have|has)\s+)?(?:all\s+|both\s+|also\s+)?(?:remained|stayed|remains|stays|remain)"
    r"\s+(?:(?P<colour>blue|red)\b"
    r"|with\s+(?:the\s+)?|(?P<hands>in\s+)|(?P<bare>))",
    re.IGNORECASE,
)
# After the party of "remains in PARTY hands"; after a bare "stayed PARTY", the clause ends
# ("remain Labour targets", "stayed Conservative-leaning" say something else).
_HANDS = re.compile(r"\s+hands\b")
_BARE_PARTY_END = re.compile(r"\s*(?:[,.;:!]|$)|\s+(?:while|whereas|but|and|as|after|with)\b")
_FELL = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:all\s+|both\s+)?(?:fell|fallen|falls)\s+to\s+(?:the\s+)?"
)
# (eighteenth session) "Canterbury has also gone to the Labour party", "Weston-super-Mare also
# went to Labour", "West Bromwich East went to Conservative Nicola Richards" (five outlets,
# each a gain): a seat gone to a party is nearly always one that changed hands, but the words
# do not say so, as "fell to" does: a gain by implication, read loosely (as "took" is).
_WENT = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:all\s+|both\s+|also\s+|just\s+|now\s+)?"
    r"(?:went|gone|goes)\s+to\s+(?:the\s+)?"
)
_PASSIVE_HELD = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|have\s+been|is)\s+)?"
    # "A, B and C were all held by the Conservatives", "B was also held by Labour"
    r"(?:(?:all|both|also|comfortably|easily|narrowly)\s+)?"
    r"(?P<verb>retained|held|kept)\s+by\s+(?:the\s+)?"
)
# Texts without figures are skipped unread (see _worth_reading); these wordings are worth
# reading for even so. Case matters: "Labour hold" is a result, "hold on" is not.
_OUTCOME_CUE = re.compile(
    # (A live page's stamp may be glued on: "Conservative gainpublished at 02:51".)
    rf"\b(?:[A-Z][\w-]+\s+(?:hold|gain)s?(?:\b|(?={GLUED_STAMP}))"
    r"|[A-Z][\w-]+\s+\(?(?:[Hh]old|[Gg]ain|HOLD|GAIN)s?\b|re-?elected\b|returned\s+to\s+(?:[Pp]arliament"
    rf"|Westminster|the\s+Commons)|elected\s+(?:as\s+)?(?:the\s+)?{_NEW_PARTY_WORDS}MP\b"
    r"|topped\s+the\s+poll|celebrat\w*\s+(?:his|her)\s+[A-Z]"
    r"|[–—:-]\s*the\s+(?:new\s+)?MP\s+(?:is|remains)\s"
    r"|voted\s+in\b|(?:held|won|gained|retained|kept)\s+(?:on\s+to\s+|back\s+(?:the\s+)?"
    r"|(?:their|its)\s+hold\s+(?:on|of)\s+)?(?:the\s+seat\b|[A-Z])"
    # The wordings of issue 8: "held on to her seat", "retains his Exeter seat", "lost
    # Bolsover to", "fell to Labour", "turned blue", "remained red", "stayed with Labour".
    r"|(?:held|hold|holds|holding|retained|retains|retaining|kept|keeps|keeping|lost|loses"
    r"|losing|won|took|gained|reclaimed|reclaiming|regained|hung|hangs|hanging|clung|clings"
    r"|clinging)\s+(?:on\s*to\s+|back\s+)?(?:his|her|their)"
    r"\s+(?:[A-Z][\w-]*\s+){0,3}seat\b|(?:lost|losing|lose|holds|keep|keeps|retain|retains)\s+(?:just\s+|only\s+)?[A-Z]"
    r"|(?:holding|retaining|keeping)\s+(?:on\s*to\s+|onto\s+)?(?:just\s+|only\s+)?[A-Z]"
    r"|\blost\s+the\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:seat|constituency)\s+of\s+[A-Z]"
    r"|(?:took|taken|takes|seized|(?:re-?)?captur(?:ed|ing)|snatched|gained|won)\s+(?:back\s+)?"
    + _WHAT_SEAT
    + r"|(?:taken|took|seized|captured)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s?\s+seat\b"
    r"|\b(?:ousted|ousting|ousts|unseated|unseating|unseats|pushed\s+out|pushing\s+out"
    r"|scalp\s+of|(?:was|been)\s+(?:[a-z]+ly\s+)?(?:defeated|beaten)\s+(?:in|from|by)\b)\s"
    r"|\b(?:defeated|defeating|defeats|beat|beats|beaten|beating)\s+(?:the\s+)?[A-Z]"
    # (nineteenth session) "defeating incumbent Jane Smith", "unseated the long-standing MP"
    r"|\b(?:defeat|beat|oust|unseat)\w*\s+(?:the\s+)?(?:(?:incumbent|outgoing|former"
    r"|long-standing|long-serving|veteran|sitting|junior)\s+){1,2}(?:minister\s+)?[A-Z]"
    # (nineteenth session) "lost out to" as "lost to" is, which _PERSON_LOST reads alike: a
    # text with no figure had been skipped for the one and read for the other.
    r"|\b(?:(?:lost|lose|loses|losing)(?:\s+out)?|conceded\s+defeat|concedes\s+defeat)\s+to\s+(?:the\s+)?[A-Z]"
    r"|\b(?:increased|increases|increase|doubled|boosted|extended)\s+(?:his|her|their|its)\s+"
    r"(?:own\s+)?majorit"
    r"|\ban\s+MP\s+again\s+(?:in|for)\s"
    # A headline's capitalised verb: "Jane Smith Takes Bolsover Seat From Labour".
    r"|\b(?:Takes|Took|Gains|Seizes|Snatches|Captures)\s+[A-Z]"
    r"|at\s+the\s+expense\s+of\s|(?:won|wins)\s+(?:once\s+)?again\s+in\s"
    rf"|the\s+new\s+{_NEW_PARTY_WORDS}MP\s+for\s|declared\s+(?:as\s+)?(?:the\s+)?winner\b"
    r"|returns\s+to\s+(?:[Pp]arliament|Westminster|the\s+Commons)|(?:is|was)\s+(?:the|our)\s+(?:new\s+MP|winner)\b"
    r"|\b(?:win|victory)\s+(?:for|in)\s+[A-Z]|(?:clinched|secured)\s+(?:the|her|his|their)"
    r"\s+seat\b|(?:claimed|secured|sealed|clinched|won)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:victory|win)"
    r"\s+in\s"
    r"|\b(?:held|won|retained|kept|holds|wins|retains|keeps)\s+the\s+[A-Z]"
    r"|[Gg]ains\s+from\s|[-‑–]held\s+(?:seats?|constituenc)|re-?election\s+of\s"
    r"|(?:securing|secured|secures|winning|won|wins)\s+re-?election\b"
    r"|(?:holding|retaining|keeping|gaining|held|retained|kept|gained)\s+"
    r"(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:several|some|many|other|key|marginal|target)\s+)?seats\b"
    r"|(?:remained|remains)\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s"
    r"|(?:snatching|seizing|capturing|snatched|seized|captured|took|taken|taking|takes?)\s+"
    r"(?:both\s+)?[A-Z]"
    # a headline's bare seat: "Jane Smith loses seat", "Jane Smith holds seat"
    r"|\b(?:lost|loses|losing|holds|keeps|retains)\s+(?:parliamentary\s+|Westminster\s+)?seat\b"
    # a headline's present: "DUP regains East Belfast"
    r"|\b(?:regains?|reclaims?|seizes?|captures?|snatch(?:es)?)\s+[A-Z]"
    r"|(?:fell|fallen|went|gone)\s+to\s+(?:the\s+)?[A-Z]|stayed\s+with\s+(?:the\s+)?[A-Z]"
    r"|(?:retained|held)\s+by\s+(?:the\s+)?[A-Z]"
    # (eighth session) "taken by the Conservatives", "snatched from the SDLP by Sinn Fein",
    # "made gains at the Tories' expense in", "have gained in North Ayrshire"
    r"|(?:taken|snatched|seized|captured|gained|won\s+back|reclaimed|regained)\s+"
    r"(?:from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?by\s+(?:the\s+)?[A-Z]"
    r"|\bmade\s+(?:[\w-]+\s+){0,3}gains?\b|gained\s+in\s+[A-Z]"
    # (ninth session) "lost their only seat (East Belfast) to", "lost two key seats to the
    # Conservatives - …", "retained their seats in the constituencies of …"
    rf"|(?:lost|loses)\s+(?:(?:their|its)\s+)?{_COUNTED}seats?\s*(?:\(|to\s)"
    r"|(?:gained|took|taken|seized|snatched|captured|won|regained|reclaimed|held|retained"
    rf"|kept)\s+{_SEATS_OF}"
    r"|(?:maintained|retained|kept|regained|held\s+on\s*to|held\s+onto)\s+control\s+of\s+"
    r"(?:the\s+seat\b|[A-Z])"
    r"|returned\s+(?:as\s|to\s+the\s+[A-Z]|once\s+more\s+for\s)|again\s+been\s+elected\s"
    # (nineteenth session) "celebrates her re-election", "was returned again for Gower",
    # "had been returned with"
    r"|(?:his|her)\s+re-?election\b"
    r"|(?:was|been)\s+(?:[a-z]+ly\s+|again\s+|once\s+again\s+)?returned\b"
    r"|became\s+(?:the\s+)?(?:new\s+)?MP\s+for\s|\bheld\s+on\s+in\s+[A-Z]"
    # (tenth session) "Alan Mak held on.", "Jane Smith hung on by 92 votes"
    rf"|\b(?:held|holds|{_HUNG})\s+on(?:\s*[.,;:!?]|\s+by\s|\s+with\s|$)"
    r"|\bheld\s+(?:on\s+)?for\s+(?:the\s+)?[A-Z]"
    # (fourteenth session) "clung on to his Aberdeen South seat", "clings on in Gower"
    r"|\b(?:clung|clings|clinging)\s+on(?:\s*to|\s+in)?\s+(?:(?:his|her|their|its|the)\s+)?[A-Z]"
    r"|\b(?:fended|fends|fending|saw|sees|seen|held|hold|holds|holding)\s+off\s"
    r"|\b(?:clung|clings|clinging)\s+on\s*to\s+(?:his|her|their|its|the)\s+(?:[A-Z][\w-]*\s+){0,3}seat\b"
    r"|\bfirst\s+(?:ever\s+)?[A-Z][\w -]{1,40}?\s+(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for\s"
    r"|\b(?:ended|ends|ending|broke|breaks|breaking)\s+(?:[\w-]+\s+){1,4}of\s+(?:the\s+)?"
    r"[A-Z][\w ]{1,30}?\s+(?:rule|control|dominance|representation|hold)\s+(?:in|of|on|over)\s"
    # (sixteenth session) and a headline's present: "Conservatives take Lincoln from Labour"
    r"|(?:taking|gaining|winning|regaining|seizing|capturing|snatching|wrest\w*|takes?)\s+"
    r"(?:back\s+)?[A-Z][\w'’ &,-]{0,60}?\s+(?:from|off)\s"
    r"|(?:turn\w*|remained|stayed|switch\w*|went)"
    r"\s+(?:[\w,&'’ -]{0,120}?\s)?(?:from\s+(?:red|blue)\s+)?(?:to\s+)?(?:red|blue)\b)"
)

# Every winner or outcome wording (_WINNER, _WINNER_BEFORE_CONTEST, _OUTCOME_CUE and the
# hold/gain verbs) holds one of these, in lower case; testing for them first is far cheaper
# than the patterns, which try every capitalised word. Keep the two in step.
_OUTCOME_WORDS: tuple[str, ...] = (
    "hold", "gain", "elected", "returned", "topped", "emerged", "voted in", "held", "won", "win",
    "retain", "kept", "keep", "remain", "stay", "took", "seiz", "snatch", "captur",
    "lost", "lose", "losing", "relinquish", "fell", "fallen", "falls", "turn", "switch",
    "reclaim", "tak", "went", "goes", "gone to", "re-election", "reelection", "oust", "unseat",
    "expense",
    "new mp", "declared", "returns to", "our winner", "victory", "clinched", "secured the seat",
    "secured her seat", "secured his seat", "secured their seat", "pushed out", "pushing out",
    "scalp of", "defeat", "beat", "grip on", "grip of", "maintained control", "became the mp",
    "became mp", "became the new mp", "wrest", "first ever", "first conservative", "years of",
    "decades of", "hung on", "clung on", "clings on", "clinging on", "fended off", "fends off",
    "fending off", "saw off", "sees off", "seen off",
    # (fifteenth session)
    "triumph", "victorious", "becomes the mp", "become the mp", "become the new mp",
    "becomes the new mp", "becoming the new mp", "becoming the mp",
    "first labour", "first lib", "first liberal", "first snp", "first plaid", "first green",
    "first reform", "first tory", "first alliance", "first sinn", "first dup", "first sdlp",
    # (sixteenth session) "the new Conservative MP for", "Gower – the MP is still Jane Smith"
    "mp is still", "second term", "third term", "fourth term", "fifth term", "sixth term",
    "new conservative mp", "new labour mp", "new tory mp", "new snp mp", "new lib dem mp",
    "new liberal democrat mp", "new reform mp", "new reform uk mp", "new green mp",
    "new plaid mp", "new plaid cymru mp", "new dup mp", "new sdlp mp", "new uup mp",
    "new alliance mp", "new sinn féin mp", "new sinn fein mp", "new independent mp",
    # (seventeenth session) "romped home in Thurrock": the verb and "home", not "home in",
    # which ordinary prose is full of
    # (twenty-first session) every home verb's (_HOME_VERBS), below; holding on (_HUNG)
    "hangs on", "hanging on", "hang on", "cling on", "out on top",
    # (eighteenth session) "increased his majority": a hold (see _MAJORITY_UP)
    "his majorit", "her majorit", "their majorit", "its majorit", "own majorit",
)  # fmt: skip
_OUTCOME_WORDS += tuple(f"{verb} home" for verb in _HOME_VERBS)
_OUTCOME_WORD = substrings(_OUTCOME_WORDS)


def has_outcome_word(text: str, *, lowered: bool = False) -> bool:
    """Does ``text`` hold a word every winner or outcome wording needs? ``lowered``: the
    text is ``str.lower()``'s already (a sentence's ``Frame.lower``)."""
    return _OUTCOME_WORD.search(text if lowered else text.lower()) is not None


def may_state_outcome(text: str, start: int = 0) -> bool:
    """Might ``text[start:]`` state a winner or a hold/gain in words?"""
    return has_outcome_word(text) and bool(_OUTCOME_CUE.search(text, start))


# (sixteenth session) A round-up's line a seat: "Edinburgh West – the MP remains Jane Smith",
# "Edinburgh South – the MP is still Jane Smith" (the sitting member kept the seat: a hold, as
# "re-elected" is), "Edinburgh East – the new MP is Jane Smith" (its winner).
_SEAT_MEMBER = re.compile(
    r"\s*[–—:-]\s*(?P<the>the)\s+(?:(?P<new>new)\s+MP\s+is|MP\s+(?P<kept>remains|is\s+still))\s+"
)


def _seat_members(f: Frame) -> list[tuple[ContestMention, re.Match[str], PersonMention]]:
    """Each "SEAT – the (new) MP is/remains NAME" of the sentence: the seat, the words, and
    the person named right after them."""
    text, end = f.state.text, f.sent.span.end
    out = []
    for c in f.contests:
        m = _SEAT_MEMBER.match(text, c.span.end, end)
        who = person_at(f, m.end()) if m is not None else None
        if m is not None and who is not None and who.span.start == m.end():
            out.append((c, m, who))
    return out


# The winner named after the noun, "a very welcome win for Jane Smith", or before it, "Jane
# Smith's win in Gordon".
_WIN_FOR = re.compile(r"\b(?:win|victory)\s+for\s+")
_WIN_IN = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}?(?P<key>win|victory)\s+in\s+(?:the\s+)?")


# (fifteenth session) A results line's mark of the one elected, at the line's end after their
# count: "21,184 ELECTED", "16,048 (ELECTED)", "22,937 (elected)", "21,773 - Elected".
_ELECTED_MARK = re.compile(
    r"(?<=[\d\s)])(?P<key>\((?:elected|Elected|ELECTED)\)|(?<=\d\s)ELECTED"
    r"|(?<=\d\s)[–—-]\s*(?:Elected|ELECTED))[ \t]*(?=\n|$)"
)
_COUNT_BEFORE = re.compile(r"\d[\d,]*\s*(?:votes?\s*)?[–—-]?\s*$")


# Every match of _WINNER holds one of these as written (the pattern is case-sensitive in each
# of them; a wording added to it needs one here, which tests/extract/test_cue_prefilters.py
# checks alternative by alternative), the most common first: of the sentences holding an
# outcome word, half hold none, and the test of them costs a tenth of the search, which tries
# some forty wordings at most places of the sentence.
_WINNER_CUES = (
    "won", "new", "elect", "return", "held", "win", "hold", "kept", "keep", "retain", "victor",
    "declared", "voted", "topped", "emerged", "remain", "clinched", "secured", "celebrat",
    "became", "becom", "triumph", "stay", "romp", "cruis", "stroll", "sail", "coast",
    "squeak", "scrap", "out on top", "hung", "hangs", "hanging", "clung", "cling",
)  # fmt: skip


def read_winners(f: Frame) -> None:
    """Winners in words: "Ali is re-elected in Bethnal Green & Bow", "X held the seat".

    The winner's rank becomes 1, a figure whose span covers the key words, so the rules that
    judge placings (against the votes, or the official result) judge it too.
    """
    state, sent = f.state, f.sent
    text = state.text
    found: list[tuple[int, Span]] = []
    key_seat: dict[int, ContestMention] = {}  # the seat a verb right before it says was won
    # Where a wording of the twenty-first session was read ("became … MP", "squeaked home",
    # "came out on top", "hung on to"): in a round-up, only of someone placed, or with the seat.
    wary: set[int] = set()
    winners = (
        _WINNER.finditer(text, sent.span.start, sent.span.end)
        if _any(sent.text, _WINNER_CUES)
        else ()
    )
    for m in winners:
        group = next(
            g for g in ("key", "won", "seat", "poll", "remain", "elected") if m.group(g) is not None
        )
        if m.group("became") is not None:
            if _WHEN_BECAME.search(text, max(sent.span.start, m.start() - 40), m.start()):
                continue  # "Since she became the MP, Jane Smith has …": not this result
            if any(y != state.story_year for y in _YEAR.findall(sent.text)):
                # "became the first Conservative MP for Burnley in more than a century when
                # he took the seat in 2019": a member's first win is told with its year.
                continue
            wary.add(m.start())
        elif m.group("manner") is not None or m.group("hung") is not None:
            wary.add(m.start())
        found.append((m.start(), Span(start=m.start(group), end=m.end(group))))
    for m in (
        _HELD_ON.finditer(text, sent.span.start, sent.span.end)
        if _any(f.lower, HELD_ON_CUES)
        else ()
    ):
        # "Alan Mak held on by 92 votes": the winner, whose hold read_outcomes reads.
        if not _held_for(f, m)[0]:
            continue
        if _new_held_on(m):
            wary.add(m.start())
        found.append((m.start(), Span(start=m.start("verb"), end=m.end("verb"))))
    for c in f.contests:
        # The verb stands right before the name: a short window keeps this linear however
        # many seats a sentence names.
        wb = _WINNER_BEFORE_CONTEST.search(
            text, max(sent.span.start, c.span.start - 40), c.span.start
        )
        if wb is not None:
            found.append((wb.start(), Span(start=wb.start("key"), end=c.span.end)))
            key_seat[wb.start()] = c
            continue
        # "won the Gordon seat"
        wt = _WINNER_BEFORE_THE.search(text, max(sent.span.start, c.span.start - 40), c.span.start)
        word = _SEAT_WORD.match(text, c.span.end, sent.span.end) if wt else None
        if wt is not None and word is not None:
            found.append((wt.start(), Span(start=wt.start("key"), end=word.end())))
    named: dict[int, PersonMention] = {}
    low = f.lower
    marks = _ELECTED_MARK.finditer(text, sent.span.start, sent.span.end) if "lected" in low else ()
    for m in marks:
        # "Cat Smith (Labour Party): 21,184 ELECTED", "Jane Smith Lib Dem 22,937 (elected)":
        # a results line's one person, with their count, marked as the one elected.
        line = text.rfind("\n", 0, m.start()) + 1
        on_line = [p for p in f.people if line <= p.span.start < m.start()]
        if len(on_line) == 1 and _COUNT_BEFORE.search(text, on_line[0].span.end, m.start()):
            found.append((m.start(), Span(start=m.start("key"), end=m.end("key"))))
            named[m.start()] = on_line[0]
    read_seat_is_party(f)
    for _, m, member in _seat_members(f) if " mp " in low else ():
        found.append((m.start(), Span(start=m.start("the"), end=member.span.end)))
        named[m.start()] = member
    for m in (
        _WIN_FOR.finditer(text, sent.span.start, sent.span.end)
        if "win for" in low or "victory for" in low
        else ()
    ):
        rival, _, stop = rival_after(f, m.end())
        if rival is not None:
            found.append((m.start(), Span(start=m.start(), end=stop)))
            named[m.start()] = rival
    for q in f.people if "win in" in low or "victory in" in low else ():
        won = _WIN_IN.match(text, q.span.end, sent.span.end)
        seat = f.contest_at(won.end()) if won else None
        if won is not None and seat is not None:
            found.append((won.start(), Span(start=won.start("key"), end=seat.span.end)))
            named[won.start()] = q
    for at, key in found:
        if not states_a_result(f, key):
            continue
        who = named.get(at) or winner_subject(f, at)
        if who is None or (
            at not in named
            and BEATEN_BEFORE.search(
                text, max(sent.span.start, who.span.start - 60), who.span.start
            )
        ):
            continue  # "X defeated Y to remain in the seat": Y is the one beaten
        where = f.contest_for(who)
        pairs = _pairs_of(f, who) if at in key_seat else None
        if pairs is not None:
            # "Kerry McCarthy and Karin Smyth held Bristol East and Bristol South": each won
            # the seat paired with them, the first the seat after the verb, with its words;
            # the others theirs, by the seat's name.
            for person, seat in pairs:
                cand = f.register(person)
                span = key if seat is key_seat[at] else seat.span
                place = first_in_words(
                    f,
                    span,
                    f"a win said with a list of seats (“{text[key.start : key.end]}”): first",
                    who=person,
                    subject_tie=(f"{person.name}, paired with {seat.name} by the sentence", True),
                    seat=(
                        f"{seat.name}, paired with {person.name} by the sentence",
                        True,
                        "by the words",
                    ),
                )
                if cand.rank is None:
                    cand.rank = place
                else:
                    said_again(cand, place)
            continue
        known = state.candidates.get(who.name) or state.same_person(who.name)
        if known is not None and known.contest is not None and where not in (None, known.contest):
            continue  # named with another seat earlier: this may be a different race
        if not f.contests and has_other_winner(f, where, who):
            continue  # a seat carried from before already has its winner: another race's
        if at in wary and unplaced_in_round_up(f, who):
            # "Jane Smith has become the first female Conservative MP" in a round-up: whose
            # MP is not said, and the seat carried from the sentence before may be another's.
            continue
        cand = f.register(who)
        words = key
        if (
            at not in named
            and sent.span.start <= who.span.start
            and who.span.end <= at
            and WINNER_GAP.fullmatch(text, who.span.end, at)
        ):
            # "Wendy Chamberlain returns to Parliament": the claim is the person's, so
            # its words run from the name (an aside between allowed).
            words = Span(start=who.span.start, end=key.end)
        place = first_in_words(
            f,
            words,
            f"a win said in words (“{text[key.start : key.end]}”): first",
            who=who,
            subject_tie=_winner_tie(f, who, at, named),
            seat=_seat_named_with_win(key_seat.get(at)),
        )
        if cand.rank is None:
            cand.rank = place
        else:
            said_again(cand, place)


def _winner_tie(
    f: Frame, who: PersonMention, at: int, named: dict[int, PersonMention]
) -> tuple[str, bool]:
    """How the winner of the words at ``at`` was found: named with them (a results line's one
    person, a seat's MP, the rival after "win for"), named before them in the sentence, or
    only taken to be who "he"/"she" stands for (loose: another may be meant)."""
    if at in named:
        return f"{who.name}, named with the win", True
    sent = f.sent.span
    if sent.start <= who.span.start and who.span.end <= at:
        return f"{who.name}, named before the win in its sentence", True
    return f"{who.name}, taken as the one “he”/“she” stands for", False


def _seat_named_with_win(seat: ContestMention | None) -> SeatTie | None:
    """The seat named right after a verb of winning ("held Gower"), tied explicitly; None
    (the reader's usual seat tie) when the words name none."""
    if seat is None:
        return None
    return f"{seat.name}, named right after the verb of winning", True, "by the words"


def _pairs_of(f: Frame, who: PersonMention) -> list[tuple[PersonMention, ContestMention]] | None:
    """The people and seats the sentence pairs ("respectively", or a run of people holding a
    list of seats), when ``who`` is one of them."""
    pairs = f.respective_pairs() if len(f.contests) > 1 and len(f.people) > 1 else None
    if pairs is None or not any(p.span.start == who.span.start for p, _ in pairs):
        return None
    return pairs


def said_again(cand: Candidate, won: Figure) -> None:
    """(Fifteenth session) Keep ``won``, a win said again of a candidate ranked first already
    ("Stephen Morgan wins Portsmouth South", then "Stephen Morgan won Portsmouth South with
    23,068 votes"), as said again (``restated``), so each place the win is written is read and
    checked like the first. Not words that overlap a place read already (one claim, read
    twice), nor a win of someone placed otherwise (which one is right is for the first
    reading's rules to say, not a second win to decide)."""
    first = cand.rank
    if first is None or first.value != won.value or won.span is None:
        return
    if (
        first.span is not None
        and first.span.start < won.span.end
        and won.span.start < first.span.end
    ):
        return
    if cand.restated.overlaps(won.span):
        return
    cand.restated.append(won)


# A seat, then the party that won it, in a live blog's line: "Lewisham East is Labour with
# 26,661 votes", "Strangford went DUP with 17,705", "Rochdale is another Labour with 24,475",
# "Wigan goes to Labour." The party is followed by its figure or the sentence's end, so
# "Wigan is Labour heartland" is no result.
_SEAT_IS = re.compile(
    r"\s+(?:is|was|went|goes|has\s+gone|have\s+gone)\s+(?:(?:to|another|also|now)\s+)?(?:the\s+)?"
)
_PARTY_FIGURE = re.compile(r"(?:\s+(?:with|on)\s+|\s+)\d|\s*(?:[.!]|$)")


def read_seat_is_party(f: Frame) -> None:
    """ "Lewisham East is Labour with 26,661 votes": the party's candidate (the story's, or
    one known only by party) came first in the seat that opens the clause."""
    if not f.contests or not f.parties or not _any(f.lower, _SEAT_IS_WORDS):
        return
    text, sent = f.state.text, f.sent
    for c in f.contests:
        verb = _SEAT_IS.match(text, c.span.end, sent.span.end)
        party = party_at(f, verb.end()) if verb else None
        if (
            verb is None
            or party is None
            or not _PARTY_FIGURE.match(text, party.span.end, sent.span.end)
            or seats_before(f, c.span.end) != [c]
        ):
            continue
        span = Span(start=c.span.start, end=party.span.end)
        if not states_a_result(f, span):
            continue
        cand = party_candidate(f, party, seat=c.name)
        if cand is None or cand.rank is not None:
            continue
        if has_party_winner(f, c.name, cand.party):
            continue
        cand.rank = first_in_words(
            f,
            span,
            f"“{text[verb.start() : party.span.end].strip()}” after the seat: it went to the party",
            subject_tie=(f"{party.party.name}'s candidate, the party named after the seat", True),
            seat=(f"{c.name}, named before “{verb.group().strip()}”", True, "by the words"),
        )


def emit_outcome(
    f: Frame,
    *,
    party: str | None,
    party_tie: str,
    party_tight: bool,
    verb: Literal["hold", "gain"],
    from_party: str | None,
    seat: str | None,
    seat_tie: SeatTie,
    span: Span,
    what: str,
    what_tight: bool = True,
    candidate: str | None = None,
    words_at: Span | None = None,
    held_by: str | None = None,
) -> None:
    """Add an outcome claim, unless the words do not report this result or it was read
    already (a caption repeated, the same result said twice). ``words_at`` is where the
    wording starts when not at ``span`` (the seat of "previously Tory-held seats of A");
    ``held_by`` the one beaten, for a gain that holds only if they held the seat."""
    state = f.state
    if (
        party is None
        and from_party is None
        and candidate is None
        and (verb == "hold" or (seat is None and held_by is None))
    ):
        # "Labour's seat was held" with nobody named: nothing to judge a hold by; "X lost
        # his seat in Hertfordshire", no seat or party known: nothing to judge a gain by.
        return
    if not states_a_result(f, words_at or span):
        return
    said = state.text[span.start : span.end]
    if any(
        isinstance(c, OutcomeClaim)
        and (c.contest, c.party, c.verb, c.from_party) == (seat, party, verb, from_party)
        and c.span is not None
        and (c.span == span or state.text[c.span.start : c.span.end] == said)
        for c in state.claims
    ):
        return  # the same words read twice, or a caption repeated
    loose: list[Literal["what", "subject", "seat", "election"]] = []
    if not what_tight:
        loose.append("what")
    if not party_tight:
        loose.append("subject")
    seat_text, seat_tight, seat_named = seat_tie
    if not seat_tight:
        loose.append("seat")
    year = state.story_year
    election = (
        f"the sentence names {year}, the story's election"
        if year and year in f.sent.text
        else "no other election named in its clause: the story's"
    )
    state.claims.append(
        OutcomeClaim(
            contest=seat,
            candidate=candidate,
            party=party,
            verb=verb,
            from_party=from_party,
            back=verb == "gain" and _BACK.search(said) is not None,
            span=span,
            quoted=state.quoted(span),
            grounds=Grounds(
                what=what,
                subject=party_tie,
                seat=seat_text,
                seat_named=seat_named,
                election=election,
                loose=tuple(loose),
                held_by=held_by,
            ),
        )
    )


# "re-capturing Richmond Park from the Lib Dems", "won back the seat": a gain back.
_BACK = re.compile(
    r"\b(?:regain\w*|reclaim\w*|re-?captur\w*|re-?tak\w*|re-?took|back)\b", re.IGNORECASE
)


_Party = tuple[str | None, str, bool]
"""A party an outcome is given to: its name (None when unsaid), why, and whether tightly."""


def emit_person_outcome(
    f: Frame,
    who: PersonMention | None,
    seats: list[ContestMention],
    after: int,
    *,
    party: _Party,
    verb: Literal["hold", "gain"],
    span: Span,
    what: str,
    from_party: str | None = None,
    candidate: PersonMention | None = None,
    held_by: str | None = None,
    owner: str | None = None,
) -> None:
    """An outcome said of a person (``who``), in each of the seats :func:`_seat_tie` finds
    for them. Said of a person, it is the party's only by implication: the "what" is loose.
    ``candidate`` is the winner named, when not ``who`` (the loser of "lost his seat");
    ``held_by`` the one beaten, when the words say only that (see :func:`emit_outcome`);
    ``owner`` the one whose seat it was ("lost her seat"), kept as ``held_by`` where a seat is
    read (without one, the words give nothing to judge)."""
    name, tie, tight = party
    for seat, seat_tie in _seat_tie(f, seats, who, after):
        if seat is not None and owner is not None:
            held_by = owner
        emit_outcome(
            f,
            party=name,
            party_tie=tie,
            party_tight=tight,
            verb=verb,
            from_party=from_party,
            seat=seat,
            seat_tie=seat_tie,
            span=span,
            what=what,
            what_tight=False,
            candidate=candidate.name if candidate is not None else None,
            held_by=held_by,
        )


def _emit_seats(
    f: Frame,
    seats: list[ContestMention],
    *,
    party: _Party,
    verb: Literal["hold", "gain"],
    what: str,
    span: Span | None = None,
    from_party: str | None = None,
    how: tuple[str, SeatNamed] = ("named in the phrase", "in the phrase"),
    words_at: Span | None = None,
    start: int | None = None,
    what_tight: bool = True,
) -> None:
    """The same outcome in each seat a phrase lists (each seat tied tightly, as ``how``
    says); the span is ``span``, else from ``start`` to each seat's end, else each seat's
    own name."""
    name, tie, tight = party
    for c in seats:
        emit_outcome(
            f,
            party=name,
            party_tie=tie,
            party_tight=tight,
            verb=verb,
            from_party=from_party,
            seat=c.name,
            seat_tie=(f"{c.name}, {how[0]}", True, how[1]),
            span=span or (Span(start=start, end=c.span.end) if start is not None else c.span),
            what=what,
            what_tight=what_tight,
            words_at=words_at,
        )


def read_outcomes(f: Frame) -> None:
    """Declared outcomes: "Labour hold", "Conservative gain from Labour", "the SNP gained the
    seat from Labour", "Labour holds Canterbury and Ealing Southall", "Fareham and Rushcliffe
    are Tory holds", "Labour lost Midlothian to the SNP"; then a person's ("X has held Halton
    for Labour", "X lost his seat to Labour's Y") and a seat's ("Wrexham turns blue",
    "Cardiff North, Vale of Clwyd and Gower all fell to Labour").

    The party must be named right before the verb (an auxiliary between); a gain's earlier
    party right after "from". The seats are the ones the phrase names, else the sentence's
    when it names one, else the story's own seat; an outcome with none of these is kept
    without a seat, so nothing judges it against another seat's result.
    """
    _read_party_outcomes(f)
    _read_party_losing(f)
    low = f.lower
    if "they" in low and "los" in low:
        _read_they_lost(f)
    if "seats " in low:
        _read_seats_gained_were(f)
    _read_pronoun_outcomes(f)
    _read_gains_from(f)
    _read_seats_including(f)
    if "gain" in f.lower and f.parties:
        _read_made_gains(f)
    _read_person_outcomes(f)
    if "first" in low:
        _read_first_party_mp(f)
    if "years of" in low or "decades of" in low:
        _read_ended_rule(f)
    if _any(low, _OUSTED_WORDS):
        _read_ousted(f)  # the ousted may be a party: "ousting the SNP in Rutherglen"
    _read_seat_outcomes(f)
    if "held by" in low or "retained by" in low or "kept by" in low:
        _read_held_by_person(f)
    if "majorit" in low and _any(low, _MAJORITY_UP_CUES):
        _read_increased_majority(f)


# (tenth session) A results service's codes in capitals: "Torridge and West Devon (CON) – CON
# HOLD", "LAB GAIN FROM CON", "CON hold". An abbreviation is a party only here, right before
# the result's noun or right after its "from".
# (fourteenth session) "Green" is no party's name elsewhere (a colour, a surname, "Bethnal
# Green"), but before the result's noun it is the Green Party's: "Waveney Valley: GREEN GAIN".
_CODE_OUTCOME = re.compile(
    r"\b(?P<code>[A-Z]{2,4}|Green|GREEN)(?=\s+(?:HOLD|GAIN|[Hh]old|[Gg]ain)\b)"
    r"|\b(?:GAIN|[Gg]ain)\s+(?:FROM|[Ff]rom)\s+(?P<from>[A-Z]{2,4})\b"
)


def _code_parties(f: Frame) -> list[PartyMention]:
    """The parties a sentence names by a results code in capitals that the party matcher
    left unread (it reads no abbreviation in capitals: "LAB: 34.0%" is a card's)."""
    text, sent = f.state.text, f.sent
    named = {p.span.start for p in f.parties}
    out = []
    for m in _CODE_OUTCOME.finditer(text, sent.span.start, sent.span.end):
        group = "code" if m.group("code") else "from"
        start = m.start(group)
        if start in named:
            continue
        party = code_party(f.state.pack, m.group(group))
        if party is not None:
            out.append(PartyMention(Span(start=start, end=m.end(group)), party))
    return out


def _read_party_outcomes(f: Frame) -> None:
    state, sent, parties = f.state, f.sent, f.parties
    text = state.text
    end = sent.span.end
    codes = _code_parties(f) if _CODE_OUTCOME.search(text, sent.span.start, end) else []
    if codes:
        parties = sorted([*parties, *codes], key=lambda p: p.span.start)
    for p in parties:
        at = p.span.end
        noun = _OUTCOME_NOUN.match(text, at, end)
        gained = _OUTCOME_GAINED.match(text, at, end)
        held = _OUTCOME_HELD.match(text, at, end)
        lost = _OUTCOME_LOST.match(text, at, end)
        match = noun or gained or held or lost
        if match is None:
            continue
        said_verb = match.group("verb") or match.group("paren")
        word = said_verb.lower()
        verb: Literal["hold", "gain"] = (
            "hold" if word in ("hold", "holds") or match is held else "gain"
        )
        stop = match.end()
        what = match.group("what") if match is gained or match is held else None
        seats = (
            [c for c in f.contests if match.start("what") <= c.span.start < match.end("what")]
            if what
            else []
        ) or seats_on_line(f, stop)
        if match is lost:
            got = _lost_objects(f, match)
            if got is not None:
                _party_lost(f, p, *got)
            continue
        if match is noun and not seats and not f.contests and _BY_MARGIN.match(text, stop, end):
            # "South West Herts: Jane Smith (CON HOLD by 14,408)": a results line whose seat
            # the reader does not know; the seat carried from an earlier line is not its own.
            continue
        if seats:
            stop = max(stop, seats[-1].span.end)
            if match is not noun:
                seat_phrase = _SEAT_WORD.match(text, stop, end)
                stop = seat_phrase.end() if seat_phrase else stop
        elif match is not noun and what is None:
            continue  # "Labour won 29", "Labour took control": not one seat's outcome
        elif (
            match is noun
            and not _OUTCOME_END.match(text, stop, end)
            and not TAKEN_FROM.match(text, stop, end)
        ):
            into = _OUTCOME_IN.match(text, stop, end)
            seats = seats_from(f, into.end()) if into else []
            if not seats:
                continue  # "Labour hold a lead", "SNP gains in Glasgow"
            stop = seats[-1].span.end
        from_party: PartyMention | None = None
        fm = TAKEN_FROM.match(text, stop, end)
        if fm is not None:
            from_party = from_party_at(f, fm.end()) or next(
                (c for c in codes if c.span.start == fm.end()), None
            )
            if from_party is None or verb == "hold":
                continue  # "gain from a swing", "held from 1997": not a party it was taken from
            stop = from_party.span.end
        implied = False
        if (
            verb == "gain"
            and match is gained
            and from_party is None
            and not (_GAIN_ALONE.search(word) or match.group("back"))
            and not _FIRST_TIME.match(text, stop, end)
        ):
            if not _taken(word, text, stop, end):
                continue  # "Labour won the seat" may be a hold; only "from" makes it a gain
            implied = True  # "Labour took the seat": a gain by implication (see _TAKEN)
        start = p.span.start
        ties: list[tuple[str | None, SeatTie, Span]] = []
        if seats:
            for c in seats:
                ties.append(
                    (
                        c.name,
                        (f"{c.name}, named in the phrase", True, "in the phrase"),
                        Span(start=start, end=stop),
                    )
                )
        else:
            before = _IS_A.search(text, max(sent.span.start, start - 40), start)
            listed = seats_before(f, before.start()) if before and match is noun else []
            for c in listed:
                ties.append(
                    (
                        c.name,
                        (f"{c.name}, named as what the outcome is of", True, "by the words"),
                        Span(start=start, end=stop),
                    )
                )
            if listed:
                as_is = _AS_IS.match(text, stop, end)
                for c in seats_from(f, as_is.end()) if as_is else []:
                    ties.append(
                        (
                            c.name,
                            (f"{c.name}, named after “as is”", True, "by the words"),
                            Span(start=start, end=c.span.end),
                        )
                    )
            elif len(f.contests) > 1:
                # Several seats in the sentence, none in the phrase: which is unsure, unless
                # the outcome's own line names one (a round-up's unpunctuated lines, "Jane
                # Smith – Watford, Conservative hold", run together as one sentence).
                line = line_seat(f, start)
                if line is None:
                    continue
                ties.append(
                    (
                        line.name,
                        (f"{line.name}, named on its line", True, "layout"),
                        Span(start=start, end=stop),
                    )
                )
            elif match is noun and _UNKNOWN_SUBJECT.search(
                text, max(sent.span.start, start - 60), start
            ):
                # "… old seat of [a link] had been a Liberal Democrat gain": the outcome of
                # what the clause's subject names, which the reader does not know: not the
                # story's seat.
                continue
            else:
                # "LDM: 4.1% (-3.6) Labour GAIN": the seat of the card it closes.
                card = card_seat(f, start)
                ties.append(
                    (
                        card,
                        (f"{card}, the heading of the card it closes", True, "layout"),
                        Span(start=start, end=stop),
                    )
                    if card is not None
                    else (*story_seat(f), Span(start=start, end=stop))
                )
        taken = from_party.party.name if from_party else None
        said: list[tuple[str | None, SeatTie, Span, str | None, Span | None]] = [
            (name, tie, span, taken, None) for name, tie, span in ties
        ]
        while from_party is not None and seats:
            # "gained Brecon from the Lib Dems and Vale of Clwyd from Labour": another seat
            # from another party, by the same verb.
            join = _AND.match(text, stop, end)
            seat = f.contest_at(join.end()) if join else None
            fm = TAKEN_FROM.match(text, seat.span.end, end) if seat else None
            from_party = from_party_at(f, fm.end()) if fm else None
            if seat is None or from_party is None:
                break
            stop = from_party.span.end
            said.append(
                (
                    seat.name,
                    (f"{seat.name}, named in the phrase", True, "in the phrase"),
                    Span(start=seat.span.start, end=stop),
                    from_party.party.name,
                    Span(start=start, end=stop),
                )
            )
        for name, tie, span, taken, words_at in said:
            emit_outcome(
                f,
                party=p.party.name,
                party_tie=f"{p.party.name}, named before the verb",
                party_tight=True,
                verb=verb,
                from_party=taken,
                seat=name,
                seat_tie=tie,
                span=span,
                what=f"“{said_verb}”, a seat taken: a gain by implication"
                if implied
                else f"“{said_verb}”, a {verb} in words",
                what_tight=not implied,
                words_at=words_at,
            )


# "Labour made gains at the Conservatives' expense in A, B and C", "The Conservatives have
# made big gains: winning A", "Labour have made a final gain in Kensington", "Labour made
# three gains from the SNP, including A and B": the party before the verb gained each seat
# listed, from the party named after "from" or before "expense".
_MADE_GAINS = re.compile(
    rf"{AUX}\s+(?:made|makes|making)\s+(?:(?:a|an|another|its|their|several|some|big|major"
    r"|significant|huge|further|final|first|notable|surprise|shock|rare|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\s+){0,3}(?P<verb>gains?)\b"
    r"(?:\s+from\s+(?:the\s+)?(?P<from>)|\s+at\s+(?:the\s+)?(?P<expense>))?"
)
_MADE_GAINS_EXPENSE = re.compile(r"['’]s?\s+expense\b")
_MADE_GAINS_LIST = re.compile(
    r"\s*(?::\s*(?:(?:winning|taking|gaining|capturing|including)\s+)?"
    r"|,?\s+(?:in|including|such\s+as|like|with)\s+)(?:the\s+)?"
)


def _read_made_gains(f: Frame) -> None:
    text, end = f.state.text, f.sent.span.end
    for p in f.parties:
        m = _MADE_GAINS.match(text, p.span.end, end)
        if m is None:
            continue
        stop = m.end()
        taken: str | None = None
        if m.group("from") is not None or m.group("expense") is not None:
            other = party_at(f, m.end())
            if other is None or other.party.name == p.party.name:
                continue
            stop = other.span.end
            if m.group("expense") is not None:
                words = _MADE_GAINS_EXPENSE.match(text, stop, end)
                if words is None:
                    continue
                stop = words.end()
            taken = other.party.name
        lead = _MADE_GAINS_LIST.match(text, stop, end)
        seats = seats_from(f, lead.end()) if lead else []
        if not seats:
            continue
        _emit_seats(
            f,
            seats,
            party=(p.party.name, f"{p.party.name}, named before the verb", True),
            verb="gain",
            from_party=taken,
            what=f"“made … {m.group('verb')}” in the seats listed, a gain in words",
            how=("listed after the gains", "by the words"),
            words_at=Span(start=p.span.start, end=lead.end() if lead else stop),
        )


# Gains said of the party they were taken from, the winner unnamed: "gains from the Tories
# include A, B and C", "victories in the previously Tory-held constituencies of A and B".
_GAINS_FROM_BEFORE = re.compile(
    r"(?<!target\s)(?<!potential\s)(?<!possible\s)(?<!hoped-for\s)\b(?:gains|gain)\s+from"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GAINS_FROM_AFTER = re.compile(
    r"\s+(?:include|includes|included|were|are)\s+(?:(?:also|seats\s+like|the\s+likes\s+of)\s+)?"
)
_FORMERLY_BEFORE = re.compile(
    r"\b(?:previously|formerly|former|once|traditionally)\s+(?:the\s+)?$", re.IGNORECASE
)
_HELD_SEATS_AFTER = re.compile(
    r"[-‑–]held\s+(?:seats?|constituenc(?:y|ies))\s+(?:of|in|like|such\s+as)\s+"
)
# In the clause before a seat "previously Tory-held": the words that say someone else won it.
_VICTORY = re.compile(
    r"\b(?:victor|victors|victory|victories|won|win|wins|winning|gain|gains|gained|took|taking"
    r"|captured|capturing|seized|seizing)\b",
    re.IGNORECASE,
)


# "Labour was successful in holding the seats of several constituencies, including A, B
# and C": the seats listed after "including", held (or gained) by the clause's party.
_SEATS_INCLUDING = re.compile(
    r"\b(?P<verb>holding|retaining|keeping|held|retained|kept|holds|retains|keeps|gaining"
    r"|gained|gains)\s+(?:on\s+to\s+)?(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:several|some|many|other|key|marginal|target)\s+)?seats\b[^.;:]{0,80}?"
    r"\b(?:including|such\s+as|among\s+them|notably)\s+"
)
# Between the party and the verb: auxiliaries, and words of success only.
_SEATS_INCLUDING_LEAD = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|again|too|successfully|comfortably|easily"
    r"|succeeded|successful|in))*\s+"
)
# Before the party that is a sentence's subject: at most "The", "But", "And".
# (A bullet may open it: " - Labour gain 7 MPs in Scotland, …, gaining A, B and C.")
_SUBJECT_PARTY_LEAD = re.compile(
    r"\s*(?:[-–•*]\s+)?(?:(?:The|the|But|And|Meanwhile,?|Elsewhere,?)\s+){0,2}"
)


def _read_seats_including(f: Frame) -> None:
    """ "Labour was successful too in holding the seats for several constituencies, including
    A, B and C": each listed seat a hold (or gain) by the party opening the sentence."""
    text, sent = f.state.text, f.sent
    if "seats" not in sent.text or not f.parties:
        return
    p = f.parties[0]
    if not _SUBJECT_PARTY_LEAD.fullmatch(text, sent.span.start, p.span.start):
        return
    for m in _SEATS_INCLUDING.finditer(text, p.span.end, sent.span.end):
        if not _SEATS_INCLUDING_LEAD.fullmatch(text, p.span.end, m.start()):
            return  # "are confident of holding the seats": not a result
        if f.count_before(f.parties, m.start()) > 1:
            return  # another party named before the verb: whose seats is unsure
        verb: Literal["hold", "gain"] = "gain" if m.group("verb").startswith("gain") else "hold"
        _emit_seats(
            f,
            seats_from(f, m.end()),
            party=(p.party.name, f"{p.party.name}, the sentence's subject", True),
            verb=verb,
            what=f"“{m.group('verb')} the seats … including”, a {verb} in words",
            how=("listed after “including”", "by the words"),
            words_at=Span(start=m.start(), end=m.end()),
        )


_JUST_ENDED = re.compile(r"[\s.;!]*")
# The rest of the sentence before, after its outcome: one sentence's end, no paragraph break.
_REST_OF_SENTENCE = re.compile(r"[^.!?\n]*[.!?][\s\u201d\u2019\"']*")
# Before an outcome that opens its sentence: a line's start or the sentence before's end.
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][\u201d\u2019\"']?\s+)(?:The\s+)?$")


def _pronoun_party(f: Frame, lead: re.Match[str]) -> tuple[str, str] | None:
    """The party a sentence's opening "It", "They" or "The party" (``lead``) stands for, and
    why: the party whose outcome the sentence before ends with, or opens it ("Labour won back
    Gower, which …, Cardiff North and the Vale of Clwyd. They also held on to Wrexham"); else
    the party that opens the sentence before ("The Labour Party has increased its hold on West
    Yorkshire, winning 17 seats. It gained three seats - …"); for "The party", the party last
    named, at most a paragraph before ("… the Labour Party … ¶ The party has also lost Rother
    Valley"), unless it was named only as a person's label and another party was named too."""
    text, sent, state = f.state.text, f.sent, f.state
    if lead.group("noun") is None and state.claims:
        last = state.claims[-1]
        if (
            isinstance(last, OutcomeClaim)
            and last.party is not None
            and last.span is not None
            and (
                _JUST_ENDED.fullmatch(text, last.span.end, sent.span.start)
                or (
                    _REST_OF_SENTENCE.fullmatch(text, last.span.end, sent.span.start)
                    and _OPENS_SENTENCE.search(text, max(0, last.span.start - 8), last.span.start)
                )
            )
        ):
            return last.party, f"{last.party}, the party of the outcome just before it"
    named = state.last_party
    if named is None:
        return None
    name = named.party.name
    if lead.group("noun") is not None:
        if text.count("\n\n", named.span.end, sent.span.start) > 1:
            return None
        if len(state.parties_named) > 1 and PARTY_AS_LABEL.match(text, named.span.end):
            # (twentieth session) With two parties named, the last named only as a person's
            # label ("Conservative John Brown", "Labour's Jane Smith") is no antecedent:
            # "Labour's Jane Smith loses to the Conservatives … after Conservative John Brown
            # … ¶ The party has also lost Rother Valley" is Labour's loss.
            return None
        return name, f"{name}, the party last named before “{lead.group().strip()}”"
    if _OPENS_SENTENCE.search(
        text, max(0, named.span.start - 8), named.span.start
    ) and _REST_OF_SENTENCE.fullmatch(text, named.span.end, sent.span.start):
        return name, f"{name}, the party opening the sentence before"
    return None


def _read_pronoun_outcomes(f: Frame) -> None:
    """ "Labour has held Hartlepool. It has also held Blaydon and Swansea West.", "The party
    also took Chichester": the party the opening stands for (:func:`_pronoun_party`, a loose
    tie to the party) held, gained or lost the seats named after the verb."""
    text, sent = f.state.text, f.sent
    lead = PARTY_PRONOUN.match(text, sent.span.start, sent.span.end)
    if lead is None:
        return
    end = sent.span.end
    match = (
        _OUTCOME_HELD.match(text, lead.end(), end)
        or _OUTCOME_GAINED.match(text, lead.end(), end)
        or _OUTCOME_LOST.match(text, lead.end(), end)
    )
    if match is None:
        return
    lost = _lost_objects(f, match) if match.re is _OUTCOME_LOST else None
    seats = lost[0] if lost is not None else seats_from(f, match.end())
    if not seats:
        return
    found = _pronoun_party(f, lead)
    if found is None:
        return
    party, tie = found
    word = match.group("verb").lower()
    stop = seats[-1].span.end
    span = Span(start=lead.end() - len(lead.group().strip()), end=stop)
    if lost is not None:
        # "The party has also lost Rother Valley": a gain from it, by a party unsaid, or by
        # the one named after "to" ("They lost Redcar to the Conservatives").
        _, winner, stop = lost
        _emit_seats(
            f,
            seats,
            party=(winner.party.name, f"{winner.party.name}, named after “to”", True)
            if winner
            else (None, "not named", True),
            verb="gain",
            from_party=party,
            span=Span(start=span.start, end=max(stop, span.end)),
            what="“lost … to”: a gain by the party it was lost to"
            if winner
            else "“lost”: a gain from the party that lost it",
        )
        return
    held = match.re is _OUTCOME_HELD
    # "They also took Bridgend from Labour": the party it was taken from; "It gained three
    # seats - A and B from the Conservatives, and C from the Liberal Democrats": each seat
    # from its own.
    fm = TAKEN_FROM.match(text, stop, end) if not held else None
    from_party = from_party_at(f, fm.end()) if fm else None
    if from_party is not None and from_party.party.name == party:
        from_party = None
    said = [
        (seats, from_party, Span(start=span.start, end=from_party.span.end if from_party else stop))
    ]
    while from_party is not None:
        join = _AND.match(text, from_party.span.end, end)
        seat = f.contest_at(join.end()) if join else None
        fm = TAKEN_FROM.match(text, seat.span.end, end) if seat else None
        from_party = from_party_at(f, fm.end()) if fm else None
        if seat is None or from_party is None:
            break
        said.append(([seat], from_party, Span(start=seat.span.start, end=from_party.span.end)))
    implied = not held and said[0][1] is None and not _GAIN_ALONE.search(word)
    if implied and not _TAKEN.fullmatch(word):
        return  # "They won Bridgend": a winner, not said to be a gain
    for listed, taken_from, words in said:
        _emit_seats(
            f,
            listed,
            party=(party, tie, False),
            verb="hold" if held else "gain",
            from_party=taken_from.party.name if taken_from else None,
            span=words,
            what=f"“{match.group('verb')}”, a seat taken: a gain by implication"
            if implied
            else f"“{match.group('verb')}”, a {'hold' if held else 'gain'} in words",
            what_tight=not implied,  # a seat "taken": see _TAKEN
        )


def _read_gains_from(f: Frame) -> None:
    """Gains named by the party they were taken from: "Other gains from the Tories include
    A and B"; "victories in the previously Tory-held constituencies of A, B and C"."""
    text, sent = f.state.text, f.sent
    low = f.lower
    if "gain" not in low and "held" not in low:
        return
    end = sent.span.end
    for p in f.parties:
        lead = max(sent.span.start, p.span.start - 30)
        after = _GAINS_FROM_AFTER.match(text, p.span.end, end)
        before = _GAINS_FROM_BEFORE.search(text, lead, p.span.start) if after else None
        if after is not None and before is not None:
            what = "“gains from … include”: gains from the party named"
        else:
            after = _HELD_SEATS_AFTER.match(text, p.span.end, end)
            before = _FORMERLY_BEFORE.search(text, lead, p.span.start) if after else None
            if (
                after is None
                or before is None
                or not _VICTORY.search(text, f.clause_start(p.span.start), p.span.start)
            ):
                continue
            what = "a victory in a seat “previously held” by the party named: a gain from it"
        # "previously" dates the seat's holder, not the result: judged from the wording on.
        words_at = Span(start=before.start(), end=after.end())
        _emit_seats(
            f,
            seats_from(f, after.end()),
            party=(None, "the winner's party is not named", True),
            verb="gain",
            from_party=p.party.name,
            what=what,
            words_at=words_at,
        )


# "The DUP is down to eight seats after losing Belfast South and Belfast North": the party
# opening the sentence lost the seats listed.
_AFTER_LOSING = re.compile(r"(?:\b(?:after|by|since|with)|,)\s+(?P<verb>losing)\s+")


def _read_party_losing(f: Frame) -> None:
    text, sent = f.state.text, f.sent
    if "losing" not in sent.text or not f.parties:
        return
    p = f.parties[0]
    if not _SUBJECT_PARTY_LEAD.fullmatch(text, sent.span.start, p.span.start):
        return
    for m in _AFTER_LOSING.finditer(text, p.span.end, sent.span.end):
        if f.count_before(f.parties, m.start()) > 1:
            return  # another party named before the verb: whose seats is unsure
        seats = seats_from(f, m.end())
        if seats:
            _party_lost(f, p, seats, *_lost_to(f, seats))


# (ninth session) "The Conservatives have ended 36 years of Labour rule in Heywood and
# Middleton": a gain by the party before the verb from the one whose rule ended.
_ENDED = re.compile(
    rf"{AUX}\s+(?:ended|ends|ending|brought\s+an\s+end\s+to|broke|breaks|breaking)\s+"
    r"(?:(?:over|more\s+than|nearly|almost|some|a|\d+|[a-z]+-?)\s+){0,3}(?:years?|decades?)\s+"
    r"of\s+(?:the\s+)?"
)
_RULE_IN = re.compile(
    r"\s+(?:rule|control|dominance|representation|hold)\s+(?:in|of|on|over)\s+(?:the\s+)?"
)


def _read_ended_rule(f: Frame) -> None:
    """A party ending another's years of rule in a seat named: a gain from it."""
    text, end = f.state.text, f.sent.span.end
    for p in f.parties:
        m = _ENDED.match(text, p.span.end, end)
        old = party_at(f, m.end()) if m is not None else None
        rule = _RULE_IN.match(text, old.span.end, end) if old is not None else None
        seats = seats_from(f, rule.end()) if rule is not None else []
        if old is None or not seats or old.party.name == p.party.name:
            continue
        _emit_seats(
            f,
            seats,
            party=(p.party.name, f"{p.party.name}, named before the verb", True),
            verb="gain",
            from_party=old.party.name,
            span=Span(start=p.span.start, end=seats[-1].span.end),
            what="“ended … years of … rule in”: a gain from the party whose rule ended",
        )


# (ninth session) "Daisy Cooper has become the first Liberal Democrat MP for St Albans": the
# party never held the seat, so it changed hands to that party.
_FIRST_PARTY_MP = re.compile(
    r"\b(?:has\s+become|have\s+become|became|becomes|is\s+now|was\s+elected\s+as|is|was)\s+"
    r"(?:the\s+)?(?:very\s+)?first\s+(?:ever\s+)?"
)
_MP_FOR = re.compile(r"\s+(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+(?:for|in)\s+(?:the\s+)?")


def _read_first_party_mp(f: Frame) -> None:
    """A person become the first MP of a party for a seat: a gain by that party there (it
    never held the seat), tied by the phrase; the person is its winner."""
    text, end = f.state.text, f.sent.span.end
    for m in _FIRST_PARTY_MP.finditer(text, f.sent.span.start, end):
        p = party_at(f, m.end())
        mp = _MP_FOR.match(text, p.span.end, end) if p is not None else None
        seat = f.contest_at(mp.end()) if mp is not None else None
        if p is None or seat is None:
            continue
        who = winner_subject(f, m.start())
        name = p.party.name
        emit_outcome(
            f,
            party=name,
            party_tie=f"{name}, named in “the first … MP for”",
            party_tight=True,
            verb="gain",
            from_party=None,
            seat=seat.name,
            seat_tie=(f"{seat.name}, named in the phrase", True, "in the phrase"),
            span=Span(start=m.start(), end=seat.span.end),
            what="“the first … MP for”: the party never held the seat before",
            candidate=who.name if who is not None else None,
        )


# (ninth session) "There was bad news for Labour when they lost Darlington, Redcar and
# Sedgefield to the Conservatives", "…, they unexpectedly lost two key seats to the
# Conservatives - Vale of Clwyd and Gower": "they" inside the sentence, after a clause's start.
_THEY = re.compile(r"(?:[,;]|\b(?:when|as|after|and|but|while|then))\s+they\b")
# (sixteenth session) Or opening the sentence, "They lost A and B to the Conservatives": only
# the party after "to" is read, whoever "they" are.
_THEY_OPENING = re.compile(r"\s*(?:[Tt]hey|THEY)\b")


def _read_they_lost(f: Frame) -> None:
    """A gain by the party a list of seats went to, after "they lost": whom "they" stands for
    is not read (the party named before it in the sentence may be another, "winning back
    Cardiff Central from the Lib Dems, they lost …"), so only the winner's party is given."""
    text, end = f.state.text, f.sent.span.end
    opening = _THEY_OPENING.match(text, f.sent.span.start, end)
    found = _THEY.finditer(text, f.sent.span.start, end)
    for m in [opening, *found] if opening is not None else found:
        lost = _OUTCOME_LOST.match(text, m.end(), end)
        got = _lost_objects(f, lost) if lost is not None else None
        if got is None:
            continue
        seats, winner, stop = got
        if winner is None:
            continue  # "when they lost Bolsover": whose gain is unsaid
        name = winner.party.name
        _emit_seats(
            f,
            seats,
            party=(name, f"{name}, named after “to”", True),
            verb="gain",
            span=Span(start=m.end() - 4, end=stop),
            what="“lost … to”: a gain by the party it was lost to",
        )


# (ninth session) "The eight seats gained from Labour were Bolton West, Derby North and
# Gower", "The ten Conservative seats gained by Labour were Brentford and Isleworth, …".
_SEATS_GAINED = re.compile(
    r"\bseats\s+(?:gained|taken|won|captured)\s+(?P<dir>from|by)\s+(?:the\s+)?"
)
_WERE = re.compile(r"\s+(?:were|are|included|include)\s*:?\s+")
_PARTY_SEATS = re.compile(r"\s+seats\b")


def _read_seats_gained_were(f: Frame) -> None:
    """Seats listed as gained from or by a party: a gain in each; the party before "seats"
    ("the ten Conservative seats gained by Labour") is the one they were gained from."""
    text, end = f.state.text, f.sent.span.end
    for m in _SEATS_GAINED.finditer(text, f.sent.span.start, end):
        p = party_at(f, m.end())
        were = _WERE.match(text, p.span.end, end) if p is not None else None
        if p is None or were is None:
            continue
        seats = seats_from(f, were.end())
        if not seats:
            continue
        i = f.count_before(f.parties, m.start())
        before = f.parties[i - 1] if i else None
        if before is not None and not _PARTY_SEATS.match(text, before.span.end, m.start() + 6):
            before = None
        gained_by = m.group("dir") == "by"
        if gained_by:
            party: _Party = (p.party.name, f"{p.party.name}, named after “gained by”", True)
            taken_from = before.party.name if before is not None else None
        else:
            party = (None, "not named", True)
            taken_from = p.party.name
        _emit_seats(
            f,
            seats,
            party=party,
            verb="gain",
            from_party=taken_from,
            words_at=Span(start=m.start(), end=were.end()),
            what="seats listed as gained",
        )


def _lost_to(f: Frame, seats: list[ContestMention]) -> tuple[PartyMention | None, int]:
    """The party named after "to" once ``seats`` (lost) are listed, and where the words end:
    "lost their Leigh seat to the Conservatives", "lost one seat (South Antrim) to the UUP"."""
    text, end = f.state.text, f.sent.span.end
    stop = seats[-1].span.end
    word = _SEAT_WORD.match(text, stop, end)  # "lost their Leigh seat"
    stop = word.end() if word else stop
    close = _CLOSE_BRACKET.match(text, stop, end)
    stop = close.end() if close else stop
    to = _TO.match(text, stop, end)
    winner = party_at(f, to.end()) if to else None
    return winner, winner.span.end if winner else stop


def _lost_objects(
    f: Frame, match: re.Match[str]
) -> tuple[list[ContestMention], PartyMention | None, int] | None:
    """The seats a "lost" (an :data:`_OUTCOME_LOST` ``match``) names, the party they went to
    and where the words end; None when no seat is named."""
    if match.group("to_first"):
        # "lost two key seats to the Conservatives - Vale of Clwyd and Gower"
        winner = party_at(f, match.end())
        dash = _LIST_DASH.match(f.state.text, winner.span.end, f.sent.span.end) if winner else None
        listed = seats_from(f, dash.end()) if dash else []
        return (listed, winner, listed[-1].span.end) if listed else None
    seats = seats_from(f, match.end())
    return (seats, *_lost_to(f, seats)) if seats else None


def _party_lost(
    f: Frame,
    loser: PartyMention,
    seats: list[ContestMention],
    winner: PartyMention | None,
    stop: int,
) -> None:
    """ "Labour lost Midlothian to the SNP": a gain by the party after "to"."""
    _emit_seats(
        f,
        seats,
        # "Labour lost Midlothian": a gain from Labour, by a party unsaid.
        party=(winner.party.name, f"{winner.party.name}, named after “to”", True)
        if winner
        else (None, "not named", True),
        verb="gain",
        from_party=loser.party.name,
        span=Span(start=loser.span.start, end=stop),
        what="“lost … to”: a gain by the party it was lost to"
        if winner
        else "“lost”: a gain from the party that lost it",
    )


# ("the Labour stronghold of Wrexham": a seat by its holder)
_DESCRIBED_SEAT = re.compile(r"(?:[\w'’-]+\s+){1,3}?(?:seat|constituency|stronghold)\b")


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _names_a_place(f: Frame, start: int, end: int) -> bool:
    """Is a capitalised word that is not a party's name between ``start`` and ``end``?"""
    return any(
        not any(p.span.start <= m.start() < p.span.end for p in f.parties)
        for m in _CAPITALISED.finditer(f.state.text, start, end)
    )


def _party_within(f: Frame, start: int, end: int) -> PartyMention | None:
    """The one party named between ``start`` and ``end`` ("his marginal Conservative
    seat"), if exactly one is."""
    i, j = f.count_before(f.parties, start), f.count_before(f.parties, end)
    return f.parties[i] if j - i == 1 and f.parties[i].span.start >= start else None


# (Built once here, not at each call: building a pattern from its stored program makes a new
# one each time.)
_OWN_SEAT_LEAD = re.compile(r"(?:the|his|her|their|its)\s+(?:(?:new|redrawn)\s+(?=[A-Z]))?")
_IN_OR_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")


def _own_seat(
    f: Frame, at: int, *, bare: bool = False
) -> tuple[list[ContestMention], int, bool] | None:
    """What a person's verb at ``at`` is about: seats named there ("held Halton"), or their
    own seat ("held his seat", "retains his Exeter seat", "the seat"), with where it ends and
    whether it was "the seat" words (True) or seats named (False). ``bare``: a headline's
    "seat" with no word before it is their own too ("Jane Smith loses seat")."""
    text, end = f.state.text, f.sent.span.end
    seats = seats_from(f, at)
    if seats:
        stop = seats[-1].span.end
        word = _SEAT_WORD.match(text, stop, end)
        return seats, word.end() if word else stop, False
    if bare and (headline := _BARE_SEAT.match(text, at, end)) is not None:
        return [], headline.end(), True
    # ("took the new Tiverton and Minehead seat": a seat drawn afresh, named after "new";
    # "retains his redrawn Broadland and Fakenham seat")
    own = _OWN_SEAT_LEAD.match(text, at, end)
    if own is None:
        return None
    named = f.contest_at(own.end())
    after = named.span.end if named else own.end()
    word = _SEAT_WORD.match(text, after, end)
    if word is None and named is not None and not own.group().lower().startswith("the "):
        return [named], after, False  # "lost her East Dunbartonshire"
    if word is None and named is None:
        # "his marginal Conservative seat": a few words before "seat" (the caller reads a
        # party among them)
        word = _DESCRIBED_SEAT.match(text, own.end(), end)
        if word is not None and _names_a_place(f, own.end(), word.end()):
            return None  # "his Dumfriesshire seat": a seat the reader does not know
    if word is None:
        return None
    stop = word.end()
    if named is None:
        # "his seat in Gordon", "his old seat of Twickenham"
        inside = _IN_OR_OF.match(text, stop, end)
        named = f.contest_at(inside.end()) if inside else None
        if named is not None:
            stop = named.span.end
            listed = seats_from(f, named.span.start)
            if len(listed) > 1 and "respectively" in f.words:
                # "X and Y have held their seats in A and B respectively": every seat of
                # the list, which the caller pairs with the people in order.
                return listed, listed[-1].span.end, False
    return ([named] if named else []), stop, named is None


# A headline's bare "seat" after a verb of losing or keeping: "Jane Smith loses seat after 22
# years", "Jane Smith holds seat" (not "seats", nor "seat of power").
# (sixteenth session) "Jane Smith retains parliamentary seat"
_BARE_SEAT = re.compile(r"(?:(?:parliamentary|Westminster)\s+)?seat\b(?!['’]|\s+of\b)")


# A place named after the phrase that the reader does not know as a seat ("re-elected in
# Edinburgh Easr"): the person's earlier seat may not be this one.
_PLACE_AFTER = re.compile(r"\s+(?:in|for|at)\s+(?:the\s+)?[A-Z]")
# (fifteenth session) A place the reader does not know, then ", where" and the person: "is
# Dumfriessshire, Clydesdale & Tweeddale, where Conservative David Mundell held his seat" (a
# misspelt seat). The person's seat is that place, not the one carried from before.
_UNKNOWN_WHERE = re.compile(
    r"[A-Z][\w'’-]*(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w'’-]*)*\s*,\s*where\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)


def _seat_tie(
    f: Frame, seats: list[ContestMention], who: PersonMention | None = None, after: int = 0
) -> list[tuple[str | None, SeatTie]]:
    """The seats an outcome is of: those named in its phrase, else the sentence's or the
    story's; else, for a person's ("held on to his seat"), the seat they were named with
    earlier, a loose tie (so a finding on it is at most a warning), unless a place the
    reader does not know follows the phrase (at ``after``)."""
    if seats:
        return [(c.name, (f"{c.name}, named in the phrase", True, "in the phrase")) for c in seats]
    state = f.state
    opening = f.opening_seat(who) if who is not None and len(f.contests) > 1 else None
    if who is not None and opening is not None:
        # "In Glasgow South West, Iain Davidson lost his seat …, while in Glasgow North East
        # …": the seat opening the person's clause.
        tie: SeatTie = (f"{opening.name}, opening the clause of {who.name}", True, "in the clause")
        return [(opening.name, tie)]
    if (
        who is not None
        and not f.contests
        and _UNKNOWN_WHERE.search(
            state.text, max(f.sent.span.start, who.span.start - 160), who.span.start
        )
    ):
        return [(None, ("a place the reader does not know is named before “where”", False, "none"))]
    known = (
        (state.candidates.get(who.name) or state.same_person(who.name)) if who is not None else None
    )
    if (
        who is not None
        and len(f.contests) != 1
        and not _PLACE_AFTER.match(state.text, after, f.sent.span.end)
        and known is not None
        and known.contest is not None
    ):
        # Not the sentence's seats when it names several (which is theirs is unsure), nor
        # the seat carried from an earlier sentence, which may be another person's.
        return [(known.contest, (f"{known.contest}, {who.name}'s seat earlier", False, "carried"))]
    if (
        who is not None
        and len(f.contests) == 1
        and (
            _others_seat(f, f.contests[0], who)
            or _another_outcomes_seat(f, f.contests[0], who.span.start, after) is not None
            or f.seat_in_an_earlier_clause(who)
            or f.seat_in_a_later_pair(who)
        )
    ):
        # "Ian Paisley lost his seat, the DUP lost Lagan Valley, Alex Easton unseated
        # Stephen Farry": the sentence's one seat is another clause's outcome (read before,
        # or still to be read: the object of a verb of result outside this one).
        return [(None, ("the sentence's one seat is another outcome's", False, "none"))]
    if (
        who is not None
        and not f.contests
        # (Known, but read in no seat: "Jane Smith polled 20,000 votes" in no seat's
        # sentence is not named with one either; session 16's mutation run.)
        and (known is None or known.contest is None)
        and state.seats_named > 1
        and f.contest is not None
        and f.contest == state.main_seat
        and not state.seat_from_front_matter
        and f.carried_from is not None
    ):
        # "Alex Salmond and Angus Robertson have lost their seat" in a live blog from
        # Kensington: someone the story never named with a seat need not be its own seat's
        # (unless the front matter names that seat, or no seat was named yet: the story's
        # opening is about its own seat).
        never = f"{who.name} was never named with a seat; the story names several"
        return [(None, (never, False, "none"))]
    return [story_seat(f)]


def _others_seat(f: Frame, seat: ContestMention, who: PersonMention) -> bool:
    """Is ``seat`` named within an outcome read earlier in this sentence, in another clause
    (a comma or semicolon between), and of someone other than ``who``?"""
    sent, text = f.sent, f.state.text
    for c in f.state.claims:
        if (
            isinstance(c, OutcomeClaim)
            and c.span is not None
            and sent.span.start <= c.span.start
            and c.span.start <= seat.span.start
            and seat.span.end <= c.span.end
            and c.candidate != who.name
        ):
            lo, hi = sorted((c.span.start, who.span.start))
            if any(ch in text[lo:hi] for ch in ",;"):
                return True
    return False


# Right before a seat: a verb of result it is the object of ("the DUP lost Lagan Valley").
_RESULT_VERB_BEFORE = re.compile(
    r"\b(?:lost|loses|won|wins|held|holds|gained|gains|took|takes|retained|retains|kept|keeps"
    r"|captured|seized|snatched|regained)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _another_outcomes_seat(f: Frame, seat: ContestMention, start: int, end: int) -> str | None:
    """The words making ``seat`` the object of a verb of result outside the outcome read from
    ``start`` to ``end`` (another clause's outcome), or None."""
    text = f.state.text
    found = _RESULT_VERB_BEFORE.search(
        text, max(f.sent.span.start, seat.span.start - 20), seat.span.start
    )
    if found is None or start <= found.start() < end:
        return None
    return f"“{found.group(0).strip()} {seat.name}”"


# "ousting Labour's Jane Smith", "unseated Jane Smith", "pushed out Jane Smith", "claimed the
# scalp of Jane Smith": the one named was the sitting MP, so the seat changed hands. "Jane
# Smith was ousted in Gordon by Conservative John Brown", "was ousted from Gordon by Labour",
# "had been beaten by Conservative John Brown" (passive, the one beaten is the news: the MP).
_OUSTED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>ousted|ousting|ousts|unseated|unseating"
    r"|unseats|pushed\s+out|pushing\s+out|claimed\s+the\s+scalp\s+of"
    # "Jane Smith defeated John Brown in Gordon", "…, defeating the DUP's John Brown": said of
    # a person beaten, copy names the sitting MP (a challenger beaten goes unnamed). Only
    # with a person after it (see _read_ousted), and never "beat X to hold the seat".
    r"|(?P<beat>defeated|defeating|defeats|beat|beats|beaten|beating))\s+(?:the\s+)?"
)
# "beat John Brown to hold Gordon", "defeated John Brown for a second time": the one beaten
# was a challenger, or beaten before.
_BEAT_HOLD = re.compile(
    r"[^.;:]{0,80}?\b(?:to\s+(?:hold|retain|keep|remain|stay)|again"
    r"|for\s+a\s+(?:second|third|fourth)\s+time)\b"
)
# (The auxiliary may be left out before "by": "Tasmina Ahmed-Sheikh defeated by Conservative
# Luke Graham in Ochil"; the seat may be "his seat of Moray".)
_WAS_OUSTED = re.compile(
    # ("Jenny Willott, who was defeated by Labour in Cardiff Central": a relative clause)
    r"\s*(?:,[^,;:.]{1,60},\s*|\s*,\s*who\s+(?=(?:was|has\s+been|had\s+been)\s))?"
    r"(?P<aux>(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:(?:later|also|eventually|finally|\w+ly)\s+)?)?"
    r"(?P<verb>ousted|unseated|defeated|beaten)(?:\s+(?:in|from|as\s+MP\s+for)\s+"
    r"(?:(?:his|her|their)\s+(?:old\s+)?seat\s+of\s+)?(?P<seat>))?"
)
# (nineteenth session) "He was unseated by Labour's Jane Smith", "… as she was defeated by
# Conservative John Brown", "He was narrowly beaten by the SNP's John Brown" (eight outlets):
# the passive of _WAS_OUSTED said of a "he" or "she" (see _pronoun_ousted), not a name.
_PRONOUN_OUSTED = re.compile(r"\b(?:[Hh]e|[Ss]he)(?=\s+(?:was|has\s+been|had\s+been)\s)")
# After the one who beat them: "by Claire Hanna of the SDLP in South Belfast".
_OF_PARTY = re.compile(r"\s+of\s+(?:the\s+)?")
_WINNER_IN = re.compile(r"\s+in\s+(?:the\s+)?")
_BY = re.compile(
    r"(?:\s+(?:in|at)\s+the\s+(?:general\s+)?election)?\s+by\s+(?:the\s+)?"
    r"(?:\d{2}-year-old\s+)?"  # "by 20-year-old SNP candidate Mhairi Black"
)
_COMMA_BEFORE = re.compile(r",\s*$")
_AUX_GAP = re.compile(rf"{AUX}\s+")
# "the TUV, who claimed the scalp of": the party the relative is about.
_WHO_GAP = re.compile(rf"(?:\s*,\s*who)?{AUX}\s+")


def _read_ousted(f: Frame) -> None:
    """ "X ousted Labour's Y", "…, ousting Y", "X defeated Y in Gordon", "Y was ousted in
    Gordon by Conservative X": a gain by the winner's party from the ousted MP's."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    low = f.lower  # (sent.text.lower(), made once a sentence)
    for m in _OUSTED.finditer(text, sent.span.start, end):
        rival, loser, stop = rival_after(f, m.end())
        if m.group("beat") is not None and (
            rival is None or _BEAT_HOLD.match(text, stop, end) or _any(low, _HOLD_WORDS)
        ):
            # "defeated Labour", "beat the Tories to hold it", "defeated X … held": the one
            # beaten need not have held the seat.
            continue
        inside = _IN_SEAT.match(text, stop, end)
        named = f.contest_at(inside.end()) if inside else None
        if m.group("beat") is not None and named is None and len(f.contests) != 1:
            continue  # whose seat the one beaten lost is too loose a guess without its name
        if rival is None and (loser is None or named is None):
            # Only a party ousted in a seat named ("ousting the SNP in Rutherglen"); "ousting
            # the SNP as the largest party" is no seat's result.
            continue
        who = winner_subject(f, m.start()) if rival is not None else None
        participle = m.group("verb").endswith("ing") and bool(
            _COMMA_BEFORE.search(text, sent.span.start, m.start())
        )
        if who is None and participle and rival is not None:
            # "X won …, ousting Y": the subject of the clause the participle hangs on, when
            # the sentence names only X before it.
            before = f.people[: f.count_before(f.people, m.start())]
            who = before[0] if len(before) == 1 else None
        subject: PartyMention | None = None
        if who is None:
            # "Labour have unseated Nick Clegg": a party as the subject.
            i = f.count_before(f.parties, m.start())
            subject = f.parties[i - 1] if i else None
            if subject is None:
                continue
            if not _WHO_GAP.fullmatch(text, subject.span.end, m.start()) and not (
                # "Labour claimed another scalp, ousting the SNP in Rutherglen": the party
                # opening the sentence, the only one before the participle.
                participle
                and i == 1
                and _SUBJECT_PARTY_LEAD.fullmatch(text, sent.span.start, subject.span.start)
            ):
                continue
        elif rival is not None and who.name == rival.name:
            continue
        if who is not None:
            party = person_party(f, who)
        else:
            assert subject is not None
            name = subject.party.name
            party = (name, f"{name}, named before the verb", True)
        if party[0] is not None and party[0] == loser:
            continue
        emit_person_outcome(
            f,
            who,
            [named] if named else [],
            stop,
            party=party,
            verb="gain",
            from_party=loser,
            span=Span(start=m.start("verb"), end=m.end("verb")),
            what=f"“{m.group('verb')}” the sitting MP: the seat changed hands"
            if m.group("beat") is None
            else f"“{m.group('verb')}” a person named: a gain if they held the seat",
            candidate=who,
            # "ousted Y" says Y held the seat; "defeated Y" only implies it
            held_by=rival.name if m.group("beat") is not None and rival is not None else None,
        )
    subjects: list[tuple[PersonMention | None, int]] = [(q, q.span.end) for q in f.people]
    if "he was " in low or "he has been " in low or "he had been " in low:
        subjects += _pronoun_ousted(f)
    for q, q_end in subjects:
        was = _WAS_OUSTED.match(text, q_end, end)
        if was is None:
            continue
        m = was
        stop = m.end()
        named = f.contest_at(m.end("seat")) if m.group("seat") is not None else None
        if m.group("seat") is not None:
            if named is None:
                continue  # "ousted in Edinburgh Easr": a place the reader does not know
            stop = named.span.end
        by = _BY.match(text, stop, end)
        if by is None:
            continue
        winner_person, winner, after = rival_after(f, by.end())
        if winner is None and winner_person is None:
            continue
        if named is None:
            of_at = _OF_PARTY.match(text, after, end) if winner_person is not None else None
            of = party_at(f, of_at.end()) if of_at else None
            inside = _WINNER_IN.match(text, of.span.end if of else after, end)
            named = f.contest_at(inside.end()) if inside else None
            if named is not None and of is not None:
                winner = winner or of.party.name
        loser = person_party(f, q)[0] if q is not None else None
        if winner is not None and winner == loser:
            continue
        if q is not None and winner_person is not None and q.name == winner_person.name:
            continue  # the pronoun stood for the winner: whom it means is unsure
        emit_person_outcome(
            f,
            q,
            [named] if named else [],
            stop,
            party=(
                winner,
                f"{winner}, named with the one after “by”" if winner else "not named",
                winner is not None,
            ),
            verb="gain",
            from_party=loser,
            span=Span(start=m.start("verb"), end=m.end("verb")),
            what=f"“was {m.group('verb')}”: the sitting MP lost the seat",
            candidate=winner_person,
        )


def _pronoun_ousted(f: Frame) -> list[tuple[PersonMention | None, int]]:
    """The "he" or "she" a passive of ousting is said of ("He was unseated by Labour's Jane
    Smith"), each with where it ends: the person it stands for, else None. A sentence opening
    with the pronoun, or naming nobody before it ("…, but he was defeated by"), means the
    person the sentence before named (``last_person``, whom ``pronoun_antecedent`` chose);
    one naming a single person before it, that person ("Jane Smith's 20 years came to an end
    as she was defeated by"); one naming more, nobody sure. Not in a sentence that also says
    a seat was held ("She was beaten by John Brown, who held the seat"): the one beaten was
    a challenger."""
    if _any(f.lower, _HOLD_WORDS):
        return []
    out: list[tuple[PersonMention | None, int]] = []
    for m in _PRONOUN_OUSTED.finditer(f.state.text, f.sent.span.start, f.sent.span.end):
        before = {p.name: p for p in f.people[: f.count_before(f.people, m.start())]}
        if len(before) > 1:
            continue
        who = next(iter(before.values())) if before else f.state.last_person
        out.append((who, m.end()))
    return out


_EXPENSE = re.compile(r",?\s+(?P<words>at\s+the\s+expense\s+(?P<of>of))\s+(?:the\s+)?")
# "taken Jane Smith's seat"
# (a few words may describe it: "Vince Cable's once safe Liberal Democrat Twickenham seat")
_THEIR_SEAT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}?seat\b")


_IN_SEAT = re.compile(
    r"\s+(?:once\s+more\s+)?(?:in|for|as\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\s+for|to)\s+(?:the\s+)?"
)
# The seat before its title: "re-elected as Gower MP", "re-elected as Gower's MP".
_AS_SEAT = re.compile(r"\s+as\s+(?:the\s+)?")
_SEAT_MP = re.compile(r"(?:['’]s)?\s+(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b")
# (tenth session) "Alan Mak held on by 92 votes", "Jane Smith narrowly hung on": a hold
# without an object (not "held on to power", "held on for a recount"), the seat the
# sentence's or the story's. Only where the phrase ends, or a margin, a share or the seat
# follows.
# (fourteenth session) "Pete Wishart fended off Ian Duncan by just 21 votes", "saw off the
# SNP challenge": the one who fended off a challenger defended the seat, a hold by
# implication (the person's party's only if the person did not change party). "Saw off" only
# a challenge: "saw off Tory incumbent Victoria Borwick", "saw off competition from …" are
# said of a challenger who won as often.
_FENDED_OFF = re.compile(
    r"\b(?P<verb>(?:fended|fends|fending)\s+off|(?:saw|sees|seen"
    # (sixteenth session) "easily held off the challenge of Labour", "managed to hold off a
    # strong challenge from the Lib Dems"
    r"|held|holds|holding|(?<=managed\sto\s)hold)\s+off"
    r"(?=\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?challenge\b))\s+"
)
# The seat after "in", the clause unbroken (a figure's comma aside): "… by just 1,021 votes
# in Gower".
_FENDED_IN = re.compile(r"(?:[^.;:,–—()]|,(?=\d)){0,80}?\bin\s+(?:the\s+)?(?=[A-Z])")
_HELD_ON = re.compile(
    # (sixteenth session) "held for Labour", "held on for Labour": "for" a party (never "held
    # on for a recount"; :func:`_held_for` checks the party)
    # (twenty-first session) every verb of holding on (_HUNG): "Jane Smith hangs on by 92 votes"
    rf"\b(?P<verb>(?:held|holds|{_HUNG})\s+on|held(?=\s+for\s+(?:the\s+)?[A-Z]))"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+by\s+(?:(?:a|just|only|some|around|about|over|under|fewer"
    r"|less|more|than|mere|paper-thin|wafer-thin|slim|narrow|tiny)\s+)*\d"
    r"|\s+with\s+(?:(?:a|an|just|only)\s+)*(?:\d|(?:[a-z-]+\s+){0,2}majority\b)"
    r"|\s+for\s+(?:the\s+)?[A-Z])"
)
HELD_ON_CUES = (" on", "held for ")
"""Substrings one of which a sentence needs for :data:`_HELD_ON` to match in it."""


def _new_held_on(m: re.Match[str]) -> bool:
    """Is a :data:`_HELD_ON` match one of the twenty-first session's wordings (a verb of
    holding on other than "held", "hung", "clung")?"""
    return m.group("verb").split()[0] not in ("held", "hung", "clung")


def unplaced_in_round_up(f: Frame, who: PersonMention) -> bool:
    """(Twenty-first session) Is ``who``, in a sentence naming no seat, in a story of several
    seats, someone the story has not placed? A wording that names no seat then takes the seat
    carried from the sentence before, which may be another race's (as "X defeated Y" does in
    beat_winners.py): "In the end the SNP's Jane Smith came out on top" in a round-up."""
    state = f.state
    if f.contests or state.seats_named <= 1:
        return False
    known = state.candidates.get(who.name) or state.same_person(who.name)
    return known is None or known.contest is None


def _held_for(f: Frame, m: re.Match[str]) -> tuple[bool, PartyMention | None]:
    """Is a :data:`_HELD_ON` match a hold, and for which party named after "for" ("Jane
    Smith held on for Labour")? Not when "for" names no party ("held on for Christmas")."""
    fm = _FOR.match(f.state.text, m.end(), f.sent.span.end)
    if fm is None:
        return True, None
    named = party_at(f, fm.end())
    return named is not None, named


_RE_ELECTED = re.compile(
    # ("was also re-elected": another seat than the one just told of, so only in a seat
    # named after it)
    r"\b(?:(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|once\s+again\s+|again\s+"
    r"|(?P<also>also\s+))?(?P<verb>re-?elected)\b"
    # "Jane Smith was delighted at securing re-election"
    r"|(?:securing|secured|secures|winning|won|wins)\s+(?P<win>re-?election)\b"
    r"(?!\s+(?:campaign|bid))"
    # (nineteenth session) "celebrates her re-election as MP for Gower", "has hailed his
    # re-election", "following his re-election with a majority of", "ensured her re-election"
    # (four outlets): the re-election of the person named before, said as done (not "seeking
    # re-election", "her re-election campaign"). The verb before "his" is _RE_ELECTION_DONE's
    # to test: as a first word here, "c", "e" and "f" would be tried all over the sentence.
    r"|(?:his|her)\s+(?P<noun>re-?election)\b(?!\s+(?:campaign|bid|hopes?|chances?|battle|fight)\b)"
    # "Ed Davey has remained the Member of Parliament for Kingston and Surbiton"
    r"|(?:has\s+|have\s+)?(?P<remain>remained|remains)\s+(?:the\s+)?(?:MP|[Mm]ember\s+of\s+"
    r"[Pp]arliament)(?=\s+for\s)"
    # "Jane Smith won again in Wigan"
    r"|(?:has\s+)?(?P<again>(?:won|wins)\s+(?:once\s+)?again)(?=\s+in\s)"
    # "Jane Smith is an MP again in Sunderland Central"
    r"|(?:is|was)\s+(?P<mp>an\s+MP\s+again)(?=\s+(?:in|for)\s)"
    # "Labour's Rosie Duffield has won a second term"
    # (sixteenth session) "secures second term", "won his fourth term", "was returned for a
    # fourth term"
    r"|(?:has\s+|have\s+)?(?P<term>(?:won|wins|secured|secures|(?<=was\s)returned)"
    r"\s+(?:for\s+)?(?:(?:a|his|her|their)\s+)?(?:second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth)\s+term)\b"
    # (ninth session) "was returned as MP for Inverness", "has been returned as Shetland and
    # Orkney MP", "to be returned as East Devon's MP", "was returned to the Orkney and
    # Shetland seat": a return is the sitting MP's
    # (nineteenth session) "was returned again for Gower", "having been returned in the general
    # election", "was returned comfortably.", "had been returned with an increased majority"
    # (five outlets): a person returned, with a seat, an election, a majority or nothing after
    # it ("returned to the count", "returned home" are not results).
    r"|(?:is|was|has\s+been|had\s+been|have\s+been|having\s+been|be)\s+"
    r"(?:\w+ly\s+|once\s+again\s+|again\s+)?"
    r"(?P<returned>returned)(?=\s+as\s+(?:[\w'’&,-]+\s+){0,6}?(?:MP|[Mm]ember\s+of\s+[Pp]arliament)\b"
    r"|\s+to\s+the\s+[A-Z][^.;]{0,60}?\bseat\b|\s+once\s+more\s+for\s+(?:the\s+)?[A-Z]"
    r"|\s+(?:again\s+)?(?:for|in)\s+(?:the\s+)?[A-Z]|\s+(?:in|at)\s+the\s+(?:[Gg]eneral\s+)?[Ee]lection\b"
    r"|\s+with\s|\s+[a-z]+ly\b|\s*(?:[,.;]|$))"
    # "has once again been elected as the MP for Ceredigion"
    r"|(?:has|have|had)\s+(?:once\s+again|again)\s+been\s+(?P<elected>elected)"
    r"(?=\s+(?:as\s+)?(?:the\s+)?MP\s+for\s)"
    # A headline's "Colum Eastwood re-elected in Foyle", "Jane Smith, re-elected in Wigan": no
    # auxiliary, so only with the seat named right after (not "the newly re-elected MP")
    r"|(?<=[\w,)]\s)(?P<bare>re-?elected)(?=\s+(?:in|as\s+(?:the\s+)?(?:MP|[Mm]ember\s+of"
    r"\s+[Pp]arliament)\s+for)\s+(?:the\s+)?[A-Z]"
    # (sixteenth session) "Jane Smith re-elected as Gower MP": the seat named before the title
    r"|\s+as\s+(?:the\s+)?[A-Z][^.;:]{0,60}?(?:['’]s)?\s+MP\b"
    # (twenty-first session) "Jane Smith narrowly re-elected in the traditionally safe Tory
    # seat of Gower", "Clacton: Jane Smith re-elected in coastal seat", "re-elected in new
    # Leeds South constituency", "Jane Smith reelected to Parliament", a results line's
    # "Jane Smith (Labour) re-elected 21184" (five outlets): the seat in the words, or the
    # sentence's one seat, or the story's only one
    r"|\s+in\s+(?:(?:the\s+|her\s+|his\s+)?(?:[\w'’-]+\s+){0,4}?(?:seat|constituency)\b)"
    r"|\s+in\s+new\s+[A-Z]|\s+to\s+(?:[Pp]arliament|Westminster|the\s+Commons)\b"
    r"|[ \t]+\d[\d,]*[ \t]*(?:\n|$)))"
)


_RE_ELECTED_GROUPS = (
    "verb", "win", "noun", "remain", "again", "mp", "term", "returned", "elected", "bare",
)  # fmt: skip
_AGAIN = re.compile(r"\s+again(?=\s)")
# Before "his re-election": a verb that says it happened.
_RE_ELECTION_DONE = re.compile(
    r"\b(?:celebrat\w*|hail\w*|welcom\w*|following|ensured|ensuring)\s+$", re.IGNORECASE
)
# After "returned": a place named, which the seat read must be.
_FOR_PLACE = re.compile(r"\s+(?:for|in)\s+(?:the\s+)?[A-Z]")


# "saw the re-election of Labour's Jane Smith": the person named after it held the seat.
# Only after a verb that reports it: "called for the re-election of" is no result.
_RE_ELECTION_OF = re.compile(
    r"\b(?:saw|sees|see|seen|confirmed|confirms|secured|secures|celebrated|celebrates)\s+"
    r"(?:the\s+)?(?P<verb>re-?election)\s+of\s+"
)
_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s*")


# The words each family of patterns needs, tested on the lower-cased sentence first: far
# cheaper than running the patterns over every sentence with an outcome word.
# ("to hang": "managed to hang on"; not "hang", which every "change" holds)
_HOLD_WORDS = (
    "held", "hold", "retain", "kept", "keep", "clung", "cling", "hung", "hangs", "hanging",
    "to hang",
)  # fmt: skip
_GAIN_WORDS = ("gain", "won", "win", "took", "tak", "seiz", "captur", "snatch", "reclaim")
_LOST_WORDS = ("lost", "lose", "losing", "relinquish", "conceded defeat", "concedes defeat")
_OUSTED_WORDS = (
    "ouste",
    "ousti",
    "unseat",
    "pushed out",
    "pushing out",
    "scalp of",
    "defeat",
    "beat",
)
_SEAT_SUBJECT_WORDS = (
    "fell", "fallen", "falls", "remain", "stay", "retained", "held", "kept", "turn", "switch",
    "went", "goes", "gone", "taken", "snatched", "seized", "captured", "gained", "won back",
    "reclaimed", "regained",
)  # fmt: skip


_SEAT_IS_WORDS = (" is ", " was ", " went ", " goes ", " gone ")


def _any(low: str, words: tuple[str, ...]) -> bool:
    # A loop, not any() over a generator: the generator costs more than the tests.
    for w in words:  # noqa: SIM110
        if w in low:
            return True
    return False


def _person_subject(f: Frame, m: re.Match[str]) -> PersonMention | None:
    """Who a person's outcome verb (``m``, its group ``verb``) is said of: the name before
    it (:func:`winner_subject`), or, for a participle right after a comma ("Ian Murray is
    the only Labour MP in Scotland, holding on to his seat"), the one person the sentence
    names before it, the subject of the clause the participle hangs on."""
    who = winner_subject(f, m.start())
    if who is not None or not m.group("verb").endswith("ing"):
        return who
    if not _COMMA_BEFORE.search(f.state.text, f.sent.span.start, m.start()):
        return None
    before = f.people[: f.count_before(f.people, m.start())]
    return before[0] if len(before) == 1 else None


def _participle_party(f: Frame, m: re.Match[str]) -> str | None:
    """The party a participle (``m``, its group ``verb``) after a comma is said of: the one
    party the sentence opens with and names before it, no person named before it."""
    text, sent = f.state.text, f.sent
    if not m.group("verb").endswith("ing") or not _COMMA_BEFORE.search(
        text, sent.span.start, m.start()
    ):
        return None
    if f.count_before(f.people, m.start()) or f.count_before(f.parties, m.start()) != 1:
        return None
    p = f.parties[0]
    if not _SUBJECT_PARTY_LEAD.fullmatch(text, sent.span.start, p.span.start):
        return None
    return p.party.name


_THE_OR_A = re.compile(r"(?:the|a)\s+")
_OWN_PARTY_AFTER = re.compile(r"(?:his|her|their)\s+party\b")


def _read_person_gains(f: Frame) -> None:
    """ "X took the seat from Labour", "X gained Gordon for the SNP", "taking the seat from
    Labour" after a party: a gain said of a person (or of the party a participle hangs on)."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    low = f.lower  # (sent.text.lower(), made once a sentence)
    for m in _PERSON_GAIN.finditer(text, sent.span.start, end) if _any(low, _GAIN_WORDS) else ():
        word = m.group("verb").lower()
        # (A headline's "Jane Smith wins back seat": the bare noun is her own seat.)
        target = _own_seat(f, m.end(), bare=word.startswith(("wins back", "takes back")))
        from_named: PartyMention | None = None
        from_person = None  # "seized the seat from Alex Salmond", "taken Jane Smith's seat"
        if target is None:
            from_person = person_at(f, m.end())
            theirs = _THEIR_SEAT.match(text, from_person.span.end, end) if from_person else None
            if from_person is not None and theirs is not None:
                stop = theirs.end()
                inside = _IN_SEAT.match(text, stop, end)
                theirs_at = f.contest_at(inside.end()) if inside else None
                target = (
                    [theirs_at] if theirs_at else [],
                    theirs_at.span.end if theirs_at else stop,
                    True,
                )
            else:
                from_person = None
                # "took the DUP seat": the seat of the party it was taken from
                own = _THE_OR_A.match(text, m.end(), end)
                from_named = party_at(f, own.end()) if own else None
                word_at = _SEAT_WORD.match(text, from_named.span.end, end) if from_named else None
                if from_named is None or word_at is None:
                    continue
                target = ([], word_at.end(), True)
        seats, stop, _ = target
        if from_named is None:
            # "took the DUP seat", "won the Labour stronghold of Wrexham"
            from_named = _party_within(f, m.end(), seats[0].span.start if seats else stop)
        who = _person_subject(f, m)
        if who is not None:
            party, tie, tight = person_party(f, who)
        else:
            # "Conservative win, taking the seat from Labour": the party opening the
            # sentence, when a participle after a comma hangs on it.
            subject = _participle_party(f, m)
            if subject is None:
                continue
            party, tie, tight = subject, f"{subject}, the subject of the sentence", True
        fm = _FOR.match(text, stop, end)
        if fm is not None:
            named = party_at(f, fm.end())
            if named is not None:
                party, tie, tight = named.party.name, f"{named.party.name}, named after “for”", True
                stop = named.span.end
            elif _OWN_PARTY_AFTER.match(text, fm.end(), end):
                stop = fm.end()
        frm = TAKEN_FROM.match(text, stop, end)
        if frm is not None and from_named is None and from_person is None:
            from_named = from_party_at(f, frm.end())
            if from_named is not None:
                stop = from_named.span.end
            else:
                from_person = person_at(f, frm.end())
        again = _NTH_TIME.match(text, stop, end) if word in _AGAIN_VERBS else None
        if again is not None and who is not None and from_named is None and from_person is None:
            # "X won his Mid Ulster seat for a third time", "X took Bristol South for a second
            # time": the sitting MP won again, a hold (unless the MP changed party, or lost
            # the seat between: read loosely, as "re-elected" is)
            emit_person_outcome(
                f,
                who,
                seats,
                stop,
                party=(party, tie, tight),
                verb="hold",
                span=Span(start=m.start("verb"), end=again.end()),
                what=f"“{m.group('verb')} … {again.group('nth')} time”: the sitting MP won "
                "again, so the party held the seat",
                candidate=who,
            )
            continue
        taken = False
        if from_named is None and from_person is None and not _GAIN_ALONE.search(word):
            if not _taken(word, text, stop, end) or text[m.start("verb") - 1] in "-‑":
                continue  # "X won the seat": a winner, not said to be a gain
            taken = True
        from_name = (
            from_named.party.name
            if from_named is not None
            else person_party(f, from_person)[0]
            if from_person is not None
            else None
        )
        if from_person is not None and who is not None and from_person.name == who.name:
            continue
        if from_name is not None and party is not None and from_name == party:
            continue
        if who is None and from_name is None and not taken and not _GAIN_ALONE.search(word):
            # a party's win needs the party it was taken from; "gaining Wigan" says a gain
            continue
        emit_person_outcome(
            f,
            who,
            seats,
            stop,
            party=(party, tie, tight),
            verb="gain",
            from_party=from_name,
            span=Span(start=m.start("verb"), end=stop),
            what=f"“{m.group('verb')}”, a seat taken: a gain by implication"
            if taken
            else f"“{m.group('verb')}”, a gain in words",
            candidate=who,
        )


def _held_by_person(
    f: Frame, m: re.Match[str], who: PersonMention, seats: list[ContestMention], stop: int
) -> None:
    """A person's hold of ``seats`` ("Jane Smith held Gower"), with the party the words
    give: the seat's, or one named after "for", else the person's."""
    text, end = f.state.text, f.sent.span.end
    party, tie, tight = person_party(f, who)
    seat_party = _party_within(f, m.end(), stop)
    if seat_party is not None:
        name = seat_party.party.name
        party, tie, tight = name, f"{name}, named as the seat's party", True
    fm = _FOR.match(text, stop, end)
    named = party_at(f, fm.end()) if fm else None
    if named is not None:
        party, tie, tight = named.party.name, f"{named.party.name}, named after “for”", True
        stop = named.span.end
    # A person "holds" a seat whatever their party did ("held Gower" is written of a
    # gain too): a party's hold only by implication.
    emit_person_outcome(
        f,
        who,
        seats,
        stop,
        party=(party, tie, tight),
        verb="hold",
        span=Span(start=m.start("verb"), end=stop),
        what=f"“{m.group('verb')}”: the winner held the seat",
        candidate=who,
    )


def _read_person_outcomes(f: Frame) -> None:
    state, sent = f.state, f.sent
    text, end = state.text, sent.span.end
    if not f.people and not PRONOUN_START.match(sent.text):
        if f.parties and "ing " in sent.text:
            _read_person_gains(f)  # a party's participle: "Labour win, taking the seat from"
        return
    low = f.lower
    for seat, m, member in _seat_members(f) if " mp " in low else ():
        if m.group("kept") is None:
            continue  # "the new MP is": a winner, not said to be the sitting one
        emit_person_outcome(
            f,
            member,
            [seat],
            member.span.end,
            party=person_party(f, member),
            verb="hold",
            span=Span(start=m.start("kept"), end=member.span.end),
            what=f"“the MP {m.group('kept')}”: the sitting MP won, so the party held the seat "
            "(unless the MP changed party)",
            candidate=member,
        )
    for m in _PERSON_HOLD.finditer(text, sent.span.start, end) if _any(low, _HOLD_WORDS) else ():
        target = _own_seat(f, m.end(), bare=True)
        if target is None:
            continue
        seats, stop, _ = target
        who = _person_subject(f, m)
        if who is None:
            continue
        paired = [
            (person, seat)
            for seat in (seats if len(seats) > 1 else ())
            if (person := f.respective_person(seat)) is not None
        ]
        if paired and len(paired) == len(seats):
            # "Damian Collins, Michael Fallon, Charlie Elphicke have held Folkestone & Hythe,
            # Sevenoaks and Dover respectively": each person held the seat in their place.
            for person, seat in paired:
                _held_by_person(f, m, person, [seat], stop)
            continue
        _held_by_person(f, m, who, seats, stop)
    for m in (
        _RE_ELECTED.finditer(text, sent.span.start, end)
        if _any(low, ("elect", "again", "remain", " term", "returned"))
        else ()
    ):
        group = next(g for g in _RE_ELECTED_GROUPS if m.group(g) is not None)
        if group == "noun" and not _RE_ELECTION_DONE.search(
            text, max(sent.span.start, m.start() - 20), m.start()
        ):
            continue  # "his re-election" hoped for, or said of no result
        who = winner_subject(f, m.start())
        if who is None and group == "noun":
            # "John Mann was pleased following his re-election": whom "his" stands for, the
            # one person named before it, or (none named) the person last named.
            before = {p.name: p for p in f.people[: f.count_before(f.people, m.start())]}
            who = next(iter(before.values())) if len(before) == 1 else None
            if not before:
                who = state.last_person
        if who is None:
            continue
        party, tie, tight = person_party(f, who)
        after = m.end()
        if group == "returned" and (again := _AGAIN.match(text, after, end)) is not None:
            after = again.end()  # "was returned again for Gower"
        where = _IN_SEAT.match(text, after, end)
        seat_named = f.contest_at(where.end()) if where else None
        if seat_named is None:
            # (sixteenth session) "re-elected as Edinburgh South West MP", "as Inverclyde's MP"
            where = _AS_SEAT.match(text, m.end(), end)
            seat_named = f.contest_at(where.end()) if where else None
            if seat_named is not None and not _SEAT_MP.match(text, seat_named.span.end, end):
                seat_named = None
        if (m.group("also") is not None or m.group("bare") is not None) and seat_named is None:
            # (twenty-first session) A bare "re-elected" whose words name no seat ("in the
            # coastal seat", "to Parliament", a results line's count) is the sentence's one
            # seat's, or the story's only one.
            bare_ok = m.group("bare") is not None and (
                len({c.name for c in f.contests}) == 1
                or (not f.contests and state.seats_named <= 1)
            )
            if not bare_ok:
                continue
        if group == "returned" and seat_named is None and _FOR_PLACE.match(text, after, end):
            continue  # "returned again for Carmarthen West and South Pembs": a place unknown
        emit_person_outcome(
            f,
            who,
            [seat_named] if seat_named else [],
            m.end(),
            party=(party, tie, tight),
            verb="hold",
            span=Span(start=m.start(group), end=m.end(group)),
            what=f"“{m.group(group)}”: the sitting MP won, so the party held the seat "
            "(unless the MP changed party)",
            candidate=who,
        )
    for m in _HELD_ON.finditer(text, sent.span.start, end) if _any(low, HELD_ON_CUES) else ():
        who = winner_subject(f, m.start())
        held, named = _held_for(f, m)
        if who is None or not held or (_new_held_on(m) and unplaced_in_round_up(f, who)):
            continue
        emit_person_outcome(
            f,
            who,
            [],
            m.end() if named is None else named.span.end,
            party=person_party(f, who)
            if named is None
            else (named.party.name, f"{named.party.name}, named after “for”", True),
            verb="hold",
            span=Span(start=m.start("verb"), end=m.end("verb")),
            what=f"“{m.group('verb')}”: the winner held the seat",
            candidate=who,
        )
    for m in _FENDED_OFF.finditer(text, sent.span.start, end) if " off " in low else ():
        who = winner_subject(f, m.start())
        if who is None:
            continue
        # The seat named after "in" in the same clause ("fended off Ian Duncan by just 21
        # votes in Perth and North Perthshire"), else the one the person is read in.
        where = _FENDED_IN.match(text, m.end(), end)
        defended = f.contest_at(where.end()) if where else None
        emit_person_outcome(
            f,
            who,
            [defended] if defended else [],
            defended.span.end if defended else m.end(),
            party=person_party(f, who),
            verb="hold",
            span=Span(start=m.start("verb"), end=defended.span.end if defended else m.end("verb")),
            what=f"“{m.group('verb')}” a challenger: the sitting MP held the seat",
            candidate=who,
        )
    for m in _RE_ELECTION_OF.finditer(text, sent.span.start, end) if "election" in low else ():
        # The person named right after, with at most their party's words between.
        i = f.count_before(f.people, m.end())
        who = f.people[i] if i < len(f.people) else None
        if who is None or who.span.start - m.end() > 40:
            continue
        link = f.links.get(who.span.start)
        lead = link.span.end if link is not None and link.span.start >= m.end() else m.end()
        if not _POSSESSIVE_GAP.fullmatch(text, lead, who.span.start):
            continue
        emit_person_outcome(
            f,
            who,
            [],
            who.span.end,
            party=person_party(f, who),
            verb="hold",
            span=Span(start=m.start("verb"), end=m.end("verb")),
            what="“the re-election of”: the sitting MP won, so the party held the seat "
            "(unless the MP changed party)",
            candidate=who,
        )
    _read_person_gains(f)
    _read_overturned(f)
    for m in _EXPENSE.finditer(text, sent.span.start, end) if "expense" in low else ():
        # "Jane Smith was elected in Gordon, at the expense of John Brown": a winner read in
        # this sentence, and the one who lost the seat to her.
        who = f.subject(m.start())
        cand = (state.candidates.get(who.name) or state.same_person(who.name)) if who else None
        if (
            who is None
            or cand is None
            or cand.rank is None
            or cand.rank.value != 1
            or cand.rank.span is None
            or not sent.span.start <= cand.rank.span.start < m.start()
        ):
            continue
        rival = person_at(f, m.end())
        named = party_at(f, m.end())
        loser = named.party.name if named else person_party(f, rival)[0] if rival else None
        if rival is None and named is None:
            continue
        party, tie, tight = person_party(f, who)
        if loser is not None and loser == party:
            continue
        his = [c for c in f.contests if c.name == cand.contest]
        emit_person_outcome(
            f,
            who,
            his[:1],
            m.end(),
            party=(party, tie, tight),
            verb="gain",
            from_party=loser,
            span=Span(start=m.start("words"), end=m.end("of")),
            what="“at the expense of”: the seat taken from the one named",
            candidate=who,
        )
    for m in _PERSON_LOST.finditer(text, sent.span.start, end) if _any(low, _LOST_WORDS) else ():
        lost_to = m.group("to") is not None
        target = ([], m.end("to"), True) if lost_to else _own_seat(f, m.end(), bare=True)
        if target is None:
            continue
        seats, stop, _ = target
        who = _person_subject(f, m)
        if who is None or (
            m.group("to") in ("lose", "lose out")
            and not _SAW.search(text, sent.span.start, who.span.start)
        ):
            continue
        loser, _, loser_tight = person_party(f, who)
        seat_party = _party_within(f, m.end(), stop) if not lost_to else None
        if seat_party is not None:
            # "Jo Swinson lost her Lib Dem seat": the party named as the seat's lost it
            loser, loser_tight = seat_party.party.name, True
        to = _TO.match(text, stop, end)
        winner: str | None = None
        tie = "no party named for the winner"
        tight = False
        rival = None
        if to is not None:
            named = party_at(f, to.end())
            rival = next(
                (
                    q
                    for q in f.people
                    if to.end() <= q.span.start <= to.end() + 40
                    and not text[to.end() : q.span.start].count(",")
                ),
                None,
            )
            if lost_to:
                if named is None and rival is None:
                    continue
                # The winner's name ends after their party's: "the Conservatives' Ashley
                # Williams".
                beaten_by = max(
                    (x.span for x in (named, rival) if x is not None), key=lambda x: x.end
                )
                if _SITTING.search(text, to.end(), beaten_by.start):
                    continue  # "lost to the sitting MP": the seat stayed
                inside = _IN_SEAT.match(text, beaten_by.end, end)
                named_seat = f.contest_at(inside.end()) if inside else None
                seats = [named_seat] if named_seat else []
                if not seats and len(f.contests) != 1 and not _lost_in_known_seat(f, who):
                    continue  # as for "defeated": no seat named, too loose a guess
            # The span stops before the winner's name, which is a reading of its own.
            if named is not None:
                winner, tie, tight = named.party.name, f"{named.party.name}, named after “to”", True
            elif rival is not None:
                link = f.links.get(rival.span.start)
                if link is not None:
                    winner, tie, tight = link.party.name, f"{link.party.name}, {rival.name}'s", True
            elif not _RIVALS.match(text, to.end(), end):
                continue  # "lost his seat to a swing": not a winner
        elif _CHANGED_PARTY.search(text, sent.span.start, end):
            continue  # "lost her seat after leaving the Tories": the seat may have stayed
        elif not loser_tight:
            # "X lost her seat", X's party not named with her: a gain all the same (the
            # sitting MP lost), from a party unsaid.
            loser = None
        if winner is not None and winner == loser:
            continue
        emit_person_outcome(
            f,
            who,
            seats,
            stop,
            party=(winner, tie, tight),
            verb="gain",
            from_party=loser,
            span=Span(start=m.start("verb"), end=stop),
            what=f"“{m.group('verb')}”: a gain by whoever took the seat"
            if not lost_to
            else f"“{m.group('verb')} to”: a gain if {who.name} held the seat",
            held_by=who.name if lost_to else None,
            # "lost her seat": the one who held it, whom the record's last winner must be for
            # the seat read to be hers.
            owner=None if lost_to else who.name,
            # "lost her seat to Neale Hanvey": the one named after "to" won it
            candidate=rival,
        )


def _lost_in_known_seat(f: Frame, who: PersonMention) -> bool:
    """In a sentence naming no seat, is the one who "lost to" someone tied to a seat: named
    with it earlier, or the seat carried from earlier in the same paragraph ("a recount was
    required in Inverness, …. However, the SNP's Drew Hendry later conceded defeat to")?"""
    if f.contests:
        return False
    state = f.state
    known = state.candidates.get(who.name) or state.same_person(who.name)
    if known is not None and known.contest is not None:
        return True
    at = f.carried_from
    return (
        at is not None and f.contest is not None and "\n" not in state.text[at : f.sent.span.start]
    )


# An MP who changed party since the last election: their losing says nothing of whether the
# seat changed hands.
_CHANGED_PARTY = re.compile(
    r"\b(?:after|since|having|who)\s+(?:\w+\s+)?(?:leaving|left|quitting|quit|defected|defecting"
    r"|switched|switching|resigned\s+the\s+whip|losing\s+the\s+whip)\b",
    re.IGNORECASE,
)


def _colour_party(f: Frame, colour: str | None) -> str | None:
    """The party a colour stands for ("blue", "red"), when the pack has it."""
    name = _COLOURS.get((colour or "").lower())
    if name is None:
        return None
    return name if any(p.name == name for p in f.state.pack.parties.values()) else None


# After a seat as the subject: "seat" and an aside, "Mr Blair's Sedgefield seat, held by Phil
# Wilson, fell to", "Wrexham, which has been a Labour stronghold since 1935, fell to".
_SEAT_ASIDE = re.compile(
    r"(?:\s+(?:seats?|constituency|constituencies)\b)?(?:\s*,\s*[^,;:.()]{1,120},)?"
)
# "Blyth Valley, a Labour seat since 1950, taken by the Conservatives", "the Foyle seat was
# snatched from the SDLP by Sinn Fein": a gain by the party after "by".
_PASSIVE_TAKEN = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is)\s+)?"
    r"(?:(?:all|both|also|now|just|comfortably|easily|narrowly)\s+)?"
    r"(?P<verb>taken|snatched|seized|captured|gained|won\s+back|reclaimed|regained)"
    r"(?:\s+from\s+(?:the\s+)?(?P<from>))?"
)
_BY_PARTY = re.compile(r"\s+by\s+(?:the\s+)?")


_AUX_TURNED = re.compile(rf"{AUX}\s+(?:turned|turns)\s+")

# (eighteenth session) A seat kept by a person named after "by": "In Broxbourne the seat was
# held by Conservative Lewis Cocking", "North West Durham, previously the seat of Pat Glass,
# was held by Laura Pidcock", "Bristol West was held by Labour's Kerry McCarthy" (six
# outlets). The auxiliary is required: "the seat previously held by Yvette Cooper" is who
# held it before.
_HELD_BY_PERSON = re.compile(
    r"\s*,?\s+(?:(?:was|has\s+been|is)\s+)(?:(?:also|comfortably|easily|narrowly)\s+)?"
    r"(?P<verb>retained|held|kept)\s+by\s+(?:the\s+)?"
)
# (eighteenth session) "Mark Garnier increased his majority in Wyre Forest", "Pete Wishart
# increasing his majority in Perth and North Perthshire", "The Labour Party increased its
# majority in Oxford East", "Tories increase their majority again" (eight outlets, each
# labelled a hold): a majority grown is one held before and held again, so the seat was held
# (by implication: read loosely, beside the majority's direction, which is read as before).
_MAJORITY_UP = re.compile(
    r"\b(?P<verb>increased|increasing|increases|increase|doubled|doubling|boosted|boosting"
    r"|extended|extending|tripled|trebled)\s+(?:his|her|their|its)\s+(?:own\s+)?"
    r"(?:majority|(?P<plural>majorities))\b"
)
# The change's own figures after it ("by over 100", "from 21 to 7,550"): the hold's words span
# them, so a finding on those figures never counts the hold read from the same words as
# independent evidence of the seat (see reference/corroboration.py).
_MAJORITY_AMOUNT = re.compile(
    r"\s+(?:by|from|to)\s+(?:[^,;:()\n]|[,.](?=\d)){0,40}?\d(?:[\d,.]*\d)?"
    r"(?:\s+to\s+(?:[^,;:()\n]|[,.](?=\d)){0,20}?\d(?:[\d,.]*\d)?)?"
)
_MAJORITY_UP_CUES = ("increas", "doubl", "boost", "extend", "tripled", "trebled")


def _read_increased_majority(f: Frame) -> None:
    """ "Jane Smith increased her majority in Gower", "Labour increased its majority": a hold
    by the person or party named right before, in the seat named after "in" (else the
    sentence's or the story's)."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    for m in _MAJORITY_UP.finditer(text, sent.span.start, end):
        where = _IN_SEAT.match(text, m.end(), end)
        seats = seats_from(f, where.end()) if where else []
        if not seats and len(f.contests) != 1:
            # Only in a seat the sentence names: a seat carried from before may be another
            # person's, and "The Conservatives increased their majorities across the county"
            # names none.
            continue
        if m.group("plural") is not None and len(seats) < 2:
            continue  # "A and B increased their majorities": whose seat is which is unsaid
        stop = seats[-1].span.end if seats else m.end()
        amount = _MAJORITY_AMOUNT.match(text, stop, end) or (
            _MAJORITY_AMOUNT.match(text, m.end(), end) if seats else None
        )
        if amount is not None:
            stop = max(stop, amount.end())
        what = f"“{m.group('verb')} … majority”: the seat held again"
        span = Span(start=m.start("verb"), end=stop)
        who = winner_subject(f, m.start())
        if who is not None:
            paired = [(q, c) for c in seats if (q := f.respective_person(c)) is not None]
            if len(seats) > 1 and len(paired) != len(seats):
                continue  # "A and B increased their majorities in X and Y": whose is which
            each: list[tuple[PersonMention, list[ContestMention]]] = (
                [(q, [c]) for q, c in paired] if len(seats) > 1 else [(who, seats)]
            )
            for person, its in each:
                emit_person_outcome(
                    f,
                    person,
                    its,
                    stop,
                    party=person_party(f, person),
                    verb="hold",
                    span=span,
                    what=what,
                    candidate=person,
                )
            continue
        i = f.count_before(f.parties, m.start())
        p = f.parties[i - 1] if i else None
        if p is None or not _AUX_GAP.fullmatch(text, p.span.end, m.start()):
            continue
        if len(seats) > 1:
            continue
        name = p.party.name
        ties: list[tuple[str | None, SeatTie]] = (
            [(seats[0].name, (f"{seats[0].name}, named in the phrase", True, "in the phrase"))]
            if seats
            else _seat_tie(f, [])
        )
        for seat_name, seat_tie in ties:
            emit_outcome(
                f,
                party=name,
                party_tie=f"{name}, named before the verb",
                party_tight=True,
                verb="hold",
                from_party=None,
                seat=seat_name,
                seat_tie=seat_tie,
                span=Span(start=p.span.start, end=stop),
                what=what,
                what_tight=False,
            )


# "the seat" or "the constituency" as the subject: the sentence's seat or the story's.
_THE_SEAT = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:seat|constituency)\b")


def _read_held_by_person(f: Frame) -> None:
    """ "Gower was held by Labour's Tonia Antoniazzi", "the seat was held by Jane Smith": a
    hold said of the person named after "by" (a party's hold only by implication, as "Jane
    Smith held Gower" is)."""
    text, sent = f.state.text, f.sent
    end = sent.span.end
    subjects: list[tuple[list[ContestMention], int]] = []
    for c in f.contests:
        aside = _SEAT_ASIDE.match(text, c.span.end, end)
        subjects.append(([c], aside.end() if aside else c.span.end))
        if aside is not None and aside.end() > c.span.end:
            subjects.append(([c], c.span.end))
    subjects.extend(([], m.end()) for m in _THE_SEAT.finditer(text, sent.span.start, end))
    for seats, at in subjects:
        m = _HELD_BY_PERSON.match(text, at, end)
        if m is None:
            continue
        who, party, stop = rival_after(f, m.end())
        if who is None or (seats and party_at(f, m.end()) is not None):
            # "was held by Labour", "Gower was held by Labour's Jane Smith": the party's hold,
            # read with the seat as its subject (see _PASSIVE_HELD)
            continue
        said = (party, f"{party}, named with {who.name}", True) if party else None
        emit_person_outcome(
            f,
            who,
            seats,
            stop,
            party=said or person_party(f, who),
            verb="hold",
            span=Span(start=m.start("verb"), end=stop),
            what=f"“{m.group('verb')} by” a person named: the winner held the seat",
            candidate=who,
        )


def _read_seat_outcomes(f: Frame) -> None:
    """A seat as the subject: "Wrexham turns blue", "A, B and C all fell to Labour",
    "Monmouth and Aberconwy remained blue, as did Montgomeryshire", "Blyth, which was
    retained by Labour"; and "the Tories
    turned A and B from red to blue", "turning the constituency red"."""
    state, sent = f.state, f.sent
    text, end = state.text, sent.span.end
    if not _any(f.lower, _SEAT_SUBJECT_WORDS):
        return
    done = -1
    for c in f.contests:
        if c.span.start < done:
            continue
        found = _seat_subject(f, c.span.end)
        aside = _SEAT_ASIDE.match(text, c.span.end, end) if found is None else None
        if (
            aside is not None
            and aside.end() > c.span.end
            # an aside naming a seat is the next item of a list ("Wrexham, Delyn, fell")
            and f.count_before(f.contests, aside.end()) == f.count_before(f.contests, c.span.end)
        ):
            found = _seat_subject(f, aside.end())
        if found is None:
            continue
        verb, party, from_party, stop, what, tight = found
        seats = seats_before(f, c.span.end)
        if not seats:
            continue
        as_is = _AS_IS.match(text, stop, end)
        more = seats_from(f, as_is.end()) if as_is else []
        for s in [*seats, *more]:
            emit_outcome(
                f,
                party=party,
                party_tie=f"{party}, named in the phrase",
                party_tight=True,
                verb=verb,
                from_party=from_party,
                seat=s.name,
                seat_tie=(f"{s.name}, the phrase's subject", True, "by the words"),
                # A seat after "as did" takes the words from the verb on: "remained blue,
                # as did Montgomeryshire".
                span=Span(
                    start=s.span.start if s.span.start < c.span.end else c.span.end,
                    end=max(stop, s.span.end),
                ),
                what=what,
                what_tight=tight,
            )
        done = stop
    for p in f.parties:
        m = _AUX_TURNED.match(text, p.span.end, end)
        if m is None:
            continue
        seats = seats_from(f, m.end())
        if not seats:
            _turned_then_listed(f, p, m.end())
            continue
        to = _TURNED_LIST.match(text, seats[-1].span.end, end)
        if to is None or _colour_party(f, to.group("new")) != p.party.name:
            continue
        old = _colour_party(f, to.group("old"))
        _emit_seats(
            f,
            seats,
            party=(p.party.name, f"{p.party.name}, named before the verb", True),
            verb="gain",
            from_party=old if old != p.party.name else None,
            span=Span(start=p.span.start, end=to.end()),
            what="“turned … blue/red”, a gain in words",
        )
    for m in _TURNING_SEAT.finditer(text, sent.span.start, end):
        colour = _colour_party(f, m.group("new"))
        name, tie = story_seat(f)
        if colour is None or name is None:
            continue
        emit_outcome(
            f,
            party=colour,
            party_tie=f"{colour}, by its colour",
            party_tight=True,
            verb="gain",
            from_party=None,
            seat=name,
            seat_tie=tie,
            span=Span(start=m.start(), end=m.end()),
            what="“turning the seat blue/red”, a gain in words",
        )


_TURNED_LEAD = re.compile(r"\s+(?:(?:also|all|both|then|now)\s+)*")


# "The Conservatives have turned several Labour strongholds blue; winning A, B and C".
_TURNED_THEN = re.compile(
    r"[^;:.]{0,80}?\b(?P<new>blue|red)\s*[;:,–—-]\s*(?P<verb>winning|taking|gaining|capturing"
    r"|including)\s+",
    re.IGNORECASE,
)


def _turned_then_listed(f: Frame, p: PartyMention, at: int) -> None:
    """ "Party turned … blue; winning A, B and C": each listed seat a gain by the party,
    when the colour is the party's."""
    text, end = f.state.text, f.sent.span.end
    m = _TURNED_THEN.match(text, at, end)
    if m is None or _colour_party(f, m.group("new")) != p.party.name:
        return
    _emit_seats(
        f,
        seats_from(f, m.end()),
        party=(p.party.name, f"{p.party.name}, named before “turned”", True),
        verb="gain",
        start=m.start("verb"),
        how=(f"listed after “{m.group('verb')}”", "by the words"),
        what="“turned … blue/red; winning …”, a gain in words",
    )


class _SeatSaid(NamedTuple):
    """An outcome said of a seat as the subject ("Wrexham turns blue", "fell to Labour")."""

    verb: Literal["hold", "gain"]
    party: str
    from_party: str | None
    stop: int
    """Where the words end."""
    what: str
    """What the words are, for the reading's grounds."""
    tight: bool = True
    """Do the words say the outcome, or only imply it (a seat "gone to" a party, loosely)?"""


def _seat_subject(f: Frame, at: int) -> _SeatSaid | None:
    """The outcome said of the seat named just before ``at``."""
    text, end = f.state.text, f.sent.span.end
    fell = _FELL.match(text, at, end)
    if fell is not None:
        p = party_at(f, fell.end())
        if p is not None:
            return _SeatSaid("gain", p.party.name, None, p.span.end, "“fell to”, a gain in words")
    went = _WENT.match(text, at, end) if fell is None else None
    if went is not None:
        p = party_at(f, went.end())
        if p is not None:
            what = "“went to”, a seat gone to a party: a gain by implication"
            return _SeatSaid("gain", p.party.name, None, p.span.end, what, tight=False)
    stayed = _REMAINED.match(text, at, end)
    if stayed is not None:
        if stayed.group("colour"):
            party = _colour_party(f, stayed.group("colour"))
            if party is not None:
                return _SeatSaid(
                    "hold", party, None, stayed.end(), "“remained blue/red”, a hold in words"
                )
        else:
            p = party_at(f, stayed.end())
            if p is not None and stayed.group("hands") is not None:
                hands = _HANDS.match(text, p.span.end, end)
                if hands is not None:
                    what = "“remained in PARTY hands”, a hold in words"
                    return _SeatSaid("hold", p.party.name, None, hands.end(), what)
            elif p is not None and stayed.group("bare") is not None:
                if _BARE_PARTY_END.match(text, p.span.end, end):
                    return _SeatSaid(
                        "hold", p.party.name, None, p.span.end, "“stayed PARTY”, a hold in words"
                    )
            elif p is not None:
                return _SeatSaid(
                    "hold", p.party.name, None, p.span.end, "“stayed with”, a hold in words"
                )
    taken = _PASSIVE_TAKEN.match(text, at, end)
    if taken is not None:
        stop = taken.end()
        loser = party_at(f, stop) if taken.group("from") is not None else None
        if loser is not None:
            stop = loser.span.end
        by = _BY_PARTY.match(text, stop, end)
        p = party_at(f, by.end()) if by else None
        if (taken.group("from") is None or loser is not None) and p is not None:
            verb = taken.group("verb")
            return _SeatSaid(
                "gain",
                p.party.name,
                loser.party.name if loser else None,
                p.span.end,
                f"“{verb} by”, a gain in words",
            )
    passive = _PASSIVE_HELD.match(text, at, end)
    if passive is not None:
        p = party_at(f, passive.end())
        if p is not None:
            return _SeatSaid(
                "hold", p.party.name, None, p.span.end, "“retained by”, a hold in words"
            )
    turned = _TURNED_LEAD.match(text, at, end)
    if turned is not None:
        t = _TURNED.match(text, turned.end(), end)
        if t is not None:
            party = _colour_party(f, t.group("new") or t.group("bare"))
            old = _colour_party(f, t.group("old"))
            if party is not None and old != party:
                return _SeatSaid("gain", party, old, t.end(), "“turned blue/red”, a gain in words")
    return None


# "overturned Sir Julian Brazier's near 10,000 majority", "wiped out Jane Smith’s 5,000
# majority": the sitting MP's majority undone, so the seat changed hands. Only a person's,
# named right after the verb with a possessive; only a past verb (not "hoped to overturn").
_OVERTURNED = re.compile(r"\b(?P<verb>overturned|overcame|wiped\s+out)\s+(?:the\s+)?")
_POSSESSIVE_MAJORITY = re.compile(r"['’]s?\s+(?:[\w,.-]+\s+){0,4}?majority\b")


def _read_overturned(f: Frame) -> None:
    """A gain read from a sitting MP's majority overturned: "The 45-year-old overturned Sir
    Julian Brazier's near 10,000 majority". Whoever overturned it took the seat from the MP
    (``held_by``): their party, when the story gave one, is the one the seat was taken from."""
    text, sent = f.state.text, f.sent
    if "overturned" not in f.low and "overcame" not in f.low and "wiped" not in f.low:
        return
    for m in _OVERTURNED.finditer(text, sent.span.start, sent.span.end):
        held = person_at(f, m.end())
        if held is None:
            continue
        owned = _POSSESSIVE_MAJORITY.match(text, held.span.end, sent.span.end)
        if owned is None:
            continue
        loser = person_party(f, held)[0]
        winner = _person_subject(f, m)
        party: _Party = (None, "no party named for the winner", False)
        if winner is not None and winner.name != held.name:
            party = person_party(f, winner)
        emit_person_outcome(
            f,
            winner if winner is not None and winner.name != held.name else held,
            [],
            owned.end(),
            party=party,
            verb="gain",
            from_party=loser,
            span=Span(start=m.start("verb"), end=owned.end()),
            what=f"“{m.group('verb')} … majority”: the sitting MP's majority undone, a gain",
            held_by=held.name,
            candidate=winner if winner is not None and winner.name != held.name else None,
        )
