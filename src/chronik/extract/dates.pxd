# The C type of the compiled build for dates.py: a date phrase found in a sentence, its fields read-only (frozen),
# in the order of the dataclass there (Cython's dataclass __init__ takes them in declaration order).
cdef class DateMention:
    cdef readonly Py_ssize_t start, end
    cdef readonly str text, kind
    cdef readonly object year, month, day, weekday, offset, direction, part
