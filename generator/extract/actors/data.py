"""General knowledge the actor extractor needs: countries, their names, demonyms and capitals.

spaCy's small model labels entities but knows nothing of what they stand for. News style names a
government by its country ("Russia"), its capital ("Moscow says ..."), its demonym ("Russian
officials") or its seat ("the Kremlin"). This table maps all of those to one canonical country so
the actor index can merge them. It is world knowledge, not fitted to any article: the country list
follows the UN members plus a few widely reported territories; capitals are the seats of
government; demonyms are the adjectives and plural nouns of the Reuters and AP style guides.

Each row of `_COUNTRY_ROWS`: canonical name | other names | demonyms | capital(s).
"""

from __future__ import annotations

_COUNTRY_ROWS = """
Afghanistan||Afghan,Afghans|Kabul
Albania||Albanian,Albanians|Tirana
Algeria||Algerian,Algerians|Algiers
Andorra||Andorran,Andorrans|Andorra la Vella
Angola||Angolan,Angolans|Luanda
Argentina||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
Armenia||Armenian,Armenians|Yerevan
Australia||Australian,Australians|Canberra
Austria||Austrian,Austrians|Vienna
Azerbaijan||Azerbaijani,Azeri,Azerbaijanis,Azeris|Baku
Bahrain||Bahraini,Bahrainis|Manama
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Belarus||Belarusian,Belarusians|Minsk
Belgium||Belgian,Belgians|Brussels
Bolivia||Bolivian,Bolivians|La Paz,Sucre
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian,Brazilians|Brasilia
Bulgaria||Bulgarian,Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Cambodia||Cambodian,Cambodians|Phnom Penh
Cameroon||Cameroonian,Cameroonians|Yaounde
Canada||Canadian,Canadians|Ottawa
Chad||Chadian,Chadians|N'Djamena
Chile||Chilean,Chileans|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian,Colombians|Bogota
Congo|Democratic Republic of Congo,Democratic Republic of the Congo,DRC|Congolese|Kinshasa
Costa Rica||Costa Rican,Costa Ricans|San Jose
Croatia||Croatian,Croatians,Croat,Croats|Zagreb
Cuba||Cuban,Cubans|Havana
Cyprus||Cypriot,Cypriots|Nicosia
Czech Republic|Czechia|Czech,Czechs|Prague
Denmark||Danish,Danes|Copenhagen
Ecuador||Ecuadorean,Ecuadorian,Ecuadoreans|Quito
Egypt||Egyptian,Egyptians|Cairo
Eritrea||Eritrean,Eritreans|Asmara
Estonia||Estonian,Estonians|Tallinn
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Finland||Finnish,Finns|Helsinki
France|French Republic|French|Paris
Georgia||Georgian,Georgians|Tbilisi
Germany||German,Germans|Berlin
Ghana||Ghanaian,Ghanaians|Accra
Greece||Greek,Greeks|Athens
Guatemala||Guatemalan,Guatemalans|Guatemala City
Haiti||Haitian,Haitians|Port-au-Prince
Honduras||Honduran,Hondurans|Tegucigalpa
Hungary||Hungarian,Hungarians|Budapest
Iceland||Icelandic,Icelanders|Reykjavik
India||Indian,Indians|New Delhi
Indonesia||Indonesian,Indonesians|Jakarta
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Ireland|Irish Republic|Irish|Dublin
Israel||Israeli,Israelis|Jerusalem
Italy||Italian,Italians|Rome
Ivory Coast|Cote d'Ivoire|Ivorian,Ivorians|Abidjan,Yamoussoukro
Jamaica||Jamaican,Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian,Jordanians|Amman
Kazakhstan||Kazakh,Kazakhs|Astana
Kenya||Kenyan,Kenyans|Nairobi
Kosovo||Kosovan,Kosovar,Kosovars|Pristina
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian,Laotians|Vientiane
Latvia||Latvian,Latvians|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan,Libyans|Tripoli
Lithuania||Lithuanian,Lithuanians|Vilnius
Luxembourg||Luxembourgish|Luxembourg City
Malaysia||Malaysian,Malaysians|Kuala Lumpur,Putrajaya
Mali||Malian,Malians|Bamako
Malta||Maltese|Valletta
Mexico||Mexican,Mexicans|Mexico City
Moldova||Moldovan,Moldovans|Chisinau
Mongolia||Mongolian,Mongolians|Ulaanbaatar
Montenegro||Montenegrin,Montenegrins|Podgorica
Morocco||Moroccan,Moroccans|Rabat
Mozambique||Mozambican,Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyitaw
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander,New Zealanders|Wellington
Nicaragua||Nicaraguan,Nicaraguans|Managua
Niger||Nigerien,Nigeriens|Niamey
Nigeria||Nigerian,Nigerians|Abuja
North Korea|Democratic People's Republic of Korea,DPRK|North Korean,North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Norway||Norwegian,Norwegians|Oslo
Oman||Omani,Omanis|Muscat
Pakistan||Pakistani,Pakistanis|Islamabad
Palestinian Territories|Palestine|Palestinian,Palestinians|Ramallah
Panama||Panamanian,Panamanians|Panama City
Paraguay||Paraguayan,Paraguayans|Asuncion
Peru||Peruvian,Peruvians|Lima
Philippines||Philippine,Filipino,Filipinos|Manila
Poland||Polish,Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari,Qataris|Doha
Romania||Romanian,Romanians|Bucharest
Russia|Russian Federation|Russian,Russians|Moscow
Rwanda||Rwandan,Rwandans|Kigali
Saudi Arabia|Saudi|Saudi Arabian,Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serbians,Serb,Serbs|Belgrade
Singapore||Singaporean,Singaporeans|
Slovakia||Slovak,Slovakian,Slovaks|Bratislava
Slovenia||Slovenian,Slovene,Slovenians|Ljubljana
Somalia||Somali,Somalis|Mogadishu
South Africa||South African,South Africans|Pretoria
South Korea|Republic of Korea|South Korean,South Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniards|Madrid
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish,Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian,Syrians|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik,Tajiks|Dushanbe
Tanzania||Tanzanian,Tanzanians|Dodoma
Thailand||Thai,Thais|Bangkok
Tunisia||Tunisian,Tunisians|Tunis
Turkey|Turkiye|Turkish,Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan,Ugandans|Kampala
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|UAE|Emirati,Emiratis|Abu Dhabi
United Kingdom|Britain,Great Britain,UK,U.K.|British,Briton,Britons|London
United States|U.S.,US,USA,U.S.A.,America,United States of America|American,Americans|Washington
Uruguay||Uruguayan,Uruguayans|Montevideo
Uzbekistan||Uzbek,Uzbeks|Tashkent
Vatican|Holy See|Vatican|Vatican City
Venezuela||Venezuelan,Venezuelans|Caracas
Vietnam||Vietnamese|Hanoi
Yemen||Yemeni,Yemenis|Sanaa
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
"""


