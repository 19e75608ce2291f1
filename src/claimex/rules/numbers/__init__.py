"""Find the figures in English news text: counts, percentages, money, fractions, durations.

``find_quantities(text)`` returns every figure in ``text`` as a :class:`Quantity`, left to
right and non-overlapping, with its character span, its bounds (``low``/``high``), a
qualifier, a unit and a kind. ``parse_number`` reads one number expression on its own.
Both are pure functions of a ``str`` and never raise.

>>> def show(text):
...     return [(q.text, q.low, q.high, q.unit) for q in find_quantities(text)]
>>> show("It raised US$48.25m and RM14.20")
[('US$48.25m', 48250000.0, 48250000.0, 'USD'), ('RM14.20', 14.2, 14.2, 'MYR')]
>>> show("N2bn for 48m subscribers")
[('N2bn', 2000000000.0, 2000000000.0, 'NGN'), ('48m', 48000000.0, 48000000.0, None)]
>>> show("12k members at minus-40 degrees")
[('12k', 12000.0, 12000.0, None), ('minus-40 degrees', -40.0, -40.0, '°')]
>>> show("Inflation fell from 54% to 47%")
[('54%', 54.0, 54.0, '%'), ('47%', 47.0, 47.0, '%')]
>>> show("from 5 to 10 people were hurt")
[('from 5 to 10', 5.0, 10.0, None)]
>>> show("The S&P 500 rose; Suite 4, 12-14 Harbour Road; half a lakh people")
[('half a lakh', 50000.0, 50000.0, None)]

Bounds
    A plain figure has ``low == high``. Open upper bounds are ``float("inf")`` (the JSON
    writer turns them into ``null``); for percentages below 100 the open bound is 100, for
    fractions below 1 it is 1.

    =========== ================================ ================================
    qualifier    triggered by                     low .. high
    =========== ================================ ================================
    exact        a bare figure                    v .. v
    approx       about, around, some, nearly,     v .. v
                 almost, roughly, approximately,
                 an estimated, close to, ~, or so
    range        150-250, 150 – 250, between A    A .. B (A < B, else no range;
                 and B, from A to B, A to B,      "A or B" only when B <= 10·A)
                 A or B, two or three; A ± B,     A-B .. A+B
                 A +/- B
    at_least     at least, no fewer/less than,    v .. inf
                 a minimum of, >=, or more, 100+
    more_than    more than, over, upwards of,     v .. inf (the reported minimum
                 in excess of, above, >,          stays ``low``: "more than 30" is
                 topped, has crossed              30 .. inf, not 31)
    at_most      up to, at most, as many as,      0 .. v
                 as much as, as high as,
                 a maximum of, no more than
    less_than    less than, under, fewer than,    0 .. v
                 below, <
    vague        the words in ``VAGUE_BOUNDS``    see the table below
    =========== ================================ ================================

Vague quantifiers (``VAGUE_BOUNDS``; low bounds follow how casualty annotators read them,
"several" and "multiple" as at least 3, "numerous" as at least 4)

    ====================== ===================== ====================================
    words                  low .. high           notes
    ====================== ===================== ====================================
    a couple (of)          2 .. 2
    a trio (of)            3 .. 3                only in "a trio of"
    a few                  3 .. 5                as casualty annotators read it
    a handful              2 .. 5
    several, multiple      3 .. 9                "multiple" only before a noun
    numerous               4 .. 99
    many                   4 .. inf              only before a plural noun, and not in
                                                 "how/so/too/as many"
    tens (of)              20 .. 99              only in "tens of <noun>"
    dozens                 24 .. 99
    scores (of)            40 .. 99              only in "scores of" and before a casualty
                                                 word ("scores dead", "scores missing")
    hundreds               200 .. 999
    thousands              2,000 .. 9,999
    tens of thousands      20,000 .. 99,999
    hundreds of thousands  200,000 .. 999,999
    millions               2,000,000 .. 9,999,999 (likewise tens/hundreds of millions,
                                                 billions)
    ====================== ===================== ====================================

    A vague word before a scale multiplies: "several hundred" is 300 .. 900, "a few
    dozen" 36 .. 60. Two vague quantities joined by "or (even)", "to", "if not" make one
    vague quantity: "dozens or even hundreds" is 24 .. 999.

Judgement calls
    * "one" is a count of 1 ("one soldier", "one of the commanders": a partitive is still
      a count), except as a pronoun or idiom: "no one", "the/this/that/which/any/every/
      each one", "one another", "one by one", "one of the largest" (a superlative),
      "one day/time/point/way" unless a duration ("for one day"), "one-sided", "number
      one" (a rank), and a
      determiner and an adjective before it with no noun after ("as the old one.", "a
      bigger one in Idlib"). With a unit it counts after a determiner too ("that one mile").
    * "no", "none" are not figures here; :func:`find_zero_quantifiers` finds them for the
      layer that decides whether they count something. "zero" and "0" are figures.
    * Not figures: years ("in 2015", "2011-2013", "2019/20", "the 1990s"; a bare 1500-2100
      integer is a year unless a plural noun follows ("2000 people", but "the 2015
      attacks" is a year), a qualifier precedes ("about 2000") or a casualty word does
      ("killed 2000", "the toll rose to 1900"); "the 2000 who fled" stays a year, and so
      does one before a noun of a year: "from 1990 levels", "2010 prices"), dates
      ("May 28", "28 May 2019", "March 26 and 27", "March 19 to 25", "25/01/2013",
      "1.6. 2019"), times ("14:30", "9:14 am", "at 0914", "1430 GMT"), ordinals ("21st",
      "5th Corps", "the third"), identifiers ("S-400", "F35", "COVID-19", "MH17",
      "Resolution 2254", "Route 66", "Boeing 737", "UN SCR 2401", "5G", "3D", "number 10",
      "world number two", "item 8", "FTSE 100", "S&P 500", "Fortune 500", "18 U.S.C. §
      371", "the Nine Network" (a capitalised number word between "the" and a Title Case
      word), "a two-state solution", "Category 4", "Gallery 3", "737 MAX 9", "95 737 MAX
      jets" (95), "a Boeing 737 Max 8", "a 4K television", and a camel-case name before a
      number:
      "iPhone 15", "PlayStation 5"),
      phone numbers ("+1 202 555 0143", "020 7946 0958"), URLs, sports scores
      ("won 2-1", "a 3-0 victory": a dash pair whose first number is not the smaller, or
      any small dash pair near a sports word, or a descending one up to 200 near it: "beat
      the Celtics 112-104") and "24-7"/"9/11" (slash pairs are fractions only for common
      denominators: 2/3, 1/40).
    * Version labels ("Balkans 2.0", "Web 3.0": N.0 right after a capitalised word) are
      not figures.
    * Scale suffixes after digits: "12k", "3.5tn", "2.1bn km", "$5M". "10m" is ten million
      after a currency sign, before a currency ("5m USD", "3m euros") or before a plural
      noun (right after it or after adjectives: "48m subscribers", "1.5m Syrian refugees",
      "2m more people"), else ten metres ("a 100m wall surrounds it", and so "cases peaked
      at 1.2m in January" is metres: no noun tells); "10M" is always ten million. A scale
      joined by a hyphen counts: "$1.5-trillion", "a 5-million-dollar fund". Scale words
      come from one table (``vocabulary.SCALE_WORDS``), so every frame reads each of them:
      "two lakh", "a lakh", "half a lakh", "5 lakhs", "several lakh", "a crore".
    * "a three-time champion" is 3 ``times`` ("a one-time ally" is nothing).
    * "once" before a frequency is 1 ``times`` ("once every 50 years", "once a week",
      "once weekly"); "once again", "once they arrive" are nothing.
    * Multipliers: "twice" (2), "thrice" (3), "three times", "2.5 times", "10-fold",
      "tenfold", "1.5x" have unit "times" (kind ``other``), whether they multiply ("three times
      higher") or count occasions ("struck three times"). "doubled", "tripled", "halved"
      are verbs, not figures.
    * "a"/"an" before a unit is one of it after a qualifier only: "more than a decade" is
      1 .. inf decades, "nearly a year" 1 year, "less than a dollar" 0 .. 1 USD, "more than
      a year and a half" 1.5 .. inf; "a year ago", "over a year" (during), "higher than a
      year earlier" (a comparison) are nothing.
    * "20-25,000" is 20,000 .. 25,000: in "A-B" with B written with thousands separators, A
      takes B's scale when that puts it below B and above a tenth of it ("150-1,000"
      stays 150 .. 1,000).
    * Units: "percentage points" are ``pp`` (a difference of percentages, kind
      ``percent``), "basis points" ``bps``; watts, watt-hours and bytes keep their prefix
      ("1,200 MW", "13.5 kWh", "256GB", "3.2GHz"); "hp", "lb-ft", "light-years", "MP"
      (megapixels), "mAh", "W" (watts: "18W"), "kcal" are units; "aged 34" and "at age 17"
      are years; "won" is a currency (KRW)
      only after a scale ("10 trillion won"); kronor/krona are SEK, kroner/krone
      NOK ("Danish kroner" DKK). Units are data: ``resources/units.jsonl``. "in" glued to
      digits is inches before a lower-case word or the end of a phrase ("5ft 11in tall",
      "2in of rain"), not after a year ("2011in Paris").
    * Currencies are ISO 4217 codes (``resources/units.jsonl``), from a symbol, an
      abbreviation or a code before the figure, glued or spaced ("US$48,250,000", "A$12.7m",
      "HK$9bn", "€3bn", "NZ$40", "S$", "C$", "R$", "GH₵50 million", "₦2bn", "RM14.20",
      "Rs 350 crore", "KSh 300 million", "Dhs 500", "EUR 5m"), a code glued to a figure
      with a scale, separators or decimals ("INR2 trillion", "EUR5m"; "COP28" is a summit),
      a one-letter currency glued to such a figure or to a price's two decimals ("N2bn"
      NGN, "R50bn" ZAR, "N117.90"; "N95", "R2" are names), "Sh" glued or spaced (KES:
      "Sh3 billion"), "QR" (QAR: "QR9,737mn"), "SR" (SAR), or a name or code after it
      ("1,000 yen", "5 million euros", "300 Thai baht", "500 USD"). "Rs" is INR (the
      rupee of Pakistan, Sri Lanka and Nepal is written "Rs" too; "100 Pakistani rupees" is
      PKR); a peso or dinar of no named country keeps the unit "peso", "dinar".
    * "two-and-a-half years" is 2.5 years; "a quarter-point cut" (also "half-point",
      "three-quarter-point", "a quarter percentage point") is 0.25 ``pp``; a spaced "quarter
      point" without "percentage" is nothing. "5.000 people" is 5000 (no one counts 5.0 people);
      "1,5 million" is 1.5 million, and so is a lone "1,3" (one digit, a comma, one or two
      digits, not in a list like "22,24,26"); otherwise "1.234" is a decimal.
    * A scale after a scale multiplies ("three lakh crore", "a thousand million"); a plural
      scale after number words is a scale ("five hundreds", "three thousands civilians",
      common in non-native news), and after a decimal ("Rs. 41.14 millions"); after whole
      digits it is not ("In 2011 thousands fled"). Indian digit grouping reads whole:
      "1,08,38,323" is 10,838,323.
    * "2.48×10−5", "5.5x10-3", "3 x 10^6" are scientific notation; "a 5x10 room" is not.
    * "5 mln or 5 bln", "five or 500": "or" joins a range only when B <= 10·A.
    * Three or more figures glued by dashes ("three-nought-four", "1-2-3") are no range.
    * A subunit adds to its unit: "4 dollars 25 cents" is 4.25 USD, "6 feet 3 inches" 6 1/4
      ft, "two pounds and 50 pence" 2.5 GBP; a lone "50 cents" keeps unit "cents" ("8.03
      Australian cents" too), "14.41 sen" and "350 kobo" their own.
    * "pounds" is money unless weight words come shortly before ("weighing 500 pounds",
      "a metric ton is 2,204.62 pounds"), "of" follows or a hyphen joins it ("500-pound").
    * "40C" (attached) is 40 °C; "13F" stays an identifier. "98 degrees", "85°" have unit
      "°"; "$" and ISO codes after a number are currencies ("10 $", "500 USD") unless a
      digit follows (then they are the next figure's prefix).
    * "−41 ... −44°C" (an ellipsis between temperatures or signed figures) is a range,
      -44 .. -41; "at least two to three days" is 2 .. inf; "fell 0.16% to 7,028.02" (a
      percentage "to" a bare figure above 100) is the change and the level; one date
      separator twice makes a date ("25.01.2013"), two different ones do not ("5.5-20.8
      times" is a range). A conversion in brackets keeps the bound of the figure it
      restates: "up to 200 km/h (124 mph)" is 0 .. 124 mph; a bare amount in brackets after
      money is in its currency ("N895 billion (895,842,465,917)" is NGN).
    * "A-B" with a scale only on B propagates it: "5-10 million" is 5e6 .. 10e6, "$5-10m"
      likewise; a unit on either side goes to both ("10-15 km", "50 to 80%").
    * "from A to B" after a verb or noun of change (``words.CHANGE_VERBS`` and
      ``CHANGE_NOUNS``: "rose", "accelerated", "an increase", "up") is a change, not a
      range: two figures, as the gold convention reads "from 54% to 47%". A takes B's unit
      ("went from 10 to 20 dollars": 10 USD) and scale ("rose from 5 to 10 million": 5
      million; not a hundredfold off: "grew from 500 to 1.2 million" keeps 500); a start of
      zero is a span ("accelerates from 0 to 60 mph" is 0 .. 60). Elsewhere "from A to B"
      is a range ("from 5 to 10 people were hurt"). So is "shrank by 800,000
      to 124.4 million" (after a change verb, "by A to B" where B is ten times A or more, or
      has a scale A cannot share); "cut by 5 to 10 percent" stays a range.
    * "N in M" and "N out of M" are fractions when N <= 10 and N < M, with M <= 100 or a
      round hundred that is not a year ("one in five", "nine out of ten", "two out of
      five hundred", "one in a million"); "12 out of 30" stays two counts.
    * Signs: "minus five", "minus-40 degrees", "negative ten", "-18 °C", "-5C", "$-99.99"
      are negative ("plus or minus 0.1 degrees" is a tolerance, 0.1); a hyphen after
      a number is a range dash ("150 -250"). "up to -5" is -inf .. -5.
    * Fractions: "a third of", "half of the", "two-thirds", "three quarters", "2/3", "½"
      are ``kind="fraction"`` (0..1); "half a million", "a quarter million", "two thirds
      of a million" are counts; "in the second half" and "a third attack" are nothing;
      "half a year", "half a mile" are 0.5 of the unit, "half centuries" (cricket) nothing.
      "a fifth higher", "a third fewer" (before a comparative) and "by up to a third for"
      are fractions.
    * A spaced "a quarter point" is 0.25 ``pp`` after "by" or before a change noun ("cut
      by a quarter point", "a half point rise"); "half a (percentage) point" and "three
      quarters of a point" are 0.5 and 0.75 ``pp``.
    * "17p" glued is pence ("1080p" and other video resolutions are not).
    * After a change verb right before it, "A to B" with B ten times A or more is the
      change and the level ("shares fell 12p to 345p", "rose $1.10 to $79.40").
    * "went up to £5" is a verb ("go up"), not "at most"; "shot down 20 drones over six
      regions" is a place, not "more than".
    * "double/triple the ..." after a comma, "is", "nearly" and the like is a multiplier
      ("double the figure a year ago"); "plans to double the size" is a verb.
    * Street numbers, one or a pair, before a Title Case street name and after a place
      preposition, a comma or a line start ("at 42 Holloway Road", "of 1 to 2 Linden
      Terrace", "Suite 4, 12-14 Harbour Road"; not "killed 22 Red Crescent volunteers"),
      offices ("Suite 4"), stock indexes ("S&P 500", "ASX 200"), rockets ("Falcon 9"),
      plural references with lists ("junctions 16 and 19", "Articles 3 and 4") and numbers
      called ("call 101", "dial 999 or 112", "call triple 0") are not figures.
    * "aged 5 to 17 months" keeps its unit; "at the age of 37", "aged between 24 and 51",
      an appositive "Keir Starmer, 62, faces" or "the driver, 58, was" are years, and so is a
      bare number in brackets after a person ("a woman (45)", "Tom Ferris (30)", "nephew
      Cian (9)"; not after a country, a heading or one bare name: "Kenya (8)"); "a man in
      his 60s" is 60 .. 69 years ("early 30s" 30 .. 33, "mid-20s" 23 .. 26, "late 20s"
      26 .. 29).
    * "rise by £106 to £2,280" is a change and a level (base-form change verbs count);
      "in the 10 years to 2023" is a period, no range; "about half coming from" is a
      fraction (a qualifier before a bare "half").
    * A glued "F" is Fahrenheit after a minus or a temperature word ("minus 40F",
      "temperatures of 95F"); "13F" alone stays a name; a glued "c" is Celsius after a
      minus ("-63c"). "TeV", "electronvolts" are ``eV``
      units with their prefix.
    * "the 6-foot-10 center" is 6 5/6 ft; "a half-dozen", "half-dozen" 6; "a quarter-century"
      25 years; a qualifier before "a quarter" makes it a fraction ("gained roughly a quarter
      since"); "shillings" are KES, "zloty" PLN.
    * "in under 10 minutes" is less than, "in over three years" more than ("over 3 days"
      stays during); "taka" is BDT, "CFA
      francs" XOF.
    * Not figures: golf scores ("11 under par", "shot a final-round 68"; "shot 60 people" is
      a count), "a 20-something man", "a six-figure salary", aircraft makers' models
      ("Cessna 172"), "a three-pointer", a tied score
      ("tied the game at 98", "tied at 2-2"), a number after a model name and a dash
      ("A350-1000"), a digit dashed to a capitalised number word ("7-Eleven").
    * "over" after "roll", "turn", "hand" and the like is the verb's particle: "the jackpot
      rolled over 22 times" is 22, "handed over 40 rifles" 40. "65 or older" is at least
      65, "5 or younger" at most 5. "31 consecutive days" has unit days.

How
    One precompiled master regex is scanned left to right (``scan``); at each position the
    things that are not figures (dates, times, names, phone numbers: ``context``) are tried
    first, so they are skipped whole. Runs of number words and digits are read by a small
    state machine (``runs``) over the tables of ``vocabulary``; then units and currencies
    attach (``attach``, from the data of ``units``), neighbouring figures pair into ranges or
    fractions (``pairs``), and qualifiers are read from a short window before each figure
    (``qualifiers``). Context checks look a few words either side, never at the whole text.
    ``find`` puts these steps together, with a second pass (``second_pass``) that drops
    numbers called, plural reference lists and street numbers (``references``); ``parse``
    reads one number on its own, ``zeros`` the words that may state a count of zero.
"""

from __future__ import annotations

from claimex.rules.numbers.find import find_quantities, is_non_quantity_context
from claimex.rules.numbers.parse import parse_number
from claimex.rules.numbers.quantity import KINDS, QUALIFIERS, Quantity
from claimex.rules.numbers.vocabulary import VAGUE_BOUNDS
from claimex.rules.numbers.zeros import find_zero_quantifiers

__all__ = [
    "KINDS",
    "QUALIFIERS",
    "VAGUE_BOUNDS",
    "Quantity",
    "find_quantities",
    "find_zero_quantifiers",
    "is_non_quantity_context",
    "parse_number",
]
