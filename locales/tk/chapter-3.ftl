### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# ch3-title = Chapter Three: Looking Ahead—Building a Regional Community with a Shared Future


# silkpress-sync: missing; translate and uncomment:
# ch3-q1 = “Three years ago, we announced together that we would build a China-Central Asia community with a shared future, setting out the goal and direction of our six nations in building consensus, overcoming challenges and pursuing development. We should act on the China-Central Asia Spirit, enhance cooperation with renewed vigor and more practical measures, promote high-quality development of the { -bri }, and forge ahead toward our goal of a community with a shared future for the region.”


# silkpress-sync: missing; translate and uncomment:
# ch3-qa1 = — PRC President { -xi-jinping }


# silkpress-sync: missing; translate and uncomment:
# ch3-p1 = Building on the collective efforts over the years, { -china } and Central Asian countries have forged a China-Central Asia Spirit of “mutual respect, mutual trust, mutual benefit, and mutual assistance for the joint pursuit of modernization through high-quality development.”


# silkpress-sync: missing; translate and uncomment:
# ch3-li1 = { -china } and Central Asian countries practice mutual respect and treat each other as equals. All countries, big or small, are equal. We handle issues through consultation and make decisions by consensus.


# silkpress-sync: missing; translate and uncomment:
# ch3-li2 = { -china } and Central Asian countries seek to deepen mutual trust and enhance mutual support. We firmly support each other in safeguarding independence, sovereignty, territorial integrity, and national dignity. We do not do anything harmful to the core interests of any party.


# silkpress-sync: missing; translate and uncomment:
# ch3-li3 = { -china } and Central Asian countries pursue mutual benefit and win-win cooperation and strive for common development. We view each other as priority partners, and share development opportunities together. We accommodate each other’s interests, and work to build a win-win and symbiotic relationship.


# silkpress-sync: missing; translate and uncomment:
# ch3-li4 = { -china } and Central Asian countries help each other in time of need and stand together through thick and thin. We support each other in choosing development paths suitable to our respective national conditions and in taking domestic matters into our own hands. We work together to address various risks and challenges, and uphold regional security and stability.


# silkpress-sync: missing; translate and uncomment:
# ch3-p2 = This China-Central Asia Spirit is an important guideline for the six countries’ endeavor to carry forward friendship and cooperation from generation to generation. { -china } and Central Asian countries should always uphold it and let it shine forever.


# silkpress-sync: missing; translate and uncomment:
# ch3-p3 = In May 2023, during the inaugural { -cca-summit }, President { -xi-jinping } outlined four guiding principles for building a China-Central Asia community with a shared future: “mutual assistance, common development, universal security, and everlasting friendship.” This vision provides a clear roadmap for advancing relations between { -china } and the Central Asian countries.


