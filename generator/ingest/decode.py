"""Reading an input file as text: refuse binary, detect UTF-8 (with or without BOM) or cp1252.

Newsroom copy arrives from web pages, Word exports and wire feeds; UTF-8 is tried first because
cp1252 decodes almost any byte string, and a NUL byte or a high share of control characters means
the file is not text at all.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import IngestError

MAX_CONTROL_SHARE = 0.05  # more control characters than this in the first 8 KB: not text
SNIFF_BYTES = 8192
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_FILE_BYTES = 20_000_000  # a saved web page with inline assets stays far below this


def decode_bytes(data: bytes, name: str) -> str:
    """Decode `data` read from `name`, normalising newlines; raise IngestError for non-text."""
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"{name}: {len(data):,} bytes is more than an article file may have ({MAX_FILE_BYTES:,})"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark, as Windows saves it
        try:
            return _normalise(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise IngestError(f"{name}: broken UTF-16: save the file as UTF-8") from None
    sample = data[:SNIFF_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or (sample and controls / len(sample) > MAX_CONTROL_SHARE):
        raise IngestError(f"{name}: binary data, not a text article (give a .txt, .md or .html file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise IngestError(
                f"{name}: byte {error.start} is neither UTF-8 nor cp1252: save the file as UTF-8"
            ) from None
    return _normalise(text)


def _normalise(text: str) -> str:
    """Unix newlines; no BOM or stray control characters (form feeds, vertical tabs) left."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return CONTROL_CHARACTERS.sub(" ", text)


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a directory, not an article file") from None
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror}") from None
    return decode_bytes(data, str(path))
