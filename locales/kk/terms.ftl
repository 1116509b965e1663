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


## Terms: recurring names. Each term has case variants selected with (case: "..."):
## nom = атау септік (default), gen = ілік, dat = барыс, acc = табыс, loc = жатыс,
## abl = шығыс, ins = көмектес. Possessive constructions use gen + possessed noun.
## -bri-short: case endings cannot follow the closing quote, so its oblique cases use the
## full form («Бір белдеу, бір жол» бастамасының …); only nom is the bare short form.
## Terms with quotation marks have -q variants („…“ inner marks) for use inside a «quotation».

-bri =
    { $case ->
       *[nom] «Бір белдеу, бір жол» бастамасы
        [gen] «Бір белдеу, бір жол» бастамасының
        [dat] «Бір белдеу, бір жол» бастамасына
        [acc] «Бір белдеу, бір жол» бастамасын
        [loc] «Бір белдеу, бір жол» бастамасында
        [abl] «Бір белдеу, бір жол» бастамасынан
        [ins] «Бір белдеу, бір жол» бастамасымен
        [nom-q] „Бір белдеу, бір жол“ бастамасы
        [gen-q] „Бір белдеу, бір жол“ бастамасының
        [dat-q] „Бір белдеу, бір жол“ бастамасына
        [acc-q] „Бір белдеу, бір жол“ бастамасын
        [loc-q] „Бір белдеу, бір жол“ бастамасында
        [abl-q] „Бір белдеу, бір жол“ бастамасынан
        [ins-q] „Бір белдеу, бір жол“ бастамасымен
    }
-bri-short =
    { $case ->
       *[nom] «Бір белдеу, бір жол»
        [gen] «Бір белдеу, бір жол» бастамасының
        [dat] «Бір белдеу, бір жол» бастамасына
        [acc] «Бір белдеу, бір жол» бастамасын
        [loc] «Бір белдеу, бір жол» бастамасында
        [abl] «Бір белдеу, бір жол» бастамасынан
        [ins] «Бір белдеу, бір жол» бастамасымен
        [nom-q] „Бір белдеу, бір жол“
        [gen-q] „Бір белдеу, бір жол“ бастамасының
        [dat-q] „Бір белдеу, бір жол“ бастамасына
        [acc-q] „Бір белдеу, бір жол“ бастамасын
        [loc-q] „Бір белдеу, бір жол“ бастамасында
        [abl-q] „Бір белдеу, бір жол“ бастамасынан
        [ins-q] „Бір белдеу, бір жол“ бастамасымен
    }
-sco =
    { $case ->
       *[nom] Шанхай ынтымақтастық ұйымы
        [gen] Шанхай ынтымақтастық ұйымының
        [dat] Шанхай ынтымақтастық ұйымына
        [acc] Шанхай ынтымақтастық ұйымын
        [loc] Шанхай ынтымақтастық ұйымында
        [abl] Шанхай ынтымақтастық ұйымынан
        [ins] Шанхай ынтымақтастық ұйымымен
    }
-sco-short =
    { $case ->
       *[nom] ШЫҰ
        [gen] ШЫҰ-ның
        [dat] ШЫҰ-ға
        [acc] ШЫҰ-ны
        [loc] ШЫҰ-да
        [abl] ШЫҰ-дан
        [ins] ШЫҰ-мен
    }
-cca-summit =
    { $case ->
       *[nom] «Орталық Азия – Қытай» саммиті
        [gen] «Орталық Азия – Қытай» саммитінің
        [dat] «Орталық Азия – Қытай» саммитіне
        [acc] «Орталық Азия – Қытай» саммитін
        [loc] «Орталық Азия – Қытай» саммитінде
        [abl] «Орталық Азия – Қытай» саммитінен
        [ins] «Орталық Азия – Қытай» саммитімен
        [nom-q] „Орталық Азия – Қытай“ саммиті
        [gen-q] „Орталық Азия – Қытай“ саммитінің
        [dat-q] „Орталық Азия – Қытай“ саммитіне
        [acc-q] „Орталық Азия – Қытай“ саммитін
        [loc-q] „Орталық Азия – Қытай“ саммитінде
        [abl-q] „Орталық Азия – Қытай“ саммитінен
        [ins-q] „Орталық Азия – Қытай“ саммитімен
    }
