"""The remote guard backend against a real HTTP server on 127.0.0.1 (uvicorn in a thread).

`/imprimatur` is this service's own HTTP app (deployments.api.create_app: real routes, real
tenant keys, the real Moderator behind /v1/moderations; only the Serve handles are replaced by
in-process calls); `/openai` answers in OpenAI's category names, flagging what the input asks
for (`flag:violence,hate/threatening`); the other routes misbehave one way each.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
import yaml
from fastapi import FastAPI, Request, Response

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from deployments.api import create_app  # noqa: E402
from deployments.api.service import ApiService  # noqa: E402
from deployments.settings import parse_settings  # noqa: E402
from governance.audit import open_store  # noqa: E402
from governance.errors import GovernanceFailure  # noqa: E402
from governance.moderation import (  # noqa: E402
    CATEGORIES,
    ModerationPolicy,
    Moderator,  # noqa: E402
)
from governance.moderation.guards import (  # noqa: E402
    OPENAI_TO_CATEGORIES,
    BuiltinBackend,
    GuardError,
    GuardSet,
    RemoteModerationBackend,
)

OPENAI_CATEGORIES = [
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
]
API_KEY = "sk-test-guard-key"
PEER_KEY = "imp_unit_guards_peer"
REPO = Path(__file__).resolve().parents[2]


def openai_result(text: str) -> dict[str, Any]:
    wanted = (
        set(text.removeprefix("flag:").split(",")) - {""} if text.startswith("flag:") else set()
    )
    return {
        "flagged": bool(wanted),
        "categories": {c: c in wanted for c in OPENAI_CATEGORIES},
        "category_scores": {c: 0.93 if c in wanted else 0.01 for c in OPENAI_CATEGORIES},
    }


class ModerationOnlyBackends:
    """`deployments.api.service.Backends` in process, for the moderation routes only: the real
    Moderator where the governance deployment's handle would be; other work is not served."""

    replica_id = "unit-guards"

    def __init__(self, moderator: Moderator) -> None:
        self.moderator = moderator

    async def moderate(self, prompt, negative_prompt, policy):
        return await asyncio.to_thread(self.moderator.check_prompt, prompt, negative_prompt, policy)

    async def moderate_texts(self, texts, policy):
        return await asyncio.to_thread(self.moderator.check, texts, policy)

    async def generate(self, model, params):  # pragma: no cover - not served here
        raise NotImplementedError

    async def govern_image(self, pixels, job):  # pragma: no cover
        raise NotImplementedError

    async def inspect(self, data, mime):  # pragma: no cover
        raise NotImplementedError

    async def ready(self, component):  # pragma: no cover
        return None

    def scaled_to_zero(self) -> set[str]:  # pragma: no cover
        return set()


def imprimatur_app(moderator: Moderator, home: Path) -> FastAPI:
    """This service's HTTP app, with one tenant whose key the remote backend will send."""
    from governance.limits import MemoryLimitStore
    from governance.tenants import hash_api_key

    tenants = home / "tenants.yaml"
    tenants.write_text(
        yaml.safe_dump(
            {
                "version": "guards-1",
                "tenants": [
                    {"name": "peer", "keys": [{"hash": hash_api_key(PEER_KEY), "role": "generate"}]}
                ],
            }
        ),
        encoding="utf-8",
    )
    local = yaml.safe_load((REPO / "config" / "local.yaml").read_text(encoding="utf-8"))
    args = {**local["applications"][0]["args"], "tenants": [], "tenants_file": str(tenants)}
    service = ApiService(
        parse_settings(args),
        ModerationOnlyBackends(moderator),
        MemoryLimitStore(),
        audit=open_store(f"sqlite:///{home / 'audit.db'}"),
    )
    return create_app(service)


def build_app(moderator: Moderator, home: Path) -> FastAPI:
    app = FastAPI()
    app.mount("/imprimatur", imprimatur_app(moderator, home))

    @app.post("/openai/v1/moderations")
    async def openai(request: Request) -> Any:
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return Response(status_code=401)
        body = await request.json()
        return {
            "id": "modr-1",
            "model": "omni-moderation-latest",
            "results": [openai_result(t) for t in body["input"]],
        }

    @app.post("/slow/v1/moderations")
    async def slow(request: Request) -> dict[str, Any]:
        await asyncio.sleep(1.5)
        return {"results": [openai_result("") for _ in (await request.json())["input"]]}

    @app.post("/error/v1/moderations")
    async def error() -> Response:
        return Response("upstream exploded", status_code=503)

    malformed: dict[str, Any] = {
        "html": Response("<html>busy</html>", media_type="text/html"),
        "no-results": {"id": "x"},
        "too-few": {"results": []},
        "flag-string": {"results": [{**openai_result(""), "flagged": "no"}]},
        "category-string": {"results": [{**openai_result(""), "categories": {"violence": "true"}}]},
        "score-string": {"results": [{**openai_result(""), "category_scores": {"hate": "0.9"}}]},
        "unknown-only": {
            "results": [
                {"flagged": True, "categories": {"weird": True}, "category_scores": {"weird": 1}}
            ]
        },
    }

    @app.post("/malformed/{kind}/v1/moderations")
    async def bad(kind: str) -> Any:
        return malformed[kind]

    return app


