// One namespace for the shared wording, so this renderer and the HTML one do not repeat the same list of names.
import * as fmt from './format';
import type { DigestTranslator } from '../i18n/digest';
import type { Breakdown, Digest } from './model';
import type { DigestLinks } from './render-email';

const WIDTH = 72;
const BAR = 16;

/**
 * The plain-text part: the whole digest, readable in any mail client and
 * with a screen reader. Bars are block characters scaled to the largest row.
 */
export function renderDigestText(digest: Digest, links: DigestLinks = {}): string {
  const t = fmt.textOf(digest);
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const section = (title: string) => {
    line();
    line(title.toLocaleUpperCase(t.language));
  };
  const { headline } = digest;
  const n = (value: number) => fmt.count(t, value);

  line(t('digest.kicker', { program: digest.programName, organisation: digest.organisation }));
  line(fmt.weekTitle(digest));
  const audience = fmt.audienceLine(digest);
  if (audience) wrap(audience, '').forEach((l) => line(l));

  section(t('digest.section.glance'));
  const mine = fmt.scopeLine(digest);
  if (mine) wrap(mine, '').forEach((l) => line(l));
  if (headline.total === undefined) {
    line(t('digest.total.tooFew', { whole: fmt.wholeOrganisation(digest), k: digest.anonymity.k }));
  } else {
    line(
      t('digest.total.line', {
        whole: fmt.wholeOrganisation(digest),
        count: headline.total,
        moved: fmt.change(t, headline.changePct) ?? 'none',
        last: headline.lastWeekTotal !== undefined ? n(headline.lastWeekTotal) : '',
      }),
    );
    const channels = table(t, headline.channels, (row) => fmt.change(t, row.changePct) ?? '');
    if (channels.length) channels.forEach((l) => line(l));
    else wrap(t('digest.withheld.channels'), '').forEach((l) => line(l));
    if (headline.sentiment) line(t('digest.sentimentLine', { mix: fmt.mixLine(t, headline.sentiment) }));
  }
  if (headline.kioskRatings) {
    const { taps, percents } = headline.kioskRatings;
    const faces = fmt.FACES.map((i) =>
      t('digest.faceItem', { face: fmt.faceWord(t, i), pct: fmt.pct(t, percents[i]) }),
    ).join(' · ');
    line(t('digest.kioskFaces', { taps, faces }));
  } else if (headline.kioskFaces === 'withheld') wrap(t('digest.withheld.faces'), '').forEach((l) => line(l));

  section(t('digest.section.trendText', { weeks: headline.trend.length }));
  const trendMax = Math.max(1, ...headline.trend.map((p) => p.total ?? 0));
  const trend = fmt.trendLines(digest);
  const labelWidth = Math.max(4, ...trend.map((p) => p.label.length));
  for (const p of trend) {
    const label = p.label.padEnd(labelWidth);
    if (p.total === undefined) line(`  ${label}  ${p.words}`);
    else
      line(
        `  ${label}  ${n(p.total).padStart(7)}  ${bar(p.total, trendMax)}  ${p.sentiment ? t('digest.trend.negative', { pct: fmt.pct(t, p.sentiment.NEGATIVE) }) : t('digest.moodHidden')}`,
      );
  }

  section(t('digest.section.sitesText'));
  emptyOr(
    table(t, digest.sites, (row) => fmt.moodLine(t, row.sentiment)),
    digest,
    'sites',
  ).forEach((l) => line(l));

  section(t('digest.section.topicsText'));
  emptyOr(
    table(t, digest.topics, (row) => fmt.moodLine(t, row.sentiment)),
    digest,
    'topics',
  ).forEach((l) => line(l));

  if (digest.languages) {
    section(t('digest.section.languages'));
    wrap(t('digest.note.languages'), '  ').forEach((l) => line(l));
    const languages = table(t, digest.languages, () => '');
    (languages.length ? languages : wrap(t('digest.withheld.languages'), '  ')).forEach((l) => line(l));
  }

  if (headline.firstWeek) {
    section(t('digest.section.movers'));
    wrap(t('digest.noHistory'), '  ').forEach((l) => line(l));
  } else if (digest.movers.length) {
    section(t('digest.section.moversText', { weeks: fmt.baselineWeeksOf(digest) }));
    for (const m of digest.movers) wrap(fmt.moverLine(digest, m), '  ', '    ').forEach((l) => line(l));
  }

  if (digest.themes.length) {
    section(t('digest.section.themesText', { k: digest.anonymity.k }));
    for (const theme of digest.themes)
      wrap(fmt.themeLine(digest, theme, 'digest.theme.text'), '  ', '    ').forEach((l) => line(l));
  }

  if (digest.verbatims.length) {
    section(t('digest.section.saidText'));
    for (const v of digest.verbatims) {
      wrap(t('digest.quote', { text: v.text }), '  ', '   ').forEach((l) => line(l));
      line(`    ${v.topic} · ${v.site} · ${fmt.channelWord(t, v.channel)} · ${fmt.sentimentWord(t, v.sentiment)}`);
    }
  }

  const escalations = fmt.escalationLines(digest);
  section(t('digest.section.escalations'));
  wrap(escalations.summary, '  ', '  ').forEach((l) => line(l));
  for (const s of escalations.sponsors) wrap(t('digest.sponsorLine', s), '  ', '    ').forEach((l) => line(l));
  if (escalations.overdue.length) {
    line(`  ${t('digest.esc.stillOverdueText')}`);
    for (const o of escalations.overdue) line(`    ${o}`);
  }
  if (escalations.comingUp.length) {
    line(`  ${t('digest.esc.comingUpText')}`);
    for (const o of escalations.comingUp) line(`    ${o}`);
  }

  section(t('digest.section.didText'));
  if (!digest.escalations.responses.length) wrap(fmt.noResponsesLine(digest), '  ', '  ').forEach((l) => line(l));
  for (const group of fmt.responsesByAbout(digest)) {
    line(`  ${t('digest.responses.aboutText', { about: group.about })}`);
    for (const response of group.responses)
      wrap(t('digest.quote', { text: response }), '    ', '     ').forEach((l) => line(l));
  }

  line();
  line('--');
  wrap(fmt.anonymityNote(digest), '').forEach((l) => line(l));
  if (links.webView) {
    line();
    line(t('digest.link.webText'));
    line(links.webView);
  }
  if (links.desk) {
    line();
    line(t('digest.link.deskText'));
    line(links.desk);
  }
  return `${out.join('\n')}\n`;
}

