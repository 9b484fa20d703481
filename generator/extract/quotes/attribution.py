"""Attribution: every quote and report of an article, in article order, with its speaker.

See the package docstring for the three passes; this module runs them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...story.model import Quote, QuoteKind
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .marks import QuotedSpan, find_quoted_spans, overlaps
from .referents import Speaker, SpeakerMemory, learn_genders
from .reported import Reported, find_reported, partial_range, report_cue
from .speakers import cue_of, is_speech_verb, resolve_subject, subject_of
from .words import NAMING_WORDS

# A cue-less quote inherits the last speaker only if that speaker spoke at most this many
# paragraphs before (wire convention: a quote paragraph continues the previous speaker).
INHERIT_MAX_GAP = 1
# Fewer words than this in quotation marks, with no speaker, is a scare quote or a term.
UNCUED_MIN_WORDS = 4
# After a quote that ends its sentence (."), a cue must come within this many tokens ("Smith said.").
CLOSED_CUE_WINDOW = 4
# How far from a cue verb a subject the parse missed may stand ("…," Kosachyov wrote / said Peskov).
ADJACENT_WINDOW = 3
UNATTRIBUTED = "unattributed"
# Clauses inside a sentence: a report there is background, its speaker not the one the next
# "he said" continues (an adverbial "although …" clause, a relative clause, a complement).
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "csubj"})
# Abbreviations that stand before a name (AP Stylebook's titles and "St."): their period ends no sentence.
NAME_ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Lt Sgt Gen Col Capt Cpl Maj Adm Cmdr Gov Sen Rep Prof Rev Det Insp Supt Const Jr Sr"
)
SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{word})" for word in NAME_ABBREVIATIONS.split()) + r"(?<!\b[A-Z])[.!?](?=\s|$)"
)


@dataclass
class DirectQuote:
    """A quote in marks, possibly spread over several paragraphs (one span per paragraph)."""

    spans: list[QuotedSpan]
    start: int  # doc offset of the first span, for article order
    speaker: Speaker | None = None
    cue: str | None = None
    channel: str | None = None


@dataclass
class Found:
    """One quote before ids are given: kind, doc offsets, speaker and cue."""

    kind: QuoteKind
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None = None
    channel: str | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


def extract_quotes(parsed: ParsedArticle, index: ActorIndex) -> list[Quote]:
    """Find every quote of the article and attribute it to an actor where the text allows."""
    paragraphs = parsed.article.paragraphs
    spans = find_quoted_spans(paragraphs)
    direct, embedded = split_spans(parsed, spans)
    marks = [doc_range(parsed, s, with_marks=True) for s in spans]
    reported = find_reported(parsed, marks)
    direct_ranges = [doc_range(parsed, s, with_marks=True) for q in direct for s in q.spans]
    reported = [r for r in reported if not overlaps((r.start, r.end), direct_ranges)]
    memory = SpeakerMemory(quoted=direct_ranges)
    learn_genders(parsed, index, memory)
    found = attribute_all(parsed, index, memory, direct, reported, embedded)
    return build_quotes(parsed, found)


def doc_range(parsed: ParsedArticle, span: QuotedSpan, with_marks: bool = False) -> tuple[int, int]:
    """Doc character range of a quoted span, optionally with its quotation marks."""
    base = parsed.starts[span.paragraph - 1]
    length = len(parsed.paragraph_text(span.paragraph))
    if not with_marks:
        return base + span.start, base + span.end
    return base + max(span.start - 1, 0), base + min(span.end + 1, length)


def split_spans(parsed: ParsedArticle, spans: list[QuotedSpan]) -> tuple[list[DirectQuote], list[QuotedSpan]]:
    """Direct quotes (grouped over paragraphs) and fragments embedded in a sentence."""
    direct: list[DirectQuote] = []
    embedded: list[QuotedSpan] = []
    for span in spans:
        text = parsed.paragraph_text(span.paragraph)
        if span.continues and direct and not direct[-1].spans[-1].closed:
            direct[-1].spans.append(span)
        elif stands_alone(parsed, text, span):
            direct.append(DirectQuote([span], doc_range(parsed, span)[0]))
        else:
            embedded.append(span)
    return direct, embedded


def stands_alone(parsed: ParsedArticle, text: str, span: QuotedSpan) -> bool:
    """A quote that is a sentence of its own, not words woven into the reporter's sentence."""
    before = text[: max(span.start - 1, 0)].rstrip()
    content = span.text(text)
    if not before or before[-1] in ":.!?\"”'’" or span.continues:
        return True
    starts_upper = content[:1].isupper() or content[:1] in "[("
    if before[-1] in ",—–-(":
        return starts_upper
    if not starts_upper:
        return False
    token = last_token_before(parsed, span)
    return token is not None and is_speech_verb(token, direct=True)


