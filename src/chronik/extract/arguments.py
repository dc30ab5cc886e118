"""Who did it to whom: subject, recipients and their resolution to entities, from one clause."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.coref import DocState
from chronik.extract.lexicon import Lexicon
from chronik.extract.mentions import Mention
from chronik.extract.tokens import AUX_KINDS, DASHES, PREPOSITION_KINDS, Clause, Token
from chronik.extract.triggers import VERBAL_WITH_CONTENT, TriggerHit
from chronik.records import Entity


# No default factories: a compiled dataclass imports the dataclasses module on every construction to test for one
@dataclass  # a C type in the compiled build (arguments.pxd)
class Arguments:
    actor: list[Mention]
    recipient: list[Mention]
    trail: list[str]
    passive: bool = False
    fronted_object: bool = False  # 'Schäuble warf er vor': the pronoun subject is not the fronted object


# uncoded groups that are not of the country an article is about by default
FOREIGN_SECTORS = frozenset({"REF"})

# roles that default to the country of the sentence or article when no country is named ('die Polizei');
# people such as pupils or doctors do not
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY"})
# acts done with or for the other side: a party 'against' whom they are aimed is not it (easing sanctions
# against X, CONCEDE, is aimed at X)
FRIENDLY_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
# organised bodies of a country besides its state: churches and unions ('der Kardinal', 'die Gewerkschaft' in an
# article about Austria are Austria's)
HOME_SECTORS = STATE_SECTORS | {"REL", "LAB"}


def topic_note(text: str | None, code: str | None) -> str:
    """The trail entry of a party coded by the article's country (engine.py reads it back)."""
    return f"coref:'{text}' -> {code} (the article's country)"


@cython.locals(m=Mention)
def foreign_group(m: Mention, tokens: list[Token]) -> bool:
    """Refugees, 'ausländische Journalisten', 'eine internationale Friedenstruppe': an uncoded group of no country
    the text names."""
    return m.code is None and (m.sector in FOREIGN_SECTORS or any(
        "foreign" in tokens[j].kinds for j in range(max(0, m.first - 2), m.last)))


@cython.locals(state=DocState)
def office_holder_country(sector: str | None, state: DocState) -> str | None:
    """The country of a named state office holder whose country the article does not say
    ('Stadträtin Sonja Wehsely' in an article about Vienna): the article's country, when it is named
    more than once."""
    return state.topic if sector in HOME_SECTORS and state.topic_weight >= 2 else None


@cython.locals(m=Mention, mentions=list, prev=Mention)
def link_coordination(mentions: list[Mention]) -> None:
    """'zwischen Süd- und Nordkorea', 'X und Y': a coordinated mention takes its neighbour's preposition;
    the first party of a sentence after a sentence-opening coordinator ('Doch die Gewerkschaften ...') has none."""
    if mentions and mentions[0].prep in ("&", ","):
        mentions[0].prep = None
    for k, m in enumerate(mentions):
        if m.prep != ",":
            continue
        # 'Die SPÖ, die Grünen und die Neos', 'im Irak, Jemen und Sudan': items right after a comma right after
        # the previous party belong to a list that an 'und' closes; else the comma opens something else
        j = k
        while j < len(mentions) and mentions[j].prep == "," and mentions[j].first - 1 == mentions[j - 1].last:
            j += 1
        closed = j < len(mentions) and mentions[j].prep == "&" and mentions[j].first - mentions[j - 1].last <= 2
        m.prep = "&" if closed and j > k else None
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if m.prep == "&" and prev.prep == "contrast":
            m.prep = None  # 'nicht Russland, sondern die Ukraine': the party set against the negated one stands alone
        elif m.prep == "&":
            m.prep = prev.prep
            m.coord = True


@cython.locals(m=Mention, mentions=list)
def coordinated_group(mentions: list[Mention], k: int) -> list[Mention]:
    """The mention at k plus the mentions coordinated with it (same preposition, adjacent)."""
    group = [mentions[k]]
    for m in mentions[k + 1:]:
        if m.coord and m.prep == group[0].prep and m.first - group[-1].last <= 2:
            group.append(m)
        else:
            break
    return group


