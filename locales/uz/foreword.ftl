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


## The foreword: what the report covers and concludes.

foreword-title = Soʻzboshi
foreword-p1 = Yevrosiyo qitʼasining qoq markazida joylashgan Markaziy Osiyo { -china } bilan togʻlari va daryolari tutash boʻlib, lab va tishdek yaqin va chambarchas bogʻlangan. Azaldan turli sivilizatsiyalar tutashgan bu zamin koʻplab xalqlar va rang-barang urf-odatlar makonidir. U qitʼalararo almashinuvlarning muhim chorrahasi hamda insoniyat sivilizatsiyasining qaynoq oʻchogʻi boʻlib kelgan.
foreword-p2 = Tarixga nazar tashlasak, { -china } va Markaziy Osiyo xalqlari Ipak yoʻlining vujudga kelishi va gullab-yashnashiga birgalikda hissa qoʻshib, asrlar osha davom etgan almashinuvlarning shonli sahifasini birga bitganlar: “Yoʻllarda choparlar tinimsiz qatnar, uzoq yurtlardan kelgan savdogarlar har kuni chegaraga yetib kelardi”.
foreword-p3 = Yangi davrda { -china } va Markaziy Osiyo taqdiri bir boʻlgan yaxshi qoʻshnilar, doʻstlar, sheriklar va birodarlarga aylandi. Ular birgalikda Yevrosiyo qitʼasida doʻstlik, barqarorlik va farovonlikning yangi sahifasini ochdi. Olti davlat Xitoy – Markaziy Osiyo ruhini shakllantirib, dunyoga mintaqaviy hamkorlikning namunasini taqdim etdi.
foreword-p4 = XXR Raisi { -xi-jinping } 2013-yilda { -bri(case: "acc") } ilgari surganidan buyon { -china } va Markaziy Osiyo davlatlari Ipak yoʻlini toʻlaqonli qayta tiklash va kelajakka yoʻnaltirilgan chuqur hamkorlik sherikligini barpo etish uchun qoʻlni-qoʻlga berib harakat qilib kelmoqda. Ularning munosabatlari rivojlanishning yangi davriga qadam qoʻydi va bugungi kunda misli koʻrilmagan tarixiy choʻqqiga koʻtarildi. Rais { -xi-jinping } Markaziy Osiyoga oʻn ikki marta tashrif buyurib, mintaqaning barcha besh davlatida boʻldi va har bir mamlakat rahbariyati bilan yaqin shaxsiy doʻstlik rishtalarini oʻrnatdi. Diplomatik munosabatlar oʻrnatilganining 30 yilligiga bagʻishlangan virtual sammit hamda birinchi { -cca-summit } Xitoy – Markaziy Osiyo munosabatlari tarixidagi ikki yangi muhim marra boʻldi. Oʻz xalqlari manfaatlariga xizmat qilish va yanada porloq kelajak barpo etishga boʻlgan umumiy intilishdan kelib chiqib, { -china } va Markaziy Osiyo davlatlari yanada yaqinroq Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyatini barpo etish borasida tarixiy tanlov qildi — bu ularning hamkorlikni yanada yuqori darajaga, yuksakroq standartlar va sifat bilan olib chiqishga boʻlgan qatʼiy azmini namoyon etadi.
foreword-p5 = Yaqinda boʻlib oʻtgan ikkinchi { -cca-summit } Xitoy – Markaziy Osiyo hamkorligi uchun yangi boshlangʻich nuqta boʻldi. Ushbu muhim pallada mazkur maʼruza yangi davrda erishilgan asosiy yutuqlar, paydo boʻlayotgan imkoniyatlar va umumiy sinovlarni har tomonlama koʻrib chiqadi, shuningdek, istiqbollarning kelajakka qaratilgan tahlilini taqdim etadi.
foreword-p6 = Maʼruzada qayd etilishicha, yangi davrda { -china } va Markaziy Osiyo oʻrtasidagi hamkorlik yetti asosiy yoʻnalishda salmoqli natijalar berdi: savdo-iqtisodiy almashinuvlar, infratuzilma sohasida oʻzaro bogʻliqlik, energetika sohasidagi hamkorlik, yangi paydo boʻlayotgan tarmoqlar, rivojlanish salohiyatini oshirish, sivilizatsiyalararo oʻzaro oʻrganish hamda tinchlik va xavfsizlik. { -china(case: "gen") } yuqori sifatli rivojlanishi, yuqori standartlardagi ochiqligi, shuningdek, texnologik va sanoat transformatsiyasining yangi toʻlqini Xitoy – Markaziy Osiyo hamkorligi uchun katta imkoniyatlar yaratmoqda. Shu bilan birga, hamkorlik bir tomonlamachilik, proteksionizm, geosiyosiy keskinlik va noanʼanaviy xavfsizlik tahdidlaridan kelib chiqadigan xatar va sinovlarga ham duch kelmoqda.
foreword-p7 = Maʼruzada kelajak istiqbollari haqida soʻz yuritilar ekan, Xitoy – Markaziy Osiyo hamkorligi kelgusida insoniyat umumiy taqdiri hamjamiyatini barpo etish gʻoyasi hamda uchta yirik global tashabbus — { -gdi }, { -gsi } va { -gci } asosida rivojlanishi lozimligi taʼkidlanadi. Hamkorlik oʻzaro qoʻllab-quvvatlash, umumiy rivojlanish, universal xavfsizlik va abadiy doʻstlik tamoyillariga tayanishi kerak. Ikki tomon mintaqaviy umumiy taqdir hamjamiyatining poydevorini mustahkamlash, mintaqaviy farovonlikning yangi sahifasini ochish, xavfsizlik va barqarorlikning umumiy qalqonini barpo etish hamda xalqlarni bir-biriga bogʻlovchi yangi simfoniyani yaratish uchun birgalikda saʼy-harakat qilishi lozim.
foreword-p8 = Yangi davrdagi Xitoy – Markaziy Osiyo hamkorligi mintaqa xalqlariga yanada katta taraqqiyot va farovonlik olib kelishiga, tobora beqaror boʻlib borayotgan dunyoga koʻproq barqarorlik va ijobiy energiya bagʻishlashiga hamda insoniyat umumiy taqdiri hamjamiyatini barpo etishdek ulugʻvor ishda mintaqaviy hamkorlikning muhim namunasi boʻlib xizmat qilishiga qatʼiy ishonamiz.
