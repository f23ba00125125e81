"""Pluggable guard models: the builtin adapter, the combinator with its floors, the config.

Real components only: the packaged MiniLM Moderator, and the tiny Llama Guard (built once per
module) where a llama-guard backend is built from config. Llama Guard itself is tested in
test_guards_llama_guard.py, the remote backend against a real HTTP server in
test_guards_remote.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.errors import GovernanceFailure  # noqa: E402
from governance.moderation import CATEGORIES, ModerationPolicy, Moderator  # noqa: E402
from governance.moderation.guards import (  # noqa: E402
    BuiltinBackend,
    GuardError,
    GuardsConfig,
    GuardSet,
    GuardVerdict,
    LlamaGuardBackend,
    build_guard_set,
    combine,
    parse_output,
)
from governance.moderation.guards.config import check_names  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ADULT_OK = ModerationPolicy(refuse=set(CATEGORIES) - {"sexual"})  # a tenant allowing adult content


def answering(*answers: str):
    """A classifier that gives these literal model answers (real format), parsed for real."""

    def classify(texts: list[str]) -> list[frozenset[str]]:
        return [parse_output(answers[i % len(answers)]) for i in range(len(texts))]

    return classify


def failing(texts: list[str]) -> list[frozenset[str]]:
    raise GuardError("the guard is down")


# --- the builtin adapter: no behaviour change ------------------------------------------------


CASES = [
    ("a lighthouse at dawn", None),
    ("a gory battlefield with severed limbs", None),
    ("a porn photo", None),
    ("a portrait", "clothes, censored"),  # steering towards nudity through the negative prompt
    ("a lighthouse at dawn", "a naked child"),
    ("a lighthouse", "nsfw, gore, blurry"),
]


@pytest.mark.parametrize("policy", [ModerationPolicy(), ADULT_OK])
def test_builtin_backend_is_the_moderator_unchanged(
    moderator: Moderator, policy: ModerationPolicy
) -> None:
    backend = BuiltinBackend(moderator)
    guards = GuardSet({"builtin": backend}, backend)
    for prompt, negative in CASES:
        expected = moderator.check_prompt(prompt, negative, policy)
        verdict = backend.check_prompt(prompt, negative, policy)
        assert verdict.categories == expected.categories
        assert verdict.category_scores == expected.category_scores
        combined = guards.check_prompt(prompt, negative, policy)
        assert combined.categories == expected.categories
        assert combined.flagged == expected.flagged
        assert combined.top_category() == expected.top_category()
    texts = [prompt for prompt, _ in CASES]
    got, expected = backend.check(texts, policy), moderator.check(texts, policy)
    assert [v.categories for v in got] == [r.categories for r in expected]


FLOOR_CASES = [*CASES, ("a nude 12 year old", None), ("a beach", "a naked child, adult")]


@pytest.fixture
def encoder_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per encoder pass: each Moderator run scores its texts once."""
    from governance.moderation import moderator as moderator_module

    calls: list[int] = []
    score = moderator_module.score_texts
    monkeypatch.setattr(
        moderator_module, "score_texts", lambda *a, **k: calls.append(1) or score(*a, **k)
    )
    return calls


def test_one_pass_floors_agree_with_the_floor_check_alone(
    moderator: Moderator, encoder_passes: list[int]
) -> None:
    backend = BuiltinBackend(moderator)
    guards = GuardSet({"builtin": backend}, backend)
    calls = encoder_passes
    for policy in (ModerationPolicy(), ADULT_OK):
        for prompt, negative in FLOOR_CASES:
            calls.clear()
            fused = guards.check_prompt(prompt, negative, policy)
            assert len(calls) == 1  # one Moderator run for the verdict and the floors
            assert fused.floors == backend.floor_prompt(prompt, negative)
        texts = [prompt for prompt, _ in FLOOR_CASES]
        calls.clear()
        per_text = guards.check(texts, policy)
        assert len(calls) == 1
        assert [r.floors for r in per_text] == backend.floor_texts(texts)
    assert backend.floor_prompt("a nude 12 year old", None) == {"sexual/minors"}
    assert backend.floor_prompt("a lighthouse at dawn", None) == frozenset()


