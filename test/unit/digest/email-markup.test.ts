import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { digestEmail } from '../../../shared/digest/render-email';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';

const link = 'https://feedback.example.com/digest/2026-W47?t=eyJlIjoiZGlnZXN0OjIwMjYtVzQ3In0.SIGNATURE';
const digest = buildDigest(exampleConfig, seededDigestInput());
const email = digestEmail(digest, ['leadership@example.com'], { webView: link });
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]! }));

describe('the digest email is safe for mail clients', () => {
  it('Should carry no scripts, SVG, images, frames, forms or style sheets', () => {
    expect(email.html).not.toMatch(/<script|<svg|<img|<iframe|<object|<embed|<form|<link|<style|<video|<audio/i);
    expect(email.html).not.toMatch(/\son[a-z]+\s*=/i); // no event handlers
    expect(email.html).not.toMatch(/javascript:/i);
  });

  it('Should load nothing from anywhere: no src, no url(), no remote fonts, and its only link is the web view', () => {
    expect(email.html).not.toMatch(/\ssrc\s*=|url\(|@import|@font-face/i);
    const hrefs = [...email.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs).toEqual([link]);
  });

  it('Should style everything inline: no classes, no ids, no media queries', () => {
    expect(email.html).not.toMatch(/\sclass\s*=|\sid\s*=|@media/i);
    const styled = tags(email.html).filter((t) =>
      ['td', 'div', 'p', 'h2', 'span', 'body', 'table', 'a'].includes(t.name),
    );
    for (const t of styled.filter((t) => t.name !== 'table'))
      expect(t.attributes, `<${t.name}${t.attributes}>`).toMatch(/style="/);
  });

  it('Should set its own text and background colours, so dark-mode mail apps cannot leave dark text on a dark background', () => {
    expect(email.html).toMatch(/<body[^>]*style="[^"]*background:#[0-9a-f]{6}/i);
    for (const t of tags(email.html).filter((t) => ['p', 'div', 'h2', 'a'].includes(t.name))) {
      const style = /style="([^"]*)"/.exec(t.attributes)?.[1] ?? '';
      if (/display:none/.test(style)) continue;
      // Every block of text says its colour, or sits in a cell that does.
      expect(style, `<${t.name} style="${style}">`).toMatch(/(^|;)color:#|font-size:1px/);
    }
  });

  it('Should fit a phone: a fluid table at most 640 px wide, a viewport meta, no fixed widths wider than the screen', () => {
    expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(email.html).toMatch(/max-width:640px/);
    const fixed = [...email.html.matchAll(/(?<!max-)width[:=]"?(\d+)px/g)].map((m) => Number(m[1]));
    expect(fixed.every((w) => w <= 320)).toBe(true);
  });

  it('Should stay under the size at which Gmail clips a message (102 KB)', () => {
    expect(Buffer.byteLength(email.html, 'utf8')).toBeLessThan(102 * 1024);
  });

  it('Should have a plain-text part with the same headline and the web-view link', () => {
    expect(email.text).toContain('171 submissions, up 15% on last week');
    expect(email.text).toContain(link);
    expect(email.subject).toBe('Listening Post weekly digest, Mon 16 – Sun 22 November 2026: 171 submissions (up 15%)');
  });

  it('Should escape what employees and sponsors wrote', () => {
    const hostile = structuredClone(digest);
    hostile.verbatims = [
      {
        text: '<script>alert(1)</script> & "quotes"',
        topic: 'Pay and benefits',
        site: 'Plant 2',
        channel: 'web',
        sentiment: 'NEGATIVE',
      },
    ];
    hostile.escalations.responses = [{ topics: ['Pay'], response: '<img src=x onerror=alert(1)>' }];
    const { html } = digestEmail(hostile, ['a@example.com']);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(renderDigestPage(hostile)).not.toMatch(/<script>alert|<img src=x/);
  });
});

describe('the digest web view', () => {
  const page = renderDigestPage(digest);

  it('Should draw its charts in SVG and style them from the style sheet, as the intake CSP requires (no inline styles, no scripts)', () => {
    expect(page).toMatch(/<svg class="trend"/);
    expect(page).not.toMatch(/\sstyle\s*=|<style|<script/i);
    expect(page).toContain('<link rel="stylesheet" href="/assets/digest.css">');
  });

  it('Should describe every chart in words for screen readers', () => {
    for (const svg of page.match(/<svg[^>]*>/g) ?? []) expect(svg).toMatch(/aria-label="[^"]+"|aria-hidden="true"/);
  });
});
