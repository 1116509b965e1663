### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# ch1-title = Chapter One: China-Central Asia Cooperation Has Yielded Fruitful Results


# silkpress-sync: missing; translate and uncomment:
# ch1-q1 = “Our cooperation is rooted in more than 2,000 years of friendly exchanges, cemented by solidarity and mutual trust cultivated through more than three decades of diplomatic ties, and taken forward via openness and win-win cooperation of the new era. Building on our collective efforts over the years, we have forged a China-Central Asia Spirit of ‘mutual respect, mutual trust, mutual benefit, and mutual assistance for the joint pursuit of modernization through high-quality development.’”


# silkpress-sync: missing; translate and uncomment:
# ch1-qa1 = — PRC President { -xi-jinping }


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-title = I. Economic and Trade Relations Continue to Strengthen


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p1 = In recent years, economic and trade cooperation between { -china } and the Central Asian countries has grown in volume and quality. { -china } has become Central Asia’s largest trading partner and a significant source of investment. Since the inaugural { -cca-summit } in 2023, { -china } has introduced a series of trade facilitation measures to ensure smooth trade flows with Central Asian countries, expand the supply of their products, and diversify the bilateral trade structure. As cooperation potential continues to be unlocked, trade volumes have reached new heights. In 2024, the total trade volume between { -china } and Central Asia reached USD 94.8 billion—an increase of USD 5.4 billion over the previous year, or 7.2 percent growth. This surge in trade volume represents a more than hundredfold increase from USD 460 million in the early days of diplomatic relations.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-h1 = Strategic Alignment at the Top Level


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p2 = A defining feature of China-Central Asia cooperation is its strategic-level alignment of key national development plans. All sides have worked to deepen synergy between the { -bri-short } and national strategies such as { -kazakhstan }’s “Bright Path” New Economic Policy, { -kyrgyzstan }’s <i>National Development Program to 2026</i>, { -tajikistan }’s <i>National Development Strategy to 2030</i>, { -turkmenistan }’s “Revival of the Silk Road” initiative, and { -uzbekistan }’s <i>Development Strategy for a New { -uzbekistan }, 2022-2026</i>. By aligning these strategies, the two sides have expanded practical cooperation across sectors and created a new, deeply complementary, mutually beneficial partnership framework. During the second { -cca-summit }, the six countries signed together a treaty on eternal good-neighborliness, friendship and cooperation to enshrine the principle of everlasting friendship in the form of law. This is a new landmark in the history of the relations between the six countries.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-h2 = Practical Cooperation Enters the “Fast Lane”


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p3 = As China-Central Asia cooperation continues to deepen, practical cooperation has accelerated significantly. Both sides are working to enhance the convenience of trade policies and improve investment policies' stability, fairness, transparency, and sustainability, making the economic, trade, and business environment increasingly attractive. As of December 2024, { -china }'s direct investment stock in Central Asian countries exceeded USD 17 billion, while the cumulative value of completed contracted projects surpassed USD 60 billion. These projects span a wide range of areas, including oil and gas extraction, connectivity infrastructure, manufacturing, and the digital economy.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p4 = In { -china }'s Xinjiang region, which shares mountains and rivers with Central Asia, customs clearance procedures at border ports with { -kazakhstan }, { -kyrgyzstan }, and { -tajikistan } have continued to improve, becoming faster and more efficient. The China-Kazakhstan Horgos International Border Cooperation Center—the first cross-border cooperation zone jointly built by the two countries—has served as a model of bilateral trade cooperation under the { -bri-short } since it began operations in 2012. Operated under the innovative “within the territory but outside the customs” model, the center exemplifies seamless cross-border collaboration.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p5 = Shaanxi Province, the historical starting point of the ancient Silk Road, is developing a bulk commodity trading hub focused on grains, fruits, and vegetables bound for Central Asia. It is also partnering with Central Asian countries to build international logistics hubs and parks jointly. To date, ten overseas warehouses have been established, and in 2024, trade between Shaanxi and Central Asia grew by 48.1%.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p6 = Xi'an International Port—the most significant international logistics hub in Northwest { -china }—has adopted RFID (radio-frequency identification) technology to reduce the assembly time for new energy vehicles and improve the efficiency of outbound China-Europe freight trains. Five to eight dedicated trains carrying these vehicles are dispatched monthly to Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p7 = From daily consumer goods and mechanical equipment to electronic devices, Chinese-made products are highly popular among Central Asian consumers. New export drivers known as the “three new items” (new energy vehicles, lithium batteries, and solar panels) have become the mainstay of { -china }'s exports to Central Asia. Meanwhile, Central Asian exports of energy products and agricultural goods to { -china } are rapidly increasing, enriching Chinese consumer options. { -china } has opened eight “green channels” to expedite customs clearance for farming and sideline products, fully covering highway ports and significantly boosting bilateral agricultural trade.


