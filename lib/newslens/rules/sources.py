"""Rules for who speaks: the nouns, titles and names of speakers, organisations and documents, the words
that tell a person's gender, pronouns and the words that are never names."""

from __future__ import annotations

import re

#: A person named by age, as news names people: "the 34-year-old said", "a 17-year-old told police".
AGE_NOUN = re.compile(r"\d{1,3}-years?-olds?")

#: People and bodies that speak in the news: nouns that can head a speaker phrase in lower case.
SPEAKER_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen president minister secretary chancellor
    ambassador chief official officials authorities authority police leader leaders governor senator lawmaker
    lawmakers representative congressman congresswoman congressmen congresswomen mayor general commander aide aides
    adviser advisor advisers advisors envoy envoys diplomat diplomats analyst analysts expert experts source sources
    observer observers
    critic critics supporter supporters voter voters resident residents witness witnesses investigator
    investigators prosecutor prosecutors researcher researchers scientist scientists doctor doctors
    rescuer rescuers survivor survivors victim victims neighbour neighbours neighbor neighbors manager
    director chairman chairwoman chair ceo founder head member members staff staffer staffers
    campaign government ministry army force forces military navy office agency department committee
    council commission court company group party administration team coalition union board spokespersons
    officer officers soldier soldiers worker workers employee employees owner owners
    candidate nominee judge attorney lawyer lawyers economist economists pollster pollsters study report
    poll survey statement analysis data figures documents memo letter filing complaint lawsuit
    organization organisation institute foundation association network newspaper paper outlet journal magazine
    mother father son daughter wife husband brother sister friend family man woman people
    niece nephew aunt uncle cousin grandmother grandfather grandson granddaughter widow widower fiancee fiance
    girlfriend boyfriend
    strategist strategists consultant consultants operative operatives activist activists journalist journalists
    reporter reporters columnist columnists editor editors writer writers author authors professor professors
    teacher teachers student students parent parents narrator announcer host anchor moderator questioner
    economist scholar historian lobbyist lobbyists donor donors ally allies opponent opponents rival rivals
    delegate delegates governor-elect chairperson superintendent commissioner sheriff coroner spokesmen
    fan fans protester protesters demonstrator demonstrators citizen citizens farmer farmers owner neighbor
    insider insiders surrogate surrogates backer backers veteran veterans republican democrat whistleblower
    whistleblowers
    businessman businesswoman businessmen entrepreneur billionaire candidate official spokespeople percent
    book article piece clip ad ads video ruling document documents email emails website editorial column
    order opinion decision bill platform release transcript filing indictment verdict polls studies surveys
    host hosts coach coaches player players official's executive executives correspondent correspondents
    banker bankers dealer dealers trader traders broker brokers investor investors shareholder shareholders
    regulator regulators negotiator negotiators producer producers exporter exporters importer importers
    buyer buyers seller sellers merchant merchants
    onlooker onlookers shopkeeper shopkeepers nurse nurses singer singers actor actress striker manager
    advocates advocate legislators legislator regulators regulator relatives relative villagers locals bystanders
    eyewitnesses commentators commentator defenders proponents environmentalists unions traders shoppers
    consumers drivers pilots americans britons
    captain colleague colleagues whip campaigner campaigners protestor protestors passenger passengers
    """.split()
)


#: What documents speak as: "the report said", "police records show", "a letter signed by 300 doctors".
DOCUMENT_NOUNS = frozenset(
    """
    report reports statement statements letter letters memo memos poll polls survey surveys study studies data
    figures records record documents document analysis analyses review reviews audit audits census estimate
    estimates forecast forecasts tally tallies count research investigation inquiry filing filings complaint
    lawsuit indictment verdict ruling judgment judgement editorial article book ad ads advert video videos
    footage email emails tweet tweets post posts release transcript notice guidance minutes projections
    projection paper papers dossier leaflet manifesto bill order opinion decision platform slide slides
    assessment index statistics numbers calculations analysis tallies research tests results scans
    samples images photos photographs recordings
    """.split()
)


#: Titles written before a name ("French President Emmanuel Macron"): everything up to the last title
#: word is `speaker_title`; the capitalised words after it are the name.
TITLE_WORDS = frozenset(
    """
    president vice prime minister chancellor secretary general senator sen rep representative gov governor
    mayor judge justice chief spokesman spokeswoman spokesperson ambassador commander lt col maj capt gen
    adm sgt dr prof mr mrs ms mx sir dame lord lady king queen prince princess pope rev father sister
    speaker leader chairman chairwoman chair director ceo minister foreign defence defense interior
    finance attorney deputy acting former first lady emir sheikh ayatollah cardinal bishop officer
    archbishop rabbi imam mp mep msp mla mk kc qc cllr councillor taoiseach tanaiste chancellor
    constable inspector detective sergeant superintendent commissioner undersecretary duke duchess treasurer
    administrator baroness
    """.split()
)


#: Capitalised words that mark a speaker as an organisation or place, not a person.
ORGANISATION_WORDS = frozenset(
    """
    kremlin house council ministry department office agency committee commission union nations states
    times post news journal press network party campaign court army navy force forces police government
    administration university institute foundation association bank company corporation inc corp
    group coalition alliance organization organisation republicans democrats fbi cia nato un eu
    pentagon congress senate parliament assembly white street international uk mail telegraph guardian
    herald gazette tribune trust ltd plc llc fund society centre center service services authority
    agency institution commission federation confederation council club league
    co cos companies corporations incorporated limited holdings industries airlines airways motors bancorp
    securities partners lp ag sa nv spa gmbh bhd pty exchange reserve treasury bureau guild chamber
    partnership savings church community board embassy consulate
    """.split()
)


#: Nouns that, just before a name, say it names an organisation: "property data firm CoreLogic", "the
#: carmaker Toyota", "online retailer Zalando", "the broadcaster ZDF".
ORGANISATION_ROLES = frozenset(
    """
    firm company group carmaker automaker retailer lender insurer bank broker consultancy publisher airline
    carrier charity thinktank think-tank regulator watchdog broadcaster newspaper tabloid website outlet
    agency miner producer manufacturer supplier startup start-up conglomerate giant
    """.split()
)


#: Last words of a company's name, which may join partners' names with "and" ("Sears, Roebuck and Co").
COMPANY_SUFFIXES = frozenset("co cos corp inc ltd plc llc company companies partners associates sons brothers".split())
#: Words that end a company's full name, after which its first word alone is its short name ("Chrysler Corp"
#: ... "Chrysler said").
COMPANY_NAME_ENDS = COMPANY_SUFFIXES | frozenset(
    "corporation incorporated limited group holdings industries airlines airways motors bancorp ag sa nv spa"
    " gmbh".split()
)

#: Last words of a business's name that are common words, never a telltale elsewhere in a name: "Stanley
#: Works", "Dome Mines", "Mobil Oil", "Texas Instruments", "China Daily" (but "Samantha Power" is a person:
#: a given name first keeps a name a person's).
BUSINESS_NAME_ENDS = frozenset(
    """
    works mills mines systems technology technologies resources petroleum energy oil gas data instruments
    broadcasting stores markets foods chemicals pharmaceuticals laboratories electronics enterprises
    communications utilities properties minerals steel power daily weekly productions studios pictures
    entertainment records films chronicle examiner inquirer courier globe mirror dispatch bulletin register
    observer independent express
    """.split()
)

#: Organisations that need no telltale word, and capitals that stand for their governments ("Kyiv said").
ORGANISATION_NAMES = frozenset(
    """
    greenpeace amnesty oxfam reuters bloomberg afp hamas hezbollah taliban google apple microsoft amazon meta
    facebook twitter tesla boeing airbus toyota shell bp gazprom ofgem ofsted ofcom hmrc nhs unicef unesco
    interpol europol frontex labour conservatives tories snp plaid democrats republicans gop anc bjp cdu spd
    afd likud fidesz kyiv moscow washington beijing london paris berlin tehran brussels tokyo seoul
    pyongyang ankara jerusalem delhi islamabad kabul damascus baghdad riyadh cairo canberra ottawa westminster
    whitehall minsk warsaw taipei caracas havana budapest rome madrid athens dublin edinburgh cardiff
    holyrood stormont pretoria nairobi abuja kinshasa doha beirut amman manila jakarta hanoi bangkok
    fed imf opec ecb fda sec epa wto oecd nasa faa ftc fcc irs cdc nih
    """.split()
)


#: Words joining the parts of one name ("Ursula von der Leyen", "Secretary of State").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin", "ibn", "of", "for"}
)


#: Determiners and possessives that open a speaker phrase.
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "one"})


#: Relative pronouns that can stand for a speaker named just before them ("the police, which reported ...").
RELATIVE_PRONOUNS = frozenset({"who", "which"})


#: Titles and roles that tell a person's gender, for resolving "he" and "she".
GENDERED_WORDS = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "spokesman": "m",
    "chairman": "m", "congressman": "m", "husband": "m", "son": "m", "brother": "m", "businessman": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "mother": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "wife": "f", "daughter": "f", "sister": "f",
    "businesswoman": "f",
}  # fmt: skip


#: Countries by their common English names, and world regions: a country that speaks is its government
#: ("Brazil said", "South Korea said"), an organisation, never a person.
COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
    burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
    cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia
    fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
    kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
    monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland
    nicaragua niger nigeria norway oman pakistan palau panama paraguay peru philippines poland portugal qatar
    romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
    suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
    turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    britain america yugoslavia czechoslovakia zaire
    """.split()
) | {
    "south africa", "south korea", "north korea", "saudi arabia", "new zealand", "united states", "united kingdom",
    "sri lanka", "east timor", "ivory coast", "papua new guinea", "sierra leone", "south sudan", "czech republic",
    "dominican republic", "central african republic", "equatorial guinea", "united arab emirates", "west germany",
    "east germany", "soviet union", "cape verde", "trinidad and tobago", "puerto rico", "hong kong", "burkina faso",
    "costa rica", "el salvador",
    # regions, which no person is named for either
    "europe", "asia", "africa", "latin america", "north america", "south america", "central america",
    "middle east", "far east", "east asia", "southeast asia", "western europe", "eastern europe", "scandinavia",
}  # fmt: skip


