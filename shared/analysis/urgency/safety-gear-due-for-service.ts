/*
 * A fire extinguisher past its date or due for its service (calm41, from the att40 attack): "the kitchen fire
 * extinguisher expired", "el extintor está vencido, hay que recargarlo", "der Feuerlöscher ist abgelaufen", "gaśnice
 * są przeterminowane". A maintenance item, no danger now: it belongs in the weekly digest under safety, not in the
 * sponsor's urgent mail, which a false alarm spends. Blind round 23 had decided the other way ("expired is how people
 * say it may not work"); the lead's brief of session 41 reverses it: the date on the tag has passed, the extinguisher
 * is still there and still charged. Read as harmless, like each language's `benign` idioms, so neither the rules nor
 * the model read it. Only the date or the service: an extinguisher empty, missing, used, broken or taken stays a
 * safeguard gone, and a fire, smoke or flames anywhere in the sentence keep it read ("the extinguisher is out of
 * date and there's a fire in the bin"). Folded text. Tests: test/unit/analysis/urgency-calm41.test.ts.
 */

// What keeps the sentence read: a fire, smoke or flames now (not "fire" of "fire extinguisher", nor "incendios" of
// "extintor contra incendios"), or the extinguisher empty, gone, used or broken.
const DANGER = String.raw`\bfire(?! extinguisher)|\bflam\w*|\bsmok\w*|\bburn\w*|\bblaz\w*|\bempty|\bmissing|\bgone\b|\bstolen|\btaken\b|\bused\b|\bbroken|\bdischarg\w*|\b(?<!contra |de )incendi\w*|\bfuego|\bllamas?\b|\bhumo\b|\bard\w*|\bvaci[oa]s?\b|\bfalta\w*|\brobad\w*|\busad[oa]s?\b|\brot[oa]s?\b|\bfeu\b|\bflammes?\b|\bfumee|\bbrul\w*|\bvides?\b|\bmanqu\w*|\bvole\w*|\butilise\w*|\bcasse\w*|\bfogo|\bchamas?\b|\bfumaca|\bqueim\w*|\bvazi[oa]s?\b|\bsumi\w*|\bquebrad\w*|\bfeuer\b|\bbrand\b|\bbrenn\w*|\brauch\w*|\bleer\b|\bfehl\w*|\bweg\b|\bgestohlen|\bbenutzt|\bkaputt|\bfuoco|\bfiamm\w*|\bfumo\b|\bbruci\w*|\bvuot[oi]\b|\bmanca\w*|\brubat\w*|\busat[oi]\b|\brott[oi]\b|\bogien|\bognia|\bpozar\b|\bplomien\w*|\bdym\w*|\bpali sie|\bpust[ae]\b|\bbrak\w*|\bukradzion\w*|\buzyt\w*|\bzepsut\w*`;
// Within the sentence, before and after, nothing of the above.
// Bounded, and looked back along only where the gear or its date stands (below): made at every position of a long
// run of letters, the look back cost the square of its length (as busy-as-a-fire.ts's did).
const CLEAR_AFTER = String.raw`(?![^.!?\n]{0,300}(?:${DANGER}))`;
const CLEAR_BEFORE = String.raw`(?<!(?:${DANGER})[^.!?\n]{0,300})`;
const near = (gear: string, due: string): string =>
  String.raw`(?=\b(?:${gear}|${due})\b)${CLEAR_BEFORE}(?:\b(?:${gear})\b(?: [\w']+){0,5}? (?:is |are |was |were |'s |'re |all |still |have |has |been |now |already |esta |estan |ya |todos |todas |est |sont |deja |tous |ta |tao |estao |ist |sind |schon |alle |bereits |e |sono |gia |tutti |jest |sa |juz |wszystkie )*(?:${due})\b|\b(?:${due}) (?:\w+ )?(?:${gear})\b)${CLEAR_AFTER}`;

const DUE: Record<string, [gear: string, due: string]> = {
  en: [
    String.raw`(?:fire )?extinguishers?`,
    String.raw`expired|out of date|outdated|past (?:its|their|the) (?:\w+ )?(?:date|expiry|service date)|overdue(?: for (?:its |their |the )?(?:\w+ )?(?:service|inspection|check|test))?|due (?:for|a) (?:\w+ )?(?:service|inspection|check|recharge|refill|test|renewal)|needs? (?:a |its |their )?(?:service|servicing|recharging|inspection|check|to be serviced|to be inspected|to be recharged|to be checked)`,
  ],
  es: [
    String.raw`extintor(?:es)?`,
    String.raw`vencid[oa]s?|caducad[oa]s?|expirad[oa]s?|fuera de (?:fecha|plazo)|pasad[oa]s? de fecha|sin revision|sin revisar|por revisar|pendientes? de revision`,
  ],
  fr: [
    String.raw`extincteurs?`,
    String.raw`perime\w*|expire\w*|hors (?:date|delai)|a reviser|a verifier|pas (?:ete )?(?:revise|verifie)s?|(?:la )?date (?:de (?:revision|validite|controle) )?(?:est )?depassee`,
  ],
  pt: [
    String.raw`extintor(?:es)?`,
    String.raw`vencid[oa]s?|fora (?:da|de) validade|expirad[oa]s?|com (?:a )?validade vencida|sem revisao|precisando de revisao|pra revisar|para revisar`,
  ],
  de: [
    String.raw`feuerlo(?:e)?scher\w*`,
    String.raw`abgelaufen|uberfallig\w*|nicht (?:mehr )?gepruft|prufung (?:ist )?(?:fallig|abgelaufen|uberfallig)|fallig (?:fur|zur) (?:die )?(?:prufung|wartung)|wartung (?:ist )?fallig`,
  ],
  it: [
    String.raw`estintor[ei]`,
    String.raw`scadut[oiae]|da revisionare|da controllare|revisione scaduta|non (?:sono |e )?(?:stat[oi] )?revisionat[oi]`,
  ],
  pl: [
    String.raw`gasnic\w*`,
    String.raw`przeterminowan\w*|po terminie|po dacie|nieaktualn\w*|bez przegladu|do przegladu`,
  ],
};

/** A language's "extinguisher due for service" (a source for its `benign` list), or none. */
export const dueForService = (code: string): string | undefined => {
  const due = DUE[code];
  return due ? near(...due) : undefined;
};
