import { BLANK_LOOKALIKES, SAYS_SOMETHING } from '../../../shared/domain/has-words';

/**
 * The employee pages' script, served from `/assets/in-place.js` (the CSP
 * allows no inline script). A form posted the usual way leaves its body in
 * the browser's session files (Chromium's `Sessions/`, kept to restore
 * tabs) and the page it answered in its history, with the second it was
 * sent: the feedback's words, the case code, the answer. So every form of
 * these pages is sent with fetch() instead and its answer shown in place:
 * no navigation, so no history entry, no body kept for a reload, nothing
 * resent by a reload (it loads the address again: the empty form).
 *
 * The tab's title becomes the answer's, as the page loaded without
 * JavaScript would have it (in the language chosen, "Error: …" when a field
 * needs fixing), except where the answer names a title of its own for the
 * history (`data-history-title`): a browser's history keeps the title of the
 * address it opened, and "Feedback received" there would say that this
 * browser sent something, so the receipt keeps the form's. Focus moves to what the answer asks to read (its
 * problem, its preview, else its heading), and the heading is said in a
 * live region. When no answer of ours comes back (the connection dropped,
 * perhaps after the post arrived; a gateway's error page; anything that is
 * not one of these pages), nothing is replaced: what was typed stays, and a
 * message in the page's own words (`data-not-sent`) says it could not be
 * confirmed and that sending again is safe, which it is: every form that
 * saves something carries a key of its own, so a retry gets the first
 * answer (its receipt) instead of saving twice. Without JavaScript the forms
 * post as before (docs/anonymity.md says what that leaves behind).
 */
