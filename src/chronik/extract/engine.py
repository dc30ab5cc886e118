"""The language-neutral extraction engine: one pass over a document's sentences, rules fed by lang data.

Per sentence: tokens → party mentions → clauses → triggers → arguments → status → date → place →
contexts → Event. The document state (persons seen, the last pair of parties, an ongoing visit)
carries coreference from sentence to sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import cache, cached_property

import ahocorasick

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.arguments import (
    FOREIGN_SECTORS,
    HOME_SECTORS,
    MEDIA_SECTORS,
    STATE_SECTORS,
    Arguments,
    clause_arguments,
    coordinated_group,
    foreign_group,
    link_coordination,
    office_holder_country,
    resolve,
    topic_note,
)
from chronik.extract.coref import DocState, Party, Rejected
from chronik.extract.diskcache import cached, data_key
from chronik.extract.lexicon import Lexicon, country_codes, lexicon
from chronik.extract.mentions import Atom, Mention, compose, seat_of_body, sentence_atoms
from chronik.extract.places import PlaceMention
from chronik.extract.scan import Scanner
from chronik.extract.speech import (
    continued_demand,
    modal_cue,
    qualification,
    report_verb,
    speaker_of,
    speech_act,
)
from chronik.extract.status import SentenceMood, clause_status, sentence_mood
from chronik.extract.tokens import (
    AUX_KINDS,
    DASHES,
    PREPOSITION_KINDS,
    Clause,
    Token,
    has_kind,
    split_clauses,
    tokenize,
)
from chronik.extract.triggers import VERBAL_WITH_CONTENT, TriggerHit, clause_lemmas, find_triggers, select
from chronik.plover import plover
from chronik.records import Document, Entity, Event, Location, Precision, PubDate, Sentence, Status

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# a meeting or cooperation of a joint subject is coded one side -> the other
DYADIC_WHEN_JOINT = frozenset({"CONSULT", "COOPERATE", "AGREE"})
OWN_FORCES = frozenset({"MOBILIZE", "RETREAT"})  # 'verlegte seine Truppen': the forces are the actor's own
OWN_FORCES_MODES = frozenset({None, "troops", "weapons", "police", "militia", "withdraw"})


# state acts whose agent a passive may leave implicit ('wurde er festgenommen'): the article's country, in the
# sector that does such things; by PLOVER mode, so that 'wurde gehackt' or 'erpresst' (no state act) stay unsaid
IMPLIED_SECTOR = {("COERCE", "arrest"): "COP", ("COERCE", "seize"): "COP", ("COERCE", "curfew"): "GOV",
                  ("COERCE", "martial-law"): "GOV", ("COERCE", "restrict"): "GOV", ("COERCE", "censor"): "GOV",
                  ("COERCE", "deport"): "GOV", ("SANCTION", "convict"): "JUD", ("SANCTION", "expel"): "GOV",
                  ("ASSAULT", "crowd-control"): "COP", ("ACCUSE", "investigate"): "JUD",
                  ("THREATEN", "arrest"): "JUD"}
# the note flag of verbs whose subject hosts or receives ('empfangen', 'erntete Kritik von X'): a whole word, so
# that a note about hostages or hostilities is no flag
HOST_FLAG = re.compile(r"\bhost\b")


@cache
def _host_verb(note: str) -> bool:
    """Whether a trigger row's note calls its verb a host verb (the visitor is the actor); read once per note."""
    return HOST_FLAG.search(note) is not None


# people who are often abroad: a US journalist or student in an article about Bahrain or North Korea does not
# make the article about their country
VISITOR_SECTORS = frozenset({"JRN", "MED", "REF", "CVL", "EDU", "BUS"})
# implied agents only when the act is aimed at a party: things are investigated by anybody
IMPLIED_ONLY_AGAINST = frozenset({("ACCUSE", "investigate")})
# force used by a country's own police, army or courts on people not named: the target is domestic (seized
# things and a curfew have no one target to code)
DOMESTIC_FORCE = frozenset({("COERCE", None), ("COERCE", "arrest"), ("COERCE", "deport")} | {
    ("ASSAULT", m) for m in (None, "abduct", "beat", "torture", "targeted", "firearms", "crowd-control")})
FORCE_SECTORS = frozenset({"COP", "MIL", "JUD", "SPY"})
FORCE_EVENTS = frozenset({"COERCE", "ASSAULT", "SANCTION", "MOBILIZE"})
# court sentences: the person sentenced is a party even when chronik cannot name them (of the court's country)
COURT_SENTENCES = frozenset({("SANCTION", "convict")})
INSURGENT_SECTORS = frozenset({"REB", "UAF"})  # armed groups fighting the state of their own country
# protests and repression with no named target: the government or people of the place (PLOVER gold codes
# 'demonstrated in Serbia' SRB -> SRB, 'imposed a curfew in Cizre' TUR -> TUR); not cyber or disinformation
DOMESTIC_TARGET = frozenset({"PROTEST", "COERCE"})
FOREIGN_MODES = frozenset({"cyber", "misinformation"})
# crowd acts an existential clause reports without a doer ('es kam zu Protesten'): the place's people
CROWD_EVENTS = frozenset({"PROTEST"})
# people who are no organised party: known only by the article's country, they act for it only by protesting
PEOPLE_SECTORS = frozenset({"CVL", "EDU"})
# acts that always have a target: without one found, the event is not coded
TARGETED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# hostile acts whose condemnation is an accusation even when their doer is not named ('verurteilte den Anschlag')
CRITICISED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
# act nouns whose genitive is the doer ('die Angriffe der Armee'); after an arrest or a ban it is the victim
GENITIVE_DOER = frozenset({"ASSAULT", "THREATEN", "SANCTION", "MOBILIZE"})


@dataclass
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    clauses: list[Clause]
    mood: SentenceMood
    places: list
    date_words: list  # the date-word hits of the sentence (extract/scan.py)
    dates: list | None = None  # found on first use, once per sentence
    keyword_contexts: tuple[str, ...] | None = None  # the same


