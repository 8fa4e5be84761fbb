import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
// The wording every rendering shares (email, web page, text), read as `format.…` so each renderer names what it uses.
import * as format from './format';
import type { DigestTranslator } from '../i18n/digest';
import { textDirection } from '../i18n/direction';
import type { Breakdown, Digest, SentimentMix } from './model';

// Non-ASCII characters in `html` templates are written as escapes (\u00b7 for ·, \u25a0 for ■, \u2713 for ✓): esbuild
// escapes those of plain strings but not of tagged templates, and one such character makes Node decode the whole
// bundle file as two-byte text at a cold start (docs/performance-log.md, "Eleventh round").

/** Served at `/assets/digest.css` by the sponsors' app (as `/digest/{week}` is): the intake's CSP allows style sheets from itself only, not inline styles. */
export const DIGEST_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #f4f5f7; --card: #ffffff; --muted: #4a525c; --rule: #d5d9de; --accent: #1f5fa8; --track: #e6e8eb;
  --pos: #2e7d4f; --neu: #8b949e; --mix: #c98a12; --neg: #c23b32; --face2: #d9822b; --face3: #6aa36f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8ebef; --bg: #121417; --card: #1b1f24; --muted: #a9b1bb; --rule: #3a4048; --accent: #8ab8ee; --track: #2c3238;
  --pos: #5cb87f; --neu: #9aa3ad; --mix: #e0a93a; --neg: #ef6f64; --face2: #eb9a4c; --face3: #86c08b; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; }
