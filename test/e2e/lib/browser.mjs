// Headless Debian Chromium driven by playwright-core: the browser a code-server workbench (and so an
// extension host) needs. Closing goes through about:blank first, or code-server keeps that window's
// extension host alive.
import { chromium } from 'playwright-core';
import { ensureChromium } from './provision.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
];

export async function launchBrowser() {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Closes a page gracefully (its extension host ends with it), then the browser. */
export async function closeBrowser(browser, page) {
  try {
    if (page && !page.isClosed()) await page.goto('about:blank', { timeout: 10_000 });
  } catch {
    /* the page may already be gone */
  }
  try {
    await browser.close();
  } catch {
    /* already closed */
  }
}
