"""Behaviour every audit store must show, run against SQLite and PostgreSQL alike.

A test module subclasses `AuditStoreContract` and provides three fixtures: `store` (a fresh,
empty store), `store_url` (a URL that opens the same store from another process) and
`tamper` (runs raw SQL on it; `{records}` and `{head}` name its tables).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from governance.audit import (
    GENESIS_HASH,
    AuditRecord,
    AuditStore,
    AuditUnavailable,
    new_record_id,
    open_store,
)

Tamper = Callable[[str], None]


def make_record(**overrides: Any) -> AuditRecord:
    """A realistic granted record; override any field."""
    fields: dict[str, Any] = {
        "tenant": "acme",
        "model": "sdxl",
        "model_revision": "tiny-1",
        "params": {
            "size": "64x64",
            "n_index": 0,
            "steps": 4,
            "guidance": 7.5,
            "seed": 1234,
            "output_format": "png",
        },
        "prompt": "a red bicycle leaning on a wall",
        "negative_prompt": "blurry",
        "moderation": {"decision": "allow", "scores": {"violence": 0.0123, "sexual": 0.0004}},
        "nsfw": {"decision": "allow", "scores": {"FEMALE_BREAST_EXPOSED": 0.01}, "reason": None},
        "watermark_id": "00ff00ff00ff00ff",
        "watermark_reliable": True,
        "c2pa_manifest_id": "urn:uuid:0b1f7d2e-1111-2222-3333-444455556666",
        "image_sha256": "ab" * 32,
        "outcome": "granted",
        "reason": None,
        "policy_version": "acme-2025-01",
        "request_id": "req-" + new_record_id(),
    }
    fields.update(overrides)
    return AuditRecord(**fields)


def append_worker(url: str, worker: int, count: int, barrier: Any) -> None:
    """A replica: open its own store, wait for the others, then append as fast as it can."""
    store = open_store(url)
    barrier.wait(timeout=60)
    seqs: list[int] = []
    i = 0
    while i < count:
        if i % 10 == 9 and i + 2 <= count:  # some multi-image requests too
            batch = [
                make_record(tenant=f"w{worker}", request_id=f"w{worker}-{i}") for _ in range(2)
            ]
            stored = store.append_many(batch)
            seqs += [r.seq or 0 for r in stored]
            assert stored[1].seq == (stored[0].seq or 0) + 1, "append_many must be contiguous"
            i += 2
        else:
            seqs.append(store.append(make_record(tenant=f"w{worker}")).seq or 0)
            i += 1
    assert seqs == sorted(seqs), "one writer's seqs must increase"
    store.close()


def run_concurrent_writers(url: str, workers: int, per_worker: int) -> float:
    """Spawned processes (like Serve replicas) appending at once; returns wall seconds."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers + 1)
    procs = [
        ctx.Process(target=append_worker, args=(url, w, per_worker, barrier))
        for w in range(workers)
    ]
    for proc in procs:
        proc.start()
    barrier.wait(timeout=60)
    start = time.perf_counter()
    for proc in procs:
        proc.join(timeout=120)
    elapsed = time.perf_counter() - start
    assert [p.exitcode for p in procs] == [0] * workers
    return elapsed


