import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Hazards told by their signs rather than named (att44, M8, u46a): a gas tank heard hissing ("propane tank in the back
 * is hissing", "you can hear gas hissing from the forklift tank swap area"), wiring charred, crackling or sparking
 * ("the fryer wiring is black and it crackles when its on"), fall protection rusted through ("harness anchor on the
 * roof is rusted through"). Each is a leak, a fire or a fall about to happen: safety.
 *
 * A gas, a tank or a cylinder with a hiss near it (en, es, fr, de, pt, it, pl); wiring, a cable, an outlet or a panel
 * with a sign of burning (charred, scorched, melted, crackling, sparking, or black with one of those); an anchor, a
 * harness, a rail, a ladder or a bolt rusted, corroded or rotted through. Not a kettle, an espresso machine or a
 * fireplace, which hiss and crackle by nature, nor "black cable covers".
 * Folded text, every gap bounded. Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

const NEAR = String.raw`[^.!?\n]{0,50}?`;
const either = (a: string, b: string): string => String.raw`(?:${a})${NEAR}(?:${b})|(?:${b})${NEAR}(?:${a})`;

const GAS = String.raw`\b(?:propane|gas|lpg|butane|acetylene|oxygen|co2|natural gas|gas (?:tanks?|bottles?|cylinders?|lines?|pipes?|hoses?)|tanks?|cylinders?|gas\w*|tanque|cilindro|garrafa|bombona|gaz|bouteille|bonbonne|propan\w*|botijao|bujao|bombola|propano|butl\w*)\b`;
const HISS = String.raw`\b(?:hiss\w*|chiflando|chifla|silbando|silba|sisea\w*|siffl\w*|zisch\w*|chia(?:ndo|r|va)?|assobi\w*|fischi\w*|sibil\w*|sycz\w*|syk\w*)\b`;
// A gas word must be one: "tank" or "cylinder" alone hissing is read only with a gas word somewhere in the text.
const GAS_WORD = String.raw`\b(?:propane|gas\w*|lpg|butane|acetylene|oxygen|co2|gaz|propan\w*|propano|butl\w*|botijao|bujao|bombola|bombona|garrafa)\b`;

const WIRES = String.raw`\b(?:wir(?:e|es|ing)|cables?|cords?|outlets?|sockets?|plugs?|(?:breaker |electrical |fuse )?panel|breakers?|fuse ?box|junction box|extension (?:cord|lead)s?)\b`;
const BURNING = String.raw`\b(?:charred|scorched|melt(?:ed|ing|s)|crackl\w*|spark(?:s|ing|ed)|arc(?:s|ing)|sizzl\w*|fizz(?:es|ing))\b`;
const BLACK = String.raw`\b(?:black(?:ened)?|burnt|burned|brown)\b`;
const SIGN_OF_USE = String.raw`\b(?:smell\w*|smok\w*|hot|buzz\w*|pops?|popping|hums?|humming)\b`;

const FALL_GEAR = String.raw`\b(?:harness(?:es)?|anchor(?: points?)?|tie[- ]?off(?: points?)?|lanyards?|lifelines?|guard ?rails?|railings?|scaffold\w*|ladders?|bolts?|brackets?|beams?|hooks?|shackles?|slings?|chains?|straps?|stairs?|catwalk|platform)\b`;
const WORN_THROUGH = String.raw`\b(?:rust(?:ed|ing)? (?:through|out|away|clean through)|corroded (?:through|away)|rott(?:ed|en|ing) (?:through|out|away)|cracked (?:through|in half)|worn through)\b`;

const anyOf = (sources: readonly string[]) => lazyPattern(foldPattern(sources.map((s) => `(?:${s})`).join('|')), 'u');

// A wire burning or worn through, or fall gear rusted through: each a sign alone.
const WIRE_OR_WEAR = anyOf([
  either(WIRES, BURNING),
  `(?:${either(WIRES, BLACK)})${NEAR}(?:${BURNING}|${SIGN_OF_USE})`,
  either(FALL_GEAR, WORN_THROUGH),
]);
// A gas tank or line hissing: a sign only where a gas is named (a tank or a tyre hisses with air too).
const TANK_HISSING = anyOf([either(GAS, HISS)]);
const A_GAS = lazyPattern(foldPattern(GAS_WORD), 'u');
// A kettle, an espresso machine, a fireplace, a record, a radio, a snake or air: they hiss and crackle by nature.
const BY_NATURE = lazyPattern(
  foldPattern(
    String.raw`\b(?:kettle|espresso|coffee|steam(?:er)?|fireplace|fire ?pit|campfire|bonfire|vinyl|record|radio|speakers?|snake|cat|soda|fizzy|champagne|tyres?|tires?|bike|air (?:pumps?|compressors?|hoses?|lines?|brakes?)|compressors?|gas station|petrol station)\b`,
  ),
  'u',
);

/** Whether the text tells a hazard by its sign: gas hissing, wiring charred or crackling, fall gear rusted through. */
export function tellsHazardBySign(text: string): boolean {
  const folded = fold(text);
  if (BY_NATURE.get().test(folded)) return false;
  return WIRE_OR_WEAR.get().test(folded) || (TANK_HISSING.get().test(folded) && A_GAS.get().test(folded));
}

/** The reading with safety added (and urgent) where a hazard is told by its sign. */
export function withHazardBySign(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  return tellsHazardBySign(text) ? withKindsAdded(reading, 'safety') : reading;
}
