"""The site-wide story listings and the glossary of all stories, every one paginated.

The home page shows the newest stories and leads to the rest: the full list page by page, one
listing per section and one per year, all newest first. No page lists every story, so a page's
size does not grow with the site. Story pages are not in the navigation; these listings are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jinja2

from ..story.model import Story
from .escape import Markdown
from .paging import Page, letter_label, letter_of, link, paginate, relative, some_links

LEAD_MAX = 220  # characters of the lead shown on a story card
UNDATED = "undated"


def story_order(item: tuple[str, Story]) -> tuple[str, str]:
    """Newest first (sort with reverse=True); undated stories last, then by slug."""
    slug, story = item
    return (story.published or "0000", slug)


def section_slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "other"


@dataclass
class StoryCard:
    link: Markdown
    meta: str
    lead: str


@dataclass
class Listing:
    """A named, paginated list of stories at `folder` (`sections/world`, `archive/2024`)."""

    title: str
    folder: str
    stories: list[tuple[str, Story]] = field(default_factory=list)

    @property
    def uri(self) -> str:
        return f"{self.folder}/index.md"


def story_card(slug: str, story: Story, page_uri: str) -> StoryCard:
    lead = story.paragraphs[0] if story.paragraphs else ""
    if len(lead) > LEAD_MAX:
        lead = lead[: LEAD_MAX - 1].rsplit(" ", 1)[0] + "…"
    meta = " · ".join(x for x in (story.published or "date unknown", story.section) if x)
    return StoryCard(link(story.title, f"{slug}/index.md", page_uri), meta, lead)


def group_stories(stories: list[tuple[str, Story]]) -> tuple[list[Listing], list[Listing]]:
    """The stories (newest first) by section, sorted by name, and by year, the newest year first."""
    sections: dict[str, Listing] = {}
    years: dict[str, Listing] = {}
    for slug, story in stories:
        name = story.section or "Other"
        sections.setdefault(name, Listing(name, f"sections/{section_slug(name)}")).stories.append(
            (slug, story)
        )
        year = (story.published or "")[:4] or UNDATED
        title = "Undated" if year == UNDATED else year
        years.setdefault(year, Listing(title, f"archive/{year}")).stories.append((slug, story))
    return [sections[k] for k in sorted(sections)], [
        years[k] for k in sorted(years, key=lambda y: (y != UNDATED, y), reverse=True)
    ]


SECTIONS = "sections/index.md"  # the sections, each with its number of stories
ARCHIVE = "archive/index.md"  # the years


def render_listings(
    env: jinja2.Environment, site_name: str, stories: list[tuple[str, Story]], per_page: int
) -> dict[str, str]:
    """Every listing page (uri → Markdown): home, all stories, sections and years (each a page
    listing them, then a listing of each), newest first."""
    newest = sorted(stories, key=story_order, reverse=True)
    sections, years = group_stories(newest)
    pages: dict[str, str] = {}

    def cards(page: Page) -> list[StoryCard]:
        return [story_card(slug, story, page.uri) for slug, story in page.items]

    def groups(listings: list[Listing], page_uri: str) -> list[dict[str, Any]]:
        return [{"link": link(x.title, x.uri, page_uri), "count": len(x.stories)} for x in listings]

    listing = env.get_template("listing.md.j2")
    for page in paginate("", newest, per_page):
        if page.number == 1:
            pages[page.uri] = env.get_template("home.md.j2").render(
                site_name=site_name,
                stories=cards(page),
                pager=page.pager,
                sections=groups(sections, page.uri),
                years=groups(years, page.uri),
                total=len(newest),
            )
        else:
            pages[page.uri] = listing.render(
                title=f"All stories, page {page.number}", stories=cards(page), pager=page.pager
            )
    groups_page = env.get_template("groups.md.j2")
    pages[SECTIONS] = groups_page.render(title="Sections", groups=groups(sections, SECTIONS))
    pages[ARCHIVE] = groups_page.render(title="Archive", groups=groups(years, ARCHIVE))
    for kind, group in (("Section", sections), ("Stories of", years)):
        for item in group:
            for page in paginate(item.folder, item.stories, per_page):
                title = f"{kind}: {item.title}" if kind == "Section" else f"{kind} {item.title}"
                if page.number > 1:
                    title += f", page {page.number}"
                pages[page.uri] = listing.render(title=title, stories=cards(page), pager=page.pager)
    return pages


@dataclass
class GlossaryRow:
    term: str
    definition: str
    stories: list[tuple[str, Story]] = field(default_factory=list)


def render_site_glossary(
    env: jinja2.Environment, stories: list[tuple[str, Story]], per_page: int
) -> dict[str, str]:
    """Every term stories use, defined once, with the newest stories using it: on one page, or one
    per letter. Site-glossary entries no story uses stay out (a new site starts with over a hundred)
    but still give tooltips wherever they appear."""
    rows: dict[str, GlossaryRow] = {}
    for slug, story in sorted(stories, key=story_order, reverse=True):
        for term in story.glossary:
            if term.settled and term.definition:
                row = rows.setdefault(term.term.lower(), GlossaryRow(term.term, term.definition))
                if all(s != slug for s, _ in row.stories):
                    row.stories.append((slug, story))
    ordered = [rows[k] for k in sorted(rows)]
    template = env.get_template("site_glossary.md.j2")

    def entries(items: list[GlossaryRow], uri: str) -> list[dict[str, Any]]:
        return [
            {
                "term": row.term,
                "definition": row.definition,
                "stories": some_links([link(s.title, f"{slug}/glossary.md", uri) for slug, s in row.stories]),
            }
            for row in items
        ]

    def render(uri: str, title: str, items: list[GlossaryRow], pager: Markdown, letters: Markdown) -> str:
        return template.render(title=title, entries=entries(items, uri), pager=pager, letters=letters)

    return by_letter("Glossary", "glossary", "glossary", ordered, lambda row: row.term, per_page, render)


def by_letter(
    title: str,
    folder: str,
    letters_folder: str,
    items: list[Any],
    name: Callable[[Any], str],
    per_page: int,
    render: Callable[[str, str, list[Any], Markdown, Markdown], str],
) -> dict[str, str]:
    """One page at `folder/index.md` when the items fit on it; else an A–Z index there and a
    listing per letter at `letters_folder/<letter>/`.

    `render(uri, title, items, pager, letter_links)` makes the Markdown of one page.
    """
    index = f"{folder}/index.md"
    if len(items) <= per_page:
        return {index: render(index, title, items, Markdown(""), Markdown(""))}
    letters: dict[str, list[Any]] = {}
    for item in items:
        letters.setdefault(letter_of(name(item)), []).append(item)

    def letter_links(uri: str) -> Markdown:
        return Markdown(
            " · ".join(
                f"[{letter_label(x)}]({relative(f'{letters_folder}/{x}/index.md', uri)}) ({len(letters[x])})"
                for x in sorted(letters)
            )
        )

    pages = {index: render(index, title, [], Markdown(""), letter_links(index))}
    for letter, members in letters.items():
        for page in paginate(f"{letters_folder}/{letter}", members, per_page):
            heading = f"{title}: {letter_label(letter)}" + (
                f", page {page.number}" if page.number > 1 else ""
            )
            pages[page.uri] = render(page.uri, heading, page.items, page.pager, letter_links(page.uri))
    return pages
