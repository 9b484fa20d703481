"""A Python-Markdown extension that keeps glossary tooltips out of headings.

The `abbr` extension wraps every occurrence of a glossary term in `<abbr>`, headings included,
and it has no option to skip elements (its only option is `glossary`). A tooltip in a heading is
noise: headings are read aloud as landmarks, copied into the table of contents and the page
title, and an underlined word in a headline looks like a link. This treeprocessor runs right
after `abbr` (priority 7) and before `toc` (priority 5), and replaces each `<abbr>` inside an
`h1`–`h6` by its text.

Use it in `mkdocs.yml` after `abbr`:

    markdown_extensions:
      - abbr
      - generator.render.clean_headings
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PRIORITY = 6  # after abbr (7), before toc (5), so the table of contents is clean too


class CleanHeadingsTreeprocessor(Treeprocessor):
    """Unwrap `<abbr>` elements inside headings, keeping their text."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in HEADINGS:
                unwrap_abbrs(element)


def unwrap_abbrs(parent: etree.Element) -> None:
    """Replace every `<abbr>` below `parent` by its content, in place."""
    for child in list(parent):
        unwrap_abbrs(child)
        if child.tag != "abbr":
            continue
        index = list(parent).index(child)
        inner = list(child)
        for offset, grandchild in enumerate(inner):
            parent.insert(index + 1 + offset, grandchild)
        text = child.text or ""
        tail = child.tail or ""
        if inner:
            inner[-1].tail = (inner[-1].tail or "") + tail
            tail = ""
        parent.remove(child)
        append_text(parent, index, text + tail)


def append_text(parent: etree.Element, index: int, text: str) -> None:
    """Add `text` where element number `index` of `parent` stood (after its predecessor)."""
    if not text:
        return
    if index == 0:
        parent.text = str(parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = str(previous.tail or "") + text


class CleanHeadingsExtension(Extension):
    """Keep `abbr` tooltips out of headings."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's API name)
        md.treeprocessors.register(CleanHeadingsTreeprocessor(md), "clean_headings", PRIORITY)


def makeExtension(**kwargs: Any) -> CleanHeadingsExtension:  # noqa: N802 (Markdown's entry point)
    return CleanHeadingsExtension(**kwargs)
