"""The Merkle tree a store keeps beside its chain: growing it, checking it, and prompt erasure.

Both backends keep the same three things: every complete subtree hash in a table keyed by
`tlog.stored_index`, and, in the chain-head row, the tree size and its frontier (the roots of
its perfect subtrees, concatenated). The leaf of record `seq` is leaf `seq - 1` and hashes
`AuditRecord.leaf_bytes()`, which holds the prompts' digests but not their text, so a
prompt erased under a tenant's retention policy leaves every proof and checkpoint valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from governance.audit import tlog
from governance.audit.records import AuditRecord, new_record_id, sha256_hex, utc_iso

ERASURE_MODEL = "imprimatur.audit.erasure"
"""`model` of the record an erasure appends: the log itself says which prompts were erased."""


def encode_frontier(frontier: Sequence[bytes]) -> bytes:
    return b"".join(frontier)


def decode_frontier(blob: bytes, size: int) -> list[bytes]:
    """Split the head row's frontier; refuses one that does not fit the tree size."""
    blob = bytes(blob)
    hashes = [blob[i : i + tlog.HASH_SIZE] for i in range(0, len(blob), tlog.HASH_SIZE)]
    if len(hashes) != size.bit_count() or any(len(h) != tlog.HASH_SIZE for h in hashes):
        raise ValueError(f"stored frontier does not fit tree size {size}")
    return hashes


def record_leaf(record: AuditRecord) -> bytes:
    """The record's leaf hash: SHA-256(0x00 || leaf_bytes())."""
    return tlog.leaf_hash(record.leaf_bytes())


def grow(
    frontier_blob: bytes, size: int, records: Iterable[AuditRecord]
) -> tuple[bytes, int, list[tuple[int, bytes]]]:
    """Add chained records (seq size+1, size+2, ...) to the tree.

    Returns the new frontier blob, the new size, and the (stored index, hash) rows to insert.
    """
    frontier = decode_frontier(frontier_blob, size)
    rows: list[tuple[int, bytes]] = []
    for record in records:
        if record.seq != size + 1:
            raise ValueError(f"record seq {record.seq} cannot be leaf {size} of the tree")
        start = tlog.stored_count(size)
        frontier, new = tlog.append_leaf(frontier, size, record_leaf(record))
        rows.extend(zip(range(start, start + len(new)), new, strict=True))
        size += 1
    return encode_frontier(frontier), size, rows


@dataclass(frozen=True)
class TreeHead:
    size: int
    root: bytes


@dataclass(frozen=True)
class InclusionProof:
    """What `GET /v1/audit/records/{id}/proof` answers (hashes hex in JSON)."""

    record_id: str
    leaf_index: int
    tree_size: int
    leaf_hash: bytes
    audit_path: tuple[bytes, ...]
    root: bytes

    def verify(self) -> bool:
        return tlog.verify_inclusion(
            self.leaf_index, self.tree_size, self.leaf_hash, self.audit_path, self.root
        )

    def to_json(self) -> dict[str, object]:
        return {
            "record_id": self.record_id,
            "leaf_index": self.leaf_index,
            "tree_size": self.tree_size,
            "leaf_hash": self.leaf_hash.hex(),
            "audit_path": [h.hex() for h in self.audit_path],
            "root_hash": self.root.hex(),
        }


# -- erasure ----------------------------------------------------------------------------


def erasure_record(tenant: str, before: datetime, erased: int, policy_version: str) -> AuditRecord:
    """The record an erasure appends: which tenant, which cut-off, how many records."""
    return AuditRecord(
        tenant=tenant,
        model=ERASURE_MODEL,
        params={"action": "erase_prompts", "before": utc_iso(before), "erased": erased},
        prompt_sha256=sha256_hex(""),
        outcome="granted",
        reason="erase_prompts",
        policy_version=policy_version,
        request_id=f"erase-{new_record_id()}",
    )


@dataclass(frozen=True)
class Erasure:
    """One logged erasure: prompts of `tenant` created before `before`, erased at `seq`."""

    seq: int
    tenant: str
    before: str

    @classmethod
    def from_record(cls, record: AuditRecord) -> Erasure | None:
        if record.model != ERASURE_MODEL or record.params.get("action") != "erase_prompts":
            return None
        return cls(record.seq or 0, record.tenant, str(record.params.get("before", "")))

    def covers(self, record: AuditRecord) -> bool:
        return (
            record.tenant == self.tenant
            and (record.seq or 0) < self.seq
            and utc_iso(record.created) < self.before
        )


def erased_by(record: AuditRecord, erasures: Sequence[Erasure]) -> bool:
    """The record's text is gone and a later erasure record in the log says why."""
    if record.prompt is not None or record.negative_prompt is not None:
        return False
    return any(e.covers(record) for e in erasures)


class TreeCheck:
    """Re-grows the tree from the records while verify() walks them, against the stored one."""

    def __init__(self, stored: Iterator[tuple[int, bytes]]) -> None:
        self._stored = stored
        self.frontier: list[bytes] = []
        self.size = 0
        self.leaf: bytes | None = None

    def add(self, record: AuditRecord) -> str | None:
        """Add the record's leaf; the reason the stored hashes disagree, or None."""
        start = tlog.stored_count(self.size)
        self.leaf = record_leaf(record)
        self.frontier, new = tlog.append_leaf(self.frontier, self.size, self.leaf)
        self.size += 1
        for expected_index, expected in enumerate(new, start=start):
            row = next(self._stored, None)
            if row is None:
                return "the Merkle tree does not hold this record (tree behind the chain)"
            index, stored = row
            if index != expected_index:
                return f"the Merkle tree misses stored hash {expected_index}"
            if bytes(stored) != expected:
                return "the Merkle tree's hashes do not match this record (rewritten)"
        return None

    def finish(self, head_size: int, head_frontier: bytes) -> str | None:
        """After the last record: no stored hashes left over, and the head's frontier agrees."""
        if next(self._stored, None) is not None:
            return "the Merkle tree holds hashes for records that are missing"
        if head_size != self.size:
            return f"the tree head says {head_size} records, the log holds {self.size}"
        if bytes(head_frontier) != encode_frontier(self.frontier):
            return "the tree head's frontier does not match the records"
        return None