@cython.locals(cl=Clause, tok=Token, tokens=list, verb=Token)
def _is_passive(tokens: list[Token], cl: Clause, hit: TriggerHit, lex: Lexicon) -> bool:
    """A participle trigger with a passive auxiliary: anywhere in the clause for verb-final languages
    (wurde ... festgenommen), within a few words before it otherwise (was arrested, were not allowed)."""
    tok = tokens[hit.token]
    if hit.how == "light-verb":
        # 'wurde in Haft genommen': the voice of a light-verb noun is that of its verb, the row's 'with' word
        # (not an inflected adjective of the row: 'unter staatliche Aufsicht')
        words = {w for cond in hit.trigger.conditions for w in cond}
        verb = next((t for t in tokens[cl.first:cl.last] if t.i != hit.token and t.is_word and t.lemma in words
                     and t.lower != t.lemma and not (t.is_cap and lex.meta.get("nouns_capitalised"))
                     and not any(t.lower == t.lemma + e for e in lex.adjective_endings)), None)
        if verb is None:
            return False
        hit = TriggerHit(verb.i, hit.trigger, "verb", verb.lemma)
        tok = verb
    if hit.how not in ("verb", "split-verb") or tok.lower == hit.trigger.lemma.lower():
        return False
    if tok.lower.endswith(tuple(lex.meta.get("non_participle_endings", ()))):
        return False  # 'is pushing' is progressive, not passive
    window = int(lex.meta.get("passive_window", 0))
    if not window and _elliptic_participle(tokens, cl, hit, lex):
        return True
    lo = max(cl.first, hit.token - window) if window else cl.first
    hi = hit.token if window else cl.last
    # 'Russland wird von der Ukraine beschuldigt': the future auxiliary with a participle is a present passive
    kinds = ("passive_aux",) if window or tok.lower in (tok.lemma, hit.trigger.lemma.replace("|", "").lower()) \
        else ("passive_aux", "future_aux")
    return any(k in t.kinds for t in tokens[lo:hi] for k in kinds)


@cython.locals(cl=Clause, hit=TriggerHit, t=Token, tokens=list)
def _elliptic_participle(tokens: list[Token], cl: Clause, hit: TriggerHit, lex: Lexicon) -> bool:
    """'Journalist in Ankara festgenommen.', 'Deutschland von EU-Kommission verklagt.': a headline that ends in
    a participle and has no finite auxiliary is a passive. The participle must be one by its form ('ge-' after
    the particle) or have an agent ('von') before it: 'Die Opposition protestiert.' is a present tense."""
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    if not words or words[-1].i != hit.token or any(t.kinds & FINITE_AUX for t in words):
        return False
    particle = hit.trigger.particle or ""
    base = hit.trigger.lemma.lower()[len(particle):]
    low = tokens[hit.token].lower
    marked = low.startswith(particle + "ge") and not base.startswith("ge") and low != particle + base
    return marked or any(lex.has_cue(t.lower, "agent_prep") for t in words[:-1])


