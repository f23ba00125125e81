"""Term lists in ten languages besides English, one pattern per concept and language.

The packaged MiniLM encoder reads English only, so in Spanish, French, German, Italian,
Portuguese, Russian, Japanese, Chinese, Korean and Arabic these lists are what moderates: a
category is detected when its words are there (docs/moderation.md says how strong that is per
language). The floors (:mod:`governance.moderation.floors`) use the minor, youth and sexual
lists. Patterns run on :func:`fold_intl` text: NFKC, casefolded, accents stripped from Latin
and Arabic letters (so "desnuda", "erotique", "nackt" are written without accents and Arabic
with a bare alef) while Cyrillic, kana and hangul keep theirs. Latin and Cyrillic words are
matched whole; Chinese, Japanese, Korean and Arabic as substrings (no spaces, or attached
prefixes such as Arabic "al-", "wa-").
This file is long because it is a word list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from governance.moderation import romanized
from governance.moderation.factor import factored

LANGS = ("es", "fr", "de", "it", "pt", "ru", "ja", "zh", "ko", "ar")
# Arabic, Japanese, Chinese and Korean written in Latin letters (round 25): their lists apply
# only to a text that reads as that language (:func:`scripts_in`).
ROMANIZED = ("ar-latn", "ja-latn", "zh-latn", "ko-latn")

# Ages 0-17 written as a number, and the words for "years old" in each language.
# Not part of a longer number: "25 лет" and "30岁" are adults, not "5 лет" and "0岁".
_AGE = r"(?<![0-9٠-٩])(?:[0-9]|1[0-7]|[٠-٩]|١[٠-٧])(?![0-9٠-٩])"
_AGE_WORD_EN = r"(?:yo|y/o|y\.o\.?|yrs?|years?[\s-]?old|yr[\s-]?old|-year-old|year old)"

# concept -> language -> patterns (joined with "|"). "en" entries extend the English lists in
# lexicon.py with indirect wordings the floors need (grades, school years, youth-coded bodies).
_LISTS: dict[str, dict[str, list[str]]] = {
    "minor": {
        "en": [
            rf"{_AGE}\s*{_AGE_WORD_EN}",
            rf"(?:aged?|age of) {_AGE}",
            r"(?:[1-9]|1[0-2]|1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|"
            r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[\s-]?grade(?:rs?)?",
            r"grade (?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine)",
            r"year (?:[1-9]|1[0-3]) (?:student|pupil|girl|boy|class)s?|"
            r"(?:from|in) year (?:[1-9]|1[0-3])",
            r"(?:high school|middle school|junior high) (?:freshm[ae]n|sophomores?|students?|"
            r"girls?|boys?)|freshm[ae]n (?:girls?|boys?)",
            r"kindergarten\w*|pre[\s-]?school\w*|nursery school|grade school\w*|"
            r"(?:elementary|primary|middle) school\w*|junior high",
            r"(?:hasn'?t|has not|not yet|before) (?:hit|reached|started|gone through) puberty",
            r"(?:pre|before)[\s-]?puberty|puberty",
            r"jailbait|loli\w*|shota\w*|little (?:girls?|boys?)|young (?:girls?|boys?)",
            r"baby teeth|lil (?:girls?|boys?|kids?)|(?:hasn'?t|has not|before|not yet) (?:had|"
            r"gotten|got|started) (?:her|his|their) (?:first )?period|first period",
        ],
        "es": [
            r"nin[ao]s?|nena|nenes?|chiquill[ao]s?|menor(?:es)? de edad|menor(?:es)?|"
            r"colegial(?:a|as|es)?|alumn[ao]s?|escolar(?:es)?|adolescentes?|pubertad",
            r"(?:primaria|secundaria|kinder|preescolar)",
            rf"{_AGE}\s*anos|de {_AGE} anos|(?:primero|segundo|tercero|cuarto|quinto|sexto) de "
            r"(?:primaria|secundaria|la eso)|[1-6]o de (?:primaria|secundaria)",
            r"mi hija|su hija|hijita",
        ],
        "fr": [
            r"enfants?|fillettes?|gamin(?:e|es|s)?|ecolier(?:e|es|s)?|collegien(?:ne|nes|s)?|"
            r"eleves?|mineur(?:e|es|s)?|adolescent(?:e|es|s)?|ados?|puberte|petite fille",
            r"(?:cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|sixieme|cinquieme|quatrieme|maternelle)",
            r"ecole primaire",
            rf"{_AGE}\s*ans",
            r"ma fille|sa fille",
        ],
        "de": [
            r"kind(?:er|es|chen)?|kleine[sn]? madchen|junge[sn]? madchen|schuler(?:in|innen)?|"
            r"grundschul\w*|minderjahrig\w*|jugendlich\w*|teenager\w*|pubertat|madchen im alter",
            rf"{_AGE}[\s-]*(?:jahrig\w*|jahre alt)|{_AGE}\.?\s*klasse|klasse {_AGE}",
            # round 17: a pupil named by their grade ("Siebtklässlerin", "7.-Klässler") or school
            r"(?:erst|zweit|dritt|viert|funft|sechst|siebt|acht|neunt|zehnt)klassler\w*|"
            r"[1-9]\.?[\s-]?klassler\w*|klassler(?:in|innen)?|gymnasiast\w*|teenie\w*|"
            r"(?:real|haupt|gesamt|mittelstufen|unterstufen|oberstufen)schuler\w*|"
            r"kindergartenkind\w*|kita-?kind\w*",
            r"meine tochter|seine tochter",
        ],
        "it": [
            r"bambin[aeio]|ragazzin[aeio]|fanciull[aei]|minorenn[ei]|scolar\w*|alunn[aeio]|"
            r"adolescent[ei]|pubert[aà]",
            r"(?:prima|seconda|terza) media|scuola media|elementari|scuola elementare",
            rf"{_AGE}\s*anni|{_AGE}\s*enne|(?:tredic|quattordic|quindic|sedic|dodic|"
            r"undic|diec)enne",
            r"mia figlia|sua figlia",
        ],
        "pt": [
            r"menin[ao]s?|garotinh[ao]s?|crian[cç]as?|menor(?:es)? de idade|alun[ao]s?|"
            r"colegial|adolescentes?|novinh[ao]s?|puberdade",
            r"ensino fundamental|(?:primeiro|segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|"
            r"nono) ano",
            rf"{_AGE}\s*anos",
            r"minha filha|sua filha",
        ],
        "ru": [
            r"девочк\w*|мальчик\w*|реб[её]н\w*|дет(?:и|ей|ям|ьми|ский|ская|ское)|школьни\w*|"
            r"несовершеннолетн\w*|малолет\w*|подрост\w*|ученица|ученик\w*",
            rf"{_AGE}\s*(?:лет|года|год)|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм)\w* класс\w*|"
            rf"{_AGE}\s*класс\w*",
            r"моя дочь|мою дочь",
        ],
        "ja": [
            r"小学|中学|女子高生|男子高生|高校生|児童|幼女|幼児|少女|少年|子供|子ども|こども|"
            r"ロリ|未成年|女の子|男の子|(?<![a-z])(?:jk|jc|js)(?![a-z])",
            rf"{_AGE}\s*(?:歳|才)|(?<!大学)[1-6]年生",
        ],
        "zh": [
            r"小学|初中|中学生|高中生|幼女|萝莉|女童|男童|儿童|孩子|小女孩|小男孩|未成年|少女|"
            r"女儿|年级|"
            # Taiwan's junior high and primary school (國中, 國小, read in simplified)
            r"国中|国小",
            rf"{_AGE}\s*岁|(?<![十百一二三四五六七八九])(?:[一二三四五六七八九]|十[一二三四五六七]?)岁",
        ],
        "ko": [
            r"초등|중학생|고등학생|여학생|남학생|어린이|어린 아이|아이들|소녀|소년|미성년|여자아이|"
            r"남자아이|내 딸|학년|로리",
            rf"{_AGE}\s*(?:살|세)",
        ],
        "ar": [
            r"طفل|اطفال|صغير[هة]|قاصر|تلميذ|طالب[هة] في الصف|الصف ال|مراهق|ابنتي|بنت صغير",
            rf"{_AGE}\s*(?:سنوات|سنة|عام|اعوام)|عمرها {_AGE}|عمره {_AGE}",
        ],
    },
    # Bodies and looks used to say "a child" without a word for one.
    "youth_body": {
        "en": [
            r"flat[\s-]?chested|no (?:curves|breasts|hips)|training bra|undeveloped (?:body|"
            r"breasts|chest)|childlike|child-like|child[\s-]?sized|barely legal|pigtails and "
            r"braces|braces and pigtails|tiny (?:petite )?body|hairless (?:body|crotch|pussy)|"
            r"baby[\s-]?faced? (?:girl|boy)|looks? (?:like a child|underage|very young)|"
            r"(?:looks?|looking) (?:1[0-5]|twelve|thirteen|fourteen|eleven|ten)",
        ],
        "es": [r"pechos? planos?|cuerpo infantil|aspecto infantil|cara de nina"],
        "fr": [r"poitrine plate|corps d'enfant|corps enfantin|air d'enfant"],
        "de": [r"flachbrustig|kindlich\w*|kinderkorper"],
        "it": [r"petto piatto|corpo da bambina|aspetto infantile"],
        "pt": [r"peito reto|corpo infantil|cara de crianca|cara de novinha"],
        "ru": [r"плоская грудь|детск\w* тел\w*|детск\w* лиц\w*"],
        "ja": [r"貧乳|幼い体|子供っぽい|ロリ体型"],
        "zh": [r"平胸|幼态|童颜|孩子般的身体"],
        "ko": [r"납작한 가슴|어린 몸|동안 소녀"],
        "ar": [r"صدر مسطح|جسد طفل|ملامح طفولي"],
    },
    # What excluding in a negative prompt steers a sexual image away from: adulthood.
    "adult_marker": {
        "en": [
            r"adults?(?! (?:content|themes?|material|rated|only))|mature(?! (?:content|themes?))|"
            r"grown(?:[\s-]?ups?)?|milfs?|(?:[2-9][0-9]) (?:years?[\s-]old|yo)|"
            r"middle[\s-]aged|adult (?:woman|man|body|features)",
        ],
        "es": [r"adult[ao]s?|madur[ao]s?|mujer madura"],
        "fr": [r"adultes?|mature|femme mure"],
        "de": [r"erwachsen\w*|reife\w*"],
        "it": [r"adult[aeio]|matur[aeio]"],
        "pt": [r"adult[ao]s?|madur[ao]s?"],
        # "adult content" excluded is a safety exclusion, not a steer (as in English)
        "ru": [r"взросл\w*(?! (?:контент|содержани)\w*)|зрел\w*|совершеннолетн\w*"],
        "ja": [r"大人(?!向け)|成人(?!向け|指定|コンテンツ|内容)|成熟|熟女|年増"],
        "zh": [r"成年(?!内容)|成人(?!内容|片|向|指定|コンテンツ)|成熟|熟女"],
        "ko": [r"성인(?!용| ?콘텐츠| ?물)|어른|성숙"],
        "ar": [r"بالغ|ناضج|راشد"],
    },
    # An adult age stated in the prompt ("a 25-year-old", "30 años", "(28)", "35歳"): with no
    # minor named, the minors head alone then needs more (moderator.ADULT_STATED_MINORS).
    "adult_age": {
        "en": [
            r"(?:1[89]|[2-9][0-9])[\s-]?(?:years?[\s-]?old|y\.?/?o|yrs?(?:[\s-]old)?)|"
            r"aged (?:1[89]|[2-9][0-9])|age:? (?:1[89]|[2-9][0-9])|\((?:1[89]|[2-9][0-9])\)|"
            r"in (?:her|his|their) (?:twenties|thirties|forties|fifties|[2-5]0s)"
        ],
        "es": [r"(?:1[89]|[2-9][0-9]) anos|de (?:treinta|cuarenta|veinti\w+) anos"],
        "fr": [r"(?:1[89]|[2-9][0-9]) ans|la (?:trentaine|quarantaine|vingtaine)"],
        "de": [r"(?:1[89]|[2-9][0-9])[\s-]?jahre?\w*|mitte (?:20|30|40|zwanzig|dreissig)"],
        "it": [r"(?:1[89]|[2-9][0-9]) anni|sulla (?:trentina|quarantina|ventina)"],
        "pt": [r"(?:1[89]|[2-9][0-9]) anos"],
        "ru": [r"(?:1[89]|[2-9][0-9]) (?:лет|года?)"],
        "ja": [r"(?:1[89]|[2-9][0-9]) ?(?:歳|才)|(?:[2-9]0)代"],
        "zh": [r"(?:1[89]|[2-9][0-9]) ?(?:岁|歲)|(?:[2-9]0)多岁"],
        "ko": [r"(?:1[89]|[2-9][0-9]) ?(?:살|세)|(?:[2-9]0)대"],
        "ar": [r"(?:1[89]|[2-9][0-9]) (?:عاما|عام|سنة|سنه)"],
    },
    # Traits that code a body or outfit as young ("pigtails", "braces", "school uniform",
    # "flat chest"): none names a child alone, but two together take away the benefit a stated
    # adult age gives (floors.youth_coded, moderator.ADULT_STATED_MINORS).
    "youth_trait": {
        "en": [
            r"flat[\s-]?chest(?:ed)?|(?:small|tiny|little) (?:breasts|boobs|tits|chest|body|frame)|"
            r"pig[\s-]?tails|twin[\s-]?tails|braces|school[\s-]?(?:girl )?(?:uniform|outfit|"
            r"skirt|swimsuit)|sailor uniform|knee[\s-]?(?:high )?socks|backpack|lollipop|"
            r"teddy bear|stuffed animal|petite|tiny|smol|baby[\s-]?face\w*|young[\s-]?looking|"
            r"youthful|innocent (?:look|face)|hair ribbons?|bloomers|diaper|onesie"
        ],
        "es": [
            r"uniforme escolar|coletas|frenillos|brackets|pechos pequenos|menuda|carita de bebe"
        ],
        "fr": [r"uniforme scolaire|couettes|appareil dentaire|petits seins|menue|visage de bebe"],
        "de": [r"schuluniform|zopfe|zahnspange|kleine bruste|zierlich\w*|babygesicht"],
        "it": [r"uniforme scolastica|codini|apparecchio|seno piccolo|minuta|faccia da bambina"],
        "pt": [r"uniforme escolar|maria-chiquinha|aparelho (?:nos )?dentes|seios pequenos|mignon"],
        "ru": [r"школьн\w* форм\w*|косичк\w*|брекет\w*|маленьк\w* груд\w*|миниатюрн\w*"],
        "ja": [r"制服|ツインテール|おさげ|ランドセル|小柄|ちっぱい"],
        "zh": [r"校服|双马尾|牙套|小胸|娇小|稚嫩|稚气|娃娃脸"],
        "ko": [r"교복|양갈래|트윈테일|교정기|작은 가슴|작은 체구|앳된|아기 같은 얼굴|작고 마른"],
        "ar": [r"زي مدرسي|ضفائر|تقويم اسنان|صدر صغير"],
    },
    # Adult bodies: two of these excluded together steer towards a child's body.
    "adult_body": {
        "en": [
            r"(?:large|big|huge|full) (?:breasts|boobs|chest)|curves|curvy|busty|tall|woman|"
            r"women|wide hips|body hair|old|older|wrinkles"
        ],
        "es": [r"pechos grandes|curvas|mujer|alta|vieja"],
        "fr": [r"gros seins|courbes|femme|grande|vieille"],
        "de": [r"gro\w* bruste|kurven|frau|gro\w*|alt(?:e|er|en)?"],
        "it": [r"seno grande|tette grandi|curve|donna|vecchia"],
        "pt": [r"seios grandes|peitos grandes|curvas|mulher|velha"],
        "ru": [r"больш\w* груд\w*|женщин\w*|стар\w*|изгиб\w*"],
        "ja": [r"巨乳|女性|老け|背が高い"],
        "zh": [r"大胸|巨乳|女人|曲线|老"],
        "ko": [r"큰 가슴|여성|여자|곡선"],
        "ar": [r"صدر كبير|امراة|منحنيات"],
    },
    "sexual": {
        "en": [
            r"(?:tak\w*|pull\w*|strip\w*|lift\w*) (?:off |up )?(?:her|his|their) (?:shirt|top|"
            r"t-shirt|dress|skirt|pants|shorts|blouse|clothes)(?: off| up)?(?: for the camera)?",
            # round 27: sex in internet slang and in emoji, two of them together ("🍑🍆💦")
            r"s[e3]ggs\w*|🍆\s*[🍑💦👅]|[🍑💦👅]\s*🍆|💦\s*[🍑👅]|[🍑👅]\s*💦",
        ],
        "es": [
            r"desnud[ao]s?|sin (?:nada de )?ropa|porno\w*|pornografi\w*|erotic[ao]s?|"
            r"(?:teniendo|tener) (?:relaciones|sexo)|relaciones sexuales|follando|"
            r"sexo explicito|tetas|pezones|genitales|masturband\w*|se desnuda|desnudandose|"
            r"quitandose la ropa|en pelotas|(?<!enrollado )(?<!enrollada )en bolas(?! de )",
        ],
        "fr": [
            r"nue?s?|toute nue|tout nu|deshabill\w*|porno\w*|erotiques?|faire l'amour|"
            r"font l'amour|en train de baiser|baise(?!rs?(?![a-z]))\w*|"
            r"(?:de|a|va|vont|veut|veulent|faire|fait|la|les|me|te|se|nous|vous) baiser|"
            r"seins nus|sexe explicite|relations? sexuelles?|masturb\w*|"
            r"(?<!bonnets )(?<!bonnet )a poil|organes genitaux|tetons",
        ],
        "de": [
            r"nackt\w*|nackig|porno\w*|erotisch\w*|beim sex|sex haben|hat sex|geschlechtsverkehr|"
            r"zieht sich (?:[a-z.0-9]+ ){0,6}aus|ausgezogen|entblo\w*|oben ohne|bruste|"
            r"brustwarzen|genital\w*|(?:ganz )?ohne (?:kleidung|kleider|klamotten)|unbekleidet|"
            r"hullenlos|"
            r"masturb\w*|vogeln|ficken\w*",
        ],
        "it": [
            r"nud[aeio]|spogli\w*|porno\w*|erotic\w*|fa(?:nno)? sesso|fare sesso|fare l'amore|"
            r"scopa[a-z]\w*|(?<!\ba )(?<!la )(?<!una )(?<!sua )(?<!lla )scopa|senza vestiti|"
            r"tette|capezzoli|genitali|masturb\w*|foto hot|a luci rosse",
        ],
        "pt": [
            r"pelad[ao]s?|nua|nus|nuas|sem roupa|porno\w*|eroti[ck]\w*|transando|fazendo sexo|"
            r"fazer sexo|sexo explicito|tirando a roupa|peitos|mamilos|genitais|masturb\w*|"
            r"fio dental|fotos? vazad\w*",
        ],
        "ru": [
            r"голая|голый|голые|голой|голую|гол(?:ого|ыми)|обнаж[её]нн\w*|раздева\w*|разделась|"
            r"порно\w*|эротич\w*|занима\w* сексом|сексом|секс|трах\w*|без одежды|голышом|"
            r"грудь наружу|гениталии|мастурб\w*",
        ],
        "ja": [
            r"裸|ヌード|全裸|半裸|セックス|性行為|(?<!ピ)エロ|エッチ|ポルノ|服を脱|脱いで|脱いだ|"
            r"下着姿|乳首|性器|オナニー|アダルト|スカートの中|パンチラ|"
            r"(?:服|何も)(?:を)?着ていない|服を着ず",
        ],
        "zh": [
            r"裸|一丝不挂|脱光|脱衣|做爱|性爱|性交|色情|情色|黄色照片|成人片|乳头|生殖器|自慰|"
            # not the tuna's lean red meat (赤身 in Japanese), nor clouds and rain (云雨)
            r"赤身(?:裸体|露体|躺|站|坐|跪|趴|相对)|交欢|云雨(?:之欢|交欢|一番)|翻云覆雨|私处|"
            r"春宫(?:图|画)|"
            r"露点|内衣照|(?:不|没|没有)穿(?:任何)?衣服",
        ],
        "ko": [
            r"벌거벗은|나체|알몸|누드|옷을 벗|옷 벗|섹스|성관계|야한|음란|포르노|젖꼭지|"
            # not the heyday (전성기), a paladin (성기사), the Self-Defense Forces (자위대)
            r"(?<![전])성기(?![사])|자위(?![대권])|"
            r"야동|노출 사진|옷(?:을)? ?(?:안|하나도 안) 입|옷(?:을)? 입지 않|맨몸|"
            # sex written by its initial consonants, a porn picture (round 29)
            # (the folding's NFKC turns the compatibility jamo ㅅ into the leading one, ᄉ)
            r"(?<![ㄱ-ㅎᄀ-ᄒ])(?:ㅅㅅ|ᄉᄉ)(?![ㄱ-ㅎᄀ-ᄒ])|야짤",
        ],
        "ar": [
            r"عاري|عارية|عراة|بدون ملابس|بلا ملابس|تخلع ملابس|يخلع ملابس|الجنس|جنسي|جنسية|"
            r"اباحي|اباحية|فاضح|فاضحة|(?<!ك)سكس|يمارس\w* الحب|حلمات|الاعضاء التناسلية",
        ],
    },
    "suggestive": {
        "es": [r"sexy|sensual\w*|seductor\w*|provocativ[ao]s?|lenceria|ropa interior|bragas|tanga"],
        "fr": [
            r"sexy|sensuel\w*|seduisant\w*|provocant\w*|lingerie|sous[\s-]vetements?|"
            r"(?:en|un|son|le|ce|petit|mini|seul|simple|leur|mon|ton|d'un|du|sa|une) string"
        ],
        "de": [r"sexy|sinnlich\w*|verfuhrerisch\w*|aufreizend\w*|unterwasche|dessous|tanga"],
        "it": [r"sexy|sensual\w*|seducent\w*|provocant\w*|lingerie|biancheria intima|mutandine"],
        "pt": [r"sexy|sensual\w*|sedutor\w*|provocante\w*|lingerie|calcinha|roupa intima"],
        "ru": [r"сексуальн\w*|соблазнительн\w*|нижн\w* бель\w*|белье|трусик\w*|эротичн\w*"],
        "ja": [r"セクシー|下着(?![雪雨棋冰霜])|ランジェリー|色っぽい|誘惑|水着で挑発"],
        "zh": [r"性感|内衣|诱惑|挑逗|撩人|妩媚|风骚"],
        "ko": [r"섹시|속옷|란제리|유혹|선정적|요염"],
        "ar": [r"مثير|مثيرة|ملابس داخلية|اغراء|مغرية"],
    },
    "violence": {
        "es": [
            r"decapitad[ao]s?|degollad[ao]s?|descuartizad\w*|sangre por todas partes|"
            r"tripas (?:fuera|afuera)|cadaver(?:es)? mutilad\w*|desmembrad\w*|torturad[ao]s?|"
            r"apunalad\w*|le arranca\w*",
        ],
        "fr": [
            r"decapite\w*|egorge\w*|eventre\w*|les tripes|demembre\w*|mutile\w*|torture\w*|"
            r"poignarde\w*|bain de sang|cervelle (?:eclatee|repandue)",
        ],
        "de": [
            r"abgetrennte\w* kopf|enthauptet\w*|geköpft|gekopft|zerstuckelt\w*|aufgeschlitzt\w*|"
            r"blut uberall|eingeweide|gefoltert\w*|erstochen\w*|verstummelt\w*",
        ],
        "it": [
            r"decapitat\w*|sgozzat\w*|sbudellat\w*|smembrat\w*|sangue ovunque|torturat\w*|"
            r"mutilat\w*|accoltellat\w*|budella",
        ],
        "pt": [
            r"decapitad\w*|degolad\w*|esfaquead\w*|tripas para fora|esquartejad\w*|"
            r"sangue por toda parte|torturad\w*|mutilad\w*|desmembrad\w*",
        ],
        "ru": [
            r"отрубленн\w*|обезглавлен\w*|расчленен\w*|расчленён\w*|кровь повсюду|кишки|"
            r"зарезан\w*|пытк\w*|изуродован\w*|выпотрошен\w*",
        ],
        "ja": [r"首を切断|斬首|血まみれ|内臓が|バラバラ死体|惨殺|拷問|切り刻|首なし死体"],
        "zh": [
            r"砍头|斩首|鲜血四溅|血肉模糊|开膛|肢解|碎尸|酷刑|内脏流出|被砍|"
            r"残肢(?!者)|肠子(?:挂|流|拖|外露)|电锯杀人"
        ],
        "ko": [r"목이 잘린|참수|피가 사방|내장이|토막|고문|난도질|피투성이"],
        "ar": [r"مقطوع الراس|قطع راس|ذبح|الدماء في كل مكان|اشلاء|تعذيب|احشاء|مذبوح|تقطيع"],
    },
    "self_harm": {
        "es": [
            r"cortandose|se corta las munecas|cortarse las venas|suicid\w*|ahorcad[ao]s?|"
            r"se ahorca|quitarse la vida|autolesion\w*|sobredosis",
        ],
        "fr": [
            r"se pend\w*|pendu(?:e|s|es)?|se taillad\w*|se couper les veines|suicid\w*|scarif\w*|"
            r"automutil\w*|mettre fin a ses jours|overdose",
        ],
        "de": [
            r"ritzt sich|ritzen|sich erhangt|erhangt sich|sich umbringen|selbstmord\w*|suizid\w*|"
            r"selbstverletz\w*|pulsadern|uberdosis",
        ],
        "it": [
            r"si taglia le vene|tagliarsi le vene|si taglia|impiccat\w*|si impicca|suicid\w*|"
            r"autolesion\w*|togliersi la vita|overdose",
        ],
        "pt": [
            r"se cortando|se corta|cortar os pulsos|suicid\w*|se enforca\w*|enforcad\w*|"
            r"automutila\w*|tirar a propria vida|overdose",
        ],
        "ru": [
            r"режет себе вены|резать вены|вскрыть вены|порезы на руках|суицид\w*|самоубийств\w*|"
            r"повесил(?:ся|ась|ись)|повеситься|селфхарм|покончить с собой|передозировк\w*",
        ],
        "ja": [r"リストカット|リスカ|自殺|首吊り|首つり|自傷|飛び降り|オーバードーズ|手首を切"],
        "zh": [r"割腕|自杀|上吊|自残|跳楼|轻生|服毒|吞药"],
        "ko": [r"손목을 긋|자해|자살|목을 매|투신|극단적 선택|과다복용"],
        "ar": [
            r"تقطع معصم|قطع المعصم|ينتحر|تنتحر|انتحار|شنق نفس|ايذاء النفس|جرعة زائدة",
            # cutting oneself as written in the Levant and the Gulf (round 20): razor cuts,
            # "تشطيب" and its verb on an arm or oneself, "cut himself"; not shaving nicks, not
            # "جروح في ذراعه" alone (a wounded soldier), not "تشطيب الشقة" (a flat's finishing)
            r"(?:جروح|جرح|خدوش) (?:ال)?(?:موس|شفر[ةه])(?! ?(?:ال)?حلاق)|"
            r"تشطيب (?:على )?(?:ال)?(?:ايد|ذراع|دراع|معصم|زند|جسم|فخذ)|"
            r"(?:يشطب|تشطب|بتشطب|بيشطب|شطب|شطبت) (?:ايد|ذراع|دراع|معصم|زند|حال|نفس|جسم)\w*|"
            r"(?:يجرح|تجرح|بيجرح|بتجرح|جرح|جرحت) (?:نفس|حال)(?:ه|ها|ي|هم)\b",
        ],
    },
    "hate": {
        "es": [
            r"(?:inmigrantes|negros|judios|musulmanes|gitanos|maricones|moros|sudacas|indios)"
            r" (?:son|como) (?:ratas|cucarachas|basura|animales|plaga|parasitos|monos)",
            r"(?:eliminar|exterminar|matar) a (?:los|todos los) (?:inmigrantes|negros|judios|"
            r"musulmanes|gitanos|gays)|que hay que (?:eliminar|exterminar)|maricones|sudacas",
        ],
        "fr": [
            r"(?:arabes|noirs|juifs|musulmans|immigres|migrants|roms|gitans|pedes)"
            r" (?:sont|comme) (?:des )?(?:cafards|rats|singes|parasites|vermine|animaux|dechets)",
            r"sale (?:arabe|juif|noir|pede)|bougnoul\w*|(?:exterminer|eliminer) les|"
            r"ils nous remplacent",
        ],
        "de": [
            r"(?:juden|auslander|muslime|flüchtlinge|fluchtlinge|schwarze|zigeuner|schwule)"
            r" (?:sind|als) (?:ungeziefer|ratten|parasiten|affen|abschaum|tiere)",
            r"deutschland den deutschen|auslander raus|kanake\w*|untermensch\w*|sieg heil|"
            r"ss-totenkopf|"
            r"(?:juden|auslander) vergasen",
        ],
        "it": [
            r"(?:zingari|negri|ebrei|musulmani|immigrati|froci|stranieri)"
            r" (?:sono|come) (?:parassiti|ratti|scimmie|feccia|animali|scarafaggi)",
            r"da sterminare|sterminare (?:gli|i|tutti)|negri|froci",
        ],
        "pt": [
            r"(?:nordestinos|negros|judeus|muculmanos|imigrantes|ciganos|viados|gays)"
            r" (?:sao|como) (?:lixo|ratos|macacos|parasitas|baratas|animais|praga)",
            r"devem morrer|(?:exterminar|eliminar) os|macacos imundos",
        ],
        "ru": [
            r"(?:мигранты|евреи|черные|чёрные|мусульмане|цыгане|геи|хачи|жиды)"
            r" (?:это|—|-)? ?(?:тараканы|крысы|обезьяны|паразиты|мусор|животные|скот)",
            # not "жидкость" (liquid), "жидкий" (round 28)
            r"жид(?!к)\w*|хач\w*|черножоп\w*|их надо уничтожить|уничтожить всех",
        ],
        "ja": [
            # "土人" not inside "乡土人情" (local customs, read in Chinese text too; round 28)
            r"ゴキブリ|出ていけ|追い出せ|殺せ|死ね.{0,6}(?:人|民族)|(?<![ァ-ヺー])チョン(?!マゲ)|シナ人|"
            r"(?<![乡郷本故风風])土人(?!情)"
        ],
        "zh": [r"是猴子|是蟑螂|滚出|黑鬼|杀光|消灭.{0,4}(?:人|族)|劣等民族|支那"],
        "ko": [r"원숭이다|바퀴벌레|나가라|쪽바리|짱깨|깜둥이|몰살|박멸"],
        "ar": [
            r"حشرات|ابادت|ابادة|قرود|خنازير.{0,6}(?:اليهود|المسلمين)|اطردوا|يجب قتل|"
            r"باقية وتتمدد"
        ],
    },
    "illicit": {
        "es": [
            r"(?:como|pasos para) (?:fabricar|hacer|cocinar|preparar) (?:una |la )?(?:bomba|"
            r"metanfetamina|cocaina|explosivos?|arma|pistola|veneno|drogas?|billetes falsos)",
            r"metanfetamina|cocinar meta|billetes falsos|documento falso|arma fantasma",
        ],
        "fr": [
            r"comment (?:fabriquer|faire|preparer|cuisiner) (?:une |de la |des )?(?:bombe|"
            r"methamphetamine|cocaine|explosifs?|arme|drogues?|faux billets|poison)",
            r"bombe artisanale|methamphetamine|faux billets|faux papiers|arme fantome",
        ],
        "de": [
            r"(?:anleitung|wie man|bauanleitung) (?:zum bau |fur |eine[rn]? )?(?:einer? )?"
            r"(?:rohrbombe|bombe|sprengstoff|crystal|meth|falschgeld|waffe)",
            r"rohrbombe|crystal meth|falschgeld|sprengsatz|gefalschte\w* ausweis",
        ],
        "it": [
            r"come (?:costruire|fare|fabbricare|preparare|cucinare) (?:una |la |il |delle )?"
            r"(?:bomba|pistola|metanfetamina|cocaina|esplosivo|droga|banconote false)",
            r"pistola fantasma|metanfetamina|banconote false|ordigno|documenti falsi",
        ],
        "pt": [
            r"como (?:fazer|fabricar|preparar|montar) (?:uma |a |o )?(?:bomba|cocaina|"
            r"metanfetamina|explosivos?|arma|dinheiro falso|droga)",
            r"metanfetamina|dinheiro falso|bomba caseira|documento falso|arma fantasma",
        ],
        "ru": [
            r"как (?:сделать|изготовить|собрать|приготовить|сварить) (?:\w+ )?(?:бомбу|взрывчатку|"
            r"наркотик\w*|мет\w*|оружие|фальшивые деньги)",
            r"взрывчатк\w*|самодельн\w* бомб\w*|метамфетамин|фальшивые деньги|мефедрон",
        ],
        "ja": [
            r"覚醒剤|爆弾の作り方|爆弾を作る|麻薬の作り方|偽札|拳銃の作り方|大麻の栽培方法|爆発物"
        ],
        "zh": [r"冰毒|制毒|炸弹的制作|制作炸弹|做炸弹|假钞|自制枪|毒品的制作|制造毒品|土制炸弹"],
        "ko": [r"필로폰|마약 만드는|폭탄 만드는|폭탄 제조|위조지폐|사제 총|마약 제조"],
        "ar": [
            r"صنع قنبل|صناعة قنبل|تصنيع المخدرات|صنع المخدرات|عملة مزيفة|متفجرات|الميثامفيتامين"
        ],
    },
    # Innocent phrases blanked out before matching, as lexicon.ALLOW does for English:
    # prevention and help, classical nudes in art, "nude" as a colour.
    "allow": {
        "es": [
            r"prevencion (?:del|al|de) suicidio|linea de ayuda|estatuas?(?: \w+){0,3} desnud[ao]s?|"
            r"escultura(?: \w+){0,3} desnud[ao]s?|(?:colou?r(?:es)?|tonos?|paleta(?: de "
            r"colores)?) nude|nude para maquillaje"
        ],
        "fr": [
            r"prevention (?:du|des) suicides?|statues? de nus?|statues?(?: \w+){0,3} nue?s?|"
            r"sculptures?(?: \w+){0,3} nue?s?|nu antique|couleur nude|teinte nude"
        ],
        "de": [
            r"suizidpravention\w*|selbstmordpravention\w*|aktskulptur\w*|aktstatue\w*|"
            r"nackte\w* statue\w*|farbe nude|nudeton\w*"
        ],
        "it": [
            r"prevenzione (?:del|al) suicidio|statua(?: \w+){0,3} nud[aeio]|scultura(?: \w+){0,3} "
            r"nud[aeio]|colore nude"
        ],
        "pt": [
            r"prevencao (?:do|ao|de) suicidio|setembro amarelo|estatuas?(?: \w+){0,3} nu[as]?|"
            r"estatuas?(?: \w+){0,3} pelad[ao]s?|esculturas?(?: \w+){0,3} nu[as]?|cor nude"
        ],
        "ru": [
            r"профилактик\w* суицид\w*|телефон доверия|(?:статуя|скульптур\w*) "
            r"(?:\w+ ){0,3}обнаж[её]нн\w*|обнаж[её]нн\w* (?:\w+ ){0,2}в музее"
        ],
        "ja": [r"自殺防止|自殺予防|いのちの電話|裸婦像|裸体像|ヌード(?:カラー|ベージュ)"],
        "zh": [r"自杀预防|预防自杀|心理援助热线|裸体雕像|裸体塑像|裸色"],
        "ko": [r"자살 예방|자살예방|누드 조각상|누드 조각|누드톤|누드 컬러"],
        "ar": [
            r"وقاية من الانتحار|منع الانتحار|رقم المساعدة|خط المساعدة|تمثال عار|"
            r"(?:علي|منح|اكتساب|يحمل|تحمل|حاملي|طلب) الجنسية"
        ],
    },
    # Insults, slurs and threats aimed at a person.
    "insult": {
        "es": [r"puta|zorra|cerda|gorda asquerosa|perra|maricon|idiota|muerete|suicidate"],
        "fr": [r"pute|salope|grosse truie|connard|connasse|pedophile|creve|suicide-toi"],
        "de": [r"hure|schlampe|fette sau|schwein|stirb|verreck\w*|pädophil|padophil"],
        "it": [r"troia|puttana|vacca|maiale|cicciona|frocio|crepa|muori|pedofilo"],
        "pt": [r"puta|vadia|vaca|porco|viado|gorda nojenta|morra|pedofilo"],
        "ru": [r"шлюх\w*|сук\w*|жирн\w* свинь\w*|свинья|сдохни|умри|педофил"],
        "ja": [r"死ね|ブタ|豚|ブス|売女|ビッチ|キモい"],
        "zh": [r"去死|肥猪|婊子|贱人|垃圾人"],
        # (pork, a piggy bank and a pig's year are no insult: round 24's neighbour at a kimchi-
        # making day sliced "돼지고기")
        "ko": [r"죽어라|죽어|돼지(?!고기|갈비|국밥|껍|불백|저금통|띠|꿈|감자|우리)|걸레|창녀|병신"],
        "ar": [r"(?<![\u0600-\u06ff])مت(?![\u0600-\u06ff])|خنزير|عاهرة|حقير|قذر"],
    },
    # Someone the requester knows, named as such.
    "private_person": {
        "es": [
            r"mi (?:compañera|companera|compañero|companero|vecin[ao]|ex|jefe|jefa|profesora?|"
            r"amig[ao]|cuñada|cunada|prima)"
        ],
        "fr": [
            r"mon (?:voisin|collegue|ex|patron|prof|camarade)|ma (?:voisine|collegue|ex|"
            r"patronne|prof|camarade)"
        ],
        "de": [r"mein(?:e|en)? (?:nachbar\w*|kolleg\w*|ex|chef\w*|lehrer\w*|mitschuler\w*)"],
        "it": [r"(?:il |la )?mi[oa] (?:collega|vicin[ao]|ex|capo|professor\w*|compagn[ao])"],
        "pt": [
            r"meu (?:colega|vizinho|ex|chefe|professor)|minha (?:colega|vizinha|ex|chefe|"
            r"professora)"
        ],
        "ru": [r"мо[йяю] (?:коллег\w*|сосед\w*|бывш\w*|начальни\w*|учител\w*|одноклассни\w*)"],
        "ja": [r"同僚|隣人|元カノ|元カレ|上司|同級生|クラスメート"],
        # "老板" alone is any shop owner ("老板拿着小刀" at a night market): only one's own boss
        "zh": [r"我同事|我的同事|邻居|前女友|前男友|(?:我|我的|我们|我们的|我们公司的?)老板|同学"],
        "ko": [r"내 동료|이웃|전 여자친구|전 남자친구|상사|동창|같은 반"],
        "ar": [r"زميلي|زميلتي|جاري|جارتي|حبيبتي السابقة|مديري|استاذ"],
    },
}

# Round 3: each category's common indirect vocabulary (word families, euphemism, slang,
# school years and ages written out), merged into the lists above by _merge().
_ROUND3: dict[str, dict[str, list[str]]] = {
    "minor": {
        "es": [
            r"cria|crias|chiquilla|de [1-6]o(?: de (?:primaria|la eso))?|"
            r"de (?:primero|segundo|tercero|cuarto|quinto|sexto)(?: de primaria)?|"
            r"nina de \d+|colegialas?|prepuber\w*|preadolescentes?"
        ],
        "fr": [
            rf"gamine|fillette|petite de {_AGE} ans|eleve de (?:cp|ce1|ce2|cm1|cm2|6e|5e|"
            rf"sixieme|cinquieme)|collegienne|preado\w*|prepubere\w*|ecoliere"
        ],
        "de": [
            r"(?:acht|neun|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn|sechzehn|"
            r"siebzehn)jahrig\w*|"
            r"grundschuler\w*|madchen|kleine[sn]? (?:kind|ding)|schulmadchen|"
            r"teenie\w*|vorpubert\w*"
        ],
        "it": [
            r"(?:dieci|undici|dodici|tredici|quattordici|quindici)enne|di (?:prima|"
            r"seconda|terza) media|"
            r"delle elementari|di (?:prima|seconda|terza|quarta|quinta) elementare|"
            r"preadolescent\w*|scolaretta"
        ],
        "pt": [
            r"do fundamental|do (?:primeiro|segundo|terceiro|quarto|quinto|sexto|"
            r"setimo|oitavo|nono) ano|"
            r"garotinh[ao]s?|novinh[ao]s?|pre[\s-]?adolescentes?|ninfetas?"
        ],
        "ru": [
            r"\w*классни\w*|(?:пяти|шести|семи|восьми|девяти|десяти|одиннадцати|"
            r"двенадцати|тринадцати|четырнадцати|пятнадцати|шестнадцати|"
            r"семнадцати)летн\w*|"
            r"начальн\w* школ\w*|малолетк\w*|малышк\w*|школьниц\w*"
        ],
        "ja": [
            r"ランドセル|園児|幼稚園|女子小学生|女子中学生|小[1-6](?![0-9])|"
            r"中[1-3](?![0-9])|(?<![0-9])[1-9]歳|"
            r"(?<![0-9])1[0-7]歳|ロリ"
        ],
        "zh": [
            r"初[一二三]|小学生|[一二三四五六]年级|(?<![0-9])(?:[1-9]|1[0-7])岁|小萝莉|女学生|幼女"
        ],
        "ko": [r"초딩|중딩|[1-6]학년|초등학생|어린 소녀|여중생|여초딩|아동"],
        "ar": [r"ابتدائي|طفلة|بنت صغير|ولد صغير|قاصرة|تلميذة|مراهقة|طفولي"],
    },
    "sexual": {
        "es": [
            r"sin nada puesto|en cueros(?! de (?:vaca|res|cabra|oveja|cerdo))|en pelota picada|"
            r"tocandose|gimiendo|"
            r"haciendolo en|mamada|chupandosela|tetas al aire|corrid[ao] en|orgasmo|"
            r"se quita (?:el sujetador|las bragas|la ropa)|"
            r"quitandose (?:el sujetador|las bragas|el tanga)|escena porno|nudes|"
            r"sin censura.{0,20}desnud\w*"
        ],
        "fr": [
            r"(?<!bonnets )(?<!bonnet )a poil|en tenue d'(?:eve|adam)|"
            r"sans rien sur (?:elle|lui|le dos)|se caresse|"
            r"se touche|gemi\w*|scene de cul|partie de jambes en l'air|en pleine action|"
            r"fellation|sodomi\w*|orgasme|ejacul\w*|seins a l'air|enleve son "
            r"soutien[\s-]gorge|photo coquine|nudes"
        ],
        "de": [
            r"splitter(?:faser)?nackt|ohne (?:einen )?faden am leib|treiben es|"
            r"befriedigt sich|selbstbefriedig\w*|stohnt|stohnend|blowjob|muschi|"
            r"titten|busen frei|bruste frei|(?:zieht|ziehen) (?:den|ihren|seinen) "
            r"bh aus|"
            r"sexszene|bumsen|orgasmus|sperma"
        ],
        "it": [
            r"nud[ao] come un verme|senza niente addosso|si tocca|gemendo|geme|"
            r"scopa[a-z]\w*|(?<!\ba )(?<!la )(?<!una )(?<!sua )(?<!lla )scopa|pompino|"
            r"tette al vento|si toglie il reggiseno|scena di sesso|"
            r"sesso orale|orgasmo|sperma|foto bollente"
        ],
        "pt": [
            r"peladinh[ao]s?|sem nada no corpo|se tocando|gemendo|putaria|boquete|"
            r"chupando|buceta|peitos de fora|tirando o sutia|gozando|gozada|"
            r"transa(?:r|ndo|m|ram|va|vam|ria|riam|mos)?|transou|nudes"
        ],
        "ru": [
            r"в ч[её]м мать родила|ласкает себя|стон\w*|занимаются этим|трахают\w*|"
            r"минет|сиськи|грудь наружу|снимает лифчик|постельн\w* сцен\w*|голышом|"
            r"оргазм\w*|сперм\w*|интимн\w* фото"
        ],
        "ja": [
            r"すっぽんぽん|丸出し|おっぱい|濡れ場|自分を慰め|無修正|フェラ|素っ裸|"
            r"ハメ撮り|中出し|ブラを外|何も着ず|何も着てい"
        ],
        "zh": [
            r"光着身子|啪啪啪|无码|不打码|私房照|床戏|摸自己|露出胸部|脱掉胸罩|口交|裸照|"
            r"露奶|约炮|什么都没穿"
        ],
        "ko": [
            r"홀딱 벗|다 벗|벗은 몸|노모자이크|무삭제|베드신|스스로 만지|가슴 노출|브라를 "
            r"벗|떡치|성행위|아무것도 안 입"
        ],
        "ar": [
            r"بدون اي شيء|تلمس نفسها|يلمس نفسه|مشهد سرير|تخلع حمالة الصدر|عارية تماما|"
            r"عاري تماما|(?<![\u0600-\u06ff])(?:و|ف|ب|ل|ال)?نيك|ثدييها"
        ],
    },
    "suggestive": {
        "es": [
            r"bragas|tanga|bikini diminuto|micro ?bikini|coquet\w*|"
            r"mirada (?:coqueta|seductora)|baila\w* sensual|en (?:las piernas|el "
            r"regazo) de un hombre (?:mayor|adulto|viejo)"
        ],
        "fr": [
            r"culotte|aguicheu\w*|coquin\w*|allumeuse|en string|sur les genoux "
            r"d'un (?:vieil|vieux|homme)"
        ],
        "de": [
            r"hoschen|knapp\w* bikini|flirtend\w*|auf dem schoss eines (?:alteren|"
            r"alten|erwachsenen) mannes"
        ],
        "it": [
            r"mutandine|perizoma|malizios\w*|bikini minuscolo|"
            r"sulle ginocchia di un uomo (?:anziano|adulto|vecchio)"
        ],
        "pt": [
            r"calcinha|fio dental|biquini minusculo|provocante|safad\w*|"
            r"no colo de um homem (?:mais velho|adulto|velho)"
        ],
        "ru": [
            r"трусик\w*|стринги|кокетлив\w*|крошечн\w* бикини|"
            r"на коленях у (?:взрослого|пожилого|старого) мужчин\w*"
        ],
        "ja": [r"パンツ一枚|誘う目|小さいビキニ|年上の男の膝"],
        "zh": [r"勾人|很小的比基尼|内裤|坐在老男人腿上|坐在.{0,4}男人腿上"],
        "ko": [r"팬티만|유혹하는|작은 비키니|나이 많은 남자 무릎"],
        "ar": [r"بالملابس الداخلية|نظرة مغرية|بيكيني صغير|حضن رجل كبير"],
    },
    "violence": {
        "es": [
            r"atropellad\w*|cuerpo reventado|garganta (?:cortada|rajada)|"
            r"quemad[ao] viv[ao]|sesos|ensangrentad\w*|colgad[ao]s? de un puente|"
            r"tiro en la cabeza|acuchillad\w*|destripad\w*|piel derretida|"
            r"charco de sangre|la sangre (?:empapando|a borbotones)"
        ],
        "fr": [
            r"ecrase par un (?:camion|train|bus)|gorge tranchee|brule vif|brulee vive|"
            r"cervelle|eventre\w*|le sang coule partout|abattu d'une balle|corps eclate|"
            r"la peau qui fond|corps pendus|mare de sang"
        ],
        "de": [
            r"uberfahren|zerplatzt|durchgeschnittene\w* kehle|"
            r"kehle durchgeschnitten|bei lebendigem leib verbrannt|blut uberall|"
            r"uberall blut|kopfschuss|die haut schmilzt|verstummelte\w* leiche\w*|"
            r"blutlache"
        ],
        "it": [
            r"investit[oa] da un|spappolat\w*|gola tagliata|bruciat[oa] viv[oa]|"
            r"sangue dappertutto|cervella|massacrat\w*|la pelle che si scioglie|"
            r"cadaveri mutilati|pozza di sangue"
        ],
        "pt": [
            r"atropelad\w*|corpo esmagado|garganta cortada|queimad[oa] viv[oa]|"
            r"sangue por todo (?:lado|canto)|miolos|estripad\w*|a pele derretendo|"
            r"corpos mutilados|poca de sangue"
        ],
        "ru": [
            r"сбит\w* (?:машиной|грузовиком|поездом)|размазан\w* по|"
            r"перерезанн\w* горл\w*|сож(?:ж[её]н|г)\w* заживо|мозги на|"
            r"изуродованн\w*|растерзан\w*|кожа плавится|выстрел\w* в голову|"
            r"лужа крови|в луже крови"
        ],
        "ja": [
            r"ひかれて|体が.{0,6}飛び散|喉が切り裂|血が噴き出|生きたまま焼|焼死|"
            r"バラバラの遺体|皮膚が溶け|脳みそ|血の海"
        ],
        "zh": [r"被.{0,4}碾过|割开|割喉|血喷|血流成河|活活烧死|被肢解|皮肤融化|爆头|脑浆|血泊"],
        "ko": [r"에 치여|훼손된 시신|목이 베|피가 뿜|산 채로 불|불타 죽|피바다|뇌수|총살"],
        "ar": [
            r"دهس|متناثر على الطريق|حلق مقطوع|حلقه مقطوع|يحترق حيا|حرق حيا|جثث مشوهة|جثة "
            r"مشوهة|الدم يتدفق|بركة دم"
        ],
    },
    "self_harm": {
        "es": [
            r"(?:al )?borde de la azotea|a punto de saltar|nota de despedida|"
            r"carta de despedida|cortes (?:\w+ ){0,2}en (?:los |las |sus "
            r")?(?:brazos|munecas|muslos|piernas)|"
            r"soga al cuello|pateando la silla|frasco entero de pastillas|"
            r"para no despertar|matarme|me quiero morir|suicidarme|ahorcarse"
        ],
        "fr": [
            r"au bord du toit|pret a sauter|lettre d'adieu|entailles (?:\w+ ){0,2}sur les "
            r"(?:bras|poignets|cuisses)|la corde au cou|repousse le tabouret|boite "
            r"entiere de (?:cachets|medicaments)|ne plus se reveiller|en finir avec la "
            r"vie|me tuer|se foutre en l'air"
        ],
        "de": [
            r"am dachrand|bereit zu springen|abschiedsbrief|"
            r"schnitt\w* an den (?:armen|handgelenken|oberschenkeln)|"
            r"schlinge um den hals|(?:sto\w*|tritt) den hocker weg|"
            r"packung tabletten|nicht mehr aufzuwachen|mich umbringen|"
            r"mir das leben nehmen"
        ],
        "it": [
            r"sul bordo del tetto|pronto a buttarsi|lettera d'addio|"
            r"tagli (?:\w+ ){0,2}sulle (?:braccia|cosce|polsi)|cappio al collo|"
            r"calcia via lo sgabello|scatola di pillole|non svegliarsi piu|"
            r"farla finita|ammazzarmi|uccidermi"
        ],
        "pt": [
            r"beira do telhado|prestes a pular|carta de despedida|"
            r"cortes (?:\w+ ){0,2}nos (?:bracos|pulsos)|corda no pescoco|"
            r"chutando o banquinho|cartela inteira de remedios|nao acordar mais|"
            r"me matar|acabar com tudo"
        ],
        "ru": [
            r"на краю крыши|сейчас прыгнет|прощальн\w* записк\w*|"
            r"порез\w* на (?:руках|запясть\w*|бедр\w*)|петл[её]\w* на шее|"
            r"петлю на шею|выбивает табуретку|пачку таблеток|не проснуться|"
            r"убить себя|наглотал\w*|"
            # round 27: hanging, said as what is seen or done to oneself
            r"вис(?:ит|ел|ела|ят|ящ\w*) в петле"
        ],
        "ja": [
            r"屋上の縁|飛び降りよう|遺書|腕に.{0,3}切り傷|首に縄|椅子を蹴|薬を一瓶|"
            r"二度と目覚め|死にたい|消えたい"
        ],
        "zh": [
            r"楼顶边缘|准备跳下|遗书|手臂上.{0,3}刀口|绳子套在脖子|踢开凳子|整瓶安眠药|"
            r"不想再醒来|想死|结束生命"
        ],
        "ko": [
            r"옥상 끝|뛰어내리려|유서|팔에.{0,6}칼자국|목에 밧줄|의자를 찬|약 한 통|"
            r"깨어나지 않으려|죽고 싶|목숨을 끊"
        ],
        "ar": [
            r"حافة السطح|يستعد للقفز|رسالة وداع|جروح (?:\w+ )?على (?:ذراعيه|ذراعيها|"
            r"معصم\w*)|يركل الكرسي|علبة حبوب كاملة|حتى لا يستيقظ|اقتل نفسي|"
            r"انهي حياتي"
        ],
    },
    "illicit": {
        "es": [
            r"falsific\w*|bomba casera|olla a presion.{0,20}bomba|"
            r"bomba.{0,30}olla a presion|detonador\w*|cocinar (?:cristal|meta|"
            r"crack)|"
            r"fentanilo|armas? impresa\w* en 3d|blanquear dinero|clonar tarjetas|"
            r"dni falso|pasaporte falso"
        ],
        "fr": [
            r"falsifi\w*|faux (?:passeport|permis|papiers)|fausse carte d'identite|"
            r"cocotte[\s-]minute.{0,20}bombe|bombe.{0,30}cocotte[\s-]minute|detonateur|"
            r"cuisiner de la meth|fentanyl|blanchir de l'argent|cloner (?:une |des "
            r")?cartes?"
        ],
        "de": [
            r"gefalscht\w*|falsche\w* (?:ausweis|pass|fuhrerschein)|"
            r"schnellkochtopf.{0,20}bombe|bombe.{0,30}schnellkochtopf|zunder fur|"
            r"crystal kochen|meth kochen|kochen von crystal|fentanyl|geldwasche|"
            r"karten klonen"
        ],
        "it": [
            r"falsific\w*|falso passaporto|pentola a pressione.{0,20}bomba|"
            r"bomba.{0,30}pentola a pressione|detonatore|fentanil\w*|"
            r"riciclare denaro|clonare carte|cucinare metanfetamina"
        ],
        "pt": [
            r"falsific\w*|rg falso|panela de pressao.{0,20}bomba|"
            r"bomba.{0,30}panela de pressao|detonador|fentanil|lavar dinheiro|"
            r"clonar cart\w*|cozinhar (?:metanfetamina|crack|cristal)"
        ],
        "ru": [
            r"поддельн\w*|подделать|скороварк\w*.{0,20}бомб\w*|"
            r"бомб\w*.{0,30}скороварк\w*|бомбу из|детонатор\w*|мефедрон|"
            r"варк\w* мефа|меф(?![а-яё])|фентанил|отмыть деньги|закладк\w*"
        ],
        "ja": [
            r"爆弾を作|爆弾の作り方|圧力鍋.{0,10}爆弾|偽造|シャブ|起爆装置|密造|"
            r"マネーロンダリング|スキミング"
        ],
        "zh": [
            r"做炸弹|制作炸弹|炸弹的方法|高压锅.{0,10}炸弹|伪造|冰毒|假身份证|假护照|洗钱|"
            r"雷管"
        ],
        "ko": [
            r"폭탄 만드|폭탄을 만드|압력솥.{0,10}폭탄|위조|필로폰|기폭 장치|돈세탁|카드 "
            r"복제"
        ],
        "ar": [
            r"صنع قنبل|طنجرة ضغط.{0,15}قنبل|قنبلة.{0,20}طنجرة|مزور|تزوير|طبخ الكريستال|"
            r"الميث|غسيل الاموال"
        ],
    },
    "insult": {
        "es": [r"cerda|gorda|fea|asquerosa|perdedor\w*|nadie te quiere|das asco|matate"],
        "fr": [r"grosse|truie|moche|degueulasse|personne ne t'aime|tue[\s-]toi|minable"],
        "de": [r"fette|sau|hasslich|niemand mag dich|bring dich um|loser|versager\w*"],
        "it": [r"cicciona|schifos\w*|nessuno ti vuole|ammazzati|sfigat\w*"],
        "pt": [r"gorda|nojent\w*|ninguem te quer|se mata|fracassad\w*|baleia"],
        "ru": [r"жирн\w*|свинь\w*|никому не нужн\w*|убей себя|урод\w*|лох\w*"],
        "ja": [r"太った豚|誰もお前を好きじゃない|キモ|デブ"],
        "zh": [r"肥猪|没人喜欢你|丑八怪|废物|去死吧"],
        "ko": [r"뚱뚱한 돼지|아무도 너 안 좋아|못생긴|찐따"],
        "ar": [r"خنزير سمين|اقتل نفسك|لا احد يحبك|قبيح|فاشل"],
    },
    # Groups of people, and what dehumanises them: a group "as"/"are"/"like" vermin, animals
    # or a plague (terms.match_intl reads the two together, in that order, close by).
    "group": {
        "es": [
            r"inmigrantes|gitanos|moros|judios|negros|musulmanes|sudacas|gays|"
            r"arabes|chinos|latinos|refugiados|extranjeros"
        ],
        "fr": [
            r"arabes|juifs|noirs|musulmans|immigres|migrants|roms|gitans|etrangers|"
            r"refugies|homosexuels|chinois"
        ],
        "de": [
            r"auslander|juden|fluchtlinge|muslime|schwarze|zigeuner|turken|araber|"
            r"schwule|migranten|asylanten"
        ],
        "it": [
            r"zingari|immigrati|ebrei|musulmani|negri|stranieri|rom|arabi|africani|"
            r"gay"
        ],
        "pt": [
            r"nordestinos|imigrantes|judeus|ciganos|negros|muculmanos|gays|"
            r"refugiados|estrangeiros|arabes"
        ],
        "ru": [
            r"мигрант\w*|евре\w*|цыган\w*|хач\w*|ч[её]рн\w*|мусульман\w*|"
            r"гастарбайтер\w*|приезж\w*|кавказц\w*|геи"
        ],
        "ja": [r"在日\w*|外国人|中国人|韓国人|朝鮮人|黒人|移民|ユダヤ人|イスラム教徒"],
        "zh": [r"黑人|外地人|日本人|穆斯林|犹太人|移民|外国人|韩国人|同性恋"],
        "ko": [
            r"조선족|흑인|이슬람교도|동남아 사람|외국인|이민자|유대인|중국인|일본인|"
            r"동성애자"
        ],
        "ar": [r"اليهود|المهاجرين|السود|الشيعة|المسيحيين|اللاجئين|الاجانب|المثليين"],
    },
    "dehumanize": {
        "es": [
            r"ratas|cucarachas|plaga|parasitos|monos|alimanas|escoria|bichos|"
            r"infrahumanos"
        ],
        "fr": [r"cafards|rats|vermine|parasites|singes|sous[\s-]hommes|racaille"],
        "de": [
            r"ungeziefer|kakerlaken|ratten|parasiten|affen|abschaum|untermenschen|"
            r"plage"
        ],
        "it": [r"scarafaggi|ratti|parassiti|scimmie|feccia|bestie|infestazione"],
        "pt": [r"baratas|ratos|praga|parasitas|macacos|vermes"],
        "ru": [r"таракан\w*|крыс\w*|паразит\w*|обезьян\w*|нелюд\w*|вредител\w*"],
        "ja": [r"ゴキブリ|害虫|猿|寄生虫|駆除"],
        "zh": [r"蟑螂|害虫|猴子|寄生虫|畜生"],
        "ko": [r"바퀴벌레|해충|원숭이|기생충|벌레"],
        "ar": [r"صراصير|حشرات|قرود|طفيليات"],
    },
    # "Out with them all": expelling a group.
    "expel": {
        "es": [r"fuera (?:todos|con ellos)|echarlos a todos|que se vayan|deportarlos"],
        "fr": [r"dehors tous|tous dehors|virez[\s-]les|renvoyez[\s-]les"],
        "de": [r"alle raus|raus mit (?:ihnen|denen)|schiebt sie ab"],
        "it": [r"fuori tutti|cacciateli|rimandateli a casa"],
        "pt": [r"fora todos|todos pra fora|expulsem"],
        "ru": [r"вон их всех|гнать их|выгнать всех"],
        "ja": [r"全員追い出せ|追い出せ|出ていけ"],
        "zh": [r"全部赶出去|赶出去|滚出"],
        "ko": [r"다 쫓아내|쫓아내라|나가라"],
        "ar": [r"اطردوهم|اطردوا"],
    },
    # Acts that defame a public figure when shown as real.
    # Nudes in art: a painting, statue or museum piece named with the word (blanked like
    # "allow"). Never an excuse when a minor is named: terms.py reads the text unblanked then.
    "allow": {
        "es": [
            r"(?:pintura|cuadro|retrato|maja|venus|estatua|escultura|oleo|lienzo)s?"
            r"(?: \w+){0,5} desnud[ao]s?|desnud[ao]s? artistic[oa]s?"
        ],
        "fr": [
            r"(?:peinture|tableau|toile|statue|sculpture|venus)s?(?: \w+){0,5} nue?s?|nu artistique"
        ],
        "de": [r"(?:aktgemalde|aktbild|aktzeichnung|aktmalerei)\w*"],
        "it": [
            r"(?:dipinto|quadro|tela|statua|scultura|venere)(?: \w+){0,5} nud[aeio]|nudo artistico"
        ],
        "pt": [
            r"(?:pintura|quadro|tela|estatua|escultura|venus)s?(?: \w+){0,5} (?:de )?nu[as]?|"
            r"nu[as]? artistic[oa]s?"
        ],
        "ru": [
            r"обнаж[её]нн\w* натур\w*|(?:картин\w*|полотн\w*|скульптур\w*|стату\w*) обнаж[её]нн\w*|"
            r"художественн\w* (?:\w+ ){0,2}обнаж[её]нн\w*"
        ],
        "ja": [r"裸婦|裸体画|ヌードデッサン|名画"],
        # Preparing food (round 7's false-positive study): gutting a fish, cutting a chicken.
        "zh": [
            r"裸体(?:油画|画|名画|雕塑)|人体油画|人体素描|(?:鱼|鸡|鸭|鹅)(?:去鳞|去毛|拔毛)?开膛"
        ],
        "ko": [r"(?:누드|나체) ?(?:명화|화|크로키|데생|조각상|조각)"],
        "ar": [r"لوحة عار|لوحة كلاسيكية|تقطيع (?:ال)?(?:دجاج\w*|سمك|خضار|فواكه|خروف)"],
    },
    "defaming": {
        "es": [
            r"esnifando|cocaina|drogad[oa]|borrach[oa]|arrestad[oa]|esposad[oa]|"
            r"sobornos?|coimas?"
        ],
        "fr": [
            r"sniff\w*|cocaine|drogue|ivre mort|arrete\w* par la police|menotte\w*|"
            r"pots[\s-]de[\s-]vin"
        ],
        "de": [r"koks\w*|kokain|sturzbetrunken|verhaftet|handschellen|bestechung\w*"],
        "it": [r"sniff\w*|cocaina|ubriac\w*|arrestat\w*|manette|tangent\w*"],
        "pt": [r"cheirando|cocaina|bebad[oa]|algemad\w*|propina"],
        "ru": [r"нюха\w*|кокаин|пьян\w*|арестован\w*|наручник\w*|взятк\w*|на коленях перед"],
        "ja": [r"コカイン|逮捕|泥酔|賄賂|失禁"],
        "zh": [r"可卡因|吸毒|被捕|醉酒|受贿|磕头|下跪"],
        "ko": [r"코카인|체포|만취|뇌물|수갑|끌려가|마약 투약|마약을 하"],
        "ar": [r"الكوكايين|يستنشق|مخمور|سكران[ةه]?|اعتقال|رشوة"],
    },
}


def _merge(extra: dict[str, dict[str, list[str]]]) -> None:
    """Add a round's patterns to the lists above, concept by concept and language by language."""
    for concept, by_lang in extra.items():
        for lang, patterns in by_lang.items():
            _LISTS.setdefault(concept, {}).setdefault(lang, []).extend(patterns)


