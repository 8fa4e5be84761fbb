/**
 * The confirmation page's only script, served from `/assets/receipt.js` (the
 * CSP allows no inline script). It shows the copy and print buttons, which
 * mean nothing without it; the page says how to keep the code without them.
 * It sends nothing anywhere. Its words come from the page (`data-copied`,
 * `data-copy-failed`), in the page's language. It sets the receipt up when
 * the page loads and again whenever `in-place.js` shows a receipt in place
 * (`listening-post:shown`).
 *
 * Until the code is copied or printed, leaving the receipt (a reload, a link, closing the tab) asks first: the
 * code is shown once, a reload loads the empty form (nothing of the report is kept in the browser), and a lost
 * code cannot be recovered. The browser asks in its own words; nothing is stored to ask it.
 */
export const RECEIPT_SCRIPT = `(() => {
let kept = false;
window.addEventListener('beforeunload', (event) => {
  if (kept || !document.getElementById('case-code')) return;
  event.preventDefault();
  event.returnValue = '';
});
function setUp() {
  kept = false;
  const actions = document.getElementById('keep-actions');
  const copy = document.getElementById('copy-code');
  const print = document.getElementById('print-receipt');
  const result = document.getElementById('copy-result');
  if (!actions || !copy || !print || !result) return;
  actions.hidden = false;
  const code = copy.getAttribute('data-code') || '';
  function selectCode() {
    const output = document.getElementById('case-code');
    const selection = window.getSelection();
    if (!output || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(output);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  copy.addEventListener('click', () => {
    const copied = navigator.clipboard && window.isSecureContext ? navigator.clipboard.writeText(code) : Promise.reject(new Error('no clipboard'));
    copied.then(
      () => { kept = true; result.textContent = result.getAttribute('data-copied') || ''; },
      () => { selectCode(); result.textContent = result.getAttribute('data-copy-failed') || ''; },
    );
  });
  print.addEventListener('click', () => { kept = true; window.print(); });
}
setUp();
document.addEventListener('listening-post:shown', setUp);
})();
`;
