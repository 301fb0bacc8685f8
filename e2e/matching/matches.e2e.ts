import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';

// Issue 6's journey: the Podlaskie broker opens the demo dairy's technology request and sees the
// offers an expert would pick first, with the reasons; marks them; then finds partners for the
// dairy's case from its diagnosis.

const WAIT = 45_000;
const POLL = { timeout: WAIT };
const STEP = 180_000;
const PASSWORD = 'gosmart-demo';

/** Demo profiles (src/demo/brokerage-demo-data.ts), found by their titles. */
const REQUEST =
  'Polish dairy seeks membrane filtration technology for lactose-free and sugar-reduced milk products';
const DANISH_OFFER =
  'Danish membrane filtration plants for lactose-free, high-protein and sugar-reduced dairy products';
const FINNISH_OFFER =
  'Chromatographic lactose separation for lactose-free milk with the taste of regular milk';
const LITHUANIAN_OFFER =
  'High-purity lactase and other precision-fermented food enzymes for dairy processors';
const CASE_TITLE = 'Lactose-free product line: membrane filtration technology';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(WAIT);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A record's id through the API, with the browser's session. */
async function idOf(path: string, title: string): Promise<string> {
  const response = await page.request.get(`${server.url}${path}`);
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`no "${title}" in ${path}`);
  return found.id;
}

const items = () => page.getByTestId('match-item');
const candidates = () =>
  items().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-candidate-id')));

describe('partner matching', () => {
  let requestId = '';
  let danishId = '';
  let finnishId = '';
  let lithuanianId = '';

  it(
    'shows the Danish and Finnish offers first for the Podlaskie dairy’s request, then the Lithuanian enzyme, with reasons',
    async () => {
      await page.goto(`${server.url}/login`);
      await page.locator('input[type=email]').fill('broker.pl@gosmart.example');
      await page.locator('input[type=password]').fill(PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('main-nav').waitFor();
      const search = (q: string) => `/api/profiles?scope=all&limit=50&q=${encodeURIComponent(q)}`;
      requestId = await idOf(search('membrane filtration lactose'), REQUEST);
      danishId = await idOf(search('membrane filtration plants'), DANISH_OFFER);
      finnishId = await idOf(search('chromatographic lactose separation'), FINNISH_OFFER);
      lithuanianId = await idOf(search('lactase enzymes'), LITHUANIAN_OFFER);

      await page.goto(`${server.url}/profiles/${requestId}`);
      await page.getByTestId('matches-panel').waitFor();
      await expect
        .poll(async () => (await candidates()).slice(0, 3), POLL)
        .toEqual([danishId, finnishId, lithuanianId]);
      const danish = items()
        .filter({ has: page.locator(`[href="/profiles/${danishId}"]`) })
        .first();
      const reasons = await danish.getByTestId('match-reasons').innerText();
      // The reasons name the real shared codes and words (NACE codes and terms are not translated).
      expect(reasons).toMatch(/C10\.51|C10\.5/);
      expect(reasons).toMatch(/membrane|lactose|nanofiltration/);
      expect(await danish.getByTestId('match-score').innerText()).toMatch(/\d+\s?%/);
      // The scores' make-up is one click away.
      await danish.getByTestId('match-why').click();
      await danish.getByTestId('match-signals').waitFor();
      expect(await page.getByTestId('matches-stats').innerText()).toMatch(/\d/);
    },
    STEP,
  );

  it(
    'keeps the broker’s verdicts: a good match stays marked, a dismissed one leaves the list',
    async () => {
      const danish = items()
        .filter({ has: page.locator(`[href="/profiles/${danishId}"]`) })
        .first();
      await danish.getByTestId('match-good').click();
      await expect
        .poll(() => danish.getByTestId('match-good').getAttribute('aria-pressed'), POLL)
        .toBe('true');
      const lithuanian = items()
        .filter({ has: page.locator(`[href="/profiles/${lithuanianId}"]`) })
        .first();
      await lithuanian.getByTestId('match-not-relevant').click();
      await expect.poll(async () => (await candidates()).includes(lithuanianId), POLL).toBe(false);
      await page.reload();
      await page.getByTestId('matches-panel').waitFor();
      await expect.poll(async () => (await candidates())[0], POLL).toBe(danishId);
      const kept = items()
        .filter({ has: page.locator(`[href="/profiles/${danishId}"]`) })
        .first();
      expect(await kept.getByTestId('match-good').getAttribute('aria-pressed')).toBe('true');
      expect(await candidates()).not.toContain(lithuanianId);
    },
    STEP,
  );

  it(
    'finds partners for the dairy’s case from its diagnosis',
    async () => {
      const caseId = await idOf(`/api/cases?limit=100&q=${encodeURIComponent('lactose-free')}`, CASE_TITLE);
      await page.goto(`${server.url}/cases/${caseId}`);
      await page.getByTestId('case-tab-matches').click();
      await page.getByTestId('matches-panel').waitFor();
      await expect.poll(async () => (await candidates())[0], POLL).toBe(danishId);
    },
    STEP,
  );
});
