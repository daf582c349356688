import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { deliveredVisit, supportPerson } from './support/claims.js';
import { aJpeg } from './support/images.js';
import { browserSuite, customerAt, withSession } from './support/platform.js';
import { playVideo } from './support/video.js';

// A claim in two browsers (docs/claims.md): the customer reports a problem with a completed delivery, support takes
// it, watches the clip only once it is theirs, and upholds it; the customer sees the look and the decision.

describe('a claim in two browsers', () => {
  const suite = browserSuite();

  it('files a claim with a photo; support watches only once assigned and upholds it; the customer sees both', async () => {
    const { browser, platform: p } = suite;
    const visitId = await deliveredVisit(p, 'claimed');
    const support = await supportPerson(p, 'support-claims');

    // The customer files the claim from the visit page, with a photo; a file that is not an image is refused here.
    const customer = await customerAt(browser, p, `/visits/${visitId}`);
    const page = customer.page;
    await page.getByRole('button', { name: 'Report a problem with this visit' }).click();
    const photos = page.getByLabel(/^Photos/);
    await photos.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await page.getByText('notes.txt is not a photo').waitFor();
    expect(await page.getByRole('button', { name: 'File the claim' }).isDisabled()).toBe(true);
    await photos.setInputFiles({ name: 'vase.jpg', mimeType: 'image/jpeg', buffer: aJpeg() });
    await page.getByLabel('What went wrong').selectOption('damage');
    await page.getByLabel('Tell us what happened').fill('The vase in the hall is broken.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'File the claim' }).click();
    await page.getByRole('heading', { level: 1, name: /^Claim #claim_/ }).waitFor();
    const claimId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Waiting for support').waitFor();
    await page.locator('.claim-photos img').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Support sees it in the queue; the video is not shown, and says why, until the claim is theirs.
    const desk = await browser.newContext();
    await withSession(desk, p, support.token);
    const console = await desk.newPage();
    await console.goto(`${p.url}/`);
    await console.getByRole('heading', { name: 'Claims queue' }).waitFor();
    await console.locator(`[data-claim="${claimId}"] a`).click();
    await console.getByRole('heading', { level: 1, name: `Claim #${claimId}` }).waitFor();
    await console.getByTestId('clip-locked').waitFor();
    expect(await console.getByTestId('clip-locked').textContent()).toMatch(/only for a claim assigned to them/);
    expect(await console.locator('video').count()).toBe(0);
    expect(await seriousViolations(console)).toEqual([]);

    await console.getByRole('button', { name: 'Assign to me' }).click();
    const video = console.locator('video');
    await video.waitFor();
    const ready = await playVideo(video);
    expect(ready.error).toBeNull();
    expect(ready.duration).toBeGreaterThan(0);

    await console.getByLabel('Amount').fill('45');
    await console.getByRole('button', { name: 'Record the decision' }).click();
    await console.getByTestId('decision').filter({ hasText: 'Upheld' }).waitFor();
    expect(await seriousViolations(console)).toEqual([]);
    await desk.close();

    // The customer's claim page shows the decision; the visit page lists support's look at the clip.
    await page.reload();
    const decision = page.getByTestId('decision');
    await decision.waitFor();
    expect(await decision.textContent()).toMatch(/Upheld: .*45\.00/);
    await page.goto(`${p.url}/visits/${visitId}`);
    await page.getByText(`Support viewed this clip for claim #${claimId} on`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await customer.context.close();
  }, 120_000);
});
