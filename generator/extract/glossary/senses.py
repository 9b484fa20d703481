"""Choosing the WordNet sense a story uses, and saying when the choice is doubtful.

A simplified Lesk (Lesk 1986; Banerjee & Pedersen 2002 for adding the neighbours' glosses): each
sense is described by its words, its gloss, its hypernyms' words and glosses, and its topic
domain; the sense whose description shares the most with the story's content words wins. Shared
words are weighted by rarity (`wordfreq`), so that "court" counts for less than "bondsman".

A sense with a topic domain (a technical foul is basketball's) must find that domain in the story.
WordNet does not link every such sense to its domain: a sense whose gloss names a topic domain
("securing possession of the rebounding basketball") is taken to be of that domain too.
The choice is *confident* only when the winner's evidence is clear: for a word of one sense
(WordNet may lack the story's), enough overlap, or some and some in the term's own sentences; for
a word of several, enough overlap, a clear margin over the runner-up, and evidence in the term's
own sentences. Otherwise the
definition is doubtful: kept for the editor, never shown to readers as fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from ..lexicon.wordnet import Synset, WordNet
from .candidates import words

# Words of glosses that say nothing about the topic ("a person who is ..., especially one ...").
GLOSS_FILLER = words(
    "especially usually often something someone person people thing act one used make made "
    "relating related refers form kind sort part given way etc also"
)
MIN_OVERLAP = 1.0  # a sense must share something with the story
MIN_OVERLAP_POLYSEMOUS = 1.5  # more for a word of several senses…
MIN_MARGIN = 1.0  # … and clearly more than the next best
MIN_DOMAIN = 1.2  # a topic domain must be named in the story, or its gloss shared this much
MIN_NEAR = 0.5  # evidence a sense needs in the term's own sentences
MIN_FIELD_NOUNS = 3  # the chosen sense's semantic field must be the field of this many story nouns
FIELD_LEXFILES = frozenset({4, 9})  # noun.act (basketball, aviation), noun.cognition (law, physics)
MAX_TOPIC_FREQUENCY = 5.0  # Zipf: a topic as common as "game" specialises nothing


@dataclass(frozen=True)
class SenseChoice:
    """The sense chosen for a term, and whether the evidence is strong enough to show it."""

    synset: Synset
    confident: bool


def stem(word: str) -> str:
    """A crude stem, enough to match 'investigations' with 'investigation' and 'trials' with 'trial'."""
    word = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(words: Iterable[str]) -> set[str]:
    """The stems of the content words of `words` (stop words and gloss filler left out)."""
    return {
        stem(w)
        for w in words
        if len(w) > 2 and w.isalpha() and w.lower() not in STOP_WORDS and w.lower() not in GLOSS_FILLER
    }


def text_stems(text: str) -> set[str]:
    return content_stems(re.findall(r"[A-Za-z]+", text))


@lru_cache(maxsize=65536)
def weight(word_stem: str) -> float:
    """How much sharing this word says: rare words say more. A stem ("servic") is weighed as the
    most frequent word it stands for ("service"), or it would count as a rare word."""
    frequency = max(zipf_frequency(word_stem + end, "en") for end in ("", "e", "s", "es", "ing", "ation"))
    return min(3.0, max(0.25, 5.5 - frequency))


def overlap(signature: set[str], context: set[str]) -> float:
    return sum(weight(s) for s in signature & context)


@lru_cache(maxsize=16384)
def topic_domains(wordnet: WordNet, synset: Synset) -> tuple[int, ...]:
    """The sense's topic domains: its domain links, or else the topics its gloss names (a word
    whose most frequent sense is a topic domain: "basketball", "aviation")."""
    if synset.domains or synset.pos != "n":
        return synset.domains
    own = text_stems(" ".join(synset.lemmas))
    named = []
    for word in re.findall(r"[a-z]+", synset.gloss):
        if word in STOP_WORDS or word in GLOSS_FILLER or stem(word) in own:
            continue
        senses = wordnet.synsets(word)
        if (
            senses
            and is_field(senses[0])
            and senses[0].lemmas[0] == word  # the topic's own name, not "governing" for government
            and zipf_frequency(word, "en") < MAX_TOPIC_FREQUENCY
        ):
            named.append(senses[0].offset)
    return tuple(dict.fromkeys(named))


def is_field(synset: Synset) -> bool:
    """Whether a sense is a topic domain that is a field of activity or knowledge (basketball,
    aviation, law), not a group or a thing ("military", "aircraft": too broad to specialise)."""
    return synset.topic and synset.lexfile in FIELD_LEXFILES


def signature(wordnet: WordNet, synset: Synset) -> set[str]:
    """The words that describe a sense: its lemmas and gloss, and those of its hypernyms and domains."""
    words = text_stems(" ".join(synset.lemmas) + " " + synset.gloss)
    linked = [wordnet.synset(synset.pos, o) for o in synset.hypernyms]
    linked += [wordnet.synset("n", o) for o in topic_domains(wordnet, synset)]
    for other in linked:
        words |= text_stems(" ".join(other.lemmas) + " " + other.gloss)
    return words


def domain_named(wordnet: WordNet, synset: Synset, context: set[str]) -> bool:
    """Whether the story names a topic domain of the sense by its headword ("basketball", "criminal
    law"); other synonyms are too loose ("armed services" would make any "Services" military)."""
    return any(text_stems(wordnet.synset("n", o).lemmas[0]) & context for o in topic_domains(wordnet, synset))


def domain_fits(wordnet: WordNet, synset: Synset, context: set[str]) -> bool:
    """Whether the story is about the sense's topic domain (when it has one)."""
    domains = topic_domains(wordnet, synset)
    if not domains or domain_named(wordnet, synset, context):
        return True
    return any(
        overlap(text_stems(" ".join(d.lemmas) + " " + d.gloss), context) >= MIN_DOMAIN
        for d in (wordnet.synset("n", o) for o in domains)
    )


def choose_sense(
    wordnet: WordNet,
    senses: list[Synset],
    context: set[str],
    own: set[str],
    fields: dict[int, int],
    near: set[str] = frozenset(),  # type: ignore[assignment]
    compound: bool = False,
) -> SenseChoice | None:
    """The sense of `senses` that fits the story's `context` best; None when there are none.

    `own` are the stems of the term itself, which every sense shares and so are not evidence.
    `near` are the words of the sentences the term is used in: they count twice, and a sense
    other than the most frequent one must find its evidence there too, so that a law story's
    "condemnation" by politicians is not the criminal-law judgment. A `compound` ("money
    laundering") of one sense needs no overlap: a fixed phrase of one meaning is that meaning.
    `fields` counts the story's nouns per lexicographer file (noun.food, noun.act…): a sense of
    a word with several must belong to a field the story's other nouns use, so that a pastry
    "turnover" is not chosen in a basketball story because "dish" and "filling" occur in it.
    """
    scored = []
    for rank, synset in enumerate(senses):
        if not synset.gloss:
            continue
        words = signature(wordnet, synset) - own
        fits = domain_fits(wordnet, synset, context)
        local = overlap(words, near)
        evidence = overlap(words, context) + local
        scored.append((evidence if fits else -1.0, -rank, local, evidence, synset))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best, rank, local, _, synset = scored[0]
    if len(scored) == 1:
        # WordNet may lack the story's sense ("multiplier" of economics, "do a disservice"): the
        # one sense it has must fit the term's own sentences, or the story clearly
        settled = best >= MIN_OVERLAP_POLYSEMOUS or (best >= MIN_OVERLAP and local >= MIN_NEAR)
        return SenseChoice(synset, settled or (compound and best >= 0))
    # a sense set aside for its domain still makes the choice unsure if the words fit it as well
    runner_up = max(s[3] for s in scored[1:])
    first_local = next(s[2] for s in scored if s[1] == max(t[1] for t in scored))
    domains = topic_domains(wordnet, synset)
    in_field = fields.get(synset.lexfile, 0) >= MIN_FIELD_NOUNS or bool(domains)
    confident = (
        best >= MIN_OVERLAP_POLYSEMOUS
        and best - runner_up >= MIN_MARGIN
        and in_field
        and local >= MIN_NEAR  # the term's own sentences use it: not "superlatives" of records
        and (rank == max(t[1] for t in scored) or local > first_local)
    )
    return SenseChoice(synset, confident)


def semantic_fields(wordnet: WordNet, nouns: Iterable[str]) -> dict[int, int]:
    """How many of `nouns` (distinct lemmas) have their most frequent sense in each lexicographer file."""
    counts: dict[int, int] = {}
    for noun in set(nouns):
        senses = wordnet.synsets(noun)
        if senses:
            counts[senses[0].lexfile] = counts.get(senses[0].lexfile, 0) + 1
    return counts


def definition_text(synset: Synset) -> str:
    """A gloss as a sentence: '(basketball) a foul …' → 'In basketball, a foul ….'"""
    gloss = synset.gloss.strip()
    match = re.match(r"^\(([^)]{2,40})\)\s*(.+)$", gloss)
    if match:
        gloss = f"In {match.group(1)}, {match.group(2)}"
    gloss = gloss[0].upper() + gloss[1:]
    return gloss if gloss.endswith((".", "!", "?")) else gloss + "."
