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


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Oʻzbekcha
# Title of the generated table of contents.
ui-toc-title = Mundarija
# Page label; $page is the page number.
ui-page = { $page }-bet
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Tillar
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Mundarija boʻyicha navigatsiya
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Matnga oʻtish
