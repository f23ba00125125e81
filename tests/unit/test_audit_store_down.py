"""PostgreSQL going away under the audit store: fail closed as 503 with Retry-After while it is
unreachable, then recover by itself (no restart), the chain intact (chaos suite, issue 12).

The outage is made on a database of this test's own (connections refused with
ALLOW_CONNECTIONS false, and its backends terminated), never by stopping the shared server.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator

import numpy as np
import pytest

from governance.audit import AuditRecord, AuditStoreDown, AuditUnavailable, open_store
from governance.errors import GovernanceFailure
from governance.image_governor import ImageOutcome
from governance.moderation import ModerationResult
from governance.request_pipeline import GenerationPipeline
from tests.unit.test_replica_retry import facts

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.unit

SERVER = os.environ.get("IMPRIMATUR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def database() -> Iterator[str]:
    """A database of our own; its URL. Dropped afterwards (connections terminated first)."""
    try:
        admin = psycopg.connect(SERVER, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {SERVER}: {exc}")
    name = f"imprimatur_down_{secrets.token_hex(4)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield SERVER.rsplit("/", 1)[0] + f"/{name}"
        finally:
            outage(admin, name, down=False)
            outage(admin, name, down=True)  # terminate the store's connections
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def outage(admin, name: str, *, down: bool) -> None:
    """Refuse (or allow again) connections to `name`; refusing also ends the open ones."""
    admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {"false" if down else "true"}')
    if down:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


def record(n: int) -> AuditRecord:
    return AuditRecord(
        tenant="acme",
        model="tiny-sdxl",
        outcome="granted",
        policy_version="unit-1",
        prompt_sha256=f"{n:064d}",
        request_id=f"req-{n}",
    )


def test_an_unreachable_server_is_503_with_retry_after():
    with pytest.raises(AuditStoreDown) as info:
        open_store("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")
    assert info.value.status == 503 and info.value.headers == {"Retry-After": "2"}
    assert isinstance(info.value, AuditUnavailable) and info.value.stage == "audit"


def test_the_store_fails_closed_while_down_and_recovers_by_itself(database):
    name = database.rsplit("/", 1)[1]
    store = open_store(f"{database}?connect_timeout=3")
    store.append(record(1))
    with psycopg.connect(SERVER, autocommit=True) as admin:
        outage(admin, name, down=True)
        with pytest.raises(AuditStoreDown) as info:
            store.append(record(2))
        assert info.value.status == 503
        outage(admin, name, down=False)
    store.append(record(3))  # the same store object: it reconnects by itself
    assert [r.request_id for r in store.list()] == ["req-1", "req-3"]
    assert store.verify_chain().ok
    store.close()


def test_a_request_while_the_store_is_down_is_503_and_releases_nothing(database):
    """Through the governed pipeline: a request whose record cannot be written is answered
    503 with Retry-After (retry later) rather than 500, and nothing is recorded or released."""
    name = database.rsplit("/", 1)[1]
    store = open_store(f"{database}?connect_timeout=3")
    released: list[str] = []

    async def moderate(prompt, negative_prompt, policy):
        return ModerationResult(False, {}, {})

    async def govern(pixels, job):
        return ImageOutcome(record_id=job.record_id, failed_stage="watermark")

    async def generate():
        released.append("generated")
        return [np.zeros((8, 8, 3), np.uint8)]

    pipeline = GenerationPipeline(moderate=moderate, govern_image=govern, audit=store)
    with psycopg.connect(SERVER, autocommit=True) as admin:
        outage(admin, name, down=True)
        with pytest.raises(GovernanceFailure) as info:
            asyncio.run(pipeline.run(facts(), generate))
        outage(admin, name, down=False)
    assert isinstance(info.value, AuditStoreDown) and info.value.status == 503
    assert info.value.headers["Retry-After"] == "2"
    assert store.list() == []  # nothing recorded, and nothing returned to release
    store.close()
