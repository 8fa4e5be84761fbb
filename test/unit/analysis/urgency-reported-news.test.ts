import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import {
  ATTACK_TUNED_CALM,
  HELD_BACK_DANGER,
  HELD_BACK_NAMED_FRAMES,
  HELD_BACK_NEWS,
} from './urgency-reported-news-texts';
import { NAMES } from './urgency-reported-speech-texts';

/*
 * Promise 1's other side, rn46 (after the att44 attack, F1). "my boss said he's going to give me a raise next month",
 * "my coworker told me she's having a baby in june", "o encarregado disse que amanhã tem reunião às 7" page a sponsor
 * as a threat or self-harm: the learned urgency model met "<someone> said / told me that" almost only in reported
 * threats. NOT FIXED: a model refitted with reported speech's rows (eval/urgency/train/reported/) read most of these
 * lists calm, but as the shipped model it raised false alarms on real text, and asked only about reported speech it
 * lost reported threats (docs/escalations.md, rn46). The calm lists stay as the measure for the next attempt
 * (`it.fails` while the shipped model reads them urgent); the lists were written before the refit, the held-back ones
 * never fitted on.
 */

const urgentOf = (texts: readonly string[]) => texts.filter((text) => detectUrgency(text).urgent);

describe('news and plans told as reported speech (rn46): still read as urgent by the model, left for a next attempt', () => {
  it.fails("reads calm the attack's reports of what a boss, a wife or a coworker said", () => {
    expect(urgentOf(ATTACK_TUNED_CALM)).toEqual([]);
  });
  it.fails('reads calm held-back news in eleven languages: a raise, a baby, a meeting, a delivery, a move', () => {
    expect(urgentOf(HELD_BACK_NEWS)).toEqual([]);
  });
  it.fails('reads calm what anyone named told the writer, in seven languages', () => {
    expect(HELD_BACK_NAMED_FRAMES.flatMap((frame) => urgentOf(NAMES.map(frame)))).toEqual([]);
  });
});

describe('threats and dangers told as reported speech page a sponsor (rn46)', () => {
  // The one missed is missed by the rules and the model alike: the measure any fix for reported news must keep.
  it('keeps urgent a threat, a leak, a fire, abuse or despair that someone told the writer, in eleven languages', () => {
    expect(HELD_BACK_DANGER.filter((text) => !detectUrgency(text).urgent)).toEqual([
      'me contaron que el jefe abusa de las chicas nuevas en el almacén',
    ]);
  });
});
