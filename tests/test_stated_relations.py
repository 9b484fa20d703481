"""Relations stated by titles read from the words, by relation verbs and by "for" a team."""

from __future__ import annotations

import pytest
from helpers import relation_triples as triples

from generator.extract.actors import ActorIndex, Mention, extract_actors
from generator.extract.relations import extract_relations
from generator.story.model import Actor, Quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ostrava Energy Board (OEB) met on Monday. OEB President Hana Kral said prices would rise.",
            ("hana-kral", "leads", "ostrava-energy-board"),
        ),
        (
            "The Boston Comets lost again. Comets assistant coach Ray Mendez has served as a mentor.",
            ("ray-mendez", "member-of", "boston-comets"),
        ),
        (
            "Northwind Power's chief meteorologist Lars Ek said winds would rise.",
            ("lars-ek", "member-of", "northwind-power"),
        ),
        ("The mayor of Tampere, Liisa Koski, visited the families.", ("liisa-koski", "leads", "tampere")),
        ("Madrid's mayor, Elena Ruiz, said the metro would reopen.", ("elena-ruiz", "leads", "madrid")),
        (
            "“We hope to reach an agreement,” said Peter Holm, who represents Nina Berg.",
            ("peter-holm", "speaks-for", "nina-berg"),
        ),
        ("Anna Lind heads the Swedish Tax Agency.", ("anna-lind", "leads", "swedish-tax-agency")),
        (
            "Marco Testa had 12 points and nine rebounds for the Denver Nuggets.",
            ("marco-testa", "member-of", "denver-nuggets"),
        ),
        (
            "The Denver Nuggets won. Marco Testa scored the winning basket for the Nuggets.",
            ("marco-testa", "member-of", "denver-nuggets"),
        ),
    ],
)
def test_stated_relation(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of fans voted for the Denver Nuggets in the poll.",  # voting for is no membership
        "Mark Lee would join Greenpeace if asked.",  # hypothetical
        "Mark Lee does not represent Greenpeace.",  # negated
        "British ambassador to Norway Kim Dale met the king.",  # the host country is no membership
    ],
)
def test_no_relation_without_a_statement(parse, text):
    found = triples(parse, text)
    assert not any(
        kind == "member-of" and target in {"denver-nuggets", "greenpeace", "norway"}
        for _, kind, target in found
    ), found
    assert not any(kind == "speaks-for" and target == "greenpeace" for _, kind, target in found)


def test_a_role_toward_a_counterpart_is_no_membership(parse):
    found = triples(
        parse, "Gordon Sondland, the U.S. ambassador to the European Union, testified on Tuesday."
    )
    assert ("gordon-sondland", "member-of", "european-union") not in found
    assert ("gordon-sondland", "member-of", "united-states") in found


def test_a_nominee_is_no_member_of_the_office_sought(parse):
    found = triples(parse, "Presumptive Democratic White House nominee Joe Biden called for the release.")
    assert not any(source == "joe-biden" and target == "white-house" for source, _, target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head of the coastal rescue service, Sarah Collins, said the search would go on.",
            ("sarah-collins", "leads", "coastal-rescue-service"),
        ),
        (
            "There were 40 vacancies, said Tom Reed, local president of the nurses' union.",
            ("tom-reed", "leads", "nurses-union"),
        ),
    ],
)
def test_a_body_named_in_common_nouns_becomes_an_actor(parse, text, expected):
    assert expected in triples(parse, text)


def test_a_vague_body_is_no_actor(parse):
    parsed = parse("The head of the agency, Ana Prado, said the search would go on.")
    assert [a.name for a in extract_actors(parsed).actors if a.kind == "organization"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Denver Nuggets beat the Boston Celtics on Friday.",
            ("denver-nuggets", "opposes", "boston-celtics"),
        ),
        (
            "The Los Angeles Lakers won again. Davis scored 34 points during the Lakers’ fifth straight "
            "victory, 112-107 over the Denver Nuggets on Tuesday night.",
            ("los-angeles-lakers", "opposes", "denver-nuggets"),
        ),
    ],
)
def test_sides_of_a_contest_oppose_each_other(parse, text, expected):
    assert expected in triples(parse, text)


