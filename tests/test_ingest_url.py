"""`explainer add URL`: pages fetched from a local HTTP server on 127.0.0.1; failures are one line."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from helpers import run_cli

from generator.commands.new import create_site
from generator.errors import IngestError
from generator.ingest import fetch, parse_source, read_input

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Tram line to reach the airport by 2027</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Tram line to reach the airport by 2027</h1>
<p>The city council approved on Wednesday a plan to extend the tram line to the airport by 2027.</p>
<p>\u201cIt will take cars off the ring road,\u201d said the transport chief, Elena Costa.</p>
</article></body></html>
"""
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/news/tram.html": (200, "text/html; charset=utf-8", PAGE.encode("utf-8")),
    "/news/tram-latin1.html": (
        200,
        "text/html; charset=iso-8859-1",
        PAGE.replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("Costa", "Cost\u00e0")
        .encode("iso-8859-1"),
    ),
    "/plain.txt": (
        200,
        "text/plain",
        b"Tram line approved\nLocal\nTram line approved\nThe council approved the tram line on Wednesday.\n",
    ),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4\n"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/news/tram.html")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/no-length":  # the body ends when the connection closes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(PAGE.encode("utf-8"))
            return
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
            return
        status, content_type, body = ROUTES.get(self.path, (404, "text/html", b"<p>Not here</p>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_fetched_with_its_address_noted_in_it(server: str) -> None:
    source = read_input(f"{server}/news/tram.html")
    url = f"{server}/news/tram.html"
    assert source.kind == "html"
    assert source.name == url
    assert source.text.startswith(f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n<html>")
    article = parse_source(source)
    assert article.title == "Tram line to reach the airport by 2027"
    assert article.url == url
    assert (
        article.paragraphs[1]
        == "\u201cIt will take cars off the ring road,\u201d said the transport chief, Elena Costa."
    )


def test_the_charset_the_server_names_decodes_the_page(server: str) -> None:
    article = parse_source(read_input(f"{server}/news/tram-latin1.html"))
    assert article.paragraphs[1].endswith("Elena Cost\u00e0.")


def test_a_redirect_records_the_address_the_page_is_at(server: str) -> None:
    assert parse_source(read_input(f"{server}/old-address")).url == f"{server}/news/tram.html"


def test_plain_text_is_read_as_the_wire_format(server: str) -> None:
    source = read_input(f"{server}/plain.txt")
    assert source.kind == "text"
    assert parse_source(source).title == "Tram line approved"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.html", "the server answered 404 Not Found"),
        ("/report.pdf", "the address serves application/pdf, not a web page"),
        ("/huge", "the page is larger than 20,000,000 bytes"),
        ("/slow", "no answer within 0.5 s"),
    ],
)
def test_fetch_failures_are_one_line_naming_the_address(
    server: str, path: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    with pytest.raises(IngestError) as error:
        read_input(server + path)
    assert str(error.value).startswith(f"{server}{path}: {message}")
    assert "\n" not in str(error.value)


def test_a_page_without_a_length_is_read_no_further_than_the_limit(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "MAX_FILE_BYTES", 100)
    with pytest.raises(IngestError, match=r"/no-length: the page is larger than 100 bytes"):
        read_input(f"{server}/no-length")


def test_a_refused_connection_and_other_schemes_are_one_line() -> None:
    url = f"http://127.0.0.1:{closed_port()}/story.html"
    with pytest.raises(
        IngestError, match=r"^http://127\.0\.0\.1:\d+/story\.html: cannot fetch: Connection refused$"
    ):
        read_input(url)
    with pytest.raises(
        IngestError, match=r"^ftp://example\.org/a\.html: only http:// and https:// addresses"
    ):
        read_input("ftp://example.org/a.html")


def test_add_url_keeps_the_page_and_re_adding_it_gives_the_same_story(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "site"
    create_site(root)
    url = f"{server}/news/tram.html"
    code, out, err = run_cli(["add", url, f"{server}/missing.html"], root, monkeypatch, capsys)
    assert code == 1  # the missing page failed
    folder = root / "content" / "tram-line-to-reach-the-airport-by-2027"
    assert out.startswith(f"added {folder / 'story.yaml'}")
    assert f"{server}/missing.html: the server answered 404 Not Found" in err
    assert err.strip().splitlines()[-1] == "1 added, 0 skipped, 1 failed"
    story = (folder / "story.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(story)["url"] == url
    assert sorted(p.name for p in folder.iterdir()) == [".extracted.yaml", "article.html", "story.yaml"]
    code, _, err = run_cli(["add", str(folder / "article.html"), "--force"], root, monkeypatch, capsys)
    assert code == 0, err
    assert (folder / "story.yaml").read_text(encoding="utf-8") == story
    code, _, err = run_cli(["add", url], root, monkeypatch, capsys)
    assert code == 1
    assert f"{url}: skipped: duplicate: already added as {folder / 'story.yaml'}" in err
