"""Documents as sources: "the report said", "a study by Civic Action found", "city records show".

Reporters attribute findings to documents, but a document is not a speaker: annotators of who
said what (SFU Gender Gap Tracker guidelines, "speaker" = the person or organisation behind the
words) credit its author, and a document whose author the text never names is the reporter's own
evidence, not a quote. So a research document with a named author speaks for that author; a later
"the study" speaks for the author of the last study; one with no author is no speaker at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorIndex
from .referents import Speaker, SpeakerMemory
from .words import AUTHORING_VERBS, RESEARCH_DOCUMENTS

# Prepositions that introduce a document's author ("a study by X", "numbers from X", "a report of X").
AUTHOR_PREPS = frozenset({"by", "from", "of"})
# How far back (characters, about three paragraphs) "the report" may point to a document named before.
LOOKBACK_CHARS = 1500
# Entity types that cannot author a document ("records from December 2017").
NOT_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def is_research_document(subject: Token) -> bool:
    return subject.lemma_.lower() in RESEARCH_DOCUMENTS or subject.lower_ in RESEARCH_DOCUMENTS


def document_source(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> Speaker | None:
    """The author a research document speaks for, or None when the text names none."""
    author = named_author(subject, index)
    if author is not None:
        return author
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
    return earlier_author(subject, index, memory) if definite else None


def earlier_author(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> Speaker | None:
    """ "The report said": the author of the latest document named before, within a few paragraphs
    ("a study by X …", "Y wrote in a recent report …")."""
    doc = subject.doc
    floor = max(subject.idx - LOOKBACK_CHARS, 0)
    for token in reversed(doc[: subject.i]):
        if token.idx < floor:
            break
        if token.pos_ != "NOUN" or not is_research_document(token) or memory.in_quotes(token.idx):
            continue
        author = named_author(token, index) or channel_author(token, index)
        if author is not None:
            return author
    return None


def channel_author(document: Token, index: ActorIndex) -> Speaker | None:
    """ "Philip Cross wrote in a recent report": the subject of the verb the document frames."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    actor = index.get(index.actor_at(subject.idx, subject.idx + len(subject.text)))
    return Speaker(actor.id, actor.name) if actor is not None else None


def named_author(subject: Token, index: ActorIndex) -> Speaker | None:
    """ "the Civic Action study", "a study released by Civic Action", "numbers from Statistics
    Canada": an actor named inside the document's own noun phrase."""
    for token in subject.subtree:
        if token.i == subject.i or token.ent_type_ in NOT_AUTHORS:
            continue
        attached = token.dep_ in ("compound", "nmod", "poss") and token.head.i == subject.i
        if not (attached or is_author_object(token, subject)) or token.pos_ not in ("PROPN", "NOUN"):
            continue
        actor_id = index.actor_at(token.idx, token.idx + len(token.text))
        actor = index.get(actor_id)
        if actor is not None:
            return Speaker(actor.id, actor.name)
        if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON"):
            return Speaker(None, token.doc[token.left_edge.i : token.i + 1].text)
    return None


def is_author_object(token: Token, document: Token) -> bool:
    """The object of "by/from/of" on the document itself or on a verb of authorship ("a study
    released by X"), not of any verb ("a memo obtained by The Globe" names no author)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in AUTHOR_PREPS:
        return False
    owner = prep.head
    return owner.i == document.i or (owner.head.i == document.i and owner.lemma_.lower() in AUTHORING_VERBS)
