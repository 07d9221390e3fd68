"""Rules for figures: number, scale, rank, fraction and vague words, qualifiers, currencies, units,
percent words, and the words that end a counted noun phrase."""

from __future__ import annotations

from .articles import MONTHS

#: Number words and their values; scale words multiply what comes before them.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12, "mln": 1e6, "bln": 1e9, "tln": 1e12,
               "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip
#: Scale words written glued to the number ("5bn", "200m"); the rest stand on their own ("5 million").
SCALE_SUFFIXES = frozenset({"m", "k", "bn", "mn", "tn"})
#: After a number with the suffix "m" and no currency, these make it metres, not millions: "the 200m race",
#: "a 17m wall", "a drop of 30m". (A plural noun after it counts millions: "5m people".)
METRE_NEXT = frozenset(
    """
    race sprint hurdles freestyle backstroke breaststroke butterfly relay final dash wall tower fence high tall
    long deep wide away drop fall cliff high-rise above below under underground deep-sea
    """.split()
)
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fifteenth": 15, "twentieth": 20,
    "hundredth": 100,
}  # fmt: skip
#: The denominators of the fractions wire copy writes prices and rates in: "6-1/8 pct", "151-1/2", "up 3/4".
#: (Others are no fractions there: "9/11", "24/7", "2001/02".)
WIRE_FRACTION = r"(?<![\d/])(?:\d+-)?\d{1,2}/(?:64|32|16|2|4|8)(?![\d/])"
#: Words of a change before the amount changed: in "rose 1/2 to 35-3/8" the number after "to" is the level
#: reached, not the top of a range.
CHANGE_WORDS = frozenset(
    """
    up down rose rise rises risen fell fall falls fallen climbed climbs gained gains lost loses dropped drops
    slipped slips jumped jumps declined declines eased eases added adds firmed advanced advances retreated
    slumped soared surged tumbled plunged edged dipped shed
    """.split()
)
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 2 / 3, "quarters": 0.75, "fifth": 0.2}
#: After "a third", "a quarter", "a fifth", the words that make it a fraction, not a rank before its noun:
#: "a third of voters", "rose by nearly a fifth over two years", "down a quarter since May" (but "a fifth term").
FRACTION_FOLLOWERS = frozenset("of over in on at to for from since during than compared".split())
#: Vague quantities: no value, the word is the `approx`.
VAGUE_WORDS = frozenset({"several", "few", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
                         "handful", "couple", "double-digit"})  # fmt: skip
#: Qualifiers before a number (longest first when matching) and after it.
APPROX_BEFORE = (
    "at least", "more than", "less than", "fewer than", "up to", "as many as", "as few as", "as much as",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "close to",
    "just over", "just under", "well over", "upwards of", "an estimated", "at most", "no more than", "no fewer than",
    "mid", "early", "late",
)  # fmt: skip
APPROX_AFTER = ("or more", "or less", "or so", "plus")
#: Prepositions that attach a place or body to a role: "mayor of Kyiv", "spokesman for the Kremlin".
ROLE_PREPOSITIONS = frozenset({"of", "for", "in", "from", "at", "to"})
#: Capitalised only because they open a sentence: "Later 21 people ..." is a figure, not a name like "Boeing 737".
SENTENCE_OPENERS = frozenset(
    "later earlier overnight yesterday today tonight meanwhile now then since still only another also so thus "
    "altogether together instead again once finally eventually initially officially reportedly".split()
)
#: The labels of a wire earnings table, capitalised where a line opens ("Shr 1.05 dlrs vs 90 cts", "Revs 11.2
#: mln vs 10.1 mln"): a number after one is a figure, not part of a name ("Boeing 737").
WIRE_TABLE_LABELS = frozenset("shr shrs revs net oper avg sales qtr mths".split())
#: Plural nouns a year is the period of, not the count: "1987 earnings", "1986 results", "1988 exports".
PERIOD_NOUNS = frozenset(
    """
    earnings results sales profits revenues exports imports figures accounts forecasts estimates elections
    levels totals prices rates
    """.split()
)
#: Words that end the noun phrase a number counts ("40 drones [fired]", "23 people [in] ..."): verbs, auxiliaries,
#: prepositions and adverbs of time and place.
NOT_IN_UNIT = frozenset(
    """
    is are was were be been being has have had do does did will would could should may might must can said says
    told including include includes killed died injured wounded fired hit launched left remained according
    while who which that when where after before since during on at in into from by with for to as than but or
    against across over under per each away out up down back off home there here again too also now then
    yesterday today tonight earlier later ago
    """.split()
)
#: Words ending in -s that are not plurals, and plurals that do not end in -s: a counted noun phrase ends at
#: its plural noun ("40 drones flew" counts "drones").
NOT_PLURAL = frozenset("news series species politics economics physics means headquarters whereabouts".split())
PLURAL_NOUNS = frozenset("people children men women".split())
#: Currencies: symbols and words, with their ISO codes.
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR"}
#: Letters glued before "$" that say which dollar: "A$458m", "HK$30,000".
DOLLAR_PREFIXES = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "US": "USD",
                   "S": "SGD", "NT": "TWD", "R": "BRL", "Z": "ZWL"}  # fmt: skip