class Extractor:
    """Extract events from one language's documents. Build once per language; ``extract`` is pure."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)

    @cached_property
    def _dates(self):
        from chronik.extract.dates import DateFinder

        return DateFinder(self.lang)

    @cached_property
    def _places(self):
        from chronik.extract.places import PlaceFinder

        return PlaceFinder(self.lang)

    @cached_property
    def _scanner(self) -> Scanner:
        """Names, places and date words in one automaton: a sentence is read once for all three. Built once per
        installation and language data, then read from the disk cache (~0.2 s instead of ~0.6 s per process)."""
        def build() -> Scanner:
            names = self.lex.automaton.items() if self.lex.automaton is not None else ()
            return Scanner(names, self._places.words(), self._dates.words())

        return cached(f"scanner-{self.lang}", data_key(self.lang), build)

    @cython.locals(state=DocState, view=SentenceView)
    def extract(self, doc: Document, sentences: tuple[Sentence, ...] | list[Sentence],
                rejected: list[Rejected] | None = None) -> list[Event]:
        """The document's events; triggers found but not coded are appended to ``rejected`` when given."""
        state = DocState(rejected=rejected)
        views = [self._view(s, state, doc) for s in sentences]
        topic = topic_country(views)
        state.topic, state.topic_weight = topic if topic is not None else (None, 0.0)
        events: list[Event] = []
        for view in views:
            events.extend(self._sentence_events(doc, view, state))
        body = next((v.sentence.index for v in views[:4] if any(_is_dateline(v, p) for p in v.places)), None)
        return merge_mentions(merge_teaser(events, body))

    # -- sentence analysis -------------------------------------------------------------------------
    @cython.locals(lex=Lexicon, m=Mention, state=DocState)
    def _view(self, s: Sentence, state: DocState, doc: Document) -> SentenceView:
        lex = self.lex
        tokens = tokenize(s.text, s.start, lex)
        hits = self._scanner.scan(s.text)
        atoms = _resolve_anaphors(sentence_atoms(s.text, s.start, tokens, lex, hits.names), state)
        places = self._places.find(s.text, hits.places)
        mentions = seat_of_body(compose(tokens, atoms, lex, s.text, s.start), tokens, places, lex, s.text, s.start)
        state.subject_country = next((m.code for m in mentions if m.kind in ("country", "capital") and m.code
                                      and m.prep is None and not m.genitive and not m.oblique
                                      and (m.first == 0 or "genitive_link" not in tokens[m.first].kinds)),
                                     state.subject_country)
        mentions = self._add_surnames(tokens, mentions, state, s)
        link_coordination(mentions)
        for m in mentions:
            self._finish_person(m, state, doc)
            _role_memory(m, state)
        clauses = split_clauses(tokens, lex)
        return SentenceView(s, tokens, mentions, clauses, sentence_mood(tokens, clauses, lex), places, hits.dates)

    @cython.locals(m=Mention, mentions=list, state=DocState, tokens=list)
    def _add_surnames(self, tokens: list[Token], mentions: list[Mention], state: DocState,
                      s: Sentence) -> list[Mention]:
        """A capitalised word that is the surname of a person named earlier refers to that person."""
        if not state.persons:
            return mentions  # nobody named yet
        taken = {i for m in mentions for i in range(m.first, m.last)}
        extra: list[Mention] = []
        suffixes = tuple(x for x in self.lex.meta.get("name_suffixes", []) if x)
        for t in tokens:
            if t.i in taken or not t.is_cap:
                continue
            party = state.person_for(t.text)
            genitive = False
            if party is None and t.text.endswith(suffixes):
                stem = next((t.text[: -len(x)] for x in suffixes if t.text.endswith(x) and len(t.text) > len(x) + 2),
                            None)
                party = state.person_for(stem) if stem else None
                genitive = party is not None  # 'Assads Rücktritt': the surname in the genitive
            if party is None:
                continue
            e = party.entity
            m = Mention(t.i, t.i + 1, t.start, t.end, t.text, "person", e.code, e.sector, ["coref:surname"], e.name,
                        e.office, gender=party.gender, genitive=genitive)
            extra.append(m)
        if not extra:
            return mentions
        for m in extra:
            m.prep = None
            j = m.first - 1
            if j >= 0 and tokens[j].kinds & {
                    "recipient_prep", "location_prep", "destination_prep", "agent_prep"}:
                m.prep = tokens[j].lower
        return sorted(mentions + extra, key=lambda m: m.first)

    @cython.locals(m=Mention, state=DocState)
    def _finish_person(self, m: Mention, state: DocState, doc: Document) -> None:
        if m.kind != "person" or not m.name:
            return
        row = _row_for_date(m.person_rows, doc.pub_date, m.sector)
        if row is not None:
            m.code = m.code or row["code"]
            m.sector = row["sector"] or m.sector
            if _left_office(row, doc.pub_date):
                m.sector = "ELI"  # 'Ex-Präsident Trump' in 2021: a former office holder
            m.office = row["office"] or m.office
            m.gender = row["gender"] or m.gender
            m.name = row["name"]
            m.refs.append(row.ref)
        if (m.code or m.office) and "coref:surname" not in m.refs:
            # an office holder without a country is known by surname too; the country comes later
            state.register_person(Party(Entity(m.code, m.sector, m.text, m.name, m.office), m.gender))

    # -- events ------------------------------------------------------------------------------------
    @cython.locals(antecedent=Mention, cl=Clause, h=TriggerHit, hit=TriggerHit, last_party=Mention, m=Mention,
                   p=PlaceMention, resumed=Mention, state=DocState, t=Token, v=SentenceView)
    def _sentence_events(self, doc: Document, v: SentenceView, state: DocState) -> list[Event]:
        events: list[Event] = []
        prev_actor: list[Mention] = []
        last_party = None
        state.sentence = v.sentence.index
        state.here = next((p.location.country for p in v.places
                           if p.prep and self.lex.has_cue(p.prep, "location_prep") and p.location.country), None)
        first_person = [m for m in v.mentions if m.kind == "pronoun" and "first_person" in v.tokens[m.first].kinds]
        # the reporting clause is another one than the quote's ('Ich habe X kritisiert, sagte Lawrow')
        others = [c for c in v.clauses if not any(c.first <= m.first < c.last for m in first_person)]
        speaker = speaker_of(v.tokens, others, v.mentions, self.lex) if first_person else []
        state.speaker = resolve(speaker, state, v.tokens, self.lex, [], v.mentions) if speaker else []
        if v.sentence.text.rstrip(" \"'“”„«»").endswith("?"):
            # 'Frage: Wie oft werden Asylwerber abgeschoben?': a question reports no act
            self._remember(v, events, state)
            return events
        if state.reporting and not v.mood.reported and any("counterfactual" in t.kinds for t in v.tokens):
            # 'X sagte, ... . Doch beide Länder hätten die Zusammenarbeit verstärkt.': reported speech goes on in
            # the subjunctive; its 'hätten' reports a past act, it does not suppose one
            v.mood = replace(v.mood, reported=True)
        verbal_act = False
        plan: list[Mention] = []  # subject of a 'plant, ... zu' clause whose zu-clause is the planned act
        resumed = None  # the referent of the relative clause just read
        for cl in v.clauses:
            if cl.kind == "content" and plan and not events:
                for hit in select(find_triggers(v.tokens, cl, self.lex), cl):
                    ev = self._event(doc, v, cl, hit, state, plan, None, planned=True)
                    if ev is not None:
                        events.append(ev)
                plan = []
                continue
            if cl.kind == "content" or (verbal_act and cl.kind == "subordinate"):
                continue  # the content of a verbal act is not an act
            antecedent = None
            if cl.kind == "relative":
                # 'die Regierung, die X kritisierte': the party right before the comma is the referent;
                # 'eine Person, die bereit sei' refers to nobody coded
                if last_party is None or last_party.last < cl.first - 1:
                    continue
                antecedent = last_party
            found = self._finite(v, find_triggers(v.tokens, cl, self.lex), state)
            happening = [h for h in found if h.trigger.event in CROWD_EVENTS and _happened(v.tokens, cl, h, self.lex)]
            hits = happening[:1] or select(found, cl)  # 'kam es trotz Aufrufen zu Demonstrationen': the happening
            for hit in hits:
                ev = self._event(doc, v, cl, hit, state, prev_actor, antecedent, resumed=resumed)
                if ev is not None:
                    events.append(ev)
                    verbal_act = verbal_act or ev.event in VERBAL_WITH_CONTENT
            inside = [m for m in v.mentions if cl.first <= m.first < cl.last and m.is_party]
            bare = [m for m in inside if m.prep is None]
            if bare and has_kind(v.tokens, cl.first, cl.last, "future_modal"):
                plan = [bare[0]]
            if hits and self.lex.meta.get("subject_before_verb"):
                bare = [m for m in bare if m.first < hits[0].token]  # after the verb: an object, not the subject
            if bare and cl.kind != "relative" and not _apposition(v, cl):
                prev_actor = [bare[0]]
            if inside:
                last_party = inside[-1]
            # 'Gauck, der ihn empfing, lobte ...': the clause after a relative clause goes on with its referent
            resumed = antecedent if cl.kind == "relative" and antecedent.prep is None \
                else _relative_head(v, cl)
        # a reported criticism or demand, also beside the act it is about ('Es sei inakzeptabel, dass Israel
        # die Hilfslieferungen blockiere, erklärte der König'), unless the sentence already codes one
        ev = self._speech_event(doc, v, state)
        if ev is not None and not any(e.event == ev.event for e in events):
            events.append(ev)
        self._remember(v, events, state)
        return events

    @cython.locals(h=TriggerHit, hits=list, state=DocState, v=SentenceView)
    def _finite(self, v: SentenceView, hits: list[TriggerHit], state: DocState) -> list[TriggerHit]:
        """'seine mehrfach angedrohte Verfassungsklage', 'die vom Iran unterstützten Rebellen eroberten ...': a
        participle before its noun describes the noun; it is no act of the sentence (nor its main verb)."""
        out = []
        for h in hits:
            if h.how == "verb" and _attributive(v.tokens, h.token, self.lex):
                if state.rejected is not None:
                    state.rejected.append(Rejected(v.sentence.index, v.tokens[h.token].text, h.trigger.event,
                                                   "an attributive participle describes its noun", ()))
                continue
            out.append(h)
        return out

    @cython.locals(antecedent=Mention, args=Arguments, cl=Clause, hit=TriggerHit, m=Mention, owner=Mention,
                   prev_actor=list, resumed=Mention, state=DocState, t=Token, v=SentenceView)
    def _event(self, doc: Document, v: SentenceView, cl: Clause, hit: TriggerHit, state: DocState,
               prev_actor: list[Mention], antecedent: Mention | None = None, planned: bool = False,
               resumed: Mention | None = None) -> Event | None:
        lex, trig = self.lex, hit.trigger
        trail = [f"trigger:{hit.how} '{v.tokens[hit.token].text}' -> {trig.event}"
                 f"{'/' + trig.mode if trig.mode else ''} ({trig.ref})"]
        plain_noun = hit.how in ("noun", "compound-noun")
        # read here: a closure's names stay untyped
        sentence, word, rejected = v.sentence.index, v.tokens[hit.token].text, state.rejected

        def drop(reason: str) -> None:
            if rejected is not None:
                rejected.append(Rejected(sentence, word, trig.event, reason, tuple(trail)))

        if hit.how in ("noun", "compound-noun", "light-verb") and _circumstance(v.tokens, hit.token, cl, lex):
            # 'Bei den Kämpfen starben sieben Soldaten': a noun in a prepositional phrase is a setting
            return drop("a noun in a prepositional phrase is the setting, not the act")
        if trig.event != "REQUEST" and _demand_in(v, cl):
            # 'Südkorea müsse sich entschuldigen': what somebody must do is a demand, not the act
            return drop("what somebody must do is a demand, not the act")
        if plain_noun and v.mood.reported and _has_report_verb(v.tokens, cl, lex) \
                and not (trig.event == "CONSULT" and _during(v.tokens, hit.token, lex)):
            # 'Vor seiner Reise sagte Erdogan': a noun in a reporting clause is not the act; but 'sagte bei einem
            # Besuch in Athen' reports the visit it was said on
            return drop("a noun in a reporting clause is not the act")
        predicate = lex.meta.get("predicate_markers", ())
        markers = frozenset(predicate) - trig.marks  # not the preposition that marks the act's own target
        if hit.how in ("noun", "compound-noun", "light-verb") and any(
                "qualify" in lex.cue_lemmas.get(t.lemma, ()) and t.lemma not in trig.condition_words
                for t in v.tokens[cl.first:cl.last] if t.is_word and not t.is_cap) and (
                not predicate or any(t.lower in markers for t in v.tokens[cl.first:cl.last])):
            # 'Xi hat den Kampf gegen Separatisten als notwendig bezeichnet': what is judged is no act reported ('fand
            # scharfe Worte für Russland': 'für' marks the act's target, no predicate)
            return drop("a noun a speaker qualifies is not the act")
        args = clause_arguments(v.tokens, cl, hit, v.mentions, lex)
        patient = "patient" in trig.note.split() and not args.passive
        if patient:
            # 'Ein deutscher Journalist fasste in der Türkei fünf Jahre Haft aus': the subject undergoes the act,
            # whose doer is implied as in a passive
            args.recipient, args.actor, args.passive = args.actor[:1], [], True
            trail.append("args:the subject undergoes the act (trigger note)")
        if antecedent is not None and not args.passive:
            args.recipient = args.recipient or [m for m in args.actor if m is not antecedent][:1]
            args.actor = [antecedent]
            trail.append(f"args:relative clause, subject is '{antecedent.text}'")
        elif resumed is not None and not args.passive and not plain_noun and cl.kind == "main" \
                and _verb_first(v.tokens, cl, hit) and resumed not in args.actor:
            # 'Gauck, der ihn empfing, lobte die Regierung': the relative clause's referent is the subject
            args.recipient = args.recipient or args.actor[:1]
            args.actor = [resumed]
            trail.append(f"args:subject before the relative clause, '{resumed.text}'")
        elif prev_actor and not args.passive and not plain_noun and _shares_subject(v.tokens, cl, hit):
            # '... zurück und drohte Japan mit Tests': the coordinated verb keeps the subject; Japan is its object
            args.recipient = args.recipient or args.actor
            args.actor = list(prev_actor)
            trail.append("args:coordinated verb shares the previous subject")
        elif planned and prev_actor and not args.passive:
            # 'Frankreich plant, Soldaten nach Mali zu entsenden': the planner acts; the zu-clause has no subject
            args.recipient = args.recipient or args.actor
            args.actor = list(prev_actor)
            trail.append("args:subject of the planning clause")
        elif prev_actor and not args.passive and not plain_noun and _reported_pronoun_subject(v, cl, args, lex):
            # 'X announced that it/they would ...': the pronoun subject of reported speech is the speaker
            args.actor = list(prev_actor)
            trail.append("args:pronoun subject of reported speech is the speaker")
        elif not args.actor and prev_actor and not args.passive and not plain_noun and (
                cl.kind == "main" and _verb_first(v.tokens, cl, hit)):
            # '..., kritisierte aber X': a main clause that opens with its verb continues the previous subject;
            # any other clause has a subject of its own even when it is no known party ('weil die KPÖ ...')
            args.actor = list(prev_actor)
            trail.append("args:subject inherited from the previous clause")
        trail.extend(args.trail)
        neuter = _neuter_subject(v, cl, hit, lex) and not args.passive
        if neuter:
            # 'Das Militär drohte Südkorea ... . Es warf der Regierung vor': a referential 'es' is the subject: the
            # neuter subject of the sentence before, or nobody, never the object
            args.recipient, args.actor = args.recipient or args.actor, []
            if state.neuter_subject:
                trail.append(f"coref:'{v.tokens[0].text}' -> {state.neuter_subject[0].text} (the neuter subject)")
        fronted = frozenset(m.name or m.text for m in args.recipient) if args.fronted_object else frozenset()
        actor = list(state.neuter_subject) if neuter else resolve(args.actor, state, v.tokens, lex, trail, v.mentions,
                                                                  exclude=fronted)
        if not actor and args.passive:
            actor = self._agent_from_compound(v, cl, trig.event, trail)
        if not actor and not args.actor and not args.passive:
            actor = self._agent_from_modifier(v, cl, hit, trail)
        # 'wurde ein Journalist angeklagt': a legal act done to a party is by the courts of the place
        implied = IMPLIED_SECTOR.get((trig.event, trig.mode)) or (
            "JUD" if trig.event in ("ACCUSE", "SANCTION", "REJECT") and "legal" in trig.context
            and any(m.is_party for m in args.recipient) else None)
        if (trig.event, trig.mode) in IMPLIED_ONLY_AGAINST and not any(m.is_party for m in args.recipient):
            implied = None  # 'Untersucht wurden mehrere Aspekte' is a study; 'gegen X wird ermittelt' a case
        weak = not state.here and state.topic_weight < 2 and state.topic in {m.code for m in args.recipient}
        if not actor and args.passive and (state.here or state.topic) and implied and not weak:
            # ('Russische Diplomaten ausgewiesen': the country named once is the passive subject's, so it cannot
            # also be the unnamed agent)
            # the country where it happened ('In Italien wurde ein Mann festgenommen'), else the article's
            actor = [Entity(state.here or state.topic, implied, None)]
            whose = "the country of the place" if state.here else "the article's country"
            trail.append(f"args:implied agent of a passive -> {actor[0].code} ({whose})")
        means = lex.meta.get("unknown_attacker_means", ())
        if not actor and means and trig.event == "ASSAULT" and (args.passive or all(
                m.code is None and m.sector == "UAF" for m in args.actor)) and any(
                t.lemma in means or t.lower in means for t in v.tokens[cl.first:cl.last]):
            # 'A roadside bomb near Samarra killed a soldier', 'was killed in a car bomb explosion in Beirut':
            # the attacker is not named; an unidentified armed force in the country of the place
            where = self._place_of_clause(v, cl)
            if where:
                actor = [Entity(where, "UAF", None)]
                trail.append(f"args:unnamed attacker -> {where} (unidentified, in the country of the place)")
        # an object pronoun is not the actor itself ('Gauck, der ihn empfing')
        recipient = resolve(args.recipient, state, v.tokens, lex, trail, v.mentions, target=True,
                            exclude=frozenset(a.name for a in actor if a.name))
        if not recipient and args.recipient and state.topic is None and len({a.code for a in actor}) == 1 \
                and actor[0].code in country_codes():
            # 'Landeshauptmann Pröll kritisierte die Bundesregierung' in a text that names no country: an
            # uncoded state body as the target is of the actor's country
            recipient = [Entity(actor[0].code, m.sector, m.text) for m in args.recipient[:1]
                         if m.code is None and m.sector in STATE_SECTORS and m.kind == "role"]
            if recipient:
                trail.append(f"args:recipient '{recipient[0].text}' -> {actor[0].code} (the actor's country)")
        if not recipient and len({a.code for a in actor}) == 1 and actor[0].code \
                and ("legal" in trig.context or all(a.sector in FORCE_SECTORS for a in actor)):
            # 'Die Staatsanwaltschaft wirft Anton Schlecker Betrug vor', 'Die Polizei nahm Hans-Peter Gruber fest',
            # 'Strache klagte David Prieth': a named person the dictionary does not know, on whom a state's police,
            # army or courts act, or whom a party takes to court, is of that country
            recipient = [Entity(actor[0].code, None, m.text, m.name) for m in args.recipient if m.private and m.name]
            if recipient:
                trail.append(f"args:recipient '{recipient[0].text}' -> {actor[0].code} (a person the actor's state "
                             "acts on)")
        if actor and recipient and state.topic_weight < 2 and all(_from_topic(a, trail) for a in actor) \
                and {a.code for a in actor} <= {r.code for r in recipient if not _from_topic(r, trail)}:
            # 'Die Regierung kritisierte Russland': the only country named is the target, so it cannot also
            # stand in for the unnamed actor
            trail.append("args:actor unknown (the article's country is the named target)")
            actor = []
        happened = not actor and trig.event in CROWD_EVENTS and plain_noun and bool(state.here or state.topic) \
            and _happened(v.tokens, cl, hit, lex)
        if happened:
            # 'Am Freitag kam es zu weiteren Demonstrationen': people of the place (the place's country)
            actor = [Entity(state.here or state.topic, "CVL", None)]
            trail.append(f"args:actor=the people of the place ({actor[0].code}), 'es kam zu'")
        elif not actor and not args.actor and trig.event in CROWD_EVENTS and not plain_noun and not args.passive \
                and (where := state.here or (_dateline_country(v) if v.sentence.index <= 1 else None)
                     or (state.topic if state.topic_weight >= 3 and trig.mode in ("demo", "strike") else None)):
            # 'Tausende Menschen demonstrierten in Wien', 'Wien – Tausende demonstrierten': a crowd chronik cannot
            # name is the people of the place (the dateline's, when the sentence names none; else the country the
            # article is clearly about)
            actor = [Entity(where, "CVL", None)]
            trail.append(f"args:actor=the people of the place ({where})")
        if not actor:
            return drop("no coded actor")
        citizens = all(a.sector in PEOPLE_SECTORS and _from_topic(a, trail) for a in actor)
        refugees = all(a.sector in FOREIGN_SECTORS for a in actor)
        if refugees and trig.event not in CROWD_EVENTS and trig.event != "ASSAULT":
            # 'Flüchtlinge aus Syrien wollen nach Deutschland weiterreisen' (no visit), 'Kein Land hat mehr Flüchtlinge
            # aus Syrien aufgenommen als die Türkei' (the object is no actor): refugees act only as a crowd
            return drop("refugees act only by protesting or in violence")
        if trig.event == "CONSULT" and args.actor and all(m.kind == "demonym" for m in args.actor + args.recipient):
            # 'Die Belgier empfangen die Russen': peoples (or their teams) meeting pay no state visit
            return drop("peoples meeting are no visit")
        if trig.event in FORCE_EVENTS and all(a.sector in MEDIA_SECTORS for a in actor):
            # 'das kroatische Staatsfernsehen berichtete über anstehende Grenzkontrollen': media report force and
            # sanctions, they do not use them
            return drop("media do not use force or sanctions")
        if trig.event == "PROTEST" and trig.mode == "demo" and hit.how in ("verb", "split-verb") \
                and all(a.sector == "GOV" for a in actor) and not any([m.plural or _counted(v.tokens, m)
                                                                      for m in args.actor]):  # a list: v is typed
            # 'China protestierte gegen den Besuch': a government's protest is a diplomatic disapproval (not
            # 'tausende Ungarn protestierten', not 'Funktionäre demonstrierten')
            trig = replace(trig, event="ACCUSE", mode="disapprove")
            trail.append("event:a government's protest -> ACCUSE/disapprove")
        elif citizens and trig.event == "ASSAULT":
            # 'Die Polizei wurde von Demonstranten mit Steinen beworfen': violence of a crowd is a riot
            trig = replace(trig, event="PROTEST", mode="riot")
            trail.append("event:violence of unnamed citizens -> PROTEST/riot")
        elif citizens and trig.event not in CROWD_EVENTS and not (
                trig.event == "REQUEST" and recipient and all(r.sector in STATE_SECTORS for r in recipient)):
            # 'Die Schüler seien zur Teilnahme verpflichtet', 'Bewohner riefen Verwandte an': citizens, pupils
            # and parents chronik knows only by the article's country act for it only by protesting, or by a demand
            # to the state, which is part of the protest ('Die Demonstranten verlangten von der Regierung ...')
            return drop("unnamed citizens act for a country only by protesting")
        court = trig.flag("court")
        if court and actor and all(a.sector == "JUD" for a in actor):
            # 'Das Landgericht verurteilte den Unternehmer wegen Betrugs': what a court condemns, it convicts
            done, _, how = court.partition("/")
            trig = replace(trig, event=done, mode=how or None)
            trail.append(f"event:done by a court -> {court}")
        if not recipient and trig.event in VERBAL_WITH_CONTENT:
            recipient = self._content_subject(v, cl, hit, state, trail)
        joint = trig.flag("joint")
        if joint and len({e.code for e in actor + recipient if not _from_topic(e, trail)}) >= 2:
            # 'ein Großmanöver der USA und Südkoreas', 'Manöver der USA mit Südkorea': done together (trigger note)
            trig = replace(trig, event=joint, mode=None)
            trail.append(f"event:two parties together -> {joint}")
        actor, recipient = self._shape_parties(trig.event, trig.note, actor, recipient, trail, trig.mode)
        # 'Beide Seiten werfen sich vor', 'liefern sich Soldaten und Rebellen Gefechte': two sides to each other
        mutual = len(actor) >= 2 and (len(args.actor) >= 2 or any(m.kind == "collective" for m in args.actor)) \
            and has_kind(v.tokens, cl.first, cl.last, "reciprocal")
        sentenced = (trig.event, trig.mode) in COURT_SENTENCES and not plain_noun
        if trig.event == "COERCE" and not recipient and all(a.sector in ("PTY", "OPP") for a in actor):
            # 'Die Grünen gehen schärfer gegen Hetze im Netz vor': a party coerces nobody it does not name
            return drop("a party coerces nobody named")
        if trig.event == "CONSULT" and not recipient and not args.recipient and len(args.actor) == 1 \
                and args.actor[0].kind != "person" and not any(a.sector in STATE_SECTORS for a in actor):
            # 'Alle Betriebsräte kommen zur Beratung zusammen': a group that is no state body meeting by itself is
            # no consultation between parties ('Die Außenminister der EU kommen zusammen' is)
            return drop("a group that is no state body meeting by itself")
        # the crowd police disperse need no name ('Die Sicherheitskräfte antworteten mit Tränengas'): the people of
        # the place, when the domestic-force rule below finds them
        deferred = False
        if not recipient and (plover().types[trig.event].requires_recipient or plain_noun) and not happened \
                and not (mutual and not plain_noun):
            deferred = sentenced or (trig.event, trig.mode) == ("ASSAULT", "crowd-control")
            if not deferred:
                # a bare noun ('Friedensgespräche') needs both sides to be an event
                return drop("no coded recipient (the type or a bare noun needs one)")
        marked = trig.marks & {t.lower for t in v.tokens[cl.first:cl.last]}
        if not recipient and _required_prep(trig.recipient) and len({a.code for a in actor}) < 2 and not (
                marked and trig.event in DOMESTIC_TARGET):
            # 'sprechen' is a meeting only 'mit' somebody (or between a joint subject); 'ging gegen Anhänger des
            # Predigers vor' has its phrase, only no coded party in it (the place's people, below)
            return drop(f"no recipient marked by {'/'.join(trig.recipient)}")
        status, tense = clause_status(v.tokens, cl, hit, v.mood, lex, trail)
        wish = _wished(v, cl, lex) if status is not Status.NEGATED else None
        if wish is not None:
            status, tense = Status.HYPOTHETICAL, "future"
            trail.append(f"status:hypothetical (wished, feared or expected: '{wish}, {cl.opener} ...')")
        elif planned and status is Status.ASSERTED:
            status, tense = Status.FUTURE, "future"
            trail.append("status:future (the planned act of 'plant, ... zu')")
        elif status is Status.FUTURE and trig.event == "THREATEN" and not planned and any(
                t.lower in lex.meta.get("announcing_words", ()) for t in v.tokens[cl.first:cl.last]):
            # 'kündigte Konsequenzen für die Türkei an': announcing consequences is the threat itself
            status, tense = Status.ASSERTED, "past"
            trail.append("status:asserted (an announced threat is made)")
        event, mode = trig.event, trig.mode
        if status is not Status.NEGATED and trig.flag("plain") == "none":
            # 'schließt einen Militärschlag aus': ruling out force is no act towards the other side (only its
            # negation is: a threat, negated=asserted)
            return drop("only the negated act is an event")
        negated = trig.flag("negated") if status is Status.NEGATED else None
        if negated == "asserted":
            # 'ließ kein gutes Haar an X', 'nahm kein Blatt vor den Mund': the negation is the idiom's own
            status = Status.FUTURE if tense == "future" else Status.ASSERTED
            trail.append("status:the negation is part of the idiom")
        elif negated == "none":
            # 'schloss Neuwahlen nicht aus': not ruling out is no refusal, and no act either
            return drop("negated, and this negation is no refusal")
        elif status is Status.NEGATED and (negated == "REJECT" or (
                event in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE") and tense == "future" and not plain_noun)):
            # 'werde keine Gespräche führen', 'will nicht zustimmen': a refusal (EVENTS.md section 1)
            event, mode = "REJECT", "meet" if event == "CONSULT" else None
            status = Status.ASSERTED
            trail.append("event:refusal -> REJECT")
            if not recipient:
                # 'werde nicht über den Hilfsantrag aus Athen beraten': the refused party owns what is refused
                own = {a.code for a in actor}
                first, last = cl.first, cl.last
                owner = next((m for m in v.mentions if first <= m.first < last and m.code and m.code not in own
                              and (m.genitive or lex.has_cue(m.prep or "", "source_prep"))), None)
                if owner is not None:
                    recipient = [Entity(owner.code, owner.sector, owner.text, owner.name, owner.office)]
                    trail.append(f"args:recipient '{owner.text}' (the owner of what is refused)")
        date, precision, status = self._date(doc, v, cl, hit, status, tense, trail)
        location = self._location(v, cl, hit, args, trig.event, actor, status, state, trail)
        if event in ("ASSAULT", "THREATEN") and not recipient and location is not None and location.country \
                and location.country not in {a.code for a in actor}:
            # 'Israeli warplanes struck targets in Gaza': the attacked place's country is the target
            recipient = [Entity(location.country, None, location.name)]
            trail.append(f"args:recipient=country of the attacked place ({location.country})")
        elif event == "ASSAULT" and not recipient and not args.recipient and actor \
                and lex.meta.get("rebels_attack_their_state") and all(a.sector in INSURGENT_SECTORS for a in actor) \
                and (where := self._place_of_clause(v, cl)) in {a.code for a in actor}:
            # 'Afghan guerillas blew up power lines leading into Kabul': rebels attacking in their own country
            # with no target named attack its state
            recipient = [Entity(where, "GOV", None)]
            trail.append(f"args:recipient=the state where rebels attack ({where})")
        elif (event, mode) in DOMESTIC_FORCE and not args.recipient and not args.passive and state.topic \
                and state.topic_weight >= 2 \
                and {a.code for a in actor} == {state.topic} \
                and (mode == "crowd-control" or all(a.sector in FORCE_SECTORS for a in actor)) \
                and (location is None or location.country in (None, state.topic)):
            # 'Die Polizei stürmte die Zentrale eines Medienkonzerns' in an article about Turkey: the
            # unnamed target of the country's own police, army or courts is in that country
            recipient = [Entity(state.topic, None, None)]
            trail.append(f"args:recipient=the article's country ({state.topic}), target of its own forces")
        elif deferred and sentenced and len({a.code for a in actor}) == 1 and actor[0].sector == "JUD" \
                and (location is None or location.country in (None, actor[0].code)) \
                and (not args.passive or patient or has_kind(v.tokens, cl.first, cl.last, "passive_aux")):
            # 'Das Gericht verurteilte den früheren Lobbyisten zu drei Jahren Haft', 'Der Angeklagte wurde zu fünf
            # Jahren Haft verurteilt': a person the court's country tried, not named as a party ('Der Grenzübertritt
            # wird mit Haft bestraft' is a law)
            recipient = [Entity(actor[0].code, None, None)]
            trail.append(f"args:recipient=a person tried in the court's country ({actor[0].code})")
        elif (event in DOMESTIC_TARGET and mode not in FOREIGN_MODES and not recipient and not args.recipient
              and len({a.code for a in actor}) == 1):
            # 'Tausende Ungarn gingen auf die Straße', 'verhängte eine Ausgangssperre': a protest, a curfew or a
            # ban with no named target is aimed at the government or people of the place (else the actor's own)
            code = location.country if location is not None and location.country else actor[0].code
            recipient = [Entity(code, "GOV" if event == "PROTEST" else None, None)]
            trail.append(f"args:recipient=the country where it happens ({code}), no target named")
        elif (event in lex.meta.get("place_target_events", ()) and not recipient and not args.recipient
              and location is not None and location.country and len({a.code for a in actor}) == 1
              and not (event in OWN_FORCES and location.country == actor[0].code)):
            # 'eased emergency measures in Montenegro', 'troops remained on alert in the West Bank': with no
            # target named, the country of the place it happens in (one's own forces at home aim at nobody)
            recipient = [Entity(location.country, None, location.name)]
            trail.append(f"args:recipient=the country where it happens ({location.country}), no target named")
        if deferred and not recipient:
            return drop("no coded recipient (no court or police of the place)")
        criticised = None
        if event == "ACCUSE" and mode == "disapprove" and hit.how != "adjective" and not mutual:
            # the party inside the condemned act's phrase is its victim ('die Sanktionen gegen chinesische
            # Firmen', 'die Festnahme des Journalisten'), not the accused
            after = min((m.first for m in args.recipient), default=None) if recipient else None
            criticised = self._criticised_act(v, cl, hit, state, trail, after)
            if criticised or (criticised is not None and not any(m.code for m in args.recipient)):
                # a named doer replaces the victim; an unnamed one leaves the act's doer open unless the
                # victim is named ('das Urteil gegen den türkischen Journalisten')
                recipient = [r for r in criticised if not any(_same_party(r, a) for a in actor)]
        if not recipient and event in ("ACCUSE", "REJECT", "AGREE") and not mutual and not args.recipient:
            recipient = self._earlier_act_doer(v, cl, hit, state, actor, trail)
        if "needs=recipient" in trig.note.split() and not mutual and {(r.code, r.sector) for r in recipient} <= {
                (a.code, a.sector) for a in actor}:
            # 'dementierte das Gerücht', 'Dass es einen Kessel gab, bestreitet die Polizei': denying a fact is no
            # refusal; denying a party's accusation is ('bestritt die Vorwürfe Kiews')
            return drop("no coded recipient (the trigger needs one)")
        if not recipient and event in TARGETED and not mutual and criticised is None \
                and not self._untargeted(v, cl, hit, event, actor, args):
            # 'China kritisierte die Militärübung' (the drill's parties are named): an accusation, demand or
            # threat whose target is named but not found is not coded half (the event would name a wrong, empty
            # side); 'Beide Seiten werfen sich vor' is mutual
            return drop("no coded target for an act that always has one")
        plural_actor = any(m.plural for m in args.actor)
        if not recipient and event not in CROWD_EVENTS and all(
                a.sector == "BUS" or (a.sector == "CVL" and not plural_actor) for a in actor):
            # 'Samsung plant, kleinere Varianten anzubieten', 'Der Österreicher verzichtet auf den Start': a
            # company or a private person acting towards no party is no political act ('Bosnian Serbs
            # released prisoners': a people acting is a party)
            return drop("a private party acting towards nobody")
        mode = self._mode(event, mode, actor, recipient, location, state, trail)
        start, end = _evidence_span(v, hit, args, cl)
        return Event(
            event=event, mode=mode, context=self._contexts(v, trig.context, actor, recipient),
            actor=tuple(actor), recipient=tuple(recipient), status=status, date=date,
            date_precision=precision, location=location, evidence=doc.text[start:end],
            sentence=v.sentence.index, start=start, end=end, attributed_to=None,
            confidence=_confidence(hit, args, recipient), trail=tuple(trail), doc_id=doc.doc_id,
        )

    @cython.locals(actor=list, cl=Clause, hit=TriggerHit, state=DocState, t=Token, trail=list, v=SentenceView)
    def _earlier_act_doer(self, v: SentenceView, cl: Clause, hit: TriggerHit, state: DocState,
                          actor: list[Entity], trail: list[str]) -> list[Entity]:
        """'Die EU verhängte Sanktionen gegen ... . Russland kritisierte die Sanktionen', 'Nordkorea wies die
        Vorwürfe zurück', 'Er nahm die Einladung an': a definite act noun as the object refers to the last act of
        its type the article coded; whoever did it is the target. What one rejects or accepts was aimed at oneself
        (or at nobody named)."""
        own = {a.code for a in actor}
        aimed = hit.trigger.event in ("REJECT", "AGREE")
        # 'Diese lehnt der Kreml ab', 'Das wies Moskau zurück': the act of the sentence before
        before = self._act_before(v, state, cl.first) if hit.token == cl.first + 1 else None
        if before is not None:
            event, targets, doer, _ = before
            if doer and not {d.code for d in doer} & own and (not aimed or not targets or own & targets):
                trail.append(f"args:recipient=doer of the {event} '{v.tokens[cl.first].text}' refers to")
                return list(doer)
        for t in v.tokens[cl.first:cl.last]:
            if t.i == hit.token or not (t.is_cap and t.is_word) or t.i == cl.first \
                    or "definite" not in v.tokens[t.i - 1].kinds:
                continue
            found = self.lex.noun_trigger(t.lemma)
            kinds = {tr.event for tr in found[0]} if found else set()
            for event, targets, doer, _ in reversed(state.acts[-12:]):
                if event in kinds and doer and not {d.code for d in doer} & own and (
                        not aimed or not targets or own & targets):
                    trail.append(f"args:recipient=doer of the earlier {event} '{t.text}' refers to")
                    return list(doer)
            if kinds:
                return []  # the act noun of another act, or of one the article did not code
        return []

    @cython.locals(state=DocState, v=SentenceView)
    def _act_before(self, v: SentenceView, state: DocState, i: int) -> tuple | None:
        """The act coded in the sentence before, when the token at ``i`` is a demonstrative that can refer to it
        (meta anaphoric_objects: 'Diese', 'Das', 'Dies')."""
        if not state.acts or v.tokens[i].lower not in self.lex.meta.get("anaphoric_objects", ()):
            return None
        act = state.acts[-1]
        return act if act[3] == v.sentence.index - 1 else None

    @cython.locals(actor=list, args=Arguments, hit=TriggerHit, m=Mention, t=Token)
    def _untargeted(self, v: SentenceView, cl: Clause, hit: TriggerHit, event: str, actor: list[Entity],
                    args: Arguments) -> bool:
        """'Lawrow forderte Verhandlungen über einen Pakt', 'Tsipras verurteilte die Flugblattaktion': a state
        body's (a church's, a union's, an NGO's) demand, threat or criticism of a thing, in a sentence that names
        no other party, is aimed at nobody in particular and is coded with no recipient. Not: a complaint about a
        state of affairs with no object ('Die Regierung beklagte, die Hilfe komme zu spät'), or blaming oneself
        ('wirft sich vor')."""
        if hit.how not in ("verb", "split-verb") or not all(a.sector in HOME_SECTORS or a.code == "NGO" for a in actor):
            return False
        if event == "REQUEST" and all(a.sector == "COP" for a in actor):
            return False  # 'Die Polizei bittet um Hinweise': an appeal to the public for witnesses, no political act
        # parties that do not count as another side: the actor's own ('Die EU dringt auf eine EU-Armee'), a party in
        # brackets after a name ('Außenminister Kurz (ÖVP)'), uncoded refugees, media and the dateline
        codes, named = {a.code for a in actor}, args.actor
        if any(m.is_party and not m.private and m not in named and m.sector not in MEDIA_SECTORS
               and m.prep != "dateline"
               and not foreign_group(m, v.tokens)
               and not (m.code in codes and m.kind not in ("person", "capital", "country", "region"))
               and not (m.first > 0 and v.tokens[m.first - 1].text == "(") for m in v.mentions):
            return False
        if any(m.kind == "capital" and m.first > 0 and v.tokens[m.first - 1].is_cap and v.tokens[m.first - 1].is_word
               for m in args.actor):
            return False  # a capital ending a name is no government ('Dinamo Zagreb', 'das Landesstudio Wien')
        own = {i for m in args.actor for i in range(m.first, m.last)}
        words = [t for t in v.tokens[cl.first:cl.last] if t.is_word and t.i not in own and t.i != hit.token]
        if any("reciprocal" in t.kinds for t in words):
            return False
        # the object of the criticism, not a phrase ('klagt über Riesenaufwand' is a complaint about a state of affairs)
        return event != "ACCUSE" or any(t.is_cap and t.i > cl.first and not _in_phrase(v.tokens, t.i) for t in words)

    @cython.locals(act=TriggerHit, c=Clause, cl=Clause, hit=TriggerHit, m=Mention, state=DocState, trail=list,
                   v=SentenceView)
    def _criticised_act(self, v: SentenceView, cl: Clause, hit: TriggerHit, state: DocState,
                        trail: list[str], before: int | None = None) -> list[Entity] | None:
        """'verurteilte den Angriff auf ein Krankenhaus', 'Die Attacke sei empörend, kritisierte er': an
        accusation whose object (or reported content) is a hostile act accuses the act's doer when the text
        names it ('den russischen Angriff', 'die US-Luftangriffe'), else nobody coded; None: no such act.
        ``before``: the position of a recipient already found, which only an act noun of the same clause
        before it can replace."""
        scope = [cl] if hit.how in ("noun", "compound-noun") or before is not None \
            else [cl] + [c for c in v.clauses if c is not cl]
        for c in scope:
            for act in self._act_nouns(v, c):
                if act.token == hit.token or (before is not None and act.token >= before):
                    continue
                word = v.tokens[act.token].text
                trail.append(f"args:accusation of the act '{word}'")
                doer = self._agent_from_compound(v, c, act.trigger.event, trail) \
                    or self._agent_from_modifier(v, c, act, trail)
                if doer:
                    return [Entity(e.code, None, e.text) for e in doer]
                # 'Bombardierungen durch Kräfte der Regierung'; 'Angriffe der Armee', but 'die Festnahme des
                # Journalisten' names whom the act was done to
                after = [m for m in v.mentions
                         if m.is_party and 0 < m.first - act.token <= 8 and c.first <= m.first < c.last]
                named = [m for m in after if self.lex.has_cue(m.prep or "", "doer_prep")] or [
                    m for m in after if m.genitive and act.trigger.event in GENITIVE_DOER
                    and (m.kind != "role" or m.sector in STATE_SECTORS)]
                if named:
                    trail.append(f"args:doer of the act '{named[0].text}'")
                return resolve(named[:1], state, v.tokens, self.lex, trail, v.mentions, target=True)
        return None

    @cython.locals(c=Clause, t=Token, v=SentenceView)
    def _act_nouns(self, v: SentenceView, c: Clause) -> list[TriggerHit]:
        """Hostile act nouns of a clause, whatever verb goes with them ('die US-Sanktionen' needs no
        'verhängen' when it is what somebody condemns)."""
        acts = []
        for t in v.tokens[c.first:c.last]:
            found = t.is_cap and t.is_word and self.lex.noun_trigger(t.lemma)
            # a noun that is an act only with its verb ('Botschaft schließen', 'in Stellung bringen') is none here
            trig = next((tr for tr in found[0] if tr.event in CRITICISED_ACTS
                         and not tr.conditions), None) if found else None
            if trig is not None:
                acts.append(TriggerHit(t.i, trig, "noun", found[1]))
        return acts

    @cython.locals(c=Clause, first=Token, hit=TriggerHit, m=Mention, nxt=Clause, state=DocState, trail=list,
                   v=SentenceView)
    def _content_subject(self, v: SentenceView, cl: Clause, hit: TriggerHit, state: DocState,
                         trail: list[str]) -> list[Entity]:
        """'forderte, dass Südkorea ...', 'demanded that the US cancel ...': whom a demand or accusation is
        about is the subject of its dass/that clause; 'Die Regierung habe nicht geantwortet, beklagte sich X':
        of the reported clause before a reporting clause that opens with its verb."""
        nxt = next((c for c in v.clauses if c.first >= cl.last), None)
        if nxt is None or nxt.kind != "subordinate":
            first = v.tokens[cl.first]
            nxt = next((c for c in v.clauses if c.last == cl.first and c.kind in ("main", "content")), None) \
                if first.i == hit.token and not self.lex.meta.get("subject_before_verb") else None
            if nxt is None:
                return []
        inside = [m for m in v.mentions if nxt.first <= m.first < nxt.last and m.is_party and m.prep is None
                  and not m.apposition]
        # the subject, else the owner of the subject ('denounced as an ugly crime Serbia's suppression of ...')
        bare = [m for m in inside if not m.genitive] or [m for m in inside if m.genitive][:1]
        if not bare:
            return []
        trail.append(f"args:recipient=subject of the content clause '{bare[0].text}'")
        return resolve(bare[:1], state, v.tokens, self.lex, trail, v.mentions, target=True)

    @cython.locals(cl=Clause, t=Token, trail=list, v=SentenceView)
    def _agent_from_compound(self, v: SentenceView, cl: Clause, event: str, trail: list[str]) -> list[Entity]:
        """'bei einem US-Luftangriff getötet': the country prefix of an act noun is the passive's agent."""
        for t in v.tokens[cl.first:cl.last]:
            prefix, dash, rest = t.text.partition("-")
            if not dash or prefix not in self.lex.prefixes or (
                    prefix in self.lex.country_forms and not prefix.isupper()):
                continue  # 'Paris-Anschlag', 'Russland-Sanktionen': a place's or a target's name, not the doer
            found = self.lex.noun_trigger(self.lex.lemma(rest))
            if found and any(tr.event == event for tr in found[0]):
                code = self.lex.prefixes[prefix][0]
                trail.append(f"args:agent from the act noun '{t.text}' -> {code}")
                return [Entity(code, "MIL" if event == "ASSAULT" else "GOV", t.text)]
        return []

    @cython.locals(cl=Clause, m=Mention, tok=Token, trail=list)
    def _agent_from_modifier(self, v: SentenceView, cl: Clause, hit: TriggerHit, trail: list[str]) -> list[Entity]:
        """'Palestinian riots', 'Israeli air raids': a nationality (or country prefix) right before an act noun,
        over at most one lower-case modifier, names who does it; 'Israeli airstrikes killed ...': also the act
        noun right before the verb."""
        noun: int | None = hit.token
        if hit.how not in ("noun", "compound-noun"):
            noun = next((k for k in range(hit.token - 1, max(cl.first, hit.token - 3) - 1, -1)
                         if _acts_as(self.lex.noun_trigger(v.tokens[k].lemma), hit.trigger.event)), None)
            if noun is None:
                return []
        j = noun - 1
        if j > cl.first and not v.tokens[j].is_cap and v.tokens[j].is_word and not v.tokens[j].kinds \
                and v.tokens[j].lower not in self.lex.nationality:  # 'den russischen Angriff'
            j -= 1
        if j < cl.first or any(m.first <= j < m.last for m in v.mentions if m.is_party):
            return []
        tok = v.tokens[j]
        found = self.lex.nationality.get(tok.lower) or self.lex.prefixes.get(tok.text)
        if not found:
            return []
        trail.append(f"args:actor from the modifier '{tok.text}' of the act noun -> {found[0]}")
        return [Entity(found[0], None, tok.text)]

    @cython.locals(m=Mention, state=DocState, v=SentenceView)
    def _speech_event(self, doc: Document, v: SentenceView, state: DocState) -> Event | None:
        """A reported statement that criticises (ACCUSE) or demands (REQUEST); see extract/speech.py."""
        # 'Das sei eine Lüge, sagte der Kommissar': a demonstrative opening the statement is the act of the sentence
        # before, whose doer is the target
        earlier = self._act_before(v, state, 0) if len(v.tokens) > 1 and not v.tokens[1].is_cap else None
        if sum(1 for m in v.mentions if m.is_party) < (1 if state.last_speaker or earlier else 2):
            return None  # a speaker and a target
        act = speech_act(v.tokens, v.clauses, v.mentions, self.lex) or qualification(
            v.tokens, v.clauses, v.mentions, self.lex)
        if act is None and state.last_speaker:
            act = continued_demand(v.tokens, v.clauses, v.mentions, self.lex)
        if act is None:
            return None
        trig = act.trigger
        trail = [f"trigger:speech '{act.cue.text}' -> {trig.event} ({trig.ref})", "args:speaker of the report"]
        actor = resolve(act.speaker, state, v.tokens, self.lex, trail, v.mentions)
        if not act.speaker:
            actor = list(state.last_speaker)
            trail.append(f"args:speaker of the reported speech before ({'+'.join(a.code or '?' for a in actor)})")
        recipient = resolve(act.target, state, v.tokens, self.lex, trail, v.mentions)
        if not actor:
            return None
        actor, recipient = self._shape_parties(trig.event, "", actor, recipient, trail)
        if trig.event == "REQUEST" and (not recipient or {r.code for r in recipient} <= {a.code for a in actor}):
            return None  # 'man müsse ...' or 'wir müssen ...' without another addressee is an opinion, not a demand
        if not recipient and trig.event == "ACCUSE" and earlier is not None and earlier[2] \
                and not {d.code for d in earlier[2]} & {a.code for a in actor}:
            recipient = list(earlier[2])
            trail.append(f"args:recipient=doer of the {earlier[0]} '{v.tokens[0].text}' refers to")
        if not recipient and trig.event in TARGETED:
            return None  # criticism of nobody coded ('Das Spiel sei eine Katastrophe gewesen')
        date, precision = _publication(doc)
        points = [act.cue.start, act.cue.end] + [p for m in act.speaker + act.target for p in (m.start, m.end)]
        start, end = min(points), max(points)
        return Event(
            event=trig.event, mode=trig.mode, context=self._contexts(v, (), actor, recipient), actor=tuple(actor),
            recipient=tuple(recipient), status=Status.ASSERTED, date=date, date_precision=precision,
            location=None, evidence=doc.text[start:end], sentence=v.sentence.index, start=start, end=end,
            confidence=0.4, trail=tuple(trail), doc_id=doc.doc_id,
        )

    @cython.locals(recipient=list, trail=list)
    def _shape_parties(self, event: str, note: str, actor: list[Entity], recipient: list[Entity],
                       trail: list[str], mode: str | None = None) -> tuple[list[Entity], list[Entity]]:
        recipient = [r for r in recipient if not any(_same_party(r, a) for a in actor)]
        if event in OWN_FORCES and mode in OWN_FORCES_MODES:
            recipient = [r for r in recipient if r.code not in {a.code for a in actor}]
        if _host_verb(note) and recipient:
            trail.append("args:host verb, visitor is the actor")
            actor, recipient = recipient, actor
        if event in DYADIC_WHEN_JOINT and not recipient and len({a.code for a in actor}) >= 2:
            first = actor[0].code
            trail.append("args:joint meeting split into actor and recipient")
            return [a for a in actor if a.code == first], [a for a in actor if a.code != first]
        return actor, recipient

    @cython.locals(cl=Clause, hit=TriggerHit, trail=list, v=SentenceView)
    def _date(self, doc: Document, v: SentenceView, cl: Clause, hit: TriggerHit, status: Status,
              tense: str, trail: list[str]) -> tuple[str | None, Precision | None, Status]:
        finder = self._dates
        if v.dates is None:
            v.dates = finder.find(v.sentence.text, v.date_words)
        found = v.dates
        offset = v.sentence.start
        lo, hi = v.tokens[cl.first].start - offset, v.tokens[cl.last - 1].end - offset
        in_clause = [m for m in found if lo <= m.start < hi]
        pub = doc.pub_date
        if not in_clause:
            date, prec = _publication(doc)
            return date, prec, status
        at = v.tokens[hit.token].start - offset
        m = min(in_clause, key=lambda m: abs(m.start - at))
        date, prec = finder.resolve(m, pub, "future" if tense == "future" else "past")
        trail.append(f"date:'{m.text}' -> {date} ({prec})")
        if status in (Status.ASSERTED,) and date and _before_publication(date, pub, tense):
            trail.append("status:historical (dated well before publication)")
            status = Status.HISTORICAL
        elif status is Status.ASSERTED and pub is None and tense != "future" and any(
                d.kind == "relative_year" and (d.offset or 0) < 0 for d in in_clause):
            # 'im vergangenen Jahr', 'im November vergangenen Jahres' with no publication date: a year or more back
            trail.append("status:historical (a year before the news)")
            status = Status.HISTORICAL
        return date, prec, status

    @cython.locals(cl=Clause, m=Mention, v=SentenceView)
    def _place_of_clause(self, v: SentenceView, cl: Clause) -> str | None:
        """The country of the first place named in the clause that is no party and no origin ('near the town of
        Samarra', 'in eastern Beirut'; not 'a soldier from Texas')."""
        off = v.sentence.start
        lo, hi = v.tokens[cl.first].start - off, v.tokens[cl.last - 1].end - off
        taken = [(m.start - off, m.end - off) for m in v.mentions
                 if (m.is_party and m.kind not in ("country", "capital", "region")) or m.prep == "dateline"]
        for p in v.places:  # not 'one U.S. soldier', not the dateline ('Paris – Bei Angriffen in Syrien ...')
            if lo <= p.start < hi and p.location.country \
                    and (p.prep is None or self.lex.has_cue(p.prep, "location_prep")) \
                    and not any(a < p.end and p.start < b for a, b in taken):
                return p.location.country
        return None

    @cython.locals(actor=list, args=Arguments, best=PlaceMention, cl=Clause, hit=TriggerHit, state=DocState,
                   trail=list, v=SentenceView)
    def _location(self, v: SentenceView, cl: Clause, hit: TriggerHit, args: Arguments, event: str,
                  actor: list[Entity], status: Status, state: DocState, trail: list[str]) -> Location | None:
        lex = self.lex
        places = v.places
        dest_ok = any(lex.has_cue(p, "destination_prep") for p in hit.trigger.marks)
        best = None
        for p in places:
            at = p.prep and lex.has_cue(p.prep, "location_prep")
            to = p.prep and dest_ok and lex.has_cue(p.prep, "destination_prep")
            if at or to:
                best = p
                break
        if best is not None:
            trail.append(f"place:'{best.text}' ({best.prep})")
            return best.location
        if event == "CONSULT" and state.visit_location is not None and status is not Status.FUTURE:
            trail.append("place:location of the ongoing visit")
            return state.visit_location
        return None

    @cython.locals(actor=list, recipient=list, state=DocState, trail=list)
    def _mode(self, event: str, mode: str | None, actor: list[Entity], recipient: list[Entity],
              location: Location | None, state: DocState, trail: list[str]) -> str | None:
        if mode or event != "CONSULT" or not recipient:
            return mode
        a_codes = {a.code for a in actor}
        r_codes = {r.code for r in recipient}
        host = location.country if location is not None else (state.visit[1] if state.visit else None)
        if host and host in r_codes and not (a_codes & r_codes):
            trail.append(f"mode:visit (actor abroad in {host})")
            return "visit"
        return None

    @cached_property
    def _context_words(self) -> tuple[ahocorasick.Automaton | None, tuple[int, ...]]:
        """The context keywords as one automaton (value: their rows), so that a sentence is read once, not
        once per keyword; and the rows of empty keywords, which every sentence contains."""
        rows: dict[str, list[int]] = {}
        for k, (kw, _) in enumerate(self.lex.contexts):
            rows.setdefault(kw, []).append(k)
        auto = ahocorasick.Automaton()
        for kw, ks in rows.items():
            if kw:
                auto.add_word(kw, tuple(ks))
        if not len(auto):
            return None, tuple(rows.get("", ()))
        auto.make_automaton()
        return auto, tuple(rows.get("", ()))

    @cython.locals(v=SentenceView)
    def _keyword_contexts(self, v: SentenceView) -> tuple[str, ...]:
        """The contexts of the keywords in the sentence, in the order of contexts.tsv (once per sentence)."""
        if v.keyword_contexts is None:
            auto, always = self._context_words
            found = set(always)
            if auto is not None:
                for _, ks in auto.iter(v.sentence.text.lower()):
                    found.update(ks)
            out: list[str] = []
            for k in sorted(found):
                out.extend(c for c in self.lex.contexts[k][1] if c not in out)
            v.keyword_contexts = tuple(out)
        return v.keyword_contexts

    @cython.locals(actor=list, recipient=list, v=SentenceView)
    def _contexts(self, v: SentenceView, trig_ctx: tuple[str, ...], actor: list[Entity],
                  recipient: list[Entity]) -> tuple[str, ...]:
        ctx = list(dict.fromkeys(trig_ctx))
        ctx.extend(c for c in self._keyword_contexts(v) if c not in ctx)
        codes = {e.code for e in actor} | {e.code for e in recipient}
        if len(codes) >= 2 and "diplomatic" not in ctx and all(
                e.sector in ("GOV", None) for e in (*actor, *recipient)):
            ctx.insert(0, "diplomatic")
        return tuple(ctx)

    @cython.locals(events=list, first=Mention, m=Mention, state=DocState, t=Token, v=SentenceView)
    def _remember(self, v: SentenceView, events: list[Event], state: DocState) -> None:
        articles = self.lex.meta.get("neuter_articles", ())
        first = next((m for m in v.mentions if m.is_party and m.prep is None and not m.genitive and not m.oblique),
                     None)
        state.neuter_subject = [Entity(first.code, first.sector, first.text, first.name, first.office)] if (
            first is not None and first.code and v.tokens[first.first].lower in articles) else []
        for m in v.mentions:
            # a named office holder without a country is remembered too: a pronoun may refer to them
            uncoded_holder = m.kind == "person" and m.name and m.office and office_holder_country(m.sector, state)
            if (m.code or uncoded_holder) and not m.apposition and (
                    m.kind == "person" and m.name or m.kind == "role" and not m.plural):
                state.remember_person(Party(Entity(m.code, m.sector, m.text, m.name, m.office), m.gender))
        state.reporting = v.mood.reported
        if v.mood.reported:
            speaker = speaker_of(v.tokens, v.clauses, v.mentions, self.lex)
            state.last_speaker = resolve(speaker, state, v.tokens, self.lex, [], v.mentions) if speaker else []
        elif state.last_speaker and not any("demand_mood" in t.kinds for t in v.tokens):
            state.last_speaker = []  # reported speech goes on only in the subjunctive
        if not events:
            # 'Vertreter von Rebellen und Regierung saßen sich gegenüber': two sides named together are what
            # 'beide Seiten' refers to next, even when no act of theirs was coded
            for k, m in enumerate(v.mentions):
                pair = coordinated_group(v.mentions, k) if m.is_party and not m.coord and m.prep is None else []
                if len(pair) == 2:
                    state.remember_pair(resolve(pair, state, v.tokens, self.lex, []))
        for ev in events:
            state.acts.append((ev.event, frozenset(r.code for r in ev.recipient), ev.actor, ev.sentence))
            state.remember_group(list(ev.actor) + list(ev.recipient), ev.sentence)
            if ev.event == "CONSULT" and ev.location is not None and ev.location.country:
                state.visit = (frozenset(a.code for a in ev.actor if a.code), ev.location.country)
                state.visit_location = ev.location
            for e in ev.actor:
                if e.name and e.code:
                    state.remember_person(Party(e, state.persons.get(e.name, Party(e)).gender))


@cython.locals(cl=Clause, hit=TriggerHit, t=Token, tokens=list)
def _happened(tokens: list[Token], cl: Clause, hit: TriggerHit, lex: Lexicon) -> bool:
    """'kam es zu Protesten', 'ist es zu Ausschreitungen gekommen': an existential verb and 'zu' before the noun."""
    if not any("existential" in lex.cue_lemmas.get(t.lemma, ()) for t in tokens[cl.first:cl.last]):
        return False
    j = hit.token - 1
    while j > cl.first and not tokens[j].is_cap and tokens[j].is_word \
            and "existential_prep" not in tokens[j].kinds:
        j -= 1
    return "existential_prep" in tokens[j].kinds


@cython.locals(comma=Token, first=Mention, m=Mention, rel=Token, v=SentenceView)
def _relative_head(v: SentenceView, cl: Clause) -> Mention | None:
    """'Bundespräsident Gauck, der ihn empfing,' read as one clause: the party that opens it and is
    followed by a relative clause."""
    first = next((m for m in v.mentions if m.first == cl.first and m.is_party and m.prep is None), None)
    if first is None or first.last + 1 >= cl.last:
        return None
    comma, rel = v.tokens[first.last], v.tokens[first.last + 1]
    return first if comma.text == "," and "relative" in rel.kinds else None


@cython.locals(cl=Clause, t=Token, v=SentenceView)
def _demand_in(v: SentenceView, cl: Clause) -> bool:
    """'Südkorea müsse ...'; in a reported sentence also 'Kiew muss zustimmen, sagte Lawrow': a clause that says what
    somebody must do."""
    reported = v.mood.reported
    for t in v.tokens[cl.first:cl.last]:
        if "demand_mood" in t.kinds and modal_cue(v.tokens, cl, t, "demand_mood"):
            return True
        if reported and "obligation" in t.kinds and modal_cue(v.tokens, cl, t, "obligation"):
            return True
    return False


@cython.locals(a=Atom, atoms=list, state=DocState)
def _resolve_anaphors(atoms: list[Atom], state: DocState) -> list[Atom]:
    """'das international isolierte Land' is the country named last before it in the sentence ('Nach Enthüllungen
    in Panama warf die OECD dem Land Versäumnisse vor'), else the country last named as a subject; with none,
    nobody."""
    if not any(a.kind == "anaphor" for a in atoms):
        return atoms
    out = []
    named: str | None = None  # the country named last in this sentence
    for a in atoms:
        if a.kind != "anaphor":
            out.append(a)
            if a.kind == "country" and a.code:
                named = a.code
        elif named or state.subject_country:
            code = named or state.subject_country
            how = "the country named before it" if named else "the country last named as subject"
            out.append(Atom(a.first, a.last, "country", code, "GOV", ref=f"coref:{a.ref[4:]} -> {code} ({how})"))
    return out


def _publication(doc: Document) -> tuple[str | None, Precision | None]:
    from chronik.extract.dates import publication_fallback

    return publication_fallback(doc.pub_date)


@cython.locals(trail=list)
def _from_topic(e: Entity, trail: list[str]) -> bool:
    return topic_note(e.text, e.code) in trail


@cython.locals(cl=Clause, first=Token, hit=TriggerHit, t=Token, tokens=list)
def _verb_first(tokens: list[Token], cl: Clause, hit: TriggerHit) -> bool:
    first = next((t for t in tokens[cl.first:cl.last] if t.is_word), None)
    # 'started a hunger strike': a clause may open with the (lower-case, closed-class-free) verb of its act noun
    light = hit.how == "light-verb" and first is not None and first.i < hit.token and not first.is_cap \
        and not first.kinds
    return first is not None and (first.i == hit.token or light or bool(first.kinds & AUX_KINDS))


@cython.locals(cl=Clause, m=Mention, prev=Clause, t=Token, v=SentenceView)
def _apposition(v: SentenceView, cl: Clause) -> bool:
    """'Pakistan, a key ally of Washington, has refused': an article phrase after a clause that is only a party
    names that party again; it is not a new subject."""
    if cl.index == 0 or not v.tokens[cl.first].kinds & {"article", "indefinite"}:
        return False
    prev = v.clauses[cl.index - 1]
    covered = {i for m in v.mentions if m.is_party for i in range(m.first, m.last)}
    words = [t for t in v.tokens[prev.first:prev.last] if t.is_word]
    return bool(words) and all(t.i in covered for t in words)


@cython.locals(args=Arguments, cl=Clause, lex=Lexicon, m=Mention, prev=Clause, v=SentenceView)
def _reported_pronoun_subject(v: SentenceView, cl: Clause, args: Arguments, lex: Lexicon) -> bool:
    """A subordinate clause after a reporting clause ('announced that it will ...') whose subject is a
    personal pronoun."""
    if cl.kind != "subordinate" or cl.index == 0 or cl.first + 1 >= cl.last:
        return False
    if "personal" not in v.tokens[cl.first + 1].kinds:
        return False
    if any(m.kind != "pronoun" for m in args.actor):
        return False
    prev = v.clauses[cl.index - 1]
    return _has_report_verb(v.tokens, prev, lex)


@cython.locals(cl=Clause, hit=TriggerHit, nxt=Token, tokens=list)
def _shares_subject(tokens: list[Token], cl: Clause, hit: TriggerHit) -> bool:
    """A clause that opens with a coordinator directly followed by its verb has no subject of its own."""
    if cl.first + 1 >= cl.last or "coordinator" not in tokens[cl.first].kinds:
        return False
    nxt = tokens[cl.first + 1]
    if hit.how in ("light-verb", "adjective") and (nxt.lemma in hit.trigger.condition_words
                                                  or nxt.lower in hit.trigger.condition_words):
        return True  # '..., sondern macht X dafür verantwortlich': the light verb opens the clause
    return nxt.i == hit.token or bool(nxt.kinds & (AUX_KINDS | {"hypothetical"}))


@cython.locals(cl=Clause, lex=Lexicon, tokens=list)
def _circumstance(tokens: list[Token], i: int, cl: Clause, lex: Lexicon) -> bool:
    """An act noun in a prepositional phrase that opens the clause ('Bei den Kämpfen starben ...', 'Nach dem
    Angriff ...') or anywhere after a concessive or causal preposition (meta setting_preps: 'trotz der Kritik',
    'wegen der Proteste') sets the scene; elsewhere ('Xi bei einem Treffen mit Erdogan', 'auf die Straße gegangen')
    and with a possessive ('an ihr Treffen') the noun is the subject's act."""
    endings = lex.adjective_endings
    j = i - 1
    while j >= 0 and endings and tokens[j].is_word and not tokens[j].is_cap and not tokens[j].kinds \
            and tokens[j].lower.endswith(endings):
        j -= 1
    if j >= 0 and tokens[j].kinds & {"article", "indefinite"}:
        j -= 1
    if j >= cl.first and tokens[j].lower in lex.meta.get("setting_preps", ()):
        return True  # 'lobte trotz der Kritik seines Außenministers ...': a concession or a cause, anywhere
    if j > cl.first and f"{tokens[j - 1].text} {tokens[j].lower}" in lex.meta.get("reference_phrases", ()):
        return True  # 'unter Verweis auf die Anschläge in Paris': a matter referred to
    preps = {"location_prep", "preposition", "agent_prep", "recipient_prep", "destination_prep"}
    if j < cl.first or not tokens[j].kinds & preps:
        return False
    # 'Als Reaktion auf Militärmanöver der USA ...': a framing noun before the preposition
    frame = tokens[cl.first:j]
    dash = next((k for k in range(len(frame) - 1, -1, -1) if frame[k].text in DASHES), None)
    if dash is not None:
        frame = frame[dash + 1:]  # after a dateline ('Seoul – Als Reaktion auf ...')
    return not frame or (len(frame) == 2 and frame[1].is_cap and bool(frame[0].kinds))


@cython.locals(m=Mention, tokens=list)
def _counted(tokens: list[Token], m: Mention) -> bool:
    """'tausende Ungarn', '300 Polen': people counted, not a country."""
    return m.first > 0 and (tokens[m.first - 1].text[0].isdigit() or "quantity" in tokens[m.first - 1].kinds)


@cython.locals(cl=Clause, hit=TriggerHit, lex=Lexicon, v=SentenceView)
def _neuter_subject(v: SentenceView, cl: Clause, hit: TriggerHit, lex: Lexicon) -> bool:
    """'Es warf der Regierung vor': the sentence opens with the neuter pronoun (meta neuter_pronoun) right before a
    singular verb ('Es protestierten Tausende' is expletive, its subject follows)."""
    neuter = lex.meta.get("neuter_pronoun")
    return bool(neuter) and cl.first == 0 and hit.token == 1 and v.tokens[0].lower == neuter \
        and not v.tokens[1].lower.endswith(tuple(lex.meta.get("plural_verb_endings", ())))


@cython.locals(lex=Lexicon, tokens=list)
def _during(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """The noun at i is in a phrase opened by a preposition of time going on ('bei einem Besuch', 'während des
    Treffens'; meta concurrent_preps)."""
    preps = lex.meta.get("concurrent_preps", ())
    j = i - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].is_cap and (
            not tokens[j].kinds or tokens[j].kinds & {"article", "definite", "indefinite", "possessive"}) \
            and tokens[j].lower not in preps:
        j -= 1
    return j >= 0 and tokens[j].lower in preps


@cython.locals(tokens=list)
def _in_phrase(tokens: list[Token], i: int) -> bool:
    """A noun inside a prepositional phrase: a preposition before it, past determiners and lower-case modifiers."""
    j = i - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].is_cap and not tokens[j].kinds & PREPOSITION_KINDS and (
            not tokens[j].kinds or tokens[j].kinds & {"article", "definite", "indefinite", "possessive", "quantity"}):
        j -= 1
    return j >= 0 and bool(tokens[j].kinds & PREPOSITION_KINDS)


@cython.locals(cl=Clause, lex=Lexicon, tokens=list)
def _has_report_verb(tokens: list[Token], cl: Clause, lex: Lexicon) -> bool:
    return report_verb(tokens, cl, lex) is not None


def _required_prep(spec: tuple[str, ...]) -> bool:
    return any(p.endswith("!") for p in spec)


REMEMBERED_SECTORS = frozenset({"REB", "OPP"})


@cython.locals(m=Mention, state=DocState)
@cython.ccall
def _role_memory(m: Mention, state: DocState) -> None:
    """'die türkische Polizei' ... 'die Polizei': an uncoded role takes the code it had before; 'die FARC' ...
    'die Rebellen': an uncoded armed or opposition group is the one of that sector named last."""
    if m.code and m.sector in REMEMBERED_SECTORS:
        state.role_codes["sector:" + m.sector] = m.code
    elif not m.code and m.kind == "role" and "sector:" + str(m.sector) in state.role_codes:
        m.code = state.role_codes["sector:" + str(m.sector)]
        m.refs.append("coref:group of that kind seen before")
    if m.role_form is None or m.sector in FOREIGN_SECTORS:
        return  # refugees are of a country only where the text says so ('Flüchtlinge aus Syrien')
    if m.code:
        state.role_codes[m.role_form] = m.code
    elif m.role_form in state.role_codes:
        m.code = state.role_codes[m.role_form]
        m.refs.append("coref:role seen before")


@cython.locals(p=PlaceMention, v=SentenceView)
@cython.ccall
def _is_dateline(v: SentenceView, p: PlaceMention) -> bool:
    """'Wien – Die Regierung ...': a place opening the sentence before a dash."""
    return p.start < 3 and "–" in v.sentence.text[p.end:p.end + 3]


@cython.locals(before=Clause, cl=Clause, lex=Lexicon, t=Token, v=SentenceView)
def _wished(v: SentenceView, cl: Clause, lex: Lexicon) -> str | None:
    """'Poposki will, dass Flüchtlinge abgeschoben werden', 'Die ÖVP hofft, dass die Polizei ... festnimmt': the act
    of a content clause (meta content_openers) after a clause that wishes, fears or expects it (cue kind wish, or a
    hypothetical cue that is no mood of reported speech) has not happened: the wishing clause's word, if any."""
    if cl.kind != "subordinate" or cl.index == 0 or cl.opener not in lex.meta.get("content_openers", ()):
        return None
    before = v.clauses[cl.index - 1]
    word = next((t.text for t in v.tokens[before.first:before.last] if "wish" in t.kinds or (
        "hypothetical" in t.kinds and "report_mood" not in t.kinds)), None)
    # a separable verb of the kind: 'Der Entwurf sieht vor, dass ...' (vorsehen)
    return word or next(iter(sorted(clause_lemmas(v.tokens, before, lex) & lex.cue_lemma_set("wish"))), None)


@cython.locals(p=PlaceMention)
def _dateline_country(v: SentenceView) -> str | None:
    return next((p.location.country for p in v.places if p.location.country and _is_dateline(v, p)), None)


@cython.locals(m=Mention, p=PlaceMention, v=SentenceView, views=list)
def topic_country(views: list[SentenceView]) -> tuple[str, float] | None:
    """The country an article is about: most named (places, countries, nationalities, its political parties); a
    dateline place ('Istanbul – ...') counts thrice. Uncoded roles (die Polizei) and implied agents default to it."""
    counts: dict[str, float] = {}
    for k, v in enumerate(views):
        for m in v.mentions:
            # settings, not actors: named countries, nationality-coded bodies and a country's parties (its domestic
            # politics: 'ÖVP', 'die FPÖ' in a Viennese article that compares with Germany; not a party's other name in
            # brackets), not persons
            if m.code and len(m.code) == 3 and (m.kind in ("country", "capital", "region", "demonym", "role") and not (
                    m.kind == "role" and m.sector in VISITOR_SECTORS)
                    or m.kind == "org" and m.sector == "PTY" and not m.apposition):
                counts[m.code] = counts.get(m.code, 0) + 1
        for p in v.places:
            # the dateline opens the body, after the teaser line when there is one ('... . Wien – Die Regierung')
            dateline = k <= 1 and _is_dateline(v, p)
            # a place counts as a setting only after a preposition (in Istanbul) or as a dateline; a bare
            # country name is already counted as a mention
            if p.location.country and (p.prep or dateline):
                counts[p.location.country] = counts.get(p.location.country, 0) + (3 if dateline else 1)
    counts = {c: n for c, n in counts.items() if c not in ("UNO", "IGO", "EUR", "NGO", "IMG", "MNC", "ISM")}
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: kv[1])
    # a short text naming one country only is about that country
    return (best[0], best[1]) if best[1] >= 2 or len(counts) == 1 else None


