import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { locale, type Locale } from './locale.ts';

// Issue 4's brokerage journey across two countries: the Podlaskie broker diagnoses a client and
// publishes its technology request; the Southern Denmark broker finds it and answers for a Danish
// client; the Podlaskie broker accepts (contacts are shared) and records the partnership.

/** Generous waits: CI machines are small and busy; a slow pass is still a pass. */
const WAIT = 45_000;
const POLL = { timeout: WAIT };
/** Each step does many round trips; on a busy 2-core machine that is more than vitest's default minute. */
const STEP = 180_000;

const PASSWORD = 'gosmart-demo';
const BROKER_PL = { email: 'broker.pl@gosmart.example', language: 'pl' };
const BROKER_DK = { email: 'broker.dk@gosmart.example', language: 'da' };
/** Demo clients (src/demo/brokerage-demo-data.ts): a boatyard in Podlaskie, an offshore services firm in Southern Denmark. */
const PL_CLIENT = 'Netta Yachts';
const DK_CLIENT = 'Esbjerg Offshore Service';
/** Consenting contacts are shared once the interest is accepted; the others never are. */
const PL_SHARED = 'Grzegorz Wiśniewski';
const PL_PRIVATE = 'Joanna Kalinowska';
const DK_SHARED = 'Niels Sørensen';
const DK_PRIVATE = 'Pia Rasmussen';

/** One word no other profile has, so that full-text search finds exactly this run's profile. */
const MARKER = `hydrofoil${Date.now().toString(36)}`;
const CASE_TITLE = `Export of electric houseboats (${MARKER})`;
const PROFILE_TITLE = `Electric propulsion for inland houseboats ${MARKER}`;
const PARTNERSHIP_TITLE = `Licence for electric houseboat drives (${MARKER})`;

