import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PRINT_LIMIT, PrintView } from '../../../../src/modes/print/PrintView';
import { domainFromParams } from '../../../../src/state/address';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore, stubResizeObserver } from '../../ui/render';

const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../../../src/ui/download', () => ({
  downloadText: (name: string, text: string) => saved.push({ name, text }),
  downloadBlob: () => undefined,
}));

// The static picture measures its box; jsdom has no layout.
beforeAll(stubResizeObserver);

const source = (n: number, id: string) => ({
  url: `https://example.org/${id}/${n}`,
  title: `Report ${n} on ${id}`,
  publisher: `Publisher ${n}`,
  date: '2021-05-01',
  kind: 'news',
});

const d = dataset([
  rawEvent({ id: 'treaty', date: '2011-02-05', end: '2026-02-05', title: 'New START in force', actors: ['US', 'RU'] }),
  rawEvent({ id: 'before', date: '2020-06-01', title: 'Before the period' }),
  rawEvent({ id: 'a', date: '2021-01-26', title: 'Extension agreed', sources: [source(1, 'a'), source(2, 'a')] }),
  rawEvent({ id: 'b', date: '2021-04-15', title: 'Diplomats expelled', actors: ['RU'], sources: [source(1, 'b')] }),
  rawEvent({ id: 'c', date: '2021-06-16', title: 'Geneva summit', category: 'diplomacy' }),
  rawEvent({ id: 'after', date: '2022-02-24', title: 'After the period' }),
]);

const year2021 = domainFromParams('2021', '2021');
const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('print-event'));

describe('PrintView', () => {
  afterEach(() => {
    saved.length = 0;
  });

  it('lists every event dated in the window, in date order, and no other', () => {
    renderWithStore(<PrintView />, d, { address: { domain: year2021 } });
    expect(items().map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Extension agreed',
      'Diplomats expelled',
      'Geneva summit',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2021-01-01 to 2021-12-31');
    expect(screen.getByText(/^3 events ·/)).toBeInTheDocument();
  });

  it('writes out every source of every listed event, with its address, for paper', () => {
    renderWithStore(<PrintView />, d, { address: { domain: year2021 } });
    const listed = items();
    expect(listed).toHaveLength(3);
    ['a', 'b', 'c'].forEach((id, i) => {
      const li = listed[i] as HTMLElement;
      const sources = d.byId.get(id)?.sources ?? [];
      expect(sources.length).toBeGreaterThan(0);
      expect(within(li).getAllByRole('listitem')).toHaveLength(sources.length);
      for (const src of sources) {
        expect(within(li).getByRole('link', { name: src.title })).toHaveAttribute('href', src.url);
        expect(li).toHaveTextContent(src.url);
      }
    });
    // On paper an archived copy is an address too.
    expect(listed[2]).toHaveTextContent('(archived: https://web.archive.org/web/20210415/https://example.org/a)');
  });

  it('names each event’s date, category and the side that acted', () => {
    renderWithStore(<PrintView />, d, { address: { domain: year2021 } });
    const [first, second] = items();
    expect(first).toHaveTextContent('26 January 2021');
    expect(second).toHaveTextContent(/Russia/);
  });

  it('says which filters made the list, and the data’s version', () => {
    renderWithStore(<PrintView />, d, { address: { domain: year2021, actor: 'RU' } });
    expect(items()).toHaveLength(1);
    expect(screen.getByText(/^1 events ·/)).toHaveTextContent(/version 1/);
  });

  it(`lists the first ${PRINT_LIMIT} of a longer period, says so, and offers them all as a file`, async () => {
    const user = userEvent.setup();
    const many = dataset(
      Array.from({ length: PRINT_LIMIT + 2 }, (_, i) => {
        const day = new Date(Date.UTC(2021, 0, 1) + i * 3_600_000 * 12).toISOString().slice(0, 10);
        return rawEvent({ id: `e${i}`, date: day, title: `Event ${i}` });
      }),
    );
    renderWithStore(<PrintView />, many);
    expect(items()).toHaveLength(PRINT_LIMIT);
    expect(screen.getByText(/lists the first 500 of the 502 events/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download all 502 as CSV' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.text).toContain('Event 501');
  });
});
