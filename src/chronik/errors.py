"""One exception family for chronik; the CLI turns these into messages and exit codes."""

from __future__ import annotations


class ChronikError(Exception):
    """Base class of every error chronik raises on purpose."""

    exit_code = 1


class ReadError(ChronikError):
    """A document could not be read or decoded; names the source and the reason."""

    exit_code = 3

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class LexiconError(ChronikError):
    """A language data file is malformed; names the file, line and key."""

    exit_code = 4

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class UnsupportedLanguage(ChronikError):
    exit_code = 5


class StoreError(ChronikError):
    exit_code = 6


class EvalError(ChronikError):
    exit_code = 7


class ExportError(StoreError):
    """Events could not be exported (unknown format, unwritable output, binary format to stdout).

    A StoreError subclass so that callers that caught export failures as StoreError keep working;
    its own exit code tells the two apart on the command line."""

    exit_code = 8
