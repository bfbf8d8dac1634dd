import { describe, expect, it } from 'vitest';
import { SOURCE_KIND_LABELS, sourceKindLabel } from '../../../src/data/categories';

describe('sourceKindLabel', () => {
  it('names the state behind state media; no country means Russia', () => {
    expect(sourceKindLabel({ kind: 'state-media', country: null })).toBe('Russian state-affiliated media');
    expect(sourceKindLabel({ kind: 'state-media', country: 'CN' })).toBe('Chinese state-affiliated media');
    expect(sourceKindLabel({ kind: 'state-media', country: 'AZ' })).toBe('Azerbaijani state-affiliated media');
    expect(sourceKindLabel({ kind: 'state-media', country: 'EG' })).toBe('State-affiliated media (EG)');
  });
  it('labels the other kinds as before, ignoring a stray country', () => {
    expect(sourceKindLabel({ kind: 'government-us', country: null })).toBe('US government');
    expect(sourceKindLabel({ kind: 'news', country: 'CN' })).toBe('News');
    expect(sourceKindLabel({ kind: null, country: null })).toBe('Unknown kind');
    expect(SOURCE_KIND_LABELS['state-media']).toBe('Russian state-affiliated media');
  });
});
