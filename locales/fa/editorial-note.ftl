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


## The editorial note: who wrote the report and how, with acknowledgments.

editorial-title = یادداشت ویراستار و سپاسگزاری
editorial-p1 = گزارش اندیشکده‌ای <i>پاسداری از روح «چین ـ آسیای مرکزی»: دستاوردها، فرصت‌ها و چشم‌اندازهای همکاری منطقه‌ای</i> را گروه پروژه‌ای به ریاست فو هوا، رئیس خبرگزاری شین‌هوا و رئیس کمیتهٔ علمی اندیشکدهٔ ملی سطح بالای شین‌هوا، تدوین کرده است. لو یان‌سونگ، سردبیر خبرگزاری شین‌هوا، نایب‌رئیس این گروه و رن وی‌دونگ، معاون سردبیر شین‌هوا، نایب‌رئیس اجرایی آن بوده‌اند.
editorial-p2 = اعضای گروه پروژه عبارت‌اند از: لیو گانگ، شن هونگ‌بینگ، چن گانگ، هه ژان‌جون، لیو هوا، لیو شویون، ژانگ جینگ‌پین، فو روی‌شیا، ژانگ سی‌جیه، تسای گوئودونگ، هائو وی‌وی، گنگ پنگ‌یو، سون پینگ، لونگ شنگ‌دونگ، لی فی‌هو، لی تائو، یانگ ده‌لونگ و ژائو یی‌شوان.
editorial-p3 = از زمان آغاز پروژه در اوایل سال ۲۰۲۵، این گروه چندین ماه را صرف مصاحبه، پژوهش میدانی، نگارش و بازبینی برای تکمیل گزارش کرده است. ما در سراسر روند نگارش و انتشار از پشتیبانی و راهنمایی سخاوتمندانهٔ نهادها و پژوهشگران گوناگون برخوردار بوده‌ایم، از جمله دبیرخانهٔ سازوکار «چین ـ آسیای مرکزی»، آکادمی تجارت بین‌المللی و همکاری اقتصادی چین وابسته به وزارت بازرگانی، مؤسسهٔ مطالعات روسیه، اروپای شرقی و آسیای مرکزی آکادمی علوم اجتماعی چین، پژوهشکدهٔ اقتصاد و فناوری شرکت ملی نفت { -china }، پژوهشکدهٔ آسیای مرکزی دانشگاه شمال غرب و پژوهشکدهٔ آسیای مرکزی دانشگاه تربیت معلم شنشی. همچنین از یو تیه‌جون، رئیس مؤسسهٔ مطالعات بین‌المللی و راهبردی دانشگاه پکن، و لی چن، معاون دانشکدهٔ مطالعات بین‌الملل دانشگاه رنمین { -china }، و دیگران به سبب یاری‌ها و دیدگاه‌های ارزشمندشان صمیمانه سپاسگزاریم.