@cython.locals(args=Arguments, cl=Clause, m=Mention, mentions=list, t=Token)
def clause_arguments(tokens: list[Token], cl: Clause, hit: TriggerHit, mentions: list[Mention],
                     lex: Lexicon) -> Arguments:
    inside: list[Mention] = []
    for m in mentions:
        if cl.first <= m.first < cl.last and m.is_party and m.prep != "report" \
                and not _in_fronted_noun_phrase(tokens, cl, hit, m, lex):  # 'nach Angaben des Generalstabs': a source
            inside.append(m)
    spec = set(lex.cue_forms("recipient_prep")) | hit.trigger.marks
    if hit.trigger.event in AFFECTED_EVENTS:
        spec |= set(lex.meta.get("affected_preps", ()))
    if not hit.trigger.recipient:
        spec.add("obj")
    args = Arguments([], [], [])
    bare = [m for m in inside if m.prep is None and not m.genitive and not m.apposition]
    preps = [m for m in inside if m.prep is not None]
    noun = hit.how in ("noun", "compound-noun")
    if _is_passive(tokens, cl, hit, lex):
        args.passive = True
        agents = [m for m in preps if lex.has_cue(m.prep or "", "agent_prep") and not _place_after_noun(tokens, m)]
        args.actor = agents[:1]
        # the passive subject, or its owner ('Proteste der Opposition wurden niedergeschlagen')
        args.recipient = bare[:1] or [m for m in inside if m.genitive and m.first < hit.token and m not in agents][:1] \
            or [m for m in preps if m.prep in hit.trigger.marks and m not in agents][:1]  # 'Gegen X wurde ermittelt
        args.trail.append("args:passive")
        return args
    between = [m for m in preps if lex.has_cue(m.prep or "", "between_prep") and 0 <= m.first - hit.token <= 3]
    if noun and between:
        # 'Gespräche zwischen Japan und Südkorea': the two sides are the joint actors
        args.actor = coordinated_group(inside, inside.index(between[0]))
        args.trail.append("args:joint parties after 'between'")
        return args
    doers = [m for m in preps if lex.has_cue(m.prep or "", "doer_prep") and 0 < m.first - hit.token <= 8]
    if noun and doers:
        # 'Die Abschiebung von 100 Uiguren durch Thailand nach China': the act noun names its doer
        args.actor = coordinated_group(inside, inside.index(doers[0]))
        args.trail.append(f"args:doer of the act noun ('{doers[0].prep}')")
        rest = [m for m in preps if m not in args.actor and 0 < m.first - hit.token <= 8
                and (lex.has_cue(m.prep or "", "agent_prep") or m.prep in hit.trigger.marks)]
        if rest:
            args.recipient = coordinated_group(inside, inside.index(rest[0]))
            args.trail.append(f"args:recipient=prep:{rest[0].prep}")
        return args
    sources = [m for m in preps if m.prep and (lex.has_cue(m.prep, "agent_prep") or lex.has_cue(m.prep, "source_prep"))]
    if (noun or hit.how == "light-verb") and sources and any(
            t.lemma in lex.meta.get("source_verbs", ()) for t in tokens[cl.first:cl.last]):
        # 'Scharfe Kritik kam von der FPÖ', 'Criticism came from the opposition': who it comes from made it
        args.actor = coordinated_group(inside, inside.index(sources[0]))
        args.trail.append(f"args:the act noun comes from its doer ('{sources[0].prep}')")
        _recipient_by_prep(args, inside, [m for m in preps if m not in args.actor], hit, noun,
                           lambda p: p in hit.trigger.marks, lex)
        return args
    owners = [m for m in inside if m.genitive and 0 < m.first - hit.token <= 3]
    if noun and owners and "joint=" in hit.trigger.note:
        # 'ein Großmanöver der USA und Südkoreas': the owners of a joint act noun are the ones who hold it
        args.actor = coordinated_group(inside, inside.index(owners[0]))
        args.trail.append("args:owners of the act noun")
        _recipient_by_prep(args, inside, preps, hit, noun, lambda p: p in spec, lex)
        return args
    co_actors = [m for m in inside if m.prep == "with-subject"]
    if not noun and _unknown_subject(tokens, cl, hit, inside, lex):
        # 'Die Grünen verweigerten Kurzmann ihre Zustimmung': the subject is a party chronik does not know;
        # promoting the object to actor would invert the act
        args.trail.append("args:unknown subject before the verb")
        return args
    subjects = [m for m in bare if not m.oblique]
    doer = [m for m in owners if m.first - hit.token <= 2 and hit.trigger.event not in PATIENT_GENITIVE]
    if noun and doer and lex.meta.get("nouns_capitalised"):
        # 'die Angriffe der Armee', 'Proteste der Opposition': the genitive after an act noun is its doer (not
        # the subject of the clause's verb: 'Die Regierung verurteilte die Angriffe der Armee')
        subjects = doer[:1]
    if lex.meta.get("subject_before_verb") and not noun:
        # English is SVO: a party after the verb ('the resignation of President X') is never its subject
        subjects = [m for m in subjects if m.first < hit.token]
    after = next((m for m in inside if m.kind == "pronoun" and m.first == hit.token + 1
                  and tokens[m.first].lower in lex.meta.get("nominative_pronouns", ())), None)
    if after is not None and subjects and subjects[0].first < hit.token and not noun:
        # 'Schäuble warf er vor, ...': a nominative pronoun right after the verb is the subject; the party
        # fronted before the verb is the object
        args.actor, args.recipient, args.fronted_object = [after], [subjects[0]], True
        args.trail.append("args:pronoun subject after the verb, fronted object")
        return args
    if subjects:
        args.actor = coordinated_group(inside, inside.index(subjects[0])) + co_actors
        args.trail.append("args:subject=first-bare-mention" + (" with co-actor" if co_actors else ""))
    explicit = hit.trigger.marks
    # most verbs take their recipient as an object (kritisierte X, warf X vor); only a required
    # preposition ('sprechen mit!') excludes it
    obj_ok = "obj" in explicit or not any(p.endswith("!") for p in hit.trigger.recipient)
    # preference: the trigger's own prepositions, then its object, then any recipient preposition
    _recipient_by_prep(args, inside, preps, hit, noun, lambda p: p in explicit, lex)
    if not args.recipient and obj_ok:
        # behind an infinitive the party belongs to that verb ('urged them to democratize Serbia'), except for
        # a threat, whose target is the infinitive's object ('threatened to shell Iraqi towns'), and likewise
        # a pledge or a refusal ('willing to defend Saudi Arabia', 'refused to meet the envoy')
        rest = [m for m in bare if m not in args.actor and (
            hit.trigger.event == "THREATEN" or (hit.trigger.event in INFINITIVE_TARGET and m.code)
            or not _behind_infinitive(tokens, hit.token, m, lex))]
        if lex.meta.get("owners_are_objects") and not noun:
            # 'rejected North Korea's demand', 'demanded the withdrawal of Serbian forces': the owner inside
            # the object phrase is the recipient when no bare object comes before it
            rest = sorted(rest + [m for m in inside if m.genitive and m.first > hit.token and not m.apposition
                                  and m not in args.actor and not _behind_infinitive(tokens, hit.token, m, lex)],
                          key=lambda m: m.first)
        if hit.trigger.event == "REQUEST" and rest:
            # 'verlangte mehr Soldaten', 'demanded more troops': the people asked for are the demand's content, not
            # whom it is made of (meta content_quantifiers)
            more = lex.meta.get("content_quantifiers", ())
            rest = [m for m in rest if not (m.first > 0 and tokens[m.first - 1].lower in more)]
        if rest and (not noun or len(rest) == 1):
            args.recipient = coordinated_group(inside, inside.index(rest[0]))
            args.trail.append("args:recipient=object")
    required = any(p.endswith("!") for p in hit.trigger.recipient)
    if required:
        if not args.recipient:
            # 'sprach sich für einen Beitritt Schwedens aus': the owner inside the required phrase
            _owner_in_phrase(args, tokens, cl, inside, explicit, lex)
        if not args.recipient and not noun and hit.trigger.event in OWNED_OBJECT_EVENTS:
            _nationality_of_object(args, tokens, cl, hit, mentions, lex)  # 'feuert auf syrisches Territorium'
        return args  # 'sprechen mit!': only the listed ways can name the recipient
    if not args.recipient:
        # 'hatte gegenüber der Frankfurter Allgemeinen Zeitung eine Schließung gefordert': a newspaper or broadcaster
        # behind a preposition the trigger does not name is where it was said, not to whom
        outlets = [m for m in preps if m.kind == "org" and m.sector in MEDIA_SECTORS and m.prep not in explicit]
        _recipient_by_prep(args, inside, [m for m in preps if m not in outlets], hit, noun, lambda p: p in spec, lex)
    if not args.recipient and explicit:
        # 'Luftangriffe auf Stellungen der Huthi-Rebellen': the owner of the thing in the trigger's own phrase
        _owner_in_phrase(args, tokens, cl, [m for m in inside if m.genitive and m.first > hit.token], explicit, lex)
    if not args.recipient and not noun and hit.trigger.event in OWNED_OBJECT_EVENTS:
        _nationality_of_object(args, tokens, cl, hit, mentions, lex)
    if not args.recipient and not noun:
        # 'verurteilte die Festnahme durch Belarus', 'kritisierte die Politik Chinas': the doer of the
        # criticised thing
        # after the trigger, or anywhere after the subject when the verb comes last (perfect, verb-final)
        after = hit.token if not _verb_last(tokens, cl, hit) else max((m.last for m in args.actor), default=cl.first)
        later = [m for m in inside if m.first >= after and (m.genitive or lex.has_cue(m.prep or "", "agent_prep"))
                 and m not in args.actor]
        first = next((t.i + 1 for t in tokens[cl.first:min(cl.last, cl.first + 8)] if t.text in DASHES),
                     cl.first) if any(m.prep == "dateline" for m in mentions) else cl.first
        if not later and not noun and first < cl.last and ("oblique_article" in tokens[first].kinds or any(
                m.first == first and m.genitive for m in inside)):
            # 'Den Vorwurf der FPÖ weist der Minister zurück', 'Rabmer-Kollers Vorwurf weist er zurück': the
            # owner inside the fronted object
            later = [m for m in inside if m.genitive and m.first < hit.token and m not in args.actor]
        if later:
            # 'verurteilte die Festnahme des Journalisten durch Belarus': a coded doer before an uncoded owner
            args.recipient = sorted(later, key=lambda m: m.code is None)[:1]
            args.trail.append("args:recipient=agent or owner of the object")
    return args


