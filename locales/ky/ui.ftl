### Locale: ky (Kyrgyz) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en); reviewed by an independent editor (see REVIEW.md).
###
### Glossary (keep these consistent across all files):
### - Central Asia = Борбор Азия (Борбор Азиянын, Борбор Азияга, Борбор Азиядагы …), the form the
###   President's press service, Kabar and the Foreign Ministry use; not Борбордук Азия.
###   Central Asian countries = Борбор Азия мамлекеттери; (Central Plains of China = Борбордук түздүк)
### - Belt and Road Initiative (BRI) = «Бир алкак, бир жол» демилгеси; short form (BRI) = «Бир алкак, бир жол»
### - Shanghai Cooperation Organization (SCO) = Шанхай кызматташтык уюму (ШКУ)
### - China-Central Asia Summit = «Борбор Азия — Кытай» саммити (as the President's press service names it);
###   the inaugural / first one = биринчи «Борбор Азия — Кытай» саммити; the second = экинчи …;
###   Xi'an Declaration = «Борбор Азия — Кытай» саммитинин Сиань декларациясы
### - China-Central Asia Mechanism (its Secretariat), China-Central Asia Foreign Ministers' Meeting =
###   «Борбор Азия — Кытай» механизми (Катчылыгы), «Борбор Азия — Кытай» тышкы иштер министрлеринин жолугушуусу
### - China-Central Asia Spirit = «Кытай — Борбор Азия» руху (the name as Xi Jinping coined it)
### - Report title (Championing = upholding, advocating a cause) = «Кытай — Борбор Азия» рухун туу тутуп
###   (туу тутуу "to hold up as one's banner")
### - China-Central Asia cooperation / relations = Кытай менен Борбор Азиянын кызматташтыгы / мамилелери
###   (also for named initiatives and bodies that have no official Kyrgyz name: no quotation marks)
### - China-Central Asia community with a shared future = Кытай менен Борбор Азиянын жалпы тагдыр коомчулугу
### - community with a shared future for humanity = адамзаттын жалпы тагдыр коомчулугу;
###   regional community with a shared future = аймактык жалпы тагдыр коомчулугу
### - Global Development / Security / Civilization Initiative = Глобалдык өнүгүү / Глобалдык коопсуздук /
###   Глобалдык цивилизация демилгеси
### - China-Europe Railway Express, China-Europe freight trains = «Кытай — Европа» жүк поезддери;
###   China-Central Asia freight trains = «Кытай — Борбор Азия» жүк поезддери
### - Xi Jinping = Си Цзиньпин; PRC President = КЭРдин Төрагасы; President Xi = Төрага Си Цзиньпин
### - Xinhua = Синьхуа; Xinhua Institute = Синьхуа агенттигинин Изилдөө институту
### - Luban Workshop = Лубань устаканасы; Internet of Things = нерселер интернети
### - China-Kyrgyzstan-Uzbekistan Railway = Кытай — Кыргызстан — Өзбекстан темир жолу
### - Trans-Caspian International Transport Corridor = Транскаспий эл аралык транспорт коридору
### - Xinjiang = Шинжаң; Horgos = Коргос; Xi'an = Сиань; Shaanxi = Шэньси провинциясы; Kashgar = Кашкар;
###   Urumqi = Үрүмчү; Tianshan = Теңир-Тоо; Beijing = Пекин (as the President's press service writes it)
### - Kyrgyzstan's National Development Program to 2026 = Кыргыз Республикасын өнүктүрүүнүн 2026-жылга
###   чейинки улуттук программасы (official names of the state: Кыргыз Республикасы)
### - Works (titles from the original Chinese, not the export titles): 山海情 ("Min-Ning Town") =
###   «Тоо менен деңиздин сүйүүсү»; 我的阿勒泰 ("To the Wonder") = «Менин Алтайым»
### - high-quality development = жогорку сапаттагы өнүгүү; high-level opening-up = жогорку деңгээлдеги ачыктык
### - Chinese modernization = кытайча модернизация; new era = жаңы доор
### - mutual learning among civilizations = цивилизациялардын өз ара үйрөнүүсү;
###   people-to-people exchanges = элдер ортосундагы алмашуулар
### - mutual benefit and win-win = өз ара пайда жана эки тарапка тең утуштуу кызматташтык
### - "three forces" = «үч жаман күч» (терроризм, сепаратизм, экстремизм); color revolutions = «түстүү революциялар»
### - good neighbors, good friends, good partners, good brothers =
###   жакшы коңшулар, жакшы достор, жакшы өнөктөштөр жана жакшы бир туугандар
### - Global South = Глобалдык Түштүк; transboundary = чек ара аралык
###
### Case variants of terms (terms.ftl), the six Kyrgyz cases, given as full forms because the
###   suffixes follow vowel harmony: nom = атооч (default), gen = илик, dat = барыш, acc = табыш,
###   loc = жатыш, abl = чыгыш; "with X" is written with the postposition: { -china } менен.
###   Countries also have loc-attr (attributive locative: Кытайдагы, Казакстандагы). Terms holding «…» have
###   nom-q and gen-q with the inner „…“ for use inside a «quotation». -bri-short: a case ending cannot follow
###   the closing quote, so its oblique cases use the full form («Бир алкак, бир жол» демилгесинин …).
### Typography: quotes «…» with „…“ inside, never the same marks nested; a full stop after the closing
###   quote («…».); em dash with a no-break space (U+00A0) before it and a space after, also inside names
###   («Кытай — Борбор Азия»); numbers 19 000 and 7,2 % with U+00A0 between digit groups (from five digits),
###   decimal comma, U+00A0 before % and between a number and its unit, scale word or counted noun
###   (94,8 млрд, 100 мегаватт, 27 күн, 30 жылдыгы); case endings after % are written on the sign (7,2 %ды,
###   8,9 %га); dates 2024-жылдын 27-декабры, 2023-жылдын майында; ordinals with a hyphen (3000-си).


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Кыргызча
# Title of the generated table of contents.
ui-toc-title = Мазмуну
# Page label; $page is the page number.
ui-page = { $page }-бет
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Тилдер
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Мазмуну
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Текстке өтүү
