"""Find event triggers in a clause: verbs (incl. split separable verbs), nouns, light-verb constructions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

try:
    import cython
except ImportError:  # no Cython: the type declarations are no-ops (see chronik/_pure_cython.py)
    from chronik import _pure_cython as cython

from chronik.extract.lexicon import Lexicon, Trigger
from chronik.extract.tokens import Clause, Token


@dataclass(frozen=True)  # no slots: a C type in the compiled build (triggers.pxd)
class TriggerHit:
    token: int  # token index of the trigger word
    trigger: Trigger
    how: str  # verb | split-verb | noun | compound-noun | light-verb | adjective
    matched: str  # the lemma or compound head that matched


# verbal acts whose object or dass-clause is content, not an act of their own
VERBAL_WITH_CONTENT = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})

@cython.locals(cl=Clause, lex=Lexicon, t=Token, tokens=list)
def clause_lemmas(tokens: list[Token], cl: Clause, lex: Lexicon) -> set[str]:
    """Lemmas of a clause, plus particle+verb joins for a clause-final separable particle."""
    words = [t for t in tokens[cl.first:cl.last] if t.is_word]
    lemmas = {t.lemma for t in words}
    lemmas.update([t.lower for t in words])
    # 'Taliban-Kämpfer', 'F-16-Kampfjets': the head after the last hyphen counts as a word of its own
    heads = [t.text.rsplit("-", 1)[1] for t in words if "-" in t.text and "-" in t.text[1:-1]]
    lemmas |= {lex.lemma(h) for h in heads if h} | {h.lower() for h in heads}
    if words and "particle" in words[-1].kinds:
        particle = words[-1].lower
        lemmas |= {particle + t.lemma for t in words[:-1] if not t.is_cap}
    bound = lex.bound_words
    for t in words[1:]:  # 'zur Rede', 'in ihre Gewalt', 'unter staatliche Kontrolle': 'zur rede', 'in gewalt', ...
        if t.lemma not in bound and t.lower not in bound:
            continue
        prep = _bound_by(tokens, t, cl, lex)
        if prep is not None:
            lemmas |= {f"{prep} {t.lemma}", f"{prep} {t.lower}"}
    return lemmas


DETERMINER_KINDS = frozenset({"article", "indefinite", "possessive", "definite", "quantity", "oblique_article",
                              "genitive_article"})


@cython.locals(before=Token, cl=Clause, lex=Lexicon, t=Token, tokens=list)
def _bound_by(tokens: list[Token], t: Token, cl: Clause, lex: Lexicon) -> str | None:
    """The lower-case word before a word's phrase, past up to three determiners, adjectives and numbers."""
    endings = lex.adjective_endings
    j = t.i - 1
    while j > cl.first and t.i - j <= 3 and not tokens[j].is_cap and (tokens[j].kinds & DETERMINER_KINDS or (
            endings and not tokens[j].kinds and tokens[j].lower.endswith(endings)) or tokens[j].text[0].isdigit()):
        j -= 1
    before = tokens[j]
    return before.lower if j >= cl.first and before.is_word and not before.is_cap else None


@cython.locals(lemmas=set)
@cython.ccall
def _with_ok(trig: Trigger, clause_lemmas: Callable[[], set[str]]) -> bool:
    """One of the row's ``with`` items must be met in the clause, and none of its ``-`` exclusions; an item is
    met when all its ``+``-joined parts are words of the clause (``Sache+gemeinsam``, ``zur Rede``)."""
    if not trig.with_:
        return True
    lemmas = clause_lemmas()
    for cond in trig.exclusions:
        if _all_met(cond, lemmas):
            return False
    if not trig.conditions:
        return True
    for cond in trig.conditions:  # noqa: SIM110 - no generator per trigger row
        if _all_met(cond, lemmas):
            return True
    return False


@cython.locals(cond=tuple, lemmas=set, stem=str, tail=str, w=str, x=str)
@cython.ccall
def _all_met(cond: tuple[str, ...], lemmas: set[str]) -> bool:
    """Every part of a condition is a word of the clause; ``Asyl*`` is any word that starts so (a compound: Asylpraxis,
    Asylgesetz), ``*geschäft`` any word that ends so (a compound's head: Osteuropageschäft). Loops, not generators:
    a C function in the compiled build."""
    for w in cond:
        if w[0] == "*":
            tail = w[1:].lower()
            for x in lemmas:
                if x.endswith(tail):
                    break
            else:
                return False
        elif w[-1] == "*":
            stem = w[:-1].lower()
            for x in lemmas:
                if x.startswith(stem):
                    break
            else:
                return False
        elif w not in lemmas:
            return False
    return True


