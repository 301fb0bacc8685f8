import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';

// Issue 5's journey: the GoSmart BSR analyst runs step 1 on the seven regions' RIS3 priorities,
// opens a candidate domain's evidence profile, and exports the strategy as PDF.

const WAIT = 45_000;
const POLL = { timeout: WAIT };
const STEP = 180_000;

let server: RunningServer;
let browser: Browser;
let page: Page;
let groupId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page.setDefaultTimeout(WAIT);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Trans-S3 workspace', () => {
  it(
    'runs step 1 for the demo group and shows candidate domains spanning several regions',
    async () => {
      await page.goto(`${server.url}/login`);
      await page.locator('input[type=email]').fill('analyst@gosmart.example');
      await page.locator('input[type=password]').fill('gosmart-demo');
      await page.locator('button[type=submit]').click();
      await page.getByTestId('main-nav').waitFor();
      const groups = (await (await page.request.get(`${server.url}/api/trans-s3/groups`)).json()) as {
        items: { id: string; name: string }[];
      };
      groupId = groups.items.find((g) => g.name === 'GoSmart BSR')?.id ?? '';
      expect(groupId).not.toBe('');

      await page.goto(`${server.url}/trans-s3/groups/${groupId}?tab=candidates`);
      await page.getByTestId('run-step1').click();
      await expect.poll(() => page.getByTestId('candidate-card').count(), POLL).toBeGreaterThanOrEqual(3);
      // Each card names its regions and why its priorities were grouped.
      const first = page.getByTestId('candidate-card').first();
      expect(await first.innerText()).toMatch(/Podlaskie|PL84|Hamburg|DE60|Eesti|EE/);
    },
    STEP,
  );

  it(
    'opens a candidate’s evidence profile with one row per region',
    async () => {
      await page.getByTestId('candidate-profile-link').first().click();
      const table = page.getByTestId('evidence-table');
      await table.waitFor();
      await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(7);
      const text = await table.innerText();
      expect(text).toMatch(/Podlaskie/);
      expect(text).toMatch(/Hamburg/);
    },
    STEP,
  );

  it(
    'exports the strategy as a PDF document',
    async () => {
      await page.goto(`${server.url}/trans-s3/groups/${groupId}?tab=strategy`);
      const link = page.getByTestId('export-pdf');
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const file = await download.path();
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
      expect(bytes.length).toBeGreaterThan(1000);
    },
    STEP,
  );
});
