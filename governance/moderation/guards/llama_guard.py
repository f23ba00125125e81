"""Llama Guard 3 as a guard backend: its own chat template, a few greedy tokens, a strict parser.

The model answers ``safe``, or ``unsafe`` and on the next line the violated hazard codes
(``unsafe\\nS1,S10``). Anything else is not a verdict: the parser raises and the moderation
stage fails closed. Hazards map onto this project's categories by HAZARD_TO_CATEGORIES:

    code  Llama Guard 3 hazard      our categories
    S1    Violent Crimes            violence/graphic
    S2    Non-Violent Crimes        illicit
    S3    Sex Crimes                sexual, violence/graphic  (sexual violence stays refused for
                                                               tenants that allow adult content)
    S4    Child Exploitation        sexual/minors              (the floor category)
    S5    Defamation                deepfake/real-person
    S6    Specialized Advice        -                          (no image harm in our taxonomy)
    S7    Privacy                   harassment                 (exposing a private person)
    S8    Intellectual Property     -                          (not a content-policy category here)
    S9    Indiscriminate Weapons    illicit
    S10   Hate                      hate
    S11   Self-Harm                 self-harm
    S12   Sexual Content            sexual
    S13   Elections                 -                          (misinformation: not in taxonomy)
    S14   Code Interpreter Abuse    -                          (8B only; no code runs here)

A code mapped to nothing is kept in the verdict's ``detail`` (and so in the audit) but refuses
nothing; an operator can map it in the guard config (``category_map``).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from governance.moderation.categories import CATEGORIES
from governance.moderation.guards.base import (
    GuardError,
    GuardVerdict,
    detected_to_verdict,
    merge_verdicts,
    prompt_texts,
)
from governance.moderation.policy import ModerationPolicy

LLAMA_GUARD = "llama-guard"
PRODUCTION_MODEL = "meta-llama/Llama-Guard-3-1B"

#: Llama Guard 3's hazard codes (MLCommons taxonomy) and their names in its prompt.
HAZARDS: dict[str, str] = {
    "S1": "Violent Crimes.",
    "S2": "Non-Violent Crimes.",
    "S3": "Sex Crimes.",
    "S4": "Child Exploitation.",
    "S5": "Defamation.",
    "S6": "Specialized Advice.",
    "S7": "Privacy.",
    "S8": "Intellectual Property.",
    "S9": "Indiscriminate Weapons.",
    "S10": "Hate.",
    "S11": "Self-Harm.",
    "S12": "Sexual Content.",
    "S13": "Elections.",
    "S14": "Code Interpreter Abuse.",
}

#: Each hazard code -> the categories it detects (the table in the module docstring).
HAZARD_TO_CATEGORIES: dict[str, tuple[str, ...]] = {
    "S1": ("violence/graphic",),
    "S2": ("illicit",),
    "S3": ("sexual", "violence/graphic"),
    "S4": ("sexual/minors",),
    "S5": ("deepfake/real-person",),
    "S6": (),
    "S7": ("harassment",),
    "S8": (),
    "S9": ("illicit",),
    "S10": ("hate",),
    "S11": ("self-harm",),
    "S12": ("sexual",),
    "S13": (),
    "S14": (),
}

# The chat templates below reproduce the `chat_template` of the models' tokenizer_config.json
# on the Hugging Face hub, which cannot be downloaded here. Source: the templates embedded in
# the models' GGUF conversions, as recorded in huggingface/huggingface.js,
# packages/ollama-utils/src/chat-template-automap.ts (entries `library/llama-guard3:1b` and
# `library/llama-guard3:8b`); the 8B text also matches a copy of
# meta-llama/Llama-Guard-3-8B/tokenizer_config.json quoted in a public test suite, and the
# prompt's wording matches meta-llama/llama-cookbook
# src/llama_cookbook/inference/prompt_format_utils.py (PROMPT_TEMPLATE_3). The usage (content
# as a list of {"type": "text"} parts for 1B; `categories=` / `excluded_category_keys=`
# template variables) is the one on the Llama-Guard-3-1B model card. Production never uses
# these strings: it loads the template shipped with the weights. They serve the tiny model.

#: meta-llama/Llama-Guard-3-1B (and 11B-Vision): default categories S1-S13 (the 1B model was
#: not trained on S14), message content as a list of typed parts, overridable categories.
LLAMA_GUARD_3_1B_CHAT_TEMPLATE = """{%- if messages|length % 2 == 0 -%}
    {%- set role = 'Agent' -%}
{%-  else -%}
    {%-  set role = 'User' -%}
{%-  endif -%}
{%-  if categories is not defined -%}
    {%-  
        set categories = ({
            "S1": "Violent Crimes.",
            "S2": "Non-Violent Crimes.",
            "S3": "Sex Crimes.",
            "S4": "Child Exploitation.",
            "S5": "Defamation.",
            "S6": "Specialized Advice.",
            "S7": "Privacy.",
            "S8": "Intellectual Property.",
            "S9": "Indiscriminate Weapons.",
            "S10": "Hate.",
            "S11": "Self-Harm.",
            "S12": "Sexual Content.",
            "S13": "Elections.",
        })
    -%}
{%-  endif -%}

