"""Negative prompts: they name what to keep out of an image, so they are read differently.

A negative prompt of "nsfw, gore, extra limbs" makes the output safer: tag items made only of
safety or quality exclusions are dropped before the rest is moderated like any prompt. Phrases
stay ("a naked child" is still refused), and so do instructions or slurs hidden in a negative
prompt. The opposite trick,
excluding clothing or censorship to steer the model towards nudity, is itself a request for
sexual content and refuses as such. A negative prompt made only of short tags ("blood, severe
injury, real corpse", `only_tags`) cannot ask for violence, self-harm or (since round 32) adult
sexual content, whatever words it uses: the moderator does not count those categories there
(Moderator.check_prompt); the minors floor still reads it as written.
"""

from __future__ import annotations

import re

from governance.moderation.lexicon_intl import fold_intl
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
    r"bikinis?|swimsuits?|swimwear|banadores?|maillots? de bain|badeanzug|costumi? da bagno|"
    r"lingerie|underwear|baja calidad|"
    # topless: left out, it keeps the top on (round 29)
    r"topless|toples|oben ohne|seins nus|seno nudo|"
    r"drogues?|drogen|droghe)"
)
_EXCLUSION_ITEM = re.compile(rf"^(?:{_EXCLUSION_WORD}\s*)+$")
# The same exclusions in Russian, Chinese, Japanese, Korean and Arabic, matched on fold_intl()
# text (fold() would turn Cyrillic into Latin lookalikes). CJK items have no spaces, so an item
# is "only exclusions" when it is a run of these words, with or without blanks between them.
_EXCLUSION_WORD_INTL = (
    r"(?:"
    # Russian
    r"ню|обнаж[её]нн\w*|нагот\w*|голы[йеx]|гол(?:ая|ое|ых)|секс\w*|порно\w*|эроти\w*|"
    r"кровь|кров(?:и|ью)|кровав\w*|насили\w*|жесток\w*|расчлен\w*|труп\w*|уродлив\w*|"
    r"деформ\w*|лишние (?:пальцы|конечности)|дет(?:и|ей|ский)|реб[её]н\w*|несовершеннолетн\w*|"
    r"подрост\w*|оружи\w*|наркотик\w*|суицид\w*|самоповрежд\w*|плохое|низкое|качество|"
    r"размыт\w*|нет|без|"
    # Chinese
    r"裸体|裸露|裸|色情|性感|暴露|血腥|血|暴力|残肢|尸体|畸形|多余的手指|多余手指|儿童|孩子|"
    r"未成年人?|武器|枪|毒品|自残|自杀|低质量|最差质量|模糊|丑陋|水印|文字|"
    # Japanese
    r"ヌード|全裸|裸|エロ|性的|成人向け|グロ|流血|血|暴力|死体|奇形|余分な指|子供|子ども|"
    r"水着|ビキニ|下着|低画質|泳衣|泳装|比基尼|低画质|수영복|비키니|저화질|купальник\w*|"
    r"ملابس (?:ال)?سباحة|بيكيني|"
    r"未成年|児童|武器|銃|薬物|自傷|自殺|低品質|最低品質|ぼやけ|ブレ|醜い|透かし|"
    # Korean
    r"누드|나체|노출|선정적|야한|성적|고어|피|유혈|폭력|시체|기형|여분의 손가락|어린이|아이|"
    r"미성년자?|무기|총|마약|자해|자살|저품질|최저 품질|흐림|흐릿한|못생긴|워터마크|"
    # Arabic
    r"عاري|عارية|عري|اباحي|اباحية|جنسي|جنسية|دم|دماء|عنف|جثث|جثة|مشوه|تشوه|اطفال|طفل|قاصر|"
    r"قاصرين|اسلحة|سلاح|مخدرات|ايذاء النفس|انتحار|جودة منخفضة|رديء|ضبابي|علامة مائية"
    r")"
)
_EXCLUSION_ITEM_INTL = re.compile(rf"^(?:{_EXCLUSION_WORD_INTL}\s*)+$")
_ITEM_SPLIT = re.compile(r"[,;|\n\u3001\uff0c\uff1b\u060c\u061b]+")
_WEIGHTING = re.compile(r"[()\[\]{}]|:\s*[0-9.]+")

