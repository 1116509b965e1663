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


## The conclusion of the report.

conclusion-title = سخن پایانی
conclusion-p1 = در زمانه‌ای که تحولات بی‌سابقهٔ جهانی شتاب گرفته است، همکاری میان { -china } و کشورهای آسیای مرکزی به ستونی کلیدی برای صلح، ثبات و شکوفایی در سراسر قارهٔ اوراسیا بدل شده است. در نگاه به گذشته، پیوند هزارسالهٔ برآمده از جادهٔ ابریشم بنیانی استوار از پیوندهای فرهنگی و اقتصادی میان دو طرف نهاد. امروز، در عصر نو، دستاوردها در حوزه‌های تجارت، زیرساخت، انرژی، توسعهٔ سبز، ظرفیت‌سازی، تبادل فرهنگی و همکاری امنیتی، بازتاب عزم راسخ { -china } و کشورهای آسیای مرکزی برای حمایت از یکدیگر و پیگیری توسعهٔ مشترک است. در نگاه به آینده، همکاری چین و آسیای مرکزی در نقطهٔ آغاز تاریخی تازه‌ای قرار دارد و با هدف ساختن جامعهٔ سرنوشت مشترک نزدیک‌تر، چشم‌انداز گسترده‌تر شکوفایی منطقه‌ای و توسعهٔ جهانی را با خود دارد.
conclusion-p2 = موفقیت همکاری چین و آسیای مرکزی از هم‌افزایی عمیقی سرچشمه می‌گیرد که بر اعتماد راهبردی متقابل، منافع مشترک و ارزش‌های همنوا استوار است. این مشارکت نه‌تنها منافع اقتصادی متقابل به بار آورده، بلکه به هماهنگی چندبعدی در حوزه‌های امنیت منطقه‌ای و اجتماعی ـ فرهنگی نیز انجامیده است. چه راه‌آهن‌هایی که از کوه‌های تیان‌شان می‌گذرند، چه پروژه‌های انرژی سبزی که آسیای مرکزی را روشن می‌کنند و چه پیوندهای فرهنگی جاری میان مردمان، همگی جلوه‌های زنده‌ای از آیندهٔ مشترکی‌اند که دو طرف در نظر دارند. این الگوی همکاری منطقه‌ای از منطق بازی با حاصل جمع صفر در ژئوپلیتیک سنتی فاصله می‌گیرد و «رویکرد چین ـ آسیای مرکزی» را برای حکمرانی جهانی به جهان عرضه می‌کند.
conclusion-p3 = { -china } و کشورهای آسیای مرکزی، ایستاده بر این نقطهٔ اوج تاریخی تازه، با گشایش بیشتر و گام‌هایی استوارتر با یکدیگر همکاری خواهند کرد، روح «چین ـ آسیای مرکزی» را پاس خواهند داشت و هدف جامعهٔ سرنوشت مشترک را دنبال خواهند کرد تا فصل تازه‌ای از شکوفایی منطقه‌ای بنگارند. همکاری آنها اطمینان و انرژی مثبت بیشتری به جهانی پرتلاطم تزریق خواهد کرد، چراغ امیدی بر مسیر بشریت به سوی آینده‌ای بهتر خواهد افروخت و سهم بیشتری در ساختن جامعهٔ سرنوشت مشترک بشری خواهد داشت.
