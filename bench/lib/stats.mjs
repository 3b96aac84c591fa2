/** Medians, percentiles and formatting for the tables. */

export function median(xs) {
  return percentile(xs, 50);
}

/** Linear-interpolated percentile (p in 0..100) of the finite values. */
export function percentile(xs, p) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (p / 100) * (s.length - 1);
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

export function ms(x, digits = 0) {
  return Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a';
}

export function secs(x) {
  return Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a';
}

/** "1.23 s" above a second, "456 ms" below. */
export function time(x) {
  return !Number.isFinite(x) ? 'n/a' : x >= 1000 ? secs(x) : ms(x, x < 10 ? 1 : 0);
}

export function ratio(x, digits = 2) {
  return Number.isFinite(x) ? `${x.toFixed(digits)}x` : 'n/a';
}

export function mb(x) {
  return Number.isFinite(x) ? `${Math.round(x)} MB` : 'n/a';
}

export function int(x) {
  return Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a';
}
