"""Extracting many articles, in parallel worker processes, streamed in the order given.

Each article goes parse → extract → back to the caller, who writes it and forgets it; at most
`IN_FLIGHT_PER_WORKER` articles per worker are queued or running, so memory stays flat however many
articles a batch holds. The spaCy model is loaded once per worker (the pool's initializer), or once
for all of them where workers are forked. With one
worker the same two functions run in this process, so `--jobs 1` and `--jobs N` give the same
stories: each article is parsed on its own (`nlp(text)`), never in a batch whose make-up could
depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TypeVar

from ..errors import ExplainerError, ModelError
from ..ingest import Source, parse_source
from ..story.content import dump_story
from ..story.model import GlossaryEntry, Story

if TYPE_CHECKING:
    from spacy.language import Language

K = TypeVar("K")
IN_FLIGHT_PER_WORKER = 8  # articles take from 0.1 to 3 s: the window must outlast a long one


@dataclass(frozen=True)
class Job:
    source: Source
    published: str | None


@dataclass(frozen=True)
class Extracted:
    story: Story
    text: str  # the story as YAML, dumped in the worker so that the parent only writes


@dataclass(frozen=True)
class Failed:
    message: str


Outcome = Extracted | Failed


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def extract_in_order(
    jobs: Iterable[tuple[K, Job]],
    glossary: list[GlossaryEntry],
    workers: int,
    waiting: Callable[[K], None] = lambda key: None,
) -> Iterator[tuple[K, Outcome]]:
    """Each (key, job) comes back as (key, outcome), in the order given.

    `waiting(key)` is called when the caller starts waiting for that job: the file being worked on.
    """
    if workers <= 1:
        start_worker(glossary)
        for key, job in jobs:
            waiting(key)
            yield key, run_job(job)
        return
    pool = ProcessPoolExecutor(
        workers, mp_context=_context(glossary), initializer=start_worker, initargs=(glossary,)
    )
    window: deque[tuple[K, Future[Outcome]]] = deque()
    try:
        for key, job in jobs:
            window.append((key, pool.submit(run_job, job)))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield _next_result(window, waiting)
        while window:
            yield _next_result(window, waiting)
    except BrokenProcessPool:
        raise ExplainerError(
            "a worker process ended abruptly (out of memory?): try again with fewer --jobs"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _context(glossary: list[GlossaryEntry]) -> BaseContext:
    """Fork where it is safe (Linux), after loading the model here: every worker shares it, as
    spaCy's own `nlp.pipe(n_process=…)` does, and starts at once. Elsewhere each worker is a fresh
    interpreter that imports spaCy and loads the model itself."""
    if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
        start_worker(glossary)
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _next_result(window: deque[tuple[K, Future[Outcome]]], waiting: Callable[[K], None]) -> tuple[K, Outcome]:
    key, future = window.popleft()
    waiting(key)
    return key, future.result()


_nlp: Language | None = None
_glossary: list[GlossaryEntry] = []
_model_error: ModelError | None = None


def start_worker(glossary: list[GlossaryEntry]) -> None:
    """Load the model once per process; a missing model is reported by the first job."""
    global _nlp, _glossary, _model_error
    from ..extract.nlp import load_nlp  # spaCy is imported only where articles are parsed

    _glossary, _model_error = glossary, None
    try:
        _nlp = load_nlp()
    except ModelError as error:
        _model_error = error


def run_job(job: Job) -> Outcome:
    """Parse, extract and dump one article; a problem with the article is a Failed outcome."""
    if _model_error is not None:
        raise _model_error  # the whole batch stops: no article can be extracted
    assert _nlp is not None, "start_worker() runs first"
    from ..extract import extract_story
    from ..extract.nlp import parse_article
    from ..review import flag_story

    try:
        article = parse_source(job.source, job.published)
        story = flag_story(extract_story(parse_article(article, _nlp), _glossary))
        return Extracted(story, dump_story(story))
    except ExplainerError as error:
        return Failed(str(error))
