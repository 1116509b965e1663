### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# ch2-title = Chapter Two: Opportunities and Challenges in China-Central Asia Cooperation


# silkpress-sync: missing; translate and uncomment:
# ch2-q1 = “{ -china } is building a great modern socialist country in all respects and advancing the great rejuvenation of the Chinese nation on all fronts through Chinese modernization. No matter how the international situation changes, { -china } will remain unwavering in opening up to the outside world, and embrace higher-quality cooperation with Central Asian countries to deepen the integration of interests and achieve common development.”


# silkpress-sync: missing; translate and uncomment:
# ch2-qa1 = — PRC President { -xi-jinping }


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-title = I. New Opportunities and New Horizons Brought by { -china }’s High-Level Opening-Up


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p1 = At present, the momentum for global economic growth is waning. In particular, since the beginning of this year, the international environment has become increasingly volatile, marked by rising unilateralism and trade protectionism and a disrupted global industrial and supply chain layout—all of which have cast a shadow over the prospects for international trade.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p2 = In the face of this complex and challenging external environment, { -china } has remained steadfast in managing its own affairs and in advancing high-level opening-up. Throughout this process, { -china } has consistently regarded Central Asia as a key direction in its neighborhood diplomacy. It has worked with Central Asian countries to expand the pie of mutual benefit, injecting stability into the regional economy and setting an example for peaceful coexistence and win-win cooperation among nations worldwide.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p3 = { -china } is the world’s largest developing country and has consistently contributed the most to global economic growth annually. In 2024, { -china }’s GDP surpassed 130 trillion yuan, with its contribution to global economic growth remaining around 30 percent—ranking first among major economies. { -china } boasts a vast market as the world’s second-largest economy and one of the most important sources of international investment. In steadily advancing Chinese modernization, it has not only delivered development dividends to countries in the region and beyond, boosting the global economy but also offered new theories and models for modernization to emerging economies and developing countries at large.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p4 = Chinese modernization places a strong emphasis on high-quality development, with a focus on innovation-driven growth, green transformation, and coordinated progress. { -china } has made sustained investments in areas such as scientific and technological innovation, yielding remarkable results and supporting the development of telecommunications industries in Central Asian countries. For example, { -china }’s Huawei has established a digital center in { -kazakhstan }, introducing ICT infrastructure that lays the groundwork for the growth of new business models such as e-commerce and mobile payment systems. { -china }'s experience in new energy development, desertification and saline-alkali land management, sand control, and water-saving irrigation offers valuable insights for Central Asia. By "teaching people how to fish," { -china } can continue assisting Central Asian countries in building large-scale solar and wind power plants, helping optimize their energy structures, and promoting ecological governance and green, sustainable development across the region.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p5 = In a global climate of rising protectionism, { -china } remains committed to advancing high-level opening-up, serving as both a "stabilizing anchor" and a "driving force" for the world economy. The number of items on { -china }'s national negative list for foreign investment has been reduced from 190 to merely 29 nationwide and 27 in pilot free trade zones, with all restrictions in the manufacturing sector lifted. These opening-up measures have created favorable conditions for multinational companies to invest in { -china }. Central Asian enterprises leverage this opportunity by investing in factories or engaging in trade cooperation, tapping into { -china }'s vast market and promoting economies of scale. Platforms such as the { -china } International Import Expo, the { -china } Import and Export Fair (Canton Fair), and the Silk Road International Expo have provided Central Asian companies with excellent opportunities to showcase their products and expand their market reach. Signature products such as { -uzbekistan }'s handmade carpets and { -kyrgyzstan }'s specialty dried fruits can now reach global buyers directly, enhancing international brand recognition and market share and strengthening ties with global industrial and supply chains.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p6 = { -china }'s economy is built on solid foundations, boasts numerous advantages, demonstrates strong resilience, and holds vast potential. The underlying conditions and long-term trend of steady growth remain unchanged. { -china } possesses the full range of industries listed in the United Nations' industrial classification, with a comprehensive and flexible industrial chain capable of supporting various products' production and auxiliary needs. Moreover, { -china } and the Central Asian countries have highly complementary industrial structures, offering ample room for coordinated development of industrial and supply chains.


