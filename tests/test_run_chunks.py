"""How the Dask runner cuts batches into chunks for the coding processes and puts the results back together."""

from __future__ import annotations

import numpy as np

from chronik.records import DocResult, Document, Sentence
from chronik.run.dask_runner import _Chunk, _Chunks, _coded, _lost
from chronik.run.dedup import signatures
from chronik.run.serial import CodedBatch, code_rows


def fake_code(doc: Document, lang: str | None = None) -> DocResult:
    return DocResult(doc, (Sentence(0, 0, len(doc.text), doc.text),), ())


def docs(prefix: str, n: int) -> list[Document]:
    return [Document(f"{prefix}{i}", f"Text {prefix} {i} " + " ".join(f"w{i}x{j}" for j in range(8)))
            for i in range(n)]


def batches(sizes: list[int]) -> list[tuple[int, list[Document]]]:
    return [(k, docs(f"b{k}-", n)) for k, n in enumerate(sizes)]


def take_all(chunks: _Chunks[int]) -> tuple[list[_Chunk], list[tuple[int, CodedBatch]]]:
    """Every chunk in the order handed out, reading ahead as the runner does, and the batches passed on."""
    out, passed = [], []
    while True:
        passed += list(chunks.fill())
        chunk = chunks.take()
        if chunk is None:
            return out, passed
        out.append(chunk)


def test_chunks_are_whole_batches_while_input_follows_and_shrink_at_the_end() -> None:
    chunks: _Chunks[int] = _Chunks(batches([16] * 10), size=16, processes=2)
    out, _ = take_all(chunks)
    sizes = [c.end - c.start for c in out]
    # 2 x 16 x 2 = 64 documents are read ahead: the end of the input is seen with 4 batches left to hand out,
    # which go out in shares of what is left (a chunk never spans two batches)
    assert sizes == [16] * 7 + [12, 4, 8, 6, 2, 4, 3, 3, 2, 1, 1, 1, 1]
    # every document exactly once, in input order
    handed = [d.doc_id for c in out for d in c.docs]
    assert handed == [d.doc_id for _, ds in batches([16] * 10) for d in ds]


def test_reading_one_batch_at_a_time_hands_out_the_first_chunk_before_the_lookahead_is_read() -> None:
    source = iter(batches([16] * 10))
    chunks: _Chunks[int] = _Chunks(source, size=16, processes=2)
    assert list(chunks.fill(1)) == [] and chunks.reading
    first = chunks.take()
    assert first is not None and (first.start, first.end) == (0, 16)
    assert next(source)[0] == 1  # the second batch was not read yet
    while chunks.reading:  # the rest of the lookahead (64 documents) one batch at a time
        list(chunks.fill(1))
    assert next(source)[0] == 6


def test_a_batch_is_put_back_together_in_order_whatever_order_its_chunks_come_back_in() -> None:
    chunks: _Chunks[int] = _Chunks(batches([10]), size=16, processes=2)
    out, _ = take_all(chunks)
    assert len(out) > 1  # a short input is cut at once
    finished = [chunks.done(c, code_rows(c.docs, fake_code)) for c in reversed(out)]
    assert finished[:-1] == [None] * (len(out) - 1)
    last = finished[-1]
    assert last is not None
    key, coded = last
    whole = code_rows(batches([10])[0][1], fake_code)
    assert key == 0 and coded.coded == 10 and coded.sentences == 10
    assert coded.tables is not None and whole.tables is not None
    assert coded.tables["documents"].column("doc_id").to_pylist() == \
        whole.tables["documents"].column("doc_id").to_pylist()
    assert np.array_equal(coded.signatures, whole.signatures)


def test_a_batch_without_documents_is_passed_on_at_once() -> None:
    chunks: _Chunks[int] = _Chunks([(0, []), (1, docs("a", 3)), (2, [])], size=4, processes=2)
    out, passed = take_all(chunks)
    assert [key for key, _ in passed] == [0, 2]
    assert all(c.coded == 0 and c.signatures.shape == (0, 64) for _, c in passed)
    assert [d.doc_id for c in out for d in c.docs] == ["a0", "a1", "a2"]


def test_a_chunk_lost_with_its_worker_is_one_failure_per_document_and_keeps_the_signatures() -> None:
    lost_docs = docs("x", 3)
    coded = _lost(lost_docs, RuntimeError("worker died"))
    assert coded.coded == 0 and coded.tables is None
    assert [f.reason.split(":")[0] for f in coded.failures] == ["x0", "x1", "x2"]
    assert all("worker lost the batch: RuntimeError: worker died" in f.reason for f in coded.failures)
    assert np.array_equal(coded.signatures, signatures(d.text for d in lost_docs))


class _Erred:
    """A finished Dask future whose task raised."""

    status = "error"


def test_an_erred_future_is_one_failure_per_document() -> None:
    lost_docs = docs("y", 2)
    coded = _coded(_Erred(), (RuntimeError, RuntimeError("killed"), None), lost_docs)
    assert [f.reason for f in coded.failures] == [
        f"y{i}: worker lost the batch: RuntimeError: killed" for i in range(2)]


def test_every_batch_comes_back_when_the_in_flight_limit_holds_chunks_back() -> None:
    # once the input is read to its end, the chunks the limit held back must still go out after the results
    # that free their slots are collected (a run under load once ended with them unsent: documents lost)
    from distributed import Client, LocalCluster

    from chronik.run.dask_runner import map_batches_dask

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        got = list(map_batches_dask(client, batches([2, 2, 2, 2, 2]), 2, code=fake_code, max_in_flight=1))
    assert sorted(k for k, _ in got) == [0, 1, 2, 3, 4]
    assert sum(coded.coded for _, coded in got) == 10