# silkpress-sync: missing; translate and uncomment:
# ch1-s1-p8 = Premium green agricultural products from Central Asia, such as Tajik lemons and Uzbek cherries, are entering the Chinese market at a growing pace, while Chinese specialties such as Hebei peaches and Yan'an apples are appearing on Central Asian dining tables for the first time. Xi'an Aiju Grain and Oil Group has fully used the complementarity between { -china } and Central Asian countries in agricultural cooperation by establishing and operating a one-million-ton grain and oil logistics and processing base in North { -kazakhstan }. The enterprise's equipment standards, technological expertise, and management experience have directly benefited local populations, achieving mutual benefit and win-win outcomes while enhancing regional food security. Thanks to the concerted efforts of both sides, the stability and efficiency of regional industrial and supply chains have been effectively safeguarded.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-title = II. Infrastructure Development Enhances Connectivity


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p1 = Connectivity remains one of the primary focuses of cooperation between { -china } and Central Asian countries. Both sides have leveraged Central Asia's unique geographical advantages to establish efficient "fast-track" channels for the movement of people and "green corridors" for the flow of goods. This transformation has helped turn Central Asia from a "landlocked region" into a "land-linked hub," reinforcing its pivotal role as a transportation bridge across the Eurasian continent. Such progress improves livelihoods and unlocks further potential for high-level connectivity between { -china } and Central Asia, including the Internet of Things.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p2 = Through early-stage cooperation under the { -bri-short }, { -china } and the Central Asian countries have accelerated the development of the China-Central Asia transportation corridor and worked to create a multidimensional, diversified regional connectivity network. A series of mutually beneficial infrastructure projects has taken root. One notable example is the completion of the Angren-Pap Railway Tunnel, the longest railway tunnel in Central Asia, constructed by { -china }. This project has ended { -uzbekistan }'s dependence on transport routes passing through neighboring countries and transformed the travel experience of tens of millions of people.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p3 = The China-Kyrgyzstan-Uzbekistan Highway, which traverses the Tianshan Mountains, and the China-Tajikistan-Uzbekistan Highway, which crosses the Pamir Plateau, are continuously weaving a denser transport network for goods trade between { -china } and Central Asia, bringing tangible benefits to people across the region.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p4 = On December 27, 2024, the China-Kyrgyzstan-Uzbekistan (CKU) Railway project was officially launched. The railway starts in Kashgar, Xinjiang, passes through { -kyrgyzstan }, and enters { -uzbekistan }, with potential future extensions to West and South Asia. Once completed, it will enhance the southern corridor of the New Eurasian Land Bridge, creating a convenient transportation route from East and Southeast Asia to Central Asia, West Asia, North Africa, and Southern Europe. The project will significantly lower international trade costs for participating Belt and Road countries and improve their integration into the global economy.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p5 = { -china } has signed intergovernmental air transport agreements with all five Central Asian countries, steadily advancing the liberalization of the air transport market. Air connectivity between Xi'an and Central Asia has grown from zero routes to full coverage across five countries and seven cities. Eight passenger routes linking { -china } to these Central Asian cities now operate stably, integrating { -china } and Central Asia's economic zones and enabling efficient industrial and social supply chain convergence.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p6 = China-Europe and China-Central Asia freight trains, running day and night, have played a vital role in maintaining smooth and stable international supply chains. On April 23, a China-Europe freight train comprising 55 containers carrying daily consumer goods and electronic components departed from Horgos Port in Xinjiang bound for Małaszewicze, Poland. This train marked the 3,000th China-Europe (Central Asia) freight train to pass through the Horgos rail port in 2024, reaching this milestone 27 days earlier than in 2023, with a year-on-year increase of 28.7%, setting a new record.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p7 = In total, { -china } operated 19,000 China-Europe freight trains in 2024, transporting 2.07 million TEUs (twenty-foot equivalent units), representing year-on-year increases of 10% and 9%, respectively. Meanwhile, 12,000 China-Central Asia freight trains were dispatched, carrying 880,000 TEUs—a year-on-year rise of 10% and 12%, respectively. Currently, { -china } Railway has scheduled 44 fixed China-Central Asia freight routes, contributing to developing a new international transportation corridor across Eurasia.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p8 = The Trans-Caspian International Transport Corridor originates in { -china } and runs through { -kazakhstan }, the Caspian Sea, Azerbaijan, and Georgia, extending to Türkiye and European countries. In July 2024, President { -xi-jinping } and President Kassym-Jomart Tokayev of { -kazakhstan } jointly attended, via video link from the Astana Presidential Palace, the inauguration ceremony of the China-Europe Trans-Caspian Express. For the first time, Chinese vehicles reached Caspian ports via direct road transportation, marking the formal establishment of a diversified, multimodal connectivity framework integrating road, rail, air, and pipeline transport.