_merge(_ROUND3)

# Round 5: threats to a person (harassment), pro-eating-disorder slang, public figures'
# titles (a head of state or government named by office is a real person).
_ROUND5: dict[str, dict[str, list[str]]] = {
    "threat": {
        "es": [r"sabemos donde vives|se donde vives|eres el siguiente|eres la siguiente"],
        "fr": [
            r"on sait ou tu (?:habites|vis)|je sais ou tu (?:habites|vis)|tu es le prochain|"
            r"tu es la prochaine"
        ],
        "de": [r"wir wissen,? wo du wohnst|ich weiss,? wo du wohnst|du bist (?:der|die) nachste"],
        "it": [r"sappiamo dove abiti|so dove abiti|sei il prossimo|sei la prossima"],
        "pt": [
            r"(?:a gente|nos) sabe\w* onde (?:voce|tu) mora|sei onde (?:voce|tu) mora|"
            r"voce e o proximo|voce e a proxima"
        ],
        "ru": [
            r"(?:мы )?знаем,? где ты живёшь|знаем,? где ты живешь|знаю,? где ты жив[её]шь|"
            r"ты следующ\w*"
        ],
        "ja": [r"(?:お前|おまえ|あなた)の家(?:を)?知ってる|どこに住んでるか知って|次はお前"],
        "zh": [r"知道你住(?:在)?哪|下一个就是你"],
        "ko": [r"어디 사는지 알(?:아|고)|너희 집 알아|다음은 너"],
        "ar": [r"نعرف (?:اين|وين) (?:تسكن|ساكن)|اعرف (?:اين|وين) (?:تسكن|ساكن)|انت التالي"],
    },
    "self_harm": {
        "es": [r"tablero pro ?ana|meta \d+ ?kilos? (?:de|sin) comer|hoy tampoco (?:ceno|como)"],
        "fr": [r"objectif \d+ ?kilos?(?:,)? (?:sans manger)|pas de diner ce soir"],
        "de": [r"ana[\s-]motivation|knochen sind schon|heute wieder kein (?:abendessen|essen)"],
        "it": [r"anche stasera niente cena"],
        "pt": [r"projeto (?:mia|ana)|pra nao comer|hoje sem jantar"],
        "ru": [r"про ?ана|тинспо|опять без ужина|анорекси\w* мотивац\w*"],
        "ja": [r"プロアナ|ガリガリになりたい|夕飯抜き|食べ吐き"],
        "zh": [r"厌食打卡|暴瘦打卡|催吐|又没吃晚饭"],
        "ko": [r"프로아나|뼈말라|개말라|먹토|저녁 굶"],
        "ar": [r"برو ?انا"],
    },
    # School years written as numbers ("4º ano", "3ª série", "5º de primaria": NFKC folds º/ª to
    # o/a) and the doubled diminutive ("menininha").
    "minor": {
        "es": [r"[1-9] ?[oa] (?:de primaria|grado|de (?:la )?eso|basico)"],
        "pt": [r"menininh[ao]s?|[1-9] ?[oa] (?:ano|serie)(?! de (?:faculdade|medicina|direito))"],
        "it": [r"[1-5] ?a (?:elementare|media)"],
    },
    # Sexualising pose and gaze: no hit alone (adults may pose so), but sexual evidence once a
    # child is named (the minors floor) or a real person. Gymnastics' plain "splits" (開脚,
    # grand écart, Spagat) and a photographer's "low angle" are left out on purpose.
    "suggestive": {
        "es": [
            r"(?:piernas|muslos) (?:abiert[ao]s|separad[ao]s)|abriendo las piernas|"
            r"abiert[ao] de piernas|perrea\w*|(?:bajo|debajo de) (?:la|su) falda|"
            r"camara (?:enfocad[ao]|enfocando|fija) (?:en|a) (?:su|el|la|sus) "
            r"(?:trasero|culo|culito|cola|colita|nalgas|entrepierna|pecho|muslos)"
        ],
        "fr": [
            r"(?:jambes|cuisses) ecartees|ecartant les (?:jambes|cuisses)|sous (?:la|sa) jupe|"
            r"(?:camera|zoom|gros plan) (?:sur|fixee sur|braquee sur) (?:ses|sa|son|les|la) "
            r"(?:fesses|entrejambe|poitrine|cuisses)"
        ],
        "de": [
            r"gespreizte\w* beine\w*|beine gespreizt|breitbeinig|unter (?:den|ihren|dem) rock|"
            r"(?:kamera|zoom|nahaufnahme) (?:auf|von) (?:ihren|ihrem|seinen|seinem|den|dem) "
            r"(?:po|popo|hintern|schritt|brust|busen)"
        ],
        "it": [
            r"gambe (?:aperte|divaricate)|a gambe aperte|sotto (?:la|sua) gonna|"
            r"(?:telecamera|camera|zoom|primo piano) (?:sul|sulle|sulla|puntata sul) "
            r"(?:sedere|culo|culetto|inguine|seno|cosce)"
        ],
        "pt": [
            r"rebola\w*|pernas abertas|abrindo as pernas|(?:debaixo|embaixo) da saia|"
            r"(?:camera|zoom|close) (?:focad[ao] |fixa )?(?:no|na|nas) "
            r"(?:bumbum|bunda|bundinha|virilha|peito|seios|coxas)"
        ],
        "ru": [
            r"раздвинут\w* ног\w*|раздвинув ноги|расставив ноги|под юбк\w*|тверк\w*|"
            r"(?:камера|крупный план|зум) (?:на )?(?:её |ее |его )?"
            r"(?:попе|попку|попы|ягодиц\w*|промежност\w*|груд\w*)"
        ],
        "ja": [
            r"m字開脚|m字|股を開|脚を開いて|足を開いて|スカートの中|パンチラ|"
            r"(?:お尻|おしり|股間|胸)(?:の|を)?アップ|(?:お尻|股間)を(?:強調|映)"
        ],
        "zh": [
            r"m字腿|张开双腿|双腿张开|岔开腿|分开双腿|裙底|走光|"
            r"(?:镜头|特写).{0,4}(?:屁股|臀部|胯部|胸部)|(?:屁股|臀部|胯部)特写"
        ],
        "ko": [
            r"다리를 벌|다리 벌린|m자 다리|m자 개각|치마 ?속|"
            r"(?:엉덩이|가랑이|가슴) ?(?:클로즈업|확대|위주|줌)"
        ],
        "ar": [
            r"ساقيها مفتوحت\w*|تفتح ساقيها|فتح ساقيها|تحت التنورة|"
            r"الكاميرا على (?:مؤخرتها|صدرها|فخذيها)|تهز مؤخرتها"
        ],
    },
}


