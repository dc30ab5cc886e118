# The C types this module's annotations name in the compiled build (see tokens.pxd).
from chronik.extract.arguments cimport Arguments
from chronik.extract.coref cimport DocState
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.mentions cimport Atom, Mention
from chronik.extract.places cimport PlaceMention
from chronik.extract.tokens cimport Clause, Token
from chronik.extract.triggers cimport TriggerHit


# What the engine knows of one sentence (engine.py); kept in step with the dataclass there, fields in its order
# (Cython's dataclass __init__ takes them in declaration order)
cdef class SentenceView:
    cdef public object sentence
    cdef public list tokens, mentions, clauses
    cdef public object mood, places, date_words, dates, keyword_contexts
