import {
  wholeOrganisation,
  nothingToShow,
  CHANNELS_WITHHELD,
  LANGUAGES_NOTE,
  LANGUAGES_WITHHELD,
  FACES,
  FACES_WITHHELD,
  NO_HISTORY_YET,
  scopeLine,
  themeChange,
  trendLines,
  weekTitle,
  anonymityNote,
  noResponsesLine,
  audienceLine,
  change,
  channelWord,
  count,
  escalationLines,
  mixLine,
  moodLine,
  MOOD_HIDDEN,
  plural,
  shortWeek,
  SENTIMENT_WORDS,
} from './format';
import type { Breakdown, Digest } from './model';
import type { DigestLinks } from './render-email';

const WIDTH = 72;
const BAR = 16;

/**
 * The plain-text part: the whole digest, readable in any mail client and
 * with a screen reader. Bars are block characters scaled to the largest row.
 */
export function renderDigestText(digest: Digest, links: DigestLinks = {}): string {
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const section = (title: string) => {
    line();
    line(title.toUpperCase());
  };
  const { headline } = digest;

  line(`${digest.programName} · weekly digest · ${digest.organisation}`);
  line(weekTitle(digest));
  const audience = audienceLine(digest);
  if (audience) wrap(audience, '').forEach((l) => line(l));

  section('At a glance');
  const mine = scopeLine(digest);
  if (mine) wrap(mine, '').forEach((l) => line(l));
  if (headline.total === undefined) {
    line(
      `${wholeOrganisation(digest)}fewer than ${digest.anonymity.k} submissions this week, so no figures are shown.`.replace(
        /^f/,
        'F',
      ),
    );
  } else {
    const moved = change(headline.changePct);
    line(
      `${wholeOrganisation(digest)}${plural(headline.total, 'submission')}${moved ? `, ${moved} on last week's ${count(headline.lastWeekTotal!)}` : ''}.`,
    );
    const channels = table(headline.channels, (row) => change(row.changePct) ?? '');
    if (channels.length) channels.forEach((l) => line(l));
    else wrap(CHANNELS_WITHHELD, '').forEach((l) => line(l));
    if (headline.sentiment) line(`Sentiment: ${mixLine(headline.sentiment)}`);
  }
  if (headline.kioskRatings) {
    const { taps, percents } = headline.kioskRatings;
    line(`Kiosk faces (${plural(taps, 'tap')}): ${FACES.map((face, i) => `${face} ${percents[i]}%`).join(' · ')}`);
  } else if (headline.kioskFaces === 'withheld') wrap(FACES_WITHHELD, '').forEach((l) => line(l));

  section(`Last ${headline.trend.length} weeks (submissions, share negative)`);
  const trendMax = Math.max(1, ...headline.trend.map((p) => p.total ?? 0));
  const trend = trendLines(digest);
  const labelWidth = Math.max(4, ...trend.map((t) => t.label.length));
  for (const t of trend) {
    const label = t.label.padEnd(labelWidth);
    if (t.total === undefined) line(`  ${label}  ${t.words}`);
    else
      line(
        `  ${label}  ${count(t.total).padStart(7)}  ${bar(t.total, trendMax)}  ${t.sentiment ? `${t.sentiment.NEGATIVE}% negative` : MOOD_HIDDEN}`,
      );
  }

  section('Sites (submissions, sentiment)');
  emptyOr(
    table(digest.sites, (row) => moodLine(row.sentiment)),
    digest,
    'sites',
  ).forEach((l) => line(l));

  section('Topics (a comment may touch several)');
  emptyOr(
    table(digest.topics, (row) => moodLine(row.sentiment)),
    digest,
    'topics',
  ).forEach((l) => line(l));

  if (digest.languages) {
    section('Languages');
    wrap(LANGUAGES_NOTE, '  ').forEach((l) => line(l));
    const languages = table(digest.languages, () => '');
    (languages.length ? languages : wrap(LANGUAGES_WITHHELD, '  ')).forEach((l) => line(l));
  }

  if (headline.firstWeek) {
    section('Biggest movers');
    wrap(NO_HISTORY_YET, '  ').forEach((l) => line(l));
  } else if (digest.movers.length) {
    section('Biggest movers (against the previous 4 weeks)');
    for (const m of digest.movers) {
      const how = m.changePct === undefined ? 'new this week' : `${change(m.changePct)} on its 4-week average`;
      const before = m.negativeBeforePct !== undefined ? ` (was ${m.negativeBeforePct}%)` : '';
      const negative = m.negativePct !== undefined ? `; ${m.negativePct}% negative${before}` : '';
      wrap(`${m.label} (${m.kind}): ${count(m.count)}, ${how}${negative}`, '  ', '    ').forEach((l) => line(l));
    }
  }

  if (digest.themes.length) {
    section(`Themes (phrases in ${digest.anonymity.k} or more comments)`);
    for (const t of digest.themes) {
      const how = themeChange(digest, t);
      wrap(
        `"${t.phrase}": ${plural(t.count, 'comment')}${how ? `, ${how}` : ''}; ${moodLine(t.sentiment)}`,
        '  ',
        '    ',
      ).forEach((l) => line(l));
    }
  }

  if (digest.verbatims.length) {
    section('What people said (personal details removed)');
    for (const v of digest.verbatims) {
      wrap(`"${v.text}"`, '  ', '   ').forEach((l) => line(l));
      line(`    ${v.topic} · ${v.site} · ${channelWord(v.channel)} · ${SENTIMENT_WORDS[v.sentiment]}`);
    }
  }

  const escalations = escalationLines(digest);
  section('Escalations raised this week');
  wrap(escalations.summary, '  ', '  ').forEach((l) => line(l));
  for (const s of escalations.sponsors) wrap(`${s.name}: ${s.line}`, '  ', '    ').forEach((l) => line(l));
  if (escalations.overdue.length) {
    line('  Still overdue now, from any week:');
    for (const o of escalations.overdue) line(`    ${o}`);
  }

  section('You said, we did (responses published this week)');
  if (!digest.escalations.responses.length) wrap(noResponsesLine(digest), '  ', '  ').forEach((l) => line(l));
  for (const r of digest.escalations.responses) {
    line(`  ${r.topics.join(', ') || 'Feedback'}:`);
    wrap(`"${r.response}"`, '    ', '     ').forEach((l) => line(l));
  }

  line();
  line('--');
  wrap(anonymityNote(digest), '').forEach((l) => line(l));
  if (links.webView) {
    line();
    line('With charts, in your browser (the link is for you and expires):');
    line(links.webView);
  }
  if (links.desk) {
    line();
    line('Your case desk: every case you hold, to acknowledge, answer or hand over:');
    line(links.desk);
  }
  return `${out.join('\n')}\n`;
}