_merge(_ROUND5)

# Round 14, merged into the lists above by _merge():
# - words that ask for a fabricated picture to pass as real (lexicon.DECEPTIVE): with a
#   public person named, a deepfake whatever the scene. Plain "realistic" is not among them;
# - a handful of pills swallowed at once, in each language (the English list's "swallowing a
#   handful of pills"): round 14's heads no longer read it alone.
_ROUND14: dict[str, dict[str, list[str]]] = {
    "deceptive": {
        "es": [
            r"creible|verosimil|que (?:parezca|se vea) (?:real|verdader[oa]|autentic[oa]|"
            r"de verdad)|filtrad[oa]s?|camara oculta|"
            r"que (?:la gente|todos|todo el mundo) se lo crea|"
            r"para (?:difundir(?:la|lo)?|viralizar(?:la|lo)?)|noticia falsa|bulo"
        ],
        "fr": [
            r"credible|vraisemblable|qui (?:a l'air|semble|fasse) (?:vrai|vraie|reel(?:le)?|"
            r"authentique)|comme si c'etait vrai|fuite(?:e|es)?|camera cachee|"
            r"pour (?:faire le buzz|la diffuser|le diffuser)|fake news|intox"
        ],
        "de": [
            r"glaubwurdig|glaubhaft|(?:soll|muss) echt aussehen|echt aussehend|wie echt|"
            r"geleakt\w*|versteckte kamera|zum verbreiten|fake news"
        ],
        "it": [
            r"credibile|verosimile|(?:che )?sembri (?:vera|vero|reale|autentic[ao])|"
            r"come se fosse (?:vera|vero)|trapelat[aeio]|telecamera nascosta|da diffondere|bufala"
        ],
        "pt": [
            r"crivel|verossimil|(?:que )?pareca (?:real|verdadeir[oa]|autentic[oa]|de verdade)|"
            r"como se fosse (?:real|verdade)|vazad[oa]s?|camera escondida|"
            r"pra (?:espalhar|viralizar)|fake news"
        ],
        "ru": [
            r"правдоподобн\w*|как настоящ\w*|будто (?:это )?правда|слит\w* фото|утечк\w*|"
            r"скрыт\w* камер\w*|чтобы (?:все )?поверили|фейков\w* новост\w*"
        ],
        "ja": [r"本物っぽく|本物みたい|本物に見える|流出|盗撮|隠し撮り|拡散用|フェイクニュース"],
        "zh": [r"要像真的|像真的一样|以假乱真|偷拍|流出的?|泄露的?|让人相信|方便传播|假新闻"],
        "ko": [
            r"진짜처럼|진짜 같(?:이|은|게)|실제처럼|사실처럼|유출(?:된)?|몰카|도촬|퍼뜨리|가짜 뉴스"
        ],
        "ar": [
            r"مسرب[ةه]?|تسريب|حقيقي[ةه]? المظهر|تبدو حقيقي[ةه]|كانها حقيقي[ةه]|كاميرا خفي[ةه]|"
            r"لنشرها|اخبار كاذب[ةه]"
        ],
    },
    "self_harm": {
        "es": [
            r"(?:traga\w*|tomando|toma) (?:un punado|punados|un monton) de (?:pastillas|pildoras)"
        ],
        "fr": [
            r"(?:avale\w*|prend\w*) (?:une poignee|des poignees|plein) de "
            r"(?:cachets|comprimes|pilules)"
        ],
        "de": [
            r"(?:schluckt|schlucken|nimmt) (?:eine handvoll|handvoll|haufenweise) "
            r"(?:tabletten|pillen)"
        ],
        "it": [
            r"(?:ingoia\w*|prende\w*) (?:una manciata|manciate) di (?:pillole|pastiglie|compresse)"
        ],
        "pt": [
            r"(?:engol\w*|toma\w*) (?:um punhado|punhados|um monte) de "
            r"(?:remedios|comprimidos|pilulas)"
        ],
        "ru": [r"глота\w* (?:горсть|горсти|пригоршн\w*) (?:таблеток|снотворного|колёс|колес)"],
        "ja": [r"(?:薬|錠剤|睡眠薬)を(?:一気に|大量に|ひとつかみ)(?:飲|のみ)"],
        "zh": [r"一把一把(?:地)?吞|吞(?:下)?一把(?:药|安眠药|药片)"],
        "ko": [r"약을 한 움큼|한 움큼(?:의)? 약"],
        "ar": [r"تبتلع حفن[ةه] من (?:ال)?(?:حبوب|اقراص)|يبتلع حفن[ةه] من (?:ال)?(?:حبوب|اقراص)"],
    },
}
_merge(_ROUND14)

# Round 17: what the English lists said that the other languages' did not, and three holes in
# the minors floor (docs/moderation.md, round 17).
_ROUND17: dict[str, dict[str, list[str]]] = {
    # A public figure shown in prison, dead or in a coffin, begging, stealing, or dressed or
    # saluting as a Nazi defames them, as "prison", "dead", "coffin", "begging", "stealing",
    # "nazi" and "hitler" do in English (one pattern per kind, in that order).
    "defaming": {
        "es": [
            r"en (?:la )?(?:carcel|prision)|tras las rejas|entre rejas|"
            r"traje de (?:preso|presidiario)",
            r"cadaver|en (?:un|su) ataud|mendigando|pidiendo limosna|robando en",
            r"nazi\w*|esvastica|saludo nazi|hitler",
        ],
        "fr": [
            r"en prison|derriere les barreaux|en tenue de (?:prisonnier|detenu)",
            r"cadavre|dans (?:un|son) cercueil|faisant la manche|mendiant|volant dans",
            r"nazi\w*|croix gammee|salut nazi|hitler",
        ],
        "de": [
            r"im gefangnis|hinter gittern|in haftlingskleidung|in straflingskleidung",
            r"tot (?:im|auf|in)|liegt tot|leiche|im sarg|bettel\w*|klaut|stiehlt|beim klauen",
            r"nazi\w*|hakenkreuz\w*|hitlergruss|hitler|ss-uniform",
        ],
        "it": [
            r"in (?:prigione|carcere|galera|cella)|dietro le sbarre|in tuta da carcerato",
            r"cadavere|nella bara|chiede l'elemosina|mendica\w*|che ruba|ruba(?:ndo)? in",
            r"nazi\w*|svastica|saluto romano|hitler",
        ],
        "pt": [
            r"na (?:prisao|cadeia)|atras das grades|uniforme de presidiario",
            r"mort[oa] (?:no|na|em)|cadaver|no caixao|pedindo esmola|mendigando|roubando",
            r"nazi\w*|nazista\w*|suastica|saudacao nazista|hitler",
        ],
        "ru": [
            r"в тюрьм\w*|за решетк\w*|в тюремной робе",
            r"м[её]ртв\w*|труп\w*|в гробу|просит милостыню|попрошайнича\w*|ворует|крад[её]т",
            r"нацист\w*|свастик\w*|зиг[- ]?хайл\w*|гитлер\w*",
        ],
        "ja": [
            r"刑務所(?:に|で|の中)|牢屋|囚人服|獄中",
            r"遺体|死体|棺|物乞い|万引き",
            r"ナチス|ナチ式|鉤十字|ハーケンクロイツ|ヒトラー",
        ],
        "zh": [r"监狱里|坐牢|囚服|铁窗", r"尸体|遗体|棺材|乞讨|偷东西", r"纳粹|卐|希特勒"],
        "ko": [
            r"(?:감옥|교도소)(?:에|에서|안)|죄수복|수감(?:된|되어|중)",
            r"시체|시신|관에 누워|구걸|도둑질",
            r"나치|하켄크로이츠|히틀러",
        ],
        "ar": [
            r"في السجن|خلف القضبان|بملابس السجن",
            r"جثة|جثمان|تابوت|ميتا|ميتة|يتسول|يسرق",
            r"نازي\w*|الصليب المعقوف|هتلر",
        ],
    },
    # Korean high-school pupils by their own words ("여고생" a high-school girl was no minor,
    # "고등학생" was) and school years written short ("고2", "중1").
    "minor": {"ko": [r"여고생|남고생|남중생|고딩|고교생|(?<![가-힣])[고중초][1-6](?![0-9])"]},
    # Braces and pigtails together code a child, as "braces and pigtails" does in English (a
    # minor for the floor); braces alone are a youth trait in Japanese and Arabic too
    # ("ضفيرتين", the dual, was no trait).
    "youth_body": {
        "es": [r"(?:brackets|frenillos) y coletas|coletas y (?:brackets|frenillos)"],
        "fr": [r"appareil dentaire et couettes|couettes et (?:un )?appareil dentaire"],
        "de": [r"zahnspange und zopf\w*|zopf\w* und (?:einer )?zahnspange"],
        "it": [r"apparecchio e (?:le )?codin[ei]|codin[ei] e (?:l')?apparecchio"],
        "pt": [r"aparelho nos dentes e maria-chiquinhas?|maria-chiquinhas? e aparelho"],
        "ru": [r"брекет\w* и косичк\w*|косичк\w* и брекет\w*"],
        "ja": [r"歯列矯正とツインテール|ツインテールと歯列矯正|矯正器具とおさげ"],
        "zh": [r"牙套.{0,4}双马尾|双马尾.{0,4}牙套"],
        "ko": [r"교정기.{0,8}양갈래|양갈래.{0,8}교정기"],
        "ar": [r"تقويم اسنان و ?ضفير\w*|ضفير\w* و ?تقويم اسنان"],
    },
    "youth_trait": {
        "ja": [r"歯列矯正|矯正器具"],
        "ar": [r"ضفيرت\w*|ضفيرة"],
    },
    # A beating told by what it does to the body: "until she bleeds", "beaten bloody", as in
    # English.
    "violence": {
        "es": [
            r"hasta que (?:le |les )?sangr\w*|hasta (?:hacerl[aeo]s? )?sangrar|"
            r"hasta dejarl[aeo]s? (?:inconscientes?|ensangrentad[ao]s?)"
        ],
        "fr": [
            r"jusqu'au sang|jusqu'a ce qu'(?:elle|il|ils|elles) saigne\w*|"
            r"a (?:la|le|les) faire saigner"
        ],
        "de": [
            r"bis (?:sie|er|es) blute\w*|blutig (?:geschlagen|geprugelt|getreten)|"
            r"(?:prugel\w*|verprugel\w*|schlag\w*|tret\w*) [^.,;]{0,40}blutig"
        ],
        "it": [
            r"fino a farl[aeio] sanguinare|finche non sanguin\w*|"
            r"a sangue(?! freddo| caldo)|fino a fargli perdere i sensi"
        ],
        "pt": [
            r"ate (?:ela |ele |eles |elas )?sangrar|ate (?:fazer|faze-l[ao]) sangrar|"
            r"ate desmaiar de pancada"
        ],
        "ru": [r"до крови"],
        "ja": [r"血が出るまで|血まみれになるまで|気絶するまで(?:殴|蹴)"],
        "zh": [r"打到流血|打得头破血流|打到出血|打得满脸是血|打到昏迷"],
        "ko": [r"피가 날 때까지|피투성이가 될 때까지|피범벅이 되도록"],
        "ar": [r"حتى (?:تنزف|ينزف|ينزفوا|نزفت|نزف)"],
    },
    # Making love, in each language's conjugations ("fait l'amour", "fa l'amore", "hacen el
    # amor"), as "making love" in English: the lists held one or two forms each, or none.
    "sexual": {
        "es": [r"(?:hac(?:er|iendo|en|e|ian|ia|emos)) el amor(?! y no la guerra)"],
        "fr": [r"(?:fai(?:re|t|s|sant|saient|sait|sons)|font) l'amour(?! pas la guerre)"],
        # not "Liebe macht glücklich" nor children who "schlafen miteinander" in a tent
        "de": [
            r"liebesakt\w*|mach(?:en|t|te|ten) liebe(?![-\w])(?!,? nicht krieg)|"
            r"liebe mach(?:t|en|te|ten)(?=\s*(?:[,.;!]|$))(?!,? nicht krieg)"
        ],
        "it": [r"(?:fa|fanno|facendo|facevano|faceva|facciamo) l'amore"],
        "pt": [r"(?:fazendo|fazem|faz|fazer|faziam) amor(?! nao guerra)"],
        "ru": [r"занима(?:ются|ется|лись|лся|лась|ться) любовью|занялись любовью"],
        # not 愛し合う nor 사랑을 나누다: also a family's love, and beside a child that would be
        # the minors floor
        "ja": [r"セックスして|性行為(?:を|して|中)"],
        "ko": [r"섹스하\w*|성관계(?:를|하)"],
    },
}
_merge(_ROUND17)

# Round 18: three self-harm scenes the classifier alone served in some languages (probes written
# for round 18, docs/moderation.md): pills swallowed by the handful, stepping onto the tracks as
# a train comes in, and a lit cigarette pressed into one's own arm (lexicon.SELF_HARM has all
# three in English). The roof's edge in other words was left out: "am Rand des Daches" is also
# where roofers work.
_ROUND18: dict[str, dict[str, list[str]]] = {
    # Per language: (1) pills named, then swallowed by the handful (not sweets: the pills come
    # first, or are the object); (2) onto the tracks as a train comes in (not walking there:
    # railway workers); (3) a cigarette pressed into one's own arm (not into an ashtray).
    "self_harm": {
        "es": [
            r"(?:pastillas|pildoras|somniferos|calmantes)[^.]{0,80}(?:se (?:las|los) traga|"
            r"traga\w*) (?:\w+ ){0,2}a punados|traga\w* (?:\w+ )?(?:pastillas|pildoras|"
            r"somniferos|calmantes) a punados",
            r"(?:baja\w*|salta\w*|se tira\w*|se acuesta\w*) (?:a|en|sobre) las vias"
            r"(?: \w+){0,2} (?:cuando|mientras|en el momento en que) (?:llega|pasa|viene|entra)\w* "
            r"(?:el|un) (?:tren|metro|expreso)",
            r"(?:apag\w*|apret\w*) (?:un |el )?cigarr\w*(?: encendido)? (?:en|contra) (?:su|el) "
            r"(?:propio |propia )?(?:antebrazo|brazo|muneca|piel|muslo|mano)",
        ],
        "fr": [
            r"(?:somniferes|comprimes|cachets|pilules|medicaments)[^.]{0,80}avale\w* par "
            r"poignees|avale\w* (?:les |des |ses )?(?:somniferes|comprimes|cachets|pilules|"
            r"medicaments) par poignees",
            r"(?:descend\w*|saute\w*|s.allonge\w*) sur les (?:voies|rails)(?: \w+){0,2} "
            r"(?:au moment ou|quand|alors que|lorsque|pendant que)(?: \w+){0,2} "
            r"(?:train|tgv|rer|metro|express)",
            r"(?:ecrase\w*|eteint\w*) (?:une |la )?cigarette(?: allumee)? sur (?:son|sa) "
            r"(?:propre )?(?:avant-bras|bras|poignet|peau|cuisse|main)",
        ],
        "de": [
            r"(?:schlaf)?(?:tabletten|pillen)[^.]{0,80}(?:schluckt|schlucken|schluckte) "
            r"(?:\w+ ){0,2}(?:handeweise|handvollweise)",
            r"(?:steigt|springt|legt sich|tritt|stellt sich) (?:\w+ ){0,2}auf die "
            r"(?:gleise|schienen)\W+(?:\w+\W+){0,3}(?:als|wahrend|wenn) (?:der|ein|die) "
            r"(?:\w*zug|ice|s-bahn|u-bahn|bahn)",
            r"(?:springt|wirft sich|legt sich|stellt sich) vor (?:den|einen|die) "
            r"(?:\w*zug|ice|s-bahn|u-bahn)",
            r"(?:druckt|drueckt) (?:eine |die )?(?:brennende |glimmende )?zigarette (?:auf|an) "
            r"(?:ihr\w*|sein\w*) (?:eigenen? )?(?:unterarm|arm|handgelenk|haut|oberschenkel|hand)",
        ],
        "it": [
            r"(?:sonniferi|pillole|pastiglie|compresse|farmaci)[^.]{0,80}(?:ingoia|inghiott)\w* "
            r"(?:\w+ ){0,2}a manciate|(?:ingoia|inghiott)\w* (?:i |le )?(?:sonniferi|pillole|"
            r"pastiglie|compresse|farmaci) a manciate",
            r"(?:scende|salta|si sdraia)\w* sui binari(?: \w+){0,2} (?:mentre|quando|proprio "
            r"quando|proprio mentre) (?:arriva|passa|entra)\w* (?:il|un) (?:treno|metro|"
            r"frecciarossa)",
            r"spegne\w* (?:una |la )?sigaretta(?: accesa)? (?:sul|sulla) (?:proprio |propria |"
            r"suo |sua )?(?:avambraccio|braccio|polso|pelle|coscia|mano)",
        ],
        "pt": [
            r"(?:remedios?|comprimidos|pilulas|calmantes)[^.]{0,80}(?:engole|engolindo|toma|"
            r"tomando)(?:-os|-as)? (?:\w+ ){0,2}aos punhados",
            r"(?:descend\w*|desce|pula\w*|deita\w*) (?:para |pra |nos )?(?:os )?trilhos"
            r"(?: \w+){0,4} (?:quando|enquanto|assim que|na hora que) o (?:trem|metro|expresso)",
            r"cigarro\w*(?: aceso)? (?:no|na|contra o|contra a|em) (?:proprio|propria|seu|sua) "
            r"(?:antebraco|braco|pulso|pele|coxa|mao)",
        ],
        "ru": [
            r"(?:таблет\w*|снотворн\w*|пилюл\w*)[^.]{0,80}глота\w* (?:\w+ ){0,2}горстями",
            r"(?:шагает|шагнул\w*|спрыгива\w*|ложится|лёг|легла|прыга\w*) на (?:рельсы|пути)"
            r"[^.]{0,10}(?:когда|в момент|перед)[^.]{0,20}(?:поезд|электричк|состав)",
            r"туш\w* (?:\w+ ){0,2}сигарет\w* о (?:собственн\w*|сво\w*) (?:предплечь\w*|рук\w*|"
            r"запясть\w*|кож\w*|бедр\w*)",
        ],
        "ja": [
            r"(?:薬|錠)[^。]{0,40}(?:一握りずつ|ひとつかみずつ)(?:飲み込|飲ん|飲む)",
            r"(?:電車|列車|特急|急行|快速|新幹線)が(?:入って|来る|来た|近づ|迫)[^。]{0,12}"
            r"線路(?:に|へ)(?:降り|飛び)",
            r"線路(?:に|へ)飛び(?:降り|込)",
            r"(?:電車|列車|特急|急行|快速)に飛び込",
            r"(?:タバコ|煙草)を自分の(?:腕|前腕|手首|肌|太もも|手)に(?:押し付け|押しつけ)",
        ],
        "zh": [
            r"药[^。]{0,40}(?:一把一把地?|大把大把地?)吞|卧轨|(?:列车|火车|快车|地铁|高铁)"
            r"(?:进站|驶来|开来|来了)[^。]{0,10}(?:走下|跳下)轨道",
            r"(?:香烟|烟头)按在自己的(?:前臂|手臂|手腕|皮肤|大腿|手)",
        ],
        "ko": [
            r"(?:약|수면제|진통제)[^.]{0,40}한 움큼씩 삼키",
            r"선로로 뛰어들|열차에 뛰어들|선로에 뛰어들|열차가 들어오는[^.]{0,15}선로로 내려가",
            r"담배를 (?:자기|제|자신의) (?:팔뚝|팔|손목|피부|허벅지|손)에 지지",
        ],
        "ar": [
            r"(?:حبوب|حبات|دواء|أدوية|ادوية)[^.]{0,80}(?:تبلع|يبلع|تبتلع|يبتلع)\S* بالحفن",
            r"(?:ينزل|تنزل|ينط|تنط)\S* (?:على|ع) (?:ال)?سك\S* ?(?:لحظة|وقت|مع|و) ?"
            r"(?:وصول|دخول|قدوم)",
            r"(?:تطفي|بتطفي|يطفي|بيطفي|تطفئ|يطفئ)\S* سيجار\S*[^.،]{0,15}(?:على|ب) "
            r"(?:ساعد|ذراع|يد|معصم|جلد)\S*",
        ],
    },
}
_merge(_ROUND18)


# Round 22: an overdose told by the pack and by its intent: a whole pack, box or bottle of
# sleeping pills swallowed, or pills and never waking up again (probes written for this round:
# read alone the classifier refuses them, but after a page of scenery the window reading fell
# below the threshold in de, es and ar). Twins that must not hit: one sleeping pill before a
# flight, a pharmacy shelf, a whole box of sweets (tests/unit/test_moderation_round22.py).
_ROUND22: dict[str, dict[str, list[str]]] = {
    "self_harm": {
        "es": [
            r"cortes (?:frescos|recientes) (?:en |sobre |a lo largo de )?(?:el |la |los |las |su "
            r"|sus |mis? )?(?:brazos?|antebrazos?|munecas?|muslos?|piernas?)|(?:brazos?|"
            r"antebrazos?|munecas?|muslos?) (?:llenos? )?(?:con|de) cortes (?:frescos|recientes)",
            r"(?:somniferos|pastillas|pildoras)[^.;]{0,60}(?:no volver a despertar|no despertar "
            r"(?:nunca|jamas)|nunca (?:mas )?despertar|dormir para siempre)",
            r"(?:toma|traga)\w* (?:\w+ ){0,2}(?:todo el (?:frasco|bote|blister)|toda la caja) "
            r"(?:\w+ ){0,2}(?:somniferos|pastillas|pildoras)|traga\w* (?:\w+ ){0,2}todas las "
            r"(?:\w+ ){0,2}(?:somniferos|pastillas|pildoras)",
        ],
        "fr": [
            r"(?:somniferes|comprimes|cachets|pilules)[^.;]{0,60}(?:ne (?:plus jamais|jamais "
            r"plus|plus) (?:se |me |te )?reveiller|dormir pour toujours)",
            r"avale\w* (?:\w+ ){0,2}(?:toute la (?:boite|plaquette)|tout le (?:flacon|tube)|tous "
            r"les) (?:\w+ ){0,2}(?:somniferes|comprimes|cachets|pilules)",
        ],
        "de": [
            r"(?:schlaf)?(?:tabletten|pillen)[^.;]{0,60}(?:nie (?:wieder|mehr) (?:aufzuwachen|"
            r"aufwach\w*)|nicht mehr aufzuwachen|fur immer (?:einzuschlafen|schlafen))",
            r"(?:schluckt|nimmt|schluckte|nahm) (?:\w+ ){0,2}(?:die ganze|eine ganze) "
            r"(?:\w+ ){0,1}(?:schlaftabletten|tabletten|pillen)|(?:schluckt|schluckte) "
            r"(?:\w+ ){0,2}alle (?:\w+ )?(?:schlaftabletten|tabletten|pillen)|alle "
            r"(?:schlaftabletten|tabletten|pillen) auf einmal",
        ],
        "it": [
            r"tagli (?:freschi|recenti) (?:sull?\W?|sulle |sui |lungo )?(?:l\W?|la |il |le |i )?"
            r"(?:avambracci?[oa]?|bracci?[oa]|polsi?|cosce|coscia|gambe?)|(?:avambracci?o|"
            r"bracci?[oa]|polsi|cosce|coscia) con (?:dei )?tagli (?:freschi|recenti)",
            r"(?:sonniferi|pillole|pastiglie|compresse)[^.;]{0,60}(?:non (?:ri)?svegliarsi "
            r"piu|non (?:si )?(?:ri)?svegli\w* piu|dormire per sempre)",
            r"(?:ingoia|inghiott|prende)\w* (?:\w+ ){0,2}(?:tutto il (?:flacone|tubetto)|tutta "
            r"la scatola) (?:\w+ ){0,2}(?:sonniferi|pillole|pastiglie|compresse)|(?:ingoia|"
            r"inghiott)\w* (?:\w+ ){0,2}tutte le (?:\w+ ){0,2}(?:sonniferi|pillole|pastiglie|"
            r"compresse)",
        ],
        "pt": [
            r"(?:remedios?|comprimidos|pilulas|soniferos?)[^.;]{0,60}(?:nunca mais acordar|nao "
            r"acordar mais|dormir para sempre)",
            r"(?:engole|toma)\w* (?:\w+ ){0,2}(?:a cartela inteira|o frasco inteiro|a caixa "
            r"inteira) (?:\w+ ){0,3}(?:remedios?|comprimidos|pilulas|soniferos?)|engole\w* "
            r"(?:\w+ ){0,2}(?:todos os|todas as) (?:\w+ ){0,3}(?:remedios?|comprimidos|pilulas|"
            r"soniferos?)",
        ],
        "ru": [
            r"порез\w* (?:вдоль|на|поперёк|поперек|по) (?:\w+ )?(?:рук\w*|запясть\w*|"
            r"предплечь\w*|бедр\w*|вен\w*)|разбуди меня в 4[:.]20|\bф57\b|\bf57\b",
            r"(?:таблет\w*|снотворн\w*)[^.;]{0,60}(?:больше не проснуться|не проснуться "
            r"больше|никогда не проснуться|уснуть навсегда)",
            r"(?:выпива\w*|глота\w*|выпил\w*|проглоти\w*) (?:\w+ ){0,2}(?:всю пачку|весь "
            r"флакон|всю упаковку)",
        ],
        "ja": [
            r"(?:睡眠薬|薬)[^。]{0,40}(?:二度と目を覚まさ|二度と目覚め|もう目覚めない|永遠に眠)",
            r"(?:睡眠薬|薬)を(?:一箱|一瓶|ひと瓶|一シート)?全部(?:飲|のみ|飲み込)",
        ],
        "zh": [
            r"(?:安眠药|药)[^。]{0,40}(?:再也不(?:想)?醒|永远不醒|长睡不醒)",
            r"(?:吞|吃|服)(?:下|了)?(?:一整瓶|一整盒|整瓶|整盒)(?:的)?(?:安眠药|药)|把(?:一整瓶|"
            r"一整盒|整瓶|整盒)(?:的)?(?:安眠药|药)[^。]{0,6}(?:吞|吃|服)",
        ],
        "ko": [
            r"(?:수면제|약)[^.]{0,40}(?:다시는 깨어나지|영원히 잠들|깨어나지 않으려)",
            r"수면제 (?:한 통|한 병|한 상자)을? 다|(?:약|알약) (?:한 통|한 병)을? 다 삼키",
        ],
        "ar": [
            # round 22 (regression rows of rounds 14-21 served after scenery): a rope hanging
            # from the ceiling with a chair beneath; a wrist cut with a blade
            r"حبل (?:معلق|متدلي|مربوط)[^.]{0,30}(?:سقف|السقف)[^.]{0,30}كرسي",
            r"(?:معصم|رسغ)\w* (?:مجروح|مقطوع|مشقوق)\w* ب(?:شفرة|الشفرة|موس|الموس|سكين)",
            r"(?:حبوب|اقراص)[^.]{0,60}(?:لا (?:تستيقظ|يستيقظ) ابدا|لن (?:تستيقظ|يستيقظ)|"
            r"(?:تنام|ينام) (?:للابد|الى الابد))",
            r"(?:تبلع|يبلع|تاخذ|ياخذ) (?:\w+ )?(?:علبة|شريط) (?:ال)?(?:حبوب|اقراص)[^.]{0,20}كل",
        ],
    },
}
# Groups and dehumanising words the lists lacked ("zingari disegnati come topi", "الشيعة
# كأفاعٍ", "чурки в виде обезьян": served after scenery on rounds 14-21's sets).
_ROUND22["group"] = {
    "es": [r"indigenas|indios|gitanas"],
    "fr": [r"trisomiques|handicapes|maghrebins|africains"],
    "it": [r"migranti|clandestini|extracomunitari|ebree|cinesi|marocchini"],
    "ru": [r"чурк\w*|таджик\w*|узбек\w*|негр\w*|азиат\w*"],
    "ar": [r"افارقة|الاكراد|البدو"],
}
_ROUND22["dehumanize"] = {
    "es": [r"changos|simios|perros|cerdos"],
    "fr": [r"animaux|porcs|chiens"],
    "it": [r"topi|maiali|cani|scimmioni"],
    "ru": [r"урод\w*|свин\w*|скот\w*"],
    "ar": [r"افاع\w*|افعي|ثعابين|خنازير|كلاب|جرذان|فئران|حيوانات"],
}
_ROUND22["hate"] = {
    # Slogans of the SS, of Italian fascism and of the Islamic State, glorified.
    "de": [r"meine ehre hei(?:ss|s)t treue"],
    "it": [r"boia chi molla|me ne frego[^.]{0,30}(?:duce|fascis\w*)"],
}
_merge(_ROUND22)

# What the prompt itself says to leave out ("keine Nacktheit", "sin violencia"), as
# lexicon.NEGATED: blanked like "allow", and also where a child is named (terms.py), since the
# negated word is no sexual evidence. Matched on fold_intl() text (accents stripped).
_LISTS["negated"] = {
    "es": [
        r"(?:sin|nada de|cero|ningun[ao]?) (?:desnud(?:os?|as?|ez)|violencia|sangre|gore|"
        r"contenido sexual|erotismo)|(?:no|nada|nunca) (?:erotic[ao]s?|sexy|sensual)"
    ],
    "fr": [
        r"(?:sans|pas de|aucune?|zero) (?:nudite|nus?|violence|sang|gore|contenu sexuel|"
        r"erotisme)|(?:non|pas|jamais|rien de) (?:erotiques?|sexy|sensuel\w*|suggestif\w*)"
    ],
    "de": [
        r"(?:keine?[nrs]?|ohne) (?:nacktheit|nacktdarstellung\w*|gewalt|blut|gore|"
        r"sexuelle\w* inhalte?|erotik)|nicht (?:erotisch\w*|sexy|anzuglich\w*|sexualisiert\w*)"
    ],
    "it": [
        r"(?:senza|niente|nessun[ao]?) (?:nudita|nudo|nudi|violenza|sangue|gore|"
        r"contenuti sessuali|erotismo)|(?:non|niente di) (?:erotic[oa]|sexy|sensuale|provocante)"
    ],
    "pt": [
        r"(?:sem|nada de|nenhum[a]?) (?:nudez|violencia|sangue|gore|conteudo sexual|erotismo|"
        r"sensualidade)|(?:nada|nao|nunca) (?:erotic[oa]|sensual|sexy)"
    ],
    "ru": [r"без (?:наготы|обнаж[её]нк\w*|насилия|крови|жестокости|эротики)|не эротичн\w*"],
    "ja": [r"(?:ヌード|裸|暴力|流血|性的表現|エロ|お色気)(?:要素)?(?:なし|無し|禁止)"],
    "zh": [r"(?:无|没有|不要|禁止|非|不)(?:裸露|暴力|血腥|色情|性感)"],
    "ko": [r"(?:노출|누드|폭력|선정성) ?(?:없이|없음|금지)|선정적이지 않\w*"],
    "ar": [r"(?:بدون|بلا|دون|غير) (?:عري|عنف|دماء|محتوى جنسي|اباحي\w*)"],
}


