import { describe, expect, it } from 'vitest';
import { useKioskStack } from '../support/kiosk-stack';

// A break-room tablet in landscape: after a face is tapped, Send must be on screen without scrolling, whatever
// the topics, the comment box and the emergency line take above it.
describe('the kiosk’s Send button on a landscape tablet', () => {
  const { stack, browser, enrol } = useKioskStack();

  it.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ])('Should be in view after a face is tapped at $width × $height', async (viewport) => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Unhappy', exact: true }).click();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.waitFor();
    const box = (await send.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.y).toBeGreaterThanOrEqual(0);
    // Nothing it covers is out of reach: the box, focused, scrolls into view above it.
    await page.getByLabel('Comment').click();
    await page.waitForTimeout(600); // the box scrolls itself into view once the on-screen keyboard has had time to open
    const comment = (await page.getByLabel('Comment').boundingBox())!;
    const sendNow = (await send.boundingBox())!;
    expect(comment.y + comment.height).toBeLessThanOrEqual(sendNow.y);
    await context.close();
  });

  // Newcomer, round 18: "This is urgent" sat below the fold, under the Send bar, so someone who only taps a face
  // and Send never saw they could ask for a senior leader now.
  it.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
  ])('Should show the urgent box above Send, unscrolled, at $width × $height', async (viewport) => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Very unhappy', exact: true }).click();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.waitFor();
    const urgent = (await page.getByLabel(/This is urgent/).boundingBox())!;
    const sendBox = (await send.boundingBox())!;
    expect(urgent.y).toBeGreaterThanOrEqual(0);
    expect(urgent.y + urgent.height).toBeLessThanOrEqual(sendBox.y);
    await context.close();
  });

  // Newcomer, round 19: at 1024 × 768 the comment box showed as a thin strip above the Send bar, so it read as no
  // box at all. On a landscape tablet the whole box is in sight, unscrolled, with the topics and both boxes above it.
  it.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
  ])('Should show the whole comment box above Send, unscrolled, at $width × $height', async (viewport) => {
    const { token } = await enrol({ site: 'plant2', name: 'Plant 2 break room' });
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${stack.urls.app}/kiosk#token=${token}`);
    await page.getByRole('button', { name: 'Very unhappy', exact: true }).click();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.waitFor();
    const comment = (await page.getByLabel('Comment').boundingBox())!;
    const sendBox = (await send.boundingBox())!;
    expect(comment.y).toBeGreaterThanOrEqual(0);
    expect(comment.y + comment.height).toBeLessThanOrEqual(sendBox.y);
    // The emergency number is in sight too, beside Send, not under the bar.
    const emergency = (await page
      .locator('#screen-details')
      .getByText(/in danger now/)
      .boundingBox())!;
    expect(emergency.y).toBeGreaterThanOrEqual(comment.y + comment.height);
    expect(emergency.y + emergency.height).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });
});
