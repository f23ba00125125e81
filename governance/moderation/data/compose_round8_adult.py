# ruff: noqa: E501  (hand-written prompts are data, one per line)
"""Round 8 adult contrast prompts: adults who state their age, 11 languages.

Writes train_round8_adult.jsonl next to this file. For an adult-content tenant the minors head
refused clearly adult requests ("a 25-year-old model in lingerie, seductive pose" scored 0.98):
the sexual/minors rows state ages ("13yo", "14 años", a school grade) and adult sexual rows
rarely do, so the head learned that an age plus lingerie or nudity means a child. These rows
state adulthood the way people do (an adult age as a number in each language's forms, or words:
adult, milf, wife, 18+, a 30th birthday) with nudity and explicit acts (``sexual``), with
non-explicit lingerie, boudoir and seductive poses (benign, as in the earlier files: lingerie
without nudity is labelled ``[]``), and in ordinary scenes (benign). Every line of the blocks
below is one hand-written row: ``CODE | prompt``; ``S`` is sexual, ``-`` benign. No row involves
a minor and no age under 18 appears anywhere.
"""

from _compose import blocks, rows_with_negatives, write_jsonl

CODES = {"S": "sexual"}

EN = """
S | a 25-year-old model in lingerie pulling her bra down, bare breasts, nsfw
S | 25yo woman, nude, lying on silk sheets, legs apart, explicit, photoreal
S | 28 y/o redhead fully naked in a hotel bathtub, nipples visible, erotic photo
S | nude woman aged 30, spread on a leather couch, pussy visible, 8k
S | Jessica (28) naked on the bed, touching herself, pov, nsfw
S | milf 42yo topless in the kitchen, big natural tits, amateur photo
S | mature woman, 55, nude boudoir shoot, full frontal, soft light
S | adult couple both 30+, having sex on a sofa, explicit, cinematic lighting
S | explicit sex, 35 year old wife riding her husband, bedroom, realistic
S | 18+ only: naked 22yo college graduate posing on her bed, breasts out, nsfw
S | 21 y/o woman over 21 obviously, topless at a nude beach, nipples, candid
S | hot 24yo latina, nude, bent over the bed, ass and pussy visible, photorealistic
S | for her 30th birthday, the woman strips naked on the table, erotic party photo, explicit
S | 40 year old man and 38 year old woman making love, genitals visible, porn still
S | nsfw, adult woman (age 26), naked in the shower, soap on her breasts, wet skin
S | woman, 33, fingering herself on a couch, explicit, 4k
S | age: 29, female, nude, spread legs, explicit, tag: nsfw, realistic
S | 1girl, adult, 25 years old, nude, nipples, pussy, on bed, masterpiece, best quality
S | tags: milf, mature, 45yo, topless, huge breasts, kitchen, nsfw
S | tags: adult woman, 30yo, naked, pov sex, missionary, explicit, 8k
S | 27yo blonde in just a thong, topless, cupping her bare breasts, boudoir nsfw
S | hey can u make a 31 year old brunette totally naked in the woods, full frontal pls
S | make me a pic of a nude 23 y.o. girl in her college dorm after graduation, tits out
S | naked wife (34) waiting on the bed for her husband, legs spread, explicit
S | two women in their 30s kissing naked in a hot tub, breasts visible, erotic
S | a nude 50 yr old woman, saggy breasts, realistic, artistic nsfw
S | adult film still, 28yo actress, blowjob, explicit, pornographic
S | explicit threesome, all performers 25+, hotel room, porn style
S | 36yo man naked in the sauna, erect penis, explicit photo
S | naked 19 year old woman (adult, college sophomore at 19) lying on the beach, nipples visible, nsfw
S | 20yo adult woman, topless selfie in the mirror, nipples showing, bedroom
S | cosplay of an adult anime character, the cosplayer is 27, nude with only the wig, explicit
S | adult cosplayer (24) as Tifa, topless, breasts out, erotic photoshoot
S | hentai style, adult woman, clearly 30s, nude, sex, explicit, uncensored
S | 30yo wife gets fucked from behind in the shower, explicit, realistic
S | a 45 year old woman masturbating with a vibrator, explicit, bedroom
S | hot mature woman aged 48 striptease ending fully nude, pussy visible
S | gorgeous 26 yo girl naked on a yacht, spread, pussy, oil, photoreal
S | nude yoga, adult woman 32, full frontal, explicit, studio
S | an 18-year-old adult woman (born 18 years ago, legal adult), nude on a sofa, breasts visible, nsfw
S | naked 35yo housewife sucking cock in the living room, porn
S | explicit gay sex between two men aged 28 and 30, anal, realistic
S | hairy 40 yo man fully nude in the shower, penis visible, photograph
S | woman in her late twenties naked on all fours, ass up, pussy, nsfw
S | a sexy 29 year old nurse (adult) taking off her scrubs, fully naked, explicit
S | beautiful woman, 30 y/o, topless at the pool party, breasts out
S | adult woman over 21 flashing her boobs at mardi gras, nipples, candid photo
S | nude model, aged 22, legal adult, spread on a bed, close up pussy
S | erotic photo, married couple in their 40s having sex, explicit, warm lamp light
S | nsfw: 25y/o woman squirting, explicit, porn
S | a 38-year-old divorcee posing naked in her bedroom, legs open, explicit
S | sexy 27yo influencer nude in a hot spring, nipples visible, realistic photo
S | 23yo woman nude selfie, pussy visible, amateur, phone camera
S | make her 30 yrs old, totally nude, legs spread on the piano, explicit
S | stripper, 26, fully naked on the pole, pussy visible, club lights
S | 44 year old woman topless sunbathing, nipples, realistic
S | two adults (31 and 29) having sex in a car, explicit, night, photoreal
S | a 60 year old silver haired woman, nude, full frontal, sensual art photo
S | amateur porn still, 32yo couple, doggystyle, explicit
S | woman aged 25 to 30, nude, orgasm face, explicit, high detail
- | photographer's test shoot: the model is 24, emerald lingerie set, looking back over her shoulder, flirty
- | grown woman lounging on a hotel bed in a satin cami and shorts, teasing smile, rain on the window
- | 30yo woman in black lace lingerie, seductive look, boudoir, soft light
- | boudoir photo of a 28 year old bride in white lingerie, tasteful, window light
- | 35 y/o woman in a red silk slip on a bed, sultry gaze, boudoir photography
- | sexy 26yo model in lingerie lying on a couch, seductive pose, magazine style
- | mature woman, 50, in a satin robe and stockings, seductive, vintage pinup
- | adult woman (27) in a corset and garter belt, seductive pose, studio
- | milf in lingerie, 40s, sexy pose in the kitchen, fully covered
- | pinup girl style, adult woman aged 24, lingerie, winking, 1950s illustration
- | 22 year old college graduate in a lace bodysuit, sensual pose, fashion shoot
- | woman over 21 in a sexy nightgown, bedroom eyes, candle light
- | a 31-year-old woman in lingerie sitting on a bed, seductive smile, editorial
- | wife (33) in sexy lingerie for her husband, anniversary boudoir photo, tasteful
- | adult woman, 29, in a black bra and panties, seductive pose, studio lighting
- | 45yo woman in a silk negligee, sultry pose, classy boudoir
- | sexy 30-something woman in fishnet stockings and lingerie, seductive, glamour shot
- | her 30th birthday boudoir shoot, lingerie, confident pose, tasteful
- | tags: adult woman, 28yo, lingerie, seductive, bedroom, soft lighting
- | plus size woman aged 34 in red lingerie, sexy confident pose, boudoir
- | 25 y/o woman in a lace teddy, sensual pose on a velvet chair
- | adult cosplayer (26) as an adult anime heroine, sexy outfit, seductive pose, convention photo
- | sexy nurse costume on a 27 year old woman, halloween party, flirty pose
- | 38yo man in tight briefs, seductive pose, underwear ad style
- | woman (aged 32) in lingerie lying on a fur rug, seductive, glamour photography
- | a 23-year-old woman in a bikini, seductive pose on a yacht
- | sultry 40 year old woman in stockings and heels, film noir boudoir
- | adult model in sheer robe over lingerie, 29, alluring, nothing explicit
- | 18+ adult woman, 24, in lingerie, seductive pose, studio
- | seductive woman in her late 20s wearing a corset, candle lit boudoir
- | a 25-year-old woman at a job interview, navy blazer, office, natural light
- | 30 yo woman in a swimsuit at a public pool, sports catalogue photo
- | portrait of a 28-year-old software engineer at her desk, two monitors
- | 35 year old dad teaching his adult brother to ride a motorbike, sunny road
- | a woman aged 40 running a marathon, sweat, finish line, sports photography
- | 22yo college graduate throwing her cap in the air, graduation day, joyful
- | her 30th birthday party, cake with candles, friends cheering, warm light
- | 60 year old grandmother gardening, straw hat, tomatoes
- | 25 y/o man in a business suit waiting for a train, rainy platform
- | stock photo, adult woman (32) holding a coffee, smiling, cafe
- | 27yo nurse in scrubs on a night shift, hospital corridor, realistic
- | a 45-year-old chef plating a dessert, restaurant kitchen, cinematic
- | fitness catalogue, woman aged 29 in leggings and a sports bra doing squats, gym
- | 33 year old woman in a one-piece swimsuit diving, olympic pool, action shot
- | couple in their 30s hiking in the alps, backpacks, golden hour
- | a 50-year-old man fishing on a lake at dawn, mist
- | 21yo barista, first legal drink on her 21st birthday, bar, friends laughing
- | portrait of a 38 year old firefighter, helmet under arm, station
- | woman, 26, doing yoga on the beach at sunrise, athletic wear, peaceful
- | 19 year old college freshman in the university library, studying, cozy (adult)
- | 24yo groom and 25yo bride cutting the wedding cake, elegant
- | passport photo of a 30 year old man, plain background
- | mature woman, 55, reading in a sunny armchair, cat on lap
- | 35yo accountant at a laptop working from home, plants, coffee mug
- | a 41-year-old woman in a bikini on a family beach holiday, travel brochure
- | anime style adult woman, 28, office worker drinking coffee, slice of life
- | 23 y/o male model in swim trunks, surf shop catalogue, beach
- | a 70-year-old man playing chess in the park, autumn
- | hey can u draw a 30yo guy cooking pasta in a tiny apartment, cozy vibe
- | 27-year-old woman riding a bicycle through Amsterdam, tulips
- | age 34, female astronaut in a spacesuit, ISS window, realistic
- | women aged 25-35 at a yoga retreat, group photo, smiling
- | 31yo woman in a sauna wrapped in a towel, spa brochure, relaxing
- | 40 year old man at his 40th birthday party, balloons, family around
- | wife (36) and husband (38) dancing at their anniversary dinner, candle light
- | 65 year old retired teacher painting watercolors, bright studio
- | a 25yo woman in a red dress on a red carpet, glamorous, paparazzi flashes
- | a 22 year old college graduate at her first day of work, office tour
- | swimwear brand lookbook, adult models aged 25 to 30 in swimsuits, poolside
- | 29yo woman sleeping in pajamas, cozy bedroom, morning light, ad for bedding
- | adult woman over 21 ordering wine at a rooftop bar, city skyline
- | 26yo bodybuilder posing on stage, competition, tanned, trunks
- | portrait, mature woman in her 50s, silver hair, linen shirt, film photo
- | a 37 year old plumber fixing a sink, realistic, kitchen
- | 28 y/o woman trying on a wedding dress, bridal boutique, mirror
- | 32-year-old woman at the beach in a bikini reading a book, summer magazine cover
- | man aged 45 in a hospital bed, doctor explaining, medical brochure
- | two women in their 40s laughing at brunch, mimosas, sunlight
- | a 30 yo woman getting a massage at a spa, towel, calm, advertising photo
- | 24-year-old soldier returning home, hugging his wife at the airport
- | adult students (25+) in a night school classroom, evening lights
- | woman (aged 27) applying makeup, vanity mirror, beauty tutorial thumbnail
- | a 33 year old ballerina stretching backstage, tutu, soft light
- | 18 year old (adult) voter casting her first ballot, polling station
- | 48yo woman swimming laps in an outdoor pool, swim cap, morning
- | 52 year old man mowing the lawn, suburban house, sunny
- | she's 29, a lawyer, standing on courthouse steps, confident, editorial photo
- | retro 80s aerobics class, adult women in leotards, neon, fun
- | 30-year-old woman in a towel after a shower, bathroom mirror, skincare ad, nothing shown
"""

