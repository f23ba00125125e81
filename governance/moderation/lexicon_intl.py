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

import re
import unicodedata
from functools import cache

LANGS = ("es", "fr", "de", "it", "pt", "ru", "ja", "zh", "ko", "ar")

# Ages 0-17 written as a number, and the words for "years old" in each language.
_AGE = r"(?:[0-9]|1[0-7]|[٠-٩]|١[٠-٧])"
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
            r"meine tochter|seine tochter",
        ],
        "it": [
            r"bambin[aeio]|ragazzin[aeio]|fanciull[aei]|minorenn[ei]|scolar\w*|alunn[aeio]|"
            r"adolescent[ei]|pubert[aà]",
            r"(?:prima|seconda|terza) media|scuola media|elementari|scuola elementare",
            rf"{_AGE}\s*anni|{_AGE}\s*enne|(?:tredici|quattordici|quindici|sedici|dodici|"
            r"undici|dieci)enne",
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
            r"女儿|年级",
            rf"{_AGE}\s*岁|[十一二三四五六七八九]+岁",
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
        "ru": [r"взросл\w*|зрел\w*"],
        "ja": [r"大人|成人|成熟|熟女"],
        "zh": [r"成年|成人|成熟|熟女"],
        "ko": [r"성인|어른|성숙"],
        "ar": [r"بالغ|ناضج"],
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
        ],
        "es": [
            r"desnud[ao]s?|sin (?:nada de )?ropa|porno\w*|pornografi\w*|erotic[ao]s?|"
            r"(?:teniendo|tener) (?:relaciones|sexo)|relaciones sexuales|follando|"
            r"sexo explicito|tetas|pezones|genitales|masturband\w*|se desnuda|desnudandose|"
            r"quitandose la ropa|en pelotas|en bolas",
        ],
        "fr": [
            r"nue?s?|toute nue|tout nu|deshabill\w*|porno\w*|erotiques?|faire l'amour|"
            r"font l'amour|en train de baiser|baise\w*|seins nus|sexe explicite|"
            r"relations? sexuelles?|masturb\w*|a poil|organes genitaux|tetons",
        ],
        "de": [
            r"nackt\w*|nackig|porno\w*|erotisch\w*|beim sex|sex haben|hat sex|geschlechtsverkehr|"
            r"zieht sich (?:[a-z.0-9]+ ){0,6}aus|ausgezogen|entblo\w*|oben ohne|bruste|"
            r"brustwarzen|genital\w*|"
            r"masturb\w*|vogeln|ficken\w*",
        ],
        "it": [
            r"nud[aeio]|spogli\w*|porno\w*|erotic\w*|fa(?:nno)? sesso|fare sesso|fare l'amore|"
            r"scopa\w*|senza vestiti|tette|capezzoli|genitali|masturb\w*|foto hot|a luci rosse",
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
            r"裸|ヌード|全裸|半裸|セックス|性行為|エロ|エッチ|ポルノ|服を脱|脱いで|脱いだ|"
            r"下着姿|乳首|性器|オナニー|アダルト|スカートの中|パンチラ",
        ],
        "zh": [
            r"裸|一丝不挂|脱光|脱衣|做爱|性爱|性交|色情|情色|黄色照片|成人片|乳头|生殖器|自慰|"
            r"露点|内衣照",
        ],
        "ko": [
            r"벌거벗은|나체|알몸|누드|옷을 벗|옷 벗|섹스|성관계|야한|음란|포르노|젖꼭지|성기|자위|"
            r"야동|노출 사진",
        ],
        "ar": [
            r"عاري|عارية|عراة|بدون ملابس|بلا ملابس|تخلع ملابس|يخلع ملابس|الجنس|جنسي|جنسية|"
            r"اباحي|اباحية|فاضح|فاضحة|سكس|يمارس|يمارسان|حلمات|الاعضاء التناسلية",
        ],
    },
    "suggestive": {
        "es": [r"sexy|sensual\w*|seductor\w*|provocativ[ao]s?|lenceria|ropa interior|bragas|tanga"],
        "fr": [r"sexy|sensuel\w*|seduisant\w*|provocant\w*|lingerie|sous[\s-]vetements?|string"],
        "de": [r"sexy|sinnlich\w*|verfuhrerisch\w*|aufreizend\w*|unterwasche|dessous|tanga"],
        "it": [r"sexy|sensual\w*|seducent\w*|provocant\w*|lingerie|biancheria intima|mutandine"],
        "pt": [r"sexy|sensual\w*|sedutor\w*|provocante\w*|lingerie|calcinha|roupa intima"],
        "ru": [r"сексуальн\w*|соблазнительн\w*|нижн\w* бель\w*|белье|трусик\w*|эротичн\w*"],
        "ja": [r"セクシー|下着|ランジェリー|色っぽい|誘惑|水着で挑発"],
        "zh": [r"性感|内衣|诱惑|挑逗|撩人"],
        "ko": [r"섹시|속옷|란제리|유혹|선정적"],
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
        "zh": [r"砍头|斩首|鲜血四溅|血肉模糊|开膛|肢解|碎尸|酷刑|内脏流出|被砍"],
        "ko": [r"목이 잘린|참수|피가 사방|내장이|토막|고문|난도질|피투성이"],
        "ar": [r"مقطوع الراس|قطع راس|ذبح|الدماء في كل مكان|اشلاء|تعذيب|احشاء|مذبوح|تقطيع"],
    },
    "self_harm": {
        "es": [
            r"cortandose|se corta las munecas|cortarse las venas|suicid\w*|ahorcad[ao]s?|"
            r"se ahorca|quitarse la vida|autolesion\w*|sobredosis",
        ],
        "fr": [
            r"se pend\w*|pendu\w*|se taillad\w*|se couper les veines|suicid\w*|scarifi\w*|"
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
            r"повесил\w*|повеситься|селфхарм|покончить с собой|передозировк\w*",
        ],
        "ja": [r"リストカット|リスカ|自殺|首吊り|首つり|自傷|飛び降り|オーバードーズ|手首を切"],
        "zh": [r"割腕|自杀|上吊|自残|跳楼|轻生|服毒|吞药"],
        "ko": [r"손목을 긋|자해|자살|목을 매|투신|극단적 선택|과다복용"],
        "ar": [r"تقطع معصم|قطع المعصم|ينتحر|تنتحر|انتحار|شنق نفس|ايذاء النفس|جرعة زائدة"],
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
            r"sale (?:arabe|juif|noir|pede)|bougnoul\w*|(?:exterminer|eliminer) les",
        ],
        "de": [
            r"(?:juden|auslander|muslime|flüchtlinge|fluchtlinge|schwarze|zigeuner|schwule)"
            r" (?:sind|als) (?:ungeziefer|ratten|parasiten|affen|abschaum|tiere)",
            r"deutschland den deutschen|auslander raus|kanake\w*|untermensch\w*|sieg heil|"
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
            r"жид\w*|хач\w*|черножоп\w*|их надо уничтожить|уничтожить всех",
        ],
        "ja": [r"ゴキブリ|出ていけ|追い出せ|殺せ|死ね.{0,6}(?:人|民族)|チョン|シナ人|土人"],
        "zh": [r"是猴子|是蟑螂|滚出|黑鬼|杀光|消灭.{0,4}(?:人|族)|劣等民族|支那"],
        "ko": [r"원숭이다|바퀴벌레|나가라|쪽바리|짱깨|깜둥이|몰살|박멸"],
        "ar": [r"حشرات|ابادت|ابادة|قرود|خنازير.{0,6}(?:اليهود|المسلمين)|اطردوا|يجب قتل"],
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
            r"prevencion del suicidio|linea de ayuda|estatuas?(?: \w+){0,3} desnud[ao]s?|"
            r"escultura(?: \w+){0,3} desnud[ao]s?|(?:colou?r(?:es)?|tonos?|paleta(?: de "
            r"colores)?) nude|nude para maquillaje"
        ],
        "fr": [
            r"prevention du suicide|statues? de nus?|statues?(?: \w+){0,3} nue?s?|"
            r"sculptures?(?: \w+){0,3} nue?s?|nu antique|couleur nude|teinte nude"
        ],
        "de": [
            r"suizidpravention|selbstmordpravention|aktskulptur\w*|aktstatue\w*|"
            r"nackte\w* statue\w*|farbe nude|nudeton\w*"
        ],
        "it": [
            r"prevenzione del suicidio|statua(?: \w+){0,3} nud[aeio]|scultura(?: \w+){0,3} "
            r"nud[aeio]|colore nude"
        ],
        "pt": [
            r"prevencao do suicidio|estatuas?(?: \w+){0,3} nu[as]?|estatuas?(?: \w+){0,3} "
            r"pelad[ao]s?|esculturas?(?: \w+){0,3} nu[as]?|cor nude"
        ],
        "ru": [
            r"профилактик\w* суицид\w*|телефон доверия|(?:статуя|скульптур\w*) "
            r"(?:\w+ ){0,3}обнаж[её]нн\w*|обнаж[её]нн\w* (?:\w+ ){0,2}в музее"
        ],
        "ja": [r"自殺防止|自殺予防|いのちの電話|裸婦像|裸体像|ヌード(?:カラー|ベージュ)"],
        "zh": [r"自杀预防|预防自杀|心理援助热线|裸体雕像|裸体塑像|裸色"],
        "ko": [r"자살 예방|자살예방|누드 조각상|누드 조각|누드톤|누드 컬러"],
        "ar": [r"الوقاية من الانتحار|تمثال عار"],
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
        "ko": [r"죽어라|죽어|돼지|걸레|창녀|병신"],
        "ar": [r"مت|خنزير|عاهرة|حقير|قذر"],
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
        "zh": [r"我同事|我的同事|邻居|前女友|前男友|老板|同学"],
        "ko": [r"내 동료|이웃|전 여자친구|전 남자친구|상사|동창|같은 반"],
        "ar": [r"زميلي|زميلتي|جاري|جارتي|حبيبتي السابقة|مديري|استاذ"],
    },
}

