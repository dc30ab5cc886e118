# The C type of the compiled build for lexicon.py: a language's compiled word knowledge, read on every token by the
# rules. Fields in the dataclass's order (Cython's dataclass __init__ takes them in declaration order); the tables
# that are always plain dicts are typed ``dict`` (``lex.meta.get(...)`` becomes a C dict read where ``lex`` is
# declared ``Lexicon``), the rest ``object`` (sets, the automaton). The cue and cache methods are
# ``cpdef``: a declared ``lex`` calls them directly, without an attribute look-up.
cdef class Lexicon:
    cdef public object lang
    cdef public dict meta
    cdef public object automaton
    cdef public dict nationality, roles, compound_roles, prefixes, prefix_sectors
    cdef public object genitive_persons
    cdef public dict country_forms
    cdef public dict verb_triggers, split_triggers, noun_triggers, adj_triggers, cues, cue_lemmas
    cdef public object contexts
    cdef public object persons_by_token, min_noun_head, wanted, trigger_keys, bound_words, lower_atom_keys
    cdef public object compound_stop, given_names
    cdef public dict _guessed, token_info, _noun_cache, _role_cache, _cue_forms, _cue_lemma_sets, lemmas
    cdef public object adjective_endings

    cpdef lemma(self, token)
    cpdef cue_forms(self, kind)
    cpdef cue_lemma_set(self, kind)
    cpdef has_cue(self, lower, kind)
    cpdef noun_trigger(self, lemma)
    cpdef role(self, token)
