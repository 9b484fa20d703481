"""Word lists of the relation rules, loaded from the lexicon layer.

Stance words come from verbs of judging and verbs of helping (Levin 1993, classes 33 and 13.4)
plus the evaluative nouns and adjectives of political reporting. They err on the side of
precision: a relation the rules miss can be added by an editor, a false one misleads.
"""

from __future__ import annotations

from ..lexicon import words

OPPOSE = words("stance_oppose")
SUPPORT = words("stance_support")
SUPPORT_NOUNS = words("support_nouns")
COMPLAINT_NOUNS = words("complaint_nouns")
CRITICIZE = words("stance_criticize")
NEGATIVE = words("negative_words")
NEGATIVE_PHRASAL = {("make", "up")}  # "the West made up its own rules"
SPEECH = words("relation_speech_verbs")
DEMOTING = words("demoting_words")
FAMILY = words("family_nouns")
CONTENDERS = words("contender_titles")
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}  # dependency labels, not words
