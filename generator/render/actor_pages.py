"""The site-wide actor pages: an index of everyone, and a page per actor in several stories.

Actors are matched across stories by id, the slug of their canonical name, so "Dmitry Peskov" in
two stories is one person here; an editor who merges two spellings by hand gives them one id.
The index is one page for a small site and one listing per initial for a large one; a row names
the newest few stories and counts the rest, and an actor's own page lists their stories newest
first, a page at a time, so no page grows with the site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jinja2

from ..story.model import Actor, Story
from .escape import Markdown, escape_markdown
from .paging import link, paginate, relative, some_links
from .site_pages import by_letter, story_order

KIND_LABELS = {
    "person": "person",
    "organization": "organisation",
    "country": "country",
    "group": "group",
    "place": "place",
}
SHARED_MINIMUM = 2  # stories an actor must appear in to get a page of their own
STORIES_PER_ACTOR_PAGE = 20


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

    @property
    def uri(self) -> str:
        return f"actors/{self.id}/index.md"

    @property
    def roles(self) -> str:
        return "; ".join(sorted({a.actor.role for a in self.appearances if a.actor.role}))


def collect_actors(stories: list[tuple[str, Story]]) -> list[SiteActor]:
    """Every actor of the site, with the stories they appear in (newest first), sorted by name."""
    by_id: dict[str, SiteActor] = {}
    for slug, story in sorted(stories, key=story_order, reverse=True):
        for actor in story.actors:
            by_id.setdefault(actor.id, SiteActor(actor.id)).appearances.append(Appearance(slug, story, actor))
    return sorted(by_id.values(), key=lambda a: (a.name.lower(), a.id))


def render_actors_index(env: jinja2.Environment, actors: list[SiteActor], per_page: int) -> dict[str, str]:
    """`actors/index.md`, and a listing per initial when everyone does not fit on one page."""
    template = env.get_template("actors_index.md.j2")

    def rows(items: list[SiteActor], uri: str) -> list[dict[str, Any]]:
        return [
            {
                "name": link(a.name, a.uri, uri) if a.shared else Markdown(escape_markdown(a.name)),
                "kind": KIND_LABELS.get(a.appearances[0].actor.kind, a.appearances[0].actor.kind),
                "role": a.roles,
                "stories": some_links(
                    [link(x.story.title, f"{x.slug}/actors.md#{x.actor.id}", uri) for x in a.appearances]
                ),
            }
            for a in items
        ]

    def render(uri: str, title: str, items: list[SiteActor], pager: Markdown, letters: Markdown) -> str:
        return template.render(title=title, rows=rows(items, uri), pager=pager, letters=letters)

    return by_letter("Actors", "actors", "actors/letters", actors, lambda a: a.name, per_page, render)


def render_actor_pages(env: jinja2.Environment, site_actor: SiteActor) -> dict[str, str]:
    """The pages of one actor: their stories, newest first, with what they said and did in each."""
    template = env.get_template("actor.md.j2")
    folder = site_actor.uri.rsplit("/", 1)[0]
    description = f"{site_actor.name} in {len(site_actor.appearances)} stories: what they said and did."
    pages = {}
    for page in paginate(folder, site_actor.appearances, STORIES_PER_ACTOR_PAGE):
        stories = [story_entry(appearance, page.uri) for appearance in page.items]
        pages[page.uri] = template.render(
            name=site_actor.name,
            roles=site_actor.roles,
            stories=stories,
            description=description,
            pager=page.pager,
            index=Markdown(f"[All actors]({relative('actors/index.md', page.uri)})"),
        )
    return pages


def story_entry(appearance: Appearance, uri: str) -> dict[str, Any]:
    story, slug, actor_id = appearance.story, appearance.slug, appearance.actor.id
    source = relative(f"{slug}/source.md", uri)
    quotes = [
        Markdown(f"“{escape_markdown(q.text)}” [¶{q.paragraph}]({source}#p{q.paragraph})")
        for q in story.quotes
        if q.speaker == actor_id
    ]
    events = [
        Markdown(
            f"{escape_markdown(e.date or e.relative or '')}: {escape_markdown(e.what)} "
            f"[¶{e.paragraph}]({source}#p{e.paragraph})"
        )
        for e in story.events
        if actor_id in e.actors
    ]
    return {"link": link(story.title, f"{slug}/index.md", uri), "quotes": quotes, "events": events}
