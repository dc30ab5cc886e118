# The C types this module's annotations name in the compiled build (see tokens.pxd).
from chronik.extract.lexicon cimport Lexicon
from chronik.extract.mentions cimport Mention
from chronik.extract.tokens cimport Clause, Token
