# The C types this module's annotations name in the compiled build (see tokens.pxd).
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.tokens cimport Clause, Token


# A trigger found in a sentence (frozen: its fields are read-only).
cdef class TriggerHit:
    cdef readonly Py_ssize_t token
    cdef readonly object trigger
    cdef readonly str how, matched
