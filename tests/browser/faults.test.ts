/**
 * Faults an adversarial test of the built app found, each reproduced here: the service worker and stalled or
 * slow servers, large handovers from the load worker, and exports of hostile text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSuite, type Route, waitForMarks } from './harness';

/** A valid dataset of `count` events, as JSON text. */
function datasetText(count: number, prefix: string, summary = 'x'): string {
  const events = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    title: `${prefix} event ${i}`,
    summary,
    actors: ['US'],
    category: 'sanctions',
    tone: 0,
    sources: [{ url: `https://example.org/${prefix}/${i}`, title: 't', publisher: 'p', kind: 'news' }],
  }));
  return JSON.stringify({ title: prefix, events });
}

/** Over the service worker's size limit for a `?data=` file it keeps for offline use. */
const BIG_DATA = datasetText(2000, 'big', 'y'.repeat(3000));

/**
 * Sends `text` in `pieces` equal parts, one every `everyMs`, with its Content-Length; after `stallAfter` parts
 * it keeps the connection open and sends nothing more.
 */
function trickle(res: ServerResponse, text: string, pieces: number, everyMs: number, stallAfter = pieces): void {
  const body = Buffer.from(text);
  const size = Math.ceil(body.length / pieces);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= stallAfter) return;
    res.write(body.subarray(sent * size, (sent + 1) * size));
    sent += 1;
    if (sent === pieces) res.end();
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/** About 200 kB, sent over 64 s: longer in all than any deadline on the whole download would allow. */
const TRICKLED = datasetText(600, 'trickled', 'z'.repeat(200));

/** Large enough that handing it from the load worker to the page in one piece froze the page for a second. */
let huge: string | null = null;
const hugeText = () => {
  huge ??= datasetText(100_000, 'huge');
  return huge;
};

/** Titles with characters XML 1.0 forbids (C0 controls, U+FFFE, a lone surrogate) and a right-to-left override. */
const CONTROL_TEXT = JSON.stringify({
  title: 'Controls \u0001\u000b\ufffe\ud800 \u202e in the title',
  events: [0, 1, 2].map((i) => ({
    id: `ctl-${i}`,
    date: `2021-04-1${i}`,
    title: `Event ${i} \u0000\u0002\u001f\uffff\udc00 ends`,
    summary: 'Text \u0003 with controls',
    actors: ['US'],
    category: 'sanctions',
    tone: 0,
    sources: [{ url: 'https://example.org/', title: 't\u0004', publisher: 'p', kind: 'news' }],
  })),
});

/** While true, the server accepts every request and never answers it. */
let stalled = false;
const stalledResponses: ServerResponse[] = [];

const route: Route = (req, res) => {
  if (stalled) {
    stalledResponses.push(res);
    return true;
  }
  if (req.url?.startsWith('/trickle.json')) {
    trickle(res, TRICKLED, 128, 500);
    return true;
  }
  if (req.url?.startsWith('/trickle-then-silence.json')) {
    trickle(res, TRICKLED, 128, 500, 6);
    return true;
  }
  if (req.url?.startsWith('/controls.json')) {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(CONTROL_TEXT);
    return true;
  }
  if (req.url?.startsWith('/huge.json')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(hugeText());
    return true;
  }
  if (req.url?.startsWith('/big-data.json')) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BIG_DATA) });
    res.end(BIG_DATA);
    return true;
  }
  return false;
};

const suite = browserSuite(route);

