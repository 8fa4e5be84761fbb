import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Email } from '../ports/mailer';
import type { DigestTranslator } from '../i18n/digest';
import {
  FACES,
  SENTIMENT_COLOURS,
  SENTIMENT_ORDER,
  anonymityNote,
  audienceLine,
  change,
  channelWord,
  count,
  escalationLines,
  faceWord,
  mixLine,
  moodLine,
  moverLine,
  nothingToShow,
  noResponsesLine,
  pct,
  responsesByAbout,
  scopeLine,
  sentimentWord,
  subject,
  textOf,
  themeLine,
  trendLines,
  weekTitle,
  wholeOrganisation,
  baselineWeeksOf,
} from './format';
import type { Breakdown, Digest, DigestRow, SentimentMix } from './model';
import { renderDigestText } from './render-text';

// Non-ASCII characters in `html` templates are written as escapes (\u00b7 for ·, \u25a0 for ■, \u2713 for ✓): esbuild
// escapes those of plain strings but not of tagged templates, and one such character makes Node decode the whole
// bundle file as two-byte text at a cold start (docs/performance-log.md, "Eleventh round").

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * Colours set on every element that shows text or a bar, never left to the
 * client: a mail app in dark mode then either keeps this light card whole or
 * inverts all of it, and both read well. Every chart's figures are also
 * written out in words beside it.
 */
const C = {
  page: '#e9ecef',
  card: '#ffffff',
  text: '#1b1f24',
  muted: '#4a525c',
  rule: '#d5d9de',
  accent: '#1f5fa8',
  band: '#173f6e',
  bandText: '#ffffff',
  track: '#e6e8eb',
  quote: '#f3f4f6',
};
const FONT = 'font-family:Arial,Helvetica,sans-serif';
const TABLE = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"';

/**
 * The digest as an email: HTML that renders in the common mail clients
 * (nested tables, inline styles, bars drawn with table cells; no scripts,
 * no images, no SVG, no style sheets) and the plain-text part.
 *
 * @example
 * const email = digestEmail(digest, ['leadership@example.com'], { webView: 'https://…/digest/2026-W47?t=…' });
 */
/** The links a digest email carries: its web view, and a sponsor's case desk. */
export interface DigestLinks {
  webView?: string;
  /** A sponsor's case desk (`/desk/…`); only in a sponsor's own digest. */
  desk?: string;
}

export function digestEmail(digest: Digest, to: string[], links: DigestLinks = {}): Email {
  return { to, subject: subject(digest), html: renderDigestHtml(digest, links), text: renderDigestText(digest, links) };
}