# silkpress-sync: missing; translate and uncomment:
# ch2-s1-p7 = In the energy sector, Central Asian countries are essential suppliers, while { -china } excels in energy exploration and development technologies, equipment manufacturing, and energy-related chemical industries. There is broad scope for deepening cooperation—from upstream oil and gas exploration and development to midstream energy pipeline construction and operation and downstream petrochemical production—toward building a complete and efficient energy industry chain together.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-title = II. Enormous Potential in New Areas of Cooperation, such as Green and Digital Development


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p1 = As a new round of scientific and technological revolutions and industrial transformations gather pace and regional cooperation mechanisms deepen, { -china } and Central Asian countries are accelerating cooperation in diverse and emerging fields to achieve collaborative innovation and development.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-h1 = Green Cooperation for Sustainable Development.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p2 = { -china } and the five Central Asian countries share similar needs and aligned visions for green development. In recent years, stable political relations, smooth economic and trade cooperation, and a solid foundation in traditional energy collaboration have laid the groundwork for deeper cooperation in green transition. Central Asia is rich in water resources, primarily { -tajikistan }, { -kyrgyzstan }, and { -kazakhstan }. Notably, { -tajikistan }'s technically exploitable hydropower potential is about 55 GW—more than half of the region's total. Wind energy resources are concentrated in { -kazakhstan }, where current development is still limited, with installed wind power capacity only around 1.2 GW, suggesting vast potential for future growth. Additionally, Central Asian countries have abundant deposits of strategic minerals like cobalt, lithium, silicon, and tungsten, which are critical for clean energy technologies and hold tremendous development prospects.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p3 = With Central Asian countries increasing support for green transition, rising electricity demand, and growing needs for transition minerals, { -china } can offer essential investment and technological support. As the world's largest country in terms of installed renewable energy capacity—ranking first for years in hydro, solar, and wind power—{ -china } is advancing modernization under high environmental standards. In 2024, { -china } Energy Engineering Group's overseas subsidiary completed the grid connection of a 1 GW solar power project in { -uzbekistan }. { -china }'s hydropower and wind power projects in { -kazakhstan } now exceed 1,000 MW in installed capacity. With its extensive experience, cutting-edge technologies and equipment, and a complete renewable energy industry chain, { -china } is well-positioned to provide equipment and technical services for renewable energy development in Central Asia. The two sides can deepen cooperation across the entire clean energy industry chain, explore new models that integrate industrial and investment cooperation in clean energy, and support the modernization and intelligent upgrading of green infrastructure in Central Asia—taking China-Central Asia green cooperation to new depths.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p4 = In the cultural domain, visa facilitation measures and a steady rise in flight frequency have created more opportunities for people-to-people exchanges between { -china } and Central Asian countries. With long histories and distinct cultural traditions on both sides, { -china } and Central Asia possess highly complementary tourism resources, and tourism demand is expected to keep growing. As cooperation in education deepens, Central Asian students will have more opportunities to study in { -china }. In line with the progress of bilateral cooperation and the development needs of Central Asian countries, more Luban Workshops will be established across the region to support the training of skilled professionals. Establishing these workshops will deepen vocational education collaboration and further promote cultural exchange and mutual understanding between people. The number of sister cities between { -china } and Central Asia reach the milestone of 100 pairs.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-h2 = Digital Cooperation to Empower Economic Growth.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p5 = In recent years, Central Asian countries have launched digital development strategies to expand mobile payment coverage, boost e-commerce and data finance, and foster diversified economic growth. Per capita GDP in the region has seen significant increases. With over 60 percent of the population under 30, the area is shifting from basic to quality-oriented consumption. Central Asia's e-commerce market is expanding rapidly: in { -kazakhstan }, the domestic e-commerce platform Kaspi has 13.5 million monthly active users, covering 70 percent of the population; in { -uzbekistan }, mobile payment penetration rose from 12 percent to 58 percent in just three years. It is estimated that the Central Asian e-commerce market will exceed $30 billion over the next five years, with a compound annual growth rate of 28 percent—underscoring its dynamic growth potential.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p6 = With the digital upgrading of the { -china-europe-railway-express } and the continuous expansion of overseas warehousing and logistics networks, { -china } and Central Asian countries are engaging in cross-border e-commerce and digital economy cooperation under the frameworks of the joint development of the 21st-Century Digital Silk Road, China-Central Asia cooperation mechanisms, and the { -sco }. Nearly 300 Central Asian enterprises have joined Chinese e-commerce platforms, while Chinese companies are also accelerating their entry into Central Asian platforms such as Kaspi. New business models such as “e-commerce + cross-border livestreaming” are booming, with annual cross-border livestreaming transactions reaching hundreds of millions of yuan. In 2022, China-Central Asia cross-border e-commerce trade grew by 95 percent year-on-year, and high-quality products from both sides are entering each other's markets at an accelerated pace. Despite the rising consumer demand for digital economy services in Central Asia, the region still faces challenges such as uneven levels of digital development, underdeveloped digital infrastructure and supporting logistics networks, and lagging regulatory capacity in digital technology and finance. { -china } and the Central Asian countries enjoy broad prospects for cooperation in aligning cross-border data flow standards, improving the digital business environment, jointly building regional clearing networks, streamlining payment processes, and advancing new digital infrastructure and cross-border logistics projects to promote the robust development of cross-border e-commerce and the digital economy.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-h3 = Agricultural Cooperation for Mutual Benefit.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p7 = Agriculture is a vital sector for both { -china } and Central Asian countries and a key component of China-Central Asia cooperation. At the virtual summit marking the 30th anniversary of diplomatic ties between { -china } and the five Central Asian countries, Chinese President { -xi-jinping } stated, “{ -china } is willing to open its vast market to Central Asian countries, import more high-quality goods and agricultural products, continue to hold the China-Central Asia Economic and Trade Cooperation Forum, and work to raise trade volume between { -china } and Central Asian countries to $70 billion by 2030.” The two sides have highly complementary agricultural production structures and broad market space. Bilateral agrarian trade between { -china } and the five Central Asian countries grew from $69 million in 2001 to $2.875 billion in 2023—a more than fortyfold increase.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p8 = Currently, amid economic transformation and a new wave of scientific and technological advancement, { -china } and the Central Asian countries are exploring new models for agricultural cooperation, building on a solid foundation to unlock new growth potential. There is vast room for green agricultural production driven by technological collaboration. Platforms such as the { -sco-short } Agricultural Base and the Central Asia Agricultural Research Center of the Chinese Academy of Agricultural Sciences have been jointly established to deepen bilateral collaboration. { -china } holds substantial advantages in agricultural science and technology cooperation, particularly in dryland farming, cultivation techniques, water-saving irrigation, saline-alkali land improvement, and pest control, which can help Central Asian countries enhance grain productivity and advance agricultural energy transition. In addition, digitalization is rapidly taking hold in Central Asia, creating enormous potential for smart agriculture. By 2025, the number of agricultural IoT devices in the region is expected to exceed 2 million, with the smart agriculture market projected to reach $3 billion. Developing cross-border e-commerce for farm products and using big data and cloud computing to build digital platforms and applications for agricultural trade will create new opportunities for regional agricultural value chains and product flows. These efforts will not only safeguard regional food supply chains but also significantly boost agrarian incomes. From now on, strengthening agricultural cooperation between { -china } and Central Asia will effectively improve agricultural science and technology, promote the transformation from traditional to modern agriculture, and ensure national food security. It will also facilitate the flow of scientific and technological resources and play a vital role in achieving sustainable regional development.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-h4 = Unlocking the Untapped Potential of the Cultural and Tourism Industries.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p9 = People-to-people exchanges have always been vital to China-Central Asia cooperation and form the public foundation for advancing bilateral relations. Cooperation in the tourism sector between { -china } and Central Asian countries is entering a new phase, driven by a range of favorable factors opening up new cultural and tourism development opportunities. Policy incentives are gradually taking effect as { -china } and the five Central Asian countries steadily move toward mutual visa exemption, further lowering barriers to travel. Countries such as { -kazakhstan } and { -uzbekistan } are also increasing investment in tourism infrastructure and improving travel convenience to enhance their appeal to international tourists. Cross-border cooperation mechanisms are maturing. The inaugural { -cca-summit } called for strengthened tourism cooperation frameworks, joint development of cross-border tourism routes, and the establishment of the “{ -china } Xinjiang-Central Asia Tourism Cooperation Alliance” to promote resource integration. Both “soft connectivity” and “hard connectivity” are steadily improving. Chinese airlines are expanding routes to Central Asian countries, with cities such as Urumqi, Beijing, Xi’an, and Chengdu now operating flights to Central Asian capitals.


