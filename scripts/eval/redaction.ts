/**
 * `npm run eval -- --redaction [--json] [<unlabelled.jsonl>]`
 *
 * Scores redaction on the labelled corpus the project owns,
 * eval/redaction/corpus.jsonl: one `{tag, marked}` a line, where `marked` is
 * the text with each piece of personal data written `{{KIND|text}}` (KIND one
 * of NAME, PHONE, EMAIL, ADDRESS, ID, URL, PLATE). `tag` says what the line
 * tests: plain, lower, obfuscated, unicode, lang, script, format, or negative
 * (nothing in it may be redacted). The lines split by a hash of their text into a tune half
 * and a held-out half; both are reported.
 *
 * Per kind: recall (a labelled piece counts as caught when every letter and
 * digit of it is hidden by some placeholder) and precision (a placeholder
 * counts as right when it overlaps some labelled piece). With an unlabelled
 * JSONL file of real text (`{text}` a line, e.g.
 * ../shared/eval/employee_reviews_headlines.jsonl), it also counts what the
 * redactor hides there, where almost nothing should be personal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonalData } from '../../shared/analysis/redact';
import { normaliseForRedaction } from '../../shared/analysis/normalise-text';
import { REDACTION_KINDS, type RedactedSpan, type RedactionKind } from '../../shared/analysis/redaction-kinds';
import { percent, tableLines } from './table';

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'redaction');
export const CORPUS_PATH = join(CORPUS_DIR, 'corpus.jsonl');
/**
 * Every labelled file: the first corpus, and adversarial-2.jsonl, written
 * after a security review with the classes the first one missed (spelled-out
 * and mixed phone numbers, surname-first and letter-spaced names, leetspeak,
 * spelled-out links) and as many negatives of the same shapes; and
 * adversarial-3.jsonl, from a second review: digits of other scripts, Arabic
 * kunyas and compound names, German, Polish, French and Spanish names (roles,
 * particles, declensions, capitals), emails and phones spelled out in other
 * languages, national ids, dotted and letter-spaced disguises, initials, and
 * negatives of the same shapes (ordinary nouns, "de la", product codes); and
 * common-words.jsonl: frequent words of the other languages that look like
 * names ("me dan asco", "minha", "kazał", "thì", "المدير قال"), and names
 * standing beside them or spelled like them ("ayer Dan me gritó"); and
 * addresses-ids-languages.jsonl: street addresses, postcodes, employee numbers
 * and national ids as Spanish, French, Portuguese, Italian, German and Dutch
 * speakers write them (issue 15), with as many numbers near street words that
 * are counts, floors and shifts. Written before it was measured: the
 * redactor before those rules hid 1 of 18 addresses and 10 of 17 ids; with
 * them, 17 of 18 and 17 of 17, no negative changed; its one miss ("Lange
 * Reihe 9a", a street with no type word) prompted the street known by the
 * postcode after it.
 */
/**
 * eval/redaction/languages/<code>.jsonl: for each language employees write
 * in besides English, at least 30 workplace sentences naming someone (given
 * names of that language, accented and in lower case, after its own cue words)
 * and 30 naming no one (its frequent words opening sentences, feasts, places),
 * written before that language's name lists were extended. Reported per
 * language, names only.
 */
export const NAME_LANGUAGES = ['es', 'fr', 'pt', 'de', 'it', 'pl', 'vi', 'tl'] as const;
const LANGUAGE_PATHS = NAME_LANGUAGES.map((code) => join(CORPUS_DIR, 'languages', `${code}.jsonl`));
/**
 * eval/redaction/languages-fresh.jsonl: 60 more lines in the same eight
 * languages, written after those lists were extended: the figure for names
 * no one tuned to. Its first measurement: 30 of 36 names (20 before the
 * lists), 0 of 25 sentences naming no one changed (3 before). The role and cue
 * words added after it ("pregunten a", "il capoturno") were prompted in part
 * by one of its misses. Reported beside the languages, held to no threshold.
 */