@cython.locals(lex=Lexicon, nxt=Token, tok=Token, tokens=list)
def _attributive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-case participle with an adjective ending between a determiner (or a 'von X' phrase) and a
    capitalised noun: 'die angedrohte Klage', 'der vom Iran unterstützten Huthi'. 'Die USA unterstützten Kiew'
    (a finite verb after its subject) is not."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not lex.meta.get("nouns_capitalised") or nxt is None or not nxt.is_cap or not nxt.is_word \
            or not tok.lower.endswith(tuple(e for e in lex.adjective_endings if e)):
        return False
    j = i - 1
    while j >= 0 and tokens[j].is_word and not tokens[j].is_cap and (
            not tokens[j].kinds or tokens[j].kinds <= {"personal", "pronoun_m", "pronoun_f", "pronoun_pl"}):
        j -= 1  # adverbs, adjectives, pronouns: 'seine mehrfach angedrohte', 'der ihm dafür eingeräumten'
    if j < 0:
        return False
    before = tokens[j].kinds
    if before & {"article", "indefinite", "possessive", "genitive_article", "oblique_article", "definite"}:
        return True
    # 'der vom Iran unterstützten': an agent phrase after the determiner
    k = j
    while k >= 0 and (tokens[k].is_cap or not tokens[k].is_word) and i - k < 6:
        k -= 1
    return k >= 1 and "agent_prep" in tokens[k].kinds and bool(
        tokens[k - 1].kinds & {"article", "indefinite", "possessive", "genitive_article", "oblique_article"})


