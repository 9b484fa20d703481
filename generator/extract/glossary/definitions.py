"""Definitions an article gives for its own terms.

Newswriting explains a term where it first uses it, in a handful of fixed shapes; each rule
below reads one of them, and the first that fits an occurrence of the term wins:

* an acronym spelled out in brackets: "the Organisation of Petroleum Exporting Countries
  (OPEC)" or "OPEC (Organisation of ...)"; the spelled-out words must yield the letters; failing
  that, a name elsewhere in the article that yields them ("Pacific Gas & Electric Co.", PG&E);
* an apposition after the term: "the Federal Reserve, the U.S. central bank," (a noun phrase
  with an article or a possessive, headed by a common noun, between commas);
* an apposition before it: "Russia's upper house, the Federation Council,";
* a gloss in brackets: "Home Secretary (interior minister)";
* a labelling cue: "a pricing scheme known as 'cap and trade'", "the invasion, which Moscow calls
  a 'special military operation'";
* a copular definition opening a sentence: "OPEC is a group of oil-producing countries";
* for a name, a relative clause in the present tense after it, saying what it does or is: "the
  Bureau of Prisons, which runs the country's federal prisons," (not what it says, thinks or
  feels: the verb's WordNet field tells; without WordNet the rule is left out).

These are the definitional patterns of the term-extraction literature (Hearst 1992's "such as"
and apposition patterns; Schwartz & Hearst 2003 for acronym-definition pairs), narrowed to what
news copy uses. Each returns the definition text, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon.wordnet import VERB_COGNITION, VERB_COMMUNICATION, VERB_EMOTION, VERB_LEXFILES, first_senses_in
from ..nlp import ParsedArticle, doc_text
from .candidates import FINITE_TAGS, TermCandidate

MAX_APPOSITION_TOKENS = 16  # longer stretches between commas are clauses, not descriptions
MAX_DEFINITION_TOKENS = 35
NAME_LINKS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "&", "la", "le"})
BOUNDARIES = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "-", '"', "\u201c", "\u201d"})
RELATIVES = frozenset({"who", "which", "that", "whose", "where", "when"})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})
LABEL_BEFORE = re.compile(
    r"(?:(?P<known>\b(?:known|referred\s+to)\s+as|\bdubbed|\btermed)"
    r"|,\s+(?:which|what)\s+(?P<who>(?:\S+\s+){1,4}?)(?:calls?|called|terms?|dubs?))"
    r"\s+(?:(?:its|his|her|their|a|an|the)\s+)?[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
GLOSS_AFTER = re.compile(r"^\s*\((?P<gloss>[a-z][a-z ,'\u2019-]{2,60})\)")
NAME_KINDS = frozenset({"acronym", "institution", "organisation"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# WordNet's verb fields of thinking, saying and feeling (`lexnames(5)`): "which says",
# "which believes", "which wants" report a stance, they do not say what a body is or does.
STANCE_VERB_LEXFILES = frozenset({VERB_COGNITION, VERB_COMMUNICATION, VERB_EMOTION})
DOING_VERB_LEXFILES = VERB_LEXFILES - STANCE_VERB_LEXFILES
MAX_RELATIVE_TOKENS = 20
RUNS_KEY = "explainer.capitalised_runs"  # where capitalised_runs keeps its answer in Doc.user_data


def define_in_article(parsed: ParsedArticle, candidate: TermCandidate) -> str | None:
    """The first explanation the article gives for the candidate, or None."""
    rules: list[Callable[[Doc, int, int], str | None]] = [
        apposition_after,
        apposition_before,
        bracket_gloss,
        label_definition,
        copular_definition,
    ]
    if candidate.kind == "acronym":
        rules.insert(0, expansion_definition)
    if candidate.kind in NAME_KINDS:
        rules.append(relative_definition)
    for start, end in candidate.occurrences or [(candidate.start, candidate.end)]:
        for rule in rules:
            definition = rule(parsed.doc, start, end)
            if definition:
                return sentence_case(definition)
    return None


def sentence_case(text: str) -> str:
    """Capitalise the first letter and end with a full stop: a definition reads as a sentence."""
    text = " ".join(text.split()).strip(" ,;:")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# -- acronyms --------------------------------------------------------------------------------


def find_expansion(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the acronym text[start:end] is spelled out beside it in brackets, if it is."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        before = text[: start - 1].rstrip()
        words = list(re.finditer(r"\S+", before[-160:]))
        base = len(before) - len(before[-160:])
        kept: list[re.Match[str]] = []
        for word in reversed(words):
            if not (word.group()[0].isupper() or word.group().lower() in NAME_LINKS):
                break
            kept.insert(0, word)
        for i, word in enumerate(kept):
            if word.group()[0] == letters[0] and spells(letters, [w.group() for w in kept[i:]]):
                return base + word.start(), len(before)
        return None
    after = re.match(r"\s*\(([^()]{3,100})\)", text[end:])
    if after and spells(letters, after.group(1).split()):
        return end + after.start(1), end + after.end(1)
    return None


def spells(letters: list[str], words: list[str]) -> bool:
    """Whether the capitalised words' initials give the acronym's letters, in order."""
    initials = [w[0] for w in words if w[:1].isupper()]
    if not initials or initials[0] != letters[0] or len(initials) > len(letters) + 2:
        return False
    remaining = iter("".join(initials))
    return all(letter in remaining for letter in letters)


def find_spelled_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A name elsewhere in the article whose initials give the acronym ("Pacific Gas & Electric
    Co." for PG&E), as wire copy spells a name out once and abbreviates it afterwards."""
    letters = "".join(c for c in doc_text(doc)[start:end] if c.isalpha())
    if len(letters) < 2:
        return None
    for run in capitalised_runs(doc):
        if run[0].idx <= start < run[-1].idx + len(run[-1].text):
            continue
        for i, first in enumerate(run):
            if first.text[0] != letters[0]:
                continue
            for j in range(i + 1, len(run) + 1):
                initials = "".join(t.text[0] for t in run[i:j] if t.text[0].isupper())
                if (
                    initials == letters
                    and run[j - 1].lower_ not in NAME_LINKS
                    and not any(t.ent_type_ == "PERSON" for t in run[i:j])  # "Governor Bob" is no GB
                ):
                    return first.idx, run[j - 1].idx + len(run[j - 1].text)
    return None


