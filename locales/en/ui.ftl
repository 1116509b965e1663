### Locale: en (English) · script: Latn · direction: ltr
### This is the source locale: every other locale translates these messages.
###
### Conventions for translators:
### - Message IDs are structural (ch1-s2-p3 = chapter 1, section 2, paragraph 3; -h = sub-heading,
###   -q = block quote, -qa = its attribution, -li = list item). Never rename them.
### - Recurring names are terms defined in terms.ftl ({ -bri }, { -china } …): use them.
### - Inline markup: <i>…</i> italic (titles of documents, films, books), <b>…</b> bold.
###   Any other tag, or an unclosed one, is an error.


## Interface strings the renderers show around the text.

# The language’s name in the language itself (for the language switcher).
ui-language-name = English
# Title of the generated table of contents.
ui-toc-title = Contents
# Page label; $page is the page number.
ui-page = Page { $page }
# Running header on body pages.
ui-running-header = { -report-name }
# Label of the language switcher in HTML.
ui-languages = Languages
# Label of the table-of-contents navigation landmark in HTML.
ui-toc-nav = Table of contents
# Label of the link that skips the language switcher and the contents in HTML.
ui-skip-link = Skip to the text
