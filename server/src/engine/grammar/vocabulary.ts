/** The words the annotation language knows: tag names, keys and enumerated values. */
import type { Citation, Localized, TagName } from '../types';

export const TAG_NAMES: readonly TagName[] = ['personalData', 'crossBorder'];

export interface ValueInfo {
  id: string;
  label: Localized;
  citations: Citation[];
}

export const LEGAL_BASES: readonly ValueInfo[] = [
  { id: 'consent', label: { en: "The individual's consent", zh: '取得个人的同意' }, citations: [{ law: 'PIPL', article: 13, item: '(1)' }, { law: 'PIPL', article: 14 }] },
  { id: 'separate-consent', label: { en: 'Separate consent (sharing with another processor, publication, sensitive data, transfers abroad)', zh: '单独同意（向其他个人信息处理者提供、公开、敏感个人信息、出境）' }, citations: [{ law: 'PIPL', article: 14 }, { law: 'PIPL', article: 23 }, { law: 'PIPL', article: 25 }, { law: 'PIPL', article: 29 }, { law: 'PIPL', article: 39 }] },
  { id: 'guardian-consent', label: { en: "Consent of a parent or guardian (minors under 14)", zh: '父母或者其他监护人的同意（不满十四周岁未成年人）' }, citations: [{ law: 'PIPL', article: 31 }] },
  { id: 'contract', label: { en: 'Necessary to conclude or perform a contract with the individual', zh: '为订立、履行个人作为一方当事人的合同所必需' }, citations: [{ law: 'PIPL', article: 13, item: '(2)' }] },
  { id: 'hr', label: { en: 'Necessary for human-resources management under lawfully made labour rules and lawfully signed collective contracts', zh: '按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需' }, citations: [{ law: 'PIPL', article: 13, item: '(2)' }] },
  { id: 'legal-duty', label: { en: 'Necessary to perform a statutory duty or obligation', zh: '为履行法定职责或者法定义务所必需' }, citations: [{ law: 'PIPL', article: 13, item: '(3)' }] },
  { id: 'emergency', label: { en: "Necessary to respond to a public-health emergency, or in an emergency to protect a natural person's life, health or property", zh: '为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需' }, citations: [{ law: 'PIPL', article: 13, item: '(4)' }] },
  { id: 'news', label: { en: 'News reporting and public-opinion supervision in the public interest, within a reasonable scope', zh: '为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息' }, citations: [{ law: 'PIPL', article: 13, item: '(5)' }] },
  { id: 'public-info', label: { en: 'Information the individual disclosed or that was lawfully disclosed, within a reasonable scope', zh: '在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息' }, citations: [{ law: 'PIPL', article: 13, item: '(6)' }, { law: 'PIPL', article: 27 }] },
  { id: 'other-law', label: { en: 'Other circumstances provided by laws and administrative regulations', zh: '法律、行政法规规定的其他情形' }, citations: [{ law: 'PIPL', article: 13, item: '(7)' }] },
];

/** The bases that are a form of consent. */
export const CONSENT_BASES = new Set(['consent', 'separate-consent', 'guardian-consent']);

export type Mechanism = 'exempt' | 'standard-contract' | 'certification' | 'security-assessment';

export const MECHANISMS: readonly ValueInfo[] = [
  { id: 'security-assessment', label: { en: 'CAC security assessment', zh: '国家网信部门组织的数据出境安全评估' }, citations: [{ law: 'PIPL', article: 38, item: '(1)' }, { law: 'PIPL', article: 40 }, { law: 'CBDF2024', article: 7 }] },
  { id: 'standard-contract', label: { en: 'CAC standard contract with the overseas recipient (filed within 10 working days)', zh: '与境外接收方订立国家网信部门制定的标准合同（10个工作日内备案）' }, citations: [{ law: 'PIPL', article: 38, item: '(3)' }, { law: 'CBDF2024', article: 8 }, { law: 'SCM2023', article: 7 }] },
  { id: 'certification', label: { en: 'Personal information protection certification by a professional body', zh: '经专业机构进行个人信息保护认证' }, citations: [{ law: 'PIPL', article: 38, item: '(2)' }, { law: 'CBDF2024', article: 8 }, { law: 'CERT2025', article: 5 }] },
  { id: 'exempt', label: { en: 'Exempt from all three mechanisms (give the exemption)', zh: '免予申报安全评估、订立标准合同、通过认证（需注明豁免情形）' }, citations: [{ law: 'CBDF2024', article: 5 }] },
];

/** exempt < standard-contract = certification < security-assessment */
export const MECHANISM_STRENGTH: Record<Mechanism, number> = {
  exempt: 0,
  'standard-contract': 1,
  certification: 1,
  'security-assessment': 2,
};

export type Exemption = 'contract-necessity' | 'hr' | 'emergency' | 'below-threshold';

export const EXEMPTIONS: readonly ValueInfo[] = [
  { id: 'contract-necessity', label: { en: 'Truly necessary to conclude or perform a contract the individual is party to (cross-border shopping, delivery, payment, bookings...)', zh: '为订立、履行个人作为一方当事人的合同，确需向境外提供个人信息' }, citations: [{ law: 'CBDF2024', article: 5, item: '(1)' }] },
  { id: 'hr', label: { en: 'Employee data truly needed for cross-border HR management', zh: '实施跨境人力资源管理，确需向境外提供员工个人信息' }, citations: [{ law: 'CBDF2024', article: 5, item: '(2)' }] },
  { id: 'emergency', label: { en: "Truly necessary in an emergency to protect a person's life, health or property", zh: '紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息' }, citations: [{ law: 'CBDF2024', article: 5, item: '(3)' }] },
  { id: 'below-threshold', label: { en: "Non-CIIO, fewer than 100,000 individuals' non-sensitive PI provided abroad since 1 January this year", zh: '关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供不满10万人个人信息（不含敏感个人信息）' }, citations: [{ law: 'CBDF2024', article: 5, item: '(4)' }] },
];

