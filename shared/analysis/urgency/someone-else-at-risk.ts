import { fold } from './normalise';
import type { UrgencyCategory } from './types';

/*
 * Someone else's life at risk by their own hand, told by a coworker (miss42, att42 F4, F6): "my coworker keeps saying
 * he wont be around for christmas and he bought rope" went to the HR owner as harassment; "ha preso un flacone intero
 * di pillole in bagno, non risponde" (a whole bottle of pills) and "Marek mówi że nie dożyje wypłaty" (won't live to
 * payday) were calm; "se tomó un frasco entero de pastillas" went as safety alone. These are self-harm: the owner of
 * self-harm is who must read them, whatever the other rules also found in their words ("keeps saying" read as
 * bullying, "compró una soga" as a threat). So when one of these is read, the report is urgent and its kind is
 * self-harm alone. writer-at-risk.ts does the same for the writer's own death.
 *
 * Two shapes, each a table of words rather than a phrase per example, on folded text (ASCII):
 *  - a whole bottle, box or pack of pills taken (the verb, a word for whole, the container, the pills);
 *  - a person said not to be around, or not to live, for a day ahead (christmas, payday, the weekend, next week).
 * Calm beside them: "ha preso un flacone di sciroppo per la tosse" (not whole, not pills), "he won't be around for
 * christmas, he's visiting family" (a place he goes: not read when a trip or a visit is named).
 */

const TOOK = String.raw`(?:took|taken|swallowed|downed|ate|necked|ha preso|ha ingoiato|ha buttato giu|si e preso|se tomo|se trago|se metio|tomo|trago|a avale|a pris|a gobe|geschluckt|genommen|eingeworfen|tomou|engoliu|ingeriu|ininom|uminom|nilunok|wzial|wziela|polknal|polknela|lyknal|lyknela|zjadl|zjadla)`;
const WHOLE = String.raw`(?:whole|entire|full|intero|intera|tutto|tutta|entero|entera|completo|toute|tout|entiere|ganze|ganzen|ganzes|volle|inteiro|inteira|buong|cala|calego|cale|caly)`;
const CONTAINER = String.raw`(?:bottle|box|pack|packet|strip|jar|flacone|boccetta|scatola|confezione|blister|frasco|caja|bote|tira|boite|tube|plaquette|flacon|packung|schachtel|flasche|dose|frasco|caixa|cartela|vidro|bote|opakowanie|butelke|buteleczke|listek)`;
const PILLS = String.raw`(?:pills|tablets|meds|medication|painkillers|sleeping pills|pastillas|pildoras|medicinas|pillole|compresse|farmaci|cachets|comprimes|medicaments|tabletten|pillen|schlaftabletten|comprimidos|remedios|gamot|tableta|tabletek|lekow|tabletki)`;
const OVERDOSE = new RegExp(
  String.raw`\b${TOOK}\b(?=[^.!?\n]{0,60}\b${WHOLE}\b)[^.!?\n]{0,40}?\b${CONTAINER}\b[^.!?\n]{0,25}?\b${PILLS}\b`,
  'u',
);

// Said not to be around, or not to live, for a day ahead; not when a trip or a visit is named.
const NOT_AROUND =
  /\b(?:won'?t|wont|will not|isn'?t going to|is not going to|not gonna|aint gonna) (?:be (?:around|here|alive|with us)|make it|live) (?:for|to see|till|until|by|at|on|past) (?:the |his |her )?(?:christmas|xmas|payday|pay day|the weekend|next week|new year|his birthday|her birthday|easter|friday|monday)\b|\bno (?:va|iba) a (?:estar|llegar|vivir) (?:para|a|hasta) (?:la |el )?(?:navidad|quincena|dia de pago|fin de semana|ano nuevo|su cumpleanos)\b|\bne sera (?:plus )?(?:la|en vie) pour (?:noel|la paie|le week-end|le nouvel an)\b|\b(?:nicht mehr erleben|nicht mehr da sein)\b[^.!?\n]{0,30}?\b(?:weihnachten|zahltag|wochenende|neujahr)\b|\b(?:weihnachten|zahltag|neujahr)\b[^.!?\n]{0,30}?\bnicht mehr erleben\b|\bnao vai (?:estar|chegar|viver) (?:aqui )?(?:no|ao|ate o|para o) (?:natal|pagamento|fim de semana|ano novo)\b|\bnon (?:ci )?sara piu (?:qui )?(?:a|per) (?:natale|capodanno|il weekend)\b|\bnie dozyje (?:do )?(?:wyplaty|swiat|weekendu|piatku|nowego roku)\b/u;
const A_TRIP =
  /\b(?:visit\w*|trip|holiday|vacation|travel\w*|flying|moving|family in|vacaciones|viaje|vacances|voyage|urlaub|reise|ferie|viagem|wakacje|urlop)\b/u;

/**
 * Whether the text tells of someone else taking a whole bottle of pills, or (when no threat was read in it) of someone
 * said not to be around for a day ahead: "if I get sacked that supervisor won't live to see christmas" is a threat.
 */
export function tellsOfSomeoneElseAtRisk(typed: string, threatRead = false): boolean {
  if (typeof typed !== 'string' || !typed) return false;
  const folded = fold(typed);
  if (OVERDOSE.test(folded)) return true;
  return !threatRead && NOT_AROUND.test(folded) && !A_TRIP.test(folded);
}

/** The urgency with the kind set to self-harm when the text tells of someone at risk by their own hand. */
export function withSomeoneElseAtRisk<T extends { urgent: boolean; categories: UrgencyCategory[] }>(
  typed: string,
  urgency: T,
): T | { urgent: true; categories: UrgencyCategory[] } {
  if (!tellsOfSomeoneElseAtRisk(typed, urgency.categories.includes('threat'))) return urgency;
  return { urgent: true, categories: ['self-harm'] };
}