# Excluding these steers the model towards nudity.
_UNDRESSING_STEER = re.compile(
    r"\b(?:clothes|clothing|clothed|dressed|garments?|underwear|lingerie|bras?|panties|"
    r"bikinis?|swimsuits?|censored|censor(?:ship|ing)?|mosaic censor\w*|modest(?:y)?)\b",
    re.IGNORECASE,
)
# Revealing garments: excluding them together with nudity ("nsfw, nude, bikini") asks for
# *more* covered people, not fewer clothes (a family at the beach "without swimsuits or
# nudity" is a request for t-shirts).
_REVEALING = re.compile(
    r"(?<![a-z])(?:underwear|lingerie|bras?|panties|bikinis?|swimsuits?|swimwear|"
    r"banadore?s?|ropa interior|sujetador|bragas|maillots? de bain|sous[\s-]vetements?|"
    r"soutien[\s-]gorge|culotte|badeanzug|bikini|unterwasche|costumi? da bagno|"
    r"biancheria(?: intima)?|reggiseno|mutande|roupa intima|calcinha|sutia|maio)(?![a-z])"
    r"|нижн\w* бель\w*|бель[её]|лифчик\w*|трус\w*|купальник\w*|"
    r"内衣|胸罩|内裤|泳衣|泳装|比基尼|下着|ブラ|パンツ|水着|ビキニ|속옷|브라|팬티|수영복|비키니|"
    r"حمالة صدر|ملابس (?:ال)?سباحة|بيكيني|ملابس داخلية"
)
_NUDITY_EXCLUDED = re.compile(
    r"(?<![a-z])(?:nsfw|nud(?:e|es|ity)|naked|desnud[oa]s?|desnudez|nue?s?|nudite|nackt\w*|"
    r"nud[aeio]|nudita|nudez|pelad[oa]s?)(?![a-z])"
    r"|ню|обнаж\w*|нагот\w*|голы[йех]|裸|ヌード|全裸|누드|나체|노출|عري|عاري|عارية"
)
# The same in the ten other languages, on fold_intl() text (accents folded, scripts kept).
_UNDRESSING_STEER_INTL = re.compile(
    r"(?<![a-z])(?:ropa(?: interior)?|vestid[oa]s?|vestimenta|sujetador|bragas|banador|"
    r"censura(?:do|da)?|vetements?|habille(?:e|s|es)?|sous[\s-]vetements?|soutien[\s-]gorge|"
    r"culotte|maillot de bain|censure|kleidung|angezogen|bekleidet|unterwasche|"
    r"badeanzug|zensur|zensiert|vestiti|vestit[oa]|abbigliamento|biancheria(?: intima)?|"
    r"reggiseno|mutande|costume da bagno|censurat[oa]|roupas?|roupa intima|calcinha|sutia|"
    r"censurad[oa])(?![a-z])"
    r"|одежд\w*|одет\w*|нижн\w* бель\w*|бель[её]|лифчик\w*|трус\w*|купальник\w*|"
    r"цензур\w*|"
    r"衣服|衣物|穿衣|着装|内衣|胸罩|内裤|泳衣|泳装|比基尼|马赛克|打码|审查|"
    r"服|着衣|下着|ブラ|パンツ|水着|ビキニ|モザイク|検閲|"
    r"옷|의상|속옷|브라|팬티|수영복|비키니|모자이크|검열|"
    r"ملابس|ثياب|لباس|حمالة صدر|ملابس السباحة|بيكيني|رقابة"
)