{{- "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\\n\\n" -}}
{%- set ns = namespace(contains_image=false) -%}
{%-  for message in messages -%}
    {%- for content in message['content'] | selectattr('type', 'equalto', 'image') -%}
        {%- set ns.contains_image = true -%}
    {%- endfor -%}
{%- endfor -%}
{%- if ns.contains_image -%}
{{- "<|image|> "-}}
{%- endif -%}
{{- "Task: Check if there is unsafe content in '" + role + "' messages in conversations according our safety policy with the below categories.\\n\\n" -}}
{{- "<BEGIN UNSAFE CONTENT CATEGORIES>\\n"-}}

{%-  for key in categories -%}
    {%-  if key not in excluded_category_keys -%}
        {{-key + ": " + categories[key] + "\\n" -}}
    {%-  endif -%}
{%-  endfor -%}

{{- "<END UNSAFE CONTENT CATEGORIES>\\n\\n"-}}
{{- "<BEGIN CONVERSATION>\\n\\n"-}}
{%-  for message in messages -%}
    {%-  if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...')-}}
    {%-  endif -%}
    {%-  set content = message['content'] -%}
    {%-  if message['role'] == 'user' -%}
        {%-  set role = 'User' -%}
    {%-  elif message['role'] == 'assistant' -%}
        {%-  set role = 'Agent' -%}
    {%-  endif -%}
    {%-  for content in message['content'] | selectattr('type', 'equalto', 'text') -%}
{{- role + ': ' + content['text'] | trim + '\\n\\n'-}}
    {%-  endfor -%}
{%-  endfor -%}
{{- "<END CONVERSATION>\\n\\n"-}}
{{- "Provide your safety assessment for ONLY THE LAST " + role + " message in the above conversation:\\n"-}}
{{- " - First line must read 'safe' or 'unsafe'.\\n"-}}
{{- " - If unsafe, a second line must include a comma-separated list of violated categories. <|eot_id|><|start_header_id|>assistant<|end_header_id|>"-}}
"""  # noqa: E501, W291

#: meta-llama/Llama-Guard-3-8B: all fourteen categories written out, content as a string.
LLAMA_GUARD_3_8B_CHAT_TEMPLATE = (
    "{% if messages|length % 2 == 0 %}{% set role = 'Agent' %}{% else %}{% set role = 'User' %}"
    '{% endif %}{{ " <|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n'
    "Task: Check if there is unsafe content in '\" + role + \"' messages in conversations "
    "according our safety policy with the below categories.\n\n"
    "<BEGIN UNSAFE CONTENT CATEGORIES>\n"
    + "".join(f"{code}: {name}\n" for code, name in HAZARDS.items())
    + '<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\n" }}'
    "{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% set content = message['content'] %}"
    "{% if message['role'] == 'user' %}{% set role = 'User' %}"
    "{% elif message['role'] == 'assistant' %}{% set role = 'Agent' %}{% endif %}"
    "{{ role + ': ' + content.strip() + '\n\n' }}{% endfor %}"
    '{{ "<END CONVERSATION>\n\nProvide your safety assessment for ONLY THE LAST " + role + '
    '" message in the above conversation:\n'
    " - First line must read 'safe' or 'unsafe'.\n"
    " - If unsafe, a second line must include a comma-separated list of violated categories."
    '<|eot_id|><|start_header_id|>assistant<|end_header_id|>" }}'
)

_CODE = re.compile(r"^S(?:[1-9]|1[0-4])$")


def parse_output(text: str) -> frozenset[str]:
    """The hazard codes in one generated answer; empty for ``safe``. Raises GuardError otherwise.

    Accepted: ``safe``; ``unsafe`` then a line of comma-separated codes S1-S14. Whitespace
    around lines and codes is tolerated (the model emits ``\\n\\n`` before its answer), and so is
    the case of the words; nothing else is: a missing or unknown code is not a verdict.
    """
    if not isinstance(text, str):
        raise GuardError(f"llama-guard output is {type(text).__name__}, not text")
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) == 1 and lines[0].lower() == "safe":
        return frozenset()
    if len(lines) == 2 and lines[0].lower() == "unsafe":
        codes = [code.strip().upper() for code in lines[1].split(",")]
        if codes and all(_CODE.match(code) for code in codes):
            return frozenset(codes)
    raise GuardError(f"llama-guard output is not a verdict: {text[:80]!r}")


def format_output(codes: Iterable[str]) -> str:
    """The canonical answer for a set of codes (``safe``, ``unsafe\\nS1,S10``), for the audit."""
    ordered = sorted(codes, key=lambda code: int(code[1:]))
    return "unsafe\n" + ",".join(ordered) if ordered else "safe"


def _uses_content_parts(chat_template: str) -> bool:
    # The 1B template reads message['content'] as typed parts; the 8B one calls content.strip().
    return "content['text']" in chat_template


class LlamaGuardClassifier:
    """Llama Guard loaded with transformers: texts in, hazard codes out (greedy, a few tokens).

    Thread-safe (one generate at a time per replica: the tokenizer's padding state is shared).
    """

    def __init__(self, model: Any, tokenizer: Any, *, max_new_tokens: int = 20) -> None:
        template = getattr(tokenizer, "chat_template", None)
        if not template:
            raise ValueError("the Llama Guard tokenizer has no chat template")
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.tokenizer.padding_side = "left"  # batched generation continues at the right edge
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.max_new_tokens = max_new_tokens
        self._parts = _uses_content_parts(template)
        self._lock = threading.Lock()
        self.load_seconds = 0.0

    @classmethod
    def from_pretrained(
        cls,
        source: str,
        *,
        revision: str | None = None,
        dtype: str = "float32",
        device: str = "cpu",
        max_new_tokens: int = 20,
    ) -> LlamaGuardClassifier:
        """Load weights, tokenizer and its chat template from a hub id or a local folder."""
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        started = time.perf_counter()
        tokenizer = AutoTokenizer.from_pretrained(source, revision=revision)
        # use_kernels=False: transformers would otherwise swap layers for kernels it downloads
        # from the Hub at load time (when `kernels` is installed): unpinned code in a guard.
        model = AutoModelForCausalLM.from_pretrained(
            source, revision=revision, dtype=getattr(torch, dtype), use_kernels=False
        ).to(device)
        classifier = cls(model, tokenizer, max_new_tokens=max_new_tokens)
        classifier.load_seconds = time.perf_counter() - started
        return classifier

    def messages(self, text: str) -> list[dict[str, Any]]:
        """One user turn in the shape the loaded template reads."""
        content: Any = [{"type": "text", "text": text}] if self._parts else text
        return [{"role": "user", "content": content}]

    def render(self, text: str) -> str:
        """The exact prompt the model reads for one text."""
        return self.tokenizer.apply_chat_template(self.messages(text), tokenize=False)

    def generate(self, texts: Sequence[str]) -> list[str]:
        """The model's raw answers, one per text (special tokens removed)."""
        import torch

        if not texts:
            return []
        prompts = [self.render(text) for text in texts]
        with self._lock:
            # The template writes <|begin_of_text|> itself: no second BOS.
            batch = self.tokenizer(
                prompts, return_tensors="pt", padding=True, add_special_tokens=False
            ).to(self.model.device)
            with torch.inference_mode():
                output = self.model.generate(
                    **batch,
                    max_new_tokens=self.max_new_tokens,
                    do_sample=False,
                    pad_token_id=self.tokenizer.pad_token_id,
                )
        answers = output[:, batch["input_ids"].shape[1] :]
        return self.tokenizer.batch_decode(answers, skip_special_tokens=True)

    def classify(self, texts: Sequence[str]) -> list[frozenset[str]]:
        """Hazard codes per text (empty: safe). Raises GuardError on any malformed answer."""
        return [parse_output(answer) for answer in self.generate(texts)]


Classify = Callable[[list[str]], Sequence[Iterable[str]]]


class LlamaGuardBackend:
    """GuardBackend over any Llama Guard classifier: in-process, or a Serve deployment's handle.

    ``classify`` maps texts to hazard codes; the codes are checked again here, so a remote
    classifier cannot slip an unknown answer past the parser.
    """

    def __init__(
        self,
        classify: Classify,
        *,
        name: str = LLAMA_GUARD,
        category_map: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.name = name
        self._classify = classify
        mapping = dict(HAZARD_TO_CATEGORIES)
        for code, categories in (category_map or {}).items():
            if code not in HAZARDS:
                raise ValueError(f"category_map: unknown hazard code {code!r}")
            unknown = sorted(set(categories) - set(CATEGORIES))
            if unknown:
                raise ValueError(f"category_map[{code!r}]: unknown categories {unknown}")
            mapping[code] = tuple(categories)
        self.category_map = mapping

    def _verdict(self, codes: Iterable[str], policy: ModerationPolicy) -> GuardVerdict:
        codes = frozenset(codes)
        bad = sorted(code for code in codes if not isinstance(code, str) or not _CODE.match(code))
        if bad:
            raise GuardError(f"{self.name}: unknown hazard codes {bad}")
        hit = {c for code in codes for c in self.category_map[code]}
        detected = {c: c in hit for c in CATEGORIES}
        scores = {c: 1.0 if c in hit else 0.0 for c in CATEGORIES}
        return detected_to_verdict(self.name, detected, scores, policy, format_output(codes))

    def check(self, texts: list[str], policy: ModerationPolicy) -> list[GuardVerdict]:
        if not texts:
            return []
        answers = list(self._classify(list(texts)))
        if len(answers) != len(texts):
            raise GuardError(f"{self.name}: {len(answers)} answers for {len(texts)} texts")
        return [self._verdict(codes, policy) for codes in answers]

    def check_prompt(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> GuardVerdict:
        return merge_verdicts(self.name, self.check(prompt_texts(prompt, negative_prompt), policy))
