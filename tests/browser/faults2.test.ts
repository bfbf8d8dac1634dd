/**
 * Faults an adversarial test of the built app found in its views, each reproduced here: lists keyed by values
 * that repeat, a long list of problems, a handout of a hundred thousand events, data from elsewhere shown as
 * ours, a local file that the download link and the permalink did not know about, the embed's messages and
 * framing, and render errors that blanked the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { browserSuite, type Route, waitForMarks } from './harness';

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

/**
 * An event with a figure the page's number formatting refuses (see BREAK_FIGURES), and one whose id the
 * page's CSS escaping refuses (see BREAK_ESCAPE).
 */
const BREAKERS = {
  title: 'Breakers',
  events: [
    event('plain', '2021-04-05'),
    { ...event('figure-breaker', '2021-04-10'), figures: [{ value: 31337.5, what: 'units', source: 0 }] },
    event('list-breaker', '2021-04-20'),
  ],
};

const DATASETS: Record<string, () => unknown> = {
  'breakers.json': () => BREAKERS,
  'three-hundred.json': () => many(300, 'm'),
  'handout-99724.json': () => many(99_724, 'h'),
  'repeats.json': () => REPEATS,
  'rejected.json': () => rejected(40_000),
};

/** Chunks of the app's code that fail to arrive while they are in this set, as on a network that drops them. */
const flaky = new Set<string>();
const cache = new Map<string, string>();
const route: Route = (req, res) => {
  const chunk = [...flaky].find((prefix) => req.url?.startsWith(`/assets/${prefix}-`));
  if (chunk) {
    res.writeHead(503).end('unavailable');
    return true;
  }
  const name = req.url?.slice(1).split('?')[0] ?? '';
  const make = DATASETS[name];
  if (!make) return false;
  if (!cache.has(name)) cache.set(name, JSON.stringify(make()));
  // Readable from any origin, as a dataset on another site would be.
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(cache.get(name));
  return true;
};

const suite = browserSuite(route);

/** Number formatting that throws for one value, as a browser without the locale's data would for all. */
const BREAK_FIGURES = `(() => {
  const format = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function (...args) {
    if (Number(this) === 31337.5) throw new RangeError('Incorrect locale information provided');
    return format.apply(this, args);
  };
})();`;

/** CSS escaping that throws for one id. */
const BREAK_ESCAPE = `(() => {
  const escape = CSS.escape;
  CSS.escape = (text) => {
    if (text === 'list-breaker') throw new TypeError('CSS.escape refused the id');
    return escape(text);
  };
})();`;

/**
 * Text measurement that throws once `window.blockCanvas` is set, as under some fingerprinting blockers. Set
 * after the first chart is drawn, so that the next chart meets it as it mounts (inside React) rather than in a
 * redraw (outside React, see the README).
 */
const BREAK_CANVAS = `(() => {
  const measure = CanvasRenderingContext2D.prototype.measureText;
  CanvasRenderingContext2D.prototype.measureText = function (...args) {
    if (window.blockCanvas) throw new DOMException('Canvas access was blocked', 'SecurityError');
    return measure.apply(this, args);
  };
})();`;