#: Adjectives of a nationality or a region: standing alone they name a people ("The Japanese think ...",
#: "Western diplomats"), never a person.
NATIONALITIES = frozenset(
    """
    american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
    austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
    turkish russian soviet ukrainian belarusian serbian croatian bosnian albanian japanese chinese korean
    taiwanese vietnamese thai indonesian malaysian filipino philippine indian pakistani afghan bangladeshi
    iranian iraqi syrian lebanese jordanian israeli palestinian saudi kuwaiti emirati qatari egyptian libyan
    tunisian algerian moroccan nigerian kenyan ethiopian ghanaian canadian mexican cuban brazilian argentine
    argentinian chilean colombian venezuelan peruvian australian european asian african arab latin nordic
    scandinavian western eastern
    """.split()
)


#: Prefixes of surnames written with a capital inside them ("McCain", "DeSantis", "LaGuardia", "FitzGerald"):
#: other words written so are brands ("PolitiFact", "YouGov").
NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")


#: Speaker nouns that stand for more than one person, or for no person ("the board said", "the magazine
#: reported"): "he" or "she" never refers to them.
COLLECTIVE_NOUNS = frozenset("board family military team staff magazine people column piece clip percent".split())


#: Common given names that tell a person's gender, when no title or role does ("Elizabeth Warren" ... "she").
#: A name in neither list leaves the gender to the pronouns that follow the person's mentions.
FEMALE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
    ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen
    sharon cynthia kathleen amy shirley angela anna ruth brenda pamela nicole katherine catherine virginia
    christine samantha debra janet rachel carolyn emma maria heather diane julie joyce victoria kelly christina
    joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria
    teresa sara janice doris madison julia grace judy theresa beverly denise marilyn amber danielle rose
    brittany diana abigail natalie jane lori alexis tiffany kayla hillary nicola theresa angela ursula kamala
    nancy condoleezza marine ségolène giorgia annalena jacinda greta taylor beyoncé priya aisha fatima yulia
    liz priti suella kemi yvette harriet caroline penny
    """.split()
)


MALE_NAMES = frozenset(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
    frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
    walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell elijah louis bobby philip johnny barack bernie mike mitt rishi keir boris emmanuel olaf
    vladimir volodymyr dmitry sergei xi narendra recep benjamin friedrich jens nigel ed ian hamish jeremy
    viktor mohammed muhammad ahmed ali hassan omar imran steve tom jim bob dave dan matt nick tony pete greg
    jeff jon ken ron tim fred doug
    """.split()
)
#: Given names of either gender: a name that opens with one is a person's ("Samantha Power", "Anthony Dub").
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES


