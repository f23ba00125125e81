"""A replica's death costs no request that can be retried (deployments/retry.py, ServeBackends).

No Ray cluster: `ServeBackends` is built over handle stand-ins whose calls fail with the very
exception classes Ray raises when the replica holding a call dies (ActorDiedError,
ActorUnavailableError, ...), then answer from the real governance library in this process.
Checked: governance calls go to another replica; a generation is sent once more with the same
seed; when no replica answers, 503 with Retry-After; the audit holds exactly one record per
request, matching what the client received; anything that is not a death is not retried.
Prompt moderation runs in the router's own process (its guard set), so it never waits on a
governance replica, dead or alive; a guard that fails or hangs still fails the request closed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from fastapi.testclient import TestClient
from PIL import Image
from ray.exceptions import (
    ActorDiedError,
    ActorUnavailableError,
    NodeDiedError,
    RayTaskError,
    WorkerCrashedError,
)

from deployments.api import create_app
from deployments.api.service import ApiService
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.retry import GENERATION_ATTEMPTS, GOVERNANCE_ATTEMPTS, is_replica_death
from deployments.router import ServeBackends, StoredImage, build_guards
from deployments.settings import parse_settings
from governance.audit import open_store
from governance.certs import ensure_dev_ca
from governance.errors import GovernanceFailure, OverloadedError, ReplicaUnavailableError
from governance.image_governor import ImageGovernor, ImageJob
from governance.limits import MemoryLimitStore
from governance.moderation import ModerationPolicy, ModerationResult
from governance.nsfw import NsfwFilter, NsfwPolicy, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.request_pipeline import GenerationPipeline, RequestFacts
from governance.watermark import Watermarker
from tests.unit.test_api import REPO_ROOT, _tenants_file, bearer

pytestmark = pytest.mark.unit


def death(kind: str) -> BaseException:
    """What awaiting a Serve handle call raises when its replica died (see deployments/retry)."""
    if kind == "died":
        return ActorDiedError()
    if kind == "unavailable":
        return ActorUnavailableError("Actor is unavailable.", None)
    if kind == "worker":
        return WorkerCrashedError()
    if kind == "node":
        return NodeDiedError("node lost")
    raise ValueError(kind)


class ResponseFake:
    """Stands in for a DeploymentResponse: cancellable; awaited again, the same answer (the call
    runs once), as when Serve resolves it as another call's argument."""

    def __init__(self, run: Any) -> None:
        self._run = run
        self._task: asyncio.Future | None = None
        self.cancelled = False

    def __await__(self):
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())
        return self._task.__await__()

    def cancel(self) -> None:
        self.cancelled = True


class DyingHandleFake:
    """Stands in for a DeploymentHandle over replicas that die. Each `.method.remote(...)` is one
    call; the first `deaths` calls raise what Ray raises for a dead replica, the others are
    answered by `target` (a real component, or a callable per method)."""

    def __init__(self, target: Any, deaths: int = 0, kind: str = "died") -> None:
        self.target = target
        self.deaths = deaths
        self.kind = kind
        self.calls: list[tuple[str, tuple]] = []
        self.transports: list[bool] = []  # each call's `_by_reference`, as Serve's would read it

    def options(self, **options: Any) -> DyingHandleFake:
        """The same replicas; `_by_reference` is recorded for the next call (Serve's default:
        True, the object store)."""
        self._next_by_reference = options.get("_by_reference", True)
        return self

    def __getattr__(self, method: str) -> Any:
        if method.startswith("_"):
            raise AttributeError(method)
        handle = self

        class _Method:
            def remote(self, *args: Any) -> ResponseFake:
                handle.calls.append((method, args))
                handle.transports.append(handle.__dict__.pop("_next_by_reference", True))
                dies = len(handle.calls) <= handle.deaths

                async def run() -> Any:
                    await asyncio.sleep(0)
                    if dies:
                        raise death(handle.kind)
                    # Serve hands the replica a response argument's answer, not the response
                    given = [await a if isinstance(a, ResponseFake) else a for a in args]
                    answer = getattr(handle.target, method)(*given)
                    return await answer if asyncio.iscoroutine(answer) else answer

                return ResponseFake(run)

        return _Method()


