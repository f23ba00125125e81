"""PostgreSQL audit store: the cluster store every replica on every node writes to."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Json

from governance.audit.records import GENESIS_HASH, AuditRecord, ChainVerification
from governance.audit.store import (
    COLUMNS,
    JSON_COLUMNS,
    AuditStore,
    AuditStoreDown,
    AuditUnavailable,
    chain_records,
    check_list_args,
    resolve_duplicates,
    verify_rows,
)
from governance.audit.tree import ERASURE_MODEL, Erasure, erasure_record, grow

T = TypeVar("T")

# `json`, not `jsonb`: json keeps the text as written, so numbers read back exactly as they
# were hashed (jsonb would turn 1e20 into 100000000000000000000 and break the chain).
_DDL = """
CREATE TABLE IF NOT EXISTS {records} (
    seq bigint PRIMARY KEY,
    record_id text NOT NULL UNIQUE,
    tenant text NOT NULL,
    created timestamptz NOT NULL,
    model text NOT NULL,
    model_revision text,
    params json NOT NULL,
    prompt text,
    prompt_sha256 text NOT NULL,
    negative_prompt text,
    negative_prompt_sha256 text,
    moderation json,
    nsfw json,
    watermark_id text,
    watermark_reliable boolean,
    c2pa_manifest_id text,
    c2pa_manifest text,
    image_sha256 text,
    outcome text NOT NULL,
    reason text,
    policy_version text NOT NULL,
    request_id text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_tenant_seq ON {records} (tenant, seq);
CREATE INDEX IF NOT EXISTS audit_records_created ON {records} (created);
CREATE INDEX IF NOT EXISTS audit_records_request ON {records} (request_id);
CREATE INDEX IF NOT EXISTS audit_records_manifest ON {records} (c2pa_manifest_id);
CREATE TABLE IF NOT EXISTS {head} (
    id smallint PRIMARY KEY CHECK (id = 1),
    last_seq bigint NOT NULL,
    last_hash text NOT NULL
);
INSERT INTO {head} (id, last_seq, last_hash) VALUES (1, 0, {genesis}) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS {tree} (
    idx bigint PRIMARY KEY,
    hash bytea NOT NULL
);
ALTER TABLE {head} ADD COLUMN IF NOT EXISTS tree_size bigint NOT NULL DEFAULT 0;
ALTER TABLE {head} ADD COLUMN IF NOT EXISTS frontier bytea NOT NULL DEFAULT ''::bytea
"""
_CATCH_UP_BATCH = 2000

_CONNECT_TIMEOUT_S = 5
_LOCK_TIMEOUT_MS = 10_000


def _to_row(record: AuditRecord) -> list[Any]:
    data = record.model_dump()
    return [
        Json(data[c]) if c in JSON_COLUMNS and data[c] is not None else data[c] for c in COLUMNS
    ]


def _tree_columns(rows: list[tuple[int, bytes]]) -> tuple[list[int], list[bytes]]:
    return [index for index, _ in rows], [digest for _, digest in rows]


def _to_record(row: Mapping[str, Any]) -> AuditRecord:
    return AuditRecord.model_validate({c: row[c] for c in COLUMNS})


class PostgresAuditStore(AuditStore):
    """One connection per store, guarded by a lock; the chain-head row serialises writers.

    Each append locks the single chain-head row (`SELECT ... FOR UPDATE`), so concurrent
    replicas take turns: the next writer waits, then reads the head the previous one left.
    A dead connection is replaced on the next call; a call that failed before COMMIT is
    retried once on a fresh connection (nothing of it was written).
    """

    def __init__(self, conninfo: str, *, schema: str = "public", create: bool = True) -> None:
        self.conninfo = conninfo
        self.schema = schema
        self._lock = threading.RLock()
        self._conn: psycopg.Connection[dict[str, Any]] | None = None
        self._pid = 0
        self._closed = False
        ident = sql.Identifier(schema)
        self._records = sql.Composed([ident, sql.SQL("."), sql.Identifier("audit_records")])
        self._head = sql.Composed([ident, sql.SQL("."), sql.Identifier("audit_chain_head")])
        self._tree = sql.Composed([ident, sql.SQL("."), sql.Identifier("audit_tree")])
        head_columns = "last_seq, last_hash, tree_size, frontier"
        self._q_head_lock = sql.SQL(
            "SELECT " + head_columns + " FROM {} WHERE id = 1 FOR UPDATE"
        ).format(self._head)
        self._q_head = sql.SQL("SELECT last_seq, last_hash FROM {} WHERE id = 1").format(self._head)
        self._q_tree_head = sql.SQL("SELECT " + head_columns + " FROM {} WHERE id = 1").format(
            self._head
        )
        # One statement for all of an append's stored hashes (executemany costs a round
        # trip per row).
        self._q_insert_tree = sql.SQL(
            "INSERT INTO {} (idx, hash) SELECT * FROM unnest(%s::bigint[], %s::bytea[])"
        ).format(self._tree)
        self._q_read_tree = sql.SQL("SELECT idx, hash FROM {} WHERE idx = ANY(%s)").format(
            self._tree
        )
        self._q_set_tree = sql.SQL(
            "UPDATE {} SET tree_size = %s, frontier = %s WHERE id = 1"
        ).format(self._head)
        self._q_insert = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            self._records,
            sql.SQL(", ").join(map(sql.Identifier, COLUMNS)),
            sql.SQL(", ").join(sql.Placeholder() * len(COLUMNS)),
        )
        # The new stored hashes ride in the head update (a data-modifying CTE): the tree adds
        # no round trip to an append.
        self._q_move_head = sql.SQL(
            "WITH tree AS (INSERT INTO {} (idx, hash)"
            " SELECT * FROM unnest(%s::bigint[], %s::bytea[]))"
            " UPDATE {} SET last_seq = %s, last_hash = %s, tree_size = %s, frontier = %s"
            " WHERE id = 1"
        ).format(self._tree, self._head)
        self._q_select = sql.SQL("SELECT {} FROM {}").format(
            sql.SQL(", ").join(map(sql.Identifier, COLUMNS)), self._records
        )
        try:
            self._run(self._create_tables if create else self._check_tables)
        except AuditUnavailable:
            self.close()
            raise

    @classmethod
    def from_url(
        cls, url: str, *, schema: str | None = None, create: bool = True
    ) -> PostgresAuditStore:
        """Split ``?schema=`` off a libpq URL; the kwarg wins over the URL."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        url_schema = next((v for k, v in query if k == "schema"), None)
        rest = [(k, v) for k, v in query if k != "schema"]
        if not any(k == "connect_timeout" for k, _ in rest):
            rest.append(("connect_timeout", str(_CONNECT_TIMEOUT_S)))
        conninfo = urlunsplit(parts._replace(query=urlencode(rest)))
        return cls(conninfo, schema=schema or url_schema or "public", create=create)

    # -- connection handling -------------------------------------------------------------

    def _connect(self) -> psycopg.Connection[dict[str, Any]]:
        conn = psycopg.connect(self.conninfo, autocommit=False, row_factory=dict_row)
        # A writer stuck behind a dead lock holder fails (and fails closed) instead of hanging.
        conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(_LOCK_TIMEOUT_MS)))
        conn.commit()
        return conn

    def _connection(self) -> psycopg.Connection[dict[str, Any]]:
        if self._closed:
            raise AuditUnavailable("audit store is closed")
        if self._conn is None or self._conn.closed or self._pid != os.getpid():
            self._conn = self._connect()
            self._pid = os.getpid()
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            try:
                self._conn.close()
            except psycopg.Error:
                pass
        self._conn = None

    def _rollback(self, conn: psycopg.Connection[dict[str, Any]]) -> None:
        # A failed rollback means a dead connection: drop it rather than mask the first error.
        try:
            if not (conn.broken or conn.closed):
                conn.rollback()
        except psycopg.Error:
            self._drop_connection()

    def _run(self, work: Callable[[psycopg.Connection[dict[str, Any]]], T]) -> T:
        """Run `work` then COMMIT; on a broken connection before COMMIT, retry once afresh."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    conn = self._connection()
                except psycopg.Error as exc:
                    raise AuditStoreDown(f"audit store unreachable: {exc}") from exc
                try:
                    result = work(conn)
                except psycopg.Error as exc:
                    if conn.broken or conn.closed:
                        self._drop_connection()
                        if attempt == 1:
                            continue
                        raise AuditStoreDown(f"audit store connection lost: {exc}") from exc
                    else:
                        self._rollback(conn)
                    if isinstance(exc, psycopg.errors.UniqueViolation):
                        raise
                    raise AuditUnavailable(f"audit store failed: {exc}") from exc
                except BaseException:
                    self._rollback(conn)
                    raise
                try:
                    conn.commit()
                except psycopg.Error as exc:
                    # The outcome is unknown; a retried append of the same record_id resolves it.
                    self._drop_connection()
                    raise AuditUnavailable(f"audit commit failed: {exc}") from exc
                return result
        raise AssertionError("unreachable")

    def _create_tables(self, conn: psycopg.Connection[dict[str, Any]]) -> None:
        # Replicas starting together would race on CREATE TABLE IF NOT EXISTS; a transaction
        # advisory lock lets one create while the others wait and then find the tables there.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('imprimatur.audit.ddl'))")
        # Only when missing: CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database,
        # which a production role writing into a pre-made schema may lack.
        if not conn.execute(
            "SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,)
        ).fetchone():
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(self.schema)))
        for statement in _DDL.split(";"):
            conn.execute(
                sql.SQL(statement.strip()).format(
                    records=self._records,
                    head=self._head,
                    tree=self._tree,
                    genesis=sql.Literal(GENESIS_HASH),
                )
            )
        # A store made before the tree existed: grow it over the records already there.
        head = conn.execute(self._q_head_lock).fetchone()
        if head is not None:
            self._catch_up(conn, head)

    def _catch_up(
        self, conn: psycopg.Connection[dict[str, Any]], head: Mapping[str, Any]
    ) -> tuple[int, bytes]:
        """Grow the tree over records it lacks (a migrated store, or a pre-tree writer)."""
        last_seq, size, frontier = head["last_seq"], head["tree_size"], bytes(head["frontier"])
        query = self._q_select + sql.SQL(" WHERE seq > %s ORDER BY seq LIMIT %s")
        while size < last_seq:
            rows = conn.execute(query, (size, _CATCH_UP_BATCH)).fetchall()
            if not rows:
                raise AuditUnavailable(f"audit records after seq {size} are missing")
            frontier, size, tree_rows = grow(frontier, size, [_to_record(r) for r in rows])
            conn.execute(self._q_insert_tree, _tree_columns(tree_rows))
        conn.execute(self._q_set_tree, (size, frontier))
        return size, frontier

    def _check_tables(self, conn: psycopg.Connection[dict[str, Any]]) -> None:
        """Must already be an audit store; one made before the tree gets it now."""
        conn.execute(self._q_head)
        self._create_tables(conn)

    # -- the store interface -------------------------------------------------------------

    def append(self, record: AuditRecord) -> AuditRecord:
        return self.append_many([record])[0]

    def append_many(self, records: list[AuditRecord]) -> list[AuditRecord]:
        if not records:
            return []
        try:
            return self._append(lambda _conn: records)
        except psycopg.errors.UniqueViolation:
            return resolve_duplicates(records, self.get)

    def _append(
        self, build: Callable[[psycopg.Connection[dict[str, Any]]], list[AuditRecord]]
    ) -> list[AuditRecord]:
        """Chain what `build` returns (it runs under the head-row lock) and grow the tree."""

        def work(conn: psycopg.Connection[dict[str, Any]]) -> list[AuditRecord]:
            head = conn.execute(self._q_head_lock).fetchone()
            if head is None:
                raise AuditUnavailable("audit chain head row is missing")
            size, frontier = head["tree_size"], bytes(head["frontier"])
            if size != head["last_seq"]:
                size, frontier = self._catch_up(conn, head)
            built = build(conn)
            if not built:
                return []
            chained = chain_records(built, head["last_seq"], head["last_hash"])
            try:
                frontier, size, tree_rows = grow(frontier, size, chained)
            except ValueError as exc:
                raise AuditUnavailable(f"audit tree head is damaged: {exc}") from exc
            with conn.cursor() as cur:
                if len(chained) == 1:
                    cur.execute(self._q_insert, _to_row(chained[0]))
                else:
                    cur.executemany(self._q_insert, [_to_row(r) for r in chained])
                cur.execute(
                    self._q_move_head,
                    (*_tree_columns(tree_rows), chained[-1].seq, chained[-1].hash, size, frontier),
                )
            return chained

        return self._run(work)

    def erase_prompts(
        self,
        tenant: str,
        before: datetime,
        *,
        policy_version: str = "retention",
        skip_if_none: bool = False,
    ) -> AuditRecord | None:
        cutoff = check_list_args(1, before, None)[0]
        query = sql.SQL(
            "UPDATE {} SET prompt = NULL, negative_prompt = NULL"
            " WHERE tenant = %s AND created < %s::timestamptz AND model != %s"
            " AND (prompt IS NOT NULL OR negative_prompt IS NOT NULL)"
        ).format(self._records)

        def build(conn: psycopg.Connection[dict[str, Any]]) -> list[AuditRecord]:
            erased = conn.execute(query, (tenant, cutoff, ERASURE_MODEL)).rowcount
            if erased == 0 and skip_if_none:
                return []
            return [erasure_record(tenant, before, erased, policy_version)]

        appended = self._append(build)
        return appended[0] if appended else None

    def _tree_state(self) -> tuple[int, bytes]:
        head = self._run(lambda conn: conn.execute(self._q_tree_head).fetchone())
        if head is None:
            raise AuditUnavailable("audit chain head row is missing")
        return head["tree_size"], bytes(head["frontier"])

    def _read_stored(self, indexes: Sequence[int]) -> list[bytes]:
        wanted = sorted(set(indexes))
        rows = self._run(lambda conn: conn.execute(self._q_read_tree, (wanted,)).fetchall())
        found = {row["idx"]: bytes(row["hash"]) for row in rows}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise AuditUnavailable(f"audit tree is missing stored hashes {missing[:5]}")
        return [found[i] for i in indexes]

    def get(self, record_id: str) -> AuditRecord | None:
        query = self._q_select + sql.SQL(" WHERE record_id = %s")
        row = self._run(lambda conn: conn.execute(query, (record_id,)).fetchone())
        return None if row is None else _to_record(row)

    def get_by_manifest_id(self, manifest_id: str) -> AuditRecord | None:
        query = self._q_select + sql.SQL(" WHERE c2pa_manifest_id = %s ORDER BY seq LIMIT 1")
        row = self._run(lambda conn: conn.execute(query, (manifest_id,)).fetchone())
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
        where: list[sql.Composable] = []
        args: list[Any] = []
        for clause, value in (
            ("tenant = %s", tenant),
            ("created >= %s::timestamptz", since_text),
            ("created < %s::timestamptz", until_text),
            ("seq > %s", after_seq),
        ):
            if value is not None:
                where.append(sql.SQL(clause))
                args.append(value)
        query = self._q_select
        if where:
            query += sql.SQL(" WHERE ") + sql.SQL(" AND ").join(where)
        query += sql.SQL(" ORDER BY seq LIMIT %s")
        rows = self._run(lambda conn: conn.execute(query, (*args, limit)).fetchall())
        return [_to_record(row) for row in rows]

    def verify_chain(self) -> ChainVerification:
        # A connection of its own: one REPEATABLE READ snapshot streamed through a server-side
        # cursor, without holding up this process's appends for the length of the walk.
        if self._closed:
            raise AuditUnavailable("audit store is closed")
        try:
            with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
                conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
                conn.read_only = True
                head = conn.execute(self._q_tree_head).fetchone()
                erasure_rows = conn.execute(
                    self._q_select + sql.SQL(" WHERE model = %s"), (ERASURE_MODEL,)
                ).fetchall()
                erasures = [
                    e for row in erasure_rows if (e := Erasure.from_record(_to_record(row)))
                ]
                with (
                    conn.cursor(name="imprimatur_audit_verify") as cur,
                    conn.cursor(name="imprimatur_audit_verify_tree") as tree_cur,
                ):
                    cur.itersize = tree_cur.itersize = 2000
                    cur.execute(self._q_select + sql.SQL(" ORDER BY seq"))
                    tree_cur.execute(
                        sql.SQL("SELECT idx, hash FROM {} ORDER BY idx").format(self._tree)
                    )
                    rows: Iterator[dict[str, Any]] = iter(cur)
                    return verify_rows(
                        rows,
                        None if head is None else (head["last_seq"], head["last_hash"]),
                        _to_record,
                        stored=((r["idx"], bytes(r["hash"])) for r in tree_cur),
                        tree=(0, b"")
                        if head is None
                        else (head["tree_size"], bytes(head["frontier"])),
                        erasures=erasures,
                    )
        except psycopg.Error as exc:
            raise AuditUnavailable(f"audit verify failed: {exc}") from exc

    def ping(self) -> None:
        self._run(lambda conn: conn.execute(self._q_head).fetchone())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._drop_connection()

    def __repr__(self) -> str:
        return f"PostgresAuditStore(schema={self.schema!r})"