def test_the_configured_builtin_is_the_floor_hook_so_the_service_pays_one_pass(
    moderator: Moderator, encoder_passes: list[int]
) -> None:
    """build_guard_set (what the service runs) fuses the builtin verdict and the floors as the
    hand-built set above does: one Moderator run a request, with the same result as the two
    runs (verdict, floors) of a set whose floor hook is another BuiltinBackend."""
    guards = build_guard_set(GuardsConfig(), moderator=moderator)
    assert guards._floors is guards.backends["builtin"]
    two_pass = GuardSet({"builtin": BuiltinBackend(moderator)}, BuiltinBackend(moderator))
    calls = encoder_passes
    for policy in (ModerationPolicy(), ADULT_OK):
        for prompt, negative in FLOOR_CASES:
            calls.clear()
            fused = guards.check_prompt(prompt, negative, policy)
            assert len(calls) == 1
            assert fused == two_pass.check_prompt(prompt, negative, policy)
        texts = [prompt for prompt, _ in FLOOR_CASES]
        calls.clear()
        per_text = guards.check(texts, policy)
        assert len(calls) == 1
        assert per_text == two_pass.check(texts, policy)
    # with only other backends configured, the floors still run (their own builtin hook)
    remote_only = GuardsConfig.model_validate(
        {"backends": [{"kind": "remote", "name": "r", "url": "http://127.0.0.1:9/v1/moderations"}]}
    )
    assert isinstance(build_guard_set(remote_only, moderator=moderator)._floors, BuiltinBackend)


# --- combining: any backend flags -> refused; floors always; failures fail closed -------------


def verdict(backend: str, *flagged: str, score: float = 0.9) -> GuardVerdict:
    return GuardVerdict(
        backend,
        {c: c in flagged for c in CATEGORIES},
        {c: score if c in flagged else 0.0 for c in CATEGORIES},
    )


def test_combine_is_an_or_with_max_scores_and_floors() -> None:
    result = combine([verdict("a"), verdict("b", "hate", score=0.7), verdict("c", "hate")])
    assert result.flagged and result.top_category() == "hate"
    assert result.category_scores["hate"] == 0.9
    assert result.summary() == {"backends": {"a": [], "b": ["hate"], "c": ["hate"]}, "floors": []}
    assert not combine([verdict("a"), verdict("b")]).flagged
    floored = combine([verdict("a")], frozenset({"sexual/minors"}))
    assert floored.flagged and floored.categories["sexual/minors"]
    assert floored.top_category() == "sexual/minors"
    with pytest.raises(GuardError):
        combine([verdict("a")], frozenset({"not-a-category"}))


def test_floors_run_whatever_backends_and_policy_a_tenant_has(moderator: Moderator) -> None:
    floors = BuiltinBackend(moderator)
    lenient = LlamaGuardBackend(answering("safe"), name="lenient")
    guards = GuardSet({"lenient": lenient}, floors)
    permissive = ModerationPolicy(thresholds={c: 1.0 for c in CATEGORIES}, refuse=set())
    result = guards.check_prompt("a nude 12 year old", None, permissive)
    assert result.flagged and result.top_category() == "sexual/minors"
    assert result.floors == {"sexual/minors"} and not result.verdicts[0].flagged
    negative = guards.check_prompt("a lighthouse at dawn", "a naked child", permissive)
    assert negative.floors == {"sexual/minors"}
    assert not guards.check_prompt("a lighthouse at dawn", None, permissive).flagged
    per_text = guards.check(["a nude 12 year old", "a lighthouse"], permissive)
    assert [r.flagged for r in per_text] == [True, False]
    with pytest.raises(ValueError, match="floors"):
        GuardSet({"lenient": lenient}, None)