class GovernanceReplicaFake:
    """The governance deployment's methods over the real library, in this process."""

    def __init__(self, governor: ImageGovernor | None = None) -> None:
        self.governor = governor

    def inspect(self, data, mime) -> dict:
        return {"c2pa": None, "watermark": None}

    def govern_image(self, pixels, job, index=None):
        assert self.governor is not None
        if index is not None:  # as GovernanceDeployment.govern_image: an image of the answer
            pixels = pixels.images[index]
        return self.governor.govern(pixels, job)


class ModelReplicaFake:
    """A model replica: the image is a pure function of the seed (as a real engine's is)."""

    def generate(self, params: GenerationParams) -> GenerationOutput:
        rng = np.random.default_rng(params.seed)  # smooth, so the watermark reads back
        coarse = Image.fromarray(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8))
        pixels = np.asarray(coarse.resize((params.width, params.height), Image.BICUBIC))
        return GenerationOutput(images=[pixels for _ in range(params.n)])


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    local = yaml.safe_load((REPO_ROOT / "config" / "local.yaml").read_text())
    args = local["applications"][0]["args"]
    args["tenants"] = []
    args["tenants_file"] = str(_tenants_file(tmp_path_factory.mktemp("t") / "tenants.yaml"))
    return parse_settings(args)


@pytest.fixture(scope="module")
def governor(tmp_path_factory) -> ImageGovernor:
    certs = tmp_path_factory.mktemp("certs")
    ensure_dev_ca(certs)
    credentials = ContentCredentials(
        SignerConfig.from_files(certs / "signer.pem", certs / "signer.key", certs / "root_ca.pem")
    )
    return ImageGovernor(NsfwFilter(NudeNetDetector(threads=1)), Watermarker(), credentials)


@pytest.fixture
def store(tmp_path: Path):
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    yield audit
    audit.close()


class GuardsFake:
    """A guard set whose every check runs `answer` (one that raises, or hangs)."""

    def __init__(self, answer) -> None:
        self.answer = answer
        self.calls = 0

    def check_prompt(self, *args, **kwargs) -> ModerationResult:
        self.calls += 1
        return self.answer()

    def check(self, *args, **kwargs) -> list[ModerationResult]:
        self.calls += 1
        return self.answer()


_GUARDS: dict[str, Any] = {}  # the router's real guard set (the builtin Moderator), built once


def backends(
    settings,
    governance: DyingHandleFake,
    model: DyingHandleFake | None = None,
    guards: Any = None,
):
    models = {"tiny-sdxl": model or DyingHandleFake(ModelReplicaFake())}
    if guards is None:  # the real guard set, built once for the module
        guards = _GUARDS.get("real") or _GUARDS.setdefault("real", build_guards(settings))
    return ServeBackends(settings, models, governance, guards, replica_id="unit-router")  # type: ignore


def params(seed: int = 1234) -> GenerationParams:
    return GenerationParams(
        prompt="a lighthouse",
        negative_prompt=None,
        width=256,
        height=256,
        n=1,
        num_inference_steps=1,
        guidance_scale=5.0,
        seed=seed,
    )


def facts() -> RequestFacts:
    return RequestFacts(
        tenant="acme",
        model="tiny-sdxl",
        model_revision="tiny-v1",
        prompt="a lighthouse at dusk",
        negative_prompt=None,
        params={"size": "256x256", "n": 1},
        output_format="png",
        quality=None,
        moderation_policy=ModerationPolicy(),
        nsfw_policy=NsfwPolicy(),
        policy_version="unit-1",
    )


@pytest.mark.parametrize("kind", ["died", "unavailable", "worker", "node"])
def test_a_governance_call_whose_replica_died_is_answered_by_another(settings, kind):
    governance = DyingHandleFake(GovernanceReplicaFake(), deaths=1, kind=kind)
    found = asyncio.run(backends(settings, governance).inspect(b"png", "image/png"))
    assert found == {"c2pa": None, "watermark": None}
    assert [method for method, _ in governance.calls] == ["inspect", "inspect"]


