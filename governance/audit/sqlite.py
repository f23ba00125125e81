"""SQLite audit store: the embedded default. Replicas on one host share one WAL-mode file."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from governance.audit.records import GENESIS_HASH, AuditRecord, ChainVerification
from governance.audit.store import (
    COLUMNS,
    JSON_COLUMNS,
    AuditStore,
    AuditUnavailable,
    chain_records,
    check_list_args,
    resolve_duplicates,
    verify_rows,
)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS audit_records (
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    tenant TEXT NOT NULL,
    created TEXT NOT NULL,
    model TEXT NOT NULL,
    model_revision TEXT,
    params TEXT NOT NULL,
    prompt TEXT,
    prompt_sha256 TEXT NOT NULL,
    negative_prompt TEXT,
    negative_prompt_sha256 TEXT,
    moderation TEXT,
    nsfw TEXT,
    watermark_id TEXT,
    watermark_reliable INTEGER,
    c2pa_manifest_id TEXT,
    c2pa_manifest TEXT,
    image_sha256 TEXT,
    outcome TEXT NOT NULL,
    reason TEXT,
    policy_version TEXT NOT NULL,
    request_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_tenant_seq ON audit_records (tenant, seq);
CREATE INDEX IF NOT EXISTS audit_records_created ON audit_records (created);
CREATE INDEX IF NOT EXISTS audit_records_request ON audit_records (request_id);
CREATE INDEX IF NOT EXISTS audit_records_manifest ON audit_records (c2pa_manifest_id);
CREATE TABLE IF NOT EXISTS audit_chain_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT OR IGNORE INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, '{GENESIS_HASH}');
"""