# silkpress-sync: missing; translate and uncomment:
# ch1-s2-p9 = Several China-Europe freight train consolidation hubs are developing rapidly, creating a more efficient and convenient transportation network. In February 2024, the Xi'an Port Free Trade Company and { -kazakhstan } Temir Zholy Express jointly launched the { -kazakhstan } Xi'an Terminal. Over the year, it handled more than 150,000 tons of transshipped cargo, facilitating rapid distribution of Kazakh imports and exports via Xi'an and advancing { -kazakhstan }'s vision of building a China-based trade and logistics hub. With the official operation of China-Kazakhstan logistics center in Almaty this June, the "hub-to-hub" corridor will soon enter a new development phase.


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-title = III. Accelerated Cooperation Across the Full Energy Industry Chain


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-p1 = Central Asia is an important oil and gas production region, and its natural resource endowments and industrial structures are highly complementary to { -china }'s needs. In recent years, { -china } and Central Asian countries have adopted a mutually beneficial, win-win approach to build a diversified, secure, and efficient energy corridor, continuously expanding cooperation in energy, mineral resources, and other foundational sectors.


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-p2 = Chinese enterprises attach great importance to energy cooperation with Central Asian countries and have established long-term, stable partnerships with local government agencies and energy companies. As early as 1997, { -china } National Petroleum Corporation (CNPC) won the bid to develop the Aktobe Oilfield in { -kazakhstan }, marking the beginning of the China-Kazakhstan oil and gas cooperation. Over the years, AktobeMunaiGas has grown from producing just over 2 million tons of crude oil annually into a large-scale oil and gas enterprise with an annual oil and gas output exceeding 10 million tons. The company has built a complete upstream-to-downstream industrial chain encompassing oil and gas exploration and development, pipeline construction and operation, refining and petroleum trade, engineering technology and construction, equipment, and transport services, IT systems, and logistics support, creating over 20,000 local jobs.


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-p3 = A Chinese energy equipment manufacturer in { -tajikistan } built and commissioned the Dushanbe-2 thermal power plant, ending the capital's long-standing winter electricity shortages. In { -kyrgyzstan }, with Chinese support, the modernization of the Bishkek thermal power plant significantly increased its annual electricity output from 262 million kilowatt-hours to 1.74 billion, nearly doubling its heating capacity. In { -turkmenistan }, CNPC's Amu Darya natural gas project has achieved an oil and gas equivalent output of over 10 million tons per year and an annual gas supply capacity of 10 billion cubic meters. These and other major cooperative projects have not only taken root but flourished, steadily expanding the China-Central Asia oil and gas trade and realizing full-spectrum cooperation across the energy industry chain.


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-p4 = Through years of practical cooperation, the regional pipeline network has gradually matured. Traversing vast deserts, the China-Central Asia natural gas pipelines (Lines A, B, and C) are currently operational and connect with { -china }'s West-East Gas Pipeline Lines II and III. Construction of Line D is progressing rapidly, set to benefit people along the route. The China-Kazakhstan crude oil pipeline, { -kazakhstan }'s first international energy corridor directly linking it to the global market, has significantly advanced its efforts to diversify its energy exports.


