"""Errors that carry their HTTP status and OpenAI error type: routes map them without if-chains."""

from __future__ import annotations

from typing import Any


class ImprimaturError(Exception):
    """Base error: `status`, OpenAI `type` and `code`, and the offending `param` (if any)."""

    status: int = 500
    type: str = "server_error"
    code: str = "internal_error"

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code
        self.headers = headers or {}

    def to_body(self) -> dict[str, Any]:
        """The OpenAI error body: {"error": {"message", "type", "param", "code"}}."""
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


class InvalidRequestError(ImprimaturError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_value"


class ContentPolicyViolation(ImprimaturError):
    """A prompt or output image refused by policy. The message names the category, never scores."""

    status = 400
    type = "invalid_request_error"
    code = "content_policy_violation"


class AuthenticationError(ImprimaturError):
    status = 401
    type = "invalid_request_error"
    code = "invalid_api_key"


class PermissionDeniedError(ImprimaturError):
    status = 403
    type = "invalid_request_error"
    code = "permission_denied"


class NotFoundError(ImprimaturError):
    status = 404
    type = "invalid_request_error"
    code = "not_found"


class ModelNotFoundError(NotFoundError):
    code = "model_not_found"


class RequestTooLargeError(ImprimaturError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class RateLimitError(ImprimaturError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class OverloadedError(ImprimaturError):
    status = 503
    type = "server_error"
    code = "overloaded"


class GovernanceFailure(ImprimaturError):
    """A governance stage could not run. Fail closed: no image leaves."""

    status = 500
    type = "server_error"
    code = "governance_failure"

    def __init__(self, stage: str, message: str | None = None) -> None:
        super().__init__(message or f"The {stage} stage failed; no image was released.")
        self.stage = stage


class TenantQueueFullError(RateLimitError):
    """This tenant already has `scheduling.max_queued` requests waiting at the model: its own
    burst is refused (429 with Retry-After) while other tenants keep being served."""

    code = "tenant_queue_full"


class DeadlineExceededError(OverloadedError):
    """The request's deadline passed while it waited for the model: dropped before generation."""

    code = "deadline_exceeded"


class ReplicaUnavailableError(OverloadedError):
    """The replica holding the call died and no other took it in time. Nothing was released:
    the client may send the request again (503 with Retry-After)."""

    code = "replica_unavailable"
