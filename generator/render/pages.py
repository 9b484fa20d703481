"""The Markdown pages of one story, from the Jinja2 templates in `site_templates/`.

Templates print values through `escape_markdown` (the environment's `finalize`), so article text
can never become markup; the helpers here build the few fragments that are markup on purpose
(links to paragraphs and actors, highlighted quotes) from escaped parts.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ..story.model import Actor, Event, Quote, Story
from .escape import Markdown, escape_attribute, escape_markdown, page_title
from .site_pages import section_slug

STORY_PAGES: dict[str, str] = {  # page name → (template) and tab title, in tab order
    "index": "Overview",
    "timeline": "Timeline",
    "quotes": "Who said what",
    "actors": "Actors",
    "glossary": "Glossary",
    "source": "Source",
}
TEMPLATE_OF = {"index": "overview.md.j2"} | {name: f"{name}.md.j2" for name in STORY_PAGES if name != "index"}
KIND_LABELS = {"direct": "direct", "partial": "partial", "indirect": "reported"}
DESCRIPTION_MAX = 155  # what search engines show of a description
KEY_SPEAKERS = 3


def make_environment(templates: list[Path], compiled: Path | None = None) -> jinja2.Environment:
    """A Jinja environment whose every printed value is escaped Markdown; the first folder wins.

    `compiled`, when given, is a folder where compiled templates are kept between processes.
    """
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(t) for t in templates]),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None,
        finalize=escape_markdown,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["attr"] = escape_attribute
    env.filters["page_title"] = page_title
    env.filters["yaml"] = lambda value: Markdown(json.dumps(" ".join(str(value).split()), ensure_ascii=False))
    return env


@dataclass
class StoryPages:
    """Helpers the story templates call, bound to one story."""

    story: Story
    _actors: dict[str, Actor] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._actors = {a.id: a for a in self.story.actors}

    def para_link(self, number: int | None) -> Markdown:
        if not number:
            return Markdown("")
        return Markdown(f"[¶{int(number)}](source.md#p{int(number)})")

    def para_links(self, numbers: list[int]) -> Markdown:
        return Markdown(", ".join(self.para_link(n) for n in sorted(set(numbers))))

    def actor_link(self, actor_id: str | None) -> Markdown:
        actor = self._actors.get(actor_id or "")
        if actor is None:
            return Markdown(escape_markdown(actor_id))
        return Markdown(f"[{escape_markdown(actor.name)}](actors.md#{actor.id})")

    def actor_links(self, actor_ids: list[str]) -> Markdown:
        return Markdown(", ".join(self.actor_link(a) for a in actor_ids))

    def speaker_link(self, quote: Quote) -> Markdown:
        if quote.speaker in self._actors:
            return self.actor_link(quote.speaker)
        return Markdown(escape_markdown(quote.speaker_name or "unnamed source"))

    def speaker_role(self, quote: Quote) -> str:
        actor = self._actors.get(quote.speaker or "")
        return (actor.role or "") if actor else ""

    def quotation(self, quote: Quote) -> Markdown:
        text = escape_markdown(quote.text)
        return Markdown(f"“{text}”" if quote.kind != "indirect" else text)

    def how(self, quote: Quote) -> str:
        """The cue, with the channel when the cue does not already name it."""
        cue, channel = quote.cue or "", quote.channel or ""
        if channel and channel.lower() not in cue.lower():
            return f"{cue} ({channel})" if cue else channel
        return cue

    def section_link(self) -> Markdown:
        """The story's section, linked to the listing of its stories."""
        section = self.story.section or ""
        return Markdown(f"[{escape_markdown(section)}](../sections/{section_slug(section)}/index.md)")

    def page_link(self, name: str, title: str) -> Markdown:
        return Markdown(f"[{escape_markdown(title)}]({name}.md)")

    def link(self, url: str, text: str) -> Markdown:
        safe = url if url.startswith(("http://", "https://")) else ""
        if not safe:
            return Markdown(escape_markdown(text))
        return Markdown(f"[{escape_markdown(text)}](<{escape_attribute(safe)}>)")

    def tabs(self, page: str) -> Markdown:
        """The row of links between the pages of a story; the current page in bold."""
        items = []
        for name in story_page_names(self.story):
            title = STORY_PAGES[name]
            items.append(f"**{title}**" if name == page else f"[{title}]({name}.md)")
        return Markdown(" · ".join(items))

    def page_context(self, page: str) -> dict[str, Any]:
        """What differs between the pages of a story."""
        return {"tabs": self.tabs(page), "description": self.description(page)}

    def context(self) -> dict[str, Any]:
        """Everything the templates may use that is the same on every page of the story."""
        from .graph import graph_alt_text  # networkx: imported only by the builds that render

        story = self.story
        return {
            "story": story,
            "published": story.published or "unknown",
            "lead": story.paragraphs[0] if story.paragraphs else "",
            "key_facts": self.key_facts(),
            "section_link": self.section_link(),
            "groups": group_events(story.events),
            "by_speaker": self.by_speaker(),
            "cards": [self.card(a) for a in story.actors],
            "graph_alt": graph_alt_text(story),
            "source_paragraphs": list(enumerate(self.highlighted_paragraphs(), start=1)),
            "para_link": self.para_link,
            "para_links": self.para_links,
            "actor_link": self.actor_link,
            "actor_links": self.actor_links,
            "speaker_link": self.speaker_link,
            "speaker_role": self.speaker_role,
            "quotation": self.quotation,
            "kind_label": lambda kind: KIND_LABELS.get(kind, kind),
            "how": self.how,
            "page_link": self.page_link,
            "link": self.link,
        }

    def description(self, page: str) -> str:
        """A one-sentence page summary for search engines."""
        lead = " ".join((self.story.paragraphs[0] if self.story.paragraphs else "").split())
        text = lead if page == "index" else f"{STORY_PAGES[page]} of the story: {lead}"
        return text if len(text) <= DESCRIPTION_MAX else text[: DESCRIPTION_MAX - 1].rsplit(" ", 1)[0] + "…"

    def key_facts(self) -> list[Markdown]:
        story = self.story
        facts = []
        speakers: dict[str, int] = {}
        for quote in story.quotes:
            if quote.speaker in self._actors:
                speakers[quote.speaker] = speakers.get(quote.speaker, 0) + 1  # type: ignore[index]
        top = sorted(speakers, key=lambda s: (-speakers[s], s))[:KEY_SPEAKERS]
        if top:
            facts.append(
                Markdown("Most quoted: " + ", ".join(f"{self.actor_link(s)} ({speakers[s]})" for s in top))
            )
        dated = sorted({e.date for e in story.events if e.date})
        if dated:
            span = dated[0] if len(dated) == 1 else f"{dated[0]} to {dated[-1]}"
            facts.append(Markdown(f"Events dated {escape_markdown(span)}"))
        kinds: dict[str, int] = {}
        for actor in story.actors:
            kinds[actor.kind] = kinds.get(actor.kind, 0) + 1
        if kinds:
            facts.append(Markdown("Actors: " + ", ".join(count_of(n, k) for k, n in sorted(kinds.items()))))
        return facts or [Markdown("Nothing was extracted from this story yet.")]

    def by_speaker(self) -> list[dict[str, Any]]:
        groups: dict[str, dict[str, Any]] = {}
        for quote in self.story.quotes:
            key = quote.speaker or f"name:{quote.speaker_name}"
            actor = self._actors.get(quote.speaker or "")
            group = groups.setdefault(
                key,
                {
                    "name": actor.name if actor else (quote.speaker_name or "Unnamed source"),
                    "role": actor.role if actor else None,
                    "quotes": [],
                },
            )
            group["quotes"].append(quote)
        return list(groups.values())

    def card(self, actor: Actor) -> dict[str, Any]:
        relations = []
        for r in self.story.relations:
            if actor.id in (r.source, r.target):
                line = f"{self.actor_link(r.source)} {escape_markdown(r.kind)} {self.actor_link(r.target)}"
                relations.append(Markdown(f"{line} {self.para_link(r.paragraph)}"))
        affiliation = actor.affiliation
        return {
            "actor": actor,
            "affiliation": self.actor_link(affiliation) if affiliation in self._actors else affiliation,
            "quotes": [q for q in self.story.quotes if q.speaker == actor.id],
            "relations": relations,
        }

    def highlighted_paragraphs(self) -> list[Markdown]:
        """Each paragraph escaped, with the direct and partial quotes in <mark>."""
        out = []
        for number, paragraph in enumerate(self.story.paragraphs, start=1):
            spans = sorted(
                {
                    (i, i + len(q.text))
                    for q in self.story.quotes
                    if q.paragraph == number and q.kind != "indirect" and (i := paragraph.find(q.text)) >= 0
                }
            )
            out.append(Markdown(mark_spans(paragraph, spans)))
        return out


