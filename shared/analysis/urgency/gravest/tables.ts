import type { OtherLanguage } from '../other-languages/table';

/*
 * The gravest reports said plainly (see en.ts) in the languages read by a table of phrases alone: a dead body found,
 * a person hanged, a person trapped in a lift, silo or tank, a person fallen into a machine, a machine started with
 * someone inside. Someone missing is read by each table's own phrases. Read as safety, like the table's `described`.
 */
const GRAVEST_TABLE: Record<string, string[]> = {
  nl: [
    String.raw`(?:er ligt|er is|ik heb|we hebben|vonden|gevonden) (?:\S+ ){0,2}(?:lijk|dode (?:man|vrouw|collega|medewerker))(?: gevonden)?|(?:heeft zich|had zich) (?:\S+ ){0,2}opgehangen|opgehangen (?:gevonden|in de)|(?:opgesloten|vast|klem|bekneld|ingesloten) (?:\S+ ){0,2}in (?:de|het|een) (?:lift|silo|tank|vriescel|koelcel|vriezer|container|machine|put|ketel)|(?:in|tussen) (?:de|het) (?:pers|machine|silo|tank|baler|balenpers|shredder|menger|put) (?:\S+ )?(?:gevallen|getrokken|gezogen)|(?:band|machine|lijn|pers|menger|oven)\S* (?:\S+ ){0,3}(?:aangezet|aangedaan|gestart|opgestart) (?:\S+ ){0,4}(?:nog )?(?:erin|binnen|in zat|in stond)`,
  ],
  tr: [
    String.raw`(?:ceset|olu (?:bir )?(?:adam|kadin|isci|kisi)|olu bulundu|olu bulduk)|kendini asmis|asili (?:halde )?bulduk|(?:asansorde|siloda|tankta|soguk hava deposunda|makinede|konteynerde|kuyuda) (?:\S+ )?(?:mahsur|sikisti|sikismis|kilitli kaldi|kapali kaldi)|(?:makineye|siloya|tanka|kuyuya|presin icine|karistiriciya|balyalama makinesine) (?:\S+ )?(?:dustu|dusmus|cekildi|kapildi)|(?:icinde|iceride) (?:\S+ ){0,2}(?:varken|iken) (?:\S+ ){0,3}(?:calistirdilar|calistirdi|actilar|baslattilar)`,
  ],
  sv: [
    String.raw`(?:det ligger|det finns|vi hittade|jag hittade|hittade) (?:en |ett )?(?:lik|dod (?:man|kvinna|kollega)|kropp (?:i|pa|bakom))|(?:har hangt sig|hangde sig|hittades hangd|hangd i)|(?:fast|instangd|inlast|fastklamd|fangad) (?:\S+ ){0,2}i (?:hissen|silon|tanken|frysen|kylrummet|containern|maskinen|brunnen)|(?:foll|ramlade|drogs|sogs) (?:\S+ )?(?:in i|ner i) (?:pressen|maskinen|silon|tanken|brunnen|balpressen|blandaren)|(?:startade|satte igang|slog pa) (?:\S+ ){0,4}(?:medan|med) (?:\S+ ){0,3}(?:var kvar |fortfarande )?(?:inne|i den)`,
  ],
  id: [
    String.raw`(?:ada|menemukan|ditemukan|nemu) (?:\S+ )?(?:mayat|jenazah|orang (?:yang )?(?:sudah )?meninggal|orang mati)|(?:gantung diri|tergantung di|ditemukan tergantung)|(?:terjebak|terkunci|terperangkap|kejepit|terjepit) (?:\S+ )?di (?:dalam )?(?:lift|elevator|silo|tangki|freezer|cold storage|kontainer|mesin|sumur|selokan)|(?:jatuh|tersedot|tertarik|masuk) (?:\S+ )?(?:ke dalam|ke) (?:mesin|silo|tangki|sumur|lubang|mixer|press)|(?:nyalain|menyalakan|dinyalakan|dihidupkan|menghidupkan) (?:\S+ ){0,4}(?:padahal|sementara|saat) (?:\S+ ){0,3}(?:masih )?(?:di dalam|didalam)`,
  ],
  ro: [
    String.raw`(?:e un|este un|am gasit un|s-a gasit un|am gasit) (?:\S+ )?(?:mort|cadavru|om mort)|(?:s-a spanzurat|spanzurat in)|(?:blocat|blocata|prins|prinsa|inchis|inchisa) (?:\S+ )?in (?:lift|siloz|rezervor|camera frigorifica|congelator|container|masina|utilaj|put)|(?:a cazut|cazut) (?:\S+ )?in (?:presa|utilaj|masina|siloz|rezervor|put|groapa|malaxor)|(?:au pornit|a pornit) (?:\S+ ){0,4}(?:cu|in timp ce) (?:\S+ ){0,3}(?:inauntru|inca inauntru|in ea)`,
  ],
  ru: [
    String.raw`(?:лежит|нашли|нашел|нашла|там) (?:\S+ )?(?:труп|мертв\S*|тело)|(?:повесился|повесилась|висит в петле|нашли повешенн\S*)|(?:застрял\S*|заперт\S*|зажат\S*) (?:\S+ )?в (?:лифте|силосе|бункере|цистерне|емкости|холодильной камере|морозильной камере|контейнере|машине|станке|колодце)|(?:упал\S*|затянуло|затянул\S*) (?:\S+ )?в (?:пресс|машину|станок|силос|бункер|цистерну|колодец|мешалку|дробилку)|(?:включили|запустили) (?:\S+ ){0,4}(?:когда|пока|а) (?:\S+ ){0,3}(?:внутри|был внутри|еще внутри)`,
  ],
  uk: [
    String.raw`(?:лежить|знайшли|знайшов|знайшла) (?:\S+ )?(?:труп|мертв\S*|тіло)|(?:повісився|повісилася|знайшли повішен\S*)|(?:застряг\S*|заперт\S*|затиснут\S*) (?:\S+ )?в (?:ліфті|силосі|бункері|цистерні|холодильній камері|контейнері|машині|верстаті|колодязі)|(?:[ув]пав|[ув]пала|затягнуло) (?:\S+ )?в (?:прес|машину|верстат|силос|бункер|цистерну|колодязь|мішалку)|(?:увімкнули|запустили) (?:\S+ ){0,4}(?:коли|поки|а) (?:\S+ ){0,3}(?:всередині|був всередині)`,
  ],
  hi: [
    String.raw`(?:लाश|शव|मरा हुआ (?:आदमी|मजदूर)|मरी हुई (?:औरत|महिला))|(?:फांसी लगा\S*|फाँसी लगा\S*|फंदे से लटक\S*|लटका हुआ मिला)|(?:लिफ्ट|साइलो|टैंक|फ्रीजर|कोल्ड रूम|कंटेनर|मशीन|कुएं) (?:में|के अंदर) (?:\S+ )?(?:फंस\S*|बंद है|बंद हो गया|अटक\S*)|(?:मशीन|साइलो|टैंक|कुएं|गड्ढे) (?:में|के अंदर) (?:\S+ )?(?:गिर\S*|खिंच\S*)`,
  ],
  'hi-Latn': [
    String.raw`(?:laash|lash|dead body) (?:\S+ ){0,2}(?:pada|padi|mili|mila|hai)|(?:phansi laga\S*|fansi laga\S*|latka hua mila|latki hui mili)|(?:lift|silo|tank|freezer|cold room|container|machine) (?:me|mein|ke andar) (?:\S+ )?(?:phas\S*|fas\S*|band ho gaya|atak\S*)|(?:machine|silo|tank|gaddhe|kuen) (?:me|mein|ke andar) (?:\S+ )?(?:gir gaya|gir gayi|gira|giri|khich gaya)`,
  ],
  'ar-Latn': [
    String.raw`(?:fi|fe|l2it|la2et|la2ina) (?:\S+ )?(?:jo?tta|gotta|mayet|mayyet|myt)|(?:mashnou2|mashnoo2|shana2 nafso)|(?:3al2an|3al2a|m7bous|ma7bous|m7boos) (?:\S+ )?(?:bl|fi|fel|bil) ?(?:asanseer|asansir|mas3ad|elevator|silo|khazzan|tallaje|freezer)|(?:wi2e3|w2e3|wa2a3) (?:\S+ )?(?:bl|fi|fel|bil) ?(?:makina|mekna|khallat|khazzan|bir|7ofra)`,
  ],
  ja: [
    String.raw`(?:死体|遺体|人が死んで|人が倒れて死んで)|首(?:を)?吊(?:り|って)|(?:エレベーター|サイロ|タンク|冷凍庫|冷蔵室|コンテナ|機械)(?:の中)?に(?:閉じ込められ|挟まれ|取り残され)|(?:機械|サイロ|タンク|井戸|穴|ミキサー|プレス)(?:の中)?に(?:落ち|巻き込まれ|吸い込まれ)|(?:中に人がいる|人が中にいる)(?:のに|まま)(?:\S{0,10})(?:動かし|起動|スイッチを入れ)`,
  ],
  ko: [
    String.raw`(?:시체|시신|사람이 죽어|죽은 사람)|목을 매|목매|(?:엘리베이터|사일로|탱크|냉동고|냉동창고|컨테이너|기계)(?:에|안에)\s?(?:갇혔|갇혀|끼었|끼여)|(?:기계|사일로|탱크|우물|구덩이|믹서|프레스)(?:에|안으로|속으로)\s?(?:떨어졌|빨려|말려)|(?:안에 사람이 있는데|사람이 안에 있는데)\s?\S{0,10}\s?(?:가동|작동|켰)`,
  ],
  fa: [
    String.raw`(?:جسد|جنازه|مرده) (?:\S+ ){0,2}(?:پیدا کردیم|پیدا شد|افتاده|هست)|(?:خودش را دار زد|خودشو دار زد|حلق آویز|حلق اویز)|(?:گیر کرده|گیر افتاده|زندانی شده|حبس شده) (?:\S+ )?(?:در|توی|تو) (?:آسانسور|اسانسور|سیلو|مخزن|سردخانه|فریزر|کانتینر|دستگاه)|(?:آسانسور|اسانسور|سیلو|مخزن|سردخانه|کانتینر|دستگاه) (?:\S+ ){0,2}گیر (?:کرده|افتاده)|(?:افتاد|کشیده شد) (?:\S+ )?(?:توی|داخل|تو) (?:دستگاه|سیلو|مخزن|چاه|پرس)`,
  ],
};

