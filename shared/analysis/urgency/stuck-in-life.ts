/*
 * Trapped in a job and stuck in traffic: the words of someone shut in, said of a life or a commute ("me siento
 * atrapado en este trabajo, ayuda", "ayuda, atrapado en el tráfico"). A cry for help beside them asks for a way out
 * of a job or says the writer is late; read alone, the cry was taken for an emergency (urgency.ts reads a cry with up
 * to six words around it as a cry). Blanked for the safety rules as a hazard reported fixed is (calm-safety.ts), so
 * the cry is read with its reason; a report beside them is still read ("stuck in traffic, the van is on fire").
 * Someone trapped in a lift, a freezer or a car after a crash is no job or traffic, and stays urgent.
 */
const STUCK_IN_LIFE = [
  // en
  String.raw`\b(?:(?:i|we) (?:feel|felt) |(?:feel|feeling|felt) (?:so |really |completely |totally )?)?(?:trapped|stuck) (?:in|at) (?:this|my|a|the|that|our) (?:dead[- ]end |boring |crap |shit |stupid )?(?:job|role|position|contract|career|company|relationship|rut)\b|\b(?:stuck|trapped|caught|sat|sitting) in (?:the |heavy |bad |this |rush[- ]hour )?(?:traffic|a traffic jam|a jam|gridlock|a tailback|roadworks)\b`,
  // es
  String.raw`\b(?:atrapad[oa]s?|estancad[oa]s?|atorad[oa]s?|encerrad[oa]s?) en (?:este|esta|mi|el|un|una|la) (?:\w+ )?(?:trabajo|empleo|puesto|chamba|curro|contrato|relacion|empresa|rutina)\b|\b(?:atrapad[oa]s?|atorad[oa]s?|atascad[oa]s?|parad[oa]s?|metid[oa]s?) en (?:el |un |este |la |pleno )?(?:trafico|atasco|embotellamiento|tranque|tapon|trancon)\b`,
  // fr
  String.raw`\b(?:coince|bloque|pris|piege|enferme)e?s? dans (?:les |un |le |des |la )?(?:bouchons?|embouteillages?|trafic|circulation)\b|\b(?:coince|piege|enferme|pris au piege)e?s? dans (?:ce|mon|un|le|cette|ma) (?:\w+ )?(?:boulot|travail|job|poste|contrat|taf|entreprise)\b`,
  // pt
  String.raw`\b(?:pres[oa]s?|parad[oa]s?|travad[oa]s?) no (?:transito|trafego|engarrafamento)\b|\b(?:pres[oa]s?|encurralad[oa]s?) (?:neste|nesse|no meu|num|no|nesta|nessa) (?:\w+ )?(?:trabalho|emprego|contrato|servico)\b`,
  // de
  String.raw`\b(?:stecke|stecken|steckt|steckte|stehe|stehen|steht|stand|standen)(?: \w+)? im stau\b|\bim stau (?:fest|stecken|gestanden|steckengeblieben)\b|\b(?:gefangen|festgefahren) (?:in|im) (?:diesem|meinem|dem|einem) (?:job|beruf|vertrag)\b`,
  // it
  String.raw`\b(?:bloccat[oaie]|ferm[oaie]|imbottigliat[oaie]|incastrat[oaie]) nel traffico\b|\b(?:intrappolat[oaie]|bloccat[oaie]) in (?:questo|quel|un|mio) (?:lavoro|contratto|posto)\b`,
].join('|');
const PATTERN = new RegExp(STUCK_IN_LIFE, 'g');
const MAY_HOLD =
  /trapped|stuck|caught|sat |sitting|atrapad|estancad|atorad|encerrad|atascad|parad|metid|coince|bloque|pris|piege|enferme|pres[oa]|travad|encurralad|stau|gefangen|festgefahren|bloccat|ferm|imbottigliat|incastrat|intrappolat/;

/** The folded text with a job or the traffic one is stuck in blanked, or the text itself when it has none. */
export function withoutStuckInLife(folded: string): string {
  if (!MAY_HOLD.test(folded)) return folded;
  return folded.replace(PATTERN, (found) => ' '.repeat(found.length));
}