/** A fresh context whose page is controlled by the service worker, with the app and its dataset cached. */
async function controlledPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(suite.base);
  await waitForMarks(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

/** The addresses stored in every cache of the page's origin. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

describe('service worker', () => {
  it('still shows the app offline after the dataset was opened in the address bar', async () => {
    const { context, page } = await controlledPage();
    await page.goto(`${suite.base}data/events.json`);
    assert.match((await page.textContent('body')) ?? '', /"events"/);
    await page.waitForTimeout(1000);
    await context.setOffline(true);
    await page.goto(suite.base);
    await waitForMarks(page);
    await context.close();
  });

  it('falls back to the cached app and dataset within seconds when the server never answers', async () => {
    const { context, page } = await controlledPage();
    stalled = true;
    try {
      const t0 = Date.now();
      await page.goto(suite.base, { timeout: 20_000 });
      await waitForMarks(page);
      const seconds = (Date.now() - t0) / 1000;
      assert.ok(seconds < 12, `the cached app drew after ${seconds} s`);
    } finally {
      stalled = false;
      for (const res of stalledResponses.splice(0)) res.destroy();
      await context.close();
    }
  });

  it('keeps only a few small ?data= files, the newest, beside the bundled dataset', async () => {
    const { context, page } = await controlledPage();
    const files = ['fixtures/mixed.json', 'fixtures/ours.csv', 'fixtures/sheet.csv', 'fixtures/hostile.json'];
    for (const file of [...files, 'big-data.json']) {
      await page.goto(`${suite.base}?data=${file}`);
      await page.waitForSelector('[data-testid="timeline"] g.mark, [role="alert"]');
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1000);
    const urls = await cachedUrls(page);
    const data = urls.filter((u) => u.includes('/fixtures/') || u.includes('big-data'));
    assert.deepEqual(
      data.sort(),
      files
        .slice(1)
        .map((f) => suite.base + f)
        .sort(),
    );
    assert.ok(urls.includes(`${suite.base}data/events.json`), 'the bundled dataset stays cached');
    await context.close();
  });
});

describe('slow servers', () => {
  it('completes a slow but steady download, and gives up after 30 s without data', async () => {
    const steady = await suite.browser.newPage();
    const silent = await suite.browser.newPage();
    await Promise.all([
      steady.goto(`${suite.base}?data=trickle.json`),
      silent.goto(`${suite.base}?data=trickle-then-silence.json`),
    ]);
    const t0 = Date.now();
    await silent.locator('.alert-error').waitFor({ timeout: 45_000 });
    assert.match(
      (await silent.getByRole('alert').textContent()) ?? '',
      /trickle-then-silence\.json stopped arriving: no data for 30 s\./,
    );
    const silentSeconds = (Date.now() - t0) / 1000;
    assert.ok(silentSeconds > 25 && silentSeconds < 40, `gave up after ${silentSeconds} s`);
    await steady.waitForSelector('[data-testid="timeline"] g.mark', { timeout: 90_000 });
    assert.ok((Date.now() - t0) / 1000 > 60, 'the steady download took over a minute in all');
    assert.equal(await steady.locator('.alert-error').count(), 0);
    await steady.close();
    await silent.close();
  });
});

/**
 * Notes on `window.__handoverAt` when the first message after the progress reports arrives from the load
 * worker: the moment the parsed data starts to reach the page. Set before the page's own scripts.
 */
const WATCH_HANDOVER = `(() => {
  const Native = window.Worker;
  window.__handoverAt = null;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (ev) => {
        if (window.__handoverAt === null && ev.data && ev.data.type !== 'progress') window.__handoverAt = performance.now();
      });
    }
  };
})();`;

/**
 * Notes on `window.__clickWaitMs` the longest time a click waited between the browser receiving it and the page
 * handling it, and on `window.__clicks` each click's [received, handled] times (performance.now() clock).
 */
const MEASURE_CLICKS = `(() => {
  window.__clickWaitMs = 0;
  window.__clicks = [];
  document.addEventListener('click', (e) => {
    const now = performance.now();
    window.__clickWaitMs = Math.max(window.__clickWaitMs, now - e.timeStamp);
    window.__clicks.push([e.timeStamp, now]);
  }, true);
})();`;

/**
 * Clicks the page's heading (which does nothing) every 50 ms until `until` resolves, whether or not the page
 * answers, as a user would; then the longest wait of a click (MEASURE_CLICKS must be installed), ms.
 */
async function clickUntil(page: Page, until: () => Promise<unknown>): Promise<number> {
  const box = await page.locator('h1').boundingBox();
  let done = false;
  const clicking = (async () => {
    while (!done) {
      await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await until();
  done = true;
  await clicking;
  return page.evaluate(() => (window as unknown as { __clickWaitMs: number }).__clickWaitMs);
}

/**
 * The longest time a click received before the performance mark `mark` was kept waiting by the work done
 * before that mark: its wait is counted up to the mark at most, so the drawing that follows the mark (measured
 * by `npm run bench`, not here) is not charged to what came before it. MEASURE_CLICKS must be installed.
 */
function longestWaitBefore(page: Page, mark: string): Promise<{ longest: number; clicks: number }> {
  return page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]?.startTime ?? Number.POSITIVE_INFINITY;
    const clicks = (window as unknown as { __clicks: [number, number][] }).__clicks.filter(([t]) => t < at);
    return { longest: Math.max(0, ...clicks.map(([t, handled]) => Math.min(handled, at) - t)), clicks: clicks.length };
  }, mark);
}

describe('large loads', () => {
  it('answers clicks while 100,000 parsed events are handed to the page', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(MEASURE_CLICKS);
    await page.goto(`${suite.base}?data=huge.json`);
    await page.getByRole('status').filter({ hasText: 'Checking' }).waitFor({ timeout: 30_000 });
    const ready = () =>
      page.waitForFunction(() => performance.getEntriesByName('timeline:data-ready').length > 0, null, {
        timeout: 60_000,
      });
    await clickUntil(page, ready);
    // The hand-over is what is judged here: clicks made before the data was ready, waits counted up to then.
    const { longest, clicks } = await longestWaitBefore(page, 'timeline:data-ready');
    assert.ok(clicks >= 3, `only ${clicks} clicks were made during the hand-over`);
    assert.ok(longest < 500, `a click waited ${Math.round(longest)} ms during the hand-over`);
    await waitForMarks(page);
    await page.close();
  });

  it('cancels while the parsed events are being handed over, at once', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(WATCH_HANDOVER);
    await page.addInitScript(MEASURE_CLICKS);
    await page.goto(`${suite.base}?data=huge.json`);
    await page.getByRole('status').filter({ hasText: 'Checking' }).waitFor({ timeout: 30_000 });
    const box = await page.getByRole('button', { name: 'Cancel' }).boundingBox();
    assert.ok(box);
    await page.waitForFunction(
      () => (window as unknown as { __handoverAt: number | null }).__handoverAt !== null,
      null,
      {
        timeout: 60_000,
        polling: 10,
      },
    );
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('alert').filter({ hasText: 'Loading was cancelled.' }).waitFor({ timeout: 5000 });
    const waited = await page.evaluate(() => (window as unknown as { __clickWaitMs: number }).__clickWaitMs);
    assert.ok(waited < 500, `Cancel waited ${Math.round(waited)} ms`);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('[data-event-id^="huge-"]').count(), 0, 'the cancelled data is not drawn');
    assert.match((await page.getByRole('alert').textContent()) ?? '', /Loading was cancelled\./);
    await page.close();
  });
});

