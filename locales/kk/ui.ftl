### Locale: kk (Kazakh) · script: Cyrl · direction: ltr
### Translated from the English source (locales/en).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative (BRI) = «Белдеу және жол» бастамасы; short form «Белдеу және жол»
### - Shanghai Cooperation Organization (SCO) = Шанхай ынтымақтастық ұйымы (ШЫҰ)
### - China-Central Asia Summit = «Қытай – Орталық Азия» саммиті; the inaugural one = бірінші «Қытай – Орталық Азия» саммиті
### - China-Central Asia Spirit = «Қытай – Орталық Азия» рухы
### - China-Central Asia cooperation = «Қытай – Орталық Азия» ынтымақтастығы / Қытай мен Орталық Азия арасындағы ынтымақтастық
### - China-Central Asia community with a shared future = «Қытай – Орталық Азия» ортақ тағдыр қоғамдастығы
### - community with a shared future for humanity = адамзаттың ортақ тағдыр қоғамдастығы
### - Global Development / Security / Civilization Initiative = Жаһандық даму / қауіпсіздік / өркениет бастамасы
### - China-Europe Railway Express = «Қытай – Еуропа» жүк пойыздары
### - Xi Jinping = Си Цзиньпин; PRC President = ҚХР Төрағасы; Xinhua = Синьхуа
### - Xinjiang = Шыңжаң; Horgos = Қорғас; Xi'an = Сиань; Xi'an Declaration = Сиань декларациясы
### - Luban Workshop = Лубань шеберханасы
### - Trans-Caspian International Transport Corridor = Транскаспий халықаралық көлік маршруты
### - high-quality development = жоғары сапалы даму; high-level opening-up = жоғары деңгейдегі ашықтық
### - mutual benefit and win-win = өзара тиімді және екі жаққа да пайдалы ынтымақтастық
### - "three forces" = «үш зұлымдық күш» (терроризм, экстремизм, сепаратизм)
### - "color revolutions" = «түрлі түсті революциялар»
### - Global South = Жаһандық Оңтүстік
### - Punctuation: quotes «», nested „“; dash — with spaces in running text and attributions,
###   – with spaces inside compound names («Қытай – Орталық Азия»); numbers 19 000 (U+00A0), 7,2 %.
### - Term case variants (terms.ftl): nom (default), gen, dat, acc, loc, abl, ins.


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
