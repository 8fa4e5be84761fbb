import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { OutboxEmail } from '../../local/outbox';

/*
 * The sample's emails link to its private pipeline, whose port closes when the command ends: a link left as it
 * is opens nothing. The digest's web view (its charts) is saved beside the email while the pipeline still runs,
 * with its style sheet inside it, and the email points to that file; every other link (a sponsor's case desk)
 * can only work on a running server, so it becomes a plain note saying so.
 */

/** Said where a link was that only a running server can open. */
const NOT_IN_SAMPLE = 'not in this sample: it opens only from a real digest, on the running server';

export interface SampleEmailFiles {
  html?: string;
  text: string;
  /** The web-view files written beside the email. */
  written: string[];
}

/**
 * The email's HTML and text with every link to `app` made to work offline. `base` is the email's file path
 * without its extension: the web view is written to `<base>-charts.html`.
 */
export async function withLinksInFiles(email: OutboxEmail, app: string, base: string): Promise<SampleEmailFiles> {
  let html = email.body.html;
  let text = email.body.text ?? '';
  const written: string[] = [];
  const links = new Set(
    [...`${html ?? ''}\n${text}`.matchAll(new RegExp(`${escaped(app)}/[^\\s"'<>]*`, 'g'))].map((m) => m[0]),
  );
  for (const link of links) {
    if (new URL(link.replace(/&amp;/g, '&')).pathname.startsWith('/digest/')) {
      const file = `${base}-charts.html`;
      writeFileSync(file, await standalonePage(app, link.replace(/&amp;/g, '&')));
      written.push(file);
      if (html) html = html.split(link).join(encodeURI(basename(file)));
      text = text.split(link).join(file);
    } else {
      if (html)
        html = html.replace(
          new RegExp(`<a href="${escaped(link)}"[^>]*>([\\s\\S]*?)</a>`, 'g'),
          (_, label: string) => `<span>${label} (${NOT_IN_SAMPLE})</span>`,
        );
      text = text.split(link).join(`(${NOT_IN_SAMPLE})`);
    }
  }
  return { ...(html === undefined ? {} : { html }), text, written };
}

/** The web view as one file: fetched while the pipeline runs, its style sheet put inside it. */
async function standalonePage(app: string, link: string): Promise<string> {
  const page = await fetch(link);
  if (!page.ok) throw new Error(`the sample's digest web view could not be opened (${page.status})`);
  let body = await page.text();
  for (const sheet of body.matchAll(/<link rel="stylesheet" href="(\/[^"]+)">/g)) {
    const css = await fetch(`${app}${sheet[1]}`);
    if (!css.ok) throw new Error(`the sample's digest style sheet could not be read (${css.status})`);
    body = body.replace(sheet[0], `<style>${await css.text()}</style>`);
  }
  return body;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
