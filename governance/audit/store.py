"""The audit store interface, the chain check both backends share, and `open_store(url)`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

from pydantic import ValidationError

from governance.audit import tlog
from governance.audit.checkpoint import Checkpoint, sign_checkpoint
from governance.audit.note import Signer
from governance.audit.records import (
    GENESIS_HASH,
    AuditRecord,
    ChainVerification,
    sha256_hex,
    utc_iso,
)
from governance.audit.tree import (
    Erasure,
    InclusionProof,
    TreeCheck,
    TreeHead,
    decode_frontier,
    erased_by,
)
from governance.errors import GovernanceFailure

LAST_RECORD_EXTENSION = "imprimatur-last-record"

# Column order of the records table in both backends: the model's own field order.
COLUMNS: tuple[str, ...] = tuple(AuditRecord.model_fields)
JSON_COLUMNS = frozenset({"params", "moderation", "nsfw"})
CONTENT_COLUMNS: tuple[str, ...] = tuple(
    c for c in COLUMNS if c not in ("seq", "prev_hash", "hash")
)


class AuditUnavailable(GovernanceFailure):
    """The audit log cannot be written or read. Fail closed: without a record, no image leaves."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__("audit", message or "The audit log is unavailable; no image was released.")


class AuditStoreDown(AuditUnavailable):
    """The store cannot be reached (connection refused or lost): still fail closed, but as 503
    with Retry-After, since the same request may succeed once the store is back (nothing of
    it was released). A damaged log or a failed statement stays a 500 (AuditUnavailable)."""

    status = 503
    code = "audit_unavailable"
    RETRY_AFTER_S = 2

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message)
        self.headers = {"Retry-After": str(self.RETRY_AFTER_S)}