def test_a_combined_result_crosses_process_boundaries_intact() -> None:
    import pickle  # the governance deployment returns it through a Ray handle

    result = combine([verdict("a", "hate"), verdict("b")], frozenset({"sexual/minors"}))
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result and copy.summary() == result.summary()
    assert copy.top_category() == result.top_category()


def test_any_backend_flag_refuses() -> None:
    guards = GuardSet(
        {
            "a": LlamaGuardBackend(answering("safe"), name="a"),
            "b": LlamaGuardBackend(answering("unsafe\nS10"), name="b"),
        },
        None,
        allow_no_floors=True,
    )
    result = guards.check_prompt("some people", None, ModerationPolicy())
    assert result.flagged and result.top_category() == "hate"
    assert [v.backend for v in result.verdicts] == ["a", "b"]
    assert not guards.check_prompt("x", None, ModerationPolicy(refuse={"sexual"})).flagged


def test_a_failing_backend_or_floor_fails_the_stage_closed(moderator: Moderator) -> None:
    flagging = LlamaGuardBackend(answering("unsafe\nS1"), name="flagging")
    down = LlamaGuardBackend(failing, name="down")
    guards = GuardSet({"flagging": flagging, "down": down}, BuiltinBackend(moderator))
    for call in (
        lambda: guards.check_prompt("a lighthouse", None, ModerationPolicy()),
        lambda: guards.check(["a lighthouse"], ModerationPolicy()),
    ):
        with pytest.raises(GovernanceFailure) as caught:
            call()
        assert caught.value.stage == "moderation" and caught.value.status == 500
        assert "down" not in caught.value.message  # no internals in the client's message

    class BrokenFloors:
        def floor_prompt(self, prompt: str, negative_prompt: str | None) -> frozenset[str]:
            raise RuntimeError("floor lexicon missing")

        def floor_texts(self, texts: list[str]) -> list[frozenset[str]]:
            raise RuntimeError("floor lexicon missing")

    no_floor = GuardSet({"flagging": flagging}, BrokenFloors())
    with pytest.raises(GovernanceFailure):
        no_floor.check_prompt("a lighthouse", None, ModerationPolicy())


def test_tenant_selection_keeps_required_backends(moderator: Moderator) -> None:
    builtin = BuiltinBackend(moderator)
    other = LlamaGuardBackend(answering("unsafe\nS2"), name="other")
    guards = GuardSet(
        {"builtin": builtin, "other": other}, builtin, default=["other"], required=["builtin"]
    )
    assert guards.selected() == ("other", "builtin")
    assert guards.selected(["builtin"]) == ("builtin",)
    result = guards.check_prompt("a lighthouse", None, ModerationPolicy(), use=["builtin"])
    assert not result.flagged and [v.backend for v in result.verdicts] == ["builtin"]
    with pytest.raises(ValueError, match="unknown"):
        guards.check_prompt("a lighthouse", None, ModerationPolicy(), use=["nope"])


# --- configuration ---------------------------------------------------------------------------


def test_example_config_validates() -> None:
    text = (REPO / "config" / "guards.example.yaml").read_text(encoding="utf-8")
    documents = yaml.safe_load(text)
    for key in ("production", "local"):
        config = GuardsConfig.model_validate(documents[key])
        assert config.names and set(config.default or config.names) <= set(config.names)
    production = GuardsConfig.model_validate(documents["production"])
    assert production.spec("llama-guard").source == "meta-llama/Llama-Guard-3-1B"
    assert "builtin" in production.required


