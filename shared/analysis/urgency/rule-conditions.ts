import { type Condition, LiteralIndex, literalCondition } from './literals';
import { holdsMarked, type MarkedCondition, marked } from './text-trigrams';

/*
 * Past its literal gate, a rule is asked whether the text holds every literal one of its branches needs
 * (literalCondition): the spill rule needs a liquid AND a floor. Nine rules in ten are turned away there.
 *
 * The rules ask it word by word, with every "all of" asked from its part of fewest words up (cheapestFirst): the
 * first part the text lacks answers no, so a text without the one floor word the spill rule needs is turned away
 * after that word, not after its dozens of liquids. Asked in the order written, the words cost about 1,100
 * searches of the text per text; one scan of an index of every condition's literals (thr25) cost less than that,
 * but more than the words asked cheapest first (thr28: half its time on 2,000 tweets and reviews), since each new
 * text or re-reading is scanned whole for the 2,200 literals of the English conditions. The order of an "all of"
 * or an "any of" changes no answer.
 *
 * One long expression's condition (the repaired-hazard and ordinary-life passes, possibleMatchIndexed) lists
 * hundreds of words that a text mostly lacks: once asked often enough to be worth it, every literal is filed in one
 * literal index, the text is scanned once, and the condition is answered from that scan; before then (a cold start's
 * first messages) the index is not built, since building it costs more than a few texts' searches.
 */

/** A condition whose literals are slots of the index's answer. */
type SlotCondition = number | { all: SlotCondition[] } | { any: SlotCondition[] };

interface Entry {
  source: string;
  /** Read when first needed; null: nothing known (the rule always runs). */
  condition: Condition | null | undefined;
  /** The condition as asked word by word, cheapest first, each word's runs read first (text-trigrams.ts). */
  asked: MarkedCondition | null | undefined;
  /** The condition by slot, once the index is built; null: nothing known. */
  slots: SlotCondition | null | undefined;
}

/** The conditions of one language's rules, asked word by word (see above), or indexed once asked `askedBeforeIndexed` times. */
export class RuleConditions {
  private readonly entries: Entry[] = [];
  private asked = 0;
  private index: LiteralIndex | null = null;

  constructor(
    private readonly askedBeforeIndexed = Number.POSITIVE_INFINITY,
    /** How a pattern's condition is read: from its source, or from the table `npm run build:urgency` stores. */
    private readonly read: (source: string) => Condition | undefined = literalCondition,
  ) {}

  /** A test of whether a pattern of `source` could match in a text: false only where it cannot (its condition holds). */
  possible(source: string): (text: string) => boolean {
    const entry: Entry = { source, condition: undefined, asked: undefined, slots: undefined };
    this.entries.push(entry);
    return (text) => {
      if (this.index === null && ++this.asked > this.askedBeforeIndexed) this.index = this.indexed();
      if (this.index !== null && entry.slots !== undefined)
        return entry.slots === null || holdsIn(entry.slots, this.index.present(text));
      if (entry.asked === undefined) {
        const condition = cheapestFirst(this.read(source));
        entry.asked = condition === undefined ? null : marked(condition);
      }
      return entry.asked === null || holdsMarked(entry.asked, text);
    };
  }

  // Every literal of every condition, each its own slot.
  private indexed(): LiteralIndex {
    const index = new LiteralIndex();
    const slots = new Map<string, number>();
    const slotted = (condition: Condition): SlotCondition => {
      if (typeof condition === 'string') {
        let slot = slots.get(condition);
        if (slot === undefined) {
          slot = slots.size;
          slots.set(condition, slot);
          index.add([condition], slot);
        }
        return slot;
      }
      return 'all' in condition ? { all: condition.all.map(slotted) } : { any: condition.any.map(slotted) };
    };
    for (const entry of this.entries) {
      if (entry.condition === undefined) entry.condition = this.read(entry.source) ?? null;
      entry.slots = entry.condition === null ? null : slotted(entry.condition);
    }
    return index;
  }
}

/*
 * One long expression's condition, answered the same way: the repaired-hazard and ordinary-life passes ask theirs of
 * every text (resolved.ts, ordinary-life.ts), and their conditions list hundreds of words, so asked word by word they
 * cost more than the rest of those passes (the repairs' 43 µs a text in 2,000 tweets and reviews). After a few texts,
 * one scan of the text answers every word.
 */
const ASKED_BEFORE_ONE_INDEXED = 64;

/** A test of whether a pattern of `source` could match in a text, false only where it cannot, its words indexed once asked often. */
export function possibleMatchIndexed(
  source: string,
  read: (source: string) => Condition | undefined = literalCondition,
): (text: string) => boolean {
  return new RuleConditions(ASKED_BEFORE_ONE_INDEXED, read).possible(source);
}

function holdsIn(condition: SlotCondition, found: Uint8Array): boolean {
  if (typeof condition === 'number') return found[condition] === 1;
  if ('all' in condition) {
    for (const part of condition.all) if (!holdsIn(part, found)) return false;
    return true;
  }
  for (const part of condition.any) if (holdsIn(part, found)) return true;
  return false;
}

/** The same condition with each "all of" asked from its part of fewest literals up: the same answer, sooner. */
export function cheapestFirst(condition: Condition | undefined): Condition | undefined {
  if (condition === undefined || typeof condition === 'string') return condition;
  if ('any' in condition) return { any: condition.any.map((part) => cheapestFirst(part)!) };
  const parts = condition.all.map((part) => cheapestFirst(part)!);
  const sizes = new Map(parts.map((part) => [part, literalsIn(part)]));
  return { all: parts.sort((a, b) => sizes.get(a)! - sizes.get(b)!) };
}

const literalsIn = (condition: Condition): number =>
  typeof condition === 'string'
    ? 1
    : ('all' in condition ? condition.all : condition.any).reduce((sum, part) => sum + literalsIn(part), 0);
