// What a person sees: Playwright drives the real VS Code workbench (code-server + headless Chromium)
// with the extension loaded unpacked, on a temp copy of examples/demo. It opens src/customer.ts from
// the explorer, finds the squiggle, reads the Problems panel, hovers biometric.face, opens the
// quick-fix menu, opens the data map and clicks its boxes, and saves
// docs/images/{problems,hover,quickfix,datamap}.png. Each step asserts what it reads.
// Run by test/e2e/run.mjs (mocha, tdd).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, launchBrowser } from '../lib/browser.mjs';
import { startCodeServer } from '../lib/codeServer.mjs';
import { copyDemo, TEST_SETTINGS } from '../lib/hostSuite.mjs';
import { ensureCodeServer, ROOT } from '../lib/provision.mjs';

const IMAGES = join(ROOT, 'docs', 'images');
const FAILURES = join(ROOT, '.vscode-test', 'results');
const ctrl = 'Control';

suite('What a person sees in VS Code', function () {
  let server;
  let browser;
  let page;
  let workspace;
  let failed = false;

  suiteSetup(async function () {
    await ensureCodeServer();
    workspace = copyDemo();
    server = await startCodeServer({ name: 'e2e-ui', settings: { ...TEST_SETTINGS, 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 14, ...(process.env.E2E_TRACE ? { 'privacyAnnotations.trace.server': 'verbose' } : {}) }, args: process.env.E2E_TRACE ? ['--log', 'trace'] : [] });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(server.url({ folder: workspace.folder, extensionDevelopmentPath: ROOT }));
    await page.locator('.monaco-workbench').waitFor();
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      failed = true;
      mkdirSync(FAILURES, { recursive: true });
      await page.screenshot({ path: join(FAILURES, `ui-failure-${this.currentTest.title.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  });

  suiteTeardown(async function () {
    if (browser) await closeBrowser(browser, page);
    if (server) await server.stop({ keepRunDir: failed });
    workspace?.dispose();
  });

  /** An explorer row by its exact file or folder name. */
  const explorerRow = (name) =>
    page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) });

  /** The on-screen box of `needle` in the editor line that contains `lineText` (text-node ranges, so token spans do not matter). */
  async function textBox(lineText, needle) {
    const line = page.locator('.monaco-editor .view-lines .view-line', { hasText: lineText });
    await line.waitFor();
    const box = await line.evaluate((el, needle) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.textContent.replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(needle);
      if (at < 0) return null;
      const locate = (offset) => {
        const hit = nodes.findLast((x) => x.start <= offset);
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, needle);
    assert.ok(box, `"${needle}" is on screen in the line "${lineText}"`);
    return box;
  }

  /**
   * Brings line `lineNumber` on screen with Go to Line (Ctrl+G), wherever earlier steps left the editor scrolled, then
   * scrolls (Ctrl+Down, one line at a time) until the line holding `lineText` is in the editor's upper part, so a
   * hover or menu has room.
   */
  async function scrollToUpperHalf(lineText, lineNumber) {
    const editor = await page.locator('.part.editor .monaco-editor .overflow-guard').first().boundingBox();
    await page.keyboard.press(`${ctrl}+1`); // focus the editor
    await page.keyboard.press(`${ctrl}+G`);
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${lineNumber}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${lineNumber},` }).waitFor();
    for (let i = 0; i < 40; i++) {
      const word = await textBox(lineText, lineText.split(' ')[0]);
      if (word.y < editor.y + editor.height * 0.4) return;
      await page.keyboard.press(`${ctrl}+ArrowDown`);
      await page.waitForFunction(
        ([text, y]) => {
          const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text));
          return !line || line.getBoundingClientRect().y < y;
        },
        [lineText, word.y],
      );
    }
    assert.fail(`could not scroll "${lineText}" into the upper part of the editor`);
  }

  /** Waits until the element's animations (a hover's fade-in) have finished. */
  const settled = (locator) => locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)).then(() => true));

  test('opening src/customer.ts from the explorer shows squiggles', async function () {
    await explorerRow('src').click();
    await explorerRow('customer.ts').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'customer.ts' }).waitFor();
    await page.locator('.monaco-editor .view-lines .view-line', { hasText: '@personalData' }).first().waitFor();
    const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
    await squiggles.first().waitFor();
    assert.ok((await squiggles.count()) >= 3, `several squiggles in customer.ts (found ${await squiggles.count()})`);
  });

  test('the Problems panel lists the rule and its message', async function () {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press(`${ctrl}+Shift+M`);
    const panel = page.locator('.markers-panel');
    await panel.waitFor();
    // Only the problems of customer.ts, so the row sought is on screen however many files have problems.
    await page.keyboard.press(`${ctrl}+F`);
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.waitFor();
    await filter.fill('customer.ts');
    // The filter applies after a short debounce: wait for its badge, and for no other file's rows.
    await page.getByText(/^Showing \d+ of \d+$/).waitFor();
    await panel.locator('.monaco-list-row', { hasText: 'afterSales.ts' }).waitFor({ state: 'detached' });
    const row = panel.locator('.monaco-list-row', { hasText: 'sensitive-needs-separate-consent' });
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /biometric\.face/, `the row has the rule's message; got: ${text}`);
    assert.match(text, /separate/i, `the row has the rule's message; got: ${text}`);
    assert.match(text, /privacy\(sensitive-needs-separate-consent\)|sensitive-needs-separate-consent/, `the row shows the code; got: ${text}`);
    assert.match(text, /\[Ln 34, Col \d+\]/, `the row points at line 34; got: ${text}`);
    const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    for (const rule of ['unknown-category', 'missing-purpose', 'retention-exceeds-purpose']) {
      assert.ok(rows.some((r) => r.includes(rule)), `${rule} is listed; rows:\n${rows.join('\n')}`);
    }
    mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: join(IMAGES, 'problems.png') });
    // Close the panel again for the editor shots.
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${ctrl}+J`);
    await panel.waitFor({ state: 'hidden' });
  });

  test('hovering the biometric.face squiggle shows the PIPL citation', async function () {
    await scrollToUpperHalf('@personalData biometric.face purpose=faceLogin', 34);
    // The diagnostic's part of the hover shows first; the extension's explanation follows from its hover provider.
    // Case-sensitive: the diagnostic's own text says "sensitive personal information" too, and may show alone first.
    const hover = page.locator('.monaco-hover:visible', { hasText: /Sensitive personal information/ });
    let word;
    // Code lenses arriving late move the lines down: measure again and retry if no hover came.
    for (let attempt = 1; ; attempt++) {
      word = await textBox('biometric.face purpose=faceLogin', 'biometric.face');
      await page.mouse.move(5, 5);
      await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
      try {
        await hover.first().waitFor({ timeout: 10_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    // The squiggle under the word (a decoration overlapping its box).
    const squiggle = await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').evaluateAll((els, w) => {
      return els
        .map((e) => e.getBoundingClientRect())
        .some((r) => r.x < w.x + w.width && r.x + r.width > w.x && r.y < w.y + w.height + 4 && r.y + r.height > w.y - 4);
    }, word);
    assert.ok(squiggle, 'biometric.face is squiggled');
    await settled(hover.first());
    const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes('PIPL Art. 29') || text.includes('PIPL Art. 28'), `the hover cites PIPL Art. 29 / Art. 28; got: ${text}`);
    assert.match(text, /Face data/, `the hover explains biometric.face; got: ${text}`);
    assert.match(text, /sensitive-needs-separate-consent/, `the hover shows the problem too; got: ${text}`);
    await page.screenshot({ path: join(IMAGES, 'hover.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await hover.first().waitFor({ state: 'hidden' });
  });

  test('the quick-fix menu (Ctrl+.) offers "Set basis=separate-consent"', async function () {
    // Put the cursor in biometric.face (checked on the status bar: line 34), then Ctrl+. as a person would.
    for (let attempt = 1; ; attempt++) {
      const word = await textBox('biometric.face purpose=faceLogin', 'biometric.face');
      await page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
      const status = page.locator('#status\\.editor\\.selection');
      try {
        await status.filter({ hasText: /Ln 34, Col (2[0-9]|3[0-3])\b/ }).waitFor({ timeout: 5_000 });
        break;
      } catch {
        assert.ok(attempt < 3, `the click put the cursor in biometric.face on line 34; the status bar says ${await status.innerText()}`);
      }
    }
    await page.mouse.move(5, 5);
    // The light bulb a person sees first: VS Code has asked for the fixes at the cursor.
    await page.locator('.monaco-editor .lightBulbWidget').first().waitFor();
    const menu = page.locator('.action-widget');
    const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press(`${ctrl}+Period`);
      await menu.or(none).first().waitFor();
      if (await menu.isVisible()) break;
      // Seen now and then on 2 cores when diagnostics are republished while the request runs; a person presses Ctrl+. again.
      process.stderr.write(`[e2e] ui: Ctrl+. said "No code actions available" (attempt ${attempt})\n`);
      assert.ok(attempt < 3, 'Ctrl+. keeps saying "No code actions available" at biometric.face');
      await page.keyboard.press('Escape');
      await none.waitFor({ state: 'hidden' });
    }
    const item = menu.locator('.monaco-list-row', { hasText: 'Set basis=separate-consent' });
    await item.waitFor();
    await settled(menu);
    const items = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim());
    assert.ok(items.some((t) => t === 'Set basis=separate-consent' || t.startsWith('Set basis=separate-consent')), `menu items: ${items.join(' | ')}`);
    await page.screenshot({ path: join(IMAGES, 'quickfix.png') });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  /** Runs a command from the command palette by its title, as a person would. */
  async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  test('Show Data Map draws where personal data goes, in the theme; a click on a box opens its code or policy entry', async function () {
    // Room for the whole map: a taller window, no side bar, no other editor.
    await page.setViewportSize({ width: 1440, height: 1580 });
    await runCommand('View: Close All Editors');
    await runCommand('View: Close Primary Side Bar');
    await runCommand('Privacy Annotations: Show Data Map');
    await page.locator('.tabs-container .tab.active', { hasText: 'Data Map' }).waitFor();
    const map = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const boxes = map.locator('svg.pa-datamap g[data-node]');
    await boxes.first().waitFor();
    assert.ok((await boxes.count()) > 30, `the demo's categories, purposes, destinations and recipients (${await boxes.count()} boxes)`);
    const box = (title) => boxes.filter({ has: map.locator('tspan.pa-t', { hasText: new RegExp(`^${title}$`) }) });
    assert.deepEqual(await box('JP').locator('tspan').allTextContents(), ['JP', 'Japan · abroad', '⚠ no transfer mechanism', '⚠ not approved in the policy']);
    // Nothing loads from anywhere, and the map's colours are the theme's (so its style sheet was let in by its nonce).
    const look = await map.locator('body').evaluate((body) => {
      const theme = getComputedStyle(body);
      const face = [...document.querySelectorAll('g[data-node]')].find((g) => g.textContent.includes('biometric.face'));
      const probe = document.createElement('div');
      probe.style.color = theme.getPropertyValue('--vscode-charts-purple');
      body.append(probe);
      const purple = getComputedStyle(probe).color;
      probe.style.color = theme.getPropertyValue('--vscode-editor-background');
      const background = getComputedStyle(probe).color;
      probe.remove();
      return {
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
        stroke: getComputedStyle(face.querySelector('.pa-box')).stroke,
        purple,
        fill: getComputedStyle(document.querySelector('.pa-bg')).fill,
        background,
      };
    });
    assert.match(look.csp, /^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';$/);
    assert.equal(look.stroke, look.purple, 'a sensitive category is drawn in the theme\'s purple');
    assert.equal(look.fill, look.background, 'the map lies on the editor background');
    mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: join(IMAGES, 'datamap.png') });

    // JP is written in one place: the @crossBorder function opens at once.
    await box('JP').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'afterSales.ts' }).waitFor();
    await page.locator('#status\\.editor\\.selection', { hasText: 'Ln 51, Col 23' }).waitFor();
    // A purpose is in the policy and in the code: a pick lists the policy entry first, which opens at its key.
    await page.locator('.tabs-container .tab', { hasText: 'Data Map' }).click();
    await box('faceLogin').click();
    const pick = page.locator('.quick-input-widget .monaco-list-row');
    await pick.first().waitFor();
    assert.match(await pick.first().innerText(), /purposes\.faceLogin/);
    assert.ok((await pick.count()) >= 4, 'the policy entry and the tags that name the purpose');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'privacy-policy.yaml' }).waitFor();
    await page.locator('#status\\.editor\\.selection', { hasText: /Ln 52, Col (3|12) \(9 selected\)/ }).waitFor();
  });
});
