/**
 * The batch's HTML report in a real browser: Debian's Chromium driven by
 * puppeteer-core. Checks that the table renders, sorts and filters, that
 * the page asks the network for nothing, and keeps a screenshot in
 * bench/results/report.png (a CI artifact).
 *
 * Locally the test is skipped, with a message, when /usr/bin/chromium is
 * missing (`apt-get install -y chromium`); in CI (CI=true) it is required:
 * `.ci/run` installs Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { warmCacheDir } from './helpers/prepared.js';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'] !== 'true') {
  console.warn(`report.browser.test: SKIPPED, no ${CHROMIUM} (apt-get install -y chromium); CI requires it`);
}

describe.skipIf(!available && process.env['CI'] !== 'true')('the HTML report in Chromium', () => {
  it('renders the summary and the alerts table, sorts by a column, filters, and loads nothing from the network', { timeout: 120_000 }, async () => {
    expect(existsSync(CHROMIUM), `CI needs ${CHROMIUM}: .ci/run installs it`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'unsc-report-'));
    const input = join(dir, 'parties.csv');
    writeFileSync(input, 'id,name,date_of_birth\nc1,Mohammad Hassan,\nc2,Mukhtar Belmukhtar,1972\nc3,John Smith,\nc4,"SALEK, ABDULHAI",\n"<img src=x onerror=alert(1)>",Mohammad Hassan,\n');
    const report = join(dir, 'report.html');
    const result = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'batch', input, '--report', report, '--output', join(dir, 'out.jsonl'), '--workers', '1'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, UNSC_SCREEN_CACHE_DIR: warmCacheDir(join(dir, 'cache')) },
    });
    expect(result.status, result.stderr).toBe(0);

    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });

      expect(await page.$eval('#list', (el) => el.textContent)).toContain('2026-02-27');
      expect(await page.$eval('#age', (el) => el.textContent)).toMatch(/\d+ days/);
      const column = (i: number) => page.$$eval(`#alerts-table tbody tr:not([hidden]) td:nth-child(${i})`, (cells) => cells.map((c) => c.textContent ?? ''));
      const scores = async () => (await column(4)).map(Number);

      // Rendered, best score first; the markup in an id is text, not an element.
      const initial = await scores();
      expect(initial.length).toBeGreaterThan(3);
      expect(initial).toEqual([...initial].sort((a, b) => b - a));
      expect(await column(2)).toContain('<img src=x onerror=alert(1)>');
      expect(await page.$$('#alerts-table img')).toHaveLength(0);
      expect(await column(7)).toEqual(expect.arrayContaining(['QDi.136', 'TAi.108']));
      expect(await page.$eval('#alerts-table tbody tr td.reason .alignment', (el) => el.textContent)).toMatch(/~ .+ \d\.\d\d/);

      // Sort: click Score (ascending, then descending again), then Row.
      await page.click('#alerts-table th:nth-child(4)');
      const ascending = await scores();
      expect(ascending).toEqual([...initial].sort((a, b) => a - b));
      await page.click('#alerts-table th:nth-child(4)');
      expect(await scores()).toEqual([...initial].sort((a, b) => b - a));
      await page.click('#alerts-table th:nth-child(1)');
      const rows = (await column(1)).map(Number);
      expect(rows).toEqual([...rows].sort((a, b) => b - a));

      // Filter: only the alerts of the line that mentions Belmokhtar.
      await page.type('#filter', 'belmokhtar');
      expect(await column(7)).toEqual(['QDi.136']);
      expect(await page.$eval('#shown', (el) => el.textContent)).toBe('1');
      await page.click('#filter', { count: 3 });
      await page.keyboard.press('Backspace');
      expect((await scores()).length).toBe(initial.length);

      // Each alert's priority, sortable by rank (a click: high first, then normal; by letter normal would come first).
      expect(new Set(await column(6))).toEqual(new Set(['high', 'normal']));
      await page.click('#alerts-table th:nth-child(6)');
      const priorities = await column(6);
      expect(priorities[0]).toBe('high');
      expect(priorities.at(-1)).toBe('normal');

      mkdirSync(join(root, 'bench/results'), { recursive: true });
      await page.screenshot({ path: join(root, 'bench/results/report.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
