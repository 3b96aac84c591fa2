/**
 * Completion in a policy file (privacy-policy.yaml / .json): the values only this project knows, which the JSON
 * Schema cannot list: its destinations where crossBorder.hosts maps a host, catalogued packages and environment
 * variables, category ids in every categories list, legal bases, mechanisms, exemptions, retention periods, and
 * rule ids with their severities under rules. Keys and the file's shape are the schema's (the YAML extension).
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { builtinCatalogue, COUNTRIES, policySlotAt, type PolicySlot, RULES, type TagName } from '../../engine/index';
import { keyInfo } from './keys';
import { L, type Ctx, type LineFacts } from './request';
import { categoryItems } from './categories';
import { destinationItems } from './destinations';
import { valueItems } from './values';

type Provider = (ctx: Ctx, range: Range, slot: PolicySlot) => CompletionItem[];

/** A path pattern: "*" stands for any key (a purpose id, a destination id), "#" for any list index. */
const PROVIDERS: [pattern: string, provider: Provider][] = [
  ['crossBorder.hosts.#.destination', (ctx, range) => [domesticItem(ctx, range), ...destinationItems(ctx, range)]],
  ['crossBorder.hosts.#.package', packageItems],
  ['crossBorder.hosts.#.env', envItems],
  ['categories.allow.#', categories],
  ['categories.sensitive.#', categories],
  ['purposes.*.categories.#', categories],
  ['crossBorder.destinations.*.categories.#', categories],
  ['purposes.*.basis', (ctx, range) => vocabulary(ctx, range, 'personalData', 'basis')],
  ['purposes.*.retention', (ctx, range) => vocabulary(ctx, range, 'personalData', 'retention')],
  ['crossBorder.destinations.*.mechanism', (ctx, range) => vocabulary(ctx, range, 'crossBorder', 'mechanism')],
  ['crossBorder.destinations.*.exemption', (ctx, range) => vocabulary(ctx, range, 'crossBorder', 'exemption')],
  ['rules.*', (ctx, range, slot) => (slot.role === 'key' ? ruleItems(ctx, range, slot) : severityItems(ctx, range))],
  // "rules:" followed by a word on its own line: YAML reads it as the value of rules until its colon is typed.
  ['rules', ruleItems],
];

/** The items for the cursor in a policy file's text. */
export function policyItems(ctx: Ctx): CompletionItem[] {
  const slot = policySlotAt(ctx.text, ctx.offset);
  if (!slot) return [];
  const provider = PROVIDERS.find(([pattern]) => matches(pattern, slot))?.[1];
  if (!provider) return [];
  const items = provider(ctx, ctx.range(slot.span.start, slot.span.end), slot);
  if (!slot.needsSpace) return items;
  // "destination:|" : the value goes after a space.
  return items.map((i) => (i.textEdit && 'range' in i.textEdit ? { ...i, textEdit: { ...i.textEdit, newText: ` ${i.textEdit.newText}` } } : i));
}

function matches(pattern: string, slot: PolicySlot): boolean {
  const parts = pattern.split('.');
  if (parts.length !== slot.path.length) return false;
  // A key being written is completed only where the pattern says it may be any key.
  if (slot.role === 'key' && parts[parts.length - 1] !== '*') return false;
  return parts.every((p, i) => (p === '#' ? typeof slot.path[i] === 'number' : p === '*' ? typeof slot.path[i] === 'string' : p === slot.path[i]));
}

const NO_FACTS: LineFacts = { tag: 'personalData', subjects: [], params: new Map(), categories: [] };

function vocabulary(ctx: Ctx, range: Range, tag: TagName, key: string): CompletionItem[] {
  return valueItems(ctx, keyInfo(tag, key)!, range, NO_FACTS);
}

/** Category ids, leaving out those the list already holds. */
function categories(ctx: Ctx, range: Range, slot: PolicySlot): CompletionItem[] {
  // categories.allow is what "not allowed" is measured against: no such marks while it is being written.
  const allowList = slot.path[0] === 'categories' && slot.path[1] === 'allow';
  return categoryItems(allowList ? ctx.withoutAllowList() : ctx, range, new Set(slot.siblings), NO_FACTS, 'subject');
}

function domesticItem(ctx: Ctx, range: Range): CompletionItem {
  return {
    label: 'domestic',
    kind: CompletionItemKind.Constant,
    detail: ctx.t(L('Mainland China: not a transfer abroad', '中国境内：不属于向境外提供')),
    filterText: 'domestic',
    sortText: '00000',
    textEdit: { range, newText: 'domestic' },
  };
}

function placeText(ctx: Ctx, country: string | null): string {
  if (country === null) return ctx.t(L('no default: by its region or host', '无默认地区：取决于所选地域或主机'));
  if (country === 'domestic') return ctx.t(L('mainland China', '中国境内'));
  return COUNTRIES[country] ? ctx.both(COUNTRIES[country]) : country;
}

/** The npm packages the catalogue knows, with their vendor and where they send by default. */
function packageItems(ctx: Ctx, range: Range): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const e of builtinCatalogue().entries) {
    for (const p of e.packages ?? []) {
      if (p.startsWith('node:') || items.has(p)) continue;
      items.set(p, {
        label: p,
        kind: CompletionItemKind.Module,
        detail: `${e.vendor} · ${placeText(ctx, e.destination.default)}`,
        documentation: ctx.md(`${ctx.t(L('Source', '来源'))}: ${e.source.title}`),
        filterText: p,
        textEdit: { range, newText: p },
      });
    }
  }
  return [...items.values()];
}

/** The environment variables catalogued SDKs read their region or endpoint from. */
function envItems(ctx: Ctx, range: Range): CompletionItem[] {
  const vendors = new Map<string, string[]>();
  for (const e of builtinCatalogue().entries) {
    for (const v of e.destination.region?.env ?? []) vendors.set(v, [...new Set([...(vendors.get(v) ?? []), e.vendor])]);
  }
  return [...vendors].map(([name, by]) => ({
    label: name,
    kind: CompletionItemKind.Variable,
    detail: ctx.t(L(`Region or endpoint of ${by.join(', ')}`, `${by.join('、')} 的地域或接入点`)),
    filterText: name,
    textEdit: { range, newText: name },
  }));
}

/** Rule ids not yet under rules, each inserted with its colon. */
function ruleItems(ctx: Ctx, range: Range, slot: PolicySlot): CompletionItem[] {
  const used = new Set(slot.siblings);
  return RULES.filter((r) => !used.has(r.meta.id)).map((r) => ({
    label: r.meta.id,
    kind: CompletionItemKind.Property,
    detail: `${ctx.t(r.meta.title)} · ${r.meta.defaultSeverity}`,
    filterText: r.meta.id,
    textEdit: { range, newText: slot.hasColon ? r.meta.id : `${r.meta.id}: ` },
  }));
}

const SEVERITIES: [id: string, en: string, zh: string][] = [
  ['error', 'Error: fails the CLI', '错误：CLI 检查失败'],
  ['warning', 'Warning', '警告'],
  ['info', 'Information', '提示'],
  ['off', 'Not reported', '不报告'],
];

function severityItems(ctx: Ctx, range: Range): CompletionItem[] {
  return SEVERITIES.map(([id, en, zh], i) => ({
    label: id,
    kind: CompletionItemKind.EnumMember,
    detail: ctx.t(L(en, zh)),
    sortText: String(i),
    textEdit: { range, newText: id },
  }));
}