def story_page_names(story: Story) -> list[str]:
    """The pages a story has, in tab order: no glossary page when readers would see no term on it."""
    return [name for name in STORY_PAGES if name != "glossary" or any(t.settled for t in story.glossary)]


PLURALS = {"person": "people", "country": "countries"}


def count_of(number: int, noun: str) -> str:
    """'1 person', '6 organizations', '2 countries'."""
    return f"{number} {noun if number == 1 else PLURALS.get(noun, noun + 's')}"


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape `text`, wrapping each non-overlapping (start, end) span in <mark>."""
    pieces, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            continue
        pieces.append(escape_markdown(text[cursor:start]))
        pieces.append(f"<mark>{escape_markdown(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape_markdown(text[cursor:]))
    return "".join(pieces)


@dataclass
class EventGroup:
    label: str
    events: list[Event]


def date_label(date: str) -> str:
    """A reader's date: 'Tuesday 11 July 2023', 'July 2023' or '2022' (the ISO form otherwise)."""
    try:
        if len(date) == 10:
            day = dt.date.fromisoformat(date)
            return f"{day:%A} {day.day} {day:%B %Y}"
        if len(date) == 7:
            return f"{dt.date.fromisoformat(date + '-01'):%B %Y}"
    except ValueError:
        pass
    return date


