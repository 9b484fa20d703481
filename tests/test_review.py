"""The review checks on sentences written for them, and the review queue and its messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.commands.review import review_lines
from generator.errors import ExplainerError
from generator.render.generate import SiteOptions, render_site
from generator.render.pages import group_events
from generator.review import flag_story
from generator.review.pages import publishable, render_options
from generator.review.queue import review_items
from generator.story.content import dump_story, load_story, save_story
from generator.story.model import Actor, Event, Quote, Relation, Story, Term
from generator.story.schema import readable_path
from generator.story.site import Site

PARAGRAPHS = [  # the quotes below quote these
    "The port authority said on Monday it would raise fees, angering the fishing crews of Brava.",
    '"We will strike tomorrow," said Ana Ribeiro, head of the crews\' union.',
    "Radar data from Lusitania suggested the ship was late. The council met at 10:30 p.m.",
    "Harbour boss Tomas Vale told reporters the fees were fair to all.",
]
RIBEIRO = Actor("ana-ribeiro", "Ana Ribeiro", "person", ["Ribeiro"], role="head of the crews' union")
AUTHORITY = Actor("port-authority", "port authority", "organization")
LUSITANIA = Actor("lusitania", "Lusitania", "country", paragraphs=[3])
VALE = Actor("tomas-vale", "Tomas Vale", "person", role="Harbour boss", paragraphs=[4])


def story(**items: Any) -> Story:
    return flag_story(Story(title="Fees rise", paragraphs=PARAGRAPHS, published="2024-03-04", **items))


def codes(item: object) -> set[str]:
    return {flag.split(":", 1)[0] for flag in item.flags}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (Event("2024-03-09", "on Saturday", "The crews struck over the fees", 1), {"after-publication"}),
        (Event("2024-03-04", "on Monday", "The port authority raised the fees", 1), set()),
        (Event("2024-03-04", "on Monday", "The port authority would raise fees", 1), {"hypothetical"}),
        (Event("2024-03-04", "on Monday", "The port authority said it would raise fees", 1), set()),
        (
            Event("2024-03-05", "tomorrow", "We will strike over the fees", 2),
            {"quoted-date", "hypothetical", "after-publication"},
        ),
        (Event(None, "at 10:30 p.m.", "The council met late that night", 3), {"not-a-date"}),
        (Event("2024-03-04", "on Monday", 'The authority called the fees "fair"', 1), {"quoted-words"}),
        (Event("2024-03-04", "on Monday", "fees on Monday", 1), {"shortened"}),
    ],
)
def test_event_checks(event: Event, expected: set[str]) -> None:
    assert codes(story(events=[event]).events[0]) == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (VALE, set()),
        (Actor("vale", "Vale", "person", role="Harbour boss", paragraphs=[4]), {"short-name", "duplicate"}),
        (Actor("brava", "Brava", "person", paragraphs=[1]), {"short-name", "passing"}),
        (
            Actor("x-ribeiro", "Ana Ribeiro", "person", role="his sister", paragraphs=[2, 3]),
            {"role"},
        ),
        (Actor("fishco", "Fish Co", "person", role="listed company", paragraphs=[1, 2]), {"kind"}),
        (Actor("t-vale", "T Vale", "person", role="boss", paragraphs=[1, 4]), {"name"}),
        (Actor("crews", "Brava crews", "group", role="crews", paragraphs=[1]), {"name"}),
    ],
)
def test_actor_checks(actor: Actor, expected: set[str]) -> None:
    told = story(actors=[VALE, actor] if actor is not VALE else [VALE])
    assert codes(told.actors[-1]) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (Quote("q1", "ana-ribeiro", "Ana Ribeiro", "We will strike tomorrow", "direct", 2, "said"), set()),
        (Quote("q1", None, "officials", "the fees were fair to all", "indirect", 4, "said"), set()),
        (
            Quote("q1", None, "the outcome", "the fees were fair to all", "indirect", 4, "said"),
            {"unnamed-speaker"},
        ),
        (Quote("q1", None, "unattributed", "We will strike tomorrow", "direct", 2), {"speaker"}),
        (
            Quote("q1", "tomas-vale", "The harbour", "the fees were fair to all", "indirect", 4, "told"),
            {"speaker"},
        ),
        (
            Quote("q1", "tomas-vale", "Harbour boss", "the fees were fair to all", "indirect", 4, "told"),
            set(),
        ),
        (
            Quote("q1", "lusitania", "Lusitania", "the cargo ship was late", "indirect", 3, "suggested"),
            {"speaker"},
        ),
        (
            Quote("q1", "ana-ribeiro", "Ribeiro", "the fees were fair to all", "indirect", 4, "told"),
            {"speaker"},
        ),
        (Quote("q1", "tomas-vale", "Vale", "fees fair", "indirect", 4, "told"), {"fragment"}),
    ],
)
def test_quote_checks(quote: Quote, expected: set[str]) -> None:
    assert codes(story(actors=[RIBEIRO, VALE, LUSITANIA], quotes=[quote]).quotes[0]) == expected


def test_an_actor_the_glossary_explains_as_a_term() -> None:
    exam = Actor("gcse", "GCSE", "organization", paragraphs=[1, 2])
    told = story(actors=[exam, VALE], glossary=[Term("GCSE", "An exam taken at 16.", "glossary", 1)])
    assert codes(told.actors[0]) == {"term"}
    assert not told.actors[1].flags


def test_a_speaker_named_inside_a_reported_clause() -> None:
    paragraphs = ["Vale agreed with Ribeiro's insistence that the council should wait, saying it was wise."]
    council = Actor("council", "council", "organization")
    quote = Quote("q1", "council", "council", "it was a wise thing to do", "indirect", 1, "saying")
    told = flag_story(Story(title="t", paragraphs=paragraphs, actors=[council], quotes=[quote]))
    assert any("reported clause" in f for f in told.quotes[0].flags)


def test_relation_and_term_checks() -> None:
    told = story(
        actors=[RIBEIRO, VALE, AUTHORITY],
        relations=[
            Relation("tomas-vale", "port-authority", "leads", 4),  # paragraph 4 names no authority
            Relation("ana-ribeiro", "port-authority", "criticizes", 1),  # paragraph 1 names no Ribeiro
            Relation("ana-ribeiro", "tomas-vale", "leads", 2),  # Ribeiro heads the union, not Vale
        ],
        glossary=[
            Term("port fees", None, "wanted", 1),
            Term("harbour", "Where ships moor.", "glossary", 4),
            Term("PA", "Short for port authority.", "article", 1),
            Term("crews", "the fishing crews of Brava", "article", 1),
        ],
    )
    assert [codes(r) for r in told.relations] == [{"evidence"}, {"evidence"}, {"evidence"}]
    assert [codes(t) for t in told.glossary] == [{"wanted"}, set(), set(), {"definition"}]
    vale_leads = story(
        actors=[VALE, AUTHORITY], relations=[Relation("tomas-vale", "port-authority", "leads", 1)]
    )
    assert "role" not in codes(vale_leads.relations[0])  # 'boss' is a head of something


def test_flags_and_status_in_the_story_file(tmp_path: Path) -> None:
    told = story(actors=[VALE, Actor("brava", "Brava", "person", paragraphs=[1])])
    text = dump_story(told)
    assert text.index("status: draft") < text.index("paragraphs:")  # where an editor looks first
    assert text.count("flags:") == 1  # an item without flags has no flags key
    save_story(tmp_path / "s", told)
    again = load_story(tmp_path / "s" / "story.yaml")
    assert again.actors[1].flags == told.actors[1].flags and not again.actors[0].flags


def test_the_review_queue_puts_the_most_doubtful_first() -> None:
    told = story(
        actors=[VALE, Actor("brava", "Brava", "person", paragraphs=[1])],
        quotes=[Quote("q1", "tomas-vale", "The harbour", "the fees were fair to all", "indirect", 4, "told")],
    )
    items = review_items(told, dump_story(told))
    assert [i.label.split()[0] for i in items] == ["quote", "actor"]
    assert items[0].doubt > items[1].doubt and items[0].paragraph == 4


def site_with(tmp_path: Path, stories: dict[str, Story]) -> Site:
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    site = Site(tmp_path)
    for slug, told in stories.items():
        save_story(site.story_dir(slug), told)
    return site


def test_explainer_review_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    done = story(actors=[Actor("brava", "Brava", "person", paragraphs=[1])])
    done.status = "reviewed"
    site = site_with(tmp_path, {"draft": story(actors=[Actor("brava", "Brava", "person")]), "done": done})
    lines = review_lines(site)
    text = (tmp_path / "content" / "draft" / "story.yaml").read_text(encoding="utf-8").splitlines()
    first = lines[0].split(": ", 1)[0]
    assert first.startswith("content/draft/story.yaml:")
    assert text[int(first.rsplit(":", 1)[1]) - 1] == "- id: brava"  # the line of the item
    assert "actor brava (Brava): short-name:" in lines[0]
    assert lines[-1].startswith("draft: draft, 1 item to check (1 actor)") and "status: reviewed" in lines[-1]
    assert not any(line.startswith("done") for line in lines)  # reviewed stories are done
    assert review_lines(site, ("done",))[-1] == "done: reviewed, 1 item to check (1 actor)"
    with pytest.raises(ExplainerError, match="no story 'nope'"):
        review_lines(site, ("nope",))


def test_messages_name_list_items_by_id() -> None:
    data = {
        "quotes": [{"id": f"q{i + 1}"} for i in range(10)],
        "events": [{}, {}, {}],
        "glossary": [{"term": "NATO"}],
    }
    assert readable_path("quotes[9].speaker", data) == "quotes[q10].speaker"
    assert readable_path("events[2].date", data) == "events[#3].date"
    assert readable_path("glossary[0].definition", data) == "glossary[NATO].definition"
    assert readable_path("title", data) == "title"


def test_hand_added_events_are_sorted_by_date_under_one_heading() -> None:
    extracted = [
        Event("2024-03-01", None, "A", 1),
        Event("2024-03-04", None, "B", 1),
        Event(None, "later", "C", 1),
    ]
    added = [*extracted, Event("2024-03-02", None, "hand-added", 2), Event("2024-03-04", None, "D", 2)]
    groups = group_events(added)
    assert [g.label for g in groups] == [
        "Friday 1 March 2024",
        "Saturday 2 March 2024",
        "Monday 4 March 2024",
        "Later",
    ]
    assert [e.what for e in groups[2].events] == ["B", "D"]


def test_drafts_left_out_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    done = story()
    done.status = "reviewed"
    stories = [("draft", story()), ("done", done)]
    assert publishable(stories, drafts=True) == stories
    assert publishable(stories, drafts=False) == [("done", done)]
    monkeypatch.delenv("EXPLAINER_REVIEWED_ONLY", raising=False)
    assert render_options({})["drafts"] and not render_options({"drafts": False})["drafts"]
    monkeypatch.setenv("EXPLAINER_REVIEWED_ONLY", "1")
    assert not render_options({})["drafts"]


def test_serve_renders_a_review_page_per_draft_linked_from_the_notice(tmp_path: Path) -> None:
    done = story()
    done.status = "reviewed"
    site = site_with(
        tmp_path, {"draft": story(actors=[VALE, Actor("brava", "Brava", "person")]), "done": done}
    )
    pages = render_site(site, SiteOptions("t", review_pages=True)).pages

    def page(uri: str) -> str:
        return pages[uri].read_text(encoding="utf-8")

    review = page("draft/review.md")
    assert "actor brava" in review and "short-name: a person named by one word" in review
    assert "1 item to check" in review
    assert "[What to check](review.md)" in page("draft/timeline.md")
    assert "done/review.md" not in pages
    assert "Unreviewed draft" not in page("done/index.md")
    pages = render_site(
        site, SiteOptions("t")
    ).pages  # a plain build: no review pages, the notice without the link
    assert "draft/review.md" not in pages and not (site.cache / "pages" / "draft" / "review.md").exists()
    assert "Unreviewed draft" in page("draft/source.md")