@pytest.mark.parametrize("kind", ["died", "unavailable", "worker", "node"])
def test_moderation_does_not_depend_on_a_governance_replica(settings, kind):
    """Every governance replica dead: prompts are still moderated, in the router's process,
    by the real guard set (a harmful prompt refused, a harmless one passed)."""
    governance = DyingHandleFake(GovernanceReplicaFake(), deaths=99, kind=kind)
    ours = backends(settings, governance)
    assert asyncio.run(ours.moderate("a cat on a windowsill", None, None)).flagged is False
    refused = asyncio.run(ours.moderate("a naked child on a bed", None, ModerationPolicy()))
    assert refused.flagged and refused.top_category() == "sexual/minors"
    [ok, bad] = asyncio.run(
        ours.moderate_texts(["a cat on a windowsill", "a naked child on a bed"], None)
    )
    assert not ok.flagged and bad.flagged
    assert governance.calls == []  # no crossing to governance for moderation at all


def test_a_death_wrapped_in_a_task_error_is_a_death_and_other_errors_are_not():
    wrapped = RayTaskError("moderate", "traceback", ActorDiedError())
    assert is_replica_death(wrapped)
    assert not is_replica_death(RayTaskError("moderate", "traceback", ValueError("bad")))
    assert not is_replica_death(RuntimeError("encoder crashed"))
    assert not is_replica_death(OverloadedError("busy"))


def test_governance_gives_up_after_its_attempts_with_503_and_retry_after(settings):
    governance = DyingHandleFake(GovernanceReplicaFake(), deaths=99)
    with pytest.raises(ReplicaUnavailableError) as info:
        asyncio.run(backends(settings, governance).inspect(b"png", "image/png"))
    assert len(governance.calls) == GOVERNANCE_ATTEMPTS == 3
    assert info.value.status == 503 and info.value.code == "replica_unavailable"
    assert info.value.headers == {"Retry-After": str(settings.retry_after_s)}
    assert isinstance(info.value.__cause__, ActorDiedError)


def test_a_failure_that_is_not_a_death_is_not_sent_again(settings):
    class CrashingReplica:
        def inspect(self, *args):
            raise RuntimeError("decoder crashed")

    governance = DyingHandleFake(CrashingReplica())
    with pytest.raises(RuntimeError, match="decoder crashed"):
        asyncio.run(backends(settings, governance).inspect(b"png", "image/png"))
    assert len(governance.calls) == 1


def test_a_guard_that_fails_fails_moderation_closed_once(settings):
    """A guard error in the router's guard set: GovernanceFailure("moderation") at once, not
    retried, and nothing sent to governance."""

    def crash() -> ModerationResult:
        raise RuntimeError("encoder crashed")

    governance = DyingHandleFake(GovernanceReplicaFake())
    crashing = GuardsFake(crash)
    ours = backends(settings, governance, guards=crashing)
    with pytest.raises(RuntimeError, match="encoder crashed"):
        asyncio.run(ours.moderate("a cat", None, None))
    with pytest.raises(RuntimeError, match="encoder crashed"):
        asyncio.run(ours.moderate_texts(["a cat"], None))
    assert crashing.calls == 2 and governance.calls == []
    # through the real GuardSet: a backend that raises becomes the moderation stage failing
    real = build_guards(settings)
    try:
        builtin = real.backends["builtin"]
        builtin.check_prompt_with_floors = lambda *args: crash()  # type: ignore[method-assign]
        with pytest.raises(GovernanceFailure) as info:
            asyncio.run(backends(settings, governance, guards=real).moderate("a cat", None, None))
        assert info.value.stage == "moderation"
    finally:
        real.close()


def test_a_guard_that_hangs_is_503_within_the_request_timeout(settings):
    """Moderation in the router is bounded like a call to another replica was: 503 with
    Retry-After (OverloadedError), not a request that hangs."""
    import time

    governance = DyingHandleFake(GovernanceReplicaFake())
    quick = settings.model_copy(update={"request_timeout_s": 0.2})
    ours = backends(quick, governance, guards=GuardsFake(lambda: time.sleep(1.0)))

    async def timed() -> None:  # asyncio.run then joins the worker thread: time inside it
        started = time.monotonic()
        try:
            await ours.moderate("a cat", None, None)
        finally:
            waited.append(time.monotonic() - started)

    waited: list[float] = []
    with pytest.raises(OverloadedError) as info:
        asyncio.run(timed())
    assert waited[0] < 0.9
    assert not isinstance(info.value, ReplicaUnavailableError)
    assert info.value.headers == {"Retry-After": str(settings.retry_after_s)}
    assert "Moderation did not answer in time" in str(info.value)