/** Exemptions that stand whatever the volume, for CIIOs too (CBDF2024 Art. 5 (1)-(3), Art. 7). */
export const VOLUME_INDEPENDENT_EXEMPTIONS = new Set<string>(['contract-necessity', 'hr', 'emergency']);

export interface KeyInfo {
  key: string;
  label: Localized;
  /** Allowed values, when the key takes one of a fixed set. */
  values?: readonly ValueInfo[];
  /** A value of the form <N>d|w|m|y. */
  duration?: boolean;
  /** A comma-separated list of category ids. */
  categoryList?: boolean;
  /** How the value is written in the syntax line, for a key whose values are not one of the kinds above. */
  written?: string;
}

const PURPOSE_KEY: KeyInfo = { key: 'purpose', label: { en: 'Processing purpose (an id from the policy)', zh: '处理目的（政策文件中的标识）' }, written: '<id>' };
const PIA_KEY: KeyInfo = { key: 'pia', label: { en: 'Reference of the personal information protection impact assessment', zh: '个人信息保护影响评估的编号' }, written: '<ref>' };
const SUBJECT_KEY: KeyInfo = { key: 'subject', label: { en: 'Whose data (subject=minor: minors under 14, all of it sensitive)', zh: '个人信息主体（subject=minor：不满十四周岁的未成年人，其个人信息均属敏感个人信息）' }, written: 'minor' };

export const PERSONAL_DATA_KEYS: readonly KeyInfo[] = [
  PURPOSE_KEY,
  { key: 'basis', label: { en: 'Legal basis (PIPL Art. 13)', zh: '处理的合法性基础（《个人信息保护法》第十三条）' }, values: LEGAL_BASES },
  { key: 'retention', label: { en: 'Retention period: <N>d, w, m or y', zh: '保存期限：<N>d、w、m 或 y（日、周、月、年）' }, duration: true },
  SUBJECT_KEY,
  PIA_KEY,
];

export const CROSS_BORDER_KEYS: readonly KeyInfo[] = [
  { key: 'recipient', label: { en: 'Overseas recipient (an id from the policy)', zh: '境外接收方（政策文件中的标识）' }, written: '<id>' },
  { key: 'mechanism', label: { en: 'Transfer mechanism (PIPL Art. 38)', zh: '出境机制（《个人信息保护法》第三十八条）' }, values: MECHANISMS },
  { key: 'exemption', label: { en: 'Exemption relied on, with mechanism=exempt (CBDF2024 Art. 5)', zh: '所依据的豁免情形，与 mechanism=exempt 同用（《促进和规范数据跨境流动规定》第五条）' }, values: EXEMPTIONS },
  { key: 'categories', label: { en: 'Categories sent abroad', zh: '出境的个人信息种类' }, categoryList: true },
  PURPOSE_KEY,
  { key: 'consent', label: { en: 'consent=separate: separate consent to the transfer was obtained (PIPL Art. 39)', zh: 'consent=separate：已就出境取得单独同意（《个人信息保护法》第三十九条）' }, values: [{ id: 'separate', label: { en: 'Separate consent obtained', zh: '已取得单独同意' }, citations: [{ law: 'PIPL', article: 39 }] }] },
  SUBJECT_KEY,
  PIA_KEY,
];

export function keysFor(tag: TagName): readonly KeyInfo[] {
  return tag === 'personalData' ? PERSONAL_DATA_KEYS : CROSS_BORDER_KEYS;
}

/** What comes before the first key=value of each tag, as the syntax line writes it. */
const SUBJECT_WRITTEN: Record<TagName, string> = { personalData: '<categories>', crossBorder: '<destination>' };

/** How a key's value is written in the syntax line: its one value, <key> for a fixed set, the form of a duration or a list. */
function valueWritten(k: KeyInfo): string {
  if (k.values) return k.values.length === 1 ? k.values[0].id : `<${k.key}>`;
  if (k.duration) return '<N>d|w|m|y';
  if (k.categoryList) return '<a,b>';
  return k.written ?? `<${k.key}>`;
}

/** The syntax of a tag in one line, as hovers and completion show it: `@crossBorder <destination> [recipient=<id>] ...`. */
export function syntaxLine(tag: TagName): string {
  return [`@${tag}`, SUBJECT_WRITTEN[tag], ...keysFor(tag).map((k) => `[${k.key}=${valueWritten(k)}]`)].join(' ');
}

const DURATION = /^(\d{1,5})([dwmy])$/;
const DAYS_PER_UNIT: Record<string, number> = { d: 1, w: 7, m: 365 / 12, y: 365 };

/** "3y" -> days (a month is a twelfth of a year, so 12m equals 1y). */
export function durationDays(text: string): number | undefined {
  const m = DURATION.exec(text);
  return m ? Number(m[1]) * DAYS_PER_UNIT[m[2]] : undefined;
}

/** Compare two durations; tolerant of float error so that 12m == 1y. */
export function compareDurations(a: string, b: string): number {
  const da = durationDays(a);
  const db = durationDays(b);
  if (da === undefined || db === undefined) return 0;
  return Math.abs(da - db) < 1e-6 ? 0 : da < db ? -1 : 1;
}

/** Category ids are dotted words: "contact.phone", "loyalty.tier", "contact". */
export const CATEGORY_ID = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
/** Purpose, recipient and destination ids. */
export const SIMPLE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
