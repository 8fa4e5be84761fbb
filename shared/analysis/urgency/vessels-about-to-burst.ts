import { notOnItsLine, EN_CALM, ES_CALM, FR_CALM, DE_CALM, IT_CALM, PT_CALM, PL_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A vessel about to burst: a boiler, tank or cylinder said to be about to explode, its gauge in the red, its relief
 * valve stuck ("pressure gauge on boiler 2 is in the red and climbing", "el tanque va a explotar", "sasabog na yung
 * tangke", "الخزان راح ينفجر"), and a vessel, pipe or hose burst on a line under pressure or carrying steam, gas or a
 * chemical. A head, an inbox or a phone "about to explode" names no vessel; blood pressure is no gauge; a burst water
 * pipe in the toilets is no pressure line. Tests: test/unit/analysis/urgency-blind-29.test.ts.
 */

const EN_VESSEL = String.raw`boilers?|tanks?|vessels?|cylinders?|compressors?|autoclaves?|reactors?|receivers?|accumulators?|pressure cookers?|gas bottles?|drums?|kettles?|calorifiers?|steam (?:drum|line|pipe)s?`;
const EN_BURST = String.raw`(?:(?:is |it'?s |its )?(?:going to|gonna|about to|could|might|will|set to|ready to) (?:blow(?: up)?|explode|burst|rupture|go up|go bang)|(?:is |it'?s )?(?:gonna|going to) blow)`;
const EN_PRESSURE_CALM = String.raw`${EN_CALM}|blood pressure|peer pressure|fish tank|think tank|head|inbox|phone|brain|lol|haha\w*|if we don'?t service|risk assessment`;
const EN_PRESSURE_HAZARD = String.raw`steam|pressuri[sz]ed|high[- ]pressure|(?<!water |blood |tyre |tire |peer )pressure|hydraulic|ammonia|chlorine|gas|acid|caustic|chemicals?|scald\w*|boiling|hot (?:oil|water)|superheated|air line|compressed air`;
const EN_BURST_PART = String.raw`vessels?|pipes?|pipework|lines?|hoses?|valves?|gaskets?|tanks?|boilers?|cylinders?|seals?|fittings?|joints?|flanges?|manifolds?|headers?`;

export const ENGLISH_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:${EN_VESSEL})\b[^.!?\n]{0,60}?\b${EN_BURST}\b${notOnItsLine(EN_PRESSURE_CALM)}|\b(?<!blood )(?:pressure (?:gauge|gage|dial|reading)s?|gauges?)\b[^.!?\n]{0,40}\b(?:in the red|red zone|off the (?:scale|chart)|maxed out|past the red line)\b${notOnItsLine(EN_PRESSURE_CALM)}|\b(?:relief |safety |release |blow-?off )?valves? (?:won'?t|wont|will not|doesn'?t|does not|can'?t|cannot) (?:open|release|lift|vent|blow off)\b(?<=\b(?:pressure|boiler|tank|steam|vessel)\b[^\n]{0,120})${notOnItsLine(EN_PRESSURE_CALM)}|\b(?:relief|safety) valves? (?:is |are )?(?:stuck|jammed|blocked|seized)\b${notOnItsLine(EN_PRESSURE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<!\bblood )\b(?:burst|ruptured|blown|exploded|split)\b (?:[\w-]+ ){0,2}?(?<!\bblood )(?:${EN_BURST_PART})\b(?:(?<=[^\n]*\b(?:${EN_PRESSURE_HAZARD})\b[^\n]*)|(?=[^\n]{0,100}\b(?:${EN_PRESSURE_HAZARD})\b))${notOnItsLine(`${EN_PRESSURE_CALM}|if (?:it|one|a|the)|could|might|in case|risk of|to prevent`)}|\b(?:${EN_PRESSURE_HAZARD})\b (?:[\w-]+ ){0,2}?(?:${EN_BURST_PART}) (?:has |have |just |'s )?(?:burst|ruptured|blown|exploded|split open)\b${notOnItsLine(`${EN_PRESSURE_CALM}|if (?:it|one|a|the)|could|might|in case|risk of|to prevent`)}`,
  ),
];

export const SPANISH_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:tanque|caldera|deposito|tuberia|compresor|cilindro|bombona|olla a presion|autoclave|recipiente|calderin)\w*\b[^.!?\n]{0,60}?\b(?:va a (?:explotar|reventar|estallar)|a punto de (?:explotar|reventar|estallar)|(?:puede|podria) (?:explotar|reventar|estallar))\b${notOnItsLine(ES_CALM)}|\bpresion\b[^.!?\n]{0,30}\b(?:al maximo|en rojo|en el rojo|disparada)\b(?<=\b(?:tanque|caldera|deposito|compresor|cilindro|manometro|valvula)\w*\b[^\n]{0,120})${notOnItsLine(ES_CALM)}`,
  ),
];