# silkpress-sync: missing; translate and uncomment:
# ch3-p4 = Looking forward, efforts should continue to align with the { -gdi } to establish a deeply complementary and mutually beneficial cooperation model, promoting shared development between { -china } and the Central Asian countries. Guided by the { -gsi }, the two sides should jointly respond to both traditional and non-traditional threats to ensure common security. Under the { -gci }, { -china } and the Central Asian countries should actively foster a dynamic, inclusive framework for cultural exchange, enhancing mutual understanding and cultural dialogue. These efforts will collectively advance the construction of a China-Central Asia community with a shared future.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-title = I. Mutual Assistance: Jointly Building a Regional Community with a Shared Future


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-p1 = The China-Central Asia community with a shared future is a regional extension of the broader vision of a community with a shared future for humanity. It marks a leap from bilateral cooperation to a regional framework for shared destiny. In response to the complex and changing international and regional landscape, { -china } and the Central Asian countries should further deepen mutual support, enhance solidarity, strengthen political trust, and continue to elevate the quality of their relationship—setting a model for broader Eurasian and Global South cooperation.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-h1 = Deepening Political Mutual Trust.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-p2 = { -china } and the Central Asian countries should continue to rely on head-of-state diplomacy as strategic guidance, further consolidating strong working and personal ties between leaders and maintaining high-frequency, high-level exchanges to underscore the uniqueness and high level of political relations. Exchanges between the Communist Party of { -china } and the major political parties of Central Asia should also be enhanced, from top-level political design to grassroots governance, fostering broad-based dialogue on statecraft and public administration. In parallel, multilevel cooperation platforms should be further improved. Forums, expos, and trade fairs can bridge interactions between Chinese provincial and regional governments and local governments in Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-h2 = Mutual Support on Core Issues.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-p3 = Regardless of changes in the global landscape, { -china } and the Central Asian countries should continue providing each other with firm and unequivocal support on sovereignty, security, and development interests. In keeping with the principles of “building good-neighborly, secure, and prosperous relations,” { -china } will steadfastly support Central Asian countries in pursuing development paths suited to their national conditions and will not seek spheres of influence in the region. In return, Central Asian countries should continue to firmly support { -china }’s core concerns related to Taiwan, Hong Kong, Xinjiang, and Tibet. As members of the Global South, both sides should remain committed to upholding the authority of the United Nations and the universally recognized principles of international law and international relations and support one another's initiatives to promote regional and global peace and development.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-h3 = Improving Institutional Mechanisms.


# silkpress-sync: missing; translate and uncomment:
# ch3-s1-p4 = Efforts should be made to accelerate the alignment of the { -bri-short } with the national development strategies of Central Asian countries, improving relevant systems and policies, strengthening the rule of law, and advancing comprehensive and in-depth strategic cooperation to form a diverse and complementary cooperation framework. Full use should be made of multilateral organizations such as the { -sco } ({ -sco-short }) and the Conference on Interaction and Confidence-Building Measures in Asia (CICA) to establish bilateral or multilateral mechanisms for cooperation in areas such as agriculture, poverty alleviation, counterterrorism, and energy. The smooth and orderly operation of the China-Central Asia Mechanism Secretariat should be ensured to facilitate the implementation of summit outcomes and promote the mechanism's development toward greater institutionalization.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-title = II. Shared Development: Opening a New Chapter in Regional Prosperity


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-p1 = { -china } and the Central Asian countries are all developing nations, with economic growth, livelihood improvement, and national revitalization as their shared policy priorities—and as focal points of bilateral cooperation. In the face of an increasingly complex international environment and a new “Great Game” unfolding in Central Asia, both sides should be guided by the { -gdi } to continue promoting high-quality Belt and Road cooperation, fostering new drivers of productivity, and upgrading traditional collaboration in trade, energy, and transportation. They should also expand into new sectors such as the digital economy, green energy, digital innovation, and public health—jointly driving regional economic transformation and upgrading and building a powerful engine of shared prosperity through new ideas and new models.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-h1 = Deepening Practical Cooperation in Agriculture and Exploring Innovative Paths.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-p2 = { -china } and Central Asian countries should continue to promote agricultural trade development, leveraging their complementary strengths to improve product matching and increase exports of high-quality farm goods to { -china }. Modern agricultural technology demonstration zones should be promoted, and joint efforts should be encouraged to establish R&D centers, joint laboratories, and agricultural innovation parks. Cooperation should be strengthened in areas such as crop cultivation, storage, transportation, and processing, with enhanced technical exchanges and large-scale agricultural operations. Investment and cooperation in smart agriculture should be increased to raise the level of agricultural science and technology. Innovative models such as “Internet Plus Modern Agriculture” should be developed to support the international deployment of Chinese agricultural robotics, remote sensing, and big data technologies.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-h2 = Accelerating the Green Economic Transition.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-p3 = Protecting the ecological environment and advancing green, low-carbon development have become intrinsic needs of Central Asian countries. Cooperation on climate governance should be strengthened, including support for establishing regional climate monitoring networks and climate information platforms to enable timely, accurate, and comprehensive tracking of climate trends. Joint research on adaptation and mitigation strategies should be promoted. Priority should be given to the development of green energy, with enhanced technical cooperation in renewable energy sectors such as hydropower, solar, and wind. Hybrid models combining oil and gas with photovoltaics, wind, or geothermal energy should be adopted, alongside the advancement of hydrogen and energy storage technologies, to expand the scale of new energy cooperation continuously. An ecological and environmental big data platform should be built to facilitate sharing environmental information between { -china } and Central Asian countries, supporting green trade, investment, and finance with comprehensive data services.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-h3 = Promoting Cross-Border Infrastructure Development.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-p4 = The capacity of cross-border infrastructure should be enhanced by improving railway and highway connectivity within the region and upgrading integration across air, rail, and road transport systems. Logistics construction should focus on strengthening the transport network centered on the { -china-europe-railway-express } and improving the efficiency of multimodal transport. A comprehensive information-sharing network covering customs, logistics, and finance should be established to streamline operations between { -china } and Central Asia. The efficiency of customs clearance at border ports should be improved through modernization, digitalization, and the adoption of intelligent systems.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-h4 = Empowering Technological Innovation.


