"""The audit log as a transparency log: what the Merkle tree costs an append, and what it gives.

Run: python benchmarks/audit_log.py [--appends N] [--rounds R] [--proof-size 1000000]

- Append p50/p95 of one record, before (the plain hash chain: the store modules as they were at
  commit PRE_TREE, loaded from git) and after (the chain plus the incremental tree), on SQLite
  (synchronous=full, the default, and normal) and PostgreSQL (127.0.0.1:5432, a scratch
  schema), one append to each in turn so that load on the shared machine hits both alike.
- Checkpoint cost: Ed25519 signing of the note alone, and `store.checkpoint()` (head read,
  last-record lookup, signing).
- Tree work: the tree's CPU per record, and the time to open (and so migrate) a pre-tree log.
- Proof size at N records: computed (ceil(log2 N) hashes of 32 bytes) and measured on a tree
  of N synthetic leaves built in memory with governance.audit.tlog.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import _common  # noqa: F401  (sets sys.path first)
from _common import REPO_ROOT, machine_line, percentile, print_table, ratio

from governance.audit import new_record_id, open_store, tlog
from governance.audit.checkpoint import Checkpoint, sign_checkpoint
from governance.audit.note import Signer
from governance.audit.records import GENESIS_HASH, AuditRecord
from governance.audit.store import chain_records
from governance.audit.tree import grow

PRE_TREE = "79e6c2c"  # the last commit whose audit stores kept only the hash chain
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def old_module(name: str) -> ModuleType:
    """governance/audit/<name>.py as it was at PRE_TREE (its imports still resolve today)."""
    source = subprocess.run(
        ["git", "show", f"{PRE_TREE}:governance/audit/{name}.py"],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader(f"_pre_tree_{name}", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, f"{PRE_TREE}:{name}.py", "exec"), module.__dict__)
    for value in vars(module).values():  # today's AuditStore adds tree methods it never had
        if isinstance(value, type) and value.__name__.endswith("AuditStore"):
            value.__abstractmethods__ = frozenset()
    return module


def record(i: int) -> AuditRecord:
    return AuditRecord(
        tenant="bench",
        model="sdxl",
        params={"size": "1024x1024", "n_index": 0, "steps": 30, "seed": i},
        prompt=f"a lighthouse at dusk, oil painting, variation {i}",
        moderation={"decision": "allow", "scores": {"violence": 0.01}},
        nsfw={"decision": "allow", "scores": {}},
        watermark_id=new_record_id(),
        watermark_reliable=True,
        c2pa_manifest_id=f"urn:uuid:{new_record_id()}",
        image_sha256="ab" * 32,
        outcome="granted",
        policy_version="bench-1",
        request_id=f"req-{i}",
    )


def time_appends(store: Any, count: int, start: int) -> list[float]:
    samples = []
    for i in range(start, start + count):
        item = record(i)
        t0 = time.perf_counter()
        store.append(item)
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def compare(
    label: str, make_old: Callable[[], Any], make_new: Callable[[], Any], args: argparse.Namespace
) -> list[Any]:
    old, new = make_old(), make_new()
    try:
        time_appends(old, 20, 0)  # warm-up: connection, page cache, statement cache
        time_appends(new, 20, 0)
        before: list[float] = []
        after: list[float] = []
        # One append to each store in turn (order alternating), so that bursts of disk
        # contention from other work on the machine land on both sides alike.
        for i in range(args.rounds * args.appends):
            pair = ((old, before), (new, after)) if i % 2 else ((new, after), (old, before))
            for store, samples in pair:
                samples += time_appends(store, 1, 1000 + i)
        b50, a50 = percentile(before, 50), percentile(after, 50)
        return [
            label,
            f"{b50:.3f}",
            f"{a50:.3f}",
            f"+{a50 - b50:.3f}",
            ratio(a50, b50),
            f"{percentile(before, 95):.3f}",
            f"{percentile(after, 95):.3f}",
        ]
    finally:
        old.close()
        new.close()


def drop_schemas(*names: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def checkpoint_costs(tmp: Path, runs: int) -> list[list[Any]]:
    signer = Signer.generate("bench.example/audit")
    cp = Checkpoint(signer.name, 1_000_000, tlog.leaf_hash(b"root"))
    sign_times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        sign_checkpoint(cp, signer)
        sign_times.append((time.perf_counter() - t0) * 1e6)
    rows = [["Ed25519 sign of the note", f"{percentile(sign_times, 50):.0f}"]]
    with open_store(f"sqlite:///{tmp / 'cp.db'}") as store:
        store.append_many([record(i) for i in range(1000)])
        store_times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            store.checkpoint(signer)
            store_times.append((time.perf_counter() - t0) * 1e6)
    rows.append(
        ["store.checkpoint() on SQLite, 1000 records", f"{percentile(store_times, 50):.0f}"]
    )
    return rows


def tree_work(tmp: Path, migrate: int) -> list[list[Any]]:
    """The tree's own CPU per append (no I/O), and migrating a pre-tree store on open."""
    chained = chain_records([record(i) for i in range(2000)], 0, GENESIS_HASH)
    t0 = time.perf_counter()
    grow(b"", 0, chained)
    per_record_us = (time.perf_counter() - t0) / len(chained) * 1e6
    old_sqlite = old_module("sqlite")
    path = tmp / "migrate.db"
    old_store = old_sqlite.SQLiteAuditStore(str(path), synchronous="normal")
    for start in range(0, migrate, 1000):
        old_store.append_many([record(i) for i in range(start, min(start + 1000, migrate))])
    old_store.close()
    t0 = time.perf_counter()
    with open_store(f"sqlite:///{path}") as upgraded:
        assert upgraded.tree_head().size == migrate
    migrate_s = time.perf_counter() - t0
    return [
        ["leaf_bytes + hashes + frontier per record (grow)", f"{per_record_us:.0f} us"],
        [
            f"open a pre-tree SQLite log of {migrate:,} records (builds the tree)",
            f"{migrate_s:.2f} s",
        ],
    ]


