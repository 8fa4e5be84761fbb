import { mask } from './redaction-kinds';

/*
 * Hindi names in Devanagari, in ordinary sentences ("राहुल शर्मा ने मुझे धमकाया", "अमित कुमार हमेशा देर से आता है").
 * Devanagari has no capitals; a name is told by what it is and where it stands:
 * - a common given name ("राहुल", "प्रिया"), or a family name after one ("राहुल शर्मा", "अमित कुमार");
 * - the agent before "ने", the mark of who did it in the past tense ("कुणाल ने चिल्लाया"): Hindi puts only a person,
 *   a pronoun or a body of people there, so any word there that is no pronoun and no such noun ("कंपनी ने",
 *   "मैनेजर ने") is a name.
 * Given names that are also words ("पूजा" worship, "विजय" victory, "सीमा" limit, "विकास" development, "गौरव" pride)
 * are names only where a person stands: before "ने", "जी", a family name or a habit ("हमेशा", always).
 * - before a postposition ("को", "से", "का", "की", "के") a name is told only by what it is: a known given or family
 *   name, or a word before a family name ("हरप्रीत कौर को"); Hindi puts any noun there.
 */

const GIVEN = new Set(
  `राहुल प्रिया अमित सुनील अनिल सुनीता राकेश राजेश रमेश सुरेश महेश दिनेश मुकेश विनोद संजय अजय अभिषेक
  रोहित मोहित सुमित नितिन सचिन सौरभ अर्जुन विक्रम रवि नेहा अंजलि रीना मीना अनीता नीता प्रियंका दीपिका
  स्वाति श्वेता शालिनी रश्मि मनीष मनोज राजीव संदीप प्रदीप कुलदीप हरीश गिरीश सतीश योगेश उमेश नरेश कुणाल करण
  आदित्य वरुण गीता सरिता सुषमा अनुराधा राधा रजनी सोनिया सोनम पंकज नीरज राजू रामू श्याम मोहन
  सोहन रोहन गोपाल कृष्णा अक्षय अजीत रंजीत सुरेन्द्र नरेन्द्र महेन्द्र जितेन्द्र धर्मेन्द्र वीरेन्द्र रविंद्र हेमंत
  निशांत आशुतोष तुषार अतुल मुकुल राहुलजी इमरान सलमान आमिर शाहरुख
  फ़ातिमा फातिमा आयशा ज़ैनब रुबीना शबनम नसरीन अंकिता पल्लवी मोनिका वंदना अर्चना तन्वी
  हरप्रीत गुरप्रीत मनप्रीत जसप्रीत सिमरन बलविंदर हरविंदर जसविंदर कुलविंदर गुरमीत परमजीत सुखविंदर अमनदीप नवदीप
  गगनदीप रणजीत इंदरजीत जसलीन हरलीन मनजीत सुखदेव गुरदीप
  सौरव अभिजीत देबाशीष सुब्रत पार्थ अनिर्बान सुदीप्तो रितुपर्णा मौमिता सुष्मिता तनुश्री
  वेंकट वेंकटेश श्रीनिवास सुब्रमण्यम मुरुगन सेंथिल कार्तिक बालाजी राजेश्वरी लक्ष्मी मीनाक्षी दिव्या कविया
  गणेश सचिन्द्र प्रथमेश ओंकार अमोल सायली प्राजक्ता
  मोहम्मद मुहम्मद अहमद अली इरफ़ान इरफान आसिफ़ आसिफ साजिद जावेद रिज़वान रिजवान फ़ैज़ल फैज़ल शाहिद ज़ाहिद जाहिद
  नाज़िया नाजिया सलमा ज़ुबैदा तबस्सुम यास्मीन
  जॉन जोसेफ़ जोसेफ थॉमस मैथ्यू मैरी
  विनय सुधीर नवीन प्रवीण रजत भरत हितेश जयेश नीलेश मितेश रूपेश कमलेश अखिलेश शैलेश ललित पवन सुनिधि आरती नीलम
  रवीना सुधा अनुपमा माधुरी शिल्पा पूनम रितु ऋतु निशा मनीषा सुमित्रा कंचन बबीता बबिता सविता टीना मोना रूपा
  बबलू पप्पू गुड्डू पिंटू मिंटू टिंकू बंटी सोनू मोनू छोटू गोलू राजा रानी मुन्ना पिंकी डिंपल`.split(/\s+/),
);
// Given names that are everyday words too.
const WORDLIKE_GIVEN = new Set(
  `पूजा विजय दीपक किरण आशा ज्योति लता कोमल आकाश प्रकाश अमन सीमा रेखा ममता अरुण उषा कमल सूरज चंदा सपना मधु
  अशोक आलोक प्रेम राज शांति सुमन
  विकास गौरव धीरज विशाल भावना कविता साक्षी अनुज विवेक हर्ष यश उदय निधि अंकित तरुण अनुराग आशीष अभय प्रशांत`.split(/\s+/),
);
const FAMILY = new Set(
  `शर्मा वर्मा कुमार कुमारी सिंह गुप्ता पटेल यादव जैन मिश्रा मिश्र तिवारी पांडे पाण्डेय पांडेय चौहान राठौर ठाकुर
  श्रीवास्तव अग्रवाल बंसल मेहता शाह रेड्डी नायर अय्यर खान मलिक चौधरी सक्सेना जोशी दुबे त्रिपाठी भट्ट कपूर खन्ना
  मल्होत्रा अरोड़ा सेठी बत्रा चोपड़ा गोयल मित्तल सिन्हा दास बोस घोष मुखर्जी बनर्जी चटर्जी राव नायडू पिल्लई देसाई
  पाटिल कुलकर्णी शेख़ शेख कुरैशी अंसारी रिज़वी सिद्दीकी कौर तनेजा आहूजा ढिल्लों संधू ग्रेवाल सोढ़ी बेदी
  भाटिया नागपाल वालिया कोहली भसीन चड्ढा नारंग छाबड़ा धवन सहगल गर्ग सिंघल जिंदल तायल अग्रवाल माहेश्वरी
  चतुर्वेदी द्विवेदी शुक्ला उपाध्याय बाजपेयी दीक्षित अवस्थी रस्तोगी माथुर भटनागर सेन दत्ता चक्रवर्ती भट्टाचार्य
  गांगुली मजूमदार मेनन पणिक्कर कुरुप अय्यंगार नाइक गायकवाड़ शिंदे पवार जाधव भोसले देशमुख
  डिसूज़ा डिसूजा फर्नांडिस परेरा`.split(/\s+/),
);
// Who else may stand before "ने": pronouns, and the people and bodies a workplace speaks of.
const NOT_A_NAME_BEFORE_NE = new Set(
  `मैं मैंने हम हमने तुम तुमने आप आपने उस उसने उन उन्होंने इस इसने इन इन्होंने किसी किसीने किस किसने कौन सब सबने
  सभी लोगों लोग दोनों कई कुछ जिस जिसने जिन जिन्होंने खुद ख़ुद स्वयं
  कंपनी कम्पनी प्रबंधक प्रबंधन मैनेजर मेनेजर बॉस बास सुपरवाइजर सुपरवाइज़र अधिकारी अधिकारियों मालिक सरकार टीम विभाग एचआर
  सहकर्मी सहकर्मियों सहयोगी साथी साथियों ग्राहक ग्राहकों कर्मचारी कर्मचारियों मजदूर मज़दूर मजदूरों अफसर अफ़सर
  डॉक्टर नर्स गार्ड ड्राइवर लीडर हेड प्रमुख निदेशक डायरेक्टर सीईओ अध्यक्ष संस्था संगठन यूनियन पुलिस अदालत कोर्ट
  पति पत्नी भाई बहन मां माँ पिता पापा मम्मी बेटा बेटी दोस्त दोस्तों सहेली सहेलियों मित्र भैया दीदी सर मैडम जी साहब लड़के लड़की लड़कों
  आदमी औरत महिला पुरुष व्यक्ति इंसान बच्चे बच्चों नए पुराने वरिष्ठ जूनियर सीनियर मेरे मेरी हमारे हमारी उनके उनकी
  उसके उसकी बोर्ड डिपार्टमेंट ऑफिस दफ्तर स्टाफ क्लाइंट मैनेजमेंट सिस्टम मशीन ग्रुप समिति ठेकेदार मुनीम सेठ
  इंचार्ज हेडमास्टर प्रिंसिपल शिक्षक टीचर
  और उसी इसी किसी उन्हीं इन्हीं वही यही कोई बैंक अस्पताल स्कूल कॉलेज फैक्ट्री फ़ैक्टरी कारखाना प्रशासन संस्थान
  विश्वविद्यालय मंत्रालय कमेटी कमिटी इंजीनियर ऑपरेटर क्लर्क चपरासी मेहमान नेता मंत्री चेयरमैन मालकिन ट्रेनर ट्रेनी
  इंटर्न टेक्नीशियन अकाउंटेंट कैशियर रिसेप्शनिस्ट सहायक कार्यालय छात्र छात्रा मरीज़ मरीज पड़ोसी रिश्तेदार
  ससुर सास चाचा चाची मामा मामी भाभी दादा दादी नाना नानी बुजुर्ग कोई-न-कोई सुरक्षा`.split(/\s+/),
);
// How often someone does what they do, right after their name ("विकास हमेशा देर से आता है", Vikas always comes late):
// a person's habit, said of one named by a word ("विकास" development) too.
const HABITS = new Set(`हमेशा रोज़ रोज अक्सर लगातार`.split(/\s+/));
// What is done or said to a person, or what is a person's, right after the postposition ("... को बताओ", "... से
// पूछो", "... का व्यवहार"): there the word before it is someone, named or not; one no list knows is a name.
const DONE_TO_A_PERSON: Readonly<Record<string, ReadonlySet<string>>> = {
  को: new Set(
    `बताओ बताया बताना बोलो बोला कहो कहा मारा पीटा धमकाया धमकी डांटा डाँटा गाली छुआ बुलाओ बुलाया निकाला`.split(/\s+/),
  ),
  से: new Set(`पूछो पूछा पूछना कहो कहा बोलो बोला झगड़ा मिलो मिला`.split(/\s+/)),
  का: new Set(`व्यवहार बर्ताव रवैया नंबर फोन फ़ोन`.split(/\s+/)),
  की: new Set(`शिकायत बदतमीजी बदतमीज़ी गलती ग़लती हरकत हरकतें`.split(/\s+/)),
};

