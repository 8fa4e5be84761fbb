/**
 * A sponsor's case page used as a browser would, without one: the fields of the form a button belongs to
 * (its boxes with what is typed in them, its checked choices, its hidden fields) and the button's own name
 * and value, posted to the form's address. The pages' forms are simple (no selects, no files), so a few
 * patterns read them; a page that changes shape fails here loudly rather than posting the wrong fields.
 */

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]!) : undefined;
};

/** The form's address and the body a browser posts when `label` is pressed, with `typed` in the boxes (by name). */
export function pressButton(
  page: string,
  label: string,
  typed: Record<string, string> = {},
): { action: string; body: URLSearchParams } {
  const button = [...page.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].find((m) => decode(m[2]!) === label);
  if (!button) throw new Error(`no button "${label}" on the page`);
  const buttonTag = button[1]!;
  // The button's form: the one named by its `form` attribute, or the one around it.
  const formId = attr(buttonTag, 'form');
  const forms = [...page.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const form = formId
    ? forms.find((f) => attr(f[1]!, 'id') === formId)
    : forms.find((f) => f.index! < button.index! && button.index! < f.index! + f[0].length);
  if (!form) throw new Error(`the button "${label}" belongs to no form`);
  const id = attr(form[1]!, 'id');
  // The form's own controls, and those elsewhere that name it.
  const controls = [
    form[2]!,
    ...(id ? [...page.matchAll(new RegExp(`<[^>]*\\sform="${id}"[^>]*>`, 'g'))].map((m) => m[0]) : []),
  ].join('\n');
  const body = new URLSearchParams();
  for (const m of controls.matchAll(/<input\b([^>]*)>/g)) {
    const tag = m[1]!;
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || /\sdisabled\b/.test(tag)) continue;
    if ((type === 'radio' || type === 'checkbox') && !/\schecked\b/.test(tag)) continue;
    body.append(name, attr(tag, 'value') ?? 'on');
  }
  for (const m of controls.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1]!, 'name');
    // A browser sends a box's line breaks as CR LF.
    if (name) body.append(name, (typed[name] ?? decode(m[2]!)).replace(/\r?\n/g, '\r\n'));
  }
  const name = attr(buttonTag, 'name');
  if (name) body.append(name, attr(buttonTag, 'value') ?? '');
  return { action: attr(form[1]!, 'action')!, body };
}

/** `pressButton`, posted as a browser does (redirects left to the test to follow). */
export async function press(
  origin: string,
  page: string,
  label: string,
  typed: Record<string, string> = {},
): Promise<Response> {
  const { action, body } = pressButton(page, label, typed);
  return fetch(new URL(action, origin), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: body.toString(),
    redirect: 'manual',
  });
}
