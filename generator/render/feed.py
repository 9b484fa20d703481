"""The site's RSS 2.0 feed of stories (`feed.xml`): one item per story, newest first.

A feed reader shows the headline, the lede and the publication date, and links to the story's
overview. Links are absolute when `site_url` is set (feed readers need that); without it they are
relative to the feed, which most readers resolve. Undated stories carry no date rather than a
made-up one. The output depends only on the content, so rebuilds do not change it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from email.utils import format_datetime

from ..story.model import Story
from .site_pages import story_order

FEED_FILE = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"


def render_feed(
    site_name: str, site_url: str | None, description: str, stories: list[tuple[str, Story]]
) -> str:
    """The feed as XML text."""
    ET.register_namespace("atom", ATOM)
    base = site_url if site_url and site_url.endswith("/") else f"{site_url}/" if site_url else ""
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    add(channel, "title", site_name)
    add(channel, "link", base or "./")
    add(channel, "description", description or f"Explainers of news stories from {site_name}")
    add(channel, "language", "en")
    if base:
        ET.SubElement(
            channel, f"{{{ATOM}}}link", href=f"{base}{FEED_FILE}", rel="self", type="application/rss+xml"
        )
    for slug, story in sorted(stories, key=story_order, reverse=True):
        item = ET.SubElement(channel, "item")
        link = f"{base}{slug}/"
        add(item, "title", story.title)
        add(item, "link", link)
        add(item, "guid", link).set("isPermaLink", "true" if base else "false")
        if story.paragraphs:
            add(item, "description", " ".join(story.paragraphs[0].split()))
        if story.section:
            add(item, "category", story.section)
        if story.published:
            add(item, "pubDate", rfc822(story.published))
    ET.indent(rss)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def rfc822(date: str) -> str:
    """An ISO date as RSS writes dates: midnight UTC of that day."""
    day = dt.date.fromisoformat(date)
    return format_datetime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))


def add(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element