let server: RunningServer;
let browser: Browser;
let page: Page;
/** The signed-in user's UI language (the account's saved one, applied at login). */
let L: Locale;
let caseId = '';
let profileId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(WAIT);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const today = () => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The login form is in whatever language the browser last used, so it is found by input type. */
async function logIn(account: { email: string; language: string }) {
  await page.goto(`${server.url}/login`);
  await page.locator('input[type=email]').fill(account.email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('main-nav').waitFor();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe(account.language);
  L = locale(account.language);
}

async function logOut() {
  // Toasts open at the top right, over the user menu: keep the pointer off them so they close on time.
  await page.mouse.move(400, 600);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
}

async function openFromNav(key: string) {
  await page
    .getByTestId('main-nav')
    .getByRole('link', { name: L.t(key), exact: true })
    .click();
}

/** A Mantine Select or MultiSelect: open it, type to search (if searchable), then click the option. */
async function choose(input: Locator, search: string | null, option: string | RegExp) {
  await input.click();
  if (search !== null) await input.fill(search);
  const name = typeof option === 'string' ? { name: option, exact: true } : { name: option };
  await page.getByRole('option', name).click();
}

const statusOf = () => page.getByTestId('profile-status').getAttribute('data-status');

describe('a cross-border brokerage, from diagnosis to partnership', () => {
  it(
    'the Podlaskie broker opens a case for a client and saves its diagnosis as version 1',
    async () => {
      await logIn(BROKER_PL);
      await openFromNav('nav.cases');
      await page.getByTestId('new-case-button').click();
      const form = page.getByTestId('case-form');
      await choose(
        page.getByTestId('case-form-organisation').locator('input:not([type=hidden])'),
        'Netta',
        PL_CLIENT,
      );
      await page.getByTestId('case-form-title').fill(CASE_TITLE);
      await page.getByTestId('case-submit').click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
      caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await expect.poll(() => form.count(), POLL).toBe(0);
      await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(CASE_TITLE);

      const diagnosis = page.getByTestId('diagnosis-form');
      await diagnosis.waitFor();
      await page
        .getByTestId('diagnosis-needs')
        .fill('A partner abroad for electric drives, and dealers in Denmark and Germany.');
      await page
        .getByTestId('diagnosis-internationalisationStage')
        .getByRole('radio', { name: L.t('tibs.internationalisationStages.direct_export'), exact: true })
        .check();
      await page
        .getByTestId('diagnosis-barriers')
        .getByRole('checkbox', { name: L.t('tibs.barriers.finding_partners'), exact: true })
        .check();
      await page
        .getByTestId('diagnosis-cooperationModels')
        .getByRole('checkbox', { name: L.t('tibs.cooperationModels.technology_licensing'), exact: true })
        .check();
      await choose(page.getByTestId('diagnosis-targetCountries'), 'DK', /\(DK\)$/);
      await page.getByTestId('diagnosis-save').click();

      await expect
        .poll(() => page.getByTestId('diagnosis-version-author').innerText(), POLL)
        .toMatch(L.pattern('tibs.diagnosis.savedBy', { version: 1 }));
      await expect
        .poll(() => page.getByTestId('diagnosis-version-select').inputValue(), POLL)
        .toMatch(L.pattern('tibs.diagnosis.versionCurrent', { version: 1 }));
      // The saved version is what the form shows now.
      expect(await page.getByTestId('diagnosis-needs').inputValue()).toContain('electric drives');
      expect(
        await page
          .getByTestId('diagnosis-barriers')
          .getByRole('checkbox', { name: L.t('tibs.barriers.finding_partners'), exact: true })
          .isChecked(),
      ).toBe(true);
    },
    STEP,
  );

  it(
    'drafts a technology request from the case, then submits, validates and publishes it',
    async () => {
      await page.getByTestId('case-tab-profiles').click();
      await page.getByTestId('case-draft-profile').click();
      await page.waitForURL(/\/profiles\/new\?/);
      const params = new URL(page.url()).searchParams;
      expect(params.get('case')).toBe(caseId);

      await page.getByTestId('profile-form').waitFor();
      await page.getByTestId('profile-case-link').waitFor();
      // The client comes from the case.
      await expect
        .poll(() => page.getByTestId('profile-field-organisation').inputValue(), POLL)
        .toBe(PL_CLIENT);
      await page.getByTestId('profile-type-technology_request').check();
      await page.getByTestId('profile-field-title').fill(PROFILE_TITLE);
      await page
        .getByTestId('profile-field-summary')
        .fill(
          `Augustów boatyard seeks a silent electric drive train for 8 m houseboats (${MARKER}), under licence or joint development.`,
        );
      await page
        .getByTestId('profile-field-partnerSought')
        .fill('A maker or integrator of marine electric drives and battery systems.');
      await choose(page.getByTestId('profile-field-naceCodes'), 'C30.12', /^C30\.12 · /);
      await choose(page.getByTestId('profile-field-targetCountries'), 'DK', /\(DK\)$/);
      await page.getByTestId('profile-save').click();

      await page.waitForURL(/\/profiles\/[0-9a-f-]{36}$/);
      profileId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await expect.poll(statusOf, POLL).toBe('draft');
      await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(PROFILE_TITLE);

      // The broker serves the owner's region, so may also validate it (the EEN quality check).
      for (const [action, status] of [
        ['submit', 'submitted'],
        ['validate', 'validated'],
        ['publish', 'published'],
      ] as const) {
        await page.getByTestId(`profile-action-${action}`).click();
        await expect.poll(statusOf, POLL).toBe(status);
      }
      // Badges are upper-cased by CSS: compare the text content, not the rendered text.
      expect(await page.getByTestId('profile-status').textContent()).toBe(L.t('profiles.statuses.published'));
      expect(await page.getByTestId('profile-reference').textContent()).toMatch(/\S/);

      // The profile stays linked to the case it was drafted from.
      await page.getByRole('link', { name: L.t('profiles.editor.openCase'), exact: true }).click();
      await page.waitForURL(new RegExp(`/cases/${caseId}`));
      await page.getByTestId('case-tab-profiles').click();
      const listed = page.getByTestId('case-profiles-table').getByRole('row', { name: new RegExp(MARKER) });
      await expect.poll(() => listed.count(), POLL).toBe(1);
      expect(await listed.textContent()).toContain(L.t('tibs.profileStatuses.published'));
    },
    STEP,
  );

  it(
    'the Southern Denmark broker finds the profile and expresses interest for a Danish client',
    async () => {
      await logOut();
      await logIn(BROKER_DK);
      await openFromNav('nav.profiles');
      await page.getByTestId('profile-search').fill(MARKER);
      const results = page.locator('[data-testid^="profile-result-"]');
      await expect
        .poll(
          async () => (await results.count()) === 1 && (await results.first().getAttribute('data-testid')),
          POLL,
        )
        .toBe(`profile-result-${profileId}`);
      await results.first().getByRole('link', { name: PROFILE_TITLE }).click();
      await page.waitForURL(new RegExp(`/profiles/${profileId}$`));

      await page.getByTestId('express-interest-button').click();
      await choose(page.getByTestId('interest-organisation'), 'Esbjerg', DK_CLIENT);
      await page
        .getByTestId('interest-message')
        .fill(
          `${DK_CLIENT} builds electric crew-transfer vessels and could license its drive train (${MARKER}).`,
        );
      await page.getByTestId('interest-send').click();
      await expect.poll(() => page.getByTestId('interest-send').count(), POLL).toBe(0);

      await openFromNav('nav.interests');
      await page.getByTestId('interests-tab-sent').click();
      const sent = page.locator('[data-testid^="interest-row-"]', { hasText: PROFILE_TITLE });
      await expect.poll(() => sent.count(), POLL).toBe(1);
      const sentStatus = sent.getByTestId('interest-status');
      expect(await sentStatus.getAttribute('data-status')).toBe('sent');
      expect(await sentStatus.textContent()).toBe(L.t('profiles.interestStatuses.sent'));
      // Nothing is shared before the owner side accepts.
      expect(await sent.getByTestId('interest-contacts').count()).toBe(0);
    },
    STEP,
  );

  it(
    'the Podlaskie broker accepts the interest and both sides’ consenting contacts appear',
    async () => {
      await logOut();
      await logIn(BROKER_PL);
      await openFromNav('nav.interests');
      await page.getByTestId('interests-tab-received').click();
      const received = page.locator('[data-testid^="interest-row-"]', { hasText: PROFILE_TITLE });
      await expect.poll(() => received.count(), POLL).toBe(1);
      expect(await received.innerText()).toContain(DK_CLIENT);
      await received.getByTestId('interest-accept').click();

      const contacts = received.getByTestId('interest-contacts');
      await contacts.waitFor();
      await expect.poll(() => contacts.innerText(), POLL).toContain(DK_SHARED);
      const shown = await contacts.innerText();
      expect(shown).toContain(PL_SHARED);
      expect(shown).not.toContain(DK_PRIVATE);
      expect(shown).not.toContain(PL_PRIVATE);
      const status = received.getByTestId('interest-status');
      expect(await status.getAttribute('data-status')).toBe('accepted');
      expect(await status.textContent()).toBe(L.t('profiles.interestStatuses.accepted'));
    },
    STEP,
  );

  it(
    'records the licence agreement between the two clients and sees it listed as cross-border',
    async () => {
      await openFromNav('nav.partnerships');
      await page.getByTestId('partnership-new-button').click();
      await choose(page.getByTestId('partnership-form-type'), null, L.t('network.partnershipTypes.licence'));
      await page.getByTestId('partnership-form-title').fill(PARTNERSHIP_TITLE);
      const parties = page.getByTestId('partnership-form-parties');
      await choose(parties, 'Netta', `${PL_CLIENT} (PL)`);
      await choose(parties, 'Esbjerg', `${DK_CLIENT} (DK)`);
      await page.getByTestId('partnership-form-date').fill(today());
      await page.getByTestId('partnership-submit').click();
      await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(PARTNERSHIP_TITLE);

      await openFromNav('nav.partnerships');
      const row = page.getByTestId('partnership-row').filter({ hasText: PARTNERSHIP_TITLE });
      await expect.poll(() => row.count(), POLL).toBe(1);
      const text = await row.innerText();
      expect(text).toContain(L.t('network.partnershipTypes.licence'));
      expect(text).toContain(`${PL_CLIENT} (PL)`);
      expect(text).toContain(`${DK_CLIENT} (DK)`);
      expect(await row.getByTestId('partnership-cross-border').textContent()).toBe(
        L.t('network.partnerships.crossBorder'),
      );
    },
    STEP,
  );
});
