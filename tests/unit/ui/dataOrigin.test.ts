import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../../../src/state/slices/data';
import { describeOrigin, originNotice, originPageTitle } from '../../../src/ui/dataOrigin';

const address = {
  kind: 'address',
  url: 'https://data.example.net:8443/t.json',
  host: 'data.example.net:8443',
} as const;
const file = (name: string) => ({ kind: 'file', name, file: new Blob([]) }) as const;

describe('data origin in words', () => {
  it('says nothing for the curated dataset', () => {
    expect(describeOrigin(BUNDLED)).toBeNull();
    expect(originNotice(BUNDLED)).toBeNull();
    expect(originPageTitle(BUNDLED, 'US–Russia relations since 1991')).toBeNull();
  });

  it('names the host of an address and the name of a file', () => {
    expect(originNotice(address)).toBe('A dataset from data.example.net:8443 — not the curated US–Russia dataset');
    expect(originNotice(file('mine.csv'))).toBe('Your file mine.csv — not the curated US–Russia dataset');
    expect(originPageTitle(address, 'Their timeline')).toBe('Their timeline — a dataset from data.example.net:8443');
    expect(originPageTitle(file('mine.csv'), 'Their timeline')).toBe('Their timeline — your file mine.csv');
  });

  it('cuts and isolates names from the data, so a right-to-left override cannot reorder the notice', () => {
    expect(originNotice(file('\u202Etxt.exe'))).toBe('Your file txt.exe — not the curated US–Russia dataset');
    expect(originPageTitle(address, `שלום${'x'.repeat(200)}`)).toBe(
      `\u2068שלום${'x'.repeat(76)}…\u2069 — a dataset from data.example.net:8443`,
    );
  });
});