def last_token_before(parsed: ParsedArticle, span: QuotedSpan) -> Token | None:
    """The last word before a span's opening mark, in the same paragraph."""
    start = parsed.starts[span.paragraph - 1]
    open_at = start + span.start - 1
    tokens = [t for t in tokens_between(parsed.doc, start, open_at) if not t.is_punct]
    return tokens[-1] if tokens else None


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in [start, end); a char span keeps this from walking the whole Doc."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [t for t in span if start <= t.idx < end and not t.is_space] if span is not None else []


def attribute_all(
    parsed: ParsedArticle,
    index: ActorIndex,
    memory: SpeakerMemory,
    direct: list[DirectQuote],
    reported: list[Reported],
    embedded: list[QuotedSpan],
) -> list[Found]:
    """Attribute every candidate in article order, so memory holds the speakers before each."""
    items: list[tuple[int, object]] = [(q.start, q) for q in direct] + [(r.start, r) for r in reported]
    items.sort(key=lambda pair: pair[0])
    used: set[int] = set()
    found: list[Found] = []
    for _, item in items:
        if isinstance(item, DirectQuote):
            found.extend(attribute_direct(parsed, index, memory, item))
        else:
            assert isinstance(item, Reported)
            quote = attribute_reported(parsed, index, memory, item, embedded, used)
            if quote:
                found.append(quote)
    for i, span in enumerate(embedded):
        if i not in used:
            quote = attribute_fragment(parsed, index, memory, span)
            if quote:
                found.append(quote)
    return found


def attribute_direct(
    parsed: ParsedArticle, index: ActorIndex, memory: SpeakerMemory, quote: DirectQuote
) -> list[Found]:
    """Give a direct quote its cue and speaker, or the previous speaker when it has no cue."""
    paragraph = quote.spans[0].paragraph
    verb = find_direct_cue(parsed, quote)
    speaker: Speaker | None = None
    cue = channel = None
    if verb is not None:
        cue, channel = cue_of(verb)
        subject = subject_of(verb)
        if subject is None or memory.in_quotes(subject.idx):
            subject = adjacent_subject(verb, memory)
        speaker = resolve_subject(subject, index, memory) if subject is not None else None
    else:
        speaker = preceding_subject(parsed, index, memory, quote.spans[0])
        recent = memory.last is not None and paragraph - memory.last_paragraph <= INHERIT_MAX_GAP
        speaker = speaker or (memory.last if recent else None)
    words = sum(len(parsed.paragraph_text(s.paragraph)[s.start : s.end].split()) for s in quote.spans)
    if verb is None and (words < UNCUED_MIN_WORDS or (speaker is None and looks_like_title(parsed, quote))):
        return []
    if speaker is not None:
        memory.remember(speaker, quote.spans[-1].paragraph, quote.start)
    out = []
    for span in quote.spans:
        start, end = doc_range(parsed, span)
        out.append(Found("direct", start, end, speaker, cue, channel))
    return out


def preceding_subject(
    parsed: ParsedArticle, index: ActorIndex, memory: SpeakerMemory, span: QuotedSpan
) -> Speaker | None:
    """ "Mr Howard described it as "very important". "This is from an insider."": a cue-less quote
    right after a sentence of the same paragraph whose subject is a named person continues that
    person, not whoever was quoted before them."""
    if span.start <= 1 or span.continues:
        return None
    token = last_token_before(parsed, span)
    if token is None or memory.in_quotes(token.idx):
        return None
    root = token.sent.root
    subject = subject_of(root)
    if subject is None or subject.pos_ != "PROPN" or memory.in_quotes(subject.idx):
        return None
    actor = index.get(index.actor_at(subject.idx, subject.idx + len(subject.text)))
    if actor is None or actor.kind != "person":
        return None
    return resolve_subject(subject, index, memory)


