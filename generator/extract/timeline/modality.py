"""Whether a dated clause tells something that happened (or is scheduled), or only might.

A timeline shows facts. English marks the unreal on the verb and its clause (Quirk et al. 1985,
§4.53–4.63 on modals, §14.15 on conditional clauses):
- a modal of possibility on the dated verb: "could announce cuts in March", "would meet in
  January" (the future seen from the past is not yet a fact either);
- a condition: "if Congress passes the bill on Friday";
- a present-tense temporal clause, which refers to the future: "once the court rules next week",
  "the day Kuczynski signs a pardon" (a past tense there is a fact: "when the plane crashed in 2014").
And a past tense cannot be dated after the publication: "said on Thursday" read as next Thursday is
a misreading, so such an event is dropped rather than shown on the wrong day.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Modals that make a clause possible, not real ("will" and "should" state expectations news
# timelines keep: "the weather should ease on Thursday").
UNREAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "may", "'d"})
# Subordinators of a condition, whatever the tense.
CONDITIONS: frozenset[str] = frozenset({"if", "unless", "whether", "lest"})
# Subordinators (and temporal nouns heading an adverbial clause) that point ahead with a present tense.
TEMPORAL_OPENERS: frozenset[str] = frozenset(
    {"when", "once", "until", "till", "before", "after", "as soon as", "whenever", "day", "moment", "time"}
)
PRESENT_TAGS: frozenset[str] = frozenset({"VBZ", "VBP"})
PAST_TAGS: frozenset[str] = frozenset({"VBD"})
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "had", "'ve", "'s"})


def conjunct_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated under ("could meet and sign" → sign, meet)."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def is_unreal(verb: Token) -> bool:
    """Whether the dated verb is hypothetical: a modal of possibility, a condition, a future clause."""
    for token in conjunct_chain(verb):
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & UNREAL_MODALS:
            return True
        openers = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod", "npadvmod")}
        openers |= {c.lemma_.lower() for c in token.children if c.dep_ == "npadvmod"}
        if openers & CONDITIONS:
            return True
        clause = token.dep_ in ("advcl", "relcl")
        if clause and token.tag_ in PRESENT_TAGS and (openers & TEMPORAL_OPENERS or head_is_time(token)):
            return True
    return False


def in_unreal_clause(verb: Token) -> bool:
    """Whether the dated verb, or a verb of the clause it is part of, is hypothetical.

    "The blackout would be the latest in a series of outages, including one last month": the date
    hangs on "including", the clause on "would be". The climb stops at a reported or relative
    clause, whose own modality is its own ("said on Monday it would ...").
    """
    token = verb
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and is_unreal(token):
            return True
        if token.dep_ in ("ccomp", "relcl", "parataxis", "ROOT") or token.head.i == token.i:
            return False
        token = token.head
    return False


def is_state(verb: Token) -> bool:
    """A present-tense "be" with a complement is a state, not an event: "the tweets are alarming"."""
    complement = any(c.dep_ in ("acomp", "attr") for c in verb.children)
    return verb.lemma_ == "be" and verb.tag_ in PRESENT_TAGS and complement


def head_is_time(verb: Token) -> bool:
    """A relative clause on a time noun: "the day [Kuczynski signs a pardon]"."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in TEMPORAL_OPENERS


def is_past(verb: Token) -> bool:
    """A simple past or a perfect: "said", "had told", "has resigned"."""
    if verb.tag_ in PAST_TAGS:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in {"will", "would", "shall", "'ll", "wo", "to"} for a in auxiliaries):
        return False
    if verb.tag_ == "VBN" and any(a.lower_ in PERFECT_AUXILIARIES for a in auxiliaries):
        return True
    return any(a.tag_ in PAST_TAGS for a in auxiliaries) and verb.tag_ in {"VBN", "VBG"}


def after_publication(day: str, published: str | None) -> bool:
    """Whether an ISO date (day, month or year) lies wholly after the publication date."""
    if not published:
        return False
    return day > published[: len(day)]


# Words that make "since X" a comparison ("the first time since 1905", "the highest since 2008"):
# X is the last time something was so, not a happening of its own. A negation is no comparison:
# "hasn't rained since mid-September" tells when it last rained.
COMPARING_WORDS: frozenset[str] = frozenset({"first", "only", "ever"})


def is_comparison(time: Span) -> bool:
    """Whether a "since" date measures a record rather than dating an event."""
    doc = time.doc
    if time.start == 0 or doc[time.start - 1].lower_ != "since":
        return False
    clause = doc[time.start - 1].head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    scope = own_words(clause)
    if clause.dep_ == "relcl":
        scope += [clause.head, *clause.head.children]
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in COMPARING_WORDS for t in scope)


# Dependencies that open another clause or an aside, whose words are not this clause's.
OTHER_CLAUSES: frozenset[str] = frozenset(
    {"appos", "relcl", "ccomp", "advcl", "parataxis", "dep", "conj", "npadvmod"}
)


def own_words(clause: Token) -> list[Token]:
    """The words of a clause without the clauses and asides it governs."""
    words, stack = [], [clause]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.dep_ not in OTHER_CLAUSES)
    return words
