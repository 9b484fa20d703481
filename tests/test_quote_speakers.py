"""Speaker resolution: descriptions, appositives and continuity, on invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors
from generator.extract.quotes.attribution import extract_quotes
from generator.story.model import Quote


def run(parse, paragraphs: str | list[str]) -> list[Quote]:
    parsed = parse(paragraphs)
    return extract_quotes(parsed, extract_actors(parsed))


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


# --- the person named in the subject, not the body around them ----------------------------------

NAMED_SUBJECT_CASES = [
    # a title run split by the parse into two subjects: the one next to the verb is the head
    (
        "In a letter to the board, NWRA Chair Ingrid Solberg said that the levy would rise next year.",
        "the levy would rise",
        "ingrid-solberg",
    ),
    # a name set after the role's complement is the role holder
    (
        "The Danish ambassador to Ottawa Henrik Lund wrote on Twitter he had raised the matter.",
        "he had raised the matter",
        "henrik-lund",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_SUBJECT_CASES)
def test_named_person_in_subject_speaks(parse, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(parse, text), words)
    assert quote.speaker == speaker


def test_employer_in_complement_is_not_the_speaker(parse) -> None:
    paragraphs = [
        "Prime Minister Justin Trudeau spoke in Halifax on Monday.",
        "A spokeswoman for Trudeau said the government would not back down on the carbon tax.",
    ]
    quote = quote_with(run(parse, paragraphs), "would not back down")
    assert quote.speaker is None
    assert quote.speaker_name == "spokeswoman for Trudeau"


# --- role words and the bodies people speak for ------------------------------------------------


def test_word_describing_a_role_is_no_role(parse) -> None:
    """ "The airline said" does not mean the man called "airline boss" earlier."""
    paragraphs = [
        'Airline boss Rafael Moreno flew to the coast. "My heart goes out to the families," Moreno said.',
        "The crew was experienced and the plane was serviced in March, the airline said.",
    ]
    quote = quote_with(run(parse, paragraphs), "crew was experienced")
    assert quote.speaker != "rafael-moreno"


def test_role_noun_names_the_role_holder(parse) -> None:
    paragraphs = [
        "Mayor Doug Hartley opened the bridge on Monday.",
        "The mayor said the bridge would carry 40,000 cars a day by next summer.",
    ]
    quote = quote_with(run(parse, paragraphs), "40,000 cars")
    assert quote.speaker == "doug-hartley"


def test_unnamed_spokesman_is_the_source(parse) -> None:
    """The person who speaks, not the organisation they speak for (SFU Gender Gap Tracker style)."""
    paragraphs = [
        "The engines were made by General Electric and Safran.",
        "The engines had no remote monitoring, a General Electric spokesman said.",
    ]
    quote = quote_with(run(parse, paragraphs), "no remote monitoring")
    assert quote.speaker is None
    assert quote.speaker_name == "General Electric spokesman"


def test_unnamed_source_named_again_stays_unnamed(parse) -> None:
    paragraphs = [
        "Nik Horvat and Wade Lyle were traded to Denver on Sunday.",
        "The trade was agreed late on Saturday, a person familiar with the negotiations said.",
        "The deal was done largely to get Denver under the luxury tax threshold, the person said.",
    ]
    quote = quote_with(run(parse, paragraphs), "luxury tax")
    assert quote.speaker is None
    assert quote.speaker_name == "person familiar with the negotiations"


# --- who a quote continues ---------------------------------------------------------------------


def test_pronoun_continues_the_last_speaker(parse) -> None:
    """A man mentioned in passing ("his death", "Ortega's accusers") does not take the next "he said"."""
    paragraphs = [
        "Victor Ortega died in his cell on Saturday. Ortega had been awaiting trial since July.",
        "Ortega was found by guards at dawn. He had been taken off suicide watch in late July.",
        "Samuel Brandt, who represents Ortega's accusers, said he is glad to see an inquiry into his death.",
        '"Thirty years of practicing law," he said, "have taught me there are no coincidences."',
    ]
    quote = quote_with(run(parse, paragraphs), "Thirty years")
    assert quote.speaker == "samuel-brandt"


def test_cueless_quote_follows_the_sentence_subject(parse) -> None:
    paragraphs = [
        '"We will not sign this deal," Helena Vogt said on Monday.',
        'Marcus Webb described the decision as "a disgrace". "This is a betrayal of every worker here."',
    ]
    quote = quote_with(run(parse, paragraphs), "betrayal")
    assert quote.speaker == "marcus-webb"


def test_cueless_quote_paragraph_still_continues_the_speaker(parse) -> None:
    paragraphs = [
        '"We will not sign this deal," Helena Vogt said on Monday.',
        '"Nobody in the union will accept cuts of this size, and the members know it."',
    ]
    quote = quote_with(run(parse, paragraphs), "Nobody in the union")
    assert quote.speaker == "helena-vogt"


def test_photo_credit_is_nobody_to_refer_to(parse) -> None:
    paragraphs = [
        '"Most of the guests have nowhere else to go," said researcher Amira Haddad.',
        "The city will set up three tented shelters this winter. (Lauren Pelley / CBC News)",
        '"We just need to remember that the homeless community is not all the same," she added.',
    ]
    quote = quote_with(run(parse, paragraphs), "homeless community")
    assert quote.speaker == "amira-haddad"


# --- descriptions of named people --------------------------------------------------------------

VARIATION_CASES = [
    # the speaker of the sentence before, described by a role only WordNet knows is a person
    (
        [
            'Lord Harwood said the government had too much freedom to "do whatever it likes".',
            'The former cabinet secretary said: "There is too much central control in this government."',
        ],
        "central control",
        "harwood",
    ),
    # an age used as a noun
    (
        [
            '"We played well for an hour," Manuel Ortiz said after the match.',
            '"Then we stopped running and they punished us," the 56-year-old added.',
        ],
        "stopped running",
        "ortiz",
    ),
    # the named subject of the sentence before, in the same paragraph
    (
        [
            "Lukas Brenner has four goals since Minnesota traded him to Carolina last week. "
            "The 26-year-old right wing said his new teammates keep finding him in front of the net.",
        ],
        "new teammates",
        "brenner",
    ),
    # an indefinite description named by its role in the next sentence
    (
        [
            "A hardline opposition lawmaker said the vote had been rigged from the start. "
            "Lawmaker Rosa Bartra told reporters the party would appeal.",
        ],
        "rigged",
        "bartra",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), VARIATION_CASES)
def test_description_of_a_named_person(parse, paragraphs: list[str], words: str, speaker: str) -> None:
    quote = quote_with(run(parse, paragraphs), words)
    assert quote.speaker is not None and speaker in quote.speaker


def test_role_never_given_to_anyone_stays_unnamed(parse) -> None:
    """The story's topic is not the judge just because he is the most salient man."""
    paragraphs = [
        "Walter Brisco was convicted of three assaults in 1998. He attacked a woman walking home.",
        "He later met a woman in a bar and would not let her leave his apartment.",
        'In his oral judgment, the judge said he saw no "realistic prospect of controlling the threat".',
    ]
    quote = quote_with(run(parse, paragraphs), "realistic prospect")
    assert quote.speaker is None
    assert quote.speaker_name == "the judge"


