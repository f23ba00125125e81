"""Per-tenant rate limits and daily image quotas that hold across router replicas.

A limit is a counter per (key, fixed time window): a request is admitted only if the counter
plus its amount stays within the limit, and the check-and-add is one atomic step in a store
shared by every replica. Windows are aligned to the Unix epoch, so the 86400 s window is exactly
one UTC day and the 60 s window one clock minute. Fixed windows can admit up to twice the
per-minute limit across a minute boundary; the daily quota is exact.

Stores, by deployment size (`open_limit_store`):
  memory  one process only (unit tests, a single-replica dev server)
  ray     a named Ray actor in the cluster: no extra server; counts are lost if its node dies.
          Built in the deployments layer (deployments.limits_actor.open_cluster_limit_store)
          and handed in as a store object: this library never imports ray.
  redis   Redis: survives Ray restarts and is shared by several clusters (production)
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from governance.errors import ImprimaturError, OverloadedError, RateLimitError

if TYPE_CHECKING:
    from governance.tenants import TenantPolicy

logger = logging.getLogger(__name__)

RATE_WINDOW_S = 60
QUOTA_WINDOW_S = 86_400
_EXPIRY_SLACK_S = 60  # keep a window's counter a little past its end, for late refunds


@dataclass(frozen=True)
class LimitDecision:
    """`remaining`: what the window still allows after this hit; `window`: its index (for
    refunds); `retry_after_s`: when a refused hit may succeed (0 when allowed)."""

    allowed: bool
    retry_after_s: int
    remaining: int
    window: int


@runtime_checkable
class LimitStore(Protocol):
    """An atomic windowed counter shared by every replica."""

    def hit(self, key: str, amount: int, limit: int, window_s: int) -> LimitDecision:
        """Add `amount` to `key`'s counter in the current window if it stays within `limit`."""
        ...

    def refund(self, key: str, amount: int, window_s: int, window: int) -> None:
        """Give back `amount` to a past hit's window (never below zero)."""
        ...


class _WindowedStore:
    """Window arithmetic shared by stores; subclasses provide the atomic `_add`."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock

    def _add(self, bucket: str, amount: int, limit: int, ttl_s: int) -> tuple[bool, int]:
        """Atomically: if `amount` <= 0 or count + amount <= limit, add it, and keep the bucket
        `ttl_s` more seconds. Returns (added, count)."""
        raise NotImplementedError

    def hit(self, key: str, amount: int, limit: int, window_s: int) -> LimitDecision:
        now = self._clock()
        window = int(now // window_s)
        end = (window + 1) * window_s
        ttl = math.ceil(end - now) + _EXPIRY_SLACK_S  # relative: the server's clock may differ
        added, count = self._add(f"{key}:{window}", amount, limit, ttl)
        retry_after = 0 if added else max(1, math.ceil(end - now))
        return LimitDecision(added, retry_after, max(0, limit - count), window)

    def refund(self, key: str, amount: int, window_s: int, window: int) -> None:
        ttl = math.ceil((window + 1) * window_s - self._clock()) + _EXPIRY_SLACK_S
        if amount > 0 and ttl > 0:  # else the window's counter has expired anyway
            self._add(f"{key}:{window}", -amount, 0, ttl)


class MemoryLimitStore(_WindowedStore):
    """Counters in this process: atomic across threads, not across processes or replicas."""

    _PRUNE_EVERY = 1024

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock)
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}  # bucket -> (count, expires at)
        self._calls = 0

    def _add(self, bucket: str, amount: int, limit: int, ttl_s: int) -> tuple[bool, int]:
        with self._lock:
            now = self._clock()
            self._calls += 1
            if self._calls % self._PRUNE_EVERY == 0:
                self._counts = {b: v for b, v in self._counts.items() if v[1] > now}
            count, expire_at = self._counts.get(bucket, (0, 0.0))
            count = count if expire_at > now else 0
            if amount > 0 and count + amount > limit:
                return False, count
            count = max(0, count + amount)
            self._counts[bucket] = (count, now + ttl_s)
            return True, count


# Check and add in one script: Redis runs it atomically, whichever replica calls.
_REDIS_ADD = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
if amount > 0 and current + amount > tonumber(ARGV[2]) then
  return {0, current}
end
local count = redis.call('INCRBY', KEYS[1], amount)
if count < 0 then
  redis.call('SET', KEYS[1], 0)
  count = 0
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {1, count}
"""


class RedisLimitStore(_WindowedStore):
    """Counters in Redis under `prefix`; each window's key expires shortly after it ends.

    Windows follow this process's clock (replicas' clocks are NTP-synchronised), so each
    script touches only the key it is given, as Redis Cluster requires.
    """

    def __init__(
        self,
        url: str,
        prefix: str = "imprimatur:limits:",
        *,
        clock: Callable[[], float] = time.time,
        timeout_s: float = 2.0,
    ) -> None:
        import redis  # only deployments that use Redis need the client

        super().__init__(clock)
        self.prefix = prefix
        self._client = redis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        self._script = self._client.register_script(_REDIS_ADD)

    def _add(self, bucket: str, amount: int, limit: int, ttl_s: int) -> tuple[bool, int]:
        added, count = self._script(keys=[self.prefix + bucket], args=[amount, limit, ttl_s])
        return bool(added), int(count)

    def close(self) -> None:
        self._client.close()


