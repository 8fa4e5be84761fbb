import { html } from 'hono/html';
import type { Config, Sponsor } from '../../../shared/config/schema';
import type { DeskFilters, DeskState } from '../../../shared/domain/case-desk';
import { describeEscalation } from '../../../shared/email/escalation-email';
import { hourInZone } from '../../../shared/email/hour-in-zone';
import type { DeskRow } from '../../../shared/use-cases/case-desk';
import { layout } from './layout';

/** Where a case stands, in a few words, with its clock: what the sponsor must do next and by when. */
export function clockInWords(config: Config, row: Pick<DeskRow, 'escalation' | 'state'>): string {
  const e = row.escalation;
  const at = (iso: string | undefined, how: 'around' | 'by') => (iso ? hourInZone(iso, config.timezone, how) : '');
  const labels: Record<DeskState, string> = {
    waiting: `Waiting for you: acknowledge ${at(e.slaDueAt, 'by')}`,
    overdue: `Overdue: it was due to be acknowledged ${at(e.slaDueAt, 'by')}`,
    acknowledged: `Acknowledged ${at(e.acknowledgedAt, 'around')}; no response published yet`,
    answered: `Response published ${at(e.respondedAt, 'around')}`,
    closed: `Closed ${at(e.closedAt, 'around')}`,
  };
  return labels[row.state];
}

const SHOW_LABELS: Record<DeskFilters['show'], string> = {
  open: 'Open cases',
  closed: 'Closed cases',
  all: 'All cases',
};

/** The desk's address with the given filters, as the filter form would make it. */
export const deskHref = (token: string, filters: Partial<DeskFilters> = {}) => {
  const query = new URLSearchParams(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return `/desk/${token}${query.size ? `?${query}` : ''}`;
};

/** A case's page on the desk. */
export const deskCaseHref = (token: string, id: string) => `/desk/${token}/case/${encodeURIComponent(id)}`;

/**
 * A sponsor's desk: every case they hold, with its clock, whether the
 * employee has written something new, why it came to them, its site and
 * topic; filtered by plain GET parameters (a form that needs no
 * JavaScript). Cards, not a table, so it reads on a phone.
 */
export function caseDeskPage(
  config: Config,
  sponsor: Sponsor,
  token: string,
  filters: DeskFilters,
  rows: DeskRow[],
  total: number,
  notice?: string,
) {
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
  const body = html`
<h1>Your cases</h1>
${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}
<p class="lead">${sponsor.name}: ${total === 1 ? '1 case' : `${total} cases`} on your desk. Nothing here says who wrote anything, and nothing should try to find out.</p>
<form method="get" action="/desk/${token}" class="filters" aria-label="Filter your cases">
  <div><label for="show">Show</label><select id="show" name="show">${(['open', 'closed', 'all'] as const).map((s) => option(s, SHOW_LABELS[s], filters.show))}</select></div>
  <div><label for="site">Site</label><select id="site" name="site">${option('', 'Every site', filters.site ?? '')}${config.sites.map((s) => option(s.id, s.name, filters.site))}</select></div>
  <div><label for="topic">Topic</label><select id="topic" name="topic">${option('', 'Every topic', filters.topic ?? '')}${config.topics.map((t) => option(t.id, t.name, filters.topic))}</select></div>
  <div class="check"><input type="checkbox" id="unread" name="unread" value="1"${filters.unread ? html` checked` : ''}><label for="unread">Only cases with a new answer from the employee</label></div>
  <div><button type="submit">Show these cases</button></div>
</form>
<h2 id="results">${rows.length === 1 ? '1 case' : `${rows.length} cases`}</h2>
${
  rows.length
    ? html`<ul class="desk-cases" aria-labelledby="results">${rows.map((row) => deskCard(config, token, row))}</ul>`
    : html`<p>No case matches these filters. <a href="${deskHref(token)}">Show every open case</a>.</p>`
}`;
  return layout({ title: 'Your cases', programName: config.programName, body, audience: 'sponsor' });
}

function deskCard(config: Config, token: string, row: DeskRow) {
  const e = row.escalation;
  const { about, reasons, site, topics } = describeEscalation(config, e);
  return html`<li class="desk-case state-${row.state}">
<h3><a href="${deskCaseHref(token, e.id)}">${e.urgent ? 'Urgent: ' : ''}${about}</a></h3>
<p class="clock">${clockInWords(config, row)}</p>
${row.unread ? html`<p class="new-answer"><strong>New answer from the employee</strong></p>` : ''}
<dl>
  <dt>Why it came to you</dt><dd>${reasons.charAt(0).toUpperCase() + reasons.slice(1)}</dd>
  <dt>Site</dt><dd>${site}</dd>
  <dt>Topic</dt><dd>${topics}</dd>
  <dt>Raised</dt><dd>${hourInZone(e.raisedAt, config.timezone, 'around')}</dd>
</dl>
</li>`;
}
