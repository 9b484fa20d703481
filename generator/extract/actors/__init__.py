"""Actors: who is in the story, merged under one canonical name with their aliases.

Three passes over the article Doc, each in its own module:

1. *Mentions* (`mentions`): spaCy's entities and the names of the general-knowledge tables
   of `data`, each typed by what the text shows ("Kyiv says" -> Ukraine; "in Kyiv" -> a
   place), the dateline's agency, channels and wire credits left out.
2. *Clusters* (`clusters`): one actor per country, group, organization or person; full
   names absorb surnames and honorific forms, organizations their acronyms and short forms.
3. *Roles* (`roles`): a person's title and the actor it names ("Kremlin spokesman").

This module builds the actors from the clusters (a cluster with only weak mentions, such as a
place named only as a location, makes no actor). `ActorIndex` is what the other extraction
modules use to turn a name or a character span into an actor id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...story.model import Actor, ActorKind
from ..nlp import ParsedArticle
from . import data
from .clusters import (
    adopt_person_names,
    canonical_name,
    cluster_others,
    cluster_persons,
    majority_kind,
    short_form_of,
)
from .mentions import MentionCandidate, find_candidates
from .names import actor_slug, normalise_name, strip_article, strip_honorific
from .roles import assign_roles

__all__ = ["ActorIndex", "Mention", "extract_actors", "normalise_name", "actor_slug", "strip_honorific"]


@dataclass
class Mention:
    start: int  # character offsets in the article Doc
    end: int
    actor: str
    text: str = ""


@dataclass
class ActorIndex:
    """The actors of one article and where each is mentioned."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def get(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def resolve(self, name: str) -> str | None:
        """The id of the actor called `name` (canonical name, alias, surname, capital), or None."""
        key = normalise_name(strip_honorific(name))
        if not key:
            return None
        for actor in self.actors:
            if key in {normalise_name(n) for n in [actor.name, *actor.aliases]}:
                return actor.id
        for actor in self.actors:
            if actor.kind == "person" and normalise_name(actor.name).split()[-1] == key:
                return actor.id
        country = data.COUNTRY_NAMES.get(key) or data.CAPITALS.get(key) or data.DEMONYMS.get(key)
        if country:
            return next((a.id for a in self.actors if a.name == country), None)
        shortened = [a.id for a in self.actors if a.kind == "organization" and short_form_of(name, a.name)]
        return shortened[0] if len(shortened) == 1 else None  # "Lakers" for "Los Angeles Lakers"

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor mentioned within characters [start, end), if any."""
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                return mention.actor
        return None

    def actors_in(self, start: int, end: int) -> list[str]:
        """Every actor mentioned within characters [start, end), in order, without repeats."""
        found: list[str] = []
        for mention in self.mentions:
            if mention.start < end and start < mention.end and mention.actor not in found:
                found.append(mention.actor)
        return found

    def add(self, name: str, kind: ActorKind, start: int, end: int, paragraph: int) -> str:
        """Add an actor found after clustering (a body a role names) with its one mention; its id."""
        actor_id, n = actor_slug(name), 2
        while self.get(actor_id) is not None:
            actor_id, n = f"{actor_slug(name)}-{n}", n + 1
        self.actors.append(Actor(actor_id, name, kind, paragraphs=[paragraph]))
        self.mentions.append(Mention(start, end, actor_id, name))
        self.mentions.sort(key=lambda m: m.start)
        return actor_id

    def add_person_mention(self, name: str, start: int, end: int) -> str:
        """Record a mention of the person `name` (a speaker extraction missed): the actor of that
        id when there is one, else a new person; its id."""
        actor_id = actor_slug(name)
        if self.get(actor_id) is None:
            self.actors.append(Actor(id=actor_id, name=name, kind="person"))
        self.mentions.append(Mention(start, end, actor_id))
        self.mentions.sort(key=lambda m: m.start)
        return actor_id

    def mentions_of(self, actor_id: str) -> list[Mention]:
        return [m for m in self.mentions if m.actor == actor_id]


def build_actors(parsed: ParsedArticle, clusters: list[list[MentionCandidate]]) -> ActorIndex:
    index = ActorIndex()
    used: set[str] = set()
    for members in sorted(clusters, key=lambda m: min(c.span.start for c in m)):
        if not any(c.strong for c in members):
            continue
        kind = majority_kind(members)
        name = canonical_name(kind, members)
        actor_id, n = actor_slug(name), 2
        while actor_id in used:
            actor_id, n = f"{actor_slug(name)}-{n}", n + 1
        used.add(actor_id)
        aliases: list[str] = []
        for cand in members:
            alias = strip_article(cand.name)
            if normalise_name(alias) != normalise_name(name) and alias not in aliases:
                aliases.append(alias)
        paragraphs = sorted({parsed.paragraph_of(c.span) for c in members})
        affiliation = next((c.affiliation for c in members if c.affiliation), None)
        index.actors.append(
            Actor(actor_id, name, kind, aliases, paragraphs=paragraphs, affiliation=affiliation)
        )
        index.mentions.extend(
            Mention(c.span.start_char, c.span.end_char, actor_id, c.span.text) for c in members
        )
    index.mentions.sort(key=lambda m: m.start)
    return index


def extract_actors(parsed: ParsedArticle) -> ActorIndex:
    """Collect the actors of the article, merged, typed, with roles and affiliations."""
    candidates = find_candidates(parsed)
    adopt_person_names(candidates)
    clusters = list(cluster_persons(candidates).values()) + list(cluster_others(candidates).values())
    index = build_actors(parsed, clusters)
    assign_roles(parsed, index)
    return index