# silkpress-sync: missing; translate and uncomment:
# ch3-s2-p5 = { -china } and Central Asian countries should focus on key innovation areas by encouraging joint research projects among universities, research institutions, and enterprises. These projects should address bottlenecks and challenges in practical implementation and improve the conversion of scientific achievements into applied technologies. Leveraging { -china }'s capital, technology, and management strengths, the two sides should establish joint science and technology investment funds to support innovation-driven small and medium-sized enterprises, reducing financing costs. Further collaboration in smart manufacturing and new infrastructure should be pursued, integrating advanced technologies such as AI, IoT, and big data analytics into infrastructure projects. This endeavor would foster a regional digital partnership, enabling the digital and intelligent transformation of traditional cooperation projects, spurring the development of emerging industries in Central Asia, and unlocking new potential for science and technology cooperation between both sides.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-title = III. Universal Security: Building a New Security Shield for Shared Safety


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-p1 = Today's world is marked by frequent local conflicts and unrest, rampant hegemonism and power politics, and a complex overlay of traditional and non-traditional security threats. The international and regional security landscape is undergoing profound and complicated changes. Under these new circumstances, { -china } and the Central Asian countries should be guided by the { -gsi } and uphold a security vision that is common, comprehensive, cooperative, and sustainable. The focus should be on advancing regional security governance and building a community of shared security.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-h1 = Strengthening the Awareness of a Shared Security Community.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-p2 = Due to geopolitical proximity, { -china } and the Central Asian countries share a wide range of common security concerns and interests. Common challenges such as terrorism, extremism, drug trafficking, transnational crime, and regional armed conflict necessitate deeper cooperation to ensure collective security. Promoting a “security community” helps foster a proper understanding of regional security issues and lays the foundation for further security collaboration.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-h2 = Integrating Traditional and Non-Traditional Security Cooperation.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-p3 = { -china } and Central Asian countries must maintain zero tolerance for the “three forces” of terrorism, extremism, and separatism, intensify joint efforts to counter radicalization and prevent the spread of extremist ideologies by building a strong firewall against international extremist forces. They should support one another in safeguarding political security and social stability and resolutely oppose any external interference in domestic affairs or attempts to incite “color revolutions” under any pretext—striving to escape the region's security dilemmas. Closer coordination and communication are essential for sharing intelligence and jointly combating transnational crimes such as drug trafficking, illegal immigration, money laundering, arms and explosives smuggling, cybercrime, and financial and economic crimes. At the same time, cooperation should be expanded to address non-traditional security issues in areas including climate change, cybersecurity, biosecurity, finance, food security, energy, digital governance, and emerging technologies.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-h3 = Advancing Afghanistan's Security and Reconstruction Process.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-p4 = Afghanistan shares close ties with the Central Asian region, and developments there can significantly affect the security and stability of its neighbors. Since the Taliban's return to power, how to manage Afghanistan's reconstruction and reintegration into the international community has become a pressing concern. To mitigate security risks originating from Afghanistan, { -china } and the Central Asian countries can leverage the “{ -sco }-Afghanistan Contact Group” as a platform to actively participate in Afghanistan's security rebuilding. By flexibly applying the principles of “consensus-based consultation” and “non-interference in internal affairs,” they can consider adopting a policy of constructive engagement.


