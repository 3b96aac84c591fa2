/**
 * Where an outbound call goes. The policy decides first (crossBorder.hosts: a host glob, an environment variable,
 * a package); then what the code configures: the URL of the call (joined to a client's base URL), a host option,
 * a region option read through its family in regions.json; then the vendor's default. A host says where it is by
 * being internal, by a catalogued vendor (a region inside it, else the vendor's default) or by its country-code
 * domain. What the code does not spell out (an environment variable, a parameter, a config object) is unresolved.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');
import type { Localized } from '../types';
import { isCountryCode } from '../geo/countries';
import type { Catalogue } from './catalogue';
import type { Matched } from './access';
import type { CatalogueEntry, EgressDestination, HostRule } from './types';
import { ccTldCountry, globMatches, hostOf, internalHost, isIpLiteral } from './hosts';
import { REGION_FAMILIES, regionCountry, regionInHost } from './regions';
import { joinUrl, type Value, type Values } from './values';
import { INTERNAL_WHY, R } from './reasons';
import type { CallLike } from './scope';

/** An expression holding where a call goes: a URL (or a path), or with `bare` a host option. */
export interface UrlSource {
  expr: ts.Expression;
  bare: boolean;
}

export interface DestinationContext {
  catalogue: Catalogue;
  hosts: readonly HostRule[];
  values: Values;
  /**
   * Calls that configure a module-level client without sending (`datadogRum.init({ site })`, `Sentry.init({ dsn })`):
   * their option objects count for the calls on the same module or global.
   */
  configCalls?: (m: Matched) => readonly CallLike[];
}

function resolved(destination: string, rest: Omit<EgressDestination, 'status' | 'destination' | 'country' | 'domestic'>): EgressDestination {
  const domestic = destination === 'domestic' || destination === 'CN';
  const d: EgressDestination = { status: 'resolved', destination, ...rest };
  if (isCountryCode(destination)) d.country = destination;
  if (domestic) d.domestic = true;
  return d;
}

function unresolved(reason: Localized, rest: Partial<EgressDestination> = {}): EgressDestination {
  return { status: 'unresolved', by: 'unresolved', reason, ...rest };
}

/** The URL a call (or a factory on its way) names through its operation's `url`. */
export function urlOf(call: CallLike, url: NonNullable<Matched['op']['url']>, values: Values): UrlSource | undefined {
  const arg = call.arguments?.[url.arg];
  if (!arg) return undefined;
  const paths = url.path === undefined ? [] : Array.isArray(url.path) ? url.path : [url.path];
  if (values.objectLiterals(arg).length) {
    // An options object is no URL: with no path named, its host options (region.hostOptions) say where.
    for (const p of paths) {
      const found = values.option([arg], p);
      if (found) return { expr: found, bare: /host/i.test(p) };
    }
    return undefined;
  }
  return { expr: arg, bare: false };
}

/** Option objects that configure the call: its own (except payloads with roles), then its factories', nearest first. */
function optionObjects(m: Matched, values: Values, configCalls: readonly CallLike[]): ts.Expression[] {
  const out: ts.Expression[] = [];
  const roles = new Set((m.op.payload ?? []).filter((p) => p.personalData && Object.keys(p.personalData).length).map((p) => p.arg));
  (m.call.arguments ?? []).forEach((a, i) => {
    if (!roles.has(i)) out.push(...values.objectLiterals(a));
  });
  for (let i = m.handle.factories.length - 1; i >= 0; i--) for (const a of m.handle.factories[i].arguments ?? []) out.push(...values.objectLiterals(a));
  for (const c of configCalls) for (const a of c.arguments ?? []) out.push(...values.objectLiterals(a));
  return out;
}

function firstOption(names: readonly string[] | undefined, objects: ts.Expression[], values: Values): { name: string; expr: ts.Expression } | undefined {
  for (const name of names ?? []) {
    const expr = values.option(objects, name);
    if (expr) return { name, expr };
  }
  return undefined;
}

