"""The story store: a story file is parsed and validated once per version of its bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.render.story_store as module
from generator.errors import ContentError
from generator.render.story_store import StoryStore
from generator.story.content import save_story
from generator.story.model import Story


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    save_story(tmp_path / "content" / "s", Story(title="Harbour fees rise", paragraphs=["Fees rose."]))
    return tmp_path / "content" / "s" / "story.yaml"


def refuse_to_parse(path: Path) -> Story:
    raise AssertionError(f"{path} parsed again")


def test_an_unchanged_file_is_not_parsed_again(
    story_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, story = StoryStore(tmp_path / "cache").load(story_file)
    monkeypatch.setattr(module, "load_story", refuse_to_parse)
    assert StoryStore(tmp_path / "cache").load(story_file) == (key, story)


def test_an_edited_file_is_read_and_validated_again(story_file: Path, tmp_path: Path) -> None:
    store = StoryStore(tmp_path / "cache")
    key, _ = store.load(story_file)
    story_file.write_text(
        story_file.read_text(encoding="utf-8").replace("Harbour", "Ferry"), encoding="utf-8"
    )
    new_key, story = store.load(story_file)
    assert new_key != key and story.title == "Ferry fees rise"
    story_file.write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match="invalid YAML"):
        store.load(story_file)


def test_a_damaged_cache_entry_is_rebuilt(story_file: Path, tmp_path: Path) -> None:
    key, _ = StoryStore(tmp_path / "cache").load(story_file)
    (tmp_path / "cache" / f"{key}.pickle").write_bytes(b"not a pickle")
    assert StoryStore(tmp_path / "cache").load(story_file)[1].title == "Harbour fees rise"


def test_prune_forgets_what_no_load_asked_for(story_file: Path, tmp_path: Path) -> None:
    key, _ = StoryStore(tmp_path / "cache").load(story_file)
    (tmp_path / "cache" / "old.pickle").write_bytes(b"")
    store = StoryStore(tmp_path / "cache")
    store.load(story_file)
    store.prune()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"{key}.pickle"]
