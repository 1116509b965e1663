### Locale: en (English) · script: Latn · direction: ltr
### This is the source locale: every other locale translates these messages.
###
### Conventions for translators:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Recurring names are terms defined in terms.ftl ({ -bri }, { -china } …): use them.
### - Inline markup: <i>…</i> italic (titles of documents, films, books), <b>…</b> bold.
###   Any other tag, or an unclosed one, is an error.


## Terms: recurring names. Each locale defines each once; messages reference them.
## Terms may take case/variant parameters in inflected languages, e.g. { -china(case: "gen") }.

-bri = Belt and Road Initiative
-bri-short = BRI
-sco = Shanghai Cooperation Organization
-sco-short = SCO
-cca-summit = China-Central Asia Summit
-china-europe-railway-express = China-Europe Railway Express
-gdi = Global Development Initiative
-gsi = Global Security Initiative
-gci = Global Civilization Initiative
-xi-jinping = Xi Jinping
-xinhua-institute = Xinhua Institute
-china = China
-kazakhstan = Kazakhstan
-kyrgyzstan = Kyrgyzstan
-tajikistan = Tajikistan
-turkmenistan = Turkmenistan
-uzbekistan = Uzbekistan

## The report title as cited in running text and headers.

-report-name = Championing the China-Central Asia Spirit
