"""Negative prompts: they name what to keep out of an image, so they are read differently.

A negative prompt of "nsfw, gore, extra limbs" makes the output safer: tag items made only of
safety or quality exclusions are dropped before the rest is moderated like any prompt. Phrases
stay ("a naked child" is still refused), and so do instructions or slurs hidden in a negative
prompt. The opposite trick,
excluding clothing or censorship to steer the model towards nudity, is itself a request for
sexual content and refuses as such.
"""

from __future__ import annotations

import re

from governance.moderation.normalize import fold

# Words whose exclusion only makes an image safer (or is about image quality).
_EXCLUSION_WORD = (
    r"(?:nsfw|nud(?:e|es|ity)|naked|nipples?|genitals?|genitalia|sexual(?:ly)?|sex|sexy|"
    r"porn\w*|explicit|erotic\w*|lewd|hentai|gore|gory|blood(?:y)?|violen(?:ce|t)|"
    r"mutilat\w*|dismember\w*|decapitat\w*|corpses?|deformed|disfigured|morbid|"
    r"extra (?:limbs|fingers|arms|legs|heads?)|bad anatomy|child(?:ren)?|kids?|minors?|"
    r"underage|teens?|weapons?|guns?|drugs?|suggestive|revealing|cleavage|"
    r"self[- ]?harm|suicide|hate symbols?|no|bad|ugly|worst|low|quality|lowres|blurry|"
    # the same exclusions in Spanish, French, German, Italian and Portuguese (after fold())
    r"desnud[oa]s?|desnudez|nue?s?|nudite|nackt\w*|nacktheit|nud[aeio]|nudita|pelad[oa]s?|"
    r"nudez|sangre|sang|blut|sangue|violencia|violenza|gewalt|gore|borroso|flou|unscharf|"
    r"sfocato|desfocado|mala calidad|mauvaise qualite|schlechte qualitat|bassa qualita|"
    r"baixa qualidade|ninos?|enfants?|kinder|bambini|criancas|armas?|armes?|waffen|drogas?|"
    r"drogues?|drogen|droghe)"
)
_EXCLUSION_ITEM = re.compile(rf"^(?:{_EXCLUSION_WORD}\s*)+$")
_ITEM_SPLIT = re.compile(r"[,;|\n]+")
_WEIGHTING = re.compile(r"[()\[\]{}]|:\s*[0-9.]+")

# Excluding these steers the model towards nudity.
_UNDRESSING_STEER = re.compile(
    r"\b(?:clothes|clothing|clothed|dressed|garments?|underwear|lingerie|bras?|panties|"
    r"bikinis?|swimsuits?|censored|censor(?:ship|ing)?|mosaic censor\w*|modest(?:y)?)\b",
    re.IGNORECASE,
)


def steers_to_nudity(negative_prompt: str) -> bool:
    return bool(_UNDRESSING_STEER.search(fold(negative_prompt)))


def strip_safety_exclusions(negative_prompt: str) -> str:
    """The negative prompt without its pure exclusion tags (may become empty)."""
    kept = []
    for item in _ITEM_SPLIT.split(fold(negative_prompt)):
        words = " ".join(_WEIGHTING.sub(" ", item).split())
        if words and not _EXCLUSION_ITEM.match(words):
            kept.append(item.strip())
    return ", ".join(kept)