def capitalised_runs(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised words, with the small words names contain ("Bank of England").

    Computed once per Doc: every occurrence of every acronym looks for its spelled-out name.
    """
    if RUNS_KEY not in doc.user_data:
        doc.user_data[RUNS_KEY] = find_capitalised_runs(doc)
    runs: list[list[Token]] = doc.user_data[RUNS_KEY]
    return runs


def find_capitalised_runs(doc: Doc) -> list[list[Token]]:
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in doc:
        if (token.is_alpha and token.text[0].isupper() and not token.is_upper) or (
            run and (token.lower_ in NAME_LINKS or token.text == ".") and not token.is_sent_start
        ):
            if token.is_sent_start and run:
                runs.append(run)
                run = []
            run.append(token)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    trimmed = []
    for run in runs:
        while run and (run[-1].lower_ in NAME_LINKS or run[-1].text == "."):
            run = run[:-1]
        while run and run[0].lower_ in NAME_LINKS:
            run = run[1:]
        if len(run) >= 2:
            trimmed.append(run)
    return trimmed


def expansion_definition(doc: Doc, start: int, end: int) -> str | None:
    text = doc_text(doc)
    found = find_expansion(text, start, end) or find_spelled_name(doc, start, end)
    if found is None:
        return None
    expansion = text[found[0] : found[1]]
    return f"Short for {expansion.removeprefix('the ').removeprefix('The ')}"


# -- appositions and glosses -----------------------------------------------------------------


def in_word(token: Token) -> bool:
    """Whether a hyphen joins two words ("little-known"), rather than setting off a phrase."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text == "-" and before is not None and not before.whitespace_ and not token.whitespace_


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def describes(tokens: list[Token]) -> bool:
    """Whether tokens are a descriptive noun phrase: 'the U.S. central bank', 'Russia's upper house';
    its words outside hang on nouns, so that 'the same as in Windows machines' is no description."""
    if not tokens or len(tokens) > MAX_APPOSITION_TOKENS:
        return False
    opens = (
        tokens[0].lower_ in ("a", "an", "the")
        or tokens[0].tag_ == "PRP$"
        or (len(tokens) > 1 and tokens[1].tag_ == "POS")
    )
    head = tokens[-1]
    # the phrase is headed by nouns: not "the same as in Windows machines"
    outer = [t for t in tokens if t.head.i == t.i or not tokens[0].i <= t.head.i <= tokens[-1].i]
    return (
        opens
        and head.pos_ == "NOUN"
        and all(t.pos_ in ("NOUN", "PROPN") for t in outer)
        and head.is_lower
        and not any(t.tag_ in FINITE_TAGS or t.lower_ in RELATIVES or t.ent_type_ == "PERSON" for t in tokens)
    )


def apposition_after(doc: Doc, start: int, end: int) -> str | None:
    """'the Federal Reserve, the U.S. central bank,' → 'the U.S. central bank'."""
    span = token_span(doc, start, end)
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    if span.start > 0 and any(c.isdigit() for c in doc[span.start - 1].text):
        return None  # "at 16:08 UTC, a slight increase": the phrase is about the figure
    sentence_end = span.sent.end
    j = span.end + 1
    while (
        j < sentence_end
        and (doc[j].text not in BOUNDARIES | {"."} or in_word(doc[j]))
        and j - span.end <= MAX_APPOSITION_TOKENS
    ):
        j += 1
    if j >= len(doc) or doc[j].text not in (",", ".", ";", ")", "\u2014"):
        return None
    if doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"):
        return None  # a list: "NATO, the EU, and the UN"
    tokens = list(doc[span.end + 1 : j])
    return doc[span.end + 1 : j].text if describes(tokens) else None


def apposition_before(doc: Doc, start: int, end: int) -> str | None:
    """'Russia's upper house, the Federation Council,' → "Russia's upper house"."""
    span = token_span(doc, start, end)
    if span is None:
        return None
    k = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    if (
        k < 2
        or doc[k - 1].text != ","
        or span.end >= len(doc)
        or doc[span.end].text not in (",", ".", ";", ")")
    ):
        return None
    sentence_start = span.sent.start
    i = k - 1
    while (
        i > sentence_start
        and (doc[i - 1].text not in BOUNDARIES or in_word(doc[i - 1]))
        and k - i <= MAX_APPOSITION_TOKENS
    ):
        i -= 1
    tokens = list(doc[i : k - 1])
    return doc[i : k - 1].text if describes(tokens) else None


def bracket_gloss(doc: Doc, start: int, end: int) -> str | None:
    """'Home Secretary (interior minister)' → 'interior minister'."""
    match = GLOSS_AFTER.match(doc_text(doc)[end : end + 70])
    if match is None or len(match.group("gloss").split()) > 6:
        return None
    gloss = token_span(doc, end + match.start("gloss"), end + match.end("gloss"))
    if gloss is None or gloss[-1].pos_ != "NOUN":
        return None  # "Index (inverted)": a note on the term, not another name for it
    return match.group("gloss")


def relative_definition(doc: Doc, start: int, end: int) -> str | None:
    """'the Bureau of Prisons, which runs federal prisons,' → 'Runs federal prisons'; 'X, which is
    the state's energy regulator,' → "the state's energy regulator"."""
    span = token_span(doc, start, end)
    if span is None or span.end + 3 >= len(doc) or doc[span.end].text != ",":
        return None
    relative, verb = doc[span.end + 1], doc[span.end + 2]
    if relative.lower_ != "which" or verb.tag_ not in PRESENT_TAGS:
        return None
    j = span.end + 3
    while j < span.sent.end and doc[j].text not in BOUNDARIES | {"."} and j - span.end <= MAX_RELATIVE_TOKENS:
        j += 1
    if j >= len(doc) or doc[j].text not in (",", ".", ";") or j == span.end + 3:
        return None
    clause = list(doc[span.end + 3 : j])
    if verb.lemma_ == "be":
        return doc[span.end + 3 : j].text if describes(clause) else None
    if any(t.tag_ in FINITE_TAGS or t.lower_ in RELATIVES or t.tag_ == "PRP" for t in clause):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in clause) or not does(verb.lemma_):
        return None  # "which contains both" says nothing out of its sentence
    return doc[span.end + 2 : j].text


