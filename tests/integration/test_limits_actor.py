"""The in-cluster limit store: one named, detached Ray actor shared by every caller."""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator

import pytest
import ray

from deployments.limits_actor import (
    NAMESPACE,
    RayActorLimitStore,
    kill_limits_actor,
    open_cluster_limit_store,
)
from governance.errors import RateLimitError
from governance.limits import LimitStore, TenantLimiter
from governance.tenants import TenantPolicy

# Tasks below run in Ray workers, which can't import this test module by name.
ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])

FAR_WINDOW_S = 10**9  # one window for the whole test, whatever the clock says


@pytest.fixture
def actor_name(serve_app) -> Iterator[str]:
    """A limits actor of the test's own on the session cluster; removed afterwards."""
    name = f"imprimatur-limits-test-{secrets.token_hex(4)}"
    yield name
    kill_limits_actor(name)


@ray.remote(num_cpus=0)
def _hammer(name: str, hits: int) -> int:
    store = RayActorLimitStore(name)  # each task finds the same actor by name
    return sum(store.hit("acme:requests", 1, 25, FAR_WINDOW_S).allowed for _ in range(hits))


def test_two_tasks_share_one_limit(actor_name):
    store = RayActorLimitStore(actor_name)
    assert isinstance(store, LimitStore)
    counts = ray.get([_hammer.remote(actor_name, 20) for _ in range(2)], timeout=120)
    assert sum(counts) == 25
    assert not store.hit("acme:requests", 1, 25, FAR_WINDOW_S).allowed


def test_actor_is_named_detached_and_on_the_head_node(actor_name):
    store = RayActorLimitStore(actor_name)
    store.hit("acme:requests", 1, 5, FAR_WINDOW_S)  # it has started
    named = ray.util.list_named_actors(all_namespaces=True)
    assert {"name": actor_name, "namespace": NAMESPACE} in named
    handle = ray.get_actor(actor_name, namespace=NAMESPACE)
    from ray._private import state  # the public state API needs the dashboard

    info = state.actors(handle._actor_id.hex())
    assert info["IsDetached"]  # outlives the router replica that created it
    assert info["Address"]["NodeID"] == ray.get_runtime_context().get_node_id()  # the head


def test_limiter_on_the_actor_answers_429_with_retry_after(actor_name):
    limiter = TenantLimiter(open_cluster_limit_store(f"ray://{actor_name}"))
    policy = TenantPolicy(rate_limit_per_minute=2, image_quota_per_day=8)
    limiter.admit("acme", policy, 4)
    limiter.admit("acme", policy, 4)
    with pytest.raises(RateLimitError) as info:
        limiter.admit("acme", policy, 1)
    assert info.value.status == 429 and info.value.param == "rate_limit_per_minute"
    assert 1 <= int(info.value.headers["Retry-After"]) <= 60


def test_a_killed_actor_comes_back_empty(actor_name):
    store = RayActorLimitStore(actor_name)
    assert store.hit("acme:images", 3, 3, FAR_WINDOW_S).allowed
    assert not store.hit("acme:images", 1, 3, FAR_WINDOW_S).allowed
    assert kill_limits_actor(actor_name)
    with pytest.raises(ValueError):  # the kill has landed by the time it returns: name is free
        ray.get_actor(actor_name, namespace=NAMESPACE)
    assert store.hit("acme:images", 3, 3, FAR_WINDOW_S).allowed  # recreated on the next call
