"""Who speaks for whom by their own words: "On behalf of AirAsia, my condolences," Fernandes tweeted.

Speaking or acting "on behalf of" a body states that the speaker represents it: in a quote, the
speaker is the quote's; in the reporting ("Kim Lee spoke on behalf of Greenpeace"), the subject
of the verb the phrase hangs on.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .clauses import actor_named, stated, subject_actor


def behalf_relations(
    parsed: ParsedArticle, index: ActorIndex, statements: list[tuple[str, Span]]
) -> Iterator[Relation]:
    quoted = {token.i: speaker for speaker, span in statements for token in span}
    for token in parsed.doc:
        if token.lower_ != "behalf":
            continue
        principal = principal_of(token, index)
        speaker = quoted.get(token.i) or reporting_subject(token, index)
        if principal and speaker and principal != speaker:
            yield Relation(speaker, principal, "speaks-for", parsed.paragraph_at(token.idx))


def principal_of(behalf: Token, index: ActorIndex) -> str | None:
    of = next((c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return actor_named(obj, index) if obj is not None else None


def reporting_subject(behalf: Token, index: ActorIndex) -> str | None:
    """The subject of the stated verb "on behalf of" hangs on."""
    verb = behalf.head.head if behalf.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or not stated(verb):
        return None
    return subject_actor(verb, index)
