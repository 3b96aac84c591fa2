/**
 * Checks of a schema-valid policy that a schema cannot express: references to categories, dates, rule ids. The rules
 * sit above the policy, so rule ids are checked against the list the analysis passes in (unknownRules).
 */
import type { Document } from 'yaml';
import type { Span } from '../types';
import type { Policy, PolicyProblem } from './model';
import { keySpan, nearestSpan } from './yamlLocate';
import { closest } from '../text/similarity';
import { isCountryCode } from '../geo/countries';
import { isRealDate } from '../text/dates';

type Path = (string | number)[];

/**
 * crossBorder.hosts: each destination is a destination id of the policy, an ISO code or domestic; a host, package
 * or environment variable is mapped once (a second entry would never be read: the first match decides).
 */
function checkHosts(policy: Policy, at: (path: Path) => PolicyProblem['span']): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const known = [...policy.crossBorder.destinations.keys()];
  const seen = new Map<string, number>();
  policy.crossBorder.hosts.forEach((h, i) => {
    const base: Path = ['crossBorder', 'hosts', i];
    const d = h.destination;
    if (d !== 'domestic' && !policy.crossBorder.destinations.has(d)) {
      if (/^[A-Za-z]{2}$/.test(d) && !isCountryCode(d)) {
        problems.push({ span: at([...base, 'destination']), severity: 'error', message: { en: `"${d}" is not an ISO 3166-1 alpha-2 code (SG, US, HK...).`, zh: `“${d}”不是 ISO 3166-1 两位代码（SG、US、HK 等）。` } });
      } else if (!isCountryCode(d)) {
        const candidates = closest(d, [...known, 'domestic']);
        const hint = candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : '';
        const hintZh = candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : '';
        problems.push({
          span: at([...base, 'destination']),
          severity: 'error',
          message: {
            en: `"${d}" is neither a destination of crossBorder.destinations, an ISO 3166-1 alpha-2 code nor domestic.${hint}`,
            zh: `“${d}”既不是 crossBorder.destinations 中的目的地，也不是 ISO 3166-1 两位代码或 domestic。${hintZh}`,
          },
        });
      }
    }
    const key = h.host !== undefined ? `host ${h.host.toLowerCase()}` : h.package !== undefined ? `package ${h.package}` : `env ${h.env}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      const field = key.slice(0, key.indexOf(' '));
      problems.push({
        span: at([...base, field]),
        severity: 'warning',
        message: {
          en: `The ${key} is already mapped by crossBorder.hosts[${first}]; the first entry decides, this one is never read.`,
          zh: `${key} 已由 crossBorder.hosts[${first}] 对应；以第一条为准，此条不会被读取。`,
        },
      });
    }
  });
  return problems;
}

export function checkPolicySemantics(policy: Policy, doc: Document): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (path: Path) => nearestSpan(doc, path, true);
  const tax = policy.taxonomy;
  const knownPatterns = [...tax.ids, ...tax.groupIds];

  const checkCategories = (list: string[] | undefined, path: Path) => {
    (list ?? []).forEach((pattern, i) => {
      if (tax.matching(pattern).length > 0) return;
      const candidates = closest(pattern.replace(/\.\*$/, ''), knownPatterns);
      const hint = candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : '';
      const hintZh = candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : '';
      problems.push({
        span: at([...path, i]),
        severity: 'error',
        message: {
          en: `"${pattern}" matches no category of the taxonomy or categories.custom.${hint}`,
          zh: `“${pattern}”不匹配分类或 categories.custom 中的任何类别。${hintZh}`,
        },
      });
    });
  };

  checkCategories(policy.categories.allow, ['categories', 'allow']);
  checkCategories(policy.categories.sensitive, ['categories', 'sensitive']);
  for (const id of Object.keys(policy.categories.custom)) {
    if (tax.isBuiltin(id)) {
      problems.push({
        span: keySpan(doc, ['categories', 'custom', id]) ?? at(['categories', 'custom']),
        severity: 'error',
        message: { en: `"${id}" is a built-in category; a custom category needs an id of its own.`, zh: `“${id}”是内置类别；自定义类别需要使用自己的标识。` },
      });
    }
  }
  for (const [id, p] of policy.purposes) checkCategories(p.categories, ['purposes', id, 'categories']);

  for (const [id, d] of policy.crossBorder.destinations) {
    const base: Path = ['crossBorder', 'destinations', id];
    checkCategories(d.categories, [...base, 'categories']);
    if (d.country !== undefined && !isCountryCode(d.country)) {
      problems.push({ span: at([...base, 'country']), severity: 'error', message: { en: `"${d.country}" is not an ISO 3166-1 alpha-2 code.`, zh: `“${d.country}”不是 ISO 3166-1 两位代码。` } });
    }
    if (d.country === undefined && !isCountryCode(id)) {
      problems.push({
        span: keySpan(doc, base) ?? at(base),
        severity: 'error',
        message: {
          en: `Destination "${id}" is not an ISO 3166-1 alpha-2 code; give it a country: (e.g. country: SG).`,
          zh: `目的地“${id}”不是 ISO 3166-1 两位代码；请为其设置 country:（例如 country: SG）。`,
        },
      });
    }
    if (d.validUntil !== undefined && !isRealDate(d.validUntil)) {
      problems.push({ span: at([...base, 'validUntil']), severity: 'error', message: { en: `validUntil "${d.validUntil}" is not a real date.`, zh: `validUntil“${d.validUntil}”不是有效日期。` } });
    }
    if (d.exemption && d.mechanism !== 'exempt') {
      problems.push({
        span: at([...base, 'exemption']),
        severity: 'error',
        message: { en: `exemption only goes with mechanism: exempt (here mechanism: ${d.mechanism ?? 'none'}).`, zh: `exemption 只能与 mechanism: exempt 同用（此处为 mechanism: ${d.mechanism ?? '未设置'}）。` },
      });
    }
  }

  problems.push(...checkHosts(policy, at));

  policy.exceptions.forEach((e, i) => {
    if (e.until !== undefined && !isRealDate(e.until)) {
      problems.push({ span: at(['exceptions', i, 'until']), severity: 'error', message: { en: `until "${e.until}" is not a real date.`, zh: `until“${e.until}”不是有效日期。` } });
    }
    if (e.path.split('/').includes('..') || e.path.startsWith('/')) {
      problems.push({ span: at(['exceptions', i, 'path']), severity: 'error', message: { en: `path "${e.path}" must stay inside the policy's folder (no "..", no leading "/").`, zh: `path“${e.path}”必须位于政策文件所在文件夹内（不能包含“..”或以“/”开头）。` } });
    }
  });

  return problems;
}

/** Where the policy names a rule: exceptions[].rule and the keys of rules:. */
export interface RuleReference {
  id: string;
  span: Span;
}

export function ruleReferences(policy: Policy, doc: Document): RuleReference[] {
  return [
    ...policy.exceptions.map((e, i) => ({ id: e.rule, span: nearestSpan(doc, ['exceptions', i, 'rule'], true) })),
    ...Object.keys(policy.rules).map((id) => ({ id, span: keySpan(doc, ['rules', id]) ?? nearestSpan(doc, ['rules'], true) })),
  ];
}

/** The references to rules that do not exist, with the closest ids as a hint. */
export function unknownRules(references: readonly RuleReference[], ruleIds: readonly string[]): PolicyProblem[] {
  return references
    .filter((r) => !ruleIds.includes(r.id))
    .map((r) => {
      const candidates = closest(r.id, ruleIds);
      return {
        span: r.span,
        severity: 'error',
        message: {
          en: `Unknown rule "${r.id}".${candidates.length ? ` Did you mean ${candidates.join(' or ')}?` : ''}`,
          zh: `未知规则“${r.id}”。${candidates.length ? `是否应为 ${candidates.join(' 或 ')}？` : ''}`,
        },
      };
    });
}
