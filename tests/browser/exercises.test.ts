import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { parseDateSpec } from '../../src/data/dates';
import { browserSuite, collectErrors, curatedEvents, seriousAxeViolations } from './harness';

const suite = browserSuite();

const events = curatedEvents();
const startOf = new Map(events.map((e) => [e.id, parseDateSpec(e.date)?.startMs ?? Number.NaN]));
const ORDER = '?mode=order&from=2014-01-01&to=2016-12-31';

async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${suite.base}${path}`);
  // Until the data is there every mode shows the explorer's frame: wait for what this mode draws.
  const mode = /mode=(\w+)/.exec(path)?.[1];
  await page.waitForSelector(
    mode === 'order'
      ? '[data-testid="order-card"]'
      : mode === 'quiz'
        ? '[data-testid="quiz-question"]'
        : '[data-testid="timeline"] g.mark',
  );
  return { context, page, errors };
}

const shownIds = (page: Page) =>
  page.locator('[data-testid="order-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));

/** The ids in date order: the solution, computed from the dataset. */
const solutionOf = (ids: readonly (string | null)[]) =>
  [...ids].sort((a, b) => (startOf.get(a ?? '') ?? 0) - (startOf.get(b ?? '') ?? 0));

/** Both measures, counted here independently of the app: exact places, and pairs the right way round. */
function expectedScore(ids: readonly (string | null)[]) {
  const solution = solutionOf(ids);
  const ranks = ids.map((id) => solution.indexOf(id));
  let pairs = 0;
  for (let i = 0; i < ranks.length; i += 1)
    for (let j = i + 1; j < ranks.length; j += 1) if ((ranks[i] ?? 0) < (ranks[j] ?? 0)) pairs += 1;
  return { positions: ranks.filter((r, i) => r === i).length, pairs, n: ids.length };
}

const live = (page: Page) => page.locator('[aria-live="assertive"]').textContent();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

describe('order: put the events in order', () => {
  it('is completed with the keyboard alone: Tab to a card, Space lifts, ↑ moves, Space drops, Check scores it full', async () => {
    const { context, page, errors } = await open(`${ORDER}&seed=keys`);
    const start = await shownIds(page);
    assert.equal(start.length, 6);
    const solution = solutionOf(start);
    assert.notDeepEqual(start, solution, 'the cards do not start in order');
    // Tab from the top of the page to the first card.
    for (let i = 0; i < 20 && (await focusedId(page)) === null; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), start[0]);
    let focus = 0;
    for (let target = 0; target < solution.length; target += 1) {
      const order = await shownIds(page);
      const from = order.indexOf(solution[target] ?? '');
      if (from === target) continue;
      for (; focus < from; focus += 1) await page.keyboard.press('Tab');
      for (; focus > from; focus -= 1) await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedId(page), solution[target]);
      await page.keyboard.press('Space');
      assert.match((await live(page)) ?? '', /^Lifted “.+”, position \d of 6\./);
      assert.equal(await page.locator('[aria-pressed="true"]').getAttribute('data-event-id'), solution[target]);
      for (let k = from; k > target; k -= 1) await page.keyboard.press('ArrowUp');
      assert.match((await live(page)) ?? '', new RegExp(`moved to position ${target + 1} of 6\\.$`));
      await page.keyboard.press('Space');
      assert.match((await live(page)) ?? '', new RegExp(`^Dropped “.+” at position ${target + 1} of 6\\.$`));
      assert.equal(await focusedId(page), solution[target], 'the moved card keeps the focus');
      focus = target;
    }
    assert.deepEqual(await shownIds(page), solution);
    // On to Check, still by keyboard.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Check') break;
    }
    await page.keyboard.press('Enter');
    assert.deepEqual(
      await page.locator('[data-testid="order-card"]').evaluateAll((els) => els.map((e) => e.dataset.correct)),
      ['true', 'true', 'true', 'true', 'true', 'true'],
    );
    assert.equal(await page.getByTestId('score-positions').textContent(), '6 of 6 cards in their exact place');
    assert.equal(await page.getByTestId('score-pairs').textContent(), '15 of 15 pairs of cards the right way round');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('Escape puts a lifted card back where it was', async () => {
    const { context, page } = await open(`${ORDER}&seed=keys`);
    const start = await shownIds(page);
    await page.locator('[data-testid="order-card"]').nth(1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal((await shownIds(page))[3], start[1]);
    await page.keyboard.press('Escape');
    assert.deepEqual(await shownIds(page), start);
    assert.match((await live(page)) ?? '', /^Move cancelled: “.+” is back at position 2 of 6\.$/);
    await context.close();
  });

  it('reorders by dragging with the mouse', async () => {
    const { context, page } = await open(`${ORDER}&seed=mouse`, { viewport: { width: 1100, height: 1400 } });
    const start = await shownIds(page);
    const cards = page.locator('[data-testid="order-card"]');
    const last = await cards.nth(5).boundingBox();
    const first = await cards.nth(0).boundingBox();
    assert.ok(last && first);
    // Grab the last card by its middle and carry it until its middle is near the first card's top.
    const x = last.x + last.width / 2;
    const y0 = last.y + last.height / 2;
    const y1 = first.y + 5;
    await page.mouse.move(x, y0);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(x, y0 + ((y1 - y0) * step) / 10);
    await page.mouse.up();
    assert.deepEqual(await shownIds(page), [start[5], ...start.slice(0, 5)]);
    assert.match((await live(page)) ?? '', /^Moved “.+” to position 1 of 6\.$/);
    await context.close();
  });

  it('reorders by touch dragging a card’s grip on a 390 px phone, which has no horizontal scroll', async () => {
    const { context, page } = await open(`${ORDER}&seed=touch`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    const start = await shownIds(page);
    const grip = await page.locator('.order-grip').nth(0).boundingBox();
    const third = await page.locator('[data-testid="order-card"]').nth(2).boundingBox();
    assert.ok(grip && third);
    const x = grip.x + grip.width / 2;
    const y0 = grip.y + grip.height / 2;
    // Past the centre of the third card, not of the fourth: the first card lands third.
    const y1 = third.y + third.height / 2 + 10;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
      });
    await touch('touchStart', y0);
    for (let step = 1; step <= 12; step += 1) await touch('touchMove', y0 + ((y1 - y0) * step) / 12);
    await touch('touchEnd', y1);
    assert.deepEqual(await shownIds(page), [start[1], start[2], start[0], ...start.slice(3)]);
    await context.close();
  });

  it('after Check marks every card, reveals dates and sources, scores both ways; Show solution and Try again', async () => {
    const { context, page } = await open(`${ORDER}&seed=check`);
    const start = await shownIds(page);
    const expected = expectedScore(start);
    await page.getByRole('button', { name: 'Check' }).click();
    const solution = solutionOf(start);
    const marks = await page
      .locator('[data-testid="order-card"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-correct')));
    assert.deepEqual(
      marks,
      start.map((id, i) => String(solution[i] === id)),
    );
    assert.equal(
      await page.getByTestId('score-positions').textContent(),
      `${expected.positions} of 6 cards in their exact place`,
    );
    assert.equal(
      await page.getByTestId('score-pairs').textContent(),
      `${expected.pairs} of 15 pairs of cards the right way round`,
    );
    const firstCard = page.locator('[data-testid="order-card"]').first();
    const raw = events.find((e) => e.id === start[0]) as { sources?: { url: string }[] } | undefined;
    assert.equal(await firstCard.locator('.exercise-sources a').first().getAttribute('href'), raw?.sources?.[0]?.url);
    assert.match((await firstCard.locator('time').textContent()) ?? '', /\d{4}/);
    await page.getByRole('button', { name: 'Show solution' }).click();
    assert.deepEqual(await shownIds(page), solution);
    await page.getByRole('button', { name: 'Try again' }).click();
    assert.deepEqual(await shownIds(page), start);
    assert.equal(await page.locator('[data-correct]').count(), 0);
    assert.equal(await page.locator('[data-testid="order-card"] time').count(), 0, 'dates hidden again');
    await context.close();
  });

  it('gives the same cards in the same order for the same link on two loads, and a seed to a link without one', async () => {
    const a = await open(`${ORDER}&seed=class-7b&n=8`);
    const b = await open(`${ORDER}&seed=class-7b&n=8`);
    const ids = await shownIds(a.page);
    assert.equal(ids.length, 8);
    assert.deepEqual(await shownIds(b.page), ids);
    const c = await open(`${ORDER}&seed=class-7c&n=8`);
    assert.notDeepEqual(await shownIds(c.page), ids);
    const d = await open(ORDER);
    await d.page.waitForFunction(() => /[?&]seed=[a-z2-9]{6}(&|$)/.test(location.search));
    const drawn = await shownIds(d.page);
    await d.page.reload();
    await d.page.waitForSelector('[data-testid="order-card"]');
    assert.deepEqual(await shownIds(d.page), drawn);
    for (const x of [a, b, c, d]) await x.context.close();
  });
});

describe('quiz: what answered what', () => {
  it('asks what an act answered and, once checked, shows the link and the sources of both events', async () => {
    const { context, page, errors } = await open('?mode=quiz&from=2014-01-01&to=2016-12-31&seed=q1');
    const questions = page.getByTestId('quiz-question');
    assert.equal(await questions.count(), 5);
    const first = questions.first();
    const actId = (await first.getAttribute('data-event-id')) ?? '';
    const act = events.find((e) => e.id === actId);
    const options = await first
      .getByTestId('quiz-option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
    assert.ok(options.length === 3 || options.length === 4);
    const right = options.find((id) => act?.respondsTo?.includes(id));
    assert.ok(right, 'one option is what the act answered');
    await first.locator(`[data-event-id="${right}"] input`).check();
    await page.getByRole('button', { name: 'Check' }).click();
    assert.equal(await first.getAttribute('data-correct'), 'true');
    assert.match((await page.getByTestId('quiz-score').textContent()) ?? '', /^1 of 5 right\.$/);
    const answer = first.getByTestId('quiz-answer');
    const answered = events.find((e) => e.id === right) as { title: string; sources?: { url: string }[] };
    assert.match(
      (await answer.textContent()) ?? '',
      new RegExp(`answered “${answered.title.replace(/[()[\]?.*+]/g, '.')}”`),
    );
    const hrefs = await answer.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const rawAct = act as unknown as { sources: { url: string }[] };
    for (const s of [...rawAct.sources, ...(answered.sources ?? [])]) assert.ok(hrefs.includes(s.url), s.url);
    assert.equal(await questions.nth(1).getAttribute('data-correct'), 'false', 'unanswered counts as wrong');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits a 390 px phone without horizontal scroll', async () => {
    const { context, page } = await open('?mode=quiz&seed=q1', { viewport: { width: 390, height: 844 } });
    await page.getByRole('button', { name: 'Check' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    await context.close();
  });
});

describe('the teacher’s flow', () => {
  it('makes an exercise from the explorer’s view: student link, Moodle XML, and the link opens the same cards', async () => {
    const { context, page } = await open('?from=2014-01-01&to=2016-12-31&actor=RU', { acceptDownloads: true });
    await page.getByRole('button', { name: 'Make an exercise' }).click();
    await page.getByLabel('Seed').fill('lesson-4');
    await page.getByLabel('Cards (3 to 12)').fill('7');
    const link = await page.getByLabel('Student link').inputValue();
    assert.match(link, /\?from=2014-01-01&to=2016-12-31&actor=RU&mode=order&n=7&seed=lesson-4$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for Moodle (XML, ordering question)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'order-lesson-4.xml');
    const xml = readFileSync(await download.path(), 'utf8');
    assert.match(xml, /<question type="ordering">/);
    assert.match(xml, /<selectcount>7<\/selectcount>/);
    const student = await context.newPage();
    await student.goto(link);
    await student.waitForSelector('[data-testid="order-card"]');
    const ids = await shownIds(student);
    assert.equal(ids.length, 7);
    for (const id of ids) assert.ok(events.find((e) => e.id === id)?.actors.includes('RU'), `${id} is a Russian act`);
    // The Moodle file holds the same cards, in date order.
    const answers = [...xml.matchAll(/<answer fraction="\d+" format="html">\s*<text><!\[CDATA\[(.*?)\]\]>/g)].map(
      (m) => m[1],
    );
    const titles = await student.locator('.order-title').allTextContents();
    const byId = new Map(ids.map((id, i) => [id, titles[i]]));
    const asHtml = (t: string) =>
      t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
    assert.deepEqual(
      answers,
      solutionOf(ids).map((id) => asHtml(byId.get(id ?? '') ?? '')),
    );
    await context.close();
  });

  it('prints cut-out cards eight to a page and the answer key on a page of its own, on A4 and Letter', async () => {
    const { context, page } = await open('?mode=order&from=2000-01-01&to=2020-12-31&n=12&seed=print');
    const titles = await page.locator('.cut-title').allTextContents();
    assert.equal(titles.length, 12);
    const dir = mkdtempSync(join(tmpdir(), 'cutout-'));
    const words = (t: string) => t.replace(/\s+/g, ' ').trim();
    // Letters and digits only: a title broken at its hyphen ("US-|Russia") reads "USRussia" in the PDF's text.
    const bare = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
    const key = (t: string) => bare(t).slice(0, 24);
    for (const format of ['A4', 'Letter'] as const) {
      const file = join(dir, `${format}.pdf`);
      writeFileSync(file, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      const text = (p: number) =>
        words(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' }));
      const onPage = (p: number) => titles.filter((t) => bare(text(p)).includes(key(t))).length;
      assert.equal(onPage(1), 8, `${format}: page 1 has 8 cards`);
      assert.equal(onPage(2), 4, `${format}: page 2 has the other 4`);
      assert.ok(!text(1).includes('Answer key') && !text(2).includes('Answer key'), `${format}: no key with the cards`);
      assert.ok(pages >= 3, `${format}: ${pages} pages`);
      const keyText = text(3);
      assert.match(keyText, /^Answer key/, `${format}: page 3 starts the key`);
      assert.match(keyText, /https:\/\/\S+/, `${format}: the key gives the sources`);
      assert.ok(!keyText.includes('cut along the dashed lines'), `${format}: no card sheet with the key`);
    }
    await context.close();
  });
});

describe('accessibility', () => {
  const views: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
    { name: 'order', path: `${ORDER}&seed=axe` },
    {
      name: 'order, checked',
      path: `${ORDER}&seed=axe`,
      prepare: (page) => page.getByRole('button', { name: 'Check' }).click(),
    },
    {
      name: 'quiz, checked',
      path: '?mode=quiz&seed=axe',
      prepare: (page) => page.getByRole('button', { name: 'Check' }).click(),
    },
    {
      name: 'make an exercise',
      path: '?from=2014-01-01&to=2016-12-31',
      prepare: (page) => page.getByRole('button', { name: 'Make an exercise' }).click(),
    },
  ];
  for (const view of views) {
    it(`has no serious or critical violations (axe-core): ${view.name}`, async () => {
      // The page's CSP forbids injected scripts (as it should); this context lets axe in.
      const { context, page } = await open(view.path, { bypassCSP: true });
      await view.prepare?.(page);
      await page.waitForTimeout(200);
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], `${view.name}: ${violations.join('\n')}`);
      await context.close();
    });
  }
});
