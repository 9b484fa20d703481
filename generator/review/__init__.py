"""Editorial review: flag what extraction may have got wrong, so that nothing unsure goes live unnoticed.

`flag_story` runs the checks of `checks` on every actor, quote, event, relation and glossary term
and stores the reasons in the item's `flags`; editors read them with `explainer review`, fix or
accept the item, delete the flag, and set the story's `status: reviewed`.
"""

from __future__ import annotations

from ..story.model import FLAGGED, Story
from .checks import CHECKS, Context


def flag_story(story: Story) -> Story:
    """Set every item's flags from the checks (in place) and return the story."""
    ctx = Context(story)
    for key in FLAGGED:
        check = CHECKS[key]
        for item in getattr(story, key):
            item.flags = list(dict.fromkeys(check(item, ctx)))
    return story
