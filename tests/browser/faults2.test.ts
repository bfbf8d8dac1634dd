/**
 * Faults an adversarial test of the built app found in its views, each reproduced here: lists keyed by values
 * that repeat, a long list of problems, a handout of a hundred thousand events, data from elsewhere shown as
 * ours, a local file that the download link and the permalink did not know about, the embed's messages and
 * framing, and render errors that blanked the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { browserSuite, type Route } from './harness';

interface Ev {
  id: string;
  date: string;
  title: string;
  sources: { url: string; title: string; publisher: string; kind: string }[];
  respondsTo?: string[];
}

const source = (url: string, title: string) => ({ url, title, publisher: 'Publisher', kind: 'news' });

function event(id: string, date: string, extra: Partial<Ev> = {}) {
  return {
    id,
    date,
    title: `Event ${id}`,
    summary: 'Summary.',
    actors: ['US'],
    category: 'sanctions',
    tone: 0,
    sources: [source(`https://example.org/${id}`, `Source of ${id}`)],
    ...extra,
  };
}

/** Event a lists one address twice; b answers a twice. */
const REPEATS = {
  title: 'Repeats',
  events: [
    event('a', '2021-04-10', {
      sources: [source('https://example.org/same', 'First copy'), source('https://example.org/same', 'Second copy')],
    }),
    event('b', '2021-04-20', { respondsTo: ['a', 'a'] }),
  ],
};

/** One good event, then `count` records with an impossible date (one error each). */
function rejected(count: number) {
  const bad = Array.from({ length: count }, (_, i) => event(`bad-${i}`, '2021-13-45'));
  return { title: 'Rejected', events: [event('good', '2021-04-10'), ...bad] };
}

/** `count` valid events spread over 1992–2025, several a day. */
function many(count: number, prefix: string) {
  const dayMs = 86_400_000;
  const start = Date.UTC(1992, 0, 1);
  const spanDays = 34 * 365;
  const events = Array.from({ length: count }, (_, i) =>
    event(`${prefix}-${i}`, new Date(start + Math.floor((i / count) * spanDays) * dayMs).toISOString().slice(0, 10)),
  );
  return { title: `${count} events`, license: 'CC BY 4.0', events };
}

const DATASETS: Record<string, () => unknown> = {
  'three-hundred.json': () => many(300, 'm'),
  'handout-99724.json': () => many(99_724, 'h'),
  'repeats.json': () => REPEATS,
  'rejected.json': () => rejected(40_000),
};

const cache = new Map<string, string>();
const route: Route = (req, res) => {
  const name = req.url?.slice(1).split('?')[0] ?? '';
  const make = DATASETS[name];
  if (!make) return false;
  if (!cache.has(name)) cache.set(name, JSON.stringify(make()));
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(cache.get(name));
  return true;
};

const suite = browserSuite(route);

describe('lists keyed by values that repeat', () => {
  it('shows the next event’s sources, not the last one’s, when an event lists an address twice', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=repeats.json&event=a`);
    const detail = page.getByTestId('event-detail');
    await detail.waitFor();
    const links = () => detail.locator('.source-list a').allTextContents();
    assert.deepEqual(await links(), ['First copy', 'Second copy']);
    await page
      .getByTestId('event-list')
      .getByRole('button', { name: /Event b/ })
      .click();
    await detail.getByRole('heading', { name: 'Event b' }).waitFor();
    assert.deepEqual(await links(), ['Source of b']);
    // b answers a twice: a is listed once.
    assert.equal(await detail.locator('.related li').count(), 1);
    // And a is answered by b once.
    await page
      .getByTestId('event-list')
      .getByRole('button', { name: /Event a/ })
      .click();
    await detail.getByRole('heading', { name: 'Event a' }).waitFor();
    assert.deepEqual(await links(), ['First copy', 'Second copy']);
    assert.equal(await detail.locator('.related li').count(), 1);
    await page.close();
  });
});

describe('a long list of problems', () => {
  it('shows 40,000 rejected records a hundred at a time, at once, and downloads the report of all of them', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.base}?data=rejected.json`);
    const alert = page.locator('.alert-error');
    await alert.waitFor({ timeout: 30_000 });
    assert.match((await alert.textContent()) ?? '', /40,000 record\(s\) were rejected in rejected\.json\./);
    const items = alert.locator('ul.problems > li');
    const t0 = Date.now();
    await alert.getByRole('button', { name: /^Show all/ }).click();
    await alert.getByText('Problems 1–100 of 40,000').waitFor();
    const shownMs = Date.now() - t0;
    assert.ok(shownMs < 2000, `the list took ${shownMs} ms`);
    assert.equal(await items.count(), 100);
    assert.match((await items.first().textContent()) ?? '', /^Error: event 1 \(bad-0\), date: "2021-13-45"/);
    await alert.getByRole('button', { name: 'Next 100' }).click();
    await alert.getByText('Problems 101–200 of 40,000').waitFor();
    assert.match((await items.first().textContent()) ?? '', /^Error: event 101 \(bad-100\), date:/);
    await alert.getByRole('button', { name: 'Last' }).click();
    await alert.getByText('Problems 39,901–40,000 of 40,000').waitFor();
    assert.equal(await alert.getByRole('button', { name: 'Next 100' }).isDisabled(), true);
    await alert.getByRole('button', { name: 'Previous 100' }).click();
    await alert.getByText('Problems 39,801–39,900 of 40,000').waitFor();
    // The page answers while the report of every problem is written.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the report' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\n');
    assert.equal(lines.length, 40_000);
    assert.match(lines[0] ?? '', /^Error: event 1 \(bad-0\), date:/);
    assert.match(lines[39_999] ?? '', /^Error: event 40000 \(bad-39999\), date:/);
    await context.close();
  });
});