def test_a_generation_is_retried_once_with_the_same_seed(settings):
    model = DyingHandleFake(ModelReplicaFake(), deaths=1)
    ours = backends(settings, DyingHandleFake(GovernanceReplicaFake()), model)
    output = asyncio.run(ours.generate("tiny-sdxl", params(seed=77)))
    expected = ModelReplicaFake().generate(params(seed=77)).images[0]
    assert np.array_equal(output.images[0], expected)  # the image the first replica would make
    [(_, (first,)), (_, (second,))] = model.calls
    assert first == second and second.seed == 77


def test_small_calls_go_by_value_and_big_ones_through_the_object_store(settings):
    """`by_value_max_bytes` (512 KiB): a 256 px image (196 KB) crosses by value both ways, a
    1024 px one (3 MB) by reference; an edit counts its input images; 0 turns it off."""
    model = DyingHandleFake(ModelReplicaFake())
    governance = DyingHandleFake(GovernanceReplicaFake())
    ours = backends(settings, governance, model)
    small, big = params(), replace(params(), width=1024, height=1024)
    asyncio.run(ours.generate("tiny-sdxl", small))
    asyncio.run(ours.generate("tiny-sdxl", big))
    asyncio.run(ours.generate("tiny-sdxl", replace(small, n=4)))  # 786 KB back
    edit = np.zeros((256, 256, 3), np.uint8)
    asyncio.run(ours.generate("tiny-sdxl", replace(small, width=512, height=512, n=1)))
    asyncio.run(ours.generate("tiny-sdxl", replace(small, image=edit, mask=edit)))
    assert model.transports == [False, True, True, True, False]
    asyncio.run(ours.inspect(b"png", "image/png"))
    asyncio.run(ours.inspect(bytes(600 * 1024), "image/png"))
    assert governance.transports == [False, True]
    off = backends(settings.model_copy(update={"by_value_max_bytes": 0}), governance, model)
    asyncio.run(off.generate("tiny-sdxl", small))
    asyncio.run(off.inspect(b"png", "image/png"))
    assert model.transports[-1] is True and governance.transports[-1] is True


def test_big_images_go_to_governance_from_the_object_store_not_through_the_router(
    settings, governor
):
    """By reference, the router passes the model's response on (the pixels stay in the object
    store); by value, it sends the pixels it received. Either way the image is governed."""
    model = DyingHandleFake(ModelReplicaFake())
    governance = DyingHandleFake(GovernanceReplicaFake(governor))
    ours = backends(settings, governance, model)
    big = replace(params(), width=1024, height=1024, n=2)
    output = asyncio.run(ours.generate("tiny-sdxl", big))
    assert [type(i) for i in output.images] == [StoredImage, StoredImage]
    assert [i.index for i in output.images] == [0, 1]
    assert output.images[1].nbytes == 1024 * 1024 * 3
    job = ImageJob(
        record_id="0123456789abcdef",
        model="tiny-sdxl",
        model_revision="r1",
        created=dt.datetime.now(dt.UTC),
        output_format="png",
    )
    outcome = asyncio.run(ours.govern_image(output.images[1], job))
    assert outcome.raise_for_status().watermark_id == job.record_id
    method, args = governance.calls[-1]
    assert method == "govern_image" and args[0] is output.images[1].response and args[2] == 1
    assert len(model.calls) == 1  # the response was passed on, not generated again
    small = asyncio.run(ours.generate("tiny-sdxl", params()))
    assert isinstance(small.images[0], np.ndarray)
    asyncio.run(ours.govern_image(small.images[0], job)).raise_for_status()
    assert governance.calls[-1][1][0] is small.images[0]


