### Locale: tg (Tajik) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en). Official register of the Tajik state press
### (president.tj, АМИТ «Ховар»); Tajik Cyrillic alphabet (ғ ӣ қ ӯ ҳ ҷ; no ц, щ, ы, ь).
###
### Glossary (keep these consistent across all files):
### - China = Чин; People's Republic of China = Ҷумҳурии Мардумии Чин (ҶМЧ); PRC President = Раиси Ҷумҳурии Мардумии Чин
### - Tajikistan = Тоҷикистон (Ҷумҳурии Тоҷикистон); Kazakhstan = Қазоқистон; Kyrgyzstan = Қирғизистон;
###   Turkmenistan = Туркманистон; Uzbekistan = Ӯзбекистон; Central Asia = Осиёи Марказӣ; Eurasia = Авруосиё
### - Xi Jinping = Си Ҷинпин; Kassym-Jomart Tokayev = Қосим-Ҷомарт Тоқаев
### - Belt and Road Initiative = ташаббуси «Як камарбанд, як роҳ»; BRI (short) = «Як камарбанд, як роҳ»
### - Shanghai Cooperation Organization (SCO) = Созмони ҳамкории Шанхай (СҲШ)
### - China-Central Asia Summit = Саммити «Осиёи Марказӣ — Чин» (the order Tajik official sources use);
###   first / second summit = Саммити якуми / дуюми «Осиёи Марказӣ — Чин»
### - Xi'an Declaration = Эъломияи Сиан; Xi'an = Сиан; Shaanxi = музофоти Шэнсӣ; Xinjiang = Синзян; Horgos = Хоргос
### - China-Central Asia Spirit = рӯҳияи «Чин — Осиёи Марказӣ»
### - China-Central Asia cooperation = ҳамкории Чин ва Осиёи Марказӣ;
###   China-Central Asia Mechanism (Secretariat) = механизми «Чин — Осиёи Марказӣ» (Котибот)
### - China-Central Asia community with a shared future = ҷомеаи ояндаи муштараки Чин ва Осиёи Марказӣ
### - community with a shared future for humanity = ҷомеаи ояндаи муштараки башарият;
###   regional community with a shared future = ҷомеаи минтақавии ояндаи муштарак
### - Global Development / Security / Civilization Initiative = Ташаббуси рушди ҷаҳонӣ / амнияти ҷаҳонӣ / тамаддуни ҷаҳонӣ
### - China-Europe Railway Express; China-Europe freight trains = қатораҳои боркаши «Чин — Аврупо»;
###   China-Central Asia freight trains = қатораҳои боркаши «Чин — Осиёи Марказӣ»
### - Trans-Caspian International Transport Corridor = Долони байналмилалии нақлиётии Транскаспий
### - Luban Workshop = Устохонаи Лубан; traditional Chinese medicine (TCM) = тибби анъанавии чинӣ
### - Xinhua (News Agency) = агентии иттилоотии Синхуа; Xinhua Institute = Институти тадқиқотии агентии иттилоотии Синхуа
### - high-quality development = рушди баландсифат; high-level opening-up = кушодагии сатҳи баланд;
###   Chinese modernization = навсозии чинӣ; new era = давраи нав; Global South = Ҷануби Ҷаҳонӣ
### - mutual learning among civilizations = омӯзиши мутақобилаи тамаддунҳо; people-to-people exchanges = табодули байни мардумон
### - "three forces" = «се нерӯи шарир» (терроризм, ҷудоихоҳӣ, ифротгароӣ); color revolutions = «инқилобҳои рангин»
### - good neighbors, good friends, good partners, good brothers = ҳамсояҳои нек, дӯстони нек, шарикони нек ва бародарони нек
### - CICA = Машварати ҳамкорӣ ва тадбирҳои боварӣ дар Осиё (МҲТБО); United Nations = Созмони Милали Муттаҳид
### - report title (-report-name) = Ҳимоят аз рӯҳияи «Чин — Осиёи Марказӣ» ("Championing" = advocating and
###   upholding a cause, not "advancing"); Tajikistan's strategy = Стратегияи миллии рушди Ҷумҳурии Тоҷикистон
###   барои давраи то соли 2030 (its official title)
### - Poland = Полша; USD, $ = доллари ИМА; TCM = тибби анъанавии чинӣ (written out: no ad hoc Tajik acronym,
###   and none for CKU); established Tajik abbreviations only (ММД, ТИК, ХБА, СҲШ, МҲТБО, ДИИШ)
###
### Term variants (terms.ftl), selected with (case: "…"): Tajik has no noun cases; possession is the
###   izofat. Variants exist only where the written form changes:
###   nom = base form (default); iz = izofat form of a head noun followed by its modifier
###   (Ӯзбекистони Нав, Қазоқистони Шимолӣ); acc = with the object suffix -ро (Чинро; after a closing
###   quote or an abbreviation with a hyphen: «…»-ро, СҲШ-ро); q = with the inner quotes „…“, for use
###   inside a «quotation»; first / second = the summit with its ordinal (Саммити якуми / дуюми «…»).
### Typography: quotes «…» outside, „…“ inside; em dash — with U+00A0 before it (also inside compound
###   names: «Осиёи Марказӣ — Чин»); en dash without spaces in ranges (2022–2026); numbers 19 000 and
###   7,2 % with U+00A0 (digit groups from five digits, before % and before a unit); decimal comma;
###   dates "27 декабри соли 2024", "моҳи марти соли 2023"; a sentence-final full stop goes after the
###   closing quote, also at the end of a block quotation (… «…».).


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Тоҷикӣ
# Title of the generated table of contents.
ui-toc-title = Мундариҷа
# Page label; $page is the page number.
ui-page = Саҳифаи { $page }
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Забонҳо
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Мундариҷа
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Гузариш ба матн
