"""The chaos suite's short form, on the session's cluster: a replica killed mid-load costs no
request (issue 12 items 4 and 6). The full form is `make chaos` (tests/chaos/).

A few clients keep generating; one replica is killed as a crash would (`ray.kill`); then the
invariants of tests/support/chaos.py are checked over every answer: 200, or 429/503 with
Retry-After; no hang; every delivered image reads back (watermark and C2PA) to a `granted`
record; the service answers again within 60 s. Each test waits for Serve to have replaced
the replica before it ends, so the tests after it find the app as it was.
"""

from __future__ import annotations

import pytest

from tests.conftest import tenant_key
from tests.support import chaos

BODY = {"model": "tiny-sdxl", "prompt": "a lighthouse at dusk", "num_inference_steps": 2}


@pytest.fixture
def checker(serve_app, state_dir) -> chaos.Checker:
    auditor = {"Authorization": f"Bearer {tenant_key(None, 'auditor')}"}
    return chaos.Checker(serve_app, auditor, state_dir / "certs" / "root_ca.pem")


@pytest.mark.parametrize("deployment", ["governance", "tiny-sdxl"])
def test_a_replica_killed_mid_load_costs_no_request(serve_app, auth_headers, checker, deployment):
    chaos.wait_running(deployment)
    with chaos.Load(serve_app, auth_headers, clients=3, body=BODY) as load:
        load.wait_for_answers(3)  # warm: every client has been served once
        before = len(load.answers)
        killed = chaos.kill_replica(deployment)
        load.wait_for_answers(before + 6)
    answers = load.answers
    print(f"killed {killed}: {chaos.counts(answers)}")
    assert checker.violations(answers) == []
    # Stronger than the invariant: the death cost no request at all. Without the retry
    # (deployments/retry.py) the requests the replica held answer 503 replica_unavailable.
    assert {answer.status for answer in answers} == {200}, chaos.counts(answers)
    assert killed not in chaos.replica_names(deployment)
    chaos.serves_again(serve_app, auth_headers)
    chaos.wait_running(deployment)
