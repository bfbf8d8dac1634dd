import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseDateSpec } from '../../src/data/dates';
import { browserSuite, collectErrors, curatedEvents, waitForMarks } from './harness';

const suite = browserSuite();

const events = curatedEvents();
const april = events.filter((e) => e.date.startsWith('2021-04'));
const story = april.slice(0, 3).map((e) => e.id);
const frameOf = (page: Page) => page.frames().find((f) => f.url().includes('mode=embed'));

describe('embed', () => {
  for (const width of [320, 800]) {
    it(`fits a ${width} px column with no scrollbars, tells its parent its height, and leaves the page's scrolling alone`, async () => {
      const page = await suite.browser.newPage({ viewport: { width: Math.max(360, width + 40), height: 800 } });
      const src = `/?mode=embed&from=2021-03-01&to=2021-06-30&event=${april[0]?.id}`;
      await page.goto(`${suite.base}fixtures/host.html?src=${encodeURIComponent(src)}&width=${width}`);
      await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
      const frame = frameOf(page);
      assert.ok(frame);
      await frame.waitForSelector('g.mark');
      await page.waitForTimeout(300);
      const m = await frame.evaluate(() => ({
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        overflowY: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        card: document.querySelector('[data-testid="event-detail"] h2')?.textContent ?? '',
      }));
      assert.ok(m.overflowX <= 0, `horizontal overflow ${m.overflowX}px`);
      assert.ok(m.overflowY <= 1, `vertical overflow ${m.overflowY}px once sized by the message`);
      assert.equal(m.card, april[0]?.title);
      // Wheel over the embed without clicking it first: the host page scrolls, the timeline does not zoom.
      const windowText = await frame.locator('.window-text').textContent();
      const box = await page.locator('iframe').boundingBox();
      assert.ok(box);
      await page.mouse.move(box.x + box.width / 2, box.y + 80);
      const before = await page.evaluate(() => window.scrollY);
      for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, 120);
      await page.waitForTimeout(400);
      assert.ok((await page.evaluate(() => window.scrollY)) > before, 'the host page scrolled');
      assert.equal(await frame.locator('.window-text').textContent(), windowText);
      // Ctrl + wheel (also a trackpad pinch) zooms.
      const box2 = await page.locator('iframe').boundingBox();
      assert.ok(box2);
      await page.mouse.move(box2.x + box2.width / 2, box2.y + 80);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await page.waitForTimeout(300);
      assert.notEqual(await frame.locator('.window-text').textContent(), windowText);
      await page.close();
    });
  }

  it('fits 320×300 on its own with no scrollbars and links to the full timeline at the same view', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 320, height: 300 } });
    await page.goto(`${suite.base}?mode=embed&from=2021-03-01&to=2021-06-30&event=${april[0]?.id}`);
    await waitForMarks(page);
    const o = await page.evaluate(() => [
      document.documentElement.scrollWidth - window.innerWidth,
      document.documentElement.scrollHeight - window.innerHeight,
    ]);
    assert.deepEqual(o, [0, 0]);
    const href = await page.getByRole('link', { name: /Full timeline/ }).getAttribute('href');
    assert.match(href ?? '', /event=/);
    assert.doesNotMatch(href ?? '', /mode=/);
    await page.close();
  });
});

