"""Write a generated block into README.md between two HTML-comment markers (shared by the bench scripts)."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def replace_block(text: str, start: str, end: str, readme: Path = README) -> bool:
    """Put ``text`` between the markers; False (and nothing written) if the file or a marker is missing."""
    if not readme.exists():
        return False
    body = readme.read_text(encoding="utf-8")
    i, j = body.find(start), body.find(end)
    if i < 0 or j < i:
        return False
    readme.write_text(body[: i + len(start)] + "\n" + text + "\n" + body[j:], encoding="utf-8")
    return True
