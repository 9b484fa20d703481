"""Word lists for quote attribution: reporting verbs, channels, gender and role words.

The lists themselves are lexicon data files (`generator/extract/lexicon/*.txt`, one entry a line,
each file saying where its words come from); this module only names them for the quote rules.
"""

from __future__ import annotations

from ..lexicon import words

SPEECH_VERBS = words("quote_speech_verbs")  # "said that ..."
CHARACTERISING_VERBS = words("characterising_verbs")  # "called the plan a disaster"
DIRECT_ONLY_VERBS = words("direct_quote_verbs")  # "...," she asked
CHANNEL_NOUNS = words("channel_nouns")  # "said in a statement"
CHANNEL_PREPS = words("channel_prepositions")
FEMALE_WORDS = words("female_words")
MALE_WORDS = words("male_words")
FEMALE_FIRST_NAMES = words("female_first_names")
MALE_FIRST_NAMES = words("male_first_names")
ORG_NOUNS = words("referent_org_nouns")  # "the company said"
PLACE_NOUNS = words("referent_place_nouns")  # "the city said"
DOCUMENT_NOUNS = words("document_nouns")  # "her statement said"
RESEARCH_DOCUMENTS = words("research_documents")  # "a study found"
AUTHORING_VERBS = words("authoring_verbs")  # "a study released by X"
NAMING_WORDS = words("naming_words")  # "so-called", "dubbed"
PERSON_NOUNS = words("person_role_nouns")  # "the coach said"
PERSON_SUFFIXES = tuple(sorted(words("person_suffixes")))  # for str.endswith
