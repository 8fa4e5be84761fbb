/**
 * The kiosk's script, run by the tablet's browser from `/kiosk/app.js`
 * (bundled as text by `scripts/build-kiosk.ts`; type-checked with the DOM
 * library by this folder's tsconfig).
 *
 * What it keeps on the tablet, and nothing more: the kiosk token and the
 * site's question and topics (localStorage), and submissions not yet sent
 * (IndexedDB, deleted once the server has them). No timestamps, no cookies,
 * no identifiers of people: a queued item holds only what was tapped and
 * typed and its random idempotency key.
 */

/** One submission waiting on the tablet, keyed by its idempotency key. */
interface Submission {
  key: string;
  rating: number;
  escalate: boolean;
  /** "This is about my management": the case goes around the sponsor who would get it. */
  aboutManagement?: boolean;
  topic?: string;
  text?: string;
}

interface KioskConfig {
  siteName: string;
  question: string;
  topics: { id: string; name: string }[];
}

type SendResult =
  | { outcome: 'sent'; caseCode: string }
  | { outcome: 'refused'; caseCode?: undefined }
  | { outcome: 'not-enrolled'; caseCode?: undefined }
  | { outcome: 'later'; afterMs?: number; caseCode?: undefined };

type Screen = 'loading' | 'start' | 'details' | 'thanks' | 'setup';

const TOKEN_KEY = 'listening-post.kiosk.token';
const CONFIG_KEY = 'listening-post.kiosk.config';
const DB_NAME = 'listening-post-kiosk';
const OUTBOX = 'outbox';
const LABELS: Record<number, string> = { 1: 'Very unhappy', 2: 'Unhappy', 3: 'Happy', 4: 'Very happy' };
const DETAILS_IDLE_MS = Number(document.body.dataset.detailsIdleSeconds || 30) * 1000;
const THANKS_MS = Number(document.body.dataset.thanksSeconds || 12) * 1000;
const WAIT_FOR_CODE_MS = 6000;

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const comment = () => $('comment') as HTMLTextAreaElement;
const urgent = () => $('urgent') as HTMLInputElement;
const aboutManagement = () => $('about-management') as HTMLInputElement;
const sendButton = () => $('send') as HTMLButtonElement;
const SCREENS: Screen[] = ['loading', 'start', 'details', 'thanks', 'setup'];
let current: Screen = 'loading';
let rating: number | null = null;
let topic: string | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = 5000;
let unreachable = false;
let pending = 0;
let enrolled = true;

// --- the token: arrives once in the address's fragment, kept, and removed from the address bar
const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
if (match) {
  localStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
  localStorage.removeItem(CONFIG_KEY);
  history.replaceState(null, '', location.pathname);
}
const token = () => localStorage.getItem(TOKEN_KEY);

function newKey(): string {
  if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
}

// --- the outbox: IndexedDB, one record per submission, keyed by its idempotency key; memory where IndexedDB is refused
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
const outboxPut = (item: Submission) =>
  withStore(
    'readwrite',
    (store) => store.put(item),
    () => memoryOutbox.set(item.key, item),
  );
const outboxAll = () =>
  withStore<Submission[]>(
    'readonly',
    (store) => store.getAll(),
    () => [...memoryOutbox.values()],
  ).then((items) => items ?? [...memoryOutbox.values()]);
const outboxDelete = (key: string) =>
  withStore(
    'readwrite',
    (store) => store.delete(key),
    () => memoryOutbox.delete(key),
  );

// --- the network: a calm line at the top when it is down
function showNetwork(): void {
  const offline = !navigator.onLine || unreachable;
  let text = '';
  if (offline)
    text =
      pending > 0
        ? `Offline. ${pending} saved on this tablet, to be sent when the connection is back.`
        : 'Offline. You can still give feedback: it is saved here and sent later.';
  else if (pending > 0) text = `Sending ${pending} saved on this tablet…`;
  if ($('network').textContent !== text) $('network').textContent = text;
  document.body.classList.toggle('is-offline', offline);
}
function countPending(): Promise<Submission[]> {
  return outboxAll().then((items) => {
    pending = items.length;
    showNetwork();
    return items;
  });
}

function send(item: Submission): Promise<SendResult> {
  const body: Partial<Submission> = { rating: item.rating, key: item.key, escalate: item.escalate };
  if (item.topic) body.topic = item.topic;
  if (item.text) body.text = item.text;
  if (item.aboutManagement) body.aboutManagement = true;
  return fetch('/kiosk/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token()}` },
    body: JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  }).then(
    (res): SendResult | Promise<SendResult> => {
      unreachable = false;
      if (res.status === 201)
        return res.json().then((json: { caseCode: string }) => ({ outcome: 'sent', caseCode: json.caseCode }));
      if (res.status === 401 || res.status === 403) return { outcome: 'not-enrolled' };
      if (res.status === 429) return { outcome: 'later', afterMs: Number(res.headers.get('retry-after') || 10) * 1000 };
      // Refused as it stands (400, 413, 415): sending it again cannot succeed.
      if (res.status >= 400 && res.status < 500) return { outcome: 'refused' };
      return { outcome: 'later' };
    },
    (): SendResult => {
      unreachable = true;
      return { outcome: 'later' };
    },
  );
}

