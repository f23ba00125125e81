"""A tenant's `scheduling:` policy and what the router hands the model replica's fair queue."""

from __future__ import annotations

import pydantic
import pytest
from starlette.requests import Request

from deployments.api.image_run import TIMEOUT_HEADER, request_budget, with_schedule
from deployments.protocol import GenerationParams
from governance.errors import InvalidRequestError
from governance.tenants import TenantPolicy


def http_request(headers: dict[str, str]) -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "method": "POST", "path": "/", "headers": raw})


def params() -> GenerationParams:
    return GenerationParams("a kite", None, 64, 64, 1, 4, 5.0, 7)


def test_the_policy_reaches_the_replica_with_the_tenant_and_deadline():
    policy = TenantPolicy(
        scheduling={"weight": 3, "priority": "batch", "max_in_flight": 2, "max_queued": 8}
    )
    scheduled = with_schedule(params(), "acme", policy, deadline=1234.5)
    assert scheduled.tenant == "acme"
    assert scheduled.schedule.weight == 3 and scheduled.schedule.priority == "batch"
    assert (scheduled.schedule.max_in_flight, scheduled.schedule.max_queued) == (2, 8)
    assert scheduled.schedule.deadline == 1234.5
    assert scheduled.prompt == "a kite" and scheduled.seed == 7  # the rest unchanged


@pytest.mark.parametrize(
    "scheduling",
    [{"weight": 0}, {"priority": "urgent"}, {"max_queued": 0}, {"max_in_flight": -1}, {"x": 1}],
)
def test_invalid_scheduling_is_refused(scheduling):
    with pytest.raises(pydantic.ValidationError):
        TenantPolicy(scheduling=scheduling)


def test_default_scheduling_keeps_the_policy_digest_and_a_change_changes_it():
    assert TenantPolicy().digest == TenantPolicy(scheduling={}).digest
    assert TenantPolicy().digest != TenantPolicy(scheduling={"weight": 2}).digest


def test_the_clients_timeout_header_is_capped_by_the_servers():
    assert request_budget(http_request({}), 300.0) == 300.0
    assert request_budget(http_request({TIMEOUT_HEADER: "12.5"}), 300.0) == 12.5
    assert request_budget(http_request({TIMEOUT_HEADER: "9999"}), 300.0) == 300.0
    for bad in ("0", "-1", "soon", "nan"):
        with pytest.raises(InvalidRequestError):
            request_budget(http_request({TIMEOUT_HEADER: bad}), 300.0)
