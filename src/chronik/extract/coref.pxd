# The C types of the compiled build for coref.py: a known party (a dataclass: fields in its order, which Cython's
# dataclass __init__ takes) and what an article has said so far (one per document, read and written for every
# sentence; the attributes its __init__ sets). Typed ``object``: both builds hold the same values.
cdef class Party:
    cdef public object entity, gender

cdef class DocState:
    cdef public object persons, recent_persons, last_group, group_sentence, sentence, named_pair, last_speaker
    cdef public object speaker, neuter_subject, acts, reporting, visit, visit_location, topic, topic_weight, here
    cdef public object role_codes, subject_country, rejected
