### Locale: ru (Russian) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative = инициатива «Пояс и путь»; BRI = ИПП (не склоняется)
### - Shanghai Cooperation Organization (SCO) = Шанхайская организация сотрудничества (ШОС)
### - China-Central Asia Summit = саммит «Китай — Центральная Азия» (first = первый, second = второй)
### - China-Central Asia Spirit = дух «Китай — Центральная Азия»
### - China-Central Asia community with a shared future = сообщество единой судьбы Китая и Центральной Азии
### - community with a shared future for humanity = сообщество единой судьбы человечества
### - regional community with a shared future = региональное сообщество единой судьбы
### - Global Development / Security / Civilization Initiative = Инициатива глобального развития / глобальной безопасности / глобальной цивилизации
### - China-Europe Railway Express; China-Europe freight trains = грузовые поезда «Китай — Европа»
### - China-Central Asia freight trains = грузовые поезда «Китай — Центральная Азия»
### - China-Central Asia Mechanism (Secretariat) = механизм «Китай — Центральная Азия» (Секретариат)
### - Xi'an Declaration = Сианьская декларация; Luban Workshop = мастерская Лубань
### - China-Kyrgyzstan-Uzbekistan Railway = железная дорога Китай — Киргизия — Узбекистан
### - Horgos = Хоргос; Xinjiang = Синьцзян; Xi'an = Сиань; Shaanxi = провинция Шэньси
### - Kyrgyzstan = Киргизия; Turkmenistan = Туркменистан (как в официальных документах России: «Президент Киргизии», «Президент Туркменистана»)
### - high-quality development = высококачественное развитие; high-level opening-up = открытость высокого уровня
### - Chinese modernization = китайская модернизация; new era = новая эпоха
### - mutual learning among civilizations = взаимное обучение цивилизаций; people-to-people exchanges = гуманитарные обмены
### - "three forces" = «три силы зла» (терроризм, сепаратизм, экстремизм); color revolutions = «цветные революции»
### - good neighbors, good friends, good partners, good brothers = добрые соседи, добрые друзья, добрые партнеры и добрые братья
### - Xinhua Institute = Исследовательский институт агентства Синьхуа
###
### Case variants of terms (terms.ftl): nom, gen, dat, acc, ins, loc — e.g. { -china(case: "gen") }.
###   -bri also has gen-q: genitive with inner „лапки“, for use inside a «quotation».
### Typography: «ёлочки» with „лапки“ nested; em dash with spaces; numbers 19 000 and 7,2 % with U+00A0;
### letter е used throughout (no ё).


## Front matter: the cover page.

report-title = { -report-name }
report-subtitle = Достижения, возможности и перспективы регионального сотрудничества
report-publisher = { -xinhua-institute }