let flushing: Promise<unknown> | null = null;
const sentCodes = new Map<string, string>();
/** Sends everything in the outbox, oldest first as stored; each is deleted only once the server has it. */
function flush(): Promise<unknown> {
  if (flushing) return flushing;
  clearTimeout(retryTimer);
  flushing = (async () => {
    for (;;) {
      if (!token()) return;
      const items = await outboxAll();
      if (items.length === 0) {
        retryDelay = 5000;
        return;
      }
      for (const item of items) {
        const result = await send(item);
        if (result.outcome === 'sent' || result.outcome === 'refused') {
          await outboxDelete(item.key);
          if (result.caseCode) sentCodes.set(item.key, result.caseCode);
          continue;
        }
        if (result.outcome === 'not-enrolled') {
          notEnrolled();
          return;
        }
        scheduleRetry(result.afterMs);
        return;
      }
    }
  })()
    .catch(() => scheduleRetry())
    .then(() => {
      flushing = null;
      return countPending();
    });
  showNetwork();
  return flushing;
}
function scheduleRetry(afterMs?: number): void {
  clearTimeout(retryTimer);
  const delay = afterMs || retryDelay;
  retryDelay = Math.min(retryDelay * 2, 60000);
  retryTimer = setTimeout(flush, delay);
  showNetwork();
}
function backOnline(): void {
  unreachable = false;
  retryDelay = 5000;
  showNetwork();
  flush();
}
window.addEventListener('online', backOnline);
window.addEventListener('offline', showNetwork);
// Some browsers and tablet web views never fire 'online' (or never say
// they were offline: the network simply failed). While feedback waits and
// the server was unreachable, ask it every few seconds with the smallest
// request there is, so saved feedback goes as soon as the network is back
// rather than at the next backed-off retry, up to a minute later.
setInterval(() => {
  if (!unreachable || pending === 0 || flushing) return;
  fetch('/health', { cache: 'no-store', credentials: 'omit' }).then(
    (res) => {
      if (res.ok) backOnline();
    },
    () => {},
  );
}, 4000);

// --- the site's question and topics
function applyConfig(config: KioskConfig): void {
  $('question').textContent = config.question;
  $('site-name').textContent = config.siteName;
  const chips = $('chips');
  chips.textContent = '';
  for (const t of config.topics) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.dataset.topic = t.id;
    chip.setAttribute('aria-pressed', 'false');
    chip.textContent = t.name;
    chips.appendChild(chip);
  }
}
function loadConfig(): void {
  if (!token()) {
    notEnrolled();
    return;
  }
  let cached: KioskConfig | null = null;
  try {
    cached = JSON.parse(localStorage.getItem(CONFIG_KEY) || 'null');
  } catch {
    cached = null;
  }
  if (cached) {
    applyConfig(cached);
    if (current === 'loading') show('start');
  }
  fetch('/kiosk/config', {
    headers: { accept: 'application/json', authorization: `Bearer ${token()}` },
    cache: 'no-store',
    credentials: 'omit',
  })
    .then((res) => {
      if (res.status === 401 || res.status === 403) {
        notEnrolled();
        return;
      }
      if (!res.ok) throw new Error(`config ${res.status}`);
      return res.json().then((config: KioskConfig) => {
        localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
        if (!cached || JSON.stringify(cached) !== JSON.stringify(config)) {
          applyConfig(config);
          if (current === 'loading' || (current === 'start' && cached)) show('start');
        }
        flush();
      });
    })
    .catch(() => {
      unreachable = true;
      showNetwork();
      if (!cached) setTimeout(loadConfig, 5000);
    });
}
function notEnrolled(): void {
  enrolled = false;
  localStorage.removeItem(CONFIG_KEY);
  show('setup');
}

// --- screens
function show(name: Screen): void {
  current = name;
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== name;
  const heading = $(`screen-${name}`).querySelector('h1');
  if (heading) heading.focus({ preventScroll: false });
  armIdle();
}
function armIdle(): void {
  clearTimeout(idleTimer);
  if (current === 'details') idleTimer = setTimeout(detailsTimedOut, DETAILS_IDLE_MS);
  if (current === 'thanks') idleTimer = setTimeout(reset, THANKS_MS);
}
for (const type of ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel']) {
  document.addEventListener(type, armIdle, { passive: true, capture: true });
}

const unpressAllChips = () => {
  for (const c of document.querySelectorAll('.chip')) c.setAttribute('aria-pressed', 'false');
};

/** Back to the start with nothing of the last person left on screen. */
function reset(): void {
  rating = null;
  topic = null;
  comment().value = '';
  $('preview').replaceChildren();
  urgent().checked = false;
  aboutManagement().checked = false;
  $('chosen').textContent = '';
  $('case-code').textContent = '';
  $('thanks-code').hidden = true;
  $('thanks-saved').hidden = true;
  unpressAllChips();
  show(enrolled ? 'start' : 'setup');
}