def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in _COUNTRY_ROWS.strip().splitlines():
        country, others, adjectives, cities = (part.strip() for part in row.split("|"))
        for name in [country, *filter(None, others.split(","))]:
            names[name.lower()] = country
        for word in filter(None, adjectives.split(",")):
            demonyms[word.lower()] = country
        for city in filter(None, cities.split(",")):
            capitals[city.lower()] = country
    return names, demonyms, capitals


# lower-cased name -> canonical country ("u.s." -> "United States")
COUNTRY_NAMES, DEMONYMS, CAPITALS = _table()

# Seats of government that stand for an executive: an organization affiliated to its country.
GOVERNMENT_SEATS: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "elysee palace": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "chancellery": "Germany",
}

# Groups of countries or people named as one actor: canonical name -> forms that mean it.
GROUPS: dict[str, tuple[str, ...]] = {
    "the West": ("west", "western", "westerners", "western countries", "western powers"),
    "the Arab world": ("arab world",),
    "the international community": ("international community",),
}

# Political parties named by their members' adjective or plural noun.
PARTIES: dict[str, str] = {
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "democratic": "Democratic Party",
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "conservatives": "Conservative Party",
    "labour": "Labour Party",
    "lib dem": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
}

# Messaging and social platforms: a channel of speech ("wrote on Telegram"), not an actor, unless
# the platform itself acts (is the subject of a verb).
PLATFORMS: frozenset[str] = frozenset(
    {
        "telegram",
        "twitter",
        "x",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "whatsapp",
        "wechat",
        "weibo",
        "vkontakte",
        "vk",
        "linkedin",
        "truth social",
        "threads",
        "signal",
        "snapchat",
        "reddit",
        "bluesky",
        "mastodon",
    }
)

