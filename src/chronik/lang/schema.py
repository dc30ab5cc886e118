"""The one schema of every language data file under ``chronik/lang/<code>/``.

Every table is UTF-8 TSV with a header line; blank lines and lines starting with ``#`` are ignored.
A column listed in ``required`` must be non-empty on every row; ``choices`` restricts a column's values
(``|`` separates several values in one cell where a column allows it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUS_CUES = (
    "negation",          # nicht, kein, nie: the act did not happen
    "negation_det",      # kein/keine: negates the noun it precedes (same effect, kept apart for explain)
    "future_aux",        # wird/werden: future when a trigger infinitive is in the clause
    "future_modal",      # soll, will, plant, beabsichtigt: announced or planned act
    "future_adv",        # demnächst, künftig, morgen: future by itself
    "hypothetical",      # könnte, würde, möglicherweise: conditional or possible act
    "wish",              # will, hofft, wünscht, erwartet: the act of the dass-clause after it is wished, not done
    "report_mood",       # würde/würden: in news mostly the mood of reported speech, hypothetical only with a condition
    "negation_limiter",  # nur in "nicht nur ... sondern auch": the negation does not negate the act
    "condition",         # falls, wenn, sofern: opens a conditional clause
    "condition_verb",    # sollte/sollten at clause start ("Sollte Kim ...") = conditional
    "perfect_aux",       # hatte, hatten, war, waren: pluperfect background with a participle
    "historical_adv",    # damals, einst, zuvor(?): background time
    "passive_aux",       # wurde, wurden, worden: passive voice, the subject is the patient
    "report",            # sagte, erklärte, betonte, hieß es: reporting verb; content is reported speech
    "report_prep",       # laut, zufolge, nach Angaben: attribution without a verb
    "oblique_feminine",  # der, einer before a feminine singular role: dative or genitive, never the subject
    "leader",            # geführte, angeführte after 'von X': the noun after it is X's ('von Riad geführte Allianz')
    "proxy",             # Vertreter, Delegation: the genitive party after it is the one acting, not an owner
    "foreign",           # ausländisch, foreign: an uncoded group so described is of no country the text names
    "source_prep",       # aus, von, seitens: the speaker of an impersonal report ('hieß es aus dem Ministerium')
    "subordinator",      # dass, weil, als, ob, nachdem: opens a subordinate clause (verb-final)
    "relative",          # der, die, das, welche after a comma: relative clause
    "coordinator",       # und, sowie, aber, sondern, oder: joins clauses or parties
    "pronoun_m",         # er, ihm, ihn, sein*: singular masculine person
    "pronoun_f",         # sie (sg), ihr, ihre: singular feminine person
    "pronoun_pl",        # sie (pl), ihnen, ihr: plural parties
    "collective",        # beide Seiten, die beiden Länder: the last pair of parties
    "collective_persons",  # die beiden Politiker, the two leaders: the last two persons named
    "recipient_prep",    # mit, gegenüber, an, zu: the following party is the recipient
    "location_prep",     # in, im, nach, bei: the following place is a setting, not a party
    "destination_prep",  # nach: destination of travel
    "agent_prep",        # von, durch: agent of a passive
    "possessive",        # sein, ihr, seines: a pronoun that can determine a noun (ihr Treffen)
    "aux",               # habe, ist, sind: auxiliary verb forms (never adjectives, never names)
    "personal",          # er, ihm, sie, ihnen: personal pronouns (may stand for a party)
    "quantity",          # drei, mehrere, rund: numbers and quantifiers inside a noun phrase
    "possessive_suffix", # 's: "Israel's army" joins a country to the role after it
    "criticism",         # verstoße, Bedrohung, inakzeptabel: reported criticism is ACCUSE by the speaker
    "approval",          # akzeptabel, zumutbar, vertretbar: negated ('nicht akzeptabel') a criticism word
    "obligation",        # müsse, solle: reported demands are REQUEST by the speaker
    "counterfactual",    # hätte, wäre: hypothetical outside reported speech ('hätte sich sperren können')
    "preposition",       # für, über, aus, wegen: other prepositions; the party after one is neither subject nor object
    "genitive_article",  # des, eines: the phrase is a genitive owner, never a subject
    "oblique_article",   # den, dem, einen, einem: an object, never the subject
    "demand_mood",       # müsse, solle: the reported obligation of another party (their act has not happened)
    "descriptive",       # wo, wonach: a clause that describes a setting ('in Genf, wo die UN tagen') or a claim's
                         # content ('die Aussage, wonach die Arbeitnehmer ... fordern würden'), no act
    "comitative",        # gemeinsam mit, together with: the party after it acts with the subject
    "dual",              # beiden: 'die beiden Staatsführer' refers to the last pair of parties
    "indefinite",        # ein, eine: an indefinite phrase names nobody in particular
    "article",           # der, die, das, ein ...: may open an entity mention
    "vague",             # Kritiker, der Westen, internationale Gemeinschaft: vague parties
    "past_adv",          # gestern, zuvor: past by itself
    "verb_prefix",       # weiter, wieder: adverbial prefixes of verbs (weiterreisen = reisen)
    "particle",          # separable verb particles: ab, an, auf, aus, bei, ein, fest, mit, vor, zu, zurück ...
    "title",             # Herr, Frau, Dr.: may precede a name
    "name_stop",         # capitalised words that never start or continue a person name
    "between_prep",      # zwischen: "Kooperation zwischen X und Y" names both parties
    "genitive_link",     # des, der: "der Außenminister Südkoreas"
    "definite",          # der, die, das, the: definite articles
    "existential",       # kommen (es kam zu ...): reports that something happened, with no doer named
    "existential_prep",  # zu, zum, zur: the preposition of the happening ('kam es zu Protesten')
    "reciprocal",        # sich, einander, each other: with a joint actor the act is mutual (no separate target)
    "attribution",       # so: '..., so der Minister.' closes a sentence with its speaker
    "first_person",      # wir, ich, we, I: the speaker's own side ('Wir müssen ...' demands nothing of others)
    "target_prep",       # auf, gegen, at, against: the phrase an attack or a threat is aimed at
    "doer_prep",         # durch, by: after an act noun names its doer ('die Abschiebung durch Thailand')
    "qualify",           # bezeichnen, nennen, call: 'X bezeichnete Y als Bedrohung' accuses Y (with a criticism word)
    "country_anaphor",   # Land, Landes, Regime: 'das isolierte Land' is the country the article last named as subject
)

PLOVER_SECTOR_EXTRA = ("LAB",)


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    multi: tuple[str, ...] = ()
    doc: str = ""


TABLES: dict[str, TableSchema] = {
    "countries": TableSchema(
        "countries", ("form", "code", "kind"), ("form", "code", "kind"),
        {"kind": ("country", "capital", "prefix", "region")},
        doc="Country names in every written form; capitals (government when acting); compound prefixes "
            "(US-, EU-); regions inside a country. Genitive forms come from meta.yaml name_suffixes.",
    ),
    "nationalities": TableSchema(
        "nationalities", ("stem", "code"), ("stem", "code"),
        doc="Adjective stems in lower case (südkoreanisch); meta.yaml adjective_endings inflects them.",
    ),
    "demonyms": TableSchema(
        "demonyms", ("form", "code"), ("form", "code"),
        doc="Nationality nouns in every number, case and gender (Nordkoreaner, Nordkoreanern, Russin).",
    ),
    "organisations": TableSchema(
        "organisations", ("form", "code", "sector", "name"), ("form", "code"),
        doc="Organisations (IGOs, UN bodies, parties, NGOs) with their PLOVER code and English name.",
    ),
    "roles": TableSchema(
        "roles", ("form", "sector", "office", "compound", "person"), ("form", "sector"),
        {"compound": ("yes", "no", ""), "person": ("yes", "no", "")},
        doc="Roles and institutions; compound=yes matches as the head of a compound (Vizeaußenminister); "
            "person=yes for roles held by one person (a following capitalised name is that person).",
    ),
    "triggers": TableSchema(
        "triggers", ("lemma", "pos", "event", "mode", "with", "recipient", "context", "note"),
        ("lemma", "pos", "event"),
        {"pos": ("V", "N", "A")},
        multi=("with", "recipient", "context"),
        doc="Event triggers by lemma. V: verb infinitive, separable verbs as particle|base (ab|lehnen); "
            "N: noun lemma, matched also as the head of a compound; A: adjective or participle. "
            "with: |-separated conditions on the same clause, of which one must be met and none marked '-': a lemma "
            "or written form (light verbs: Kritik + üben), a stem ending in '*' for any word starting so (Asyl* meets "
            "Asylpraxis), a head after '*' for any word ending so (*geschäft meets Osteuropageschäft), "
            "'+'-joined parts that must all occur (Sache+gemeinsam), "
            "and a part 'PREP word' for a word in a phrase opened by PREP, past determiners and adjectives "
            "('in Gewalt' is met by 'in ihre Gewalt'). "
            "recipient: how the recipient is marked (obj, or prepositions such as mit, gegenüber; '!' requires it). "
            "note flags: negated=REJECT, negated=none, negated=asserted (the negation is the idiom's own), host, "
            "patient (the subject undergoes the act: 'fasste drei Jahre Haft aus'), joint=EVENT (done by two named "
            "parties together), court=EVENT/mode (the act when a court does it: a court's 'verurteilen' convicts), "
            "needs=recipient, plain=none (only the negated form is an act: not ruling out force threatens).",
    ),
    "cues": TableSchema(
        "cues", ("form", "kind"), ("form", "kind"), {"kind": STATUS_CUES},
        doc="Closed-class words that steer status, clauses, coreference and roles (see STATUS_CUES).",
    ),
    "dates": TableSchema(
        "dates", ("form", "kind", "value"), ("form", "kind"),
        {"kind": ("weekday", "month", "relative_day", "relative_week", "relative_month",
                  "relative_year", "part", "season", "ignore")},
        doc="Date words: weekday (value 0=Monday), month (1-12), relative_* (offset), part (early/mid/late).",
    ),
    "contexts": TableSchema(
        "contexts", ("keyword", "context"), ("keyword", "context"), multi=("context",),
        doc="Lower-case keywords (matched inside words) that set PLOVER contexts.",
    ),
    "places": TableSchema(
        "places", ("form", "name", "country", "geonameid"), ("form", "name"),
        doc="Place names the gazetteer lacks in this language, or place nouns without coordinates.",
    ),
    "actors": TableSchema(
        "actors", ("name", "aliases", "code", "sector", "office", "start", "end", "gender"),
        ("name", "code", "sector"),
        {"gender": ("m", "f", "")},
        multi=("aliases",),
        doc="The shared actor dictionary: English canonical name, |-separated aliases in any language, "
            "country or IGO code, sector, office, ISO start and end dates of the office (blank: open).",
    ),
    "iso3": TableSchema(
        "iso3", ("alpha3", "alpha2", "name"), ("alpha3",),
        doc="The states (ISO 3166-1 alpha-3 codes): any other actor code (EUR, UNO, IGO) is no state.",
    ),
}