function choose(value: number): void {
  rating = value;
  $('chosen').textContent = LABELS[value] ?? '';
  show('details');
}

function submission(withDetails: boolean): Submission {
  const item: Submission = { key: newKey(), rating: rating!, escalate: withDetails && urgent().checked };
  if (withDetails && aboutManagement().checked) item.aboutManagement = true;
  if (topic) item.topic = topic;
  const text = comment().value.trim();
  if (withDetails && text) item.text = text;
  return item;
}

// Whoever walks away after tapping a face has still answered: the tap and
// topic are sent, an unsent comment and the urgent box are not.
function detailsTimedOut(): void {
  if (rating !== null) outboxPut(submission(false)).then(flush);
  reset();
}

function submit(): void {
  if (rating === null) return;
  const item = submission(true);
  sendButton().disabled = true;
  outboxPut(item)
    .then(() => {
      pending += 1;
      const timeout = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_CODE_MS));
      // A flush already under way may have read the outbox before this item was in it: one more pass then.
      const sent = flush().then(() => (sentCodes.has(item.key) || !navigator.onLine ? null : flush()));
      return Promise.race([sent, timeout]);
    })
    .then(
      () => {
        if (!enrolled) {
          reset();
          return;
        }
        const code = sentCodes.get(item.key);
        sentCodes.delete(item.key);
        $('case-code').textContent = code || '';
        $('thanks-code').hidden = !code;
        $('thanks-saved').hidden = Boolean(code);
        show('thanks');
      },
      () => {
        $('thanks-saved').hidden = false;
        show('thanks');
      },
    )
    .then(() => {
      sendButton().disabled = false;
    });
}

/** A paragraph of text, built without HTML parsing: what redaction found is the employee's own words. */
function para(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * Asks the server what redaction will change in the comment, before it is
 * sent ("‘Gregory’ will be replaced by [NAME]"). Nothing is kept by the
 * server; offline, it says the comment is still cleaned before anyone reads it.
 */
function checkPreview(): void {
  const box = $('preview');
  const text = comment().value.trim();
  if (!text) {
    box.replaceChildren(para('Write a comment first, then check it.'));
    return;
  }
  box.replaceChildren(para('Checking…'));
  fetch('/feedback/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text }),
  })
    .then((res) =>
      res.ok
        ? (res.json() as Promise<{ changes: { original: string; replacement: string }[] }>)
        : Promise.reject(new Error(String(res.status))),
    )
    .then(({ changes }) => {
      if (comment().value.trim() !== text) return; // the text changed while we asked
      if (!changes.length) {
        box.replaceChildren(
          para('We found no names or numbers to remove. Check that nothing else points to you or someone else.'),
        );
        return;
      }
      const list = document.createElement('ul');
      for (const change of changes) {
        const item = document.createElement('li');
        item.textContent = `‘${change.original}’ will be replaced by ${change.replacement}`;
        list.append(item);
      }
      box.replaceChildren(para('Before anyone reads it:'), list);
    })
    .catch(() =>
      box.replaceChildren(
        para(
          'This check needs the connection. Your comment is still cleaned of names and numbers before anyone reads it.',
        ),
      ),
    );
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const face = target.closest<HTMLElement>('.face');
  if (face) {
    choose(Number(face.dataset.rating));
    return;
  }
  const chip = target.closest<HTMLElement>('.chip');
  if (chip) {
    const wasPressed = chip.getAttribute('aria-pressed') === 'true';
    unpressAllChips();
    chip.setAttribute('aria-pressed', String(!wasPressed));
    topic = wasPressed ? null : (chip.dataset.topic ?? null);
  }
});
sendButton().addEventListener('click', submit);
$('check-preview').addEventListener('click', checkPreview);
// A preview describes the text it was made from: changing the text clears it.
comment().addEventListener('input', () => $('preview').replaceChildren());
$('cancel').addEventListener('click', reset);
$('done').addEventListener('click', reset);
comment().addEventListener('focus', () => {
  // Room for the on-screen keyboard: bring the box, and Send below it, into view.
  setTimeout(() => comment().scrollIntoView({ block: 'center' }), 300);
});
document.addEventListener('keydown', (event) => {
  if (current === 'start' && /^[1-4]$/.test(event.key)) choose(Number(event.key));
  else if (current === 'details' && event.key === 'Escape') reset();
});
$('status-url').textContent = `${location.host}/status`;

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(() => {});
}
if ('wakeLock' in navigator) {
  const keepAwake = () => {
    if (document.visibilityState === 'visible') navigator.wakeLock.request('screen').catch(() => {});
  };
  document.addEventListener('visibilitychange', keepAwake);
  keepAwake();
}
setInterval(() => {
  if (pending > 0 && !flushing) flush();
}, 30000);

showNetwork();
loadConfig();
countPending().then(() => flush());
export {};
