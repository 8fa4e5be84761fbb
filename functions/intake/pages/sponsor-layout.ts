import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Language } from '../../../shared/i18n/languages';
import { catalogueOf } from '../../../shared/i18n/languages';
import { sponsorText } from '../../../shared/i18n/sponsor';
import { ICON_SVG } from '../kiosk/icons';

// Non-ASCII characters in `html` templates are written as escapes (\u00b7 for ·, \u25a0 for ■, \u2713 for ✓): esbuild
// escapes those of plain strings but not of tagged templates, and one such character makes Node decode the whole
// bundle file as two-byte text at a cold start (docs/performance-log.md, "Eleventh round").

/** The kiosk's smiling face, inline: no request for /favicon.ico, so no 404 on every page. */
const ICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * Every sponsor page (`/ack`, the desk), in the sponsor's language, with
 * `lang` and `dir` to match: the employees' footer about their anonymity is
 * not theirs, so this one asks them not to forward the link. No scripts,
 * nothing from other origins, readable without CSS, phone-first.
 */
export function sponsorLayout({
  title,
  refused = false,
  programName,
  body,
  language,
}: {
  title: string;
  /** The page comes back refusing what was sent: its title says so first, as the employees' pages' do. */
  refused?: boolean;
  programName: string;
  body: Html;
  language: Language;
}): Html {
  const heading = refused ? sponsorText(language, 'sponsor.page.errorTitle', { title }) : title;
  return html`<!doctype html>
<html lang="${language}" dir="${catalogueOf(language).direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${heading} \u00b7 ${programName}</title>
<link rel="icon" href="${ICON_HREF}" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#main">${sponsorText(language, 'sponsor.layout.skip')}</a>
<header><p>${programName}</p></header>
<main id="main">
${body}
</main>
<footer><p>${sponsorText(language, 'sponsor.layout.footer')}</p></footer>
</body>
</html>`;
}
