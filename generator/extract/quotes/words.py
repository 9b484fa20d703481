"""Word lists for quote attribution: reporting verbs, channels, gender and role words.

Kept apart from `speakers` so the rules read without scrolling past the vocabulary.
"""

from __future__ import annotations

# Reporting verbs that introduce reported speech with a clause ("said that …"). Compiled from the
# reporting verbs of news style guides (say, tell, add, note, …) and checked against the cue words
# of the SFU Gender Gap Tracker gold (said, says, told, wrote, argued, claimed, stated, testified,
# acknowledged, conceded, confirmed, tweeted, explained, warned, insisted, noted, admitted, …).
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "claim",
        "state",
        "note",
        "argue",
        "warn",
        "insist",
        "explain",
        "announce",
        "acknowledge",
        "admit",
        "concede",
        "confirm",
        "suggest",
        "testify",
        "report",
        "declare",
        "comment",
        "remark",
        "maintain",
        "contend",
        "assert",
        "allege",
        "complain",
        "predict",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "deny",
        "tweet",
        "post",
        "caution",
        "vow",
        "promise",
        "recall",
        "conclude",
        "indicate",
        "disclose",
        "reveal",
        "observe",
        "point",
        "urge",
        "agree",
        "estimate",
    ]
)

# Verbs that report a judgement as an object predicate ("called the plan a disaster", "described
# it as arson"): the predicate is the speaker's claim, as GGT annotators mark it.
CHARACTERISING_VERBS = frozenset({"call", "describe", "label", "brand", "characterize", "characterise"})

# Verbs that introduce a direct quote but rarely a "that" clause ("…," she asked / he joked).
DIRECT_ONLY_VERBS = frozenset(
    [
        "ask",
        "reply",
        "respond",
        "joke",
        "continue",
        "quip",
        "answer",
        "exclaim",
        "laugh",
        "shout",
        "read",
        "begin",
        "quote",
    ]
)

# Nouns that name the medium of a statement ("said in a statement", "told an interview").
CHANNEL_NOUNS = frozenset(
    [
        "statement",
        "interview",
        "email",
        "e-mail",
        "letter",
        "tweet",
        "post",
        "video",
        "message",
        "briefing",
        "conference",
        "telegram",
        "twitter",
        "facebook",
        "instagram",
        "x",
        "blog",
        "podcast",
        "broadcast",
        "radio",
        "television",
        "tv",
        "release",
        "newspaper",
        "address",
        "speech",
        "app",
        "website",
        "platform",
        "channel",
        "account",
    ]
)

CHANNEL_PREPS = frozenset({"in", "on", "via", "through", "during", "at"})

FEMALE_WORDS = frozenset(
    [
        "she",
        "her",
        "hers",
        "herself",
        "ms",
        "mrs",
        "miss",
        "madam",
        "dame",
        "lady",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "congresswoman",
        "councilwoman",
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "actress",
        "queen",
        "princess",
    ]
)

MALE_WORDS = frozenset(
    [
        "he",
        "him",
        "his",
        "himself",
        "mr",
        "sir",
        "lord",
        "spokesman",
        "chairman",
        "businessman",
        "congressman",
        "councilman",
        "man",
        "father",
        "husband",
        "son",
        "brother",
        "actor",
        "king",
        "prince",
    ]
)

# Nouns for organisations and places that a definite description ("the company said") points back to.
ORG_NOUNS = frozenset(
    [
        "company",
        "firm",
        "agency",
        "group",
        "ministry",
        "department",
        "government",
        "board",
        "party",
        "team",
        "union",
        "club",
        "council",
        "committee",
        "organization",
        "organisation",
        "institute",
        "bank",
        "court",
        "police",
        "office",
        "commission",
        "authority",
        "network",
        "service",
        "association",
        "administration",
        "campaign",
        "foundation",
        "university",
        "school",
        "hospital",
    ]
)

PLACE_NOUNS = frozenset({"city", "country", "province", "state", "town", "municipality", "region", "county"})

# Documents speak for their author ("her statement said"); with a possessor, the author is the speaker.
DOCUMENT_NOUNS = frozenset(
    [
        "report",
        "study",
        "survey",
        "statement",
        "document",
        "record",
        "poll",
        "analysis",
        "memo",
        "post",
        "letter",
        "email",
        "release",
        "paper",
        "review",
        "audit",
        "filing",
        "website",
        "tweet",
        "video",
        "book",
        "article",
        "note",
        "message",
    ]
)

# Role nouns that name a person; with PERSON_SUFFIXES, enough to tell "the coach" from "the plan".
PERSON_NOUNS = frozenset(
    [
        "coach",
        "judge",
        "mayor",
        "chief",
        "minister",
        "official",
        "captain",
        "player",
        "star",
        "boss",
        "head",
        "rookie",
        "veteran",
        "leader",
        "president",
        "premier",
        "senator",
        "governor",
        "prosecutor",
        "lawyer",
        "attorney",
        "spokesperson",
        "wing",
        "forward",
        "goalie",
        "guard",
        "pitcher",
        "doctor",
        "nurse",
        "officer",
        "sergeant",
        "detective",
        "witness",
        "victim",
        "author",
    ]
)

PERSON_SUFFIXES = ("man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent")
