/** Calendar dates written YYYY-MM-DD, as the policy, the tags and the CLI's --today use them (UTC days). */

/** A real date in that form (2027-02-30 is not). */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(s + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Whole days from one date to another (negative when `to` is earlier), or undefined if either is not a date. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = Date.parse(from + 'T00:00:00Z');
  const b = Date.parse(to + 'T00:00:00Z');
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.round((b - a) / 86_400_000);
}