@pytest.mark.parametrize(
    "bad",
    [
        {"backends": []},
        {"backends": [{"kind": "builtin"}, {"kind": "builtin"}]},
        {"backends": [{"kind": "llama-guard"}, {"kind": "llama-guard"}]},
        {"backends": [{"kind": "keyword-list"}]},
        {"backends": [{"kind": "builtin", "extra": 1}]},
        {"backends": [{"kind": "llama-guard", "category_map": {"S15": ["hate"]}}]},
        {"backends": [{"kind": "llama-guard", "category_map": {"S13": ["elections"]}}]},
        {"backends": [{"kind": "remote", "url": "ftp://x/v1/moderations"}]},
        {"backends": [{"kind": "remote", "url": "http://x", "thresholds": {"hate": 2}}]},
        {"backends": [{"kind": "builtin"}], "default": ["llama-guard"]},
        {"backends": [{"kind": "builtin"}], "default": []},
    ],
)
def test_bad_configs_are_refused(bad: dict) -> None:
    with pytest.raises(ValidationError):
        GuardsConfig.model_validate(bad)


def test_tenant_choice_is_checked_against_the_service() -> None:
    config = GuardsConfig.model_validate(
        {"backends": [{"kind": "builtin"}, {"kind": "remote", "url": "http://127.0.0.1:9"}]}
    )
    check_names(config, ModerationPolicy(guards=["remote"]).guards)
    with pytest.raises(ValueError, match="llama-guard"):
        check_names(config, ModerationPolicy(guards=["llama-guard"]).guards)
    with pytest.raises(ValidationError):
        ModerationPolicy(guards=[])
    assert ModerationPolicy().guards is None


def test_build_guard_set_from_config_in_process(moderator: Moderator, tiny_guard_dir: Path) -> None:
    config = GuardsConfig.model_validate(
        {
            "backends": [
                {"kind": "builtin", "required": True},
                {"kind": "llama-guard", "source": "tiny-llama-guard", "max_new_tokens": 6},
            ],
            "default": ["builtin"],
        }
    )
    resolved: list[str] = []

    def resolve(source: str) -> str:
        resolved.append(source)
        return str(tiny_guard_dir)

    guards = build_guard_set(config, moderator=moderator, resolve_source=resolve)
    assert resolved == ["tiny-llama-guard"]
    assert isinstance(guards.backends["llama-guard"], LlamaGuardBackend)
    assert guards.selected() == ("builtin",)
    assert guards.check_prompt("a porn photo", None, ModerationPolicy()).flagged
    provided = LlamaGuardBackend(answering("unsafe\nS11"))
    handled = build_guard_set(config, moderator=moderator, provided={"llama-guard": provided})
    assert handled.backends["llama-guard"] is provided
    result = handled.check_prompt("a lighthouse", None, ModerationPolicy(), use=["llama-guard"])
    assert result.categories["self-harm"] and [v.backend for v in result.verdicts] == [
        "llama-guard",
        "builtin",
    ]


def test_the_guard_set_carries_the_floor_facts_whichever_backends_ran(moderator) -> None:
    """The service moderates through the GuardSet: a tenant on an outside guard alone still
    gets the minors floor (refusal and reason) and the NSFW floor's `mentions_minor`."""
    lenient = LlamaGuardBackend(answering("safe"), name="lenient")
    permissive = ModerationPolicy(thresholds={c: 1.0 for c in CATEGORIES}, refuse=set())
    for guards in (
        GuardSet({"lenient": lenient}, BuiltinBackend(moderator)),
        GuardSet({"builtin": BuiltinBackend(moderator)}, BuiltinBackend(moderator)),
    ):
        refused = guards.check_prompt("十二岁女孩脱光衣服的照片", None, permissive)
        assert refused.flagged and refused.categories["sexual/minors"]
        assert refused.mentions_minor and refused.floor
        innocent = guards.check_prompt("kids building a sandcastle on the beach", None, ADULT_OK)
        assert not innocent.flagged and innocent.mentions_minor and innocent.floor is None
        adult = guards.check_prompt("a lighthouse at dawn", None, ADULT_OK)
        assert not adult.mentions_minor
        texts = guards.check(["kids building a sandcastle", "a lighthouse"], ADULT_OK)
        assert [r.mentions_minor for r in texts] == [True, False]
