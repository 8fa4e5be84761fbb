// Placeholder until the offline analyzer's urgency detector lands: keyword
// categories only. Replaced by the full detector (same signature).
export type UrgencyCategory = 'safety' | 'harassment' | 'discrimination' | 'fraud' | 'threat' | 'self-harm';

const PATTERNS: [UrgencyCategory, RegExp][] = [
  ['safety', /\b(unsafe|injur(y|ed)|fire exit|blocked exit|near miss|nearly hit|hazard)\b/i],
  ['harassment', /\b(harass\w*|touching me|bully\w*)\b/i],
  ['discrimination', /\b(discriminat\w*|racist|sexist)\b/i],
  ['fraud', /\b(fraud|embezzl\w*|kickback)\b/i],
  ['threat', /\b(threaten\w*|kill you)\b/i],
  ['self-harm', /\b(suicid\w*|kill myself|self[- ]harm)\b/i],
];

export function detectUrgency(text: string): { urgent: boolean; categories: UrgencyCategory[] } {
  const categories = PATTERNS.filter(([, re]) => re.test(text)).map(([c]) => c);
  return { urgent: categories.length > 0, categories };
}
