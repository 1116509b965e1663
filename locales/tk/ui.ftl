### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the English source (locales/en).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative (BRI) = «Bir guşak, bir ýol» başlangyjy; short form «Bir guşak, bir ýol»
###   (Turkmen has no abbreviation for it; "the BRI (BRI)" is not repeated in brackets)
### - Shanghai Cooperation Organization (SCO) = Şanhaý hyzmatdaşlyk guramasy (ŞHG)
### - China-Central Asia Summit = «Merkezi Aziýa — Hytaý» sammiti, as Turkmen official sources
###   (TDH, «Türkmenistan» gazeti) name it; inaugural/second = birinji/ikinji
### - China-Central Asia Mechanism (its Secretariat) = «Merkezi Aziýa — Hytaý» mehanizmi (Sekretariaty); the meetings held in that
###   format also take the Turkmen official order: «Merkezi Aziýa — Hytaý» formatynda daşary işler ministrleriniň duşuşygy
### - China-Central Asia Spirit (Xi Jinping's formula, kept in the Chinese order) = «Hytaý — Merkezi Aziýa» ruhy;
###   other Chinese-side names keep the source order too («Hytaý — Merkezi Aziýa» ýük otlulary, … başlangyjy)
### - China-Central Asia cooperation = Hytaý bilen Merkezi Aziýanyň hyzmatdaşlygy
### - China-Central Asia community with a shared future = Hytaýyň we Merkezi Aziýanyň bitewi ykbal bileleşigi
### - community with a shared future for humanity = adamzadyň bitewi ykbal bileleşigi;
###   regional community with a shared future = sebitiň bitewi ykbal bileleşigi
### - Global Development / Security / Civilization Initiative = Ählumumy ösüş / howpsuzlyk / siwilizasiýa başlangyjy
### - China-Europe Railway Express, China-Europe freight trains = «Hytaý — Ýewropa» ýük otlulary;
###   China-Central Asia freight trains = «Hytaý — Merkezi Aziýa» ýük otlulary
### - Xi Jinping = Si Szinpin; PRC President, President Xi (Jinping) = HHR-iň Başlygy Si Szinpin, the form TDH
###   uses (bare "Başlyk Si" is not used)
### - Xinhua = Sinhua; Xinhua News Agency = Sinhua habarlar gullugy; Xinhua Institute = Sinhua instituty
### - Xi'an = Sian; Xi'an Declaration = Sian Jarnamasy; Shaanxi = Şensi welaýaty; Xinjiang = Sinszýan;
###   Horgos = Horgos; Kashgar = Kaşgar; Urumqi = Urumçi; Beijing = Pekin; Tianshan = Týanşan
### - Kazakhstan = Gazagystan; Kyrgyzstan = Gyrgyzystan; Tajikistan = Täjigistan; Turkmenistan = Türkmenistan;
###   Uzbekistan = Özbegistan; China = Hytaý (Hytaý Halk Respublikasy, HHR); Central Asia = Merkezi Aziýa
### - Turkmenistan's "Revival of the Silk Road" = «Beýik Ýüpek ýoluny dikeltmek» strategiýasy (the name
###   used by TDH and Turkmen state sites for Turkmenistan's strategy)
### - Kazakhstan's "Bright Path" = «Nurly žol»; Luban Workshop = Lu Ban ussahanasy
### - Trans-Caspian International Transport Corridor = Transhazar halkara ulag geçelgesi
### - high-quality development = ýokary hilli ösüş; high-level / high-standard opening-up = ýokary derejeli açyklyk
### - Chinese modernization = hytaý görnüşli döwrebaplaşdyrma; new era = täze döwür
### - mutual benefit and win-win = özara bähbitli we ähli taraplar üçin peýdaly hyzmatdaşlyk
### - mutual learning among civilizations = siwilizasiýalaryň özara baýlaşmagy;
###   people-to-people exchanges = ynsanperwer gatnaşyklar
### - non-traditional security threats = adaty däl howpsuzlyk wehimleri
### - "three forces" = «üç şer güýji» (terrorçylyk, ekstremizm we separatizm); "color revolutions" = «reňkli ynkylaplar»
### - Global South = Global Günorta; international community = halkara bileleşigi (not "halkara jemgyýetçiligi")
### - CICA = Aziýada özara hyzmatdaşlyk we ynamy berkitmek çäreleri boýunça Geňeş (CICA), as the Turkmen MFA writes it
### - Report title: "Championing" = upholding and advocating a cause = belent tutmak (to hold high):
###   «Hytaý — Merkezi Aziýa» ruhuny belent tutmak
### - Works, from their original titles: 山海情 (English export title "Min-Ning Town") = Dag bilen deňziň mähri
###   ("the love of mountain and sea"); 我的阿勒泰 ("To the Wonder") = Meniň Altaýym ("My Altay")
### - good neighbors, good friends, good partners, good brothers = gowy goňşular, gowy dostlar, gowy hyzmatdaşlar we gowy doganlar
###
### Case variants of terms (terms.ftl): nom (default, baş düşüm), gen (eýelik), dat (ýöneliş),
###   acc (ýeňiş), loc (wagt-orun), abl (çykyş) — e.g. { -china(case: "gen") } = Hytaýyň.
###   Terms that carry «quotation marks» also have nom-q, gen-q, … with the inner “marks”, for use inside a «quotation».
### Typography: quotation marks « » outer and “ ” inner (as Turkmen official press sets them);
###   em dash with spaces, no-break space (U+00A0) before it; attributions start with "— ";
###   numbers 19 000 and 7,2 % with U+00A0 (decimal comma, no-break space between digit groups from
###   five digits up and before %, and between a number and its unit or scale word: 55 GW, 2 million);
###   dates 2024-nji ýylyň 27-nji dekabrynda; years written in full. The hyphen between a number (or %) and its
###   suffix is the ordinary hyphen-minus U+002D (2024-nji, 70 %-ini), as Turkmen orthography and the official
###   press write it; U+2011 was dropped because it breaks search, copy-paste and spell-checking (the typesetter,
###   not the text, keeps "2024-nji" on one line). Full stop after the closing quotation mark: «…».


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Türkmen dili
# Title of the generated table of contents.
ui-toc-title = Mazmuny
# Page label; $page is the page number.
ui-page = Sahypa { $page }
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Diller
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Mazmuny
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Tekste geç