@cython.locals(cl=Clause, t=Token, tokens=list)
def _last_word(tokens: list[Token], cl: Clause) -> Token | None:
    for t in reversed(tokens[cl.first:cl.last]):
        if t.is_word:
            return t
    return None


@cython.locals(lex=Lexicon, t=Token)
def _prefixed_verb(t: Token, lex: Lexicon) -> list[Trigger]:
    """weiterreisen, wiederaufnehmen: an adverbial verb prefix in front of a trigger verb."""
    for prefix in lex.cue_forms("verb_prefix"):
        if t.lower[:1] == prefix[:1] and t.lower.startswith(prefix) and len(t.lower) > len(prefix) + 3:
            base = lex.lemma(t.lower[len(prefix):])
            if base in lex.verb_triggers:
                return lex.verb_triggers[base]
    return []


@cython.locals(lex=Lexicon, nxt=Token, t=Token, tokens=list)
@cython.ccall
def _quantifier(tokens: list[Token], t: Token, lex: Lexicon) -> bool:
    """'nach einigen Monaten': a quantifier before a noun is no verb (sich einigen)."""
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    return "quantity" in t.kinds and nxt is not None and nxt.is_word and (
        nxt.is_cap or nxt.lower.endswith(lex.adjective_endings))


@cython.locals(lex=Lexicon, prev=Token, t=Token, tokens=list)
@cython.ccall
def _after_determiner(tokens: list[Token], t: Token, lex: Lexicon) -> bool:
    """English 'the strike', 'a blast', 'Palestinian riots': after a determiner or a nationality adjective a
    word is a noun, not a verb."""
    if lex.meta.get("nouns_capitalised") or t.i == 0:
        return False
    prev = tokens[t.i - 1]
    if prev.kinds & {"article", "indefinite", "possessive"}:
        return True
    # a nationality that is no country name ('Myanmar refused') before a word that is no past form
    return prev.lower in lex.nationality and prev.text not in lex.country_forms and not t.lower.endswith("ed")


def _ending(word: str, endings: tuple[str, ...]) -> str:
    """The longest adjective ending ``word`` ends with ('' for none)."""
    return max((e for e in endings if word.endswith(e)), key=len, default="")


@cython.locals(a=Token, b=Token)
def _same_declension(a: Token, b: Token, endings: tuple[str, ...]) -> bool:
    """Whether ``b`` is a lower-case word with the same adjective ending as ``a`` ('getöteten' and 'verwundeten',
    'getötete' and 'verletzte'): two attributes of one noun, coordinated."""
    if b.is_cap or not b.is_word or b.kinds:
        return False
    ending = _ending(a.lower, endings)
    return bool(ending) and _ending(b.lower, endings) == ending


@cython.locals(lex=Lexicon, nxt=Token, tok=Token, tokens=list)
def _attributive(tokens: list[Token], t: Token, lex: Lexicon) -> bool:
    """'die von Russland unterstützten Truppen', 'inhaftierte Oppositionelle': an inflected participle
    before a noun describes, it does not report an act."""
    if not lex.meta.get("nouns_capitalised") or t.lower == t.lemma or t.i + 1 >= len(tokens):
        return False
    endings = lex.adjective_endings
    k = t.i + 1
    while k < len(tokens) - 1 and not tokens[k].is_cap and tokens[k].lower.endswith(endings) \
            and not tokens[k].kinds and k - t.i <= 2:
        k += 1  # 'einen inhaftierten französischen Forscher'
    if k == t.i + 1 and k < len(tokens) - 2 and "coordinator" in tokens[k].kinds \
            and _same_declension(t, tokens[k + 1], endings):
        k += 2  # 'von mehreren getöteten und verwundeten Terroristen': participles declined alike before one noun
    nxt = tokens[k]
    if not (t.lower.endswith(endings) and nxt.is_word and nxt.is_cap):
        return False
    if t.lower.endswith(tuple(lex.meta.get("attributive_endings", ()))):
        return True  # 'verbotener', 'anerkannte' + noun: declined participles are never finite verbs
    infix = lex.meta.get("participle_infix")
    if infix and any(t.lower.startswith(p + infix) for p in lex.cue_forms("particle")):
        return True  # 'abgelehnte Asylwerber': the participle of a separable verb is never a finite verb
    # inside a noun phrase: walk back over numbers, adjectives and prepositional phrases (am Freitag,
    # von Russland) to the determiner that opens it ('der sieben am Freitag getöteten Attentäter')
    closed = {"article", "indefinite", "possessive", "genitive_link"}
    j = t.i - 1
    counted = False
    while j >= 0 and t.i - j <= 6:
        tok = tokens[j]
        kinds = tok.kinds
        if tok.text[0].isdigit() or "quantity" in kinds:
            counted = True  # 'sechs inhaftierte Oppositionsführer': a number opens the noun phrase
            j -= 1
            continue
        if not tok.is_cap and tok.lower.endswith(endings) and not kinds:
            j -= 1
            continue
        if "coordinator" in kinds and j > 0 and _same_declension(t, tokens[j - 1], endings):
            j -= 1  # 'mehreren getöteten und verwundeten ...': the first of two participles declined alike
            continue
        if tok.is_cap and j > 0 and tokens[j - 1].kinds & {
                "recipient_prep", "location_prep", "agent_prep", "destination_prep"}:
            j -= 2  # a prepositional phrase inside the noun phrase
            continue
        if kinds & {"recipient_prep", "location_prep", "agent_prep"} and not tok.is_cap:
            return True  # 'mit inhaftierten Oppositionellen'
        return bool(kinds & closed) and not tok.is_cap or (bool(kinds & closed) and j == 0) or counted
    return counted


