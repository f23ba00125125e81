"""The audit store interface, the chain check both backends share, and `open_store(url)`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

from pydantic import ValidationError

from governance.audit.records import GENESIS_HASH, AuditRecord, ChainVerification, utc_iso
from governance.errors import GovernanceFailure

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


class AuditStore(ABC):
    """An append-only, hash-chained log of audit records shared by every replica.

    `append` assigns `seq`, `prev_hash` and `hash` under a store-wide lock, so replicas writing
    at once still form one unbroken chain. Appending a record whose `record_id` is already
    stored with the same content returns the stored record (safe to retry after a lost reply).
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
        """Re-hash the whole chain and name its first broken link."""

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
) -> ChainVerification:
    """Walk rows in seq order and report the first record whose link does not hold.

    An edited record fails its own hash; a deleted one shows as a seq gap and a prev_hash
    mismatch at the record after it; a deleted tail shows against the chain head row.
    """
    expected_seq, expected_prev, checked = 1, GENESIS_HASH, 0
    last_id: str | None = None

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
        if record.compute_hash() != record.hash:
            return broken(seq, record_id, "hash mismatch: the record's content was changed")
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
    return ChainVerification(ok=True, checked=checked)


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