def group_events(events: list[Event]) -> list[EventGroup]:
    """Events under one heading per date (or per relative wording when undated), each heading once.

    Dated events come first, in date order, wherever an editor added them in the file; undated
    events follow in file order (extraction's order), as they cannot be compared.
    """
    dated = sorted((e for e in events if e.date), key=lambda e: e.date or "")  # stable: ties keep file order
    groups: dict[str, EventGroup] = {}
    for event in dated + [e for e in events if not e.date]:
        label = date_label(event.date) if event.date else (event.relative or "Undated").capitalize()
        groups.setdefault(label, EventGroup(label, [])).events.append(event)
    return list(groups.values())


# Where the actor graph goes on the actors page: the plugin puts the SVG there once it is drawn
# (graphs may still be drawing in worker processes while MkDocs renders the pages).
GRAPH_PLACE = "<!-- explainer: actor graph -->"


def render_story_pages(
    env: jinja2.Environment, story: Story, review_link: str | None = None
) -> dict[str, str]:
    """Page name → Markdown text for every page of one story (`review_link`: the draft's review page)."""
    helper = StoryPages(story)
    shared = helper.context() | {  # computed once, not once per page
        "graph_place": Markdown(GRAPH_PLACE),
        "review_link": review_link,
    }
    return {
        name: env.get_template(TEMPLATE_OF[name]).render(shared | helper.page_context(name))
        for name in story_page_names(story)
    }