function policyRule(rules: readonly HostRule[], test: (r: HostRule) => boolean): { rule: HostRule; index: number } | undefined {
  const index = rules.findIndex(test);
  return index >= 0 ? { rule: rules[index], index } : undefined;
}

/** What a host alone says. */
export function hostDestination(host: string, catalogue: Catalogue): EgressDestination {
  const why = internalHost(host);
  if (why) return { status: 'internal', by: 'internal', host, reason: R.internalHost(host, INTERNAL_WHY[why]) };
  const vendor = catalogue.vendorForHost(host);
  const recipient = vendor && { id: vendor.id, name: vendor.vendor };
  const family = vendor?.destination.region?.family;
  const inHost = family ? regionInHost(family, host) : undefined;
  if (inHost) return resolved(inHost.code, { by: 'region-host', host, region: inHost.region, vendor: recipient, reason: R.regionHost(host, inHost.region, inHost.code) });
  if (vendor && vendor.destination.default) {
    return resolved(vendor.destination.default, { by: 'vendor-host', host, vendor: recipient, reason: R.vendorHost(host, vendor.vendor, vendor.destination.default, vendor.source.title) });
  }
  const cc = ccTldCountry(host);
  if (cc) return resolved(cc.code, { by: 'cctld', host, vendor: recipient, reason: R.ccTld(host, cc.tld, cc.code) });
  return unresolved(isIpLiteral(host) ? R.ipHost(host) : R.unknownHost(host), { host, vendor: recipient });
}

function regionDestination(entry: CatalogueEntry, option: string, v: Value): EgressDestination {
  if (v.kind === 'env') return unresolved(R.fromEnv(v.name), { env: [v.name], span: v.span });
  if (v.kind === 'unknown' || !v.complete) return unresolved(R.unknownValue(v.kind === 'unknown' ? v.what : `${v.text}…`), { span: v.span });
  const family = entry.destination.region?.family;
  const found = family ? regionCountry(family, v.text) : undefined;
  if (!found) return unresolved(R.unknownRegion(v.text, family), { region: v.text, span: v.span });
  return resolved(found.code, {
    by: 'region-option',
    region: found.region,
    span: v.span,
    reason: R.regionOption(option, found.region, found.code, REGION_FAMILIES[family!].source.title),
  });
}

/**
 * Where a matched call goes. `extra`: where the call's client said it goes when the call says nothing itself (a
 * factory's URL, another call on the same client: XMLHttpRequest's open for its send).
 */
