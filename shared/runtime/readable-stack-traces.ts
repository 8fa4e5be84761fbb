import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stack traces of a deployed bundle that name the project's files and lines
 * (`functions/intake/app.ts:41:11`), not `index.mjs:1:73512`, without
 * `--enable-source-maps`: that flag makes Node read and decode the bundle's
 * source map at every cold start (measured in docs/performance.md), while
 * this reads it only the first time an error's stack is formatted, once per
 * execution environment. Imported first by each `functions/<name>/lambda.ts`.
 *
 * It does nothing where it has nothing to do: outside a bundle (no `.map`
 * beside this file, as under tsx and in tests) or when Node already maps
 * traces itself. Any failure here falls back to V8's own trace.
 */
const bundle = fileURLToPath(import.meta.url);
// A split bundle's chunks sit beside its entry, each with its own map.
const bundleDir = dirname(bundle);

if (!process.sourceMapsEnabled && existsSync(`${bundle}.map`)) {
  const maps = new Map<string, SourceMap | null>();
  const sourceMap = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file) ?? null;
  };
  Error.prepareStackTrace = (error, frames) => {
    const header = describe(error);
    try {
      return [header, ...frames.map((frame) => `    at ${mapFrame(frame, sourceMap)}`)].join('\n');
    } catch {
      return [header, ...frames.map((frame) => `    at ${frame}`)].join('\n');
    }
  };
}

/** The first line of a trace as V8 writes it: `TypeError: message`. */
function describe(error: Error): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}

/** A frame of the bundle (its entry or a chunk beside it) as the source file, line and column it came from; any other frame as V8 writes it. */
function mapFrame(frame: NodeJS.CallSite, sourceMap: (file: string) => SourceMap | null): string {
  const text = String(frame);
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!file || !line || !column) return text;
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  if (dirname(path) !== bundleDir || !path.endsWith('.mjs')) return text;
  const map = sourceMap(path);
  if (!map) return text;
  const entry = map.findEntry(line - 1, column - 1) as Partial<{
    originalSource: string;
    originalLine: number;
    originalColumn: number;
  }>;
  if (!entry.originalSource) return text;
  const original = `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}`;
  const generated = `${file}:${line}:${column}`;
  return text.includes(generated) ? text.replace(generated, original) : `${text} (${original})`;
}
