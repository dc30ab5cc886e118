# The C types of the compiled build (Cython's augmenting declarations for tokens.py): a variable annotated with one
# of these classes reads and writes its attributes as struct fields. Kept in step with the classes in tokens.py.
from chronik.extract.lexicon cimport Lexicon

cdef class Token:
    cdef public Py_ssize_t i, start, end
    cdef public str text, lower, lemma
    cdef public bint is_word, is_cap
    cdef public object kinds


cdef class Clause:
    cdef public Py_ssize_t index, first, last
    cdef public str kind, opener