def proof_sizes(n: int) -> list[list[Any]]:
    tree = tlog.MemoryTree()
    t0 = time.perf_counter()
    for i in range(n):
        tree.append(i.to_bytes(8, "big"))
    build_s = time.perf_counter() - t0
    depth = math.ceil(math.log2(n))
    inclusion = [len(tlog.inclusion_proof(i, n, tree.read)) for i in (0, n // 3, n - 1)]
    consistency = [len(tlog.consistency_proof(m, n, tree.read)) for m in (1, n // 2 + 7, n - 1)]
    return [
        ["computed: ceil(log2 N) x 32 B", f"{depth} hashes", f"{depth * 32} B"],
        ["measured inclusion (leaf 0, N/3, N-1)", f"{inclusion}", f"{max(inclusion) * 32} B max"],
        [
            "measured consistency (1, N/2+7, N-1)",
            f"{consistency}",
            f"{max(consistency) * 32} B max",
        ],
        [
            "stored hashes for N records",
            f"{tlog.stored_count(n)}",
            f"{tlog.stored_count(n) * 32} B",
        ],
        ["in-memory build of N leaves", f"{build_s:.1f} s", ""],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=100, help="appends per round and store")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--proof-size", type=int, default=1_000_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--migrate", type=int, default=20_000, help="records in the migration")
    args = parser.parse_args()
    print(machine_line())
    old_sqlite = old_module("sqlite")
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for sync in ("full", "normal"):
            rows.append(
                compare(
                    f"SQLite synchronous={sync}",
                    lambda s=sync: old_sqlite.SQLiteAuditStore(
                        str(tmp / f"old-{s}.db"), synchronous=s
                    ),
                    lambda s=sync: open_store(f"sqlite:///{tmp / f'new-{s}.db'}?synchronous={s}"),
                    args,
                )
            )
        if not args.no_postgres:
            old_pg = old_module("postgres")
            schemas = (f"bench_old_{new_record_id()}", f"bench_new_{new_record_id()}")
            try:
                rows.append(
                    compare(
                        "PostgreSQL (local)",
                        lambda: old_pg.PostgresAuditStore(PG_URL, schema=schemas[0]),
                        lambda: open_store(f"{PG_URL}?schema={schemas[1]}"),
                        args,
                    )
                )
            finally:
                drop_schemas(*schemas)
        print(f"\nAppend latency, ms ({args.rounds * args.appends} appends each, alternating)")
        print_table(
            ["store", "p50 chain", "p50 +tree", "delta", "ratio", "p95 chain", "p95 +tree"], rows
        )
        print("\nCheckpoint signing, microseconds (p50)")
        print_table(["what", "us"], checkpoint_costs(tmp, 200))
        print("\nTree work")
        print_table(["what", "cost"], tree_work(tmp, args.migrate))
    print(f"\nProof size at N = {args.proof_size:,} records")
    print_table(["", "hashes", "bytes"], proof_sizes(args.proof_size))


if __name__ == "__main__":
    sys.exit(main())