ES = """
S | mujer de 30 años desnuda en la cama, piernas abiertas, explícito, fotorrealista
S | morena de 25 años en topless en la playa, pezones visibles, foto erótica
S | milf de 42 años totalmente desnuda en la cocina, tetas grandes, nsfw
S | pareja adulta de unos 35 años teniendo sexo en el sofá, explícito, luz cálida
S | Lucía (28) desnuda en la ducha, tocándose, pov, +18
S | señora madura de 55 años desnuda, desnudo frontal, foto artística erótica
S | esposa de 33 años montando a su marido, sexo explícito, dormitorio
S | chava de 24 años encuerada en su cuarto, se le ve todo, porno casero
S | mujer mayor de edad, 21 años, desnuda en la piscina, pechos al aire
S | etiquetas: mujer adulta, 29 años, desnuda, coño visible, 8k, nsfw
S | cosplayer adulta de 26 años como personaje adulto de anime, desnuda, solo la peluca, explícito
S | hazme una foto de una tipa de 31 años en pelotas abierta de piernas porfa
S | en su cumple 30 se desnuda encima de la mesa, foto erótica explícita
S | hombre de 40 años desnudo en la sauna, pene erecto, foto explícita
S | stripper de 27 años completamente desnuda en la barra, luces de club, +18
S | dos mujeres de treintaitantos besándose desnudas en el jacuzzi, erótico
S | latina de 23 años recién graduada de la universidad, desnuda en la cama, tetas afuera
S | escena porno, actriz de 28 años haciendo una mamada, explícito
- | a sus 31 años se hizo unas fotos en lencería granate para regalárselas a su pareja, estilo elegante
- | modelo de 25 años en lencería negra de encaje, mirada seductora, boudoir
- | novia de 29 años en lencería blanca, sesión boudoir elegante, luz de ventana
- | mujer madura de 45 años en bata de seda y medias, pose sexy, estilo pin-up
- | mujer adulta (27) con corsé y liguero, pose seductora, estudio
- | señora de 50 años con camisón de satén, mirada sensual, vela
- | chica de 22 años, ya graduada, en body de encaje, pose sensual, editorial de moda
- | esposa de 34 en lencería roja para su aniversario, sesión boudoir con buen gusto
- | mujer de 26 años en bikini, pose seductora en un yate
- | mujer de 25 años en una entrevista de trabajo, blazer azul, oficina
- | mujer de 30 años en bañador en una piscina pública, foto de catálogo deportivo
- | hombre de 45 años cocinando paella en la playa, domingo, familia
- | abuela de 70 años regando las macetas del patio, Córdoba, mañana
- | retrato de una ingeniera de 32 años en su escritorio, dos monitores
- | corredora de 40 años cruzando la meta de un maratón, sudor, foto deportiva
- | graduada de 23 años lanzando el birrete al aire, día de graduación
- | su fiesta de 30 cumpleaños, tarta con velas, amigos aplaudiendo
- | enfermera de 28 años en turno de noche, pasillo de hospital
- | catálogo de fitness, mujer de 29 años en mallas y top deportivo haciendo sentadillas
- | pareja de treintañeros haciendo senderismo en los Pirineos, atardecer
- | hombre de 35 años con traje esperando el metro, lluvia
- | mujer de 33 años en bikini leyendo en la playa, portada de revista de verano
- | novios de 27 y 29 años cortando la tarta de boda
- | mujer de 60 años haciendo yoga en el parque al amanecer
- | foto de carnet de un hombre de 30 años, fondo blanco
- | camarera de 24 años sirviendo cañas en una terraza, Madrid, verano
- | mujer de 31 años en una sauna envuelta en una toalla, folleto de spa
S | treintañera tetona en tanga y sin sujetador, se le ven los pezones, foto subida de tono +18
- | cuarentona guapísima en lencería de encaje frente al espejo, mirada pícara, sin desnudos
- | mi cuñada (38) en la boda de su hermano, vestido largo verde, bailando
S | ok ahora la misma mujer de 29 años pero sin nada de ropa, completamente desnuda, abierta
"""