const FRESH_PATH = join(CORPUS_DIR, 'languages-fresh.jsonl');
/**
 * eval/redaction/blind-<n>/<code>.jsonl: sets written by someone who had not
 * read the rules nor the other labelled files (only this format and what
 * docs/anonymity.md promises), every kind in eleven languages beside as many
 * lines that must stay. They measure what a newcomer's text leaks; nobody
 * tunes to them, so they are reported on their own and held to no threshold.
 */
export function blindPaths(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^blind-\d+$/.test(entry.name))
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => join(dir, entry.name, name)),
    );
}

export const CORPUS_PATHS = [
  CORPUS_PATH,
  join(CORPUS_DIR, 'adversarial-2.jsonl'),
  join(CORPUS_DIR, 'adversarial-3.jsonl'),
  join(CORPUS_DIR, 'common-words.jsonl'),
  join(CORPUS_DIR, 'addresses-ids-languages.jsonl'),
  ...LANGUAGE_PATHS,
];

/** A file's name as the reports give it: "corpus.jsonl", "languages/es.jsonl". */
function corpusName(path: string): string {
  return LANGUAGE_PATHS.includes(path) ? `languages/${basename(path)}` : basename(path);
}

export interface CorpusItem {
  /** The file's name, e.g. corpus.jsonl. */
  file: string;
  line: number;
  tag: string;
  /** The text as written, invisible characters and all. */
  raw: string;
  /** The text as the redactor reads it, and the labelled pieces in it. */
  text: string;
  spans: RedactedSpan[];
  split: 'tune' | 'held-out';
}

const MARK = /\{\{([A-Z]+)\|(.*?)\}\}/gsu;

/** Every labelled file, read in order. */
export function loadCorpora(read: (path: string) => string = (path) => readFileSync(path, 'utf8')): CorpusItem[] {
  return CORPUS_PATHS.flatMap((path) => loadCorpus(read(path), corpusName(path)));
}

/** Reads one labelled file; a malformed line throws with its number. */
export function loadCorpus(content = readFileSync(CORPUS_PATH, 'utf8'), file = basename(CORPUS_PATH)): CorpusItem[] {
  return content
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      const { tag, marked } = JSON.parse(line) as { tag: string; marked: string };
      let raw = '';
      let text = '';
      const spans: RedactedSpan[] = [];
      let last = 0;
      for (const m of marked.matchAll(MARK)) {
        const kind = m[1] as RedactionKind;
        if (!REDACTION_KINDS.includes(kind)) throw new Error(`${file} line ${number}: unknown kind ${kind}`);
        const before = marked.slice(last, m.index);
        raw += before + m[2]!;
        text += normaliseForRedaction(before);
        const value = normaliseForRedaction(m[2]!);
        spans.push({ kind, start: text.length, end: text.length + value.length });
        text += value;
        last = m.index + m[0].length;
      }
      raw += marked.slice(last);
      text += normaliseForRedaction(marked.slice(last));
      if (normaliseForRedaction(raw) !== text)
        throw new Error(`${file} line ${number}: the labels split a character sequence that normalises as a whole`);
      return {
        file,
        line: number,
        tag,
        raw,
        text,
        spans,
        split: fnv1a(marked) % 2 === 0 ? 'tune' : 'held-out',
      } as CorpusItem;
    });
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export interface KindScore {
  labelled: number;
  caught: number;
  recall: number;
  redacted: number;
  right: number;
  precision: number;
}

export interface RedactionReport {
  items: number;
  perKind: Record<RedactionKind, KindScore>;
  /** Lines tagged negative that came out changed. */
  negativesChanged: number;
  negatives: number;
  misses: { file: string; line: number; kind: RedactionKind; text: string }[];
  falseAlarms: { file: string; line: number; kind: RedactionKind; text: string }[];
}

