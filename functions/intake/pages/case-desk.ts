import { html } from 'hono/html';
import { nameIn } from '../../../shared/config/local-names';
import type { Config, Sponsor } from '../../../shared/config/schema';
import { isClosing, type DeskCase, type DeskFilters } from '../../../shared/domain/case-desk';
import { acknowledgeByWords, acknowledgementOverdue } from '../../../shared/email/deadlines';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { shortened } from '../../../shared/email/similar-reports';
import type { Language } from '../../../shared/i18n/languages';
import { momentWords } from '../../../shared/i18n/moments';
import { sponsorText, sponsorTranslator } from '../../../shared/i18n/sponsor';
import { sponsorLanguage } from '../../../shared/i18n/sponsor/reader';
import type { DeskCounts, DeskRow } from '../../../shared/use-cases/case-desk';
import { resultNotice } from './result-notice';
import { sponsorLayout } from './sponsor-layout';

/** Where a case stands, in a few words, with its clock: what the sponsor must do next and by when (the deadline that binds them). */
export function clockInWords(
  config: Config,
  row: Pick<DeskRow, 'escalation' | 'state'>,
  language: Language = config.defaultLanguage,
  now?: Date,
): string {
  const e = row.escalation;
  const at = (iso: string | undefined) => momentWords(language, iso ?? '', config.timezone);
  // The one rule the filter goes by too (`deskStateOf`): a row built without the clock is worked out again here.
  const overdueNow = row.state === 'waiting' && now && acknowledgementOverdue(config, e, now);
  // Closed, but not until the end of its hour: the employee can still write until then.
  const state = overdueNow ? 'overdue' : row.state === 'closed' && now && isClosing(e, now) ? 'closing' : row.state;
  const when =
    state === 'waiting' || state === 'overdue'
      ? acknowledgeByWords(language, config, e)
      : at(state === 'acknowledged' ? e.acknowledgedAt : state === 'answered' ? e.respondedAt : e.closedAt);
  return sponsorText(language, 'sponsor.desk.clock', { state, ...when });
}

/**
 * What a closed case's page says where its actions were: that it is closed, or, until its close is in
 * effect (the end of the hour it was closed in), what still undoes it. When it closes and that the employee
 * can still write is the clock line's, at the top: said once, not again here (nor in the notice).
 */
export function closedNote(e: DeskCase, language: Language, now: Date): string {
  return sponsorText(language, isClosing(e, now) ? 'sponsor.desk.closingNote' : 'sponsor.desk.closedNote');
}