# silkpress-sync: missing; translate and uncomment:
# ch3-s3-p5 = This approach would establish a multilateral cooperation mechanism to coordinate interests, manage differences, and collectively reinforce a regional security shield around Afghanistan. The focus should be on preventing external forces from disrupting Afghanistan's peace process, thereby contributing to establishing a fair and rational new regional security order.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-title = IV. Everlasting Friendship: Composing a New Chapter of Heart-to-Heart Connectivity


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-p1 = For centuries, { -china } and the diverse peoples of Central Asia have jointly contributed to the rise and flourishing of the Silk Road, making historic contributions to the exchange and integration of world civilizations. Looking to the future, the two sides should uphold the values advocated in the { -gci }, embracing a view of civilization that emphasizes equality, mutual learning, dialogue, and inclusiveness. By fostering intercultural understanding and mutual respect, { -china } and Central Asian countries can serve as a model of international cooperation among civilizations, races, and faiths and build a strong foundation of people-to-people friendship across generations as good neighbors, good friends, good partners, and good brothers.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-h1 = Promoting Cooperation in Education.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-p2 = Efforts should be made to innovate joint training models in higher education, deepen mutual recognition of academic degrees and qualifications, and build a rich and diversified framework for academic cooperation through faculty exchanges, joint research, and scholarly dialogue. Both sides should expand student exchange programs, continue offering government scholarships, and support more young people from Central Asia pursuing advanced studies in { -china }. Institutions such as Confucius Institutes and initiatives like International Chinese Language Day and the Chinese Bridge competition should be leveraged to promote Chinese language learning and sustain interest in Chinese culture throughout Central Asia. Vocational education brands such as the Luban Workshops should be further developed and tailored to the industrial needs of each Central Asian country. This approach—integrating education with production and linking industry with teaching—will help cultivate skilled professionals to serve the real economy of Central Asia.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-h2 = Enhancing Cultural and Artistic Exchanges.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-p3 = The two sides should fully use networks such as the Silk Road International Theater Alliance, Museum Alliance, Art Festival Alliance, Library Alliance, and Art Museum Alliance to support cultural festivals, film screenings, art exhibitions, and other events. By exploring shared values, traditions, and customs, they can foster a culturally inclusive and harmonious environment and tell compelling stories about { -china } and Central Asia. Given its unique advantages, the film and television sector should deepen its understanding of Central Asian audience preferences, cultural characteristics, and media habits to ensure effective localization and broadcasting of content. Publishing exchanges should also be strengthened, with the translation and publication of influential works from both sides in history, literature, language, politics, and law to increase mutual interest and understanding among the people.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-h3 = Advancing In-Depth Tourism Cooperation.


# silkpress-sync: missing; translate and uncomment:
# ch3-s4-p4 = Tourism serves as an essential channel for cultural exchange and mutual understanding. { -china } and Central Asia should further explore and develop their rich cultural tourism resources, innovating tourism products with distinctive ethnic, cultural, and regional characteristics and enriching tourism routes. Bilateral and multilateral initiatives such as cross-border tourism cooperation zones and border tourism demonstration areas should be promoted, along with the creation of themed train routes along the Belt and Road and boutique self-driving tours. Smart tourism should be developed to improve customs clearance and payment systems, and negotiations on tourism visa facilitation—especially for group visas—should be accelerated. These measures will enhance travel convenience and strengthen cross-border payment systems, fostering more profound and practical tourism cooperation.