# silkpress-sync: missing; translate and uncomment:
# ch1-s3-p5 = As the { -bri-short } continues to advance, energy cooperation between { -china } and Central Asian countries has deepened. These efforts have strengthened Central Asia's energy infrastructure, injected fresh momentum into both sides' economic and social development, and positively contributed to regional energy structure optimization and environmental sustainability.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-title = IV. Innovation-Driven Green Cooperation


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p1 = At present, fossil fuels still account for 95% of the total energy supply across the five Central Asian countries. Faced with intensifying climate change and the global trend toward energy transition, these countries are increasingly eager to pursue cooperation in renewable energy and green economy sectors. However, they face challenges due to limited financing, human resources, and technology, making their path toward green transformation difficult.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p2 = At the inaugural { -cca-summit }, { -china } and the five Central Asian countries reached several consensus agreements, including launching a China-Central Asia Green and Low-Carbon Development Initiative and enhanced cooperation in green development and climate action. As a steadfast supporter of Central Asia's green transformation, { -china } is leveraging its strengths in clean energy production and management to help unlock the region's immense potential for renewable energy development.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p3 = In early April 2025, the Bash and Zankeldi wind power projects in { -uzbekistan }, which were invested in, constructed, and operated with the participation of { -china } Southern Power Grid, officially began operation. They now constitute Central Asia's largest completed wind power project, expected to supply approximately 3 billion kilowatt-hours of clean electricity annually while reducing carbon dioxide emissions by 1.6 million tons.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p4 = An increasing number of Chinese enterprises are investing in green energy manufacturing and infrastructure across Central Asia. Projects such as the 100-megawatt photovoltaic power station in Navoi, { -uzbekistan }; the Zhanatas wind farm, Turgusun hydropower station, and Almaty photovoltaic station in { -kazakhstan }; and { -china } Huadian's Aktau gas turbine and Shelek solar projects—all demonstrate the deepening of China-Central Asia cooperation in new energy. These initiatives are not only delivering reliable and sustainable electricity but also driving industrial upgrades and creating substantial employment opportunities in host countries.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p5 = { -china } is also actively engaged in international cooperation with Central Asian countries in desertification control. The practical experience and scientific models developed in the "Three-North" shelterbelt region—spanning Ningxia, Inner Mongolia, and the Taklimakan Desert—have provided valuable lessons for Central Asian countries facing similar environmental challenges and opened up broad prospects for building a Green Belt and Road.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p6 = Located on the border between { -uzbekistan } and { -kazakhstan }, the Aral Sea was once the fourth-largest lake in the world. However, due to more than half a century of extensive land and water development, its surface area shrank from approximately 67,000 square kilometers in 1960 to just around 6,000 square kilometers by 2020. This drastic reduction has led to desertification, salinization, and biodiversity loss. In response to this ecological crisis, { -china } and the Central Asian countries have joined hands in comprehensive restoration efforts.


