### Locale: fa (Persian) · script: Arab · direction: rtl
### Translated from the English source (locales/en); revised by an independent review (see locales/fa/REVIEW.md).
### Orthography: Iranian standard (Academy of Persian Language and Literature): ی/ک (never Arabic U+064A/U+0643),
### ZWNJ (U+200C) where Persian spelling needs it (می‌شود، سال‌ها، بزرگ‌ترین; کشورها and آنها joined after a
### non-joining letter / by usage); ezafe after silent ه written ـهٔ (توسعهٔ).
### Numbers: Persian digits ۰–۹, decimal ٫ (U+066B), thousands ٬ (U+066C): ۹۴٫۸، ۱۹٬۰۰۰; percent written as
### the word درصد (۷٫۲ درصد); Gregorian dates written the Persian way (۲۷ دسامبر ۲۰۲۴).
### Punctuation: ، ؛ ؟; quotes «…» outside, “…” inside — never «» nested in «». Compound names joined with
### the Persian dash ـ with spaces (چین ـ آسیای مرکزی).
### No bare Latin abbreviations in running text: spell them out in Persian (BRI, SCO, GDP, ICT, RFID, TEU,
### CNPC …); the Latin acronym may follow in parentheses only where it helps the reader (RFID, ADAS).
### Persian does not inflect names by case. Terms that contain quotation marks (-bri, -bri-short, -report-name)
### take a variant for use inside a «quotation»: { -bri(quote: "inner") } = ابتکار “کمربند و راه”.
###
### Glossary (keep these consistent across all files; official Iranian usage — IRNA, Ministry of Foreign Affairs):
### - Belt and Road Initiative = ابتکار «کمربند و راه»; BRI (short) = «کمربند و راه»; Belt and Road countries /
###   cooperation = کشورهای / همکاری «کمربند و راه»; Green Belt and Road = «کمربند و راه» سبز
### - Shanghai Cooperation Organization = سازمان همکاری شانگهای; SCO (short) = سازمان شانگهای
### - China-Central Asia Summit = نشست سران چین و آسیای مرکزی (inaugural = نخستین، second = دومین);
###   virtual summit = نشست مجازی سران
### - China-Central Asia Spirit = روح «چین ـ آسیای مرکزی» (inside a quotation: روح “چین ـ آسیای مرکزی”)
### - Report title: Championing the China-Central Asia Spirit = پرچم‌داری روح «چین ـ آسیای مرکزی»
###   ("championing" = upholding and advocating, as a standard-bearer; not پاسداری "guarding")
### - China-Central Asia cooperation = همکاری چین و آسیای مرکزی
### - China-Central Asia Mechanism = سازوکار «چین ـ آسیای مرکزی»
### - China-Europe Railway Express / freight trains = قطارهای باری چین ـ اروپا
### - Global Development / Security / Civilization Initiative = ابتکار توسعهٔ جهانی / ابتکار امنیت جهانی / ابتکار تمدن جهانی
### - community with a shared future for humanity = جامعهٔ سرنوشت مشترک بشری
### - (closer) China-Central Asia community of shared future = جامعهٔ سرنوشت مشترک (نزدیک‌تر) چین و آسیای مرکزی
### - Xi Jinping = شی جین‌پینگ; PRC President = رئیس‌جمهور جمهوری خلق چین
### - Xinhua Institute = مؤسسهٔ شین‌هوا; Xinhua News Agency = خبرگزاری شین‌هوا
### - Xi'an Declaration = بیانیهٔ شی‌آن; Horgos = خورگوس; Luban Workshop = کارگاه لوبان; Shaanxi = شنشی
### - Silk Road = جادهٔ ابریشم; Eurasia(n) = اوراسیا; Trans-Caspian = ترانس‌خزر
### - mutual respect, mutual trust, mutual benefit, mutual assistance = احترام متقابل، اعتماد متقابل، منافع متقابل و کمک متقابل
### - high-quality development = توسعهٔ باکیفیت; win-win = برد ـ برد
### - "three forces" = «سه نیروی شیطانی» (تروریسم، جدایی‌طلبی، افراط‌گرایی); security dilemma = معمای امنیتی
### - new era = عصر نو
### - TV series (titles from the Chinese originals, not the English export titles): 山海情 (Minning Town) =
###   <i>عشق کوه و دریا</i> (as CRI Persian titled it); 我的阿勒泰 (To the Wonder) = <i>آلتای من</i>
### - Section headings: Persian digits «۱. …»، «۲. …»; sub-sections «الف. …»; chapters «فصل اول: …»


## The foreword: what the report covers and concludes.