function table(t: DigestTranslator, b: Breakdown, extra: (row: Breakdown['rows'][number]) => string): string[] {
  const rows = [...b.rows, ...(b.other ? [b.other] : [])];
  const labelWidth = Math.min(30, Math.max(8, ...rows.map((r) => [...r.label].length)));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const lines = rows.map((r) => {
    const label = truncate(r.label, labelWidth).padEnd(labelWidth);
    return `  ${label}  ${fmt.count(t, r.count).padStart(7)}  ${bar(r.count, max)}  ${extra(r)}`.trimEnd();
  });
  if (b.total !== undefined && rows.length > 1)
    lines.push(`  ${t('digest.total').padEnd(labelWidth)}  ${fmt.count(t, b.total).padStart(7)}`);
  return lines;
}

function emptyOr(lines: string[], digest: Digest, what: 'sites' | 'topics'): string[] {
  return lines.length ? lines : wrap(fmt.nothingToShow(digest, what), '  ');
}

const bar = (value: number, max: number) => '█'.repeat(Math.max(1, Math.round((value / max) * BAR))).padEnd(BAR);
const truncate = (text: string, width: number) =>
  [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;

/** Word-wraps to the text width: the first line indented by `first`, the rest by `rest`. */
function wrap(text: string, first: string, rest = first): string[] {
  const lines: string[] = [];
  let current = first;
  // Only ordinary spaces break a line: a no-break space (in French quotes, before a percent sign) keeps its neighbours together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const indent = lines.length ? rest : first;
    if (current.length > indent.length && current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = rest + word;
    } else {
      current += (current.length > indent.length ? ' ' : '') + word;
    }
  }
  lines.push(current);
  return lines;
}
