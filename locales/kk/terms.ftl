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


## Terms: recurring names. Each term has case variants selected with (case: "..."):
## nom = атау септік (default), gen = ілік, dat = барыс, acc = табыс, loc = жатыс,
## abl = шығыс, ins = көмектес. Possessive constructions use gen + possessed noun.
## -bri-short: case endings cannot follow the closing quote, so its oblique cases use the
## full form («Белдеу және жол» бастамасының …); only nom is the bare short form.

-bri =
    { $case ->
       *[nom] «Белдеу және жол» бастамасы
        [gen] «Белдеу және жол» бастамасының
        [dat] «Белдеу және жол» бастамасына
        [acc] «Белдеу және жол» бастамасын
        [loc] «Белдеу және жол» бастамасында
        [abl] «Белдеу және жол» бастамасынан
        [ins] «Белдеу және жол» бастамасымен
    }
-bri-short =
    { $case ->
       *[nom] «Белдеу және жол»
        [gen] «Белдеу және жол» бастамасының
        [dat] «Белдеу және жол» бастамасына
        [acc] «Белдеу және жол» бастамасын
        [loc] «Белдеу және жол» бастамасында
        [abl] «Белдеу және жол» бастамасынан
        [ins] «Белдеу және жол» бастамасымен
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
       *[nom] «Қытай – Орталық Азия» саммиті
        [gen] «Қытай – Орталық Азия» саммитінің
        [dat] «Қытай – Орталық Азия» саммитіне
        [acc] «Қытай – Орталық Азия» саммитін
        [loc] «Қытай – Орталық Азия» саммитінде
        [abl] «Қытай – Орталық Азия» саммитінен
        [ins] «Қытай – Орталық Азия» саммитімен
    }
-china-europe-railway-express =
    { $case ->
       *[nom] «Қытай – Еуропа» жүк пойыздары
        [gen] «Қытай – Еуропа» жүк пойыздарының
        [dat] «Қытай – Еуропа» жүк пойыздарына
        [acc] «Қытай – Еуропа» жүк пойыздарын
        [loc] «Қытай – Еуропа» жүк пойыздарында
        [abl] «Қытай – Еуропа» жүк пойыздарынан
        [ins] «Қытай – Еуропа» жүк пойыздарымен
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

-report-name = «Қытай – Орталық Азия» рухын ту етіп
