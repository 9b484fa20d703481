"""Saved web pages: the article body and its metadata, without the page around it.

Trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and Command-Line Tool for Text
Discovery and Extraction", ACL demos) finds the main text and drops navigation, footers, share
widgets and most captions; its metadata pass reads `<meta>` tags, JSON-LD and the page itself for
title, author, date, site name and section. Only its parsing functions are called, never its
downloader, so nothing is fetched: the page is all there is.

What trafilatura keeps and a newsroom reader would not, a few general filters drop: "Read more: …"
teasers, "Advertisement", share prompts, image credits and captions ending in one, the publisher's
notices about itself (standards and trust principles, newsletter prompts), rules like `___`, a list
of one-word links, a short fragment that the next paragraph repeats (a dateline split off by a
`<span>`), and an exact repeat of an earlier paragraph (a pull quote). Headings inside the body
become subheadings. When the tuned settings find no article, trafilatura is asked again with
broader ones (`EXTRACTIONS`): a page it can read on its own is never refused.
"""

from __future__ import annotations

import datetime as dt
import re

import trafilatura
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from ..errors import IngestError
from ..story.model import Article
from .text import is_subheading, split_dateline

# Trafilatura's balance between precision and recall. Measured with bench/html_ingest.py on five
# news pages: favor_precision lost in-body paragraphs (CNN recall 0.97 against 1.00) and
# favor_recall pulled in page furniture (CNN precision 0.77); the tail that favor_precision guards
# against is cut by the filters below instead.
FAVOR_PRECISION = False
FAVOR_RECALL = False
# (Trafilatura's `deduplicate` changed nothing on those pages, and its default cache is global to the
# process: a page parsed three times would lose paragraphs. Exact repeats are dropped below instead.)

# Tables in news pages are mostly sports results and sidebars; the pipeline reads prose only.
INCLUDE_TABLES = False
# Date guessing from free text picks dates the story mentions; a wrong `published` misplaces every
# relative date in the timeline, while a missing one can be given with --published.
EXTENSIVE_DATE_SEARCH = False
# A list whose items are all this short is a row of links or buttons, not an enumeration.
NAV_LIST_MAX_WORDS = 3
# A paragraph this short that starts the next one is a fragment split off it.
FRAGMENT_MAX_WORDS = 4
# Credit lines and "Read more" teasers are short; a long paragraph opening so is prose.
BOILERPLATE_MAX_WORDS = 25

