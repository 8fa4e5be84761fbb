import { createHash } from 'node:crypto';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Orders items among equals by a hash of their text: fixed from week to
 * week, yet favouring no one (not the angriest, not the first to write).
 */
export const byTextHash =
  <T>(textOf: (item: T) => string) =>
  (a: T, b: T) =>
    hash(textOf(a)).localeCompare(hash(textOf(b)));
