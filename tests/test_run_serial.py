"""The serial runner maps the pure pipeline and turns every exception into a Failure."""

from __future__ import annotations

from collections.abc import Iterator

from chronik.records import DocResult, Document, Failure
from chronik.run.serial import code_batch, run_documents


def fake_code(doc: Document, lang: str | None = None) -> DocResult:
    if "BOOM" in doc.text:
        raise RuntimeError("pathological")
    return DocResult(doc, (), ())


def test_exception_on_one_document_becomes_its_failure_and_the_rest_is_coded() -> None:
    docs = [Document("a", "gut"), Document("b", "BOOM", source="b.txt"), Document("c", "auch gut")]
    out = list(run_documents(docs, code=fake_code))
    assert [type(o) for o in out] == [DocResult, Failure, DocResult]
    fail = out[1]
    assert isinstance(fail, Failure)
    assert fail.source == "b.txt" and fail.stage == "extract"
    assert "b: RuntimeError: pathological" in fail.reason


def test_recursion_error_is_a_failure_too() -> None:
    def deep(doc: Document, lang: str | None = None) -> DocResult:
        return deep(doc, lang)

    (out,) = code_batch([Document("x", "y")], code=deep)
    assert isinstance(out, Failure) and "RecursionError" in out.reason


def test_run_documents_is_lazy() -> None:
    pulled: list[int] = []

    def docs() -> Iterator[Document]:
        for i in range(1000):
            pulled.append(i)
            yield Document(str(i), "text")

    it = run_documents(docs(), code=fake_code)
    next(it)
    assert len(pulled) == 1


def test_lang_is_passed_to_the_pipeline() -> None:
    seen: list[str | None] = []

    def code(doc: Document, lang: str | None = None) -> DocResult:
        seen.append(lang)
        return DocResult(doc, (), ())

    list(run_documents([Document("a", "x")], code=code, lang="de"))
    assert seen == ["de"]
