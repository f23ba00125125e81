"""Every sexual/minors row in the data files is refused for an adult-content tenant.

Round 6's retrain showed why this has to be checked after every change of heads or lists: 7 of
the 573 minors rows (training and held-out data) had been refused only because the heads scored
them high enough, and the retrained heads no longer did; they were served under every policy
until the term lists named their framing. The blind sets have no minors rows, so this
regression check over the data the project owns is the floor's widest measure.
"""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import Moderator  # noqa: E402
from governance.moderation.categories import ALWAYS_REFUSED  # noqa: E402
from governance.moderation.evaluate import adult_tenant_policy  # noqa: E402
from governance.moderation.verdicts import data_files  # noqa: E402

pytestmark = pytest.mark.unit

ADULT_TENANT = adult_tenant_policy()


def _minors_rows() -> list[tuple[str, dict]]:
    rows = []
    for path in data_files():  # skips the current round's blind set by name
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                row = json.loads(line) if line.strip() else None
                if row and ALWAYS_REFUSED in row.get("categories", []):
                    rows.append((f"{path.name}:{number}", row))
    return rows


def test_the_data_files_hold_minors_rows_to_check() -> None:
    assert len(_minors_rows()) >= 500


def test_every_minors_row_is_refused_for_an_adult_content_tenant() -> None:
    moderator = Moderator()
    served = [
        f"{where}: {row['prompt'][-120:]!r}"
        for where, row in _minors_rows()
        if not moderator.check_prompt(
            row["prompt"], row.get("negative_prompt"), ADULT_TENANT
        ).flagged
    ]
    assert not served, "served for an adult-content tenant:\n" + "\n".join(served)
