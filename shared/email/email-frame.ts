import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** A piece of an email's markup: already escaped, or left out (''). */
type Markup = HtmlEscapedString | Promise<HtmlEscapedString> | '';

/**
 * The HTML document every sponsor email is: in the reader's language, its subject as the title, one body.
 * `colorScheme` says the email was drawn for light and dark readers alike (the escalation's tables set every
 * colour themselves). Every value given as a string is escaped; markup is given as `html` pieces.
 */
export function emailDocument(
  { language, subject, colorScheme = false }: { language: string; subject: string; colorScheme?: boolean },
  bodyStyle: string,
  content: Markup,
): string {
  return html`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${colorScheme ? html`<meta name="color-scheme" content="light dark">` : ''}<title>${subject}</title></head>
<body style="${bodyStyle}">
${content}</body></html>`.toString();
}

/**
 * The button that opens a case or the case desk. `font` is given where the markup around it sets none: mail
 * clients do not carry a body's font into tables.
 */
export function buttonLink(href: string, label: string, font = 'font-weight:bold'): Markup {
  return html`<p style="margin:18px 0"><a href="${href}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 18px;background:#1f5fa8;color:#ffffff;${font};text-decoration:none;border-radius:4px">${label}</a></p>`;
}

/**
 * A short email on one card: its heading, then its paragraphs one a line (a paragraph left out keeps its
 * line), then the small print.
 */
export function cardEmail({
  language,
  subject,
  heading,
  paragraphs,
  footer,
}: {
  language: string;
  subject: string;
  heading: string;
  paragraphs: Markup[];
  footer: string;
}): string {
  const lines = paragraphs.flatMap((paragraph, i) => (i === 0 ? [paragraph] : ['\n', paragraph]));
  return emailDocument(
    { language, subject },
    'margin:0;padding:16px;background:#f4f4f1;font:15px/1.5 Arial,sans-serif;color:#1b1f24',
    html`<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d0d3d8;padding:16px 20px">
<p style="font-weight:bold;font-size:18px;margin:0 0 12px">${heading}</p>
${lines}
<p style="font-size:12px;color:#555d66;margin:0">${footer}</p>
</div>`,
  );
}

/** A card as plain text: the heading, the lead, the words quoted, the link's line, the small print. */
export const cardText = ({
  heading,
  lead,
  quote,
  link,
  footer,
}: {
  heading: string;
  lead: string;
  quote?: string;
  link?: string;
  footer: string;
}) =>
  [heading, '', lead, ...(quote !== undefined ? ['', quote] : []), '', ...(link ? [link, ''] : []), footer].join('\n');

/** A card's plain paragraph. */
export const paragraph = (text: string) => html`<p style="margin:0 0 12px">${text}</p>`;

/** Words someone wrote, on a card, in their own direction. */
export const quote = (text: string) =>
  html`<p style="font:15px/1.5 Georgia,serif;margin:0;padding:10px 12px;background:#f4f4f1;border-left:4px solid #8a8f98;white-space:pre-wrap" dir="auto">${text}</p>`;
