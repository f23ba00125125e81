"""Tenant rate limits and quotas on the memory and Redis stores (the Ray actor: integration)."""

from __future__ import annotations

import multiprocessing
import os
import secrets
import threading
from collections.abc import Iterator

import pytest

from governance.errors import OverloadedError, RateLimitError
from governance.limits import (
    LimitStore,
    MemoryLimitStore,
    RedisLimitStore,
    TenantLimiter,
    open_limit_store,
)
from governance.tenants import TenantPolicy

REDIS_URL = os.environ.get("IMPRIMATUR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# 2025-01-15 12:00:30 UTC: 30 s into a minute, 12.5 h into a UTC day
NOON = 1_736_942_430.0


class Clock:
    def __init__(self, now: float = NOON) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _redis_or_skip() -> None:
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of the test's own; its keys are deleted afterwards."""
    _redis_or_skip()
    import redis

    prefix = f"imprimatur-test:{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["memory", "redis"])
def make_store(request):
    """A factory of stores on one shared counter space, with a controllable clock."""
    if request.param == "memory":
        shared: dict[str, MemoryLimitStore] = {}

        def memory(clock: Clock) -> LimitStore:
            return shared.setdefault("store", MemoryLimitStore(clock=clock))

        return memory
    prefix = request.getfixturevalue("redis_prefix")
    return lambda clock: RedisLimitStore(REDIS_URL, prefix, clock=clock)


def _policy(**fields) -> TenantPolicy:
    return TenantPolicy(**{"max_n": 4, **fields})


def test_rate_limit_admits_n_then_429_with_retry_after(make_store):
    clock = Clock()
    limiter = TenantLimiter(make_store(clock))
    policy = _policy(rate_limit_per_minute=3)
    for remaining in (2, 1, 0):
        admission = limiter.admit("acme", policy, 1)
        assert admission.headers["x-ratelimit-remaining-requests"] == str(remaining)
    with pytest.raises(RateLimitError) as info:
        limiter.admit("acme", policy, 1)
    error = info.value
    assert (error.status, error.code, error.type) == (
        429,
        "rate_limit_exceeded",
        "rate_limit_error",
    )
    assert error.param == "rate_limit_per_minute" and "rate_limit_per_minute is 3" in error.message
    assert error.headers == {"Retry-After": "30"}  # the minute ends in 30 s
    limiter.admit("globex", policy, 1)  # another tenant has its own counter
    clock.now += 30
    limiter.admit("acme", policy, 1)  # a new minute


def test_quota_counts_images_per_utc_day(make_store):
    clock = Clock()
    limiter = TenantLimiter(make_store(clock))
    policy = _policy(image_quota_per_day=10)
    limiter.admit("acme", policy, 4)
    limiter.admit("acme", policy, 4)
    with pytest.raises(RateLimitError) as info:
        limiter.admit("acme", policy, 4)
    assert info.value.param == "image_quota_per_day"
    assert "2 left today" in info.value.message
    assert info.value.headers == {"Retry-After": str(11 * 3600 + 59 * 60 + 30)}  # to midnight UTC
    admission = limiter.admit("acme", policy, 2)  # what is left still fits
    assert admission.headers["x-ratelimit-remaining-images"] == "0"
    clock.now += 12 * 3600
    limiter.admit("acme", policy, 4)  # a new UTC day


def test_a_request_refused_by_the_rate_limit_costs_no_quota(make_store):
    clock = Clock()
    limiter = TenantLimiter(make_store(clock))
    policy = _policy(rate_limit_per_minute=1, image_quota_per_day=4)
    limiter.admit("acme", policy, 2)
    with pytest.raises(RateLimitError, match="rate_limit_per_minute"):
        limiter.admit("acme", policy, 2)
    clock.now += 60
    limiter.admit("acme", policy, 2)  # 2 + 2 = the whole quota: the refused request took none


def test_refund_gives_quota_back_to_its_own_day(make_store):
    clock = Clock()
    limiter = TenantLimiter(make_store(clock))
    policy = _policy(image_quota_per_day=4)
    admission = limiter.admit("acme", policy, 4)
    limiter.refund(admission)
    limiter.refund(admission)  # twice: the counter stays at zero, it never goes negative
    late = limiter.admit("acme", policy, 4)
    with pytest.raises(RateLimitError):
        limiter.admit("acme", policy, 1)
    clock.now += 86_400
    fresh = limiter.admit("acme", policy, 4)
    limiter.refund(late)  # yesterday's refund doesn't raise today's allowance
    with pytest.raises(RateLimitError):
        limiter.admit("acme", policy, 1)
    limiter.refund(fresh, images=1)
    limiter.admit("acme", policy, 1)


def test_no_limits_configured_touches_no_store():
    class Exploding:
        def hit(self, *args):
            raise AssertionError("called")

        def refund(self, *args):
            raise AssertionError("called")

    admission = TenantLimiter(Exploding()).admit("acme", _policy(), 4)
    assert admission.headers == {} and admission.quota_window is None


def test_an_unavailable_store_refuses_with_503():
    store = RedisLimitStore("redis://127.0.0.1:1/0", "x:", timeout_s=0.2)  # nothing listens
    with pytest.raises(OverloadedError) as info:
        TenantLimiter(store).admit("acme", _policy(rate_limit_per_minute=5), 1)
    assert info.value.status == 503 and info.value.headers["Retry-After"]


def test_threads_share_one_memory_limit():
    store = MemoryLimitStore()
    results: list[bool] = []
    barrier = threading.Barrier(4)

    def hammer() -> None:
        barrier.wait()
        results.extend(store.hit("t:requests", 1, 25, 10**9).allowed for _ in range(20))

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 25


def test_redis_keys_expire_after_their_window(redis_prefix):
    import redis

    clock = Clock()
    RedisLimitStore(REDIS_URL, redis_prefix, clock=clock).hit("acme:requests", 1, 5, 60)
    client = redis.Redis.from_url(REDIS_URL)
    (key,) = client.scan_iter(match=f"{redis_prefix}*")
    assert key.decode() == f"{redis_prefix}acme:requests:{int(NOON // 60)}"
    assert 85 <= client.ttl(key) <= 90  # the 30 s left of the minute, plus a minute of slack
    client.close()


def _hammer_redis(prefix: str, hits: int, start, out) -> None:
    store = RedisLimitStore(REDIS_URL, prefix, clock=lambda: NOON)
    start.wait()
    out.put(sum(store.hit("acme:requests", 1, 25, 60).allowed for _ in range(hits)))


def test_processes_share_one_redis_limit(redis_prefix):
    """Two router replicas (processes) hitting Redis together admit exactly the limit."""
    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [
        context.Process(target=_hammer_redis, args=(redis_prefix, 20, start, out)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    allowed = [out.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert sum(allowed) == 25


def test_open_limit_store_by_url(redis_prefix):
    assert isinstance(open_limit_store(None), MemoryLimitStore)
    assert isinstance(open_limit_store("memory"), MemoryLimitStore)
    store = open_limit_store(REDIS_URL)
    assert isinstance(store, RedisLimitStore) and isinstance(store, LimitStore)
    store.close()
    with pytest.raises(ValueError, match="unknown limit store"):
        open_limit_store("etcd://somewhere")
    with pytest.raises(ValueError, match="open_cluster_limit_store"):
        open_limit_store("ray")  # the actor store is built in deployments/, never here


def test_callers_of_public_endpoints_are_limited_each(make_store):
    clock = Clock()
    limiter = TenantLimiter(make_store(clock))
    setting = "public_rate_limit_per_minute"
    for remaining in (1, 0):
        headers = limiter.admit_caller("addr:203.0.113.7", 2, setting)
        assert headers["x-ratelimit-remaining-requests"] == str(remaining)
    with pytest.raises(RateLimitError) as info:
        limiter.admit_caller("addr:203.0.113.7", 2, setting)
    assert info.value.status == 429 and info.value.param == setting
    assert info.value.headers == {"Retry-After": "30"}
    limiter.admit_caller("addr:198.51.100.1", 2, setting)  # another caller
    limiter.admit_caller("addr:203.0.113.7", 2, "moderation_rate_limit_per_minute")  # another
    clock.now += 30
    limiter.admit_caller("addr:203.0.113.7", 2, setting)  # a new minute


def test_caller_limits_fail_closed_when_the_store_is_down():
    store = RedisLimitStore("redis://127.0.0.1:1/0", "x:", timeout_s=0.2)  # nothing listens
    with pytest.raises(OverloadedError) as info:
        TenantLimiter(store).admit_caller("addr:203.0.113.7", 5, "public_rate_limit_per_minute")
    assert info.value.status == 503 and info.value.headers["Retry-After"]
