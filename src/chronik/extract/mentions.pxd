# The C types of the compiled build for mentions.py (see tokens.pxd); kept in step with the dataclasses there.
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.tokens cimport Clause, Token


cdef class Atom:
    cdef public Py_ssize_t first, last
    cdef public str kind, code, sector, name, office, ref
    cdef public object role, entry
    cdef public bint genitive


# fields in the dataclass's order (Cython builds __init__ from the declarations here)
cdef class Mention:
    cdef public Py_ssize_t first, last, start, end
    cdef public str text, kind, code, sector
    cdef public list refs
    cdef public str name, office, gender, prep, role_form
    cdef public bint genitive, plural, coord, apposition, oblique
    cdef public tuple person_rows
