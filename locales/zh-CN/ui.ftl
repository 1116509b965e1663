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


## Interface strings the renderers show around the text.

# The language's name in the language itself (for the language switcher).
ui-language-name = 简体中文
# Title of the generated table of contents.
ui-toc-title = 目录
# Page label; $page is the page number.
ui-page = 第{ $page }页
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = 语言
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = 目录导航
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = 跳到正文