# Honorifics dropped when names are compared ("Mr Blair" is "Tony Blair").
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "prof.",
        "rev",
        "rev.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "col.",
        "lt.",
        "sgt.",
        "capt.",
    }
)

# Head nouns of titles a person holds. A name right after one of these ("Coach Frank Vogel",
# "Home Secretary Amber Rudd") is a person whatever the tagger said; the words before the name
# make the role. Words ending in -man, -woman, -person, -ist also count (see `is_person_title`).
PERSON_TITLES: frozenset[str] = frozenset(
    {
        "president",
        "vice",
        "premier",
        "minister",
        "secretary",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "executive",
        "director",
        "chief",
        "head",
        "leader",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "rep.",
        "gov.",
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "mp",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "aide",
        "official",
        "officer",
        "commissioner",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "judge",
        "justice",
        "attorney",
        "prosecutor",
        "lawyer",
        "counsel",
        "general",
        "commander",
        "admiral",
        "colonel",
        "captain",
        "coach",
        "manager",
        "founder",
        "owner",
        "professor",
        "economist",
        "analyst",
        "strategist",
        "editor",
        "correspondent",
        "reporter",
        "author",
        "deputy",
        "member",
        "candidate",
        "nominee",
        "speaker",
        "ruler",
        "dictator",
        "monarch",
        "sheikh",
        "ayatollah",
        "guard",
        "inspector",
        "investigator",
        "sheriff",
        "meteorologist",
        "trader",
        "banker",
        "player",
        "forward",
        "centre",
        "center",
        "striker",
        "goalkeeper",
        "runner",
        "athlete",
        "champion",
        "star",
        "actor",
        "actress",
        "singer",
        "writer",
        "teacher",
        "doctor",
        "nurse",
        "scientist",
        "researcher",
        "expert",
        "student",
        "activist",
        "campaigner",
        "organiser",
        "organizer",
        "worker",
        "employee",
        "pilot",
        "resident",
        "victim",
        "witness",
        "suspect",
        "defendant",
        "lord",
        "baroness",
        "peer",
        "dean",
        "rector",
        "principal",
        "superintendent",
        "administrator",
        "treasurer",
        "comptroller",
        "controller",
        "auditor",
        "undersecretary",
        "diplomat",
        "negotiator",
        "regulator",
        "planner",
        "spokesmen",
        "presenter",
        "host",
        "anchor",
    }
)

# Titles whose holder leads the body named with them ("Ukrainian President X" leads Ukraine).
LEADER_TITLES: frozenset[str] = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "chief executive",
        "chief executive officer",
        "head",
        "leader",
        "king",
        "queen",
        "emperor",
        "governor",
        "mayor",
        "director",
        "director general",
        "director-general",
        "secretary general",
        "secretary-general",
        "general secretary",
        "managing director",
        "president and chief executive",
        "founder",
        "owner",
        "commander",
        "captain",
        "coach",
        "ruler",
        "dictator",
        "monarch",
        "supreme leader",
        "commissioner",
        "speaker",
        "boss",
    }
)

# Titles whose holder speaks for the body named with them.
SPOKES_TITLES: frozenset[str] = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "press secretary",
        "spokespeople",
        "mouthpiece",
        "press officer",
    }
)