-china-europe-railway-express =
    { $case ->
       *[nom] «Қытай – Еуропа» жүк пойыздары
        [gen] «Қытай – Еуропа» жүк пойыздарының
        [dat] «Қытай – Еуропа» жүк пойыздарына
        [acc] «Қытай – Еуропа» жүк пойыздарын
        [loc] «Қытай – Еуропа» жүк пойыздарында
        [abl] «Қытай – Еуропа» жүк пойыздарынан
        [ins] «Қытай – Еуропа» жүк пойыздарымен
        [nom-q] „Қытай – Еуропа“ жүк пойыздары
        [gen-q] „Қытай – Еуропа“ жүк пойыздарының
        [dat-q] „Қытай – Еуропа“ жүк пойыздарына
        [acc-q] „Қытай – Еуропа“ жүк пойыздарын
        [loc-q] „Қытай – Еуропа“ жүк пойыздарында
        [abl-q] „Қытай – Еуропа“ жүк пойыздарынан
        [ins-q] „Қытай – Еуропа“ жүк пойыздарымен
    }
-gdi =
    { $case ->
       *[nom] Жаһандық даму бастамасы
        [gen] Жаһандық даму бастамасының
        [dat] Жаһандық даму бастамасына
        [acc] Жаһандық даму бастамасын
        [loc] Жаһандық даму бастамасында
        [abl] Жаһандық даму бастамасынан
        [ins] Жаһандық даму бастамасымен
    }
-gsi =
    { $case ->
       *[nom] Жаһандық қауіпсіздік бастамасы
        [gen] Жаһандық қауіпсіздік бастамасының
        [dat] Жаһандық қауіпсіздік бастамасына
        [acc] Жаһандық қауіпсіздік бастамасын
        [loc] Жаһандық қауіпсіздік бастамасында
        [abl] Жаһандық қауіпсіздік бастамасынан
        [ins] Жаһандық қауіпсіздік бастамасымен
    }
-gci =
    { $case ->
       *[nom] Жаһандық өркениет бастамасы
        [gen] Жаһандық өркениет бастамасының
        [dat] Жаһандық өркениет бастамасына
        [acc] Жаһандық өркениет бастамасын
        [loc] Жаһандық өркениет бастамасында
        [abl] Жаһандық өркениет бастамасынан
        [ins] Жаһандық өркениет бастамасымен
    }
-xi-jinping =
    { $case ->
       *[nom] Си Цзиньпин
        [gen] Си Цзиньпиннің
        [dat] Си Цзиньпинге
        [acc] Си Цзиньпинді
        [loc] Си Цзиньпинде
        [abl] Си Цзиньпиннен
        [ins] Си Цзиньпинмен
    }
-xinhua-institute =
    { $case ->
       *[nom] Синьхуа институты
        [gen] Синьхуа институтының
        [dat] Синьхуа институтына
        [acc] Синьхуа институтын
        [loc] Синьхуа институтында
        [abl] Синьхуа институтынан
        [ins] Синьхуа институтымен
    }
-china =
    { $case ->
       *[nom] Қытай
        [gen] Қытайдың
        [dat] Қытайға
        [acc] Қытайды
        [loc] Қытайда
        [abl] Қытайдан
        [ins] Қытаймен
    }
-kazakhstan =
    { $case ->
       *[nom] Қазақстан
        [gen] Қазақстанның
        [dat] Қазақстанға
        [acc] Қазақстанды
        [loc] Қазақстанда
        [abl] Қазақстаннан
        [ins] Қазақстанмен
    }
-kyrgyzstan =
    { $case ->
       *[nom] Қырғызстан
        [gen] Қырғызстанның
        [dat] Қырғызстанға
        [acc] Қырғызстанды
        [loc] Қырғызстанда
        [abl] Қырғызстаннан
        [ins] Қырғызстанмен
    }
-tajikistan =
    { $case ->
       *[nom] Тәжікстан
        [gen] Тәжікстанның
        [dat] Тәжікстанға
        [acc] Тәжікстанды
        [loc] Тәжікстанда
        [abl] Тәжікстаннан
        [ins] Тәжікстанмен
    }
-turkmenistan =
    { $case ->
       *[nom] Түрікменстан
        [gen] Түрікменстанның
        [dat] Түрікменстанға
        [acc] Түрікменстанды
        [loc] Түрікменстанда
        [abl] Түрікменстаннан
        [ins] Түрікменстанмен
    }
-uzbekistan =
    { $case ->
       *[nom] Өзбекстан
        [gen] Өзбекстанның
        [dat] Өзбекстанға
        [acc] Өзбекстанды
        [loc] Өзбекстанда
        [abl] Өзбекстаннан
        [ins] Өзбекстанмен
    }

## The report title as cited in running text and headers.

-report-name = «Қытай – Орталық Азия» рухын ту етіп