@cython.locals(cl=Clause, last=Token, lex=Lexicon, part=Token, t=Token, tok=Token, tokens=list)
@cython.ccall
def _split_hit(tokens: list[Token], t: Token, cl: Clause, lex: Lexicon,
               lemmas: Callable[[], set[str]]) -> TriggerHit | None:
    """'lehnte ... ab', 'traf ... ein': a separable verb whose particle ends the clause wins over the
    plain verb of the same base."""
    rows = lex.split_triggers.get(t.lemma)
    if not rows:
        return None
    last = _last_word(tokens, cl)
    candidates = [last] if last is not None and last.i != t.i else []
    if lex.meta.get("particle_after_verb"):  # English phrasal verbs: 'called off', 'pulled out of'
        candidates += [tok for tok in tokens[t.i + 1:t.i + 3]]
    for part in candidates:
        if "particle" not in part.kinds:
            continue
        for trig in rows:
            if trig.particle == part.lower and _with_ok(trig, lemmas):
                return TriggerHit(t.i, trig, "split-verb", trig.lemma)
    return None


@cython.locals(lex=Lexicon, t=Token, tokens=list)
@cython.ccall
def _predicative_participle(tokens: list[Token], t: Token, lex: Lexicon) -> bool:
    """'Es ist ermutigend zu sehen': a present participle after a form of 'sein' is an adjective."""
    endings = tuple(lex.meta.get("present_participle_endings", ()))
    return bool(endings) and t.i > 0 and t.lower.endswith(endings) and t.lower != t.lemma \
        and bool(tokens[t.i - 1].kinds & {"aux", "perfect_aux"})


@cython.locals(cl=Clause, last=Token, lex=Lexicon, t=Token, tokens=list)
@cython.ccall
def _other_particle_verb(tokens: list[Token], t: Token, cl: Clause, lex: Lexicon) -> bool:
    """'kündigte ein Abkommen an' is 'ankündigen', not 'kündigen': a particle ending the clause makes the
    finite verb another verb, whose rows (if any) did not match."""
    if lex.meta.get("particle_after_verb") or t.lower.endswith(tuple(lex.meta.get("present_participle_endings", ()))):
        return False
    last = _last_word(tokens, cl)
    return last is not None and last.i > t.i and "particle" in last.kinds and not last.is_cap and t.lower != t.lemma


@cython.locals(lex=Lexicon, t=Token)
@cython.ccall
def _verb_hit(t: Token, lex: Lexicon, lemmas: Callable[[], set[str]]) -> TriggerHit | None:
    # a row may name a lemma or, where the lemmatiser disagrees, the written form itself
    for trig in lex.verb_triggers.get(t.lemma, ()) or lex.verb_triggers.get(t.lower, ()) or _prefixed_verb(t, lex):
        if _with_ok(trig, lemmas):
            return TriggerHit(t.i, trig, "verb", t.lemma)
    return None


