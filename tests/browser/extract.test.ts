import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { validateDataset } from '../../src/data/validate';
import { browserSuite, collectErrors, seriousAxeViolations, waitForMarks, waitForRows } from './harness';

const suite = browserSuite();
const ARTICLES = resolve(import.meta.dirname, '../fixtures/articles');
const INF = readFileSync(join(ARTICLES, 'inf-treaty-ends-2019.txt'), 'utf8');
const URL_INF = 'https://www.example-wire.com/world/inf-treaty-ends';

/** Opens the workbench in a fresh context, noting every request that leaves the app's origin. */
async function openWorkbench(viewport = { width: 1280, height: 900 }, bypassCSP = false) {
  const context = await suite.browser.newContext({ viewport, acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== new URL(suite.base).origin) {
      foreign.push(r.url());
    }
  });
  await page.goto(`${suite.base}?mode=extract`);
  await page.getByRole('heading', { level: 1, name: 'From an article to events' }).waitFor({ timeout: 15_000 });
  return { context, page, errors, foreign };
}

async function fillArticle(page: Page, text = INF) {
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Address (URL), required').fill(URL_INF);
  await page.getByLabel('Published (YYYY-MM-DD), required').fill('2019-08-02');
  await page.getByLabel('Publisher (optional)').fill('Example Wire');
}

const cards = (page: Page) => page.locator('article.candidate');
const card = (page: Page, title: string) => cards(page).filter({ has: page.getByRole('heading', { name: title }) });

