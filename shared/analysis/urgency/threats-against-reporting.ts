import { lazyPattern } from '../lazy-pattern';
import { fold } from './normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Which kinds a threat of violence is when it is made against whoever reports: "my manager said he'd break my legs if
 * I report the missing stock", "me rompe las piernas si lo denuncio", "połamie mi nogi, jeśli to zgłoszę". It is a
 * threat, and it is retaliation too: the threat that keeps a report from being made, which whoever owns harassment
 * owns (docs/escalations.md; the English job threats "he'll fire anyone who goes to HR" are harassment already,
 * retaliation-threats.ts). A threat of harm read by the rules or the model kept its threat alone, and reached only the
 * owner of threats (att42). The rule of precedence ("Which kind when two rules match") adds the kind here: a threat
 * whose text makes it hang on reporting, telling, complaining or going to HR or the police is harassment too. Only the
 * kind changes, never whether a report is urgent.
 *
 * Folded text (lower case, no accents), so ASCII but for Ukrainian, written with \u escapes (bundles stay ASCII).
 * Each pattern starts with a word (no lookbehind) and bounds what it lets between its words.
 */

const EN_WHO = String.raw`(?:i|we|you|u|anyone|anybody|someone|somebody|he|she|they|any of us)`;
const EN_TELLS = String.raw`(?:report\w*|snitch\w*|grass\w*|complain\w*|rat\w* (?:on|out|him|her|them)|blow\w* the whistle|whistle-?blow\w*|(?:tell|tells|told|telling|go|goes|went|going|talk|talks|talked|speak|speaks|run|runs|ran|call|calls|called) (?:to )?(?:hr|human resources|the police|the cops|cops|police|management|head office|the union|osha|the boss|the owner|anyone|anybody|someone|corporate|the manager|security)|say (?:a word|anything)|open (?:my|your|his|her|their) mouths?|file\w* (?:a )?(?:complaint|grievance|report))`;
const EN = String.raw`\b(?:if|when|once|whoever|anyone who|anybody who|the day|the moment|as soon as|should)(?: ${EN_WHO})?(?: \w+){0,2} (?:ever |even |dares? to |tries? to |try to )?${EN_TELLS}\b|\bfor (?:reporting|snitching|grassing|complaining|telling (?:hr|anyone|the police)|going to (?:hr|the police|the union))\b`;
const ES = String.raw`\b(?:si|cuando|quien|el que|la que)(?: \w+){0,2} (?:lo |la |le |les |me )?(?:denuncio|denuncias|denuncia|denunciamos|denuncie|reporto|reportas|reporte|me quejo|se queja|se queje|digo algo|dice algo|hablo|habla|abro la boca|voy a (?:rrhh|recursos humanos|la policia|la direccion)|va a (?:rrhh|recursos humanos|la policia)|cuento algo|lo cuento|chivo|soplo)\b|\bpor (?:denunciar|reportar|quejarme|chivarme|hablar)\b`;
const FR = String.raw`\b(?:si|quand|celui qui|celle qui|quiconque)(?: \w+){0,2} (?:le |la |les |l'|en |lui )?(?:signale|signalais|signalait|signales|denonce|denoncais|parle|parlais|parles|balance|porte plainte|me plains|se plaint|dis (?:quoi que ce soit|un mot|rien)|vais (?:voir )?(?:les rh|aux rh|a la police|chez les flics|a la direction|a l'inspection)|va (?:voir )?(?:les rh|aux rh|a la police|a la direction))\b|\bpour (?:l'avoir |les avoir )?(?:signale|denonce|balance)\b`;
const PT = String.raw`\b(?:se|quando|quem)(?: \w+){0,2} (?:o |a |os |as |lhe )?(?:denunciar|denunciou|denuncia|reportar|reclamar|contar|falar|abrir a boca|dedurar|caguetar|for (?:ao|a|no|na) (?:rh|policia|direcao|gerencia))\b|\bpor (?:ter )?(?:denunciado|denunciar|reclamado|dedurado)\b`;
const DE = String.raw`\b(?:wenn|falls|sobald|wer)(?: \w+){0,4} (?:melde|meldest|melden|meldet|anzeige|anzeigst|anzeigt|verpfeife|verpfeifst|verpfeift|verrate|verratst|verrat|petze|petzt|beschwere|beschwert|erzahle|erzahlt|sage|sagt|aussage)\b|\b(?:wenn|falls)(?: \w+){0,4} (?:zur|zum|bei der|beim) (?:personalabteilung|polizei|betriebsrat|chef|hr|gewerkschaft)\b`;
const IT = String.raw`\bse(?: \w+){0,2} (?:lo |la |li |l'|gli )?(?:denuncio|denunci|denuncia|segnalo|segnali|racconto|dico qualcosa|parlo|parli|faccio la spia|fai la spia|mi lamento|vado (?:dalla|alla|all'|dall'|in) ?(?:polizia|hr|risorse umane|direzione|sindacato))\b|\bper (?:aver |averlo )?(?:denunciato|segnalato|fatto la spia)\b`;
const PL = String.raw`\b(?:jesli|jezeli|jak|gdy|kto)(?: \w+){0,2} (?:zglos\w*|donies\w*|doniose|powiem|powie|poskarz\w*|zakapuj\w*|kabluj\w*|pojde do (?:hr|kadr|policji|szefa|dyrekcji|zwiazku)|pojdzie do (?:hr|kadr|policji))\b|\bza (?:zgloszenie|donos|skarge|kablowanie)\b`;
const TL = String.raw`\b(?:kapag|pag|kung|sinumang|sino mang)(?: \w+){0,2} (?:nagsumbong|magsumbong|nagsusumbong|isumbong|sinumbong|nagreklamo|magreklamo|nag-?report|mag-?report|ireport|ni-?report|nagsabi|magsabi|nagkwento|magkwento)\b`;
const HT = String.raw`\b(?:si|le|ke|nenpot moun ki)(?: \w+){0,2} (?:rapote|denonse|pale|di(?: anyen)? (?:bay|ba)|plenyen|fe plent|ale (?:nan|lapolis|bay rh|nan rh|kay polis))\b`;
// "якщо (я) поскаржусь / повідомлю / доповім / розповім / донесу / піду в поліцію", "хто поскаржиться".
const UK = String.raw`(?:\u044f\u043a\u0449\u043e|\u044f\u043a|\u043a\u043e\u043b\u0438|\u0445\u0442\u043e)(?: [\p{L}']+){0,2} (?:\u043f\u043e\u0441\u043a\u0430\u0440\u0436|\u043f\u043e\u0432\u0456\u0434\u043e\u043c|\u0434\u043e\u043f\u043e\u0432\u0456\u043c|\u0440\u043e\u0437\u043f\u043e\u0432\u0456\u043c|\u0434\u043e\u043d\u0435\u0441|\u0437\u0430\u044f\u0432|\u043f\u0456\u0434\u0443 \u0432 \u043f\u043e\u043b\u0456\u0446\u0456\u044e)`;

const REPORTING = lazyPattern([EN, ES, FR, PT, DE, IT, PL, TL, HT, UK].join('|'), 'u');

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/** The reading of an urgent threat with harassment added where the threat hangs on the victim reporting it. */
export function withReportingThreatened(text: string, reading: Reading): Reading {
  const { categories } = reading;
  if (
    !reading.urgent ||
    !categories.includes('threat') ||
    categories.includes('harassment') ||
    typeof text !== 'string'
  )
    return reading;
  if (!REPORTING.get().test(fold(text))) return reading;
  return {
    urgent: true,
    categories: URGENCY_CATEGORIES.filter((category) => category === 'harassment' || categories.includes(category)),
  };
}