# Clothing excluded for being revealing ("revealing clothes", "ropa reveladora") asks for more
# cover, with or without nudity excluded beside it (round 27: "nsfw, revealing clothes" read as
# undressing; round 32: see-through clothes, "ملابس شفافة", in every language).
_MODEST = re.compile(
    r"(?<![a-z])(?:revealing|skimpy|provocative|suggestive|sexy|see[\s-]?through|sheer|"
    r"transparent|low[\s-]?cut|tight|short|skin[\s-]?tight) (?:clothes|clothing|outfits?|"
    r"dress(?:es)?|garments?|attire)(?![a-z])"
    r"|(?<![a-z])(?:ropa|vestimenta) (?:reveladora|provocativa|ajustada|corta|sexy|"
    r"transparente)|"
    r"vetements? (?:reveleurs?|decolletes?|provocants?|sexy|transparents?)|"
    r"(?:freizugige|aufreizende|knappe|durchsichtige) kleidung|"
    r"(?:abiti|vestiti|abbigliamento) (?:succinti|provocanti|scollati|sexy|trasparenti)|"
    r"roupas? (?:reveladoras?|provocantes?|curtas?|sexy|transparentes?)(?![a-z])|"
    r"(?:откровенн|прозрачн)\w* одежд\w*|露出度?の高い(?:服|衣装)|透け(?:た|る)?(?:服|衣装)|"
    r"(?:暴露|透明|透视)(?:的)?(?:衣服|服装)|"
    r"(?:노출(?:이|이 심한|이 많은)|비치는) (?:옷|의상)|ملابس (?:فاضحة|كاشفة|مكشوفة|شفافة)"
)


def steers_to_nudity(negative_prompt: str) -> bool:
    """The negative prompt excludes clothing or censorship. Revealing garments (swimwear,
    underwear, "revealing clothes") excluded do not count: that asks for more cover (swimwear
    and underwear only beside nudity: alone, excluding them can mean undressing)."""
    folded = _MODEST.sub(" ", fold(negative_prompt))
    folded_intl = _MODEST.sub(" ", fold_intl(negative_prompt))
    if _NUDITY_EXCLUDED.search(folded_intl) or _NUDITY_EXCLUDED.search(folded):
        folded = _REVEALING.sub(" ", folded)
        folded_intl = _REVEALING.sub(" ", folded_intl)
    return bool(_UNDRESSING_STEER.search(folded) or _UNDRESSING_STEER_INTL.search(folded_intl))


def _only_exclusions(item: str) -> bool:
    words = " ".join(_WEIGHTING.sub(" ", fold(item)).split())
    if not words or _EXCLUSION_ITEM.match(words):
        return True
    intl = " ".join(_WEIGHTING.sub(" ", fold_intl(item)).split())
    return not intl or bool(_EXCLUSION_ITEM_INTL.match(intl))


# Articles and determiners: an item that has one is a phrase ("a gory decapitation"), not a tag.
_DETERMINER = re.compile(
    r"(?<![a-z])(?:a|an|the|some|this|that|un|una|uno|el|la|los|las|le|les|des|du|une|ein|"
    r"eine|einen|einem|der|die|das|den|dem|il|lo|gli|um|uma|os|as)(?![a-z])"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
TAG_MAX_WORDS = 3
TAG_MAX_CJK_CHARS = 6


def _is_tag(item: str) -> bool:
    words = _WEIGHTING.sub(" ", fold_intl(item)).split()
    if not words:
        return True
    if _CJK.search(item):
        return len("".join(words)) <= TAG_MAX_CJK_CHARS
    return len(words) <= TAG_MAX_WORDS and not any(_DETERMINER.fullmatch(w) for w in words)


def only_tags(negative_prompt: str) -> bool:
    """Every item of the negative prompt is a short tag ("blood, severe injury, real corpse",
    "グロ, 内臓"), none a phrase or sentence ("a gory decapitation", "draw him hanging").
    Tags only name what to keep out; a phrase may carry a request of its own."""
    items = [item for item in _ITEM_SPLIT.split(negative_prompt) if item.strip()]
    return all(_is_tag(item) for item in items)


def strip_safety_exclusions(negative_prompt: str) -> str:
    """The negative prompt without its pure exclusion tags (may become empty). Kept items keep
    their own spelling, so the other languages' lists can still read them."""
    kept = [
        item.strip() for item in _ITEM_SPLIT.split(negative_prompt) if not _only_exclusions(item)
    ]
    return ", ".join(kept)