# newspapers, broadcasters and journalists: the channel of a statement, not its addressee
MEDIA_SECTORS = frozenset({"JRN", "MED"})

# act nouns whose genitive names whom the act was done to ('die Festnahme des Journalisten', 'die Ausweisung
# des Botschafters'); after any other act noun it names the doer
PATIENT_GENITIVE = frozenset({"COERCE", "SANCTION"})

# pledges and refusals whose recipient may be the named party behind the infinitive they govern
INFINITIVE_TARGET = frozenset({"AGREE", "REJECT"})

# acts aimed at what another party proposed, did, said or owns: 'lehnten russische Vorschläge ab',
# 'gab Warnschüsse auf ein nordkoreanisches Boot ab'
OWNED_OBJECT_EVENTS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE", "REQUEST", "THREATEN", "ASSAULT", "COERCE",
                                 "SANCTION"})
# measures whose phrase names what they hit ('ein Importverbot für türkische Tomaten', 'Strafzölle auf chinesischen
# Stahl'): the nationality in that phrase (meta affected_preps) is the target
AFFECTED_EVENTS = frozenset({"SANCTION", "COERCE"})


@cython.locals(args=Arguments, cl=Clause, hit=TriggerHit, lex=Lexicon, m=Mention, mentions=list, t=Token, tokens=list)
def _nationality_of_object(args: Arguments, tokens: list[Token], cl: Clause, hit: TriggerHit,
                           mentions: list[Mention], lex: Lexicon) -> None:
    """'Rebellen haben russische Vorschläge abgelehnt', 'rejected a Senegalese peace plan': the country of a
    nationality adjective on the object is the recipient."""
    covered = {i for m in mentions for i in range(m.first, m.last)}
    start = max((m.last for m in args.actor), default=cl.first)
    actor_codes = {m.code for m in args.actor}
    for t in tokens[start:cl.last]:
        nat = lex.nationality.get(t.lower)
        if not nat or t.i in covered or t.i == hit.token or nat[0] in actor_codes:
            continue
        pp = _pp_opener(tokens, t.i, lex)
        if pp is None or (hit.trigger.event in ("THREATEN", "ASSAULT") and lex.has_cue(pp, "target_prep")) or (
                hit.trigger.event in AFFECTED_EVENTS and pp in lex.meta.get("affected_preps", ())):
            # 'Warnschüsse auf ein nordkoreanisches Boot': an attack's own target phrase counts
            args.recipient = [Mention(t.i, t.i + 1, t.start, t.end, t.text, "country", nat[0], None, refs=[nat[1]])]
            args.trail.append(f"args:recipient=nationality of the object '{t.text}'")
            return


