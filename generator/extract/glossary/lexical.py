"""Terms found and defined with a dictionary: WordNet for the senses, `wordfreq` for rarity.

What a general reader may need explained, among the article's common nouns:

* a word compound WordNet lists as one entry ("money laundering", "technical foul", "distress
  signal"), unless everyday ("prime minister" is more frequent than `EVERYDAY_PHRASE`; wordfreq
  estimates phrases from their words, so an office written with capitals, "Home Secretary", counts
  whatever its estimate);
* a rare noun ("extradition", "indictment": rarer than `RARE_WORD` in `wordfreq`'s Zipf scale);
* a common noun used in a specialised sense: its chosen WordNet sense belongs to a topic domain
  the story names ("assists" in basketball, "bond" in criminal law);
* a verb, not among the everyday ones, in the sense of a field of activity the story names
  ("the plane stalled": aviation), shown as written; a verb with no object is not taken in a
  causative sense ("cause an airplane to go into a stall").

Not a term: a noun that only modifies another ("plea" of "plea agreement": the compound is the
term), a gerund ("falsifying records"), the tail of a hyphenated word ("sale-purchase").

Names (people, places, titles of works), numbers and words in headlines are left out. The definition is the
gloss of the sense the story uses (`senses`); a doubtful choice is marked for the editor. At
most `MAX_TERMS` such terms per story, the rarest first: a glossary of every uncommon word
helps nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from ..lexicon.wordnet import NOUN_PERSON, Synset, WordNet
from ..nlp import ParsedArticle
from .candidates import NAME_ENTITIES, TermCandidate, in_capitals_run
from .definitions import token_span
from .senses import (
    choose_sense,
    content_stems,
    definition_text,
    domain_named,
    semantic_fields,
    text_stems,
    topic_domains,
)

RARE_WORD = 3.5  # Zipf frequency: about 3 per million words ("extradition" 3.3, "indictment" 3.7)
EVERYDAY_WORD = 4.7  # even in a specialised sense, words this frequent need no glossary ("home")
EVERYDAY_PHRASE = 4.5  # compounds more frequent than this need no glossary ("prime minister")
MAX_PHRASE_WORDS = 4
MAX_TERMS = 10
# Senses a general reader knows without help, by lexicographer file: noun.animal, body, feeling,
# food, person ("staffer", "accuser"), plant, shape, time (`lexnames(5)` of WordNet).
EVERYDAY_LEXFILES = frozenset({5, 8, 12, 13, 18, 20, 25, 28})
QUANTITY_LEXFILE = 23
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
TITLE_BEFORE = frozenset({"DET", "ADJ"})  # "the Home Secretary", "British Home Secretary"
ACTIVITY_LEXFILE = 4  # noun.act
NOT_TERMS = NAME_ENTITIES | {"WORK_OF_ART"}  # people, places and titles of works: "Black Panther"
MEASURE_DEPENDENCIES = frozenset({"pobj", "npadvmod"})  # "at 12 knots", "20 knots faster"
CONTEXT_KEY = "explainer.glossary_context"  # where the story's content stems are kept in Doc.user_data
FIELDS_KEY = "explainer.glossary_fields"


@dataclass(frozen=True)
class LexicalDefinition:
    text: str
    doubtful: bool
    specialised: bool  # the sense is of a topic domain the story names (basketball), or a unit


def story_context(doc: Doc) -> set[str]:
    """The stems of the story's content words, both as written and as lemmas; computed once."""
    if CONTEXT_KEY not in doc.user_data:
        words = [t.text for t in doc if t.is_alpha] + [t.lemma_ for t in doc if t.is_alpha]
        doc.user_data[CONTEXT_KEY] = content_stems(words)
    context: set[str] = doc.user_data[CONTEXT_KEY]
    return context


def story_fields(doc: Doc, wordnet: WordNet) -> dict[int, int]:
    """The semantic fields of the story's nouns (`senses.semantic_fields`); computed once."""
    if FIELDS_KEY not in doc.user_data:
        nouns = [t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_alpha]
        doc.user_data[FIELDS_KEY] = semantic_fields(wordnet, nouns)
    fields: dict[int, int] = doc.user_data[FIELDS_KEY]
    return fields


