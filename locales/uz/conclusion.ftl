### Locale: uz (Uzbek) · script: Latn · direction: ltr
### Translated from the English source (locales/en); revised by an independent review (see REVIEW.md).
###
### Conventions:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Official Uzbek Latin alphabet: oʻ/gʻ with U+02BB (ʻ), tutuq belgisi with U+02BC (ʼ); never ' or ‘.
### - Terms take a case variant: nom (bosh), gen (-ning), dat (-ga), acc (-ni), loc (-da), abl (-dan),
###   e.g. { -china(case: "gen") } = Xitoyning. Default is nom. Terms written with quotation marks
###   (-bri, -bri-short, -cca-summit, -china-europe-railway-express) also have nom-q, gen-q, dat-q,
###   acc-q, loc-q, abl-q: the same with the inner marks «…», for use inside a “…” quotation.
### - Quotes: “…” outside, «…» inside; never the same marks nested. A full stop or comma that ends
###   the sentence goes after the closing quote: … “uch yovuz kuch”.
### - Dashes: em dash — with spaces in running text and attributions; spaced en dash – inside
###   compound names (Xitoy – Markaziy Osiyo, Angren – Pop). Both take U+00A0 before them (so no
###   line starts with a dash), except the — that opens an attribution.
### - Numbers: 19 000 (U+00A0 between digit groups from five digits up), decimal comma; U+00A0
###   between a number and its unit, scale word or counter (94,8 mlrd AQSH dollari, 7,2 foiz,
###   55 GVt, 19 000 ta, 67 000 kvadrat kilometr); dates “2024-yil 27-dekabr”.
### - <i>…</i> kept around titles of documents, books and films; titles of works are given in their
###   Uzbek form translated from the original (Chinese) title, not from an English export title.
###
### Glossary (keep these consistent across all files):
### - Championing the China-Central Asia Spirit (report title) = Xitoy – Markaziy Osiyo ruhini ulugʻlab
### - Belt and Road Initiative (BRI) = “Bir makon, bir yoʻl” tashabbusi (no abbreviation is used in
###   Uzbek, so -bri-short has the same wording as -bri)
### - Shanghai Cooperation Organization (SCO) = Shanxay hamkorlik tashkiloti (ShHT)
### - China-Central Asia Summit = “Xitoy – Markaziy Osiyo” sammiti; inaugural = birinchi
###   (Uzbek official sources write the format “Markaziy Osiyo – Xitoy”; this report keeps its own order)
### - China-Central Asia Spirit = Xitoy – Markaziy Osiyo ruhi
### - China-Central Asia Mechanism = Xitoy – Markaziy Osiyo mexanizmi
### - community with a shared future for humanity = insoniyat umumiy taqdiri hamjamiyati
### - China-Central Asia community with a shared future = Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyati;
###   regional community with a shared future = mintaqaviy umumiy taqdir hamjamiyati
### - Global Development / Security / Civilization Initiative = Global taraqqiyot / xavfsizlik /
###   sivilizatsiya tashabbusi
### - Xi Jinping = Si Szinpin; PRC President = XXR Raisi; Xinhua = Sinxua
### - Xi’an Declaration = Sian deklaratsiyasi; Xi’an = Sian; Xinjiang = Shinjon; Shaanxi = Shensi
### - Luban Workshop = Luban ustaxonasi
### - China-Europe Railway Express / freight trains = “Xitoy – Yevropa” yuk poyezdlari
### - China-Kyrgyzstan-Uzbekistan railway = Xitoy – Qirgʻiziston – Oʻzbekiston temir yoʻli
### - Horgos = Xorgos; Kashgar = Qashqar; Urumqi = Urumchi; Tianshan = Tyanshan
### - Trans-Caspian International Transport Corridor = Transkaspiy xalqaro transport yoʻlagi
### - high-quality development = yuqori sifatli rivojlanish; high-level opening-up = yuqori darajadagi ochiqlik
### - mutual benefit and win-win = oʻzaro manfaat va hamkorlikdan har ikki tomon yutishi (oʻzaro manfaatli)
### - “three forces” = “uch yovuz kuch” (terrorizm, ekstremizm, separatizm)
### - Global South = Global Janub; Eurasia = Yevrosiyo
### - people-to-people exchanges = xalqlararo almashinuvlar / insoniy aloqalar
### - CICA = Osiyoda hamkorlik va ishonch choralari boʻyicha kengash (OHIChK); IMF = Xalqaro valyuta
###   jamgʻarmasi (XVJ)
### - Films: Minning Town (山海情) = Togʻ va dengiz mehri; To the Wonder (我的阿勒泰) = Mening Oltoyim


