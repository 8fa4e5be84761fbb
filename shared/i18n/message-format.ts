/**
 * A small ICU MessageFormat subset, enough for whole translated sentences
 * with no fragments glued together:
 *
 * - `{name}`: the parameter as text (numbers formatted for the language);
 * - `{name, number}`: a number formatted with `Intl.NumberFormat`;
 * - `{name, plural, =0 {…} one {# item} other {# items}}`: a branch chosen by
 *   exact value, else by `Intl.PluralRules` for the language; `#` inside is
 *   the number, formatted;
 * - `{name, select, yes {…} other {…}}`: a branch chosen by the value.
 *
 * Branches nest. Braces are reserved (there is no quoting): catalogues write
 * no literal `{` or `}`. A missing parameter renders as its `{name}`, never
 * throws: a reply is still sent, and the catalogue tests catch the mistake.
 */

export type MessageParams = Readonly<Record<string, string | number | undefined>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'hash' }
  | { kind: 'arg'; name: string; format?: 'number' }
  | { kind: 'plural'; name: string; branches: Map<string, Part[]> }
  | { kind: 'select'; name: string; branches: Map<string, Part[]> };

/** Why a template could not be read, with where. */
export class MessageSyntaxError extends Error {
  override readonly name = 'MessageSyntaxError';
}

const parsed = new Map<string, Part[]>();

/** The template read into parts, once per distinct template. */
export function parseMessage(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    const reader = { text: template, at: 0 };
    parts = readParts(reader, false);
    parsed.set(template, parts);
  }
  return parts;
}

/** Every parameter name a template uses, nested branches included. */
export function parameterNames(template: string): Set<string> {
  const names = new Set<string>();
  const visit = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg' || part.kind === 'plural' || part.kind === 'select') names.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') for (const branch of part.branches.values()) visit(branch);
    }
  };
  visit(parseMessage(template));
  return names;
}

/**
 * The branch keys of each `select` and `plural` in a template, by parameter
 * (`status` → `received`, `analysed`, …), so a translation can be checked to
 * cover the same cases as the English.
 */
export function branchKeys(template: string): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const visit = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind !== 'plural' && part.kind !== 'select') continue;
      const set = keys.get(`${part.kind}:${part.name}`) ?? new Set<string>();
      for (const [key, branch] of part.branches) {
        set.add(key);
        visit(branch);
      }
      keys.set(`${part.kind}:${part.name}`, set);
    }
  };
  visit(parseMessage(template));
  return keys;
}

/**
 * The template with its parameters filled in for `locale`.
 *
 * @example
 * formatMessage('fr', '{n, plural, one {# cas} other {# cas}} ouverts', { n: 1600 }) // '1 600 cas ouverts' (narrow no-break space)
 */
export function formatMessage(locale: string, template: string, params: MessageParams = {}): string {
  return render(locale, parseMessage(template), params, undefined);
}

function render(locale: string, parts: Part[], params: MessageParams, hash: number | undefined): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'hash':
        out += hash === undefined ? '#' : numberFormat(locale).format(hash);
        break;
      case 'arg': {
        const value = params[part.name];
        if (value === undefined) out += `{${part.name}}`;
        else out += typeof value === 'number' ? numberFormat(locale).format(value) : value;
        break;
      }
      case 'plural': {
        const value = Number(params[part.name]);
        const category = Number.isFinite(value) ? pluralRules(locale).select(value) : 'other';
        const branch = part.branches.get(`=${value}`) ?? part.branches.get(category) ?? part.branches.get('other')!;
        out += render(locale, branch, params, Number.isFinite(value) ? value : undefined);
        break;
      }
      case 'select': {
        const value = String(params[part.name]);
        out += render(locale, part.branches.get(value) ?? part.branches.get('other')!, params, hash);
        break;
      }
    }
  }
  return out;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) pluralRulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

interface Reader {
  text: string;
  at: number;
}

/** Text and arguments up to the end, or up to the `}` closing a branch when `inBranch`. */
function readParts(reader: Reader, inBranch: boolean): Part[] {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  while (reader.at < reader.text.length) {
    const ch = reader.text[reader.at]!;
    if (ch === '}') {
      if (!inBranch) throw syntaxError(reader, 'a "}" with no "{" before it');
      flush();
      return parts;
    }
    reader.at += 1;
    if (ch === '{') {
      flush();
      parts.push(readArgument(reader));
    } else if (ch === '#' && inBranch) {
      flush();
      parts.push({ kind: 'hash' });
    } else {
      text += ch;
    }
  }
  if (inBranch) throw syntaxError(reader, 'a branch that is never closed with "}"');
  flush();
  return parts;
}

/** After a `{`: `name}`, `name, number}`, or `name, plural|select, key {…} …}`. */
function readArgument(reader: Reader): Part {
  const name = readWord(reader);
  if (!/^[A-Za-z_][\w]*$/.test(name)) throw syntaxError(reader, `a parameter name, not "${name}"`);
  if (take(reader, '}')) return { kind: 'arg', name };
  if (!take(reader, ',')) throw syntaxError(reader, `"," or "}" after {${name}`);
  const type = readWord(reader);
  if (type === 'number') {
    if (!take(reader, '}')) throw syntaxError(reader, `"}" after {${name}, number`);
    return { kind: 'arg', name, format: 'number' };
  }
  if (type !== 'plural' && type !== 'select') throw syntaxError(reader, `number, plural or select, not "${type}"`);
  if (!take(reader, ',')) throw syntaxError(reader, `"," after {${name}, ${type}`);
  const branches = new Map<string, Part[]>();
  for (;;) {
    if (take(reader, '}')) break;
    const key = readWord(reader);
    if (!key) throw syntaxError(reader, `a branch key in {${name}, ${type}, …}`);
    if (!take(reader, '{')) throw syntaxError(reader, `"{" after the branch key "${key}"`);
    branches.set(key, readParts(reader, true));
    reader.at += 1; // the branch's closing "}"
  }
  if (!branches.has('other')) throw syntaxError(reader, `an "other" branch in {${name}, ${type}, …}`);
  return { kind: type, name, branches };
}

function readWord(reader: Reader): string {
  skipSpaces(reader);
  const match = /^[^\s{},]+/.exec(reader.text.slice(reader.at));
  const word = match?.[0] ?? '';
  reader.at += word.length;
  return word;
}

function take(reader: Reader, ch: string): boolean {
  skipSpaces(reader);
  if (reader.text[reader.at] !== ch) return false;
  reader.at += 1;
  return true;
}

function skipSpaces(reader: Reader): void {
  while (/\s/.test(reader.text[reader.at] ?? '')) reader.at += 1;
}

function syntaxError(reader: Reader, expected: string): MessageSyntaxError {
  return new MessageSyntaxError(`Expected ${expected} at character ${reader.at} of "${reader.text}"`);
}
