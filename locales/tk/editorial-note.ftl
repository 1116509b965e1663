### Locale: tk (Turkmen) · script: Latn · direction: ltr
### Translated from the source locale `en` (created by silkpress sync).


# silkpress-sync: missing; translate and uncomment:
# editorial-title = Editorial Note and Acknowledgments


# silkpress-sync: missing; translate and uncomment:
# editorial-p1 = The think tank report <i>Championing the China-Central Asia Spirit: Achievements, Opportunities, and Prospects for Regional Cooperation</i> was compiled by a project team chaired by Fu Hua, President of Xinhua News Agency and Director of the Academic Committee of the Xinhua National High-end Think Tank. Lü Yansong, Editor-in-Chief of Xinhua News Agency, served as Deputy Chair, with Ren Weidong, Deputy Editor-in-Chief of Xinhua, acting as Executive Deputy Chair.


# silkpress-sync: missing; translate and uncomment:
# editorial-p2 = Members of the project team include Liu Gang, Shen Hongbing, Chen Gang, He Zhanjun, Liu Hua, Liu Shuyun, Zhang Jingpin, Fu Ruixia, Zhang Sijie, Cai Guodong, Hao Weiwei, Geng Pengyu, Sun Ping, Long Shengdong, Li Feihu, Li Tao, Yang Delong, and Zhao Yixuan.


# silkpress-sync: missing; translate and uncomment:
# editorial-p3 = Since the project's launch in early 2025, the team has spent several months conducting interviews, field research, writing, and revisions to complete the report. Throughout the writing and publication process, we received generous support and guidance from various institutions and scholars, including the Secretariat of the China-Central Asia Mechanism, the Chinese Academy of International Trade and Economic Cooperation under the Ministry of Commerce, the Institute of Russian, Eastern European and Central Asian Studies at the Chinese Academy of Social Sciences, the { -china } National Petroleum Corporation's Economics and Technology Research Institute, the Central Asia Research Institute at Northwest University, and the Central Asia Research Institute at Shaanxi Normal University. We are also profoundly grateful to Yu Tiejun, Director of the Institute of International and Strategic Studies at Peking University, and Li Chen, Deputy Dean of the School of International Studies at Renmin University of { -china }, among others, for their valuable assistance and insights.