/** The desk's address with the given filters, as the filter form would make it. */
export const deskHref = (token: string, filters: Partial<DeskFilters> = {}) => {
  const query = new URLSearchParams(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return `/desk/${token}${query.size ? `?${query}` : ''}`;
};

/**
 * A case's page on the desk, on a clean path: `…/case/<uuid>` for a case
 * (`case:<uuid>`), the id itself for a pattern, with `:` left as it is (a
 * path allows it); `deskCaseId` reads either back.
 */
export const deskCaseHref = (token: string, id: string) => `/desk/${token}${deskCasePath(id)}`;

/** The part of {@link deskCaseHref} after the desk's own address. */
export const deskCasePath = (id: string) =>
  `/case/${encodeURIComponent(id.replace(/^case:/, '')).replace(/%3A/gi, ':')}`;

/**
 * A short label that tells apart cases alike in site and topic on the desk: the first letters of the case's
 * random id (already in its page's address), never anything of when it came or who wrote it. Four digits alone
 * ("case 2024", among the page's dates) read as a year, so such a label ends with the id's first letter instead.
 */
export const caseRef = (id: string) => {
  const symbols = id
    .replace(/^case:/, '')
    .replace(/[^0-9a-z]/gi, '')
    .toUpperCase();
  const label = symbols.slice(0, 4);
  const letter = /^\d+$/.test(label) ? /[A-Z]/.exec(symbols)?.[0] : undefined;
  return letter ? `${label.slice(0, -1)}${letter}` : label;
};

/** The escalation id a desk case path names: a bare id is a case's (`case:<id>`). */
export const deskCaseId = (param: string) => (param.includes(':') ? param : `case:${param}`);

/**
 * A sponsor's desk, in their language: every case they hold, with its
 * clock, whether the employee has written something new, why it came to
 * them, its site and topic; filtered by plain GET parameters (a form that
 * needs no JavaScript). Cards, not a table, so it reads on a phone.
 */
export function caseDeskPage(
  config: Config,
  sponsor: Sponsor,
  token: string,
  filters: DeskFilters,
  rows: DeskRow[],
  counts: DeskCounts,
  notice?: string,
  now?: Date,
) {
  const language = sponsorLanguage(config, sponsor);
  const t = sponsorTranslator(language);
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
  // The cases on the desk these filters leave out (a case closing this hour is not an open one): named, so
  // the list never seems to disagree with the count above it.
  const hidden = counts.open + counts.closing + counts.closed - rows.length;
  const body = html`
<h1>${t('sponsor.desk.title')}</h1>
${resultNotice(notice)}
<p class="lead">${t('sponsor.desk.lead', { name: sponsor.name, ...counts })}</p>
<form method="get" action="/desk/${token}" class="filters" aria-label="${t('sponsor.desk.filters')}">
  <div><label for="show">${t('sponsor.desk.show')}</label><select id="show" name="show">${(['open', 'overdue', 'closed', 'all'] as const).map((s) => option(s, t('sponsor.desk.showWhich', { show: s }), filters.show))}</select></div>
  <div><label for="site">${t('sponsor.label.site')}</label><select id="site" name="site">${option('', t('sponsor.desk.everySite'), filters.site ?? '')}${config.sites.map((s) => option(s.id, nameIn(s, language), filters.site))}</select></div>
  <div><label for="topic">${t('sponsor.label.topic')}</label><select id="topic" name="topic">${option('', t('sponsor.desk.everyTopic'), filters.topic ?? '')}${config.topics.map((tp) => option(tp.id, nameIn(tp, language), filters.topic))}</select></div>
  <div class="check"><input type="checkbox" id="unread" name="unread" value="1"${filters.unread ? html` checked` : ''}><label for="unread">${t('sponsor.desk.unreadOnly')}</label></div>
  <div><button type="submit">${t('sponsor.desk.apply')}</button></div>
</form>
<h2 id="results">${t('sponsor.desk.count', { count: rows.length })}</h2>
${
  rows.length
    ? html`<ul class="desk-cases" aria-labelledby="results">${rows.map((row) => deskCard(config, language, token, row, now))}</ul>`
    : hidden
      ? html`<p>${t('sponsor.desk.noMatch')}</p>`
      : // Nothing on the desk at all (the last case handed over): no filter is to blame, and no other list has more.
        html`<p>${t('sponsor.desk.empty')}</p>`
}
${hidden ? html`<p class="hidden-cases">${t('sponsor.desk.notShown', { hidden })} <a href="${deskHref(token, { show: 'all' })}">${t('sponsor.desk.showAll')}</a>.</p>` : ''}`;
  return sponsorLayout({ title: t('sponsor.desk.title'), programName: config.programName, body, language });
}

function deskCard(config: Config, language: Language, token: string, row: DeskRow, now?: Date) {
  const t = sponsorTranslator(language);
  const e = row.escalation;
  const { title, reasons, site, topics, what, heading } = describeEscalation(config, e, language);
  return html`<li class="desk-case state-${row.state}">
<h3><a href="${deskCaseHref(token, e.id)}">${t('sponsor.desk.caseLink', { title, ref: caseRef(e.id) })}</a></h3>
<p class="clock">${clockInWords(config, row, language, now)}</p>
${row.unread ? html`<p class="new-answer"><strong>${t('sponsor.desk.newAnswer')}</strong></p>` : ''}
<dl>
  <dt>${heading}</dt><dd class="said">${shortened(what)}</dd>
  <dt>${t('sponsor.label.why')}</dt><dd>${reasons}</dd>
  <dt>${t('sponsor.label.site')}</dt><dd>${site}</dd>
  <dt>${t('sponsor.label.topic')}</dt><dd>${topics}</dd>
  <dt>${t('sponsor.label.raised')}</dt><dd>${t('sponsor.around', { ...momentWords(language, e.raisedAt, config.timezone) })}</dd>
</dl>
</li>`;
}