export function renderDigestHtml(digest: Digest, links: DigestLinks = {}): string {
  const t = textOf(digest);
  const { headline } = digest;
  const audience = audienceLine(digest);
  const e = digest.escalations;
  const escalations = escalationLines(digest);
  const preheader =
    scopeLine(digest) ??
    (headline.total !== undefined
      ? t('digest.preheader', {
          count: headline.total,
          moved: change(t, headline.changePct) ?? 'none',
          escalations: digest.audience.kind === 'leadership' ? (e.raised ?? 0) : 0,
        })
      : t('digest.preheader.tooFew'));

  const body = html`<!doctype html>
<html lang="${t.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${subject(digest)}</title>
</head>
<body style="margin:0;padding:0;background:${C.page};-webkit-text-size-adjust:100%" bgcolor="${C.page}">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${C.page}">${preheader}</div>
<div role="main" style="margin:0;padding:0;color:${C.text};background:${C.page}">
<table ${raw(TABLE)} style="background:${C.page}" bgcolor="${C.page}"><tr><td align="center" style="padding:12px 8px">
<table ${raw(TABLE)} style="max-width:640px;background:${C.card};border:1px solid ${C.rule}" bgcolor="${C.card}">
<tr><td style="padding:18px 20px;background:${C.band};${FONT};color:${C.bandText}" bgcolor="${C.band}">
<div style="font-size:13px;letter-spacing:.04em;color:${C.bandText}">${t('digest.band', { program: digest.programName }).toLocaleUpperCase(t.language)}</div>
<h1 style="font-size:22px;line-height:1.25;font-weight:bold;margin:4px 0 0;color:${C.bandText}">${weekTitle(digest)}</h1>
<div style="font-size:14px;margin-top:4px;color:${C.bandText}">${digest.organisation}</div>
</td></tr>
<tr><td style="padding:4px 20px 20px;${FONT};color:${C.text};font-size:15px;line-height:1.45">
${audience ? html`<p style="margin:14px 0 0;padding:10px 12px;background:${C.quote};color:${C.text};font-size:14px">${audience}</p>` : ''}
${heading(t('digest.section.glance'))}
${scopeLine(digest) ? html`<p style="margin:0 0 10px;font-size:16px;font-weight:bold;color:${C.text}">${scopeLine(digest)}</p>` : ''}
${
  headline.total === undefined
    ? para(t('digest.total.tooFew', { whole: wholeOrganisation(digest), k: digest.anonymity.k }))
    : html`${wholeOrganisation(digest) === 'yes' ? html`<div style="font-size:14px;color:${C.muted}">${t('digest.total.whole')}</div>` : ''}<div style="font-size:32px;line-height:1.1;font-weight:bold;color:${C.text}">${count(t, headline.total)}</div>
<div style="font-size:15px;color:${C.muted};margin:2px 0 10px">${t('digest.total.under', { count: headline.total, moved: change(t, headline.changePct) ?? 'none', last: headline.lastWeekTotal !== undefined ? count(t, headline.lastWeekTotal) : '' })}</div>
${rows(t, headline.channels, (r) => change(t, r.changePct) ?? '', false) || para(t('digest.withheld.channels'))}
${headline.sentiment ? html`<div style="margin:14px 0 4px;font-size:14px;font-weight:bold;color:${C.text}">${t('digest.sentimentHeading')}</div>${stackedBar(headline.sentiment, 100, 14)}${legend(t, headline.sentiment)}` : ''}`
}
${headline.kioskRatings ? faces(t, headline.kioskRatings) : headline.kioskFaces === 'withheld' ? para(t('digest.withheld.faces')) : ''}
${heading(t('digest.section.trend', { weeks: headline.trend.length }))}
${trend(digest)}
${heading(t('digest.section.sites'))}
${rows(t, digest.sites, (r) => moodLine(t, r.sentiment), true) || para(nothingToShow(digest, 'sites'))}
${heading(t('digest.section.topics'))}
<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">${t('digest.note.topics')}</p>
${rows(t, digest.topics, (r) => moodLine(t, r.sentiment), true) || para(nothingToShow(digest, 'topics'))}
${
  digest.languages
    ? html`${heading(t('digest.section.languages'))}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">${t('digest.note.languages')}</p>
${rows(t, digest.languages, () => '', false) || para(t('digest.withheld.languages'))}`
    : ''
}
${headline.firstWeek ? html`${heading(t('digest.section.movers'))}${para(t('digest.noHistory'))}` : ''}
${
  !headline.firstWeek && digest.movers.length
    ? html`${heading(t('digest.section.movers'))}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">${t('digest.note.movers', { weeks: baselineWeeksOf(digest) })}</p>
${digest.movers.map((m) => html`<p style="margin:0 0 8px;color:${C.text}">${moverLine(digest, m)}</p>`)}`
    : ''
}
${
  digest.themes.length
    ? html`${heading(t('digest.section.themes'))}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">${t('digest.note.themes', { k: digest.anonymity.k })}</p>
${digest.themes.map(
  (theme) => html`<p style="margin:0 0 8px;color:${C.text}">${themeLine(digest, theme, 'digest.theme.line')}</p>`,
)}`
    : ''
}
${
  digest.verbatims.length
    ? html`${heading(t('digest.section.said'))}<p style="margin:0 0 8px;font-size:13px;color:${C.muted}">${t('digest.note.said')}</p>
${digest.verbatims.map(
  (
    v,
  ) => html`<table ${raw(TABLE)} style="margin:0 0 10px"><tr><td style="padding:10px 12px;background:${C.quote};border-left:4px solid ${SENTIMENT_COLOURS[v.sentiment]};${FONT}" bgcolor="${C.quote}">
<div style="font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.45;color:${C.text}">${t('digest.quoteHtml', { text: v.text })}</div>
<div style="margin-top:6px;font-size:13px;color:${C.muted}">${v.topic} \u00b7 ${v.site} \u00b7 ${channelWord(t, v.channel)} \u00b7 ${sentimentWord(t, v.sentiment)}</div>
</td></tr></table>`,
)}`
    : ''
}
${heading(t('digest.section.escalations'))}
${para(escalations.summary)}${escalations.sponsors.map((s) => html`<p style="margin:0 0 6px;color:${C.text}"><strong>${s.name}</strong><br><span style="font-size:14px;color:${C.muted}">${s.line}</span></p>`)}
${
  escalations.overdue.length
    ? html`<p style="margin:10px 0 4px;font-weight:bold;color:#a3241b">${t('digest.esc.stillOverdue')}</p>${escalations.overdue.map((o) => html`<p style="margin:0 0 4px;color:${C.text}">${o}</p>`)}`
    : ''
}
${
  escalations.comingUp.length
    ? html`<p style="margin:10px 0 4px;font-weight:bold;color:${C.text}">${t('digest.esc.comingUp')}</p>${escalations.comingUp.map((o) => html`<p style="margin:0 0 4px;color:${C.text}">${o}</p>`)}`
    : ''
}
${heading(t('digest.section.did'))}
${
  e.responses.length
    ? responsesByAbout(digest).map(
        (
          group,
        ) => html`<table ${raw(TABLE)} style="margin:0 0 10px"><tr><td style="padding:10px 12px;border-left:4px solid ${C.accent};background:${C.quote};${FONT}" bgcolor="${C.quote}">
<div style="font-size:13px;color:${C.muted}">${group.about}</div>
${group.responses.map((response) => html`<div style="margin-top:6px;font-size:15px;line-height:1.45;color:${C.text};white-space:pre-wrap">${response}</div>`)}
</td></tr></table>`,
      )
    : para(noResponsesLine(digest))
}
${
  links.webView
    ? html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0 6px"><tr><td style="background:${C.accent};border-radius:4px" bgcolor="${C.accent}"><a href="${links.webView}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 18px;${FONT};font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none">${t('digest.link.webButton')}</a></td></tr></table>
<p style="margin:0;font-size:12px;color:${C.muted}">${t('digest.link.expires')}</p>`
    : ''
}
${links.desk ? html`<p style="margin:14px 0 0;font-size:15px"><a href="${links.desk}" target="_blank" rel="noopener" style="color:${C.accent}">${t('digest.link.desk')}</a></p>` : ''}
<p style="margin:18px 0 0;padding-top:12px;border-top:1px solid ${C.rule};font-size:12px;line-height:1.5;color:${C.muted}">${anonymityNote(digest)}</p>
</td></tr>
</table>
</td></tr></table>
</div>
</body>
</html>`;
  return body.toString();
}

const heading = (text: string) =>
  html`<h2 style="margin:24px 0 8px;padding-bottom:4px;border-bottom:2px solid ${C.accent};${FONT};font-size:14px;letter-spacing:.05em;text-transform:uppercase;color:${C.accent}">${text}</h2>`;
const para = (text: string) => html`<p style="margin:0 0 8px;color:${C.text}">${text}</p>`;

/** One row per group: its name and count, a bar as long as its share of the largest row, coloured by sentiment when `mood`. */
function rows(t: DigestTranslator, b: Breakdown, note: (row: DigestRow) => string, mood: boolean): Fragment | '' {
  const all = [...b.rows, ...(b.other ? [b.other] : [])];
  if (!all.length) return '';
  const max = Math.max(...all.map((r) => r.count));
  return html`<table ${raw(TABLE)}>
