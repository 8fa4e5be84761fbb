import type { Submission } from './types';

/**
 * The outbox: IndexedDB, one record per submission, keyed by its
 * idempotency key, deleted once the server has it; memory where IndexedDB is
 * refused. No timestamps: a record holds only what was tapped and typed.
 */
const DB_NAME = 'listening-post-kiosk';
const OUTBOX = 'outbox';

const memoryOutbox = new Map<string, Submission>();
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

export const outboxPut = (item: Submission) =>
  withStore(
    'readwrite',
    (store) => store.put(item),
    () => memoryOutbox.set(item.key, item),
  );
/** Everything waiting, urgent first: an urgent report never waits behind a queue of taps (or their 429). */
export const outboxAll = () =>
  withStore<Submission[]>(
    'readonly',
    (store) => store.getAll(),
    () => [...memoryOutbox.values()],
  )
    .then((items) => items ?? [...memoryOutbox.values()])
    .then((items) => [...items.filter((i) => i.escalate), ...items.filter((i) => !i.escalate)]);
export const outboxDelete = (key: string) =>
  withStore(
    'readwrite',
    (store) => store.delete(key),
    () => memoryOutbox.delete(key),
  );