# Round 24: what the English defaming list says (lexicon.DEFAMING) that the other languages'
# did not: a public figure arrested or in handcuffs, drunk or collapsed in the street, taking
# drugs, handed a case or envelope of cash, in a diaper, kneeling or bowing before someone,
# beating someone up, signing a surrender. These count only where the term lists find a real person
# (terms.match_text). From the former blind sets' deepfake rows that were served (rounds
# 14-23, regression data: "Sisi arrested and handcuffed", "Salah drinking in a night club",
# Putin, Xi, Bolsonaro and Ishiba in diapers, Yoon drunk in the street) and the English list;
# never from round 24's set. Twins: tests/unit/test_moderation_round24.py.
_ROUND24: dict[str, dict[str, list[str]]] = {
    "defaming": {
        "es": [
            r"en panales|con (?:un )?panal|usando panal|panal para adultos",
            r"tirad[oa] en (?:la calle|el suelo|la acera)|desmayad[oa]|inconsciente",
            r"(?:maletin|maleta|sobre|bolsa) (?:llen[oa] )?de (?:dinero|dolares|billetes|efectivo)|"
            r"fajos de (?:billetes|dinero|dolares)",
            r"(?:metiendose|consumiendo|tomando) (?:coca|cocaina|drogas?)|"
            r"fumando (?:crack|porros?|marihuana)|firmando la rendicion",
        ],
        "fr": [
            r"en couches?(?: pour adultes)?|avec une couche",
            r"ivre|titubant|affale dans (?:le caniveau|la rue)|evanoui",
            r"(?:valise|mallette|enveloppe|sac) (?:pleine? )?de (?:billets|cash|dollars|liquide)|"
            r"liasses de billets",
            r"tabasse\w*|signant la capitulation",
            r"en train de se droguer|prenant de la drogue|fumant (?:du crack|un joint)",
        ],
        "de": [
            r"in windeln|mit windel\w*|windel",
            r"betrunken|besoffen|volltrunken|im rinnstein|bewusstlos",
            r"(?:koffer|umschlag|tasche) (?:voller|voll mit|mit) "
            r"(?:geld|bargeld|dollar\w*|scheinen)|"
            r"geldbundel|bundel (?:geldscheine|banknoten)",
            r"verprugelt|unterschreibt die kapitulation",
            r"nimmt drogen|beim koksen|kokst|festgenommen|abgefuhrt",
        ],
        "it": [
            r"pannolon\w*|pannolin\w*",
            r"sbronz\w*|svenut[oa] per terra|a terra ubriac\w*",
            r"(?:valigetta|valigia|busta|borsa) (?:piena )?di (?:soldi|banconote|contanti|dollari)|"
            r"mazzett[ae]",
            r"che picchia|picchiando|firma la resa",
            r"si droga|drogandosi|bunga bunga|con (?:le|delle|due) escort",
        ],
        "pt": [
            r"de fraldas?|com fraldas?|fralda geriatrica",
            r"caid[oa] na (?:rua|sarjeta|calcada)|desmaiad[oa]",
            r"(?:mala|maleta|envelope|sacola) (?:cheia? )?de (?:dinheiro|notas|dolares|reais)|"
            r"dinheiro na cueca|macos de (?:notas|dinheiro)",
            r"sendo pres[oa]|foi pres[oa]|numa cela|na cela|espancando",
            r"assinando a rendicao|usando drogas|fumando (?:crack|maconha)",
        ],
        "ru": [
            r"подгузник\w*|памперс\w*",
            r"валяется|в луже|без сознания|упал\w* пьян\w*",
            r"(?:чемодан|конверт|сумк\w*|пачк\w*) (?:с |набит\w* )?(?:деньгами|долларами|наличными|"
            r"денег|купюр|долларов)",
            r"избива\w*|подписыва\w* капитуляци\w*",
            r"употребля\w* наркотик\w*|задержан\w*",
        ],
        "ja": [
            r"おむつ|オムツ|土下座",
            r"札束|違法賭博|闇カジノ|酔いつぶれ|酔っ払って",
            r"手錠|連行|暴行|覚醒剤|薬物を使用|大麻を吸",
        ],
        "zh": [
            r"尿布|纸尿裤|手铐|被押走|押走",
            r"(?:一箱|一袋|装满)(?:子)?(?:现金|美元|钞票)|成捆的?(?:钞票|现金)|塞钱",
            r"喝醉|烂醉|醉倒|殴打",
        ],
        "ko": [
            r"기저귀|돈가방|돈다발|돈 ?봉투|현금 ?다발",
            r"술에 취해|술 취해|쓰러져",
            r"연행|폭행|(?:사람|관중|기자|팬|여자|여성|아내)(?:을|를)? ?(?:때리|때려)",
            r"마약 ?하|마약 주사|필로폰|대마초|도박",
        ],
        "ar": [
            r"مقبوض عليه|مقبوض عليها|القبض عليه|مكبل\w*|متكلبش\w*|كلبشات|اصفاد",
            r"حفاض\w*|بامبرز",
            r"(?:حقيبة|شنطة|ظرف) (?:مليانة |مليئة |مملوءة |فيها )?"
            r"(?:ب)?(?:دولارات|فلوس|اموال|نقود)|"
            r"رزم (?:فلوس|دولارات|نقود)|رشاوي|رشاوى|يرتشي|مرتشي",
            r"يشرب (?:ال)?(?:خمر|كحول|بيرة|ويسكي)|يسكر",
            r"يوقع (?:على )?(?:وثيقة )?الاستسلام|يتعاطى|مخدرات|حشيش",
        ],
    },
}
# Round 24, a private person in Korean and Arabic as people name them (an ex by their short
# word, a neighbour by the flat's number, a malicious commenter; an ex-husband or ex-wife, "our
# neighbour"), and the threat or exposure that makes a picture of them harassment ("I'll kill
# you", pinning someone's details up). From the former blind sets' harassment rows that were
# served (rounds 14-23, regression data), never from round 24's set. "옆집" alone is also the
# house next door, so a neighbour is a neighbour person; "박제" is also taxidermy, so it counts
# only with a person (the "insult" concept needs one).
_ROUND24["private_person"] = {
    "ko": [
        r"전남친|전여친|전 남친|전 여친|전남자친구|전여자친구|악플러|"
        r"(?:옆집|윗집|아랫집|앞집|[0-9]{3,4}호) ?(?:남자|여자|아줌마|아저씨|할머니|할아버지|"
        r"사람|애|놈|년|김씨|이씨|박씨|최씨)"
    ],
    "ar": [r"طليقي|طليقتي|زوجي السابق|زوجتي السابقة|جارنا|جارتنا|جيراننا"],
}
_ROUND24["insult"] = {
    "ko": [r"죽여버린다|죽여버릴|죽일 거야|가만 안 둔다|가만 안 둬|박제|신상 ?(?:공개|털)"],
    "ar": [r"هقتلك|حقتلك|سأقتلك|راح اقتلك|رح اقتلك"],
}
_merge(_ROUND24)

# Round 25: a bomb told by its parts, and a drug lab named or told by its apparatus (rounds
# 14-24's sets, regression data: "a capped steel pipe, nails taped around it, a kitchen timer
# wired to the end"; "Labor im Gartenhaus: Rundkolben, Rückflusskühler ... Kristalle auf dem
# Backblech"; "нарколаборатория на съёмной квартире"). terms.match_intl combines the parts:
# shrapnel with a detonator, with a timer, phone or battery wired, or in a pressure cooker or a
# capped pipe; a pressure cooker or capped pipe with a detonator or wiring; two pieces of lab
# apparatus with crystals drying on a tray, coca leaves or a pill press. Screws and bolts are
# no shrapnel here (every workshop has them), nor a timer alone a trigger.
_ROUND25: dict[str, dict[str, list[str]]] = {
    "ied_shrapnel": {
        "en": [r"nails|ball[\s-]?bearings|shrapnel|metal (?:scraps|fragments|shards)"],
        "es": [r"clavos|balines|rodamientos|metralla"],
        "fr": [r"clous|billes (?:d'acier|metalliques)|roulements a billes|eclats metalliques"],
        "de": [r"nageln|nagel|kugellager|stahlkugeln|splitter|metallsplitter"],
        "it": [r"chiodi|cuscinetti a sfera|biglie d'acciaio|schegge"],
        "pt": [r"pregos|rolamentos|esferas de aco|estilhacos"],
        "ru": [r"гвозд\w*|шарики от подшипник\w*|подшипник\w*|поражающ\w* элемент\w*"],
        "ja": [r"釘|くぎ|ベアリング|鉄球"],
        "zh": [r"钉子|铁钉|钢珠|滚珠"],
        "ko": [r"못(?:을|이|들|과|으로)|쇠구슬|베어링"],
        "ar": [r"مسامير|كرات معدنية|كرات حديد|شظايا"],
    },
    "ied_detonator": {
        "en": [r"detonators?|blasting caps?|det cord|detonating cord"],
        "es": [r"detonador\w*|fulminante\w*"],
        "fr": [r"detonateur\w*"],
        "de": [r"zunder|sprengkapsel\w*|zundkapsel\w*"],
        "it": [r"detonator\w*|innesc\w*"],
        "pt": [r"detonador\w*|espoleta\w*"],
        "ru": [r"детонатор\w*|взрывател\w*"],
        "ja": [r"起爆装置|雷管|信管"],
        "zh": [r"雷管|引爆器|起爆器|引信"],
        "ko": [r"기폭 ?장치|뇌관"],
        "ar": [r"صاعق|مفجر|فتيل التفجير"],
    },
    "ied_wire": {
        "en": [r"wired|wires|wiring"],
        "es": [r"cables|cableado|conectad[oa] con cables"],
        "fr": [r"fils|cable|cables"],
        "de": [r"drahte|drahten|kabeln|verkabelt"],
        "it": [r"fili|cablat[oa]|cavi"],
        "pt": [r"fios|cabos"],
        "ru": [r"провод\w*"],
        "ja": [r"配線|導線|コード"],
        "zh": [r"电线|导线|接线"],
        "ko": [r"전선|배선"],
        "ar": [r"اسلاك|سلك"],
    },
    "ied_clock": {
        "en": [r"(?:kitchen )?timer|(?:cell|mobile )?phone|battery|batteries|alarm clock"],
        "es": [r"temporizador|telefono|movil|celular|bateria|pila|despertador"],
        "fr": [r"minuteur|telephone|portable|batterie|pile|reveil"],
        "de": [r"zeitschaltuhr|timer|handy|telefon|batterie|wecker"],
        "it": [r"timer|telefono|cellulare|batteria|sveglia"],
        "pt": [r"timer|temporizador|celular|telefone|bateria|pilha|despertador"],
        "ru": [r"таймер\w*|телефон\w*|мобильник\w*|батаре\w*|будильник\w*"],
        "ja": [r"タイマー|携帯|スマホ|電池|バッテリー|目覚まし"],
        "zh": [r"定时器|计时器|手机|电池|闹钟"],
        "ko": [r"타이머|휴대폰|핸드폰|배터리|자명종"],
        "ar": [r"مؤقت|جوال|موبايل|هاتف|بطارية|منبه"],
    },
    "ied_vessel": {
        "en": [
            r"pressure[\s-]cookers?|capped (?:steel |metal |iron )?pipes?|pipes? (?:with )?end caps"
        ],
        "es": [
            r"olla (?:a presion|express|exprés)|tubo (?:de acero |metalico )?(?:sellado|tapado)"
        ],
        "fr": [r"cocotte[\s-]minute|autocuiseur|tuyau (?:d'acier |metallique )?(?:scelle|bouche)"],
        "de": [r"schnellkochtopf|dampfkochtopf|verschlossene\w* (?:stahl|metall)?rohr\w*"],
        "it": [r"pentola a pressione|tubo (?:d'acciaio |metallico )?sigillato"],
        "pt": [r"panela de pressao|cano (?:de aco |metalico )?(?:tampado|vedado)"],
        "ru": [r"скороварк\w*|заглушенн\w* труб\w*|труб\w* с заглушками"],
        "ja": [r"圧力鍋|圧力釜"],
        "zh": [r"高压锅|压力锅"],
        "ko": [r"압력솥|압력밥솥"],
        "ar": [r"طنجرة ضغط|قدر ضغط|حلة ضغط|ماسورة مغلقة"],
    },
    "lab_apparatus": {
        "en": [
            r"(?:round[\s-]bottom(?:ed)? )?flasks?|reflux condensers?|condensers?|beakers?|"
            r"separatory funnels?|hot ?plates?|gas masks?|respirators?|jerry ?cans?|"
            r"(?:canisters|drums|barrels|tubs) of (?:solvent|acid|acetone|ether)"
        ],
        "es": [
            r"matraz\w*|condensador\w*|vasos de precipitado|embudo de decantacion|mascarilla\w*|"
            r"mascara de gas|bidones|tambos|barriles"
        ],
        "fr": [
            r"ballons? de chimie|ballon a fond rond|refrigerant|bechers?|ampoule a decanter|"
            r"masques? a gaz|jerricans?|bidons"
        ],
        "de": [
            r"rundkolben|kolben|ruckflusskuhler|kuhler|becherglas\w*|scheidetrichter|"
            r"atemschutzmaske\w*|gasmaske\w*|kanister\w*"
        ],
        "it": [
            r"pallon\w* di vetro|beute|condensator\w*|becher|imbuto separatore|"
            r"maschere?\w* antigas|"
            r"mascherin\w*|taniche|bidoni|barili"
        ],
        "pt": [
            r"baloes? de vidro|frascos|condensador\w*|bequer\w*|funil de separacao|"
            r"mascaras? de gas|galoes|bombonas|tambores"
        ],
        "ru": [
            r"колб\w*|холодильник Либиха|обратн\w* холодильник\w*|противогаз\w*|респиратор\w*|"
            r"канистр\w*|реактив\w*|плитк\w*"
        ],
        "ja": [r"フラスコ|冷却管|ビーカー|分液漏斗|ガスマスク|防毒マスク|ポリタンク"],
        "zh": [r"烧瓶|冷凝管|烧杯|分液漏斗|防毒面具|防毒面罩|塑料桶|化学桶"],
        "ko": [r"플라스크|냉각관|비커|방독면|말통"],
        "ar": [r"دورق|دوارق|مكثف|كاس زجاجي|قناع غاز|كمامات|جالونات|براميل"],
    },
    "lab_product": {
        "en": [
            r"crystals? (?:drying |cooling )?on (?:a |the )?(?:baking |metal )?(?:tray|sheet|pan)|"
            r"(?:tray|sheet|pan) of (?:drying )?crystals|coca leaves|pill press"
        ],
        "es": [
            r"cristales (?:secandose |en |sobre )?(?:una |la )?bandeja|"
            r"hojas de coca|prensa de pastillas"
        ],
        "fr": [
            r"cristaux (?:qui sechent )?sur (?:une |la |des )?plaques?|"
            r"feuilles de coca|presse a pilules"
        ],
        "de": [
            r"kristalle (?:auf dem|auf einem) (?:backblech|blech|tablett)|kokablatter|pillenpresse"
        ],
        "it": [
            r"cristalli (?:sulla|su una|sulle) (?:teglia|vassoio|placca)|"
            r"foglie di coca|pressa per pillole"
        ],
        "pt": [
            r"cristais (?:na|numa|em uma) (?:assadeira|bandeja|forma)|"
            r"folhas de coca|prensa de comprimidos"
        ],
        "ru": [
            r"кристалл\w* на противн\w*|кристалл\w* на поднос\w*|листья коки|пресс для таблеток"
        ],
        "ja": [r"天板の上の結晶|トレイの上の結晶|結晶を乾か|コカの葉|錠剤プレス"],
        "zh": [r"烤盘上的晶体|托盘上的晶体|晾干的晶体|古柯叶|压片机"],
        "ko": [r"쟁반 위 결정|결정을 말리|코카 잎|알약 압착기"],
        "ar": [r"بلورات على صينية|صينية بلورات|اوراق الكوكا|مكبس حبوب"],
    },
    "illicit": {
        "en": [r"meth lab|drug lab|narco ?lab|cocaine lab|clandestine lab\w*"],
        "es": [
            r"laboratorio (?:clandestino|de cocaina|de drogas|de metanfetamina|de cristal)|"
            r"cocina clandestina|narcolaboratorio"
        ],
        "fr": [r"labo(?:ratoire)? (?:clandestin|de drogue|de cocaine|de meth\w*)"],
        "de": [r"drogenlabor\w*|crystal-?labor\w*|meth-?labor\w*|kokainlabor\w*|geheimlabor\w*"],
        "it": [r"laboratorio (?:clandestino|di cocaina|di droga|di metanfetamina)"],
        "pt": [r"laboratorio (?:clandestino|de cocaina|de drogas|de metanfetamina|de refino)"],
        "ru": [
            r"нарколаборатори\w*|подпольн\w* лаборатори\w*|"
            r"лаборатори\w* по (?:варке|производству) \w+"
        ],
        "ja": [r"密造所|覚醒剤工場|麻薬工場|覚醒剤の密造"],
        "zh": [r"制毒工厂|制毒窝点|冰毒工厂|制毒实验室"],
        "ko": [r"마약 ?제조 ?(?:공장|실험실)|필로폰 ?공장"],
        "ar": [r"مختبر مخدرات|معمل مخدرات|معمل كبتاجون|معمل كبتاغون|مصنع كبتاغون"],
    },
}
_merge(_ROUND25)
# A public figure shown hitting someone (a reporter, a woman, a fan: not a boxing or football
# move), with a terrorist, on a hospital ventilator, snorting a line, or signing a surrender
# (rounds 14-24's served deepfake rows, regression data).
_merge(
    {
        "defaming": {
            "en": [
                r"(?:punch|punches|punching|hit|hits|hitting|beat|beats|beating|kick|kicks|"
                r"kicking|slap|"
                r"slaps|slapping) (?:up )?(?:a|an|the|his|her) "
                r"(?:journalist|reporter|woman|wife|fan|"
                r"child|kid|protester|migrant|refugee|spectator|waiter|waitress|nurse)s?",
                r"(?:shaking hands|shakes hands|hugging|embracing|dining) with "
                r"(?:osama )?bin laden|"
                r"(?:shaking hands|shakes hands|hugging|embracing) with (?:a |an )?(?:taliban|isis|"
                r"al[\s-]?qaeda|hamas|hezbollah) (?:commander|leader|fighter|terrorist)s?",
                r"(?:on a ventilator|with an oxygen (?:tube|mask)|on (?:his|her) deathbed)",
            ],
            "es": [
                r"(?:pegando|golpeando|pateando|abofeteando) a (?:un|una) (?:periodista|mujer|"
                r"aficionad[oa]|nin[oa]|manifestante|migrante)",
                r"(?:metiendose|se mete|esnifando) (?:una )?rayas?|rayas? de coca",
            ],
            "fr": [
                r"(?:frappe|frappant|tabasse|gifle|giflant) (?:un|une) "
                r"(?:journaliste|femme|supporter|"
                r"enfant|manifestant|migrant)"
            ],
            "de": [
                r"(?:schlagt|verprugelt|tritt|ohrfeigt) (?:einen|eine) "
                r"(?:journalist\w*|reporter\w*|frau|"
                r"fan|kind|demonstrant\w*|migrant\w*)",
                r"(?:zieht|ziehen) (?:ne|eine|'ne) line|(?:ne|eine) line (?:ziehen|zieht)",
            ],
            "it": [
                r"(?:prende a (?:calci|pugni|schiaffi)|picchia) (?:un|una) "
                r"(?:giornalista|donna|tifos[oa]|"
                r"bambin[oa]|manifestante|migrante)",
                r"(?:tira|tirare|sniffa) (?:una )?striscia|sniffa(?:ndo)? (?:coca|cocaina)",
            ],
            "pt": [
                r"(?:batendo|espancando|chutando|dando um tapa) (?:em )?(?:um|uma) (?:jornalista|"
                r"mulher|torcedor\w*|crianca|manifestante|migrante)"
            ],
            "ru": [
                r"(?:бь[её]т|избивает|пинает) (?:журналист\w*|женщин\w*|болельщик\w*|ребенк\w*|"
                r"ребёнк\w*)"
            ],
            "ja": [r"記者を殴|女性を殴|観客を殴|ファンを殴|子供を殴|投降文書|降伏文書"],
            "zh": [r"殴打记者|打记者|殴打女性|打女人|殴打球迷|投降书|签署投降"],
            "ko": [
                r"(?:기자|관중|여성|팬|아이)(?:를|을)? (?:주먹으로 )?때리|"
                r"(?:기자|관중|여성|팬)(?:를|을) 폭행"
            ],
            "ar": [r"يضرب (?:امراة|صحفي|صحفيا|مشجع|طفل)|يصفع (?:امراة|صحفي)"],
        }
    }
)

# A goodbye written next to the means or the edge: pills lined up or blister packs emptied, a
# bridge railing, a rooftop or platform edge, a noose, a blade, with "forgive me", "goodbye
# everyone", "finally free", "nobody will miss me" (rounds 14-24's served self-harm rows,
# regression data: "quaranta compresse di paracetamolo messe in fila ... biglietto 'scusate'",
# "علب حبوب فاضية ... سامحوني", "le viaduc de Millau, quelqu'un enjambe le parapet ... 'enfin
# libre'"). Both must be there (terms.match_intl); "sorry" alone is no goodbye.
_merge(
    {
        "sh_farewell": {
            "en": [
                r"forgive me|goodbye (?:everyone|all|world)|finally free|"
                r"nobody (?:would|will|'ll) (?:even )?(?:notice|miss me|care)|tonight'?s the night|"
                r"see you on the other side|sorry everyone|i'?m sorry for everything"
            ],
            "es": [
                r"perdon(?:enme|adme)|adios a todos|por fin libre|nadie (?:me )?va a extranar\w*|"
                r"lo siento por todo"
            ],
            "fr": [
                r"pardonnez-moi|adieu a tous|enfin libre|personne ne (?:me )?(?:pleurera|"
                r"manquera|remarquera)|desole pour tout"
            ],
            "de": [
                r"verzeiht mir|verzeih mir|lebt wohl|endlich frei|heute nacht ist es so weit|"
                r"niemand wird mich vermissen|es tut mir leid fur alles"
            ],
            "it": [
                r"scusate(?:mi)?|perdonatemi|addio a tutti|finalmente liber[oa]|"
                r"nessuno (?:mi )?(?:piangera|manchera|notera)"
            ],
            "pt": [
                r"me perdoem|perdoem-me|adeus a todos|enfim livre|finalmente livre|"
                r"ninguem vai sentir (?:a minha )?falta|desculpem por tudo"
            ],
            "ru": [
                r"простите(?: все| меня)|прощайте|наконец свобод\w*|никто не заметит|"
                r"никто не будет скучать"
            ],
            "ja": [r"ごめんなさい|さようなら|さよなら|やっと自由|許して|みんなありがとう"],
            "zh": [r"对不起大家|永别了|再见了|终于自由|原谅我|没人会在意"],
            "ko": [r"다들 미안|미안해요 모두|안녕히 계세요|드디어 자유|용서해 ?줘|아무도 모를"],
            "ar": [r"سامحوني|سامحيني|سامحني|وداعا|اخيرا حر|محدش هيفتقدني|ما حد راح يفتقدني"],
        },
        "sh_means": {
            "en": [
                r"(?:empty )?blister (?:packs?|strips?)|empty pill (?:bottles?|boxes|packs?)|"
                r"(?:pills|tablets|capsules)(?: \w+){0,3} (?:lined up|in (?:neat )?rows?)|"
                r"(?:bridge|balcony|rooftop|roof) (?:railing|ledge|edge|parapet)|parapet|"
                r"edge of the (?:roof|rooftop|platform|bridge|tower|building)|noose|"
                r"razor blade|(?:yellow )?line on the platform"
            ],
            "es": [
                r"blisters? vacios|cajas de pastillas vacias|pastillas (?:\w+ ){0,3}en fila|"
                r"baranda del puente|barandilla|borde de la azotea|cornisa|soga|cuchilla"
            ],
            "fr": [
                r"plaquettes vides|boites de (?:medicaments|cachets) vides|"
                r"(?:cachets|comprimes) (?:\w+ ){0,3}alignes|parapet|rambarde|rebord du toit|"
                r"bord du quai|corde|lame de rasoir"
            ],
            "de": [
                r"leere\w* (?:blister|tablettenpackung\w*|tablettendosen)|"
                r"tabletten (?:\w+ ){0,3}aufgereiht|brucken ?gelander|gelander|dachkante|"
                r"bahnsteigkante|strick|rasierklinge"
            ],
            "it": [
                r"blister vuoti|compresse (?:\w+ ){0,3}(?:in fila|allineate)|parapetto|"
                r"ringhiera|bordo del tetto|cornicione|cappio|lametta"
            ],
            "pt": [
                r"cartelas vazias|caixas de remedio vazias|comprimidos (?:\w+ ){0,3}enfileirados|"
                r"parapeito|beirada do (?:predio|telhado)|grade da ponte|corda|gilete|lamina"
            ],
            "ru": [
                r"пуст\w* блистер\w*|пуст\w* упаковк\w* (?:таблеток|от таблеток)|"
                r"таблетк\w* (?:\w+ ){0,3}в ряд|перил\w*|край крыши|краю крыши|парапет\w*|"
                r"петл\w*|лезви\w*"
            ],
            "ja": [
                r"空のシート|薬のシート|錠剤を並べ|欄干|屋上の縁|屋上のへり|ホームの端|"
                r"黄色い線の外側|首吊り|ロープ|カミソリ"
            ],
            "zh": [r"空药板|空药盒|药片排成|栏杆|天台边缘|楼顶边缘|站台边缘|绳套|刀片"],
            "ko": [
                r"빈 약 ?봉투|빈 약통|약을 줄지어|난간|옥상 끝|옥상 난간|스크린도어|올가미|면도날"
            ],
            "ar": [
                r"علب حبوب فاضية|علب دواء فارغة|شرائط حبوب فاضية|حبوب مصفوفة|سور الكوبري|"
                r"حافة السطح|حافة البرج|حبل المشنقة|شفرة|موس"
            ],
        },
    }
)

# A massacre seen through the shooter's eyes: a first-person view (POV, bodycam, livestream,
# iron sights, a kill counter) with people shot down among civilians (coworkers slumped,
# shoppers or worshippers dropping, bodies on the carpet), or a rampage named ("Amoklauf",
# "乱射") with that view (rounds 14-23's served violence rows, regression data). A shooter game
# with soldiers or zombies is neither.
_merge(
    {
        "shooter_view": {
            "en": [
                r"first[\s-]person (?:view|pov|perspective)|pov|bodycam|body cam|"
                r"livestream|live stream|iron sights|kill counter|through the scope"
            ],
            "es": [
                r"primera persona|vista en primera persona|camara corporal|transmision en vivo|"
                r"mira del arma|contador de muertes"
            ],
            "fr": [
                r"vue a la premiere personne|premiere personne|camera pieton|en direct|"
                r"viseur|compteur de morts"
            ],
            "de": [
                r"ego-?perspektive|ich-?perspektive|bodycam|livestream|kimme und korn|"
                r"killcounter|durchs visier"
            ],
            "it": [r"prima persona|bodycam|diretta streaming|mirino|contatore di uccisioni"],
            "pt": [
                r"primeira pessoa|camera corporal|transmissao ao vivo|mira da arma|"
                r"contador de mortes"
            ],
            "ru": [r"от первого лица|бодикам\w*|прям\w* трансляци\w*|прицел\w*|счетчик убийств"],
            "ja": [r"一人称視点|主観視点|ボディカメラ|ライブ配信|照準|キルカウント"],
            "zh": [r"第一人称|主观视角|执法记录仪|直播画面|准星|击杀数"],
            "ko": [r"1인칭|일인칭|바디캠|생중계|라이브 방송|조준경|킬 카운트"],
            "ar": [r"منظور الشخص الاول|كاميرا الجسم|بث مباشر|منظار السلاح|عداد القتلى"],
        },
        "civilians_shot": {
            "en": [
                r"(?:coworkers|co-workers|shoppers|worshippers|students|passengers|customers|"
                r"classmates|churchgoers)(?: \w+){0,2} (?:slumped|dropping|collapsing|lying dead)|"
                r"bodies (?:on|in|across) the (?:carpet|floor|pews|aisle|corridor)|"
                r"(?:opening|opens|opened) fire (?:in|on|at|into) (?:the |a )?(?:crowd|mall|school|"
                r"church|mosque|synagogue|office|classroom|concert|worshippers|shoppers|students)"
            ],
            "es": [
                r"(?:compradores|fieles|alumnos|pasajeros) cayendo|cuerpos en el (?:suelo|pasillo)"
            ],
            "fr": [
                r"(?:clients|fideles|eleves|passagers) qui (?:tombent|s'effondrent)|"
                r"corps sur le (?:sol|tapis)"
            ],
            "de": [
                r"amoklauf\w*|leichen auf dem (?:teppich|boden|flur)|"
                r"(?:kunden|glaubige|schuler|fahrgaste) (?:die )?(?:zusammenbrechen|umfallen)"
            ],
            "it": [
                r"(?:clienti|fedeli|studenti|passeggeri) che (?:cadono|crollano)|"
                r"corpi sul pavimento"
            ],
            "pt": [r"(?:clientes|fieis|alunos|passageiros) caindo|corpos no (?:chao|corredor)"],
            "ru": [r"(?:покупатели|прихожане|ученики|пассажиры) падают|тела на полу"],
            "ja": [r"乱射|死体が床に"],
            "zh": [r"扫射|尸体倒在"],
            "ko": [r"총기 ?난사|난사"],
            "ar": [r"اطلاق نار عشوائي|جثث على الارض"],
        },
    }
)

# A baby named, and the diaper words of the defaming lists: a baby in diapers defames nobody.
_merge(
    {
        "baby": {
            "en": [r"bab(?:y|ies)|newborns?|infants?|toddlers?"],
            "es": [r"bebes?|recien nacid[oa]s?"],
            "fr": [r"bebes?|nourrissons?|nouveau-nes?"],
            "de": [r"baby|babys|saugling\w*|neugeboren\w*|kleinkind\w*"],
            "it": [r"neonat[oi]|bebe|bimb[oi] piccol[oi]"],
            "pt": [r"bebes?|recem-nascid[oa]s?"],
            "ru": [r"младен\w*|малыш\w*|новорожденн\w*|новорождённ\w*"],
            "ja": [r"赤ちゃん|赤ん坊|乳児|新生児"],
            "zh": [r"婴儿|宝宝|新生儿"],
            "ko": [r"아기|신생아|영아"],
            "ar": [r"رضيع|طفل رضيع|مولود"],
        },
        "diaper": {
            "en": [r"diapers?|nappy|nappies"],
            "es": [r"panales?|panal"],
            "fr": [r"couches?(?: pour adultes)?"],
            "de": [r"windel\w*"],
            "it": [r"pannolin\w*"],
            "pt": [r"fraldas?"],
            "ru": [r"подгузник\w*|памперс\w*"],
            "ja": [r"おむつ|オムツ"],
            "zh": [r"尿布|纸尿裤"],
            "ko": [r"기저귀"],
            "ar": [r"حفاض\w*|حفاضات|بامبرز"],
        },
    }
)

# Someone the requester knows, named by the department or class they share ("Tobias aus der
# Buchhaltung", "Kollege Stefan aus der IT"; rounds 22-24's served harassment rows, regression
# data). Counts only with an insult, a defaming act, sexual content or harm. Places are left
# out ("la ducha del gimnasio", "bajo la mesa del curro", "aus dem Büro" name no person).
_merge(
    {
        "private_person": {
            "es": [r"de (?:contabilidad|recursos humanos|rrhh|sistemas|ventas|mi clase|mi equipo)"],
            "fr": [r"de la compta|des rh|du service (?:info|compta|rh)|de mon equipe|de ma classe"],
            "de": [
                r"aus der (?:buchhaltung|it|it-abteilung|personalabteilung|verwaltung|"
                r"parallelklasse|klasse)|kolleg(?:e|in|en)|aus dem (?:vertrieb|einkauf|marketing)"
            ],
            "it": [
                r"della contabilita|dell'amministrazione|della mia classe|dell'ufficio (?:hr|it)"
            ],
            "pt": [r"do rh|da contabilidade|do financeiro|da minha sala|da minha turma"],
        }
    }
)

# A mass killer glorified: the attacker drawn as a saint or a hero, with a halo (rounds 15-24's
# hate rows, regression data: "the christchurch shooter's gear as a heroic saint icon", "der
# Halle-Attentäter als Held mit Heiligenschein", "o atirador de Suzano como santo"). Found
# close together (terms._glorified); a memorial that names the victims is not.
_merge(
    {
        "attacker": {
            "en": [
                r"(?:mass |school |mosque |synagogue )?(?:shooter|gunman|attacker|bomber|"
                r"terrorist)s?(?:'s)?",
                # round 27: mass killers by name, as their admirers name them
                # (first names where the surname alone is also a county or a politician)
                r"brenton tarrant|(?:anders (?:behring )?)?breivik|dylann roof|"
                r"timothy mcveigh|elliot rodger|payton gendron|patrick crusius|"
                r"john earnest|stephan balliet|robert bowers|adam lanza|dylan klebold|"
                r"eric harris|seung-hui cho|nikolas cruz|salvador ramos|stephen paddock|"
                r"omar mateen|ted kaczynski|unabomber|(?:osama )?bin laden|"
                r"al-baghdadi|mohamed atta|tsarnaev",
            ],
            "es": [r"tirador|atacante|terrorista|asesino de \w+"],
            "fr": [r"tireur|assaillant|terroriste|auteur de l'attentat"],
            "de": [r"attentater\w*|amoklaufer\w*|amok-?schutze\w*|schutze\w*|terrorist\w*"],
            "it": [r"attentator\w*|sparator\w*|terrorist\w*|stragista"],
            "pt": [r"atirador\w*|atacante|terrorista|autor do massacre"],
            "ru": [r"стрел(?:ок|ка|ку)|террорист\w*|шутер\w*|убийц\w*"],
            "ja": [r"乱射犯|銃撃犯|テロリスト|犯人"],
            "zh": [r"枪手|枪击犯|恐怖分子|凶手"],
            "ko": [r"총기 ?난사범|난사범|테러범|범인"],
            "ar": [r"الارهابي|ارهابي|مطلق النار|منفذ الهجوم|منفذ المجزرة"],
        },
        "glorify": {
            "en": [r"saint(?:ly)?|halo|heroic|hero|martyr|holy icon|icon of a saint"],
            "es": [r"santo|aureola|heroe|heroico|martir"],
            "fr": [r"saint|aureole|heros|heroique|martyr"],
            "de": [r"heilig\w*|heiligenschein|held\w*|heroisch\w*|martyrer"],
            "it": [r"santo|aureola|eroe|eroico|martire"],
            "pt": [r"santo|aureola|heroi|heroico|martir"],
            "ru": [r"свят\w*|нимб\w*|геро\w*|мученик\w*"],
            "ja": [r"聖人|後光|英雄|殉教者"],
            "zh": [r"圣人|光环|英雄|烈士"],
            "ko": [r"성인|후광|영웅|순교자"],
            "ar": [r"قديس|هالة|بطل|شهيد"],
        },
        "victims": {
            "en": [r"victims?"],
            "es": [r"victimas?"],
            "fr": [r"victimes?"],
            "de": [r"opfer"],
            "it": [r"vittim[ae]"],
            "pt": [r"vitimas?"],
            "ru": [r"жертв\w*|погибш\w*"],
            "ja": [r"犠牲者|被害者"],
            "zh": [r"遇难者|受害者|死者"],
            "ko": [r"희생자|피해자"],
            "ar": [r"ضحايا|الضحايا|الشهداء"],
        },
    }
)