def _acts_as(found: tuple[list, str] | None, event: str) -> bool:
    """A noun found in the trigger table names an act of that type ('Luftangriffe töteten', not 'der Zoll
    beschlagnahmte')."""
    return found is not None and any(t.event == event for t in found[0])


def _same_party(a: Entity, b: Entity) -> bool:
    """The same person ('er' and 'Biegun') or the same mention, not merely the same country and sector
    ('der Wiener Bürgermeister' and 'die österreichische Bundesregierung' are two parties)."""
    if a.name or b.name:
        return a.name == b.name and a.code == b.code
    return a.code == b.code and a.sector == b.sector and (a.text or "").lower() == (b.text or "").lower()


def _left_office(row, pub: PubDate | None) -> bool:
    return bool(pub is not None and row["end"] and row["end"] < pub.iso()[:len(row["end"])])


def _row_for_date(rows: tuple, pub: PubDate | None, sector: str | None):
    if not rows:
        return None
    if pub is None:
        # no date to go by: the office the text names (Innenminister is GOV, not his later seat in parliament)
        same = [r for r in rows if sector and r["sector"] == sector]
        return (same or list(rows))[-1]
    day = pub.iso()
    valid = [r for r in rows if (not r["start"] or r["start"][:len(day)] <= day)
             and (not r["end"] or day[:len(r["end"])] <= r["end"])]
    pool = valid or list(rows)
    return max(pool, key=lambda r: r["start"] or "")


