/** The one stylesheet, served from `/assets/site.css` so the CSP can forbid inline styles and scripts. */
export const SITE_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #fbfaf7; --muted: #555d66; --accent: #1f5fa8; --error: #b3261e; --card: #ffffff; --border: #c9ccd1; }
@media (prefers-color-scheme: dark) { :root { --fg: #eceff3; --bg: #14171a; --muted: #aab2bc; --accent: #8ab8ee; --error: #ffb4ab; --card: #1d2125; --border: #4a5058; } }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid var(--border); }
header p { margin: 0; font-weight: 600; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
nav.languages ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0; padding: 0; }
nav.languages a, nav.languages button.link, nav.languages span { display: inline-block; padding: .5rem .1rem; min-height: 44px; line-height: 1.75; }
nav.languages span[aria-current] { font-weight: 700; }
button.link { background: none; border: 0; border-radius: 0; color: var(--accent); font-weight: 400; text-decoration: underline; cursor: pointer; text-align: start; padding-inline: 0; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .5rem; }
p.lead { color: var(--muted); margin-top: 0; }
form { display: grid; gap: 1.1rem; }
/* Each action on a sponsor's page is set apart (one form holds them all, so every button posts every box), so a button is not read with the next field, nor pressed for the one beside it. */
form + form { margin-top: 2rem; }
.action { display: grid; gap: 1.1rem; }
.action ~ .action { margin-top: 1rem; }
label, legend { font-weight: 600; display: block; margin-bottom: .3rem; }
.hint { color: var(--muted); font-size: .95rem; margin: 0 0 .3rem; }
.emergency { font-weight: 600; margin: 0; }
/* Read before typing on a work device: set apart from the lead, quieter than a problem. */
.device-note { border-left: 4px solid var(--accent); padding: .25rem .75rem; margin: 0 0 1rem; }
textarea, select, input[type=text] { width: 100%; font: inherit; padding: .65rem; border: 2px solid var(--border); border-radius: .4rem; background: var(--card); color: var(--fg); }
textarea { min-height: 10rem; resize: vertical; }
textarea:focus, select:focus, input:focus, button:focus, a:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
[aria-invalid=true] { border-color: var(--error); }
.check { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: flex-start; }
.check input { width: 1.4rem; height: 1.4rem; margin: .15rem 0 0; flex: none; }
.check label { font-weight: 400; flex: 1 1 0; min-width: 0; }
/* A box's hint goes under its label, not beside it in a third column (one word a line on a phone). */
.check .hint { flex: 1 0 100%; padding-left: 2rem; margin: 0; }
button { font: inherit; font-weight: 600; padding: .8rem 1.4rem; border: 0; border-radius: .4rem; background: var(--accent); color: var(--bg); cursor: pointer; min-height: 44px; }
.error-summary { border: 3px solid var(--error); border-radius: .4rem; padding: .75rem 1rem; }
.error-summary h2 { font-size: 1.1rem; margin: 0 0 .3rem; color: var(--error); }
.field-error { color: var(--error); font-weight: 600; margin: 0 0 .3rem; }
.count { margin: .3rem 0 0; }
.count.over { color: var(--error); font-weight: 600; }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 1.8rem; letter-spacing: .08em; padding: .5rem .8rem; border: 2px dashed var(--accent); border-radius: .4rem; display: inline-block; background: var(--card); }
.status { font-size: 1.25rem; font-weight: 700; }
ol.steps { padding-left: 1.3rem; }
ol.steps li[aria-current=step] { font-weight: 700; }
.one-line { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.notice { border: 3px solid var(--accent); border-radius: .4rem; padding: .75rem 1rem; }
/* The check before sending sits right above the form: set apart from its first label, as form fields are from each other, not touching it. */
.notice.preview { margin-bottom: 1.1rem; }
.notice.preview > h2:first-child { margin-top: 0; }
.stale-note { font-weight: 600; }
blockquote.verbatim { margin: 0 0 1rem; padding: .75rem 1rem; border-inline-start: 4px solid var(--border); background: var(--card); white-space: pre-wrap; }
.response { border-inline-start: 4px solid var(--accent); padding: .5rem 1rem; background: var(--card); white-space: pre-wrap; }
/* A conversation's messages keep the lines they were written in: a question in two parts, a list of steps. */
.thread .text { white-space: pre-wrap; }
dt { font-weight: 700; }
dd { margin: 0 0 .5rem; }
footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--border); margin-top: 2rem; }
a { color: var(--accent); }
.actions { display: flex; flex-wrap: wrap; gap: .6rem; }
button.secondary { background: var(--card); color: var(--accent); border: 2px solid var(--accent); }
.warning { border-left: 6px solid var(--error); padding: .5rem 1rem; background: var(--card); }
.keep-actions { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: .5rem 0 1rem; }
.keep-actions[hidden] { display: none; }
.keep-actions .hint { flex-basis: 100%; }
.receipt h2 { font-size: 1.2rem; margin: 1rem 0 .3rem; }
.receipt h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.print-only { display: none; }
@media print {
  header, footer, .skip, .no-print, .keep-actions { display: none !important; }
  body { background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  .print-only { display: block; }
  .code { border: 2px solid #000; background: #fff; color: #000; }
  .warning { border-left-color: #000; background: #fff; }
  a { color: #000; text-decoration: none; }
  h1 { display: none; }
}
`;