// A plural before a postposition ("मैनेजरों ने", "नेताओं ने") is people, never one person's name.
const PLURAL_OBLIQUE = /(?:ों|ओं)$/u;
// Words a family name may follow that are no given name: "और शर्मा जी", "से वर्मा", "श्री गुप्ता".
const NOT_A_GIVEN_NAME = new Set(
  `और या व तथा एवं के की का को से ने में पर भी तो ही है हैं था थी थे नहीं न कि जो जब तब वह यह वे ये मैं हम तुम आप
  श्री श्रीमती सुश्री कुमारी मिस्टर मिसेज़ मिसेज डॉ डॉक्टर प्रोफेसर सर मैडम साहब जी`.split(/\s+/),
);
// Family names that are also words ("कुमार" prince, "सिंह" lion, "दास" servant, "खान" mine, "शाह" king, "कपूर"
// camphor): after an unknown word they say no name, and alone they are names only before "ने" or "जी".
const WORDLIKE_FAMILY = new Set(`कुमार कुमारी सिंह दास खान शाह राव जैन कपूर मिश्र घोष ठाकुर`.split(/\s+/));

// A Devanagari word: letters, vowel signs and virama, not the danda that ends a sentence.
const WORD = /[\u0900-\u0963\u0966-\u097F]+/gu;

