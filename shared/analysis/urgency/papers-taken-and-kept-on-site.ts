import { notOnItsLine, EN_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * Forced labour told by its signs rather than by a promise not to give the papers back (att40 F1, plain40): "they
 * took our passports and we sleep in the warehouse, we cant leave". Papers taken, with workers kept where they work
 * (sleeping there, not let out, the doors locked at night). forced-labour.ts reads papers held with a refusal to give
 * them back; this reads them with the workers held. A passport "taken for a copy" or a trip stays calm.
 * Tests: test/unit/analysis/urgency-down-and-still.test.ts.
 */
const PAPERS = String.raw`(?:passports?|ids?|id cards?|papers|documents|visas?|work permits?|residence (?:cards?|permits?))`;
const TAKEN = String.raw`\b(?:took|taken|take|takes|taking|kept|keep|keeps|keeping|hold|holds|holding|held|confiscated|have|has|got) (?:all )?(?:of )?(?:our|my|their|everyone'?s|the workers'?|people'?s) ${PAPERS}\b`;
const KEPT = String.raw`\b(?:(?:we|i|they) (?:all )?(?:have to |must |are made to |make us )?(?:sleep|live|stay) (?:in|at|on) (?:the |a )?(?:warehouse|factory|site|shop|farm|container|basement|back room|plant|kitchen|barn|workshop|floor)|(?:we|i|they) (?:can'?t|cant|cannot|are not allowed to|aren'?t allowed to|may not|never get to) (?:leave|go out|go home|get out)|(?:lock|locks|locked) (?:us|them|the doors?) (?:in )?(?:at night|every night|after (?:the )?shift)|not allowed (?:to leave|out))\b`;
export const ENGLISH_PAPERS_TAKEN_AND_KEPT_ON_SITE: UrgencyRule[] = [
  rule(
    'threat',
    String.raw`(?:${TAKEN}[^\n]{0,100}?${KEPT}|${KEPT}[^\n]{0,100}?${TAKEN})${notOnItsLine(`${EN_CALM}|copy|copies|scan|trip|holiday|vacation|hotel|flight|border`)}`,
  ),
];