_INSERT = (
    f"INSERT INTO audit_records ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM audit_records"


def _to_row(record: AuditRecord) -> tuple[Any, ...]:
    data = record.model_dump(mode="json")
    return tuple(
        json.dumps(data[c], allow_nan=False)
        if c in JSON_COLUMNS and data[c] is not None
        else data[c]
        for c in COLUMNS
    )


def _to_record(row: Mapping[str, Any]) -> AuditRecord:
    data = {c: row[c] for c in COLUMNS}
    for column in JSON_COLUMNS:
        if data[column] is not None:
            data[column] = json.loads(data[column])
    return AuditRecord.model_validate(data)


class SQLiteAuditStore(AuditStore):
    """One connection per process, guarded by a lock; `BEGIN IMMEDIATE` serialises writers.

    `BEGIN IMMEDIATE` takes SQLite's write lock before the chain head is read, so two
    processes can never chain onto the same head; busy_timeout makes the loser wait.
    """

    def __init__(
        self,
        path: str,
        *,
        synchronous: str = "FULL",
        busy_timeout_ms: int = 30_000,
        create: bool = True,
    ) -> None:
        if synchronous.upper() not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError("synchronous must be full, normal or extra")
        self.path = path
        self._memory = path == ":memory:"
        self._synchronous = synchronous.upper()
        self._busy_timeout_ms = int(busy_timeout_ms)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._closed = False
        if not self._memory:
            file = Path(path)
            if not create and not file.exists():
                raise AuditUnavailable(f"no audit store at {path}")
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise AuditUnavailable(f"audit store {path} cannot be created: {exc}") from exc
        with self._lock:
            try:
                conn = self._connection()
                if create:
                    self._begin_immediate(conn)
                    try:
                        for statement in _SCHEMA.split(";"):
                            if statement.strip():
                                conn.execute(statement)
                        conn.execute("COMMIT")
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
                conn.execute("SELECT last_seq FROM audit_chain_head").fetchone()
            except sqlite3.Error as exc:
                self.close()
                raise AuditUnavailable(f"audit store {path} cannot be opened: {exc}") from exc

    @classmethod
    def from_url(cls, url: str, *, create: bool = True) -> SQLiteAuditStore:
        """Parse ``sqlite:///path?synchronous=normal&busy_timeout_ms=5000``."""
        parts = urlsplit(url)
        path = unquote(url[len("sqlite:///") :].split("?", 1)[0])
        if not path:
            raise ValueError(f"audit store URL {url!r} names no file")
        options = dict(parse_qsl(parts.query))
        unknown = set(options) - {"synchronous", "busy_timeout_ms"}
        if unknown:
            raise ValueError(f"unknown sqlite audit store options: {sorted(unknown)}")
        return cls(
            path,
            synchronous=options.get("synchronous", "FULL"),
            busy_timeout_ms=int(options.get("busy_timeout_ms", 30_000)),
            create=create,
        )

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path,
            timeout=self._busy_timeout_ms / 1000,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
            check_same_thread=False,  # guarded by self._lock
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        if not self._memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {self._synchronous}")
        return conn

    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise AuditUnavailable("audit store is closed")
        # A forked child must not share its parent's SQLite handle; it opens its own.
        if self._conn is None or self._pid != os.getpid():
            self._conn = self._connect()
            self._pid = os.getpid()
        return self._conn

    def append(self, record: AuditRecord) -> AuditRecord:
        return self.append_many([record])[0]

    def append_many(self, records: list[AuditRecord]) -> list[AuditRecord]:
        if not records:
            return []
        with self._lock:
            try:
                conn = self._connection()
                self._begin_immediate(conn)
                try:
                    head = conn.execute(
                        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1"
                    ).fetchone()
                    if head is None:
                        raise AuditUnavailable("audit chain head row is missing")
                    chained = chain_records(records, head[0], head[1])
                    conn.executemany(_INSERT, [_to_row(r) for r in chained])
                    conn.execute(
                        "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                        (chained[-1].seq, chained[-1].hash),
                    )
                    conn.execute("COMMIT")
                    return chained
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError:
                return resolve_duplicates(records, self.get)
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit append failed: {exc}") from exc

    def _begin_immediate(self, conn: sqlite3.Connection) -> None:
        """Take the write lock, polling every ~0.5-4 ms until busy_timeout.

        SQLite's own busy handler backs off to 100 ms sleeps, so under contention one replica
        can wait most of a second while others keep winning; short jittered polls keep the
        wait close to the time the lock is actually held.
        """
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            deadline = time.monotonic() + self._busy_timeout_ms / 1000
            delay = 0.0005
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    busy = exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
                    if not busy or time.monotonic() >= deadline:
                        raise
                time.sleep(delay * random.uniform(0.5, 1.5))
                delay = min(delay * 2, 0.004)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")

    def get(self, record_id: str) -> AuditRecord | None:
        return self._get_one("record_id", record_id)

    def get_by_manifest_id(self, manifest_id: str) -> AuditRecord | None:
        return self._get_one("c2pa_manifest_id", manifest_id)

    def _get_one(self, column: str, value: str) -> AuditRecord | None:
        with self._lock:
            try:
                row = (
                    self._connection()
                    .execute(f"{_SELECT} WHERE {column} = ? ORDER BY seq LIMIT 1", (value,))
                    .fetchone()
                )
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit read failed: {exc}") from exc
        return None if row is None else _to_record(row)

    def list(
        self,
        *,
        tenant: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        after_seq: int | None = None,
    ) -> list[AuditRecord]:
        since_text, until_text = check_list_args(limit, since, until)
        where, args = [], []
        # created is stored as fixed-format UTC text, so text comparison is time order.
        for clause, value in (
            ("tenant = ?", tenant),
            ("created >= ?", since_text),
            ("created < ?", until_text),
            ("seq > ?", after_seq),
        ):
            if value is not None:
                where.append(clause)
                args.append(value)
        sql = _SELECT + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY seq LIMIT ?"
        with self._lock:
            try:
                rows = self._connection().execute(sql, (*args, limit)).fetchall()
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit read failed: {exc}") from exc
        return [_to_record(row) for row in rows]

    def verify_chain(self) -> ChainVerification:
        # Its own connection (a file store) so a long verify does not hold up this
        # process's appends; one read transaction gives a consistent snapshot.
        if self._memory:
            with self._lock:
                return self._verify_on(self._connection())
        if self._closed:
            raise AuditUnavailable("audit store is closed")
        try:
            conn = self._connect()
        except sqlite3.Error as exc:
            raise AuditUnavailable(f"audit store {self.path} cannot be opened: {exc}") from exc
        try:
            return self._verify_on(conn)
        finally:
            conn.close()

    def _verify_on(self, conn: sqlite3.Connection) -> ChainVerification:
        try:
            conn.execute("BEGIN")
            try:
                head = conn.execute(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1"
                ).fetchone()
                rows = conn.execute(f"{_SELECT} ORDER BY seq")
                return verify_rows(
                    _iter_rows(rows), None if head is None else tuple(head), _to_record
                )
            finally:
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise AuditUnavailable(f"audit verify failed: {exc}") from exc

    def ping(self) -> None:
        with self._lock:
            try:
                self._connection().execute("SELECT last_seq FROM audit_chain_head").fetchone()
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit store {self.path} unavailable: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __repr__(self) -> str:
        return f"SQLiteAuditStore({self.path!r})"


def _iter_rows(cursor: sqlite3.Cursor, batch: int = 1000) -> Iterator[sqlite3.Row]:
    while rows := cursor.fetchmany(batch):
        yield from rows