# silkpress-sync: missing; translate and uncomment:
# ch1-s4-p7 = In 2023, the Xinjiang Institute of Ecology and Geography under the Chinese Academy of Sciences signed an agreement on Aral Sea ecological management with the government of { -uzbekistan } and related institutions. A pilot demonstration project integrating water and fertilizer management through drip irrigation under plastic mulch was launched in Nukus, western { -uzbekistan }. That same year, the cotton yield achieved in the trial reached the highest level in the local area. Today, scientists from the Xinjiang Institute continue to screen salt- and drought-tolerant plant species in Muynak Town, located on the Aral Sea's desiccated shore, helping bring greenery back to the region.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-title = V. Supporting Central Asia in Building Endogenous Development Capacity


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-q1 = “{ -china }’s journey out of poverty shows that developing countries can overcome poverty with perseverance, a consistent vision, and an unyielding spirit. Even the weakest bird can take flight and soar. If { -china } can succeed, so can others.”


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-qa1 = — President { -xi-jinping }, speaking at the G20 Leaders’ Summit in Rio de Janeiro, November 2024.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p1 = Poverty is a persistent affliction of human society and a common global challenge. { -china }’s success in poverty alleviation has drawn worldwide attention and offers valuable experience for Central Asian countries. By shifting from traditional, one-way “blood transfusion” aid to a model of mutually reinforcing development through technology transfer, industrial upgrading, and talent cultivation, { -china } and Central Asia are now jointly building capacity for sustainable growth.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-h1 = Technology-based Poverty Reduction: Tailoring Innovation to Local Needs


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p2 = { -china } and Central Asia have engaged in broad scientific and technological cooperation for poverty reduction, adapted to regional characteristics and industrial bottlenecks. These efforts focus on agricultural modernization, energy transition, and infrastructure. During the { -cca-summit }, { -china } and { -uzbekistan } agreed to establish a Sub-Committee on Poverty Reduction under their Intergovernmental Cooperation Committee, { -china }’s first intergovernmental mechanism of its kind. Since its launch, the mechanism has significantly progressed in institutional development, personnel training, and experience-sharing. It has supported { -uzbekistan }’s socio-economic advancement and deepened the substance of bilateral cooperation. According to a joint assessment by { -uzbekistan }’s State Committee on Statistics and the World Bank, 719,000 people were lifted out of poverty in { -uzbekistan } in 2024, with the poverty rate dropping to 8.9%.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p3 = In recent years, Northwest A&F University has built eight overseas agricultural science and technology demonstration parks across Central Asia. These focus on crop breeding, pest and disease control, water-saving irrigation, veterinary medicine, saline-alkali land remediation, and food processing. In 2023, the China-Kyrgyzstan Demonstration Park for High-Quality Fruit Tree Breeding was established jointly by Northwest A&F University, Kyrgyz universities, and businesses. Addressing the region’s hot and arid summer conditions, Chinese experts developed improved rootstock-scion combinations with higher water-use efficiency, better survival rates, and significantly increased yields—helping local fruit farmers raise incomes and escape poverty.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-h2 = Enhancing Technical Skills and Talent Development to Build Endogenous Growth Capacity


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p4 = The Luban Workshop, named after the legendary Chinese craftsman Lu Ban, has become a new platform for international vocational education cooperation. Tailored to local development needs, Luban Workshops in Central Asia have created demand-driven training models to support regional poverty alleviation and industrialization.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p5 = { -kazakhstan } is the first country in Central Asia to import electric vehicles on a large scale, yet it faces a shortage of technicians trained in EV maintenance. In December 2023, { -kazakhstan } inaugurated its first Luban Workshop, offering courses in transportation equipment and technology and establishing four training zones dedicated to vehicle maintenance, fuel vehicle systems, new energy vehicles, and intelligent connected vehicles. In 2024, the workshop launched new curricula aligned with local labor market needs—such as “Automotive Transmission and Smart Control Technology” and “Advanced Driver-Assistance Systems (ADAS)” —and introduced an innovation-focused program on “Smart Transportation and Artificial Intelligence.” Graduates from the workshop are in high demand and have been recruited by leading Kazakh automotive, metallurgy, and mining enterprises. In July 2024, { -china } announced plans to open a second Luban Workshop in { -kazakhstan } to cultivate talent for the country’s growing AI industry.


