"""SQLite audit store: the embedded default. Replicas on one host share one WAL-mode file."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
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
from governance.audit.tree import ERASURE_MODEL, Erasure, erasure_record, grow

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
CREATE TABLE IF NOT EXISTS audit_tree (
    idx INTEGER PRIMARY KEY,
    hash BLOB NOT NULL
);
"""
# Added to the chain-head row by the transparency-log upgrade (see governance.audit.tree).
_HEAD_TREE_COLUMNS = (
    ("tree_size", "INTEGER NOT NULL DEFAULT 0"),
    ("frontier", "BLOB NOT NULL DEFAULT x''"),
)
_HEAD = "SELECT last_seq, last_hash, tree_size, frontier FROM audit_chain_head WHERE id = 1"
_MOVE_HEAD = (
    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, tree_size = ?, frontier = ?"
    " WHERE id = 1"
)
_INSERT_TREE = "INSERT INTO audit_tree (idx, hash) VALUES (?, ?)"
_CATCH_UP_BATCH = 2000

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
                if not create:  # must already be an audit store, perhaps one made before the tree
                    conn.execute("SELECT last_seq FROM audit_chain_head").fetchone()
                self._begin_immediate(conn)
                try:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    self._upgrade(conn)
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
            self._until_free(conn, "PRAGMA journal_mode = WAL")
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

    def _upgrade(self, conn: sqlite3.Connection) -> None:
        """Add the tree to a store made before it, and grow it over the records already there."""
        have = {row[1] for row in conn.execute("PRAGMA table_info(audit_chain_head)")}
        for column, decl in _HEAD_TREE_COLUMNS:
            if column not in have:
                conn.execute(f"ALTER TABLE audit_chain_head ADD COLUMN {column} {decl}")
        head = conn.execute(_HEAD).fetchone()
        if head is not None:
            self._catch_up(conn, head)

    def _catch_up(self, conn: sqlite3.Connection, head: sqlite3.Row) -> tuple[int, bytes]:
        """Grow the tree over records it lacks (a migrated store, or a pre-tree writer)."""
        last_seq, size, frontier = head[0], head[2], bytes(head[3])
        while size < last_seq:
            rows = conn.execute(
                f"{_SELECT} WHERE seq > ? ORDER BY seq LIMIT ?", (size, _CATCH_UP_BATCH)
            ).fetchall()
            if not rows:
                raise AuditUnavailable(f"audit records after seq {size} are missing")
            frontier, size, tree_rows = grow(frontier, size, [_to_record(r) for r in rows])
            conn.executemany(_INSERT_TREE, tree_rows)
        conn.execute(
            "UPDATE audit_chain_head SET tree_size = ?, frontier = ? WHERE id = 1",
            (size, frontier),
        )
        return size, frontier

    def append(self, record: AuditRecord) -> AuditRecord:
        return self.append_many([record])[0]

    def append_many(self, records: list[AuditRecord]) -> list[AuditRecord]:
        if not records:
            return []
        try:
            return self._append(lambda _conn: records)
        except sqlite3.IntegrityError:
            return resolve_duplicates(records, self.get)

    def _append(
        self, build: Callable[[sqlite3.Connection], list[AuditRecord]]
    ) -> list[AuditRecord]:
        """Chain what `build` returns (it runs inside the write lock) and grow the tree."""
        with self._lock:
            try:
                conn = self._connection()
                self._begin_immediate(conn)
                try:
                    head = conn.execute(_HEAD).fetchone()
                    if head is None:
                        raise AuditUnavailable("audit chain head row is missing")
                    size, frontier = head[2], bytes(head[3])
                    if size != head[0]:
                        size, frontier = self._catch_up(conn, head)
                    built = build(conn)
                    if not built:
                        conn.execute("COMMIT")
                        return []
                    chained = chain_records(built, head[0], head[1])
                    frontier, size, tree_rows = grow(frontier, size, chained)
                    conn.executemany(_INSERT, [_to_row(r) for r in chained])
                    conn.executemany(_INSERT_TREE, tree_rows)
                    conn.execute(_MOVE_HEAD, (chained[-1].seq, chained[-1].hash, size, frontier))
                    conn.execute("COMMIT")
                    return chained
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError:
                raise
            except (sqlite3.Error, ValueError) as exc:
                raise AuditUnavailable(f"audit append failed: {exc}") from exc

    def erase_prompts(
        self,
        tenant: str,
        before: datetime,
        *,
        policy_version: str = "retention",
        skip_if_none: bool = False,
    ) -> AuditRecord | None:
        cutoff = check_list_args(1, before, None)[0]

        def build(conn: sqlite3.Connection) -> list[AuditRecord]:
            erased = conn.execute(
                "UPDATE audit_records SET prompt = NULL, negative_prompt = NULL"
                " WHERE tenant = ? AND created < ? AND model != ?"
                " AND (prompt IS NOT NULL OR negative_prompt IS NOT NULL)",
                (tenant, cutoff, ERASURE_MODEL),
            ).rowcount
            if erased == 0 and skip_if_none:
                return []
            return [erasure_record(tenant, before, erased, policy_version)]

        appended = self._append(build)
        return appended[0] if appended else None

    def _tree_state(self) -> tuple[int, bytes]:
        with self._lock:
            try:
                row = (
                    self._connection()
                    .execute("SELECT tree_size, frontier FROM audit_chain_head WHERE id = 1")
                    .fetchone()
                )
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit tree unavailable: {exc}") from exc
        if row is None:
            raise AuditUnavailable("audit chain head row is missing")
        return row[0], bytes(row[1])

    def _read_stored(self, indexes: Sequence[int]) -> list[bytes]:
        wanted = sorted(set(indexes))
        with self._lock:
            try:
                rows = (
                    self._connection()
                    .execute(
                        f"SELECT idx, hash FROM audit_tree WHERE idx IN"
                        f" ({', '.join('?' * len(wanted))})",
                        wanted,
                    )
                    .fetchall()
                )
            except sqlite3.Error as exc:
                raise AuditUnavailable(f"audit tree read failed: {exc}") from exc
        found = {row[0]: bytes(row[1]) for row in rows}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise AuditUnavailable(f"audit tree is missing stored hashes {missing[:5]}")
        return [found[i] for i in indexes]

    def _begin_immediate(self, conn: sqlite3.Connection) -> None:
        """Take the write lock (see :meth:`_until_free`)."""
        self._until_free(conn, "BEGIN IMMEDIATE")

    def _until_free(self, conn: sqlite3.Connection, statement: str) -> None:
        """Run ``statement``, polling every ~0.5-4 ms while the database is busy, until
        busy_timeout.

        SQLite's own busy handler backs off to 100 ms sleeps, so under contention one replica
        can wait most of a second while others keep winning; short jittered polls keep the
        wait close to the time the lock is actually held. And switching a fresh file to WAL
        can answer "database is locked" at once while another replica creates the tables, the
        busy handler not called at all (a replica starting beside others failed so).
        """
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            deadline = time.monotonic() + self._busy_timeout_ms / 1000
            delay = 0.0005
            while True:
                try:
                    conn.execute(statement)
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
                head = conn.execute(_HEAD).fetchone()
                erasures = [
                    e
                    for row in conn.execute(f"{_SELECT} WHERE model = ?", (ERASURE_MODEL,))
                    if (e := Erasure.from_record(_to_record(row))) is not None
                ]
                stored = conn.execute("SELECT idx, hash FROM audit_tree ORDER BY idx")
                rows = conn.execute(f"{_SELECT} ORDER BY seq")
                return verify_rows(
                    _iter_rows(rows),
                    None if head is None else (head[0], head[1]),
                    _to_record,
                    stored=((r[0], r[1]) for r in _iter_rows(stored)),
                    tree=(0, b"") if head is None else (head[2], bytes(head[3])),
                    erasures=erasures,
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