HTML_TAG = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|section|h[1-6])\b", re.I)
BOILERPLATE = re.compile(
    r"""^(?:
        (?:read|see|watch|listen)\s+(?:more|also|next)(?:\s*[:|\-–—»›].*)?  # Read more: …, See also …
      | click\s+here\b.*
      | (?:also\s+read|related(?:\s+(?:stories|articles|coverage|content))?|more\s+on\s+this)\s*[:|\-–—].*
      | advertisement | advert | sponsored(?:\s+content)? | ad
      | (?:share|tweet|email|print|save)(?:\s+(?:this|on\s+\w+|the\s+story|this\s+(?:article|story|page)))?
      | (?:sign\s+up|subscribe)\b.*(?:newsletter|updates|alerts|inbox).*
      | (?:continue\s+reading|story\s+continues\s+(?:below|after).*|scroll\s+(?:down\s+)?to\s+continue.*)
      | (?:main\s+|top\s+|header\s+|featured\s+)?(?:image|photo|picture|photograph|video)s?
            (?:\s+(?:credit|courtesy|source))?s?\s*:.*                # Main image credit: Getty
      | (?:photo|image|picture)\s+(?:by|courtesy\s+of)\s.*
      | (?:image|photo|picture|video)\s+(?:source|caption)\s*,.*     # Image source, Getty Images
      | file\s+photo\s*[:\-].*
      | loading\b.*(?:\.\.\.|…)                                     # Loading weather data ...
      | (?:copyright|©|\(c\))\s*(?:\d{4}\b.*|.*\ball\s+rights\s+reserved\b.*|\S+(?:\s+\S+){0,4})
                                        # a notice: a year, the formula, or a name; prose is kept
      # the publisher's notices about itself: standards, trust principles, newsletter prompts
      | (?:(?:read|see|learn\s+(?:more\s+)?about)\s+)?our\s+(?:editorial\s+)?
            (?:standards|ethics(?:\s+policy)?|principles|policies|guidelines)\s*(?:[:|\-–—].*|\W*)
      | why\s+you\s+can\s+trust\b.* | .*\btrust\s+principles\W*
      | .*\b(?:newsletters?|inbox)\s*[:|\-–—]?                       # … straight to your inbox
      | (?:get|receive|enter)\b.*\b(?:newsletters?|inbox|e-?mail\s+address)\b.*
      | thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing)\b.*
      | (?:register|sign\s+up|subscribe)\s+(?:now|today|here)\b.*            # Register now for free …
    )$""",
    re.I | re.X,
)
# A caption ends in a photographer's credit after its last sentence: `…, May 5, 2020.
# REUTERS/Maxim Shemetov/File Photo`, `… (Photo by Ana Lima/AFP via Getty Images)`; a credit line
# may stand alone (`Ana Lima/AP`). Prose does not end so: `… said the AFL/CIO.` has no sentence
# break before the slash.
CREDIT = re.compile(
    r"""(?:
        \((?i:photo|image|picture|photograph|video)s?\s*(?i:by|credit|courtesy(?:\s+of)?|:)[^()]*\)
      | (?:^|[.!?][\"'\u201d\u2019)]*\s+)
        [A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}\s*/\s*[A-Z][\w.'&-]*(?:\s+(?:via\s+)?[A-Z][\w.'&-]*){0,4}
        (?:\s*/\s*[Ff]ile(?:\s+[Pp]hoto)?)?
    )\W*$""",
    re.X,
)

# A paragraph ending in a link prompt set off from its text is a teaser for another story
# ("… a two-day banking retreat. Full Article"); "he wanted to read more." is prose.
TEASER = re.compile(
    r"(?:^|[.!?\u2026:|\u00bb\u203a]\s*)(?:full\s+(?:article|story|coverage)|read\s+more|continue\s+reading)"
    r"\W*$",
    re.I,
)
# A heading like these opens the page's list of other stories: the article has ended there.
END_OF_ARTICLE = re.compile(
    r"""^(?:
        related(?:\s+(?:stories|articles|content|coverage|news|links|reading|topics))?
      | trending(?:\s+(?:now|stories|on\s.+))? | popular(?:\s+(?:now|stories|today))?
      | most\s+(?:read|popular|viewed|shared)\b.* | more\s+(?:stories|from\s.+)
      | recommended(?:\s+(?:for\s+you|stories|reading))? | you\s+(?:may|might)\s+(?:also\s+)?like\b.*
      | read\s+next | (?:top|latest)\s+(?:stories|news) | editor'?s\s+picks?
    )\W*$""",
    re.I | re.X,
)
# Trafilatura falls back to the whole page when it finds no article, and on an index page that is a
# run of link labels. A body needs at least one paragraph that reads as a sentence.
SENTENCE = re.compile(r"^(?:\S+\s+){5,}.*[.!?\u2026][\"'\u201d\u2019)]*$")
# Trafilatura reads article:section and JSON-LD; older pages name the section in these tags.
SECTION_XPATH = (
    '//head/meta[@name="section" or @itemprop="articleSection" or @property="og:section"]/@content'
)
BLOCK_TAGS = ("p", "head", "list", "quote", "code", "table")
# A table cell holding paragraphs or headings lays out the page; one holding text alone is data.
LAYOUT_TAGS = ("p", "head", "list", "quote")
LINE_BREAK = "\u2028"  # stands for a <br> while a paragraph's text is split
PARAGRAPH_BREAK = re.compile("\n|\u2028\\s*\u2028")
HAS_WORD = re.compile(r"[^\W_]")  # a letter or digit: `___` and `* * *` are rules, not text
# Tried in turn until one finds a body with a sentence: the tuned settings above, then trafilatura's
# own defaults (a page laid out in tables), then its recall mode, then with the comments section,
# which trafilatura's default output includes: an article whose container is named like a comments
# block (`class="comments-on"`) lands there. A page is refused only when trafilatura, however asked,
# finds no article in it.
EXTRACTIONS: tuple[dict[str, bool], ...] = (
    {},
    {"include_tables": True},
    {"include_tables": True, "favor_recall": True},
    {"include_tables": True, "include_comments": True},
)
# A browser saving a page, and `explainer add URL`, note the address in a comment at its top.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
SAVED_FROM_WITHIN = 4000  # characters from the start of the page
NO_ARTICLE = "{name}: no article text found in the page: save the page of the story itself, not an index"


