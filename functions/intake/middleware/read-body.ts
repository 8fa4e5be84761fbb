import type { Context } from 'hono';
import { MAX_BODY_BYTES } from '../../../shared/domain/limits';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../../../shared/errors';

export type BodyKind = 'json' | 'form';

export interface ReadBody {
  kind: BodyKind;
  /** Parsed JSON value, or the form's fields (first value of each). */
  value: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Which of the accepted body types a request declares, or a 415 naming what is accepted. */
export function bodyKindOf(c: Context, accepted: readonly BodyKind[]): BodyKind {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kind: BodyKind | undefined =
    type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
  if (!kind || !accepted.includes(kind)) {
    const names = accepted.map((k) => (k === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'));
    throw new UnsupportedMediaTypeError(`Content-Type ${type || '(none)'} is not accepted here; send ${names.join(' or ')}`);
  }
  return kind;
}

/**
 * Reads a request body as strict UTF-8 (a wrong encoding is a 400, not
 * silently replaced characters) and parses it as JSON or a form. The size was
 * already bounded by hono's `bodyLimit`; this checks again so the function is
 * safe on its own.
 */
export async function readBody(c: Context, accepted: readonly BodyKind[]): Promise<ReadBody> {
  const kind = bodyKindOf(c, accepted);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw new PayloadTooLargeError(`request body must be at most ${MAX_BODY_BYTES} bytes`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ValidationError('request body is not valid UTF-8', [{ path: '(body)', message: 'must be encoded as UTF-8' }]);
  }
  if (kind === 'form') {
    const fields: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(text)) if (!(name in fields)) fields[name] = value;
    return { kind, value: fields };
  }
  try {
    return { kind, value: JSON.parse(text) };
  } catch {
    throw new ValidationError('request body is not valid JSON', [{ path: '(body)', message: 'must be a JSON object' }]);
  }
}