# Words that make a name an organization, whatever the tagger said ("Bank of Chicago").
ORG_WORDS: frozenset[str] = frozenset(
    {
        "bank",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "plc",
        "llc",
        "group",
        "ministry",
        "department",
        "agency",
        "council",
        "committee",
        "commission",
        "party",
        "union",
        "association",
        "university",
        "institute",
        "foundation",
        "fund",
        "bureau",
        "office",
        "court",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "army",
        "navy",
        "police",
        "force",
        "forces",
        "company",
        "airlines",
        "airline",
        "airways",
        "news",
        "times",
        "post",
        "service",
        "services",
        "centre",
        "center",
        "board",
        "authority",
        "federation",
        "organisation",
        "organization",
        "administration",
        "government",
        "cabinet",
        "club",
        "team",
        "holdings",
        "partners",
        "capital",
        "securities",
        "reserve",
        "exchange",
        "network",
        "church",
        "school",
        "hospital",
        "alliance",
    }
)

# Prepositions that make a place name a location rather than an actor ("in Vilnius").
LOCATIVE_PREPS: frozenset[str] = frozenset(
    {
        "in",
        "at",
        "near",
        "to",
        "from",
        "into",
        "onto",
        "inside",
        "outside",
        "across",
        "through",
        "throughout",
        "around",
        "within",
        "toward",
        "towards",
        "via",
        "between",
        "over",
        "off",
        "beyond",
        "past",
        "along",
        "under",
        "above",
        "below",
        "opposite",
        "nearby",
        "en",
        "out",
        "up",
        "down",
        "during",
    }
)

# Nouns and verbs of movement or position: a capital after "to"/"from" on one of these is a place.
# After any other head ("a message to Moscow", "help from Washington") it stands for a government.
NON_SPATIAL_TO_FROM_HEADS: frozenset[str] = frozenset(
    {
        "message",
        "letter",
        "note",
        "help",
        "aid",
        "support",
        "assistance",
        "threat",
        "warning",
        "request",
        "call",
        "appeal",
        "demand",
        "offer",
        "response",
        "reply",
        "answer",
        "signal",
        "pressure",
        "criticism",
        "objection",
        "protest",
        "complaint",
        "concession",
        "ultimatum",
        "guarantee",
        "guarantees",
        "assurance",
        "assurances",
        "loyalty",
        "allegiance",
        "challenge",
        "report",
        "say",
        "tell",
        "write",
        "send",
        "give",
        "provide",
        "deliver",
        "pledge",
        "promise",
        "supply",
        "sell",
        "lend",
        "owe",
        "apologise",
        "apologize",
        "turn",
        "defer",
        "object",
        "respond",
        "listen",
        "talk",
        "speak",
        "announce",
        "explain",
    }
)

# Head nouns that describe an organization: "BP, the biggest foreign investor" is no person when
# the apposition says "company"; used to veto a person reading.
ORG_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "group",
        "producer",
        "maker",
        "miner",
        "operator",
        "carrier",
        "giant",
        "major",
        "bank",
        "lender",
        "insurer",
        "retailer",
        "conglomerate",
        "utility",
        "airline",
        "subsidiary",
        "unit",
        "venture",
        "agency",
        "broadcaster",
        "newspaper",
        "channel",
        "network",
        "party",
        "team",
        "club",
        "charity",
        "union",
        "manufacturer",
        "supplier",
        "developer",
        "exporter",
        "importer",
        "investor",
        "fund",
        "outlet",
        "publisher",
        "organisation",
        "organization",
        "body",
        "regulator",
        "watchdog",
    }
)

# Nouns after which "of X" names a place, not an actor: "the city of Surabaya".
PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "state",
        "region",
        "county",
        "island",
        "capital",
        "district",
        "port",
        "coast",
        "area",
        "suburb",
        "borough",
        "territory",
        "republic",
        "outskirts",
    }
)
