### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# report-title = { -report-name }


# silkpress-sync: missing; translate and uncomment:
# report-subtitle = Achievements, Opportunities and Prospects for Regional Cooperation


# silkpress-sync: missing; translate and uncomment:
# report-publisher = { -xinhua-institute }

