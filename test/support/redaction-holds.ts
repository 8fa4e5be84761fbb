import { previewRedaction } from '../../shared/use-cases/preview-redaction';

/**
 * One look-alike of a redaction list: the text, words the operator must not read in what is stored, words that must
 * stay, and whether the preview warns the writer that it may single them out (true: it warns; false: it does not;
 * null: either).
 */
export type RedactionCase = [text: string, hidden: string[], kept: string[], warned: boolean | null];

/** What is wrong with how `text` is stored and previewed, as one line a reader can act on; none if it holds. */
export async function holds([text, hidden, kept, warned]: RedactionCase): Promise<string[]> {
  const { redactedText, singledOut } = await previewRedaction(text);
  const wrong: string[] = [];
  for (const h of hidden) if (redactedText.includes(h)) wrong.push(`stores ${JSON.stringify(h)}`);
  for (const k of kept) if (!redactedText.includes(k)) wrong.push(`lost ${JSON.stringify(k)}`);
  if (warned && singledOut.length === 0) wrong.push('no warning');
  if (warned === false && singledOut.length > 0) wrong.push(`warns ${JSON.stringify(singledOut)}`);
  return wrong.length ? [`${JSON.stringify(text)} → ${JSON.stringify(redactedText)}: ${wrong.join(', ')}`] : [];
}