# an act dated to the day is background only this many days or more before publication
RECENT_DAYS = 7


def _before_publication(date: str, pub: PubDate | None, tense: str) -> bool:
    """A past act dated in an earlier month (or year) than publication is background; one dated to a day of the
    last week is news across a month's end ('am Dienstag' on the 30th, in an article of the 1st)."""
    if pub is None:
        return tense == "pluperfect" or len(date) == 4
    pub_iso = pub.iso()
    n = min(len(date), len(pub_iso), 7)
    if date[:n] >= pub_iso[:n]:
        return False
    if len(date) == 10 and len(pub_iso) == 10:
        return (_date.fromisoformat(pub_iso) - _date.fromisoformat(date)).days >= RECENT_DAYS
    return True


@cython.locals(args=Arguments, cl=Clause, hit=TriggerHit, m=Mention, t=Token, v=SentenceView)
def _evidence_span(v: SentenceView, hit: TriggerHit, args: Arguments, cl: Clause) -> tuple[int, int]:
    toks = v.tokens
    points = [toks[hit.token].start, toks[hit.token].end]
    for m in args.actor + args.recipient:
        if cl.first <= m.first < cl.last:
            points += [m.start, m.end]
    if hit.how == "split-verb":
        points.append(next(t for t in reversed(toks[cl.first:cl.last]) if t.is_word).end)  # the particle
    return min(points), max(points)


