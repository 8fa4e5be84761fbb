import { html } from 'hono/html';

/**
 * ` lang="es"` for a quoted text whose language is known (a screen reader
 * then reads a Spanish report on a French page, or in an English email, in
 * Spanish); nothing when it is unknown (`und`, none). Direction stays
 * `dir="auto"`, from the text, so an Arabic answer reads right to left.
 */
export const langOf = (code: string | undefined) =>
  code && code !== 'und' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? html` lang="${code}"` : '';
