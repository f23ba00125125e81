"""The in-cluster limit store: one named Ray actor that every router replica shares.

Why a detached actor: a tenant's daily quota must outlive any one router replica (downscaling,
crashes, rolling updates of the app), so the actor is not owned by the replica that happened to
create it. It takes no CPU and sits on the head node, which autoscaling never removes; if its
node dies anyway, Ray restarts it with empty counters (use Redis where that matters).
`kill_limits_actor` removes it when the cluster outlives the application.
"""

from __future__ import annotations

import time
from typing import Any

import ray
from ray.exceptions import GetTimeoutError, RayActorError

from governance.limits import (
    LimitDecision,
    LimitStore,
    MemoryLimitStore,
    is_ray_limit_url,
    open_limit_store,
)

ACTOR_NAME = "imprimatur-limits"
NAMESPACE = "serve"
_HEAD_NODE_RESOURCE = "node:__internal_head__"


@ray.remote(num_cpus=0, max_restarts=-1, max_concurrency=1)
class LimitsActor:
    """Counters in one process; calls run one at a time, so each hit is atomic."""

    def __init__(self) -> None:
        self._store = MemoryLimitStore()

    def hit(self, key: str, amount: int, limit: int, window_s: int) -> tuple[bool, int, int, int]:
        decision = self._store.hit(key, amount, limit, window_s)
        return decision.allowed, decision.retry_after_s, decision.remaining, decision.window

    def refund(self, key: str, amount: int, window_s: int, window: int) -> None:
        self._store.refund(key, amount, window_s, window)

    def ping(self) -> bool:
        return True


def get_limits_actor(
    name: str = ACTOR_NAME, namespace: str = NAMESPACE, *, pin_to_head: bool = True
) -> Any:
    """The named actor, created by whichever caller comes first."""
    options: dict[str, Any] = {
        "name": name,
        "namespace": namespace,
        "get_if_exists": True,
        "lifetime": "detached",
    }
    if pin_to_head and _HEAD_NODE_RESOURCE in ray.cluster_resources():
        options["resources"] = {_HEAD_NODE_RESOURCE: 0.001}
    return LimitsActor.options(**options).remote()


def kill_limits_actor(
    name: str = ACTOR_NAME, namespace: str = NAMESPACE, *, timeout_s: float = 30.0
) -> bool:
    """Remove the actor (and its counters); False if there was none.

    `ray.kill` only asks for the kill: until the actor is gone, calls already on their way (or
    sent right after) can still reach the old counters. So wait until the actor answers as dead
    and its name is free, which is when the next caller is sure to get a fresh, empty one.
    """
    try:
        actor = ray.get_actor(name, namespace=namespace)
    except ValueError:
        return False
    ray.kill(actor, no_restart=True)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            ray.get(actor.ping.remote(), timeout=1.0)
        except RayActorError:
            break
        except GetTimeoutError:
            continue
        time.sleep(0.05)  # answered: the kill has not landed yet
    else:
        raise TimeoutError(f"limits actor {name!r} still alive {timeout_s:.0f} s after ray.kill")
    while time.monotonic() < deadline:
        try:
            ray.get_actor(name, namespace=namespace)
        except ValueError:
            return True
        time.sleep(0.05)
    raise TimeoutError(f"limits actor {name!r} still registered {timeout_s:.0f} s after ray.kill")


class RayActorLimitStore:
    """`LimitStore` client of the shared actor; use it from any process of the cluster."""

    def __init__(
        self,
        name: str = ACTOR_NAME,
        namespace: str = NAMESPACE,
        *,
        timeout_s: float = 5.0,
        pin_to_head: bool = True,
    ) -> None:
        self.name = name
        self.namespace = namespace
        self._timeout_s = timeout_s
        self._pin_to_head = pin_to_head
        self._actor = get_limits_actor(name, namespace, pin_to_head=pin_to_head)

    def _call(self, method: str, *args: Any) -> Any:
        try:
            return ray.get(getattr(self._actor, method).remote(*args), timeout=self._timeout_s)
        except RayActorError:
            # Killed for good (not restarted): the next caller recreates it, empty.
            self._actor = get_limits_actor(self.name, self.namespace, pin_to_head=self._pin_to_head)
            return ray.get(getattr(self._actor, method).remote(*args), timeout=self._timeout_s)

    def hit(self, key: str, amount: int, limit: int, window_s: int) -> LimitDecision:
        allowed, retry_after_s, remaining, window = self._call("hit", key, amount, limit, window_s)
        return LimitDecision(allowed, retry_after_s, remaining, window)

    def refund(self, key: str, amount: int, window_s: int, window: int) -> None:
        self._call("refund", key, amount, window_s, window)


def open_cluster_limit_store(url: str | None) -> LimitStore:
    """Any limits URL: `ray` / `ray://<actor name>` -> the shared actor (needs a running Ray
    cluster); `memory`, `redis://...` -> governance.limits.open_limit_store."""
    if is_ray_limit_url(url):
        assert url is not None
        name = url.removeprefix("ray://") if url != "ray" else ACTOR_NAME
        return RayActorLimitStore(name=name or ACTOR_NAME)
    return open_limit_store(url)
