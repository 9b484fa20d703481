"""The site-wide pages: the home page with a card per story, and the glossary of all stories."""

from __future__ import annotations

from dataclasses import dataclass, field

import jinja2

from ..model import Story
from .escape import Markdown, escape_markdown

LEAD_MAX = 220  # characters of the lead shown on a story card


def story_order(item: tuple[str, Story]) -> tuple[str, str]:
    """Newest first; undated stories last, then by slug."""
    slug, story = item
    return (story.published or "0000", slug)


@dataclass
class StoryCard:
    link: Markdown
    meta: str
    lead: str
    section: str
    date: str


@dataclass
class GlossaryRow:
    term: str
    definition: str
    links: list[str] = field(default_factory=list)

    @property
    def stories(self) -> Markdown:
        return Markdown("; ".join(self.links))


def story_card(slug: str, story: Story) -> StoryCard:
    lead = story.paragraphs[0] if story.paragraphs else ""
    if len(lead) > LEAD_MAX:
        lead = lead[: LEAD_MAX - 1].rsplit(" ", 1)[0] + "…"
    date = story.published or "date unknown"
    meta = " · ".join(x for x in (date, story.section) if x)
    link = Markdown(f"[{escape_markdown(story.title)}]({slug}/index.md)")
    return StoryCard(link, meta, lead, story.section or "Other", date)


def render_home(env: jinja2.Environment, site_name: str, stories: list[tuple[str, Story]]) -> str:
    """A card per story, newest first, then the stories by section."""
    cards = [story_card(slug, story) for slug, story in sorted(stories, key=story_order, reverse=True)]
    sections: dict[str, list[StoryCard]] = {}
    for card in cards:
        sections.setdefault(card.section, []).append(card)
    grouped = [{"name": name, "stories": sections[name]} for name in sorted(sections)]
    return env.get_template("home.md.j2").render(site_name=site_name, stories=cards, sections=grouped)


def render_site_glossary(env: jinja2.Environment, stories: list[tuple[str, Story]]) -> str:
    """Every term any story uses, defined once, with links to the stories' glossary pages.

    The site glossary's own entries define those terms; entries no story uses stay out of the page
    (a new site starts with over a hundred of them) but still give tooltips wherever they appear.
    """
    rows: dict[str, GlossaryRow] = {}
    for slug, story in sorted(stories):
        for term in story.glossary:
            if term.settled and term.definition:
                row = rows.setdefault(term.term.lower(), GlossaryRow(term.term, term.definition))
                link = f"[{escape_markdown(story.title)}]({slug}/glossary.md)"
                if link not in row.links:
                    row.links.append(link)
    return env.get_template("site_glossary.md.j2").render(entries=[rows[k] for k in sorted(rows)])