def looks_like_title(parsed: ParsedArticle, quote: DirectQuote) -> bool:
    """A short run of capitalised words with no sentence punctuation: a title, not speech."""
    span = quote.spans[0]
    words = span.text(parsed.paragraph_text(span.paragraph)).split()
    return (
        len(words) <= 8
        and all(w[:1].isupper() or len(w) <= 3 for w in words)
        and not words[-1].endswith((".", "!", "?", ","))
    )


def find_direct_cue(parsed: ParsedArticle, quote: DirectQuote) -> Token | None:
    """The speech verb framing a quote: before it after a colon, else after it, else before it."""
    first = quote.spans[0]
    lead = leading_cue(parsed, first)
    if lead is not None and lead[1]:
        return lead[0]
    for span in quote.spans:
        if span.closed:
            verb = trailing_cue(parsed, span)
            if verb is not None:
                return verb
    return lead[0] if lead is not None else None


def leading_cue(parsed: ParsedArticle, span: QuotedSpan) -> tuple[Token, bool] | None:
    """The last speech verb of the sentence that introduces a quote; True when it ends in a colon."""
    if span.continues:
        return None
    text = parsed.paragraph_text(span.paragraph)
    region_end = max(span.start - 1, 0)
    region_start = previous_close(parsed, span)
    region = text[region_start:region_end]
    ends = list(SENTENCE_END.finditer(region))
    if ends:
        region_start += ends[-1].end()
    base = parsed.starts[span.paragraph - 1]
    tokens = tokens_between(parsed.doc, base + region_start, base + region_end)
    verbs = [t for t in tokens if is_speech_verb(t, direct=True) and subject_of(t) is not None]
    if not verbs:
        return None
    stripped = text[region_start:region_end].rstrip()
    colon = stripped.endswith(":")
    near = stripped.endswith(",") or colon or tokens[-1].i - verbs[-1].i <= CLOSED_CUE_WINDOW
    return (verbs[-1], colon) if near else None


def previous_close(parsed: ParsedArticle, span: QuotedSpan) -> int:
    """Paragraph offset just after the previous quote of the paragraph, or 0."""
    text = parsed.paragraph_text(span.paragraph)
    before = text[: max(span.start - 1, 0)]
    last = max(before.rfind(m) for m in ('"', "”", "“"))
    return last + 1 if last >= 0 else 0


def trailing_cue(parsed: ParsedArticle, span: QuotedSpan) -> Token | None:
    """The speech verb right after a closed quote, in the same sentence ("…," Peskov said)."""
    text = parsed.paragraph_text(span.paragraph)
    region_start = min(span.end + 1, len(text))
    rest = text[region_start:]
    next_open = min((i for i in (rest.find('"'), rest.find("“")) if i >= 0), default=len(rest))
    region = rest[:next_open]
    end = SENTENCE_END.search(region)
    region = region[: end.end()] if end else region
    base = parsed.starts[span.paragraph - 1]
    tokens = tokens_between(parsed.doc, base + region_start, base + region_start + len(region))
    words = [t for t in tokens if not t.is_punct]
    for position, token in enumerate(words):
        if is_speech_verb(token, direct=True):
            complete = span.text(text).rstrip().endswith(".")
            # "…." Richards also points out [that] conditions …: a new sentence reporting its own clause
            reports = any(c.dep_ == "ccomp" for c in token.children)
            if complete and region.lstrip()[:1].isupper() and (position >= CLOSED_CUE_WINDOW or reports):
                return None
            return token
    return None


