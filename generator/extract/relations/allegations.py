"""Accusations in reported speech: "Prosecutors alleged that Lee and Kim falsified records".

To allege is to claim wrongdoing, so the actor who alleges criticises whoever is the subject of
what is alleged. Only the verbs of `allegation_verbs` count: "said that" or "claimed that" report
a claim, not a charge.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...story.model import Relation
from ..actors import ActorIndex
from ..lexicon import words
from ..nlp import ParsedArticle
from .clauses import stated
from .lexicon import SUBJECTS
from .speech import speaker_of
from .stance import actor_of

ALLEGATION_VERBS = words("allegation_verbs")


def allegation_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for verb in parsed.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGATION_VERBS or not stated(verb):
            continue
        accuser = speaker_of(verb, index)
        if accuser is None:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
                for name in [subject, *subject.conjuncts]:
                    accused = actor_of(name, index)
                    if accused and accused != accuser:
                        yield Relation(accuser, accused, "criticizes", parsed.paragraph_at(name.idx))
