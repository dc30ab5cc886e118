# The C type of the compiled build for places.py: a place name found in a sentence, its fields read-only (frozen),
# in the order of the dataclass there (Cython's dataclass __init__ takes them in declaration order).
cdef class PlaceMention:
    cdef readonly Py_ssize_t start, end
    cdef readonly str text
    cdef readonly object location, prep