# silkpress-sync: missing; translate and uncomment:
# ch1-s5-p6 = Luban Workshops also promote integrating education and industry through “Chinese language + vocational skills” dual-track training. Significant local job opportunities are emerging with the growth of Chinese-invested enterprises across Central Asia under the { -bri-short }. This dual-track education model—offered through short-term training, non-degree programs, and academic degree courses—effectively improves local workforce capabilities, eases employment bottlenecks for enterprises, and contributes to regional development by addressing livelihood needs through job creation.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-title = VI. Mutual Learning Among Civilizations: Strengthening Spiritual Bonds


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p1 = Over two thousand years ago, Chinese civilization from the Central Plains first engaged deeply with Central Asian civilizations through the ancient Silk Road. This encounter established a reciprocal and symbiotic cultural exchange paradigm, laying the foundation for mutual recognition and serving as a cultural bedrock for contemporary dialogue. Today, civilizational exchanges between { -china } and Central Asian countries are deepening, carrying forward the legacy of the Silk Road while injecting new vitality into building a community with a shared future for humankind.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-h1 = Millennia of Friendship, Carried on Through the Fragrance of Traditional Medicine


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p2 = Since the opening of the Silk Road, traditional Chinese medicine (TCM) has spread to Central Asia along trade routes, gradually integrating with local medical traditions. The <i>Xi’an Declaration of the { -cca-summit }</i> explicitly called for “establishing TCM centers, advancing cooperation in herbal cultivation and processing, and building a ‘Healthy Silk Road.’” In recent years, { -china } and Central Asian countries have developed a comprehensive cooperation network in traditional medicine—encompassing healthcare, education, and scientific research—through a series of practical projects. TCM has become an essential bridge of mutual understanding between the peoples of { -china } and Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p3 = In March 2023, the Fourth Affiliated Hospital of Xinjiang Medical University (Xinjiang Traditional Chinese Medicine Hospital), in partnership with the Xinjiang Technical Institute of Physics and Chemistry under the Chinese Academy of Sciences, established the region's first "Traditional Chinese Medicine Treatment and Training Center" in Tashkent, { -uzbekistan }. The center has promoted including 14 TCM practices—such as acupuncture and tui na—into the local healthcare system. In September of the same year, the hospital won the national-level bid to establish the China-Uzbekistan Traditional Chinese Medicine Center. The following month, TCM became a required course in the traditional medicine undergraduate program at Tashkent State Medical University—marking the first time TCM education has been fully integrated into Central Asia's higher education system, laying the foundation for training a local TCM workforce.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-h2 = Cultural Bridges Foster People-to-People Bonds


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p4 = Tourism and culture years and art festivals of Central Asian countries are very popular in { -china }. Chinese films and TV dramas, such as <i>Min-Ning Town</i> and <i>To the Wonder</i>, have become great hits in Central Asia. To implement the consensus the heads of state reached, { -china } and { -turkmenistan } held reciprocal Culture Years in 2023 and 2024, underscoring their shared commitment to deepening cultural cooperation. Both countries are rich in cultural heritage and long-standing historical ties. Through dance, vocal music, opera, and other art performances, they showcased the charm of their respective traditions and promoted deep cultural integration.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p5 = Nowruz is a traditional festival celebrated across Central Asia. In March 2025, a performing arts troupe from Samarkand, { -uzbekistan }, presented a lively Nowruz celebration at the Silk Road Joy World in Xi'an, using music, dance, and cuisine to express friendship and cultural exchange. In April, the Consulate General of { -kazakhstan } in Xi'an hosted a Nowruz celebration featuring mini-football matches, traditional games, talent competitions, and Kazakh music and dance performances. The festivities promoted national heritage, strengthened people-to-people ties, and encouraged multilateral cultural dialogue.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-h3 = Silk Road Tourism: Efforts to Reach Out to Each Other


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p6 = Tourism between { -china } and Central Asian countries is thriving. With abundant cultural and natural resources, geographical proximity, and complementary market needs, the two sides are building a balanced and reciprocal tourism ecosystem that supports the broader vision of a regional community of shared future. Policy coordination, resource sharing, and market integration are driving sustained momentum.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p7 = Central Asia is one of the fastest-growing and most promising regions for inbound tourism to { -china }, while { -china } is a significant source of outbound tourists for Central Asia. All five Central Asian countries have been incorporated into { -china }'s outbound tourism destinations list. To boost cross-border travel, they have adopted visa facilitation measures: { -uzbekistan } has offered Chinese tourists a ten-day visa-free stay since 2021; in November 2023, { -china } and { -kazakhstan } implemented mutual visa exemptions allowing 30-day stays; { -kyrgyzstan } and { -tajikistan } have introduced e-visa systems to streamline entry. On June 1, 2025, the <i>Agreement between the Government of the People's Republic of { -china } and the Government of the Republic of { -uzbekistan } on Mutual Visa Exemption</i> officially entered into force, making travel even more convenient for citizens of both countries.