describe('a part that fails says so and offers a way back; the page never goes blank', () => {
  /** A page without the service worker, whose cache would hand over the code the test keeps from arriving. */
  const uncachedPage = async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    return { context, page: await context.newPage() };
  };

  it('a dialog whose code does not arrive says so in the dialog, and tries again', async () => {
    const { context, page } = await uncachedPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    flaky.add('CiteBody');
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const failure = dialog.getByRole('alert');
    await failure.waitFor();
    assert.match((await failure.textContent()) ?? '', /^“Cite” could not be shown: .*dynamically imported module/);
    flaky.delete('CiteBody');
    await failure.getByRole('button', { name: 'Try again' }).click();
    await dialog.getByLabel('APA').waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await page.getByTestId('timeline').waitFor();
    await context.close();
  });

  it('a view whose code does not arrive says so and returns to the explorer', async () => {
    const { context, page } = await uncachedPage();
    flaky.add('PresentView');
    await page.goto(`${suite.base}?mode=present`);
    const failure = page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await failure.waitFor();
    assert.match((await failure.textContent()) ?? '', /^The presentation could not be shown: /);
    await failure.getByRole('button', { name: 'Return to the explorer' }).click();
    await waitForMarks(page);
    assert.doesNotMatch(page.url(), /mode=present/);
    flaky.delete('PresentView');
    await context.close();
  });

  it('a view and the chart that throw while drawing are each replaced by a message; the rest works', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(BREAK_CANVAS);
    await page.goto(`${suite.base}?data=breakers.json`);
    await waitForMarks(page);
    const blockCanvas = (on: boolean) =>
      page.evaluate((value) => {
        (window as unknown as { blockCanvas: boolean }).blockCanvas = value;
      }, on);
    await blockCanvas(true);
    await page.getByRole('button', { name: 'Present' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await failure.waitFor();
    assert.match(
      (await failure.textContent()) ?? '',
      /^The presentation could not be shown: Canvas access was blocked/,
    );
    await failure.getByRole('button', { name: 'Return to the explorer' }).click();
    const chart = page.locator('.chart-column').getByRole('alert');
    await chart.waitFor();
    assert.match((await chart.textContent()) ?? '', /^The chart could not be shown: Canvas access was blocked/);
    assert.equal(await page.locator('header.masthead h1').textContent(), 'Breakers');
    assert.equal(await page.getByTestId('event-list').locator('tbody tr').count(), 3);
    // Once the canvas answers again, the chart comes back.
    await blockCanvas(false);
    await chart.getByRole('button', { name: 'Try again' }).click();
    await waitForMarks(page);
    await page.close();
  });

  it('the open event that throws is replaced by a message; closing it or opening another brings the panel back', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(BREAK_FIGURES);
    await page.goto(`${suite.base}?data=breakers.json&event=figure-breaker`);
    const side = page.locator('.side-column');
    const failure = side.getByRole('alert');
    await failure.waitFor();
    assert.match(
      (await failure.textContent()) ?? '',
      /^The event’s details could not be shown: Incorrect locale information provided/,
    );
    await failure.getByRole('button', { name: 'Close the event' }).click();
    await side.getByRole('heading', { name: 'How to read it' }).waitFor();
    await page
      .getByTestId('event-list')
      .getByRole('button', { name: /Event figure-breaker/ })
      .click();
    await failure.waitFor();
    await page
      .getByTestId('event-list')
      .getByRole('button', { name: /Event plain/ })
      .click();
    await side.getByRole('heading', { name: 'Event plain' }).waitFor();
    await waitForMarks(page);
    await page.close();
  });

  it('the list that throws is replaced by a message; the chart and the open event stay', async () => {
    const page = await suite.browser.newPage();
    await page.addInitScript(BREAK_ESCAPE);
    await page.goto(`${suite.base}?data=breakers.json`);
    await waitForMarks(page);
    await page
      .getByTestId('event-list')
      .getByRole('button', { name: /Event list-breaker/ })
      .click();
    const failure = page.locator('.list-column').getByRole('alert');
    await failure.waitFor();
    assert.match((await failure.textContent()) ?? '', /^The list of events could not be shown: CSS\.escape refused/);
    await page.getByTestId('event-detail').getByRole('heading', { name: 'Event list-breaker' }).waitFor();
    await waitForMarks(page);
    await page.close();
  });
});

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

/** The same server under another name: another origin and host than the app's. */
const elsewhere = () => suite.base.replace('127.0.0.1', 'localhost');

