"""Actors: who is in the story, merged under one canonical name with their aliases.

A first pass over spaCy's named entities (PERSON, ORG, GPE, NORP, LOC); a person named in full
once ("Dmitry Peskov") absorbs later surname mentions ("Peskov").
`ActorIndex` is what the other extraction modules use to turn a name or a span into an actor id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Actor, ActorKind
from .nlp import ParsedArticle

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "LOC": "place",
}


@dataclass
class Mention:
    start: int  # character offsets in the article Doc
    end: int
    actor: str


@dataclass
class ActorIndex:
    """The actors of one article and where each is mentioned."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def get(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def resolve(self, name: str) -> str | None:
        """The id of the actor called `name` (canonical name, alias or surname), or None."""
        key = normalise_name(name)
        for actor in self.actors:
            if key in {normalise_name(n) for n in [actor.name, *actor.aliases]}:
                return actor.id
        for actor in self.actors:
            if actor.kind == "person" and key and normalise_name(actor.name).split()[-1] == key:
                return actor.id
        return None

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor mentioned within characters [start, end), if any."""
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                return mention.actor
        return None


def normalise_name(name: str) -> str:
    return " ".join(re.findall(r"[\w.]+", name.lower().removeprefix("the ")))


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


def extract_actors(parsed: ParsedArticle) -> ActorIndex:
    """Collect the named actors of the article."""
    index = ActorIndex()
    for ent in parsed.doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        name = ent.text.removeprefix("the ").strip()
        actor_id = index.resolve(name)
        if actor_id is None:
            actor = Actor(id=slugify(name), name=name, kind=kind)
            index.actors.append(actor)
            actor_id = actor.id
        actor = index.get(actor_id)
        assert actor is not None
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        paragraph = parsed.paragraph_of(ent)
        if paragraph not in actor.paragraphs:
            actor.paragraphs.append(paragraph)
        index.mentions.append(Mention(ent.start_char, ent.end_char, actor_id))
    return index
