"""Cue phrases of English reports: what marks an event, its type, its organizers, its people."""

from __future__ import annotations

import re

# Sentence openers that carry the event's time: "On May 27,", "From January 12 to 16,".
LEAD = re.compile(
    r"\W{0,3}(?:(?:On|From|In|During|Since|By|At|Between|Around|Starting|Beginning|Last|Next|This)\s+|(?:Late|Early|Mid)[\s-]|\W{0,3})(?:the\s+)?",
    re.I,
)
HAPPENED = re.compile(
    r"\b(?:was|were|is|are|has been|had been|will be)\s+(?:successfully\s+|grandly\s+|jointly\s+|officially\s+|formally\s+|recently\s+|also\s+)?"
    r"(?:held|staged|hosted|opened|launched|convened|organi[sz]ed|founded|inaugurated|set up|established|kicked off|unveiled|carried out|concluded|closed|started|finished|completed|carrying out|running|conducting)\b"
    r"|\b(?:held|staged|hosted|convened|organi[sz]ed|launched|opened|unveiled|attended|presented|visited|met with|met|signed|renewed|dispatched|sent|arrived|donated|founded|inaugurated|welcomed|received|toured|paid|led|headed|took part|participated|kicked off|opened)\b"
    r"|\bwitnessed\b|\btook place\b|\btakes? place\b|\bmeet (?:in|at)\b|\bput (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper\b|\btravel(?:l)?ed\b|\bleaves? for\b|\bleft for\b|\bspent\b|\bspend\b|\bgave\b|\bcelebrated\b|\bmarked\b|\bco-chaired\b|\btook part\b|\btake part\b|\bwill (?:also )?(?:be|visit|travel|attend|host|hold|take|spend|sign|meet|lead|go|call|head|join|welcome|receive|make|pay)\b|\bcall(?:s|ed)? (?:on|at)\b|\bmade\b|\bdedicated\b|\bwill send\b|\bstayed\b|\bhosts?\b|\bwelcomes?\b|\bvisits\b|\bmeets\b"
    r"|\btravels?\b|\barrives?\b|\bleft\b|\b(?:is|are|am|was|were) (?:going|heading|flying) to (?!(?:be|sign|hold|have|make|take|host|welcome|meet|see|do|set)\b)|\b(?:flies|fly|flew|set|sets) (?:out|off)\b|\bplans?\b|\bis planning\b|\bare planning\b|\bto meet\b"
    r"|\bwent\b|\bcame\b|\bc(?:ame|ome|oming) over\b|\breturned\b|\bsat down\b|\bbr(?:ought|ings)\b|\bplayed\b|\bcompeted\b|\bwill come\b"
    r"|\b(?:is|are|was|were) (?:planned|scheduled|expected)\b|\bis due to\b|\bare due to\b|\bdelegation visit\b|\bstudy tour\b|\bexchange visit\b"
    r"|\bgot under\s?way\b|\bsends?\b|\bbegan\b|\bopened\b",
    re.I,
)
# Simultaneity: a sub-event that shares the date of the event before it.
SAME_TIME = re.compile(
    r"^\W{0,3}(?:At the|During the|Meanwhile|At the same time|On the sidelines|On the summit|On the ceremony|On the forum|In the forum|At this|At that|Alongside)\b|sub-forum|at the same time|on the sidelines|\bcoincid(?:e|es|ed|ing) with\b|\btimed to\b|\bwithin the framework of\b",
    re.I,
)
# Statements of totals, not of one event's people: they feed figures, not events.
BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|totally\s+|already\s+|successively\s+)*(?:established|dispatched|sent|set up|formed|trained|organized|held|built|signed|benefited|lasted|carried out|accumulated|attracted)\b"
    r"|\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)*(?:received|welcomed|hosted)\s+(?:more than\s+|over\s+|some\s+|about\s+|[\d,]+\s+|[a-z]+\s+)?(?:delegations|visitors|guests|groups)\b"
    r"|\b(?:has|have) been\s+\w+ing\b|\bso far\b|\bas of now\b|\bto date\b|\bin total\b|\btotally\b|\bboasts?\b|\bsince (?:its|the) (?:founding|establishment)\b|\bover the (?:past|last) \d+|\bhas now\b",
    re.I,
)