export const IN_PLACE_SCRIPT = `(() => {
  if (!window.fetch || !window.DOMParser || !window.FormData || !window.URLSearchParams) return;
  const news = document.createElement('p');
  news.className = 'visually-hidden';
  news.id = 'page-news';
  news.setAttribute('aria-live', 'polite');
  document.body.appendChild(news);
  let sending = false;

  function say(words) {
    news.textContent = '';
    setTimeout(() => { news.textContent = words; }, 50);
  }

  function show(next) {
    document.documentElement.lang = next.documentElement.lang;
    document.documentElement.dir = next.documentElement.dir;
    const title = next.body.getAttribute('data-history-title') || next.title;
    if (title) document.title = title;
    document.body.setAttribute('data-not-sent', next.body.getAttribute('data-not-sent') || '');
    next.querySelectorAll('script').forEach((script) => script.remove());
    for (const part of ['a.skip', 'header', 'main', 'footer']) {
      const old = document.querySelector('body > ' + part);
      const fresh = next.querySelector('body > ' + part);
      if (old && fresh) old.replaceWith(document.importNode(fresh, true));
    }
    const heading = document.querySelector('main h1');
    const target = document.querySelector('main [role=alert]') || document.querySelector('main #preview') || heading;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
    if (heading) say(heading.textContent.trim());
    document.dispatchEvent(new Event('listening-post:shown'));
  }

  // One of these pages (not a gateway's or a proxy's error page): only that may replace what is shown.
  function ours(next) {
    return next.body && next.body.hasAttribute('data-not-sent') && next.querySelector('body > main');
  }

  function notConfirmed(action) {
    const words = document.body.getAttribute('data-not-sent') || '';
    // A send that may have arrived: the preview's "nothing has been sent yet" is no longer known to be true.
    if (new URL(action, location.href).pathname !== '/feedback/preview') {
      document.querySelectorAll('main #preview .hint').forEach((hint) => hint.remove());
    }
    const main = document.querySelector('main');
    if (!main) return say(words);
    const old = document.getElementById('not-confirmed');
    if (old) old.remove();
    const box = document.createElement('div');
    box.className = 'error-summary';
    box.id = 'not-confirmed';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    const line = document.createElement('p');
    line.textContent = words;
    box.appendChild(line);
    const heading = main.querySelector('h1');
    if (heading) heading.after(box);
    else main.prepend(box);
    box.focus();
  }

  // A box with a limit (data-max-chars) has no maxlength, which would cut a longer paste without a word: it says
  // how much is used, counted as the server counts (code points of the NFC text, a line break as one), and says
  // when the text goes over, and back under, the limit.
  function charactersIn(field) {
    return Array.from(field.value.replace(/\\r\\n?/g, '\\n').normalize('NFC')).length;
  }
  function tooLong(field) {
    return field.hasAttribute('data-max-chars') && charactersIn(field) > Number(field.getAttribute('data-max-chars'));
  }
  function showCount(field) {
    const counter = document.getElementById(field.id + '-count');
    if (!counter) return;
    counter.hidden = false;
    const used = charactersIn(field).toLocaleString(document.documentElement.lang || undefined);
    counter.textContent = (field.getAttribute('data-count-words') || '').replace('{used}', used);
    const over = tooLong(field);
    if (over !== counter.classList.contains('over')) {
      counter.classList.toggle('over', over);
      if (over) say(field.getAttribute('data-long-error') || '');
    }
  }
  function showCounts() {
    document.querySelectorAll('textarea[data-max-chars]').forEach(showCount);
  }
  document.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLTextAreaElement)) return;
    if (event.target.hasAttribute('data-max-chars')) showCount(event.target);
    recheck(event.target);
    markPreview(event.target);
  });
  document.addEventListener('listening-post:shown', showCounts);
  showCounts();

  // A field that must not be sent empty (data-empty-error), without words (data-no-words-error: "?!" alone, read
  // as the server reads it, hasWords) or over its limit (data-long-error) is checked here, not by a post the
  // server refuses: a refused post is an error in the console of whoever has the browser's tools open. A
  // language switch (formnovalidate) carries the form over as it is. Each with the server's words.
  const BLANK_LOOKALIKES = new RegExp(${JSON.stringify(BLANK_LOOKALIKES.source)}, 'gu');
  const SAYS_SOMETHING = new RegExp(${JSON.stringify(SAYS_SOMETHING.source)}, 'u');
  function problemOf(field) {
    if (field.hasAttribute('data-empty-error') && !field.value.trim()) return field.getAttribute('data-empty-error') || '';
    if (field.hasAttribute('data-no-words-error') && field.value.trim() && !SAYS_SOMETHING.test(field.value.replace(BLANK_LOOKALIKES, ''))) {
      return field.getAttribute('data-no-words-error') || '';
    }
    if (tooLong(field)) return field.getAttribute('data-long-error') || '';
    return '';
  }
  function refusedFields(form, submitter) {
    if (submitter && submitter.hasAttribute('formnovalidate')) return [];
    const refused = [];
    // A button may say an empty box, or one without words, its own way ("Check what will be removed" sends
    // nothing: not "before sending").
    const instead = (name) => (submitter && submitter.getAttribute(name)) || '';
    form.querySelectorAll('[data-empty-error], [data-no-words-error], [data-long-error]').forEach((field) => {
      const found = problemOf(field);
      const words =
        found && found === field.getAttribute('data-empty-error') && instead('data-empty-instead')
          ? instead('data-empty-instead')
          : found && found === field.getAttribute('data-no-words-error') && instead('data-no-words-instead')
            ? instead('data-no-words-instead')
            : found;
      if (words) refused.push({ field, words });
    });
    return refused;
  }

  // Every refusal shown, this script's and the server's page's alike: a problem sent before and put right since
  // (a text of dots, then a long paste) must not stay beside the one found now. "Could not confirm" stays while a
  // resend is on its way (its answer replaces it); a refusal here removes it too (nothing is sent).
  function clearRefusals() {
    document.querySelectorAll('[data-refused-here], main .error-summary:not(#not-confirmed), main .field-error').forEach((node) => node.remove());
    document.querySelectorAll('[data-invalid-here], main [aria-invalid="true"]').forEach((field) => {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('data-invalid-here');
      const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== field.id + '-error');
      if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
      else field.removeAttribute('aria-describedby');
    });
  }

  // The problem box above the form, made as the server's page makes it: its heading, then a list.
  function problemBox(form) {
    const box = document.createElement('div');
    box.className = 'error-summary';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    box.setAttribute('data-refused-here', '');
    const heading = document.createElement(form.getAttribute('data-problem-heading') === 'h3' ? 'h3' : 'h2');
    heading.textContent = form.getAttribute('data-problem') || '';
    box.append(heading, document.createElement('ul'));
    form.before(box);
    return box;
  }

  // One field's problem said: in the box's list, linked to the field, and by the field, which is marked invalid.
  function sayProblem(box, field, words) {
    const list = box.querySelector('ul') || box.appendChild(document.createElement('ul'));
    const item = document.createElement('li');
    const to = document.createElement('a');
    to.href = '#' + field.id;
    to.textContent = words;
    item.appendChild(to);
    list.appendChild(item);
    if (!document.getElementById(field.id + '-error')) {
      const said = document.createElement('p');
      said.className = 'field-error';
      said.id = field.id + '-error';
      said.textContent = words;
      said.setAttribute('data-refused-here', '');
      field.before(said);
      const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      field.setAttribute('aria-describedby', ids.concat(said.id).join(' '));
    }
    if (field.getAttribute('aria-invalid') !== 'true') {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('data-invalid-here', '');
    }
  }

  // What the server's page would say, said here: the problem above the form, each field's words by it, the
  // tab's title starting "Error:", the focus on the problem.
  function refuse(form, refused, submitter) {
    clearRefusals();
    const unconfirmed = document.getElementById('not-confirmed');
    if (unconfirmed) unconfirmed.remove();
    const box = problemBox(form);
    for (const { field, words } of refused) sayProblem(box, field, words);
    // A report held back on "Send" (not on a check of what will be removed): as the server's page says it, it was
    // NOT saved, and where help comes at once, for someone in danger who leaves here.
    const notSaved = form.getAttribute('data-not-saved');
    if (notSaved && !(submitter && submitter.hasAttribute('formaction'))) {
      const line = document.createElement('p');
      line.id = 'not-saved';
      line.textContent = notSaved;
      box.appendChild(line);
    }
    const title = form.getAttribute('data-error-title');
    if (title) document.title = title;
    box.focus();
  }

  // A problem shown for a field (the server's or this script's) is about the text as it was sent or checked: as
  // the text changes, each problem this script can check (empty, no words, too long: the same words as the
  // server's) is said only while it is true of the text now, and one true now takes its place ("no words", then
  // a long paste: "too long", never both). Problems it cannot check (busy, closed, a conversation full) stay.
  // Nothing is said while a field shows no problem: the counter says a text over the limit as it is typed.
  function recheck(field) {
    const summaries = () => Array.from(document.querySelectorAll('main .error-summary:not(#not-confirmed)'));
    const linksTo = () => summaries().flatMap((box) => Array.from(box.querySelectorAll('a[href="#' + field.id + '"]')));
    const own = document.getElementById(field.id + '-error');
    if (!linksTo().length && !own) return;
    // A button's own words for a problem ("…, then check what will be removed") stand for the field's: a box still
    // without words keeps the words it was refused in, not the send button's.
    const insteadOf = new Map();
    for (const button of field.form ? field.form.querySelectorAll('[data-empty-instead], [data-no-words-instead]') : []) {
      if (button.getAttribute('data-empty-instead')) insteadOf.set(button.getAttribute('data-empty-instead'), field.getAttribute('data-empty-error'));
      if (button.getAttribute('data-no-words-instead')) insteadOf.set(button.getAttribute('data-no-words-instead'), field.getAttribute('data-no-words-error'));
    }
    const checkable = ['data-empty-error', 'data-no-words-error', 'data-long-error']
      .map((name) => field.getAttribute(name))
      .concat(Array.from(insteadOf.keys()))
      .filter(Boolean);
    const now = problemOf(field);
    const same = (said) => said === now || (Boolean(now) && insteadOf.get(said) === now);
    const gone = (node) => checkable.includes(node.textContent.trim()) && !same(node.textContent.trim());
    for (const link of linksTo()) if (gone(link)) (link.closest('li') || link.parentElement || link).remove();
    if (own && gone(own)) {
      own.remove();
      const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== own.id);
      if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
      else field.removeAttribute('aria-describedby');
    }
    // A box whose last problem went goes too.
    for (const box of summaries()) if (!box.querySelector('a[href^="#"]')) box.remove();
    const left = linksTo();
    if (now && !left.some((link) => same(link.textContent.trim()))) {
      sayProblem(summaries()[0] || problemBox(field.form), field, now);
    } else if (!now && !left.length) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('data-invalid-here');
    }
    if (!summaries().length) {
      const title = field.form && field.form.getAttribute('data-title');
      if (title) document.title = title;
    }
  }

  // The check of what will be removed describes the text as it was checked: once the text differs from it, the
  // check says so (in the page's words), and says nothing of it again if the text is put back as it was.
  function markPreview(field) {
    const preview = document.querySelector('main #preview[data-stale]');
    if (!preview || !field.form || !field.form.contains(field) || field.name !== 'text') return;
    const stale = field.value !== field.defaultValue;
    const note = preview.querySelector('.stale-note');
    if (stale && !note) {
      const said = document.createElement('p');
      said.className = 'stale-note';
      said.setAttribute('role', 'status');
      said.textContent = preview.getAttribute('data-stale') || '';
      const heading = preview.querySelector('h2');
      if (heading) heading.after(said);
      else preview.prepend(said);
      preview.classList.add('stale');
    } else if (!stale && note) {
      note.remove();
      preview.classList.remove('stale');
    }
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || '').toLowerCase() !== 'post') return;
    event.preventDefault();
    // One post at a time: a double click sends the feedback once.
    if (sending) return;
    const submitter = event.submitter || null;
    const refused = refusedFields(form, submitter);
    if (refused.length) return refuse(form, refused, submitter);
    clearRefusals();
    sending = true;
    // The address read from the attribute: form.action would be a control of the form named "action", if it had one.
    const action = submitter && submitter.hasAttribute('formaction') ? submitter.formAction : new URL(form.getAttribute('action') || '', location.href).href;
    let fields;
    try { fields = new FormData(form, submitter); } catch { fields = new FormData(form); }
    fetch(action, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
      cache: 'no-store',
    })
      .then((response) => {
        if (!(response.headers.get('content-type') || '').includes('text/html')) throw new Error('not a page');
        return response.text();
      })
      .then((text) => {
        const next = new DOMParser().parseFromString(text, 'text/html');
        if (!ours(next)) throw new Error('not one of our pages');
        show(next);
      })
      .catch(() => notConfirmed(action))
      .finally(() => { sending = false; });
  });
})();
`;
