"""Making untrusted text (article words, hand edits) safe to place in generated Markdown.

Article text may hold HTML, Markdown or Jinja syntax; on the site it must stay text. Every value
a template prints goes through `escape_markdown` (the Jinja environment's `finalize`), unless it is
a `Markdown` fragment that our own code built from escaped parts. HTML specials become entities;
the inline Markdown specials get a backslash (Python-Markdown's escapes, `|` as an entity so that
table cells hold); newlines collapse, so a value never starts a block (heading, list, quote).
`-` and `.` are left alone inside a value, where glossary tooltips must still match terms such as
"rules-based order"; they are escaped only where they would open a list or a rule, at the value's
start ("- item", "1. item", "---"), should a value ever begin a line.
"""

from __future__ import annotations

import re
from typing import Any

HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "|": "&#124;"}
MARKDOWN_SPECIALS = set("\\`*_{}[]()#+!")  # Python-Markdown ESCAPED_CHARS, less - . >
WHITESPACE = re.compile(r"\s+")
BLOCK_START = re.compile(r"^ ?(-|\d+\.(?=\s|$))")  # "- ", "---", "1. ": a list or a rule at a line start
ESCAPES = str.maketrans(HTML_ENTITIES | {char: "\\" + char for char in MARKDOWN_SPECIALS})


class Markdown(str):
    """A string that is already safe Markdown: printed as it is."""


def escape_markdown(value: Any) -> str:
    """Render any value as inline Markdown that shows exactly its text."""
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    text = WHITESPACE.sub(" ", str(value)).translate(ESCAPES)
    return BLOCK_START.sub(lambda marker: f"{marker[0][:-1]}\\{marker[0][-1]}", text)  # "\-", "1\."


def escape_attribute(value: Any) -> Markdown:
    """Text safe inside a double-quoted HTML attribute."""
    text = WHITESPACE.sub(" ", "" if value is None else str(value))
    return Markdown("".join(HTML_ENTITIES.get(c, c) for c in text).replace("'", "&#39;"))


def page_title(value: Any) -> Markdown:
    """A title for front matter. Themes print it raw and strip tags (which decodes entities), so
    angle brackets become look-alike guillemets instead of entities that could turn back into tags."""
    text = WHITESPACE.sub(" ", "" if value is None else str(value)).strip()
    text = text.replace("&", "&amp;").replace("<", "\u2039").replace(">", "\u203a").replace('"', "&quot;")
    return Markdown(text)
