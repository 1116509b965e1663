### Locale: fa (Persian) · script: Arab · direction: rtl
### Translated from the English source (locales/en).
### Orthography: Iranian standard (Academy of Persian Language and Literature): ی/ک (never Arabic U+064A/U+0643),
### ZWNJ (U+200C) where Persian spelling needs it; Persian digits ۰–۹, decimal ٫, thousands ٬;
### quotes «»; Gregorian dates written the Persian way (۲۷ دسامبر ۲۰۲۴).
### Persian does not inflect names by case: terms are plain strings without variants.
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative = ابتکار «کمربند و جاده» (BRI kept in Latin)
### - Shanghai Cooperation Organization = سازمان همکاری شانگهای (SCO kept in Latin)
### - China-Central Asia Summit = اجلاس سران چین و آسیای مرکزی (inaugural = نخستین، second = دومین)
### - China-Central Asia Spirit = روح «چین ـ آسیای مرکزی»
### - China-Central Asia cooperation = همکاری چین و آسیای مرکزی
### - China-Central Asia Mechanism = سازوکار «چین ـ آسیای مرکزی»
### - China-Europe Railway Express / freight trains = قطارهای باری چین ـ اروپا
### - Global Development / Security / Civilization Initiative = ابتکار توسعهٔ جهانی / ابتکار امنیت جهانی / ابتکار تمدن جهانی
### - community with a shared future for humanity = جامعهٔ سرنوشت مشترک بشری
### - (closer) China-Central Asia community of shared future = جامعهٔ سرنوشت مشترک (نزدیک‌تر) چین و آسیای مرکزی
### - Xi Jinping = شی جین‌پینگ; PRC President = رئیس‌جمهور جمهوری خلق چین
### - Xinhua Institute = مؤسسهٔ شین‌هوا; Xinhua News Agency = خبرگزاری شین‌هوا
### - Xi'an Declaration = بیانیهٔ شی‌آن; Horgos = خورگوس; Luban Workshop = کارگاه لوبان
### - Silk Road = جادهٔ ابریشم; Eurasia(n) = اوراسیا
### - mutual respect, mutual trust, mutual benefit, mutual assistance = احترام متقابل، اعتماد متقابل، منافع متقابل و کمک متقابل
### - high-quality development = توسعهٔ باکیفیت; win-win = برد ـ برد
### - "three forces" = «سه نیروی شیطانی» (تروریسم، جدایی‌طلبی، افراط‌گرایی)
### - new era = عصر نو
### - Section headings: Persian digits «۱. …»، «۲. …»; chapters «فصل اول: …»


## Front matter: the cover page.

report-title = { -report-name }
report-subtitle = دستاوردها، فرصت‌ها و چشم‌اندازهای همکاری منطقه‌ای
report-publisher = { -xinhua-institute }