interface Word {
  text: string;
  start: number;
  end: number;
  gap: string;
}

function words(text: string): Word[] {
  const found: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, gap: text.slice(previousEnd, m.index) });
    previousEnd = m.index + m[0].length;
  }
  return found;
}

const spaced = (w: Word | undefined): boolean => w !== undefined && /^\s+$/u.test(w.gap);

// "मेरी सहेली कविता", "हमारे मैनेजर अशोक": after "my"/"our"/"their" and a relative or a role, a given name that is
// also a word ("कविता" poem, "अशोक" a tree) is the person's name.
const POSSESSIVES = new Set(`मेरा मेरी मेरे हमारा हमारी हमारे उसका उसकी उसके उनका उनकी उनके`.split(/\s+/));
const RELATIVES_AND_ROLES = new Set(
  `सहेली सहेलियां दोस्त मित्र भाई बहन पति पत्नी बेटा बेटी मां माँ पिता चाचा चाची मामा मामी भाभी भैया दीदी ससुर सास
  मैनेजर मेनेजर बॉस बास सुपरवाइजर सुपरवाइज़र सहकर्मी साथी इंचार्ज टीचर`.split(/\s+/),
);
const afterMyRelative = (all: Word[], k: number): boolean =>
  k >= 2 &&
  spaced(all[k]) &&
  spaced(all[k - 1]) &&
  RELATIVES_AND_ROLES.has(all[k - 1]!.text) &&
  POSSESSIVES.has(all[k - 2]!.text);

