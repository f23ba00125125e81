"""Usage from the audit log: images and refusals per day and per category, for the console.

Computed from the store's ordinary `list` (no extra index or table), page by page and bounded:
a reviewer asks about days, not the whole history, and a scan stops after `max_records`,
saying so (`truncated`) rather than answering late or partly without a word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from governance.audit.records import AuditRecord
from governance.audit.store import AuditStore

MAX_USAGE_DAYS = 366
MAX_USAGE_RECORDS = 100_000
PAGE = 1000


def refusal_category(reason: str | None) -> str:
    """The category of a refusal's reason: `sexual` (moderation), `nsfw: exposed ...` -> `nsfw`,
    `withheld: code` -> `withheld`."""
    if not reason:
        return "unspecified"
    return reason.split(":", 1)[0].strip() or "unspecified"


def summarize(records: Iterable[AuditRecord], first_day: date, last_day: date) -> dict[str, Any]:
    """Counts per UTC day (every day of the range, zeros included) and per category.

    A granted record is one image (a request for n images writes n records); a refused or
    failed record is one refusal or failure."""
    per_day: dict[date, Counter[str]] = {}
    day = first_day
    while day <= last_day:
        per_day[day] = Counter()
        day += timedelta(days=1)
    refusals: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    images_by_model: Counter[str] = Counter()
    scanned = 0
    for record in records:
        scanned += 1
        counts = per_day.get(record.created.astimezone(UTC).date())
        if counts is None:
            continue
        if record.outcome == "granted":
            counts["images"] += 1
            images_by_model[record.model] += 1
        elif record.outcome == "refused":
            counts["refused"] += 1
            refusals[refusal_category(record.reason)] += 1
        else:
            counts["failed"] += 1
            failures[refusal_category(record.reason)] += 1
    return {
        "days": [
            {
                "date": day.isoformat(),
                "images": counts["images"],
                "refused": counts["refused"],
                "failed": counts["failed"],
            }
            for day, counts in per_day.items()
        ],
        "refusals_by_category": dict(refusals.most_common()),
        "failures_by_stage": dict(failures.most_common()),
        "images_by_model": dict(images_by_model.most_common()),
        "records_scanned": scanned,
    }


def usage(
    store: AuditStore,
    *,
    days: int,
    tenant: str | None = None,
    now: datetime | None = None,
    max_records: int = MAX_USAGE_RECORDS,
) -> dict[str, Any]:
    """The last `days` UTC days (today included) of `tenant`'s records (None: everyone's)."""
    if not 1 <= days <= MAX_USAGE_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_USAGE_DAYS}")
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    first_day = today - timedelta(days=days - 1)
    since = datetime.combine(first_day, datetime.min.time(), tzinfo=UTC)
    until = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    truncated = False

    def pages() -> Iterable[AuditRecord]:
        nonlocal truncated
        after_seq, read = None, 0
        while True:
            asked = min(PAGE, max_records - read)
            page = store.list(
                tenant=tenant, since=since, until=until, limit=asked, after_seq=after_seq
            )
            yield from page
            read += len(page)
            if len(page) < asked:
                return
            if read >= max_records:
                # Full up to the bound: one more record would say whether any were left out.
                truncated = bool(
                    store.list(
                        tenant=tenant, since=since, until=until, limit=1, after_seq=page[-1].seq
                    )
                )
                return
            after_seq = page[-1].seq

    summary = summarize(pages(), first_day, today)
    return {
        "object": "usage",
        "tenant": tenant,
        "since": since.isoformat(),
        "until": until.isoformat(),
        **summary,
        "truncated": truncated,
    }
