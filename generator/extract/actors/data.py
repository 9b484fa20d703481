"""General knowledge the actor extractor needs, loaded from the lexicon layer.

spaCy's small model labels entities but knows nothing of what they stand for. News style names a
government by its country ("Russia"), its capital ("Moscow says ..."), its demonym ("Russian
officials") or its seat ("the Kremlin"); the tables map all of those to one canonical country so
the actor index can merge them. Every table is keyed by `lexicon.key`: look names up through
`normalise_name` (the same key), never through `str.lower`.
"""

from __future__ import annotations

from ..lexicon import countries, table, words

# key of a name -> canonical country ("u.s." -> "United States", "cote d ivoire" -> "Ivory Coast")
COUNTRY_NAMES, DEMONYMS, CAPITALS = countries()
# Seats of government that stand for an executive: an organization affiliated to its country.
GOVERNMENT_SEATS: dict[str, str] = table("government_seats")
# Groups of countries or people named as one actor: key of a form -> the group's canonical name.
GROUP_FORMS: dict[str, str] = table("groups")
# Political parties named by their members' adjective or plural noun.
PARTIES: dict[str, str] = table("parties")
PLATFORMS = words("platforms")
HONORIFICS = words("honorifics")
PERSON_TITLES = words("person_titles")
LEADER_TITLES = words("leader_titles")
SPOKES_TITLES = words("spokes_titles")
ORG_WORDS = words("org_words")
LOCATIVE_PREPS = words("locative_prepositions")
NON_SPATIAL_TO_FROM_HEADS = words("non_spatial_heads")
ORG_DESCRIPTORS = words("org_descriptors")
PLACE_NOUNS = words("place_nouns")
STATE_NOUNS = words("state_nouns")  # "Russian officials": the state
CITY_OFFICES = words("city_offices")  # "London's mayor": the city as a body
AGENT_SUFFIXES = tuple(sorted(words("agent_suffixes")))  # for str.endswith: "rescuers"
COMPANY_SUFFIXES = words("company_suffixes")  # "Apple Inc." = "Apple"