function table(b: Breakdown, extra: (row: Breakdown['rows'][number]) => string): string[] {
  const rows = [...b.rows, ...(b.other ? [b.other] : [])];
  const labelWidth = Math.min(30, Math.max(8, ...rows.map((r) => [...r.label].length)));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const lines = rows.map((r) => {
    const label = truncate(r.label, labelWidth).padEnd(labelWidth);
    return `  ${label}  ${count(r.count).padStart(7)}  ${bar(r.count, max)}  ${extra(r)}`.trimEnd();
  });
  if (b.total !== undefined && rows.length > 1)
    lines.push(`  ${'Total'.padEnd(labelWidth)}  ${count(b.total).padStart(7)}`);
  return lines;
}

function emptyOr(lines: string[], digest: Digest, what: 'sites' | 'topics'): string[] {
  return lines.length ? lines : wrap(nothingToShow(digest, what), '  ');
}

const bar = (value: number, max: number) => '█'.repeat(Math.max(1, Math.round((value / max) * BAR))).padEnd(BAR);
const truncate = (text: string, width: number) =>
  [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;

/** Word-wraps to the text width: the first line indented by `first`, the rest by `rest`. */
function wrap(text: string, first: string, rest = first): string[] {
  const lines: string[] = [];
  let current = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
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
