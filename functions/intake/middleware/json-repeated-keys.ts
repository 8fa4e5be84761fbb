/**
 * The names that appear twice in one object of a JSON text, each once, in
 * the order their second appearance comes; empty when none does. `JSON.parse` keeps the last value of a repeated name without a
 * word, so `{"text": "Fire in bay 3, people trapped", "text": "all fine"}`
 * would be saved as "all fine" and the report of danger lost; a name written
 * with escapes (`"\u0074ext"`) is the same name. Call it on text that
 * `JSON.parse` has accepted: it assumes a valid document.
 *
 * @example
 * repeatedKeysIn('{"text":"a","site":"hq","text":"b"}') // ['text']
 * repeatedKeysIn('{"a":{"x":1},"b":{"x":2}}')           // [] (each object has its own names)
 */
export function repeatedKeysIn(json: string): string[] {
  const repeated = new Set<string>();
  // One entry per open object (its names so far) or array (null).
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (char === '{') open.push(new Set());
    else if (char === '[') open.push(null);
    else if (char === '}' || char === ']') open.pop();
    else if (char === '"') {
      const start = i;
      for (i++; json[i] !== '"'; i++) if (json[i] === '\\') i++;
      let next = i + 1;
      while (json[next] === ' ' || json[next] === '\t' || json[next] === '\n' || json[next] === '\r') next++;
      // In a valid document, a string followed by a colon is a name in the innermost open object.
      if (json[next] !== ':') continue;
      const names = open.at(-1);
      const name = JSON.parse(json.slice(start, i + 1)) as string;
      if (names?.has(name)) repeated.add(name);
      names?.add(name);
    }
  }
  return [...repeated];
}

/** The first name that appears twice in one object of a JSON text, or undefined (see {@link repeatedKeysIn}). */
export const repeatedKeyIn = (json: string): string | undefined => repeatedKeysIn(json)[0];