class AuditStoreContract:
    """Tests shared by both backends."""

    def test_append_assigns_chain_fields(self, store: AuditStore) -> None:
        first = store.append(make_record())
        second = store.append(make_record())
        assert (first.seq, first.prev_hash) == (1, GENESIS_HASH)
        assert (second.seq, second.prev_hash) == (2, first.hash)
        assert first.hash == first.compute_hash()
        assert store.get(first.record_id) == first

    def test_round_trip_is_exact(self, store: AuditStore) -> None:
        # Values that a lossy column type would change: the hash must still verify.
        record = make_record(
            prompt='ünïcødé ✓ "quotes" and \\ back\nslash',
            params={"guidance": 0.1, "big": 1e20, "tiny": 5e-324, "n": 2**63, "nested": [1, {}]},
            moderation={"decision": "refuse", "scores": {"self-harm": 1.0}},
            nsfw=None,
            negative_prompt=None,
            watermark_reliable=False,
            created=datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=timezone_plus(2)),
        )
        stored = store.append(record)
        assert store.get(record.record_id) == stored
        assert store.list() == [stored]
        assert store.verify_chain().ok

    def test_lookup_by_manifest_id(self, store: AuditStore) -> None:
        stored = store.append(
            make_record(c2pa_manifest_id="urn:c2pa:1234", c2pa_manifest="AAEC", outcome="granted")
        )
        store.append(make_record())
        found = store.get_by_manifest_id("urn:c2pa:1234")
        assert found is not None and found.record_id == stored.record_id
        assert found.c2pa_manifest == "AAEC"
        assert store.get_by_manifest_id("urn:c2pa:unknown") is None

    def test_append_many_is_contiguous(self, store: AuditStore) -> None:
        store.append(make_record())
        batch = store.append_many([make_record(request_id="r1") for _ in range(4)])
        assert [r.seq for r in batch] == [2, 3, 4, 5]
        assert all(b.prev_hash == a.hash for a, b in zip(batch, batch[1:], strict=False))
        assert store.append_many([]) == []

    def test_retrying_an_append_returns_the_stored_record(self, store: AuditStore) -> None:
        record = make_record()
        stored = store.append(record)
        assert store.append(record) == stored
        with pytest.raises(AuditUnavailable, match="clashes"):
            store.append(make_record(record_id=record.record_id, tenant="other"))
        with pytest.raises(AuditUnavailable):  # one batch must not carry an id twice
            store.append_many([make_record(record_id="0" * 16), make_record(record_id="0" * 16)])
        assert store.verify_chain().ok
        assert len(store.list()) == 1

    def test_list_filters_and_pages(self, store: AuditStore) -> None:
        t0 = datetime(2025, 1, 1, tzinfo=UTC)
        for i in range(10):
            store.append(
                make_record(tenant="a" if i % 2 else "b", created=t0 + timedelta(minutes=i))
            )
        assert [r.seq for r in store.list()] == list(range(1, 11))
        assert [r.seq for r in store.list(tenant="a")] == [2, 4, 6, 8, 10]
        window = store.list(since=t0 + timedelta(minutes=3), until=t0 + timedelta(minutes=6))
        assert [r.seq for r in window] == [4, 5, 6]
        naive = store.list(since=datetime(2025, 1, 1, 0, 8))  # naive counts as UTC
        assert [r.seq for r in naive] == [9, 10]
        pages, after = [], None
        while page := store.list(limit=3, after_seq=after):
            pages.append([r.seq for r in page])
            after = page[-1].seq
        assert pages == [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]
        with pytest.raises(ValueError):
            store.list(limit=0)

    def test_empty_and_intact_chains_verify(self, store: AuditStore) -> None:
        assert store.verify_chain().ok
        for _ in range(5):
            store.append(make_record())
        result = store.verify_chain()
        assert (result.ok, result.checked, result.first_broken_seq) == (True, 5, None)

    @pytest.mark.parametrize(
        "assignment",
        [
            "tenant = 'mallory'",
            "outcome = 'refused'",
            "outcome = 'bogus'",  # no longer a valid record at all
            "policy_version = 'lenient'",
            "watermark_reliable = NULL",
            'params = \'{"size": "64x64", "seed": 1}\'',
            "prompt = 'something else'",  # no longer matches prompt_sha256
            "prompt = NULL",  # still matches prompt_sha256, but the hash covers the text
            "record_id = 'ffffffffffffffff'",
        ],
    )
    def test_edited_record_is_named(
        self, store: AuditStore, tamper: Tamper, assignment: str
    ) -> None:
        records = [store.append(make_record()) for _ in range(7)]
        tamper(f"UPDATE {{records}} SET {assignment} WHERE seq = 4")
        result = store.verify_chain()
        assert not result.ok
        assert result.first_broken_seq == 4
        assert result.first_broken_record_id in (records[3].record_id, "ffffffffffffffff")
        assert result.checked == 4

    def test_edited_and_rehashed_record_is_named_by_the_tree(
        self, store: AuditStore, tamper: Tamper
    ) -> None:
        # The chain alone would only notice at seq 4 (its prev_hash); the Merkle tree's stored
        # leaf for seq 3 names the edited record itself.
        records = [store.append(make_record()) for _ in range(5)]
        forged = records[2].model_copy(update={"tenant": "mallory"})
        forged = forged.model_copy(update={"hash": forged.compute_hash()})
        tamper(f"UPDATE {{records}} SET tenant = 'mallory', hash = '{forged.hash}' WHERE seq = 3")
        result = store.verify_chain()
        assert (result.first_broken_seq, result.first_broken_record_id) == (3, records[2].record_id)
        assert "Merkle tree" in (result.reason or "")

    @pytest.mark.parametrize("deleted", [1, 3])
    def test_deleted_record_names_the_next_one(
        self, store: AuditStore, tamper: Tamper, deleted: int
    ) -> None:
        records = [store.append(make_record()) for _ in range(5)]
        tamper(f"DELETE FROM {{records}} WHERE seq = {deleted}")
        result = store.verify_chain()
        assert not result.ok
        assert result.first_broken_seq == deleted + 1
        assert result.first_broken_record_id == records[deleted].record_id
        assert "missing" in (result.reason or "")

    def test_deleted_tail_shows_against_the_chain_head(
        self, store: AuditStore, tamper: Tamper
    ) -> None:
        for _ in range(5):
            store.append(make_record())
        tamper("DELETE FROM {records} WHERE seq >= 4")
        result = store.verify_chain()
        assert (result.ok, result.first_broken_seq, result.checked) == (False, 4, 3)

    def test_threads_share_one_store(self, store: AuditStore) -> None:
        errors: list[BaseException] = []

        def writer() -> None:
            try:
                for _ in range(25):
                    store.append(make_record())
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=writer) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        result = store.verify_chain()
        assert (result.ok, result.checked) == (True, 150)

    def test_concurrent_processes_keep_one_chain(self, store: AuditStore, store_url: str) -> None:
        workers, per_worker = 4, 60
        run_concurrent_writers(store_url, workers, per_worker)
        result = store.verify_chain()
        assert (result.ok, result.checked) == (True, workers * per_worker)
        records = store.list(limit=10_000)
        assert [r.seq for r in records] == list(range(1, workers * per_worker + 1))
        assert Counter(r.tenant for r in records) == {f"w{w}": per_worker for w in range(workers)}

    def test_replicas_starting_together_share_one_fresh_store(self, store_url: str) -> None:
        # No store opened first: the replicas race to create the tables themselves.
        run_concurrent_writers(store_url, 4, 5)
        with open_store(store_url) as store:
            result = store.verify_chain()
        assert (result.ok, result.checked) == (True, 20)

    def test_closed_store_refuses(self, store: AuditStore) -> None:
        store.close()
        with pytest.raises(AuditUnavailable):
            store.append(make_record())
        with pytest.raises(AuditUnavailable):
            store.ping()


def timezone_plus(hours: int) -> Any:
    """A non-UTC zone: created times are normalised to UTC before hashing."""
    from datetime import timezone

    return timezone(timedelta(hours=hours))