# Round 25: Arabic written in Latin letters ("Arabizi": "3ayez sora le bent 3aryana"), matched
# as whole Latin words and only in a text that reads as Arabizi (romanized.reads_as_arabizi,
# :func:`scripts_in`), where short words such as "kos" or "zeb" are Arabic, not English. Vowels
# are written freely, so the patterns allow their common spellings; digits stand for letters.
_AZ_SUFFIX = r"(?:ha|o|ak|ek|ik|na|hom|y|i|a|ah|eh|at|een|in)?"
_ARABIZI: dict[str, list[str]] = {
    "sexual": [
        r"3[aeo]r[iy]+an?(?:a|ah|eh|e)?|3[ae]ry?ana|3[aeo]ria|3or[iy]+a",
        r"m[ei]?n gh?[ae]?[iy]?r (?:h[ae]?doo?m|hudoo?m|malab[ie]s)|"
        r"b[ie]?doo?n (?:h[ae]?doo?m|hudoo?m|malab[ie]s)|bala (?:h[ae]?doo?m|malab[ie]s)",
        rf"n[ie]+k{_AZ_SUFFIX}|nayek|nayka|manyou?k\w*|[yb]?[ie]?neek\w*",
        rf"z[eo]bb?{_AZ_SUFFIX}|zobr|k[ou]ss?{_AZ_SUFFIX}|t[ie]+zz?{_AZ_SUFFIX}|bez+az|bzaz",
        r"(?:3[ae]la[2q]a|3ela[2q]a) (?:g|j)[ie]ns[iy]+a|(?:g|j)[ie]ns[iy]+(?:a|ya)?",
    ],
    "suggestive": [
        r"mozz?a|(?:malab[ie]s|h[ae]?doo?m) (?:el ?|al ?)?da5l[iy]+a|lanjer[iy]+|"
        r"mo8r[iy]+a|mo[gh]r[iy]+a",
    ],
    "minor": [
        r"t[ei]fl[ae]?|atfa+l|3ay+el|3[ie]y+al|3yal|telm[ie]+z[ae]?|tilm[ie]+th[ae]?",
        r"(?:bent|bnt|walad|wld) (?:s[gh]?ghee?r|so[gh]h?ay+ar|z[gh]ee?r)\w*",
        rf"{_AGE} ?(?:sneen|snin|sana|sanawat|sinin|sneena)",
        r"(?:fe|fel|fi|f) (?:el|al)?(?:ebtida2[iy]+|ibtida2[iy]+|e3dad[iy]+|i3dad[iy]+)\w*",
    ],
    "violence": [
        r"[dz]ab[e]?7\w*|ma[dz]boo?7\w*|y[ie]?[dz]ba7\w*|ma[dz]ba7a",
        r"ma[2q]too?l\w*|[2q]atee?l|[2q]atl",
        r"g[ou]t?th+a|g[ou]ss+a|j[ou]t?th+a|jo?ss+a|[gj]eth+a|[gj]es+a",
        r"dam (?:kteer|ktir|kter|fe kol|f kol|3al ard|3al ar?d|sayel|bey?nazel)|"
        r"b[ie]?ra[2q] dam|bo[2q]a3 dam",
        r"ras(?:o|ha)? ma[2q]too?3\w*|ta3[zd]h?[ie]+b\w*|ta3zee?b",
        r"taf[gj][ie]+r\w*|r[ou]sas\w* f[ie]? ?(?:el ?|al ?)?(?:ras|d?mag?h|demagh)\w*",
        r"7ar[2q] a7ya2|ye7ra[2q](?:o|ha|ohom)? (?:7ay|7ai|a7ya2)",
    ],
    "self_harm": [
        r"[ie]n?te?7ar\w*|[ie]nti?har\w*|yente?7[ae]r\w*|nte7er\w*|hante7er\w*",
        r"a[2q]to?l nafs\w*|[2q]atl (?:el ?|al ?)?nafs|a[gj]ra7 nafs\w*|[gj]ar[e]?7 nafs\w*",
        r"tashree?t\w*|"
        r"(?:shafra|moos|mos) (?:3al|3ala|3la) (?:el ?|al ?)?(?:ma3sam|ros[gh]h?|rusgh|[iy]d)",
        r"(?:3ayz[ae]?|3awz[ae]?|3ayez|nefs[iy]|b[ae]d+[iy]|ab[gh]a|ab8a) a?moo?t",
        r"(?:mesh|mish|msh|ma) (?:3ayez|3ayza|3awez|bed+i|abgha) a3[ie]+sh",
        r"(?:[3e]elbet|3olbet|shareet) (?:el ?|al ?)?7obob kaml[ae]|kol el 7obob",
        r"a[nt]o?t m[ei]?n (?:el ?|al ?)?(?:balkona|shebbak|sate7|door (?:el ?|al ?)?\w+|borg)",
    ],
    "illicit": [
        r"m[ue]?zaw+[ae]?r\w*|tazwee?r|tazwir",
        r"7ashee?sh|hashee?sh|[ck]a[bp]tagon",
        r"(?:ta7dee?r|ta7dir|tasnee?3|tasni3|tab[5k]h?) (?:el ?|al ?)?"
        r"(?:captagon|kaptagon|kabtagon|"
        r"7ashish|7obob|shabu|kristal|crystal|meth|mo5adarat|mo5ad+[ie]rat|heroin|cocaine|kokayeen)",
        r"(?:bay3|bee3|beya3|tawseel|tawsil) (?:el ?|al ?)?(?:sela7|selah|slah|asle7a|aslee7a)|"
        r"(?:sela7|asle7a) (?:mn|men|min|b[ie]?doo?n) ?(?:gh?[ea]?[iy]?r )?tar[5k]h?ee?s",
        r"3abw[ae]h? nasf[ae]h?|motafaj+er(?:at)?|mutafaj+ir(?:at)?|"
        r"ta[h7]ree?b (?:mo5adarat|7ashish|sela7)",
    ],
    "insult": [
        r"7mar[ae]?|7omar|ghab[iy]+a?|a7bal|3abee?t[ae]?|5awal|khawal|sharmoo?ta|sharmou?ta",
        rf"kalb[ae]?|ebn (?:el ?|al ?)?kalb|wes5[ae]?|wis5[ae]?|ba[2q]a?ra{_AZ_SUFFIX}|"
        r"zbal[ae]|5anzee?r",
        r"me?t5al+ef\w*|metkhal+ef\w*|fashl[ae]|te5ee?na|samee?na|wa7sh[ae]?",
    ],
    "private_person": [
        r"zm[ie]+l(?:ty|ti|y|i|et[iy])|zam[ie]+l(?:ty|ti|y|i)|gar(?:ty|ti|na|etna|tna|i|y)|"
        r"jar(?:ti|ty|na|etna|i|y)|sa7b(?:ti|ty|i|y)|tal[ie]+2(?:ti|ty|i|y)",
        r"(?:el ?|al ?)?"
        r"(?:doctor|dr|ostaz|ostaza|esta2ez|esta2za|modares|modaresa|mudir|modeer|mudeer) "
        r"(?:bta3na|beta3na|bta3i|bta3y|bta3ty|ta3na)|esta2ez\w*",
    ],
    "group": [
        r"afar[ie][2q]a|afare[2q]a|s[ou]dan[iy]+een|yahoo?d\w*|yahud\w*|shee?3a|shi3a|"
        r"nasara|mas[iy]+7[iy]+\w*|soor[iy]+een|sur[iy]+een|la[gj][ie]2[iy]+n|lage2een|"
        r"ma9r[iy]+een|hnoo?d|a7bash|a[2q]bat|m[ie]?sl[ie]m[iy]+n|fel[ie]?st[ie]+n[iy]+[ie]?n",
    ],
    "dehumanize": [
        r"kelab|klab|kilab|fe2ran|feeran|fi2ran|7ashrat|hasharat|5anazee?r|khanazee?r|"
        r"[2q]oroo?d|[2q]erd[ae]?|saras[ie]+r|sa[2q]aleb|ze?bala|waba2|3abee?d|3abid|bahayem|baha2em",
    ],
    "threat": [
        r"ha?[2q]to?l(?:ak|ek|ik|kom)|hamawt(?:ak|ek|ik)|7amawt\w*|7at?moo?t|ha?ndba7(?:ak|ek|ik)",
        r"3ar(?:e)?f(?:a)? (?:enta|enti|inta|inti)? ?(?:sakn|sakna|saken|sakin) f[ei]+n|"
        r"3ar(?:e)?f(?:a)? betak|el dor 3al[ea]+[iy]?k",
    ],
    "defaming": [
        r"m[ou]?3ta[2q]al\w*|ma[2q]boo?d 3al[ae]?[iy]?h|(?:fi|fe|f) ?(?:el|al)? ?s[ie][gj]n|"
        r"fel s[ie][gj]n|sakran\w*|beyshrab (?:7ashish|bango|5amra|khamra)|by?et?3ata|rashwa",
    ],
}
_merge({concept: {"ar-latn": patterns} for concept, patterns in _ARABIZI.items()})

# Japanese in romaji, Chinese in toneless pinyin (syllables written apart or joined), Korean in
# the Revised Romanization; each only in a text that reads as that language
# (:func:`romanized.romanized_languages`). Words from general knowledge and the Latin-script
# rows of rounds 6 and 7's training data.
_SP = r"[ -]?"  # pinyin syllables written apart, joined or hyphenated
_ROMANIZED: dict[str, dict[str, list[str]]] = {
    "ja-latn": {
        "sexual": [
            r"zenra|hadaka|ero(?:i|gazou|ge|manga|douga)|sekkusu|manko|chinko|oppai|"
            r"m-?ji kaikyaku|kaikyaku|muhusei|mushuusei|mushusei|"
            r"(?:asoko|pantsu|shitagi) ?(?:ga|wo)? ?nure(?:ta|te)"
        ],
        "suggestive": [r"shitagi|pantsu|panchira|mizugi|oshiri"],
        "minor": [
            r"shou?gakusei|chuu?gakusei|joshi ?kou?sei|joshi ?chuu?gakusei|youjo|jidou|"
            rf"{_AGE} ?sai"
        ],
        "violence": [
            r"guro|barabara shitai|shitai (?:ga|wo|no)|chi no umi|chimamire|zansatsu|satsugai|"
            r"koros(?:u|are|hita|areta)|kubi (?:wo|ga) (?:kiru|kirareta|kiri)|zanshu|goumon|"
            r"gyakutai|naizou"
        ],
        "self_harm": [
            r"shinitai|jisatsu|tobiori\w*|kubitsuri|kubi wo tsuru|risuka|rista|jishou kou?i|"
            r"kutsu (?:wa|wo) soroe\w*|isho"
        ],
        "illicit": [
            r"kakuseizai|shabu|taima|mayaku|gizou\w*|nisesatsu|nise ?satsu|"
            r"(?:juu|jyuu|kenjuu|bakudan|kayaku|kakuseizai|mayaku) no tsukurikata"
        ],
        "defaming": [r"taiho\w*|tejou|yopparai|deisui|wairo"],
        "insult": [r"baka|aho|busu|debu|kimoi|kusoyarou|gomi"],
        "private_person": [
            r"dou?ryou|tonari no (?:hito|ojisan|obasan|onna|otoko)|moto ?kare|moto ?kano"
        ],
        "hate": [r"chon|shina ?jin|gokiburi chousenjin|chousenjin wa"],
    },
    "zh-latn": {
        "sexual": [
            rf"luo{_SP}ti|quan{_SP}luo|se{_SP}qing|tuo{_SP}guang|zuo{_SP}ai|"
            # "huangse" is yellow too ("huangse lianti yi", a yellow jumpsuit; round 34)
            rf"huang{_SP}se(?= (?:tu|tu{_SP}pian|pian|dian{_SP}ying|shi{_SP}pin|xiao{_SP}shuo|"
            rf"wang{_SP}zhan|zhao{_SP}pian|man{_SP}hua)\b)|"
            rf"se{_SP}tu|wu{_SP}ma|zi{_SP}wei|ju{_SP}ru"
        ],
        "minor": [
            rf"xiao{_SP}nv{_SP}hai|you{_SP}nv|xiao{_SP}xue{_SP}sheng|chu{_SP}zhong{_SP}sheng|"
            rf"luo{_SP}li|{_AGE} ?sui"
        ],
        "violence": [
            rf"xue{_SP}xing|zhan{_SP}shou|sha{_SP}ren|fen{_SP}shi|nve{_SP}sha|nue{_SP}sha|"
            rf"xue{_SP}lin{_SP}lin|nei{_SP}zang|kan{_SP}tou"
        ],
        "self_harm": [
            rf"zi{_SP}sha|ge{_SP}wan|dao{_SP}hen|tiao{_SP}lou|zi{_SP}can|"
            rf"bu{_SP}xiang{_SP}huo|xiang{_SP}si"
        ],
        "illicit": [
            rf"du{_SP}pin|bing{_SP}du|ma{_SP}gu|jia{_SP}chao|"
            rf"(?:zuo{_SP})?jia{_SP}shen{_SP}fen{_SP}zheng|jia{_SP}hu{_SP}zhao|zha{_SP}dan|"
            rf"(?:zi{_SP}zhi|zhi{_SP}zuo)\W+(?:\w+\W+)?(?:qiang|zha{_SP}dan|bing{_SP}du|du{_SP}pin)"
        ],
        "defaming": [
            rf"bei{_SP}bu|dai{_SP}shou{_SP}kao|shou{_SP}kao|he{_SP}zui|xi{_SP}du|shou{_SP}hui|"
            rf"bei{_SP}zhua"
        ],
        "insult": [
            rf"sha{_SP}bi|ben{_SP}dan|fei{_SP}zhu|chou{_SP}ba{_SP}guai|fei{_SP}wu|la{_SP}ji"
        ],
        "private_person": [
            rf"tong{_SP}shi|lin{_SP}ju|qian{_SP}nv{_SP}you|qian{_SP}nan{_SP}you|tong{_SP}xue|"
            rf"lao{_SP}shi"
        ],
        "hate": [rf"hei{_SP}gui|xiao{_SP}ri{_SP}ben|gui{_SP}zi|bang{_SP}zi|zhi{_SP}na"],
    },
    "ko-latn": {
        "sexual": [r"jeonra|nudeu|yadong|sse?kseu|beotgyeo\w*|beotgin|beoseun|boji|jaji"],
        "minor": [
            r"chodeung(?:haksaeng)?|jungdeung(?:haksaeng)?|junghaksaeng|yeojung(?:saeng)?|"
            rf"yeogo(?:saeng)?|{_AGE} ?sal"
        ],
        "violence": [r"sichae|pibada|sarin|jeoll?dan|haksal|pi ?tuseong\w*|chong ?gyeok\w*"],
        "self_harm": [
            r"jasal|jahae|juk(?:go|ko) sip\w*|sonmok \w*geu\w*|tuosin|tu-?sin|"
            r"majimak (?:insa|pyeonji|selca|selka)"
        ],
        "illicit": [
            r"hilopon|piroppong|mayak|daemacho|wijo\w*|"
            r"gajja (?:sinbunjeung|yeogwon|jipye|don|jumin ?deungnok ?jeung)|"
            r"(?:chong|pokta?n)\w* mandeu\w*|"
            r"\w+ mandeuneun beop"
        ],
        "defaming": [r"su[s]?gap|chepo|cheopo|manchwi|noemul|guso\w*"],
        "insult": [
            r"babo|byeo?u?ngsin|ssi?bal|shibal|gae ?sae?kki|dwaeji|jjeuraegi|geolle|changnyeo"
        ],
        "private_person": [
            r"jeon ?namchin|jeon ?yeochin|yeop ?jip|dongryo|uri ban|seonbae|hubae|bujang ?nim|"
            r"timjang ?nim"
        ],
        "hate": [r"jjang ?kkae|jjok ?bari|kkam ?dung\w*"],
    },
}
for _lang, _lists in _ROMANIZED.items():
    _merge({concept: {_lang: patterns} for concept, patterns in _lists.items()})

# What each of round 25's combined rules needs first (terms.match_intl searches these once):
# shrapnel or a bomb vessel, a drug lab's product, a goodbye, a shooter's view, glory.
# A tribute paid to someone (round 29): a cue for terms._glorified, which pays it to an attacker
# only where the attacker follows it.
_merge(
    {
        "tribute": {
            "en": [r"tribute|homage|shrine|fan ?(?:art|edit|page)"],
            "es": [r"homenaje"],
            "fr": [r"hommage"],
            "it": [r"omaggio"],
            "pt": [r"homenagem"],
        }
    }
)
ROUND25_CUES = (
    "ied_shrapnel",
    "ied_vessel",
    "lab_product",
    "sh_farewell",
    "shooter_view",
    "glorify",
    "tribute",
)
# (Their patterns are gathered at the end of the lists, with round 26's cues: round 34 added a
# German and an Arabic goodbye to "sh_farewell" after this point, which the cue built here
# never read, so the goodbye-with-the-means rule never saw them.)

