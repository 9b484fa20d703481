"""Re-extraction keeps hand edits: a property over random edits (Hypothesis), and CLI cases."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.story.merge import merge_stories
from generator.story.model import Actor, Event, Quote, Relation, Story, Term


def extraction(words: str = "said") -> Story:
    """A story as the extractor would give it; `words` varies what a new extraction finds."""
    return Story(
        title="Port fees rise",
        paragraphs=["The council said fees rise.", '"We object," Ribeiro said.', "Crews protested."],
        actors=[
            Actor("council", "Council", "organization", paragraphs=[1]),
            Actor("ana-ribeiro", "Ana Ribeiro", "person", ["Ribeiro"], paragraphs=[2]),
        ],
        quotes=[
            Quote("q1", "council", "The council", "fees rise", "indirect", 1, words),
            Quote("q2", "ana-ribeiro", "Ribeiro", "We object", "direct", 2, words),
        ],
        events=[Event(None, "later", "Crews protested", 3)],
        relations=[Relation("ana-ribeiro", "council", "criticizes", 2)],
        glossary=[Term("fees", None, "wanted", 1, [1])],
    )


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["actors", "quotes", "events", "relations", "glossary"]),
        st.sampled_from(["change", "delete", "add"]),
        st.integers(0, 5),
        st.text(alphabet="abcdefgh ", min_size=1, max_size=12),
    ),
    max_size=6,
)


def new_entry(field: str, number: int, text: str) -> Actor | Quote | Event | Term:
    """An entry an editor adds by hand."""
    if field == "actors":
        return Actor(f"added-{number}", text, "group")
    if field == "quotes":
        return Quote(f"q-added-{number}", None, text, f"{text} {number}", "direct", 1)
    if field == "events":
        return Event("2020", text, text, 1)
    return Term(f"term {text}", text, "manual", 1)


def apply_edits(story: Story, edits: list[tuple[str, str, int, str]]) -> Story:
    """Edit a copy as an editor would: change a text field, delete an entry, add an entry."""
    edited = copy.deepcopy(story)
    for number, (field, action, index, text) in enumerate(edits):
        entries = getattr(edited, field)
        if action == "add" and field == "relations":
            ids = [a.id for a in edited.actors]
            if len(ids) >= 2:  # a valid edit relates two actors the story has
                entries.append(Relation(ids[-1], ids[0], "supports", 1))
        elif action == "add":
            entries.append(new_entry(field, number, text))
        elif entries and action == "delete":
            entry = entries.pop(index % len(entries))
            if field == "actors":  # an editor deleting an actor also removes what refers to it
                edited.quotes = [q for q in edited.quotes if q.speaker != entry.id]
                edited.relations = [r for r in edited.relations if entry.id not in (r.source, r.target)]
        elif entries:
            entry = entries[index % len(entries)]
            attribute = {
                "actors": "role",
                "quotes": "cue",
                "events": "relative",
                "relations": "kind",
                "glossary": "definition",
            }[field]
            setattr(entry, attribute, "opposes" if field == "relations" else text)
    return edited


@settings(max_examples=120, deadline=None)
@given(EDITS)
def test_same_extraction_again_gives_back_the_edited_story(edits: list[tuple[str, str, int, str]]) -> None:
    base = extraction()
    ours = apply_edits(base, edits)
    assert merge_stories(base, ours, extraction()) == ours


@settings(max_examples=120, deadline=None)
@given(EDITS)
def test_edits_survive_a_different_extraction(edits: list[tuple[str, str, int, str]]) -> None:
    base, theirs = extraction(), extraction("told reporters")
    ours = apply_edits(base, edits)
    merged = merge_stories(base, ours, theirs)
    for field in ("actors", "quotes", "events", "relations", "glossary"):
        base_entries, merged_entries = getattr(base, field), getattr(merged, field)
        for entry in getattr(ours, field):
            if entry not in base_entries:  # changed or added by hand: kept exactly
                assert entry in merged_entries
        for entry in base_entries:
            if entry not in getattr(ours, field):  # deleted by hand: stays deleted
                assert entry not in merged_entries
    assert {q.text for q in merged.quotes} >= {q.text for q in ours.quotes}


def test_untouched_entries_take_the_new_extraction() -> None:
    merged = merge_stories(extraction(), extraction(), extraction("told reporters"))
    assert [q.cue for q in merged.quotes] == ["told reporters", "told reporters"]


def test_deleted_quote_stays_deleted_and_new_quotes_arrive() -> None:
    base = extraction()
    ours = copy.deepcopy(base)
    ours.quotes.pop(0)
    theirs = extraction()
    theirs.quotes.append(Quote("q3", None, "crews", "Crews protested", "indirect", 3))
    merged = merge_stories(base, ours, theirs)
    assert [q.text for q in merged.quotes] == ["We object", "Crews protested"]


def test_without_a_base_everything_of_ours_is_kept() -> None:
    ours = extraction()
    ours.title = "Edited title"
    merged = merge_stories(None, ours, extraction("told"))
    assert merged.title == "Edited title"
    assert merged.quotes == ours.quotes
