import { MARKER, NUMBER, PERSON, PLACE } from './redact-ids-spots-people-hold';
import { isThingNotWorker } from './redact-ids-spot-posts';
import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class): the spot named before the person who holds it, as English and Taglish put a noun before a noun:
 * "the route 4 driver", "the lane 7 cashier", "the till 6 lady", "yung lane 3 cashier", and German glued with hyphens,
 * "der Tour-12-Fahrer". sp37 (redact-ids-spots-people-hold.ts) reads the person first ("the driver on route 4"); the
 * tables of places and people are its own. Whoever reads the rota knows who holds that spot, so its number is hidden.
 * One person only: "the route 5 drivers all got a raise" are many and keep their number, as does the spot named
 * before a thing ("the route 12 bus", "the till 6 drawer", "the lane 3 scanner").
 */

// People words that are no noun for a person after a spot's number: "lane 7 who …", "room 3 one …", "bus 4 ten".
const NOT_AFTER_SPOT =
  /^(?:who|whoever|whoevr|whoeva|one|someone|somebody|quem|wer|chi|хто|ki|qui|quien|quién|que|ten|ta|той|та|celui|celle|quell[ao]|caixa|tour|fi)$/iu;

const SPOT_THEN_PERSON = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${PLACE}(?:[ \t]*${MARKER}|[ \t]*-[ \t]*)${NUMBER}(?:[ \t]*-[ \t]*|[ \t]+)(${PERSON})(?![\p{L}\p{N}'’-])`,
  'giu',
);

// spot39: "the press 4 guard is missing" is the press's guard (redact-ids-spot-posts.ts), its number kept.
const spotThenPerson = maskMatches(
  SPOT_THEN_PERSON,
  'ID',
  (m) => !NOT_AFTER_SPOT.test(m[2]!) && !isThingNotWorker(m[2]!, m[0], m.input.slice(0, m.index)),
  1,
  true,
);

const GATE = lazyPattern(
  String.raw`\d[a-z]?[ \t]*-?[ \t]*\p{L}{2,}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+\p{L}`,
  'iu',
);

/** Masks the number of a spot named before the one person who holds it (see above). */
export const maskSpotsBeforePeople: Rule = (text) => (GATE.get().test(text) ? spotThenPerson(text) : text);
