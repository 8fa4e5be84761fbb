import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Email } from '../ports/mailer';
import {
  FACES,
  SENTIMENT_COLOURS,
  SENTIMENT_ORDER,
  SENTIMENT_WORDS,
  anonymityNote,
  audienceLine,
  change,
  channelWord,
  count,
  escalationLines,
  mixLine,
  moodLine,
  plural,
  shortWeek,
  subject,
  weekTitle,
  noResponsesLine,
  CHANNELS_WITHHELD,
  LANGUAGES_NOTE,
  LANGUAGES_WITHHELD,
  FACES_WITHHELD,
  NO_HISTORY_YET,
  nothingToShow,
  scopeLine,
  themeChange,
  trendLines,
  wholeOrganisation,
} from './format';
import type { Breakdown, Digest, DigestRow, SentimentMix } from './model';
import { renderDigestText } from './render-text';

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
  const { headline } = digest;
  const audience = audienceLine(digest);
  const e = digest.escalations;
  const escalations = escalationLines(digest);
  const preheader =
    scopeLine(digest) ??
    (headline.total !== undefined
      ? `${plural(headline.total, 'submission')}${headline.changePct !== undefined ? `, ${change(headline.changePct)} on last week` : ''}. ${e.raised && digest.audience.kind === 'leadership' ? `${plural(e.raised, 'escalation')} raised.` : ''}`
      : 'Fewer submissions than the anonymity threshold this week.');

  const body = html`<!doctype html>
<html lang="en">
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
<table ${raw(TABLE)} style="background:${C.page}" bgcolor="${C.page}"><tr><td align="center" style="padding:12px 8px">
<table ${raw(TABLE)} style="max-width:640px;background:${C.card};border:1px solid ${C.rule}" bgcolor="${C.card}">
<tr><td style="padding:18px 20px;background:${C.band};${FONT};color:${C.bandText}" bgcolor="${C.band}">
<div style="font-size:13px;letter-spacing:.04em;color:${C.bandText}">${digest.programName.toUpperCase()} · WEEKLY DIGEST</div>
<div style="font-size:22px;line-height:1.25;font-weight:bold;margin-top:4px;color:${C.bandText}">${weekTitle(digest)}</div>
<div style="font-size:14px;margin-top:4px;color:${C.bandText}">${digest.organisation}</div>
</td></tr>
<tr><td style="padding:4px 20px 20px;${FONT};color:${C.text};font-size:15px;line-height:1.45">
${audience ? html`<p style="margin:14px 0 0;padding:10px 12px;background:${C.quote};color:${C.text};font-size:14px">${audience}</p>` : ''}
${heading('At a glance')}
${scopeLine(digest) ? html`<p style="margin:0 0 10px;font-size:16px;font-weight:bold;color:${C.text}">${scopeLine(digest)}</p>` : ''}
${
  headline.total === undefined
    ? para(
        `${wholeOrganisation(digest)}fewer than ${digest.anonymity.k} submissions this week, so no figures are shown.`.replace(
          /^f/,
          'F',
        ),
      )
    : html`${wholeOrganisation(digest) ? html`<div style="font-size:14px;color:${C.muted}">${wholeOrganisation(digest)}</div>` : ''}<div style="font-size:32px;line-height:1.1;font-weight:bold;color:${C.text}">${count(headline.total)}</div>
<div style="font-size:15px;color:${C.muted};margin:2px 0 10px">submissions${headline.changePct !== undefined ? `, ${change(headline.changePct)} on last week's ${count(headline.lastWeekTotal!)}` : ''}</div>
${rows(headline.channels, (r) => change(r.changePct) ?? '', false) || para(CHANNELS_WITHHELD)}
${headline.sentiment ? html`<div style="margin:14px 0 4px;font-size:14px;font-weight:bold;color:${C.text}">Sentiment</div>${stackedBar(headline.sentiment, 100, 14)}${legend(headline.sentiment)}` : ''}`
}
${headline.kioskRatings ? faces(headline.kioskRatings) : headline.kioskFaces === 'withheld' ? para(FACES_WITHHELD) : ''}
${heading(`Last ${headline.trend.length} weeks`)}
${trend(digest)}
${heading('Sites')}
${rows(digest.sites, (r) => moodLine(r.sentiment), true) || para(nothingToShow(digest, 'sites'))}
${heading('Topics')}
<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">A comment may touch several topics.</p>
${rows(digest.topics, (r) => moodLine(r.sentiment), true) || para(nothingToShow(digest, 'topics'))}
${
  digest.languages
    ? html`${heading('Languages')}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">${LANGUAGES_NOTE}</p>
${rows(digest.languages, () => '', false) || para(LANGUAGES_WITHHELD)}`
    : ''
}
${headline.firstWeek ? html`${heading('Biggest movers')}${para(NO_HISTORY_YET)}` : ''}
${
  !headline.firstWeek && digest.movers.length
    ? html`${heading('Biggest movers')}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">Against each group's average over the previous 4 weeks.</p>