# Event type cues, strongest first; each a regex over the lower-cased main sentence.
TYPE_CUES: list[tuple[str, str]] = [
    (
        "volunteering",
        r"\bvolunteers?\b.{0,60}\b(?:arrived|dispatched|sent|started|went|offering|serv)|\bteams? of (?:[\w-]+ ){0,3}?(?:medical|doctors|medics|nurses|volunteers)\b|\b(?:medical|aid|rescue|relief|volunteer|eye|surgical)\s+(?:aid\s+|volunteer\s+)?(?:teams?|groups?|corps|missions?)\b|\bdispatch(?:ed|ing)?\b.{0,40}\bteam|\bvolunteer service\b|\bvoluntary service\b|\bas volunteers?\b|\bmedical (?:[\w-]+ ){0,2}(?:project|mission|programme|program|campaign)\b",
    ),
    (
        "founding",
        r"\binaugural (?:meeting|ceremony|conference|event|session)\b|\bfounding (?:ceremony|conference|meeting)\b|\bwas (?:founded|set up|established|inaugurated)\b|\bwere (?:founded|set up|established)\b|\baccept(?:ed|s)?\b.{0,40}\bmembers?\b|\badmitted\b.{0,40}\bmembers?\b|\blaunch(?:ed)? (?:of )?(?:the )?(?:[\w-]+ ){0,4}(?:network|alliance|association|federation|platform|center|centre)\b",
    ),
    (
        "aid",
        r"\bdonat(?:e|ed|es|ing|ion|ions)\b|\bcharity\b|\binauguration ceremony of\b.{0,60}\bschools?\b|\bconstruction of\b|\bhanded over\b|\baid (?:project|program|programme)\b|\bbrightness action\b|\bpurchased\b|\brelief (?:supplies|materials|goods)\b|\bschools? (?:were |was )?built\b"
        r"|\bhumanitarian (?:aid|help|assistance|supplies|needs|convoy|cargo)\b|\bemergency (?:help|aid|relief)\b"
        r"|\baid (?:collection|convoy|shipment|package|parcels?)\b|\bshipments? of\b|\bfund-?rais(?:ing|er|ers)\b"
        r"|\bsent (?:help|aid|relief)\b|\bhand-?overs?\b|\bgave the keys\b",
    ),
    (
        "training",
        r"\btraining\b|\bcourse\b|\bcamp\b|\bworkshop\b|\b(?:work )?placements?\b|\bcapacity building\b|\bgraduation\b|\binternship\b|\bstudy program",
    ),
    (
        "culture",
        r"\bexhibition\b|\bexpo\b|\bfestival\b|\bperformances?\b|\bconcerts?\b|\bcultural week\b|\bfriendship week\b|\bart troupe\b|\bfilm\b|\bscreening\b|\bgala\b|\bshow\b|\bperform(?:ed|ing)?\b|\bmarathon\b|\btournament\b|\bgames\b|\bfestivities\b|\bfundraiser\b|\bc[eé]il[ií]\b|\btea ceremony\b|\bdays of (?:[\w-]+ ){0,2}culture\b|\bculture days\b",
    ),
    (
        "signing",
        r"\bsigning (?:ceremony|event)\b|\bsigned\b|\brenewed\b|\binked\b|\bput (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper\b",
    ),
    (
        "visit",
        r"\bvisit(?:ed|ing|s)?\b|\bvisitors\b|\bdelegations?\b|\b(?:is|are|am|was|were) (?:going|heading|flying) to (?!(?:be|sign|hold|have|make|take|host|welcome|meet|see|do|set)\b)|\bstayed (?:with|in|at)\b|\bstay(?:ing)? in\b|\bstay(?:s|ing)?\s+with\s+(?:[\w-]+\s+){0,3}?(?:in|at)\b|\bambassadors\s+from\b|\barriv(?:ed|es|al)\b|\bspen[dt] (?:a|one|two|three|four|five|six|seven|ten|\d+) (?:days?|weeks?|months?|nights?|fortnight)\b|\bstudy tour\b|\barrived in\b|\btoured\b|\btraveled\b|\btravelled\b"
        r"|\b(?:cultural|student|youth|school|pupil|teacher)s?\s+exchange\b|\breturned (?:home|from)\b"
        r"|\b(?:come|came|coming) (?:back )?to (?=(?-i:[A-Z]))"
        r"|\b(?:trip|journey|mission)\s+(?:of\s+[^,.;()]{1,30}?\s+)?to\b|\b(?:left|leaves?|leaving)\s+for\b|\bstay,?\s+(?:from|between)\b"
        r"|\b(?:group|students|pupils|guests|party)\b[^.;]{0,80}?\b(?:was|were|will be)\s+hosted\s+(?:in|by)\b"
        r"|\b(?:have|has)\s+(?:taken\s+part|participated)\s+in\s+(?:the\s+|this\s+|its\s+)?(?:[\w-]+\s+)?exchanges?\b"
        r"|\b(?:was|were|will be) (?:again )?with us\b"
        r"|\b(?:was|were|will be) in (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)? (?:from|between)\b",
    ),
    (
        "meeting",
        r"\bmet with\b|\bsat down (?:together|with)\b|\bcall(?:s|ed)? (?:on|at)\b|\bcourtesy call|\bmeetings?\b|\bAGM\b|\b(?:general|annual|statutory) assembly\b|\bmet (?:the|his|her|their|(?-i:[A-Z]))|\breception\b|\bwelcome function\b|\b(?:dinner|luncheon)\b|\bminutes of\b|\btalks\b|\breceived\b|\bplenary\b|\bhearing\b|\bconvened\b|\bbanquet\b|\bceremony\b",
    ),
    (
        "forum",
        r"\bforum\b|\bpanel discussion\b|\bconference\b|\bsummit\b|\bsymposium\b|\bseminar\b|\bdialogue\b|\bcongress\b|\broundtable\b|\bround table\b|\bconvention\b|\bcolloquium\b",
    ),
]
TYPE_RX = [(t, re.compile(rx, re.I)) for t, rx in TYPE_CUES]
HEAD_TYPE = {
    "forum": "forum",
    "sub-forum": "forum",
    "panel": "forum",
    "conference": "forum",
    "summit": "forum",
    "symposium": "forum",
    "seminar": "forum",
    "dialogue": "forum",
    "congress": "forum",
    "roundtable": "forum",
    "convention": "forum",
    "colloquium": "forum",
    "meeting": "meeting",
    "reception": "meeting",
    "talks": "meeting",
    "hearing": "meeting",
    "banquet": "meeting",
    "festival": "culture",
    "exhibition": "culture",
    "expo": "culture",
    "week": "culture",
    "concert": "culture",
    "gala": "culture",
    "performance": "culture",
    "show": "culture",
    "fair": "forum",
    "camp": "training",
    "course": "training",
    "training": "training",
    "workshop": "training",
    "tour": "visit",
    "visit": "visit",
    "games": "culture",
}

