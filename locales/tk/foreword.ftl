### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# foreword-title = Foreword


# silkpress-sync: missing; translate and uncomment:
# foreword-p1 = Located at the heart of the Eurasian continent, Central Asia shares mountains and rivers with { -china } and is closely bound to it, like lips to teeth. This land, where diverse civilizations have long converged, is home to a mosaic of ethnic groups and customs. It has served as a vital crossroads of transcontinental exchange—and a crucible of human civilization.


# silkpress-sync: missing; translate and uncomment:
# foreword-p2 = Looking back at history, the peoples of { -china } and Central Asia jointly contributed to the rise and flourishing of the Silk Road, together writing a storied chapter of enduring exchanges: “Couriers raced along the routes without pause, and merchants from faraway lands arrived daily at the frontier.”


# silkpress-sync: missing; translate and uncomment:
# foreword-p3 = In the new era, { -china } and Central Asia have become good neighbors, friends, partners, and brothers who share a common destiny. Together, they have opened a new chapter of amity, stability, and prosperity across the Eurasian landmass. The six countries have forged the China-Central Asia Spirit, offering a model of regional cooperation to the world.


# silkpress-sync: missing; translate and uncomment:
# foreword-p4 = Since Chinese President { -xi-jinping } proposed the { -bri } ({ -bri-short }) in 2013, { -china } and the Central Asian countries have worked hand in hand to fully revive the Silk Road and build a future-oriented partnership of deep cooperation. Their relations have entered a new era of development and now stand at an unprecedented historical high. President Xi has made twelve visits to Central Asia, covering all five nations, forging close personal friendships with each country’s leadership. The virtual summit commemorating the 30th anniversary of diplomatic ties and the inaugural { -cca-summit } stand as two new milestones in the history of China-Central Asia relations. With a shared commitment to serving the interests of their peoples and building a brighter future, { -china } and the Central Asian countries have made the historic choice to create an even closer China-Central Asia community of shared future—demonstrating their determination to elevate cooperation to a higher level, with higher standards and greater quality.


# silkpress-sync: missing; translate and uncomment:
# foreword-p5 = The recently concluded Second { -cca-summit } marks a new starting point for China-Central Asia cooperation. At this significant juncture, this report presents a comprehensive review of the essential achievements, emerging opportunities, and shared challenges in this new era while offering a forward-looking analysis of prospects.


# silkpress-sync: missing; translate and uncomment:
# foreword-p6 = According to the report, cooperation between { -china } and Central Asia in the new era has yielded substantial results in seven key areas: trade and economic exchanges, infrastructure connectivity, energy collaboration, emerging sectors, development capacity building, mutual learning among civilizations, and peace and security. { -china }’s high-quality development, high-standard opening-up, and the new wave of technological and industrial transformation are creating major opportunities for China-Central Asia cooperation. At the same time, the partnership faces risks and challenges stemming from unilateralism, protectionism, geopolitical tensions, and non-traditional security threats.


# silkpress-sync: missing; translate and uncomment:
# foreword-p7 = Looking ahead, the report points out that future China-Central Asia cooperation should be guided by the vision of building a community with a shared future for humanity and the three major global initiatives—the { -gdi }, the { -gsi }, and the { -gci }. It should uphold the principles of mutual support, common development, universal security, and everlasting friendship. Together, the two sides should work to strengthen the foundation of a regional community of a shared future, open a new chapter of regional prosperity, build a shared shield for security and stability, and compose a new symphony of people-to-people connectivity.


# silkpress-sync: missing; translate and uncomment:
# foreword-p8 = We firmly believe that China-Central Asia cooperation in the new era will bring greater development and well-being to the peoples of the region, inject more stability and positive energy into an increasingly volatile world, and serve as an essential model of regional cooperation in the broader cause of building a community with a shared future for humanity.