SHIFT_CASES = [
    # a new main-clause subject takes over from the last speaker
    (
        [
            '"Nobody plays fewer events than the top players," Jordan Reyes said after his round.',
            "The commissioner has the final say on any tournament rule.",
            "Poulsen told the tour he would play in Hawaii for the first time since 2013.",
            '"That would tick two boxes," he said.',
        ],
        "tick two boxes",
        "poulsen",
    ),
    # the subject of a clause inside the sentence does not
    (
        [
            "University spokesman Tom Shelby said the school received about 3,000 votes.",
            "Although Mayor Donald Kemp has often said the word, its inclusion is no political statement, "
            "he said.",
        ],
        "no political statement",
        "shelby",
    ),
    # nor does the speaker of a report inside such a clause
    (
        [
            "University spokesman Tom Shelby said the school received about 3,000 votes.",
            'Although Mayor Donald Kemp has repeatedly tweeted that there was "no collusion" and "collusion" '
            "was among the top vote-getters, its inclusion should not be read as a political statement. "
            "Rather, voters were just tired of hearing the word, he said.",
        ],
        "tired of hearing",
        "shelby",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), SHIFT_CASES)
def test_pronoun_follows_the_main_subject(parse, paragraphs: list[str], words: str, speaker: str) -> None:
    quote = quote_with(run(parse, paragraphs), words)
    assert quote.speaker is not None and speaker in quote.speaker


def test_title_abbreviation_ends_no_sentence(parse) -> None:
    paragraphs = [
        "Prosecutor Tim Lohan said investigators believe the neighbour made the call.",
        '"During that call, the operator could hear gunshots," St. Charles Police Lt. Tom Wilkes said.',
    ]
    quote = quote_with(run(parse, paragraphs), "gunshots")
    assert quote.speaker == "tom-wilkes"
    assert quote.cue == "said"