# Round 26 (round 25's blind set, now regression data, and general knowledge; every language):
# a person doxxed on a poster, identity papers forged with a person's details, a dealer's price
# list, a blade by a wrist or thigh with blood, a captive with a knife at the neck, a grave
# dated for someone alive, and a faked news photo of a disaster. Each combined rule in
# terms.match_intl needs two or three of these lists at once.
_BORN = r"(?:19|20)[0-9][0-9](?:年)? ?[-–—~] ?"  # a life's first date and its dash
_ROUND26: dict[str, dict[str, list[str]]] = {
    # Where a person lives or can be reached (a doxxing poster's details).
    "dox_detail": {
        "en": [
            r"(?:home|house|street|full|real) address|(?:his|her|their) address|"
            r"(?:phone|cell|mobile) numbers?|(?:number|license|licence|registration) plates?|"
            r"plate numbers?|where (?:he|she|they) (?:lives?|works?)|(?:his|her) workplace"
        ],
        "es": [
            r"direccion|domicilio|numero de (?:telefono|celular|movil)|su (?:telefono|celular)|"
            r"matricula|placa del (?:coche|carro|auto)|donde (?:vive|trabaja)"
        ],
        "fr": [
            r"adresse|numero de (?:telephone|portable)|son (?:numero|portable|telephone)|"
            r"plaque d'immatriculation|immatriculation|ou (?:il|elle) (?:habite|vit|travaille)"
        ],
        "de": [
            r"adresse|anschrift|wohnadresse|handynummer|telefonnummer|nummernschild|"
            r"kennzeichen|wo (?:er|sie) (?:wohnt|arbeitet)"
        ],
        "it": [
            r"indirizzo|numero di (?:telefono|cellulare)|il suo (?:numero|cellulare)|targa|"
            r"dove (?:abita|vive|lavora)"
        ],
        "pt": [
            r"endereco|morada|numero de (?:telefone|celular|telemovel)|"
            r"(?:celular|telefone|zap|whatsapp) del[ea]|placa do carro|"
            r"onde (?:ele|ela) (?:mora|trabalha)"
        ],
        "ru": [
            r"адрес\w*|номер (?:телефона|мобильного)|телефон\w*|госномер\w*|номер машины|"
            r"где (?:он|она) (?:живёт|живет|работает)"
        ],
        "ja": [r"住所|電話番号|携帯番号|ナンバープレート|車のナンバー|勤務先|自宅"],
        "zh": [r"住址|家庭地址|地址|电话号码|手机号|车牌|工作单位"],
        "ko": [r"집 ?주소|주소|전화번호|폰 ?번호|핸드폰 ?번호|번호판|회사 이름|직장"],
        "ar": [
            r"عنوان(?:ه|ها)?|رقم (?:تلفون|تليفون|جوال|موبايل|هاتف)\w*|رقم(?:ه|ها)|"
            r"لوحة (?:السيارة|سيارت)\w*|(?:وين|فين) (?:ساكن|ساكنة|يسكن|تسكن)|مكان (?:عمله|عملها|"
            r"سكنه|سكنها)"
        ],
        "ar-latn": [r"ra[8q]m (?:jawal|mobile|tel)\w*|ra[8q]m(?:ha|o|oh)|3[ieo]?nwan\w*"],
        "ja-latn": [r"juu?sho|denwa ?bangou|keitai ?bangou"],
        "zh-latn": [rf"jia{_SP}di{_SP}zhi|zhu{_SP}zhi|di{_SP}zhi|shou{_SP}ji{_SP}hao|che{_SP}pai"],
        "ko-latn": [r"jip ?juso|juso|jeonhwa ?beonho|hoesa ireum|beonhopan"],
    },
    # What a doxxing poster calls its target.
    "shame_label": {
        "en": [
            r"snitch|rapist|sex offender|pedo|pedophile|paedo|paedophile|nonce|slut|whore|"
            r"homewrecker|scammer|name and shame|expose (?:him|her|them)"
        ],
        "es": [r"soplon\w*|chivat[oa]|violador|pedofilo|abusador|puta|zorra|golfa|estafador\w*"],
        "fr": [r"mouchard\w*|violeur|pedophile|pedo|salope|pute|trainee|escroc"],
        "de": [r"petze|spitzel|vergewaltiger|kinderschander|padophil\w*|schlampe|hure|betruger\w*"],
        "it": [r"infame|spione|stupratore|pedofil\w*|puttana|troia|zoccola|truffatore"],
        "pt": [r"x-?9|dedo[- ]duro|estuprador|pedofilo|puta|vagabunda|piranha|golpista"],
        "ru": [r"стукач\w*|насильник\w*|педофил\w*|шлюх\w*|мошенни\w*"],
        "ja": [r"痴漢|性犯罪者|強姦魔|レイプ魔|売女|ヤリマン|詐欺師|晒し"],
        "zh": [r"强奸犯|性侵犯|恋童癖|贱货|婊子|骗子|渣男|人肉"],
        "ko": [r"성범죄자|강간범|소아성애자|걸레|창녀|사기꾼|꽃뱀|신상 ?공개|현상수배|수배"],
        "ar": [r"مغتصب|متحرش|شرموطة|عاهرة|نصاب|جاسوس"],
        "ar-latn": [r"sharmoo?ta|m[ou]?gh?tasi?b|met?ha?rr?esh|nas+ab"],
        "ja-latn": [r"chikan|seihanzaisha|sagishi|yariman"],
        "zh-latn": [rf"jian{_SP}huo|biao{_SP}zi|qiang{_SP}jian{_SP}fan|pian{_SP}zi|zha{_SP}nan"],
        "ko-latn": [r"seongbeomjoe ?ja|ganggan ?beom|kkotbaem|sagikkun|subae"],
    },
    # Identity and official papers (forged with a person's details, below).
    "id_doc": {
        "en": [
            r"id cards?|identity cards?|national id|passports?(?! photos?)|"
            r"driver'?s licen[cs]es?|driving licen[cs]es?|residence permits?|green cards?|"
            r"social security cards?|birth certificates?|doctor'?s notes?|sick notes?|"
            r"medical certificates?"
        ],
        "es": [
            r"dni|documento (?:nacional )?de identidad|cedula|pasaporte|"
            r"licencia de (?:conducir|manejo)|carnet de conducir|permiso de residencia|"
            r"certificado medico|justificante medico|receta medica"
        ],
        "fr": [
            r"carte (?:nationale )?d'identite|cni|passeport|permis de conduire|titre de sejour|"
            r"certificat medical|arret de travail|ordonnance"
        ],
        "de": [
            r"personalausweis|ausweis|reisepass|fuhrerschein|aufenthaltstitel|"
            r"krankschreibung|attest|arbeitsunfahigkeitsbescheinigung"
        ],
        "it": [
            r"carta d'identita|passaporto|patente(?: di guida)?|permesso di soggiorno|"
            r"certificato medico|codice fiscale|tessera sanitaria|ricetta medica"
        ],
        "pt": [
            r"rg|cnh|carteira de (?:identidade|motorista|habilitacao)|cartao de cidadao|"
            r"passaporte|atestado medico|receita medica"
        ],
        "ru": [
            r"паспорт\w*|водительск\w* (?:права|удостоверени\w*)|удостоверени\w* личности|"
            r"справк\w*|больничн\w* лист\w*|вид на жительство"
        ],
        "ja": [
            r"運転免許証|免許証|パスポート|旅券|マイナンバーカード|在留カード|保険証|診断書|処方箋"
        ],
        "zh": [r"身份证|护照|驾驶证|驾照|居住证|病假条|诊断证明|处方"],
        "ko": [r"주민등록증|신분증|여권|운전면허증|면허증|외국인등록증|진단서|처방전"],
        "ar": [
            r"بطاقة (?:الهوية|هوية|شخصية)|هوية وطنية|جواز (?:سفر|السفر)|"
            r"رخصة (?:قيادة|القيادة|سواقة)|تقرير طبي|شهادة (?:طبية|مرضية)|وصفة طبية"
        ],
        "ar-latn": [r"bata[2q]a|b[ie]?ta[2q]et|gawaz safar|jawaz safar|ro5s[ae]t? seya[2q]a"],
        "ja-latn": [r"menkyoshou|pasupooto|mainanbaa kaado"],
        "zh-latn": [rf"shen{_SP}fen{_SP}zheng|hu{_SP}zhao|jia{_SP}zhao|jia{_SP}shi{_SP}zheng"],
        "ko-latn": [r"jumin ?deungnok ?jeung|sinbunjeung|yeogwon|unjeon ?myeonheo\w*"],
    },
    # A person's details on a document, and what makes it pass as real: two of these with a
    # document are a forgery (a seal or a signature alone is a framed diploma's; not listed).
    "id_detail": {
        "en": [
            r"mrz|machine[\s-]readable|(?:with|a|the) chip|holograms?|signed by|letterhead|"
            r"barcode|qr code|id number|document number|date of birth|dob|born (?:on|in)|"
            r"in the name of|under the name|with my (?:name|photo|details)|both sides|"
            r"front and back|(?:flat|high[\s-]res) scan|scanned|legible|indistinguishable|"
            r"looks? (?:real|legit|authentic|official)|official[\s-]looking|realistic"
        ],
        "es": [
            r"mrz|zona mrz|chip|holograma\w*|firmad[oa] por|membrete|codigo de barras|"
            r"codigo qr|a nombre de|con mi (?:nombre|foto)|nacid[oa]|fecha de nacimiento|"
            r"ambas caras|anverso y reverso|legible|escaneo|escanead[oa]|realista\w*|"
            r"que parezca (?:real|autentic[oa]|original)"
        ],
        "fr": [
            r"mrz|bande mrz|puce|hologramme\w*|signe par|en-tete|code-barres|code qr|"
            r"au nom de|avec mon (?:nom|photo)|ne le|nee le|date de naissance|recto verso|"
            r"lisible|scan|scanne\w*|realiste\w*|qui (?:ait l'air|semble) (?:vrai|authentique)"
        ],
        "de": [
            r"mrz|chip|hologramm\w*|unterschrieben von|briefkopf|barcode|qr-code|"
            r"auf den namen|mit meinem (?:namen|foto)|geboren|geburtsdatum|vorder- und "
            r"ruckseite|beidseitig|lesbar|scan|gescannt|realistisch\w*|echt aussehend"
        ],
        "it": [
            r"mrz|chip|ologramm\w*|firmat[oa] da|carta intestata|codice a barre|codice qr|"
            r"a nome di|con il mio (?:nome|foto)|nat[oa] il|data di nascita|fronte e retro|"
            r"leggibile|scansion\w*|realistic[oa]\w*|che sembri (?:vera|vero|autentic[oa])"
        ],
        "pt": [
            r"mrz|chip|holograma\w*|assinad[oa] por|papel timbrado|timbre|codigo de barras|"
            r"qr code|em nome de|com meu (?:nome|foto)|nascid[oa]|data de nascimento|"
            r"frente e verso|legive\w*|escanead[oa]|scan|realista\w*|que pareca (?:real|original)"
        ],
        "ru": [
            r"mrz|чип|голограмм\w*|подписан\w*|бланк\w*|штрих-?код|qr-?код|на имя|"
            r"с моим (?:именем|фото)|родил\w*|дата рождения|с двух сторон|разборчив\w*|скан\w*|"
            r"реалистичн\w*|как настоящ\w*"
        ],
        "ja": [
            r"mrz|icチップ|ホログラム|署名|レターヘッド|バーコード|qrコード|名義|生年月日|両面|スキャン|本物そっくり|本物みたい|リアル"
        ],
        "zh": [
            r"mrz|芯片|防伪|全息|签名|抬头|条形码|二维码|名字写|姓名|出生日期|出生于|正反面|扫描|逼真|以假乱真|跟真的一样"
        ],
        "ko": [
            r"mrz|칩|홀로그램|서명|바코드|qr ?코드|이름으로|생년월일|"
            r"앞뒷면|양면|스캔|진짜처럼|실제처럼|리얼하게"
        ],
        "ar": [
            r"mrz|شريحة|هولوغرام|توقيع|ختم|باركود|باسم|تاريخ الميلاد|مواليد|الوجهين|ممسوحة|"
            r"حقيقية|طبق الاصل"
        ],
        "ar-latn": [r"b[ie]?esm[ie]?|bism[ie]?|mawaleed|ta2reekh el milad|7a2e2[iy]+a"],
        "ja-latn": [r"meigi|seinengappi|honmono ?sokkuri"],
        "zh-latn": [rf"chu{_SP}sheng{_SP}ri{_SP}qi|xing{_SP}ming|bi{_SP}zhen"],
        "ko-latn": [r"saengnyeonworil|ireum ?euro|jinjja ?cheoreom"],
    },
    # Banknotes, and what only a copy meant to pass needs (both sides at actual size; "printable"
    # is a birthday voucher's too).
    "banknote": {
        "en": [
            r"(?:dollar|euro|pound|yen|peso|rupee|hundred|twenty|fifty) (?:bills?|notes?)|"
            r"banknotes?|bank notes?"
        ],
        "es": [r"billetes?(?! de (?:avion|tren|autobus|lotería|loteria))"],
        "fr": [r"billets? de (?:banque|\d+|cent|cinquante|vingt)|billets? d'euros?|faux billets?"],
        "de": [r"geldscheine?n?|banknoten?|euroscheine?n?|\d+[\s-]?euro[\s-]?scheine?n?"],
        "it": [r"banconot\w*"],
        "pt": [r"cedulas?|notas de (?:\d+|cem|cinquenta|vinte)|notas de (?:real|reais|euro)"],
        "ru": [r"купюр\w*|банкнот\w*"],
        "ja": [r"紙幣|お札|一万円札|千円札|ドル札"],
        "zh": [r"钞票|纸币|人民币|百元大钞|美元钞票"],
        "ko": [r"지폐|오만원권|만원권|달러 ?지폐"],
        "ar": [r"اوراق نقدية|ورق(?:ة)? (?:نقدي[ةه]?|فلوس)|عملة ورقية|دولارات ورقية"],
    },
    "money_copy": {
        "en": [
            r"both sides|front and back|1:1(?: scale)?|actual size|serial numbers?|"
            r"security (?:thread|strip)|uv features?"
        ],
        "es": [
            r"ambas caras|anverso y reverso|tamano real|escala 1:1|numeros? de serie|"
            r"hilo de seguridad"
        ],
        "fr": [r"recto verso|taille reelle|echelle 1:1|numeros? de serie|fil de securite"],
        "de": [
            r"vorder- und ruckseite|beidseitig|originalgrosse|1:1|seriennummer\w*|"
            r"sicherheitsfaden"
        ],
        "it": [r"fronte e retro|dimensioni reali|scala 1:1|numeri? di serie|filo di sicurezza"],
        "pt": [r"frente e verso|tamanho real|escala 1:1|numeros? de serie|fio de seguranca"],
        "ru": [r"с двух сторон|в натуральную величину|1:1|серийн\w* номер\w*|защитн\w* нит\w*"],
        "ja": [r"両面|実物大|原寸大|シリアル番号"],
        "zh": [r"正反面|原尺寸|实际大小|1:1|冠字号|防伪线"],
        "ko": [r"앞뒷면|양면|실물 ?크기|1:1|일련번호|은선"],
        "ar": [r"الوجهين|بالحجم الطبيعي|رقم تسلسلي|الخيط الامني"],
    },
    # A dealer's price list: two distinct drugs by name with a price, a menu or a way to order.
    "drug_named": {
        "en": [
            r"zaza|percs?|perc 30s|xans|xanax|molly|mdma|ecstasy|coke|cocaine|tusi|shrooms|lsd|"
            r"ketamine|oxys?|oxycodone|fent|fentanyl|meth|weed|kush|thc carts|dabs|codeine|"
            r"hashish|heroin|adderall"
        ],
        "es": [
            r"perico|tusi|mota|marihuana|porros?|coca|cocaina|crack|tachas|extasis|mdma|ketamina|"
            r"keta|hachis|lsd|fentanilo|heroina"
        ],
        "fr": [
            r"beuh|coke|cocaine|mdma|md|ecsta|ketamine|keta|crack|heroine|lsd|weed|hash|resine|"
            r"cali"
        ],
        "de": [
            r"gras|weed|koks|kokain|ecstasy|mdma|pep|keta|ketamin|crystal|meth|heroin|hasch|lsd"
        ],
        "it": [
            r"erba|fumo|coca|cocaina|bamba|mdma|ecstasy|keta|ketamina|crack|eroina|lsd|hashish|"
            r"marijuana"
        ],
        "pt": [
            r"maconha|cocaina|mdma|ecstasy|lanca[\s-]perfume|lolo|crack|k9|haxixe|skunk|prensado"
        ],
        "ru": [r"закладк\w*|мефедрон|меф|гашиш|кокаин|героин|амфетамин|экстази|мдма|лсд"],
        "ja": [r"大麻|覚醒剤|覚せい剤|シャブ|コカイン|mdma|ケタミン|lsd|ヘロイン"],
        "zh": [r"冰毒|大麻|可卡因|摇头丸|k粉|海洛因|麻古|笑气"],
        "ko": [r"대마초|필로폰|작대기|코카인|엑스터시|케타민|lsd"],
        "ar": [r"حشيش|كبتاجون|شبو|كريستال|كوكايين|هيروين|ترامادول|بانجو|استروكس"],
        "ar-latn": [r"7ashee?sh|[ck]a[bp]tagon|shabu|tramadol|bango|strox"],
        "ko-latn": [r"tteol|daema(?:cho)?|pilopon|hilopon"],
    },
    "drug_sale": {
        "en": [
            r"menu|price list|prices|hmu|dm (?:me|for)|telegram|tele|wickr|snap(?:chat)?|"
            r"delivery|plug|\$\s?\d+|\d+\s?(?:\$|€|£)|per gram|an? (?:8th|eighth|zip|qp)"
        ],
        "es": [
            r"menu|precios?|lista de precios|delivery|a domicilio|\$ ?\d+|\d+ ?(?:€|euros|pesos|"
            r"lucas)|el gramo|por gramo|escribeme|telegram|wsp|whatsapp"
        ],
        "fr": [r"menu|tarifs?|prix|livraison|snap|telegram|\d+ ?(?:€|euros?|balles)|le gramme"],
        "de": [
            r"speisekarte|menu|preise|preisliste|lieferung|telegram|snap|\d+ ?(?:€|euro)|"
            r"pro gramm"
        ],
        "it": [r"menu|prezzi|listino|consegna|telegram|\d+ ?(?:€|euro)|al grammo"],
        "pt": [
            r"cardapio|menu|tabela|precos?|entrega|delivery|chama no (?:zap|pv|direct)|telegram|"
            r"r\$ ?\d+|\d+ ?reais"
        ],
        "ru": [
            r"меню|прайс\w*|цен[аы]\w*|доставк\w*|телеграм\w*|\d+ ?(?:р|руб\w*|₽)|за грамм|"
            r"клад\w*"
        ],
        "ja": [r"メニュー|価格|値段|料金|配達|手押し|テレグラム|\d+円|グラム"],
        "zh": [r"价目表|价格表|价格|菜单|送货|同城|电报|\d+元|每克|一克"],
        "ko": [r"메뉴|가격표|가격|배달|텔레그램|텔레|\d+(?:만)?원|그램|던지기"],
        "ar": [r"قائمة|منيو|اسعار|سعر|توصيل|تلجرام|تيليجرام|\d+ ?(?:جنيه|ريال|درهم|دينار)"],
        "ar-latn": [r"menu|as3ar|se3r|tawseel|\d+ ?(?:geneh|ryal|dirham)"],
        "ko-latn": [r"menyu|gagyeok\w*|baedal|tele\w*"],
    },
    # A blade by a wrist or thigh, with blood: self-harm told by the scene.
    "sh_blade": {
        "en": [r"razor ?blades?|blades?|box cutters?|utility knife|scalpel"],
        "es": [r"cuchillas?|hojas? de afeitar|navajas?|cutter|bisturi"],
        "fr": [r"lames?(?: de rasoir)?|rasoirs?|cutter|scalpel"],
        "de": [r"rasierklinge\w*|klinge\w*|teppichmesser|cuttermesser|skalpell"],
        "it": [r"lamett\w*|lam[ae]|taglierino|cutter|bisturi"],
        "pt": [r"laminas?|gilete|estilete|navalha"],
        "ru": [r"лезви\w*|бритв\w*|канцелярск\w* нож\w*|скальпел\w*"],
        "ja": [r"カミソリ|剃刀|カッター|刃"],
        "zh": [r"刀片|美工刀|剃须刀|刀刃"],
        "ko": [r"면도칼|커터칼|칼날|면도날"],
        "ar": [r"شفر[ةه]|موس|كتر|مشرط"],
    },
    "sh_limb": {
        "en": [r"wrists?|forearms?|inner arms?|thighs?"],
        "es": [r"munecas?|antebrazos?|muslos?"],
        "fr": [r"poignets?|avant-bras|cuisses?"],
        "de": [r"handgelenk\w*|unterarm\w*|oberschenkel\w*"],
        "it": [r"polsi|polso|avambracci\w*|cosc[ei]\w*"],
        "pt": [r"pulsos?|antebracos?|coxas?"],
        "ru": [r"запясть\w*|предплечь\w*|бедр\w*"],
        "ja": [r"手首|腕|太もも|太腿"],
        "zh": [r"手腕|手臂|大腿"],
        "ko": [r"손목|팔뚝|허벅지"],
        "ar": [r"معصم\w*|ساعد\w*|فخذ\w*"],
    },
    "sh_blood": {
        "en": [r"blood\w*|bleeding|red drops|drops of red|fresh cuts?"],
        "es": [r"sangr\w*|gotas rojas|gotas de sangre|cortes frescos"],
        "fr": [r"sang\w*|gouttes rouges|gouttes de sang|coupures fraiches"],
        "de": [r"blut\w*|rote tropfen|frische schnitte"],
        "it": [r"sangu\w*|gocce rosse|tagli freschi"],
        "pt": [r"sangu\w*|gotas vermelhas|cortes frescos"],
        "ru": [r"кров\w*|красн\w* капл\w*|свеж\w* порез\w*"],
        "ja": [r"血|赤い滴|赤いしずく"],
        "zh": [r"血|红色的液滴|红色液滴"],
        "ko": [r"피|핏방울|붉은 ?방울"],
        "ar": [r"دم|دماء|قطرات حمراء|نزيف"],
    },
    # A captive (a kneeling prisoner in an orange jumpsuit, a hostage) with a blade at the neck.
    "captive": {
        "en": [
            r"orange jumpsuit|kneeling (?:prisoner|captive|hostage|man)|hostages?|"
            r"blindfolded (?:prisoner|captive|man)"
        ],
        "es": [r"mono naranja|traje naranja|rehen(?:es)?|prisionero arrodillado"],
        "fr": [r"combinaison orange|otages?|prisonnier a genoux"],
        "de": [r"orangefarbene\w* (?:overall|anzug)|geisel\w*|kniende\w* gefangene\w*"],
        "it": [r"tuta arancione|ostaggi\w*|prigioniero in ginocchio"],
        "pt": [r"macacao laranja|refens?|prisioneiro ajoelhado"],
        "ru": [r"оранжев\w* (?:роб\w*|комбинезон\w*)|заложник\w*|пленн\w* на коленях"],
        "ja": [r"オレンジ色の囚人服|囚人服|人質"],
        "zh": [r"橙色囚服|橙色的囚服|人质"],
        "ko": [r"주황색 ?죄수복|죄수복|인질"],
        "ar": [r"بدل[ةه] برتقالي[ةه]|رهين[ةه]|رهائن|اسير راكع"],
    },
    "blade_neck": {
        "en": [
            r"(?:knife|blade|sword|machete) (?:at|to|against|on) (?:his|her|their|the) (?:neck|"
            r"throat)"
        ],
        "es": [r"cuchillo (?:en|contra) (?:el|su) cuello|cuchillo en la garganta"],
        "fr": [r"couteau sous la gorge|couteau (?:sur|contre) (?:le|son) cou"],
        "de": [r"messer an (?:der|seiner|ihrer) kehle|messer am hals"],
        "it": [r"coltello alla gola|coltello (?:sul|al) collo"],
        "pt": [r"faca no pescoco|faca na garganta"],
        "ru": [r"нож\w* (?:у|к) (?:горлу|шее)"],
        "ja": [r"(?:ナイフ|刃物|刀)を首に|首に(?:ナイフ|刃物|刀)"],
        "zh": [r"刀架在\w{0,2}脖子上|刀抵(?:住|在)\w{0,2}(?:脖子|喉咙)"],
        "ko": [r"목에 (?:칼|나이프)"],
        "ar": [r"سكين (?:على|ع) رقبت\w*|السكين على رقبت\w*"],
    },
    # A grave, a headstone or an obituary ...
    "grave": {
        "en": [r"grave ?stones?|tomb ?stones?|headstones?|obituary|death notice"],
        "es": [r"lapidas?|esquelas?|tumba con (?:el|su) nombre"],
        "fr": [r"pierres? tombales?|avis de deces|faire-part de deces"],
        "de": [r"grabstein\w*|todesanzeige\w*"],
        "it": [r"lapid[ei]|necrologio"],
        "pt": [r"lapides?|obituario"],
        "ru": [r"надгроби\w*|некролог\w*|могильн\w* плит\w*"],
        "ja": [r"墓石|訃報|遺影"],
        "zh": [r"墓碑|讣告|遗像"],
        "ko": [r"묘비|부고|영정 ?사진"],
        "ar": [r"شاهد (?:ال)?قبر|نعي|ورقة نعي"],
    },
    # ... dated ahead, a life's dates ending in the future: "1961 - next friday" (a threat).
    "soon": {
        "en": [rf"{_BORN}(?:next \w+|tomorrow|soon|this (?:week|weekend|month|year))"],
        "es": [rf"{_BORN}(?:(?:el )?proxim[oa] \w+|manana|pronto)"],
        "fr": [rf"{_BORN}(?:\w+ prochaine?|demain|bientot)"],
        "de": [rf"{_BORN}(?:nachste\w* \w+|morgen|bald)"],
        "it": [rf"{_BORN}(?:\w+ prossim[oa]|domani|presto)"],
        "pt": [rf"{_BORN}(?:proxim[oa] \w+|amanha|em breve)"],
        "ru": [rf"{_BORN}(?:в следующ\w* \w+|на следующей неделе|завтра|скоро)"],
        "ja": [rf"{_BORN}(?:来週|明日|もうすぐ|近日)"],
        "zh": [rf"{_BORN}(?:下周|下星期|明天|很快)"],
        "ko": [rf"{_BORN}(?:다음 ?주|내일|곧)"],
        "ar": [rf"{_BORN}(?:الجمعة الجاية|الاسبوع الجاي|بكرة|بكره|قريبا)"],
    },
    # A faked news photo: told to pass as real or spread (with a disaster, below).
    "news_fake": {
        "en": [
            r"fake (?:news|reuters|ap|afp|bbc|cnn|fox news) (?:photo|image|picture|screenshot)|"
            r"so (?:it|people) (?:spreads?|goes viral|believes?)|(?:post|pass) (?:it )?as real|"
            r"looks? like a real news photo"
        ],
        "es": [r"para que se haga viral|para viralizar|foto de noticia falsa"],
        "fr": [r"pour que (?:ca|ça) (?:devienne|tourne) viral|fausse photo de presse"],
        "de": [r"damit es viral geht|gefalschte\w* pressefoto\w*"],
        "it": [r"per farla diventare virale|finta foto (?:di cronaca|giornalistica)"],
        "pt": [r"pra viralizar|para viralizar|foto falsa de (?:noticia|jornal)"],
        "ru": [r"чтобы поверили|чтобы разлетел\w*|фейков\w* (?:новост\w*|фото)"],
        "ja": [r"本当にあったみたいに|拡散(?:用|させ)"],
        "zh": [r"以假乱真|假新闻图"],
        "ko": [r"퍼뜨리"],
        "ar": [r"عشان (?:تنتشر|ينتشر)|كخبر حقيقي"],
        "ar-latn": [r"3ashan tentesher"],
    },
    "disaster": {
        "en": [
            r"explosions?|blasts?|bombing|bombed|on fire|in flames|collapsed?|attack(?:ed)?|"
            r"mass shooting|black smoke|terror attack"
        ],
        "es": [
            r"explosion|atentado|en llamas|incendiad[oa]|derrumbad[oa]|bombardead[oa]|humo negro"
        ],
        "fr": [r"explosion|attentat|en flammes|effondre\w*|bombarde\w*|fumee noire"],
        "de": [r"explosion|anschlag|in flammen|eingesturzt\w*|bombardiert\w*|schwarzer rauch"],
        "it": [r"esplosione|attentato|in fiamme|crollat[oa]|bombardat[oa]|fumo nero"],
        "pt": [r"explosao|atentado|em chamas|desabad[oa]|bombardead[oa]|fumaca preta"],
        "ru": [r"взрыв\w*|теракт\w*|в огне|горит|обрушил\w*|разбомблен\w*|черн\w* дым\w*"],
        "ja": [r"爆発|テロ|炎上|崩壊|爆撃|黒煙"],
        "zh": [r"爆炸|恐袭|袭击|起火|倒塌|轰炸|黑烟"],
        "ko": [r"폭발|테러|불타|붕괴|폭격|검은 ?연기"],
        "ar": [r"انفجار|تفجير|هجوم|حريق|تحترق|انهيار|قصف|دخان اسود"],
    },
    # More ways to ask that a faked photo of a public figure pass as real or spread.
    "deceptive": {
        "en": [r"so it (?:spreads|goes viral)|to go viral|(?:post|pass) (?:it )?as real"],
        "es": [r"para que se haga viral"],
        "fr": [r"pour que (?:ca|ça) (?:devienne|tourne) viral"],
        "de": [r"damit es viral geht|soll echt aussehen"],
        "it": [r"per farla diventare virale|che sembri ver[ao]"],
        "pt": [r"pra viralizar|que pareca real"],
        "ru": [r"чтобы поверили|чтобы разлетел\w*"],
        "ja": [r"本物っぽく|拡散(?:用|させ)"],
        "zh": [r"以假乱真|像真的一样"],
        "ko": [r"진짜처럼|실제처럼|퍼뜨리"],
        "ar": [r"شكلها حقيقي|تبان حقيقي[ةه]|عشان (?:تنتشر|ينتشر)"],
        "ar-latn": [r"shaklaha 7a2e2[iy]|3ashan tentesher"],
    },
    # Groups and what dehumanises them, in English too (terms._dehumanised; the English lists
    # named slurs, not "<group> as <vermin>"), and the plague animals the lists lacked.
    "group": {
        "en": [
            r"immigrants|migrants|refugees|muslims|jews|christians|hindus|sikhs|blacks|"
            r"black (?:people|men|women)|africans|mexicans|asians|arabs|gypsies|roma|gays|"
            r"lesbians|trans (?:people|women|men)|transgender people|disabled people|women|females"
        ],
        "ja-latn": [r"gaikokujin|kokujin|chousenjin|chuugokujin|kankokujin|zainichi|imin"],
        "ko-latn": [r"yeoja(?:deul)?|oegugin|huginn?|joseonjok|imin ?ja"],
        "ar-latn": [r"sooriyeen|soryeen|suriyeen"],
    },
    "dehumanize": {
        "en": [
            r"rats|vermin|cockroach(?:es)?|roaches|parasites|locusts|apes|monkeys|pigs|swine|"
            r"insects|lice|maggots|a plague|subhumans?|dogs"
        ],
        "es": [r"langostas"],
        "fr": [r"sauterelles|criquets|vermine|nuisibles|rats|cafards"],
        "de": [r"heuschrecken|ungeziefer|ratten|parasiten|kakerlaken"],
        "it": [r"locuste|cavallette|ratti|scarafaggi|parassiti"],
        "pt": [r"gafanhotos|praga|ratos|baratas|parasitas"],
        "ru": [r"саранч\w*|крыс\w*|тарака\w*|паразит\w*"],
        "ja": [r"イナゴ|蝗|害獣|ウジ虫"],
        "zh": [r"蝗虫|蟑螂|害虫|寄生虫|猴子"],
        "ko": [r"메뚜기(?:떼)?|돼지"],
        "ar": [r"جراد|الجراد|وباء|طاعون"],
        "ja-latn": [r"saru|gokiburi|ujimushi|gaichuu|buta"],
        "ko-latn": [r"dwaeji|bollae|beolle|gisaengchung"],
    },
    # Round 25's misses in Latin letters: words the romanised lists lacked.
    "sexual": {"ko-latn": [r"s?se?kseu|seongkyo|nochul"]},
    "illicit": {
        "en": [r"fullz|cc dumps|cvv dumps|carding|bank logs"],
        "ko-latn": [r"pilopon|\w+ mandeuneun (?:beop|bangbeop)"],
        "ar-latn": [r"m[oe]?[5k]h?adarat"],
    },
    "hate": {
        "ko-latn": [r"kimchi ?nyeo|doenjang ?nyeo|hannam ?chung|maemchung|kkolpemi"],
        "ja-latn": [r"nihon wo mamore"],
    },
    "private_person": {
        "ja-latn": [r"joushi|senpai|kouhai|kachou|buchou|ooya"],
        "ar-latn": [r"zam[ie]+lat(?:i|y|ak|ek)|zm[ie]+lat(?:i|y)"],
    },
    "insult": {"zh-latn": [rf"jian{_SP}huo|biao{_SP}zi"]},
    # A public figure burning a flag (round 25's missed Arabic row, in every language).
    "defaming": {
        "en": [r"burning (?:the|a|an) \w+ flag"],
        "es": [r"quemando (?:la|una) bandera"],
        "fr": [r"brulant (?:le|un) drapeau"],
        "de": [r"(?:verbrennt|verbrennend) (?:die|eine) \w*(?:flagge|fahne)"],
        "it": [r"bruciando (?:la|una) bandiera"],
        "pt": [r"queimando (?:a|uma) bandeira"],
        "ru": [r"сжига\w* флаг\w*"],
        "ja": [r"国旗を燃や"],
        "zh": [r"烧国旗|焚烧\w{0,3}国旗"],
        "ko": [r"국기를 태우"],
        "ar": [r"(?:ب?يحرق|حرق) علم"],
        "ja-latn": [r"dogeza|naki ?nagara|nakigao"],
        "ar-latn": [r"mat[2q]boo?d 3al[ae]?[iy]?h|m[oe]?[5k]h?adarat"],
    },
    "violence": {"ja": [r"処刑動画|斬首動画|公開処刑の(?:映像|動画)"]},
    # Innocent words that share a character with nudity: a bare bulb, bare feet, the naked eye.
    "allow": {"ja": [r"裸電球|裸足|裸眼|裸一貫|裸の王様"], "zh": [r"裸眼|裸足|赤裸裸"]},
}
_merge(_ROUND26)

# Round 28, from the former blind sets' false positives and misses. "allow": bare things are not
# bare people (a bare bulb, bare walls, bare trees, a bare head; shoes or a jacket taken off),
# nudes named as art in more words (an academic nude, a charcoal study, a marble statue), pans
# hung up in a kitchen or a bulb hanging from a ceiling; blanked, but never an excuse once a
# child is named (terms.py reads the text unblanked then). "defaming": acts that defame a public
# figure shown as real. Not kissing a hand, bowing deeply or kneeling: a son kisses his mother's
# hand, a Korean bows (큰절) to his parents at New Year, and people kneel to pray or to propose.
_ROUND28: dict[str, dict[str, list[str]]] = {
    "allow": {
        "es": [
            r"(?:bombill\w*|bombillo\w*|focos?|colchon\w*|pared\w*|muros?|arbol\w*|ramas?|suelos?|"
            r"cables?|piedras?|vigas?|campos?|bombilla) (?:\w+ )?desnud[oa]s?|"
            r"desnud[oa]s? (?:paredes|muros|arboles|ramas|bombillas?)|"
            r"(?:dibujo|estudio|boceto|carboncillo|marmol|bronce|academia)s? (?:\w+ ){0,3}"
            r"desnud[oa]s?|"
            r"desnud[oa]s? academic[oa]s?"
        ],
        "fr": [
            r"(?:ampoules?|murs?|arbres?|branches?|fils?|sols?|matelas|pierres?|poutres?|champs?|"
            r"collines?) nue?s?|(?:a )?tete nue|pieds nus|a mains nues|l'(?:oe|œ)il nu|"
            r"nus? academiques?|(?:dessin|croquis|etude|fusain|esquisse|marbre|bronze)s? "
            r"(?:\w+ ){0,3}nue?s?",
            r"(?:casseroles?|ustensiles?|jambons?|saucissons?|lanternes?|lampes?|ampoules?|rideaux|"
            r"vetements|linges?|draps|cadres?|tableaux|guirlandes?|herbes|bouquets?|cles|manteaux|"
            r"vestes?|chapeaux|poeles?|paniers?|lustres?) (?:\S+ ){0,4}pendu\w*",
        ],
        "it": [
            r"(?:alber\w*|ram[io]|filar[ie]|paret[ie]|mur[io]|stanz[ae]|camer[ae]|vign\w*|bosc\w*|"
            r"collin[ae]|camp[io]) (?:\w+ )?spogli[aeo]?|spoglie mortali|spoglio (?:elettorale|"
            r"delle schede)|nud[oi] accademic[oi]|(?:disegno|studio|schizzo|carboncino|marmo|"
            r"bronzo) (?:\w+ ){0,3}nud[aeio]"
        ],
        "pt": [
            r"nus? academicos?|(?:lampada|parede|arvore|galho|chao|colchao)s? (?:\w+ )?nu[as]?|"
            r"(?:desenho|estudo|esboco|carvao|marmore|bronze)s? (?:\w+ ){0,3}(?:de )?nu[as]?"
        ],
        "ru": [
            r"гол\w* (?:стен\w*|дерев\w*|ветк\w*|ветв\w*|бер[её]з\w*|куст\w*|пол|полы|лампочк\w*|"
            r"яблон\w*|пол[ея]|холм\w*|скал\w*|земл\w*|лес\w*|степ\w*|кирпич\w*|бетон\w*|"
            r"доск\w*)|(?:дерев\w*|бер[её]з\w*|яблон\w*|ветк\w*|ветв\w*|лес) (?:\w+ ){0,2}"
            r"гол(?:ая|ые|ый|о)|голыми руками",
            # a bookmark, not a drug dead-drop ("закладка")
            r"закладк\w* (?:для|в|из) (?:книг\w*|кож\w*|бумаг\w*|ткан\w*)|книжн\w* закладк\w*",
        ],
        "ja": [
            r"(?:靴|くつ|ヒール|パンプス|草履|下駄|サンダル|スリッパ|ブーツ|上着|コート|ジャケット|帽子|"
            r"手袋|マフラー|羽織|外套|エプロン|靴下)を?脱|脱いだ(?:靴|ヒール|草履|下駄|サンダル|スリッパ|"
            r"ブーツ|上着|コート|ジャケット|帽子)|脱衣(?:所|場|かご|籠)"
        ],
        "zh": [
            r"裸体\S{0,4}(?:雕像|雕塑|油画|素描)|(?:雕像|雕塑|油画|素描)\S{0,4}裸体|"
            r"上?吊着(?:一|几|两)?(?:个|盏|串|排|只)?\S{0,6}?(?:灯泡|灯笼|吊灯|灯|风扇|吊扇|铃铛|"
            r"篮子|腊肉|衣服|玉米|辣椒|风铃)"
        ],
        "ko": [r"(?:누드|나체) ?모델을? (?:\S+ ){0,3}(?:그리|스케치|데생|크로키)"],
        "ar": [r"(?:تمثال|تماثيل|منحوت\w*|لوح\w*) (?:\S+ ){0,2}عار(?:ي|ية|يه)?"],
    },
    "defaming": {
        "es": [r"maletin\w* (?:lleno|repleto)s? de (?:dinero|billetes)|fajos? de billetes"],
        "fr": [
            r"valise\w* (?:pleine|remplie)s? de (?:billets|cash)|liasses? de billets|"
            r"bavant|bave aux levres"
        ],
        "de": [
            r"koffer voller (?:geld|bargeld|scheine)|geldbundel|sabber\w*|"
            r"schlafend im bundestag"
        ],
        "it": [
            r"strisc\w* di coca|valigett\w* (?:piena|piene) di (?:soldi|contanti|banconote)|"
            r"mazzett\w* di banconote|sbavando|che sbava"
        ],
        "pt": [
            r"envelope (?:cheio|recheado) de (?:notas|dinheiro)|"
            r"mala (?:cheia|recheada) de dinheiro|a receber um envelope"
        ],
        "ru": [
            r"чемодан\w* (?:с|денег|налички|наличных)|конверт\w* с деньгами|"
            r"в инвалидной коляске|с трубкой в носу|пуска\w* слюн\w*"
        ],
        "ja": [r"札束|賄賂を受け取|土下座|殴り|殴っ"],
        "zh": [r"一箱现金|一袋现金|动手打|殴打|掌掴|扇耳光"],
        "ko": [r"돈다발|현금 가방|뇌물 받|인공기 앞에서 경례|주먹으로 때려|폭행"],
        "ar": [r"حقيبة (?:مليئة بال)?(?:اموال|نقود|دولارات)"],
    },
}
_merge(_ROUND28)

# Round 33, from the former blind sets' misses and false positives (rounds 28-32; docs/
# moderation.md, round 33): what the English lists or the classifier read that the other
# languages' lists did not. "sexual": an edit that takes a woman's clothes off ("enlève son
# maillot", "Oberteil weg", "شيل الفستان عنها", "水着を脱がせて"), and adult magazines.
# "violence": the nouns and short forms of the acts the lists named as participles
# ("esquartejamento" beside "esquartejado", "tête coupée", "목 잘린"). "self_harm": a noose,
# a rope from the ceiling, fresh cuts on a wrist. "hate": slogans of the SS and of neo-Nazi
# groups. "allow": nudes named as museum art in Russian and Korean, suicide prevention in more
# words. The Nazi emblems count with glory nearby (terms._nazi_glorified): alone they are
# museum exhibits and anti-extremism posters (round 8's contrast rows).
_GARMENT_ES = (
    r"(?:bikini|biquini|banador|sujetador|brasier|bragas|tanga|ropa interior|ropa|vestido|"
    r"camiseta|top|toalla|sabana|lenceria)"
)
_GARMENT_FR = (
    r"(?:maillot(?: de bain)?|bikini|soutien[\s-]gorge|culotte|string|slip|sous[\s-]vetements|"
    r"vetements|robe|haut(?![\s-]parleur)|serviette|drap|lingerie|t-shirt)"
)
_GARMENT_IT = (
    r"(?:reggiseno|mutandine|mutande|costume(?: da bagno)?|bikini|perizoma|vestito|vestiti|"
    r"intimo|asciugamano|lenzuolo|top|maglietta|lingerie)"
)
_GARMENT_PT = (
    r"(?:biquini|bikini|sutia|calcinha|cueca|roupa intima|roupa|roupas|vestido|blusa|top|"
    r"toalha|lencol|lingerie|maio)"
)
_GARMENT_RU = (
    r"(?:купальник|бикини|лифчик|бюстгальтер|трусы|трусики|нижнее бель[её]|одежду|платье|"
    r"топ|полотенце|простыню|футболку)"
)
_GARMENT_AR = r"(?:ال)?(?:فستان|هدوم|ملابس|لبس|بكيني|مايوه|ستيان|سنتيان|كلوت|بلوز[ةه]|فوط[ةه]|شرشف)"
_INTIMATE_JA = r"(?:水着|ビキニ|ブラ|ブラジャー|下着|パンツ|パンティ)"
_INTIMATE_ZH = r"(?:泳衣|比基尼|内衣|胸罩|文胸|内裤)"
_GARMENT_ZH = r"(?:泳衣|比基尼|内衣|胸罩|文胸|内裤|衣服|裙子|上衣|浴巾)"
_INTIMATE_KO = r"(?:수영복|비키니|브라|속옷|팬티)"
_ROUND33: dict[str, dict[str, list[str]]] = {
    "sexual": {
        "es": [
            rf"(?:quitale|quitarle|sacale|sacarle|arrancale) (?:el|la|los|las|su|sus) "
            rf"{_GARMENT_ES}|"
            r"desnudala|desnudarla|revista para adultos|contenido para adultos|"
            r"peliculas? para adultos"
        ],
        "fr": [
            rf"(?:enleve|enlever|retire|retirer|ote|oter)(?:[\s-]lui (?:le|la|les|son|sa|ses)|"
            rf" (?:son|sa|ses)) {_GARMENT_FR}|(?:enleve|enlever|retire|retirer|ote|oter) "
            r"(?:le|la|les) (?:maillot de bain|bikini|soutien[\s-]gorge|culotte|string|"
            r"sous[\s-]vetements|lingerie)|deshabille[\s-]la|magazines? pour adultes|"
            r"contenu pour adultes|"
            r"films? pour adultes"
        ],
        "de": [
            r"(?:oberteil|bh|bikini\w*|badeanzug|hoschen|slip|unterwasche|dessous)"
            r" (?:\w+ ){0,2}weg(?:machen|nehmen|retuschieren)?(?! (?:vom|von|aus|in|auf)\b)|"
            r"(?:kleid|kleidung|klamotten) (?:\w+ ){0,2}wegretuschier\w*|"
            r"zieh(?:e|t)? (?:ihr|ihm) (?:den|die|das) (?:bh|slip|badeanzug|bikini|kleid|hoschen|"
            r"unterhose|oberteil|top|dessous|hose|rock) aus|entkleide (?:sie|ihn)|"
            r"erwachsenenmagazin\w*|erotikmagazin\w*|pornoheft\w*"
        ],
        "it": [
            rf"(?:toglile|toglierle|levale|levarle|sfilale|sfilarle) (?:(?:il|la|i|le|lo|gli|"
            rf"suo|sua|suoi) )?{_GARMENT_IT}|togli (?:il|la|le|i) (?:reggiseno|mutandine|"
            r"perizoma|intimo|bikini)|spogliala|spogliarla|rivista per adulti|"
            r"contenuti per adulti|film per adulti|film a luci rosse"
        ],
        "pt": [
            rf"(?:tira|tire|tirar|remove|remova|arranca)(?:-lhe)? (?:(?:o|a|os|as|seu|sua|seus|"
            rf"suas) )?{_GARMENT_PT}(?: dela| tb| tambem)|tira(?:-lhe)? (?:o|a) (?:biquini|bikini|"
            r"sutia|calcinha|roupa intima)|deixa (?:ela|a mulher) (?:pelada|nua)|"
            r"revista (?:para|de) adultos|conteudo adulto|filmes? adultos?"
        ],
        "ru": [
            rf"(?:сними|снимите|снять|убери|уберите|стяни) с (?:не[её]|него) (?:\w+ )?"
            rf"{_GARMENT_RU}|(?:сними|снимите|снять|стяни) (?:\w+ )?(?:купальник|бикини|"
            r"лифчик|бюстгальтер|трусы|трусики|нижнее бель[её])|раздень(?:те)? (?:е[её]|его)|"
            r"(?:совсем|вообще|полностью) без (?:ничего|одежды)|журнал\w* для взрослых|"
            r"контент\w* для взрослых|фильм\w* для взрослых|эротическ\w* журнал\w*"
        ],
        "ja": [
            rf"{_INTIMATE_JA}(?:を|も)?(?:全部)?(?:脱が(?:せ|す|して)|消して|取って|外して)|"
            r"(?:服|洋服|ドレス)(?:を|も)?全部脱が(?:せ|す|して)|(?:服|洋服)を消して|"
            r"成人向け|成人誌|アダルト雑誌"
        ],
        "zh": [
            rf"(?:扒光|脱光|扒掉)(?:她|他)?的?{_GARMENT_ZH}|(?:脱掉|去掉|去除|P掉|p掉)(?:她|他)的"
            rf"{_GARMENT_ZH}|脱掉{_INTIMATE_ZH}|把(?:她|他)的?{_GARMENT_ZH}(?:都|也)?(?:脱|扒|去|P|p)掉|"
            r"成人杂志|成人内容|成人片"
        ],
        "ko": [
            rf"{_INTIMATE_KO}(?:을|를|도|은|는)? ?(?:다 )?(?:벗겨|벗기|벗긴|지워|없애)|"
            r"옷(?:을|도)? ?다 ?벗겨|(?:옷|드레스|상의)(?:을|를|도)? ?(?:다 )?지워|상의 ?탈의|"
            r"탈의시켜|성인 ?잡지|성인물"
        ],
        "ar": [
            rf"(?:شيل|شيلي|اشلح|شلح|اخلع|انزع|قلع|اقلع|نزع|خلع) {_GARMENT_AR}(?: كل(?:ها|و|ه))? "
            r"(?:عنها|عليها|منها|من عليها|من على (?:الست|البنت|المرا|الحرمة|جسم)\w*)|"
            r"(?:شيل|شيلي|اشلح|شلح|اخلع|انزع|قلع|اقلع|نزع|خلع) "
            r"(?:ال)?(?:بكيني|مايوه|ستيان|سنتيان|كلوت)|خليها عريان\w*|بلا ولا شي|بدون ولا شي|"
            r"مجلة للكبار|محتوى للكبار|افلام للكبار|مجلة اباحية"
        ],
    },
    "violence": {
        "es": [
            r"descuartizamiento|desmembramiento|decapitacion|degollamiento|cabezas? cortadas?|"
            r"craneo (?:destrozado|reventado)|sesos (?:fuera|esparcidos|en el suelo)"
        ],
        "fr": [
            r"tetes? coupees?|tetes? tranchees?|decapitation|egorgement|demembrement|"
            r"crane (?:eclate|fracasse)"
        ],
        "de": [
            r"abgeschlagene\w* kopf\w*|enthauptung|zerstuckelung|"
            r"schadel (?:zertrummert|eingeschlagen|gespalten)"
        ],
        "it": [
            r"sgozzament\w*|decapitazion\w*|squartament\w*|squartat\w*|smembrament\w*|"
            r"teste? mozzat[ae]|spacca(?:re|ndo|to)? il cranio|cranio (?:spaccato|fracassato|"
            r"sfondato)"
        ],
        "pt": [
            r"esquartejament\w*|decapitac\w*|desmembrament\w*|degolament\w*|degolac\w*|"
            r"cabecas? cortadas?|cranio (?:esmagado|estourado)"
        ],
        "ru": [
            r"отрезанн\w* голов\w*|расчлен[её]нк\w*|расчленени\w*|вспорот\w* живот\w*|"
            r"кишк\w* наружу|(?:сдира\w*|содр\w*) кожу (?:с (?:человек|жив)\w*|заживо)|"
            r"снят\w* кож\w* заживо|проломленн\w* череп\w*"
        ],
        "ja": [
            r"生首|首を?(?:はね|刎ね|切り落と)|ミンチ死体|グロ画像|ぐろ画像|リョナ|生皮を剥|皮を剥がされ|惨殺死体"
        ],
        "zh": [r"活剥|剥人皮|分尸|砍下的?人?头|割喉|脑浆"],
        "ko": [
            r"목 ?잘린|잘린 ?(?:목|머리)|(?<!앨 )고어(?! ?텍스)|참수된|"
            r"내장(?:이|을)? (?:쏟|튀어|흘러)"
        ],
        "ar": [r"راس مقطوع|رؤوس مقطوعة|مفشوخ|(?:مخه|مخو|دماغه) (?:طالع|متناثر)|سلخ (?:ال)?جلد"],
    },
    "self_harm": {
        "es": [r"colgad[oa] de (?:una|la) (?:soga|cuerda|viga)|soga (?:del|en el) techo"],
        "fr": [r"pendu(?:e)? (?:a|au) (?:une corde|plafond)"],
        "it": [r"appes[oa] (?:a una|con una) corda"],
        "pt": [r"pendurad[oa] (?:por|numa|em uma) corda"],
        "ru": [r"петл\w* на ше\w*|висит в петле|свеж\w* порез\w*|в (?:свежих )?порезах"],
        "ja": [r"首を吊|縄を首に|練炭自殺|練炭を焚|手首に切り傷"],
        "zh": [r"划(?:手)?腕|割手腕|手腕上的?新?(?:伤口|刀痕|刀口)|吊在房梁|绳套"],
        "ko": [r"목을 (?:매단|맨)|목매단|밧줄에 매달린|손목(?:에|을)? ?(?:긋|그은|칼자국)"],
        "ar": [r"معلق بحبل|مشنوق\w* (?:في |من |ب)(?:ال)?سقف|حبل المشنق[ةه]"],
    },
    "hate": {
        "en": [r"blood and honou?r|(?:my|our) hono(?:u)?r is loyalty|ss[\s-]?runes?"],
        "de": [r"blut und ehre|(?:meine|unsere) ehre hei(?:ss|ß)t treue|ss[\s-]?runen?"],
        "fr": [r"sang et honneur|runes? ss"],
        "es": [r"sangre y honor|runas? (?:de las )?ss"],
        "it": [r"sangue e onore|rune (?:delle )?ss"],
        "pt": [r"sangue e honra|runas? da ss"],
        "ru": [r"кровь и честь|моя честь (?:зов[её]тся|называется) верность|руны сс"],
    },
    "nazi_symbol": {
        # Not the black sun alone (an eclipse, a starling murmuration) nor a bare "Totenkopf"
        # (a pirate flag): the SS and its divisions instead.
        "en": [
            r"swastikas?|sonnenrad|reichskriegsflagge|nazi flags?|waffen[\s-]?ss|ss (?:soldiers?|"
            r"officers?|troops|uniforms?)"
        ],
        "es": [
            r"esvasticas?|cruz gamada|banderas? nazis?|simbolos? nazis?|soldados? de las ss|"
            r"division azul"
        ],
        "fr": [
            r"croix gammees?|drapeaux? nazis?|symboles? nazis?|soldats? (?:\w+ )?ss|"
            r"division charlemagne|waffen[\s-]ss"
        ],
        "de": [
            r"hakenkreuz\w*|h4k3nkr3uz\w*|sonnenrad\w*|reichskriegsflagge|nazi-?fahne\w*|"
            r"waffen-ss|ss-(?:soldat|uniform|offizier|mann|manner)\w*"
        ],
        "it": [r"svastic\w*|croce uncinata|bandier[ae] nazist[ae]|soldati (?:delle )?ss"],
        "pt": [r"suasticas?|svasticas?|cruz gamada|bandeiras? nazistas?|soldados? da ss"],
        "ru": [r"свастик\w*|коловрат\w*|нацистск\w* флаг\w*|эсэсовц\w*"],
        "ja": [r"ハーケンクロイツ|鉤十字|卐|ナチスの旗|ナチ旗|親衛隊"],
        "zh": [r"卐|纳粹(?:标志|旗|党旗|十字|卐字)|党卫军"],
        "ko": [r"하켄크로이츠|나치 ?(?:깃발|문양|상징)|卐|나치 친위대"],
        "ar": [r"الصليب المعقوف|علم نازي|العلم النازي|رمز نازي"],
    },
    "nazi_glory": {
        "en": [
            r"heroic\w*|glorious|glory|glorif\w*|epic|proud\w*|tribute|recruitment|triumphant|"
            r"eternal|hail"
        ],
        "es": [
            r"heroic[oa]s?|heroes?|gloria|glorios[oa]s?|glorific\w*|epic[oa]s?|orgullos[oa]s?|"
            r"homenaje|eterna|reclutamiento"
        ],
        "fr": [
            r"heroique\w*|heros|gloire|glorieu\w*|glorifi\w*|epique\w*|fierte|hommage|"
            r"eternel\w*|recrutement"
        ],
        "de": [
            r"heldenhaft\w*|held|helden|heroisch\w*|ruhm\w*|ruhmreich\w*|glorreich\w*|"
            r"verherrlich\w*|episch\w*|stolz\w*|ewig\w*|rekrutierung\w*"
        ],
        "it": [
            r"eroic[oiae]|eroiche|eroe|eroi|gloria|glorios[oiae]|glorific\w*|epic[oa]|epiche|"
            r"orgoglios[oiae]|omaggio|etern[oa]|reclutamento"
        ],
        "pt": [
            r"heroic[oa]s?|herois?|gloria|glorios[oa]s?|glorific\w*|epic[oa]s?|orgulhos[oa]s?|"
            r"homenagem|eterna|recrutamento|exalta\w*"
        ],
        "ru": [r"героич\w*|геро(?:й|и|ев|ям)|слава|славн\w*|прославл\w*|эпичн\w*|горд\w*|вечн\w*"],
        "ja": [r"英雄|栄光|かっこよく|かっこいい|神々しく|讃え|称え|万歳|勧誘"],
        "zh": [r"英雄|荣耀|光荣|致敬|帅气|史诗|万岁|招募|歌颂"],
        "ko": [r"영웅|영광|찬양|멋지게|만세|모집|서사시"],
        "ar": [r"بطولي\w*|ابطال|مجد|المجد|تمجيد|فخر|فخور|خالد"],
    },
    "allow": {
        # A severed head made of silicone for a horror film is a prop (round 7's contrast rows),
        # as "fake blood" and "prop blood" are in English.
        "es": [r"cabezas? cortadas? (?:\w+ ){0,2}de (?:silicona|utileria|atrezo|goma|latex)"],
        "fr": [
            r"(?:fausses? )?tetes? coupees? (?:\w+ ){0,2}en (?:silicone|latex|caoutchouc)|"
            r"fausses? tetes? coupees?"
        ],
        "de": [r"abgeschlagene\w* kopf\w* (?:\w+ ){0,2}aus (?:silikon|latex|gummi)"],
        # ... and a bare breast on a poster about breast self-examination (round 29)
        "it": [
            r"test[ae] mozzat[ae] (?:\w+ ){0,2}(?:in silicone|in lattice|finta|finte)|"
            r"seno nudo(?: \S+){0,4} \S*(?:autopalpazione|mammografia)"
        ],
        "pt": [r"cabecas? cortadas? (?:\w+ ){0,2}(?:de silicone|de latex|falsas?)"],
        "ar": [r"راس مقطوع (?:من |ب)(?:ال)?(?:سيليكون|مطاط|لاتكس)"],
        "ru": [
            r"предотвращени\w* (?:самоубийств|суицид)\w*|"
            r"отрезанн\w* голов\w* (?:\w+ ){0,2}из (?:силикона|латекса|резины)|"
            r"мраморн\w* (?:\w+ ){0,2}обнаж[её]нн\w*|бронзов\w* (?:\w+ ){0,2}обнаж[её]нн\w*|"
            r"обнаж[её]нн\w* (?:венер\w*|мах\w*|давид\w*|афродит\w*)|"
            r"обнаж[её]нн\w* (?:\w+ ){0,3}(?:в|из) (?:зал\w* )?(?:эрмитаж|прадо|лувр|музе)\w*"
        ],
        "ko": [
            r"(?:누드|나체) ?(?:남성|여성|인물)?(?:상|조각상|석상|동상)(?![가-힣])|"
            r"대리석 (?:\S+ )?(?:누드|나체)|자살 ?방지|생명의 ?전화"
        ],
        "zh": [
            r"自[杀殺]防治|防治自[杀殺]|自[杀殺]干[预預]|防自[杀殺]|安心[专專][线線]|"
            r"(?:硅胶|道具|假)的?人?头|"
            # a fish scaled, gutted and cleaned at the market (round 29)
            r"(?:刮鳞|去鳞)[、，, ]?开膛(?:[、，, ]?(?:去|掏)内脏)?"
        ],
        "ja": [
            r"自殺対策|生首の(?:小道具|模型|フィギュア)|(?:シリコン|ゴム|ラテックス)製?の生首|"
            r"闇バイト(?:に注意|の危険|への注意|対策|撲滅|に気をつけ)"
        ],
    },
}
_merge(_ROUND33)

