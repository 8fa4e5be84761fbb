import { cleanText } from '../../shared/domain/feedback';

/**
 * The boxes of a sponsor's case page. Every button posts the whole page (one form), so whatever is typed in
 * any box arrives with whichever button was pressed, and the server decides what becomes of it.
 */
export type SponsorBox = 'message' | 'response' | 'reason';

/** What was typed in each box of the page, as posted. */
export type TypedBoxes = Partial<Record<SponsorBox, string>>;

const BOXES: readonly SponsorBox[] = ['message', 'response', 'reason'];

/** The boxes' words from a posted form (a field that is not text is no box). */
export function typedBoxesOf(value: unknown): TypedBoxes {
  const fields = (value ?? {}) as Record<string, unknown>;
  const typed: TypedBoxes = {};
  for (const box of BOXES) if (typeof fields[box] === 'string') typed[box] = fields[box];
  return typed;
}

/**
 * The boxes other than `own` (the one the pressed button sends) that hold words the sponsor would lose if the
 * page came back empty. The response box starts with the published response: words are unsent only if they
 * differ from it (line endings and spaces around them aside, as a browser may change them).
 */
export function unsentBoxes(
  typed: TypedBoxes,
  own: SponsorBox | undefined,
  published: string | undefined,
): SponsorBox[] {
  return BOXES.filter((box) => {
    if (box === own) return false;
    const words = cleanText(typed[box] ?? '');
    if (!words) return false;
    return box !== 'response' || words !== cleanText(published ?? '');
  });
}

/**
 * Whether `action` would leave these words without a way to send them: closing ends the conversation (and
 * leaves no box on the page), handing over takes the case off this sponsor's desk. Such an action is not done
 * while anything typed is unsent; every other action is done and the words are given back in their boxes.
 */
export const leavesWordsBehind = (action: string, unsent: readonly SponsorBox[]): boolean =>
  unsent.length > 0 && (action === 'close' || action === 'hand-over');