def parse_html(text: str, name: str) -> Article:
    """Parse a saved article page; `name` is used in error messages."""
    if not HTML_TAG.search(text):
        raise IngestError(f"{name}: not an HTML page (no <html>, <body> or <p> tag): give a .txt or .md file")
    tree = load_html(text)
    if tree is None:
        raise IngestError(f"{name}: cannot parse the page as HTML: save the page again or give a .txt file")
    meta_section = next((s.strip() for s in tree.xpath(SECTION_XPATH) if s.strip()), None)
    saved_from = SAVED_FROM.search(text[:SAVED_FROM_WITHIN])
    for settings in EXTRACTIONS:
        document = _extract(tree, saved_from.group(1) if saved_from else None, settings)
        if document is None:
            continue
        title, paragraphs, subheadings = _read_body(document)
        if any(SENTENCE.match(p) for p in paragraphs):
            break
    else:
        raise IngestError(NO_ARTICLE.format(name=name))
    if not title:
        raise IngestError(f"{name}: no headline found: the page has no <title>, og:title or <h1>")
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    return Article(
        title=title,
        paragraphs=paragraphs,
        section=_section(document.categories, meta_section),
        published=_iso_date(document.date),
        byline=_byline(document.author),
        url=document.url or None,
        site_name=document.sitename or None,
        dateline=dateline,
        subheadings={k: v for k, v in subheadings.items() if k <= len(paragraphs)},
    )


def _read_body(document: Document) -> tuple[str, list[str], dict[int, str]]:
    """Title, paragraphs and subheadings (by the paragraph they precede) of an extracted body."""
    blocks = _clean(_body_blocks(document.body))
    title = _clean_text(document.title or "")
    first_head = next((i for i, (kind, _) in enumerate(blocks) if kind == "head"), None)
    if first_head is not None and (not title or _same(blocks[first_head][1], title)):
        title = title or blocks[first_head][1]
        blocks = blocks[first_head + 1 :]  # what comes before the headline is page furniture
    while blocks and _same(blocks[0][1], title):
        blocks = blocks[1:]  # the headline again, in bold rather than as a heading
    paragraphs: list[str] = []
    subheadings: dict[int, str] = {}
    for kind, line in blocks:
        if kind == "head" or is_subheading(line):
            subheadings[len(paragraphs) + 1] = line.strip("'\"\u2018\u2019\u201c\u201d ")
        else:
            paragraphs.append(line)
    return title, paragraphs, subheadings


def _extract(tree: HtmlElement, url: str | None, settings: dict[str, bool]) -> Document | None:
    """Trafilatura's document (body and metadata), or None when it finds no body."""
    document = trafilatura.bare_extraction(  # copies the tree; only parses, never downloads
        tree,
        url=url,
        with_metadata=True,
        favor_precision=settings.get("favor_precision", FAVOR_PRECISION),
        favor_recall=settings.get("favor_recall", FAVOR_RECALL),
        include_tables=settings.get("include_tables", INCLUDE_TABLES),
        include_comments=settings.get("include_comments", False),
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": EXTENSIVE_DATE_SEARCH,
            "max_date": dt.date.today().isoformat(),
        },
    )
    if not isinstance(document, Document):
        return None
    if (document.body is None or not len(document.body)) and document.commentsbody is not None:
        document.body = document.commentsbody  # asked for only when the article itself is not found
    if document.body is None or not len(document.body):
        return None
    return document