def test_a_contest_denied_is_no_relation(parse):
    found = triples(parse, "The Denver Nuggets did not beat the Boston Celtics on Friday.")
    assert not any(kind == "opposes" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a notes paragraph headed by the team
            [
                "The Denver Nuggets beat the Boston Celtics on Friday.",
                "Nuggets: Ray Mendez left the game with a sprained ankle.",
            ],
            {("ray-mendez", "member-of", "denver-nuggets")},
        ),
        (  # a statistic in the team's game
            "The Denver Nuggets won again. Marco Testa scored 31 points in the Nuggets' third straight win.",
            {("marco-testa", "member-of", "denver-nuggets")},
        ),
        (  # the other scorers of a one-team paragraph
            "Ray Mendez scored 20 points for the Boston Comets. "
            "Tim Oduya added 14 points, and Leo Brandt had 11.",
            {
                ("ray-mendez", "member-of", "boston-comets"),
                ("tim-oduya", "member-of", "boston-comets"),
                ("leo-brandt", "member-of", "boston-comets"),
            },
        ),
        (  # a statistic noun without a number, the verb in an infinitive
            "The Denver Nuggets won. "
            "Ray Mendez finished with a flourish to post a triple-double for the Nuggets.",
            {("ray-mendez", "member-of", "denver-nuggets")},
        ),
        (  # both teams in the paragraph, one in the sentence
            "The Boston Comets beat the Denver Nuggets. After Danny Green got a key rebound for the Denver "
            "Nuggets, Kevin Pope drilled a 3-pointer. Tim Dunn then missed two free throws for the Comets.",
            {("kevin-pope", "member-of", "denver-nuggets")},
        ),
    ],
)
def test_rosters_of_sport_reports(parse, paragraphs, expected):
    assert expected <= triples(parse, paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "outsider"),
    [
        (  # two teams in the paragraph: the second scorer may play for either
            "Ray Mendez scored 20 points for the Boston Comets against the Denver Nuggets. "
            "Leo Brandt added 11 points.",
            "leo-brandt",
        ),
        (  # an employee is no player: nobody joins his employer by scoring
            "Anna Berg works for the Ostrava Energy Board. Tom Reed had 15.",
            "tom-reed",
        ),
        (  # a label that names no team
            ["The Boston Comets won.", "Injuries: Leo Brandt left the game with a sprained ankle."],
            "leo-brandt",
        ),
    ],
)
def test_no_roster_without_a_team_stated(parse, paragraphs, outsider):
    assert not any(
        source == outsider and kind == "member-of" for source, kind, _ in triples(parse, paragraphs)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ownership in the passive, on a participle the parser hangs on the main verb
            "The engines were made by CFM International, co-owned by General Electric and Safran.",
            {
                ("general-electric", "related", "cfm-international"),
                ("safran", "related", "cfm-international"),
            },
        ),
        (
            "Nina Berg, who is represented by Peter Holm, declined to comment.",
            {("peter-holm", "speaks-for", "nina-berg")},
        ),
        ("Analysts at the Munich-based Siemens were cautious.", {("siemens", "related", "munich")}),
        ("The new airline is owned by Malaysia-based carrier AirAsia.", {("airasia", "related", "malaysia")}),
        (
            "Rolls-Royce of Britain won the contract.",
            {("rolls-royce", "related", "united-kingdom")},
        ),
        (
            "“Rates will stay low,” said Bob Lang of Security Pacific National Bank.",
            {("bob-lang", "member-of", "security-pacific-national-bank")},
        ),
        (
            "Brookings Institution's Sarah Chen said the talks had failed.",
            {("sarah-chen", "member-of", "brookings-institution")},
        ),
    ],
)
def test_ties_stated_in_a_name_phrase(parse, text, expected):
    assert expected <= triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Garuda Indonesia is 49 percent owned by Malaysia-based carrier AirAsia.",  # a longer name
        "The Bank of England raised rates on Thursday.",  # one name, not a body of a country
        "Ivan Kulakov spoke for Highland Gold, whose motto is Bringing Russia's Gold to Market.",
    ],
)
def test_no_tie_to_part_of_a_name(parse, text):
    found = triples(parse, text)
    assert not any(
        target in {"indonesia", "england", "united-kingdom", "russia"} for _, _, target in found
    ), found