# silkpress-sync: missing; translate and uncomment:
# ch1-s6-p8 = With the support of promotional events like tourism fairs and themed exhibitions, both sides have continued to raise the visibility of their tourism brands and boost cross-border appeal. 2024 was designated the “{ -kazakhstan } Tourism Year in { -china }.” Thanks to the mutual visa exemption, two-way travel saw a significant leap—Chinese tourism to { -kazakhstan } increased by over 50%, and Kazakh tourism to { -china } grew by 31%. On May 29, 2025, the China-Central Asia People-to-People Tourism Express Train was launched, creating a new cultural corridor across Eurasia and further enriching the depth of connectivity and people-to-people exchange.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-title = VII. Peace and Security: Laying the Foundation for Development


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p1 = At the inaugural { -cca-summit } on May 19, 2023, President { -xi-jinping } emphasized safeguarding the sovereignty, security, independence, and territorial integrity of Central Asian countries, respecting the development paths independently chosen by the people of Central Asia, and supporting the region's pursuit of peace, harmony, and stability.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p2 = The <i>Xi'an Declaration</i> adopted at the summit reaffirmed the importance of maintaining national security, political stability, and constitutional order. All parties resolutely opposed the subversion of legitimate governments and the instigation of “color revolutions” and rejected all forms and pretexts of interference in other countries' internal affairs. The parties strongly condemned terrorism, separatism, and extremism in all forms, expressed willingness to jointly combat the “three forces,” drug trafficking, transnational organized crime, and cybercrime, and agreed to strengthen exchanges on security for major projects and events to ensure the safe and stable operation of strategic cooperation initiatives.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p3 = In recent years, aiming to build a shared security community, { -china } and the Central Asian countries have pursued all-round, multi-tiered cooperation in maintaining regional peace and stability. Through practical steps such as joint counterterrorism operations, strengthening multilateral mechanisms, and promoting innovative security governance, the two sides have deepened cooperation in border control, cyber counterterrorism, and joint law enforcement, fortifying the regional security shield and injecting strong momentum into long-term peace.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p4 = In September 2024, the first China-Central Asia Ministers of Public Security and Internal Affairs Meeting Mechanism was launched in Lianyungang. The parties reached multiple agreements on combating transnational crime, extremism, and cybercrime and established regular information-sharing and joint operation mechanisms. That same month, the Conference of Presidents of the Supreme Courts of { -china } and Central Asian Countries was held in Urumqi, Xinjiang. The parties reached a consensus on cross-border judicial cooperation and counterterrorism, with { -uzbekistan } and { -kazakhstan } sharing experiences in legislation and law enforcement, paving the way for a new pattern of regional counterterrorism collaboration.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p5 = In April 2025, the Sixth Meeting of China-Central Asia Foreign Ministers voiced support for the establishment of a { -sco } ({ -sco-short }) Anti-Drug Center in Dushanbe and its coordination with the Central Asian Regional Information and Coordination Center for combating drugs, thus strengthening joint drug interdiction efforts and the fight against transnational crime.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p6 = At the same time, { -china } and Central Asian countries have been institutionalizing their law enforcement and security cooperation, conducting regular bilateral and multilateral joint drills and border patrols to minimize the operating space of the “three forces” and safeguarding shared security interests and regional peace.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p7 = Xinjiang, { -china }’s northwestern region, shares natural borders with Central Asia. Since the { -cca-summit }, Xinjiang has actively strengthened cross-border law enforcement cooperation with neighboring countries, reinforcing the border security line and jointly maintaining regional peace and stability. Given the complex geography and management challenges of { -china }’s borders with { -kazakhstan }, { -kyrgyzstan }, and { -tajikistan }, local governments and relevant departments on both sides have explored new cooperative models.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p8 = In November 2024, the first meeting of the China-Kazakhstan Horgos International Border Cooperation Center Local Coordination Mechanism was held in Horgos, Xinjiang. The two sides discussed the center’s high-quality development, enhanced local cooperation, and issues such as infrastructure development, cross-border tourism, market regulation, plant and animal quarantine collaboration, and joint crime prevention. The meeting concluded with the signing of the <i>Meeting Minutes of the First China-Kazakhstan Horgos Border Cooperation Center Local Coordination Mechanism</i> and a memorandum on establishing a cross-border tourism cooperation zone.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p9 = In January 2025, the inaugural meeting of the China-Kazakhstan Joint Border Committee was held in Beijing. The two sides formally launched the committee, adopted its charter, and praised the progress of the <i>Agreement on Border Management Systems</i>. Both sides affirmed the stable and clearly defined China-Kazakhstan border and the friendly, peaceful state of affairs in adjacent regions. They agreed to use the committee as a platform to enhance border governance and cooperation further and contribute to developing a permanent, comprehensive strategic partnership.


# silkpress-sync: missing; translate and uncomment:
# ch1-s7-p10 = Today, a stable, unified, and peaceful Central Asia is rapidly taking shape, making a substantial contribution to regional security and laying a more solid foundation for building a closer China-Central Asia community of shared future. In March 2025, { -kyrgyzstan }, { -tajikistan }, and { -uzbekistan } signed a treaty on the demarcation of their tripoint border, fully resolving lingering territorial issues and setting an example for promoting regional peace, stability, and prosperity.