@cython.locals(lex=Lexicon, tokens=list)
def _pp_opener(tokens: list[Token], i: int, lex: Lexicon) -> str | None:
    """'in der syrischen Stadt': the preposition of the phrase the adjective sits in (None: on the object)."""
    endings = lex.adjective_endings
    j = i - 1
    while j >= 0 and (tokens[j].kinds & {"article", "indefinite", "quantity", "possessive"}
                      or (endings and not tokens[j].is_cap and tokens[j].is_word and not tokens[j].kinds
                          and tokens[j].lower.endswith(endings))):
        j -= 1
    return tokens[j].lower if j >= 0 and _is_preposition(tokens[j]) else None


@cython.locals(cl=Clause, hit=TriggerHit, t=Token, tokens=list)
def _verb_last(tokens: list[Token], cl: Clause, hit: TriggerHit) -> bool:
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    return bool(words) and words[-1].i == hit.token


@cython.locals(cl=Clause, first=Token, hit=TriggerHit, inside=list, lex=Lexicon, m=Mention, t=Token, tokens=list)
def _unknown_subject(tokens: list[Token], cl: Clause, hit: TriggerHit, inside: list[Mention], lex: Lexicon) -> bool:
    """A clause opening with article + noun that is no known party, directly before its finite verb (V2)."""
    if not lex.meta.get("nouns_capitalised") or cl.kind != "main":
        return False
    start = cl.first  # after a dateline, known place or not ('Calais – Vermummte Mitglieder ...')
    dash = next((t.i for t in tokens[cl.first:min(cl.last, cl.first + 6)] if t.text in DASHES), None)
    if dash is not None and all(t.is_cap or t.text in "/," for t in tokens[cl.first:dash]):
        start = dash + 1
    if start + 1 >= cl.last:
        return False
    first = tokens[start]
    endings = lex.adjective_endings
    # 'Vermummte Mitglieder der Gruppe bewarfen ...': a capitalised adjective opening the clause before a noun with
    # a genitive ('Vergangenes Jahr hatte ...', 'Diese Forderung will sie ...' front an adverbial or an object)
    adjective = first.is_cap and not first.kinds and first.lower.endswith(tuple(e for e in endings if e)) \
        and tokens[start + 1].is_cap and tokens[start + 1].is_word and start + 2 < cl.last \
        and "genitive_link" in tokens[start + 2].kinds
    if not adjective and ("article" not in first.kinds or "oblique_article" in first.kinds
                          or "genitive_article" in first.kinds):
        return False
    j = start + 1
    while j < cl.last and not tokens[j].is_cap and tokens[j].lower.endswith(endings) \
            and not tokens[j].kinds:
        j += 1
    if j >= cl.last or not tokens[j].is_cap or any(m.first <= j < m.last for m in inside):
        return False
    if j + 1 < cl.last and tokens[j + 1].kinds & {"genitive_link", "source_prep"}:
        # '... Mitglieder der Anarchogruppe No Border bewarfen', 'Der Präsident von Rapid kritisierte': an owner
        # that is no known party either
        k = j + 2
        while k + 1 < cl.last and k - j <= 7 and tokens[k].is_word and (tokens[k].is_cap or (
                tokens[k].lower.endswith(endings) and not tokens[k].kinds and not tokens[k - 1].is_cap)):
            if any(m.first <= k < m.last for m in inside):
                return False
            k += 1
        j = k - 1
    verb = j + 1
    return verb < cl.last and (verb == hit.token or bool(tokens[verb].kinds & {
        "aux", "perfect_aux", "future_aux", "future_modal", "passive_aux", "hypothetical", "report_mood"}))


