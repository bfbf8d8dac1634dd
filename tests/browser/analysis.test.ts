/**
 * The analysis views in Chromium: the DOM contract's numbers (tone bins, reciprocity, compare blocks) against
 * numbers computed here from data/events.json with the rules the contract states, the filters applied; the
 * interactions (a tone bin sets the window, a chain opens its events, a preset compares two presidencies);
 * the address (a bad compare= is named in the alert); accessibility and a phone's width.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseDateSpec } from '../../src/data/dates';
import { browserSuite, collectErrors, seriousAxeViolations, waitForMarks } from './harness';

const suite = browserSuite();
const DAY = 86_400_000;

interface Ev {
  id: string;
  date: string;
  actors: string[];
  category: string;
  tone?: number;
  respondsTo?: string[];
  startMs: number;
}
const raw: { events: Omit<Ev, 'startMs'>[] } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8'),
);
const EVENTS: Ev[] = raw.events.map((e) => ({ ...e, startMs: parseDateSpec(e.date)?.startMs ?? Number.NaN }));
const BY_ID = new Map(EVENTS.map((e) => [e.id, e]));

interface Filters {
  actor?: string;
  cat?: string[];
}
const passes = (e: Ev, f: Filters) =>
  (!f.actor || e.actors.includes(f.actor)) && (!f.cat || f.cat.includes(e.category));
/** Events whose start date falls in [fromDay, toDay] (inclusive days), the filters applied. */
const startingIn = (fromDay: string, toDay: string, f: Filters) => {
  const a = Date.parse(`${fromDay}T00:00:00Z`);
  const b = Date.parse(`${toDay}T00:00:00Z`) + DAY;
  return EVENTS.filter((e) => e.startMs >= a && e.startMs < b && passes(e, f));
};
/** Two decimals, halves away from zero (0.375 → 0.38, −0.625 → −0.63); '' for no value. */
const two = (x: number | null) =>
  x === null ? '' : ((Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100).toFixed(2).replace('-0.00', '0.00');

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await suite.browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(suite.base + path);
  await waitForMarks(page);
  return { page, errors };
}

async function showTone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tone', exact: true }).click();
  await page.waitForSelector('[data-testid="tone"] g.tone-bin');
}

type Bin = { from: string; to: string; n: string; mean: string | null; label: string };
const readBins = (page: Page): Promise<Bin[]> =>
  page.locator('[data-testid="tone"] g.tone-bin').evaluateAll((els) =>
    els.map((g) => ({
      from: g.getAttribute('data-from') ?? '',
      to: g.getAttribute('data-to') ?? '',
      n: g.getAttribute('data-n') ?? '',
      mean: g.getAttribute('data-mean'),
      label: g.getAttribute('aria-label') ?? '',
    })),
  );

function assertBinsMatchData(bins: Bin[], f: Filters): void {
  for (const b of bins) {
    const toned = startingIn(b.from, b.to, f).filter((e) => typeof e.tone === 'number');
    assert.equal(b.n, String(toned.length), `n of ${b.from}..${b.to}`);
    const mean = toned.length >= 3 ? toned.reduce((s, e) => s + (e.tone ?? 0), 0) / toned.length : null;
    assert.equal(b.mean, mean === null ? null : two(mean), `mean of ${b.from}..${b.to}`);
    if (mean === null) assert.match(b.label, /too few for a mean/);
  }
}

/** Consecutive bins: each starts the day after the previous one ends. */
function assertConsecutive(bins: Bin[]): void {
  for (let i = 1; i < bins.length; i += 1) {
    const prevEnd = Date.parse(`${bins[i - 1]?.to}T00:00:00Z`);
    assert.equal(Date.parse(`${bins[i]?.from}T00:00:00Z`), prevEnd + DAY, `bins ${i - 1} and ${i} meet`);
  }
}

