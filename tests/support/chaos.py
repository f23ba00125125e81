"""The chaos suite's tools: load from a few clients, faults, and the invariants checked after
every scenario (tests/integration/test_chaos_short.py in `make test`, tests/chaos/ in
`make chaos`).

Invariants (issue 12):
1. every answer is 200, or 429/503 with Retry-After (anything else is a violation);
2. nothing hangs past its timeout (the client's timeout is the server's plus a margin);
3. every delivered image decodes (watermark read by governance.detection, C2PA read) to a record
   id whose audit record says `granted`;
4. the service serves again within 60 s of the fault.
"""

from __future__ import annotations

import base64
import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

APP = "imprimatur"
REPLICA_PREFIX = "SERVE_REPLICA::"  # ray.serve._private.common.REPLICA_ID_FULL_ID_STR_PREFIX
RETRYABLE = (429, 503)
RECOVERY_S = 60.0


@dataclass
class Answer:
    status: int | None  # None: no answer within the client's timeout (a hang)
    elapsed_s: float
    retry_after: str | None = None
    code: str | None = None
    images: list[tuple[str, bytes]] = field(default_factory=list)  # (record id, bytes)
    error: str | None = None
    sent_at: float = 0.0


def _answer(response: httpx.Response, started: float, sent_at: float) -> Answer:
    answer = Answer(
        status=response.status_code,
        elapsed_s=time.monotonic() - started,
        retry_after=response.headers.get("retry-after"),
        sent_at=sent_at,
    )
    try:
        body = response.json()
    except ValueError:
        answer.error = response.text[:200]
        return answer
    if response.status_code == 200:
        answer.images = [
            (item["record_id"], base64.b64decode(item["b64_json"])) for item in body["data"]
        ]
    elif isinstance(body, dict) and isinstance(body.get("error"), dict):
        answer.code = body["error"].get("code")
    return answer


class Load:
    """`clients` threads posting image generations back to back until `stop()`."""

    def __init__(
        self,
        base_url: str,
        headers: dict[str, str],
        *,
        clients: int = 4,
        timeout_s: float = 150.0,
        body: dict[str, Any] | None = None,
        pause_s: float = 0.0,
    ) -> None:
        self.base_url = base_url
        self.headers = headers
        self.timeout_s = timeout_s
        self.body = body or {"model": "tiny-sdxl", "prompt": "a lighthouse at dusk"}
        self.pause_s = pause_s
        self.answers: list[Answer] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._origin = time.monotonic()
        self._threads = [
            threading.Thread(target=self._client, args=(i,), daemon=True) for i in range(clients)
        ]

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _client(self, index: int) -> None:
        with httpx.Client(timeout=self.timeout_s) as client:
            while not self._stop.is_set():
                started = time.monotonic()
                sent_at = started - self._origin
                try:
                    response = client.post(
                        f"{self.base_url}/v1/images/generations",
                        headers=self.headers,
                        json={**self.body, "user": f"chaos-client-{index}"},
                    )
                    answer = _answer(response, started, sent_at)
                except httpx.TimeoutException as exc:
                    answer = Answer(None, time.monotonic() - started, error=repr(exc))
                except httpx.HTTPError as exc:  # connection refused or reset: no answer
                    answer = Answer(0, time.monotonic() - started, error=repr(exc))
                    answer.sent_at = sent_at
                with self._lock:
                    self.answers.append(answer)
                if self.pause_s:
                    self._stop.wait(self.pause_s)
                elif answer.status == 0 or answer.status in RETRYABLE:
                    self._stop.wait(0.2)  # a client backs off; it does not spin on a refusal

    def wait_for_answers(self, count: int, timeout_s: float = 180.0) -> None:
        deadline = time.monotonic() + timeout_s
        while len(self.answers) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        if len(self.answers) < count:
            raise AssertionError(f"only {len(self.answers)} answers in {timeout_s}s")

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.timeout_s + 10)


def counts(answers: list[Answer]) -> dict[str, int]:
    """Outcome counts for the report: status (and error code) -> how many."""
    tally: collections.Counter[str] = collections.Counter()
    for answer in answers:
        key = "hang" if answer.status is None else str(answer.status)
        if answer.code:
            key += f" {answer.code}"
        tally[key] += 1
    return dict(sorted(tally.items()))