FR = """
S | femme de 35 ans nue sur le lit, jambes écartées, explicite, photoréaliste
S | blonde de 28 ans seins nus à la plage, tétons visibles, photo érotique
S | milf de 45 ans entièrement nue dans la cuisine, gros seins, nsfw
S | couple adulte d'une trentaine d'années qui fait l'amour sur le canapé, explicite
S | Camille (26) nue sous la douche, se caresse, pov, +18
S | femme mûre de 55 ans, nu intégral, photo d'art érotique
S | épouse de 34 ans qui chevauche son mari, sexe explicite, chambre
S | meuf de 24 ans à poil dans sa chambre, on voit tout, porno amateur
S | femme majeure, 21 ans, nue au bord de la piscine, seins à l'air
S | tags : femme adulte, 30 ans, nue, chatte visible, 8k, nsfw
S | cosplayeuse adulte de 27 ans en personnage d'anime adulte, nue avec juste la perruque, explicite
S | tu peux me faire une nana de 31 ans toute nue les jambes ouvertes stp
S | pour ses 30 ans elle se déshabille sur la table, photo érotique explicite
S | homme de 40 ans nu au sauna, sexe en érection, photo explicite
S | strip-teaseuse de 29 ans complètement nue à la barre, lumières de club
S | deux femmes de la quarantaine qui s'embrassent nues dans un jacuzzi, érotique
S | jeune diplômée de 23 ans nue sur son lit, seins nus, nsfw
S | scène porno, actrice de 28 ans en pleine fellation, explicite
- | séance photo pour ses 36 ans : ensemble en dentelle bordeaux, allongée sur un canapé en velours, regard joueur
- | mannequin de 25 ans en lingerie de dentelle noire, regard séduisant, boudoir
- | mariée de 29 ans en lingerie blanche, séance boudoir élégante, lumière de fenêtre
- | femme mûre de 48 ans en peignoir de soie et bas, pose sensuelle, style pin-up
- | femme adulte (27) en corset et porte-jarretelles, pose provocante, studio
- | femme de 30 ans en nuisette de satin sur le lit, regard sensuel
- | diplômée de 22 ans en body de dentelle, pose sensuelle, éditorial mode
- | épouse de 33 ans en lingerie rouge pour leur anniversaire, boudoir de bon goût
- | femme de 26 ans en bikini, pose séduisante sur un voilier
- | femme de 25 ans à un entretien d'embauche, blazer bleu marine, bureau
- | femme de 30 ans en maillot de bain dans une piscine municipale, photo de catalogue de sport
- | homme de 45 ans qui fait un barbecue dans le jardin, dimanche
- | grand-mère de 72 ans qui tricote près de la cheminée, chat endormi
- | portrait d'une développeuse de 32 ans à son bureau, deux écrans
- | coureuse de 40 ans qui franchit la ligne d'arrivée du marathon de Paris
- | diplômée de 23 ans qui lance son chapeau en l'air, remise des diplômes
- | sa fête des 30 ans, gâteau avec bougies, amis qui applaudissent
- | infirmière de 28 ans de garde la nuit, couloir d'hôpital
- | catalogue fitness, femme de 29 ans en legging et brassière, squats à la salle
- | couple de trentenaires en randonnée dans les Alpes, coucher de soleil
- | homme de 35 ans en costume qui attend le métro, pluie
- | femme de 33 ans en bikini qui lit sur la plage, couverture de magazine d'été
- | mariés de 27 et 29 ans qui coupent le gâteau, élégant
- | femme de 60 ans qui fait du yoga au parc au lever du soleil
- | photo d'identité d'un homme de 30 ans, fond uni
- | serveuse de 24 ans sur une terrasse parisienne, été, plateau de cafés
- | femme de 31 ans au hammam enveloppée dans une serviette, brochure de spa
S | quadra sexy (42 ans) qui retire son soutif, seins nus, photo coquine
- | trentenaire en lingerie noire assise sur le bord de la baignoire, regard coquin, rien de dénudé
- | ma belle-sœur, 38 ans, au mariage de son frère, robe longue verte, danse
S | maintenant la même femme de 29 ans sans rien sur elle, nue, jambes ouvertes
"""

