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


## The conclusion of the report.

conclusion-title = 结语
conclusion-p1 = 当前，世界百年变局加速演进，{ -china }同中亚国家的合作已成为亚欧大陆和平、稳定与繁荣的重要支柱。回顾历史，丝绸之路促成的千年互联互通，为双方奠定了深厚的文化和经济联系基础。今天，在新时代，双方在贸易、基础设施、能源、绿色发展、能力建设、人文交流和安全合作等领域取得的成就，彰显了{ -china }和中亚国家相互支持、共同发展的坚定决心。展望未来，中国—中亚合作站在新的历史起点上，以构建更加紧密的命运共同体为目标，承载着地区繁荣与全球发展的更大愿景。
conclusion-p2 = 中国—中亚合作的成功，源于以战略互信、利益交融和价值共鸣为基础的深度契合。这一伙伴关系不仅带来了经济上的互利共赢，也实现了地区安全和社会人文领域的多维协同。无论是穿越天山的铁路、点亮中亚的绿色能源项目，还是各国人民之间流淌的文化纽带，都是双方共同未来愿景的生动写照。这一区域合作模式打破了传统地缘政治的零和逻辑，为全球治理贡献了“中国—中亚方案”。
conclusion-p3 = 站在新的历史高点上，{ -china }和中亚国家将以更加开放的姿态、更加坚定的步伐携手前行，弘扬“中国—中亚精神”，朝着命运共同体目标迈进，谱写地区繁荣新篇章。双方合作将为动荡不安的世界注入更多确定性和正能量，在人类通往美好未来的道路上点亮希望的灯塔，为推动构建人类命运共同体作出更大贡献。
