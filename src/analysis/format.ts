/**
 * Numbers as the analysis views and their CSV files show them. Shares are kept as counts over a base
 * (`Ratio`), so a view can say "7 of 12" as well as "0.58", and the DOM contract's two decimals come from
 * one place.
 */

/** `count` of `of`; `of` 0 means the share is undefined (nothing to count), not zero. */
export interface Ratio {
  readonly count: number;
  readonly of: number;
}

export function ratioValue(r: Ratio): number | null {
  return r.of > 0 ? r.count / r.of : null;
}

/**
 * Two decimals, halves rounded away from zero, '' for null. Binary noise is cut first (0.145 is stored as
 * 0.14499999…, and toFixed would print 0.14), and a negative value that rounds to zero prints "0.00".
 */
export function formatFixed2(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '';
  const hundredths = Math.round(Number((Math.abs(x) * 100).toPrecision(12)));
  const signed = hundredths === 0 ? 0 : Math.sign(x) * hundredths;
  return (signed / 100).toFixed(2);
}

/** A share with two decimals (the `data-same-sign` and `data-other-side` attributes), '' when undefined. */
export function formatShare(r: Ratio): string {
  return formatFixed2(ratioValue(r));
}