describe('the article workbench in Chromium', () => {
  it('goes from a pasted article to accepted, edited and rejected events, and takes them away', async () => {
    const { context, page, errors, foreign } = await openWorkbench();
    await fillArticle(page);
    await page.getByRole('button', { name: 'Find the events' }).click();
    await cards(page).first().waitFor();
    assert.deepEqual(await cards(page).locator('h3').allTextContents(), [
      'US withdraws from the INF Treaty',
      'US suspends arms-control commitments',
      'Russia suspends arms-control commitments',
      'Russia criticises the US',
    ]);

    // Each candidate's evidence is marked in its colour: the headline and lead for the first, one sentence each for the rest.
    const marks = page.locator('.article-body mark');
    assert.equal(await marks.count(), 5);
    assert.equal(await marks.nth(1).textContent(), INF.slice(50, 245));
    const colours = await marks.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.equal(new Set(colours).size, 4, `four colours: ${colours.join(', ')}`);
    assert.ok(colours.every((c) => c !== 'rgba(0, 0, 0, 0)'));

    // A click on the evidence selects its candidate; selecting a candidate marks its evidence.
    await page.locator('mark', { hasText: 'Russia suspended its participation' }).click();
    const third = card(page, 'Russia suspends arms-control commitments');
    assert.equal(await third.getByRole('button', { name: /Russia suspends/ }).getAttribute('aria-pressed'), 'true');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Russia suspends arms-control commitments',
    );
    await card(page, 'US suspends arms-control commitments')
      .getByRole('button', { name: /US suspends/ })
      .click();
    assert.match((await page.locator('mark.is-selected').textContent()) ?? '', /^Washington suspended its own/);

    // The first matches an event of the dataset: accepting it adds the article as a source.
    const first = card(page, 'US withdraws from the INF Treaty');
    assert.match(
      (await first.locator('.candidate-match').textContent()) ?? '',
      /^Same event as .+ \(2 August 2019\): add this article as a source\.$/,
    );
    assert.match(
      (await first.locator('dd').first().textContent()) ?? '',
      /2 August 2019 \(exact day\), from the words “on Friday”/,
    );
    await first.getByRole('button', { name: 'Add as a source' }).click();
    assert.match((await first.locator('.candidate-status').textContent()) ?? '', /^Accepted as a source of/);

    await card(page, 'US suspends arms-control commitments').getByRole('button', { name: 'Reject' }).click();

    // Edit: a bad date is refused, naming the field; a good one is saved and gives a new id.
    await third.getByRole('button', { name: 'Edit' }).click();
    const date = third.getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)');
    await date.fill('2019-02-31');
    await third.getByRole('button', { name: 'Save changes' }).click();
    assert.match((await third.getByRole('alert').textContent()) ?? '', /Date: "2019-02-31" is not a calendar date\./);
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.equal(await date.evaluate((el) => el === document.activeElement), true);
    await date.fill('2019-02-02');
    await third.getByRole('button', { name: 'Save changes' }).click();
    assert.match(
      (await third.locator('dd').first().textContent()) ?? '',
      /^2 February 2019 \(exact day\), as you edited it/,
    );
    await third.getByRole('button', { name: 'Accept' }).click();
    await card(page, 'Russia criticises the US').getByRole('button', { name: 'Accept' }).click();
    assert.match(
      (await page.getByRole('status').filter({ hasText: 'Accepted:' }).textContent()) ?? '',
      /Accepted: 2 new events and 1 source addition\. Rejected: 1\. Not decided: 0\./,
    );

    // JSON: a dataset file that validates and holds exactly the accepted events, with the source addition apart.
    const [jsonFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    assert.equal(jsonFile.suggestedFilename(), 'events-example-wire.com-2019-08-02.json');
    const doc = JSON.parse(readFileSync(await jsonFile.path(), 'utf8'));
    const { dataset, issues } = validateDataset(doc);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      dataset?.events.map((e) => [e.id, e.date]),
      [
        ['2019-02-02-russia-suspends-arms-control-commitments', '2019-02-02'],
        ['2019-08-russia-criticises-us', '2019-08'],
      ],
    );
    assert.equal(doc.sourceAdditions.length, 1);
    assert.equal(doc.sourceAdditions[0].source.url, URL_INF);
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const rows = readFileSync(await csvFile.path(), 'utf8')
      .trim()
      .split('\r\n');
    assert.equal(rows.length, 3, 'a header and the two new events');

    // Open in the explorer: the accepted events as a dataset; Back returns to the work as it was.
    await page.getByRole('button', { name: 'Open in the explorer' }).click();
    await waitForMarks(page);
    await waitForRows(page, 2);
    assert.equal(await page.locator('h1').textContent(), 'Events from Example Wire, 2019-08-02');
    assert.deepEqual(
      await page
        .locator('g.mark[data-event-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort()),
      ['2019-02-02-russia-suspends-arms-control-commitments', '2019-08-russia-criticises-us'],
    );
    await page.goBack();
    await cards(page).first().waitFor();
    assert.match((await third.locator('.candidate-status').textContent()) ?? '', /^Accepted as a new event · edited/);

    assert.deepEqual(foreign, [], 'no request leaves the origin');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('names what is wrong: a missing address and date, an empty text, a French text, a binary file', async () => {
    const { context, page } = await openWorkbench();
    await page.getByLabel('Article text').fill(INF);
    await page.getByRole('button', { name: 'Find the events' }).click();
    const url = page.getByLabel('Address (URL), required');
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    assert.equal(await url.evaluate((el) => el === document.activeElement), true);
    assert.match(
      (await page.locator('.field-problem').allTextContents()).join(' '),
      /address is missing.+publication date is missing/,
    );

    await fillArticle(page, '   ');
    await page.getByRole('button', { name: 'Find the events' }).click();
    assert.match(
      (await page.getByRole('alert').textContent()) ?? '',
      /^The article was not read: the article is empty/,
    );

    const french =
      "Les États-Unis ont expulsé dix diplomates russes jeudi, a annoncé la Maison Blanche. La Russie a dit qu'elle répondrait. Le ministère des affaires étrangères a convoqué l'ambassadeur américain pour une réunion dans la journée et a promis une réponse ferme dans les jours qui viennent.";
    await page.getByLabel('Article text').fill(french);
    await page.getByRole('button', { name: 'Find the events' }).click();
    assert.match((await page.getByRole('alert').textContent()) ?? '', /looks like French, not English/);

    await page.locator('input[type="file"]').setInputFiles({
      name: 'scan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02]),
    });
    await page.getByRole('alert').filter({ hasText: 'scan.txt is binary' }).waitFor();
    await context.close();
  });

  it('reads a dropped HTML file: its main text and its title', async () => {
    const { context, page } = await openWorkbench();
    const html = readFileSync(join(ARTICLES, 'sanctions-expulsions-2021.html'), 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'story.html', { type: 'text/html' }));
      return dt;
    }, html);
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByRole('status').filter({ hasText: 'Read story.html' }).waitFor();
    const text = await page.getByLabel('Article text').inputValue();
    assert.ok(!text.includes('<'), 'the tags are gone');
    assert.ok(text.length > 500);
    assert.notEqual(await page.getByLabel('Headline (optional)').inputValue(), '');
    await context.close();
  });

  it('is usable from the keyboard alone', async () => {
    const { context, page } = await openWorkbench();
    /** Presses Tab until the focused element has this accessible text, at most `limit` times. */
    const tabTo = async (match: (el: { label: string; text: string }) => boolean, limit = 40) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        const el = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          const label =
            a && 'labels' in a ? [...((a as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') : '';
          return { label: label ?? '', text: a?.textContent ?? '' };
        });
        if (match(el)) return;
      }
      assert.fail('not reached by Tab');
    };
    await tabTo((el) => el.label === 'Article text');
    await page.keyboard.insertText(INF);
    await tabTo((el) => el.label === 'Address (URL), required');
    await page.keyboard.type(URL_INF);
    await page.keyboard.press('Tab');
    await page.keyboard.type('2019-08-02');
    await page.keyboard.press('Enter');
    await cards(page).first().waitFor();
    await tabTo((el) => el.text === 'Add as a source');
    await page.keyboard.press('Space');
    await tabTo((el) => el.text === 'Edit');
    await page.keyboard.press('Enter');
    // The editor takes the focus on its date field; Enter saves.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2019-08-01');
    await page.keyboard.press('Enter');
    const first = cards(page).first();
    assert.match((await first.locator('dd').first().textContent()) ?? '', /^1 August 2019/);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Edit');
    await tabTo((el) => el.text === 'Accept', 10);
    await page.keyboard.press('Space');
    await tabTo((el) => el.text === 'Download JSON', 60);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const doc = JSON.parse(readFileSync(await file.path(), 'utf8'));
    assert.equal(doc.events.length, 1);
    assert.equal(doc.sourceAdditions.length, 1);
    await context.close();
  });

  for (const theme of ['light', 'dark']) {
    it(`has no serious or critical accessibility violations (axe-core), ${theme}, with an editor open`, async () => {
      const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${suite.base}?mode=extract&theme=${theme}`);
      await page.getByLabel('Article text').fill(INF);
      await page.getByLabel('Address (URL), required').fill(URL_INF);
      await page.getByLabel('Published (YYYY-MM-DD), required').fill('2019-08-02');
      await page.getByRole('button', { name: 'Find the events' }).click();
      await cards(page).first().waitFor();
      await cards(page).nth(1).getByRole('button', { name: 'Reject' }).click();
      await cards(page).nth(2).getByRole('button', { name: 'Edit' }).click();
      await cards(page).nth(2).getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)').fill('nope');
      await cards(page).nth(2).getByRole('button', { name: 'Save changes' }).click();
      await page.locator('mark').first().click();
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
      await context.close();
    });
  }

  it('fits a phone: no horizontal overflow at 390 px, before and after a run', async () => {
    const { context, page } = await openWorkbench({ width: 390, height: 844 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, 'the form fits');
    await fillArticle(page);
    await page.getByRole('button', { name: 'Find the events' }).click();
    await cards(page).first().waitFor();
    await cards(page).nth(2).getByRole('button', { name: 'Edit' }).click();
    const px = await overflow();
    assert.ok(px <= 0, `page is ${px}px wider than the screen`);
    await context.close();
  });

  it('is reached from the explorer’s masthead', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.base);
    await waitForMarks(page);
    await page.getByRole('button', { name: 'From an article…' }).click();
    await page.getByRole('heading', { level: 1, name: 'From an article to events' }).waitFor();
    assert.match(page.url(), /mode=extract/);
    await page.close();
  });
});