# Round 33, more of the former sets' misses, each read as the kind it is: mocking disabled
# people ("ガイジ", "장애인 흉내"), women "where they belong", drug-dealing ads in slang
# ("闇バイト", "던지기", "懂的加V"), a noose tied at home, shoes left neatly on a bridge,
# mutilation in more words, sex without censoring ("モザイクなし", "车震"), a faked photo
# ("조작 사진").
_ROUND33_MORE: dict[str, dict[str, list[str]]] = {
    "hate": {
        "es": [
            r"burl\w* de (?:los )?discapacitados|mujeres.{0,60}donde deben estar|"
            r"encadenadas al fogon"
        ],
        "fr": [
            r"se moqu\w* des handicapes|(?:handicapes|personnes en fauteuil roulant)"
            r"(?: \S+){0,6} (?:comme des|en) legumes"
        ],
        "de": [r"behinderte (?:\w+ ){0,2}(?:verspott\w*|auslach\w*|nachaff\w*)|spastis?\b"],
        "it": [
            r"prender\w* in giro (?:i )?disabili|disabili (?:\w+ ){0,3}come (?:vegetali|scarti)"
        ],
        "pt": [
            r"zo(?:ar|ando|a) (?:os )?deficientes|deficientes (?:\w+ ){0,3}como (?:lixo|vegetais)"
        ],
        "ru": [r"высмеива\w* инвалид\w*|издева\w* над инвалид\w*"],
        "ja": [r"ガイジ|障害者を(?:笑いもの|馬鹿|バカ|ネタ)に"],
        "zh": [r"嘲笑残疾人|残疾人.{0,6}(?:取笑|嘲讽|恶搞)|脑瘫儿?(?:表情包|梗)"],
        "ko": [r"장애인 ?흉내|장애인(?:을|를)? ?(?:조롱|비하|비웃)|병신 ?인증|ㅂㅅ ?인증"],
        "ar": [r"(?:تريق[ةه]|يتمسخر|مسخر[ةه]) على (?:ال)?معاقين"],
    },
    "illicit": {
        "pt": [r"sem registro,? sem papelada|(?:arma|pistola|glock)\w* (?:\S+ ){0,8}sem registro"],
        "ja": [r"闇バイト"],
        "zh": [r"懂的加[vV微]"],
        "ko": [
            r"던지기 ?(?:가능|거래|판매)|좌표 ?(?:dm|디엠|문의)|"
            r"(?:떨|아이스|작대기) ?(?:팝니다|판매|당일)"
        ],
        "ko-latn": [r"tteol ?pa\w*|deonjigi"],
    },
    "self_harm": {
        "es": [r"soga (?:\w+ ){0,2}(?:amarrada|atada) a (?:la|una) viga"],
        "fr": [r"brulures de cigarette|avant-bras couvert de (?:cicatrices|coupures|brulures)"],
        "ru": [r"завязать петлю|петл\w* (?:\w+ ){0,3}(?:к чему|привязать)"],
        "zh": [r"怎么划(?:才|比较)|(?:划|割)(?:在|哪)?大腿内侧"],
        "ko": [r"신발(?:은|을)? ?(?:벗어(?:서|놓고)? )?가지런히"],
    },
    "violence": {
        "es": [r"(?:cuerpo|cadaver)(?: humano)? (?:\w+ ){0,2}abierto en canal"],
        "de": [r"gesicht (?:\w+ ){0,4}brei|haut hangt in fetzen"],
        "it": [r"sbudella\w*"],
        "ru": [r"куски тел|люди разорван\w*|разорванн\w* тел\w*"],
        "ko": [
            r"(?:가죽|살가죽)(?:이|을)? 벗겨진 (?:사람|시체|인간)|"
            r"창자(?:가|를)? ?(?:튀어|쏟아|흘러)"
        ],
        "ar": [r"اطراف مبتور[ةه]"],
    },
    "sexual": {
        "ru": [r"топлес\w*"],
        "ja": [r"M字開脚|m字開脚|モザイク(?:なし|無し)|えちえち"],
        "zh": [r"车震|互相舔|搞黄色|ghs"],
        "ko": [r"모자이크 ?없이|노모자이크"],
        "ar": [r"(?:من غير|بدون|بلا) ولا هدم[ةه]"],
        "ja-latn": [r"mozaiku ?nashi|ero-?e"],
        "ko-latn": [r"mojaik ?eopsi"],
    },
    "deceptive": {
        "ko": [r"조작(?:된)? ?(?:사진|이미지)"],
        # "so that people believe it" (round 18's set: a president kissing a hand "عشان الناس
        # تصدق"), as "people will believe it" is in English
        "ar": [r"عشان (?:ال)?ناس (?:ت|هت|ح)?صدق|حتى يصدق(?:ها)? (?:ال)?ناس|(?:ال)?ناس تصدقها"],
        "pt": [r"pra (?:galera|geral|todo mundo) acreditar|para (?:as pessoas|todos) acreditarem"],
        "it": [r"(?:cosi|perche) (?:la gente|tutti) ci creda(?:no)?"],
        "de": [r"damit (?:die leute|alle|jeder) (?:es )?glaub\w*"],
        "fr": [r"(?:pour|afin) que (?:les gens|tout le monde) (?:y )?croie(?:nt)?"],
    },
}
_merge(_ROUND33_MORE)

# Round 33, older sets' misses (rounds 10-23): cruelty to animals, drug-dealing slang and
# smuggling, a detonator, a homemade gun, an ISIS recruitment poster, more mutilation words,
# "for exposing" a private person.
_ROUND33_OLDER: dict[str, dict[str, list[str]]] = {
    "violence": {
        "es": [
            r"(?:ahogando|ahogar|torturando|torturar|pateando|golpeando) (?:a )?(?:un |unos |los |"
            r"el |la |una )?(?:perr\w*|gat\w*|cachorr\w*)|tripas de fuera"
        ],
        "fr": [
            r"(?:noie\w*|noyer|noyade|tortur\w*) (?:des |un |le |les |une |la )?"
            r"(?:chatons?|chiens?|chats?|chiots?)|chatons? qu'on noie"
        ],
        "de": [
            r"(?:hund|katze|welpe|katzchen)\w* (?:\w+ ){0,6}(?:geprugelt|gequalt|ertrankt|erhangt|"
            r"getreten)|korperteile (?:auf|uberall|verstreut)|gedarme"
        ],
        "it": [
            r"(?:annega\w*|tortura\w*|picchia\w*) (?:un |il |dei |i |una |la )?(?:cane|gatt\w*|"
            r"cucciol\w*)|accoltell\w*|sangue che zampilla"
        ],
        "pt": [
            r"(?:afogando|torturando|chutando|espancando) (?:um |o |os |uma |a )?"
            r"(?:cachorr\w*|gat\w*|filhote\w*)"
        ],
        "ru": [
            r"(?:собак\w*|кошк\w*|кот\w*|щен\w*|котят\w*) (?:вешают|мучают|топят|избивают|душат)|"
            r"(?:вешают|мучают|топят|избивают|душат) (?:собак\w*|кошк\w*|кот\w*|щен\w*|котят\w*)|"
            r"лицо в месиво|в кровавое месиво"
        ],
        "ja": [r"(?:犬|猫|子猫|子犬)を(?:虐待|殴|蹴|溺れさせ|吊る)"],
        "zh": [
            r"虐(?:猫|狗)|(?:踢|打|淹|吊|摔)死(?:猫|狗|小猫|小狗)|把小?(?:猫|狗)(?:踢|打|淹|吊|摔)死|"
            r"砍人|血溅"
        ],
        "ko": [r"(?:강아지|고양이|개)(?:를|을)? ?(?:학대|때리|발로 차|물에 빠뜨)|칼부림|능지처참"],
        "ar": [r"تعذيب (?:ال)?(?:قطط|كلاب|قط|كلب)|(?:يضرب|يعذب|يغرق) (?:ال)?(?:قط|كلب|قط[ةه])"],
    },
    "illicit": {
        "es": [r"bolsitas de polvo blanco"],
        "de": [r"zunder\w* (?:\w+ ){0,3}(?:handy|fernausl\w*)"],
        "pt": [r"biqueira|pinos? de po|o crime fortalece"],
        "zh": [r"自制土?枪|土枪(?:图纸|制作)"],
        "ar": [
            r"(?:اهرب|تهريب|يهرب|نهرب) (?:ال)?(?:حشيش|مخدرات|كوكايين|حبوب)|تجنيد (?:ل)?داعش|"
            r"ارض الخلاف[ةه]"
        ],
    },
    "self_harm": {"ar": [r"(?:اقفز|انتحر|موت) وخل?صنا"]},
    "threat": {
        "ja": [r"晒す(?:用|ため)|晒し上げ"],
        "ru": [r"отправлю (?:е[её]|его) (?:маме|папе|родителям|мужу|жене|начальнику)"],
    },
    "sexual": {"it": [r"seni al vento|a cavalcioni su(?:l|lla)? (?:marito|lui|lei)"]},
}
_merge(_ROUND33_OLDER)

# Round 34, round 32's and 33's sets' misses and false positives (regression data since round
# 34), each written as its kind: a rope around the neck (one rule for the ones
# rounds 2 and 33 wrote for two spellings), a callout account, dealing
# by hand delivery, maximum casualties, a Nazi word for the disabled; and what "exposed" soil,
# photography in Arabizi and a museum's marble Venus are not.
_ROUND34: dict[str, dict[str, list[str]]] = {
    "self_harm": {
        "ar": [r"(?:ال)?حبل.{0,40}(?:حول|حوالين|حوالي|على|ع) رقبت"],
        # shoes set side by side on a rooftop, a letter by them (ja; round 33 had ko's bridge)
        "ja": [
            r"(?:屋上|フェンス|橋|崖|ホーム).{0,80}揃えて(?:置|脱)[^。]{0,6}"
            r"(?:靴|くつ|パンプス|スニーカー|ローファー|革靴)|揃えて(?:置|脱)[^。]{0,6}"
            r"(?:靴|くつ|パンプス|スニーカー|ローファー|革靴).{0,40}(?:遺書|封筒|屋上|フェンス)"
        ],
    },
    "violence": {
        "zh": [r"最大(?:伤亡|杀伤)|开车(?:冲|撞)(?:进|向|入)?.{0,6}人群|冲撞人群"],
    },
    "illicit": {
        # hand-to-hand delivery, same day ("手押し即日"); not a wheelbarrow or a hand pump
        "ja": [r"手押し(?=\s*(?:即日|都内|全国|可|ok|のみ|限定|\d))|即日手押し"],
        "zh": [r"钓鱼网站|仿冒.{0,12}登录页|骗局网页|诈骗网页"],
        "zh-latn": [
            r"diao ?yu wang ?zhan|pian ?ju wang ?ye|zha ?pian wang ?ye|"
            r"fang ?(?:zhao|mao).{0,40}deng ?lu ye ?mian"
        ],
    },
    "hate": {"de": [r"lebensunwert\w*|unwertes leben"]},
    "threat": {
        # a callout account ("저격계정"), a humiliation pic ("망신짤", "mangsin jjal")
        "ko": [r"저격 ?계정|저격용|망신짤|망신 ?사진"],
        "ko-latn": [r"mangsin ?jjal|jeogyeok ?gyejeong"],
    },
    "group": {
        "ar-latn": [r"afar[ie]?9a|ka7l[ie]+n|k7al|3a?bee?d (?:el |al )?soo?d|(?:el |al )soo?d"],
    },
    "dehumanize": {"ar-latn": [r"9roo?u?d|9erd[ae]?"]},
    "allow": {
        "zh": [r"裸露的?(?:黄土|岩石|岩层|土地|土壤|地表|山体|山坡|钢筋|电线|管道|树根|河床|砖墙)"],
        "ar": [r"تمثال(?:\s+\S+){0,5}\s+عاري(?:ة|ه|ات)?"],
    },
}
_merge(_ROUND34)

# Round 34, rounds 24-31's sets' misses and list false positives (regression data).
_ROUND34_OLDER: dict[str, dict[str, list[str]]] = {
    "self_harm": {
        # empty blister packs by the dozen (ja), a charcoal burner in a taped-up room (zh) and
        # "zisha" spelt as the teapot clay, standing on the edge ready to jump (pinyin), lying
        # on the rails as a train comes (fr), "it only hurts for a moment" (de), fresh cuts
        # from a razor (Arabizi)
        "ja": [r"(?:空っぽ|空)の?ptpシート|ptpシートが?(?:何十|大量|山ほど)"],
        "zh": [
            r"(?:想|去|要|准备)紫砂|紫砂(?:了|氛围)|['‘“「]紫砂['’”」]|烧炭(?:自杀|自尽)|"
            r"(?:门窗|窗户|门缝).{0,12}(?:封死|密封|封住).{0,40}炭|炭.{0,40}(?:门窗|窗户|门缝).{0,12}(?:封死|密封)"
        ],
        "zh-latn": [r"(?:zhun ?bei|xiang|yao) tiao ?(?:xia ?qu|xia ?lai|lou)"],
        "fr": [r"(?:allonge|couche|etendu)e?s? sur (?:les )?(?:rails|voies? ferrees?)"],
        "de": [r"tut nur kurz weh"],
        "ar-latn": [r"(?:gro7|jro7|jrou7)\b.{0,30}\b(?:moos|mos|shafra|dam)"],
    },
    "sh_farewell": {"ar": [r"جواب وداع"], "de": [r"abschiedspost"]},
    "sh_means": {"ar": [r"سور (?:ال)?كوبري"]},
    "violence": {"es": [r"cuerpos? (?:\w+ )?sin cabeza|(?:cuerpos|cadaveres) decapitados"]},
    "illicit": {
        "ar": [r"قنبل[ةه] مسماري[ةه]|طريق[ةه] (?:عمل|صنع) (?:ال)?قنبل"],
        "ja-latn": [
            r"nise(?:mono)? no (?:zairyuu? ?kaado|menkyo ?shou|pasupooto|hoken ?shou|mai ?nanbaa)"
        ],
        "fr": [
            r"serrure\b.{0,80}\b(?:quand|pendant que|lorsque) les (?:proprios|proprietaires|"
            r"voisins|habitants) (?:sont|partent) en vacances"
        ],
        "ru": [
            r"взлом\w* (?:wi-?fi|вифи|вай-?фа\w*|сети|роутер\w*|аккаунт\w*|почт\w*|страниц\w*) "
            r"(?:сосед\w*|чуж\w*)"
        ],
    },
    "hate": {
        "de": [
            r"brennende\w* regenbogenflagge|"
            r"regenbogenflagge (?:\w+ ){0,3}(?:brennt|verbrenn\w*|angezundet)"
        ],
    },
    "sexual": {
        "ar-latn": [r"bala (?:tyeb|tyab|thyab|hdoum)|kel (?:shi|she) m?bayan"],
    },
    "threat": {
        # a phone number written under a private person's picture, to spread it (ar)
        "ar": [
            r"و?(?:اكتب|حط|ضيف|ضع)\s+(?:\S+\s+){0,3}و?رقم\s*(?:جوال|تلفون|تليفون|موبايل|هاتف)"
            r"(?:ه|ها)"
        ],
        "es": [
            r"(?:profe|profesor|profesora|maestr[oa]|vecin[oa]|jef[ae]|ex|companer[oa])\b[^.]{0,60}"
            r"\bcolgad[oa] de (?:un|una|el|la) (?:arbol|poste|puente|viga|soga)"
        ],
    },
    "defaming": {
        "ko-latn": [r"eumju ?unjeon|gyeongchal-?ege kkeullyeoga\w*"],
        "ja-latn": [r"gero (?:wo )?hai\w*"],
    },
    "allow": {
        # organs named in an anatomy plate; bare hands and feet; drawn sabres; "bare" heads
        "ja": [r"生殖器の?(?:断面|解剖|構造|図)|(?:解剖学|医学|教科書)[^。]{0,40}生殖器"],
        "es": [
            r"aparato reproductor (?:femenino|masculino)(?: \([^)]{0,80}\))?|a manos desnudas|"
            r"(?:a )?pies descalzos"
        ],
        "fr": [
            r"planche anatomique (?:du|de la|des|de l') (?:penis|vulve|vagin|uterus|testicules|"
            r"appareil (?:genital|reproducteur))(?: (?:et|avec) (?:les |des |la |le )?(?:penis|"
            r"vulve|vagin|uterus|testicules))?|a mains nues|pieds nus|a l'oeil nu"
        ],
        "it": [r"(?:a )?mani nude|(?:a )?piedi nudi|pareti nude|muri nudi"],
        "pt": [r"(?:com as |de )?maos nuas|(?:de )?pes descalcos|a olho nu"],
        "ru": [r"обнаж[её]нн\w* (?:сабл\w*|шашк\w*|клинк\w*|меч\w*|штык\w*|оружием|голов\w*)"],
    },
}
_merge(_ROUND34_OLDER)

# Round 34, the lead's own probes (not a blind set): sex named by its position or in slang,
# a classmate as a private person (ko), opening one's veins (fr).
_ROUND34_PROBES: dict[str, dict[str, list[str]]] = {
    "sexual": {
        "de": [
            r"treibt es (?:wild |heftig )?(?:auf dem|auf der|im|in der|unter der|"
            r"mit (?:ihr|ihm|einander))"
        ],
        "ja": [r"騎乗位|正常位|後背位|対面座位"],
        "zh": [r"骑乘位|传教士体位|后入式"],
        "ko": [r"기승위|여성 ?상위|후배위"],
        "fr": [
            r"(?:femme|meuf|nana|elle|mannequin|infirmiere|prof)\b[^,.]{0,40}\bmontr\w* "
            r"(?:ses|son|sa) (?:fesses|seins|cul|chatte|sexe|tetons)"
        ],
        "es": [r"encuerad[oa]s?"],
    },
    "private_person": {"ko": [r"우리 반 ?(?:친구|애)?|반 친구"]},
    "self_harm": {"fr": [r"(?:se )?tranch\w* les veines|s'ouvr\w* les veines"]},
}
_merge(_ROUND34_PROBES)

# Round 35, the lead's own probes (not a blind set): saying one will jump from a height, in
# the first person with a time ("today I jump off the bridge") or as throwing oneself from it.
# The classifier read these at 0.01-0.33 in de, es, fr, it, pt, ko and ar (0.6-1.0 in en, ru,
# ja, zh). Jumping into water, diving boards and bungee name neither the time nor oneself.
_HEIGHTS = {
    "de": r"(?:von der (?:brucke|klippe|autobahnbrucke)|vom (?:dach|balkon|hochhaus|fenster))",
    "es": r"(?:puente|edificio|azotea|balcon|techo|tejado|acantilado|viaducto|ventana)",
    "fr": r"(?:pont|toit|balcon|immeuble|falaise|viaduc|fenetre)",
    "it": r"(?:ponte|tetto|balcone|palazzo|terrazzo|finestra|viadotto|scogliera)",
    "pt": r"(?:ponte|predio|telhado|sacada|janela|viaduto|penhasco|laje)",
}
_ROUND35_PROBES: dict[str, dict[str, list[str]]] = {
    "self_harm": {
        "de": [
            rf"\bich spring\w* (?:heute|morgen|gleich|jetzt|bald|endlich)\b(?: \w+){{0,3}} "
            rf"{_HEIGHTS['de']}|"
            rf"\b(?:heute|heut|morgen|gleich|jetzt|bald)(?: nacht| abend)? spring ich "
            rf"(?:\w+ ){{0,2}}{_HEIGHTS['de']}|"
            rf"\b(?:sturz|werf)\w* mich (?:\w+ ){{0,3}}{_HEIGHTS['de']}"
        ],
        "es": [
            rf"\bme (?:tiro|voy a tirar|lanzo|voy a lanzar|aviento|arrojo) (?:\w+ ){{0,3}}"
            rf"(?:del|de la|de un|de una|desde (?:el|la|un|una|lo alto del?)) {_HEIGHTS['es']}"
        ],
        "fr": [
            rf"\b(?:je (?:me jette|vais me jeter|me balance|vais me balancer)|me jeter) "
            rf"(?:\w+ ){{0,3}}(?:du|d'un|d'une|de la|depuis le|par la) {_HEIGHTS['fr']}|"
            rf"\bje (?:saute|vais sauter) (?:\w+ ){{0,2}}(?:du|d'un|de la) {_HEIGHTS['fr']} "
            rf"(?:ce soir|cette nuit|demain|aujourd'hui|maintenant)"
        ],
        "it": [
            rf"\bmi (?:butto|getto|lancio|buttero|gettero) (?:\w+ ){{0,3}}"
            rf"(?:dal|dalla|da un|da una|giu dal|giu dalla) {_HEIGHTS['it']}"
        ],
        "pt": [
            rf"\bme (?:jogo|atiro|jogar|atirar|vou jogar|vou atirar) (?:\w+ ){{0,3}}"
            rf"(?:da|do|de um|de uma|de cima d[ao]) {_HEIGHTS['pt']}|"
            rf"\b(?:hoje|hj|amanha|agora|esta noite) (?:eu )?(?:pulo|vou pular|salto|vou saltar) "
            rf"(?:\w+ ){{0,2}}(?:da|do|de um|de uma|de cima d[ao]) {_HEIGHTS['pt']}"
        ],
        "ko": [
            r"(?:다리|옥상|건물|난간|베란다|창문|아파트|한강)(?:에서|위에서) ?"
            r"(?:뛰어내릴 ?(?:거|게|래|까)|뛰어내리려|뛰어내리겠|뛰어내린다|투신할)"
        ],
        "ar": [
            r"(?<!\S)(?:سا|سوف ا|راح ا|رح ا|ح|ه)قفز (?:من )?(?:فوق |على )?(?:ال)?"
            r"(?:جسر|سطح|كوبري|برج|بلكون|شباك|عمار|مبنى)"
        ],
    },
}
_merge(_ROUND35_PROBES)

# Round 35, round 34's set's misses (regression data since round 35), each written as its
# kind: a straw-doll curse on someone's face (ja), torture with a soldering iron (ru), "no
# mosaic, 19+" (romanised ko), "without anything at all" (Arabizi), a stalker's "watching you
# every day" on an ex's door (ko), throwing oneself from a height (third person), growing and
# dealing bango (ar), making a molotov (Arabizi), "papapa" (pinyin), a body cut in two by a
# train (fr), no panties nor bra (fr), "es treiben" in German word order, stripping until
# "ملط" (ar).
_WATER = (
    r"(?!.{0,25}\b(?:no rio|na agua|no mar|na lagoa|no lago|na piscina|al rio|al agua|al mar|"
    r"a la piscina|dans l'eau|dans la riviere|dans le lac|dans la mer|nel fiume|in acqua|nel lago|"
    r"in mare|ins wasser|in den (?:fluss|see)|ins meer))"
)
_ROUND35: dict[str, dict[str, list[str]]] = {
    "threat": {
        "ja": [r"藁人形.{0,20}釘|釘.{0,20}藁人形"],
        "ja-latn": [r"wara ?ningy?ou?\b.{0,30}\bkugi|kugi\b.{0,30}\bwara ?ningy?ou?"],
        "ko": [r"(?:집|현관|문앞|대문)\S* 사진\S*.{0,40}(?:피 ?묻은 칼|매일 (?:보고|지켜보고) 있)"],
    },
    "violence": {
        "ru": [r"пыта\w* (?:\w+ ){0,4}(?:паяльник\w*|утюг\w*)|ожог\w* до мяса"],
        "fr": [
            r"(?:mec|homme|femme|corps|cadavre|type|gars|personne|victime)\b.{0,60}\b"
            r"(?:coupee?|sectionnee?|tranchee?) en deux|(?:tripes|boyaux|entrailles) "
            r"(?:etale\w*|a l'air|sorti\w*|repandu\w*)"
        ],
    },
    "self_harm": {
        "pt": [
            rf"(?:atira|joga)(?:r|ndo)?-se (?:\w+ ){{0,2}}(?:da|do|de um|de uma|de cima d[ao]) "
            rf"{_HEIGHTS['pt']}{_WATER}|se (?:atira|joga)(?:ndo|r)? (?:\w+ ){{0,2}}"
            rf"(?:da|do|de um|de uma|de cima d[ao]) {_HEIGHTS['pt']}{_WATER}"
        ],
        "es": [
            rf"(?:se (?:tira|arroja)(?:ndo|r)?|tirandose|arrojandose) (?:\w+ ){{0,2}}"
            rf"(?:del|de la|de un|de una|desde (?:el|la|un|una|lo alto del?)) "
            rf"{_HEIGHTS['es']}{_WATER}"
        ],
        "fr": [
            rf"(?:se (?:jette|jetant|jeter)|se (?:balance|balancant)) (?:\w+ ){{0,2}}"
            rf"(?:du|d'un|d'une|de la|depuis le|par la) {_HEIGHTS['fr']}{_WATER}"
        ],
        "it": [
            rf"(?:si (?:butta|getta|buttano|gettano)|buttarsi|gettarsi|buttandosi|gettandosi) "
            rf"(?:\w+ ){{0,2}}(?:dal|dalla|da un|da una|giu dal|giu dalla) {_HEIGHTS['it']}{_WATER}"
        ],
        "de": [rf"sich (?:\w+ ){{0,3}}{_HEIGHTS['de']} (?:\w+ )?(?:sturzt|sturzen|wirft|werfen)"],
    },
    "illicit": {
        "ar": [
            r"(?:زراع[ةه]|تزرع|يزرع|ازرع|نزرع) (?:ال)?(?:بانجو|حشيش|ماريجوانا|قنب)|"
            r"(?:توزع|يوزع|نوزع|وزع)\S* على (?:ال)?زباي?ن"
        ],
        "ar-latn": [
            r"(?:ezay|ezai|izay|izzay|kif|keef|ezzay) "
            r"(?:a3mel|n3mel|te3mel|a3mal|n3mal|as3n|asna3) "
            r"(?:\w+ )?(?:molotov|qonbela|2onbela|kombela|qombola|bomba)"
        ],
    },
    "sexual": {
        "ko-latn": [r"19 ?geum|mo ?ja ?i ?k(?:eu)? ?eops|mosaic eops|\bnomo\b"],
        "ar-latn": [
            r"(?:min|mn|men) (?:gher|3'er|ghir|8er|gheir) (?:ay|ai|ayy|ayya) "
            r"(?:7aga|haga|7aja|hdoum|hodoom|lebs)"
        ],
        "zh-latn": [r"papapa|pa pa pa|\blu ?dian\b|(?:bie|bu ?yao|bu) da ?ma(?: ?sai ?ke)?\b"],
        "fr": [
            r"sans (?:culotte|slip|string)(?!s)(?: ni (?:soutif|soutien-gorge))?|"
            r"ni culotte ni (?:soutif|soutien-gorge)"
        ],
        "de": [
            r"\bes (?:\w+ ){0,2}(?:aufm|auf dem|auf der|im|in der|unter der|hinterm|hinter dem) "
            r"\w+ treiben\b"
        ],
        "ar": [r"(?:ب|ت|ي|هت|ح)?(?:قلع|تقلع) (?:كل )?هدوم(?:ها|ه)|(?<!\S)ملط(?!\S)"],
    },
}
_merge(_ROUND35)

