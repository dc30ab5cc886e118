"""What chronik's modules use of Cython's pure-Python mode, for running without Cython installed.

The compiled build reads ``@cython.locals(t=Token)`` as C type declarations (see ``extract/tokens.pxd``); as Python
the decorator changes nothing. Modules import it as::

    try:
        import cython
    except ImportError:  # no Cython: the declarations are no-ops
        from chronik import _pure_cython as cython
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

compiled = False
Py_ssize_t = int  # a C integer type when compiled; an int as Python
Py_UCS4 = str  # a C character when compiled; a one-character string as Python


def locals(**types: object) -> Callable[[F], F]:  # noqa: A001 - the name Cython gives it
    """Declare the C types of a function's variables (compiled build only)."""
    return lambda fn: fn


def ccall(fn: F) -> F:
    """A function other functions of its module call directly in C (``cpdef``, compiled build only)."""
    return fn
