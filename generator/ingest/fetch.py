"""Fetching an article page from a web address, with a time limit and a size limit.

The standard library's `urllib` is enough for one page, and its errors say what went wrong
(trafilatura's `fetch_url` returns None whatever the reason). The page is kept as it was
fetched, with the address written into it the way browsers mark a saved page
(`<!-- saved from url=(0031)https://example.com/story -->`), so that the kept `article.html`
alone gives the same story, address included, when it is added again.
"""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ..errors import IngestError
from . import Source, sniff
from .decode import MAX_FILE_BYTES, decode_bytes

TIMEOUT_SECONDS = 30  # a news page answers within seconds; a stuck server must not hang a batch
USER_AGENT = "explainer (news explainer; fetches the one article page it is given)"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8"
KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
}
DOCTYPE = re.compile(r"^\s*<!doctype[^>]*>\s*", re.I)


def fetch_url(url: str) -> Source:
    """Fetch `url` and return the page as a source; every failure is one IngestError line."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise IngestError(f"{url}: only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_FILE_BYTES:
                raise IngestError(_too_large(url))
            data = response.read(MAX_FILE_BYTES + 1)
            final_url = response.geturl() or url
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise IngestError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise IngestError(f"{url}: cannot fetch: {_reason(error.reason)}") from None
    except TimeoutError:
        raise IngestError(f"{url}: no answer within {TIMEOUT_SECONDS} s") from None
    except (http.client.HTTPException, OSError) as error:
        raise IngestError(f"{url}: cannot fetch: {_reason(error)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(_too_large(url))
    kind = KINDS.get(content_type)
    if kind is None:
        raise IngestError(
            f"{url}: the address serves {content_type}, not a web page: "
            "save the article as .txt, .md or .html and add that file"
        )
    text = _decode(data, charset, url)
    if kind == "text":
        kind = sniff(text)
    return Source(url, mark_saved_from(text, final_url) if kind == "html" else text, kind)


def mark_saved_from(page: str, url: str) -> str:
    """The page with a browser's `saved from url` comment after its doctype."""
    comment = f"<!-- saved from url=({len(url):04d}){url} -->\n"
    doctype = DOCTYPE.match(page)
    cut = doctype.end() if doctype else 0
    return page[:cut] + comment + page[cut:]


def _decode(data: bytes, charset: str | None, url: str) -> str:
    """Decode with the charset the server names; otherwise detect it as for files."""
    if charset:
        try:
            return decode_bytes(data.decode(charset).encode("utf-8"), url)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset header: the bytes themselves decide
    return decode_bytes(data, url)


def _too_large(url: str) -> str:
    return f"{url}: the page is larger than {MAX_FILE_BYTES:,} bytes, more than an article page may have"


def _reason(reason: object) -> str:
    """A short human reason: `Connection refused`, `timed out`, `Name or service not known`."""
    if isinstance(reason, TimeoutError):
        return f"no answer within {TIMEOUT_SECONDS} s"
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return str(reason) or type(reason).__name__