def test_a_generation_whose_replicas_keep_dying_is_503_after_one_retry(settings):
    model = DyingHandleFake(ModelReplicaFake(), deaths=99, kind="unavailable")
    ours = backends(settings, DyingHandleFake(GovernanceReplicaFake()), model)
    with pytest.raises(ReplicaUnavailableError) as info:
        asyncio.run(ours.generate("tiny-sdxl", params()))
    assert len(model.calls) == GENERATION_ATTEMPTS == 2
    assert info.value.headers["Retry-After"] == str(settings.retry_after_s)


def test_attempts_share_one_deadline(settings):
    """A replica that hangs is not waited for once per attempt: one timeout, one 503."""

    class HangingReplica:
        async def inspect(self, *args):
            await asyncio.sleep(30)

    governance = DyingHandleFake(HangingReplica())
    ours = backends(settings, governance)

    async def call():
        return await ours._retrying(
            "Verification", lambda: governance.inspect.remote(b"png", "image/png"), timeout_s=0.2
        )

    with pytest.raises(OverloadedError) as info:
        asyncio.run(call())
    assert not isinstance(info.value, ReplicaUnavailableError)  # a timeout, not a death
    assert len(governance.calls) == 1


# --- through the governed pipeline: one record per request, matching what left ---------------


def pipeline_over(ours: ServeBackends, store) -> GenerationPipeline:
    return GenerationPipeline(moderate=ours.moderate, govern_image=ours.govern_image, audit=store)


def test_an_image_governed_after_a_death_is_released_once_and_recorded_once(
    settings, governor, store
):
    governance = DyingHandleFake(GovernanceReplicaFake(governor), deaths=1)
    ours = backends(settings, governance)

    async def generate():
        return (await ours.generate("tiny-sdxl", params())).images

    result = asyncio.run(pipeline_over(ours, store).run(facts(), generate))
    [image] = result.images
    [record] = store.list()
    assert record.outcome == "granted" and record.record_id == image.record_id
    assert Watermarker().decode(Image.open(io.BytesIO(image.data))) == record.record_id
    # moderation ran in the router; the first govern_image died, the second governed
    assert [method for method, _ in governance.calls] == ["govern_image", "govern_image"]


@pytest.mark.parametrize(
    ("dying", "reason"),
    [
        ("governance", "governance: replica_unavailable"),
        ("model", "generate: replica_unavailable"),
    ],
)
def test_no_replica_left_is_503_audited_once_and_releases_nothing(
    settings, governor, store, dying, reason
):
    class Replica(GovernanceReplicaFake):
        def govern_image(self, pixels, job):
            raise death("died")

    governance = DyingHandleFake(Replica(governor) if dying != "model" else GovernanceReplicaFake())
    model = DyingHandleFake(ModelReplicaFake(), deaths=99 if dying == "model" else 0)
    ours = backends(settings, governance, model)

    async def generate():
        return (await ours.generate("tiny-sdxl", params())).images

    with pytest.raises(ReplicaUnavailableError) as info:
        asyncio.run(pipeline_over(ours, store).run(facts(), generate))
    assert info.value.status == 503 and "Retry-After" in info.value.headers
    [record] = store.list()
    assert record.outcome == "failed" and record.reason == reason
    assert record.image_sha256 is None and record.c2pa_manifest_id is None
    assert store.verify_chain().ok


@pytest.mark.parametrize(
    ("failure", "error", "reason"),
    [
        ("raises", GovernanceFailure, "moderation"),
        ("hangs", OverloadedError, "moderation: overloaded"),
    ],
)
def test_moderation_failing_in_the_router_is_audited_once_and_releases_nothing(
    settings, governor, store, failure, error, reason
):
    """Moderation's own failures (a guard that raises, one that outlives the request timeout)
    fail the request closed as they did when a governance replica moderated: the stage's error,
    one `failed` record, no model or governance call."""
    import time

    def answer() -> ModerationResult:
        if failure == "raises":
            raise GovernanceFailure("moderation")
        time.sleep(1.0)
        return ModerationResult(False, {}, {})

    governance = DyingHandleFake(GovernanceReplicaFake(governor))
    model = DyingHandleFake(ModelReplicaFake())
    quick = settings.model_copy(update={"request_timeout_s": 0.2})
    ours = backends(quick, governance, model, guards=GuardsFake(answer))

    async def generate():
        return (await ours.generate("tiny-sdxl", params())).images

    with pytest.raises(error):
        asyncio.run(pipeline_over(ours, store).run(facts(), generate))
    [record] = store.list()
    assert record.outcome == "failed" and record.reason == reason
    assert record.image_sha256 is None and record.c2pa_manifest_id is None
    assert governance.calls == [] and model.calls == []
    assert store.verify_chain().ok