## The conclusion of the report.

conclusion-title = Xulosa
conclusion-p1 = Dunyoda misli koʻrilmagan oʻzgarishlar jadallashib borayotgan bir paytda { -china } va Markaziy Osiyo davlatlari oʻrtasidagi hamkorlik Yevrosiyo qitʼasida tinchlik, barqarorlik va farovonlikning muhim tayanchiga aylandi. Oʻtmishga nazar tashlasak, Ipak yoʻli tufayli ming yillar davomida shakllangan oʻzaro aloqalar ikki tomon oʻrtasidagi madaniy va iqtisodiy rishtalarning mustahkam poydevorini yaratgan. Bugun, yangi davrda savdo, infratuzilma, energetika, yashil rivojlanish, salohiyatni oshirish, madaniy almashinuv va xavfsizlik sohalaridagi hamkorlikda erishilgan yutuqlar { -china } va Markaziy Osiyo davlatlarining bir-birini qoʻllab-quvvatlash va umumiy rivojlanishga intilish borasidagi qatʼiy irodasini aks ettiradi. Kelajakka nazar tashlasak, Xitoy – Markaziy Osiyo hamkorligi yanada yaqinroq umumiy taqdir hamjamiyatini barpo etish maqsadi bilan yangi tarixiy boshlangʻich nuqtada turibdi va u mintaqaviy farovonlik hamda global taraqqiyotga oid kengroq maqsadlarni oʻzida mujassam etadi.
conclusion-p2 = Xitoy – Markaziy Osiyo hamkorligining muvaffaqiyati strategik oʻzaro ishonch, umumiy manfaatlar va hamohang qadriyatlarga asoslangan chuqur uygʻunlikdan kelib chiqadi. Bu sheriklik nafaqat oʻzaro iqtisodiy manfaat keltirdi, balki mintaqaviy xavfsizlik va ijtimoiy-madaniy sohalarda koʻp qirrali muvofiqlashuvni ham taʼminladi. Tyanshan togʻlarini kesib oʻtuvchi temir yoʻllar boʻladimi, Markaziy Osiyoni yoritayotgan yashil energetika loyihalari boʻladimi yoki xalqlar oʻrtasidagi madaniy rishtalar boʻladimi — bularning barchasi ikki tomon koʻzlagan umumiy kelajakning yorqin ifodasidir. Mintaqaviy hamkorlikning ushbu modeli anʼanaviy geosiyosatning “nol yigʻindili” mantiqidan voz kechib, dunyoga global boshqaruvning “Xitoy – Markaziy Osiyo yondashuvi”ni taklif etadi.
conclusion-p3 = Ushbu yangi tarixiy choʻqqida turgan { -china } va Markaziy Osiyo davlatlari yanada katta ochiqlik va yanada qatʼiy qadamlar bilan birgalikda harakat qilib, Xitoy – Markaziy Osiyo ruhini davom ettiradi va mintaqaviy farovonlikning yangi sahifasini bitish uchun umumiy taqdir hamjamiyati maqsadi sari intiladi. Ularning hamkorligi notinch dunyoga koʻproq aniqlik va ijobiy energiya baxsh etadi, insoniyatning yaxshiroq kelajak sari yoʻlida umid mayogʻini yoqadi hamda insoniyat umumiy taqdiri hamjamiyatini barpo etishga yanada katta hissa qoʻshadi.