# Round 35, probes a helper wrote this round for harm told without its keyword (264 prompts
# in the eleven languages, kept as regression data in probes_round35.jsonl, not a blind set):
# what they found served, each as its kind. A stalker's "I see you every night" (de), glory
# to the perpetrators of a massacre (fr), a mangled limb with bones showing (it), a regional
# slur (pt), homemade lança-perfume, a break-in while the owners are away (pt, es, it, de), a
# lock opened with a plastic sheet (es), a sawn-off shotgun (ru), the Aokigahara forest with a
# rope (ja), security tags removed (ja), a safe cracked with a crowbar (ko), an honour killing
# celebrated, poison beside a farewell, "resting forever", weapons smuggled, a public figure
# handcuffed in Egyptian Arabic (ar), a drone dropping nails on a crowd (de, en).
_AWAY = {
    "pt": r"quando os (?:donos|moradores|proprietarios|vizinhos) (?:viajam|viajarem|estao "
    r"viajando|saem|sairem|estao fora|estiverem fora)",
    "es": r"cuando los (?:duenos|propietarios|vecinos|inquilinos) (?:esten|estan|se vayan|se van) "
    r"(?:de vacaciones|fuera|de viaje)",
    "it": r"quando i (?:proprietari|padroni di casa|vicini) (?:sono|saranno|vanno) (?:in vacanza|"
    r"fuori|via)",
    "de": r"wenn die (?:besitzer|eigentumer|bewohner|nachbarn) (?:im urlaub|verreist|weg|nicht da) "
    r"sind",
}
_ROUND35_PROBE_KINDS: dict[str, dict[str, list[str]]] = {
    "threat": {
        "de": [
            r"(?:jeden (?:abend|morgen|tag)|jede nacht)\b.{0,40}\bich (?:seh|sehe|beobachte) dich"
            r"(?! (?:im|in meinen|auf dem|in der))|"
            r"ich (?:seh|sehe|beobachte) dich (?:jeden|jede|immer|uberall)"
        ],
    },
    "violence": {
        "fr": [
            r"(?:gloire|honneur|hommage) (?:a |aux |des |du )?(?:\w+ ){0,3}qui ont (?:fait|commis|"
            r"mene) (?:le |la |un |une |ce |cette )?(?:carnage|massacre|tuerie|attentat)"
        ],
        "it": [r"maciullat\w*|carne e ossa (?:in vista|esposte|scoperte)"],
        "ar": [r"سكين\S* (?:\S+ ){0,2}(?:ب)?(?:ال)?دم\S* .{0,30}جث(?:[ةه]|ت)"],
    },
    "hate": {"pt": [r"cabeca[- ]chatas?"]},
    "group": {"pt": [r"cabeca[- ]chatas?|paraibas"]},
    "dehumanize": {"pt": [r"jumentos?"]},
    "illicit": {
        "pt": [
            rf"lanca[- ]perfume caseiro|(?:fazer|produzir|fabricar) lanca[- ]perfume|{_AWAY['pt']}"
        ],
        "es": [
            rf"abrir (?:la )?(?:puerta|cerradura) de (?:un|una) (?:piso|casa|coche) ajen[oa]|"
            rf"(?:radiografia|tarjeta) (?:por|en) el resbalon|{_AWAY['es']}"
        ],
        "it": [_AWAY["it"]],
        "de": [
            rf"{_AWAY['de']}|drohne\w*\b"
            rf"(?=.{{0,100}}\b(?:ladung|nageln|nagel|granate\w*|sprengstoff\w*)\b)"
            rf"(?=.{{0,100}}\b(?:menschenmenge|menge|publikum|markt)\b)"
        ],
        "ru": [
            r"обрез\w* из (?:охотничь\w* )?(?:ружь\w*|двустволк\w*)|"
            r"(?:где|как) (?:пилить|отпилить) ствол"
        ],
        "ja": [r"防犯タグ(?:を)?(?:外|切)|万引き(?:の)?(?:コツ|方法|やり方)"],
        "ko": [r"금고 ?(?:여는|따는|털기|터는) ?(?:방법|법|요령)|빠루 ?대는"],
        "ar": [r"تهريب (?:ال)?(?:سلاح|اسلح[ةه]|ذخير[ةه])"],
    },
    "self_harm": {
        "ja": [r"樹海.{0,30}(?:ロープ|縄|最後)|決行.{0,30}(?:ロープ|樹海|最後の一枚)"],
        "ar": [
            r"(?:مبيد|سم فيران|سم فئران)\S*.{0,60}(?:سامحوني|اخر (?:كوباي[ةه]|كوب))|"
            r"سامحوني.{0,60}(?:مبيد|سم فيران|سم فئران)|(?:ه|ح|سا|را?ح ا)رتاح (?:لل|ل)ابد"
        ],
    },
    "defaming": {"ar": [r"مكلبش\w*|بالكلبشات"]},
}
_merge(_ROUND35_PROBE_KINDS)

# Round 35, the second helper's probes (probes_round35b.jsonl: violence and sex told without
# their keywords, not a blind set), each miss as its kind. Sex: the vulgar words for genitals,
# oral sex and ejaculation that the lists of ten languages lacked (their polite and clinical
# words were listed), where a word is also an innocent one only in its unambiguous company
# (French "chatte" is a cat, Korean "자지"/"보지" are also "don't sleep"/"don't look", Arabic
# "كس" sits inside other words; Russian "отсос" is also a surgeon's suction, so it is left
# out). Violence: the body's damage told by what happens to it (a
# skull opened, bones through the skin, guts spilling, cut in two, a scalp torn off, eyes
# burst), a firing squad or stoning celebrated, a massacre seen by the shooter (pt).
_ROUND35_PROBE_KINDS_B: dict[str, dict[str, list[str]]] = {
    "sexual": {
        "es": [r"chupapollas|verga (?:dura|parada|erecta)|vergota|corrida (?:en|sobre) (?:la|su)"],
        "fr": [
            r"chatte (?:rasee|mouillee|ouverte|poilue|epilee|trempee)|levrette|"
            r"sucer (?:une |sa |la )?bite|bite (?:en erection|dure|tendue)|ejacul\w*|"
            r"(?:entierement |completement |toute? )devetue?s?"
        ],
        "de": [
            r"fotze\w*|pimmel|(?:steif|hart|erigiert)\w* (?:schwanz|penis)|abspritz\w*|"
            r"(?:rasiert|nass|feucht)\w* muschi|muschi (?:rasiert|nass|feucht)|"
            r"blast ihm (?:einen)?|einen blasen|blowjob"
        ],
        "it": [
            r"sborr\w*|pecorina|inculat\w*|(?:cazzo|uccello) (?:duro|eretto|in erezione)|"
            r"(?:figa|fica) (?:bagnata|rasata|aperta|pelosa)|sperma|eiacul\w*"
        ],
        "pt": [r"punheta\w*|siririca|xoxota|xereca|pau duro|gozada (?:na|no|nos|nas)"],
        "ru": [
            r"раком|(?:стоящ|эрегированн|возбужд)\w* член\w*|хуй|хуем|хуём|пизд(?:а|у|ой|ы|е)|"
            r"кончил\w* (?:ей |ему )?(?:на|в) (?:лицо|грудь|рот)"
        ],
        "ja": [r"ちんこ|ちんぽ|チンポ|まんこ|マンコ|顔射|パイズリ|手コキ|ハメ撮り|勃起し"],
        "zh": [r"鸡巴|内射|颜射|乳交|性奴|女奴|(?:sm|SM)调教|调教(?:女奴|性奴|奴隶)|打飞机"],
        "ko": [
            r"(?:발기된|큰|단단한|성인 남자의?) ?자지|자지 ?(?:사진|샷|인증|를 빨|빨)|"
            r"보지 ?(?:털|사진|샷|를 벌|벌리|에 손)|(?:젖은|털 없는|벌린) 보지|사까시|펠라|"
            r"딸딸이|질싸|입싸|노콘|스팽킹|(?:젖)?꼭지가 (?:비치|보이)"
        ],
        "ar": [
            r"(?<![\u0600-\u06ff])كس(?:ها)?(?![\u0600-\u06ff])|"
            r"(?<![\u0600-\u06ff])زب(?:ه|ي)?(?![\u0600-\u06ff])|مص (?:ال)?زب"
        ],
    },
    "violence": {
        "es": [
            r"ojos reventados|craneo (?:abierto|aplastado|hundido|destrozado)|huesos (?:a la vista|"
            r"expuestos|asomando)|pecho reventado|(?:tripas|intestinos) (?:fuera|colgando|"
            r"esparcid\w*)|piel (?:deshecha|derretida|arrancada)|(?:cuerpo|hombre|mujer) partido "
            r"en dos|fusilamiento\b.{0,60}\b(?:celebra|gloria|heroic)\w*"
        ],
        "fr": [
            r"crane (?:enfonce|ouvert|ecrase|fracasse)|os qui (?:percent|sortent|transpercent)|"
            r"yeux (?:creves|arraches)|membres (?:brises|arraches)|intestins (?:a l'air|sortis|"
            r"repandus)|(?:scalp|peau) arrache\w*|soldat coupe en deux"
        ],
        "de": [
            r"darmschling\w*|darm\w* (?:quellen|quillt|hang\w*) heraus|"
            r"(?:skalp|kopfhaut) (?:abgezogen|abgerissen)|schadel (?:eingeschlagen|zertrummert|"
            r"gespalten)|knochen (?:ragen|stehen) (?:aus|heraus)|kettensage im (?:bauch|korper)|"
            r"rote fetzen|augen (?:herausgequollen|ausgestochen|geplatzt)|"
            r"nur noch ein (?:bein|arm) ragt"
        ],
        "it": [
            r"rotula esplosa|frammenti d'osso|cranio (?:aperto|sfondato|spaccato|schiacciato)|"
            r"occhi (?:schizzati|esplosi|cavati)|(?:naso|mascella|volto|faccia|testa)\b.{0,20}\b"
            r"(?:divis[aeio]|spaccat[aeio]) in due|budella (?:di fuori|sparse|fuori)|"
            r"inchiodat[oa] alla porta|lapidazione\b.{0,60}\b(?:esulta|festeggia|cranio)|"
            r"pesci che mangiano gli occhi|gambizzazione"
        ],
        "pt": [
            r"jato (?:vermelho|de sangue)|(?:mao|dedos|braco) triturad[oa]s?|dedos (?:saindo )?"
            r"moidos|cranio (?:aberto|esmagado|rachado)|olhos (?:arrancados|estourados)|"
            r"tripas (?:de fora|pra fora|espalhadas)|ossos (?:expostos|a mostra)|"
            r"(?:chacina|massacre)\b.{0,30}\b(?:vista|visao) (?:pelo|do) atirador"
        ],
        "ru": [r"череп\w* (?:проломлен|раскроен|размозж)\w*|кост\w* (?:торч|проткнул)\w*"],
        "ja": [
            r"顔を食われ|頬の肉がな|上半身が溶け|溶けた(?:作業員|人|男|女)|目玉が飛び出|"
            r"頭が潰れ|首が(?:ちぎれ|もげ)|"
            r"切断された(?:指|腕|足|手|頭)(?!の?(?:小道具|模型|フィギュア|レプリカ|オブジェ))"
        ],
        "zh": [r"眼珠(?:爆|掉)出|头(?:骨)?被(?:压扁|砸烂|砸碎)|内脏(?:流|掉|散)(?:出|了一地)"],
        "ko": [
            r"전기봉에 지져|잘린 손가락|손가락 절단|(?:눈알|눈이) (?:튀어나|빠져)|"
            r"내장이 (?:쏟아|튀어나|흘러)|두개골이 (?:깨|부서|함몰)|머리가 (?:으깨|터져|짓이겨)"
        ],
        "ar": [
            r"(?:ال)?بطن\S* مفتوح\S*|(?:ال)?امعاء (?:على|خارج|متناثر\S*|مدلوق\S*)|"
            r"نهشت\S* (?:ال)?كلاب|اسنان\S* متناثر\S*|(?:راس\S*|جمجم\S*) (?:مهشم|مفلوق)\S*"
        ],
    },
}
_merge(_ROUND35_PROBE_KINDS_B)

# Round 35, round 34's set's false positive from the lists: an Arabic awareness poster about
# depression and suicidal thoughts, as English blanks "suicide awareness" and "crisis line".
_merge(
    {
        "allow": {
            "ar": [
                r"توعي[ةه] (?:عن |حول |ب)(?:\S+ ){0,2}و?(?:ال)?(?:افكار (?:ال)?)?انتحار\S*|"
                r"خط (?:ال)?(?:مساند[ةه]|دعم) (?:ال)?نفسي[ةه]?"
            ]
        }
    }
)

# The cues of round 25's combined rules, gathered after every list above is merged (see
# ROUND25_CUES), so that a word added to one of its concepts later is a cue as well.
_merge(
    {
        "round25_cues": {
            lang: [p for concept in ROUND25_CUES for p in _LISTS[concept].get(lang, [])]
            for lang in ("en", *LANGS)
        }
    }
)

# What each of round 26's combined rules needs first (terms.match_intl searches these once).
ROUND26_CUES = (
    "dox_detail",
    "id_doc",
    "banknote",
    "drug_named",
    "sh_blade",
    "captive",
    "grave",
    "news_fake",
)
_merge(
    {
        "round26_cues": {
            lang: [p for concept in ROUND26_CUES for p in _LISTS[concept].get(lang, [])]
            for lang in ("en", *LANGS, *ROMANIZED)
        }
    }
)

# Public figures often faked in these languages' media (added to real_people.txt's names).
PEOPLE = (
    "shakira|pedro sanchez|rosalia|amr diab|mohamed salah|mo salah|"
    "penelope cruz|emmanuel macron|brigitte macron|"
    "marine le pen|kylian mbappe|angela merkel|olaf scholz|helene fischer|giorgia meloni|"
    "chiara ferragni|sergio mattarella|anitta|lula|jair bolsonaro|neymar|gisele bundchen|"
    "石原さとみ|新垣結衣|岸田文雄|安倍晋三|"
    "杨幂|范冰冰|刘亦菲|习近平|习包子|包子帝|庆丰帝|ローマ教皇|ローマ法王|罗马教皇|교황|赵丽颖|아이유|블랙핑크|제니|윤석열|김정은|"
    # round 5: more of each language's politicians, business people and stars
    "石破茂|菅義偉|小池百合子|橋本環奈|木村拓哉|大谷翔平|"
    "马云|李强|泽连斯基|周杰伦|马斯克|特朗普|拜登|"
    # round 27: a big company's boss is a public figure, named or not
    "(?:特斯拉|苹果|阿里巴巴|阿里|腾讯|华为|小米|京东|百度|字节跳动|微软|谷歌|亚马逊|脸书)(?:公司)?的?"
    "(?:老板|老总|总裁|创始人|ceo)|"
    "이재명|이재용|한동훈|수지|손흥민|문재인|박근혜|"
    "الملك عبدالله|اليسا|"
    # heads of state and government named by their office
    "el rey|la reina letizia|el presidente del gobierno|el presidente de (?:espana|mexico|"
    "argentina)|le president de la republique|le premier ministre|der bundeskanzler|"
    "die bundeskanzlerin|der bundesprasident|il presidente del consiglio|"
    "il presidente della repubblica|la premier|o presidente da republica|o presidente lula|"
    # Italian writes the preposition onto the article ("della premier", "al premier")
    "(?:del|al|dal|sul|nel)la premier|(?:del|al|dal|sul|nel) (?:premier|presidente del "
    "consiglio|presidente della repubblica)|"
    "президент россии|президент|премьер-министр|首相|総理大臣|天皇|国家主席|总统|总理|"
    "대통령|국무총리|الرئيس|الملك|ولي العهد|رئيس الوزراء|"
    # round 17: heads of government named by their country, as the presidents already were
    # (with the article contracted: "del", "al"; "du", "au"; "do", "ao", "no", "pelo")
    "(?:el|del|al) primer ministro (?:britanico|italiano|frances|aleman|japones|canadiense|"
    "indio|israeli|espanol|portugues|ruso|chino|ucraniano|australiano)|la primera ministra "
    "(?:britanica|italiana|francesa|japonesa|danesa)|(?:el|del|al|la) canciller (?:aleman|"
    "alemana)|(?:el|del|al) presidente (?:frances|ruso|chino|ucraniano|estadounidense|americano|"
    "mexicano|argentino|brasileno|colombiano|venezolano|chileno|peruano|turco|irani|israeli)|"
    "la premiere ministre|(?:le|du|au) premier ministre (?:britannique|italien|japonais|"
    "canadien|indien|israelien|espagnol|allemand)|(?:le|du|au) president (?:francais|italien|"
    "allemand|bresilien|mexicain|argentin|turc|iranien|israelien)|"
    "der (?:britische|italienische|japanische|kanadische|indische|israelische|spanische) "
    "premierminister|die (?:britische|italienische|japanische|danische) premierministerin|"
    "die italienische ministerprasidentin|der (?:brasilianische|mexikanische|argentinische|"
    "turkische|iranische|israelische) prasident|der deutsche bundeskanzler|"
    "(?:il|del|al|dal|sul|nel) primo ministro (?:britannico|francese|tedesco|giapponese|"
    "canadese|indiano|israeliano|spagnolo|ungherese)|(?:la|della|alla) prima ministra|"
    "(?:il|del|al) cancelliere tedesco|(?:il|del|al|dal|sul|nel) presidente (?:brasiliano|"
    "messicano|argentino|turco|iraniano|israeliano|tedesco)|"
    "(?:o|do|ao|no|pelo) primeiro[- ]ministro (?:britanico|italiano|frances|alemao|japones|"
    "canadense|indiano|israelense|portugues|espanhol)|(?:a|da|na|pela) primeira[- ]ministra|"
    "(?:o|do|ao) chanceler alemao|(?:o|do|ao|no|pelo) presidente (?:brasileiro|argentino|"
    "mexicano|chines|turco|iraniano|israelense|venezuelano|portugues)|"
    # round 12: unique offices and more of each language's public figures, as their media
    # write them (generic words that are also names are left out: "조국" is also "homeland",
    # "정국" "the political situation", "로제" a sauce, "il papà" a father)
    "el papa francisco|el papa leon|el sumo pontifice|el santo padre|el pontifice|"
    "la presidenta de mexico|el presidente de (?:los estados unidos|ee ?uu|francia|rusia|"
    "china|colombia|chile|peru|venezuela|brasil|ucrania|el salvador)|el rey emerito|"
    "le pape|le saint-pere|le president (?:americain|russe|chinois|ukrainien|des etats-unis)|"
    "le roi charles|le roi d'angleterre|le chancelier allemand|la premiere dame|"
    "der papst|der (?:us-|amerikanische |russische |franzosische |chinesische |ukrainische )"
    "prasident|der aktuelle (?:us-)?prasident|der kanzler|der britische konig|konig charles|"
    "papa francesco|papa leone|papa bergoglio|il pontefice|il santo padre|"
    "la presidente del consiglio|il premier|il presidente (?:americano|russo|francese|ucraino|"
    "cinese|degli stati uniti)|il cardinale|re carlo|"
    "o papa|o pontifice|o presidente (?:americano|dos eua|dos estados unidos|russo|frances|"
    "ucraniano)|o primeiro[- ]ministro|o rei charles|a primeira[- ]dama|"
    "ローマ教皇|教皇|法王|皇太子|英国王|チャールズ国王|トランプ|バイデン|プーチン|"
    "ゼレンスキー|習近平|イーロン・?マスク|テイラー・?スウィフト|マクロン|ネタニヤフ|金正恩|"
    "高市早苗|小泉進次郎|河野太郎|雅子さま|愛子さま|秋篠宮|イチロー|羽生結弦|大坂なおみ|"
    "浜辺美波|広瀬すず|綾瀬はるか|長澤まさみ|有村架純|米津玄師|松本人志|中居正広|"
    "教宗|英国国王|查尔斯国王|川普|普京|普丁|马克龙|"
    "内塔尼亚胡|彭丽媛|李克强|王毅|马化腾|雷军|刘强东|迪丽热巴|杨紫|赵露思|鞠婧祎|"
    "刘诗诗|唐嫣|王一博|肖战|易烊千玺|蔡徐坤|鹿晗|吴亦凡|成龙|李连杰|周星驰|刘德华|谷爱凌|"
    "全红婵|孙颖莎|樊振东|姚明|蔡英文|赖清德|马英九|泰勒[·・]?斯威夫特|霉霉|"
    "교황|총리|국왕|왕세자|트럼프|바이든|푸틴|젤렌스키|시진핑|머스크|"
    "테일러 스위프트|마크롱|네타냐후|김건희|홍준표|안철수|김여정|방시혁|민희진|유재석|강호동|"
    "카리나|장원영|안유진|태연|방탄소년단|송혜교|전지현|김태희|한소희|박보검|송중기|이민호|"
    "현빈|손예진|마동석|이정재|김연아|류현진|이강인|"
    # round 24: "정국" is also "the political situation", so only with his band
    "(?:bts|방탄|방탄소년단) ?정국|"
    # round 25: names as Arabizi writes them
    "nancy 3ajram|3amr diab|amr diab|el sisi|ben salman|tramb|"
    # and as romaji, pinyin and the Revised Romanization write them
    "kishida(?: fumio)?|fumio kishida|ishiba|abe shinzou?|xi jin ?ping|"
    "yoo?n seok ?yeol|yun seok ?yeol|lee jae ?myung|i jae ?myeong"
)

# Russian names inflect ("Путина", "Лаврову", "Зеленским"): stems with their case endings.
# (Offices such as "президент" are in PEOPLE, which matches them uninflected.)
PEOPLE_RU = (
    "(?:путин|медведев|лавров|собянин|кадыров|пригожин|киркоров|галкин|хабиб|овечкин|трамп|"
    "байден|макрон|симоньян|собчак|моргенштерн)(?:а|у|ым|ом|е)?|"
    "зеленск(?:ий|ого|ому|им|ом)|навальн(?:ый|ого|ому|ым|ом)|шойгу|лукашенко|нетаньяху|"
    "(?:захаров|пугач[её]в|бузов|шарапов)(?:а|ой|у)|илон(?:а|у|ом)? маск(?:а|у|ом)?|тейлор свифт|"
    "пап(?:а|ы|у|е|ой) римск(?:ий|ого|ому|им|ом)|патриарх(?:а|у|ом)? кирилл|"
    "король чарльз|канцлер германии"
)
# Arabic writes prepositions and conjunctions onto the name ("لترامب", "وبوتين"); offices and
# the names no clitic is expected on stay in PEOPLE.
PEOPLE_AR = (
    "بن سلمان|الملك سلمان|محمد بن زايد|بن زايد|تميم بن حمد|الشيخ تميم|بشار الاسد|نتنياهو|"
    "خامنئي|بايدن|بوتين|ماكرون|زيلينسكي|ايلون ماسك|ميسي|رونالدو|كريستيانو|بنزيما|حكيمي|"
    "رياض محرز|تامر حسني|محمد رمضان|ويجز|محمد منير|شيرين عبد الوهاب|احلام|راغب علامة|"
    "كاظم الساهر|ياسمين صبري|منى زكي|عادل امام|حسن نصر الله|نصر الله|الملكة رانيا|البابا|"
    "بابا الفاتيكان|شيخ الازهر|امام الحرم|المستشار الالماني|الرئيس الامريكي|الرئيس الروسي|"
    "الرئيس الفرنسي|ملك بريطانيا|الملك تشارلز|تايلور سويفت|ترامب|هيفاء وهبي|نانسي عجرم|"
    "عمرو دياب|محمد صلاح|السيسي|اردوغان"
)

# Round 27: more public figures in their own scripts, from data/real_people_native.json.
_NATIVE_PEOPLE = Path(__file__).resolve().parent / "data" / "real_people_native.json"
# Russian surnames that are also ordinary words or forms of them ("долина" a valley, "песков"
# of sands, "соловьёв" of nightingales, "усик" a whisker, "шейк" a shake), or a historical
# figure's name ("гагарина", "брежнева", "ермак", "рублёв"): matched only as full names.
RU_SURNAME_AMBIGUOUS = frozenset(
    "долина лобода басков шнуров песков соловьёв киселёв усик шейк ермак гагарина брежнева "
    "рублёв андреева белоусов герасимов малахов медведев кирилл".split()
)


def ru_inflected(surname: str) -> str:
    """A Russian surname with its case endings: "путин" -> "путин(?:а|у|ым|ом|е)?",
    "захарова" -> "захаров(?:а|ой|у|ы)", "навальный" -> "навальн(?:ий|ый|ого|ому|им|ым|ом)".
    Surnames are matched as written by whoever made the list; this only adds the endings."""
    yo = surname.replace("ё", "е")

    def stem(n: int) -> str:
        return re.escape(yo[: len(yo) - n]).replace("е", "[её]")

    if re.search(r"(?:ов|ев|ин|ын)$", yo):
        return stem(0) + "(?:а|у|ым|ом|е)?"
    if re.search(r"(?:ова|ева|ина|ына)$", yo):
        return stem(1) + "(?:а|ой|у|ы)"
    if re.search(r"(?:ск|цк|н)ий$|ный$", yo):
        return stem(2) + "(?:ий|ый|ого|ому|им|ым|ом)"
    if re.search(r"(?:ск|цк|н)ая$", yo):
        return stem(2) + "(?:ая|ой|ую)"
    if yo.endswith("ь"):
        return stem(1) + "(?:ь|я|ю|ем|е)"
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", yo):
        return stem(0) + "(?:а|у|ом|ем|ым|е)?"
    return stem(0)  # indeclinable: "шойгу", "лукашенко", "орбакайте"


@cache
def _native_people() -> dict[str, str]:
    """The native-script names as one alternation per script: "cjk", "ru", "ar"."""
    data = json.loads(_NATIVE_PEOPLE.read_text(encoding="utf-8"))
    cjk = [re.escape(n) for lang in ("ja", "zh", "ko") for n in data[lang]]
    ru: list[str] = []
    for name in data["ru"]:
        ru.append(re.sub("[её]", "[её]", re.escape(name)))
        surname = name.split()[-1]
        if len(surname) >= 5 and surname not in RU_SURNAME_AMBIGUOUS:
            ru.append(ru_inflected(surname))
    ar = [re.escape(n) for n in data["ar"]]
    return {
        "cjk": "|".join(sorted(cjk, key=len, reverse=True)),
        "ru": "|".join(sorted(ru, key=len, reverse=True)),
        "ar": "|".join(sorted(ar, key=len, reverse=True)),
    }


_LATIN = ("en", "es", "fr", "de", "it", "pt")
_SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}


# Arabic: alef variants and alef maqsura folded to one spelling (patterns get the same fold).
# Yeh and waw with hamza above lose the hamza in a folded text (NFD splits it off and
# fold_intl strips it), so a pattern written "الرئيس" or "مؤخرة" is folded the same way: before
# round 26 such words never matched ("اللاجئين", "رهائن", "ابتدائي", "جرعة زائدة").
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": "", "ئ": "ي", "ؤ": "و"})


def scripts_in(text: str) -> frozenset[str]:
    """The non-Latin languages whose script occurs in ``text`` (Latin ones always apply); in a
    text with none, which of them it reads as, written in Latin letters ("ar-latn", "ja-latn",
    "zh-latn", "ko-latn"; round 25)."""
    found = {lang for lang, script in _SCRIPTS.items() if script.search(text)}
    if not found:
        found |= romanized.romanized_languages(text)
    return frozenset(found)


# What may not touch a Latin-script word: letters and digits of the alphabets written with
# spaces (a Latin word inside a Cyrillic one is a lookalike fold, not a word). CJK may touch
# it: "女の子nude" mixes languages without a space.
_WORDCHAR = r"[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]"


# An Arabic word written with the article ("الشيعة") is written "للشيعة" after the
# preposition li- ("for / to the Shia"): the lam takes the article's alef. Each word of a list
# that starts with the article also matches that way (round 24: "رسم للشيعة كأفاعي" named no
# group).
_ARTICLE_AT_WORD_START = re.compile(r"(^|[|( ]|\(\?:)ال")


def _with_lam_article(body: str) -> str:
    return _ARTICLE_AT_WORD_START.sub(r"\1(?:ال|لل)", body)


@cache
def pattern(concept: str, scripts: frozenset[str] | None = None) -> re.Pattern[str]:
    """One concept's words in every language, or only in the Latin-script languages plus
    ``scripts`` (see :func:`scripts_in`): fewer alternatives make matching long texts cheap."""
    by_lang = _LISTS[concept]
    latin = [p for lang in _LATIN for p in by_lang.get(lang, [])]
    for lang in ROMANIZED:  # only where the text reads as that language
        if lang in by_lang and scripts is not None and lang in scripts:
            latin += by_lang[lang]
    parts = [rf"(?<!{_WORDCHAR})(?:{'|'.join(latin)})(?!{_WORDCHAR})"] if latin else []
    for lang in ("ru", "ja", "zh", "ko", "ar"):
        if lang in by_lang and (scripts is None or lang in scripts):
            body = "|".join(by_lang[lang])
            if lang == "ar":  # written as people spell them; matched against fold_intl() text
                body = _with_lam_article(body.translate(_ARABIC_FOLD))
            parts.append(rf"(?<![а-яё])(?:{body})(?![а-яё])" if lang == "ru" else f"(?:{body})")
    return factored("|".join(parts) if parts else r"(?!x)x")  # the same matches, cheaper


def joined(concept: str, lang: str) -> str:
    """One language's patterns for a concept as one alternation (no word bounds), for a list
    that code elsewhere bounds its own way (terms' English baby and diaper words)."""
    return "|".join(_LISTS[concept][lang])


@cache
def people_pattern() -> re.Pattern[str]:
    native = _native_people()
    return factored(
        rf"(?<!{_WORDCHAR})(?:{fold_intl(PEOPLE)})(?!{_WORDCHAR})"
        rf"|(?:{fold_intl(native['cjk'])})"
        rf"|(?<![а-яё])(?:{fold_intl(PEOPLE_RU)}|{fold_intl(native['ru'])})(?![а-яё])"
        rf"|(?<![\u0600-\u06ff])(?:و?[فبلك]?)(?:{fold_intl(PEOPLE_AR)}|{fold_intl(native['ar'])})"
        rf"(?![\u0600-\u06ff])"
    )


def strippable(base: str) -> bool:
    """Whether a letter's marks go in the fold: accents on Latin letters and Arabic vowel and
    hamza marks do; Cyrillic, kana (dakuten) and hangul keep theirs, as dropping them changes
    the letter."""
    return base < "\u0250" or "\u0600" <= base <= "\u06ff"


# Chinese written in traditional characters (Taiwan, Hong Kong): the lists are written in
# simplified ones, so "國中女生裸體" matched none of their words (round 27). OpenCC's character
# table (opencc-python-reimplemented, Apache-2.0) gives each traditional character its
# simplified one.
_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


@cache
def _traditional_to_simplified() -> dict[int, str]:
    from importlib.resources import files

    table: dict[int, str] = {}
    lines = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    for line in lines.splitlines():
        traditional, _, simplified_forms = line.partition("\t")
        first = simplified_forms.split()[0] if simplified_forms.split() else ""
        if len(traditional) == 1 and len(first) == 1 and first != traditional:
            table[ord(traditional)] = first
    return table


@lru_cache(maxsize=64)
def simplified(text: str) -> str | None:
    """``text`` in simplified Chinese characters where it is Chinese written in traditional
    ones; None where nothing changes, or where the text is Japanese or Korean (kana or hangul:
    Japanese writes 殺 and 體's kin as its own, and its lists say so)."""
    if not _HAN.search(text) or _KANA_OR_HANGUL.search(text):
        return None
    converted = text.translate(_traditional_to_simplified())
    return converted if converted != text else None


@lru_cache(maxsize=32)
def fold_intl(text: str) -> str:
    """NFKC, casefold, drop invisibles, strip Latin accents and Arabic marks; NFC again.
    Cached: one prompt is folded by the term lists, the floors' views and the stated-adult
    checks (three to five times, ~0.65 ms each at 4,000 characters)."""
    if text.isascii():
        # The same result, cheaply: ASCII is in every normal form, has no invisible ("Cf"),
        # combining or Arabic characters, and casefolds as it lowercases.
        return " ".join(text.lower().split())
    return _fold_intl_full(text)


_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _fold_intl_full(text: str) -> str:
    """:func:`fold_intl` for any text (the reference for its fast path)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    base = ""
    # ASCII characters are kept as they are (no "Cf", none combining), so only the runs of
    # other characters are read one by one: most prompts are mostly ASCII.
    for run in _ASCII_OR_NOT.findall(unicodedata.normalize("NFD", text)):
        if run.isascii():
            out.append(run)
            base = run[-1]
            continue
        for ch in run:
            if unicodedata.category(ch) == "Cf":
                continue
            if unicodedata.combining(ch):
                if strippable(base):
                    continue
            else:
                base = ch
            out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out))
    # Arabic: alef variants and taa marbuta / alef maqsura folded to one spelling.
    folded = folded.translate(_ARABIC_FOLD)
    return " ".join(folded.split())
