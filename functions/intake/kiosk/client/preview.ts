import { PLACEHOLDER } from '../../../../shared/analysis/redaction-kinds';
import { $, comment, para } from './dom';
import { t } from './i18n';
import { token } from './network';

/** Redaction's placeholders (`[NAME]`, `[PHONE]`, …) as the language on screen writes them (`[NOM]`). */
const localPlaceholders = (text: string): string =>
  text.replace(PLACEHOLDER, (_, kind: string) => t('web.redacted', { kind }));

/** Why a check could not be made, in words for the person at the tablet. */
class CheckRefused extends Error {
  constructor(readonly key: 'kiosk.preview.busy' | 'kiosk.preview.failed') {
    super(key);
  }
}

/**
 * Asks the server what redaction will change in the comment, before it is
 * sent ("‘Gregory’ will be replaced by [NAME]"). It asks as this kiosk
 * (its token), so the server reads the comment with the kiosk's site, as
 * it will read the comment once sent. Nothing is kept by the server; when
 * the check cannot be made, it says the comment is still cleaned before
 * anyone reads it.
 */
export function checkPreview(): void {
  const box = $('preview');
  const text = comment().value.trim();
  if (!text) {
    show(box, para(t('kiosk.preview.empty')));
    return;
  }
  box.replaceChildren(para(t('kiosk.preview.checking')));
  fetch('/kiosk/preview', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token()}` },
    body: JSON.stringify({ text }),
    cache: 'no-store',
    credentials: 'omit',
  })
    .then((res) => {
      if (res.ok)
        return res.json() as Promise<{ changes: { original: string; replacement: string }[]; singledOut?: string[] }>;
      // Too many checks at once: try again, or send it as it is. Anything else: the check is not available.
      throw new CheckRefused(res.status === 429 ? 'kiosk.preview.busy' : 'kiosk.preview.failed');
    })
    .then(({ changes, singledOut = [] }) => {
      if (comment().value.trim() !== text) return; // the text changed while we asked
      // Kept words that may still point to the writer ("the only woman on nights"): named so they can be reworded.
      const singled = singledOut.length
        ? [
            para(t('kiosk.preview.singledOut')),
            items(singledOut.map((phrase) => t('kiosk.preview.singledOutItem', { phrase: localPlaceholders(phrase) }))),
          ]
        : [];
      if (!changes.length) {
        show(box, para(t('kiosk.preview.nothing')), ...singled);
        return;
      }
      const list = items(
        changes.map((change) =>
          t('kiosk.preview.change', { original: change.original, replacement: localPlaceholders(change.replacement) }),
        ),
      );
      show(box, para(t('kiosk.preview.intro')), list, ...singled);
    })
    .catch((error: unknown) => {
      if (comment().value.trim() !== text) return;
      show(box, para(t(error instanceof CheckRefused ? error.key : 'kiosk.preview.offline')));
    });
}

/**
 * Puts what the check found in the box and scrolls it clear of the Send bar, which stays on the screen's bottom edge:
 * on a landscape tablet the answer grows under that bar, and its last lines (the phone number that will be removed)
 * were hidden until someone thought to scroll (newcomer nc44). Its top stays in sight when it is taller than the room.
 */
function show(box: HTMLElement, ...lines: Node[]): void {
  box.replaceChildren(...lines);
  const bar = document.querySelector('.details .actions');
  if (!bar) return;
  const shown = box.getBoundingClientRect();
  const hidden = shown.bottom - bar.getBoundingClientRect().top + 8;
  if (hidden > 0) window.scrollBy({ top: Math.min(hidden, Math.max(0, shown.top - 8)) });
}

/** A list of lines, built without HTML parsing: they hold the employee's own words. */
function items(lines: readonly string[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  return list;
}