DE = """
S | 40 Jahre alte Frau nackt auf dem Bett, Beine gespreizt, explizit, fotorealistisch
S | 28-jährige Blondine oben ohne am FKK-Strand, Nippel sichtbar, erotisches Foto
S | MILF, 45 Jahre, komplett nackt in der Küche, große Brüste, nsfw
S | erwachsenes Paar um die 35 beim Sex auf dem Sofa, explizit, warmes Licht
S | Lena (26) nackt unter der Dusche, fasst sich an, POV, ab 18
S | reife Frau mit 55 Jahren, Ganzkörperakt frontal, erotisches Kunstfoto
S | Ehefrau, 34, reitet ihren Mann, expliziter Sex, Schlafzimmer
S | 24 jährige Tussi splitternackt in ihrem Zimmer, man sieht alles, Amateurporno
S | volljährige Frau, 21, nackt am Pool, Brüste frei
S | Tags: erwachsene Frau, 30 Jahre, nackt, Muschi sichtbar, 8k, nsfw
S | erwachsene Cosplayerin (27) als erwachsene Anime-Figur, nackt bis auf die Perücke, explizit
S | mach mal ne 31jährige komplett nackt mit gespreizten Beinen bitte
S | zu ihrem 30. Geburtstag zieht sie sich auf dem Tisch nackt aus, explizites Erotikfoto
S | Mann, 40 Jahre, nackt in der Sauna, erigierter Penis, explizites Foto
S | Stripperin, 29, völlig nackt an der Stange, Clublicht
S | zwei Frauen in den Vierzigern küssen sich nackt im Whirlpool, erotisch
S | 23-jährige Uni-Absolventin nackt auf dem Bett, Brüste frei, nsfw
S | Pornoszene, 28-jährige Darstellerin beim Blowjob, explizit
- | zum 41. hat sie sich ein Dessous-Shooting geschenkt: bordeauxrote Spitze, Samtsofa, verspielter Blick
- | 25-jähriges Model in schwarzer Spitzenunterwäsche, verführerischer Blick, Boudoir
- | Braut, 29 Jahre, in weißen Dessous, elegantes Boudoir-Shooting, Fensterlicht
- | reife Frau, 48, im Seidenmantel und Strümpfen, sinnliche Pose, Pin-up-Stil
- | erwachsene Frau (27) in Korsett und Strapsen, verführerische Pose, Studio
- | 30-jährige Frau im Satinnachthemd auf dem Bett, sinnlicher Blick
- | Absolventin, 22, im Spitzenbody, sinnliche Pose, Modestrecke
- | Ehefrau mit 33 in roten Dessous zum Hochzeitstag, geschmackvolles Boudoir
- | 26-jährige Frau im Bikini, verführerische Pose auf einer Segeljacht
- | 25-jährige Frau beim Vorstellungsgespräch, dunkelblauer Blazer, Büro
- | 30 Jahre alte Frau im Badeanzug im Freibad, Foto für einen Sportkatalog
- | Mann, 45, grillt im Garten, Sonntag, Bier
- | 72-jährige Oma strickt am Kamin, Katze schläft
- | Porträt einer 32-jährigen Softwareentwicklerin am Schreibtisch, zwei Monitore
- | 40-jährige Läuferin beim Zieleinlauf des Berlin-Marathons
- | Absolventin, 23 Jahre, wirft den Hut in die Luft, Abschlussfeier
- | ihr 30. Geburtstag, Torte mit Kerzen, Freunde jubeln
- | 28-jährige Krankenpflegerin in der Nachtschicht, Krankenhausflur
- | Fitnesskatalog, Frau, 29 Jahre, in Leggings und Sport-BH, Kniebeugen im Studio
- | Paar um die 30 beim Wandern in den Alpen, Abendlicht
- | Mann, 35 Jahre, im Anzug wartet auf die U-Bahn, Regen
- | 33-jährige Frau im Bikini liest am Strand, Titelbild eines Sommermagazins
- | Brautpaar, 27 und 29, schneidet die Hochzeitstorte an
- | 60 Jahre alte Frau macht Yoga im Park bei Sonnenaufgang
- | Passfoto eines 30-jährigen Mannes, neutraler Hintergrund
- | Kellnerin, 24, im Biergarten mit vier Maßkrügen, Sommer
- | 31-jährige Frau in der Sauna, in ein Handtuch gewickelt, Wellnessprospekt
S | Ü30-Frau in Strapsen, BH aus, nackte Brüste, heißes Foto
- | Mittvierzigerin in Spitzendessous vor dem Spiegel, kokettes Lächeln, nichts zu sehen
- | meine Schwägerin (38) auf der Hochzeit ihres Bruders, langes grünes Kleid, tanzt
S | jetzt dieselbe 29-Jährige ohne alles, komplett nackt, Beine breit
"""

IT = """
S | donna di 35 anni nuda sul letto, gambe aperte, esplicito, fotorealistico
S | mora trentenne in topless in spiaggia, capezzoli visibili, foto erotica
S | milf di 46 anni completamente nuda sul divano, tette grosse, nsfw
S | coppia adulta sui 40 che fa sesso in cucina, esplicito, luce calda
S | Giulia (27) nuda sotto la doccia mentre si tocca, pov, vietato ai minori di 18
S | signora matura di 58 anni, nudo integrale frontale, foto d'arte erotica
S | moglie di 32 anni che cavalca il marito, sesso esplicito, camera da letto
S | tipa di 25 anni nuda come un verme in camera sua, si vede tutto, porno amatoriale
S | donna maggiorenne di 21 anni nuda a bordo piscina, seno al vento
S | tag: donna adulta, 30 anni, nuda, figa in vista, 8k, nsfw
S | cosplayer adulta (28 anni) vestita da personaggio anime adulto, nuda tranne la parrucca, esplicito
S | fammi una 31enne tutta nuda a gambe larghe dai
S | per i suoi 40 anni si spoglia sul tavolo della festa, foto erotica esplicita
S | uomo di 42 anni nudo in sauna, pene in erezione, foto esplicita
S | spogliarellista di 29 anni completamente nuda al palo, luci del locale
S | due donne sulla quarantina che si baciano nude nella vasca idromassaggio, erotico
S | neolaureata di 24 anni nuda sul letto dello studentato, seno scoperto, nsfw
S | scena porno, attrice di 28 anni che fa un pompino, esplicito
- | per i suoi 37 anni si è regalata un servizio in intimo bordeaux su un divano di velluto, sguardo giocoso
- | modella venticinquenne in lingerie di pizzo nero, sguardo seducente, boudoir
- | sposa di 29 anni in lingerie bianca, servizio boudoir elegante, luce dalla finestra
- | signora di 50 anni in vestaglia di seta e calze, posa sensuale, stile pin-up anni 50
- | donna adulta (27) con corsetto e reggicalze, posa provocante, studio
- | trentenne in sottoveste di raso sul letto, sguardo sensuale, candele
- | ragazza di 22 anni appena laureata in body di pizzo, posa sensuale, editoriale moda
- | moglie di 34 anni in lingerie rossa per l'anniversario, boudoir di buon gusto
- | donna di 26 anni in bikini, posa seducente su una barca a vela, Sardegna
- | donna di 25 anni a un colloquio di lavoro, giacca blu, ufficio luminoso
- | donna di 30 anni in costume intero in una piscina comunale, foto per catalogo sportivo
- | uomo di 45 anni che prepara il ragù la domenica, cucina di casa
- | nonna di 75 anni che fa la pasta fresca a mano, farina sul tavolo
- | ritratto di un'ingegnera di 32 anni alla scrivania, due monitor
- | maratoneta di 40 anni che taglia il traguardo a Roma, sudore, foto sportiva
- | laureata di 23 anni con la corona d'alloro davanti all'università, festa con gli amici
- | la sua festa dei 30 anni, torta con candeline, amici che brindano
- | infermiera di 28 anni durante il turno di notte, corsia d'ospedale
- | catalogo fitness, donna di 29 anni in leggings e top sportivo, squat in palestra
- | coppia di trentenni in escursione sulle Dolomiti, tramonto
- | uomo sui 35 in giacca e cravatta che aspetta il treno, pioggia
- | 33enne in bikini che legge in spiaggia, copertina di una rivista estiva
- | sposi di 27 e 29 anni che tagliano la torta nuziale
- | donna di 60 anni che fa yoga al parco all'alba
- | foto tessera di un uomo di 30 anni, sfondo bianco
- | cameriera di 24 anni che serve spritz in piazza, Venezia, estate
- | donna di 31 anni in sauna avvolta in un asciugamano, brochure di un centro benessere
S | quarantenne sexy che si toglie il reggiseno, tette al vento, foto piccante
- | trentenne in babydoll nero seduta sul bordo della vasca, sguardo malizioso, niente nudo
- | mia cognata (38) al matrimonio di suo fratello, abito lungo verde, balla
S | adesso la stessa donna di 29 anni senza niente addosso, nuda, a gambe aperte
"""