export const FRENCH_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:reservoir|cuve|chaudiere|citerne|compresseur|bouteille de gaz|autoclave|ballon|recipient|cocotte)\w*\b[^.!?\n]{0,60}?\b(?:va (?:peter|exploser|sauter|eclater)|(?:risque|pourrait|peut) (?:de )?(?:peter|exploser|sauter|eclater)|(?:est )?sur le point d'(?:exploser|eclater))\b${notOnItsLine(FR_CALM)}|\bsoupape\b[^.!?\n]{0,30}\b(?:bloquee|coincee|ne s'ouvre (?:pas|plus))\b${notOnItsLine(FR_CALM)}`,
  ),
];

export const GERMAN_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:kessel|tank|behalter|behaelter|druckbehalter|druckbehaelter|kompressor|gasflasche|autoklav|boiler|dampfkessel)\w*\b[^.!?\n]{0,60}?\b(?:(?:konnte|koennte|kann|wird|droht zu) (?:gleich )?(?:explodieren|platzen|bersten|in die luft gehen)|explodiert gleich|platzt gleich|fliegt gleich in die luft)\b${notOnItsLine(DE_CALM)}|\bdruck\w*\b[^.!?\n]{0,40}\bim roten bereich\b${notOnItsLine(DE_CALM)}`,
  ),
];

export const ITALIAN_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:serbatoio|caldaia|cisterna|compressore|bombola|autoclave|recipiente|pentola a pressione)\w*\b[^.!?\n]{0,60}?\b(?:sta per (?:esplodere|scoppiare)|(?:puo|potrebbe|rischia di) (?:esplodere|scoppiare))\b${notOnItsLine(IT_CALM)}|\bpressione\b[^.!?\n]{0,30}\b(?:al massimo|nel rosso|alle stelle)\b(?<=\b(?:serbatoio|caldaia|cisterna|compressore|bombola|manometro|valvola)\w*\b[^\n]{0,120})${notOnItsLine(IT_CALM)}`,
  ),
];

export const PORTUGUESE_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:tanque|caldeira|reservatorio|cilindro|botijao|compressor|autoclave|panela de pressao)\w*\b[^.!?\n]{0,60}?\b(?:vai (?:explodir|estourar)|(?:pode|prestes a|esta pra|ta pra) (?:explodir|estourar))\b${notOnItsLine(PT_CALM)}|\bpressao\b[^.!?\n]{0,30}\b(?:no maximo|no vermelho|la em cima)\b(?<=\b(?:tanque|caldeira|reservatorio|cilindro|compressor|manometro|valvula)\w*\b[^\n]{0,120})${notOnItsLine(PT_CALM)}`,
  ),
];

export const POLISH_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:zbiornik|kociol|kotl|butl|sprezark|autoklaw)\w*\b[^.!?\n]{0,60}?\b(?:zaraz (?:wybuchnie|eksploduje|peknie|rozerwie)|(?:moze|grozi) (?:wybuchnac|eksplodowac|wybuchem|peknac))\b${notOnItsLine(PL_CALM)}`,
  ),
];

export const VIETNAMESE_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:binh|noi hoi|bon|ong|may nen|ap suat|lo hoi)\b[^.!?\n]{0,40}?\bsap (?:phat )?no\b(?![^\n]{0,80}\b(?:dien tap|tap huan|phim|game)\b)`,
  ),
];

export const TAGALOG_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:sasabog|puputok|papuputok)(?: na)? (?:\S+ )?(?:tangke|tanke|boiler|silindro|compressor|kaldero)\b|\b(?:tangke|tanke|boiler|silindro|compressor)\b[^.!?\n]{0,40}\b(?:sasabog|puputok)\b`,
  ),
];

export const CHINESE_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`(?:锅炉|鍋爐|压力|壓力|储罐|儲罐|罐|气瓶|氣瓶|压缩机|壓縮機|容器|反应釜|反應釜)[^。！？!?\n]{0,20}(?:要爆炸|快爆炸|可能爆炸|会爆炸|會爆炸|随时.{0,4}爆|隨時.{0,4}爆|爆表)`,
  ),
];

export const ARABIC_VESSELS_ABOUT_TO_BURST: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`(?:الخزان|خزان|الغلايه|غلايه|البويلر|الاسطوانه|اسطوانه|الضاغط|الطنجره)[^.!?؟\n]{0,30}(?:راح ينفجر|رح ينفجر|سينفجر|بينفجر|على وشك الانفجار|ح ينفجر|هينفجر)`,
  ),
];
