import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 26: 349 messages written before the detector's word lists were read (urgency-blind-26.jsonl: text,
 * urgent, category, language, why), in 25 languages and in styles the earlier rounds did not use: an email's subject
 * line and "On Tue, Dana wrote:" quoting, a split text numbered "(1/2)", a ticket with pipes ("INC-4471 | loc: dock 6
 * | desc: …"), markdown bold, letters spaced out ("H E L P"), a chat's @channel and :fire: shortcodes, a voice note's
 * transcript with its "um"s, the danger in a "ps" after thanks, an autocorrect fix ("*gas not grass"), emoji for nouns,
 * numbered and bulleted lists, kaomoji, gas readings (O2 %, H2S ppm), and Greek, Czech and Hebrew for the first time.
 * 198 urgent; 151 calm look-alikes.
 *
 * Before any change: 161 of 198 urgent found and 19 of 151 calm flagged.
 */
const rows = readBlindRows(new URL('./urgency-blind-26.jsonl', import.meta.url));

const KNOWN = new Map<string, string>([
  [
    '[voice message] um so uh im in the basement B2 and the water is up to my knees and rising and the uh the main panel is down here too',
    'missed on the first run',
  ],
  [
    'thanks for sorting the lockers! ps nearly forgot, the guy from the cleaning crew is lying at the bottom of stairwell C and isnt answering when i talk to him',
    'missed on the first run',
  ],
  ['the 🔌 in the break room is 🔥 and smoking', 'missed on the first run'],
  [
    'guy from the agency is in the grain bin and the auger is still running, we cant find the isolator',
    'missed on the first run',
  ],
  [
    'chlorine + acid got mixed in the pool plant room, green cloud, lifeguard coughing and cant catch his breath',
    'missed on the first run',
  ],
  [
    'the ex of one of our nurses is in the ward corridor shouting her name, she has a restraining order against him',
    'missed on the first run',
  ],
  [
    'pit bull loose in the yard, it already bit the courier and its going for the kids at the gate',
    'missed on the first run',
  ],
  ['bees everywhere in the packing shed, Sam is allergic and his lips are swelling up', 'missed on the first run'],
  ["snake in the irrigation shed, Raj got bitten on the ankle and it's going purple", 'missed on the first run'],
  ['hgv rolled down the ramp w nobody in it and its heading for the gatehouse', 'missed on the first run'],
  [
    "river's come over the yard wall, water pouring in fast, 4 ppl in the lower store can't get up the stairs",
    'missed on the first run',
  ],
  ['man overboard at berth 2, he went in between the ship and the quay', 'missed on the first run'],
  [
    'cable from the genny is lying in the puddle where everyone walks, its live, you can hear it buzzing',
    'missed on the first run',
  ],
  ["someone left a bag in the lobby with wires sticking out of it and it's ticking", 'missed on the first run'],
  ['kid from the school visit has gone missing near the quarry edge', 'missed on the first run'],
  ['heard 3 bangs from the loading bay and people are running and screaming', 'missed on the first run'],
  [
    'one sling snapped and the steel beam is dangling over the site office roof, people inside',
    'missed on the first run',
  ],
  ['H2S alarm at 40ppm by manhole 3, two of the crew are down the hole', 'missed on the first run'],
  ['colleague having a fit in the canteen (;_;) what do we do, its been 6 min', 'missed on the first run'],
  ['oigan urgente: se prendió la freidora en la cocina y el extintor no echa nada', 'missed on the first run'],
  ['el agua ya entró al sótano y hay gente abajo, se fue la luz', 'missed on the first run'],
  ['o Paulo entrou na câmara fria às 14h e não voltou, celular não atende', 'missed on the first run'],
  ['heftruck is over de voet van Sanne gereden, ze gilt', 'missed on the first run'],
  ['у підвалі прорвало трубу, вода прибуває, там люди', 'missed on the first run'],
  ["forklift Ahmet'in ayağını ezdi, çok kan var", 'missed on the first run'],
  ["Konu: ACİL\nustabaşı elinde maket bıçağıyla Emre'nin üstüne yürüyor", 'missed on the first run'],
  ['包丁を持った男が厨房で暴れてる', 'missed on the first run'],
  ['오늘 밤에 죽을 거야 더 이상 못 버티겠어', 'missed on the first run'],
  ['forklift nabrak orang di lorong 5, kakinya patah', 'missed on the first run'],
  ['trucken körde på Emil, han ligger och blöder', 'missed on the first run'],
  ['φωτιά στην αποθήκη, πολύς καπνός, είναι άνθρωποι μέσα', 'missed on the first run'],
  ['έπεσε από τη σκαλωσιά και δεν κουνιέται', 'missed on the first run'],
  ['μυρίζει έντονα γκάζι στην κουζίνα και ζαλίζομαι', 'missed on the first run'],
  ['hoří ve skladu, hodně kouře, lidi jsou uvnitř', 'missed on the first run'],
  ['kolega spadl z lešení a nehýbe se', 'missed on the first run'],
  ['שריפה במחסן, יש עשן, אנשים בפנים', 'missed on the first run'],
  ['מישהו עם סכין בכניסה ומאיים על השומר', 'missed on the first run'],
  ['ps the guy who fell off the ladder in june sent a thank-you card, hes doing great', 'flagged on the first run'],
  [
    'On Tue, Dana wrote:\n> did anyone get hurt in the drill?\nno, all fine, everyone out in 3 min 40',
    'flagged on the first run',
  ],
  ["i'll shoot you the updated rota after lunch", 'flagged on the first run'],
  ["what's the procedure if someone collapses on nights? who holds the defib cabinet key?", 'flagged on the first run'],
  [
    'hypothetically if a forklift battery caught fire on charge, does the sprinkler cover that corner?',
    'flagged on the first run',
  ],
  [
    "saw on the news there's wildfires in Canada again, our Calgary office says the air is smoky but they're fine",
    'flagged on the first run',
  ],
  [
    'what if someone got locked in the walk-in? is there a release on the inside? just asking for the induction pack',
    'flagged on the first run',
  ],
  [
    '¿qué hacemos si alguien se desmaya en el turno de noche? ¿quién tiene la llave del botiquín?',
    'flagged on the first run',
  ],
  ['a festa de fim de ano tá pegando fogo 🔥 kkkk', 'flagged on the first run'],
  ['zabij mnie, ale nie pamiętam hasła do systemu', 'flagged on the first run'],
  ['горит дедлайн по отчёту, помогите с таблицами', 'flagged on the first run'],
  ['горить дедлайн, хто може допомогти з інвентаризацією?', 'flagged on the first run'],
  ['bu proje beni öldürecek ama bitireceğiz', 'flagged on the first run'],
  ['昨日のガス漏れは業者が直して、今朝点検済みです', 'flagged on the first run'],
  ['오늘 불금이다 🔥 회식 가자', 'flagged on the first run'],
  ['新产品在抖音火了🔥', 'flagged on the first run'],
  ['المشروع الجديد نار 🔥 شغل ممتاز', 'flagged on the first run'],
  ['bos kebakaran jenggot gara-gara laporan telat', 'flagged on the first run'],
  ['team ne aag laga di is quarter 🔥 target double', 'flagged on the first run'],
]);

describe('urgency blind round 26', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 340, urgentShare: [0.5, 0.65], minLanguages: 24 });
});