PT = """
S | mulher de 30 anos pelada na cama, pernas abertas, explícito, fotorrealista
S | morena de 27 anos fazendo topless na praia, mamilos à mostra, foto erótica
S | coroa de 48 anos totalmente nua na cozinha, peitões, nsfw
S | casal adulto de uns 35 anos transando no sofá, explícito, luz quente
S | Mariana (26) nua no chuveiro se tocando, pov, +18
S | senhora de 55 anos, nu frontal completo, fotografia artística erótica
S | esposa de 33 anos cavalgando o marido, sexo explícito, quarto
S | mina de 24 anos peladona no quarto, aparecendo tudo, pornô caseiro
S | mulher maior de idade, 21 anos, nua na beira da piscina, peitos de fora
S | tags: mulher adulta, 29 anos, nua, buceta à mostra, 8k, nsfw
S | cosplayer adulta de 25 anos como personagem adulta de anime, nua só de peruca, explícito
S | faz uma mulher de 31 anos peladinha de pernas abertas pfv
S | no aniversário de 30 anos ela tira a roupa em cima da mesa, foto erótica explícita
S | homem de 40 anos nu na sauna, pênis ereto, foto explícita
S | stripper de 28 anos completamente nua no pole, luzes de boate
S | duas mulheres de uns 40 anos se beijando peladas na banheira de hidromassagem, erótico
S | recém-formada de 23 anos nua na cama, seios de fora, nsfw
S | cena pornô, atriz de 29 anos fazendo boquete, explícito
- | ensaio sensual de presente pros 32 anos dela: lingerie vinho, sofá de veludo, olhar brincalhão
- | modelo de 25 anos de lingerie de renda preta, olhar sedutor, boudoir
- | noiva de 29 anos de lingerie branca, ensaio boudoir elegante, luz da janela
- | coroa de 50 anos de robe de seda e meia-calça, pose sexy, estilo pin-up
- | mulher adulta (27) de espartilho e cinta-liga, pose provocante, estúdio
- | mulher de 34 anos de camisola de cetim na cama, olhar sensual
- | recém-formada de 22 anos de body de renda, pose sensual, editorial de moda
- | esposa de 33 anos de lingerie vermelha no aniversário de casamento, boudoir de bom gosto
- | mulher de 26 anos de biquíni fio dental, pose sedutora num iate
- | mulher de 25 anos numa entrevista de emprego, blazer azul-marinho, escritório
- | mulher de 30 anos de maiô numa piscina pública, foto de catálogo esportivo
- | homem de 45 anos fazendo churrasco no quintal, domingo, família
- | avó de 70 anos regando as plantas da varanda, manhã
- | retrato de uma engenheira de 32 anos na mesa de trabalho, dois monitores
- | corredora de 40 anos cruzando a linha de chegada da São Silvestre
- | formanda de 23 anos jogando o capelo para cima, colação de grau
- | festa de 30 anos dela, bolo com velas, amigos aplaudindo
- | enfermeira de 28 anos no plantão noturno, corredor do hospital
- | catálogo fitness, mulher de 29 anos de legging e top fazendo agachamento na academia
- | casal de trintões fazendo trilha na Chapada Diamantina, pôr do sol
- | homem de 35 anos de terno esperando o metrô, chuva
- | mulher de 33 anos de biquíni lendo na praia, capa de revista de verão
- | noivos de 27 e 29 anos cortando o bolo de casamento
- | mulher de 60 anos fazendo ioga no parque ao amanhecer
- | foto 3x4 de um homem de 30 anos, fundo branco
- | garçonete de 24 anos servindo chope num bar de Copacabana
- | mulher de 31 anos na sauna enrolada numa toalha, folheto de spa
S | quarentona gostosa tirando o sutiã, peitos de fora, foto picante
- | trintona de lingerie preta sentada na beira da banheira, olhar malicioso, sem nudez
- | minha cunhada (38) no casamento do irmão dela, vestido longo verde, dançando
S | agora a mesma mulher de 29 anos sem roupa nenhuma, pelada, de pernas abertas
"""

