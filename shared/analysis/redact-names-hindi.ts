import { mask } from './redaction-kinds';

/*
 * Hindi names in Devanagari, in ordinary sentences ("राहुल शर्मा ने मुझे धमकाया", "अमित कुमार हमेशा देर से आता है").
 * Devanagari has no capitals; a name is told by what it is and where it stands:
 * - a common given name ("राहुल", "प्रिया"), or a family name after one ("राहुल शर्मा", "अमित कुमार");
 * - the agent before "ने", the mark of who did it in the past tense ("कुणाल ने चिल्लाया"): Hindi puts only a person,
 *   a pronoun or a body of people there, so any word there that is no pronoun and no such noun ("कंपनी ने",
 *   "मैनेजर ने") is a name.
 * Given names that are also words ("पूजा" worship, "विजय" victory, "सीमा" limit) are names only where a person
 * stands: before "ने", "जी" or a family name.
 */

const GIVEN = new Set(
  `राहुल प्रिया अमित सुनील अनिल सुनीता राकेश राजेश रमेश सुरेश महेश दिनेश मुकेश विकास विनोद संजय अजय अभिषेक अंकित
  रोहित मोहित सुमित नितिन सचिन गौरव सौरभ अर्जुन विक्रम रवि नेहा अंजलि कविता रीना मीना अनीता नीता प्रियंका दीपिका
  स्वाति श्वेता शालिनी रश्मि मनीष मनोज राजीव संदीप प्रदीप कुलदीप हरीश गिरीश सतीश योगेश उमेश नरेश कुणाल करण
  आदित्य वरुण तरुण गीता सरिता सुषमा अनुराधा राधा रजनी सोनिया सोनम पंकज नीरज धीरज विशाल राजू रामू श्याम मोहन
  सोहन रोहन गोपाल कृष्णा अक्षय अजीत रंजीत सुरेन्द्र नरेन्द्र महेन्द्र जितेन्द्र धर्मेन्द्र वीरेन्द्र रविंद्र हेमंत
  प्रशांत निशांत अनुज अनुराग आशीष आशुतोष हर्ष यश तुषार विवेक अभय उदय अतुल मुकुल राहुलजी इमरान सलमान आमिर शाहरुख
  फ़ातिमा फातिमा आयशा ज़ैनब रुबीना शबनम नसरीन अंकिता निधि पल्लवी मोनिका भावना वंदना अर्चना साक्षी तन्वी`.split(/\s+/),
);
// Given names that are everyday words too.
const WORDLIKE_GIVEN = new Set(
  `पूजा विजय दीपक किरण आशा ज्योति लता कोमल आकाश प्रकाश अमन सीमा रेखा ममता अरुण उषा कमल सूरज चंदा सपना मधु
  अशोक आलोक प्रेम राज शांति सुमन`.split(/\s+/),
);
const FAMILY = new Set(
  `शर्मा वर्मा कुमार कुमारी सिंह गुप्ता पटेल यादव जैन मिश्रा मिश्र तिवारी पांडे पाण्डेय पांडेय चौहान राठौर ठाकुर
  श्रीवास्तव अग्रवाल बंसल मेहता शाह रेड्डी नायर अय्यर खान मलिक चौधरी सक्सेना जोशी दुबे त्रिपाठी भट्ट कपूर खन्ना
  मल्होत्रा अरोड़ा सेठी बत्रा चोपड़ा गोयल मित्तल सिन्हा दास बोस घोष मुखर्जी बनर्जी चटर्जी राव नायडू पिल्लई देसाई
  पाटिल कुलकर्णी शेख़ शेख कुरैशी अंसारी रिज़वी सिद्दीकी`.split(/\s+/),
);
// Who else may stand before "ने": pronouns, and the people and bodies a workplace speaks of.
const NOT_A_NAME_BEFORE_NE = new Set(
  `मैं मैंने हम हमने तुम तुमने आप आपने उस उसने उन उन्होंने इस इसने इन इन्होंने किसी किसीने किस किसने कौन सब सबने
  सभी लोगों लोग दोनों कई कुछ जिस जिसने जिन जिन्होंने खुद ख़ुद स्वयं
  कंपनी कम्पनी प्रबंधक प्रबंधन मैनेजर मेनेजर बॉस बास सुपरवाइजर सुपरवाइज़र अधिकारी अधिकारियों मालिक सरकार टीम विभाग एचआर
  सहकर्मी सहकर्मियों सहयोगी साथी साथियों ग्राहक ग्राहकों कर्मचारी कर्मचारियों मजदूर मज़दूर मजदूरों अफसर अफ़सर
  डॉक्टर नर्स गार्ड ड्राइवर लीडर हेड प्रमुख निदेशक डायरेक्टर सीईओ अध्यक्ष संस्था संगठन यूनियन पुलिस अदालत कोर्ट
  पति पत्नी भाई बहन मां माँ पिता पापा मम्मी बेटा बेटी दोस्त दोस्तों भैया दीदी सर मैडम जी साहब लड़के लड़की लड़कों
  आदमी औरत महिला पुरुष व्यक्ति इंसान बच्चे बच्चों नए पुराने वरिष्ठ जूनियर सीनियर मेरे मेरी हमारे हमारी उनके उनकी
  उसके उसकी बोर्ड डिपार्टमेंट ऑफिस दफ्तर स्टाफ क्लाइंट मैनेजमेंट सिस्टम मशीन ग्रुप समिति ठेकेदार मुनीम सेठ
  इंचार्ज हेडमास्टर प्रिंसिपल शिक्षक टीचर`.split(/\s+/),
);

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

/** Whether word `k` opens a name, read from the word and the words after it. */
function isNameAt(all: Word[], k: number): boolean {
  const word = all[k]!.text;
  const next = spaced(all[k + 1]) ? all[k + 1]!.text : '';
  if (GIVEN.has(word)) return true;
  const personFollows = next === 'ने' || next === 'जी' || FAMILY.has(next);
  if (WORDLIKE_GIVEN.has(word)) return personFollows;
  return next === 'ने' && !NOT_A_NAME_BEFORE_NE.has(word) && !FAMILY.has(word);
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
