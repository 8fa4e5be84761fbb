/**
 * The kiosk's stylesheet, served from `/kiosk/app.css` (the CSP forbids
 * inline styles). Landscape shows the four faces in a row, portrait in two
 * rows; every target is far above 44 px.
 */
export const KIOSK_CSS = `
:root { --fg: #1b1f24; --bg: #fbfaf7; --muted: #4f5761; --accent: #1f5fa8; --card: #ffffff; --border: #8a929c; --calm-bg: #fff4d6; --calm-fg: #5c4400; }
* { box-sizing: border-box; }
html, body { height: 100%; }
/* What is scrolled into view (the comment box, on focus) is not left under the sticky Send bar. */
html { scroll-padding-bottom: 9.5rem; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.4; color: var(--fg); background: var(--bg); font-size: clamp(1rem, 1.2vmin + .75rem, 1.4rem); -webkit-tap-highlight-color: transparent; overscroll-behavior: none; }
main { min-height: 100%; max-width: 72rem; margin: 0 auto; padding: clamp(.75rem, 3vmin, 2.5rem); display: flex; flex-direction: column; }
section { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: clamp(.5rem, 2vmin, 1.25rem); }
[hidden] { display: none !important; }
h1 { font-size: clamp(1.5rem, 3vmin + 1rem, 3rem); line-height: 1.2; text-align: center; margin: 0; }
h1:focus { outline: none; }
p { margin: 0; }
.site, .anon, .hint { color: var(--muted); text-align: center; }
.numbers { list-style: none; padding: 0; }
.hint { text-align: left; font-size: .95em; }
/* Clear of the comment box's focus ring (4px outline, 3px offset), which would otherwise cover the hint's last line. */
.hint + textarea { margin-top: calc(7px + .3rem); }
.emergency, .not-saved { font-weight: 600; }
.idle-warning { border: 3px solid var(--calm-fg); background: var(--calm-bg); color: var(--calm-fg); border-radius: .6rem; padding: .5rem .8rem; margin-bottom: .6rem; font-weight: 600; }
.idle-warning p { margin: 0 0 .4rem; }
.network { min-height: 0; }
.network:not(:empty) { align-self: center; background: var(--calm-bg); color: var(--calm-fg); border-radius: 999px; padding: .4rem 1.1rem; font-size: .95em; text-align: center; }
.faces { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: clamp(.5rem, 2.5vmin, 1.5rem); margin: clamp(.5rem, 3vmin, 2rem) 0; }
@media (orientation: portrait) { .faces { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.face { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: .5rem; padding: clamp(.5rem, 2vmin, 1.25rem) .25rem; border: 3px solid var(--border); border-radius: 1.25rem; background: var(--card); color: var(--fg); font: inherit; font-weight: 700; cursor: pointer; touch-action: manipulation; min-height: 44px; }
.face svg { width: min(100%, 10rem, 24vh); height: auto; aspect-ratio: 1; }
@media (orientation: portrait) { .face svg { width: min(100%, 10rem, 18vh); } }
.face:active { transform: scale(.97); }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 4px solid var(--accent); outline-offset: 3px; }
.details { width: 100%; max-width: 44rem; margin: 0 auto; justify-content: flex-start; }
.details h1 { text-align: left; }
.chosen { font-size: 1.05em; }
.group-label, label { font-weight: 700; display: block; margin-bottom: .35rem; }
.chips { display: flex; flex-wrap: wrap; gap: .6rem; }
.chip { font: inherit; min-height: 48px; padding: .5rem 1.1rem; border: 2px solid var(--border); border-radius: 999px; background: var(--card); color: var(--fg); cursor: pointer; touch-action: manipulation; }
.languages { display: flex; flex-wrap: wrap; justify-content: center; gap: .75rem; margin-top: clamp(.5rem, 2vmin, 1.5rem); }
.language { font: inherit; min-height: 56px; min-width: 9rem; padding: .5rem 1.4rem; border: 2px solid var(--border); border-radius: 999px; background: var(--card); color: var(--fg); cursor: pointer; touch-action: manipulation; }
.language[aria-pressed=true] { background: var(--accent); border-color: var(--accent); color: #ffffff; font-weight: 700; }
.chip[aria-pressed=true] { background: var(--accent); border-color: var(--accent); color: #ffffff; font-weight: 700; }
textarea { width: 100%; font: inherit; padding: .65rem; min-height: 6.5rem; border: 2px solid var(--border); border-radius: .6rem; background: var(--card); color: var(--fg); resize: none; }
.check { display: flex; gap: .75rem; align-items: center; }
.check input { width: 1.75rem; height: 1.75rem; flex: none; margin: 0; accent-color: var(--accent); }
.check label { font-weight: 400; margin: 0; }
.actions { display: flex; gap: 1rem; flex-wrap: wrap; }
/* Send stays on screen however much is above it (topics, the box, its count, the emergency line): a tablet in landscape has little height, and a Send to scroll for is a report left unsent. */
.details .actions { position: sticky; bottom: 0; z-index: 1; background: var(--bg); padding: .6rem 0 clamp(.5rem, 2vmin, 1rem); margin-top: auto; box-shadow: 0 -1px 0 var(--border); }
/* A landscape tablet has little height: the details screen uses its width (topics in fewer rows), a smaller heading
   and tighter gaps, so the whole comment box is in sight above the Send bar without scrolling (1024 × 768). */
@media (orientation: landscape) and (max-height: 860px) {
  .details { max-width: 60rem; }
  .details h1 { font-size: clamp(1.4rem, 2vmin + .9rem, 2.2rem); }
  section.details { gap: clamp(.4rem, 1.2vmin, .8rem); }
  .details .chips { gap: .5rem; }
  .details .chip { min-height: 44px; padding: .35rem 1rem; }
}
.actions .emergency { flex-basis: 100%; margin: 0; }
.actions button, .done { font: inherit; font-weight: 700; min-height: 56px; padding: .6rem 2rem; border-radius: .8rem; cursor: pointer; touch-action: manipulation; }
.primary { background: var(--accent); color: #ffffff; border: 2px solid var(--accent); }
.secondary { background: var(--card); color: var(--fg); border: 2px solid var(--border); }
.check-preview { font: inherit; min-height: 48px; padding: .4rem 1.2rem; border-radius: .8rem; margin-top: .5rem; cursor: pointer; }
.count { margin: .3rem 0 0; }
.count.over { color: #b3261e; font-weight: 600; }
.preview:empty { display: none; }
.preview { margin-top: .5rem; padding: .5rem .8rem; border-left: 4px solid var(--border); background: var(--card); }
.preview ul { margin: .3rem 0; padding-left: 1.2rem; }
.thanks { text-align: center; align-items: center; }
#thanks-code { display: grid; gap: .75rem; justify-items: center; }
/* The code stays on one line: broken at its dash on a narrow phone, it is read and copied down as two. Its size follows the width there, so it still fits. */
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: min(clamp(1.8rem, 5vmin, 3rem), 9vw); white-space: nowrap; letter-spacing: .08em; padding: .4rem 1rem; border: 3px dashed var(--accent); border-radius: .6rem; background: var(--card); display: inline-block; }
.one-line { white-space: nowrap; }
.done { background: var(--accent); color: #ffffff; border: 2px solid var(--accent); }
`;