ORGANIZED_BY = re.compile(
    r"\b(?:(?:jointly|co-?|mainly|also|respectively)\s*)?(?:organi[sz]ed|hosted|sponsored|co-sponsored|co-organized|co-hosted|staged|initiated|undertaken|convened|supported|launched|arranged|planned|held|funded|run|led|backed)"
    r"(?:\s+and\s+(?:jointly\s+)?(?:organi[sz]ed|hosted|sponsored|staged|supported|participated|funded|undertaken))?\s+(?:in\s+part\s+)?by\s+(?:the\s+)?",
    re.I,
)
UNDER_OF = re.compile(
    r"\b(?:under the (?:joint efforts|support|auspices|sponsorship|guidance|leadership) of|at the invitation of|in (?:cooperation|collaboration|partnership) with|together with|jointly with|with the support of|supported by|on behalf of)\s+(?:the\s+)?",
    re.I,
)
AGENT_VERBS = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:successfully\s+|jointly\s+|recently\s+|also\s+|officially\s+|grandly\s+|once again\s+)?"
    r"(?:organi[sz]ed|held|hosted|staged|launched|convened|started|sent|dispatched|carried out|co-organized|co-hosted|initiated|ran|opened|invited|welcomed|received)\b",
    re.I,
)
PEOPLE_NOUNS = re.compile(
    r"^(?:[\w’'-]+\s+){0,5}?(?:people|persons|participants|delegates|guests|representatives|members|volunteers|students|ambassadors|experts|scholars|"
    r"officials|leaders|athletes|youths?|young people|teachers|children|kids|pupils|journalists|entrepreneurs|craftsmen|artists|performers|"
    r"doctors|nurses|medics|mayors|attendees|visitors|delegations?|envoys|diplomats|researchers|academics|teenagers|women|men|farmers|"
    r"workers|trainees|winners|speakers|executives|businesspeople|business people|professionals|specialists|person[*-]?times?|staff|"
    r"councillors|councilors|lawmakers|parliamentarians|dignitaries|friends|villagers|residents|citizens|cadres|fellows|interns|heads|"
    r"individuals|audience|spectators|runners|musicians|dancers|singers|graduates|alumni|faculty|educators|principals|officers|agents|"
    r"responsible persons|members of)\b",
    re.I,
)