/** Scores the redactor on corpus items. */
export function scoreRedaction(items: CorpusItem[]): RedactionReport {
  const perKind = Object.fromEntries(
    REDACTION_KINDS.map((k) => [k, { labelled: 0, caught: 0, recall: 1, redacted: 0, right: 0, precision: 1 }]),
  ) as Record<RedactionKind, KindScore>;
  const misses: RedactionReport['misses'] = [];
  const falseAlarms: RedactionReport['falseAlarms'] = [];
  let negatives = 0;
  let negativesChanged = 0;
  for (const item of items) {
    const found = findPersonalData(item.raw);
    if (found.text !== item.text) throw new Error(`${item.file} line ${item.line}: normalised text differs`);
    const hidden = new Uint8Array(item.text.length);
    for (const span of found.spans) hidden.fill(1, span.start, span.end);
    for (const gold of item.spans) {
      const score = perKind[gold.kind];
      score.labelled++;
      let caught = true;
      for (let i = gold.start; i < gold.end; i++) if (!hidden[i] && /[\p{L}\p{N}]/u.test(item.text[i]!)) caught = false;
      if (caught) score.caught++;
      else
        misses.push({ file: item.file, line: item.line, kind: gold.kind, text: item.text.slice(gold.start, gold.end) });
    }
    for (const span of found.spans) {
      const score = perKind[span.kind];
      score.redacted++;
      if (item.spans.some((gold) => gold.start < span.end && span.start < gold.end)) score.right++;
      else
        falseAlarms.push({
          file: item.file,
          line: item.line,
          kind: span.kind,
          text: item.text.slice(span.start, span.end),
        });
    }
    if (item.tag === 'negative') {
      negatives++;
      if (found.spans.length) negativesChanged++;
    }
  }
  for (const score of Object.values(perKind)) {
    score.recall = score.labelled ? score.caught / score.labelled : 1;
    score.precision = score.redacted ? score.right / score.redacted : 1;
  }
  return { items: items.length, perKind, negatives, negativesChanged, misses, falseAlarms };
}

/** What the redactor hides in real, unlabelled text: per kind, and the lines touched. */
export function countOnUnlabelled(content: string): {
  lines: number;
  linesChanged: number;
  perKind: Record<RedactionKind, number>;
  examples: string[];
} {
  const perKind = Object.fromEntries(REDACTION_KINDS.map((k) => [k, 0])) as Record<RedactionKind, number>;
  let lines = 0;
  let linesChanged = 0;
  const examples: string[] = [];
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text !== 'string') continue;
    lines++;
    const found = findPersonalData(text);
    if (!found.spans.length) continue;
    linesChanged++;
    for (const span of found.spans) {
      perKind[span.kind]++;
      if (examples.length < 40)
        examples.push(
          `${span.kind}: ${found.text.slice(span.start, span.end)}  ‹${found.text.slice(Math.max(0, span.start - 30), span.end + 30)}›`,
        );
    }
  }
  return { lines, linesChanged, perKind, examples };
}

const KIND_COLUMNS = [
  { title: 'kind', width: 9, left: true },
  { title: 'labelled', width: 9 },
  { title: 'recall %', width: 10 },
  { title: 'redacted', width: 10 },
  { title: 'precision %', width: 13 },
];

/** The report as lines of text. */
export function formatRedactionReport(reports: { name: string; report: RedactionReport }[]): string[] {
  const out: string[] = [];
  const named = CORPUS_PATHS.filter((p) => !LANGUAGE_PATHS.includes(p)).map((p) => p.replace(/.*\/(eval\/)/, '$1'));
  out.push(`redaction on ${named.join(', ')} and eval/redaction/languages/*.jsonl`);
  for (const { name, report } of reports) {
    out.push('');
    out.push(`${name}: ${report.items} lines; negatives changed ${report.negativesChanged} of ${report.negatives}`);
    out.push(
      ...tableLines(
        KIND_COLUMNS,
        REDACTION_KINDS.map((kind) => {
          const s = report.perKind[kind];
          return [kind, s.labelled, percent(s.recall), s.redacted, percent(s.precision)];
        }),
      ),
    );
  }
  return out;
}

