/** Small datasets for tests: valid by default, each field overridable. */
import type { Dataset } from '../../src/data/model';
import { validateDataset } from '../../src/data/validate';

export function rawEvent(over: Record<string, unknown> = {}): Record<string, unknown> {
  const date = (over.date as string) ?? '2021-04-15';
  return {
    id: `${date}-event`,
    date,
    title: 'US announces sanctions',
    summary: 'The United States announced sanctions.',
    actors: ['US'],
    category: 'sanctions',
    tone: -2,
    sources: [
      {
        url: 'https://example.org/a',
        title: 'A page',
        publisher: 'Example',
        date: '2021-04-15',
        kind: 'news',
        archived: 'https://web.archive.org/web/20210415/https://example.org/a',
      },
    ],
    ...over,
  };
}

export function rawDataset(events: unknown[], extra: Record<string, unknown> = {}) {
  return { title: 'Test timeline', version: '1', license: 'CC BY 4.0', updated: '2026-01-01', events, ...extra };
}

export function dataset(events: Record<string, unknown>[], extra: Record<string, unknown> = {}): Dataset {
  const { dataset: d, issues } = validateDataset(rawDataset(events, extra));
  if (!d) throw new Error(`fixture is not a dataset: ${JSON.stringify(issues)}`);
  return d;
}

/** Text width stub: 6 px a character, so tests can state exact positions. */
export const measure6 = (text: string) => text.length * 6;