${all.map(
  (r) => html`<tr><td style="padding:6px 0 0;${FONT}">
<table ${raw(TABLE)}><tr><td style="${FONT};font-size:15px;color:${C.text}">${r.id === 'other' ? html`<em>${r.label}</em>` : html`<strong>${r.label}</strong>`}</td><td align="right" style="${FONT};font-size:15px;font-weight:bold;color:${C.text};white-space:nowrap;padding-left:8px">${count(t, r.count)}</td></tr></table>
${mood && r.sentiment ? stackedBar(r.sentiment, Math.max(2, Math.round((r.count / max) * 100)), 10) : plainBar(Math.max(2, Math.round((r.count / max) * 100)))}
${note(r) ? html`<div style="${FONT};font-size:13px;color:${C.muted};padding-top:2px">${note(r)}</div>` : ''}
</td></tr>`,
)}
${b.total !== undefined && all.length > 1 ? html`<tr><td style="padding:8px 0 0;border-top:1px solid ${C.rule};${FONT}"><table ${raw(TABLE)}><tr><td style="${FONT};font-size:15px;color:${C.text}">${t('digest.total')}</td><td align="right" style="${FONT};font-size:15px;font-weight:bold;color:${C.text}">${count(t, b.total)}</td></tr></table></td></tr>` : ''}
</table>`;
}

const cell = (width: number, colour: string, height: number) =>
  html`<td width="${width}%" style="width:${width}%;height:${height}px;background:${colour};font-size:1px;line-height:1px;padding:0" bgcolor="${colour}">&nbsp;</td>`;

function plainBar(widthPct: number): Fragment {
  return html`<table ${raw(TABLE)} style="margin-top:3px"><tr>${cell(widthPct, C.accent, 10)}${widthPct < 100 ? cell(100 - widthPct, C.track, 10) : ''}</tr></table>`;
}

/** A bar `widthPct` long, split into sentiment segments; the rest of the line is a pale track. */
function stackedBar(mix: SentimentMix, widthPct: number, height: number): Fragment {
  const segments = SENTIMENT_ORDER.filter((s) => mix[s] > 0);
  return html`<table ${raw(TABLE)} style="margin-top:3px"><tr>