describe('pictures of hostile text', () => {
  async function pictureMenu(page: Page, name: string) {
    await page.locator('.menu summary').click();
    await page.getByRole('button', { name }).click();
  }

  it('exports well-formed SVG and a PNG when titles hold characters XML forbids', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.base}?data=controls.json&from=2021-04-01&to=2021-04-30`);
    await waitForMarks(page);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), pictureMenu(page, 'Picture as SVG')]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    const problem = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, svg);
    assert.equal(problem, null);
    assert.ok(
      svg.includes('Event 0  ends') || svg.includes('Event 0 ends'),
      'the titles are kept, less what XML forbids',
    );
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      pictureMenu(page, 'Picture as PNG'),
    ]);
    const png = readFileSync(await pngDownload.path());
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    await context.close();
  });

  it('says so when the PNG cannot be made', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.base}?from=2021-04-01&to=2021-04-30`);
    await waitForMarks(page);
    // A browser that cannot encode PNG (out of memory, a canvas too large): toBlob gives null.
    await page.evaluate('HTMLCanvasElement.prototype.toBlob = (callback) => callback(null)');
    await pictureMenu(page, 'Picture as PNG');
    const alert = page.getByRole('alert').filter({ hasText: 'PNG' });
    await alert.waitFor({ timeout: 10_000 });
    assert.match((await alert.textContent()) ?? '', /could not be (made|encoded) as PNG/);
    await context.close();
  });
});