#: Pronouns that can be speakers, with what they may refer to.
PERSON_PRONOUNS = frozenset({"he", "she"})


GROUP_PRONOUNS = frozenset({"they", "it"})
#: Indefinite pronouns that stand as a source of their own ("Some said ...", "Others reported ...", "Another
#: wondered ..."): a group, unnamed, that no later pronoun refers back to.
INDEFINITE_SOURCES = frozenset("some others another many several few most".split())  # ("both": the two before)

#: Possessive pronouns before a noun of speech stand for their pronoun ("Contrary to his claim that ...").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


FIRST_PERSON = frozenset({"i", "we", "you"})
#: The pronouns that stand for someone the article named ("he said", "they found"), and with the first person
#: every pronoun that can be a subject.
THIRD_PERSON = PERSON_PRONOUNS | GROUP_PRONOUNS
SUBJECT_PRONOUNS = THIRD_PERSON | FIRST_PERSON


#: Capitalised words that start sentences but never names.
NOT_NAMES = frozenset(
    """
    the a an but and or so yet in on at for with after before as when while if though although because since
    this that these those there here it he she they we i you his her its their our my your one some many
    meanwhile however also still then now today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    according despite during following under over about from by into through earlier later last next
    to of off up out now not no yes what how why who where which whose whom unlike amid among without across
    against toward towards beyond within throughout along alongside behind beneath inside outside near like
    whereas lest hopefully rather perhaps clearly obviously surely indeed instead certainly fortunately
    unfortunately luckily sadly frankly honestly basically essentially ultimately actually apparently
    maybe contrary correction clarification update only even just both either neither until unless once
    """.split()
)


#: The prepositions that name a document's author or a claim's source: "a report by the NAO", "figures from the
#: Treasury", "claims from the opposition that".
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})

#: Words that tie a document to its author or source: "a report by the NAO", "a letter signed by 300 doctors",
#: "the latest report of the Finnish Board of Navigation".
DOCUMENT_LINKS = frozenset({"by", "from", "of", "signed", "published", "issued", "released", "commissioned",
                            "compiled", "written", "conducted", "carried"})  # fmt: skip
