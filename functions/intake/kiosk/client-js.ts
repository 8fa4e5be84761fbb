/**
 * The kiosk's script, plain browser JavaScript served from `/kiosk/app.js`.
 *
 * What it keeps on the tablet, and nothing more: the kiosk token and the
 * site's question and topics (localStorage), and submissions not yet sent
 * (IndexedDB, deleted once the server has them). No timestamps, no cookies,
 * no identifiers of people: a queued item holds only what was tapped and
 * typed and its random idempotency key.
 */
export const KIOSK_CLIENT_JS = String.raw`(function () {
  'use strict';
  var TOKEN_KEY = 'listening-post.kiosk.token';
  var CONFIG_KEY = 'listening-post.kiosk.config';
  var DB_NAME = 'listening-post-kiosk';
  var OUTBOX = 'outbox';
  var LABELS = { 1: 'Very unhappy', 2: 'Unhappy', 3: 'Happy', 4: 'Very happy' };
  var DETAILS_IDLE_MS = Number(document.body.dataset.detailsIdleSeconds || 30) * 1000;
  var THANKS_MS = Number(document.body.dataset.thanksSeconds || 12) * 1000;
  var WAIT_FOR_CODE_MS = 6000;

  var $ = function (id) { return document.getElementById(id); };
  var screens = ['loading', 'start', 'details', 'thanks', 'setup'];
  var current = 'loading';
  var rating = null;
  var topic = null;
  var idleTimer = null;
  var retryTimer = null;
  var retryDelay = 5000;
  var unreachable = false;
  var pending = 0;
  var enrolled = true;

  // --- the token: arrives once in the address's fragment, kept, and removed from the address bar
  var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    localStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    localStorage.removeItem(CONFIG_KEY);
    history.replaceState(null, '', location.pathname);
  }
  function token() { return localStorage.getItem(TOKEN_KEY); }

  function newKey() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  // --- the outbox: IndexedDB, one record per submission, keyed by its idempotency key
  var memoryOutbox = {};
  var dbPromise = new Promise(function (resolve) {
    try {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(OUTBOX, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { resolve(null); };
    } catch (e) {
      resolve(null);
    }
  });
  function withStore(mode, action) {
    return dbPromise.then(function (db) {
      if (!db) { var direct = action(null); return direct ? direct.result : undefined; }
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(OUTBOX, mode);
        var request = action(tx.objectStore(OUTBOX));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }
  function outboxPut(item) {
    return withStore('readwrite', function (store) { if (!store) { memoryOutbox[item.key] = item; return null; } return store.put(item); });
  }
  function outboxAll() {
    return withStore('readonly', function (store) {
      if (!store) return { result: Object.keys(memoryOutbox).map(function (k) { return memoryOutbox[k]; }) };
      return store.getAll();
    }).then(function (items) { return items || Object.keys(memoryOutbox).map(function (k) { return memoryOutbox[k]; }); });
  }
  function outboxDelete(key) {
    return withStore('readwrite', function (store) { if (!store) { delete memoryOutbox[key]; return null; } return store.delete(key); });
  }

  // --- the network: a calm line at the top when it is down
  function showNetwork() {
    var offline = !navigator.onLine || unreachable;
    var text = '';
    if (offline) text = pending > 0 ? 'Offline. ' + pending + ' saved on this tablet, to be sent when the connection is back.' : 'Offline. You can still give feedback: it is saved here and sent later.';
    else if (pending > 0) text = 'Sending ' + pending + ' saved on this tablet…';
    if ($('network').textContent !== text) $('network').textContent = text;
    document.body.classList.toggle('is-offline', offline);
  }
  function countPending() {
    return outboxAll().then(function (items) { pending = items.length; showNetwork(); return items; });
  }

  function send(item) {
    var body = { rating: item.rating, key: item.key, escalate: item.escalate };
    if (item.topic) body.topic = item.topic;
    if (item.text) body.text = item.text;
    return fetch('/kiosk/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: 'Bearer ' + token() },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    }).then(function (res) {
      unreachable = false;
      if (res.status === 201) return res.json().then(function (json) { return { outcome: 'sent', caseCode: json.caseCode }; });
      if (res.status === 401 || res.status === 403) return { outcome: 'not-enrolled' };
      if (res.status === 429) return { outcome: 'later', afterMs: Number(res.headers.get('retry-after') || 10) * 1000 };
      // Refused as it stands (400, 413, 415): sending it again cannot succeed.
      if (res.status >= 400 && res.status < 500) return { outcome: 'refused' };
      return { outcome: 'later' };
    }, function () {
      unreachable = true;
      return { outcome: 'later' };
    });
  }

  var flushing = null;
  var sentCodes = {};
  /** Sends everything in the outbox, oldest first as stored; each is deleted only once the server has it. */
  function flush() {
    if (flushing) return flushing;
    clearTimeout(retryTimer);
    flushing = (async function () {
      for (;;) {
        if (!token()) return;
        var items = await outboxAll();
        if (items.length === 0) { retryDelay = 5000; return; }
        for (var i = 0; i < items.length; i += 1) {
          var result = await send(items[i]);
          if (result.outcome === 'sent' || result.outcome === 'refused') {
            await outboxDelete(items[i].key);
            if (result.caseCode) sentCodes[items[i].key] = result.caseCode;
            continue;
          }
          if (result.outcome === 'not-enrolled') { notEnrolled(); return; }
          scheduleRetry(result.afterMs);
          return;
        }
      }
    })().catch(function () { scheduleRetry(); }).then(function () {
      flushing = null;
      return countPending();
    });
    showNetwork();
    return flushing;
  }
  function scheduleRetry(afterMs) {
    clearTimeout(retryTimer);
    var delay = afterMs || retryDelay;
    retryDelay = Math.min(retryDelay * 2, 60000);
    retryTimer = setTimeout(flush, delay);
    showNetwork();
  }
  function backOnline() { unreachable = false; retryDelay = 5000; showNetwork(); flush(); }
  window.addEventListener('online', backOnline);
  window.addEventListener('offline', showNetwork);
  // Some browsers and tablet web views never fire 'online' (or never say
  // they were offline: the network simply failed). While feedback waits and
  // the server was unreachable, ask it every few seconds with the smallest
  // request there is, so saved feedback goes as soon as the network is back
  // rather than at the next backed-off retry, up to a minute later.
  setInterval(function () {
    if (!unreachable || pending === 0 || flushing) return;
    fetch('/health', { cache: 'no-store', credentials: 'omit' }).then(function (res) { if (res.ok) backOnline(); }, function () {});
  }, 4000);

  // --- the site's question and topics
  function applyConfig(config) {
    $('question').textContent = config.question;
    $('site-name').textContent = config.siteName;
    var chips = $('chips');
    chips.textContent = '';
    config.topics.forEach(function (t) {
      var chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip';
      chip.dataset.topic = t.id;
      chip.setAttribute('aria-pressed', 'false');
      chip.textContent = t.name;
      chips.appendChild(chip);
    });
  }
  function loadConfig() {
    if (!token()) { notEnrolled(); return; }
    var cached = null;
    try { cached = JSON.parse(localStorage.getItem(CONFIG_KEY) || 'null'); } catch (e) { cached = null; }
    if (cached) { applyConfig(cached); if (current === 'loading') show('start'); }
    fetch('/kiosk/config', { headers: { accept: 'application/json', authorization: 'Bearer ' + token() }, cache: 'no-store', credentials: 'omit' })
      .then(function (res) {
        if (res.status === 401 || res.status === 403) { notEnrolled(); return; }
        if (!res.ok) throw new Error('config ' + res.status);
        return res.json().then(function (config) {
          localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
          if (!cached || JSON.stringify(cached) !== JSON.stringify(config)) {
            applyConfig(config);
            if (current === 'loading' || (current === 'start' && cached)) show('start');
          }
          flush();
        });
      })
      .catch(function () {
        unreachable = true;
        showNetwork();
        if (!cached) setTimeout(loadConfig, 5000);
      });
  }
  function notEnrolled() {
    enrolled = false;
    localStorage.removeItem(CONFIG_KEY);
    show('setup');
  }

  // --- screens
  function show(name) {
    current = name;
    screens.forEach(function (s) { $('screen-' + s).hidden = s !== name; });
    var heading = $('screen-' + name).querySelector('h1');
    if (heading) heading.focus({ preventScroll: false });
    armIdle();
  }
  function armIdle() {
    clearTimeout(idleTimer);
    if (current === 'details') idleTimer = setTimeout(detailsTimedOut, DETAILS_IDLE_MS);
    if (current === 'thanks') idleTimer = setTimeout(reset, THANKS_MS);
  }
  ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'].forEach(function (type) {
    document.addEventListener(type, armIdle, { passive: true, capture: true });
  });

  /** Back to the start with nothing of the last person left on screen. */
  function reset() {
    rating = null;
    topic = null;
    $('comment').value = '';
    $('urgent').checked = false;
    $('chosen').textContent = '';
    $('case-code').textContent = '';
    $('thanks-code').hidden = true;
    $('thanks-saved').hidden = true;
    Array.prototype.forEach.call(document.querySelectorAll('.chip'), function (c) { c.setAttribute('aria-pressed', 'false'); });
    show(enrolled ? 'start' : 'setup');
  }

  function choose(value) {
    rating = value;
    $('chosen').textContent = LABELS[value];
    show('details');
  }

  function submission(withDetails) {
    var item = { key: newKey(), rating: rating, escalate: withDetails && $('urgent').checked };
    if (topic) item.topic = topic;
    var text = $('comment').value.trim();
    if (withDetails && text) item.text = text;
    return item;
  }

  // Whoever walks away after tapping a face has still answered: the tap and
  // topic are sent, an unsent comment and the urgent box are not.
  function detailsTimedOut() {
    if (rating !== null) outboxPut(submission(false)).then(flush);
    reset();
  }

  function submit() {
    if (rating === null) return;
    var item = submission(true);
    $('send').disabled = true;
    outboxPut(item)
      .then(function () {
        pending += 1;
        var timeout = new Promise(function (resolve) { setTimeout(resolve, WAIT_FOR_CODE_MS); });
        // A flush already under way may have read the outbox before this item was in it: one more pass then.
        var sent = flush().then(function () { return sentCodes[item.key] || !navigator.onLine ? null : flush(); });
        return Promise.race([sent, timeout]);
      })
      .then(function () {
        if (!enrolled) { reset(); return; }
        var code = sentCodes[item.key];
        delete sentCodes[item.key];
        $('case-code').textContent = code || '';
        $('thanks-code').hidden = !code;
        $('thanks-saved').hidden = Boolean(code);
        show('thanks');
      }, function () {
        $('thanks-saved').hidden = false;
        show('thanks');
      })
      .then(function () { $('send').disabled = false; });
  }

  document.addEventListener('click', function (event) {
    var face = event.target.closest('.face');
    if (face) { choose(Number(face.dataset.rating)); return; }
    var chip = event.target.closest('.chip');
    if (chip) {
      var wasPressed = chip.getAttribute('aria-pressed') === 'true';
      Array.prototype.forEach.call(document.querySelectorAll('.chip'), function (c) { c.setAttribute('aria-pressed', 'false'); });
      chip.setAttribute('aria-pressed', String(!wasPressed));
      topic = wasPressed ? null : chip.dataset.topic;
    }
  });
  $('send').addEventListener('click', submit);
  $('cancel').addEventListener('click', reset);
  $('done').addEventListener('click', reset);
  $('comment').addEventListener('focus', function () {
    // Room for the on-screen keyboard: bring the box, and Send below it, into view.
    setTimeout(function () { $('comment').scrollIntoView({ block: 'center' }); }, 300);
  });
  document.addEventListener('keydown', function (event) {
    if (current === 'start' && /^[1-4]$/.test(event.key)) choose(Number(event.key));
    else if (current === 'details' && event.key === 'Escape') reset();
  });
  $('status-url').textContent = location.host + '/status';

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(function () {});
  }
  if (navigator.wakeLock) {
    var keepAwake = function () { if (document.visibilityState === 'visible') navigator.wakeLock.request('screen').catch(function () {}); };
    document.addEventListener('visibilitychange', keepAwake);
    keepAwake();
  }
  setInterval(function () { if (pending > 0 && !flushing) flush(); }, 30000);

  showNetwork();
  loadConfig();
  countPending().then(function () { flush(); });
})();
`;
