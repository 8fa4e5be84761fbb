import { fold } from './normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Which kind a report is when the writer is the one at risk: "je vais me tuer", "me voy a matar", "vou me matar",
 * "papatayin ko ang sarili ko" read to the threat rules as "me … (va|voy) a matar", someone going to kill the
 * writer, so a report of self-harm also went as a threat of violence, to whoever owns threats (the COO in the
 * example config), who should not read it; and "juro que me mato", "papatayin ko ang sarili ko" went as a threat
 * alone, to no one who owns self-harm.
 *
 * The rule of precedence (docs/escalations.md, "Which kind when two rules match"): the writer's own death said of
 * themself (a verb of killing with a first-person subject and a reflexive object, or "myself" / "sarili ko") is
 * self-harm, never a threat. The report is read again without those words: a threat still read there is someone
 * else's ("voy a matar a mi jefe y luego matarme") and stays beside the self-harm; one no longer read was only the
 * writer's words about themself, and goes. Only the kind changes here, never whether a report is urgent.
 *
 * Patterns run on folded text (lower case, no accents), so they are written in ASCII. A table of verbs of killing
 * by the reflexive forms each language says them with, not a phrase per example.
 */

const EN = String.raw`\b(?:kill|killing|hang|hanging|shoot|shooting|off|offing|top|topping|hurt|hurting) my ?self\b|\b(?:end|ending|take|taking) my (?:own )?life\b`;
// Spanish: "me voy a matar", "matarme", "quitarme la vida"; "me mato" only where it is said of oneself ("juro que
// me mato"): "el jefe me mato" (he killed me, typed without the accent) is no more the writer's own act.
// Spanish: "me voy a matar", "quiero matarme", "quitarme la vida"; "me mato" only where it is said of oneself ("juro que
// me mato"): "el jefe me mato" (he killed me, typed without the accent) is no more the writer's own act. "matarme",
// "ahorcarme" are the writer's own only after a verb of theirs ("voy a", "quiero"): "me amenazó con matarme", "dijo que
// iba a matarme" are someone else's threat to kill the writer ("iba" is his as often as mine).
const ES = String.raw`\bme (?:voy|vuelvo) a (?:matar|suicidar|quitar la vida|colgar|ahorcar|tirar (?:por|de|al))\b(?! a (?!mi mism[oa]\b)\w)|\b(?:suicidarme|quitarme la vida)\b|\b(?:voy a|quiero|pienso|estoy pensando en|ganas de|deberia|podria|prefiero|necesito|tengo que) (?:\w+ )?(?:matarme|ahorcarme|colgarme)\b|(?<=\b(?:voy a|quiero) \w+(?: \w+){0,5}? y (?:luego |despues )?)(?:matarme|ahorcarme|colgarme)\b|\b(?:yo|que|juro|te juro|hoy|ahorita|manana|ya) me (?:mato|suicido|ahorco|cuelgo)\b`;
const FR = String.raw`\bj(?:e |'|e? ?)(?:vais|veux|voudrais|vais finir par|pense a|compte|peux|pourrais) (?:bien |juste |vraiment )?me (?:tuer|suicider|flinguer|buter|pendre|foutre en l'air|jeter)\b|\bje me (?:tue|suicide|flingue|pends)\b|\b(?:envie|besoin|peur) de me (?:tuer|suicider|flinguer|buter|pendre|foutre en l'air)\b`;
// Italian: "mi ammazzo", "voglio uccidermi"; "mi ha minacciato di uccidermi" is someone else's threat.
const IT = String.raw`\bmi (?:ammazzo|uccido|suicido|impicco|sparo)\b|\b(?:suicidarmi|togliermi la vita)\b|\b(?:voglio|vorrei|penso di|sto per|devo|ho voglia di|mi viene da) (?:\w+ )?(?:ammazzarmi|uccidermi|impiccarmi|spararmi)\b`;
// Portuguese: "vou me matar", "quero matar-me"; "ameaçou matar-me" is someone else's threat.
const PT = String.raw`\b(?:vou|quero|penso em|vou acabar|acho que vou) me (?:matar|suicidar|enforcar)\b|\b(?:suicidar-me|me suicido)\b|\b(?:vou|quero|penso em|vontade de|devia|vou acabar por) (?:\w+ )?(?:matar-me|enforcar-me)\b|\b(?:eu|juro que|hoje) me (?:mato|enforco)\b|\btirar (?:a )?minha (?:propria )?vida\b`;
// German: "ich bringe mich um", "ich will mich umbringen"; "er drohte, mich umzubringen" is someone else's threat.
const DE = String.raw`\bich (?:bring|bringe) mich (?:\w+ )?um\b|\bich (?:werde|will|mochte|muss|sollte|konnte|wurde) mich (?:\w+ )?(?:umbringen|toten|erschiessen|erhangen|aufhangen)\b|\bich (?:\w+ ){0,4}?mich (?:umzubringen|zu toten|zu erhangen)\b`;
const PL = String.raw`\b(?:zabije|zabic|zabilbym|zabilabym) sie\b|\b(?:powiesze|powiesic|zabije) sie\b|\bodbiore sobie zycie\b`;
const TL = String.raw`\b(?:papatayin|patayin|pinatay) ko (?:na )?(?:ang )?(?:aking )?sarili(?: ko)?\b|\bmagpapakamatay\b|\bmagpakamatay\b`;
const VI = String.raw`\btu (?:tu|sat)\b|\btu giet (?:minh|ban than)\b`;