describe('data from elsewhere is named as such', () => {
  it('names the host of a data= address in the masthead, the page title and every citation', async () => {
    const page = await suite.browser.newPage();
    const dataUrl = `${elsewhere()}repeats.json`;
    const host = new URL(dataUrl).host;
    await page.goto(`${suite.base}?data=${encodeURIComponent(dataUrl)}&event=a`);
    await page.getByTestId('event-detail').waitFor();
    const masthead = page.locator('header.masthead');
    assert.equal(await masthead.locator('h1').textContent(), 'Repeats');
    assert.match(
      (await masthead.textContent()) ?? '',
      new RegExp(`A dataset from ${host} — not the curated US–Russia dataset`),
    );
    assert.equal(await page.title(), `Repeats — a dataset from ${host}`);
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    const apa = await page.getByLabel('APA').inputValue();
    assert.ok(apa.startsWith(`${host}. (n.d.). Event a`), apa);
    assert.ok(apa.includes('In Repeats'), apa);
    assert.doesNotMatch(apa, /US–Russia Relations Timeline/);
    await page.getByText('The dataset', { exact: true }).click();
    const datasetApa = await page.getByLabel('APA').inputValue();
    assert.equal(datasetApa.split('Retrieved')[0], `${host}. (n.d.). Repeats [Data set]. `);
    assert.ok(datasetApa.endsWith(`from ${dataUrl}`), datasetApa);
    assert.doesNotMatch(await page.getByLabel('Chicago').inputValue(), /US–Russia Relations Timeline/);
    await page.close();
  });

  it('names a file opened on this device, and the curated dataset stays credited to the project', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    const masthead = page.locator('header.masthead');
    assert.doesNotMatch((await masthead.textContent()) ?? '', /not the curated/);
    assert.equal(await page.title(), 'US–Russia relations: a sourced timeline');
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    assert.match(await page.getByLabel('APA').inputValue(), /^US–Russia Relations Timeline\. \(\d{4}\)/);
    await page.keyboard.press('Escape');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(REPEATS)),
    });
    await page.waitForSelector('g.mark[data-event-id="a"]');
    assert.match((await masthead.textContent()) ?? '', /Your file mine\.json — not the curated US–Russia dataset/);
    assert.equal(await page.title(), 'Repeats — your file mine.json');
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    const apa = await page.getByLabel('APA').inputValue();
    assert.doesNotMatch(apa, /US–Russia Relations Timeline/);
    assert.ok(apa.startsWith('Repeats [Data set]. (n.d.).'), apa);
    await page.close();
  });
});

describe('a file opened on this device', () => {
  it('is what "Download the data" offers, and the Share dialog says a permalink cannot carry it', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    const text = JSON.stringify(REPEATS, null, 1);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('g.mark[data-event-id="a"]');
    const link = page.locator('header.masthead').getByRole('link', { name: 'Download the data' });
    assert.equal(await link.getAttribute('download'), 'mine.json');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'mine.json');
    assert.equal(readFileSync(await download.path(), 'utf8'), text);
    await page.getByRole('button', { name: 'Share & embed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The dialog's body loads when first opened ("Loading…" until then).
    await dialog
      .getByText(/A permalink cannot carry a file opened on this device/)
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    assert.match((await dialog.textContent()) ?? '', /A permalink cannot carry a file opened on this device/);
    assert.equal(await dialog.getByLabel(/Permalink/).count(), 0);
    assert.equal(await dialog.getByLabel(/Embed code/).count(), 0);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Download the data' }).click(),
    ]);
    assert.equal(readFileSync(await again.path(), 'utf8'), text);
    await context.close();
  });

  it('a data= address stays in the permalink, and the download link is that address', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?data=repeats.json`);
    await waitForMarks(page);
    const link = page.locator('header.masthead').getByRole('link', { name: 'Download the data' });
    assert.equal(await link.evaluate((a) => (a as HTMLAnchorElement).href), `${suite.base}repeats.json`);
    await page.getByRole('button', { name: 'Share & embed' }).click();
    assert.match(await page.getByLabel(/Permalink/).inputValue(), /[?&]data=repeats\.json/);
    await page.close();
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
