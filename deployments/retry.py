"""Calls to other deployments that survive a replica's death.

When the replica holding a call dies (killed, OOM, its node lost), awaiting the call raises one
of Ray's actor errors. Ray Serve retries by itself only while a request has not yet been
accepted by a replica; once accepted, the death reaches the caller. These calls are safe to
send again: governance calls (image governance, input screening, inspection) are
pure functions of their arguments, and nothing is released or audited until the router holds
the answer; a generation is repeated with the same parameters, seed included, so the image
is the one the first replica would have made. Serve's handle has already marked the dead
replica, so the next `.remote()` goes to another one (or waits for the controller's
replacement). All attempts share one deadline; when none answers in time, 503 with
Retry-After (`ReplicaUnavailableError`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ray.exceptions import NodeDiedError, RayActorError, RayTaskError, WorkerCrashedError

from deployments import metrics
from governance.errors import ReplicaUnavailableError

logger = logging.getLogger("imprimatur.router")

T = TypeVar("T")

# What awaiting a Serve handle call raises when the replica that held it died. RayActorError
# covers ActorDiedError (the actor is dead) and ActorUnavailableError (unreachable: the
# replica's gRPC channel went UNAVAILABLE, or the GCS cannot tell yet).
REPLICA_DEATHS: tuple[type[BaseException], ...] = (
    RayActorError,
    WorkerCrashedError,
    NodeDiedError,
)

# How many times each kind of call is sent in all (first attempt included).
GOVERNANCE_ATTEMPTS = 3
GENERATION_ATTEMPTS = 2  # "retried once elsewhere"


def is_replica_death(exc: BaseException) -> bool:
    """True when `exc` says the replica died, not that the call itself failed."""
    if isinstance(exc, REPLICA_DEATHS):
        return True
    # A task error whose cause is a death (a chained call): the same, one level down.
    return isinstance(exc, RayTaskError) and isinstance(getattr(exc, "cause", None), REPLICA_DEATHS)


async def call_with_retry(
    what: str,
    attempt: Callable[[float], Awaitable[T]],
    *,
    attempts: int,
    timeout_s: float,
    retry_after_s: int,
    component: str | None = None,
    clock: Callable[[], float] | None = None,
) -> T:
    """Run `attempt(seconds_left)` until it returns, retrying on a replica's death.

    `attempt` bounds itself by the seconds it is given (and turns a timeout into 503). Any
    other error propagates unchanged at once: only a death is retried, and only while
    attempts and time remain; then `ReplicaUnavailableError` (503, Retry-After). `what` names
    the callee in messages, `component` in the metric (default: `what` in lower case).
    """
    component = component or what.lower()
    loop = asyncio.get_running_loop()
    now = clock or loop.time
    deadline = now() + timeout_s
    last: BaseException | None = None
    for number in range(1, attempts + 1):
        left = deadline - now()
        if left <= 0:
            break
        try:
            result = await attempt(left)
        except BaseException as exc:
            if not is_replica_death(exc):
                raise
            last = exc
            logger.warning(
                "%s replica died during attempt %d of %d (%s); %s",
                what,
                number,
                attempts,
                type(exc).__name__,
                "retrying on another replica" if number < attempts else "giving up",
            )
            continue
        if number > 1:
            metrics.replica_death(component, "retried")
        return result
    metrics.replica_death(component, "unavailable")
    raise ReplicaUnavailableError(
        f"{what} lost its replica and no other could take the request; retry later.",
        headers={"Retry-After": str(retry_after_s)},
    ) from last
