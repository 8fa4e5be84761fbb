import type { Topic } from '../config/schema';

/**
 * The configured topics whose keywords or phrases occur in the text, as whole
 * words (so "pay" does not match "repay"). Several topics may match.
 */
export function detectTopics(text: string, topics: readonly Topic[]): string[] {
  const haystack = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  return topics
    .filter((topic) =>
      topic.keywords.some((keyword) => haystack.includes(` ${keyword.toLowerCase()} `) || stemMatch(haystack, keyword)),
    )
    .map((topic) => topic.id);
}

// "harass" should find "harassed"/"harassing": a keyword of 5+ letters also
// matches as a word prefix.
function stemMatch(haystack: string, keyword: string): boolean {
  const k = keyword.toLowerCase();
  return k.length >= 5 && !k.includes(' ') && haystack.includes(` ${k}`);
}
