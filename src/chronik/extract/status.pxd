# The C types this module's annotations name in the compiled build (see tokens.pxd).
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.tokens cimport Clause, Token
from chronik.extract.triggers cimport TriggerHit


# The mood of a sentence (frozen: fields read-only), fields in the dataclass's order.
cdef class SentenceMood:
    cdef readonly object conditional, reported
