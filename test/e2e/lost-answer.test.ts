import { describe, expect, it } from 'vitest';
import { PHONE, useBrowserAndStack } from '../support/browser-stack';

// Attacker's report: the form's post reached the server, then the connection reset. The page said "This
// could not be sent… please try again" though the case was stored and escalated, and the retry, sent with
// no key, made a second case (two urgent emails; the first code never reached the employee). A gateway's
// 502 page left the form with no message at all. Each filled-in form now carries one retry key, and any
// answer that is not one of our pages says it could not be confirmed and that sending again is safe.

const CODE = /[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/;
const NOT_CONFIRMED = 'We could not confirm it arrived. Sending it again is safe: it will not be sent twice.';
const GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

describe('the web form when its answer is lost', () => {
  const { stack, browser } = useBrowserAndStack();
  const text = (n: number) => `The forklift by dock ${n} has no working brakes and nobody has fixed it.`;

  it('Should say it could not confirm a send whose connection dropped, and give the first case code on the retry', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill(text(1));
    await page.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });

    // The post reaches the server and is answered; the answer never reaches the browser.
    let firstAnswer = '';
    await page.route('**/feedback', async (route) => {
      firstAnswer = await (await route.fetch()).text();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    const alert = page.locator('#not-confirmed');
    await expect.poll(() => alert.textContent()).toContain(NOT_CONFIRMED);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('not-confirmed');
    expect(await page.getByLabel('Your feedback').inputValue()).toBe(text(1));
    const stored = CODE.exec(firstAnswer)?.[0];
    expect(stored, 'the first try made a case').toBeTruthy();

    // Sending again gives the receipt of that same case: nothing was sent twice.
    await page.unroute('**/feedback');
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    expect((await page.locator('#case-code').textContent())?.trim()).toBe(stored);

    // A new report after the receipt is a case of its own.
    await page.goto(stack.urls.form);
    await page.getByLabel('Your feedback').fill(text(2));
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thank you, we have it');
    const second = (await page.locator('#case-code').textContent())?.trim();
    expect(second).toMatch(CODE);
    expect(second).not.toBe(stored);
    await context.close();
  });

  it('Should not say "nothing has been sent" under a preview once a send may have arrived (newcomer walk-through)', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=es`);
    await page.locator('#text').fill(text(4));
    await page.getByRole('button', { name: 'Ver qué se quitará' }).click();
    const hint = page.locator('main #preview .hint');
    await expect.poll(() => hint.textContent()).toContain('Todavía no se ha enviado ni guardado nada');

    // The send reaches the server; its answer is lost.
    await page.route(
      (url) => url.pathname === '/feedback',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
    );
    await page.locator('#feedback button[type=submit]').first().click();
    await expect.poll(() => page.locator('#not-confirmed').count()).toBe(1);
    expect(await hint.count()).toBe(0);
    await context.close();
  });

  it('Should keep the words and say it could not confirm, in the page’s language, when a gateway answers 502', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${stack.urls.form}?lang=es`);
    await page.locator('#text').fill(text(3));
    let posts = 0;
    await page.route('**/feedback**', async (route) => {
      posts += 1;
      await route.fulfill({ status: 502, contentType: 'text/html', body: GATEWAY_PAGE });
    });
    await page.locator('#feedback button[type=submit]').first().click();
    const alert = page.locator('#not-confirmed');
    await expect
      .poll(() => alert.textContent())
      .toContain('No pudimos confirmar que llegó. Es seguro enviarlo de nuevo: no se enviará dos veces.');
    expect(posts).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('not-confirmed');
    expect(await page.locator('#text').inputValue()).toBe(text(3));
    // The page is still ours: its form, not the gateway's heading.
    expect(await page.locator('main h1').textContent()).not.toContain('502');

    // A second failure shows one message, not two.
    await page.locator('#feedback button[type=submit]').first().click();
    await expect.poll(() => posts).toBe(2);
    expect(await page.locator('#not-confirmed').count()).toBe(1);
    await context.close();
  });

  it('Should send a plain form (no JavaScript) twice as one case, and an edited resend as a new report', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stack.urls.form);
    const key = await page.locator('input[name=formKey]').inputValue();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    // The same form posted twice (a resend after the connection dropped): one case, one code.
    const post = (words: string, formKey = key) =>
      fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ text: words, formKey }).toString(),
      });
    const first = await post(text(4));
    const again = await post(text(4));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    const code = CODE.exec(await first.text())?.[0];
    expect(code).toBeTruthy();
    expect(CODE.exec(await again.text())?.[0]).toBe(code);

    // Other words under the same key (a page kept and edited, or a key someone else read): never
    // refused, taken as a new report with a code of its own, and the receipt says so.
    const edited = await post(text(5));
    expect(edited.status).toBe(200);
    const receipt = await edited.text();
    expect(receipt).toContain(
      'This form had already been sent with other words or choices (the urgent box, the site, the topic), so this was sent as a new report',
    );
    const newCode = CODE.exec(receipt)?.[0];
    expect(newCode).toBeTruthy();
    expect(newCode).not.toBe(code);
    // Its own retry still gets its own receipt.
    expect(CODE.exec(await (await post(text(5))).text())?.[0]).toBe(newCode);

    // Each load of the form has a key of its own, kept from no cache.
    const reload = await page.goto(stack.urls.form);
    expect(reload?.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('input[name=formKey]').inputValue()).not.toBe(key);
    await context.close();
  });
});
