import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { layout } from './layout';

/** "4 hours", "3 days": an SLA as a person says it. */
function hoursInWords(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  const rounded = Math.ceil(hours);
  return rounded === 1 ? '1 hour' : `${rounded} hours`;
}

const DAY_NAMES: Record<Config['digest']['day'], string> = {
  MON: 'Monday',
  TUE: 'Tuesday',
  WED: 'Wednesday',
  THU: 'Thursday',
  FRI: 'Friday',
  SAT: 'Saturday',
  SUN: 'Sunday',
};

/** Every SMS number of the installation with its site's name: the same list for everyone, so it says nothing of who printed it. */
function smsNumbers(config: Config): { site: string; number: string }[] {
  return config.sites.flatMap((s) => s.smsNumbers.map((number) => ({ site: s.name, number })));
}

/**
 * After a web submission: the case code, a plain warning that a lost code
 * cannot be recovered, and a receipt to keep (what happens next and how to
 * follow up by web or SMS). The receipt holds nothing of the submission:
 * no text, site, topic, date or time, so a printout left on a desk says
 * only that someone sent something. It prints alone (print CSS); the copy
 * and print buttons appear only when the small script runs, and the page
 * works fully without it.
 *
 * @param siteUrl where the status page is reached, without a path (the config's `publicUrl`, else the request's origin)
 */
export function confirmationPage(config: Config, caseCode: string, siteUrl = '') {
  const base = (config.publicUrl ?? siteUrl).replace(/\/+$/, '');
  const numbers = smsNumbers(config);
  const body = html`
<h1>Thank you, we have it</h1>
<section class="receipt" aria-labelledby="receipt-title">
<h2 id="receipt-title">Your receipt</h2>
<p>Your case code is</p>
<p><output class="code" id="case-code" aria-label="Case code ${caseCode.split('').join(' ')}">${caseCode}</output></p>
<div class="keep-actions" id="keep-actions" hidden>
  <button type="button" id="copy-code" data-code="${caseCode}">Copy the code</button>
  <button type="button" id="print-receipt">Print this receipt</button>
  <p class="hint" id="copy-result" role="status" aria-live="polite"></p>
</div>
<div class="warning" id="lost-code-warning">
  <p><strong>Keep this code safe. If you lose it, it cannot be recovered.</strong> We do not know who you are, so nobody, not even the people who run ${config.programName}, can look it up or send it to you again.</p>
</div>
<h3>What happens next</h3>
<ul>
  <li>Within a few minutes your feedback is read: names and other personal details are removed, and it is sorted by topic.</li>
  <li>It counts in the report the leadership team receives every ${DAY_NAMES[config.digest.day]}, together with everyone else's feedback.</li>
  <li>If it is urgent, or you asked for it to be, it goes to a senior leader, who must acknowledge it within ${hoursInWords(config.slas.urgentHours)} (${hoursInWords(config.slas.standardHours)} for other matters passed to them). Their answer appears with your case.</li>
</ul>
<h3>How to follow it</h3>
<ul>
  <li>On the web: open <a href="${base}/status/${caseCode}">${base}/status</a> and enter your case code.</li>
  ${
    numbers.length
      ? html`<li>By text message: send <strong>STATUS ${caseCode}</strong> to ${numbers.length === 1 ? html`${numbers[0]!.number}` : 'your site’s number'}.${
          numbers.length > 1
            ? html`<ul class="numbers">${numbers.map((n) => html`<li>${n.site}: ${n.number}</li>`)}</ul>`
            : ''
        }</li>`
      : ''
  }
</ul>
<p class="print-only">This receipt does not say who you are, what you wrote or when.</p>
</section>
<p class="no-print">No printer? Write the code down or take a picture of it; your browser's Print command also prints this receipt alone.</p>
<p class="no-print"><a href="/status/${caseCode}">See the status of this case</a> · <a href="/">Send more feedback</a></p>
<script src="/assets/receipt.js" defer></script>`;
  return layout({ title: 'Feedback received', programName: config.programName, body });
}
