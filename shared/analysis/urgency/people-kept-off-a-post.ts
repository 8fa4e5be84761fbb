import { rule, type UrgencyRule } from './types';

/*
 * A people kept off a post by a boss's word (att43, 2026-12-07): "no Mexicans on forklift, the supervisor said", "el jefe
 * dijo: nada de mujeres en el montacargas", "pas de noirs au quai, a dit le chef", "keine Polen am Stapler, sagt der
 * Vorarbeiter". It is discrimination, and was read as nothing (its "forklift" then sent it to the owner of safety).
 *
 * "No <people> on/at/in <post>" with, in the same sentence, someone saying it or it being the rule; or "<people> can't
 * drive/work/operate". A count of who is there ("there are no women on the night shift") says no one was kept off, and
 * is not read. In en, es, fr, pt, de, it, pl.
 */

const within = (said: string, kept: string): string =>
  String.raw`\b(?:${said})\b[^.!?\n]{0,100}?${kept}|${kept}[^.!?\n]{0,100}?\b(?:${said})\b`;

const EN_PEOPLE = String.raw`(?:mexicans?|blacks|whites|asians|latinos|latinas|hispanics|immigrants|foreigners|migrants|muslims|jews|gays|women|girls|ladies|females|poles|romanians|ukrainians|indians|pakistanis|filipinos|africans|arabs|haitians|somalis|(?:mexican|black|asian|indian|african|arab|muslim|polish|foreign|immigrant|latino|hispanic|gay|female) (?:guys|people|men|women|workers|lads|girls|drivers))`;
const EN_SAID = String.raw`said|says|told|tells|telling|rule|rules|policy|orders?|ordered|wants|decided|announced|made it clear`;
const EN_KEPT = String.raw`(?<!there (?:are|were|is|was) )\bno (?:more )?${EN_PEOPLE} (?:on|in|at|near|driving|running|operating|allowed|for)\b`;
const EN_BARRED = String.raw`\b${EN_PEOPLE} (?:can'?t|cannot|can not|are not allowed to|aren'?t allowed to|may not|don'?t get to|never get to|are banned from|aren'?t to) (?:drive|run|work|operate|be on|use|go on|touch)\b`;

const ES_PEOPLE = String.raw`(?:mexican[oa]s|negr[oa]s|mujeres|inmigrantes|extranjer[oa]s|latin[oa]s|musulman[ae]s|gays|indi[oa]s|hondurenos|guatemaltecos|salvadorenos|venezolan[oa]s|colombian[oa]s|chin[oa]s|gitan[oa]s|moros|peruan[oa]s|bolivian[oa]s)`;
const ES_SAID = String.raw`dijo|dice|dicen|ordeno|ordena|regla|quiere|norma|manda|mando`;
const ES_KEPT = String.raw`\b(?:nada de|ningun|ninguna|no quiere|no quieren|no permite|no permiten|no deja|no dejan|prohibido a|prohibidos|no mas) (?:los |las |a los |a las )?${ES_PEOPLE} (?:en|al|a la|manejando|conduciendo|cerca)\b`;

const FR_PEOPLE = String.raw`(?:noirs|noires|arabes|femmes|etrangers|etrangeres|immigres|musulmans|juifs|gays|portugais|roumains|polonais|africains|maghrebins|asiatiques|chinois|turcs|gitans|roms|beurs|renois)`;
const FR_SAID = String.raw`a dit|dit|disait|veut|regle|consigne|ordre|exige|a decide`;
const FR_KEPT = String.raw`(?<!il n'y a )\b(?:pas de|plus de|aucun|aucune|interdits? aux|ne veut pas de|ne veut plus de|veut pas de|veut plus de) (?:${FR_PEOPLE}) (?:au|a la|aux|sur|dans|en|pres)\b`;

const PT_PEOPLE = String.raw`(?:negr[oa]s|mulheres|estrangeir[oa]s|imigrantes|brasileir[oa]s|venezuelan[oa]s|haitian[oa]s|bolivian[oa]s|angolan[oa]s|nordestin[oa]s|gays|muculman[oa]s|african[oa]s|indi[oa]s|cigan[oa]s)`;
const PT_SAID = String.raw`disse|diz|mandou|manda|regra|quer|ordem|ordenou`;
const PT_KEPT = String.raw`\b(?:nada de|nenhum|nenhuma|nao quer|nao querem|proibido|proibida|sem mais) (?:${PT_PEOPLE}) (?:na|no|nas|nos|em|perto)\b`;

const DE_PEOPLE = String.raw`(?:polen|turken|auslander|frauen|schwarze|schwarzen|muslime|rumanen|ukrainer|araber|afrikaner|russen|zigeuner|migranten|fluchtlinge|juden|schwule|kanaken)`;
const DE_SAID = String.raw`sagt|sagte|gesagt|meint|regel|will|anordnung|befohlen|angeordnet`;
const DE_KEPT = String.raw`\b(?:keine|kein) (?:${DE_PEOPLE}) (?:am|an der|auf dem|auf der|im|in der|auf|beim|an|ans)\b`;

const IT_PEOPLE = String.raw`(?:stranier[ie]|neri|nere|donne|immigrati|marocchini|rumeni|albanesi|africani|musulmani|cinesi|ebrei|gay|terroni|zingari|extracomunitari)`;
const IT_SAID = String.raw`ha detto|dice|detto|vuole|regola|ordine|ordinato`;
const IT_KEPT = String.raw`\b(?:niente|nessun|nessuno|nessuna|non vuole|non vogliono|vietato agli|vietato alle|basta) (?:${IT_PEOPLE}) (?:sul|sulla|sui|al|alla|nel|nella|in|vicino)\b`;

const PL_PEOPLE = String.raw`(?:ukraincow|ukrainek|ukraincy|kobiet|cudzoziemcow|obcokrajowcow|murzynow|czarnych|cyganow|hindusow|arabow|muzulmanow|gejow|polakow|rumunow|bialorusinow|gruzinow|imigrantow)`;
const PL_SAID = String.raw`powiedzial\w*|mowi|kaze|kazal\w*|zasada|chce|polecenie|zarzadzil\w*`;
const PL_KEPT = String.raw`\b(?:zadnych|zadnego|zadnej|nie chce|nie chca|zakaz dla|bez) (?:${PL_PEOPLE}) (?:na|w|przy|do)\b`;

export const ENGLISH_PEOPLE_KEPT_OFF_A_POST: UrgencyRule[] = [
  rule('discrimination', within(EN_SAID, EN_KEPT)),
  rule('discrimination', EN_BARRED),
];
export const SPANISH_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(ES_SAID, ES_KEPT));
export const FRENCH_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(FR_SAID, FR_KEPT));
export const PORTUGUESE_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(PT_SAID, PT_KEPT));
export const GERMAN_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(DE_SAID, DE_KEPT));
export const ITALIAN_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(IT_SAID, IT_KEPT));
export const POLISH_PEOPLE_KEPT_OFF_A_POST = rule('discrimination', within(PL_SAID, PL_KEPT));