def test_many_is_no_she(parse) -> None:
    """A plural unnamed source is nobody a "she" can continue."""
    paragraphs = [
        "Many shelter users report being uninterested in housing because they cannot afford it.",
        '"We just need to remember that the homeless are not all the same," she added.',
    ]
    quote = quote_with(run(parse, paragraphs), "not all the same")
    assert quote.speaker_name != "Many"


UNNAMED_CASES = [
    ("Businesses and residents said the outages were overly broad.", "Businesses and residents"),
    (
        "A group representing rural counties said more than 450,000 people had no phone service.",
        "group representing rural counties",
    ),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED_CASES)
def test_unnamed_source_keeps_conjuncts_and_participles(parse, text: str, name: str) -> None:
    quote = run(parse, text)[0]
    assert quote.speaker is None
    assert quote.speaker_name == name


def test_body_described_by_the_noun_comes_before_the_latest(parse) -> None:
    paragraphs = [
        "Transit planners at Metrolinx, the agency that runs regional trains, drew up the Lakeshore line.",
        "Riders in Pickering Transit and Durham Region Transit buses will have to transfer.",
        "The agency said it has not studied a direct bus link.",
    ]
    quote = quote_with(run(parse, paragraphs), "direct bus link")
    assert quote.speaker == "metrolinx"


def test_title_of_a_neighbour_gives_no_gender(parse) -> None:
    paragraphs = [
        "President Daniel Roche and Queen Elizabeth will attend a formal banquet next year.",
        'Roche hit back on Thursday. "Focus on your own country, we are doing just fine," he tweeted.',
    ]
    quote = quote_with(run(parse, paragraphs), "doing just fine")
    assert quote.speaker == "daniel-roche"


def test_they_continue_an_unnamed_group(parse) -> None:
    paragraphs = [
        "Police in Edmonton arrested a man on Sunday after a chase through the city.",
        "Authorities said the woman stabbed the driver seven times. They said her injuries were not serious.",
    ]
    quote = quote_with(run(parse, paragraphs), "injuries were not serious")
    assert quote.speaker is None
    assert quote.speaker_name == "Authorities"


def test_he_continues_an_unnamed_source(parse) -> None:
    paragraphs = [
        "Airline chief Rafael Moreno flew to the coast on Monday to meet the families.",
        "Investigators are looking at the weather, said a source close to the probe. "
        "He cautioned that the investigation was at an early stage.",
    ]
    quote = quote_with(run(parse, paragraphs), "early stage")
    assert quote.speaker is None
    assert quote.speaker_name == "source close to the probe"


def test_family_name_first_is_the_person(parse) -> None:
    paragraphs = [
        "Chinese Vice-President Wang Qishan took aim at the U.S. in comments at the forum in Davos.",
        "Wang said China still has enormous market potential despite its recent slowdown.",
    ]
    quote = quote_with(run(parse, paragraphs), "market potential")
    assert quote.speaker == "wang-qishan"


def test_pronoun_in_the_object_gives_no_gender(parse) -> None:
    """ "Roche took her hand": "her" is someone else, so Roche is not taken for a woman."""
    paragraphs = [
        "President Daniel Roche took her hand in a gentlemanly gesture as they walked down a ramp.",
        'Roche hit back on Thursday. "Focus on your own country, we are doing just fine," he tweeted.',
    ]
    quote = quote_with(run(parse, paragraphs), "doing just fine")
    assert quote.speaker == "daniel-roche"


def test_description_opening_a_paragraph_means_the_subject_before(parse) -> None:
    paragraphs = [
        "Margaret Holloway tried to delay the new exams because she feared lower standards, files show.",
        "In comments likely to please her party, the then prime minister said the system could be abused.",
    ]
    quote = quote_with(run(parse, paragraphs), "could be abused")
    assert quote.speaker == "margaret-holloway"


def test_next_sentence_reporting_its_own_clause_is_no_cue(parse) -> None:
    paragraphs = [
        'Sports psychologist Hugh Rickard met the team. "You can\'t change history," said Liz Yelland. '
        '"When you finish a marathon you are still very fit." '
        "Rickard also points out that conditions in New York will be cooler.",
    ]
    quote = quote_with(run(parse, paragraphs), "still very fit")
    assert quote.speaker == "liz-yelland"
