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
 * "my coworker told me she's having a baby in june", "o encarregado disse que amanhã tem reunião às 7" paged a sponsor
 * as a threat or self-harm: the learned urgency model had met "<someone> said / told me that" almost only in reported
 * threats. It is refitted with reported news and plans among its calm rows and reported threats among its urgent ones
 * (eval/urgency/train/reported/, scripts/urgency-train/reported-speech.ts), so what was said decides. The lists were
 * written before the refit; the held-back ones were never fitted on.
 */

const urgentOf = (texts: readonly string[]) => texts.filter((text) => detectUrgency(text).urgent);

describe('news and plans told as reported speech reach nobody as urgent (rn46)', () => {
  // Before the second opinion (urgency/reported-speech.ts): 43 of 92, 28 of 66 and 193 of 800 paged a sponsor.
  it("reads calm all but 2 of the attack's 92 reports of what a boss, a wife or a coworker said", () => {
    expect(urgentOf(ATTACK_TUNED_CALM).length).toBeLessThanOrEqual(2);
  });
  it('reads calm all but 9 of 66 held-back news in eleven languages: a raise, a baby, a meeting, a delivery, a move', () => {
    expect(urgentOf(HELD_BACK_NEWS).length).toBeLessThanOrEqual(9);
  });
  it('reads calm all but 34 of 800 texts of what anyone named told the writer, in seven languages', () => {
    expect(HELD_BACK_NAMED_FRAMES.flatMap((frame) => urgentOf(NAMES.map(frame))).length).toBeLessThanOrEqual(34);
  });
  // Left: news told with a verb of writing ("m'a envoyé un texto", "mi ha scritto", "كتب لي"), which the second
  // opinion is not asked about, and a few it still reads as danger ("a dit qu'il apporte des croissants demain").
  it.fails('reads every one of them calm', () => {
    expect([...urgentOf(ATTACK_TUNED_CALM), ...urgentOf(HELD_BACK_NEWS)]).toEqual([]);
  });
});

describe('threats and dangers told as reported speech still page a sponsor (rn46)', () => {
  // "me contaron que el jefe abusa de las chicas nuevas en el almacén" was read calm before this change and still is.
  it('keeps urgent a threat, a leak, a fire, abuse or despair that someone told the writer, in eleven languages', () => {
    expect(HELD_BACK_DANGER.filter((text) => !detectUrgency(text).urgent)).toEqual([
      'me contaron que el jefe abusa de las chicas nuevas en el almacén',
    ]);
  });
});
