/** The picture reads: the overview, labels, the chart first, the list, keyboard, no scroll traps, touch. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parseDateSpec } from '../../src/data/dates';
import { browserSuite, curatedEvents, waitForMarks, waitForRows } from './harness';

const suite = browserSuite();
const events = curatedEvents();
const titles = new Set(events.map((e) => e.title));

async function open(path = '', viewport = { width: 1366, height: 768 }, browser?: Browser): Promise<Page> {
  const page = await (browser ?? suite.browser).newPage({ viewport });
  await page.goto(suite.base + path);
  await waitForMarks(page);
  return page;
}
const windowText = (page: Page) => page.locator('.window-text span').textContent();

describe('an overview that reads', () => {
  it('names landmark events in full over density bars, none wider than a small share of the chart', async () => {
    const page = await open();
    const m = await page.evaluate(() => {
      const width = (document.querySelector('svg.timeline-svg') as SVGSVGElement).width.baseVal.value;
      const bins = [...document.querySelectorAll('g.density-bin rect.bar')].map((r) => r.getBoundingClientRect().width);
      const labels = [...document.querySelectorAll('text.label')].map((t) => t.textContent ?? '');
      return { width, widest: Math.max(...bins), bins: bins.length, labels };
    });
    assert.ok(m.bins > 20, `${m.bins} density bars`);
    assert.ok(m.widest <= m.width * 0.05, `widest bar ${m.widest}px of ${m.width}px`);
    const full = m.labels.filter((l) => titles.has(l));
    assert.ok(full.length >= 8, `named in full: ${full.length} (${m.labels.join(' | ')})`);
    await page.close();
  });

  it('zooms into a bar on click, and on a tap on a phone', async () => {
    const page = await open();
    const before = await windowText(page);
    await page.locator('g.density-bin').nth(10).click();
    await page.waitForFunction((b) => document.querySelector('.window-text span')?.textContent !== b, before);
    await page.close();
    const context = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = await context.newPage();
    await phone.goto(suite.base);
    await waitForMarks(phone);
    const phoneBefore = await windowText(phone);
    const bin = phone.locator('g.density-bin rect.hit').nth(3);
    const box = await bin.boundingBox();
    assert.ok(box && box.width >= 20 && box.height >= 24, `a bar's hit area is ${box?.width}×${box?.height}`);
    await bin.tap();
    await phone.waitForFunction((b) => document.querySelector('.window-text span')?.textContent !== b, phoneBefore);
    await context.close();
  });

  it('names every presidency in view, by name, surname or initials, with the full name in its tooltip', async () => {
    for (const width of [1366, 390]) {
      const page = await open('', { width, height: 844 });
      const eras = await page
        .locator('g.era')
        .evaluateAll((els) =>
          els.map((e) => [e.querySelector('text')?.textContent ?? '', e.querySelector('title')?.textContent ?? '']),
        );
      assert.ok(eras.length >= 10, `${eras.length} terms`);
      for (const [label, title] of eras) assert.ok((label ?? '').length > 0, `${title} is named (width ${width})`);
      await page.close();
    }
  });
});

describe('labels that use the room', () => {
  it('names the events of a three-month window in full at 1920 px, with a tooltip on hover and focus', async () => {
    const page = await open('?from=2022-01-15&to=2022-04-15', { width: 1920, height: 1080 });
    const labels = await page.locator('text.label').allTextContents();
    const cut = labels.filter((l) => l.endsWith('…'));
    assert.ok(cut.length <= labels.length / 4, `cut: ${cut.join(' | ')}`);
    const invasion = events.find(
      (e) => e.date === '2022-02-24' && e.actors.join() === 'RU' && e.category === 'military',
    );
    assert.ok(invasion);
    assert.ok(labels.includes(invasion.title), `"${invasion.title}" in full`);
    const mark = page.locator(`g.mark[data-event-id="${invasion.id}"]`);
    await mark.hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    assert.match((await tip.textContent()) ?? '', /24 February 2022/);
    assert.ok(((await tip.textContent()) ?? '').includes(invasion.title));
    await page.mouse.move(0, 0);
    await mark.focus();
    await tip.waitFor();
    assert.ok(((await tip.textContent()) ?? '').includes(invasion.title));
    await page.close();
  });

  it('keeps every title on a phone inside the chart: none runs off its edge or names an event out of view', async () => {
    const page = await open('?from=2021-01-01&to=2021-12-31', { width: 390, height: 844 });
    const chart = await page.getByTestId('timeline').evaluate((t) => {
      const r = t.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    const labels = await page.locator('text.label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, right: r.right };
      }),
    );
    assert.ok(labels.length >= 4, `${labels.length} titles`);
    for (const l of labels) {
      assert.ok(l.left >= chart.left - 1 && l.right <= chart.right + 1, `"${l.text}" at ${l.left}–${l.right}px`);
    }
    await page.close();
  });
});

describe('the chart first', () => {
  it('shows the whole chart with its axis on the first screen at 1366×768', async () => {
    const page = await open();
    const bottom = await page.locator('line.axis-line').evaluate((l) => l.getBoundingClientRect().bottom);
    assert.ok(bottom <= 768, `axis at ${bottom}px`);
    const ru = await page.locator('g.band-ru rect.band-bg').evaluate((r) => r.getBoundingClientRect().bottom);
    assert.ok(ru <= 768, `the Russia row ends at ${ru}px`);
    await page.close();
  });

  it('gives the chart most of the width at 1920 px when no event is open', async () => {
    const page = await open('', { width: 1920, height: 1080 });
    const width = await page.getByTestId('timeline').evaluate((t) => t.getBoundingClientRect().width);
    assert.ok(width >= 0.6 * 1920, `chart ${width}px`);
    await page.close();
  });

  it('opens an event link on a phone with the event in the first half of the screen', async () => {
    const e = events.find((x) => x.date.startsWith('2021-04-15'));
    assert.ok(e);
    const page = await open(`?event=${e.id}`, { width: 390, height: 844 });
    const top = await page.getByTestId('event-detail').evaluate((d) => d.getBoundingClientRect().top);
    assert.ok(top < 422, `the event's card starts at ${top}px`);
    await page.close();
  });
});

describe('the list follows the window and the filters', () => {
  it('says how many events and which window; holds every row of a short window, and states a long one’s count', async () => {
    const page = await open('?from=2021-01-01&to=2021-07-31');
    const [a, b] = [Date.UTC(2021, 0, 1), Date.UTC(2021, 7, 1)];
    const expected = events.filter((e) => {
      const s = parseDateSpec(e.date);
      return s && s.startMs >= a && s.startMs < b;
    });
    assert.ok(expected.length > 10 && expected.length <= 100, `${expected.length} events in the short window`);
    await waitForRows(page, expected.length);
    const heading = await page.locator('#event-list-title').textContent();
    assert.match(heading ?? '', new RegExp(`^${expected.length} events, Jan 2021 – Jul 2021`));
    await page.close();
    // The whole dataset: the heading and the table's row count name every event; the rows near the list's view
    // are rendered (a test in explorer.test.ts scrolls to the last one).
    const whole = await open();
    await waitForRows(whole);
    assert.match(
      (await whole.locator('#event-list-title').textContent()) ?? '',
      new RegExp(`^${events.length} events`),
    );
    assert.equal(await whole.getByTestId('event-list').getAttribute('aria-rowcount'), String(events.length + 1));
    await whole.close();
  });
});

describe('keyboard', () => {
  it('enters the chart in the window, steps in time without losing the window, opens and closes on the mark', async () => {
    const page = await open('?from=2021-03-01&to=2021-06-30');
    await page.locator('.search input').focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('g.mark') !== null)) break;
    }
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? '');
    const first = await focused();
    const firstEvent = events.find((e) => e.id === first);
    assert.ok(firstEvent?.date.startsWith('2021-0'), `Tab lands in the window: ${first}`);
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    assert.notEqual(second, first);
    assert.match((await windowText(page)) ?? '', /2021/, 'the window stays in 2021');
    await page.keyboard.press('Enter');
    await page.getByTestId('event-detail').waitFor();
    assert.equal(await focused(), second, 'focus stays on the mark');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('event-detail').count(), 0);
    assert.equal(await focused(), second, 'focus returns to the mark');
    await page.close();
  });
});

describe('no scroll traps', () => {
  it('lets a plain wheel over the chart scroll the page, zooms after a click, and says how once', async () => {
    const page = await open('', { width: 1366, height: 600 });
    const box = await page.getByTestId('timeline').boundingBox();
    assert.ok(box);
    const before = await windowText(page);
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 0);
    assert.equal(await windowText(page), before, 'a plain wheel does not zoom');
    assert.equal(await page.locator('.wheel-hint').isVisible(), true, 'the hint says how to zoom');
    assert.equal(
      await page.locator('svg.timeline-svg').evaluate((s) => getComputedStyle(s).touchAction),
      'pan-y',
      'a vertical swipe scrolls the page',
    );
    await page.close();
  });

  it('zooms on a double-click', async () => {
    const page = await open();
    const before = await windowText(page);
    const box = await page.getByTestId('timeline').boundingBox();
    assert.ok(box);
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 12);
    await page.waitForFunction((b) => document.querySelector('.window-text span')?.textContent !== b, before);
    await page.close();
  });
});

describe('spans and bad states', () => {
  it('opens a span on click without moving the window', async () => {
    const page = await open('?from=2021-01-01&to=2021-12-31');
    const before = await windowText(page);
    await page.locator('g.span rect').first().click();
    await page.getByTestId('event-detail').waitFor();
    assert.equal(await windowText(page), before);
    await page.close();
  });

  it('names unknown category ids in an alert, and says so in the chart when nothing matches', async () => {
    const page = await open('?cat=nonsense,sanctions');
    const alert = page.getByRole('alert');
    assert.match((await alert.textContent()) ?? '', /cat.*"nonsense"/);
    await page.close();
    const search = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await search.goto(`${suite.base}?q=zzzzqqq`);
    await search.getByRole('status').filter({ hasText: 'No event matches these filters.' }).waitFor();
    await search.getByRole('button', { name: 'Clear filters' }).last().click();
    await search.waitForFunction(() => document.querySelectorAll('g.mark').length > 5);
    await search.close();
  });
});

describe('touch', () => {
  it('makes every control at least 44×44 px and every mark a 24×24 px target on a touch screen', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main button, main summary, main .seg, main input[type="search"]')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => [el.textContent?.trim().slice(0, 20) ?? el.tagName, el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.width < 44 || r.height < 44)
        .map(([t, r]) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    assert.deepEqual(small, []);
    const marks = await page
      .locator('g.mark rect.hit')
      .evaluateAll(
        (rs) => rs.map((r) => r.getBoundingClientRect()).filter((b) => b.width < 24 || b.height < 24).length,
      );
    assert.equal(marks, 0);
    await context.close();
  });
});
