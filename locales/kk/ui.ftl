### Locale: kk (Kazakh) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en); reviewed by an independent editor (see REVIEW.md).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative (BRI) = «Бір белдеу, бір жол» бастамасы (the official Kazakh name);
###   short form «Бір белдеу, бір жол»
### - Shanghai Cooperation Organization (SCO) = Шанхай ынтымақтастық ұйымы (ШЫҰ)
### - China-Central Asia Summit = «Орталық Азия – Қытай» саммиті, as Akorda names it (first = бірінші,
###   second = екінші); Xi'an Declaration = «Орталық Азия – Қытай» саммитінің Сиань декларациясы
### - Championing the China-Central Asia Spirit (report title) = «Қытай – Орталық Азия» рухын ту етіп
###   ("championing" = upholding, advocating a cause: ту ету; not қорғау "guarding")
### - China-Central Asia Spirit = «Қытай – Орталық Азия» рухы (Xi Jinping's name for it, source order)
### - China-Central Asia cooperation = «Қытай – Орталық Азия» ынтымақтастығы / Қытай мен Орталық Азия арасындағы ынтымақтастық
### - China-Central Asia community with a shared future = «Қытай – Орталық Азия» ортақ тағдыр қоғамдастығы
### - community with a shared future for humanity = адамзаттың ортақ тағдыр қоғамдастығы
### - Global Development / Security / Civilization Initiative = Жаһандық даму / қауіпсіздік / өркениет бастамасы
### - China-Europe Railway Express = «Қытай – Еуропа» жүк пойыздары
### - Xi Jinping = Си Цзиньпин; PRC President = ҚХР Төрағасы; Xinhua = Синьхуа
### - Xinjiang = Шыңжаң; Horgos = Қорғас; Xi'an = Сиань
### - Luban Workshop = Лубань шеберханасы
### - Trans-Caspian International Transport Corridor = Транскаспий халықаралық көлік маршруты
### - high-quality development = жоғары сапалы даму; high-level opening-up = жоғары деңгейдегі ашықтық
### - mutual benefit and win-win = өзара тиімді және екі жаққа да пайдалы ынтымақтастық
### - "three forces" = «үш зұлымдық күш» (терроризм, экстремизм, сепаратизм)
### - "color revolutions" = «түрлі түсті революциялар»
### - Global South = Жаһандық Оңтүстік
### - Works: 山海情 ("Min-Ning Town") = «Тау мен теңіз махаббаты»; 我的阿勒泰 ("To the Wonder") = «Менің Алтайым»
###
### Term case variants (terms.ftl): nom (default), gen, dat, acc, loc, abl, ins. Terms that carry
### quotation marks (-bri, -bri-short, -cca-summit, -china-europe-railway-express) also have -q variants
### (nom-q, gen-q, …) with the inner marks „…“, for use inside a «quotation».
### Typography: quotes «…», nested „…“ — never the same marks nested; full stop after the closing quote
### («…»). Em dash with spaces in running text, U+00A0 before a mid-sentence dash (сөз — сөз); en dash with
### spaces inside compound names, U+00A0 before it («Қытай – Орталық Азия»). U+00A0 between a number and
### the word it counts: unit, scale word, month, year word (5,4 млрд, 48,1 %, 1,6 млн тонна, 2023 жылғы
### 19 мамыр); digit groups with U+00A0 from five digits up (19 000; 2000, 6000); decimal comma (7,2 %).


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = Қазақ тілі
# Title of the generated table of contents.
ui-toc-title = Мазмұны
# Page label; $page is the page number.
ui-page = { $page }-бет
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Тілдер
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Мазмұны
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Мәтінге өту