describe('the tone strip', () => {
  it('at the whole period: a bin a year, n and mean as computed from the data, the filters applied', async () => {
    const { page, errors } = await open('?actor=RU');
    assert.equal(await page.locator('[data-testid="tone"]').count(), 0, 'the strip is opt-in');
    await showTone(page);
    const bins = await readBins(page);
    assert.ok(bins.length >= 35, `${bins.length} year bins`);
    for (const b of bins) assert.match(`${b.from} ${b.to}`, /^\d{4}-01-01 \d{4}-12-31$/);
    assertConsecutive(bins);
    assert.ok(bins.some((b) => b.from === '1992-01-01') && bins.some((b) => b.from === '2024-01-01'));
    assertBinsMatchData(bins, { actor: 'RU' });
    assert.ok(bins.some((b) => b.mean !== null) && bins.some((b) => b.mean === null));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('zoomed in: the bins follow the zoom (months over three years), the filters applied', async () => {
    const cat = ['sanctions', 'expulsion', 'diplomacy'];
    const { page } = await open(`?from=2014&to=2016&cat=${cat.join(',')}`);
    await showTone(page);
    const bins = await readBins(page);
    assert.equal(bins.length, 36);
    assert.equal(bins[0]?.from, '2014-01-01');
    assert.equal(bins[35]?.to, '2016-12-31');
    assertConsecutive(bins);
    for (const b of bins) assert.equal(b.from.slice(8), '01');
    assertBinsMatchData(bins, { cat });
    await page.close();
  });

  it('sets the window to a bin when it is clicked', async () => {
    const { page } = await open('');
    await showTone(page);
    await page.locator('[data-testid="tone"] g.tone-bin[data-from="2014-01-01"]').click();
    await page.waitForURL(/from=2014-01-01&to=2014-12-31/);
    assert.match((await page.locator('.window-text').textContent()) ?? '', /Jan 2014 – Dec 2014/);
    // Now a year wide: its months.
    await page.waitForSelector('[data-testid="tone"] g.tone-bin[data-from="2014-12-01"][data-to="2014-12-31"]');
    await page.close();
  });

  it('downloads its series as CSV, the numbers on screen', async () => {
    const { page } = await open('?from=2010&to=2019');
    await showTone(page);
    // Intervals are computed in idle time; the CSV has them all.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Strip as CSV' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'from,to,n,mean,ci_low,ci_high');
    const bins = await readBins(page);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',').slice(0, 4)),
      bins.map((b) => [b.from, b.to, b.n, b.mean ?? '']),
    );
    for (const l of lines.slice(1)) {
      const [, , , mean, low, high] = l.split(',');
      if (mean) assert.ok(Number(low) <= Number(mean) && Number(mean) <= Number(high), l);
    }
    await page.close();
  });
});

interface Link {
  act: Ev;
  answer: Ev;
  lag: number;
}
function linksAmong(shown: Ev[]): Link[] {
  const links: Link[] = [];
  for (const answer of shown) {
    for (const id of new Set(answer.respondsTo ?? [])) {
      const act = BY_ID.get(id);
      if (act && act.id !== answer.id)
        links.push({ act, answer, lag: Math.round((answer.startMs - act.startMs) / DAY) });
    }
  }
  return links;
}

describe('action and reaction', () => {
  it('gives the links among the events shown, their median lag and shares, as computed from the data', async () => {
    const { page } = await open('?from=2014&to=2018&actor=RU');
    await page.getByRole('button', { name: 'Action and reaction' }).click();
    const panel = page.getByTestId('reciprocity');
    await panel.waitFor();
    const links = linksAmong(startingIn('2014-01-01', '2018-12-31', { actor: 'RU' }));
    assert.ok(links.length >= 5, `${links.length} links to check`);
    const lags = links.map((l) => l.lag).sort((a, b) => a - b);
    const mid = Math.floor(lags.length / 2);
    const median = lags.length % 2 ? lags[mid] : ((lags[mid - 1] ?? 0) + (lags[mid] ?? 0)) / 2;
    const signed = links.filter((l) => l.act.tone && l.answer.tone);
    const inKind = signed.filter((l) => Math.sign(l.act.tone ?? 0) === Math.sign(l.answer.tone ?? 0));
    const sameActors = (a: Ev, b: Ev) =>
      a.actors.length === b.actors.length && a.actors.every((x) => b.actors.includes(x));
    const other = links.filter((l) => !sameActors(l.act, l.answer));
    assert.deepEqual(await panel.evaluate((el) => ({ ...(el as HTMLElement).dataset })), {
      testid: 'reciprocity',
      links: String(links.length),
      medianLagDays: String(median),
      sameSign: two(signed.length ? inKind.length / signed.length : null),
      otherSide: two(other.length / links.length),
    });
    await page.close();
  });

  it('opens a chain in the timeline: its first event open, all its events in the window', async () => {
    const { page } = await open('?from=2014&to=2018');
    await page.getByRole('button', { name: 'Action and reaction' }).click();
    const first = page.locator('[data-testid="reciprocity"] ol.chains > li').first();
    const ids = ((await first.getAttribute('data-chain')) ?? '').split(' ');
    assert.ok(ids.length >= 2);
    await first.getByRole('button', { name: /^Show this chain/ }).click();
    await page.waitForURL(new RegExp(`event=${ids[0]}`));
    await page.getByTestId('event-detail').waitFor();
    // The list settles after the window moves and reveals its rows a step at a time: wait for it, then check.
    await page
      .waitForFunction(
        (want) => {
          const shown = new Set(
            [...document.querySelectorAll('[data-testid="event-list"] tbody tr')].map((tr) =>
              tr.getAttribute('data-row-id'),
            ),
          );
          return want.every((id) => shown.has(id));
        },
        ids,
        { timeout: 10_000 },
      )
      .catch(() => {});
    const rows = await page
      .locator('[data-testid="event-list"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id')));
    for (const id of ids) assert.ok(rows.includes(id), `${id} is in the window`);
    await page.close();
  });
});