@cython.locals(hit=TriggerHit, split=TriggerHit, t=Token)
def find_triggers(tokens: list[Token], cl: Clause, lex: Lexicon) -> list[TriggerHit]:
    lemma_set: set[str] | None = None

    def lemmas() -> set[str]:  # built on first use: most words meet no row that needs them
        nonlocal lemma_set
        if lemma_set is None:
            lemma_set = clause_lemmas(tokens, cl, lex)
        return lemma_set

    nouns_cap = bool(lex.meta.get("nouns_capitalised"))
    hits: list[TriggerHit] = []
    keys = lex.trigger_keys
    compounds = bool(lex.meta.get("compounds"))
    prefixes = lex.cue_forms("verb_prefix")
    for t in tokens[cl.first:cl.last]:
        if not t.is_word or t.text[0].isdigit():
            continue
        if t.lemma not in keys and t.lower not in keys and not (compounds and (t.is_cap or "-" in t.text)) \
                and not (prefixes and t.lower.startswith(prefixes)):
            continue  # fast path: a word that no trigger row can match
        verbish = (not (t.is_cap and nouns_cap) or t.i == 0) and not _after_determiner(tokens, t, lex) \
            and not _quantifier(tokens, t, lex) and not _predicative_participle(tokens, t, lex)
        # a separable verb whose particle ends the clause is finite even where it looks like an adjective
        # ('Das lehnte Athen umgehend ab' is no 'das lehnte Athen')
        split = _split_hit(tokens, t, cl, lex, lemmas) if verbish else None
        if verbish and (split is not None or not _attributive(tokens, t, lex)):
            hit = split
            if hit is None and not _other_particle_verb(tokens, t, cl, lex):
                hit = _verb_hit(t, lex, lemmas)
            if hit is not None:
                hits.append(hit)
            # like verb rows, a row may name the written form ('einig', which the lemmatiser takes for 'einige')
            for trig in lex.adj_triggers.get(t.lemma, ()) or lex.adj_triggers.get(t.lower, ()):
                if _with_ok(trig, lemmas):
                    hits.append(TriggerHit(t.i, trig, "adjective", t.lemma))
                    break
        if t.is_cap or not nouns_cap:
            found = lex.noun_trigger(t.lemma) or (lex.noun_trigger(t.lower) if t.lower != t.lemma else None)
            if found and found[1] != t.lemma and t.i == cl.first and t.lower.endswith(
                    tuple(lex.meta.get("adjective_suffixes", ()))):
                found = None  # 'Außenpolitisch konnte sich Moskau ...': a capitalised adverb, no compound of 'Tisch'
            if found:
                rows, head = found
                how = "noun" if head == t.lemma else "compound-noun"
                for trig in sorted(rows, key=lambda r: not r.with_):
                    if _with_ok(trig, lemmas):
                        hits.append(TriggerHit(t.i, trig, "light-verb" if trig.with_ else how, head))
                        break
    return hits


@cython.locals(cl=Clause, hits=list, o=TriggerHit, v=TriggerHit)
def select(hits: list[TriggerHit], cl: Clause) -> list[TriggerHit]:
    """Keep the clause's main act: verbs and light-verb nouns absorb plain nouns ('forderte die
    Freilassung' is one REQUEST, not also a RETREAT); of several verbs keep the finite one."""
    strong = [h for h in hits if h.how in ("verb", "split-verb", "light-verb", "adjective")]
    if not strong:
        return hits[:1]
    verbs = [h for h in strong if h.how in ("verb", "split-verb", "adjective")]
    light = [h for h in strong if h.how == "light-verb"]
    if len(verbs) > 1:
        verbs = [verbs[-1]] if cl.kind == "subordinate" else [verbs[0]]
    # a light-verb noun whose verb is the clause's trigger verb is that verb's object: one act
    # ('sicherten Japan ihre Unterstützung zu' is the pledge, AGREE)
    light = [h for h in light
             if not any(v.trigger.lemma.lower() in cond for v in verbs for cond in h.trigger.conditions)]
    verbal = [v.token for v in verbs if v.trigger.event in VERBAL_WITH_CONTENT]
    if verbal:
        # 'ermutigte die Separatisten zum Kampf', 'drohte mit dem Einsatz von Truppen': the noun of another act
        # after the verb is what is demanded, threatened, criticised or refused, not an act of the clause ('nach
        # seiner Begegnung mit dem Botschafter zeigte er sich besorgt' keeps the meeting)
        light = [h for h in light if h.token < verbal[0] or any(h.trigger.event == v.trigger.event for v in verbs)]
    out = verbs[:]
    for h in light:  # one act per type: 'setzten Tränengas und Wasserwerfer ein' is one ASSAULT
        if all(h.trigger.event != o.trigger.event for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.token)
