"""Reported speech: the clause a reporting verb governs, with or without quoted fragments in it.

"Peskov said it would be a mistake" reports what Peskov said without his words; the reported
content is the complement clause of the verb (spaCy's `ccomp`), whether it follows the verb or
comes first ("It was impossible …, Peskov added"). "According to X" frames a whole clause the
same way. A clause holding a quoted fragment ("a move he said would carry "highly negative
consequences"") is a partial quote: the reporter's words around the speaker's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp import ParsedArticle, doc_text
from .marks import covered, overlaps
from .speakers import cue_of, is_speech_verb
from .words import CHARACTERISING_VERBS

# A reported clause shorter than this many words is a fragment ("he said so"), not a statement.
INDIRECT_MIN_WORDS = 3
# Dependents that start a new thought after a quoted fragment; a partial quote ends before them
# ("join "when conditions are met" while stopping short of …").
TAIL_DEPS = frozenset({"advcl", "conj", "cc", "parataxis", "punct"})
# Gerund complements that carry the statement when a reporting verb has no ccomp ("report being
# turned away", "said having him back helps": spaCy parses the gerund as xcomp or csubj).
GERUND_COMPLEMENTS = frozenset({"xcomp", "csubj"})
# How spaCy attaches a cue that follows its statement ("…, Scheer said, that …" / "…, argued X").
PARENTHETICAL_DEPS = frozenset({"parataxis", "conj"})
# Where spaCy puts the speaker of an inverted cue ("argued Palvetzian" parses Palvetzian as dobj).
POSTPOSED_SPEAKER = frozenset({"nsubj", "dobj", "npadvmod", "attr"})
# Penn tags of wh-words; one opening a complement makes it an indirect question, not a statement.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Labels news sites put before a link to another story. Only these: a topic label ("CHINA TALK:",
# AP market-story style) opens a paragraph of this story's own reporting.
LINK_LABEL = re.compile(
    r"(?:READ MORE|RELATED|WATCH|LISTEN|SEE ALSO|ALSO READ|READ ALSO|CLICK HERE)\b[^:\n]{0,20}:", re.I
)
EDGE_PUNCT = " ,;:.-—–\"'“”‘’"


@dataclass
class Reported:
    """A reporting verb (or "according to") and the character range of what it reports."""

    cue: Token  # the verb, or the word "according"
    start: int  # doc character offsets of the reported clause
    end: int
    source: Token | None = None  # the pobj of "according to" or a postposed speaker; None: the verb's subject


def clause_range(head: Token) -> tuple[int, int]:
    """Character range of a clause, without its "that" and without edge punctuation."""
    tokens = list(head.subtree)
    for position, token in enumerate(tokens):
        # "…, alleging that …" / "…, adding …": a second statement hung on the first; cut it off
        if (
            position > 0
            and token.tag_ == "VBG"
            and is_speech_verb(token)
            and tokens[position - 1].text == ","
        ):
            tokens = tokens[: position - 1]
            break
    while tokens and (
        tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether", "if") or tokens[0].is_punct
    ):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return head.idx, head.idx
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def find_reported(parsed: ParsedArticle, inside_quotes: list[tuple[int, int]]) -> list[Reported]:
    """Every reporting verb with a complement clause, outside quotation marks, not nested."""
    found: list[Reported] = []
    items: list[Reported] = []
    doc, text = parsed.doc, parsed.text
    for token in (t for sent in parsed.sents if not is_link_line(sent, text) for t in sent):
        if covered(token.idx, inside_quotes):
            continue
        if token.lower_ == "according":
            item = according_to(token)
            items.extend([item] if item else [])
        elif is_speech_verb(token):
            items.extend(verb_clause(token))
        elif token.lemma_.lower() in CHARACTERISING_VERBS and token.pos_ == "VERB":
            item = characterisation(token)
            # "called it a disaster": short, yet a claim; "call it a "ghost project"" names a term
            if item and not overlaps((item.start, item.end), inside_quotes):
                found.append(item)
    for item in items:
        if len(doc.char_span(item.start, item.end, alignment_mode="expand") or []) >= INDIRECT_MIN_WORDS:
            found.append(item)
    return drop_nested(found)


def is_link_line(sent: Span, text: str) -> bool:
    """A cross-link to another story ("READ MORE: Mayor says …"): a headline, not a statement.

    News sites label such paragraphs with a tag and a colon; what follows is the title of
    another article, whose "says" reports nothing in this one. spaCy may split the tag off as a
    sentence of its own, so the test looks at the start of the sentence's paragraph.
    """
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return LINK_LABEL.match(text, line_start) is not None


def verb_clause(verb: Token) -> list[Reported]:
    """The complement clauses of a reporting verb ("said [it would be a mistake]").

    A parse may split one statement over sibling complements ("says [he drank], [used drugs]"),
    so every ccomp counts toward one range; a gerund complement with no ccomp ("report [being
    afraid]") is the statement too; "said X and that Y" adds Y as a second statement.
    """
    found: list[Reported] = []
    heads = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (verb.dep_ == "relcl" or not is_question(c))
    ]  # in "a wound that police said was …" the wh-word belongs to the relative clause
    if not heads and any(c.dep_ == "nsubj" for c in verb.lefts):  # "to report spending" is no report
        heads = [c for c in verb.rights if c.dep_ in GERUND_COMPLEMENTS and c.tag_ == "VBG"]
    if not heads:
        return [item for item in [parenthetical(verb)] if item]
    ranges = [clause_range(head) for head in heads]
    found.append(Reported(verb, min(r[0] for r in ranges), max(r[1] for r in ranges)))
    for child in verb.rights:
        if child.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.lefts):
            found.append(Reported(verb, *clause_range(child)))
    return found


def is_question(head: Token) -> bool:
    """An embedded question ("won't say what the message is", "asked if it would"): no claim.

    Only a wh-word or "whether"/"if" that belongs to the clause head itself counts; in "said when
    she arrived the house was empty" the "when" opens an adverbial clause inside a statement.
    """
    first = head.left_edge
    if first.head == head and first.tag_ in WH_TAGS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.lefts)


def parenthetical(verb: Token) -> Reported | None:
    """A cue hung after the statement it reports ("The plan failed, the mayor said, and …").

    spaCy attaches such a cue to the statement's verb as parataxis or conj, not the other way
    round; the statement is the head's words before the cue. A conj'd cue needs a speaker of its
    own ("…, argued Halvorsen"), else "He left and said nothing" would report "He left".
    """
    head = verb.head
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subject.left_edge if subject is not None else verb
    if verb.dep_ not in PARENTHETICAL_DEPS or head.i >= first.i or first.i == 0:
        return None
    if verb.doc[first.i - 1].text not in (",", "—", "–"):
        return None
    source = None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        source = next((c for c in verb.rights if c.dep_ in POSTPOSED_SPEAKER and c.pos_ == "PROPN"), None)
        if source is None and verb.dep_ == "conj":
            return None
    tokens = [t for t in verb.doc[head.left_edge.i : first.i] if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return Reported(verb, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), source=source)


def characterisation(verb: Token) -> Reported | None:
    """The predicate of "called X Y" / "described X as Y": the speaker's judgement of X.

    Only with a direct object and a predicate after it, so "called the police" and "called on
    the council" stay out; a passive ("was described as") has no speaker and is dropped later.
    """
    if not any(c.dep_ == "dobj" for c in verb.rights):
        return None
    predicate = next((c for c in verb.rights if c.dep_ == "oprd"), None)
    if predicate is None:
        as_word = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        predicate = next(iter(as_word.children), None) if as_word is not None else None
    if predicate is None:
        return None
    start, end = predicate.left_edge.idx, predicate.right_edge.idx + len(predicate.right_edge.text)
    return Reported(verb, start, end)


def according_to(word: Token) -> Reported | None:
    """ "According to X, …" / "…, according to X": the rest of the sentence is what X says."""
    to = next((c for c in word.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    sent = word.sent
    phrase_start, phrase_end = word.i, source.right_edge.i + 1
    before = sent.doc[sent.start : phrase_start]
    after = sent.doc[phrase_end : sent.end]
    side = after if len(after) > len(before) else before
    start, end = strip_span(side)
    if end <= start:
        return None
    return Reported(word, start, end, source=source)


def strip_span(span: Span) -> tuple[int, int]:
    """Character range of a span without edge punctuation and quotation marks."""
    text = span.text
    left = len(text) - len(text.lstrip(EDGE_PUNCT))
    right = len(text.rstrip(EDGE_PUNCT))
    return span.start_char + left, span.start_char + right


def drop_nested(items: list[Reported]) -> list[Reported]:
    """Keep the outer report when one reporting verb sits inside another's clause."""
    return [
        a
        for a in items
        if not any(
            b is not a
            and b.cue.lower_ != "according"
            and b.start <= a.cue.idx < b.end
            and b.start <= a.start
            and a.end <= b.end
            for b in items
        )
    ]


def partial_range(item: Reported, doc: Doc, fragments: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause of a partial quote, cut after its last quoted fragment where a new thought starts.

    `fragments` are the character ranges of the quoted words, marks included.
    """
    last_end = max(end for _, end in fragments)
    end = item.end
    head = clause_head(item)
    if head is not None:
        for child in head.rights:
            if child.dep_ in TAIL_DEPS and child.left_edge.idx >= last_end and not child.is_punct:
                end = min(end, child.left_edge.idx)
    text = doc_text(doc)[item.start : max(end, last_end)]
    return item.start, item.start + len(text.rstrip(" ,;:-—–"))


def report_cue(item: Reported) -> tuple[str, str | None]:
    """The cue words and channel of a report; a postposed speaker ("…, argued X") is no cue word."""
    if item.cue.lower_ == "according":
        return "according to", None
    if item.source is not None:
        return item.cue.text, None
    return cue_of(item.cue)


def clause_head(item: Reported) -> Token | None:
    """The head token of a reported clause (the verb's ccomp)."""
    for child in item.cue.children:
        if child.dep_ == "ccomp":
            return child
    return None
