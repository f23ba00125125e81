"""The floors: what every request is held to whatever its tenant's policy says.

1. Sexual content involving minors is refused. It is detected here from the prompt, the
   negative prompt and their combination, in English and the ten languages of
   :mod:`governance.moderation.lexicon_intl`: a minor named by a word, an age (number, grade,
   school year) or a youth-coded body, together with sexual evidence (term lists, the
   classifier's ``sexual`` score at its *default* threshold, or a negative prompt that excludes
   clothing); or a negative prompt that excludes adulthood ("adult, mature, grown woman") from
   a sexual image; or two or more youth-coded traits (:func:`youth_coded`: "petite, braces,
   pigtails", "앳된 얼굴, 양갈래 머리") with explicit sexual content (nudity or sex, not merely
   suggestive words), whatever age the text states; or the classifier's ``sexual/minors``
   score at its default threshold. The policy is not read at all, so no policy value can
   lower this floor.
2. When a prompt mentions a minor at all (or codes its subject as young), the output image's
   NSFW check runs with at least the default labels and threshold (:func:`nsfw_policy_for`),
   whatever the tenant's NSFW policy.

Policies cannot ask for less either (:mod:`governance.moderation.policy`): ``refuse`` always
contains :data:`FLOOR_CATEGORIES`, and their thresholds are clamped to the default (a tenants
file that tries is refused by :mod:`governance.tenants`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from governance.moderation import lexicon as lx
from governance.moderation import lexicon_intl as intl
from governance.moderation.categories import ALWAYS_REFUSED, DEFAULT_THRESHOLDS
from governance.moderation.negative import steers_to_nudity, strip_safety_exclusions
from governance.moderation.normalize import views
from governance.moderation.terms import CENSOR_WORDS, match_text

if TYPE_CHECKING:  # the NSFW module loads onnxruntime; moderation replicas need not
    from governance.nsfw import NsfwPolicy

#: Categories no policy can stop refusing or make less sensitive.
FLOOR_CATEGORIES: frozenset[str] = frozenset({ALWAYS_REFUSED})
#: The highest threshold a policy may set for a floor category.
FLOOR_THRESHOLDS: Mapping[str, float] = {c: DEFAULT_THRESHOLDS[c] for c in FLOOR_CATEGORIES}
#: Where a minor is named (or a negative prompt steers towards youth), the classifier's
#: ``sexual`` score counts as sexual evidence from this value instead of its default threshold
#: (0.5): the multilingual head scores sexualised children told without explicit words at
#: 0.33-0.37 ("she just got her first period... in the shower, lingering on her body"), while no
#: benign training or held-out prompt that names a minor scores above 0.22 (round 4).
MINOR_SEXUAL_EVIDENCE = 0.3

# The negative prompt's items are split like tags ("adult, mature, grown woman").
_ITEMS = re.compile(r"[,;|\n()\[\]{}]+")


@dataclass(frozen=True)
class FloorVerdict:
    """``sexual_minors``: the floor refuses; ``mentions_minor``: the NSFW floor applies."""

    sexual_minors: bool
    mentions_minor: bool
    reason: str | None = None


@dataclass(frozen=True)
class _Views:
    english: tuple[str, ...]  # evasions undone, innocent phrases blanked
    folded: str  # the multilingual fold
    scripts: frozenset[str]


def _views(text: str) -> _Views:
    english = tuple(lx.ALLOW.sub(" ~ ", v) for v in views(text, CENSOR_WORDS))
    folded = intl.fold_intl(text)
    return _Views(english, folded, intl.scripts_in(folded))


def _any(pattern: re.Pattern[str], texts: tuple[str, ...]) -> bool:
    return any(pattern.search(t) for t in texts)


def minor_cue(text: str, v: _Views | None = None) -> bool:
    """A child named by a word, an age, a grade or school year, or a youth-coded body."""
    v = v or _views(text)
    latin = frozenset()
    return (
        _any(lx.MINOR, v.english)
        or _any(intl.pattern("minor", latin), v.english)
        or _any(intl.pattern("youth_body", latin), v.english)
        or bool(intl.pattern("minor", v.scripts).search(v.folded))
        or bool(intl.pattern("youth_body", v.scripts).search(v.folded))
    )


def sexual_cue(text: str, v: _Views | None = None) -> bool:
    """Sexual or sexualising words, in any of the languages."""
    v = v or _views(text)
    return (
        _any(lx.SEXUAL, v.english)
        or _any(lx.SUGGESTIVE, v.english)
        or _any(lx.CSAM, v.english)
        or bool(intl.pattern("sexual", v.scripts).search(v.folded))
        or bool(intl.pattern("suggestive", v.scripts).search(v.folded))
    )


def states_adult(text: str) -> bool:
    """The text says its subject is an adult: an adult word ("adult woman", "milf",
    "взрослая", "成人") or an adult age ("a 25-year-old", "30 años", "(28)", "35歳")."""
    folded = intl.fold_intl(text)
    scripts = intl.scripts_in(folded)
    return bool(
        intl.pattern("adult_marker", scripts).search(folded)
        or intl.pattern("adult_age", scripts).search(folded)
    )


def youth_coded(text: str) -> bool:
    """Two or more distinct traits that code a body or outfit as young ("petite, flat chest,
    braces, pigtails, school uniform"): a stated adult age then earns the minors head no
    benefit (moderator.ADULT_STATED_MINORS), and with explicit sexual content the floor
    refuses (:func:`check`)."""
    folded = intl.fold_intl(text)
    found = intl.pattern("youth_trait", intl.scripts_in(folded)).finditer(folded)
    return len({m.group(0) for m in found}) >= 2


def youth_steering(negative_prompt: str) -> bool:
    """The negative prompt excludes adulthood: one adult marker, or two adult body traits."""
    folded = intl.fold_intl(negative_prompt)
    scripts = intl.scripts_in(folded)
    if intl.pattern("adult_marker", scripts).search(folded):
        return True
    items = [i for i in _ITEMS.split(folded) if i.strip()]
    return sum(bool(intl.pattern("adult_body", scripts).search(i)) for i in items) >= 2


def check(
    prompt: str, negative_prompt: str | None, scores: Mapping[str, float] | None = None
) -> FloorVerdict:
    """The floor verdict for a prompt and its negative prompt; ``scores`` are the moderator's
    category scores for them (max of both), read at the *default* thresholds. Chinese written
    in traditional characters is read in simplified ones too (the lists' script)."""
    verdict = _check(prompt, negative_prompt, scores)
    if verdict.sexual_minors:
        return verdict
    simple_prompt = intl.simplified(prompt)
    simple_negative = intl.simplified(negative_prompt) if negative_prompt else None
    if simple_prompt is None and simple_negative is None:
        return verdict
    other = _check(simple_prompt or prompt, simple_negative or negative_prompt, scores)
    if other.sexual_minors:
        return other
    return FloorVerdict(False, verdict.mentions_minor or other.mentions_minor)


def _check(
    prompt: str, negative_prompt: str | None, scores: Mapping[str, float] | None
) -> FloorVerdict:
    scores = scores or {}
    negative = negative_prompt or ""
    kept_negative = strip_safety_exclusions(negative) if negative else ""
    found = match_text(prompt)  # cached: the moderator has just computed it
    minor = found.minor
    steering = bool(negative) and youth_steering(negative)
    classifier_sexual = scores.get("sexual", 0.0) >= DEFAULT_THRESHOLDS["sexual"]
    undressing = bool(negative) and steers_to_nudity(negative)
    sexual = classifier_sexual or undressing or found.suggestive or ALWAYS_REFUSED in found.scores
    youth = youth_coded(prompt)
    mentions = minor or steering or youth
    # Explicit content, not merely suggestive words: what a youth-coded body needs to refuse.
    explicit = classifier_sexual or undressing or "sexual" in found.scores
    # Only ever more sexual evidence than above, and only where a minor is in play.
    sexual = sexual or (mentions and scores.get("sexual", 0.0) >= MINOR_SEXUAL_EVIDENCE)
    if scores.get(ALWAYS_REFUSED, 0.0) >= FLOOR_THRESHOLDS[ALWAYS_REFUSED]:
        return FloorVerdict(True, True, "classifier")
    if minor and sexual:
        return FloorVerdict(True, True, "minor and sexual content")
    if youth and (explicit or ALWAYS_REFUSED in found.scores):
        return FloorVerdict(True, True, "youth-coded body and explicit sexual content")
    if steering and sexual:
        return FloorVerdict(True, True, "negative prompt steers towards a child")
    # Phrases kept in the negative prompt are read as a prompt of their own.
    if kept_negative and minor_cue(kept_negative) and sexual_cue(kept_negative):
        return FloorVerdict(True, True, "minor and sexual content in the negative prompt")
    return FloorVerdict(False, mentions)


def nsfw_policy_for(policy: NsfwPolicy | None, mentions_minor: bool) -> NsfwPolicy | None:
    """The NSFW policy an image job runs under: the tenant's, made at least as strict as the
    default when the prompt mentions a minor (blocked labels added, threshold lowered)."""
    if not mentions_minor:
        return policy
    from governance.nsfw import NsfwPolicy

    default = NsfwPolicy()
    if policy is None:
        return default
    return NsfwPolicy(
        blocked_labels=policy.blocked_labels | default.blocked_labels,
        threshold=min(policy.threshold, default.threshold),
    )
