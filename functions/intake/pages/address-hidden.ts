import { html } from 'hono/html';
import type { Language } from '../../../shared/i18n/languages';
import { sponsorText } from '../../../shared/i18n/sponsor';

/**
 * Under what a sponsor wrote to the employee (a message, a published response) when a web address was taken out of
 * it (shared/analysis/sponsor-web-addresses.ts): where and why, so they write it another way rather than wonder what
 * the employee read. Nothing when nothing was.
 */
export function addressHiddenNote(language: Language, written: string | undefined) {
  return written?.includes('[URL]')
    ? html`<p class="hint address-hidden">${sponsorText(language, 'sponsor.thread.addressHidden')}</p>`
    : '';
}
