### Locale: ru (Russian) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative = инициатива «Пояс и путь»; BRI = ИПП (не склоняется)
### - Shanghai Cooperation Organization (SCO) = Шанхайская организация сотрудничества (ШОС)
### - China-Central Asia Summit = саммит «Китай — Центральная Азия» (first = первый, second = второй)
### - Championing the China-Central Asia Spirit (report title) = Развитие «Духа Центральная Азия — Китай» (the title of Xinhua's official Russian edition, russian.news.cn, 22 June 2025, as published; the body keeps the order «Китай — Центральная Азия» of the glossary)
###   ("championing" = advocating, upholding a cause: отстаивать; not развивать, not охранять)
### - China-Central Asia Spirit = дух «Китай — Центральная Азия»
### - China-Central Asia community with a shared future = сообщество единой судьбы Китая и Центральной Азии
### - community with a shared future for humanity = сообщество единой судьбы человечества
### - regional community with a shared future = региональное сообщество единой судьбы
### - Global Development / Security / Civilization Initiative = Инициатива глобального развития / глобальной безопасности / глобальной цивилизации
### - China-Europe Railway Express; China-Europe freight trains = грузовые поезда «Китай — Европа»
### - China-Central Asia freight trains = грузовые поезда «Китай — Центральная Азия»
### - China-Central Asia Mechanism (Secretariat) = механизм «Китай — Центральная Азия» (Секретариат)
### - four principles of May 2023 (mutual support/assistance, common development, universal security,
###   everlasting friendship) = взаимная поддержка, совместное развитие, всеобщая безопасность,
###   многовековая дружба (Xinhua's official Russian text of Xi Jinping's Xi'an speech);
###   the Spirit's "mutual assistance" (互助) stays взаимопомощь
### - Xi'an Declaration = Сианьская декларация; Luban Workshop = мастерская Лубань
### - China-Central Asia gas pipeline = газопровод Центральная Азия — Китай; China-Kazakhstan oil pipeline =
###   нефтепровод Казахстан — Китай (the established Russian names)
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
### Typography: «ёлочки» with „лапки“ nested, never the same marks nested (a term with quotes used inside
### a quotation takes its -q variant); full stop after the closing quote («…»). Em dash with spaces, U+00A0
### before a mid-sentence dash (слово — слово). U+00A0 between a number and its unit, scale word, month or
### year word (5,4 млрд, 48,1 %, 1,6 млн тонн, 19 мая 2023 года) and as the digit-group separator from
### five digits up (19 000); decimal comma. Letter е used throughout (no ё).


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Русский
# Title of the generated table of contents.
ui-toc-title = Содержание
# Page label; $page is the page number.
ui-page = Страница { $page }
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Языки
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Оглавление
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Перейти к тексту