<td width="${widthPct}%" style="width:${widthPct}%;padding:0"><table ${raw(TABLE)}><tr>${segments.map((s) => cell(mix[s], SENTIMENT_COLOURS[s], height))}</tr></table></td>
${widthPct < 100 ? cell(100 - widthPct, C.track, height) : ''}
</tr></table>`;
}

function legend(t: DigestTranslator, mix: SentimentMix): Fragment {
  return html`<div style="${FONT};font-size:13px;color:${C.text};padding-top:4px">${SENTIMENT_ORDER.filter(
    (s) => mix[s] > 0,
  ).map(
    (s, i) =>
      html`${i ? ' · ' : ''}<span style="color:${SENTIMENT_COLOURS[s]}">\u25a0</span> ${t('digest.mixItem', { sentiment: s, pct: pct(t, mix[s]) })}`,
  )}</div>`;
}

function faces(t: DigestTranslator, ratings: { taps: number; percents: readonly number[] }): Fragment {
  const max = Math.max(1, ...ratings.percents);
  const colours = [SENTIMENT_COLOURS.NEGATIVE, '#d9822b', '#6aa36f', SENTIMENT_COLOURS.POSITIVE];
  return html`<div style="margin:14px 0 2px;font-size:14px;font-weight:bold;color:${C.text}">${t('digest.kioskFacesHeading', { taps: ratings.taps })}</div>
<table ${raw(TABLE)}>${FACES.map((i) => {
    const share = ratings.percents[i]!;
    const width = Math.max(1, Math.round((share / max) * 100));
    return html`<tr><td width="34%" style="width:34%;${FONT};font-size:13px;color:${C.text};padding:2px 6px 2px 0;white-space:nowrap">${faceWord(t, i)}</td><td style="padding:2px 0"><table ${raw(TABLE)}><tr>${cell(width, colours[i]!, 10)}${width < 100 ? cell(100 - width, C.track, 10) : ''}</tr></table></td><td width="15%" align="right" style="width:15%;${FONT};font-size:13px;color:${C.text};padding-left:6px">${pct(t, share)}</td></tr>`;
  })}</table>`;
}

function trend(digest: Digest): Fragment {
  const t = textOf(digest);
  const points = digest.headline.trend;
  const max = Math.max(1, ...points.map((p) => p.total ?? 0));
  return html`<table ${raw(TABLE)}>${trendLines(digest).map((p) => {
    const label = html`<td width="14%" style="width:14%;${FONT};font-size:13px;color:${p.current ? C.text : C.muted};font-weight:${p.current ? 'bold' : 'normal'};padding:3px 6px 3px 0;white-space:nowrap">${p.label}</td>`;
    if (p.total === undefined) {
      return html`<tr>${label}<td colspan="2" style="${FONT};font-size:13px;color:${C.muted};padding:3px 0">${p.words}</td></tr>`;
    }
    if (!p.sentiment) {
      return html`<tr>${label}<td style="padding:3px 0">${plainBar(Math.max(2, Math.round((p.total / max) * 100)))}</td><td width="30%" align="right" style="width:30%;${FONT};font-size:13px;color:${C.text};padding-left:6px;white-space:nowrap">${count(t, p.total)}</td></tr>`;
    }
    return html`<tr>${label}<td style="padding:3px 0">${stackedBar(p.sentiment, Math.max(2, Math.round((p.total / max) * 100)), 12)}</td><td width="30%" align="right" style="width:30%;${FONT};font-size:13px;color:${C.text};padding-left:6px;white-space:nowrap">${t('digest.trend.negativeShort', { count: count(t, p.total), pct: pct(t, p.sentiment.NEGATIVE) })}</td></tr>`;
  })}</table>
${points.some((p) => p.sentiment) ? html`<div style="${FONT};font-size:12px;color:${C.muted};padding-top:4px">${colourKey(t)}</div>` : ''}
${digest.headline.sentiment ? html`<div style="${FONT};font-size:12px;color:${C.muted}">${t('digest.trend.thisWeek', { mix: mixLine(t, digest.headline.sentiment) })}</div>` : ''}`;
}

/** "Bar length: submissions. Colours: ■ positive, …", the sentence whole from the catalogue with a swatch before each word. */
function colourKey(t: DigestTranslator): Fragment {
  const [before = '', after = ''] = t('digest.trend.key', { colours: '\u0000' }).split('\u0000');
  const swatches = SENTIMENT_ORDER.map(
    (s, i) => html`${i ? ', ' : ''}<span style="color:${SENTIMENT_COLOURS[s]}">\u25a0</span> ${sentimentWord(t, s)}`,
  );
  return html`${before}${swatches}${after}`;
}