@pytest.fixture(scope="module")
def server(moderator: Moderator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = build_app(moderator, tmp_path_factory.mktemp("imprimatur-home"))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test moderation server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GUARD_TEST_KEY", API_KEY)
    return "GUARD_TEST_KEY"


@pytest.fixture
def peer_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GUARD_PEER_KEY", PEER_KEY)
    return "GUARD_PEER_KEY"


def test_another_imprimatur_answers_in_our_categories(
    server: str, moderator: Moderator, peer_key: str
) -> None:
    remote = RemoteModerationBackend(
        f"{server}/imprimatur/v1/moderations", model="imp-1", api_key_env=peer_key
    )
    texts = ["a lighthouse at dawn", "a gory decapitation", "a porn photo"]
    verdicts = remote.check(texts, ModerationPolicy())
    expected = moderator.check(texts)
    assert [v.categories for v in verdicts] == [r.categories for r in expected]
    for v, r in zip(verdicts, expected, strict=True):
        assert v.category_scores == pytest.approx(r.category_scores)
        assert v.detail == "imp-1"
    adult_ok = ModerationPolicy(refuse=set(CATEGORIES) - {"sexual"})
    assert not remote.check(["a porn photo"], adult_ok)[0].flagged  # our policy, applied here
    remote.close()


@pytest.mark.parametrize(
    ("flags", "ours"),
    [
        ("violence", {"violence/graphic"}),
        ("harassment/threatening", {"harassment"}),
        ("self-harm/intent,hate/threatening", {"self-harm", "hate"}),
        ("illicit/violent", {"illicit"}),
        ("sexual/minors", {"sexual/minors"}),
    ],
)
def test_openai_categories_map_onto_ours(
    server: str, api_key: str, flags: str, ours: set[str]
) -> None:
    remote = RemoteModerationBackend(f"{server}/openai/v1/moderations", api_key_env=api_key)
    (verdict,) = remote.check([f"flag:{flags}"], ModerationPolicy())
    assert {c for c, on in verdict.categories.items() if on} == ours
    assert all(verdict.category_scores[c] == pytest.approx(0.93) for c in ours)
    assert verdict.detail == "omni-moderation-latest"
    assert set(OPENAI_CATEGORIES) <= set(OPENAI_TO_CATEGORIES)


def test_thresholds_can_replace_the_endpoints_flags(server: str, api_key: str) -> None:
    strict = RemoteModerationBackend(
        f"{server}/openai/v1/moderations", api_key_env=api_key, thresholds={"hate": 0.005}
    )
    (verdict,) = strict.check(["flag:"], ModerationPolicy())  # nothing flagged, hate at 0.01
    assert {c for c, on in verdict.categories.items() if on} == {"hate"}


def test_missing_key_fails_at_start_and_a_wrong_one_per_request(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GUARD_TEST_KEY", raising=False)
    with pytest.raises(ValueError, match="GUARD_TEST_KEY"):
        RemoteModerationBackend(f"{server}/openai/v1/moderations", api_key_env="GUARD_TEST_KEY")
    monkeypatch.setenv("GUARD_TEST_KEY", "sk-wrong")
    wrong = RemoteModerationBackend(f"{server}/openai/v1/moderations", api_key_env="GUARD_TEST_KEY")
    with pytest.raises(GuardError, match="401"):
        wrong.check(["a lighthouse"], ModerationPolicy())


@pytest.mark.parametrize(
    "route",
    ["error", *(f"malformed/{kind}" for kind in ("html", "no-results", "too-few"))]
    + [f"malformed/{k}" for k in ("flag-string", "category-string", "score-string")]
    + ["malformed/unknown-only"],
)
def test_bad_answers_raise(server: str, route: str) -> None:
    remote = RemoteModerationBackend(f"{server}/{route}/v1/moderations")
    with pytest.raises(GuardError):
        remote.check(["a lighthouse"], ModerationPolicy())


def test_timeout_and_unreachable_raise(server: str) -> None:
    slow = RemoteModerationBackend(f"{server}/slow/v1/moderations", timeout_s=0.3)
    started = time.monotonic()
    with pytest.raises(GuardError, match="timed out"):
        slow.check(["a lighthouse"], ModerationPolicy())
    assert time.monotonic() - started < 1.4  # it gave up before the server answered
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    unreachable = RemoteModerationBackend(f"http://127.0.0.1:{closed_port}/v1/moderations")
    with pytest.raises(GuardError):
        unreachable.check(["a lighthouse"], ModerationPolicy())


def test_this_service_refuses_a_remote_without_its_key(server: str) -> None:
    anonymous = RemoteModerationBackend(f"{server}/imprimatur/v1/moderations")
    with pytest.raises(GuardError, match="401"):
        anonymous.check(["a lighthouse"], ModerationPolicy())


def test_a_failing_remote_fails_the_request_closed(
    server: str, moderator: Moderator, peer_key: str
) -> None:
    builtin = BuiltinBackend(moderator)
    down = RemoteModerationBackend(f"{server}/error/v1/moderations", name="down")
    guards = GuardSet({"builtin": builtin, "down": down}, builtin)
    with pytest.raises(GovernanceFailure) as caught:
        guards.check_prompt("a lighthouse at dawn", None, ModerationPolicy())
    assert caught.value.stage == "moderation" and isinstance(caught.value.__cause__, GuardError)
    ok = RemoteModerationBackend(
        f"{server}/imprimatur/v1/moderations", name="peer", api_key_env=peer_key
    )
    combined = GuardSet({"builtin": builtin, "peer": ok}, builtin)
    result = combined.check_prompt("a lighthouse", "a gory decapitation", ModerationPolicy())
    assert result.flagged and result.summary()["backends"] == {
        "builtin": ["violence/graphic"],
        "peer": ["violence/graphic"],
    }