#: Currency codes and abbreviations written before a number: "Rs 5 crore", "USD 3m", "SEK 9.5bn".
CURRENCY_BEFORE = {
    "Rs": "INR", "Rs.": "INR", "INR": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY",
    "RMB": "CNY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD",
    "NZD": "NZD", "SGD": "SGD", "ZAR": "ZAR", "Sh": "KES", "KSh": "KES", "R": "ZAR", "Tk": "BDT",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "cent": "USD", "cents": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "pence": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY",
    "peso": "MXN", "pesos": "MXN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "rupee": "INR", "rupees": "INR",
    "krona": "SEK", "kronor": "SEK", "kroner": "NOK", "krone": "NOK", "franc": "CHF", "francs": "CHF",
    "rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "riyal": "SAR", "riyals": "SAR",
    "dirham": "AED", "dirhams": "AED", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "ringgit": "MYR", "baht": "THB", "dlrs": "USD", "dlr": "USD", "cts": "USD", "stg": "GBP",
    # the currencies the euro replaced, in archives before 2002
    "lire": "ITL", "marks": "DEM", "guilder": "NLG", "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP",
    "escudos": "PTE", "drachmas": "GRD", "schillings": "ATS", "punts": "IEP", "cruzados": "BRC",
}  # fmt: skip
#: A currency word after a nationality names that nation's currency ("10,000 Canadian dlrs" are CAD,
#: "French francs" FRF): (adjective, the word's own code) -> code.
NATIONAL_CURRENCIES = {
    ("canadian", "USD"): "CAD", ("australian", "USD"): "AUD", ("new zealand", "USD"): "NZD",
    ("hong kong", "USD"): "HKD", ("singapore", "USD"): "SGD", ("taiwan", "USD"): "TWD", ("u.s.", "USD"): "USD",
    ("french", "CHF"): "FRF", ("belgian", "CHF"): "BEF", ("swiss", "CHF"): "CHF", ("luxembourg", "CHF"): "LUF",
    ("west german", "DEM"): "DEM", ("german", "DEM"): "DEM", ("finnish", "DEM"): "FIM",
    ("mexican", "MXN"): "MXN", ("philippine", "MXN"): "PHP", ("chilean", "MXN"): "CLP",
    ("argentine", "MXN"): "ARS", ("colombian", "MXN"): "COP", ("italian", "TRY"): "ITL", ("turkish", "TRY"): "TRY",
    ("swedish", "SEK"): "SEK", ("danish", "NOK"): "DKK", ("norwegian", "NOK"): "NOK", ("irish", "GBP"): "IEP",
    ("egyptian", "GBP"): "EGP", ("pakistani", "INR"): "PKR", ("sri lankan", "INR"): "LKR",
}  # fmt: skip
#: Currency words that name a hundredth of the unit: "45 cts" is $0.45.
HUNDREDTHS = frozenset({"cent", "cents", "cts", "pence", "penny"})
#: "Pounds" are money, not weight, near these words: "40,000 pounds in donations", "fined 500 pounds".
MONEY_CONTEXT = frozenset(
    """
    cost costs costing paid pay pays paying raised raise raising fined fine fines worth donated donation
    donations prize salary salaries budget spent spend spending sold bought price prices funding grant grants
    loan loans debt debts fee fees compensation wage wages bonus earned earn earns profit profits revenue
    """.split()
)
#: Nouns that make a number a measure (durations, ages, distances, weights, areas, storeys).
MEASURE_UNITS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries year-old years-old storey storeys story stories floor floors mile miles km kilometre
    kilometres kilometer kilometers metre metres meter meters foot feet inch inches yard yards acre acres hectare
    hectares centimetre centimetres centimeter centimeters millimetre millimetres magnitude tonne tonnes ton
    tons kg kilogram kilograms kilo kilos gram grams pound pounds ounce ounces litre
    litres liter liters gallon gallons barrel barrels degree degrees mph km/h square cubic oz pint pints quart
    quarts cup cups tsp tbsp teaspoon teaspoons tablespoon tablespoons scoop scoops
    """.split()
)
PERCENT_WORDS = ("percent", "per cent", "percentage points", "percentage point", "points", "point", "%", "pct")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: After a four-digit number, these make it a 24-hour time: "1200 GMT", "0600 local time", "1930 hours".
TIME_ZONES = frozenset({"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "msk", "eet",
                        "eest", "jst", "aest", "hours", "hrs", "local", "zulu"})  # fmt: skip
#: Words after "first"/"second" that make an idiom or a title, not a rank.
NOT_ORDINAL_NEXT = frozenset({"lady", "thing", "things", "hand", "place", "person", "amendment", "aid", "glance",
                              "sight", "rate", "class", "order", "hour", "party"})  # fmt: skip
NOT_ORDINAL_BEFORE = frozenset({"at"})  # "at first"
#: Words after a number that show it is not a quantity ("one of the deadliest", pronoun "one").
NOT_COUNT_NEXT = frozenset({"of", "another", "who", "that", "which", "is", "was", "has", "had", "would", "could",
                            "can", "should", "must", "will", "day", "thing", "sort", "way", "hand"})  # fmt: skip
#: Multiplicatives: "twice" -> 2 times.
MULTIPLICATIVES = {"twice": 2, "thrice": 3}
#: Words a figure can start with (`figures.quantities` tries its rules at these tokens only, and at numbers,
#: clock times and currency signs): number, scale, rank, fraction, vague and multiplying words, months,
#: weekdays and the words that open a vague quantity or a fraction after "a".
FIGURE_OPENERS = (
    frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(ORDINAL_WORDS) | frozenset(FRACTION_WORDS)
    | VAGUE_WORDS | frozenset(MULTIPLICATIVES) | frozenset(MONTHS) | WEEKDAYS | {d + "s" for d in WEEKDAYS}
    | frozenset({"tens", "half", "thirds", "quarters", "fifths", "dozen"})
)  # fmt: skip