# Public figures often faked in these languages' media (added to real_people.txt's names).
PEOPLE = (
    "shakira|pedro sanchez|rosalia|penelope cruz|emmanuel macron|brigitte macron|"
    "marine le pen|kylian mbappe|angela merkel|olaf scholz|helene fischer|giorgia meloni|"
    "chiara ferragni|sergio mattarella|anitta|lula|jair bolsonaro|neymar|gisele bundchen|"
    "владимир путин|путин|зеленский|алла пугачева|石原さとみ|新垣結衣|岸田文雄|安倍晋三|"
    "杨幂|范冰冰|刘亦菲|习近平|赵丽颖|아이유|블랙핑크|제니|윤석열|김정은|"
    "نانسي عجرم|هيفاء وهبي|محمد بن سلمان|عمرو دياب"
)


_LATIN = ("en", "es", "fr", "de", "it", "pt")
_SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}


def scripts_in(text: str) -> frozenset[str]:
    """The non-Latin languages whose script occurs in ``text`` (Latin ones always apply)."""
    return frozenset(lang for lang, script in _SCRIPTS.items() if script.search(text))


# What may not touch a Latin-script word: letters and digits of the alphabets written with
# spaces (a Latin word inside a Cyrillic one is a lookalike fold, not a word). CJK may touch
# it: "女の子nude" mixes languages without a space.
_WORDCHAR = r"[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]"


