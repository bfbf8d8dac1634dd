/**
 * Browser-test harness: serves the built app (dist/) and test fixtures from a local static server, and
 * drives Debian's Chromium through playwright-core. Fails loudly when Chromium is missing: browser
 * tests never skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/staticServer';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'tests/browser/fixtures');

/**
 * A large dataset that arrives slowly (about 8 s in all, with a Content-Length), so tests can watch the
 * progress bar and cancel. Stops writing when the client goes away.
 */
function streamSlowly(res: ServerResponse): void {
  const event = (i: number) =>
    JSON.stringify({
      id: `slow-${i}`,
      date: '2021-04-15',
      title: `Slow event ${i}`,
      summary: 'x',
      actors: ['US'],
      category: 'sanctions',
      tone: 0,
      sources: [{ url: 'https://example.org/', title: 't', publisher: 'p', kind: 'news' }],
    });
  const chunks = Array.from({ length: 80 }, (_, c) =>
    Array.from({ length: 200 }, (_, i) => event(c * 200 + i)).join(','),
  );
  const head = '{"title":"Slow","events":[';
  const body = [head, ...chunks.map((c, i) => (i ? `,${c}` : c)), ']}'];
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': String(body.reduce((n, b) => n + Buffer.byteLength(b), 0)),
  });
  let i = 0;
  const timer = setInterval(() => {
    if (res.destroyed || i >= body.length) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(body[i]);
    i += 1;
  }, 100);
  res.on('close', () => clearInterval(timer));
}

/** A test file's own routes, tried before the shared ones: answers and returns true, or returns false. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

export async function startServer(extra?: Route): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  return serveStatic({
    mounts: [
      { prefix: '/fixtures/', dir: FIXTURES },
      { prefix: '/', dir: DIST },
    ],
    // /status/NNN answers with that HTTP status; /slow.json streams a large dataset slowly.
    route: (req, res) => {
      if (extra?.(req, res)) return true;
      if (req.url?.startsWith('/status/')) {
        res.writeHead(Number(req.url.slice('/status/'.length, '/status/'.length + 3)) || 500).end('error');
        return true;
      }
      if (req.url?.startsWith('/slow.json')) {
        streamSlowly(res);
        return true;
      }
      return false;
    },
  });
}

/** Console errors and page errors seen by a page, for "loads without errors" checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Waits until the timeline has drawn its marks. */
export async function waitForMarks(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="timeline"] g.mark', { timeout: 15_000 });
}

/**
 * Waits until the list below the chart shows `count` rows (or any, without a count): its rows render a
 * moment after the chart's marks.
 */
export async function waitForRows(page: Page, count?: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const rows = document.querySelectorAll('[data-testid="event-list"] tbody tr').length;
      return n === null ? rows > 0 : rows === n;
    },
    count ?? null,
    { timeout: 15_000 },
  );
}

export interface RawEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  actors: string[];
  category: string;
  respondsTo?: string[];
}

export function curatedEvents(): RawEvent[] {
  return JSON.parse(readFileSync(join(ROOT, 'data/events.json'), 'utf8')).events;
}

export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations, each as "rule: the first
 * three elements". The page's CSP forbids injected scripts (as it should): open it in a context with
 * `bypassCSP: true`.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  });
}

/**
 * One server and one Chromium for a test file: registers before/after hooks and returns live getters
 * (they are set once the before hook has run). `extra` adds the file's own routes.
 */
export function browserSuite(extra?: Route): { readonly base: string; readonly browser: Browser } {
  const suite: { base: string; browser: Browser; server: Server | null } = {
    base: '',
    browser: null as unknown as Browser,
    server: null,
  };
  before(async () => {
    const { server, url } = await startServer(extra);
    suite.server = server;
    suite.base = url;
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    // Routes that never answer keep their sockets open; close them so the test process can end.
    suite.server?.closeAllConnections();
    suite.server?.close();
  });
  return suite;
}
