/**
 * Numbers as the page writes them (British English: "1,234", "-12,500", "2.5"). Whole numbers are grouped
 * here by hand, to the same text as `toLocaleString('en-GB')`: the first locale-aware call of a page builds
 * the browser's number formatter, which costs tens of milliseconds on the way to the first draw.
 */
export function formatNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
