/**
 * Hosts read from URLs, connection strings and host options, and what a host alone says: internal (not egress at
 * all), or a country by its country-code top-level domain. Never a guess: a public host without a ccTLD says nothing.
 */
import { isCountryCode } from '../geo/countries';

/** What a URL or host text gives: a host, a relative URL (same origin: internal), or nothing certain. */
export type HostOf = { host: string } | { relative: true } | undefined;

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * The host of a URL, a connection string (postgres://user:pw@db.example.com:5432/x) or a bare host option.
 * `complete` false: only the text's head is known (a template with a constant head); the host counts only when it
 * ends inside the head. `bare`: the text is a host option, where "smtp.example.com" is a host, not a relative path.
 */
export function hostOf(text: string, complete: boolean, bare: boolean): HostOf {
  const t = text.trim();
  let rest: string;
  const scheme = SCHEME.exec(t);
  if (scheme) rest = t.slice(scheme[0].length);
  else if (t.startsWith('//')) rest = t.slice(2);
  else if (!bare) {
    // Without a scheme a URL is relative to the page or the client's base (fetch('/api/x'), axios.get('users/1')).
    // A head alone must already show it: `${base}/users` or `http${s}://...` is not known.
    if (complete || /^(?:\/|\.\.?\/|\?|#)/.test(t) || /^[^:]*[/?#]/.test(t)) return { relative: true };
    return undefined;
  } else rest = t;
  // The authority ends at the first / ? # ; user info ends at the last @ before it.
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  if (end < 0 && !complete) return undefined;
  const at = authority.lastIndexOf('@');
  let host = at >= 0 ? authority.slice(at + 1) : authority;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close < 0) return undefined;
    host = host.slice(1, close);
  } else {
    // Several hosts (mongodb://a:27017,b:27017): the first one says where the cluster is.
    host = host.split(',')[0].replace(/:\d*$/, '');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host || !/^[a-z0-9.:_-]+$/.test(host)) return undefined;
  return { host };
}

function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

/**
 * Suffixes of names that resolve only on a private network: RFC 6761 (.localhost .test .invalid), RFC 6762 (.local),
 * RFC 8375 (.home.arpa), ICANN's .internal, and .lan and .corp, which the root will not delegate.
 */
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.corp', '.test', '.invalid'];

/**
 * Why a host is internal (not egress): localhost, a loopback, private or link-local address, a single-label name
 * (a service on the same network: "redis", "user-service"), or a private-use suffix. Undefined for a public host.
 */
export function internalHost(host: string): string | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'a loopback address';
  if (PRIVATE_SUFFIXES.some((s) => host.endsWith(s))) return 'a private-network name';
  const v4 = ipv4(host);
  if (v4) {
    const [a, b] = v4;
    if (a === 127) return 'a loopback address';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private address';
    if (a === 169 && b === 254) return 'a link-local address';
    if (a === 0) return 'an unspecified address';
    return undefined;
  }
  if (host.includes(':')) {
    const h = host.replace(/^::ffff:/, '');
    if (ipv4(h)) return internalHost(h);
    if (h === '::1' || h === '::') return 'a loopback address';
    if (/^f[cd][0-9a-f]{0,2}:/.test(h)) return 'a private address';
    if (/^fe[89ab][0-9a-f]?:/.test(h)) return 'a link-local address';
    return undefined;
  }
  if (!host.includes('.')) return 'a single-label name';
  return undefined;
}

/** A public IP address literal: its country cannot be told from the text. */
export function isIpLiteral(host: string): boolean {
  return !!ipv4(host) || host.includes(':');
}

/**
 * Country-code TLDs used generically, which say nothing about a country: Google Search's list of generic ccTLDs
 * (Search Central, "Managing multi-regional and multilingual sites") and .ai, which EGRESS.md names too.
 */
const GENERIC_CCTLDS = new Set(['ad', 'ai', 'as', 'bz', 'cc', 'cd', 'co', 'dj', 'fm', 'gg', 'io', 'la', 'me', 'ms', 'nu', 'sc', 'sr', 'su', 'tk', 'tv', 'ws']);
/** ccTLDs whose ISO 3166-1 code differs. */
const CCTLD_CODES: Record<string, string> = { uk: 'GB' };

/** The ISO code a host's country-code TLD stands for ("domestic" for .cn), undefined for generic ones. */
export function ccTldCountry(host: string): { tld: string; code: string } | undefined {
  const dot = host.lastIndexOf('.');
  if (dot < 0 || isIpLiteral(host)) return undefined;
  const tld = host.slice(dot + 1);
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return undefined;
  const code = CCTLD_CODES[tld] ?? tld.toUpperCase();
  if (!isCountryCode(code)) return undefined;
  return { tld, code: code === 'CN' ? 'domestic' : code };
}

const globCache = new Map<string, RegExp>();

/** Host, package and environment globs: `*` is any run of characters (in hosts, "*.x.com" also matches x.com). */
export function globMatches(pattern: string, value: string, kind: 'host' | 'plain'): boolean {
  if (!pattern.includes('*')) return kind === 'host' ? pattern.toLowerCase() === value : pattern === value;
  const key = `${kind}\0${pattern}`;
  let re = globCache.get(key);
  if (!re) {
    const body = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
    const source = kind === 'host' && pattern.startsWith('*.') ? `^(?:.*\\.)?${body.slice(4)}$` : `^${body}$`;
    re = new RegExp(source, kind === 'host' ? 'i' : '');
    globCache.set(key, re);
  }
  return re.test(value);
}
