"""Groups named by common nouns: "Federal prosecutors alleged ...", "Islamist militants have carried out".

Groups of people act in news as often as named bodies, but carry no proper name for the tagger to
find. A plural person noun ("lawmakers", "rescuers", "militants") is a group actor when it is the
subject of a verb (it acts or speaks) and a proper adjective makes it a particular group
("British lawmakers", "Indonesian rescuers", "Islamist militants"). Common-noun modifiers
("prison officials", "aviation experts", "defense attorneys") often describe people the story
names elsewhere, and a bare "officials" is too vague: those stay out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from . import data
from .names import normalise_name
from .roles import is_person_title

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound"})
AGENT_SUFFIXES = data.AGENT_SUFFIXES
QUANTIFIERS = frozenset(
    {"other", "many", "several", "some", "few", "more", "most", "such", "various", "numerous", "all", "both"}
)


def is_people_noun(token: Token) -> bool:
    """A plural noun for people: a title ("officials") or an agent noun ("rescuers", "advocates")."""
    if token.tag_ != "NNS" or not token.is_alpha:
        return False
    return is_person_title(token) or token.lower_.endswith(AGENT_SUFFIXES)


def is_proper_adjective(token: Token) -> bool:
    """A nationality, faith or ideology: a demonym, a NORP entity, or capitalised inside a sentence."""
    if token.ent_type_ == "NORP" or normalise_name(token.text) in data.DEMONYMS:
        return True
    return token.is_title and not token.is_sent_start and token.pos_ == "ADJ"


def group_spans(doc_tokens: Iterable[Token], taken: set[int]) -> Iterator[Span]:
    """Spans "modifier(s) + plural person noun" that are the subject of a verb."""
    for token in doc_tokens:
        if token.i in taken or token.dep_ not in SUBJECT_DEPS or not is_people_noun(token):
            continue
        modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
        if any(m.lower_ in QUANTIFIERS or m.like_num for m in modifiers):
            continue
        if not any(is_proper_adjective(m) for m in modifiers):
            continue
        start = min(m.left_edge.i if m.dep_ == "compound" else m.i for m in modifiers)
        span = token.doc[start : token.i + 1]
        if all(t.is_alpha or t.text == "-" for t in span):
            yield span
