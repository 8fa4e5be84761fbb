import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The README is a short path into docs/, and the reference moved there: a link that opens nothing, or a heading
 * renamed under a link to it, leaves a newcomer at a dead end. Every relative link in README.md and docs/ must open
 * a file of the repository, and a link to a heading must find that heading.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const documents = (): string[] => [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside fenced code blocks, where a line starting with `#` is a heading rather than a comment. */
const unfenced = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '');
/** The text outside code (fenced blocks and `inline`), where a `](…)` is Markdown rather than code. */
const prose = (text: string): string => unfenced(text).replace(/`[^`\n]*`/g, '');

/** Every link target written `[words](target)` that is not a web or mail address. */
function relativeLinks(text: string): string[] {
  return [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t));
}

/** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of unfenced(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** What is wrong with one link of `from`, or undefined when it opens what it names. */
function brokenLink(from: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const file = path ? resolve(dirname(join(ROOT, from)), decodeURI(path)) : join(ROOT, from);
  if (!file.startsWith(ROOT) || !existsSync(file)) return `${target}: no file ${relative(ROOT, file)}`;
  if (anchor === undefined || statSync(file).isDirectory() || !file.endsWith('.md')) return undefined;
  return headingAnchors(readFileSync(file, 'utf8')).has(anchor) ? undefined : `${target}: no heading #${anchor}`;
}

describe('the links of README.md and docs/', () => {
  it('Should read links and GitHub heading anchors as GitHub does', () => {
    expect(relativeLinks('see [a](docs/a.md#x), [b](https://x.y), `[c](no)`\n```\n[d](code.md)\n```')).toEqual([
      'docs/a.md#x',
    ]);
    expect([
      ...headingAnchors('# Try it in 5 minutes\n## Urgency (`npm run eval -- --urgency`)\n## Tests\n## Tests'),
    ]).toEqual(['try-it-in-5-minutes', 'urgency-npm-run-eval------urgency', 'tests', 'tests-1']);
  });

  it.each(documents())('Should open every relative link of %s', (name) => {
    const links = relativeLinks(readFileSync(join(ROOT, name), 'utf8'));
    expect(links.map((target) => brokenLink(name, target)).filter(Boolean)).toEqual([]);
  });

  it('Should keep the README a short path that links to its reference in docs/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(250);
    expect(headingAnchors(readme)).toContain('try-it-in-5-minutes');
    const linked = new Set(relativeLinks(readme).map((t) => t.split('#')[0]));
    for (const doc of documents().slice(1)) expect(linked, doc).toContain(doc);
  });
});