RU = """
S | голая женщина 30 лет на кровати, ноги раздвинуты, откровенно, фотореализм
S | брюнетка 27 лет топлес на пляже, видны соски, эротическое фото
S | милфа 45 лет полностью голая на кухне, большие сиськи, nsfw
S | взрослая пара лет 35 занимается сексом на диване, откровенно, тёплый свет
S | Катя (26) голая в душе ласкает себя, pov, 18+
S | зрелая женщина 55 лет, полная нагота спереди, эротическое арт-фото
S | жена 33 лет скачет на муже, откровенный секс, спальня
S | тёлка 24 лет голышом у себя в комнате, всё видно, домашнее порно
S | совершеннолетняя женщина, 21 год, голая у бассейна, грудь наружу
S | теги: взрослая женщина, 29 лет, голая, видна киска, 8k, nsfw
S | взрослая косплеерша 25 лет в образе взрослой героини аниме, голая, только парик, откровенно
S | сделай бабу лет 31 совсем голую с раздвинутыми ногами плз
S | на свой 30-летний юбилей она раздевается догола на столе, откровенное эротическое фото
S | мужчина 40 лет голый в бане, эрегированный член, откровенное фото
S | стриптизёрша 28 лет полностью голая на шесте, свет клуба
S | две женщины под сорок целуются голыми в джакузи, эротика
S | выпускница вуза 23 лет голая на кровати, грудь открыта, nsfw
S | порно-сцена, актриса 29 лет делает минет, откровенно
- | фотосессия в подарок себе на 36-летие: бордовый кружевной комплект, бархатный диван, игривый взгляд
- | модель 25 лет в чёрном кружевном белье, соблазнительный взгляд, будуар
- | невеста 29 лет в белом белье, элегантная будуарная съёмка, свет из окна
- | женщина 50 лет в шёлковом халате и чулках, сексуальная поза, стиль пин-ап
- | взрослая женщина (27) в корсете и с поясом для чулок, провокационная поза, студия
- | женщина 34 лет в атласной сорочке на кровати, чувственный взгляд
- | выпускница 22 лет в кружевном боди, чувственная поза, модная съёмка
- | жена 33 лет в красном белье на годовщину свадьбы, будуар со вкусом
- | женщина 26 лет в бикини, соблазнительная поза на яхте
- | женщина 25 лет на собеседовании, тёмно-синий пиджак, офис
- | женщина 30 лет в купальнике в городском бассейне, фото для спортивного каталога
- | мужчина 45 лет жарит шашлык на даче, воскресенье
- | бабушка 72 лет вяжет у печки, спит кот
- | портрет 32-летней программистки за рабочим столом, два монитора
- | бегунья 40 лет пересекает финиш московского марафона
- | выпускница 23 лет подбрасывает шапочку, вручение дипломов
- | её 30-летие, торт со свечами, друзья аплодируют
- | медсестра 28 лет на ночном дежурстве, больничный коридор
- | фитнес-каталог, женщина 29 лет в леггинсах и спортивном топе делает приседания
- | пара тридцатилетних в походе по Алтаю, закат
- | мужчина 35 лет в костюме ждёт метро, дождь
- | женщина 33 лет в бикини читает на пляже, обложка летнего журнала
- | молодожёны 27 и 29 лет режут свадебный торт
- | женщина 60 лет занимается йогой в парке на рассвете
- | фото на паспорт мужчины 30 лет, белый фон
- | официантка 24 лет на летней веранде в Питере с подносом кофе
- | женщина 31 года в сауне, завёрнута в полотенце, буклет спа
S | сорокалетняя красотка снимает лифчик, голая грудь, пикантное фото
- | тридцатилетняя женщина в чёрном пеньюаре на краю ванны, игривый взгляд, без наготы
- | моя невестка (38) на свадьбе брата, длинное зелёное платье, танцует
S | теперь та же женщина 29 лет совсем без одежды, голая, ноги врозь
"""

JA = """
S | 30歳の女性、ベッドで全裸、脚を開いている、露骨、フォトリアル
S | 27歳の黒髪美女がビーチでトップレス、乳首が見えている、エロ写真
S | 45歳の熟女、キッチンで全裸、巨乳、nsfw
S | 35歳くらいの成人カップルがソファでセックスしている、無修正、暖かい光
S | ユイ（26）シャワーで裸になって自分を触っている、主観視点、18禁
S | 55歳の熟女、全裸正面、エロティックなアート写真
S | 33歳の人妻が夫の上に跨ってセックス、露骨、寝室
S | 24歳のOLが自分の部屋で全裸、丸見え、素人AV風
S | 成人女性（21歳）、プールサイドで全裸、胸丸出し
S | タグ：成人女性、29歳、全裸、性器が見える、8k、nsfw
S | 25歳の成人コスプレイヤーが大人のアニメキャラに扮して、ウィッグ以外は裸、露骨
S | 31歳の女の人を全裸でM字開脚にして描いてほしい
S | 30歳の誕生日、彼女がテーブルの上で服を全部脱ぐ、露骨なエロ写真
S | 40歳の男性がサウナで全裸、勃起したペニス、露骨な写真
S | 28歳のストリッパーがポールで全裸、クラブの照明
S | 40代の女性二人がジャグジーで裸でキス、エロティック
S | 大学を卒業したばかりの23歳の女性がベッドで裸、胸が見えている、nsfw
S | AVのワンシーン、29歳の女優がフェラチオ、無修正
- | 36歳の記念に自分へのプレゼントとして撮ったボルドーのランジェリー写真、ベルベットのソファ、いたずらっぽい目
- | 25歳のモデル、黒レースのランジェリー、誘うような目線、ブドワール写真
- | 29歳の花嫁、白いランジェリー、上品なブドワール撮影、窓からの光
- | 50歳の女性がシルクのガウンとストッキングでセクシーなポーズ、ピンナップ風
- | 成人女性（27）、コルセットとガーターベルト、挑発的なポーズ、スタジオ
- | 34歳の女性がサテンのスリップ姿でベッドに座る、色っぽい目線
- | 22歳の社会人一年目の女性、レースのボディスーツ、官能的なポーズ、ファッション誌
- | 結婚記念日に赤いランジェリーを着た33歳の妻、上品なブドワール
- | 26歳の女性がビキニ姿でヨットの上でセクシーなポーズ
- | 就職面接を受ける25歳の女性、紺のスーツ、オフィス
- | 市民プールで水着を着た30歳の女性、スポーツカタログの写真
- | 日曜日に庭でバーベキューをする45歳の男性
- | こたつでみかんを食べる75歳のおばあちゃん、猫
- | デスクで働く32歳の女性エンジニアの肖像、モニター二台
- | 東京マラソンでゴールする40歳のランナー、汗、スポーツ写真
- | 卒業式で袴を着た22歳の大学卒業生、桜
- | 30歳の誕生日パーティー、ろうそくのケーキ、友達が拍手
- | 夜勤中の28歳の看護師、病院の廊下
- | フィットネスカタログ、レギンスとスポーツブラの29歳の女性がスクワット
- | 30代のカップルが北アルプスを登山、夕焼け
- | スーツ姿の35歳の男性が雨の中で電車を待っている
- | ビーチでビキニ姿で本を読む33歳の女性、夏の雑誌の表紙
- | 27歳と29歳の新郎新婦がウェディングケーキ入刀
- | 公園で朝ヨガをする60歳の女性
- | 30歳男性の証明写真、白背景
- | 居酒屋で生ビールを運ぶ24歳の店員、活気のある店内
- | 温泉でタオルを巻いてくつろぐ31歳の女性、旅館のパンフレット
S | アラフォーの人妻がブラを外して胸を露出、エロい写真
- | アラサー女性が黒いベビードール姿でバスタブの縁に座る、いたずらっぽい目線、露出なし
- | 兄の結婚式で踊る義姉（38）、緑のロングドレス
S | 同じ29歳の女性を今度は何も着ていない状態で、全裸、脚を開いて
"""

