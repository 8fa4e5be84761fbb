import { seal } from './seal';
import type { OutboxItem, Submission } from './types';

/**
 * The outbox: IndexedDB, one record per submission, keyed by its
 * idempotency key, deleted once the server has it. Only sealed items are
 * stored (see `seal.ts`): a delete there does not erase, so what is stored
 * must be unreadable from the start. An item that could not be sealed (no
 * key from the server yet), and everything where IndexedDB is refused, waits
 * in memory instead. No timestamps: a record holds its key, whether it is
 * urgent, whether it is held, and the sealed item.
 */
const DB_NAME = 'listening-post-kiosk';
const OUTBOX = 'outbox';

const memoryOutbox = new Map<string, OutboxItem>();
const dbPromise = new Promise<IDBDatabase | null>((resolve) => {
  try {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(OUTBOX, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  } catch {
    resolve(null);
  }
});

/** Runs one request on the outbox in a transaction, or `inMemory` when there is no database. */
async function withStore<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
  inMemory: () => T,
): Promise<T> {
  const db = await dbPromise;
  if (!db) return inMemory();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(OUTBOX, mode);
    const request = action(tx.objectStore(OUTBOX));
    tx.oncomplete = () => resolve(request.result as T);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function outboxPut(item: OutboxItem): Promise<unknown> {
  if (!item.sealed) return Promise.resolve(memoryOutbox.set(item.key, item));
  memoryOutbox.delete(item.key);
  return withStore(
    'readwrite',
    (store) => store.put(item),
    () => memoryOutbox.set(item.key, item),
  );
}
/** Everything waiting, urgent first: an urgent report never waits behind a queue of taps (or their 429). */
export const outboxAll = () =>
  withStore<OutboxItem[]>(
    'readonly',
    (store) => store.getAll(),
    () => [],
  )
    .then((stored) => [...(stored ?? []).filter((i) => !memoryOutbox.has(i.key)), ...memoryOutbox.values()])
    .then((items) => [...items.filter((i) => i.escalate), ...items.filter((i) => !i.escalate)]);
export const outboxDelete = (key: string) => {
  memoryOutbox.delete(key);
  return withStore(
    'readwrite',
    (store) => store.delete(key),
    () => true,
  );
};

/** The submission itself when it is held unsealed: in memory (`plain`), or as a record an older kiosk stored in clear. */
export const plainOf = (item: OutboxItem): Submission | undefined =>
  item.plain ?? (item.sealed ? undefined : (item as unknown as Submission));

/**
 * Seals whatever waits unsealed, once the tablet has the key: records an
 * older kiosk stored in clear (each replaced by its sealed copy under the
 * same key, so the outbox never hands a readable record on again), and
 * items kept in memory until the key came. Stops at the first that cannot
 * be sealed (no key yet): they wait as they are, and are sealed next time.
 */
export async function sealWhatIsPlain(): Promise<void> {
  for (const item of await outboxAll()) {
    const plain = plainOf(item);
    if (!plain) continue;
    const sealed = await seal(plain);
    if (!sealed) return;
    await outboxPut({ key: item.key, escalate: item.escalate === true, ...(item.held ? { held: true } : {}), sealed });
  }
}
