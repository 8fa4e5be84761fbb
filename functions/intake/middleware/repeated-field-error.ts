import { ValidationError } from '../../../shared/errors';

/** What the form's page is told of such a refusal (no field's name: the person at the form never sent one twice). */
export const REPEATED_FIELD = 'the form sent a box more than once';

/**
 * A report refused because a field came twice (`text=a&text=b`, `{"text": "<danger>", "text": "ok"}`), inside a
 * kiosk's sealed item too: read as one of its values, the other's words would be lost unseen. As every refusal
 * of a report, it says it was NOT saved and whom to call (`json-error.ts`): `site` is the site the report names
 * once, whose emergency number it gives. `form` is what a browser's form sent, each box once (a repeated text's
 * values one after another, a repeated choice left unchosen), to show it again with nothing typed lost.
 */
export class RepeatedFieldError extends ValidationError {
  constructor(
    readonly field: string,
    readonly site: string | undefined,
    readonly form?: Record<string, string>,
  ) {
    const name = field.slice(0, 40);
    super(`the field '${name}' was sent more than once; send each field once`, [
      { path: name, message: 'sent more than once' },
    ]);
    this.name = 'RepeatedFieldError';
  }
}

/** Boxes whose values a form's page may show one after another when sent twice: words, never a choice. */
const WORDS = new Set(['text']);

/**
 * The refusal of a form whose `fields` (in order, as sent) repeat `repeated`: the site named once, and the
 * form as the person filled it.
 */
export function repeatedFormFields(
  fields: readonly (readonly [string, string])[],
  repeated: string,
): RepeatedFieldError {
  const values = new Map<string, string[]>();
  for (const [name, value] of fields) values.set(name, [...(values.get(name) ?? []), value]);
  const form: Record<string, string> = {};
  for (const [name, sent] of values) {
    if (sent.length === 1) form[name] = sent[0]!;
    else if (WORDS.has(name)) form[name] = sent.filter((value) => value.trim()).join('\n\n');
  }
  return new RepeatedFieldError(repeated, values.get('site')?.length === 1 ? form.site : undefined, form);
}

/** The refusal of a JSON report (`value` as parsed) whose objects repeat `repeated`, among all repeated names. */
export function repeatedJsonFields(value: unknown, repeated: readonly string[]): RepeatedFieldError {
  const site =
    typeof value === 'object' && value !== null && !repeated.includes('site')
      ? (value as { site?: unknown }).site
      : undefined;
  return new RepeatedFieldError(repeated[0]!, typeof site === 'string' ? site : undefined);
}
