/**
 * Reads a policy file (YAML or JSON) into a Policy, with every problem placed at the offending key.
 * A file with syntax or schema errors yields no policy; semantic problems leave the policy usable.
 */
import { parseDocument, type Document } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as generatedValidator } from './policySchemaValidator.generated';
import type { Localized } from '../types';
import { buildPolicy, type Policy, type PolicyProblem } from './model';
import { keySpan, nearestSpan, valueSpan } from './yamlLocate';
import { checkPolicySemantics, ruleReferences, type RuleReference } from './semantics';

/** Policies are small; anything larger is refused before parsing. */
export const MAX_POLICY_BYTES = 1024 * 1024;
/** YAML aliases expanded at the most (guards against "billion laughs"). */
const MAX_ALIASES = 100;

export interface LoadedPolicy {
  /** Undefined when the file cannot be used (syntax or schema errors). */
  policy?: Policy;
  problems: PolicyProblem[];
  /** Where the policy names rules; checked against the rules by the analysis (policy-invalid). */
  ruleReferences?: RuleReference[];
}

// Compiled ahead of time from schemas/privacy-policy.schema.json (schemas/validator.mjs): no compile at start-up.
const validator = generatedValidator as unknown as ValidateFunction;
function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : (validator.errors ?? []);
}

export function loadPolicy(text: string, file: string): LoadedPolicy {
  const loaded = loadUnclamped(text, file);
  clamp([...loaded.problems, ...(loaded.ruleReferences ?? [])], text.length);
  return loaded;
}

function loadUnclamped(text: string, file: string): LoadedPolicy {
  if (text.length > MAX_POLICY_BYTES) {
    return { problems: [problem({ start: 0, end: 0 }, { en: `The policy file is larger than ${MAX_POLICY_BYTES / 1024} KiB; it is not read.`, zh: `政策文件超过 ${MAX_POLICY_BYTES / 1024} KiB，未读取。` })] };
  }
  if (text.includes('\u0000')) {
    return { problems: [problem({ start: 0, end: 0 }, { en: 'The policy file is binary, not YAML or JSON.', zh: '政策文件是二进制文件，不是 YAML 或 JSON。' })] };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (e) {
    return { problems: [problem({ start: 0, end: 0 }, { en: `The policy file cannot be read: ${String(e)}`, zh: `无法读取政策文件：${String(e)}` })] };
  }
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) =>
        problem({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) }, { en: `YAML syntax error: ${e.message}`, zh: `YAML 语法错误：${e.message}` }),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { problems: [problem({ start: 0, end: 0 }, { en: `The policy file cannot be expanded: ${(e as Error).message}`, zh: `无法展开政策文件：${(e as Error).message}` })] };
  }
  if (data === null || data === undefined) data = {};
  const schemaErrors = validate(data);
  if (schemaErrors.length > 0) {
    // Errors inside propertyNames come twice (the inner pattern and the propertyNames one): keep the latter.
    const meaningful = schemaErrors.filter((e) => (e as ErrorObject & { propertyName?: string }).propertyName === undefined);
    return { problems: dedupe(meaningful.map((e) => schemaProblem(doc, e))) };
  }
  const policy = buildPolicy(file, data, (path) => keySpan(doc, path) ?? valueSpan(doc, path));
  const problems = checkPolicySemantics(policy, doc);
  return { policy, problems, ruleReferences: ruleReferences(policy, doc) };
}

/** Spans inside the text, whatever the parser reported (it may point one past the end). */
function clamp(problems: { span: PolicyProblem['span'] }[], length: number): void {
  for (const p of problems) {
    p.span.start = Math.min(Math.max(0, p.span.start), length);
    p.span.end = Math.min(Math.max(p.span.start, p.span.end), length);
  }
}

function problem(span: PolicyProblem['span'], message: Localized, severity: 'error' | 'warning' = 'error'): PolicyProblem {
  return { span, message, severity };
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function where(path: (string | number)[]): string {
  return path.length ? path.join('.') : 'the top level';
}

function schemaProblem(doc: Document, e: ErrorObject): PolicyProblem {
  const path = pathOf(e.instancePath);
  const at = where(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const span = keySpan(doc, [...path, key]) ?? nearestSpan(doc, path);
      return problem(span, { en: `Unknown key "${key}" in ${at}.`, zh: `${at === 'the top level' ? '顶层' : at} 中有未知的键“${key}”。` });
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const span = keySpan(doc, [...path, key]) ?? nearestSpan(doc, path);
      return problem(span, { en: `"${key}" is not a valid id in ${at}.`, zh: `“${key}”不是 ${at} 中有效的标识。` });
    }
    case 'enum':
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      const list = allowed.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ');
      return problem(nearestSpan(doc, path, true), { en: `${at} must be one of: ${list}.`, zh: `${at} 必须是以下之一：${list}。` });
    }
    case 'type': {
      const t = String(p.type);
      return problem(nearestSpan(doc, path, true), { en: `${at} must be of type ${t}.`, zh: `${at} 的类型必须为 ${t}。` });
    }
    case 'pattern':
      return problem(nearestSpan(doc, path, true), patternMessage(at, String(p.pattern)));
    case 'minimum':
      return problem(nearestSpan(doc, path, true), { en: `${at} must be ${String(p.limit)} or more.`, zh: `${at} 必须大于或等于 ${String(p.limit)}。` });
    case 'uniqueItems':
      return problem(nearestSpan(doc, path, true), { en: `${at} lists the same item twice.`, zh: `${at} 中有重复的项。` });
    default:
      return problem(nearestSpan(doc, path, true), { en: `${at}: ${e.message ?? 'invalid'}.`, zh: `${at}：${e.message ?? '无效'}。` });
  }
}

function patternMessage(at: string, pattern: string): Localized {
  if (pattern.includes('[dwmy]')) return { en: `${at} must be a duration such as 30d, 8w, 6m or 3y.`, zh: `${at} 必须是 30d、8w、6m、3y 这样的期限。` };
  if (pattern.includes('{4}-')) return { en: `${at} must be a date written YYYY-MM-DD.`, zh: `${at} 必须是 YYYY-MM-DD 格式的日期。` };
  if (pattern.includes('[A-Z]{2}')) return { en: `${at} must be an ISO 3166-1 alpha-2 code such as SG.`, zh: `${at} 必须是 SG 这样的 ISO 3166-1 两位代码。` };
  if (pattern.includes('\\*')) return { en: `${at} must be a category id or pattern (contact.phone, contact.*, *).`, zh: `${at} 必须是类别标识或模式（contact.phone、contact.*、*）。` };
  return { en: `${at} is not a valid id (letters, digits, '.', '_' and '-').`, zh: `${at} 不是有效的标识（只能包含字母、数字、“.”、“_”和“-”）。` };
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.span.start}:${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