const SELF_DIRECTED = new RegExp([EN, ES, FR, IT, PT, DE, PL, TL, VI].map((s) => `(?:${s})`).join('|'), 'gu');
// Cheap gate: every pattern above holds one of these words; most reports hold none, and are not searched at all.
const GATE =
  /self|life|mat|suicid|vida|tu|ammazz|ucci|impicc|spar|mich|sie|zycie|sarili|pakamatay|flingu|buter|pend|ahorc|colg|enforc/;

// Someone else named as killed beside the writer: "kill myself and my boss too", "I will kill myself and then kill my
// supervisor", "voy a matarme y a matar a mi jefe". Read the rules alone would miss it once the writer's own words
// are blanked (no subject is left before "kill my supervisor"), so a killing verb, or a "and … too" straight after
// the writer's own death, with another person as its object keeps the threat.
const KILLING = String.raw`(?:kill|murder|shoot|stab|matar|asesinar|tuer|buter|flinguer|ammazzare|uccidere|umbringen|toten|erschiessen|zabic|zabije|patayin|giet)`;
const ANOTHER = String.raw`(?:my|our|the|his|her|that|this|mi|mis|el|la|los|al|mon|ma|mes|le|les|ce|cette|il|lo|mio|mia|meu|minha|o|mein|meine|meinen|den|die|der|moj|moja|mojego|ang|si|him|her|them|you|u|everyone|everybody|all of (?:them|you)|todos|tous|tutti|alle)\b`;
const OTHER_KILLED = new RegExp(String.raw`\b${KILLING} (?:a |an |de |a la |al )?${ANOTHER}`, 'u');
const TOO = String.raw`(?:too|also|as well|aussi|auch|tambien|anche|tez|rin)\b`;
const AND_ANOTHER = String.raw` *,? (?:and|y|e|et|und|i|at)(?: (?:then|luego|despues|puis|ensuite|poi|dann|potem|pagkatapos))?(?: ${KILLING} (?:a |a la |al |de )?${ANOTHER}| ${ANOTHER}(?: \w+){1,2}? ${TOO})`;
const SELF_THEN_ANOTHER = new RegExp(String.raw`(?:${SELF_DIRECTED.source})${AND_ANOTHER}`, 'u');

// The other way round: someone else first, then the writer ("I'm going to kill my boss and then myself", "voy a matar
// a mi supervisor y despues me mato yo", "ich bringe meinen Chef um und danach mich selbst"): the threat rules read the
// first half, and the writer's own death after it is self-harm too.
const THEN_MYSELF = new RegExp(
  String.raw`\b(?:${KILLING}\w*|bringe? .{0,30}?\bum) .{0,60}?\b(?:and|y|und|i|et|e|epi)(?: (?:then|after(?:wards)?|despues|luego|danach|dann|potem|puis|apres|depois|poi))? (?:me mato(?: yo)?|myself|me too|mich selbst|mich|siebie|moi(?:-| )meme|me tuer|me matar|matarme|me uccido|tet mwen)\b`,
  'u',
);

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/**
 * The reading of an urgent report with a threat read from the writer's own death said of themself set right: that
 * threat is self-harm; and a report of self-harm that names someone else killed beside the writer is a threat too.
 * `read` is the detector's rules, asked again with those words blanked out (only for a report that reads a threat
 * and holds them).
 */
export function withWriterAtRisk(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (!reading.urgent || typeof text !== 'string') return reading;
  const threat = reading.categories.includes('threat');
  if (!threat && !reading.categories.includes('self-harm')) return reading;
  const folded = fold(text);
  if (threat && !reading.categories.includes('self-harm') && THEN_MYSELF.test(folded))
    return {
      urgent: true,
      categories: URGENCY_CATEGORIES.filter((c) => c === 'self-harm' || reading.categories.includes(c)),
    };
  if (!GATE.test(folded)) return reading;
  SELF_DIRECTED.lastIndex = 0;
  if (!SELF_DIRECTED.test(folded)) return reading;
  SELF_DIRECTED.lastIndex = 0;
  const blanked = folded.replace(SELF_DIRECTED, ' ');
  const categories = new Set<UrgencyCategory>(reading.categories);
  const someoneElse =
    (threat && read(blanked).categories.includes('threat')) ||
    OTHER_KILLED.test(blanked) ||
    SELF_THEN_ANOTHER.test(folded);
  if (someoneElse) categories.add('threat');
  else categories.delete('threat');
  categories.add('self-harm');
  return { urgent: true, categories: URGENCY_CATEGORIES.filter((category) => categories.has(category)) };
}
