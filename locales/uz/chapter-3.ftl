### Locale: uz (Uzbek) · script: Latn · direction: ltr
### Translated from the English source (locales/en).
###
### Conventions:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Official Uzbek Latin alphabet: oʻ/gʻ with U+02BB (ʻ), tutuq belgisi with U+02BC (ʼ).
### - Terms take a case variant: nom (bosh), gen (-ning), dat (-ga), acc (-ni), loc (-da), abl (-dan),
###   e.g. { -china(case: "gen") } = Xitoyning. Default is nom.
### - Quotes: “…” (inner quotes «…»); dash – with spaces; numbers 19 000 (U+00A0 thousands separator),
###   decimals with a comma (94,8 mlrd AQSH dollari, 7,2 foiz); dates “2024-yil 27-dekabr”.
### - <i>…</i> kept around titles of documents, books and films.
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative (BRI) = “Bir makon, bir yoʻl” tashabbusi (no abbreviation is used in
###   Uzbek, so -bri-short has the same wording as -bri)
### - Shanghai Cooperation Organization (SCO) = Shanxay hamkorlik tashkiloti (ShHT)
### - China-Central Asia Summit = “Xitoy – Markaziy Osiyo” sammiti; inaugural = birinchi
### - China-Central Asia Spirit = Xitoy – Markaziy Osiyo ruhi
### - China-Central Asia Mechanism = Xitoy – Markaziy Osiyo mexanizmi
### - community with a shared future for humanity = insoniyat umumiy taqdiri hamjamiyati
### - China-Central Asia community with a shared future = Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyati;
###   regional community with a shared future = mintaqaviy umumiy taqdir hamjamiyati
### - Global Development / Security / Civilization Initiative = Global taraqqiyot / xavfsizlik /
###   sivilizatsiya tashabbusi
### - Xi Jinping = Si Szinpin; PRC President = XXR Raisi; Xinhua = Sinxua
### - Xi’an Declaration = Sian deklaratsiyasi; Xi’an = Sian; Xinjiang = Shinjon; Shaanxi = Shensi
### - Luban Workshop = Luban ustaxonasi
### - China-Europe Railway Express / freight trains = “Xitoy – Yevropa” yuk poyezdlari
### - China-Kyrgyzstan-Uzbekistan railway = Xitoy – Qirgʻiziston – Oʻzbekiston temir yoʻli
### - Horgos = Xorgos; Kashgar = Qashqar; Urumqi = Urumchi; Tianshan = Tyanshan
### - Trans-Caspian International Transport Corridor = Transkaspiy xalqaro transport yoʻlagi
### - high-quality development = yuqori sifatli rivojlanish; high-level opening-up = yuqori darajadagi ochiqlik
### - mutual benefit and win-win = oʻzaro manfaat va hamkorlikdan har ikki tomon yutishi (oʻzaro manfaatli)
### - “three forces” = “uch yovuz kuch” (terrorizm, ekstremizm, separatizm)
### - Global South = Global Janub; Eurasia = Yevrosiyo
### - people-to-people exchanges = xalqlararo almashinuvlar / insoniy aloqalar

## Chapter Three: Looking Ahead—Building a Regional Community with a Shared Future — its opening quote, sections and sub-headings.

ch3-title = Uchinchi bob. Kelajakka nazar: mintaqaviy umumiy taqdir hamjamiyatini barpo etish

ch3-q1 = “Uch yil avval biz Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyatini barpo etishimizni birgalikda eʼlon qilib, olti davlatimizning hamfikrlikka erishish, qiyinchiliklarni yengish va taraqqiyotga intilish yoʻlidagi maqsadi va yoʻnalishini belgilab bergan edik. Biz Xitoy – Markaziy Osiyo ruhiga amal qilib, hamkorlikni yangi gʻayrat va yanada amaliy choralar bilan kuchaytirishimiz, { -bri(case: "gen") } yuqori sifatli rivojlanishini ilgari surishimiz va mintaqaviy umumiy taqdir hamjamiyatini barpo etish maqsadimiz sari dadil olgʻa borishimiz lozim.”

ch3-qa1 = — XXR Raisi { -xi-jinping }

ch3-p1 = Yillar davomidagi birgalikdagi saʼy-harakatlar asosida { -china } va Markaziy Osiyo davlatlari “oʻzaro hurmat, oʻzaro ishonch, oʻzaro manfaat, oʻzaro yordam hamda yuqori sifatli rivojlanish orqali modernizatsiyaga birgalikda intilish”dan iborat Xitoy – Markaziy Osiyo ruhini shakllantirdi.

ch3-li1 = { -china } va Markaziy Osiyo davlatlari oʻzaro hurmatga amal qiladi va bir-biriga teng munosabatda boʻladi. Katta-kichikligidan qatʼi nazar, barcha davlatlar tengdir. Biz masalalarni maslahatlashuv yoʻli bilan hal qilamiz va qarorlarni konsensus asosida qabul qilamiz.

ch3-li2 = { -china } va Markaziy Osiyo davlatlari oʻzaro ishonchni chuqurlashtirish va bir-birini qoʻllab-quvvatlashni kuchaytirishga intiladi. Biz mustaqillik, suverenitet, hududiy yaxlitlik va milliy qadr-qimmatni himoya qilishda bir-birimizni qatʼiy qoʻllab-quvvatlaymiz. Biz hech bir tomonning asosiy manfaatlariga zarar yetkazadigan biror ish qilmaymiz.

ch3-li3 = { -china } va Markaziy Osiyo davlatlari oʻzaro manfaatli va har ikki tomon uchun foydali hamkorlikka intiladi hamda umumiy rivojlanishga erishishga harakat qiladi. Biz bir-birimizni ustuvor sheriklar deb bilamiz va rivojlanish imkoniyatlaridan birgalikda bahramand boʻlamiz. Biz bir-birimizning manfaatlarini inobatga olamiz va har ikki tomon uchun foydali, bir-birini toʻldiruvchi munosabatlarni barpo etish ustida ishlaymiz.

ch3-li4 = { -china } va Markaziy Osiyo davlatlari qiyin paytda bir-biriga yordam qoʻlini choʻzadi hamda yaxshi-yomon kunda birga boʻladi. Biz bir-birimizning oʻz milliy sharoitlariga mos rivojlanish yoʻllarini tanlashini va ichki ishlarini oʻzi hal qilishini qoʻllab-quvvatlaymiz. Biz turli xatar va sinovlarga birgalikda qarshi turamiz hamda mintaqaviy xavfsizlik va barqarorlikni himoya qilamiz.

ch3-p2 = Ushbu Xitoy – Markaziy Osiyo ruhi olti davlatning doʻstlik va hamkorlikni avloddan avlodga davom ettirish yoʻlidagi saʼy-harakatlarining muhim yoʻl-yoʻrigʻidir. { -china } va Markaziy Osiyo davlatlari unga doimo sodiq qolishi va uning abadiy porlab turishini taʼminlashi lozim.

ch3-p3 = 2023-yil may oyida birinchi { -cca-summit } chogʻida Rais { -xi-jinping } Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyatini barpo etishning toʻrtta asosiy tamoyilini belgilab berdi: “oʻzaro yordam, umumiy rivojlanish, universal xavfsizlik va abadiy doʻstlik”. Bu qarash { -china } va Markaziy Osiyo davlatlari oʻrtasidagi munosabatlarni rivojlantirish uchun aniq yoʻl xaritasini taqdim etadi.

ch3-p4 = Kelajakda { -gdi } bilan uygʻun holda bir-birini chuqur toʻldiruvchi va oʻzaro manfaatli hamkorlik modelini yaratish, { -china } va Markaziy Osiyo davlatlarining umumiy rivojlanishini ilgari surish boʻyicha saʼy-harakatlar davom ettirilishi lozim. { -gsi(case: "dat") } tayangan holda ikki tomon umumiy xavfsizlikni taʼminlash uchun anʼanaviy va noanʼanaviy tahdidlarga birgalikda javob berishi kerak. { -gci } doirasida { -china } va Markaziy Osiyo davlatlari oʻzaro tushunish va madaniy muloqotni kuchaytirib, madaniy almashinuvning dinamik va inklyuziv tizimini faol shakllantirishi lozim. Bu saʼy-harakatlar birgalikda Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyatini barpo etishni ilgari suradi.

## Section I

ch3-s1-title = I. Oʻzaro yordam: mintaqaviy umumiy taqdir hamjamiyatini birgalikda barpo etish

ch3-s1-p1 = Xitoy – Markaziy Osiyo umumiy taqdir hamjamiyati insoniyat umumiy taqdiri hamjamiyati haqidagi keng qamrovli gʻoyaning mintaqaviy davomidir. U ikki tomonlama hamkorlikdan umumiy taqdirning mintaqaviy tizimiga qilingan sakrashni anglatadi. Murakkab va oʻzgaruvchan xalqaro va mintaqaviy vaziyatga javoban { -china } va Markaziy Osiyo davlatlari oʻzaro qoʻllab-quvvatlashni yanada chuqurlashtirishi, birdamlikni kuchaytirishi, siyosiy ishonchni mustahkamlashi va munosabatlar sifatini oshirishda davom etishi lozim – bu kengroq Yevrosiyo va Global Janub hamkorligi uchun namuna boʻladi.

ch3-s1-h1 = Siyosiy oʻzaro ishonchni chuqurlashtirish

ch3-s1-p2 = { -china } va Markaziy Osiyo davlatlari strategik yoʻnaltiruvchi sifatida davlat rahbarlari diplomatiyasiga tayanishda davom etib, rahbarlar oʻrtasidagi mustahkam ishchi va shaxsiy aloqalarni yanada mustahkamlashi hamda siyosiy munosabatlarning oʻziga xosligi va yuksak darajasini taʼkidlaydigan muntazam oliy darajadagi muloqotlarni saqlab qolishi lozim. { -china } Kommunistik partiyasi va Markaziy Osiyoning yirik siyosiy partiyalari oʻrtasidagi almashinuvlar ham oliy darajadagi siyosiy loyihalashdan tortib quyi boʻgʻindagi boshqaruvgacha kuchaytirilib, davlatchilik va davlat boshqaruvi masalalari boʻyicha keng koʻlamli muloqotni ragʻbatlantirishi kerak. Shu bilan birga, koʻp darajali hamkorlik platformalarini yanada takomillashtirish lozim. Forumlar, koʻrgazmalar va savdo yarmarkalari Xitoyning provinsiya va mintaqa hukumatlari hamda Markaziy Osiyodagi mahalliy hokimiyatlar oʻrtasidagi muloqotga koʻprik boʻlishi mumkin.

ch3-s1-h2 = Asosiy masalalarda oʻzaro qoʻllab-quvvatlash

ch3-s1-p3 = Dunyodagi oʻzgarishlardan qatʼi nazar, { -china } va Markaziy Osiyo davlatlari suverenitet, xavfsizlik va rivojlanish manfaatlari masalalarida bir-birini qatʼiy va ikkilanmasdan qoʻllab-quvvatlashda davom etishi lozim. “Yaxshi qoʻshnichilik, xavfsiz va farovon munosabatlarni barpo etish” tamoyillariga muvofiq { -china } Markaziy Osiyo davlatlarining oʻz milliy sharoitlariga mos rivojlanish yoʻllarini tanlashini qatʼiy qoʻllab-quvvatlaydi va mintaqada taʼsir doiralarini izlamaydi. Oʻz navbatida, Markaziy Osiyo davlatlari { -china(case: "gen") } Tayvan, Gonkong, Shinjon va Tibet bilan bogʻliq asosiy manfaatlarini qatʼiy qoʻllab-quvvatlashda davom etishi lozim. Global Janub aʼzolari sifatida har ikki tomon Birlashgan Millatlar Tashkilotining nufuzi hamda xalqaro huquq va xalqaro munosabatlarning umumeʼtirof etilgan tamoyillarini himoya qilishga sodiq qolishi va mintaqaviy hamda global tinchlik va taraqqiyotga koʻmaklashishga qaratilgan bir-birining tashabbuslarini qoʻllab-quvvatlashi lozim.

ch3-s1-h3 = Institutsional mexanizmlarni takomillashtirish

ch3-s1-p4 = { -bri-short(case: "gen") } Markaziy Osiyo davlatlarining milliy taraqqiyot strategiyalari bilan uygʻunlashuvini jadallashtirish, tegishli tizim va siyosatlarni takomillashtirish, qonun ustuvorligini mustahkamlash va har tomonlama hamda chuqur strategik hamkorlikni ilgari surish orqali xilma-xil va bir-birini toʻldiruvchi hamkorlik tizimini shakllantirish uchun saʼy-harakatlarni amalga oshirish lozim. Qishloq xoʻjaligi, qashshoqlikni qisqartirish, terrorizmga qarshi kurash va energetika kabi sohalarda hamkorlik qilish uchun ikki tomonlama yoki koʻp tomonlama mexanizmlarni yaratishda { -sco } ({ -sco-short }) va Osiyoda oʻzaro hamkorlik va ishonch choralari boʻyicha kengash (SVMDA) kabi koʻp tomonlama tashkilotlardan toʻliq foydalanish kerak. Sammit natijalarini amalga oshirishga koʻmaklashish va mexanizmning yanada institutsionallashuvini ilgari surish uchun Xitoy – Markaziy Osiyo mexanizmi kotibiyatining uzluksiz va tartibli faoliyati taʼminlanishi lozim.

## Section II

ch3-s2-title = II. Umumiy rivojlanish: mintaqaviy farovonlikning yangi sahifasini ochish

ch3-s2-p1 = { -china } va Markaziy Osiyo davlatlarining barchasi rivojlanayotgan mamlakatlar boʻlib, iqtisodiy oʻsish, aholi turmush darajasini yaxshilash va milliy yuksalish ular siyosatining umumiy ustuvor yoʻnalishlari hamda ikki tomonlama hamkorlikning asosiy yoʻnalishlari hisoblanadi. Tobora murakkablashib borayotgan xalqaro muhit va Markaziy Osiyoda avj olayotgan yangi “Katta oʻyin” sharoitida ikki tomon { -gdi(case: "dat") } tayangan holda { -bri } doirasidagi yuqori sifatli hamkorlikni ilgari surishda davom etishi, unumdorlikning yangi omillarini rivojlantirishi hamda savdo, energetika va transport sohalaridagi anʼanaviy hamkorlikni yangi bosqichga koʻtarishi lozim. Shuningdek, ular raqamli iqtisodiyot, yashil energetika, raqamli innovatsiyalar va jamoat salomatligi kabi yangi sohalarga kirib, mintaqaviy iqtisodiy transformatsiya va yuksalishni birgalikda harakatga keltirishi hamda yangi gʻoyalar va yangi modellar orqali umumiy farovonlikning qudratli dvigatelini yaratishi kerak.

ch3-s2-h1 = Qishloq xoʻjaligida amaliy hamkorlikni chuqurlashtirish va innovatsion yoʻllarni izlash

ch3-s2-p2 = { -china } va Markaziy Osiyo davlatlari bir-birini toʻldiruvchi ustunliklaridan foydalanib, mahsulotlarni oʻzaro moslashtirishni yaxshilash va { -china(case: "dat") } yuqori sifatli qishloq xoʻjaligi mahsulotlari eksportini koʻpaytirish orqali qishloq xoʻjaligi savdosini rivojlantirishda davom etishi lozim. Zamonaviy qishloq xoʻjaligi texnologiyalarining namunaviy zonalarini rivojlantirish hamda ilmiy-tadqiqot markazlari, qoʻshma laboratoriyalar va qishloq xoʻjaligi innovatsiya parklarini tashkil etish boʻyicha birgalikdagi saʼy-harakatlarni ragʻbatlantirish kerak. Ekinlarni yetishtirish, saqlash, tashish va qayta ishlash kabi sohalarda hamkorlikni kuchaytirish, texnik almashinuvlar va yirik qishloq xoʻjaligi faoliyatini kengaytirish lozim. Qishloq xoʻjaligi ilm-fani va texnologiyalari darajasini oshirish uchun aqlli qishloq xoʻjaligiga investitsiyalar va hamkorlikni koʻpaytirish kerak. Xitoyning qishloq xoʻjaligi robototexnikasi, masofaviy zondlash va katta maʼlumotlar texnologiyalarini xalqaro miqyosda joriy etishni qoʻllab-quvvatlash uchun “Internet plyus zamonaviy qishloq xoʻjaligi” kabi innovatsion modellarni ishlab chiqish lozim.

ch3-s2-h2 = Yashil iqtisodiyotga oʻtishni jadallashtirish

ch3-s2-p3 = Ekologik muhitni muhofaza qilish hamda yashil, kam uglerodli rivojlanishni ilgari surish Markaziy Osiyo davlatlarining ichki ehtiyojiga aylandi. Iqlim sohasidagi boshqaruv boʻyicha hamkorlikni kuchaytirish, jumladan, iqlim tendensiyalarini oʻz vaqtida, aniq va har tomonlama kuzatib borish imkonini beruvchi mintaqaviy iqlim monitoringi tarmoqlari va iqlim axborot platformalarini yaratishni qoʻllab-quvvatlash lozim. Iqlim oʻzgarishiga moslashish va uning oqibatlarini yumshatish strategiyalari boʻyicha qoʻshma tadqiqotlarni ilgari surish kerak. Yashil energetikani rivojlantirishga ustuvorlik berilib, gidroenergetika, quyosh va shamol energetikasi kabi qayta tiklanuvchi energetika sohalarida texnik hamkorlikni kuchaytirish lozim. Yangi energetika sohasidagi hamkorlik koʻlamini izchil kengaytirish maqsadida neft va gazni fotoelektr, shamol yoki geotermal energiya bilan birlashtirgan gibrid modellarni joriy etish, shuningdek, vodorod va energiya saqlash texnologiyalarini rivojlantirish kerak. { -china } va Markaziy Osiyo davlatlari oʻrtasida ekologik axborot almashinuvini osonlashtirish, yashil savdo, investitsiya va moliyani har tomonlama maʼlumot xizmatlari bilan qoʻllab-quvvatlash uchun ekologiya va atrof-muhitga oid katta maʼlumotlar platformasini yaratish lozim.

ch3-s2-h3 = Transchegaraviy infratuzilmani rivojlantirishga koʻmaklashish

ch3-s2-p4 = Mintaqa ichida temir yoʻl va avtomobil yoʻllari orqali bogʻliqlikni yaxshilash hamda havo, temir yoʻl va avtomobil transporti tizimlari integratsiyasini yuksaltirish orqali transchegaraviy infratuzilma salohiyatini oshirish lozim. Logistika qurilishida { -china-europe-railway-express(case: "acc") } oʻzagiga olgan transport tarmogʻini mustahkamlash va multimodal tashishlar samaradorligini oshirishga eʼtibor qaratish kerak. { -china } va Markaziy Osiyo oʻrtasidagi operatsiyalarni soddalashtirish uchun bojxona, logistika va moliyani qamrab oluvchi keng qamrovli axborot almashish tarmogʻini yaratish lozim. Chegara oʻtkazish punktlarida bojxona rasmiylashtiruvi samaradorligini modernizatsiya, raqamlashtirish va intellektual tizimlarni joriy etish orqali oshirish kerak.

ch3-s2-h4 = Texnologik innovatsiyalar orqali imkoniyatlarni kengaytirish

ch3-s2-p5 = { -china } va Markaziy Osiyo davlatlari universitetlar, ilmiy-tadqiqot muassasalari va korxonalar oʻrtasidagi qoʻshma tadqiqot loyihalarini ragʻbatlantirish orqali innovatsiyalarning asosiy yoʻnalishlariga eʼtibor qaratishi lozim. Bu loyihalar amaliyotga joriy etishdagi “tor joy”lar va muammolarni hal etishi hamda ilmiy yutuqlarni amaliy texnologiyalarga aylantirishni yaxshilashi kerak. { -china(case: "gen") } kapital, texnologiya va boshqaruv sohasidagi ustunliklaridan foydalangan holda ikki tomon innovatsiyalarga asoslangan kichik va oʻrta korxonalarni qoʻllab-quvvatlash va ularning moliyalashtirish xarajatlarini kamaytirish maqsadida qoʻshma ilmiy-texnikaviy investitsiya jamgʻarmalarini tashkil etishi lozim. Aqlli ishlab chiqarish va yangi turdagi infratuzilma sohasida sunʼiy intellekt, Buyumlar interneti va katta maʼlumotlar tahlili kabi ilgʻor texnologiyalarni infratuzilma loyihalariga integratsiya qilgan holda hamkorlikni yanada rivojlantirish kerak. Bu mintaqaviy raqamli sheriklikni shakllantirib, anʼanaviy hamkorlik loyihalarining raqamli va intellektual transformatsiyasini taʼminlaydi, Markaziy Osiyoda yangi tarmoqlarning rivojlanishiga turtki beradi hamda ikki tomon oʻrtasidagi ilmiy-texnikaviy hamkorlikning yangi salohiyatini ochib beradi.

## Section III

ch3-s3-title = III. Universal xavfsizlik: umumiy xavfsizlik uchun yangi qalqon barpo etish

ch3-s3-p1 = Bugungi dunyoda mahalliy mojarolar va notinchliklar tez-tez yuz bermoqda, gegemonizm va kuch siyosati avj olmoqda, anʼanaviy va noanʼanaviy xavfsizlik tahdidlari murakkab tarzda bir-biriga qoʻshilib ketmoqda. Xalqaro va mintaqaviy xavfsizlik manzarasi chuqur va murakkab oʻzgarishlarni boshdan kechirmoqda. Ushbu yangi sharoitda { -china } va Markaziy Osiyo davlatlari { -gsi(case: "dat") } tayanib, umumiy, kompleks, hamkorlikka asoslangan va barqaror xavfsizlik konsepsiyasiga amal qilishi lozim. Asosiy eʼtibor mintaqaviy xavfsizlik boshqaruvini rivojlantirish va umumiy xavfsizlik hamjamiyatini barpo etishga qaratilishi kerak.

ch3-s3-h1 = Umumiy xavfsizlik hamjamiyati haqidagi tasavvurni mustahkamlash

ch3-s3-p2 = Geosiyosiy yaqinlik tufayli { -china } va Markaziy Osiyo davlatlari xavfsizlik sohasida keng koʻlamli umumiy tashvish va manfaatlarga ega. Terrorizm, ekstremizm, giyohvand moddalar savdosi, transmilliy jinoyatchilik va mintaqaviy qurolli mojarolar kabi umumiy tahdidlar jamoaviy xavfsizlikni taʼminlash uchun yanada chuqurroq hamkorlikni taqozo etadi. “Xavfsizlik hamjamiyati” gʻoyasini ilgari surish mintaqaviy xavfsizlik masalalarini toʻgʻri tushunishga yordam beradi va xavfsizlik sohasidagi keyingi hamkorlik uchun poydevor yaratadi.

ch3-s3-h2 = Anʼanaviy va noanʼanaviy xavfsizlik sohalaridagi hamkorlikni uygʻunlashtirish

ch3-s3-p3 = { -china } va Markaziy Osiyo davlatlari terrorizm, ekstremizm va separatizmdan iborat “uch yovuz kuch”ga nisbatan murosasiz boʻlishi, xalqaro ekstremistik kuchlarga qarshi mustahkam toʻsiq yaratish orqali radikallashuvga qarshi kurash va ekstremistik mafkuralar tarqalishining oldini olish boʻyicha birgalikdagi saʼy-harakatlarni kuchaytirishi lozim. Ular siyosiy xavfsizlik va ijtimoiy barqarorlikni himoya qilishda bir-birini qoʻllab-quvvatlashi hamda har qanday bahona ostida ichki ishlarga har qanday tashqi aralashuvga yoki “rangli inqiloblar” uyushtirishga urinishlarga qatʼiy qarshi turib, mintaqani xavfsizlik borasidagi boshi berk koʻchadan olib chiqishga intilishi kerak. Razvedka maʼlumotlari almashinuvi hamda giyohvand moddalar savdosi, noqonuniy migratsiya, pul yuvish, qurol va portlovchi moddalar kontrabandasi, kiberjinoyatchilik, moliyaviy va iqtisodiy jinoyatlar kabi transmilliy jinoyatlarga qarshi birgalikda kurashish uchun yanada yaqin muvofiqlashtirish va muloqot zarur. Shu bilan birga, iqlim oʻzgarishi, kiberxavfsizlik, biologik xavfsizlik, moliya, oziq-ovqat xavfsizligi, energetika, raqamli boshqaruv va yangi texnologiyalar kabi sohalardagi noanʼanaviy xavfsizlik masalalarini hal etish boʻyicha hamkorlikni kengaytirish lozim.

ch3-s3-h3 = Afgʻonistonda xavfsizlik va tiklanish jarayonini ilgari surish

ch3-s3-p4 = Afgʻoniston Markaziy Osiyo mintaqasi bilan yaqin aloqalarga ega boʻlib, u yerdagi voqealar qoʻshni davlatlarning xavfsizligi va barqarorligiga jiddiy taʼsir koʻrsatishi mumkin. “Tolibon” hokimiyatga qaytganidan buyon Afgʻonistonni qayta tiklash va uni xalqaro hamjamiyatga qayta integratsiya qilish masalasi dolzarb muammoga aylandi. Afgʻonistondan kelib chiqadigan xavfsizlik xatarlarini yumshatish uchun { -china } va Markaziy Osiyo davlatlari Afgʻonistonda xavfsizlikni tiklash jarayonida faol ishtirok etish maqsadida “{ -sco } – Afgʻoniston aloqa guruhi”dan platforma sifatida foydalanishi mumkin. “Konsensus asosidagi maslahatlashuv” va “ichki ishlarga aralashmaslik” tamoyillarini moslashuvchan qoʻllagan holda ular konstruktiv hamkorlik siyosatini qabul qilishni koʻrib chiqishi mumkin.

ch3-s3-p5 = Bu yondashuv manfaatlarni muvofiqlashtirish, kelishmovchiliklarni boshqarish va Afgʻoniston atrofida mintaqaviy xavfsizlik qalqonini birgalikda mustahkamlash uchun koʻp tomonlama hamkorlik mexanizmini yaratadi. Asosiy eʼtibor tashqi kuchlarning Afgʻonistondagi tinchlik jarayoniga xalaqit berishining oldini olishga qaratilishi, shu orqali adolatli va oqilona yangi mintaqaviy xavfsizlik tartibini oʻrnatishga hissa qoʻshilishi kerak.

## Section IV

ch3-s4-title = IV. Abadiy doʻstlik: qalblar bogʻliqligining yangi sahifasini bitish

ch3-s4-p1 = Asrlar davomida { -china } va Markaziy Osiyoning turli xalqlari Ipak yoʻlining vujudga kelishi va gullab-yashnashiga birgalikda hissa qoʻshib, jahon sivilizatsiyalarining almashinuvi va uygʻunlashuviga tarixiy hissa qoʻshgan. Kelajakka nazar tashlab, ikki tomon { -gci(case: "loc") } ilgari surilgan qadriyatlarga amal qilishi, tenglik, oʻzaro oʻrganish, muloqot va inklyuzivlikka urgʻu beruvchi sivilizatsiyaviy qarashni qabul qilishi lozim. Madaniyatlararo tushunish va oʻzaro hurmatni rivojlantirish orqali { -china } va Markaziy Osiyo davlatlari turli sivilizatsiyalar, irqlar va dinlar oʻrtasidagi xalqaro hamkorlik namunasi boʻlib, yaxshi qoʻshnilar, yaxshi doʻstlar, yaxshi sheriklar va yaxshi birodarlar sifatida avlodlar osha davom etadigan xalqlararo doʻstlikning mustahkam poydevorini barpo etishi mumkin.

ch3-s4-h1 = Taʼlim sohasidagi hamkorlikni rivojlantirish

ch3-s4-p2 = Oliy taʼlimda qoʻshma tayyorlov modellarini yangilash, ilmiy daraja va malakalarni oʻzaro tan olishni chuqurlashtirish hamda professor-oʻqituvchilar almashinuvi, qoʻshma tadqiqotlar va ilmiy muloqot orqali boy va xilma-xil akademik hamkorlik tizimini yaratish boʻyicha saʼy-harakatlarni amalga oshirish lozim. Ikki tomon talabalar almashinuvi dasturlarini kengaytirishi, hukumat stipendiyalarini taqdim etishni davom ettirishi va Markaziy Osiyodan koʻproq yoshlarning { -china(case: "loc") } oliy taʼlim olishini qoʻllab-quvvatlashi kerak. Markaziy Osiyo boʻylab xitoy tilini oʻrganishni ommalashtirish va Xitoy madaniyatiga qiziqishni saqlab qolish uchun Konfutsiy institutlari kabi muassasalar hamda Xalqaro xitoy tili kuni va “Xitoy tili koʻprigi” tanlovi kabi tashabbuslardan foydalanish lozim. Luban ustaxonalari kabi kasb-hunar taʼlimi brendlarini yanada rivojlantirish va ularni har bir Markaziy Osiyo davlatining sanoat ehtiyojlariga moslashtirish kerak. Taʼlimni ishlab chiqarish bilan uygʻunlashtiruvchi va sanoatni oʻqitish bilan bogʻlovchi bu yondashuv Markaziy Osiyoning real iqtisodiyotiga xizmat qiladigan malakali mutaxassislarni tayyorlashga yordam beradi.

ch3-s4-h2 = Madaniyat va sanʼat sohasidagi almashinuvlarni kuchaytirish

ch3-s4-p3 = Ikki tomon madaniyat festivallari, film namoyishlari, sanʼat koʻrgazmalari va boshqa tadbirlarni qoʻllab-quvvatlash uchun Ipak yoʻli xalqaro teatrlar alyansi, muzeylar alyansi, sanʼat festivallari alyansi, kutubxonalar alyansi va sanʼat muzeylari alyansi kabi tarmoqlardan toʻliq foydalanishi lozim. Umumiy qadriyatlar, anʼanalar va urf-odatlarni oʻrganish orqali ular madaniy jihatdan inklyuziv va uygʻun muhitni shakllantirib, { -china } va Markaziy Osiyo haqida taʼsirli hikoyalarni soʻzlab berishi mumkin. Oʻziga xos ustunliklarini hisobga olgan holda kino va televideniye sohasi kontentni samarali mahalliylashtirish va efirga uzatishni taʼminlash uchun Markaziy Osiyo tomoshabinlarining didi, madaniy xususiyatlari va media isteʼmoli odatlarini chuqurroq oʻrganishi kerak. Nashriyot sohasidagi almashinuvlarni ham kuchaytirib, xalqlar oʻrtasida oʻzaro qiziqish va tushunishni oshirish uchun har ikki tomonning tarix, adabiyot, til, siyosat va huquq sohalaridagi nufuzli asarlarini tarjima qilish va nashr etish lozim.

ch3-s4-h3 = Turizm sohasida chuqur hamkorlikni rivojlantirish

ch3-s4-p4 = Turizm madaniy almashinuv va oʻzaro tushunishning muhim kanali hisoblanadi. { -china } va Markaziy Osiyo oʻzlarining boy madaniy-turistik resurslarini yanada oʻrganib, rivojlantirishi, oʻziga xos etnik, madaniy va mintaqaviy xususiyatlarga ega turistik mahsulotlarni yangilashi va turistik yoʻnalishlarni boyitishi lozim. Transchegaraviy turizm hamkorligi zonalari va chegara turizmi namunaviy hududlari kabi ikki tomonlama va koʻp tomonlama tashabbuslarni ilgari surish, shuningdek, “Bir makon, bir yoʻl” boʻylab tematik poyezd yoʻnalishlari va eksklyuziv avtosayohatlarni yaratish kerak. Chegaradan oʻtish va toʻlov tizimlarini takomillashtirish uchun aqlli turizmni rivojlantirish, turistik vizalarni soddalashtirish, ayniqsa, guruh vizalari boʻyicha muzokaralarni jadallashtirish lozim. Bu choralar sayohat qulayligini oshiradi va transchegaraviy toʻlov tizimlarini mustahkamlab, yanada chuqur va amaliy turizm hamkorligiga koʻmaklashadi.