def define_with_wordnet(
    parsed: ParsedArticle, term: str, wordnet: WordNet, spans: list[tuple[int, int]] | None = None
) -> LexicalDefinition | None:
    """The WordNet definition of `term` in the story's sense, or None when WordNet has no sense.

    `spans` are the term's occurrences: the words of their sentences weigh most in choosing. A
    word counted with a number ("353 knots") of which one sense is a unit means that unit.
    """
    found = [token_span(parsed.doc, start, end) for start, end in spans or []]
    occurrences = [span for span in found if span is not None]
    senses = wordnet.synsets(term)
    # "stalled"; "started to soar" (every occurrence, so each must have been found in the parse)
    verb = not senses or (len(occurrences) == len(found) and used_as_verb(occurrences))
    senses = wordnet.synsets(term, "v") if verb else senses
    if verb and not has_object(occurrences):
        # "the plane stalled" has no object: not "cause an airplane to go into a stall"
        senses = [s for s in senses if not s.gloss.startswith("cause ")]
    if not senses:
        return None
    units = [s for s in senses if is_unit(s)]
    if len(units) == 1 and counted(occurrences):
        return LexicalDefinition(definition_text(units[0]), False, True)  # "353 knots": the unit
    fields = story_fields(parsed.doc, wordnet)
    near = content_stems(t.lemma_ for span in occurrences for t in span.sent)
    context = story_context(parsed.doc)
    choice = choose_sense(wordnet, senses, context, text_stems(term), fields, near, " " in term.strip())
    if choice is None or (choice.synset.lexfile in EVERYDAY_LEXFILES and (term.islower() or " " not in term)):
        return None  # "prison guards", "bruises"; but an office, "Home Secretary", is a term
    if proper_person(choice.synset, term) and not used_as_title(occurrences):
        return None  # a name WordNet happens to list: "Gianni Versace", the film "Black Panther"
    # A common word counts as a term only in the sense of a domain the story names ("basketball").
    named = domain_named(wordnet, choice.synset, context)
    if verb and not (named and activity_sense(wordnet, choice.synset)):
        return None  # a verb is a term only in the sense of a field of activity the story names
    specialised = named or is_unit(choice.synset)
    # medicine's "symptom" in a prison story
    unnamed_domain = bool(topic_domains(wordnet, choice.synset)) and not named
    return LexicalDefinition(
        definition_text(choice.synset), not choice.confident or unnamed_domain, specialised
    )


def used_as_verb(occurrences: list[Span]) -> bool:
    """Whether every occurrence is a verb: then the noun senses ("soar": a flight) are not its."""
    return bool(occurrences) and all(span[-1].pos_ == "VERB" for span in occurrences)


def proper_person(synset: Synset, term: str) -> bool:
    """Whether the sense is a person WordNet spells with capitals (a name, a member of a named
    group: "Gianni Versace", "Black Panther"), not a job ("funeral director")."""
    written = {lemma.lower(): lemma for lemma in synset.lemmas}
    lemma = written.get(term.lower()) or written.get(term.lower().rstrip("s"))
    return synset.lexfile == NOUN_PERSON and lemma is not None and lemma[:1].isupper()


def used_as_title(occurrences: list[Span]) -> bool:
    """Whether a name of a person sense is used as an office or a kind in some occurrence: plural, with
    a determiner or an adjective before it ("the Home Secretary", "British Home Secretary") or a
    person's name after it ("Home Secretary Amber Rudd"). A person WordNet lists by name ("Gianni
    Versace") or a title of a work that shares a name ("Black Panther") is used neither way."""
    for span in occurrences:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if (
            span[-1].tag_ in PLURAL_TAGS  # "New Yorkers": a kind of people, not one named person
            or (before is not None and (before.pos_ in TITLE_BEFORE or before.ent_type_ == "NORP"))
            or (after is not None and after.ent_type_ == "PERSON")
        ):
            return True
    return False


def has_object(occurrences: list[Span]) -> bool:
    """Whether the verb takes a direct object in some occurrence."""
    return any(child.dep_ == "dobj" for span in occurrences for child in span[-1].children)


def counted(occurrences: list[Span]) -> bool:
    """Whether some occurrence is a measure: a number right before it, the two the object of a
    preposition or an adverbial ("at 353 knots", "100 knots too slow"), not of a verb ("tied two
    knots")."""
    return any(
        span.start > 0 and span.doc[span.start - 1].like_num and span[-1].dep_ in MEASURE_DEPENDENCIES
        for span in occurrences
    )


def eligible(token: Token) -> bool:
    """Whether a token may be part of a dictionary term: a word, not part of a name."""
    word = token.is_alpha or (token.text.count("-") == 1 and token.text.replace("-", "").isalpha())
    return word and token.ent_type_ not in NOT_TERMS


def find_lexical_terms(
    parsed: ParsedArticle, wordnet: WordNet, taken: list[tuple[int, int]]
) -> list[TermCandidate]:
    """Dictionary terms of the article (rules in the module docstring), first occurrence first.

    `taken` are spans other finders have claimed (glossary terms, acronyms, institutions).
    """
    doc = parsed.doc
    found: dict[str, TermCandidate] = {}
    i = 0
    while i < len(doc):
        match = compound_at(doc, i, wordnet) or verb_at(doc, i, wordnet)
        if match is None:
            i += 1
            continue
        end, key = match
        start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
        i = end
        if any(s < end_char and start_char < e for s, e in taken) or in_capitals_run(
            parsed.text, start_char, end_char
        ):
            continue
        text = parsed.text[start_char:end_char]
        candidate = found.setdefault(key, TermCandidate(text, "lexical", start_char, end_char))
        candidate.occurrences.append((start_char, end_char))
    return list(found.values())


