import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';

type Messages = { nav: Record<string, string>; login: Record<string, string> };
const locale = (language: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../web/src/locales/${language}.json`, import.meta.url), 'utf8'));
const en = locale('en');
const pl = locale('pl');

/** Generous waits: CI machines are small and busy; a slow pass is still a pass. */
const POLL = { timeout: 30_000 };

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(email: string, password: string) {
  await page.goto(`${server.url}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel(en.login.email ?? 'E-mail address').fill(email);
  await page.getByLabel(en.login.password ?? 'Password').fill(password);
  await page.locator('button[type=submit]').click();
}

describe('the platform shell, as the Podlaskie demo broker', () => {
  it('refuses a wrong password with a visible message', async () => {
    await logIn('broker.pl@gosmart.example', 'not-the-password');
    await page.getByTestId('login-error').waitFor({ timeout: 30_000 });
  });

  it('logs in and shows the navigation', async () => {
    await logIn('broker.pl@gosmart.example', 'gosmart-demo');
    const nav = page.getByTestId('main-nav');
    await nav.waitFor({ timeout: 30_000 });
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
    // The broker's saved language is Polish, or English before any change: either way the nav is translated.
    const text = await nav.innerText();
    expect(text.includes(en.nav.organisations ?? '') || text.includes(pl.nav.organisations ?? '')).toBe(true);
  });

  it('switches the language to Polish and shows the navigation in Polish', async () => {
    expect(pl.nav.organisations).not.toBe(en.nav.organisations);
    const nav = page.getByTestId('main-nav');
    // Start from English, so the switch is visible whatever the account's saved language.
    await page.getByTestId('language-switcher').click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect.poll(() => nav.innerText(), POLL).toContain(en.nav.organisations);
    await page.getByTestId('language-switcher').click();
    await page.getByRole('option', { name: 'Polski' }).click();
    await expect.poll(() => nav.innerText(), POLL).toContain(pl.nav.organisations);
    expect(await nav.innerText()).toContain(pl.nav.dashboard);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    // The choice is saved with the account: it survives a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('main-nav').innerText(), POLL).toContain(pl.nav.organisations);
  });

  it('opens an organisation page from the registry', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: pl.nav.organisations }).click();
    const table = page.getByTestId('organisations-table');
    await table.waitFor({ timeout: 30_000 });
    await table.getByRole('link', { name: 'Business Aabenraa' }).click();
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe('Business Aabenraa');
    expect(await page.locator('main').innerText()).toContain('DK032');
  });

  it('logs out and is sent back to the login page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/, { timeout: 30_000 });
    // The session is gone on the server too.
    const response = await page.request.get(`${server.url}/api/session`);
    expect(response.status()).toBe(401);
  });
});
