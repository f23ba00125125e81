"""Term lists: the exact, explainable layer of prompt moderation.

A hit scores 1.0 for its category. Words with innocent senses ("breast", "shooting",
"bomb", "crack") are matched only in context, and known innocent phrases ("chicken breast",
"killer whale", "bath bomb", "nude lipstick") are blanked out before matching. Patterns run
on every normalised view (see :mod:`governance.moderation.normalize`); the lists themselves
are in :mod:`governance.moderation.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from governance.moderation import lexicon as lx
from governance.moderation import lexicon_intl as intl
from governance.moderation import normalize

_HARMFUL_WITH_PERSON = {"sexual", "violence/graphic", "self-harm", "hate", "illicit"}
_LATIN_ONLY: frozenset[str] = frozenset()
_INTL_CATEGORIES = {
    "violence": "violence/graphic",
    "self_harm": "self-harm",
    "hate": "hate",
    "illicit": "illicit",
}

#: Words the censor-mark filler (":func:`normalize.uncensor`") may restore.
CENSOR_WORDS = frozenset(
    "porn nude nudes naked sex sexy fuck fucking cock dick pussy tits boobs cum rape gore "
    "nigger faggot kike slut whore bitch cunt penis vagina nsfw hentai suicide kill".split()
)


def mask_people(text: str) -> str:
    """Replace public figures' names with "someone", so the classifier judges the scene.

    Names carry no harm by themselves; left in, the classifier learns that a famous name is
    suspect, because most training prompts that name someone are harmful.
    """
    return lx.people().sub(lambda m: "someone's" if m.group(0).endswith("'s") else "someone", text)


@dataclass(frozen=True)
class TermMatch:
    """What the term lists found in one text."""

    scores: dict[str, float]  # categories hit, each 1.0
    real_person: bool  # names a public figure or a private person the requester knows
    minor: bool  # mentions a child
    suggestive: bool  # has sexual or sexualising words


def match(text_views: tuple[str, ...]) -> TermMatch:
    """Match every view; a hit in any view counts."""
    hits: set[str] = set()
    person_seen = minor_seen = suggestive_seen = False
    for view in text_views:
        v = intl.pattern("allow", _LATIN_ONLY).sub(" ~ ", lx.ALLOW.sub(" ~ ", view))
        sexual = bool(lx.SEXUAL.search(v))
        suggestive = sexual or bool(lx.SUGGESTIVE.search(v))
        intimate = suggestive or bool(lx.INTIMATE.search(v))
        minor = bool(lx.MINOR.search(v))
        public = bool(lx.people().search(v) or lx.TITLED.search(v))
        private = bool(lx.PRIVATE_PERSON.search(v))
        person = public or private
        person_seen |= person
        minor_seen |= minor
        suggestive_seen |= suggestive
        if sexual:
            hits.add("sexual")
        if lx.CSAM.search(v) or (suggestive and minor):
            hits.add("sexual/minors")
        if lx.VIOLENCE.search(v):
            hits.add("violence/graphic")
        if lx.SELF_HARM.search(v):
            hits.add("self-harm")
        # A swastika near Hindu, Buddhist or Jain context is a religious symbol.
        religious = bool(lx.SWASTIKA_OK.search(v))
        if any(not (m.group(0).startswith("swastika") and religious) for m in lx.HATE.finditer(v)):
            hits.add("hate")
        if lx.ILLICIT.search(v):
            hits.add("illicit")
        if lx.HARASSMENT.search(v):
            hits.add("harassment")
        defaming = bool(lx.DEFAMING.search(v))
        if public and (intimate or defaming or hits & _HARMFUL_WITH_PERSON):
            hits.add("deepfake/real-person")
        # Someone the requester knows: sexualised, it is a deepfake; mocked, harassment.
        if private and (suggestive or lx.FAKED.search(v)):
            hits.add("deepfake/real-person")
        if private and (defaming or hits & _HARMFUL_WITH_PERSON):
            hits.add("harassment")
    return TermMatch(dict.fromkeys(sorted(hits), 1.0), person_seen, minor_seen, suggestive_seen)


def match_intl(text: str) -> TermMatch:
    """The ten other languages' lists (:mod:`governance.moderation.lexicon_intl`) on one text."""
    folded = intl.fold_intl(text)
    sc = intl.scripts_in(folded)

    def has(concept: str) -> bool:
        return bool(intl.pattern(concept, sc).search(v))

    v = intl.pattern("allow", sc).sub(" ~ ", lx.ALLOW.sub(" ~ ", folded))
    hits: set[str] = set()
    sexual = has("sexual")
    suggestive = sexual or has("suggestive")
    minor = has("minor") or has("youth_body")
    public = bool(intl.people_pattern().search(v))
    private = has("private_person")
    if sexual:
        hits.add("sexual")
    if suggestive and minor:
        hits.add("sexual/minors")
    for concept, category in _INTL_CATEGORIES.items():
        if has(concept):
            hits.add(category)
    insult = has("insult")
    if (public or private) and insult:
        hits.add("harassment")
    if public and (suggestive or hits & _HARMFUL_WITH_PERSON):
        hits.add("deepfake/real-person")
    if private and suggestive:
        hits.add("deepfake/real-person")
    if private and hits & _HARMFUL_WITH_PERSON:
        hits.add("harassment")
    return TermMatch(dict.fromkeys(sorted(hits), 1.0), public or private, minor, suggestive)


@lru_cache(maxsize=256)
def match_text(text: str) -> TermMatch:
    """Every list on every view of ``text``: English (with evasions undone) and the others.

    Cached: the moderator and the floors both ask for the same prompt. Do not mutate."""
    english = match(normalize.views(text, CENSOR_WORDS))
    other = match_intl(text)
    return TermMatch(
        {**english.scores, **other.scores},
        english.real_person or other.real_person,
        english.minor or other.minor,
        english.suggestive or other.suggestive,
    )
