### Locale: uz (Uzbek) · script: Latn · direction: ltr
### Translated from the English source (locales/en).
###
### Conventions:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Official Uzbek Latin alphabet: oʻ/gʻ with U+02BB (ʻ), tutuq belgisi with U+02BC (ʼ).
### - Terms take a case variant: nom (bosh), gen (-ning), dat (-ga), acc (-ni), loc (-da), abl (-dan),
###   e.g. { -china(case: "gen") } = Xitoyning. Default is nom.
### - Quotes: “…” (inner quotes «…»); dash – with spaces; numbers 19 000 (U+00A0 thousands separator),
###   decimals with a comma (94,8 mlrd AQSH dollari, 7,2 foiz); dates “2024-yil 27-dekabr”.
### - <i>…</i> kept around titles of documents, books and films.
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative (BRI) = “Bir makon, bir yoʻl” tashabbusi (no abbreviation is used in
###   Uzbek, so -bri-short has the same wording as -bri)
### - Shanghai Cooperation Organization (SCO) = Shanxay hamkorlik tashkiloti (ShHT)
### - China-Central Asia Summit = “Xitoy – Markaziy Osiyo” sammiti; inaugural = birinchi
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


## Front matter: the cover page.

report-title = { -report-name }
report-subtitle = Mintaqaviy hamkorlikning yutuqlari, imkoniyatlari va istiqbollari
report-publisher = { -xinhua-institute }
