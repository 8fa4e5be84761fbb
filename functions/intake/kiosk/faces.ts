const MOUTHS: Record<number, string> = {
  1: 'M28 76 Q50 50 72 76',
  2: 'M31 71 Q50 61 69 71',
  3: 'M31 63 Q50 75 69 63',
  4: 'M25 58 Q50 92 75 58',
};
const COLOURS: Record<number, string> = { 1: '#f08a7e', 2: '#f7b267', 3: '#b9dc9f', 4: '#7cc47f' };

/**
 * One of the four faces as inline SVG (presentation attributes only, so the
 * CSP's ban on inline styles holds). Decorative: the button's text label
 * names it, so colour and shape are never the only cue.
 */
export function faceSvg(rating: number): string {
  return `<svg viewBox="0 0 100 100" aria-hidden="true" focusable="false"><circle cx="50" cy="50" r="46" fill="${COLOURS[rating]}" stroke="#1b1f24" stroke-width="4"/><circle cx="35" cy="40" r="6" fill="#1b1f24"/><circle cx="65" cy="40" r="6" fill="#1b1f24"/><path d="${MOUTHS[rating]}" fill="none" stroke="#1b1f24" stroke-width="6" stroke-linecap="round"/></svg>`;
}
