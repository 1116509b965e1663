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


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = فارسی
# Title of the generated table of contents.
ui-toc-title = فهرست مطالب
# Page label; $page is the page number.
ui-page = صفحهٔ { $page }
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = زبان‌ها
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = فهرست مطالب
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = پرش به متن