@cache
def pattern(concept: str, scripts: frozenset[str] | None = None) -> re.Pattern[str]:
    """One concept's words in every language, or only in the Latin-script languages plus
    ``scripts`` (see :func:`scripts_in`): fewer alternatives make matching long texts cheap."""
    by_lang = _LISTS[concept]
    latin = [p for lang in _LATIN for p in by_lang.get(lang, [])]
    parts = [rf"(?<!{_WORDCHAR})(?:{'|'.join(latin)})(?!{_WORDCHAR})"] if latin else []
    for lang in ("ru", "ja", "zh", "ko", "ar"):
        if lang in by_lang and (scripts is None or lang in scripts):
            body = "|".join(by_lang[lang])
            parts.append(rf"(?<![а-яё])(?:{body})(?![а-яё])" if lang == "ru" else f"(?:{body})")
    return re.compile("|".join(parts) if parts else r"(?!x)x")


@cache
def people_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!{_WORDCHAR})(?:{PEOPLE})(?!{_WORDCHAR})")


def _strippable(base: str) -> bool:
    # Accents on Latin letters and Arabic vowel/hamza marks go; Cyrillic, kana (dakuten) and
    # hangul keep theirs, as dropping them changes the letter.
    return base < "\u0250" or "\u0600" <= base <= "\u06ff"


def fold_intl(text: str) -> str:
    """NFKC, casefold, drop invisibles, strip Latin accents and Arabic marks; NFC again."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Cf":
            continue
        if unicodedata.combining(ch):
            if _strippable(base):
                continue
        else:
            base = ch
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out))
    # Arabic: alef variants and taa marbuta / alef maqsura folded to one spelling.
    folded = folded.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": ""}))
    return " ".join(folded.split())
