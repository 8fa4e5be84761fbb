const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces ("张伟的排班") have no word edges: there a name is readable wherever it stands.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Whether `secret` (a name, a number) can still be read in the redacted `out`: as a whole word, or anywhere in scripts without spaces. */
export const stillReadable = (secret: string, out: string) =>
  UNSPACED.test(secret)
    ? out.includes(secret)
    : new RegExp(`(?<![\\p{L}\\p{N}_])${escaped(secret)}(?![\\p{L}\\p{N}_])`, 'u').test(out);
