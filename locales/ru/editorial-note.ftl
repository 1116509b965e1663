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


## The editorial note: who wrote the report and how, with acknowledgments.

editorial-title = От редакции и слова благодарности
editorial-p1 = Доклад аналитического центра <i>{ -report-name }: достижения, возможности и перспективы регионального сотрудничества</i> подготовлен проектной группой под руководством Фу Хуа — президента агентства Синьхуа, председателя Академического комитета Национального аналитического центра высокого уровня агентства Синьхуа. Заместителем руководителя группы выступил главный редактор агентства Синьхуа Люй Яньсун, исполнительным заместителем руководителя — заместитель главного редактора агентства Синьхуа Жэнь Вэйдун.
editorial-p2 = В состав проектной группы вошли Лю Ган, Шэнь Хунбин, Чэнь Ган, Хэ Чжаньцзюнь, Лю Хуа, Лю Шуюнь, Чжан Цзинпинь, Фу Жуйся, Чжан Сыцзе, Цай Годун, Хао Вэйвэй, Гэн Пэнъюй, Сунь Пин, Лун Шэндун, Ли Фэйху, Ли Тао, Ян Дэлун и Чжао Исюань.
editorial-p3 = С момента запуска проекта в начале 2025 года группа в течение нескольких месяцев проводила интервью и полевые исследования, писала и дорабатывала текст доклада. На протяжении всей работы над докладом и его публикацией мы пользовались щедрой поддержкой и консультациями целого ряда учреждений и ученых, в том числе Секретариата механизма «Китай — Центральная Азия», Китайской академии международной торговли и экономического сотрудничества при Министерстве коммерции КНР, Института России, Восточной Европы и Центральной Азии Китайской академии общественных наук, Научно-исследовательского института экономики и технологий Китайской национальной нефтегазовой корпорации, Института Центральной Азии Северо-Западного университета и Института Центральной Азии Шэньсийского педагогического университета. Мы также глубоко признательны директору Института международных и стратегических исследований Пекинского университета Юй Тецзюню, заместителю декана Школы международных исследований Народного университета { -china(case: "gen") } Ли Чэню и другим за ценную помощь и экспертные суждения.