ZH = """
S | 30岁的女人全裸躺在床上，双腿张开，露骨，写实
S | 27岁的黑发美女在海滩上裸露上身，乳头可见，色情照片
S | 45岁熟女在厨房里一丝不挂，大胸，nsfw
S | 35岁左右的成年夫妻在沙发上做爱，露骨，暖光
S | 小雅（26）在淋浴间裸体自慰，第一视角，18禁
S | 55岁的成熟女性，正面全裸，情色艺术摄影
S | 33岁的人妻骑在丈夫身上做爱，露骨，卧室
S | 24岁的上班族美女在自己房间全裸，全都露出来，自拍黄图
S | 成年女性，21岁，泳池边全裸，胸部裸露
S | 标签：成年女性，29岁，全裸，阴部可见，8k，nsfw
S | 25岁的成年coser扮成成年动漫角色，除了假发全裸，露骨
S | 帮我画一个31岁的女人全裸张开腿
S | 她30岁生日那天在桌上脱光衣服，露骨的色情照
S | 40岁男人在桑拿房全裸，勃起的阴茎，露骨照片
S | 28岁的脱衣舞娘在钢管上全裸，夜店灯光
S | 两个四十多岁的女人在按摩浴缸里裸体接吻，情色
S | 刚大学毕业的23岁女人裸体躺在床上，露出胸部，nsfw
S | 成人片截图，29岁的女优在口交，无码
- | 给自己36岁生日的礼物：酒红色蕾丝内衣写真，丝绒沙发，俏皮的眼神
- | 25岁模特穿黑色蕾丝内衣，诱惑的眼神，私房照
- | 29岁新娘穿白色内衣，优雅的私房写真，窗边光线
- | 50岁的女人穿丝绸睡袍和丝袜，性感姿势，复古海报风
- | 成年女性（27），穿束身衣和吊袜带，挑逗的姿势，影棚
- | 34岁的少妇穿缎面吊带睡裙坐在床上，妩媚的眼神
- | 22岁刚工作的女性穿蕾丝连体衣，性感姿势，时尚杂志
- | 33岁的妻子在结婚纪念日穿红色内衣，有品味的私房照
- | 26岁女人穿比基尼在游艇上摆性感姿势
- | 25岁的女人参加工作面试，藏青色西装，办公室
- | 30岁女人在公共游泳池穿泳衣，运动产品目录照片
- | 45岁的男人周末在院子里烧烤
- | 75岁的奶奶在公园里跳广场舞，傍晚
- | 32岁女工程师在工位上工作的肖像，两台显示器
- | 40岁的跑者冲过北京马拉松终点线，汗水
- | 22岁的大学毕业生把学士帽抛向空中，毕业典礼
- | 她的30岁生日派对，插着蜡烛的蛋糕，朋友们鼓掌
- | 值夜班的28岁护士，医院走廊
- | 健身产品目录，29岁女人穿紧身裤和运动内衣做深蹲
- | 三十多岁的情侣在黄山徒步，日落
- | 穿西装的35岁男人在雨中等地铁
- | 33岁的女人穿比基尼在海边看书，夏季杂志封面
- | 27岁和29岁的新郎新娘一起切婚礼蛋糕
- | 60岁的阿姨清晨在公园练太极
- | 30岁男人的证件照，白色背景
- | 24岁的服务员在火锅店端菜，热闹
- | 31岁的女人裹着浴巾在温泉放松，度假村宣传册
S | 四十岁的性感熟女脱下胸罩，露出乳房，香艳照片
- | 三十岁出头的女人穿黑色吊带睡衣坐在浴缸边，俏皮的眼神，不露点
- | 我嫂子（38）在她弟弟的婚礼上跳舞，绿色长裙
S | 现在把同一个29岁的女人画成一丝不挂，全裸，张开双腿
"""

KO = """
S | 30살 여자가 침대에서 알몸으로 다리를 벌리고 있음, 노골적, 실사
S | 27살 흑발 미녀가 해변에서 토플리스, 유두 보임, 야한 사진
S | 45세 유부녀가 부엌에서 완전히 알몸, 거유, nsfw
S | 35살쯤 된 성인 커플이 소파에서 섹스, 노골적, 따뜻한 조명
S | 지연(26) 샤워하면서 알몸으로 자위, 1인칭 시점, 19금
S | 55세 중년 여성, 정면 전라, 에로틱 예술 사진
S | 33살 아내가 남편 위에 올라타서 섹스, 노골적, 침실
S | 24살 직장인 여자가 자기 방에서 홀딱 벗음, 다 보임, 아마추어 야동
S | 성인 여성 21세, 수영장 가에서 전라, 가슴 노출
S | 태그: 성인 여성, 29살, 전라, 성기 노출, 8k, nsfw
S | 25살 성인 코스어가 성인 애니 캐릭터 코스프레, 가발 빼고 알몸, 노골적
S | 31살 여자 다 벗고 다리 벌린 그림 그려줘
S | 30살 생일에 그녀가 테이블 위에서 옷을 다 벗음, 노골적인 야한 사진
S | 40세 남자가 사우나에서 알몸, 발기한 성기, 노골적인 사진
S | 28살 스트리퍼가 폴에서 전라, 클럽 조명
S | 40대 여자 둘이 자쿠지에서 알몸으로 키스, 에로틱
S | 대학 졸업한 23살 여자가 침대에서 알몸, 가슴 노출, nsfw
S | 야동 한 장면, 29세 여배우가 펠라치오, 무삭제
- | 서른여섯 살 기념으로 찍은 와인색 란제리 화보, 벨벳 소파, 장난스러운 눈빛
- | 25세 모델, 검정 레이스 란제리, 유혹적인 눈빛, 부두아 사진
- | 29살 신부가 흰색 란제리를 입은 우아한 부두아 촬영, 창가 빛
- | 50대 여성이 실크 가운과 스타킹 차림으로 섹시한 포즈, 핀업 스타일
- | 성인 여성(27), 코르셋과 가터벨트, 도발적인 포즈, 스튜디오
- | 34살 여자가 새틴 슬립 차림으로 침대에 앉아 있음, 관능적인 눈빛
- | 22살 사회초년생 여성이 레이스 바디수트를 입고 섹시한 포즈, 패션 화보
- | 결혼기념일에 빨간 란제리를 입은 33세 아내, 고급스러운 부두아
- | 26살 여자가 비키니 입고 요트 위에서 섹시한 포즈
- | 취업 면접 보는 25살 여성, 남색 정장, 사무실
- | 공공 수영장에서 수영복 입은 30세 여성, 스포츠 카탈로그 사진
- | 주말에 마당에서 바비큐 하는 45살 남자
- | 시장에서 나물 파는 75세 할머니, 아침
- | 책상에서 일하는 32살 여성 엔지니어 인물 사진, 모니터 두 대
- | 서울 마라톤 결승선을 통과하는 40세 러너, 땀
- | 학사모를 던지는 22살 대학 졸업생, 졸업식
- | 그녀의 서른 살 생일 파티, 촛불 케이크, 친구들 박수
- | 야간 근무 중인 28살 간호사, 병원 복도
- | 피트니스 카탈로그, 레깅스와 스포츠 브라를 입은 29세 여성이 스쿼트
- | 30대 커플이 설악산 등산, 노을
- | 양복 입은 35살 남자가 비 오는 날 지하철을 기다림
- | 해변에서 비키니 입고 책 읽는 33살 여자, 여름 잡지 표지
- | 27살 신랑과 29살 신부가 웨딩 케이크 커팅
- | 아침 공원에서 요가하는 60세 여성
- | 30살 남자 증명사진, 흰 배경
- | 포장마차에서 일하는 24살 직원, 밤, 활기찬 분위기
- | 찜질방에서 수건 두르고 쉬는 31살 여자, 여행 안내 책자
S | 마흔 살 섹시한 유부녀가 브라를 벗고 가슴 노출, 야한 사진
- | 서른 초반 여자가 검정 베이비돌 입고 욕조 가장자리에 앉아 있음, 장난스러운 눈빛, 노출 없음
- | 오빠 결혼식에서 춤추는 새언니(38), 초록색 롱드레스
S | 이번엔 같은 29살 여자를 아무것도 안 입은 채로, 전라, 다리 벌리고
"""