/** The `--redaction` section of `npm run eval`; returns the exit code. */
export async function runRedactionEval(
  args: string[],
  deps: { readFile(path: string): Promise<string>; out(line: string): void; err(line: string): void },
): Promise<number> {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const [unlabelled, ...extra] = args.filter((a) => !a.startsWith('--'));
  if (extra.length) {
    deps.err('Usage: npm run eval -- --redaction [--json] [--verbose] [<unlabelled.jsonl>]');
    return 2;
  }
  const files = await Promise.all(
    CORPUS_PATHS.map(async (path) => loadCorpus(await deps.readFile(path), corpusName(path))),
  );
  const byLanguage = [
    ...files.filter((fileItems) => fileItems[0]?.file.startsWith('languages/')),
    loadCorpus(await deps.readFile(FRESH_PATH), basename(FRESH_PATH)),
  ];
  const blind = await Promise.all(
    blindPaths().map(async (path) => loadCorpus(await deps.readFile(path), path.replace(/.*\/(blind-\d+\/)/, '$1'))),
  );
  const blindReports = blind.map((fileItems) => ({
    name: fileItems[0]?.file ?? '',
    report: scoreRedaction(fileItems),
  }));
  const items = files.flat();
  const reports = [
    { name: 'tune', report: scoreRedaction(items.filter((i) => i.split === 'tune')) },
    { name: 'held-out', report: scoreRedaction(items.filter((i) => i.split === 'held-out')) },
    { name: 'all', report: scoreRedaction(items) },
    // Each later file on its own too: a few dozen lines would vanish in the totals.
    ...files.slice(1, CORPUS_PATHS.length - LANGUAGE_PATHS.length).flatMap((fileItems) => {
      const file = fileItems[0]?.file ?? '';
      return (['tune', 'held-out'] as const).map((split) => ({
        name: `${file} ${split}`,
        report: scoreRedaction(fileItems.filter((i) => i.split === split)),
      }));
    }),
  ];
  let real: ReturnType<typeof countOnUnlabelled> | undefined;
  if (unlabelled) {
    try {
      real = countOnUnlabelled(await deps.readFile(unlabelled));
    } catch (error) {
      deps.err(`Cannot read ${unlabelled}: ${(error as Error).message}`);
      return 2;
    }
  }
  if (json) {
    deps.out(
      JSON.stringify({
        ...Object.fromEntries(
          reports.map(({ name, report }) => [
            name,
            { ...report, misses: report.misses.length, falseAlarms: report.falseAlarms.length },
          ]),
        ),
        namesByLanguage: Object.fromEntries(byLanguage.map((items) => [items[0]!.file, namesScore(items)])),
        blind: Object.fromEntries(blindReports.map(({ name, report }) => [name, blindScore(report)])),
        unlabelled: real && { ...real, examples: undefined },
      }),
    );
    return 0;
  }
  for (const line of formatRedactionReport(reports)) deps.out(line);
  deps.out('');
  for (const line of formatNamesByLanguage(byLanguage)) deps.out(line);
  if (blindReports.length) {
    deps.out('');
    for (const line of formatBlind(blindReports)) deps.out(line);
  }
  if (verbose) {
    for (const report of [reports[0]!.report, ...blindReports.map((b) => b.report)]) {
      for (const m of report.misses) deps.out(`  missed   ${m.file} line ${m.line} ${m.kind}: ${m.text}`);
      for (const f of report.falseAlarms) deps.out(`  too much ${f.file} line ${f.line} ${f.kind}: ${f.text}`);
    }
  }
  if (real) {
    deps.out('');
    deps.out(
      `${unlabelled}: ${real.lines} lines, ${real.linesChanged} changed; placeholders: ${REDACTION_KINDS.map((k) => `${k} ${real!.perKind[k]}`).join(', ')}`,
    );
    if (verbose) for (const e of real.examples) deps.out(`  ${e}`);
  }
  return 0;
}