describe('a handout of a large dataset', () => {
  it('prints every one of 300 events, with no note', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=three-hundred.json&mode=print`);
    await page.locator('.print-event').first().waitFor();
    assert.equal(await page.locator('.print-event').count(), 300);
    assert.equal(await page.locator('.print-event h2').last().textContent(), 'Event m-299');
    assert.equal(await page.locator('.print-limit').count(), 0);
    await page.close();
  });

  it('prints the first 500 of 99,724 events at once, says so, and offers all of them as a download', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.base}?data=handout-99724.json&mode=print`);
    await page.waitForFunction(() => performance.getEntriesByName('timeline:data-ready').length > 0, null, {
      timeout: 90_000,
    });
    const t0 = Date.now();
    await page.locator('.print-event').first().waitFor({ timeout: 120_000 });
    const shownMs = Date.now() - t0;
    assert.equal(await page.locator('.print-event').count(), 500);
    assert.ok(shownMs < 5000, `the handout took ${shownMs} ms to show`);
    const note = page.locator('.print-limit');
    assert.match(
      (await note.textContent()) ?? '',
      /This handout lists the first 500 of the 99,724 events in the period, in date order\./,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByRole('button', { name: 'Download all 99,724 as CSV' }).click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\n');
    assert.equal(rows.length, 99_725, 'a header and every event');
    await context.close();
  });
});

describe('embed and framing', () => {
  /** The host page on another origin (localhost) than the app (127.0.0.1). */
  const hostPage = (src: string) =>
    `${suite.base.replace('127.0.0.1', 'localhost')}fixtures/host.html?src=${encodeURIComponent(src)}`;

  it('posts only its type and height to the host page, never the address of what the reader opened', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto(hostPage(`${suite.base}?mode=embed&data=repeats.json&event=a`));
    const frame = page.frames().find((f) => f.url().includes('mode=embed'));
    assert.ok(frame);
    await frame.getByTestId('event-detail').waitFor();
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, unknown>[] }).seen);
    assert.ok(seen.length > 0, 'the embed reported its height');
    for (const message of seen) {
      assert.deepEqual(Object.keys(message).sort(), ['height', 'type']);
      assert.equal(message.type, 'us-russia-timeline:height');
      assert.equal(typeof message.height, 'number');
    }
    await page.close();
  });

  it('shows the explorer framed by another site only as a link to open it, and the embed in full', async () => {
    const page = await suite.browser.newPage();
    const explorer = `${suite.base}?data=repeats.json&event=a`;
    await page.goto(hostPage(explorer));
    const framed = page.frameLocator('iframe');
    const link = framed.getByRole('link', { name: 'open it' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), explorer);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await framed.getByTestId('timeline').count(), 0);
    assert.equal(await framed.getByTestId('event-detail').count(), 0);
    await page.goto(hostPage(`${suite.base}?mode=embed&data=repeats.json&event=a`));
    await framed.getByTestId('event-detail').waitFor();
    await framed.locator('[data-testid="timeline"] g.mark').first().waitFor();
    await page.close();
  });
});