class Checker:
    """Checks the invariants over a scenario's answers. Images are decoded locally with the
    detection tool's own code; records are read through the audit API as an auditor."""

    def __init__(self, base_url: str, auditor_headers: dict[str, str], trust_anchors: Path):
        from governance.provenance import ContentCredentials
        from governance.watermark import Watermarker

        self.base_url = base_url
        self.auditor_headers = auditor_headers
        self.credentials = ContentCredentials.reader_only(trust_anchors.read_text())
        self.watermarker = Watermarker()

    def violations(
        self,
        answers: list[Answer],
        allowed: Callable[[Answer], bool] | None = None,
    ) -> list[str]:
        """Every broken invariant (1-3), one line each; `allowed` may excuse an answer that
        the scenario expects (said in the scenario, and counted in its report)."""
        from governance.detection import inspect_image

        problems: list[str] = []
        for answer in answers:
            if allowed is not None and allowed(answer):
                continue
            if answer.status is None:
                problems.append(f"hang: no answer after {answer.elapsed_s:.0f}s")
            elif answer.status in RETRYABLE:
                if not answer.retry_after:
                    problems.append(f"{answer.status} {answer.code} without Retry-After")
            elif answer.status != 200:
                problems.append(f"{answer.status} {answer.code or answer.error}")
            for record_id, data in answer.images:
                report = inspect_image(data, "image/png", self.credentials, self.watermarker)
                read = report["watermark"]["record_id"]
                if read != record_id:
                    problems.append(f"image {record_id}: watermark reads {read!r}")
                if report["c2pa"]["state"] != "Trusted":
                    problems.append(f"image {record_id}: C2PA {report['c2pa']['state']}")
                record = self.record(record_id)
                if record is None or record.get("outcome") != "granted":
                    outcome = record and record.get("outcome")
                    problems.append(f"image {record_id}: audit record {outcome!r}")
        return problems

    def record(self, record_id: str) -> dict[str, Any] | None:
        response = httpx.get(
            f"{self.base_url}/v1/audit/records/{record_id}",
            headers=self.auditor_headers,
            timeout=30,
        )
        return response.json() if response.status_code == 200 else None


def serves_again(
    base_url: str, headers: dict[str, str], within_s: float = RECOVERY_S, model: str = "tiny-sdxl"
) -> float:
    """Seconds until one generation answers 200; raises after `within_s` (invariant 4)."""
    started = time.monotonic()
    last = "no answer"
    while time.monotonic() - started < within_s:
        try:
            response = httpx.post(
                f"{base_url}/v1/images/generations",
                headers=headers,
                json={"model": model, "prompt": "a quiet harbour"},
                timeout=max(5.0, within_s - (time.monotonic() - started)),
            )
            if response.status_code == 200:
                return time.monotonic() - started
            last = f"{response.status_code} {response.text[:120]}"
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.5)
    raise AssertionError(f"not serving again within {within_s}s: {last}")


# --- faults ---------------------------------------------------------------------------------


def replica_names(deployment: str, app: str = APP) -> list[str]:
    """Names of the live replica actors of `deployment` (Serve names them
    SERVE_REPLICA::app#deployment#id, in the `serve` namespace)."""
    import ray

    prefix = f"{REPLICA_PREFIX}{app}#{deployment}#"
    return sorted(
        entry["name"]
        for entry in ray.util.list_named_actors(all_namespaces=True)
        if entry["name"].startswith(prefix)
    )


def kill_replica(deployment: str, app: str = APP) -> str:
    """Kill one replica of `deployment` as a crash would (no graceful shutdown); its name."""
    import ray

    names = replica_names(deployment, app)
    if not names:
        raise AssertionError(f"no live replica of {deployment}")
    ray.kill(ray.get_actor(names[0], namespace="serve"), no_restart=True)
    return names[0]


def wait_running(deployment: str, replicas: int = 1, timeout_s: float = 120.0, app: str = APP):
    """Until Serve reports `replicas` RUNNING replicas of `deployment` and it is HEALTHY."""
    from ray import serve

    deadline = time.monotonic() + timeout_s
    state = None
    while time.monotonic() < deadline:
        status = serve.status().applications[app].deployments.get(deployment)
        if status is not None:  # absent while the application is being (re)built
            state = (str(status.status), status.replica_states.get("RUNNING", 0))
            if state[0].endswith("HEALTHY") and state[1] >= replicas:
                return
        time.sleep(0.5)
    raise AssertionError(f"{deployment} not back to {replicas} running: {state}")


# --- memory ---------------------------------------------------------------------------------


def replica_rss_mb(app: str = APP) -> dict[str, float]:
    """Resident memory (MB) of each Serve replica process of the cluster this process started,
    keyed `deployment:pid` (found under its raylet in /proc: other clusters on the machine are
    left out)."""
    import ray

    node = ray._private.worker._global_node
    roots = {
        proc.process.pid
        for kind, procs in node.all_processes.items()
        for proc in procs
        if kind == "raylet"
    }
    parents: dict[int, int] = {}
    titles: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            titles[int(entry.name)] = (entry / "cmdline").read_bytes().split(b"\0")[0].decode()
        except (OSError, UnicodeDecodeError):
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    prefix = f"ray::ServeReplica:{app}:"
    sizes: dict[str, float] = {}
    for pid, title in titles.items():
        if not title.startswith(prefix):
            continue
        ancestor = parents.get(pid)
        while ancestor and ancestor not in roots:
            ancestor = parents.get(ancestor)
        if not ancestor:
            continue
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        rss_kb = next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")
        )
        # the title names the method while one runs (`router.handle_request...`): drop it
        deployment = title[len(prefix) :].split()[0].split(".")[0]
        sizes[f"{deployment}:{pid}"] = rss_kb / 1024
    return dict(sorted(sizes.items()))