def _body_blocks(body: _Element) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks in reading order: kind is 'head' or 'p'."""
    blocks: list[tuple[str, str]] = []
    if body.tag == "cell" and body.text and body.text.strip():
        blocks.append(("p", _clean_text(body.text)))
    for element in [body] if body.tag in BLOCK_TAGS else body:  # a lone block comes back as the body
        if element.tag == "head":
            blocks.append(("head", _element_text(element)))
        elif element.tag == "list":
            items = [_element_text(item) for item in element.iter("item")]
            if not all(len(item.split()) <= NAV_LIST_MAX_WORDS for item in items):
                blocks.extend(("p", item) for item in items)
        elif element.tag == "quote" and element.find("p") is not None:
            blocks.extend(("p", text) for p in element.iter("p") for text in _paragraph_texts(p))
        elif element.tag == "table":
            for row in element.iter("row"):
                if any(cell.find(tag) is not None for cell in row for tag in LAYOUT_TAGS):
                    blocks.extend(block for cell in row for block in _body_blocks(cell))  # a page layout
                else:
                    blocks.append(("p", " | ".join(_element_text(cell) for cell in row)))  # a data row
        elif element.tag in ("p", "quote", "code"):
            blocks.extend(("p", text) for text in _paragraph_texts(element))
    return [(kind, line) for kind, line in blocks if line]


def _clean(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop boilerplate, rules, repeats and fragments that the next paragraph repeats."""
    kept: list[tuple[str, str]] = []
    seen: set[str] = set()
    for index, (kind, line) in enumerate(blocks):
        if kind == "head" and kept and END_OF_ARTICLE.match(line):
            break
        following = blocks[index + 1][1] if index + 1 < len(blocks) else ""
        words = len(line.split())
        if not HAS_WORD.search(line) or line in seen:
            continue
        if words <= BOILERPLATE_MAX_WORDS and BOILERPLATE.match(line):
            continue
        if TEASER.search(line) or CREDIT.search(line):
            continue
        if words <= FRAGMENT_MAX_WORDS and following.startswith(line) and following != line:
            continue
        seen.add(line)
        kept.append((kind, line))
    return kept


def _paragraph_texts(element: _Element) -> list[str]:
    """The paragraphs of one extracted `<p>`: pages that separate paragraphs with `<br><br>`, and
    trafilatura's whole-page fallback, which joins the lines it keeps with newlines, give one `<p>`
    holding several; a single `<br>` only breaks a line."""
    for lb in element.iter("lb"):
        lb.tail = LINE_BREAK + (lb.tail or "")
    text = "".join(element.itertext())
    parts = PARAGRAPH_BREAK.split(text)
    return [_clean_text(part.replace(LINE_BREAK, " ")) for part in parts]


def _element_text(element: _Element) -> str:
    for lb in element.iter("lb"):  # a line break inside a paragraph separates words
        lb.tail = " " + (lb.tail or "")
    return _clean_text("".join(element.itertext()))


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def _section(categories: list[str] | None, meta_section: str | None) -> str | None:
    section = next((c for c in categories or [] if c.strip()), None) or meta_section
    if section and section.islower():
        section = section.capitalize()  # `travel` as a label reads `Travel`
    return section


def _iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD day of a date string, or None when it is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _byline(author: str | None) -> str | None:
    """Trafilatura's `A; B; C` author list as a byline; names in capitals put into title case."""
    if not author:
        return None
    names = [n.split() for n in author.split(";") if n.strip()]
    return ", ".join(" ".join(_untitle(words)) for words in names) or None


def _untitle(words: list[str]) -> list[str]:
    """`MARY CLARE JALONICK` → `Mary Clare Jalonick`; a lone acronym (`CNN`) stays."""
    shouted = [w for w in words if w.isupper() and len(w) > 1]
    if len(shouted) < 2:
        return words
    return [w.title() if w in shouted else w for w in words]
