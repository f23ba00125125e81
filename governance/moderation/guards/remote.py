"""Any OpenAI-compatible ``/v1/moderations`` endpoint as a guard backend.

OpenAI's omni-moderation, Azure OpenAI, or another Imprimatur: one POST with all texts as
``input``, a timeout, an optional bearer key read from the environment at start. A timeout, a
connection error, any non-200 status or an answer that does not have the moderation response
shape raises GuardError, and the moderation stage fails closed.

OpenAI's categories map onto ours by OPENAI_TO_CATEGORIES (sub-categories onto their parent);
our own names map to themselves, so another Imprimatur's answers pass unchanged. Unknown
categories are ignored unless the endpoint flags only them, which is an answer we cannot read:
it fails closed too.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from typing import Any

import httpx

from governance.moderation.categories import CATEGORIES
from governance.moderation.guards.base import (
    GuardError,
    GuardVerdict,
    detected_to_verdict,
    merge_verdicts,
    prompt_texts,
)
from governance.moderation.policy import ModerationPolicy

logger = logging.getLogger(__name__)

REMOTE = "remote"

#: OpenAI moderation categories (omni-moderation and text-moderation) -> ours.
OPENAI_TO_CATEGORIES: dict[str, str] = {
    "sexual": "sexual",
    "sexual/minors": "sexual/minors",
    "harassment": "harassment",
    "harassment/threatening": "harassment",
    "hate": "hate",
    "hate/threatening": "hate",
    "illicit": "illicit",
    "illicit/violent": "illicit",
    "self-harm": "self-harm",
    "self-harm/intent": "self-harm",
    "self-harm/instructions": "self-harm",
    "violence": "violence/graphic",
    "violence/graphic": "violence/graphic",
    **{c: c for c in CATEGORIES},  # another Imprimatur answers in our names
}


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise GuardError(f"category score {value!r} is not a number")
    return float(value)


class RemoteModerationBackend:
    """Thread-safe: one pooled httpx client, shared by the GuardSet's threads."""

    def __init__(
        self,
        url: str,
        *,
        name: str = REMOTE,
        model: str | None = None,
        api_key_env: str | None = None,
        timeout_s: float = 5.0,
        thresholds: Mapping[str, float] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """``thresholds`` (our category names), when given, replace the endpoint's own flag for
        those categories: detected when the mapped score reaches the threshold."""
        self.name = name
        self.url = url
        self.model = model
        self.thresholds = dict(thresholds) if thresholds is not None else None
        if self.thresholds is not None:
            unknown = sorted(set(self.thresholds) - set(CATEGORIES))
            if unknown:
                raise ValueError(f"{name}: thresholds for unknown categories {unknown}")
        headers = {"Content-Type": "application/json"}
        if api_key_env:
            key = os.environ.get(api_key_env)
            if not key:  # a missing secret fails the replica at start, not each request
                raise ValueError(f"{name}: environment variable {api_key_env} is not set")
            headers["Authorization"] = f"Bearer {key}"
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s), headers=headers, transport=transport
        )

    def _post(self, texts: list[str]) -> tuple[list[Any], str]:
        body: dict[str, Any] = {"input": texts}
        if self.model:
            body["model"] = self.model
        try:
            response = self._client.post(self.url, json=body)
        except httpx.TimeoutException as exc:
            raise GuardError(f"{self.name}: timed out") from exc
        except httpx.HTTPError as exc:
            raise GuardError(f"{self.name}: {type(exc).__name__}") from exc
        if response.status_code != 200:
            raise GuardError(f"{self.name}: HTTP {response.status_code}")
        try:
            payload = response.json()
        except ValueError as exc:
            raise GuardError(f"{self.name}: answer is not JSON") from exc
        results = payload.get("results") if isinstance(payload, dict) else None
        if not isinstance(results, list) or len(results) != len(texts):
            raise GuardError(f"{self.name}: answer has no results list for {len(texts)} inputs")
        model = payload.get("model")
        return results, model if isinstance(model, str) else (self.model or "")

    def _verdict(self, result: Any, policy: ModerationPolicy, model: str) -> GuardVerdict:
        if not isinstance(result, dict):
            raise GuardError(f"{self.name}: a result is not an object")
        flagged, flags, raw_scores = (
            result.get("flagged"),
            result.get("categories"),
            result.get("category_scores"),
        )
        if not isinstance(flagged, bool) or not isinstance(flags, dict):
            raise GuardError(f"{self.name}: a result lacks flagged/categories")
        if not isinstance(raw_scores, dict):
            raise GuardError(f"{self.name}: a result lacks category_scores")
        detected = dict.fromkeys(CATEGORIES, False)
        scores = dict.fromkeys(CATEGORIES, 0.0)
        for name, on in flags.items():
            if not isinstance(on, bool):
                raise GuardError(f"{self.name}: categories[{name!r}] is not a boolean")
            ours = OPENAI_TO_CATEGORIES.get(name)
            if ours is not None:
                detected[ours] = detected[ours] or on
        for name, value in raw_scores.items():
            score = _number(value)
            ours = OPENAI_TO_CATEGORIES.get(name)
            if ours is not None:
                scores[ours] = max(scores[ours], min(max(score, 0.0), 1.0))
        if flagged and not any(detected.values()):
            raise GuardError(f"{self.name}: flagged only categories this service cannot map")
        if self.thresholds is not None:
            for c, threshold in self.thresholds.items():
                detected[c] = scores[c] >= threshold
        return detected_to_verdict(self.name, detected, scores, policy, model)

    def check(self, texts: list[str], policy: ModerationPolicy) -> list[GuardVerdict]:
        if not texts:
            return []
        results, model = self._post(list(texts))
        return [self._verdict(result, policy, model) for result in results]

    def check_prompt(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> GuardVerdict:
        return merge_verdicts(self.name, self.check(prompt_texts(prompt, negative_prompt), policy))

    def close(self) -> None:
        self._client.close()
