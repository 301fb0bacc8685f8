import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';

const WAIT = { timeout: 60_000 };
const LFS_FILE = path.resolve(import.meta.dirname, '../../src/demo/data/lfst_r_lfe2en2.tsv.gz');

let server: RunningServer;
let browser: Browser;
let page: Page;
let sbsId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.newPage({ acceptDownloads: true });
  await page.addInitScript(() => window.localStorage.setItem('gosmart.language', 'en'));
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mail address').fill('analyst@gosmart.example');
  await page.getByLabel('Password').fill('gosmart-demo');
  await page.locator('button[type=submit]').click();
  await page.getByTestId('main-nav').waitFor(WAIT);
  // The analyst's saved language is Polish; this journey reads English labels.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: 'English' }).click();
  const datasets = await (await page.request.get(`${server.url}/api/s3/datasets`)).json();
  sbsId = datasets.find((d: { name: string }) => d.name === 'SBS persons employed').id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an S3 analyst studies Podlaskie', () => {
  it('imports a Eurostat file, choosing the age group, and sees it listed', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'S3 analytics' }).click();
    const table = page.getByTestId('datasets-table');
    await table.waitFor(WAIT);
    expect(await table.innerText()).toContain('SBS persons employed');

    const panel = page.getByTestId('dataset-import');
    await panel.locator('input[type=file]').setInputFiles(LFS_FILE);
    await page.getByTestId('import-preview').waitFor(WAIT);
    await panel.getByRole('combobox', { name: 'age' }).click();
    await page.getByRole('option', { name: /^Y15-64/ }).click();
    await panel.getByLabel('Name', { exact: false }).first().fill('LFS employment (browser test)');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => table.innerText(), WAIT).toContain('LFS employment (browser test)');
  });

  it("shows Podlaskie's specialisations, ECI rank and best-bet opportunities, and exports them", async () => {
    await page.goto(`${server.url}/s3/datasets/${sbsId}/regions/PL84`);
    await page.getByTestId('region-profile').waitFor(WAIT);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toContain('Podlaskie');
    await expect.poll(() => page.getByTestId('eci-rank').innerText(), WAIT).toMatch(/\d+\D+\d+/);
    const specialisations = page.getByTestId('specialisations-table');
    await specialisations.waitFor(WAIT);
    // Podlaskie's strongest: wood products (C16) and dairy-led food (C10) are among its specialisations.
    expect(await specialisations.innerText()).toContain('C16');
    const opportunities = page.getByTestId('opportunities-table');
    expect(await opportunities.innerText()).toMatch(/best bet/i);
    expect(await page.getByTestId('opportunity-scatter').isVisible()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('compares Podlaskie with the other GoSmart regions', async () => {
    await page.goto(`${server.url}/s3/datasets/${sbsId}/compare`);
    const shared = page.getByTestId('compare-shared-table');
    await shared.waitFor(WAIT);
    expect(await page.getByTestId('rca-heatmap').isVisible()).toBe(true);
    expect(await page.getByTestId('region-map').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('© EuroGeographics');
  });
});