export function resolveDestination(m: Matched, ctx: DestinationContext, extra: UrlSource | undefined): EgressDestination {
  const { values, hosts: rules, catalogue } = ctx;
  const entry = m.entry;
  if (entry.destination.inProcess) return { status: 'internal', by: 'in-process', reason: R.inProcess(entry.vendor) };
  const spec = entry.destination.region ?? {};
  const objects = optionObjects(m, values, ctx.configCalls?.(m) ?? []);
  const own = m.op.url ? urlOf(m.call, m.op.url, values) : undefined;
  const hostOption = firstOption(spec.hostOptions, objects, values);
  const regionOption = firstOption(spec.options, objects, values);
  const specifier = m.handle.origin.kind === 'package' ? m.handle.origin.specifier : undefined;
  const recipient = entry.kind === 'http' ? undefined : { id: entry.id, name: entry.vendor };

  // Where the code says the call goes, as one string value: the URL, joined to a base when relative.
  let where: Value | undefined;
  let bare = false;
  const source = own ?? extra;
  if (source) {
    where = values.evaluate(source.expr);
    bare = source.bare;
    const relative = where.kind === 'string' && !bare && 'relative' in (hostOf(where.text, where.complete, false) ?? {});
    const baseExpr = hostOption?.expr ?? (own && extra && !extra.bare ? extra.expr : undefined);
    if (relative && baseExpr) {
      const base = values.evaluate(baseExpr);
      if (base.kind === 'string' && base.complete && where.kind === 'string') where = { ...base, text: joinUrl(base.text, where.text) };
      else where = base;
    }
  } else if (hostOption) {
    where = values.evaluate(hostOption.expr);
    bare = true;
  }
  let found = where?.kind === 'string' ? hostOf(where.text, where.complete, bare) : undefined;
  // A bare name of a catalogued host where a URL was expected (`new ServiceBusClient('x.servicebus.windows.net')`).
  if (found && 'relative' in found && where?.kind === 'string' && where.complete && catalogue.vendorForHost(where.text.trim().toLowerCase())) {
    found = { host: where.text.trim().toLowerCase() };
  }
  const host = found && 'host' in found ? found.host : undefined;
  const region = regionOption ? values.evaluate(regionOption.expr) : undefined;

  // The policy first: a host glob matches the host the code names, or when it names none, the vendor's hosts.
  const hostsToMatch = host ? [host] : !where && !region ? (entry.destination.hosts ?? []).map((h) => h.replace(/^\*\./, '')) : [];
  let byHost: { rule: HostRule; index: number; host: string } | undefined;
  for (const h of hostsToMatch) {
    const rule = policyRule(rules, (r) => !!r.host && globMatches(r.host, h, 'host'));
    if (rule && (!byHost || rule.index < byHost.index)) byHost = { ...rule, host: h };
  }
  if (byHost) return resolved(byHost.rule.destination, { by: 'policy-host', host: byHost.host, vendor: recipient, policyEntry: byHost.index, span: where?.span, reason: R.policyHost(byHost.index, byHost.host, byHost.rule.destination) });
  const envs = [where, region].flatMap((v) => (v?.kind === 'env' ? [v.name] : []));
  if (!where && !region) envs.push(...(spec.env ?? []));
  const byEnv = policyRule(rules, (r) => !!r.env && envs.includes(r.env));
  if (byEnv) return resolved(byEnv.rule.destination, { by: 'policy-env', env: [byEnv.rule.env!], vendor: recipient, policyEntry: byEnv.index, reason: R.policyEnv(byEnv.index, byEnv.rule.env!, byEnv.rule.destination) });
  const byPackage = specifier ? policyRule(rules, (r) => !!r.package && globMatches(r.package, specifier, 'plain')) : undefined;
  if (byPackage) return resolved(byPackage.rule.destination, { by: 'policy-package', vendor: recipient, policyEntry: byPackage.index, reason: R.policyPackage(byPackage.index, specifier!, byPackage.rule.destination) });

  // Then what the code configures.
  if (where) {
    if (found && 'relative' in found) return { status: 'internal', by: 'internal', span: where.span, reason: R.relative() };
    if (host) {
      const d = hostDestination(host, catalogue);
      d.span = where.span;
      d.vendor ??= recipient;
      // A vendor's own host that does not say its region (sms.tencentcloudapi.com): the region option decides.
      const vendorHost = d.by === 'vendor-host' || (d.status === 'unresolved' && !!catalogue.vendorForHost(host));
      if (vendorHost && region) return { ...regionDestination(entry, regionOption!.name, region), host, vendor: d.vendor };
      return d;
    }
    if (where.kind === 'env') return unresolved(R.fromEnv(where.name), { env: [where.name], span: where.span, vendor: recipient });
    return unresolved(R.unknownValue(where.kind === 'unknown' ? where.what : `${where.text}…`), { span: where.span, vendor: recipient });
  }
  if (region) return { ...regionDestination(entry, regionOption!.name, region), vendor: recipient };
  const fallback = entry.destination.default;
  const defaultHost = entry.destination.hosts?.find((h) => !h.includes('*'));
  if (fallback) {
    return resolved(fallback, { by: 'vendor-default', host: defaultHost, vendor: recipient, reason: R.vendorDefault(entry.vendor, fallback, defaultHost, entry.source.title) });
  }
  return unresolved(R.needsConfig(entry.vendor, spec.env), { env: spec.env?.length ? [...spec.env] : undefined, vendor: recipient });
}