def compound_at(doc: Doc, i: int, wordnet: WordNet) -> tuple[int, str] | None:
    """The longest WordNet noun starting at token i that may be a term: (end token, lemma key)."""
    if not eligible(doc[i]) or doc[i].is_stop or doc[i].pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if doc[i].tag_ in ("VBG", "VBN") or (doc[i].lower_.endswith("ing") and wordnet.lemma(doc[i].text, "v")):
        return None  # "falsifying records": a verb, whatever the parser calls it
    if i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return None  # "purchase agreements" of "sale-purchase agreements"
    for length in range(MAX_PHRASE_WORDS, 0, -1):
        tokens = doc[i : i + length]
        if len(tokens) < length or not all(eligible(t) for t in tokens):
            continue
        if tokens[-1].pos_ != "NOUN" and not (length > 1 and tokens[-1].pos_ == "PROPN"):
            continue  # "Home Secretary" may be tagged a name; one capitalised word is a name
        if any(t.is_sent_start for t in tokens[1:]):
            continue
        phrase = " ".join(t.text for t in tokens)
        key = wordnet.lemma(phrase)
        if key is None:
            continue
        end = i + length
        if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_alpha:
            return None  # "plea" of "plea agreement", "natural resources" of "… minister"
        if length > 1:
            title = all(t.text[0].isupper() for t in tokens) and not tokens[0].is_sent_start
            if title and in_longer_name(doc, i, end):
                return None  # "Air Force" of "Air Force One", "National Bank" of "First National Bank of …"
            if title or zipf_frequency(phrase, "en") < EVERYDAY_PHRASE:
                return end, key  # "Home Secretary" in mid-sentence: an office
            continue
        if tokens[0].dep_ == "compound" and tokens[0].head.i > i:
            return None
        frequency = zipf_frequency(key, "en")
        measured = i > 0 and doc[i - 1].like_num  # "353 knots": maybe a unit
        if tokens[0].is_lower and (
            frequency < RARE_WORD
            or (frequency < EVERYDAY_WORD and (measured or has_domain_sense(wordnet, key)))
        ):
            return i + 1, key
    return None


def verb_at(doc: Doc, i: int, wordnet: WordNet) -> tuple[int, str] | None:
    """A verb at token i that has a sense of a topic domain ("stalled": aviation), not too common."""
    token = doc[i]
    if token.pos_ != "VERB" or token.is_stop or not token.is_lower or not eligible(token):
        return None
    key = wordnet.lemma(token.lemma_, "v")
    if key is None or zipf_frequency(key, "en") >= EVERYDAY_WORD:
        return None
    if not any(activity_sense(wordnet, s) for s in wordnet.synsets(key, "v")):
        return None
    return i + 1, f"{key} (verb)"


def activity_sense(wordnet: WordNet, synset: Synset) -> bool:
    """Whether a sense belongs to a field of activity (noun.act: aviation, basketball, cricket).
    The law's verbs ("testify", "convict") are everyday news words whose law sense may be wrong:
    a hearing in Congress is no court of law."""
    return any(wordnet.synset("n", o).lexfile == ACTIVITY_LEXFILE for o in synset.domains)


def continues(doc: Doc, i: int) -> bool:
    """Whether token i carries on a capitalised name (a capitalised word or a number)."""
    return 0 <= i < len(doc) and (doc[i].text[:1].isupper() or doc[i].like_num) and not doc[i].is_sent_start


def in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether capitalised tokens start:end are part of a longer name: a capitalised word or a
    number after them (not a person's name: titles come before names), "of" and a capitalised
    word, or a named entity that began before them and covers them to the end. A capitalised
    word before says little by itself: "British" and "First" (National Bank) look alike."""
    after = (continues(doc, end) and doc[end].ent_type_ != "PERSON") or (
        end < len(doc) and doc[end].lower_ == "of" and continues(doc, end + 1)
    )
    # a name that began before and runs to the end: "National Bank" of "Security Pacific National Bank"
    before = doc[start].ent_iob_ == "I" and doc[end - 1].ent_iob_ == "I"
    return after or before  # "British Home Secretary Amber Rudd" is an office, though


def has_domain_sense(wordnet: WordNet, key: str) -> bool:
    """Whether some sense of the word belongs to a topic domain (it may be used technically)."""
    return any(topic_domains(wordnet, s) or s.gloss.startswith("(") for s in wordnet.synsets(key))


def is_unit(synset: Synset) -> bool:
    """Whether the sense is a unit of measurement (noun.quantity: knot, megawatt, barrel)."""
    return synset.lexfile == QUANTITY_LEXFILE and "unit" in synset.gloss


def rarity(term: str) -> float:
    return zipf_frequency(term, "en")


def need(term: str, definition: LexicalDefinition) -> tuple[bool, bool, bool, float]:
    """Sort key, most needed first: shown before doubtful, specialised senses, compounds, rarity."""
    return (definition.doubtful, not definition.specialised, len(term.split()) == 1, rarity(term))


def is_rare(term: str) -> bool:
    """Whether a general reader may not know the term: a compound, or a rare word."""
    return len(term.split()) > 1 or rarity(term) < RARE_WORD