def test_a_role_naming_a_kind_of_body_means_the_main_organization(parse):
    text = [
        "Northwind Energy cut power to 40,000 homes on Monday.",
        "Northwind Energy said the winds would ease. Regulators have criticised Northwind Energy before.",
        "The cuts were needed, company CEO Maria Holt said.",
    ]
    assert ("maria-holt", "leads", "northwind-energy") in triples(parse, text)


def test_no_main_organization_when_two_share_the_story(parse):
    text = [
        "Northwind Energy and Eastgate Power cut power to 40,000 homes on Monday.",
        "Northwind Energy and Eastgate Power said the winds would ease.",
        "The cuts were needed, company CEO Maria Holt said.",
    ]
    assert not any(source == "maria-holt" for source, _, _ in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greenpeace welcomed Germany's decision to close the mine.",
            ("greenpeace", "supports", "germany"),
        ),
        (
            "Amnesty International condemned the raid by Hamas on Tuesday.",
            ("amnesty-international", "criticizes", "hamas"),
        ),
        (  # the one person whose title the noun is
            "U.S. President Donald Trump posted the videos. The White House defended the posts by the "
            "Republican president.",
            ("white-house", "supports", "donald-trump"),
        ),
    ],
)
def test_a_stance_toward_a_deed_is_toward_its_doer(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany backed the Kremlin's critics.",  # people, not a deed of the Kremlin
        # two presidents: "the president" names neither
        "U.S. President Donald Trump met French President Emmanuel Macron. Germany praised the president.",
    ],
)
def test_no_stance_toward_a_possessor_or_an_unclear_title(parse, text):
    found = triples(parse, text)
    assert not any(kind == "supports" for _, kind, _ in found), found


def test_speaking_on_behalf_of_a_body(parse):
    assert ("kim-lee", "speaks-for", "greenpeace") in triples(parse, "Kim Lee spoke on behalf of Greenpeace.")


def test_a_quote_on_behalf_of_a_body(parse):
    paragraph = "“My heart is heavy,” Tony Berg tweeted. “On behalf of Nordair, my condolences to all.”"
    assert not any(kind == "speaks-for" for _, kind, _ in triples(parse, paragraph))  # no speaker known
    quote = Quote(
        id="q1",
        speaker="tony-berg",
        speaker_name="Tony Berg",
        text="On behalf of Nordair, my condolences to all.",
        kind="direct",
        paragraph=1,
    )
    assert ("tony-berg", "speaks-for", "nordair") in triples(parse, paragraph, [quote])


@pytest.mark.parametrize(
    "text",
    [
        "The Denver Nuggets won. Marco Testa is leading the NBA with 11.1 assists per game.",
        "Senator Maria Ortiz leads Tom Baker in the latest poll.",
    ],
)
def test_leading_a_ranking_is_no_leadership(parse, text):
    assert not any(kind == "leads" for _, kind, _ in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors said Lena Voss and Omar Haddad, assigned to the night shift at the Brooklyn "
            "Detention Center, fell asleep.",
            {
                ("lena-voss", "member-of", "brooklyn-detention-center"),
                ("omar-haddad", "member-of", "brooklyn-detention-center"),
            },
        ),
        (
            "Dr Anna Holt works at the Karolinska Institute.",
            {("anna-holt", "member-of", "karolinska-institute")},
        ),
        ("Maria Ortiz was with the Red Cross in Geneva.", {("maria-ortiz", "member-of", "red-cross")}),
        ("Tim Dunn signed with the Houston Rockets in July.", {("tim-dunn", "member-of", "houston-rockets")}),
    ],
)
def test_membership_stated_by_a_verb_and_its_preposition(parse, text, expected):
    assert expected <= triples(parse, text)