class AuditStore(ABC):
    """An append-only, hash-chained log of audit records shared by every replica.

    `append` assigns `seq`, `prev_hash` and `hash` under a store-wide lock, so replicas writing
    at once still form one unbroken chain. Appending a record whose `record_id` is already
    stored with the same content returns the stored record (safe to retry after a lost reply).

    The same lock grows an RFC 9162 Merkle tree over the records (see `governance.audit.tree`),
    so the log can sign checkpoints and prove inclusion and consistency: a transparency log.
    """

    @abstractmethod
    def append(self, record: AuditRecord) -> AuditRecord:
        """Chain and store one record; raises AuditUnavailable on any store failure."""

    @abstractmethod
    def append_many(self, records: list[AuditRecord]) -> list[AuditRecord]:
        """Chain and store records in one transaction at contiguous seqs (one request's images)."""

    @abstractmethod
    def get(self, record_id: str) -> AuditRecord | None:
        """The stored record with this id, or None."""

    @abstractmethod
    def get_by_manifest_id(self, manifest_id: str) -> AuditRecord | None:
        """The record whose image carries this C2PA manifest, or None (soft-binding API)."""

    @abstractmethod
    def list(
        self,
        *,
        tenant: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        after_seq: int | None = None,
    ) -> list[AuditRecord]:
        """Records ordered by seq; `since` inclusive, `until` exclusive; page with `after_seq`."""

    @abstractmethod
    def verify_chain(self) -> ChainVerification:
        """Re-hash the whole chain and the Merkle tree; name the first broken link."""

    @abstractmethod
    def erase_prompts(
        self,
        tenant: str,
        before: datetime,
        *,
        policy_version: str = "retention",
        skip_if_none: bool = False,
    ) -> AuditRecord | None:
        """Drop the prompt texts of `tenant`'s records created before `before` (digests stay)
        and append, in the same transaction, the erasure record that says so; returns it
        (None when `skip_if_none` and there was nothing to erase)."""

    @abstractmethod
    def _tree_state(self) -> tuple[int, bytes]:
        """(tree size, frontier blob) from the chain-head row."""

    @abstractmethod
    def _read_stored(self, indexes: Sequence[int]) -> list[bytes]:
        """Stored subtree hashes by `tlog.stored_index`, in the order asked."""

    # -- the transparency log, shared by both backends -----------------------------------

    def tree_head(self) -> TreeHead:
        """Size and root of the tree now: every record committed before the call is in it."""
        size, frontier = self._tree_state()
        try:
            return TreeHead(size, tlog.root_from_frontier(decode_frontier(frontier, size)))
        except ValueError as exc:
            raise AuditUnavailable(f"audit tree head is damaged: {exc}") from exc

    def _checked_size(self, size: int | None) -> int:
        current = self._tree_state()[0]
        if size is None:
            return current
        if not 0 <= size <= current:
            raise ValueError(f"tree size {size} is not between 0 and the log's {current}")
        return size

    def root(self, size: int | None = None) -> bytes:
        """The root of the tree of the first `size` records (default: now)."""
        return tlog.tree_hash(self._checked_size(size), self._read_stored)

    def inclusion_proof(self, record_id: str, tree_size: int | None = None) -> InclusionProof:
        """Proof that the record is leaf `seq - 1` of the tree of `tree_size` (default: now)."""
        record = self.get(record_id)
        if record is None or record.seq is None:
            raise LookupError(f"no audit record {record_id}")
        size = self._checked_size(tree_size)
        if record.seq > size:
            raise ValueError(f"record {record_id} (seq {record.seq}) is not in tree size {size}")
        path = tlog.inclusion_proof(record.seq - 1, size, self._read_stored)
        leaf = self._read_stored([tlog.stored_index(0, record.seq - 1)])[0]
        return InclusionProof(record_id, record.seq - 1, size, leaf, tuple(path), self.root(size))

    def consistency_proof(self, first: int, second: int | None = None) -> list[bytes]:
        """Proof that the tree of `second` records (default: now) extends that of `first`."""
        second = self._checked_size(second)
        if not 0 <= first <= second:
            raise ValueError(f"first {first} must be between 0 and second {second}")
        return tlog.consistency_proof(first, second, self._read_stored)

    def checkpoint(self, signer: Signer, size: int | None = None, *, hint: bool = False) -> str:
        """The tree head (now, or at an earlier `size`) as a signed C2SP checkpoint whose
        origin is the key's name: origin, size, root, then the signature.

        With `hint`, one extension line names the last record it covers by SHA-256 of its id
        (the id stays private), so a later check can tell a rewritten log from a cut-back one.
        C2SP allows extension lines but does not recommend them (monitors cannot audit them),
        so the public endpoint leaves it out; witnesses and saved files carry it.
        """
        current, frontier = self._tree_state()
        if size is None or size == current:
            size, root = current, tlog.root_from_frontier(decode_frontier(frontier, current))
        else:
            root = self.root(size)
        extensions: tuple[str, ...] = ()
        if size and hint:
            last = self.list(after_seq=size - 1, limit=1)
            if last and last[0].seq == size:
                extensions = (f"{LAST_RECORD_EXTENSION} {sha256_hex(last[0].record_id)}",)
        return sign_checkpoint(Checkpoint(signer.name, size, root, extensions), signer)

    @abstractmethod
    def ping(self) -> None:
        """Raise AuditUnavailable when the store cannot be reached (readiness checks)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections; later calls raise AuditUnavailable."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def chain_records(
    records: Iterable[AuditRecord], last_seq: int, last_hash: str
) -> list[AuditRecord]:
    """Place records after the chain head (seq, hash): the one step both backends run under lock."""
    chained = []
    for record in records:
        last_seq += 1
        record = record.chained(last_seq, last_hash)
        last_hash = record.hash or ""
        chained.append(record)
    return chained


def resolve_duplicates(
    records: list[AuditRecord], lookup: Callable[[str], AuditRecord | None]
) -> list[AuditRecord]:
    """After a unique-key clash: the stored copies if this is a retry, else AuditUnavailable."""
    stored = []
    for record in records:
        existing = lookup(record.record_id)
        if existing is None or not existing.same_content(record):
            raise AuditUnavailable(
                f"audit record_id {record.record_id} clashes with a different stored record"
            )
        stored.append(existing)
    return stored


def check_list_args(
    limit: int, since: datetime | None, until: datetime | None
) -> tuple[str | None, str | None]:
    """Validate list() bounds; naive datetimes count as UTC. Returns them as canonical UTC text."""
    if limit < 1:
        raise ValueError("limit must be at least 1")

    def norm(value: datetime | None) -> str | None:
        if value is None:
            return None
        return utc_iso(value if value.tzinfo else value.replace(tzinfo=UTC))

    return norm(since), norm(until)


def verify_rows(
    rows: Iterable[Mapping[str, Any]],
    head: tuple[int, str] | None,
    to_record: Callable[[Mapping[str, Any]], AuditRecord],
    *,
    stored: Iterator[tuple[int, bytes]],
    tree: tuple[int, bytes],
    erasures: Sequence[Erasure] = (),
) -> ChainVerification:
    """Walk rows in seq order and report the first record whose link does not hold.

    An edited record fails its own hash; a deleted one shows as a seq gap and a prev_hash
    mismatch at the record after it; a deleted tail shows against the chain head row. The
    Merkle tree is re-grown alongside and compared with every stored hash (`stored`, in index
    order) and the head's (size, frontier) `tree`. A record whose prompt text a logged
    erasure removed cannot re-hash to its chain hash; its leaf (which holds the digests, not
    the text) must then match the stored tree instead.
    """
    expected_seq, expected_prev, checked = 1, GENESIS_HASH, 0
    last_id: str | None = None
    check = TreeCheck(stored)

    def broken(seq: int | None, record_id: str | None, reason: str) -> ChainVerification:
        return ChainVerification(
            ok=False,
            checked=checked,
            first_broken_seq=seq,
            first_broken_record_id=record_id,
            reason=reason,
        )

    for row in rows:
        checked += 1
        seq, record_id = row["seq"], row["record_id"]
        if seq != expected_seq:
            return broken(
                seq, record_id, f"seq {seq} follows seq {expected_seq - 1}: records missing"
            )
        if row["prev_hash"] != expected_prev:
            return broken(seq, record_id, "prev_hash does not match the hash of the record before")
        try:
            record = to_record(row)
        except (ValidationError, ValueError, TypeError) as exc:
            return broken(seq, record_id, f"record no longer valid: {exc}".splitlines()[0])
        if record.compute_hash() != record.hash and not erased_by(record, erasures):
            return broken(seq, record_id, "hash mismatch: the record's content was changed")
        tree_problem = check.add(record)
        if tree_problem:
            return broken(seq, record_id, tree_problem)
        expected_seq, expected_prev, last_id = seq + 1, record.hash, record_id

    if head is None:
        return broken(None, None, "chain head row is missing")
    head_seq, head_hash = head
    last_seq = expected_seq - 1
    if head_seq > last_seq:
        return broken(
            last_seq + 1, None, f"records after seq {last_seq} are missing (head is at {head_seq})"
        )
    if head_seq < last_seq:
        return broken(head_seq + 1, None, f"records after seq {head_seq} bypassed the chain head")
    if head_hash != expected_prev:
        return broken(last_seq, last_id, "the chain head's hash does not match the last record")
    tree_problem = check.finish(*tree)
    if tree_problem:
        return broken(None, None, tree_problem)
    root = tlog.root_from_frontier(check.frontier).hex()
    return ChainVerification(ok=True, checked=checked, tree_size=check.size, root=root)


def open_store(url: str, *, schema: str | None = None, create: bool = True) -> AuditStore:
    """Open the store a URL names, creating its tables if needed (unless `create` is False).

    - ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, ``sqlite:///:memory:``;
      query options ``synchronous=full|normal`` and ``busy_timeout_ms``.
    - ``postgresql://user@host:port/db?schema=name&...``: `schema` (or the kwarg) picks the
      schema holding the tables (default ``public``); other query options go to libpq.
    """
    if url.startswith("sqlite://"):
        from governance.audit.sqlite import SQLiteAuditStore

        return SQLiteAuditStore.from_url(url, create=create)
    if url.startswith(("postgresql://", "postgres://")):
        from governance.audit.postgres import PostgresAuditStore

        return PostgresAuditStore.from_url(url, schema=schema, create=create)
    raise ValueError(f"unsupported audit store URL {url!r}: use sqlite:/// or postgresql://")
