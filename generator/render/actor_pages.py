"""The site-wide actor pages: an index of everyone, and one page per actor in several stories.

Actors are matched across stories by id, the slug of their canonical name, so "Dmitry Peskov" in
two stories is one person here; an editor who merges two spellings by hand gives them one id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import jinja2

from ..model import Actor, Story
from .escape import Markdown, escape_markdown

KIND_TITLES = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "group": "Groups",
    "place": "Places",
}
SHARED_MINIMUM = 2  # stories an actor must appear in to get a page of their own


@dataclass
class Appearance:
    slug: str
    story: Story
    actor: Actor


@dataclass
class SiteActor:
    id: str
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.appearances[0].actor.name

    @property
    def shared(self) -> bool:
        return len(self.appearances) >= SHARED_MINIMUM


def collect_actors(stories: list[tuple[str, Story]]) -> list[SiteActor]:
    """Every actor of the site, with the stories they appear in, sorted by name."""
    by_id: dict[str, SiteActor] = {}
    for slug, story in sorted(stories):
        for actor in story.actors:
            by_id.setdefault(actor.id, SiteActor(actor.id)).appearances.append(Appearance(slug, story, actor))
    return sorted(by_id.values(), key=lambda a: (a.name.lower(), a.id))


def render_actors_index(env: jinja2.Environment, actors: list[SiteActor]) -> str:
    groups: dict[str, list[dict[str, str | Markdown]]] = defaultdict(list)
    for site_actor in actors:
        first = site_actor.appearances[0].actor
        name = escape_markdown(site_actor.name)
        links = [
            f"[{escape_markdown(a.story.title)}](../{a.slug}/actors.md#{a.actor.id})"
            for a in site_actor.appearances
        ]
        groups[first.kind].append(
            {
                "name": Markdown(f"[{name}]({site_actor.id}.md)" if site_actor.shared else name),
                "role": "; ".join(sorted({a.actor.role for a in site_actor.appearances if a.actor.role})),
                "stories": Markdown("<br>".join(links)),
            }
        )
    ordered = [
        {"kind": KIND_TITLES.get(kind, kind), "rows": groups[kind]} for kind in KIND_TITLES if kind in groups
    ]
    return env.get_template("actors_index.md.j2").render(groups=ordered)


def render_actor_page(env: jinja2.Environment, site_actor: SiteActor) -> str:
    stories = []
    for appearance in site_actor.appearances:
        story, slug, actor_id = appearance.story, appearance.slug, site_actor.id
        quotes = [
            Markdown(f"“{escape_markdown(q.text)}” [¶{q.paragraph}](../{slug}/source.md#p{q.paragraph})")
            for q in story.quotes
            if q.speaker == actor_id
        ]
        events = [
            Markdown(
                f"{escape_markdown(e.date or e.relative or '')}: {escape_markdown(e.what)} "
                f"[¶{e.paragraph}](../{slug}/source.md#p{e.paragraph})"
            )
            for e in story.events
            if actor_id in e.actors
        ]
        link = Markdown(f"[{escape_markdown(story.title)}](../{slug}/index.md)")
        stories.append({"link": link, "quotes": quotes, "events": events})
    roles = "; ".join(sorted({a.actor.role for a in site_actor.appearances if a.actor.role}))
    description = f"{site_actor.name} in {len(site_actor.appearances)} stories: what they said and did."
    return env.get_template("actor.md.j2").render(
        name=site_actor.name, roles=roles, stories=stories, description=description
    )
