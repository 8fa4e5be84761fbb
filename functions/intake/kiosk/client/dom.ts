/** The page's elements the script reads and writes (`page.ts` renders them). */
export const $ = (id: string): HTMLElement => document.getElementById(id)!;
export const comment = () => $('comment') as HTMLTextAreaElement;
export const urgent = () => $('urgent') as HTMLInputElement;
export const aboutManagement = () => $('about-management') as HTMLInputElement;
export const sendButton = () => $('send') as HTMLButtonElement;

/** A paragraph of text, built without HTML parsing: what redaction found is the employee's own words. */
export function para(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}
