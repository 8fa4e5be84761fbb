import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ICON_SVG } from '../kiosk/icons';

/** The kiosk's smiling face, inline: no request for /favicon.ico, so no 404 on every page. */
const ICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Every page: phone-first, readable without CSS, no scripts, nothing from other origins. */
export function layout({
  title,
  programName,
  body,
  audience = 'employee',
}: {
  title: string;
  programName: string;
  body: Html;
  audience?: 'employee' | 'sponsor';
}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${programName}</title>
<link rel="icon" href="${ICON_HREF}" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><p>${programName}</p></header>
<main id="main">
${body}
</main>
${
  audience === 'employee'
    ? html`<footer><p>Anonymous: we do not record who you are, your IP address or your device. Please leave out names and details that could identify you or others.</p></footer>`
    : html`<footer><p>This page is for you alone: please do not forward its link. Nothing here says who wrote the feedback, and nothing should try to find out.</p></footer>`
}
</body>
</html>`;
}