describe('present', () => {
  /** What a clicker's "next" does: first the slide's panel, if it has one waiting, then the next slide. */
  const nextSlide = async (page: Page) => {
    const before = await page.locator('.slide-title').textContent();
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('PageDown');
      if ((await page.locator('.slide-title').textContent()) !== before) return;
    }
  };

  it('steps through a story with the keys a clicker sends, in large type, and Escape returns to the explorer', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    await page.goto(`${suite.base}?mode=present&story=${story.join(',')}`);
    const title = page.locator('.slide-title');
    await title.waitFor();
    const progress = () => page.locator('.progress').textContent();
    assert.match((await progress()) ?? '', /^Event\s*1\s*\/?\s*of\s*3$|^1\s*\/\s*3$/);
    assert.equal(await title.textContent(), april[0]?.title);
    assert.equal(await page.getByTestId('event-detail').locator('h1').textContent(), april[0]?.title);
    const size = await title.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 40, `headline is ${size}px`);
    await nextSlide(page);
    assert.equal(await title.textContent(), april[1]?.title);
    await nextSlide(page);
    assert.equal(await title.textContent(), april[2]?.title);
    await nextSlide(page);
    assert.equal(await title.textContent(), april[2]?.title, 'stays on the last');
    await page.keyboard.press('Home');
    assert.equal(await title.textContent(), april[0]?.title);
    await page.keyboard.press('End');
    assert.equal(await title.textContent(), april[2]?.title);
    assert.ok((await page.locator('.present-context g.mark').count()) > 0, 'context strip drawn');
    await page.keyboard.press('Escape');
    await page.getByTestId('event-detail').locator('h2').waitFor();
    assert.equal(await page.getByTestId('event-detail').locator('h2').textContent(), april[2]?.title);
    assert.doesNotMatch(page.url(), /mode=present/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits every slide of the dataset on one ${viewport.width}×${viewport.height} screen, headline at least 32 px, the rest a click away`, async () => {
      const page = await suite.browser.newPage({ viewport });
      await page.goto(`${suite.base}?mode=present`);
      await page.locator('.slide-title').waitFor();
      // Stepped in the page (a clicker's PageDown as a key event), measured after each slide has settled. A
      // string, so the test runner's transforms do not reach the code that runs in the page.
      const { overflowing, panels, slides } = (await page.evaluate(`(async (count) => {
        const frames = (n) =>
          new Promise((done) => {
            const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
            next(n);
          });
        const press = async () => {
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
          await frames(2);
        };
        const out = [];
        let opened = 0;
        let seen = 0;
        let last = '';
        for (let i = 0; i < count * 2 + 5; i += 1) {
          const slide = document.querySelector('.slide');
          const title = document.querySelector('.slide-title')?.textContent ?? '';
          if (title === last && i > 0) break;
          last = title;
          seen += 1;
          const size = Number.parseFloat(getComputedStyle(document.querySelector('.slide-title')).fontSize);
          const over = slide.scrollHeight - slide.clientHeight;
          const pageOver = document.documentElement.scrollHeight - window.innerHeight;
          if (over > 1 || pageOver > 0 || size < 32) out.push(\`\${title} (\${over}px, \${size}px)\`);
          if (document.querySelector('.slide-more')) {
            // The panel holds the full sources and notes; it opens on the next click.
            await press();
            if (!document.querySelector('[aria-label="Sources and notes"] a[href]')) out.push(\`\${title}: no panel\`);
            opened += 1;
          }
          await press();
        }
        return { overflowing: out, panels: opened, slides: seen };
      })(${events.length})`)) as {
        overflowing: string[];
        panels: number;
        slides: number;
      };
      assert.equal(slides, events.length, 'every slide was shown');
      assert.deepEqual(overflowing, [], `${overflowing.length} slides overflow`);
      assert.ok(panels < events.length, 'most slides need no second step');
      await page.close();
    });
  }
});

describe('print', () => {
  it('prints a handout with the events and every source address, on A4 and Letter', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.base}?mode=print&from=2021-04-01&to=2021-04-30`);
    await waitForMarks(page);
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    for (const format of ['A4', 'Letter'] as const) {
      const file = join(dir, `${format}.pdf`);
      writeFileSync(file, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      assert.ok(pages >= 2 && pages <= 20, `${format}: ${pages} pages`);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const e of april) assert.ok(text.includes(e.title.slice(0, 30)), `${format}: "${e.title}" printed`);
      assert.match(text, /https:\/\/\S+/);
    }
    await page.close();
  });
});

describe('offline', () => {
  it('works from the single self-contained file over file://', async () => {
    const page = await suite.browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`file://${resolve(import.meta.dirname, '../../dist/offline.html')}`);
    await waitForMarks(page);
    await page.locator('[data-testid="event-list"] tbody tr button').first().click();
    await page.getByTestId('event-detail').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps working offline after the first visit (service worker)', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(500);
    await context.setOffline(true);
    await page.goto(`${suite.base}?event=${april[0]?.id}`);
    await waitForMarks(page);
    await page.getByTestId('event-detail').waitFor();
    await context.close();
  });
});

