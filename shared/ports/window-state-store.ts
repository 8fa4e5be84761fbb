/**
 * Where short-lived state lives that must link nothing once its window has
 * passed: the SMS and kiosk rate counters and the replay records of retried
 * submissions (see `RateAndReplayState`). Every key reaching this port is
 * already an HMAC under a window's random key, which the store also holds
 * and deletes when told to; values are sealed under that key. Expired items
 * read as absent (AWS deletes them lazily).
 *
 * On AWS a DynamoDB table of its own (no point-in-time recovery, no stream);
 * locally, memory only, never disk.
 */
export interface WindowStateStore {
  /**
   * The key of window `windowId`: `candidate` if this call made it, else the
   * one another caller made first, so every caller agrees on one key.
   */
  windowKey(windowId: string, candidate: Buffer, expiresAt: Date): Promise<Buffer>;
  /** The key of window `windowId` while it exists; undefined once forgotten or expired. */
  findWindowKey(windowId: string): Promise<Buffer | undefined>;
  /** Deletes the keys of every window whose id sorts before `windowId`; returns how many went. */
  forgetWindowsBefore(windowId: string): Promise<number>;
  /** Deletes the keys of every window whose id sorts from `first` to `last`, both included; returns how many went. */
  forgetWindowsBetween(first: string, last: string): Promise<number>;
  /** Adds one to the counter at `key` (starting from zero) and returns the new count. */
  increment(key: string, expiresAt: Date): Promise<number>;
  /**
   * Counts `event` on the counter at `key` once, in the same write as the count: the first call
   * for an event adds one and notes the count it reached beside the counter; every later call for it
   * (a copy) returns that count without adding. Only counts up to `keepUpTo` are noted (the item
   * stays small however many events come); past it, each call counts on, as a new event.
   */
  incrementOnce(key: string, event: string, keepUpTo: number, expiresAt: Date): Promise<number>;
  /** The count `event` reached on the counter at `key`, if it was counted there and noted. */
  countOf(key: string, event: string): Promise<number | undefined>;
  /** Stores `value` at `key` unless something is there; either way returns what is stored (first write wins). */
  putIfAbsent(key: string, value: string, expiresAt: Date): Promise<{ created: boolean; value: string }>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
}
