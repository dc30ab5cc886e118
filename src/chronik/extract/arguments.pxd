# The C types this module's annotations name in the compiled build (see tokens.pxd).
from chronik.extract.coref cimport DocState
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.mentions cimport Mention
from chronik.extract.tokens cimport Clause, Token
from chronik.extract.triggers cimport TriggerHit


# The parties a clause gives a trigger, fields in the dataclass's order.
cdef class Arguments:
    cdef public object actor, recipient, trail, passive, fronted_object