foreword-title = پیشگفتار
foreword-p1 = آسیای مرکزی، واقع در قلب قارهٔ اوراسیا، با { -china } کوه‌ها و رودهای مشترک دارد و همچون لب و دندان با آن پیوندی تنگاتنگ دارد. این سرزمین، که از دیرباز محل تلاقی تمدن‌های گوناگون بوده، خاستگاه مجموعه‌ای رنگارنگ از اقوام و آداب و رسوم است. این منطقه چهارراهی حیاتی برای مبادلات میان‌قاره‌ای و کانونی برای پرورش تمدن بشری بوده است.
foreword-p2 = با نگاهی به تاریخ، مردمان { -china } و آسیای مرکزی مشترکاً در پیدایش و شکوفایی جادهٔ ابریشم سهیم بودند و با هم فصلی پرآوازه از مبادلات پایدار را رقم زدند: «پیک‌ها بی‌وقفه در راه‌ها می‌تاختند و بازرگانان سرزمین‌های دور هر روز به مرزها می‌رسیدند.»
foreword-p3 = در عصر نو، { -china } و آسیای مرکزی به همسایگان، دوستان، شرکا و برادرانی نیک بدل شده‌اند که سرنوشتی مشترک دارند. آنها با هم فصل تازه‌ای از دوستی، ثبات و شکوفایی را در سراسر پهنهٔ اوراسیا گشوده‌اند. این شش کشور روح «چین ـ آسیای مرکزی» را پدید آورده‌اند و الگویی از همکاری منطقه‌ای را به جهان عرضه کرده‌اند.
foreword-p4 = از زمانی که { -xi-jinping }، رئیس‌جمهور { -china }، در سال ۲۰۱۳ { -bri } را مطرح کرد، { -china } و کشورهای آسیای مرکزی دست در دست یکدیگر برای احیای کامل جادهٔ ابریشم و ساختن مشارکتی آینده‌نگر و مبتنی بر همکاری عمیق کوشیده‌اند. روابط آنها وارد عصر تازه‌ای از توسعه شده و اکنون به اوجی بی‌سابقه در تاریخ خود رسیده است. رئیس‌جمهور شی دوازده بار به آسیای مرکزی سفر کرده، از هر پنج کشور این منطقه دیدار کرده و با رهبران هر یک از آنها دوستی شخصی نزدیکی برقرار کرده است. نشست مجازی سران به مناسبت سی‌امین سالگرد برقراری روابط دیپلماتیک و نخستین { -cca-summit } دو نقطهٔ عطف تازه در تاریخ روابط چین و آسیای مرکزی به شمار می‌روند. { -china } و کشورهای آسیای مرکزی، با تعهدی مشترک به خدمت به منافع مردمان خود و ساختن آینده‌ای روشن‌تر، دست به انتخابی تاریخی برای ایجاد جامعهٔ سرنوشت مشترک نزدیک‌تر چین و آسیای مرکزی زده‌اند؛ انتخابی که نشان‌دهندهٔ عزم آنها برای ارتقای همکاری به سطحی بالاتر، با استانداردهای بالاتر و کیفیتی برتر است.
foreword-p5 = دومین { -cca-summit } که به‌تازگی برگزار شد، نقطهٔ آغاز تازه‌ای برای همکاری چین و آسیای مرکزی است. این گزارش در این برههٔ مهم مروری جامع بر دستاوردهای اساسی، فرصت‌های نوظهور و چالش‌های مشترک در این عصر نو ارائه می‌کند و در عین حال تحلیلی آینده‌نگر از چشم‌اندازها به دست می‌دهد.
foreword-p6 = بر اساس این گزارش، همکاری { -china } و آسیای مرکزی در عصر نو در هفت حوزهٔ کلیدی نتایج چشمگیری به بار آورده است: مبادلات تجاری و اقتصادی، اتصال زیرساختی، همکاری در حوزهٔ انرژی، بخش‌های نوظهور، ظرفیت‌سازی برای توسعه، یادگیری متقابل تمدن‌ها، و صلح و امنیت. توسعهٔ باکیفیت { -china }، گشایش با استانداردهای بالا و موج تازهٔ تحول فناورانه و صنعتی فرصت‌های بزرگی برای همکاری چین و آسیای مرکزی پدید می‌آورند. در عین حال، این مشارکت با خطرها و چالش‌هایی روبه‌روست که از یک‌جانبه‌گرایی، حمایت‌گرایی، تنش‌های ژئوپلیتیکی و تهدیدهای امنیتی غیرسنتی ناشی می‌شوند.
foreword-p7 = این گزارش با نگاه به آینده خاطرنشان می‌کند که همکاری آیندهٔ چین و آسیای مرکزی باید با راهنمایی چشم‌انداز ساختن جامعهٔ سرنوشت مشترک بشری و سه ابتکار بزرگ جهانی، یعنی { -gdi }، { -gsi } و { -gci }، پیش برود. این همکاری باید بر اصول حمایت متقابل، توسعهٔ مشترک، امنیت همگانی و دوستی جاودانه استوار باشد. دو طرف باید با هم برای تحکیم بنیان جامعهٔ سرنوشت مشترک منطقه‌ای، گشودن فصل تازه‌ای از شکوفایی منطقه‌ای، ساختن سپری مشترک برای امنیت و ثبات، و آفریدن سمفونی تازه‌ای از پیوند دل‌های مردمان تلاش کنند.
foreword-p8 = ما قاطعانه بر این باوریم که همکاری چین و آسیای مرکزی در عصر نو توسعه و رفاه بیشتری برای مردمان منطقه به ارمغان خواهد آورد، ثبات و انرژی مثبت بیشتری به جهانی که روزبه‌روز پرتلاطم‌تر می‌شود تزریق خواهد کرد و در آرمان گسترده‌تر ساختن جامعهٔ سرنوشت مشترک بشری، الگویی اساسی از همکاری منطقه‌ای خواهد بود.
