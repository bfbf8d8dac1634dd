import { describe, expect, it } from 'vitest';
import { citeApa, citeChicago, escapeBibtex, toBibtex, toCslJson, toRis } from '../../../src/data/cite';
import { dataset, rawEvent } from '../fixtures';

const d = dataset(
  [rawEvent({ id: '2021-04-15-us-sanctions', date: '2021-04-15', title: 'US sanctions & expels 10 {diplomats}' })],
  {
    title: 'US–Russia relations since 1991',
    version: '0.1.0',
    updated: '2026-11-28',
  },
);
const ctx = { dataset: d, url: 'https://example.org/?event=2021-04-15-us-sanctions', accessed: '2026-11-30' };
const e = d.events[0]!;

describe('citations', () => {
  it('writes APA for the dataset and for an event, with the permalink and access date', () => {
    expect(citeApa({ ...ctx, url: 'https://example.org/' })).toBe(
      'US–Russia Relations Timeline. (2026). US–Russia relations since 1991 (Version 0.1.0) [Data set]. Retrieved November 30, 2026, from https://example.org/',
    );
    expect(citeApa(ctx, e)).toBe(
      'US–Russia Relations Timeline. (2026). US sanctions & expels 10 {diplomats} [Timeline entry, 15 April 2021]. In US–Russia relations since 1991 (Version 0.1.0). Retrieved November 30, 2026, from https://example.org/?event=2021-04-15-us-sanctions',
    );
  });
  it('writes Chicago', () => {
    expect(citeChicago(ctx, e)).toBe(
      'US–Russia Relations Timeline. “US sanctions & expels 10 {diplomats}” (15 April 2021). In US–Russia relations since 1991. Version 0.1.0, updated November 28, 2026. Accessed November 30, 2026. https://example.org/?event=2021-04-15-us-sanctions.',
    );
  });
  it('escapes BibTeX specials and writes a complete entry', () => {
    expect(escapeBibtex('a & b {c} 50% $x #1 _y ^ ~ \\')).toBe(
      'a \\& b \\textbraceleft{}c\\textbraceright{} 50\\% \\$x \\#1 \\_y \\^{} \\~{} \\textbackslash{}',
    );
    const bib = toBibtex(ctx, e);
    expect(bib).toMatch(/^@misc\{usrussia2026_20210415ussanctions,\n/);
    expect(bib).toContain(
      '  title = {US sanctions \\& expels 10 \\textbraceleft{}diplomats\\textbraceright{} (15 April 2021)}',
    );
    expect(bib).toContain('  urldate = {2026-11-30}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
  it('writes RIS with CRLF lines ending in ER', () => {
    const ris = toRis(ctx);
    expect(ris.split('\r\n').slice(0, 2)).toEqual(['TY  - DATA', 'TI  - US–Russia relations since 1991']);
    expect(ris).toContain('Y2  - 2026-11-30\r\nER  - \r\n');
  });
  it('writes CSL-JSON that parses back', () => {
    const [item] = JSON.parse(toCslJson(ctx, e));
    expect(item).toMatchObject({
      type: 'entry',
      title: e.title,
      URL: ctx.url,
      accessed: { 'date-parts': [[2026, 11, 30]] },
    });
  });
});

describe('citations of a dataset that states how far it is complete', () => {
  const through = { ...ctx, dataset: { ...d, through: '2026-03-12' }, url: 'https://example.org/' };

  it('says "complete through" in every format of the dataset citation', () => {
    expect(citeApa(through)).toBe(
      'US–Russia Relations Timeline. (2026). US–Russia relations since 1991 (Version 0.1.0; complete through March 12, 2026) [Data set]. Retrieved November 30, 2026, from https://example.org/',
    );
    expect(citeChicago(through)).toBe(
      'US–Russia Relations Timeline. US–Russia relations since 1991. Dataset, complete through March 12, 2026. Version 0.1.0, updated November 28, 2026. Accessed November 30, 2026. https://example.org/.',
    );
    expect(toBibtex(through)).toContain('  note = {Dataset, CC BY 4.0, complete through 2026-03-12}');
    expect(toRis(through)).toContain('ET  - 0.1.0\r\nN1  - Complete through 2026-03-12\r\nUR  - https://example.org/');
    expect(JSON.parse(toCslJson(through))[0].note).toBe('Complete through 2026-03-12');
  });

  it('leaves it out of an event citation and of a dataset that does not state it', () => {
    expect(citeApa(through, e)).not.toContain('complete through');
    expect(citeChicago(ctx)).toBe(
      'US–Russia Relations Timeline. US–Russia relations since 1991. Dataset. Version 0.1.0, updated November 28, 2026. Accessed November 30, 2026. https://example.org/?event=2021-04-15-us-sanctions.',
    );
    expect(toRis(ctx)).not.toContain('N1  -');
    expect(toBibtex(ctx)).toContain('  note = {Dataset, CC BY 4.0}');
    expect(JSON.parse(toCslJson(ctx))[0].note).toBeUndefined();
  });
});

describe('citations of a dataset from elsewhere', () => {
  const other = dataset([rawEvent({ id: 'x', date: '2021-04-15', title: 'An act' })], {
    title: 'Their timeline',
    version: '',
    updated: 'soon',
    license: '',
  });
  const ev = other.events[0]!;
  const from = {
    dataset: other,
    url: 'https://data.example.net/t.json',
    accessed: '2026-11-30',
    author: 'data.example.net',
    license: null,
  };
  const file = { ...from, url: '', author: null };

  it('credits the host it came from, never the project', () => {
    expect(citeApa(from)).toBe(
      'data.example.net. (n.d.). Their timeline [Data set]. Retrieved November 30, 2026, from https://data.example.net/t.json',
    );
    expect(citeApa(from, ev)).toBe(
      'data.example.net. (n.d.). An act [Timeline entry, 15 April 2021]. In Their timeline. Retrieved November 30, 2026, from https://data.example.net/t.json',
    );
    expect(citeChicago(from)).toBe(
      'data.example.net. Their timeline. Dataset. Accessed November 30, 2026. https://data.example.net/t.json.',
    );
    const bib = toBibtex(from);
    expect(bib).toMatch(/^@misc\{timelinend,\n/);
    expect(bib).toContain('  author = {{data.example.net}}');
    expect(bib).toContain('  note = {Dataset}');
    expect(toRis(from)).toContain('AU  - data.example.net\r\n');
    expect(JSON.parse(toCslJson(from))[0].author).toEqual([{ literal: 'data.example.net' }]);
    for (const text of [citeApa(from), citeChicago(from, ev), toBibtex(from, ev), toRis(from), toCslJson(from)]) {
      expect(text).not.toContain('US–Russia');
      expect(text).not.toContain('CC BY');
    }
  });

  it('puts the title first when nobody is known, and names no address for a file on this device', () => {
    expect(citeApa(file)).toBe('Their timeline [Data set]. (n.d.).');
    expect(citeApa(file, ev)).toBe('An act [Timeline entry, 15 April 2021]. (n.d.). In Their timeline.');
    expect(citeChicago(file, ev)).toBe('“An act” (15 April 2021). In Their timeline. Accessed November 30, 2026.');
    expect(toBibtex(file)).not.toMatch(/author|url =/);
    expect(toRis(file)).not.toMatch(/AU {2}-|UR {2}-/);
    const [item] = JSON.parse(toCslJson(file));
    expect(item.author).toBeUndefined();
    expect(item.URL).toBeUndefined();
  });
});
