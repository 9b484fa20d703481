"""Story and glossary files: round trip, validation with file:line: field: message, atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import ContentError
from generator.story.content import dump_story, load_glossary, load_story, save_story, write_atomic
from generator.story.model import Actor, Quote, Story

VALID = """\
title: Port fees rise
paragraphs:
- Fees rose, the council said.
- '"We object," Ana Ribeiro said.'
actors:
- id: ana-ribeiro
  name: Ana Ribeiro
  kind: person
quotes:
- id: q1
  speaker: ana-ribeiro
  speaker_name: Ribeiro
  text: We object
  kind: direct
  paragraph: 2
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_story_loads(tmp_path: Path) -> None:
    story = load_story(write(tmp_path, VALID))
    assert story.quotes[0].speaker == "ana-ribeiro"
    assert story.actor("ana-ribeiro").name == "Ana Ribeiro"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("speaker: ana-ribeiro", "speaker: peskov", ":11: quotes[q1].speaker: unknown actor 'peskov'"),
        (
            "kind: direct",
            "kind: shouted",
            ":14: quotes[q1].kind: must be one of direct, partial, indirect, not 'shouted'",
        ),
        (
            "paragraph: 2",
            "paragraph: 9",
            ":15: quotes[q1].paragraph: paragraph 9 does not exist (the story has 2)",
        ),
        (
            "paragraph: 2",
            "paragraph: two",
            ":15: quotes[q1].paragraph: must be a paragraph number (1, 2, …), not 'two'",
        ),
        ("  kind: person", "  kind: person\n  mood: happy", ":9: actors[ana-ribeiro].mood: unknown field"),
        ("title: Port fees rise\n", "", ":1: title: missing"),
        ("  text: We object\n", "", ":10: quotes[q1].text: missing"),
    ],
)
def test_each_mistake_is_reported_with_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(ContentError) as caught:
        load_story(path)
    assert any(line.startswith(f"{path}{expected}") for line in caught.value.problems), caught.value.problems


def test_all_mistakes_are_reported_at_once(tmp_path: Path) -> None:
    text = VALID.replace("kind: person", "kind: robot").replace("kind: direct", "kind: sung")
    with pytest.raises(ContentError) as caught:
        load_story(write(tmp_path, text))
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: [unclosed\n", ":2: invalid YAML"),
        ("title: a\n  bad: indent\n", ":2: invalid YAML"),
        ("- just\n- a list\n", ":1: (top): must be a mapping of fields, not a list"),
        ("", ":1: (top): must be a mapping of fields, not empty"),
    ],
)
def test_broken_yaml_is_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as caught:
        load_story(path)
    assert caught.value.problems[0].startswith(f"{path}{expected}")


def test_glossary_problems_and_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_text(
        "- term: NATO\n  definition: An alliance.\n- term: nato\n  definition: Again.\n- term: G7\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_glossary(path)
    assert caught.value.problems == [
        f"{path}:3: [nato].term: duplicate of entry #1: 'nato'",
        f"{path}:5: [G7].definition: missing",
    ]


story_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)


@settings(max_examples=40, deadline=None)
@given(title=story_text, paragraph=story_text, name=story_text, quote=story_text)
def test_story_round_trips_through_yaml(
    tmp_path_factory: pytest.TempPathFactory, title: str, paragraph: str, name: str, quote: str
) -> None:
    story = Story(
        title=title,
        paragraphs=[paragraph],
        actors=[Actor("x", name, "person", [name])],
        quotes=[Quote("q1", "x", name, quote, "partial", 1)],
    )
    folder = tmp_path_factory.mktemp("story")
    save_story(folder, story)
    assert load_story(folder / "story.yaml") == story


def test_dump_starts_with_an_editing_note() -> None:
    text = dump_story(Story(title="t", paragraphs=["p"]))
    assert text.startswith("# Extracted by explainer")
    assert yaml.safe_load(text)["title"] == "t"


def test_write_atomic_leaves_no_temporary_file_and_skips_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    assert write_atomic(path, "one") is True
    mtime = path.stat().st_mtime_ns
    assert write_atomic(path, "one") is False
    assert path.stat().st_mtime_ns == mtime
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "story.yaml"
    path.write_text("old", encoding="utf-8")

    def explode(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("generator.story.content.os.replace", explode)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["story.yaml"]
