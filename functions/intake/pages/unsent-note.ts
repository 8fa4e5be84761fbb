import { html } from 'hono/html';
import type { SponsorTranslator } from '../../../shared/i18n/sponsor';
import type { SponsorBox } from '../unsent-boxes';

/**
 * Words typed in a box whose button was not the one pressed: given back in their box, and said plainly at the
 * top of the page to be not sent yet, each linked to its box. `held` is the action not done because of them
 * (closing or handing over would have left them behind), with how to do either.
 */
export function unsentNote(t: SponsorTranslator, unsent: readonly SponsorBox[], held?: 'close' | 'hand-over') {
  if (!unsent.length) return '';
  const params = { held: held ?? 'none' };
  // The message and the response each have a button that sends them; the reason has none of its own: it only
  // goes with a hand-over, so "press the button under its box" would tell a sponsor closing a case to give it away.
  const sendable = unsent.some((box) => box !== 'reason');
  return html`<div class="warning" role="alert" id="unsent-note">
<h2>${t('sponsor.unsent.heading', params)}</h2>
<ul>${unsent.map((box) => html`<li><a href="#${box}">${t('sponsor.unsent.box', { box })}</a></li>`)}</ul>
${sendable ? html`<p>${t('sponsor.unsent.how', params)}</p>` : ''}
${unsent.includes('reason') ? html`<p>${t('sponsor.unsent.howReason', params)}</p>` : ''}
</div>`;
}