describe('export and cite', () => {
  async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
    const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), body: readFileSync(path) };
  }

  it('downloads exactly the events on screen as CSV and JSON, and the picture as SVG and PNG', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.base}?from=2021-04-01&to=2021-04-30&actor=US`);
    await waitForMarks(page);
    // On screen: US acts dated in April 2021, and US acts in force during it (the duration strip).
    const [from, to] = [Date.UTC(2021, 3, 1), Date.UTC(2021, 4, 1)];
    const expected = events
      .filter((e) => {
        const start = parseDateSpec(e.date);
        const end = parseDateSpec(e.end ?? e.date);
        return e.actors.includes('US') && start && end && start.startMs < to && end.endMs > from;
      })
      .map((e) => e.id);
    const menu = async (name: string) => {
      await page.locator('.menu summary').click();
      await page.getByRole('button', { name }).click();
    };
    const json = await download(page, () => menu('Events in view as JSON'));
    assert.deepEqual(
      JSON.parse(json.body.toString('utf8')).events.map((e: { id: string }) => e.id),
      expected,
    );
    const csv = await download(page, () => menu('Events in view as CSV'));
    const Papa = (await import('papaparse')).default;
    const rows = Papa.parse<Record<string, string>>(csv.body.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    assert.deepEqual(
      rows.map((r) => r.id),
      expected,
    );
    const tljs = JSON.parse(
      (await download(page, () => menu('Events in view for TimelineJS (JSON)'))).body.toString('utf8'),
    );
    assert.deepEqual(
      tljs.events.map((e: { unique_id: string }) => e.unique_id),
      expected,
    );
    assert.ok(tljs.events.every((e: { start_date: { year: number } }) => e.start_date.year > 1990));
    const svg = (await download(page, () => menu('Picture as SVG'))).body.toString('utf8');
    assert.match(svg, /^<\?xml/);
    assert.ok(svg.includes('US–Russia relations since 1991'));
    assert.ok(svg.includes('2021-04-01 to 2021-04-30'));
    assert.match(svg, /Data: .*CC BY 4\.0/);
    const png = (await download(page, () => menu('Picture as PNG'))).body;
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.readUInt32BE(16) > 1000, 'PNG width at twice the chart size');
    await context.close();
  });

  it('cites an event in APA and Chicago and downloads BibTeX, RIS and CSL-JSON', async () => {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const id = april[0]?.id ?? '';
    await page.goto(`${suite.base}?event=${id}`);
    await page.getByTestId('event-detail').waitFor();
    // Escape in a dialog closes the dialog, not the open event.
    await page.getByRole('button', { name: 'Share & embed' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('event-detail').waitFor();
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    const apa = await page.getByLabel('APA').inputValue();
    assert.ok(apa.includes(april[0]?.title ?? '∅'));
    assert.ok(apa.includes(`event=${id}`));
    assert.match(await page.getByLabel('Chicago').inputValue(), /Accessed \w+ \d+, \d{4}/);
    const bib = (
      await download(page, () => page.getByRole('button', { name: 'BibTeX', exact: true }).click())
    ).body.toString('utf8');
    assert.match(bib, /^@misc\{usrussia\d{4}_/);
    const ris = (
      await download(page, () => page.getByRole('button', { name: 'RIS', exact: true }).click())
    ).body.toString('utf8');
    assert.match(ris, /^TY {2}- ELEC\r\n/);
    const csl = JSON.parse(
      (await download(page, () => page.getByRole('button', { name: 'CSL-JSON', exact: true }).click())).body.toString(
        'utf8',
      ),
    );
    assert.equal(csl[0].URL.includes(`event=${id}`), true);
    await context.close();
  });
});
