import type { Context } from 'hono';
import { MAX_BODY_BYTES } from '../../../shared/domain/limits';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../../../shared/errors';
import { SHORT_FIELDS_BODY, type BodyLimits } from './body-limits';
import { repeatedKeysIn } from './json-repeated-keys';
import { repeatedFormFields, repeatedJsonFields } from './repeated-field-error';

export type BodyKind = 'json' | 'form';

export interface ReadBody {
  kind: BodyKind;
  /** Parsed JSON value, or the form's fields (each sent once: a repeated one is refused). */
  value: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Which of the accepted body types a request declares, or a 415 naming what is accepted. */
export function bodyKindOf(c: Context, accepted: readonly BodyKind[]): BodyKind {
  const [essence = '', ...parameters] = (c.req.header('content-type') ?? '').split(';');
  const type = essence.trim().toLowerCase();
  const kind: BodyKind | undefined =
    type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  if (!kind || !accepted.includes(kind)) {
    const names = accepted.map((k) => (k === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'));
    throw new UnsupportedMediaTypeError(
      `Content-Type ${type || '(none)'} is not accepted here; send ${names.join(' or ')}`,
    );
  }
  // 415, not 400: a body in the charset it names may be perfectly good text;
  // what is refused is that representation (RFC 9110 §15.5.16), and the
  // client can send the same content again as UTF-8. Reading it as UTF-8
  // anyway would garble or refuse it with a misleading message.
  const charset = parameters
    .map((p) => p.split('='))
    .find(([name]) => name!.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new UnsupportedMediaTypeError(
      `Content-Type charset ${charset.slice(0, 40) || '(empty)'} is not accepted here; send UTF-8`,
    );
  }
  // A compressed body (`Content-Encoding: gzip`) would be read as garbled text and refused as "not UTF-8", or,
  // under a header that lies, taken as it is: say instead what to send (RFC 7694 answers a coding not taken
  // with 415). `identity` is no coding at all.
  const codings = (c.req.header('content-encoding') ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity');
  if (codings.length) {
    throw new UnsupportedMediaTypeError(
      `Content-Encoding ${codings.join(', ').slice(0, 40)} is not accepted here; send the body uncompressed`,
    );
  }
  return kind;
}

/**
 * The body as text, strictly UTF-8: a wrong encoding is a 400, not silently
 * replaced characters. The size was already bounded by hono's `bodyLimit`;
 * this checks again so the function is safe on its own.
 */
export async function readText(c: Context, maxBytes: number = MAX_BODY_BYTES): Promise<string> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(`request body must be at most ${maxBytes} bytes`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ValidationError('request body is not valid UTF-8', [
      { path: '(body)', message: 'must be encoded as UTF-8' },
    ]);
  }
}

/** One field of a form body: its name and value, decoded. */
export type FormField = readonly [name: string, value: string];

/**
 * Parses `application/x-www-form-urlencoded` text as the URL standard does
 * (`&` between fields, `+` for a space, a `%` without two hex digits after it
 * kept as it is), but strictly: the percent-escapes are decoded to bytes and
 * those bytes must be UTF-8. Where URLSearchParams would quietly put U+FFFD
 * (`%FF%FE` → "��"), this refuses with a 400 naming the field. Fields come
 * back in order, repeated ones repeated.
 *
 * @example
 * parseForm('text=caf%C3%A9+au+lait&site=hq') // [['text', 'café au lait'], ['site', 'hq']]
 * parseForm('text=%FF%FE') // throws ValidationError: request body is not valid UTF-8 (in the field text)
 */
export function parseForm(text: string): FormField[] {
  const fields: FormField[] = [];
  for (const sequence of text.split('&')) {
    if (!sequence) continue;
    const equals = sequence.indexOf('=');
    const name = percentDecode(equals === -1 ? sequence : sequence.slice(0, equals), undefined);
    fields.push([name, percentDecode(equals === -1 ? '' : sequence.slice(equals + 1), name)]);
  }
  return fields;
}

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF in a field rather than dropping it unseen.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function percentDecode(raw: string, field: string | undefined): string {
  const spaced = raw.replaceAll('+', ' ');
  if (!spaced.includes('%')) return spaced;
  const bytes = encoder.encode(spaced);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = bytes[i] === 0x25 && i + 2 < bytes.length ? hexValue(bytes[i + 1]!) : -1;
    const low = high === -1 ? -1 : hexValue(bytes[i + 2]!);
    if (low === -1) {
      out[length++] = bytes[i]!;
    } else {
      out[length++] = high * 16 + low;
      i += 2;
    }
  }
  try {
    return strictUtf8.decode(out.subarray(0, length));
  } catch {
    const where = field === undefined ? 'a field name' : `the field ${field.slice(0, 40)}`;
    throw new ValidationError(`request body is not valid UTF-8 (in ${where})`, [
      { path: field ?? '(field name)', message: 'must be percent-encoded UTF-8' },
    ]);
  }
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * Reads a request body as strict UTF-8 (see {@link readText}) and parses it
 * as JSON or a form (strictly too, see {@link parseForm}), up to the route's
 * limit for that encoding (the same `limits` as its `limitBody`).
 */
export async function readBody(
  c: Context,
  accepted: readonly BodyKind[],
  limits: BodyLimits = SHORT_FIELDS_BODY,
): Promise<ReadBody> {
  const kind = bodyKindOf(c, accepted);
  const text = await readText(c, limits[kind]);
  if (kind === 'form') {
    const fields = new Map<string, string>();
    const sent = parseForm(text);
    for (const [name, value] of sent) {
      // None of our forms sends a field twice: `text=a&text=b` is refused, never read as its first value alone.
      if (fields.has(name)) throw repeatedFormFields(sent, name);
      fields.set(name, value);
    }
    // fromEntries defines own properties, so a field named __proto__ stays a field.
    return { kind, value: Object.fromEntries(fields) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('request body is not valid JSON', [{ path: '(body)', message: 'must be a JSON object' }]);
  }
  // JSON.parse keeps the last of a repeated name: `{"text": "<danger>", "text": "ok"}` would be saved as "ok".
  // Refused as a form's repeated field is, never read as one of its values.
  const repeated = repeatedKeysIn(text);
  if (repeated.length) throw repeatedJsonFields(value, repeated);
  return { kind, value };
}