@cython.locals(args=Arguments, hit=TriggerHit, m=Mention, recipient=list)
def _confidence(hit: TriggerHit, args: Arguments, recipient: list[Entity]) -> float:
    c = {"verb": 0.6, "split-verb": 0.6, "light-verb": 0.65, "adjective": 0.5}.get(hit.how, 0.45)
    if recipient:
        c += 0.15
    if any(m.kind in ("person", "role", "country", "org", "capital") for m in args.actor):
        c += 0.1
    return round(min(c, 0.95), 2)


def merge_teaser(events: list[Event], body: int | None) -> list[Event]:
    """'Türkei verhängt Sanktionen gegen Russland. Ankara – Die Türkei hat am Montag Sanktionen ... verhängt': the
    teaser before the dateline sums up what the article then reports; its act that the body codes again (same type
    and actor countries, the teaser's recipient countries among the body's) is one record, the body's (which has the
    detail and the date)."""
    if not body:
        return events

    def reported(ev: Event) -> bool:
        actor, recipient = {a.code for a in ev.actor}, {r.code for r in ev.recipient}
        return any(later.sentence >= body and later.event == ev.event and {a.code for a in later.actor} == actor
                   and recipient <= {r.code for r in later.recipient} for later in events)

    return [ev for ev in events if ev.sentence >= body or not reported(ev)]


@cython.locals(events=list)
def merge_mentions(events: list[Event]) -> list[Event]:
    """One record per act: repeated mentions of the same act (same type, trigger, parties, status) keep
    the strongest mention as evidence."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for ev in events:
        trig = ev.trail[0].split("'")[1].lower() if ev.trail else ""
        # two persons of one country are two parties ('Mikl-Leitner kritisierte ...', 'Häupl kritisierte ...')
        key = (ev.event, trig, frozenset((a.code, a.name) for a in ev.actor),
               frozenset((r.code, r.name) for r in ev.recipient), ev.status, ev.date)
        if key not in best:
            best[key] = ev
            order.append(key)
        elif ev.confidence > best[key].confidence:
            best[key] = replace(ev)
    return [best[k] for k in order]