header.band { background: #173f6e; color: #fff; padding: 1.2rem 1rem; }
header.band p { margin: 0 auto; max-width: 52rem; }
header.band .kicker { font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; }
header.band h1 { margin: .2rem auto; max-width: 52rem; font-size: 1.5rem; line-height: 1.25; }
main { max-width: 52rem; margin: 0 auto; padding: .5rem 1rem 2rem; }
section { background: var(--card); border: 1px solid var(--rule); border-radius: .5rem; padding: .8rem 1rem 1rem; margin: 1rem 0; }
h2 { font-size: .95rem; letter-spacing: .05em; text-transform: uppercase; color: var(--accent); margin: 0 0 .6rem; }
.big { font-size: 2.4rem; font-weight: 700; line-height: 1.1; margin: 0; }
.muted, .note { color: var(--muted); }
.note { font-size: .9rem; margin: 0 0 .5rem; }
.audience { background: var(--card); border-left: 4px solid var(--accent); padding: .6rem .9rem; margin: 1rem 0 0; }
table.rows { width: 100%; border-collapse: collapse; }
table.rows th, table.rows td { text-align: left; padding: .45rem .4rem .45rem 0; vertical-align: middle; border-bottom: 1px solid var(--rule); font-weight: 400; }
table.rows caption { text-align: left; }
table.rows th { font-weight: 600; width: 26%; }
table.rows td.n { text-align: right; font-weight: 700; white-space: nowrap; width: 4.5rem; }
table.rows td.bar { width: 34%; }
table.rows td.about { color: var(--muted); font-size: .9rem; }
table.rows tr.other th { font-style: italic; font-weight: 400; }
table.rows tr.total th, table.rows tr.total td { border-bottom: 0; }
svg { display: block; }
svg.bar { width: 100%; height: 14px; }
svg.trend { width: 100%; max-width: 40rem; height: auto; }
.s-POSITIVE { fill: var(--pos); } .s-NEUTRAL { fill: var(--neu); } .s-MIXED { fill: var(--mix); } .s-NEGATIVE { fill: var(--neg); }
.f-0 { fill: var(--neg); } .f-1 { fill: var(--face2); } .f-2 { fill: var(--face3); } .f-3 { fill: var(--pos); }
.track { fill: var(--track); } .vol { fill: var(--accent); }
.axis { fill: var(--muted); font-size: 11px; } .axis.now { fill: var(--fg); font-weight: 700; }
.hidden-week { fill: none; stroke: var(--muted); stroke-dasharray: 3 3; }
.key { list-style: none; padding: 0; margin: .4rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
.key li::before { content: "■ "; }
.key .k-POSITIVE::before { color: var(--pos); } .key .k-NEUTRAL::before { color: var(--neu); } .key .k-MIXED::before { color: var(--mix); } .key .k-NEGATIVE::before { color: var(--neg); }
blockquote { margin: 0 0 .8rem; padding: .7rem 1rem; background: var(--bg); border-left: 4px solid var(--rule); font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
blockquote.q-POSITIVE { border-left-color: var(--pos); } blockquote.q-NEGATIVE { border-left-color: var(--neg); } blockquote.q-MIXED { border-left-color: var(--mix); }
blockquote footer { font-family: system-ui, sans-serif; font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.response { border-left: 4px solid var(--accent); background: var(--bg); padding: .6rem 1rem; margin: 0 0 .8rem; white-space: pre-wrap; }
.response p { margin: 0; }
.response h3 { margin: 0 0 .3rem; font-size: .9rem; font-weight: 600; }
.response p + p { margin-top: .6rem; }
ul.plain { padding-left: 1.1rem; margin: .3rem 0; }
footer.page { max-width: 52rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .9rem; }
h3.note { margin: 1.2rem 0 .4rem; font-weight: 600; }
/* On a phone each row becomes name and figure on one line, its bar and its note beneath. */
@media (max-width: 34rem) {
  table.rows, table.rows tbody { display: block; }
  table.rows caption { display: block; }
  table.rows tr { display: grid; grid-template-columns: 1fr auto; column-gap: .75rem; padding: .45rem 0; border-bottom: 1px solid var(--rule); }
  table.rows tr.total { border-bottom: 0; }
  table.rows th, table.rows td { display: block; width: auto; padding: 0; border: 0; }
  table.rows td.n { width: auto; }
  table.rows td.bar, table.rows td.about { grid-column: 1 / -1; }
  table.rows td.bar { width: auto; padding-top: .25rem; }
  table.rows td:empty { display: none; }
}
`;

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The web view of an archived digest: the same figures as the email, with
 * SVG charts and a style sheet (the email can have neither). No scripts.
 */
export function renderDigestPage(digest: Digest): string {
  const t = format.textOf(digest);
  const n = (value: number) => format.count(t, value);
  const { headline } = digest;
  const e = digest.escalations;
  const escalations = format.escalationLines(digest);
  const audience = format.audienceLine(digest);
  const page = html`<!doctype html>
<html lang="${t.language}" dir="${textDirection(t.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${t('digest.pageTitle', { week: String(Number(digest.week.slice(6))), program: digest.programName })}</title>
<link rel="stylesheet" href="/assets/digest.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">${t('digest.skip')}</a>
<header class="band">
<p class="kicker">${t('digest.kicker', { program: digest.programName, organisation: digest.organisation })}</p>
<h1>${format.weekTitle(digest)}</h1>
</header>
<main id="main">
${audience ? html`<p class="audience">${audience}</p>` : ''}
<section aria-labelledby="glance">
<h2 id="glance">${t('digest.section.glance')}</h2>
${format.scopeLine(digest) ? html`<p><strong>${format.scopeLine(digest)}</strong></p>` : ''}
${
  headline.total === undefined
    ? html`<p>${t('digest.total.tooFew', { whole: format.wholeOrganisation(digest), k: digest.anonymity.k })}</p>`
    : html`${format.wholeOrganisation(digest) === 'yes' ? html`<p class="muted">${t('digest.total.whole')}</p>` : ''}<p class="big">${n(headline.total)}</p>
<p class="muted">${t('digest.total.under', { count: headline.total, moved: format.change(t, headline.changePct) ?? 'none', last: headline.lastWeekTotal !== undefined ? n(headline.lastWeekTotal) : '' })}</p>
${rowsTable(t, headline.channels, t('digest.caption.channels'), (r) => format.change(t, r.changePct) ?? '', false) || html`<p>${t('digest.withheld.channels')}</p>`}
${headline.sentiment ? html`<h3 class="note">${t('digest.sentimentHeading')}</h3>${bar(headline.sentiment, 100, t('digest.sentimentLine', { mix: format.mixLine(t, headline.sentiment) }))}${key(t, headline.sentiment)}` : ''}`
}
${headline.kioskRatings ? faces(t, headline.kioskRatings) : headline.kioskFaces === 'withheld' ? html`<p>${t('digest.withheld.faces')}</p>` : ''}
</section>
<section aria-labelledby="trend">
<h2 id="trend">${t('digest.section.trend', { weeks: headline.trend.length })}</h2>
${trendChart(digest)}
</section>
<section aria-labelledby="sites">
<h2 id="sites">${t('digest.section.sites')}</h2>
${rowsTable(t, digest.sites, t('digest.caption.sites'), (r) => format.moodLine(t, r.sentiment), true) || html`<p>${format.nothingToShow(digest, 'sites')}</p>`}
</section>
<section aria-labelledby="topics">
<h2 id="topics">${t('digest.section.topics')}</h2>
<p class="note">${t('digest.note.topics')}</p>
${rowsTable(t, digest.topics, t('digest.caption.topics'), (r) => format.moodLine(t, r.sentiment), true) || html`<p>${format.nothingToShow(digest, 'topics')}</p>`}
</section>
${
  digest.languages
    ? html`<section aria-labelledby="languages"><h2 id="languages">${t('digest.section.languages')}</h2><p class="note">${t('digest.note.languages')}</p>
${rowsTable(t, digest.languages, t('digest.caption.languages'), () => '', false) || html`<p>${t('digest.withheld.languages')}</p>`}</section>`
    : ''
}
${headline.firstWeek ? html`<section aria-labelledby="movers"><h2 id="movers">${t('digest.section.movers')}</h2><p>${t('digest.noHistory')}</p></section>` : ''}
${
  !headline.firstWeek && digest.movers.length
    ? html`<section aria-labelledby="movers"><h2 id="movers">${t('digest.section.movers')}</h2><p class="note">${t('digest.note.movers', { weeks: format.baselineWeeksOf(digest) })}</p><ul class="plain">${digest.movers.map(
        (m) => html`<li>${format.moverLine(digest, m)}</li>`,
      )}</ul></section>`
    : ''
}
${
  digest.themes.length
    ? html`<section aria-labelledby="themes"><h2 id="themes">${t('digest.section.themes')}</h2><p class="note">${t('digest.note.themes', { k: digest.anonymity.k })}</p><ul class="plain">${digest.themes.map(
        (theme) => html`<li>${format.themeLine(digest, theme, 'digest.theme.line')}</li>`,
      )}</ul></section>`
    : ''
}
${
  digest.verbatims.length
    ? html`<section aria-labelledby="said"><h2 id="said">${t('digest.section.said')}</h2><p class="note">${t('digest.note.said')}</p>${digest.verbatims.map(
        (v) =>
          html`<blockquote class="q-${v.sentiment}"><p>${t('digest.quoteHtml', { text: v.text })}</p><footer>${v.topic} \u00b7 ${v.site} \u00b7 ${format.channelWord(t, v.channel)} \u00b7 ${format.sentimentWord(t, v.sentiment)}</footer></blockquote>`,
      )}</section>`
    : ''
}
<section aria-labelledby="escalations">
<h2 id="escalations">${t('digest.section.escalations')}</h2>
<p>${escalations.summary}</p>${escalations.sponsors.length ? html`<ul class="plain">${escalations.sponsors.map((s) => html`<li>${t('digest.sponsorLine', s)}</li>`)}</ul>` : ''}
${escalations.overdue.length ? html`<h3 class="note">${t('digest.esc.stillOverdue')}</h3><ul class="plain">${escalations.overdue.map((o) => html`<li>${o}</li>`)}</ul>` : ''}
${escalations.comingUp.length ? html`<h3>${t('digest.esc.comingUp')}</h3><ul class="plain">${escalations.comingUp.map((o) => html`<li>${o}</li>`)}</ul>` : ''}
</section>
<section aria-labelledby="did">
<h2 id="did">${t('digest.section.did')}</h2>
${
  e.responses.length
    ? format
        .responsesByAbout(digest)
        .map(
          (group) =>
            html`<div class="response"><h3 class="muted">${group.about}</h3>${group.responses.map((response) => html`<p>${response}</p>`)}</div>`,
        )
    : html`<p>${format.noResponsesLine(digest)}</p>`
}
</section>
</main>
<footer class="page"><p>${format.anonymityNote(digest)}</p></footer>
</body>
</html>`;
  return page.toString();
}

function rowsTable(
  t: DigestTranslator,
  b: Breakdown,
  caption: string,
  about: (row: Breakdown['rows'][number]) => string,
  mood: boolean,
): Fragment | '' {
  const all = [...b.rows, ...(b.other ? [b.other] : [])];
  if (!all.length) return '';
  const max = Math.max(...all.map((r) => r.count));
  return html`<table class="rows"><caption class="note">${caption}</caption>
<tbody>${all.map(
    (r) =>
      html`<tr${r.id === 'other' ? html` class="other"` : ''}><th scope="row">${r.label}</th><td class="n">${format.count(t, r.count)}</td><td class="bar">${mood && r.sentiment ? bar(r.sentiment, (r.count / max) * 100, t('digest.sponsorLine', { name: r.label, line: format.mixLine(t, r.sentiment) })) : volume((r.count / max) * 100)}</td><td class="about">${about(r)}</td></tr>`,
  )}
${b.total !== undefined && all.length > 1 ? html`<tr class="total"><th scope="row">${t('digest.total')}</th><td class="n">${format.count(t, b.total)}</td><td></td><td></td></tr>` : ''}</tbody></table>`;
}

/** A horizontal bar `lengthPct` long in sentiment segments, on a track. */
function bar(mix: SentimentMix, lengthPct: number, label: string): Fragment {
  let x = 0;
  const length = Math.max(1, lengthPct);
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><rect class="track" x="0" y="0" width="100" height="10"/>${format.SENTIMENT_ORDER.filter(
    (s) => mix[s] > 0,
  ).map((s) => {
    const width = (mix[s] / 100) * length;
    const rect = html`<rect class="s-${s}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10"/>`;
    x += width;
    return rect;
  })}</svg>`;
}

function volume(lengthPct: number): Fragment {
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="0" width="100" height="10"/><rect class="vol" x="0" y="0" width="${Math.max(1, lengthPct).toFixed(2)}" height="10"/></svg>`;
}

function key(t: DigestTranslator, mix: SentimentMix): Fragment {
  return html`<ul class="key">${format.SENTIMENT_ORDER.filter((s) => mix[s] > 0).map((s) => html`<li class="k-${s}">${t('digest.mixItem', { sentiment: s, pct: format.pct(t, mix[s]) })}</li>`)}</ul>`;
}

function faces(t: DigestTranslator, ratings: { taps: number; percents: readonly number[] }): Fragment {
  const max = Math.max(1, ...ratings.percents);
  return html`<h3 class="note">${t('digest.kioskFacesHeading', { taps: ratings.taps })}</h3>
<table class="rows"><tbody>${format.FACES.map(
    (i) =>
      html`<tr><th scope="row">${format.faceWord(t, i)}</th><td class="n">${format.pct(t, ratings.percents[i]!)}</td><td class="bar"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" x="0" y="0" width="100" height="10"/><rect class="f-${i}" x="0" y="0" width="${Math.max(1, (ratings.percents[i]! / max) * 100).toFixed(2)}" height="10"/></svg></td><td class="about"></td></tr>`,
  )}</tbody></table>`;
}

/** Columns per week, height by submissions, stacked by sentiment; a dashed outline where a week is below the threshold. */
function trendChart(digest: Digest): Fragment {
  const t = format.textOf(digest);
  const points = digest.headline.trend;
  const W = 400;
  const H = 190;
  const top = 18;
  const bottom = 22;
  const slot = W / points.length;
  const barWidth = slot * 0.62;
  const max = Math.max(1, ...points.map((p) => p.total ?? 0));
  const firstWithAny = points.findIndex((p) => !p.none);
  const words = format.trendLines(digest).filter((t) => t.total === undefined);
  const label = format
    .trendLines(digest)
    .map((p) =>
      p.total === undefined
        ? t('digest.trend.words', { week: p.label, words: p.words })
        : t('digest.trend.point', {
            week: p.label,
            count: format.count(t, p.total),
            pct: p.sentiment ? format.pct(t, p.sentiment.NEGATIVE) : 'none',
          }),
    )
    .join('; ');
  // Eight weeks without a submission: the note below says so, and a chart of bare week labels would add nothing.
  if (firstWithAny < 0)
    return html`<p class="note">${words.map((p) => `${t('digest.trend.words', { week: p.label, words: p.words })}.`).join(' ')}</p>`;
  return html`<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label="${t('digest.trend.label', { weeks: label })}">
${points.map((p, i) => {
  const x = i * slot + (slot - barWidth) / 2;
  const now = p.week === digest.week;
  const axis = html`<text class="axis${now ? ' now' : ''}" x="${(x + barWidth / 2).toFixed(1)}" y="${H - 6}" text-anchor="middle">${format.shortWeek(t, p.week)}</text>`;
  // Weeks before the first submission: the note under the chart says so once ("W41–W48: no submissions yet").
  if (p.none && (firstWithAny < 0 || i < firstWithAny)) return axis;
  if (p.none)
    return html`<text class="axis" x="${(x + barWidth / 2).toFixed(1)}" y="${H - bottom - 6}" text-anchor="middle">${t('digest.trend.noneShort')}</text>${axis}`;
  if (p.total === undefined) {
    return html`<rect class="hidden-week" x="${x.toFixed(1)}" y="${H - bottom - 24}" width="${barWidth.toFixed(1)}" height="24"/><text class="axis" x="${(x + barWidth / 2).toFixed(1)}" y="${H - bottom - 30}" text-anchor="middle">&lt;${digest.anonymity.k}</text>${axis}`;
  }
  const height = ((H - top - bottom) * p.total) / max;
  let y = H - bottom;
  if (!p.sentiment) {
    // Its mood is not shown (a part below the threshold): one plain column.
    return html`<rect class="vol" x="${x.toFixed(1)}" y="${(H - bottom - height).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}"/><text class="axis${now ? ' now' : ''}" x="${(x + barWidth / 2).toFixed(1)}" y="${(H - bottom - height - 5).toFixed(1)}" text-anchor="middle">${format.count(t, p.total)}</text>${axis}`;
  }
  const shares = p.sentiment;
  const segments = format.SENTIMENT_ORDER.filter((s) => shares[s] > 0)
    .reverse()
    .map((s) => {
      const h = (shares[s] / 100) * height;
      y -= h;
      return html`<rect class="s-${s}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"/>`;
    });
  return html`${segments}<text class="axis${now ? ' now' : ''}" x="${(x + barWidth / 2).toFixed(1)}" y="${(H - bottom - height - 5).toFixed(1)}" text-anchor="middle">${format.count(t, p.total)}</text>${axis}`;
})}
</svg>
${
  // The colours' key only beside a column coloured by mood: under an empty chart it has nothing to be read against.
  points.some((p) => p.sentiment)
    ? html`<ul class="key">${format.SENTIMENT_ORDER.map((s) => html`<li class="k-${s}">${format.sentimentWord(t, s)}</li>`)}</ul>`
    : ''
}
${words.length ? html`<p class="note">${words.map((p) => `${t('digest.trend.words', { week: p.label, words: p.words })}.`).join(' ')}</p>` : ''}`;
}
