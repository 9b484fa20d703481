"""Criticism in what speakers say: an actor tied to a negative word in a speaker's statement.

A statement is a quote from the quote extractor, or the complement of a speech verb with an actor
subject ("Kosachyov said ..."). An actor other than the speaker's own side is criticised when it
is the agent of a negative verb ("NATO was exploiting Kyiv", "invented by Westerners"), the
beneficiary of a negative noun ("a humiliation for Zelenskiy"), or an agent inside the subject of
a negative verdict ("assurances the West is planning ... would be a dangerous mistake").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...story.model import Quote, Relation
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .clauses import stated
from .lexicon import NEGATIVE, NEGATIVE_PHRASAL, SPEECH, SUBJECTS
from .stance import actor_of


def speech_relations(
    parsed: ParsedArticle, index: ActorIndex, quoted: list[tuple[str, Span]]
) -> Iterator[Relation]:
    """Criticism in what speakers say: quotes first (`quoted_statements`), then "X said (that) ..."
    clauses."""
    statements = quoted + list(reported_statements(parsed, index))
    for speaker, span in statements:
        own_side = side_of(speaker, index)
        for target, token in criticised_in(span, index):
            if target not in own_side:
                yield Relation(speaker, target, "criticizes", parsed.paragraph_at(token.idx))


def side_of(actor_id: str, index: ActorIndex) -> set[str]:
    """An actor and what it belongs to, up two levels: Peskov, the Kremlin, Russia."""
    side, current = {actor_id}, index.get(actor_id)
    for _ in range(2):
        if current is None or not current.affiliation:
            break
        side.add(current.affiliation)
        current = index.get(current.affiliation)
    return side


def quoted_statements(parsed: ParsedArticle, quotes: list[Quote]) -> Iterator[tuple[str, Span]]:
    for quote in quotes:
        if not quote.speaker or not quote.text:
            continue
        offset = parsed.paragraph_text(quote.paragraph).find(quote.text)
        if offset < 0:
            continue
        start = parsed.starts[quote.paragraph - 1] + offset
        span = parsed.doc.char_span(start, start + len(quote.text), alignment_mode="expand")
        if span is not None:
            yield quote.speaker, span


def reported_statements(parsed: ParsedArticle, index: ActorIndex) -> Iterator[tuple[str, Span]]:
    """The complement clause of a speech verb whose subject is an actor ("Kosachyov said ..."); a
    negated or unreal speech verb states nothing ("did not allege", "would say")."""
    doc = parsed.doc
    for token in doc:
        if token.lemma_.lower() not in SPEECH or token.pos_ != "VERB" or not stated(token):
            continue
        speaker = speaker_of(token, index)
        if speaker is None:
            continue
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp", "dobj"} or (child.dep_ == "prep" and child.lower_ == "of"):
                yield speaker, doc[child.left_edge.i : child.right_edge.i + 1]


def speaker_of(verb: Token, index: ActorIndex) -> str | None:
    """The actor subject of a speech verb, or of the speech verb it depends on ("..., alleging")."""
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return actor_of(subject, index)
        if current.head == current:
            return None
        current = current.head
    return None


def criticised_in(span: Span, index: ActorIndex) -> Iterator[tuple[str, Token]]:
    """Actors a statement ties to a negative word, with the word as evidence."""
    for token in span:
        lemma = token.lemma_.lower()
        phrasal = any((lemma, c.lower_) in NEGATIVE_PHRASAL for c in token.children if c.dep_ == "prt")
        if lemma not in NEGATIVE and not phrasal:
            continue
        if token.pos_ in {"VERB", "AUX"}:
            for child in token.children:
                if child.dep_ in SUBJECTS:
                    yield from actors_named(child, index, token)
                elif child.dep_ == "agent":
                    for obj in child.children:
                        yield from actors_named(obj, index, token)
        if token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "poss":
                    yield from actors_named(child, index, token)
                if child.dep_ == "prep" and child.lower_ in {"for", "to", "of", "on", "against", "by"}:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            yield from actors_named(obj, index, token)
        if token.dep_ in {"attr", "acomp"} or (token.dep_ == "amod" and token.head.dep_ == "attr"):
            verdict = token if token.dep_ != "amod" else token.head
            for subject in (c for c in verdict.head.children if c.dep_ in SUBJECTS):
                for inner in subject.subtree:
                    if inner.dep_ in SUBJECTS and inner != subject:
                        yield from actors_named(inner, index, token)


def actors_named(token: Token, index: ActorIndex, evidence: Token) -> Iterator[tuple[str, Token]]:
    found = actor_of(token, index)
    if found:
        yield found, evidence
