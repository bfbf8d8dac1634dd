import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { browserSuite, waitForRows } from './harness';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const suite = browserSuite();

async function alertText(path: string): Promise<string> {
  const page = await suite.browser.newPage();
  await page.goto(suite.base + path);
  const alert = page.getByRole('alert');
  await alert.first().waitFor({ timeout: 10_000 });
  const text = (await alert.allTextContents()).join(' ');
  await page.close();
  return text;
}

describe('bad input gets a clear message, never a blank page', () => {
  it('names a missing file (404) and offers a retry', async () => {
    const text = await alertText('?data=fixtures/nope.json');
    assert.match(text, /fixtures\/nope\.json was not found \(404\)/);
    assert.match(text, /Try again/);
  });
  it('names a server error', async () => {
    assert.match(await alertText('?data=status/500'), /answered with an error \(500\)/);
  });
  it('says when a web page came back instead of data', async () => {
    assert.match(await alertText('?data=index.html'), /is a web page \(HTML\), not a dataset/);
  });
  it('says when the JSON is truncated', async () => {
    assert.match(await alertText('?data=fixtures/truncated.json'), /is truncated: the JSON ends before it is complete/);
  });
  it('says when the file is empty or not UTF-8 text', async () => {
    assert.match(await alertText('?data=fixtures/empty.json'), /is empty/);
    assert.match(await alertText('?data=fixtures/latin1.csv'), /UTF-8/);
  });
  it('loads our CSV: draws the valid rows and names the bad one by its row', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=fixtures/ours.csv`);
    await page.getByRole('alert').waitFor();
    assert.match(
      (await page.getByRole('alert').textContent()) ?? '',
      /row 3 \(our-bad\), date: "2021-13-45" is not a calendar date/,
    );
    await page.waitForSelector('g.mark[data-event-id="our-good"]');
    await page.waitForSelector('g.mark[data-event-id="our-second"]');
    await page.close();
  });
  it('loads a TimelineJS sheet: its title, events and groups as categories, text as plain text', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=fixtures/sheet.csv`);
    await page.waitForSelector('g.mark');
    assert.equal(await page.locator('h1').textContent(), 'My TimelineJS sheet');
    await waitForRows(page);
    const rows = await page.getByTestId('event-list').locator('tbody tr').allTextContents();
    assert.equal(rows.length, 2);
    assert.ok(rows[0]?.includes('Sheet event one'));
    await page.close();
  });
  it('shows progress while a large file arrives, stays responsive, and cancels', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=slow.json`);
    const status = page.getByRole('status').filter({ hasText: 'Downloading' });
    await status.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.loading progress')?.getAttribute('value')) > 0);
    // The main thread answers at once while the worker downloads.
    const t0 = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - t0 < 500);
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /Loading was cancelled\./);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
    await page.close();
  });
  it('opens a file the user picks, in the browser', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.base);
    await page.waitForSelector('g.mark');
    await page.locator('input[type="file"]').setInputFiles(join(FIXTURES, 'ours.csv'));
    await page.waitForSelector('g.mark[data-event-id="our-good"]');
    assert.equal(await page.locator('h1').textContent(), 'ours');
    assert.match((await page.getByRole('alert').textContent()) ?? '', /row 3 \(our-bad\)/);
    await page.close();
  });
  it('lists rejected records and still draws the valid ones', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=fixtures/mixed.json`);
    await page.getByRole('alert').waitFor();
    const text = await page.getByRole('alert').textContent();
    assert.match(text ?? '', /event 1 \(bad-date\), date: "2021-13-45" is not a calendar date/);
    assert.match(text ?? '', /Warning: event 2 \(no-source\), sources: has no source/);
    await page.waitForSelector('g.mark[data-event-id="good"]');
    await page.waitForSelector('g.mark[data-event-id="no-source"]');
    await page.close();
  });
  it('ignores a bad address parameter and says which', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?actor=CN&from=yesterday`);
    await page.getByRole('alert').waitFor();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /actor="CN" must be one of US, RU/);
    await page.waitForSelector('g.mark');
    await page.close();
  });
  it('renders hostile text as text and runs none of it', async () => {
    const page = await suite.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${suite.base}?data=fixtures/hostile.json&event=xss`);
    await page.getByTestId('event-detail').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned), undefined);
    assert.equal(
      await page.locator('[data-testid="event-detail"] h2').textContent(),
      '<img src=x onerror="window.pwned=true;alert(1)">',
    );
    assert.equal(await page.locator('[data-testid="event-detail"] img').count(), 0);
    // The javascript: source was rejected with the record; nothing links to it.
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await page.close();
  });
});