def test_the_client_gets_503_with_retry_after_and_its_quota_back(settings, tmp_path):
    """Through the HTTP app: the OpenAI error body, Retry-After, and no image counted."""
    model = DyingHandleFake(ModelReplicaFake(), deaths=99)
    ours = backends(settings, DyingHandleFake(GovernanceReplicaFake()), model)
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    service = ApiService(settings, ours, MemoryLimitStore(), audit=audit)
    client = TestClient(create_app(service))
    answer = client.post(
        "/v1/images/generations",
        json={"model": "tiny-sdxl", "prompt": "a lighthouse", "size": "256x256"},
        headers=bearer("globex", "generate"),
    )
    assert answer.status_code == 503, answer.text
    assert answer.headers["Retry-After"] == str(settings.retry_after_s)
    assert answer.json()["error"]["code"] == "replica_unavailable"
    assert answer.json()["error"]["type"] == "server_error"
    [record] = audit.list()
    assert record.outcome == "failed" and record.reason == "generate: replica_unavailable"
    assert len(model.calls) == GENERATION_ATTEMPTS
    audit.close()


class StreamFake:
    """A streaming DeploymentResponseGenerator: events, or a replica death after `die_after`."""

    def __init__(self, events: list[dict], die_after: int | None) -> None:
        self.events = list(events)
        self.die_after = die_after
        self.sent = 0
        self.cancelled = False

    def __aiter__(self):
        return self

    async def __anext__(self) -> dict:
        if self.die_after is not None and self.sent == self.die_after:
            raise death("died")
        if not self.events:
            raise StopAsyncIteration
        self.sent += 1
        return self.events.pop(0)

    def cancel(self) -> None:
        self.cancelled = True


class StreamingModelFake:
    """`handle.options(stream=True).generate_stream.remote(...)`: each call one stream; the
    scripted deaths (events sent before dying, or None) apply to the calls in order."""

    def __init__(self, deaths: list[int | None]) -> None:
        self.deaths = deaths
        self.streams: list[StreamFake] = []

    def options(self, stream: bool) -> StreamingModelFake:
        assert stream
        return self

    @property
    def generate_stream(self) -> StreamingModelFake:
        return self

    def remote(self, params: GenerationParams) -> StreamFake:
        die_after = self.deaths[len(self.streams)] if len(self.streams) < len(self.deaths) else None
        events = [{"type": "partial", "index": 0}, {"type": "final", "seed": params.seed}]
        self.streams.append(StreamFake(events, die_after))
        return self.streams[-1]


async def drain(ours: ServeBackends) -> list[dict]:
    return [event async for event in ours.generate_stream("tiny-sdxl", params(seed=9))]


def test_a_stream_whose_replica_died_before_any_event_is_sent_again(settings):
    model = StreamingModelFake(deaths=[0])
    ours = backends(settings, DyingHandleFake(GovernanceReplicaFake()), model)  # type: ignore
    events = asyncio.run(drain(ours))
    assert [e["type"] for e in events] == ["partial", "final"] and events[-1]["seed"] == 9
    assert len(model.streams) == 2 and all(stream.cancelled for stream in model.streams)


def test_a_stream_whose_replica_died_after_an_event_left_is_503_not_resent(settings):
    """A partial image already left: sending the request again would release a second one."""
    model = StreamingModelFake(deaths=[1])
    ours = backends(settings, DyingHandleFake(GovernanceReplicaFake()), model)  # type: ignore
    with pytest.raises(ReplicaUnavailableError):
        asyncio.run(drain(ours))
    assert len(model.streams) == 1