# silkpress-sync: missing; translate and uncomment:
# ch2-s2-p10 = Meanwhile, special cultural and tourism trains targeting Central Asian markets are also being launched. Tourism cooperation between { -china } and Central Asia is distinctive and highly complementary. Both sides share deep historical ties through the revival and prosperity of the Silk Road. They are rich in natural landscapes and unique cultural traditions, making them mutually attractive travel destinations. Innovation in cultural and tourism offerings and upgrading market demand further accelerate this trend. E-commerce and social media platforms are becoming key arenas for tourism promotion, increasingly drawing younger generations to participate in such events as international music festivals, food festivals, and cross-border shopping centers, fostering deeper people-to-people interactions.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-title = III. Regional Cooperation Unlocks Broader Geoeconomic Advantages


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p1 = Central Asia occupies a strategic core position on the Eurasian continent. Historically, it served as a hub along the ancient Silk Road, facilitating trade and cultural exchange between East and West. In the new era, regional cooperation between { -china } and the Central Asian countries has continued to deepen through mechanisms such as the China-Central Asia cooperation framework, the { -bri-short }, and the { -sco }. These efforts have significantly enhanced Central Asia's geoeconomic advantages and extended their influence to surrounding regions—including the Caspian Sea, the Black Sea, the Middle East, South Asia, and the Balkans—through improved connectivity, industrial coordination, and multilateral collaboration. This expanding influence is reshaping the regional economic geography and providing Central Asian countries with strategic opportunities to integrate into the global economy, injecting fresh momentum into Eurasian prosperity.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-h1 = Wider Expansion of Connectivity.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p2 = Through infrastructure development and logistics network upgrades, China-Central Asia cooperation has dramatically elevated the region's role as a transportation hub across Eurasia, extending its connectivity advantages to a broader geographic area. The launch of the China-Europe Caspian Sea Express marks an upgrade from traditional bilateral trade corridors to a multimodal transport network covering the Caspian Sea, the Black Sea, and the Balkans. This transformation has positioned Central Asia as a transit hub for Chinese goods entering European and Middle Eastern markets. The commencement of the China-Kyrgyzstan-Uzbekistan railway, linking Kashgar in Xinjiang to { -kyrgyzstan } and { -uzbekistan }, will not only help reduce logistics costs for Central Asian countries but also connect to logistics networks in the Middle East and South Asia—forming a corridor that links West Asia, South Asia, and Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-h2 = Cross-Regional Coordination of Industrial Networks.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p3 = Through industrial collaboration, China-Central Asia cooperation is gradually forming an economic network that spans the Eurasian continent, delivering substantial geoeconomic dividends to Central Asian countries. In the energy sector, the construction of the China-Central Asia natural gas pipeline and the China-Kazakhstan crude oil pipeline has not only diversified energy export channels for Central Asian countries but also facilitated technology transfer and industrial chain expansion, benefiting the Caspian and Middle Eastern regions. For example, the modernization of the Shymkent refinery in { -kazakhstan } has enabled the production of high-grade fuel, meeting domestic demand while also making exports to the Black Sea and Balkan countries possible via the Trans-Caspian Corridor. This extension of the energy industry chain has enhanced Central Asia's export capacity and strengthened its position in the global energy market. The rise of the digital economy and cross-border e-commerce will further expand the geographic scope of industrial coordination. For instance, high-quality agricultural products from Central Asia can now reach South Asian and Middle Eastern markets through Chinese e-commerce platforms, deepening regional integration and broadening economic opportunities.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-h3 = The Global Significance of Geoeconomic Transformation and Upgrading


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p4 = China-Central Asia cooperation, with its expanding influence across the Eurasian continent, has elevated the global geoeconomic significance of Central Asian countries. First, this cooperation is reshaping the economic geography of Eurasia's core. Through enhanced connectivity and collaboration, Central Asian countries are transforming from traditional geopolitical "buffer zones" into strategic hubs within the global supply chain. They are poised to become logistics centers linking { -china }, Europe, the Middle East, and South Asia, unlocking vast industrial upgrading and economic development potential.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p5 = Second, this cooperation will markedly strengthen the economic resilience and international influence of Central Asian countries. By diversifying development across sectors such as energy, agriculture, and the digital economy, Central Asian countries will not only expand their presence in global trade and investment but also reduce their dependence on single markets or resource exports. This sectoral diversification and broader global engagement, in turn, will enhance their capacity to withstand external market shocks and foster more robust and sustainable economic growth.