def open_limit_store(url: str | None) -> LimitStore:
    """`None`/`memory` -> this process; `redis://...`/`rediss://...`/`unix://...` -> Redis.

    `ray` stores live in the deployments layer (`open_cluster_limit_store`), which handles
    those URLs itself and passes everything else here."""
    if url is None or url in ("memory", "memory://"):
        return MemoryLimitStore()
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisLimitStore(url)
    if is_ray_limit_url(url):
        raise ValueError(
            f"limit store {url!r} is a Ray actor: open it with "
            "deployments.limits_actor.open_cluster_limit_store"
        )
    raise ValueError(
        f"unknown limit store {url!r}: use `memory`, `ray`, `ray://<actor name>` or `redis://...`"
    )


def is_ray_limit_url(url: str | None) -> bool:
    """`ray` or `ray://<actor name>`: the in-cluster actor store."""
    return url is not None and (url == "ray" or url.startswith("ray://"))


@dataclass(frozen=True)
class Admission:
    """An admitted request: what to refund if no image was made, and headers to answer with."""

    tenant: str
    images: int
    quota_window: int | None
    headers: dict[str, str] = field(default_factory=dict)


class TenantLimiter:
    """Applies a tenant policy's `rate_limit_per_minute` and `image_quota_per_day`.

    The rate limit counts requests (a refused one too: it was still a request); the quota
    counts images and is checked second, so a request refused by the rate limit costs no quota.
    If the store cannot answer, requests are refused (503): limits fail closed like governance.
    """

    def __init__(self, store: LimitStore) -> None:
        self.store = store

    def admit(self, tenant: str, policy: TenantPolicy, images: int) -> Admission:
        """Count one request of `images` images, or raise 429 rate_limit_exceeded."""
        headers: dict[str, str] = {}
        quota_window: int | None = None
        try:
            rpm = policy.rate_limit_per_minute
            if rpm is not None:
                decision = self.store.hit(f"{tenant}:requests", 1, rpm, RATE_WINDOW_S)
                if not decision.allowed:
                    raise RateLimitError(
                        f"Rate limit reached: this tenant's policy rate_limit_per_minute is "
                        f"{rpm}. Retry after {decision.retry_after_s} s.",
                        param="rate_limit_per_minute",
                        headers={"Retry-After": str(decision.retry_after_s)},
                    )
                headers["x-ratelimit-limit-requests"] = str(rpm)
                headers["x-ratelimit-remaining-requests"] = str(decision.remaining)
            quota = policy.image_quota_per_day
            if quota is not None:
                decision = self.store.hit(f"{tenant}:images", images, quota, QUOTA_WINDOW_S)
                if not decision.allowed:
                    raise RateLimitError(
                        f"Daily image quota reached: this tenant's policy image_quota_per_day "
                        f"is {quota}; {decision.remaining} left today (UTC), this request asks "
                        f"for {images}. Retry after {decision.retry_after_s} s.",
                        param="image_quota_per_day",
                        headers={"Retry-After": str(decision.retry_after_s)},
                    )
                quota_window = decision.window
                headers["x-ratelimit-limit-images"] = str(quota)
                headers["x-ratelimit-remaining-images"] = str(decision.remaining)
        except ImprimaturError:
            raise
        except Exception as exc:  # the store is down: refuse rather than run unlimited
            logger.error("limit store unavailable: %s: %s", type(exc).__name__, exc)
            raise OverloadedError(
                "Rate limiting is unavailable; retry later.", headers={"Retry-After": "1"}
            ) from None
        return Admission(tenant, images, quota_window, headers)

    def refund(self, admission: Admission, images: int | None = None) -> None:
        """Give back quota for images never made (e.g. the model was overloaded). Best effort."""
        amount = admission.images if images is None else images
        if admission.quota_window is None or amount <= 0:
            return
        try:
            self.store.refund(
                f"{admission.tenant}:images", amount, QUOTA_WINDOW_S, admission.quota_window
            )
        except Exception as exc:
            logger.warning("quota refund failed: %s: %s", type(exc).__name__, exc)

    def admit_caller(self, caller: str, per_minute: int, param: str) -> dict[str, str]:
        """Count one call of `caller` (an API key id or a client address) to a public or
        moderation endpoint, or raise 429 with Retry-After. These endpoints cost CPU (image
        decoding, the watermark search, the text encoder) but no quota, so without this one
        caller could keep the governance replicas busy for everyone."""
        try:
            decision = self.store.hit(f"caller:{caller}:{param}", 1, per_minute, RATE_WINDOW_S)
        except Exception as exc:  # the store is down: refuse rather than run unlimited
            logger.error("limit store unavailable: %s: %s", type(exc).__name__, exc)
            raise OverloadedError(
                "Rate limiting is unavailable; retry later.", headers={"Retry-After": "1"}
            ) from None
        if not decision.allowed:
            raise RateLimitError(
                f"Rate limit reached: {per_minute} calls a minute per caller ({param}). "
                f"Retry after {decision.retry_after_s} s.",
                param=param,
                headers={"Retry-After": str(decision.retry_after_s)},
            )
        return {
            "x-ratelimit-limit-requests": str(per_minute),
            "x-ratelimit-remaining-requests": str(decision.remaining),
        }

    async def admit_caller_async(self, caller: str, per_minute: int, param: str) -> dict[str, str]:
        return await asyncio.to_thread(self.admit_caller, caller, per_minute, param)

    async def admit_async(self, tenant: str, policy: TenantPolicy, images: int) -> Admission:
        """`admit` off the event loop: store calls block (network, `ray.get`)."""
        return await asyncio.to_thread(self.admit, tenant, policy, images)

    async def refund_async(self, admission: Admission, images: int | None = None) -> None:
        await asyncio.to_thread(self.refund, admission, images)