def test_meeting_someone_at_a_body_is_no_membership(parse):
    found = triples(parse, "Maria Ortiz met Tom Baker at the European Commission.")
    assert not any(kind == "member-of" for _, kind, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She added that Britain had a long-term, enduring relationship with the United States.",
            ("united-kingdom", "related", "united-states"),
        ),
        ("BP has a partnership with state-owned Rosneft.", ("bp", "related", "rosneft")),
        (
            "Russia and China signed a trade deal on Monday. Ties between Russia and China have deepened.",
            ("russia", "related", "china"),
        ),
    ],
)
def test_a_tie_noun_between_two_parties(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    ["Qatar cut ties with Egypt in 2017.", "Germany does not have a partnership with Iran."],
)
def test_a_tie_cut_or_denied_is_no_relation(parse, text):
    assert not any(kind == "related" for _, kind, _ in triples(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dennis Holm got a technical foul in the third quarter for confronting Anthony Davis.",
            ("dennis-holm", "opposes", "anthony-davis"),
        ),
        ("Greenpeace sued Shell in a Dutch court.", ("greenpeace", "opposes", "shell")),
    ],
)
def test_verbs_of_confronting_and_suing_oppose(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chris Paul did not clash with Rajon Rondo on Tuesday.",
        "Chris Paul didn't appear to clash with Rajon Rondo on Tuesday.",
        "Germany does not support Poland.",
        "Germany is not opposed to NATO.",
    ],
)
def test_a_denied_stance_is_no_relation(parse, text):
    assert not any(kind in {"opposes", "supports"} for _, kind, _ in triples(parse, text))


def test_a_title_naming_a_one_word_body_leads_it(parse):
    found = triples(parse, "SpaceX President Gwynne Shotwell said the launch went well.")
    assert ("gwynne-shotwell", "leads", "spacex") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The criticism of Trump from Brendan Cox was harsh.", ("brendan-cox", "criticizes", "trump")),
        (
            "Greenpeace issued a statement. Greenpeace's condemnation of Shell was swift.",
            ("greenpeace", "criticizes", "shell"),
        ),
    ],
)
def test_the_agent_of_a_stance_noun(parse, text, expected):
    assert expected in triples(parse, text)


@pytest.mark.parametrize(("possessed", "related"), [("MacBook Pro", False), ("Sarah Chen", True)])
def test_a_possessed_name_is_a_person_only_with_a_known_first_name(parse, possessed, related):
    """The tagger may type a product as a person: only a known first name makes it one."""
    text = f"Sales rose after Apple's {possessed} arrived."
    parsed = parse(text)
    start = text.index(possessed)
    index = ActorIndex(
        actors=[Actor("apple", "Apple", "organization"), Actor("thing", possessed, "person")],
        mentions=[
            Mention(12, 17, "apple", "Apple"),
            Mention(start, start + len(possessed), "thing", possessed),
        ],
    )
    found = {(r.source, r.target) for r in extract_relations(parsed, index, [])}
    assert (("thing", "apple") in found) is related


def test_a_gathering_is_no_main_organization(parse):
    text = [
        "The Nordic Developers Conference opened. The Nordic Developers Conference drew 5,000 people.",
        "Visitors praised the Nordic Developers Conference. Company CEO Maria Holt unveiled a phone there.",
    ]
    assert not any(source == "maria-holt" for source, _, _ in triples(parse, text))
