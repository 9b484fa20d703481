"""The site-wide pages: the home page with a card per story, and the glossary of all stories."""

from __future__ import annotations

import jinja2

from ..model import GlossaryEntry, Story
from .escape import Markdown, escape_markdown

LEAD_MAX = 220  # characters of the lead shown on a story card


def story_order(item: tuple[str, Story]) -> tuple[str, str]:
    """Newest first; undated stories last, then by slug."""
    slug, story = item
    return (story.published or "0000", slug)


def render_home(env: jinja2.Environment, site_name: str, stories: list[tuple[str, Story]]) -> str:
    cards = []
    for slug, story in sorted(stories, key=story_order, reverse=True):
        lead = story.paragraphs[0] if story.paragraphs else ""
        if len(lead) > LEAD_MAX:
            lead = lead[: LEAD_MAX - 1].rsplit(" ", 1)[0] + "…"
        meta = " · ".join(x for x in (story.published or "date unknown", story.section) if x)
        cards.append({
            "link": Markdown(f"[{escape_markdown(story.title)}]({slug}/index.md)"),
            "meta": meta,
            "lead": lead,
            "section": story.section,
        })
    sections: dict[str, list[dict[str, object]]] = {}
    for card in cards:
        sections.setdefault(str(card["section"] or "Other"), []).append(card)
    grouped = [{"name": name, "stories": sections[name]} for name in sorted(sections)]
    return env.get_template("home.md.j2").render(site_name=site_name, stories=cards, sections=grouped)


def render_site_glossary(
    env: jinja2.Environment, stories: list[tuple[str, Story]], glossary: list[GlossaryEntry]
) -> str:
    """Every term any story uses, defined once, with links to the stories' glossary pages."""
    entries: dict[str, dict[str, object]] = {}
    for slug, story in sorted(stories):
        for term in story.glossary:
            if not term.definition:
                continue
            entry = entries.setdefault(term.term.lower(), {"term": term.term, "definition": term.definition, "links": []})
            link = f"[{escape_markdown(story.title)}]({slug}/glossary.md)"
            if link not in entry["links"]:  # type: ignore[operator]
                entry["links"].append(link)  # type: ignore[union-attr]
    for item in glossary:
        entries.setdefault(item.term.lower(), {"term": item.term, "definition": item.definition, "links": []})
    rows = [
        {"term": e["term"], "definition": e["definition"], "stories": Markdown("; ".join(e["links"]))}  # type: ignore[arg-type]
        for _, e in sorted(entries.items())
    ]
    return env.get_template("site_glossary.md.j2").render(entries=rows)