/** Names in one language's file: recall and precision on each half, and the sentences naming no one that were changed. */
function namesScore(items: CorpusItem[]) {
  const half = (split: CorpusItem['split']) => scoreRedaction(items.filter((i) => i.split === split));
  const [tune, heldOut, all] = [half('tune'), half('held-out'), scoreRedaction(items)];
  return {
    recall: { tune: tune.perKind.NAME.recall, heldOut: heldOut.perKind.NAME.recall, all: all.perKind.NAME.recall },
    precision: all.perKind.NAME.precision,
    names: all.perKind.NAME.labelled,
    negatives: all.negatives,
    negativesChanged: all.negativesChanged,
  };
}

const LANGUAGE_COLUMNS = [
  { title: 'language', width: 24, left: true },
  { title: 'names', width: 7 },
  { title: 'recall % tune', width: 15 },
  { title: 'held-out', width: 10 },
  { title: 'all', width: 7 },
  { title: 'precision %', width: 13 },
  { title: 'no-name lines changed', width: 23 },
];

/** The table of names by language, one row a language file. */
function formatNamesByLanguage(files: CorpusItem[][]): string[] {
  return [
    'names by language (eval/redaction/languages)',
    ...tableLines(
      LANGUAGE_COLUMNS,
      files.map((items) => {
        const s = namesScore(items);
        return [
          items[0]!.file,
          s.names,
          percent(s.recall.tune),
          percent(s.recall.heldOut),
          percent(s.recall.all),
          percent(s.precision),
          `${s.negativesChanged} of ${s.negatives}`,
        ];
      }),
    ),
  ];
}

/** A blind file's figures: what leaked (a labelled piece not wholly hidden) and what was hidden that is no one's. */
function blindScore(report: RedactionReport) {
  const kinds = Object.values(report.perKind);
  const labelled = kinds.reduce((sum, k) => sum + k.labelled, 0);
  const caught = kinds.reduce((sum, k) => sum + k.caught, 0);
  return {
    labelled,
    leaked: labelled - caught,
    wrongHides: report.falseAlarms.length,
    negatives: report.negatives,
    negativesChanged: report.negativesChanged,
  };
}

const BLIND_COLUMNS = [
  { title: 'blind file', width: 20, left: true },
  { title: 'pieces', width: 8 },
  { title: 'leaked', width: 8 },
  { title: 'recall %', width: 10 },
  { title: 'wrong hides', width: 13 },
  { title: 'must-stay lines changed', width: 25 },
];

/** The table of blind sets, one row a file and a total. */
function formatBlind(files: { name: string; report: RedactionReport }[]): string[] {
  const scores = files.map(({ name, report }) => ({ name, ...blindScore(report) }));
  const total = scores.reduce(
    (sum, s) => ({
      name: 'total',
      labelled: sum.labelled + s.labelled,
      leaked: sum.leaked + s.leaked,
      wrongHides: sum.wrongHides + s.wrongHides,
      negatives: sum.negatives + s.negatives,
      negativesChanged: sum.negativesChanged + s.negativesChanged,
    }),
    { name: 'total', labelled: 0, leaked: 0, wrongHides: 0, negatives: 0, negativesChanged: 0 },
  );
  return [
    'blind sets (eval/redaction/blind-*), written without reading the rules',
    ...tableLines(
      BLIND_COLUMNS,
      [...scores, total].map((s) => [
        s.name,
        s.labelled,
        s.leaked,
        percent(s.labelled ? (s.labelled - s.leaked) / s.labelled : 1),
        s.wrongHides,
        `${s.negativesChanged} of ${s.negatives}`,
      ]),
    ),
  ];
}
