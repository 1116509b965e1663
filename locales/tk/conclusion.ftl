### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# conclusion-title = Conclusion


# silkpress-sync: missing; translate and uncomment:
# conclusion-p1 = At a time when unprecedented global changes are accelerating, cooperation between { -china } and the Central Asian countries has become a key pillar of peace, stability, and prosperity across the Eurasian continent. Looking back, the thousand-year interconnection fostered by the Silk Road laid a solid foundation of cultural and economic ties between the two sides. Today, in the new era, achievements in trade, infrastructure, energy, green development, capacity building, cultural exchange, and security cooperation reflect the firm resolve of { -china } and Central Asian countries to support each other and pursue shared development. Looking ahead, China-Central Asia cooperation stands at a new historical starting point, with the goal of building a closer community with a shared future, carrying the broader vision of regional prosperity and global development.


# silkpress-sync: missing; translate and uncomment:
# conclusion-p2 = The success of China-Central Asia cooperation stems from deep synergy based on strategic mutual trust, shared interests, and resonant values. This partnership has yielded not only mutual economic benefits but also multidimensional coordination in regional security and socio-cultural spheres. Whether it is the railways crossing the Tianshan Mountains, the green energy projects lighting up Central Asia, or the cultural bonds flowing between peoples, all are vivid expressions of the shared future envisioned by both sides. This regional cooperation model breaks away from the zero-sum logic of traditional geopolitics and offers the world a “China-Central Asia approach” to global governance.


# silkpress-sync: missing; translate and uncomment:
# conclusion-p3 = Standing at this new historical high point, { -china } and the Central Asian countries will work together with greater openness and firmer steps, carry forward the China-Central Asia Spirit, pursue the goal of a community with a shared future to write a new chapter of regional prosperity. Their collaboration will inject greater certainty and positive energy into a turbulent world, light a beacon of hope on humanity’s path to a better future, and make greater contributions to building a community with a shared future for humanity.