${digest.movers.map(
  (m) =>
    html`<p style="margin:0 0 8px;color:${C.text}"><strong>${m.label}</strong> <span style="color:${C.muted}">(${m.kind})</span>: ${count(m.count)}, ${m.changePct === undefined ? 'new this week' : `${change(m.changePct)} on its average`}${m.negativePct !== undefined ? `; ${m.negativePct}% negative${m.negativeBeforePct !== undefined ? ` (was ${m.negativeBeforePct}%)` : ''}` : ''}</p>`,
)}`
    : ''
}
${
  digest.themes.length
    ? html`${heading('Themes')}<p style="margin:0 0 6px;font-size:13px;color:${C.muted}">Phrases in ${digest.anonymity.k} or more comments, rising ones first.</p>
${digest.themes.map(
  (t) =>
    html`<p style="margin:0 0 8px;color:${C.text}"><strong>“${t.phrase}”</strong>: ${plural(t.count, 'comment')}${themeChange(digest, t) ? `, ${themeChange(digest, t)}` : ''}<br><span style="font-size:13px;color:${C.muted}">${moodLine(t.sentiment)}</span></p>`,
)}`
    : ''
}
${
  digest.verbatims.length
    ? html`${heading('What people said')}<p style="margin:0 0 8px;font-size:13px;color:${C.muted}">Personal details removed.</p>
${digest.verbatims.map(
  (
    v,
  ) => html`<table ${raw(TABLE)} style="margin:0 0 10px"><tr><td style="padding:10px 12px;background:${C.quote};border-left:4px solid ${SENTIMENT_COLOURS[v.sentiment]};${FONT}" bgcolor="${C.quote}">
<div style="font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.45;color:${C.text}">“${v.text}”</div>
<div style="margin-top:6px;font-size:13px;color:${C.muted}">${v.topic} · ${v.site} · ${channelWord(v.channel)} · ${SENTIMENT_WORDS[v.sentiment]}</div>
</td></tr></table>`,
)}`
    : ''
}
${heading('Escalations raised this week')}
${para(escalations.summary)}${escalations.sponsors.map((s) => html`<p style="margin:0 0 6px;color:${C.text}"><strong>${s.name}</strong><br><span style="font-size:14px;color:${C.muted}">${s.line}</span></p>`)}
${
  escalations.overdue.length
    ? html`<p style="margin:10px 0 4px;font-weight:bold;color:#a3241b">Still overdue now, from any week</p>${escalations.overdue.map((o) => html`<p style="margin:0 0 4px;color:${C.text}">${o}</p>`)}`
    : ''
}
${heading('You said, we did')}
${
  e.responses.length
    ? e.responses.map(
        (
          r,
        ) => html`<table ${raw(TABLE)} style="margin:0 0 10px"><tr><td style="padding:10px 12px;border-left:4px solid ${C.accent};background:${C.quote};${FONT}" bgcolor="${C.quote}">
<div style="font-size:13px;color:${C.muted}">${r.topics.join(', ') || 'Feedback'}</div>
<div style="margin-top:4px;font-size:15px;line-height:1.45;color:${C.text};white-space:pre-wrap">${r.response}</div>
</td></tr></table>`,
      )
    : para(noResponsesLine(digest))
}
${
  links.webView
    ? html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0 6px"><tr><td style="background:${C.accent};border-radius:4px" bgcolor="${C.accent}"><a href="${links.webView}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 18px;${FONT};font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none">Open the digest with charts</a></td></tr></table>
<p style="margin:0;font-size:12px;color:${C.muted}">The link is for you alone and expires.</p>`
    : ''
}
${links.desk ? html`<p style="margin:14px 0 0;font-size:15px"><a href="${links.desk}" target="_blank" rel="noopener" style="color:${C.accent}">Your case desk: every case you hold</a></p>` : ''}
<p style="margin:18px 0 0;padding-top:12px;border-top:1px solid ${C.rule};font-size:12px;line-height:1.5;color:${C.muted}">${anonymityNote(digest)}</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>`;
  return body.toString();
}

const heading = (text: string) =>
  html`<h2 style="margin:24px 0 8px;padding-bottom:4px;border-bottom:2px solid ${C.accent};${FONT};font-size:14px;letter-spacing:.05em;text-transform:uppercase;color:${C.accent}">${text}</h2>`;
const para = (text: string) => html`<p style="margin:0 0 8px;color:${C.text}">${text}</p>`;

/** One row per group: its name and count, a bar as long as its share of the largest row, coloured by sentiment when `mood`. */
function rows(b: Breakdown, note: (row: DigestRow) => string, mood: boolean): Fragment | '' {
  const all = [...b.rows, ...(b.other ? [b.other] : [])];
  if (!all.length) return '';
  const max = Math.max(...all.map((r) => r.count));
  return html`<table ${raw(TABLE)}>
