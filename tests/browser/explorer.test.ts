import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, collectErrors, curatedEvents, seriousAxeViolations, waitForMarks, waitForRows } from './harness';

const suite = browserSuite();

async function open(path = '', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(suite.base + path);
  await waitForMarks(page);
  return { page, errors };
}

const events = curatedEvents();
// An event that answers another, both in April 2021: the heart of the episode.
const inApril = (id: string) => events.find((e) => e.id === id)?.date.startsWith('2021-04') ?? false;
const reply = events.find((e) => e.date.startsWith('2021-04') && e.respondsTo?.some(inApril));
assert.ok(reply, 'the dataset has a response in April 2021');
const answered = events.find((e) => e.id === reply.respondsTo?.find(inApril));
assert.ok(answered);

describe('the explorer in Chromium', () => {
  it('loads the bundled dataset without console errors and draws marks with accessible names', async () => {
    const { page, errors } = await open();
    assert.equal(await page.locator('h1').textContent(), 'US–Russia relations since 1991');
    const marks = page.locator('[data-testid="timeline"] g.mark');
    assert.ok((await marks.count()) > 10);
    const labels = await page
      .locator('g.mark[data-event-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(
      labels.every((l) => /^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}( – .+)?: .+/.test(l)),
      labels.find((l) => !/\d{4}: /.test(l)),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('downloads the dataset once, started by the page’s own script once its first frame is on screen', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/events.json')) requests.push(r.url());
    });
    await page.goto(suite.base);
    await waitForMarks(page);
    assert.equal(requests.length, 1, requests.join(', '));
    const [fcp, fetchStart] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      performance.getEntriesByType('resource').find((r) => r.name.includes('/data/events.json'))?.startTime ??
        Number.NaN,
    ]);
    assert.ok(fetchStart >= fcp, `the download started at ${fetchStart} ms, before the first paint at ${fcp} ms`);
    // The page allows that script by its hash (a refused script would be a console error).
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps the page under 3,000 elements with the whole dataset listed, and scrolls the list to its last event: ${viewport.width} px`, async () => {
      const { page } = await open('', viewport);
      const list = page.getByTestId('event-list');
      // The list follows the window once it settles, a moment after the first marks.
      await page
        .waitForFunction(
          (n) => document.querySelector('[data-testid="event-list"]')?.getAttribute('aria-rowcount') === n,
          String(events.length + 1),
          { timeout: 10_000 },
        )
        .catch(() => {});
      assert.equal(await list.getAttribute('aria-rowcount'), String(events.length + 1));
      await page.waitForTimeout(1500);
      const count = () => page.evaluate(() => document.querySelectorAll('*').length);
      const atStart = await count();
      assert.ok(atStart <= 3000, `${atStart} elements on the first screen`);
      const first = list.locator('tbody tr').first();
      assert.equal(await first.getAttribute('aria-rowindex'), '2');
      // Scroll the list's box to its end, as a reader would, in steps: the last event's row comes into view.
      const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const last = sorted[sorted.length - 1];
      assert.ok(last);
      const box = page.locator('.list-scroll');
      for (let i = 0; i < 200; i++) {
        const atEnd = await box.evaluate((el) => {
          el.scrollTop += 2 * el.clientHeight;
          return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
        });
        await page.waitForTimeout(30);
        if (atEnd && (await list.locator(`tr[data-row-id="${last.id}"]`).count()) > 0) break;
      }
      const row = list.locator(`tr[data-row-id="${last.id}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('aria-rowindex'), String(events.length + 1));
      const b = await box.boundingBox();
      const r = await row.boundingBox();
      assert.ok(b && r, 'the list and its last row are laid out');
      assert.ok(r.y + r.height <= b.y + b.height + 1 && r.y >= b.y - 1, 'the last row is inside the list’s box');
      const atEnd = await count();
      assert.ok(atEnd <= 3000, `${atEnd} elements with the list scrolled to its end`);
      await page.close();
    });
  }

  it('shows a late event’s row in the list’s view on a phone, though the list renders only the rows near its view', async () => {
    const late = events.filter((e) => e.date.startsWith('2025-08'))[0];
    assert.ok(late, 'the dataset has an event in August 2025');
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${suite.base}?event=${late.id}`);
    await waitForMarks(page);
    const row = page.locator(`[data-testid="event-list"] tr[data-row-id="${late.id}"]`);
    await row.waitFor({ state: 'attached' });
    // Once the list is complete and has settled, the row is inside the list's scroll box.
    await page.waitForTimeout(1500);
    const box = await page.locator('.list-scroll').boundingBox();
    const r = await row.boundingBox();
    assert.ok(box && r, 'the list and the row are laid out');
    assert.ok(
      r.y >= box.y - 1 && r.y + r.height <= box.y + box.height + 1,
      `row ${r.y}–${r.y + r.height} outside the list's box ${box.y}–${box.y + box.height}`,
    );
    await page.close();
  });

  it('opens an event from the chart and shows its sources as links that open in a new tab', async () => {
    const { page } = await open(`?from=2021-04-01&to=2021-04-30`);
    await page.locator(`g.mark[data-event-id="${answered.id}"]`).click();
    const detail = page.getByTestId('event-detail');
    await detail.waitFor();
    assert.equal(await detail.locator('h2').textContent(), answered.title);
    const links = detail.locator('.sources a[href]:not(.archived)');
    assert.ok((await links.count()) >= 1);
    for (const a of await links.all()) {
      assert.equal(await a.getAttribute('target'), '_blank');
      assert.equal(await a.getAttribute('rel'), 'noopener noreferrer');
      assert.match((await a.getAttribute('href')) ?? '', /^https:\/\//);
    }
    assert.match(page.url(), new RegExp(`event=${answered.id}`));
    // The response is linked, and drawn as an arc.
    assert.ok((await page.locator('path.arc').count()) >= 1);
    await detail
      .getByRole('button', { name: new RegExp(reply.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .click();
    assert.equal(await detail.locator('h2').textContent(), reply.title);
    await page.close();
  });

  it('restores a permalink exactly, and Back returns to the previous event', async () => {
    const { page } = await open(`?event=${answered.id}&from=2021-03-01&to=2021-05-31&actor=US`);
    assert.equal(await page.getByTestId('event-detail').locator('h2').textContent(), answered.title);
    assert.match((await page.locator('.window-text').textContent()) ?? '', /Mar 2021 – May 2021/);
    assert.equal(await page.getByRole('radio', { name: 'United States' }).isChecked(), true);
    const firstRow = page.getByTestId('event-list').locator('tbody tr').first();
    await firstRow.getByRole('button').click();
    const second = await page.getByTestId('event-detail').locator('h2').textContent();
    assert.notEqual(second, answered.title);
    await page.goBack();
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="event-detail"] h2')?.textContent === t,
      answered.title,
    );
    await page.goForward();
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="event-detail"] h2')?.textContent === t,
      second,
    );
    await page.close();
  });

  it('is usable from the keyboard: Tab in, arrows move in time, Enter opens, Escape closes', async () => {
    const { page } = await open('?from=2021-01-01&to=2021-07-31');
    await page.locator('.search input').focus();
    // Tab through the controls until a timeline mark has focus.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('g.mark') !== null)) break;
    }
    const name = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const first = await name();
    assert.match(first, /2021: /);
    await page.keyboard.press('ArrowRight');
    const second = await name();
    assert.notEqual(second, first);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await name(), first);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('event-detail').waitFor();
    assert.ok(second.includes((await page.getByTestId('event-detail').locator('h2').textContent()) ?? '∅'));
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('event-detail').count(), 0);
    assert.equal(await name(), second, 'focus returns to the mark');
    const before = await page.locator('.window-text').textContent();
    await page.keyboard.press('+');
    await page.waitForFunction((b) => document.querySelector('.window-text')?.textContent !== b, before);
    assert.equal(await name(), second, 'focus stays on the mark while zooming');
    await page.keyboard.press('0');
    await page.waitForFunction(() =>
      /^1\d{3} – 20\d{2}$/.test(document.querySelector('.window-text span')?.textContent ?? ''),
    );
    await page.close();
  });

  it('zooms with the wheel once the reader clicks into the chart: the axis moves from years to finer ticks', async () => {
    const { page } = await open();
    const ticks = () => page.locator('g.tick text').allTextContents();
    const before = await ticks();
    assert.ok(
      before.every((t) => /^\d{4}$/.test(t)),
      before.join(','),
    );
    const box = await page.getByTestId('timeline').boundingBox();
    assert.ok(box);
    // A click on the bands' background (not a mark) arms the wheel.
    await page.mouse.click(box.x + 40, box.y + box.height - 12);
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    for (let i = 0; i < 12; i += 1) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(400);
    const afterZoom = await ticks();
    assert.notDeepEqual(afterZoom, before);
    assert.ok(
      afterZoom.some((t) => /[A-Z][a-z]{2}/.test(t)),
      `month or day labels after zoom: ${afterZoom.join(',')}`,
    );
    assert.match(page.url(), /from=\d{4}-\d{2}-\d{2}&to=/);
    await page.close();
  });

  it('filters from the address: categories and actor', async () => {
    const { page } = await open('?cat=sanctions&actor=US');
    const expected = events.filter((e) => e.category === 'sanctions' && e.actors.includes('US')).length;
    await waitForRows(page, expected);
    const cats = await page
      .locator('g.mark[data-event-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('class')));
    assert.ok(cats.every((c) => c?.includes('cat-sanctions')));
    await page.getByText(/^Categories: 1 of \d+/).click();
    assert.equal(await page.getByRole('button', { name: 'Diplomacy' }).getAttribute('aria-pressed'), 'false');
    await page.close();
  });

  it('fits a phone: no horizontal overflow at 390 px', async () => {
    const { page } = await open(`?event=${answered.id}`, { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.close();
  });

  // Every view a reader meets: the explorer (light and dark), its Share dialog, the presentation, the embed.
  const views: { name: string; path: () => string; prepare?: (page: Page) => Promise<void> }[] = [
    { name: 'explorer, light', path: () => `?event=${answered.id}&theme=light` },
    { name: 'explorer, dark', path: () => `?event=${answered.id}&theme=dark` },
    {
      name: 'share dialog',
      path: () => `?event=${answered.id}`,
      prepare: async (page) => {
        await page.getByRole('button', { name: 'Share & embed' }).click();
        await page.getByRole('dialog').waitFor();
      },
    },
    { name: 'present', path: () => `?mode=present&event=${answered.id}&theme=dark` },
    { name: 'embed', path: () => `?mode=embed&event=${answered.id}` },
  ];
  for (const view of views) {
    it(`has no serious or critical accessibility violations (axe-core): ${view.name}`, async () => {
      // The page's CSP forbids injected scripts (as it should); this context lets axe in.
      const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${suite.base}${view.path()}`);
      await waitForMarks(page);
      await view.prepare?.(page);
      // Contrast is judged on the settled page, not halfway through a slide's fade-in.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], `${view.name}: ${violations.join('\n')}`);
      await context.close();
    });
  }
});
