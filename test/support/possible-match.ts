import { holds, literalCondition } from '../../shared/analysis/urgency/literals';

/**
 * Whether a pattern of `source` could match in a text, read from its
 * literals once (literalCondition): false only where it cannot. The plain
 * reading that the detector's own tests (possibleMatchIndexed in
 * rule-conditions.ts, possibleMatchStored in stored-conditions.ts) are held to.
 */
export function possibleMatch(source: string): (text: string) => boolean {
  const condition = literalCondition(source);
  return (text) => condition === undefined || holds(condition, text);
}