@cython.locals(args=Arguments, cl=Clause, inside=list, lex=Lexicon, m=Mention, t=Token, tokens=list)
def _owner_in_phrase(args: Arguments, tokens: list[Token], cl: Clause, inside: list[Mention],
                     preps: Set[str], lex: Lexicon) -> None:
    for t in tokens[cl.first:cl.last]:
        if t.lower not in preps:
            continue
        if t.i + 2 < cl.last and tokens[t.i + 1].is_cap and _is_preposition(tokens[t.i + 2]):
            continue  # 'mit Blick auf', 'mit Verweis auf': a compound preposition, not the required phrase
        owners = [m for m in inside if 0 < m.first - t.i <= 5 and m.kind != "vague"]
        if owners:
            args.recipient = owners[:1]
            args.trail.append(f"args:recipient=owner in the '{t.lower}' phrase")
            return


@cython.locals(cl=Clause, hit=TriggerHit, lex=Lexicon, t=Token, tokens=list)
def _in_fronted_noun_phrase(tokens: list[Token], cl: Clause, hit: TriggerHit, m: Mention, lex: Lexicon) -> bool:
    """'Nach harter Kritik an Gauland entschuldigte sich Petry': a party in a prepositional phrase inside the
    phrase that opens the clause before its verb belongs to a noun there, not to the verb."""
    if hit.how not in ("verb", "split-verb") or m.first > hit.token or not _is_preposition(tokens[cl.first]) \
            or not lex.meta.get("nouns_capitalised") or lex.has_cue(m.prep or "", "doer_prep"):
        return False  # 'Bei dem Beschuss durch die Regierungstruppen wurden ... getötet': the doer stays
    finite = next((t.i for t in tokens[cl.first + 1:hit.token] if t.kinds & FINITE_AUX), hit.token)
    if m.first > finite:
        return False  # 'In Athen wurde die Polizei von Demonstranten ... beworfen': after the finite verb
    if m.prep is None:
        # 'Nach dem Wahlsieg der AKP ist die Polizei vorgegangen': an owner before the verb
        return m.genitive and any(t.is_cap and t.is_word for t in tokens[cl.first + 1:m.first])
    own = next((t.i for t in tokens[cl.first + 1:m.first] if t.lower == m.prep), None)
    return own is not None and any(t.is_cap and t.is_word for t in tokens[cl.first + 1:own])


FINITE_AUX = AUX_KINDS | {"hypothetical", "report_mood", "counterfactual"}


@cython.locals(t=Token)
def _is_preposition(t: Token) -> bool:
    return bool(t.kinds & PREPOSITION_KINDS)


@cython.locals(m=Mention, tokens=list)
def _place_after_noun(tokens: list[Token], m: Mention) -> bool:
    """'den Attentätern von Paris': 'von' + place right after a noun belongs to the noun, it is no agent."""
    j = m.first - 2
    return m.kind in ("capital", "country", "region") and j >= 0 and tokens[j].is_cap and tokens[j].is_word


@cython.locals(args=Arguments, hit=TriggerHit, inside=list, lex=Lexicon, m=Mention, preps=list)
def _recipient_by_prep(args: Arguments, inside: list[Mention], preps: list[Mention], hit: TriggerHit, noun: bool,
                       wanted, lex: Lexicon) -> None:
    own = hit.trigger.marks
    contracted = lex.meta.get("contractions") or {}  # 'Kritik am Kanzler' is 'an dem'
    for m in preps:
        if noun and not 0 <= m.first - hit.token <= 6:
            continue  # a noun's recipient follows it ('Treffen mit X')
        if hit.trigger.event in FRIENDLY_EVENTS and m.prep not in own and lex.has_cue(m.prep or "", "target_prep"):
            continue  # 'beteiligt sich am Einsatz gegen den IS': the adversary is no partner
        if m.sector in MEDIA_SECTORS and m.prep not in own and lex.has_cue(m.prep or "", "location_prep"):
            continue  # 'gab in der Frankfurter Allgemeinen Sonntagszeitung den Geldgebern die Schuld': the medium
        if (m.kind == "region" or (m.kind == "capital" and hit.trigger.event not in VERBAL_WITH_CONTENT)) \
                and m.prep not in own and lex.has_cue(m.prep or "", "location_prep"):
            # 'beschoss Stellungen der Separatisten bei Donezk', 'besiegelte die Einigung in Le Bourget bei Paris':
            # a place after 'bei' is where ('protestierte bei Peking' addresses the government)
            continue
        if not noun and hit.trigger.event in OWNER_TARGETED and _after_owner(inside, m, hit.token):
            continue  # 'wies die Vorwürfe der Ukraine gegen die Armee zurück': the phrase belongs to the object
        if wanted(m.prep) or wanted(contracted.get(m.prep or "")) or (
                lex.has_cue(m.prep or "", "between_prep") and m.first - hit.token <= 3):
            # 'mediate between X and Y'; a 'between' far behind the verb belongs to another noun ('hosted X
            # for a meeting aimed at closer ties between the two leaders')
            args.recipient = coordinated_group(inside, inside.index(m))
            args.trail.append(f"args:recipient=prep:{m.prep}")
            return