type Block = { period: string; counts: Record<string, string> };
const readBlocks = (page: Page): Promise<Block[]> =>
  page.locator('[data-testid="compare"] [data-period]').evaluateAll((els) =>
    els.map((b) => ({
      period: b.getAttribute('data-period') ?? '',
      counts: Object.fromEntries(
        [...b.querySelectorAll('[data-category][data-count]')].map((c) => [
          c.getAttribute('data-category') ?? '',
          c.getAttribute('data-count') ?? '',
        ]),
      ),
    })),
  );

/** Every category present among the events starting in the period, with its count. */
function expectedCounts(fromDay: string, toDay: string, f: Filters): Record<string, string> {
  const counts: Record<string, number> = {};
  for (const e of startingIn(fromDay, toDay, f)) counts[e.category] = (counts[e.category] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)]));
}

describe('two periods side by side', () => {
  it('compares two presidencies from a preset, the filters applied', async () => {
    const { page } = await open('?actor=US');
    await page.getByRole('button', { name: 'Compare periods' }).click();
    await page.getByLabel('Presidencies').selectOption('us-obama..us-trump-1');
    await page.waitForURL(/compare=2017-01-20\.\.2021-01-20/);
    await page.waitForURL(/from=2009-01-20&to=2017-01-19/);
    await page.waitForSelector('[data-testid="compare"] [data-period="2009-01-20..2017-01-19"]');
    const blocks = await readBlocks(page);
    assert.deepEqual(blocks, [
      { period: '2009-01-20..2017-01-19', counts: expectedCounts('2009-01-20', '2017-01-19', { actor: 'US' }) },
      { period: '2017-01-20..2021-01-20', counts: expectedCounts('2017-01-20', '2021-01-20', { actor: 'US' }) },
    ]);
    assert.ok(Object.keys(blocks[0]?.counts ?? {}).length >= 5);
    assert.equal(await page.getByRole('region', { name: 'Barack Obama (2009–2017)' }).count(), 1);
    await page.close();
  });

  it('reads compare= from the address and names each period as it was written', async () => {
    const { page } = await open('?from=2014&to=2016&compare=2018..2020-06&cat=sanctions,expulsion');
    await page.waitForSelector('[data-testid="compare"] [data-period]');
    assert.deepEqual(await readBlocks(page), [
      { period: '2014..2016', counts: expectedCounts('2014-01-01', '2016-12-31', { cat: ['sanctions', 'expulsion'] }) },
      {
        period: '2018..2020-06',
        counts: expectedCounts('2018-01-01', '2020-06-30', { cat: ['sanctions', 'expulsion'] }),
      },
    ]);
    await page.close();
  });

  it('raises the usual alert for a bad compare=, naming the parameter, and draws the rest', async () => {
    const { page } = await open('?compare=2016..2014&from=2014&to=2015');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /Address parameter compare: period "2016\.\.2014": 2016 is after 2014; put the earlier date first; it was ignored\./,
    );
    assert.equal(await page.getByTestId('compare').count(), 0);
    assert.ok((await page.locator('g.mark').count()) > 0);
    await page.close();
  });

  it('prints the tone series and the comparison in the handout', async () => {
    const { page } = await open('?mode=print&from=2014&to=2016&compare=2018..2020');
    await page.getByTestId('print-compare').waitFor();
    const rows = await page.getByTestId('print-tone').locator('tbody tr').count();
    // Three years over the page's 680 px: 36 months of 19 px.
    assert.equal(rows, 36);
    assert.match((await page.getByTestId('print-compare').textContent()) ?? '', /Events/);
    await page.close();
  });
});

describe('the analysis views for everyone', () => {
  const allOpen = async (page: Page) => {
    await showTone(page);
    await page.getByRole('button', { name: 'Action and reaction' }).click();
    await page.getByTestId('reciprocity').waitFor();
    await page.getByRole('link', { name: 'the tone rubric' }).click();
    await page.getByRole('region', { name: 'The tone rubric' }).waitFor();
    await page.getByTestId('compare').waitFor();
  };

  for (const theme of ['light', 'dark']) {
    it(`has no serious or critical accessibility violations with every view open (axe-core), ${theme}`, async () => {
      const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${suite.base}?from=2014&to=2018&compare=2018..2021&theme=${theme}`);
      await waitForMarks(page);
      await allOpen(page);
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }

  it('fits a phone: no horizontal overflow at 390 px with every view open', async () => {
    const { page, errors } = await open('?from=2014&to=2018&compare=2018..2021', { width: 390, height: 844 });
    await allOpen(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
