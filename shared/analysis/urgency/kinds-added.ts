import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/** An urgency reading as the rules that add a kind to it take and give it. */
export interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/**
 * The reading made urgent with `kinds` among its kinds, kept in the categories' usual order: what a rule that reads a
 * kind the others missed (a forced kiss, a favour asked for shifts, a last farewell …) gives back.
 */
export function withKindsAdded(reading: Reading, ...kinds: UrgencyCategory[]): Reading {
  return {
    urgent: true,
    categories: URGENCY_CATEGORIES.filter(
      (category) => kinds.includes(category) || reading.categories.includes(category),
    ),
  };
}