# acts aimed at whoever owns their object: the rejected claim's claimant, the criticised act's doer
OWNER_TARGETED = frozenset({"REJECT", "ACCUSE"})


@cython.locals(g=Mention, inside=list, m=Mention)
def _after_owner(inside: list[Mention], m: Mention, verb: int) -> bool:
    """A phrase right after the owner of an object behind the verb is part of that object ('die Klage der Ukraine
    gegen Russland', 'die Vorwürfe Kiews gegen die Armee'), not a phrase of the verb."""
    for g in inside:  # noqa: SIM110 - a typed loop (compiled), no generator
        if g.genitive and g.last == m.first - 1 and g.first > verb:
            return True
    return False


@cython.locals(m=Mention, t=Token)
def _behind_infinitive(tokens: list[Token], trigger: int, m: Mention, lex: Lexicon) -> bool:
    """'promised to democratize Serbia': a party behind an infinitive marker belongs to that verb."""
    marker = lex.meta.get("infinitive_marker")
    if not marker or m.first <= trigger:
        return False
    return any(t.lower == marker and not _opens_phrase(tokens, t.i + 1, lex) for t in tokens[trigger + 1:m.first])


@cython.locals(lex=Lexicon, t=Token, tokens=list)
def _opens_phrase(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'reduced supplies to the camp', 'zu den Gesprächen': before a determiner, a number or a name the
    infinitive marker is a preposition."""
    if i >= len(tokens):
        return False
    t = tokens[i]
    return t.text[0].isdigit() or (t.is_cap and not lex.meta.get("nouns_capitalised")) or bool(
        t.kinds & {"article", "indefinite", "possessive", "quantity"})


@cython.locals(lex=Lexicon, m=Mention, mentions=list, state=DocState, tokens=list, trail=list)
def resolve(mentions: list[Mention], state: DocState, tokens: list[Token], lex: Lexicon,
            trail: list[str], sentence: list[Mention] | None = None, target: bool = False,
            exclude: frozenset[str] = frozenset()) -> list[Entity]:
    """Entities for mentions; ``target`` for recipients, where any uncoded group of people (Demonstranten,
    Journalisten) defaults to the article's country, not only state bodies."""
    out: list[Entity] = []
    for m in mentions:
        out.extend(_resolve_one(m, state, tokens, lex, trail, sentence or [], target, exclude))
    seen: set[tuple] = set()
    uniq = []
    for e in out:
        key = (e.code, e.sector, e.name, e.text)
        if key not in seen and e.code:
            seen.add(key)
            uniq.append(e)
    return uniq


@cython.locals(lex=Lexicon, m=Mention, prev=Mention, sentence=list, state=DocState, trail=list)
def _resolve_one(m: Mention, state: DocState, tokens: list[Token], lex: Lexicon, trail: list[str],
                 sentence: list[Mention], target: bool = False, exclude: frozenset[str] = frozenset()) -> list[Entity]:
    """``exclude``: names a pronoun cannot refer to (the actor, for 'Gauck, der ihn empfing')."""
    text, first = m.text, m.first  # read here: the comprehensions below see these, not the typed mention
    if m.kind == "collective":
        persons = [p.entity for p in state.recent_persons[-2:]]
        if m.role_form and len(persons) == 2 and persons[0].name != persons[1].name:
            # 'die beiden Politiker', 'the two leaders': the last two persons named
            trail.append(f"coref:collective '{m.text}' -> the last two persons")
            return [Entity(e.code, e.sector, text, e.name, e.office) for e in persons]
        trail.append(f"coref:collective '{m.text}' -> last pair")
        return [Entity(e.code, e.sector, text, e.name, e.office) for e in state.named_pair or state.last_group]
    if m.kind == "pronoun":
        low = m.text.lower()
        if lex.has_cue(low, "first_person"):
            # 'Wir werden darauf drängen, sagte Außenminister Kurz': the speaker of the sentence, or nobody
            for e in state.speaker[:1]:
                if e.sector in (None, "CVL", "BUS"):
                    break  # 'Wir müssen ..., betonte der Stürmer': a player's or a company's 'we' is no party
                trail.append(f"coref:'{m.text}' -> {e.name or e.text} (the speaker)")
                return [Entity(e.code, e.sector, m.text, e.name, e.office)]
            return []
        plural = _plural_pronoun(m, tokens, lex)
        if plural and (group := state.recent_group()):
            trail.append(f"coref:'{m.text}' plural -> last pair")
            return [Entity(e.code, e.sector, text, e.name, e.office) for e in group]
        if plural and lex.has_cue(low, "pronoun_pl") and not lex.has_cue(low, "pronoun_m"):
            # 'Am Samstag lehnten sie ... ab' with no pair named: not the last woman or feminine party named
            return []
        gender = "m" if lex.has_cue(low, "pronoun_m") else "f"
        before = [p for p in sentence if p.last <= first and p.kind == "person" and p.code and not p.apposition
                  and p.gender in (None, gender) and p.name not in exclude]
        # the subject of the sentence so far is the likeliest antecedent, then the nearest person
        subjects = [p for p in before if p.prep is None]
        for prev in subjects[:1] or before[-1:]:
            trail.append(f"coref:'{m.text}' -> {prev.name} (same sentence)")
            return [Entity(prev.code, prev.sector, m.text, prev.name, prev.office)]
        party = state.pronoun(gender, exclude)
        if party is None:
            return []
        trail.append(f"coref:'{m.text}' -> {party.entity.name}")
        e = party.entity
        code = e.code or office_holder_country(e.sector, state)
        if code and not e.code:
            trail.append(topic_note(e.name, code))
        return [Entity(code, e.sector, m.text, e.name, e.office)]
    role = lex.roles.get(m.role_form or "") if m.kind == "role" and not m.code else None
    if role is not None and role.person and role.office and not m.plural and "definite" in tokens[m.first].kinds:
        # 'der russische Außenminister Lawrow ... der Minister warf Warschau vor': a definite title with no country
        # is the person of that office named last
        holders = [p.entity for p in state.recent_persons[-4:]
                   if p.entity.code and p.entity.office and role.office.lower() in p.entity.office.lower()
                   and p.entity.name not in exclude]
        last = holders[-1] if len({h.code for h in holders}) == 1 else None  # two ministers: ambiguous
        if last is not None:
            trail.append(f"coref:'{m.text}' -> {last.name or last.text} ({last.code}, the last {role.office})")
            return [Entity(last.code, m.sector, m.text, last.name, last.office)]
    if not m.code:
        # police, soldiers, rebels and crowds belong to the place the sentence is set in ('In der Ostukraine
        # kämpfen Regierungstruppen'); an office (a visiting minister) to the article's country
        local = state.here if m.sector != "GOV" or m.plural else None  # 'In Ungarn verhängte die Regierung'
        code = (local or state.topic) if (target or m.sector in HOME_SECTORS) else None
        if code is None and m.plural and m.sector in lex.meta.get("place_people_sectors", ()):
            # 'Thousands of people blocked streets in Hong Kong': people of the place; 'Doch die Gewerkschaften
            # kritisierten ...' in an article about one country: that country's
            code = state.here or (state.topic if state.topic_weight >= 2 else None)
        if foreign_group(m, tokens):
            return []  # refugees, migrants and 'ausländische Journalisten' are not of the article's country
        # an uncoded office, or a named holder of one ('Finanzminister Hans Jörg Schelling'): as the actor
        # only in an article that names its country more than once
        holder = m.kind == "person" and m.office and (target or office_holder_country(m.sector, state))
        if holder and m.office in lex.meta.get("dictionary_offices", ()) and not m.person_rows:
            # 'Salzburgs Präsident Hans Huber' in an Austrian article: the state's president is a person the actor
            # dictionary knows, so a holder it does not know heads some other body (a club, an association)
            return []
        if code and (m.kind == "role" or holder):
            trail.append(topic_note(m.text, code))
            return [Entity(code, m.sector, m.text, m.name, m.office)]
        return []
    minority = lex.meta.get("minority_words", ())
    home = state.here or state.topic
    if minority and home and home != m.code and m.kind != "person" and any(
            0 <= j < len(tokens) and tokens[j].lower in minority for j in (m.first - 1, m.first)):
        # 'ethnic Albanians demonstrated in Serbia': a minority is coded by the country it lives in
        trail.append(f"coref:'{m.text}' -> {home} (a minority, the country it lives in)")
        return [Entity(home, m.sector, m.text, m.name, m.office)]
    return [Entity(m.code, m.sector, m.text, m.name, m.office)]


@cython.locals(lex=Lexicon, m=Mention, tokens=list)
def _plural_pronoun(m: Mention, tokens: list[Token], lex: Lexicon) -> bool:
    low = m.text.lower()
    if not lex.has_cue(low, "pronoun_pl"):
        return False
    if not lex.has_cue(low, "pronoun_f"):
        return True
    # German 'sie' is she or they: the finite verb next to it decides (sie einigten / sie sagte)
    for j in (m.last, m.first - 1):
        if 0 <= j < len(tokens) and tokens[j].is_word and not tokens[j].is_cap and not (
                tokens[j].kinds & {"article", "indefinite", "possessive", "quantity", "negation"}):
            return tokens[j].lower.endswith(tuple(lex.meta.get("plural_verb_endings", ["en"])))
    return False
