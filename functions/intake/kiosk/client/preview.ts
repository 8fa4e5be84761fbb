import { PLACEHOLDER } from '../../../../shared/analysis/redaction-kinds';
import { $, comment, para } from './dom';
import { t } from './i18n';

/** Redaction's placeholders (`[NAME]`, `[PHONE]`, …) as the language on screen writes them (`[NOM]`). */
const localPlaceholders = (text: string): string =>
  text.replace(PLACEHOLDER, (_, kind: string) => t('web.redacted', { kind }));

/**
 * Asks the server what redaction will change in the comment, before it is
 * sent ("‘Gregory’ will be replaced by [NAME]"). Nothing is kept by the
 * server; offline, it says the comment is still cleaned before anyone reads it.
 */
export function checkPreview(): void {
  const box = $('preview');
  const text = comment().value.trim();
  if (!text) {
    box.replaceChildren(para(t('kiosk.preview.empty')));
    return;
  }
  box.replaceChildren(para(t('kiosk.preview.checking')));
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
        box.replaceChildren(para(t('kiosk.preview.nothing')));
        return;
      }
      const list = document.createElement('ul');
      for (const change of changes) {
        const item = document.createElement('li');
        item.textContent = t('kiosk.preview.change', {
          original: change.original,
          replacement: localPlaceholders(change.replacement),
        });
        list.append(item);
      }
      box.replaceChildren(para(t('kiosk.preview.intro')), list);
    })
    .catch(() => box.replaceChildren(para(t('kiosk.preview.offline'))));
}
