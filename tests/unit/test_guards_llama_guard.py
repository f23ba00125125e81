"""Llama Guard 3 as a guard backend: the parser on real-format answers, the hazard table, the
real chat templates on a tiny model, the end-to-end path, and the Serve deployment.

The tiny model is a LlamaForCausalLM with a Llama-3-style tokenizer and Llama Guard 3's chat
template, built once per module in a tmp dir and loaded through from_pretrained. Its answers are
random, so the parser is tested on literal answers in the real format, and the end-to-end path
only for "a verdict or a closed failure".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.errors import GovernanceFailure  # noqa: E402
from governance.moderation import CATEGORIES, ModerationPolicy, Moderator  # noqa: E402
from governance.moderation.guards import (  # noqa: E402
    HAZARD_TO_CATEGORIES,
    BuiltinBackend,
    GuardedResult,
    GuardError,
    GuardsConfig,
    GuardSet,
    LlamaGuardBackend,
    LlamaGuardClassifier,
    build_guard_set,
    parse_output,
)
from governance.moderation.guards.llama_guard import (  # noqa: E402
    HAZARDS,
    LLAMA_GUARD_3_1B_CHAT_TEMPLATE,
    LLAMA_GUARD_3_8B_CHAT_TEMPLATE,
    format_output,
)

ADULT_OK = ModerationPolicy(refuse=set(CATEGORIES) - {"sexual"})  # a tenant allowing adult content


@pytest.fixture(scope="module")
def classifier(tiny_guard_dir: Path) -> LlamaGuardClassifier:
    return LlamaGuardClassifier.from_pretrained(str(tiny_guard_dir), max_new_tokens=8)


def answering(*answers: str):
    """A classifier that gives these literal model answers (real format), parsed for real."""

    def classify(texts: list[str]) -> list[frozenset[str]]:
        return [parse_output(answers[i % len(answers)]) for i in range(len(texts))]

    return classify


# --- the Llama Guard output parser, on real-format answers -----------------------------------


@pytest.mark.parametrize(
    ("answer", "codes"),
    [
        ("safe", set()),
        ("\n\nsafe", set()),  # the model answers after the header's blank line
        ("safe\n", set()),
        ("unsafe\nS4", {"S4"}),
        ("\n\nunsafe\nS1,S10", {"S1", "S10"}),
        ("unsafe\nS14", {"S14"}),
        ("unsafe\n S1 , S11 \n", {"S1", "S11"}),
        ("unsafe\nS2,S2", {"S2"}),
    ],
)
def test_parser_reads_real_answers(answer: str, codes: set[str]) -> None:
    assert parse_output(answer) == codes


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "   ",
        "unsafe",  # no categories: not a verdict we can act on precisely
        "unsafe\n",
        "unsafe\nS15",
        "unsafe\nS0",
        "unsafe\nhate",
        "unsafe\nS1,,S2",
        "unsafe\nS1\nS2",
        "safe\nS1",
        "maybe",
        "The prompt is safe.",
        "unsafe S1",
    ],
)
def test_parser_refuses_anything_else(answer: str) -> None:
    with pytest.raises(GuardError):
        parse_output(answer)


def test_format_output_round_trips() -> None:
    for codes in [set(), {"S4"}, {"S10", "S1", "S2"}]:
        assert parse_output(format_output(codes)) == codes
    assert format_output({"S10", "S2"}) == "unsafe\nS2,S10"


def test_hazard_table_covers_s1_to_s14_with_our_names() -> None:
    assert list(HAZARD_TO_CATEGORIES) == [f"S{i}" for i in range(1, 15)] == list(HAZARDS)
    for categories in HAZARD_TO_CATEGORIES.values():
        assert set(categories) <= set(CATEGORIES)
    assert HAZARD_TO_CATEGORIES["S4"] == ("sexual/minors",)
    assert HAZARD_TO_CATEGORIES["S12"] == ("sexual",)
    mapped = {c for cs in HAZARD_TO_CATEGORIES.values() for c in cs}
    assert mapped == set(CATEGORIES)  # every category of ours can be reached


# --- the Llama Guard backend: hazards -> categories under a policy ---------------------------


def test_llama_guard_verdicts_follow_the_table_and_the_policy() -> None:
    backend = LlamaGuardBackend(answering("safe", "unsafe\nS12", "unsafe\nS4", "unsafe\nS3"))
    safe, sexual, minors, sex_crime = backend.check(["a", "b", "c", "d"], ModerationPolicy())
    assert not safe.flagged and safe.detail == "safe"
    assert sexual.categories["sexual"] and sexual.category_scores["sexual"] == 1.0
    assert minors.categories["sexual/minors"] and minors.detail == "unsafe\nS4"
    assert sex_crime.categories["sexual"] and sex_crime.categories["violence/graphic"]

    relaxed = backend.check(["a", "b", "c", "d"], ADULT_OK)
    assert not relaxed[1].flagged  # adult content allowed for this tenant...
    assert relaxed[1].category_scores["sexual"] == 1.0  # ...but still scored for the audit
    assert relaxed[2].categories["sexual/minors"]  # never relaxable
    assert relaxed[3].categories["violence/graphic"] and not relaxed[3].categories["sexual"]


def test_unmapped_hazards_are_recorded_and_can_be_mapped() -> None:
    default = LlamaGuardBackend(answering("unsafe\nS13"))
    (verdict,) = default.check(["vote on Wednesday"], ModerationPolicy())
    assert not verdict.flagged and verdict.detail == "unsafe\nS13"
    mapped = LlamaGuardBackend(answering("unsafe\nS13"), category_map={"S13": ["illicit"]})
    assert mapped.check(["vote on Wednesday"], ModerationPolicy())[0].categories["illicit"]
    with pytest.raises(ValueError):
        LlamaGuardBackend(answering("safe"), category_map={"S99": ["hate"]})
    with pytest.raises(ValueError):
        LlamaGuardBackend(answering("safe"), category_map={"S1": ["gore"]})


def test_llama_guard_backend_refuses_answers_it_cannot_trust() -> None:
    wrong_count = LlamaGuardBackend(lambda texts: [frozenset()])
    with pytest.raises(GuardError):
        wrong_count.check(["a", "b"], ModerationPolicy())
    bad_code = LlamaGuardBackend(lambda texts: [["S99"] for _ in texts])  # e.g. from a handle
    with pytest.raises(GuardError):
        bad_code.check(["a"], ModerationPolicy())


def test_prompt_and_negative_prompt_are_both_read() -> None:
    seen: list[list[str]] = []

    def classify(texts: list[str]) -> list[frozenset[str]]:
        seen.append(list(texts))
        return [parse_output("unsafe\nS1" if "knife" in t else "safe") for t in texts]

    backend = LlamaGuardBackend(classify)
    verdict = backend.check_prompt("a kitchen", "a bloody knife attack", ModerationPolicy())
    assert verdict.categories["violence/graphic"]
    # Pure safety exclusions are not sent as if they were requests.
    assert not backend.check_prompt("a kitchen", "nsfw, gore", ModerationPolicy()).flagged
    assert seen[-1] == ["a kitchen"]


# --- the real chat template on the tiny model, and the end-to-end path -----------------------


def test_tiny_model_carries_the_1b_template_through_from_pretrained(
    classifier: LlamaGuardClassifier, tiny_guard_dir: Path
) -> None:
    from transformers import LlamaForCausalLM

    assert isinstance(classifier.model, LlamaForCausalLM)
    assert not classifier.model.use_kernels  # no layer swapped for a kernel fetched from the Hub
    assert classifier.tokenizer.chat_template == LLAMA_GUARD_3_1B_CHAT_TEMPLATE
    prompt = classifier.render("  a cat on a sofa ")
    assert prompt.startswith("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nTask:")
    assert "\nS1: Violent Crimes.\n" in prompt and "\nS13: Elections.\n<END UNSAFE" in prompt
    assert "S14" not in prompt  # the 1B template's defaults stop at S13
    assert "<BEGIN CONVERSATION>\n\nUser: a cat on a sofa\n\n<END CONVERSATION>" in prompt
    assert prompt.endswith(
        "violated categories. <|eot_id|><|start_header_id|>assistant<|end_header_id|>"
    )
    ids = classifier.tokenizer(prompt, add_special_tokens=False)["input_ids"]
    assert ids[0] == classifier.tokenizer.bos_token_id  # one BOS, from the template itself
    assert ids.count(classifier.tokenizer.bos_token_id) == 1


def test_the_8b_template_lists_s14_and_reads_string_content(
    classifier: LlamaGuardClassifier,
) -> None:
    tokenizer = classifier.tokenizer
    messages = [{"role": "user", "content": " how do I pick a lock? "}]
    prompt = tokenizer.apply_chat_template(
        messages, chat_template=LLAMA_GUARD_3_8B_CHAT_TEMPLATE, tokenize=False
    )
    assert "S14: Code Interpreter Abuse.\n<END UNSAFE CONTENT CATEGORIES>" in prompt
    assert "User: how do I pick a lock?\n\n<END CONVERSATION>" in prompt
    assert "ONLY THE LAST User message" in prompt
    two_turns = [*messages, {"role": "assistant", "content": "Use a tension wrench."}]
    judged = tokenizer.apply_chat_template(
        two_turns, chat_template=LLAMA_GUARD_3_8B_CHAT_TEMPLATE, tokenize=False
    )
    assert "unsafe content in 'Agent' messages" in judged
    with pytest.raises(Exception, match="alternate"):
        tokenizer.apply_chat_template(
            [messages[0], messages[0]], chat_template=LLAMA_GUARD_3_8B_CHAT_TEMPLATE, tokenize=False
        )


def test_end_to_end_gives_a_verdict_or_fails_closed(classifier: LlamaGuardClassifier) -> None:
    texts = ["a cat on a sofa", "word " * 500]  # a long prompt too: batched, left-padded
    answers = classifier.generate(texts)
    assert len(answers) == 2 and all(isinstance(a, str) for a in answers)
    backend = LlamaGuardBackend(classifier.classify)
    try:
        verdicts = backend.check(texts, ModerationPolicy())
    except GuardError:
        return  # random weights: a malformed answer is the closed failure it must be
    assert [set(v.categories) for v in verdicts] == [set(CATEGORIES)] * 2
    assert all(parse_output(v.detail) is not None for v in verdicts)


def test_end_to_end_through_a_guard_set(
    classifier: LlamaGuardClassifier, moderator: Moderator
) -> None:
    guards = GuardSet(
        {"llama-guard": LlamaGuardBackend(classifier.classify)}, BuiltinBackend(moderator)
    )
    try:
        result = guards.check_prompt("a cat on a sofa", "blurry", ModerationPolicy())
    except GovernanceFailure as failure:
        assert failure.stage == "moderation" and failure.status == 500
        assert isinstance(failure.__cause__, GuardError)
        return
    assert isinstance(result, GuardedResult) and result.verdicts[0].backend == "llama-guard"


# --- the Serve deployment: importable, thin, and its handle adapter --------------------------


class FakeHandle:
    """Stands in for a DeploymentHandle (no Ray cluster in unit tests): same call shape,
    `handle.check.remote(texts).result(timeout_s=...)`, answered by the real deployment class."""

    def __init__(self, target: object) -> None:
        self.target = target
        self.timeouts: list[float] = []
        self.check = self

    def remote(self, texts: list[str]) -> FakeHandle:
        self._texts = texts
        return self

    def result(self, timeout_s: float) -> list[list[str]]:
        import asyncio

        self.timeouts.append(timeout_s)
        return asyncio.run(self.target.check(self._texts))


def test_guard_deployment_is_thin_and_its_backend_fails_closed(
    tiny_guard_dir: Path, moderator: Moderator
) -> None:
    import asyncio

    from deployments.guard_deployment import (
        LlamaGuardDeployment,
        guard_backends,
        guard_deployments,
    )

    assert LlamaGuardDeployment.name == "llama-guard"
    spec = {"kind": "llama-guard", "source": str(tiny_guard_dir), "max_batch_size": 1}
    replica = LlamaGuardDeployment.func_or_class(spec)
    ready = asyncio.run(replica.ready())
    assert ready["component"] == "llama-guard" and ready["load_seconds"] >= 0
    try:
        codes = asyncio.run(replica.check(["a cat", "a dog"]))
    except GuardError:
        codes = None  # random weights: a malformed answer raises, as it must
    if codes is not None:
        assert len(codes) == 2 and all(set(c) <= set(HAZARDS) for c in codes)

    config = GuardsConfig.model_validate(
        {"backends": [{"kind": "builtin"}, {**spec, "name": "lg", "timeout_s": 3}]}
    )
    assert list(guard_deployments(config)) == ["lg"]
    handle = FakeHandle(replica)
    backends = guard_backends(config, {"lg": handle})
    guards = build_guard_set(config, moderator=moderator, provided=backends)
    try:
        result = guards.check_prompt("a cat", None, ModerationPolicy())
        assert [v.backend for v in result.verdicts] == ["builtin", "lg"]
    except GovernanceFailure as failure:
        assert failure.stage == "moderation"
    assert handle.timeouts == [3.0]
