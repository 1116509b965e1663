### Locale: en (English) · script: Latn · direction: ltr
### This is the source locale: every other locale translates these messages.
###
### Conventions for translators:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Recurring names are terms defined in terms.ftl ({ -bri }, { -china } …): use them.
### - Inline markup: <i>…</i> italic (titles of documents, films, books), <b>…</b> bold.
###   Any other tag, or an unclosed one, is an error.


## Front matter: the cover page.

report-title = { -report-name }
report-subtitle = Achievements, Opportunities and Prospects for Regional Cooperation
report-publisher = { -xinhua-institute }