# Any type cue at all: one pass instead of one per type.
ANY_CUE = re.compile("|".join(f"(?:{rx})" for _, rx in TYPE_CUES), re.I)
# Words that mark a reported happening without saying its type: they find events, not types.
HAPPENING = re.compile(
    r"\b(?:trips?|exchange (?:trip|visit|programme|program)|hosted|welcomed|travel(?:s|ling|ing)?|"
    r"arriv(?:e|es|ed|ing)|(?:flies|fly|flew|set|sets) (?:out|off)|lectures?|welcome (?:function|party|dinner)|home-?stay|"
    r"anniversary (?:celebration|event)s?|celebrat(?:e|ed|es|ion|ions)|stud(?:y|ied) tour|to meet|spen[dt] (?:\w+ ){0,3}in|"
    r"journey|return (?:visit|trip)|visitors|guests|meet the (?:guests|visitors|delegation)|"
    r"sent (?:\w+ ){0,3}(?:people|students|pupils|delegates|volunteers|teachers)|"
    r"host an? (?:evening|dinner|gathering|party|lunch|luncheon)|sat down (?:together|with)|"
    r"(?:brought|brings|bring|led|leads|headed) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}(?:delegation|group|party)|"
    r"met (?:online|virtually|by video(?:link)?|in person|for the first time)|"
    r"(?:group|party)\b[^.;]{0,60}?\b(?:went|came|flew|journeyed) (?:back )?to|"
    r"(?:group|party|delegation)\s+(?:came|comes|will come) over|"
    r"sen[dt]s? (?:a |an )?(?:group|delegation|team|party)|dedicated|unveil(?:s|ed|ing)?)\b",
    re.I,
)
# Words of a tie between places: "sister cities", "twinned", "friendship province".
TIE = re.compile(
    r"(?:\b(?:sister|twin|twinned|twinning|friendship|friendly|partner)(?:\s+and\s+(?:cooperation|exchange|partner))?[\s-]+(?:cit(?:y|ies)|provinces?|states?|districts?|prefectures?|regions?|counties|county|towns?|municipalit(?:y|ies)|relations(?:hip)?s?|ties|agreements?|(?:exchange|cooperation)\s+(?:cit(?:y|ies)|relations(?:hip)?s?))\b"
    r"|\btwinn(?:ed|ing)\b|\bsister[\s-]city\b|\bsisterhood\b|\ba\s+twin\s+of\b|\bto\s+twin\s+with\b"
    r"|['’]s\s+twins\b)"
    # "Sister Cities International", "the Twinning Association": a body's name tells no tie
    r"(?!\s+(?-i:International|Associations?|Committee|Commission|Council|Society|Network|"
    r"Foundation|Movement|Alliance|League|Club|Australia|New Zealand)\b)",
    re.I,
)
