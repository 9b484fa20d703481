"""Standing relations stated by verbs: who represents, heads or plays for whom.

- a relation verb between two actors, in a main or relative clause: "Jason Foy, who represents
  Noel" (speaks-for), "Anna Berg heads the agency" (leads), "she joined Greenpeace" (member-of);
- "for" a team or employer after a verb of playing or working, or after a counted statistic:
  "Schröder scored 20 points for the Thunder", "Paul had four points and 10 assists for the
  Thunder" (member-of).
A negated or hypothetical verb states no relation ("would join", "does not represent").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..lexicon import table, words
from ..nlp import ParsedArticle
from .clauses import actor_named, kind_of, stated, subject_actor, whole_name_actor
from .lexicon import SUBJECTS

RELATION_VERBS = table("relation_verbs")
TEAM_VERBS = words("team_verbs")
MEMBERSHIP_VERBS = table("membership_verbs")
STATISTIC_NOUNS = words("statistic_nouns")
UNCOUNTED_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def membership_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for token in parsed.doc:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in RELATION_VERBS:
            yield from verb_relation(parsed, index, token)
        elif token.lower_ in {"for", "at", "with"} and token.dep_ == "prep":
            yield from team_relation(parsed, index, token)


def verb_relation(parsed: ParsedArticle, index: ActorIndex, verb: Token) -> Iterator[Relation]:
    """ "Anna Berg heads the agency"; in the passive, "CFM, co-owned by GE and Safran"."""
    if not stated(verb):
        return
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        sources = [obj, *obj.conjuncts] if obj is not None else []
        pairs = [(actor_named(s, index), passive_patient(verb, index)) for s in sources]
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        pairs = [(subject_actor(verb, index), actor_named(obj, index))] if obj is not None else []
    kind = RELATION_VERBS[verb.lemma_.lower()]
    if kind == "leads" and statistic_clause(verb):
        return  # "leading the league with 11.1 assists" is a ranking, not leadership
    for source, target in pairs:
        if kind == "leads" and kind_of(target, index) == "person":
            continue  # "Trump leads Biden in the polls"
        if source and target and source != target:
            yield Relation(source, target, kind, parsed.paragraph_at(verb.idx))


def passive_patient(verb: Token, index: ActorIndex) -> str | None:
    """Who a passive verb is said of: its subject, the noun its participle hangs on ("CFM,
    co-owned by ..."), the subject of "is 49 percent owned by ..."."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        relative = subject.tag_ in {"WDT", "WP"}
        return whole_name_actor(verb.head if relative else subject, index)
    if verb.dep_ not in {"acl", "relcl", "advcl"}:
        return None
    # the parser may hang it far off: on the verb, the clause's noun
    before = noun_before_participle(verb, index)
    if before or verb.dep_ == "advcl":
        return before
    if verb.head.dep_ == "attr":
        subject = next((c for c in verb.head.head.children if c.dep_ in SUBJECTS), None)
        return whole_name_actor(subject, index) if subject is not None else None
    return whole_name_actor(verb.head, index)


def noun_before_participle(verb: Token, index: ActorIndex) -> str | None:
    """The name right before ", co-owned by": the parser hangs such a participle on the verb."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and not doc[i].whitespace_:  # the "co-" of "co-owned"
        i -= 1
    if doc[i].text != ",":
        return None
    return actor_named(doc[i - 1], index) if i > 0 else None


def is_statistic(token: Token) -> bool:
    """ "10 assists", "a key rebound", "a triple-double", a bare "15"."""
    if token.lemma_.lower() in STATISTIC_NOUNS:
        return True
    return token.pos_ == "NUM" and token.dep_ != "nummod" and token.ent_type_ not in UNCOUNTED_ENTITIES


def statistic_clause(verb: Token) -> bool:
    """A stated verb whose object (direct, or after "with") is a statistic: "had 10 assists"."""
    if verb.pos_ not in {"VERB", "AUX"} or not stated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    return any(is_statistic(o) or any(is_statistic(c) for c in o.conjuncts) for o in objects)


def team_relation(parsed: ParsedArticle, index: ActorIndex, prep: Token) -> Iterator[Relation]:
    """ "scored 20 points for the Thunder", "works at the hospital", "was with the Rockets"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    target = actor_named(obj, index) if obj is not None else None
    team = index.get(target)
    if team is None or team.kind != "organization":
        return
    counted, current = False, prep.head
    for _ in range(6):  # up to the verb, noting a counted statistic on the way
        counted = counted or is_statistic(current) or any(c.dep_ == "nummod" for c in current.children)
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            break
        current = current.head
    if current.dep_ == "xcomp" and current.head.pos_ in {"VERB", "AUX"}:
        current = current.head  # "finished with 25 points to post a triple-double for the Lakers"
    if current.pos_ not in {"VERB", "AUX"} or not stated(current):
        return
    lemma = current.lemma_.lower()
    if prep.lower_ == "for":
        if not (counted or statistic_clause(current) or lemma in TEAM_VERBS):
            return
    elif prep.lower_ not in MEMBERSHIP_VERBS.get(lemma, "").split():
        return
    for source in members_of_clause(current, index):
        if kind_of(source, index) == "person" and source != target:
            yield Relation(source, team.id, "member-of", parsed.paragraph_at(prep.idx))


def members_of_clause(verb: Token, index: ActorIndex) -> list[str]:
    """Whom the clause is said of; of a participle, the names it hangs on ("Noel and Thomas,
    assigned to ...")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        names = [verb.head, *verb.head.conjuncts]
        return [a for n in names for a in [actor_named(n, index)] if a]
    source = subject_actor(verb, index)
    return [source] if source else []