# silkpress-sync: missing; translate and uncomment:
# ch2-s3-p6 = Finally, this cooperation will create new opportunities for more Global South countries to participate in geoeconomic collaboration. For example, developing the Trans-Caspian Transport Corridor will offer countries like Turkey and Azerbaijan greater access to deepen their ties with the China-Central Asia economic zone. Pakistan and Afghanistan, in turn, stand to benefit from the expanded logistics network enabled by the China-Kyrgyzstan-Uzbekistan railway, gaining new entry points into the Central Asian market. This spillover effect will not only enhance the geoeconomic advantages of Central Asian countries but also inject fresh momentum into Eurasian connectivity and shared prosperity. It highlights the global significance of building a China-Central Asia community with a shared future.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-title = IV. Risks and Challenges Facing Development and Security


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-p1 = While China-Central Asia cooperation has yielded fruitful results, it also faces multiple risks and challenges. On the development front, the region is subject to external shocks stemming from rising unilateralism and trade protectionism. In terms of security, it encounters a range of non-traditional security threats.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-title = I. The Rise of Unilateralism and Trade Protectionism Amid a Sluggish Global Recovery Brings Further Risks


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-p1 = The resurgence of unilateralism and trade protectionism presents serious challenges to the economic stability of Central Asian countries and China-Central Asia cooperation. Some countries have resorted to imposing tariffs, erecting trade barriers, and enforcing technological sanctions—measures that undermine global economic stability and disrupt the normal functioning of international industrial and supply chains. Although direct trade between the five Central Asian countries and major Western economies remains limited, the spillover effects of global economic volatility should not be underestimated. Thanos Arvanitis, Deputy Director of the IMF's Middle East and Central Asia Department, has pointed out that rising global trade tensions may slow GDP growth in Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-h1 = Global Market Volatility May Directly Impact Central Asia's Export-Oriented Economies, Particularly in the Energy, Mineral, and Agricultural Sectors.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-p2 = If a global economic downturn leads to weakened demand for commodities, it could adversely affect Central Asian countries' revenues from oil and cotton exports, reducing the scope for reinvestment in domestic production.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-h2 = Tariff Wars and Unilateral Sanctions Threaten the Investment Climate in Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-p3 = Some countries attempt to restrict normal trade relations through secondary sanctions and other measures. Volatility in global financial markets may pressure Central Asian currencies, and exchange rate depreciation could increase import costs and affect debt repayment capabilities—thereby indirectly weakening the region's potential to engage in infrastructure and energy cooperation with external partners.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-h3 = Global Supply Chain Restructuring Triggered by Unilateralism Is Disrupting Central Asia's Logistics and Trade Networks.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss1-p4 = Connectivity projects such as the { -china-europe-railway-express } and the Trans-Caspian International Transport Corridor have rapidly transformed Central Asia into a logistics hub across Eurasia. However, some countries are attempting to undermine this advantage by imposing technical barriers and logistical restrictions, thereby increasing the cost of logistics within China-Central Asia cooperation. These economic risks not only jeopardize Central Asia's export and investment environment but also pose challenges to the stable operation of joint projects between { -china } and Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-title = II. Persistent Non-Traditional Security Risks Must Not Be Overlooked


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-p1 = Central Asia continues to face multiple non-traditional security threats—including terrorism, extremism, drug trafficking and transnational crime, cybersecurity, and climate change. { -china } and Central Asian countries must work together to address these challenges and safeguard regional security.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-h1 = Addressing Terrorism and Extremism.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-p2 = Central Asia shares a border with Afghanistan, where terrorist organizations such as ISIS, al-Qaeda, and the East Turkestan Islamic Movement remain active and interconnected. A small number of extremists have infiltrated or returned to Central Asian countries, posing serious threats to regional peace and stability. At the Sixth China-Central Asia Foreign Ministers' Meeting held in April 2025, both sides reaffirmed their commitment to regional and international security and their determination to jointly combat the “three forces” of terrorism, extremism, and separatism. { -china } supports Central Asian countries in deepening cooperation with Afghanistan to jointly address terrorism-related security challenges and help integrate Afghanistan into regional economic cooperation—eliminating the breeding grounds of extremism.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-h2 = Combating Drug Trafficking and Safeguarding Cybersecurity.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-p3 = Central Asia serves as a transit zone for cross-border drug trafficking, with numerous large-scale smuggling cases uncovered in recent years. Within existing mechanisms, such as meetings among foreign ministers and ministers of public security and internal affairs, { -china } and Central Asian countries have repeatedly affirmed their determination to cooperate on drug control. Establishing the { -sco-short } Anti-Drug Center in Dushanbe marks a significant step forward in addressing the drug threat and strengthening intergovernmental cooperation. In terms of cybersecurity, as the digital economy grows rapidly, cybercrime in the region is on the rise. Countries such as { -kazakhstan } have reported incidents of data breaches and phishing attacks on e-commerce platforms, indicating that both cybersecurity infrastructure and regulatory capacities remain underdeveloped and require urgent strengthening.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-h3 = Responding to Climate Change and Environmental Threats.


# silkpress-sync: missing; translate and uncomment:
# ch2-s4-ss2-p4 = Central Asian countries face long-term ecological challenges. The Aral Sea crisis has severely affected agriculture in { -uzbekistan } and { -kazakhstan } due to increased desertification and soil salinization. Climate change has also intensified extreme weather events—mudslides and floods are becoming more frequent in the mountainous regions of { -tajikistan } and { -kyrgyzstan }. At the same time, the transboundary Ili River has experienced repeated droughts in its basin. These problems call for increased investment in climate governance, ecological protection, and technology transfer, as well as joint efforts to develop the necessary infrastructure and coordination mechanisms for cross-border water resource management, thereby enhancing the region's resilience to environmental risks.

