# The C type of the compiled build for scan.py: the word-list hits of one text (frozen: fields read-only), fields in
# the dataclass's order.
cdef class Hits:
    cdef readonly object names, places, dates
