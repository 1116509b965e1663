### Locale: zh-CN (Chinese, Simplified) · script: Hans · direction: ltr
### Translated from the English source (locales/en).
###
### Glossary (keep these consistent across all files):
### - Belt and Road Initiative = “一带一路”倡议 ({ -bri }); BRI (short) = “一带一路” ({ -bri-short }, used as 共建“一带一路”)
### - Shanghai Cooperation Organization = 上海合作组织; SCO = 上合组织
### - China-Central Asia Summit = 中国—中亚峰会 (inaugural = 首届, second = 第二届)
### - China-Central Asia Spirit = “中国—中亚精神”（互尊、互信、互利、互助，以高质量发展推进共同现代化）
### - community with a shared future for humanity = 人类命运共同体
### - (closer) China-Central Asia community with a shared future = （更加紧密的）中国—中亚命运共同体
### - regional community with a shared future = 地区命运共同体
### - mutual assistance, common development, universal security, everlasting friendship = 守望相助、共同发展、普遍安全、世代友好
### - Global Development / Security / Civilization Initiative = 全球发展倡议 / 全球安全倡议 / 全球文明倡议
### - China-Europe Railway Express; China-Europe freight trains = 中欧班列; China-Central Asia freight trains = 中亚班列
### - China-Central Asia mechanism = 中国—中亚机制; its Secretariat = 中国—中亚机制秘书处
### - Xi'an Declaration = 《中国—中亚峰会西安宣言》
### - Luban Workshop = 鲁班工坊
### - China-Kyrgyzstan-Uzbekistan Railway = 中吉乌铁路; Trans-Caspian International Transport Corridor = 跨里海国际运输走廊
### - Horgos = 霍尔果斯; China-Kazakhstan Horgos International Border Cooperation Center = 中哈霍尔果斯国际边境合作中心
### - "three forces" = “三股势力”; "color revolution" = “颜色革命”
### - high-level opening-up = 高水平对外开放; high-quality development = 高质量发展; Chinese modernization = 中国式现代化
### - people-to-people exchanges = 人文交流; heart-to-heart / people-to-people connectivity = 民心相通
### - Global South = “全球南方”; Xinhua Institute = 新华社研究院; Xinhua National High-end Think Tank = 新华社国家高端智库
### - Compounds China-Kazakhstan, China-Uzbekistan … are written directly as 中哈、中乌、中吉乌、中塔乌 (no term reference possible).
### - Titles of documents, films and books are set in 《》 instead of <i>…</i> (see locale.toml).
###
### Term variants (terms.ftl): no grammatical case. -bri, -bri-short and -report-name take
###   quote: outer (default, “…”) or inner (‘…’), for use inside a “quotation” so that the same
###   marks never nest, e.g. { -bri-short(quote: "inner") }.
### Typography (CLREQ, GB/T 15834): full-width punctuation; “” with ‘’ nested; 《》 for titles of
###   works and documents; connecting dash — (中国—中亚, 2022—2026), breaking and attribution dash ——;
###   numbers with 万/亿 (948亿美元, 1.9万列) and percentages without a space (7.2%).


## The foreword: what the report covers and concludes.

foreword-title = 前言
foreword-p1 = 中亚地处亚欧大陆腹地，与{ -china }山水相连、唇齿相依。这片土地自古多元文明交汇，多民族聚居，风俗各异，是跨大陆交流的重要十字路口，也是人类文明的熔炉。
foreword-p2 = 回望历史，{ -china }和中亚人民共同推动了丝绸之路的兴起和繁荣，共同书写了绵延不绝的友好交往佳话：“驰命走驿，不绝于时月；商胡贩客，日款于塞下。”
foreword-p3 = 进入新时代，{ -china }同中亚已成为命运与共的好邻居、好朋友、好伙伴、好兄弟，携手在亚欧大陆开创了睦邻安邻富邻的新局面。六国探索形成了“中国—中亚精神”，为世界打造了区域合作的样板。
foreword-p4 = 2013年{ -china }国家主席{ -xi-jinping }提出共建{ -bri }以来，{ -china }同中亚国家携手努力，全面复兴丝绸之路，构建面向未来的深度合作伙伴关系。双方关系迈入新的发展时代，站上前所未有的历史高点。{ -xi-jinping }主席12次到访中亚，足迹遍及中亚五国，同各国领导人结下深厚的个人友谊。建交30周年视频峰会和首届{ -cca-summit }是中国—中亚关系史上的两座新里程碑。本着造福各国人民、共创美好未来的共同追求，{ -china }和中亚国家作出携手构建更加紧密的中国—中亚命运共同体的历史性抉择，彰显了推动合作迈上更高水平、实现更高标准和更高质量的决心。
foreword-p5 = 刚刚闭幕的第二届{ -cca-summit }标志着中国—中亚合作站上了新的起点。在这一重要节点，本报告全面回顾新时代中国—中亚合作取得的重要成就、迎来的新机遇和面临的共同挑战，并对合作前景进行前瞻性分析。
foreword-p6 = 报告认为，新时代{ -china }同中亚合作在七个重点领域取得丰硕成果：经贸往来、基础设施互联互通、能源合作、新兴领域、发展能力建设、文明互鉴以及和平安全。{ -china }的高质量发展、高水平对外开放以及新一轮科技革命和产业变革，正为中国—中亚合作带来重大机遇。与此同时，双方合作也面临单边主义、保护主义、地缘政治紧张以及非传统安全威胁等带来的风险挑战。
foreword-p7 = 展望未来，报告指出，中国—中亚合作应以构建人类命运共同体理念和三大全球倡议——{ -gdi }、{ -gsi }、{ -gci }为引领，坚持守望相助、共同发展、普遍安全、世代友好，携手夯实地区命运共同体根基，开创地区繁荣新篇章，共筑安全稳定屏障，谱写民心相通新乐章。
foreword-p8 = 我们坚信，新时代中国—中亚合作必将为地区人民带来更大发展和更多福祉，为日益动荡的世界注入更多稳定性和正能量，成为推动构建人类命运共同体事业中区域合作的重要典范。