def does(verb: str) -> bool:
    """Whether the verb says what something does, not what it says, thinks or feels."""
    return first_senses_in(verb, "v", DOING_VERB_LEXFILES)


# -- labels and copular sentences ------------------------------------------------------------


def label_definition(doc: Doc, start: int, end: int) -> str | None:
    """'a pricing scheme known as ...' and 'the invasion, which Moscow calls ...'."""
    span = token_span(doc, start, end)
    if span is None:
        return None
    sentence = span.sent
    text = doc_text(doc)
    prefix = text[sentence.start_char : start]
    match = LABEL_BEFORE.search(prefix)
    if match is None:
        return None
    cue_start = sentence.start_char + match.start()
    tokens = phrase_before(doc, cue_start, sentence.start)
    if not tokens or sum(t.is_alpha and t.lower_ not in ("a", "an", "the") for t in tokens) < 2:
        return None
    thing = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    who = (match.group("who") or "").strip()
    if match.group("known"):
        return thing
    if who.lower() in PRONOUNS or not who:
        return f"A name used for {thing}"
    return f"The name {who} uses for {thing}"


def phrase_before(doc: Doc, char: int, sentence_start: int) -> list[Token]:
    """The descriptive noun phrase that ends just before character `char`, or [].

    `char` lies in the sentence starting at token `sentence_start`, so the search starts there.
    """
    end = next((t.i for t in doc[sentence_start:] if t.idx >= char), len(doc))
    i = end
    while i > sentence_start and doc[i - 1].text not in BOUNDARIES and doc[i - 1].tag_ not in FINITE_TAGS:
        if doc[i - 1].lower_ in RELATIVES:
            break
        i -= 1
    tokens = list(doc[i:end])
    while tokens and tokens[0].pos_ in ("ADP", "CCONJ", "SCONJ", "ADV"):
        tokens = tokens[1:]
    if not tokens or tokens[-1].pos_ != "NOUN":
        return []
    return tokens if describes(tokens) or tokens[0].pos_ in ("ADJ", "NOUN") else []


def copular_definition(doc: Doc, start: int, end: int) -> str | None:
    """'OPEC is a group of oil-producing countries.' at the start of a sentence."""
    span = token_span(doc, start, end)
    if span is None or span.end + 2 >= len(doc):
        return None
    first = span.sent.start
    if not (span.start == first or (span.start == first + 1 and doc[first].lower_ == "the")):
        return None
    verb, article = doc[span.end], doc[span.end + 1]
    if verb.lower_ not in ("is", "are") or article.lower_ not in ("a", "an"):
        return None
    stop = span.sent.end
    while stop > span.end + 1 and doc[stop - 1].is_punct:
        stop -= 1
    if stop - (span.end + 1) > MAX_DEFINITION_TOKENS:
        return None
    return doc[span.end + 1 : stop].text
