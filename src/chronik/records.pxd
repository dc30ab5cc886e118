# The C types of the compiled build for records.py: each record's fields, read-only (frozen), in the order of the
# dataclass there (Cython's dataclass __init__ takes them in declaration order). Typed ``object``: nothing is
# converted, so both builds hold the same values.
cdef class PubDate:
    cdef readonly object year, month, day

cdef class Entity:
    cdef readonly object code, sector, text, name, office

cdef class Location:
    cdef readonly object name, country, geonameid, lat, lon

cdef class Sentence:
    cdef readonly object index, start, end, text

cdef class Document:
    cdef readonly object doc_id, text, lang, pub_date, url, title, source, body_start

cdef class Event:
    cdef readonly object event, mode, context, actor, recipient, status, date, date_precision, location, evidence
    cdef readonly object sentence, start, end, attributed_to, confidence, trail, doc_id

cdef class Failure:
    cdef readonly object source, reason, stage, offset

cdef class DocResult:
    cdef readonly object doc, sentences, events, notes