// Words of these phrases that show a Latin-script text is in the language (none of them English), so a short report
// ("birisi asansorde mahsur kaldi") is read by its table.
const GRAVEST_WORDS: Record<string, string> = {
  nl: 'lijk opgehangen bekneld opgesloten getrokken',
  tr: 'ceset olu mahsur asili sikisti sikismis dustu asansorde siloda makineye',
  sv: 'hangt hangde instangd inlast hissen silon maskinen brunnen ramlade startade medan',
  id: 'mayat jenazah terjebak terjepit terkunci jatuh',
  ro: 'gasit cadavru spanzurat blocat blocata cazut depozit',
  'hi-Latn': 'laash phansi phas fas gir gaya',
  'ar-Latn': 'jotta mayet mashnou2 3al2an m7bous wi2e3',
};

/** The table with its gravest phrases added to what it reads as described safety. */
export function withGravestTable(language: OtherLanguage): OtherLanguage {
  const extra = GRAVEST_TABLE[language.code];
  if (!extra) return language;
  const described = language.described ?? {};
  const words = GRAVEST_WORDS[language.code];
  return {
    ...language,
    ...(words && language.words ? { words: `${language.words} ${words}` } : {}),
    described: { ...described, safety: [...(described.safety ?? []), ...extra] },
  };
}