/** Whether word `k` opens a name, read from the word and the words after it. */
function isNameAt(all: Word[], k: number): boolean {
  const word = all[k]!.text;
  const next = spaced(all[k + 1]) ? all[k + 1]!.text : '';
  if (GIVEN.has(word)) return true;
  const after = spaced(all[k + 2]) ? all[k + 2]!.text : '';
  const doneTo = DONE_TO_A_PERSON[next]?.has(after) ?? false;
  const personFollows = next === 'ने' || next === 'जी' || FAMILY.has(next) || HABITS.has(next) || doneTo;
  if (WORDLIKE_GIVEN.has(word)) return personFollows || afterMyRelative(all, k);
  // A family name alone is a person ("तनेजा के कारण", "मल्होत्रा ने"); one that is also a word only where a person stands.
  if (FAMILY.has(word)) return !WORDLIKE_FAMILY.has(word) || next === 'ने' || next === 'जी';
  if (NOT_A_NAME_BEFORE_NE.has(word) || PLURAL_OBLIQUE.test(word)) return false;
  // "हरप्रीत कौर को", "बलविंदर संधू से": a name the lists do not know, before a family name they do.
  if (FAMILY.has(next) && !WORDLIKE_FAMILY.has(next) && !NOT_A_GIVEN_NAME.has(word) && word.length > 1) return true;
  if (next === 'ने') return true;
  return doneTo && !NOT_A_GIVEN_NAME.has(word) && word.length > 1;
}

/** Masks Hindi names in Devanagari (see above); a family name after a given name goes with it. */
export function maskHindiNames(text: string): string {
  if (!/[\u0900-\u097F]/u.test(text)) return text;
  const all = words(text);
  let out = text;
  for (let k = 0; k < all.length; k++) {
    if (!isNameAt(all, k)) continue;
    let end = k;
    while (spaced(all[end + 1]) && FAMILY.has(all[end + 1]!.text)) end++;
    out = out.slice(0, all[k]!.start) + mask('NAME', all[end]!.end - all[k]!.start) + out.slice(all[end]!.end);
    k = end;
  }
  return out;
}
