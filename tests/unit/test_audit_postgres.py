"""The PostgreSQL audit store (the cluster store), each test in a schema of its own."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

psycopg = pytest.importorskip("psycopg")

from governance.audit import AuditStore, AuditUnavailable, new_record_id, open_store  # noqa: E402
from imprimatur_cli.main import main  # noqa: E402

try:  # pytest puts this folder on sys.path (tests/unit has no __init__.py)
    from audit_contract import AuditStoreContract, Tamper, make_record
    from transparency_contract import TransparencyContract
except ImportError:  # pragma: no cover - if tests/unit becomes a package
    from tests.unit.audit_contract import AuditStoreContract, Tamper, make_record
    from tests.unit.transparency_contract import TransparencyContract

pytestmark = pytest.mark.unit

# The development machines and CI run PostgreSQL here (trust auth); override for elsewhere.
BASE_URL = os.environ.get(
    "IMPRIMATUR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="module")
def server() -> str:
    try:
        psycopg.connect(BASE_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {BASE_URL}: {exc}")
    return BASE_URL


@pytest.fixture
def schema(server: str) -> Iterator[str]:
    name = f"audit_test_{new_record_id()}"
    yield name
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def store_url(server: str, schema: str) -> str:
    return f"{server}?schema={schema}"


@pytest.fixture
def store(store_url: str) -> Iterator[AuditStore]:
    store = open_store(store_url)
    yield store
    store.close()


@pytest.fixture
def tamper(server: str, schema: str, store: AuditStore) -> Tamper:
    def run(statement: str) -> None:
        statement = statement.replace("{records}", f'"{schema}".audit_records')
        with psycopg.connect(server, autocommit=True) as conn:
            statement = statement.replace("{tree}", f'"{schema}".audit_tree')
            conn.execute(statement.replace("{head}", f'"{schema}".audit_chain_head'))

    return run


class TestPostgresStore(AuditStoreContract, TransparencyContract):
    def test_schema_kwarg_wins_and_tables_live_there(self, server: str, schema: str) -> None:
        with open_store(f"{server}?schema=ignored_{schema}", schema=schema) as store:
            store.append(make_record())
        with psycopg.connect(server) as conn:
            found = conn.execute(
                "SELECT table_schema FROM information_schema.tables"
                " WHERE table_name = 'audit_records' AND table_schema LIKE %s",
                (f"%{schema}",),
            ).fetchall()
        assert found == [(schema,)]

    def test_reconnects_after_the_server_drops_the_connection(
        self, store: AuditStore, server: str
    ) -> None:
        store.append(make_record())
        backend_pid = store._conn.info.backend_pid  # type: ignore[attr-defined]
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (backend_pid,))
        stored = store.append(make_record())  # retried once on a fresh connection
        assert stored.seq == 2
        store.ping()
        assert store.verify_chain().ok

    def test_open_without_create_needs_the_tables(self, server: str, schema: str) -> None:
        with pytest.raises(AuditUnavailable):
            open_store(f"{server}?schema={schema}", create=False)

    def test_cli_verify(
        self, store: AuditStore, store_url: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        store.append_many([make_record() for _ in range(3)])
        assert main(["audit", "verify", "--store", store_url]) == 0
        assert capsys.readouterr().out.startswith("ok: 3 records")


def test_unreachable_server_is_unavailable() -> None:
    # Port 1 on localhost refuses at once: the store must fail closed, not hang or crash.
    with pytest.raises(AuditUnavailable) as info:
        open_store("postgresql://postgres@127.0.0.1:1/test?connect_timeout=2")
    assert info.value.stage == "audit"
