"""Stance words in the reporting: who backs, opposes or criticises whom, on the dependency parse.

A verb, adjective or noun of the lexicons with an actor as its agent and another as its patient:
"Russia, which is staunchly opposed to Ukraine ever joining NATO" -> russia opposes nato (of "X
joining Y" the patient is Y, the body being joined or acted on; X when Y is no actor); "the West
is planning to offer Ukraine assurances" -> the West supports Ukraine; "G7 countries ... announce
a framework ... for security assurances for Ukraine" -> g7 supports ukraine (a support noun's
beneficiary, agent found up the clause chain).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .clauses import actor_named
from .deeds import doers_of
from .lexicon import COMPLAINT_NOUNS, CRITICIZE, OPPOSE, SPEECH, SUBJECTS, SUPPORT, SUPPORT_NOUNS
from .pronouns import bound_subject
from .references import described_person

# Stance word -> relation kind; should a word enter two lists, opposing outranks supporting
# outranks criticising (the later entry wins).
STANCE_KINDS = {
    **{lemma: "criticizes" for lemma in CRITICIZE},
    **{lemma: "supports" for lemma in SUPPORT},
    **{lemma: "opposes" for lemma in OPPOSE},
}


def actor_of(token: Token, index: ActorIndex) -> str | None:
    """The actor a noun stands for: itself, a compound naming it ("G7 countries"), or the antecedent
    of a relative pronoun ("Russia, which ..."), the person a subject "he" or "she" is bound to."""
    if token.tag_ == "WDT" and token.head.dep_ == "relcl":
        token = token.head.head
    found = index.actor_at(token.idx, token.idx + len(token))
    if found or (token.pos_ == "PROPN" and (found := actor_named(token, index))):
        return found  # a name the mentions missed: "Schröder" for Dennis Schröder
    for child in token.children:
        if child.dep_ in {"compound", "amod"} and child.i < token.i:
            found = index.actor_at(child.idx, child.idx + len(child))
            if found:
                return found
    return bound_subject(token, index) or described_person(token, index)


def agent_of(token: Token, index: ActorIndex) -> str | None:
    """The actor doing what `token` says: its subject, or the subject up its chain of clauses.

    The climb stops at a speech verb: the speaker of "X said Y would help Z" is not the helper.
    """
    current: Token | None = token
    came_by = ""
    for _ in range(8):
        if current is None:
            return None
        for child in current.children:
            if (child.dep_ in SUBJECTS or child.dep_ == "agent") and child != token:
                subject = (
                    next((c for c in child.children if c.dep_ == "pobj"), child)
                    if child.dep_ == "agent"
                    else child
                )
                found = actor_of(subject, index)
                if found:
                    return found
        if current is not token and current.lemma_.lower() in SPEECH and came_by != "dobj":
            return None  # "commenting on assurances for Kyiv": the speaker talks, not gives
        if current.dep_ in {"ccomp"} and current.head.lemma_.lower() in SPEECH:
            return None
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None
        came_by = current.dep_
        current = current.head if current.head != current else None
    return None


def patients_of(token: Token, index: ActorIndex) -> list[str]:
    """Who a stance word is about: its object, its dative, or the object of its preposition."""
    found: list[str] = []
    for child in token.children:
        if child.dep_ in {"dobj", "dative", "attr"}:
            found += [a for a in [actor_of(child, index)] if a]
            found += doers_of(child, lambda t: actor_of(t, index))  # "welcomed Trump's retweeting"
            # "offer Ukraine new loans" is sometimes parsed with Ukraine as a modifier of "loans"
            found += [
                a
                for c in child.children
                if c.dep_ == "nmod" and c.i < child.i
                for a in [actor_of(c, index)]
                if a
            ]
        elif child.dep_ == "prep" and child.lower_ in {"to", "for", "against", "of", "on", "with"}:
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    found += [a for a in [gerund_patient(obj, index) or actor_of(obj, index)] if a]
    return found


def gerund_patient(obj: Token, index: ActorIndex) -> str | None:
    """Of "Ukraine joining NATO", the body acted on (NATO); None when there is no such clause."""
    for clause in obj.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            target = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if target is not None:
                return actor_of(target, index)
    return None


def stance_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for token in parsed.doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in COMPLAINT_NOUNS:
            yield from complaint_noun(token, index, parsed)
            continue
        kind = STANCE_KINDS.get(lemma)
        if kind is None or token.pos_ not in {"VERB", "ADJ", "NOUN"}:
            continue
        if token.pos_ == "NOUN" and lemma in SUPPORT_NOUNS:
            yield from support_noun(token, index, parsed)
            continue
        if denied(token):
            continue
        agent = noun_agent(token, index) if token.pos_ == "NOUN" else None
        agent = agent or agent_of(token if token.pos_ == "VERB" else token.head, index)
        if agent is None and token.dep_ == "acomp":
            agent = agent_of(token.head, index)
        if not agent:
            continue
        for patient in patients_of(token, index):
            if patient != agent:
                yield Relation(agent, patient, kind, parsed.paragraph_at(token.idx))


def noun_agent(noun: Token, index: ActorIndex) -> str | None:
    """Whose criticism or opposition a noun is: "Cox's criticism", "criticism from Cox", "by Cox"."""
    agents = [c for c in noun.children if c.dep_ == "poss"]
    agents += [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "by"} for o in p.children
    ]
    return next((a for t in agents for a in [actor_of(t, index)] if a), None)


def denied(token: Token) -> bool:
    """ "did not clash with", "is not opposed to": the stance word or a verb governing it is negated."""
    verb = token.head if token.dep_ in {"acomp", "attr", "dobj"} else token
    governing = [token, verb]
    while governing[-1].dep_ == "xcomp":  # "did not want to attack", "didn't appear to clash"
        governing.append(governing[-1].head)
    return any(c.dep_ == "neg" for t in governing for c in t.children)


def support_noun(token: Token, index: ActorIndex, parsed: ParsedArticle) -> Iterator[Relation]:
    """ "assurances for Ukraine": who gives them is the agent up the clause chain."""
    beneficiaries = [
        actor_of(obj, index)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    found = [b for b in beneficiaries if b]
    if not found:
        return
    owner = next(
        (c for c in token.children if c.dep_ in {"poss", "compound", "amod"} and actor_of(c, index)), None
    )
    agent = actor_of(owner, index) if owner is not None else agent_of(token.head, index)
    for beneficiary in found:
        if agent and agent != beneficiary:
            yield Relation(agent, beneficiary, "supports", parsed.paragraph_at(token.idx))


COMPLAINT_PREPOSITIONS = {"with", "to", "about", "over", "against"}


def complaint_noun(token: Token, index: ActorIndex, parsed: ParsedArticle) -> Iterator[Relation]:
    """ "he had raised concerns with White House officials": the one who raises a complaint
    criticises whom it is raised with or about (not "concern for the victims")."""
    if token.dep_ != "dobj" or denied(token):
        return
    agent = agent_of(token.head, index)
    targets = [
        actor_of(obj, index)
        for holder in (token, token.head)  # "concerns with X", "raised concerns with X"
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in COMPLAINT_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for target in targets:
        if agent and target and target != agent:
            yield Relation(agent, target, "criticizes", parsed.paragraph_at(token.idx))
