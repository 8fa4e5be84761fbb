import { readFileSync, writeFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';

/*
 * The rules are written as `String.raw` templates (about 6,000 in the analyze entry, 2 MB of its 4.2), and V8 pays
 * for a tagged template twice over a string: it scans each piece for its cooked and its raw value, and makes a frozen
 * template object for each call site when it is first run. The same 6,000 patterns as plain strings joined with `+`
 * take about half the CPU to compile and run (2 MB of made-up patterns on Node 24: 155–180 ms as `String.raw`,
 * 81–92 as strings; the analyze bundle's init 616 → 528 ms of CPU; docs/performance-log.md, "helper cold37").
 *
 * So after esbuild has written a bundle, each `String.raw` template in it is rewritten as the strings it makes:
 * String.raw`\b${WORD}s?\b` becomes ("\\b"+String(WORD)+"s?\\b"). Exact: String.raw joins the raw text of each
 * piece with ToString of each substitution, and `String(x)` is ToString for every value but a Symbol (on which
 * String.raw throws, so no running code gives one). The raw text is written as a JSON string with every character
 * outside ASCII as a \u escape, which reads back as the same text. A newline inside a template stays a newline
 * between two strings, so every line keeps its number, and the source map beside the file is moved column by
 * column with the code, so stack traces still point at the lines that were written.
 */

/** A run of the original text copied to the output: where it was, where it went, how long it is. */
interface Copied {
  from: number;
  to: number;
  length: number;
}

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  !!value && typeof value === 'object' && typeof (value as AstNode).type === 'string';

function isStringRaw(node: AstNode): boolean {
  if (node.type !== 'TaggedTemplateExpression') return false;
  const tag = node.tag as AstNode & { object?: AstNode & { name?: string }; property?: { name?: string } };
  return (
    tag.type === 'MemberExpression' &&
    !tag.computed &&
    tag.object?.type === 'Identifier' &&
    tag.object.name === 'String' &&
    tag.property?.name === 'raw'
  );
}

/** The outermost `String.raw` templates at or below `node`, in source order. */
function outermostRaw(node: AstNode, into: AstNode[] = []): AstNode[] {
  if (isStringRaw(node)) {
    into.push(node);
    return into;
  }
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) if (isNode(child)) outermostRaw(child, into);
    if (isNode(value)) outermostRaw(value, into);
  }
  return into;
}

/** A JavaScript string literal of `text` in ASCII: the same string when read back. */
function asciiString(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x00-\x7f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Raw template text as strings, a newline kept between two of them where the template had one. */
function rawText(raw: string): string {
  const lines = raw.split('\n');
  return lines.map((line, i) => asciiString(i < lines.length - 1 ? `${line}\n` : line)).join('+\n');
}

/**
 * `text` with each `String.raw` template rewritten as strings joined by `+`, and the runs of the original copied
 * unchanged (for moving the source map). Undefined when the text has none.
 */
export function rawStringsAsPlain(text: string): { code: string; copied: Copied[] } | undefined {
  if (!text.includes('String.raw`')) return undefined;
  const program = parseAst(text, { sourceType: 'module', lang: 'js' }) as unknown as AstNode;
  const out: string[] = [];
  const copied: Copied[] = [];
  let length = 0;
  const write = (piece: string) => {
    out.push(piece);
    length += piece.length;
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    copied.push({ from, to: length, length: to - from });
    write(text.slice(from, to));
  };
  // The text from `start` to `end`, with the given templates (outermost, in order, inside it) rewritten.
  const emit = (start: number, end: number, templates: AstNode[]) => {
    let at = start;
    for (const template of templates) {
      copy(at, template.start);
      const quasi = template.quasi as { quasis: { value: { raw: string } }[]; expressions: AstNode[] };
      write('(');
      write(rawText(quasi.quasis[0]!.value.raw));
      quasi.expressions.forEach((expression, i) => {
        write('+String(');
        emit(expression.start, expression.end, outermostRaw(expression));
        write(')');
        const after = quasi.quasis[i + 1]!.value.raw;
        if (after !== '') write(`+${rawText(after)}`);
      });
      write(')');
      at = template.end;
    }
    copy(at, end);
  };
  emit(0, text.length, outermostRaw(program));
  return { code: out.join(''), copied };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    const segments: number[][] = [];
    state[0] = 0;
    if (line !== '') {
      for (const segment of line.split(',')) {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const character of segment) {
          const digit = BASE64.indexOf(character);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        const absolute = values.map((v, i) => {
          state[i]! += v;
          return state[i]!;
        });
        segments.push(absolute);
      }
    }
    lines.push(segments);
  }
  return lines;
}

function encodeValue(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let encoded = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    encoded += BASE64[digit];
  } while (rest > 0);
  return encoded;
}

function encodeMappings(lines: number[][][]): string {
  const state = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((value, i) => {
              const encoded = encodeValue(value - state[i]!);
              state[i] = value;
              return encoded;
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/**
 * A source map's generated positions moved with the code: each mapped position in a copied run goes where the run
 * went; one inside a rewritten template (esbuild maps none there) goes to the start of what replaced it.
 */
export function movedMappings(mappings: string, before: string, after: string, copied: Copied[]): string {
  const startsBefore = lineStarts(before);
  const startsAfter = lineStarts(after);
  const lines = decodeMappings(mappings);
  const moved: number[][][] = startsAfter.map(() => []);
  let run = 0;
  lines.forEach((segments, line) => {
    for (const segment of segments) {
      const offset = startsBefore[line]! + segment[0]!;
      while (run > 0 && copied[run]!.from > offset) run -= 1;
      while (run < copied.length - 1 && copied[run + 1]!.from <= offset) run += 1;
      const { from, to, length } = copied[run]!;
      const target = offset < from + length ? to + Math.max(0, offset - from) : to + length;
      let newLine = 0;
      let low = 0;
      let high = startsAfter.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (startsAfter[mid]! <= target) {
          newLine = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      moved[newLine]!.push([target - startsAfter[newLine]!, ...segment.slice(1)]);
    }
  });
  for (const segments of moved) segments.sort((a, b) => a[0]! - b[0]!);
  return encodeMappings(moved);
}

/** Rewrites each `String.raw` template of a bundle's files (`.mjs`, each with its `.map` beside it) as plain strings. */
export function rawStringsAsPlainIn(files: readonly string[]): void {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rewritten = rawStringsAsPlain(text);
    if (!rewritten) continue;
    writeFileSync(file, rewritten.code);
    const mapFile = `${file}.map`;
    let map: { mappings: string };
    try {
      map = JSON.parse(readFileSync(mapFile, 'utf8'));
    } catch {
      continue;
    }
    map.mappings = movedMappings(map.mappings, text, rewritten.code, rewritten.copied);
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
