import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { emergencyLine } from '../../../shared/domain/emergency';
import { catalogueOf, type Language } from '../../../shared/i18n/languages';
import { keepLang, type PageLanguage, withLang } from '../page-language';
import { hoursInWords, monthsInWords, daysInWords } from './durations';
import { layout } from './layout';
import { link, strongOneLine, wordsFor } from './words';

// Non-ASCII characters in `html` templates are written as escapes (\u00b7 for ·, \u25a0 for ■, \u2713 for ✓): esbuild
// escapes those of plain strings but not of tagged templates, and one such character makes Node decode the whole
// bundle file as two-byte text at a cold start (docs/performance-log.md, "Eleventh round").

/** The day of the week the digest goes out, as the language names it (2024-01-01 was a Monday). */
function weekdayInWords(language: Language, day: Config['digest']['day']): string {
  const offset = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].indexOf(day);
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + offset, 12),
  );
}

/** Every SMS number of the installation with its site's name: the same list for everyone, so it says nothing of who printed it. */
export function smsNumbers(config: Config, language: Language): { site: string; number: string }[] {
  return config.sites.flatMap((s) => s.smsNumbers.map((number) => ({ site: s.names?.[language] ?? s.name, number })));
}

/**
 * After a web submission: the case code, a plain warning that a lost code
 * cannot be recovered, and a receipt to keep (what happens next and how to
 * follow up by web or SMS). The receipt holds nothing of the submission:
 * no text, site, topic, date or time, so a printout left on a desk says
 * only that someone sent something. It prints alone (print CSS); the copy
 * and print buttons appear only when the small script runs, and the page
 * works fully without it. The SMS command is in the page's language
 * (`ESTADO`, `STATUT`), which the SMS channel understands.
 *
 * @param siteUrl where the status page is reached, without a path (the config's `publicUrl`, else the request's origin)
 * @param asNew the form had sent other words before (a page kept and edited, or its key used by someone
 *   else): this report was taken as a new one, said above the receipt, which prints without it
 * @param fromClosed words sent as an answer on a case that could not take them (closed, say) read urgent, and were
 *   kept as this new report: said above the receipt, as the same words by SMS are told
 */
export function confirmationPage(
  config: Config,
  page: PageLanguage,
  caseCode: string,
  siteUrl = '',
  { asNew = false, fromClosed = false }: { asNew?: boolean; fromClosed?: boolean } = {},
) {
  const { language } = page;
  const { t, h } = wordsFor(language);
  const base = (config.publicUrl ?? siteUrl).replace(/\/+$/, '');
  const numbers = smsNumbers(config, language);
  const command = strongOneLine(`${catalogueOf(language).keywords.status[0]} ${caseCode}`);
  // The code is never put in an address: a browser's history (synced, or read by a work proxy) would date the visit to it.
  const lookupPath = keepLang(page, '/status');
  const body = html`
<h1>${t('web.receipt.heading')}</h1>
${asNew ? html`<p class="notice no-print" id="sent-as-new">${t('web.receipt.asNew')}</p>` : ''}
${fromClosed ? html`<p class="notice no-print" id="kept-as-new">${t('web.receipt.fromClosed')}</p>` : ''}
<section class="receipt" aria-labelledby="receipt-title">
<h2 id="receipt-title">${t('web.receipt.receipt')}</h2>
<p>${t('web.receipt.codeIs')}</p>
<p><output class="code" id="case-code" aria-label="${t('web.receipt.codeLabel', { spelled: caseCode.split('').join(' ') })}">${caseCode}</output></p>
<div class="keep-actions" id="keep-actions" hidden>
  <button type="button" id="copy-code" data-code="${caseCode}">${t('web.receipt.copy')}</button>
  <button type="button" id="print-receipt" aria-describedby="print-where">${t('web.receipt.print')}</button>
  <p class="hint" id="print-where">${t('web.receipt.printWhere')}</p>
  <p class="hint" id="copy-result" role="status" aria-live="polite" data-copied="${t('web.receipt.copied')}" data-copy-failed="${t('web.receipt.copyFailed')}"></p>
</div>
<div class="warning" id="lost-code-warning">
  <p><strong>${t('web.receipt.keepSafe')}</strong> ${t('web.receipt.whyLost', { program: config.programName })}</p>
</div>
<h3>${t('web.receipt.next')}</h3>
<ul>
  <li>${t('web.receipt.nextRead')}</li>
  <li>${t('web.receipt.nextReport', { day: weekdayInWords(language, config.digest.day) })}</li>
  <li>${t('web.receipt.nextUrgent', {
    urgent: hoursInWords(language, config.slas.urgentHours),
    standard: hoursInWords(language, config.slas.standardHours),
    legal: daysInWords(language, config.legalClocks.acknowledgeDays),
    feedback: monthsInWords(language, config.legalClocks.feedbackMonths),
  })}</li>
</ul>
<h3>${t('web.receipt.follow')}</h3>
<ul>
  <li>${h('web.receipt.followWeb', { link: link(`${base}${lookupPath}`, `${base}/status`) })}</li>
  ${
    numbers.length === 1
      ? html`<li>${h('web.receipt.followSms', { command, number: numbers[0]!.number })}</li>`
      : numbers.length > 1
        ? html`<li>${h('web.receipt.followSmsSites', { command })}<ul class="numbers">${numbers.map((n) => html`<li>${h('web.receipt.smsNumber', { site: n.site, number: n.number })}</li>`)}</ul></li>`
        : ''
  }
</ul>
<p class="print-only">${t('web.receipt.printNote')}</p>
</section>
<p class="emergency no-print" id="emergency">${emergencyLine(config, language)}</p>
<p class="no-print">${t('web.receipt.noPrinter')}</p>
<form class="no-print" method="post" action="${lookupPath}" autocomplete="off"><input type="hidden" name="code" value="${caseCode}"><button type="submit" class="link">${t('web.receipt.seeStatus')}</button></form>
<p class="no-print"><a href="${keepLang(page, '/')}">${t('web.sendMore')}</a></p>
<form id="receipt-language" method="post" action="/receipt" autocomplete="off" hidden><input type="hidden" name="caseCode" value="${caseCode}"></form>`;
  return layout({
    title: t('web.receipt.title'),
    // Shown in place of the form, the tab keeps the form's title: "Feedback received" in the history would say it was sent.
    historyTitle: t('web.form.title'),
    programName: config.programName,
    body,
    language,
    // This page answers the form's POST and has no address of its own: the switch posts the code to /receipt, which shows this receipt again in the language chosen.
    languages: { languages: page.offered, form: 'receipt-language', action: (other) => withLang('/receipt', other) },
  });
}