${all.map(
  (r) => html`<tr><td style="padding:6px 0 0;${FONT}">
<table ${raw(TABLE)}><tr><td style="${FONT};font-size:15px;color:${C.text}">${r.id === 'other' ? html`<em>${r.label}</em>` : html`<strong>${r.label}</strong>`}</td><td align="right" style="${FONT};font-size:15px;font-weight:bold;color:${C.text};white-space:nowrap;padding-left:8px">${count(r.count)}</td></tr></table>
${mood && r.sentiment ? stackedBar(r.sentiment, Math.max(2, Math.round((r.count / max) * 100)), 10) : plainBar(Math.max(2, Math.round((r.count / max) * 100)))}
${note(r) ? html`<div style="${FONT};font-size:13px;color:${C.muted};padding-top:2px">${note(r)}</div>` : ''}
</td></tr>`,
)}
${b.total !== undefined && all.length > 1 ? html`<tr><td style="padding:8px 0 0;border-top:1px solid ${C.rule};${FONT}"><table ${raw(TABLE)}><tr><td style="${FONT};font-size:15px;color:${C.text}">Total</td><td align="right" style="${FONT};font-size:15px;font-weight:bold;color:${C.text}">${count(b.total)}</td></tr></table></td></tr>` : ''}
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

function legend(mix: SentimentMix): Fragment {
  return html`<div style="${FONT};font-size:13px;color:${C.text};padding-top:4px">${SENTIMENT_ORDER.filter(
    (s) => mix[s] > 0,
  ).map(
    (s, i) =>
      html`${i ? ' · ' : ''}<span style="color:${SENTIMENT_COLOURS[s]}">■</span> ${mix[s]}% ${SENTIMENT_WORDS[s]}`,
  )}</div>`;
}

function faces(ratings: { taps: number; percents: readonly number[] }): Fragment {
  const max = Math.max(1, ...ratings.percents);
  const colours = [SENTIMENT_COLOURS.NEGATIVE, '#d9822b', '#6aa36f', SENTIMENT_COLOURS.POSITIVE];
  return html`<div style="margin:14px 0 2px;font-size:14px;font-weight:bold;color:${C.text}">Kiosk faces <span style="font-weight:normal;color:${C.muted}">(${plural(ratings.taps, 'tap')})</span></div>
<table ${raw(TABLE)}>${FACES.map((face, i) => {
    const pct = ratings.percents[i]!;
    const width = Math.max(1, Math.round((pct / max) * 100));
    return html`<tr><td width="34%" style="width:34%;${FONT};font-size:13px;color:${C.text};padding:2px 6px 2px 0;white-space:nowrap">${face}</td><td style="padding:2px 0"><table ${raw(TABLE)}><tr>${cell(width, colours[i]!, 10)}${width < 100 ? cell(100 - width, C.track, 10) : ''}</tr></table></td><td width="15%" align="right" style="width:15%;${FONT};font-size:13px;color:${C.text};padding-left:6px">${pct}%</td></tr>`;
  })}</table>`;
}

function trend(digest: Digest): Fragment {
  const points = digest.headline.trend;
  const max = Math.max(1, ...points.map((p) => p.total ?? 0));
  return html`<table ${raw(TABLE)}>${trendLines(digest).map((p) => {
    const label = html`<td width="14%" style="width:14%;${FONT};font-size:13px;color:${p.current ? C.text : C.muted};font-weight:${p.current ? 'bold' : 'normal'};padding:3px 6px 3px 0;white-space:nowrap">${p.label}</td>`;
    if (p.total === undefined) {
      return html`<tr>${label}<td colspan="2" style="${FONT};font-size:13px;color:${C.muted};padding:3px 0">${p.words}</td></tr>`;
    }
    if (!p.sentiment) {
      return html`<tr>${label}<td style="padding:3px 0">${plainBar(Math.max(2, Math.round((p.total / max) * 100)))}</td><td width="30%" align="right" style="width:30%;${FONT};font-size:13px;color:${C.text};padding-left:6px;white-space:nowrap">${count(p.total)}</td></tr>`;
    }
    return html`<tr>${label}<td style="padding:3px 0">${stackedBar(p.sentiment, Math.max(2, Math.round((p.total / max) * 100)), 12)}</td><td width="30%" align="right" style="width:30%;${FONT};font-size:13px;color:${C.text};padding-left:6px;white-space:nowrap">${count(p.total)} · ${p.sentiment.NEGATIVE}% neg.</td></tr>`;
  })}</table>
${points.some((p) => p.sentiment) ? html`<div style="${FONT};font-size:12px;color:${C.muted};padding-top:4px">Bar length: submissions. Colours: ${SENTIMENT_ORDER.map((s, i) => html`${i ? ', ' : ''}<span style="color:${SENTIMENT_COLOURS[s]}">■</span> ${SENTIMENT_WORDS[s]}`)}.</div>` : ''}
${digest.headline.sentiment ? html`<div style="${FONT};font-size:12px;color:${C.muted}">This week: ${mixLine(digest.headline.sentiment)}.</div>` : ''}`;
}
