import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';
import { EVERYDAY_SENTENCES, urgentEvalTexts } from '../../support/urgency-eval-rows';

// Promise 1, nothing urgent is lost: a report written in two languages is read in both. The phrase rules of a
// language run where the text's function words point to it, and a clause in the language with fewer of them was
// dropped: "Je vais me tuer ce soir." was urgent, and calm after "I work in the warehouse."; so were "jemand
// schießt in der Halle", "fui abusada sexualmente pelo gerente" and "Ktoś podłożył bombę w recepcji" beside a
// sentence in English or Spanish. Each clause is now also read by the languages its own words point to
// (urgency/matcher.ts, clausesInOtherLanguages), on its own, so their rules never read the other language's words.

/** Every urgent row of the eval sets the phrase rules find alone, of five words or more (shorter ones are cries for help, read only when they are all a text says: cry-for-help.ts). */
const ruleFoundReports = (): string[] =>
  urgentEvalTexts().filter((text) => text.trim().split(/\s+/).length >= 5 && detectRuleUrgency(text).urgent);

const endsSentence = (text: string): boolean => /[.!?。！？]\s*$/u.test(text);

describe('urgency: a report beside a sentence in another language', { timeout: 240_000 }, () => {
  it('Should read every report the rules find as urgent with an everyday sentence in any language before or after it', () => {
    const reports = ruleFoundReports();
    expect(reports.length).toBeGreaterThan(800);
    const calm: string[] = [];
    for (const report of reports) {
      for (const sentence of EVERYDAY_SENTENCES) {
        for (const text of [`${sentence} ${report}`, `${report}${endsSentence(report) ? '' : '.'} ${sentence}`]) {
          if (!detectUrgency(text).urgent) calm.push(text);
        }
      }
    }
    expect(calm).toEqual([]);
  });

  it.each([
    ["Thanks for the survey. I like the canteen and the people are kind. Mon chef m'a frappé hier soir.", 'threat'],
    ['We are in the night shift and it is quiet, thanks. Ktoś podłożył bombę w recepcji.', 'safety'],
    ['Hi team, I work nights at the depot; mi jefe me golpea cuando llego tarde', 'threat'],
    ['Trabajo en el almacén desde hace un año, me gusta. Je vais me tuer ce soir.', 'self-harm'],
    ['Ich arbeite in der Buchhaltung und die Kantine ist gut. Qualcuno sta sparando nel parcheggio.', 'safety'],
  ])('Should read the clause in the other language: %j', (text, category) => {
    expect(detectUrgency(text).categories).toContain(category);
  });

  it.each([
    // The clause's own language reads its own negation: an all-clear in French stays one beside English.
    'Je travaille ici depuis deux ans. Il n’y a aucun harcèlement dans mon équipe.',
    'I work in the warehouse. El reparto del bote de propinas ahora es justo, gracias por cambiarlo.',
    'Thanks for asking. Ich arbeite gern hier, die Kollegen sind nett.',
  ])('Should not read a calm clause as a report through another language: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