def adjacent_subject(verb: Token, memory: SpeakerMemory) -> Token | None:
    """When a long quote confuses the parse: the name just before the verb ("…," Kosachyov wrote)
    or just after it ("…," said Peskov), outside the quotation marks."""
    doc = verb.doc
    before = [t for t in doc[max(verb.i - ADJACENT_WINDOW, 0) : verb.i] if not memory.in_quotes(t.idx)]
    if before and is_nominal(before[-1]):
        return before[-1]
    for token in doc[verb.i + 1 : verb.i + ADJACENT_WINDOW]:
        if is_nominal(token):
            return token
    return None


def is_nominal(token: Token) -> bool:
    """A noun, name or pronoun by its tag (a confused parse can call a name an auxiliary)."""
    return token.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP") or token.pos_ in ("PROPN", "PRON", "NOUN")


def attribute_reported(
    parsed: ParsedArticle,
    index: ActorIndex,
    memory: SpeakerMemory,
    item: Reported,
    embedded: list[QuotedSpan],
    used: set[int],
) -> Found | None:
    """An indirect quote, or a partial one when quoted fragments sit inside the clause."""
    subject = item.source if item.source is not None else subject_of(item.cue)
    if subject is None:
        return None
    speaker = resolve_subject(subject, index, memory)
    if speaker is None:  # a pronoun with no referent, a document with no author
        return None
    inside = [
        i
        for i, s in enumerate(embedded)
        if item.start <= doc_range(parsed, s)[0] < item.end + 1 and not is_named_term(parsed, s)
    ]
    kind: QuoteKind = "indirect"
    start, end = item.start, item.end
    if inside:
        used.update(inside)
        kind = "partial"
        start, end = partial_range(item, parsed.doc, [doc_range(parsed, embedded[i], True) for i in inside])
    cue, channel = report_cue(item)
    if item.cue.dep_ not in SUBORDINATE_DEPS:  # "Although Trump tweeted that …, …, he said": not the topic
        memory.remember(speaker, parsed.paragraph_at(start), item.cue.idx)
    return Found(kind, start, end, speaker, cue, channel)


def is_named_term(parsed: ParsedArticle, span: QuotedSpan) -> bool:
    """Quoted words introduced as a name ("what it calls its "special military operation"")."""
    text = parsed.paragraph_text(span.paragraph)
    before = re.findall(r"[\w-]+", text[: max(span.start - 1, 0)])[-2:]
    return any(word.lower() in NAMING_WORDS for word in before)


def attribute_fragment(
    parsed: ParsedArticle, index: ActorIndex, memory: SpeakerMemory, span: QuotedSpan
) -> Found | None:
    """A quoted fragment outside any reported clause: partial if its sentence has a speech verb."""
    if is_named_term(parsed, span):
        return None
    text = span.text(parsed.paragraph_text(span.paragraph))
    if len(text.split()) < UNCUED_MIN_WORDS:  # "collusion", "road map": a scare quote, not speech
        return None
    start, end = doc_range(parsed, span)
    sent = parsed.doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    verbs = [t for t in sent[0].sent if is_speech_verb(t) and not start <= t.idx < end]
    for verb in verbs:
        subject = subject_of(verb)
        if subject is None:
            continue
        speaker = resolve_subject(subject, index, memory)
        if speaker is None:
            continue
        cue, channel = cue_of(verb)
        return Found("partial", start, end, speaker, cue, channel)
    return None


def build_quotes(parsed: ParsedArticle, found: list[Found]) -> list[Quote]:
    """Number the quotes q1, q2, … in article order, with verbatim text from their paragraph."""
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for item in sorted(found, key=lambda f: f.start):
        key = (item.start, item.end)
        if key in seen or item.end <= item.start:
            continue
        seen.add(key)
        paragraph = parsed.paragraph_at(item.start)
        offset = parsed.starts[paragraph - 1]
        text = parsed.paragraph_text(paragraph)[item.start - offset : item.end - offset]
        if item.kind == "direct":  # the comma before the cue belongs to the reporter's sentence
            text = text.rstrip(" ,")
        speaker = item.speaker
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                speaker=speaker.actor if speaker else None,
                speaker_name=speaker.name if speaker and speaker.name else UNATTRIBUTED,
                text=text,
                kind=item.kind,
                paragraph=paragraph,
                cue=item.cue,
                channel=item.channel,
            )
        )
    return quotes