AR = """
S | امرأة عمرها 30 عاما عارية على السرير، ساقاها مفتوحتان، صريح، واقعي
S | سمراء عمرها 27 عاما عارية الصدر على الشاطئ، الحلمات ظاهرة، صورة إباحية
S | ميلف عمرها 45 سنة عارية تماما في المطبخ، صدر كبير، nsfw
S | زوجان بالغان في الخامسة والثلاثين يمارسان الجنس على الكنبة، صريح، إضاءة دافئة
S | سارة (26) عارية تحت الدش وتلمس نفسها، منظور أول، +18
S | امرأة ناضجة عمرها 55 عاما، عري كامل من الأمام، صورة فنية إيروتيكية
S | زوجة عمرها 33 سنة فوق زوجها أثناء الجنس، صريح، غرفة النوم
S | موظفة عمرها 24 سنة عريانة في غرفتها، كل شي باين، سكس هواة
S | امرأة بالغة عمرها 21 عاما عارية بجانب المسبح، صدرها مكشوف
S | وسوم: امرأة بالغة، 29 عاما، عارية، الفرج ظاهر، 8k، nsfw
S | كوسبلاير بالغة عمرها 25 عاما بزي شخصية أنمي بالغة، عارية ما عدا الشعر المستعار، صريح
S | ارسم لي مره عمرها 31 سنة عريانة وفاتحة رجليها
S | في عيد ميلادها الثلاثين تتعرى فوق الطاولة، صورة إباحية صريحة
S | رجل عمره 40 عاما عار في الساونا، قضيب منتصب، صورة صريحة
S | راقصة تعري عمرها 28 عاما عارية تماما على العمود، أضواء النادي
S | امرأتان في الأربعينات تتبادلان القبل عاريتين في الجاكوزي، إيروتيكي
S | خريجة جامعة عمرها 23 عاما عارية على السرير، صدرها مكشوف، nsfw
S | مشهد إباحي، ممثلة عمرها 29 عاما تمارس الجنس الفموي، صريح
- | جلسة تصوير هدية لنفسها في عيد ميلادها السادس والثلاثين: لانجري دانتيل خمري، كنبة مخملية، نظرة مرحة
- | عارضة عمرها 25 عاما بلانجري دانتيل أسود، نظرة مغرية، تصوير بودوار
- | عروس عمرها 29 عاما بملابس داخلية بيضاء، جلسة تصوير بودوار أنيقة، ضوء النافذة
- | امرأة في الخمسين بروب حريري وجوارب، وضعية مثيرة، أسلوب بين أب
- | امرأة بالغة (27) بكورسيه وحمالة جوارب، وضعية مثيرة، استوديو
- | امرأة عمرها 34 سنة بقميص نوم ساتان على السرير، نظرة حسية
- | موظفة عمرها 22 عاما ببودي دانتيل، وضعية حسية، جلسة أزياء
- | زوجة عمرها 33 عاما بلانجري أحمر في ذكرى الزواج، بودوار راقي
- | امرأة عمرها 26 عاما ببكيني، وضعية مغرية على يخت
- | امرأة عمرها 25 عاما في مقابلة عمل، بليزر كحلي، مكتب
- | امرأة عمرها 30 عاما بلباس سباحة في مسبح عام، صورة لكتالوج رياضي
- | رجل عمره 45 عاما يشوي اللحم في الحديقة يوم الجمعة
- | جدة عمرها 75 عاما تخبز الخبز في الفرن، صباح
- | صورة مهندسة عمرها 32 عاما على مكتبها، شاشتان
- | عداءة عمرها 40 عاما تعبر خط النهاية في ماراثون دبي
- | خريجة عمرها 22 عاما ترمي قبعة التخرج في الهواء، حفل التخرج
- | حفلة عيد ميلادها الثلاثين، كعكة بالشموع، أصدقاء يصفقون
- | ممرضة عمرها 28 عاما في مناوبة ليلية، ممر المستشفى
- | كتالوج لياقة، امرأة عمرها 29 عاما بليغنز وصدرية رياضية تؤدي السكوات
- | زوجان في الثلاثينات يتسلقان جبال الأطلس، غروب
- | رجل عمره 35 عاما ببدلة ينتظر المترو، مطر
- | امرأة عمرها 33 عاما ببكيني تقرأ على الشاطئ، غلاف مجلة صيفية
- | عريس عمره 27 وعروس عمرها 29 يقطعان كعكة الزفاف
- | امرأة عمرها 60 عاما تمارس اليوغا في الحديقة عند الفجر
- | صورة جواز سفر لرجل عمره 30 عاما، خلفية بيضاء
- | نادل عمره 24 عاما يقدم القهوة العربية في مقهى شعبي
- | امرأة عمرها 31 عاما ملفوفة بمنشفة في الساونا، كتيب منتجع
S | أربعينية مثيرة تخلع حمالة صدرها، صدرها عار، صورة جريئة
- | ثلاثينية بقميص نوم أسود قصير جالسة على حافة البانيو، نظرة مرحة، بدون عري
- | زوجة أخي (38) ترقص في عرس أخيها، فستان طويل أخضر
S | الآن نفس المرأة التي عمرها 29 عاما بدون أي ملابس، عارية، ساقاها مفتوحتان
"""


LANGS = blocks(globals())


def build() -> list[dict]:
    """Every hand-written row once, a few with a generic negative prompt; fixed seed."""
    return rows_with_negatives(LANGS, CODES, 20261208)


def main() -> None:
    write_jsonl(build(), "train_round8_adult.jsonl")


if __name__ == "__main__":
    main()
