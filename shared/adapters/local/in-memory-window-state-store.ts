import type { Clock } from '../../ports/clock';
import type { WindowStateStore } from '../../ports/window-state-store';

/** Where an event's count is noted, beside its counter. */
const eventKey = (key: string, event: string) => `${key}#${event}`;

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * The rate and replay state of `npm start`: in this process's memory and
 * nowhere else, so no file (and no write-order log such as dynalite's) can
 * ever link a sender's or a kiosk's counter to a case. A restart forgets
 * it all: counters start again and a retry after a restart makes a new case,
 * both harmless next to a trail on disk.
 */
export class InMemoryWindowStateStore implements WindowStateStore {
  private readonly windows = new Map<string, Entry<Buffer>>();
  private readonly items = new Map<string, Entry<string | number>>();

  constructor(private readonly clock: Clock) {}

  async windowKey(windowId: string, candidate: Buffer, expiresAt: Date): Promise<Buffer> {
    const existing = this.live(this.windows, windowId);
    if (existing) return existing;
    this.windows.set(windowId, { value: candidate, expiresAt: expiresAt.getTime() });
    return candidate;
  }

  async findWindowKey(windowId: string): Promise<Buffer | undefined> {
    return this.live(this.windows, windowId);
  }

  async forgetWindowsBefore(windowId: string): Promise<number> {
    return this.forgetWindowsWhere((id) => id < windowId);
  }

  async forgetWindowsBetween(first: string, last: string): Promise<number> {
    return this.forgetWindowsWhere((id) => id >= first && id <= last);
  }

  private forgetWindowsWhere(ended: (id: string) => boolean): number {
    let forgotten = 0;
    for (const [id, entry] of this.windows) {
      if (ended(id)) {
        entry.value.fill(0); // the Buffer may still be referenced by a caller's cache
        this.windows.delete(id);
        forgotten += 1;
      }
    }
    // Expired items are unreadable without their window's key; drop them so memory stays flat.
    const now = this.clock.now().getTime();
    for (const [key, entry] of this.items) if (entry.expiresAt <= now) this.items.delete(key);
    return forgotten;
  }

  async increment(key: string, expiresAt: Date): Promise<number> {
    const count = Number(this.live(this.items, key) ?? 0) + 1;
    this.items.set(key, { value: count, expiresAt: expiresAt.getTime() });
    return count;
  }

  async incrementOnce(key: string, event: string, keepUpTo: number, expiresAt: Date): Promise<number> {
    // Read, counted and noted with no await between: copies handled at the same moment count once.
    const noted = this.live(this.items, eventKey(key, event));
    if (noted !== undefined) return Number(noted);
    const count = Number(this.live(this.items, key) ?? 0) + 1;
    this.items.set(key, { value: count, expiresAt: expiresAt.getTime() });
    if (count <= keepUpTo) this.items.set(eventKey(key, event), { value: count, expiresAt: expiresAt.getTime() });
    return count;
  }

  async countOf(key: string, event: string): Promise<number | undefined> {
    const noted = this.live(this.items, eventKey(key, event));
    return noted === undefined ? undefined : Number(noted);
  }

  async putIfAbsent(key: string, value: string, expiresAt: Date): Promise<{ created: boolean; value: string }> {
    const existing = this.live(this.items, key);
    if (existing !== undefined) return { created: false, value: String(existing) };
    this.items.set(key, { value, expiresAt: expiresAt.getTime() });
    return { created: true, value };
  }

  async get(key: string): Promise<string | undefined> {
    const value = this.live(this.items, key);
    return value === undefined ? undefined : String(value);
  }

  async delete(key: string): Promise<void> {
    this.items.delete(key);
  }

  /** How many items are held, window keys included: for tests that check nothing is left behind. */
  get size(): number {
    return this.windows.size + this.items.size;
  }

  /** Everything held, as text: for tests that look for what must not be there. */
  dump(): string {
    const windows = [...this.windows].map(([id, { value, expiresAt }]) => [id, value.toString('hex'), expiresAt]);
    return JSON.stringify({ windows, items: [...this.items] });
  }

  private live<T>(map: Map<string, Entry<T>>, key: string): T | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.clock.now().getTime()) return entry.value;
    map.delete(key);
    return undefined;
  }
}
