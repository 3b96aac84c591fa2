/** The inventory as JSON, CSV (one table, a row per annotation and per transfer) or Markdown (a processing record). */
import type { Policy } from '../policy/model';
import type { AnnotationRow, Inventory, TransferRow } from '../inventory/inventory';
import { whereDataGoes, type FlowDestination } from '../inventory/whereDataGoes';
import { countryName } from '../geo/countries';
import { buildDataMap } from '../datamap/model';
import { dataMapMermaid } from '../datamap/mermaid';

export interface InventoryMeta {
  generated: string;
  policies: string[];
  policy?: Policy;
  lang: 'en' | 'zh';
}

export function inventoryJson(inv: Inventory, meta: InventoryMeta): string {
  return JSON.stringify({ version: 1, generated: meta.generated, policies: meta.policies, annotations: inv.annotations, transfers: inv.transfers, whereDataGoes: whereDataGoes(inv.transfers) }, null, 2) + '\n';
}

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(v: string | number | boolean | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['kind', 'category', 'sensitive', 'purpose', 'legalBasis', 'retention', 'subject', 'impactAssessment', 'destination', 'recipient', 'mechanism', 'reference', 'validUntil', 'categoriesSent', 'declaration', 'file', 'line', 'tagged', 'host'];

export function inventoryCsv(inv: Inventory): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of inv.annotations) {
    rows.push(['annotation', a.category, a.sensitive, a.purpose, a.basis, a.retention, a.subject, a.impactAssessment, '', '', '', '', '', '', a.declaration, a.file, a.line, '', ''].map(cell).join(','));
  }
  for (const t of inv.transfers) {
    const mechanism = t.exemption && t.mechanism === 'exempt' ? `exempt (${t.exemption})` : t.mechanism;
    rows.push(['transfer', '', t.sensitive.join(' '), t.purpose, '', '', t.subject, '', t.destination, t.recipient, mechanism, t.reference, t.validUntil, t.categories.join(' '), t.call ?? t.function, t.file, t.line, t.tagged !== false, t.host].map(cell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** Markdown table cell. */
function md(v: string | undefined): string {
  return (v ?? '—').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

const T = {
  en: {
    title: 'Personal data inventory',
    intro: 'Record of processing drawn from the `@personalData` and `@crossBorder` annotations of the code, for the personal information protection impact assessment (PIPL Art. 55) and the processing record kept with it for at least three years (Art. 56).',
    handler: 'Handler',
    generated: 'Generated',
    policy: 'Policy',
    purpose: 'Purpose',
    none: '(no purpose given)',
    basis: 'Legal basis',
    retention: 'Retention',
    pia: 'Impact assessment',
    category: 'Category',
    sensitive: 'Sensitive',
    minor: " (a minor's data, under 14: PIPL Art. 28)",
    where: 'Declared at',
    transfers: 'Transfers abroad',
    destination: 'Destination',
    recipient: 'Recipient',
    mechanism: 'Mechanism',
    reference: 'Reference',
    valid: 'Valid until',
    sent: 'Categories sent',
    noTransfers: 'No transfer out of mainland China is declared.',
    dataMap: 'Data map',
    dataMapIntro: 'Where the personal data goes: categories → purposes → destinations → recipients. Sensitive categories, transfers abroad and requirements not met are marked.',
    yes: 'yes',
    summary: (a: number, s: number, t: number) => `${a} annotated categories (${s} sensitive), ${t} transfers abroad.`,
    untaggedSummary: (n: number) => ` ${n} outbound calls send personal data with no \`@crossBorder\` covering them (see "Where personal data goes").`,
    goes: 'Where personal data goes',
    goesIntro: 'Every place personal data is sent, from the `@crossBorder` tags and from the outbound calls found in the code (SDKs, HTTP calls), tagged or not: destination → recipient → categories → code.',
    noGoes: 'Neither the tags nor the code send personal data anywhere.',
    unresolved: 'unresolved: the code does not say where',
    mainland: 'mainland China',
    noRecipient: '(no recipient named)',
    untagged: '**untagged**',
    tagged: 'tagged',
  },
  zh: {
    title: '个人信息清单',
    intro: '根据代码中的 `@personalData` 与 `@crossBorder` 标注生成的处理记录，供个人信息保护影响评估（《个人信息保护法》第五十五条）使用，并与评估报告一并至少保存三年（第五十六条）。',
    handler: '个人信息处理者',
    generated: '生成时间',
    policy: '政策文件',
    purpose: '处理目的',
    none: '（未说明目的）',
    basis: '合法性基础',
    retention: '保存期限',
    pia: '影响评估',
    category: '类别',
    sensitive: '敏感',
    minor: '（不满十四周岁未成年人的个人信息：《个人信息保护法》第二十八条）',
    where: '声明位置',
    transfers: '向境外提供',
    destination: '目的地',
    recipient: '境外接收方',
    mechanism: '出境机制',
    reference: '编号',
    valid: '有效期至',
    sent: '出境类别',
    noTransfers: '未声明向中国境外提供个人信息。',
    dataMap: '数据流向图',
    dataMapIntro: '个人信息的流向：类别 → 处理目的 → 目的地 → 接收方。标出了敏感个人信息、出境和未满足的要求。',
    yes: '是',
    summary: (a: number, s: number, t: number) => `共 ${a} 项带标注的个人信息类别（其中敏感 ${s} 项），${t} 项出境。`,
    untaggedSummary: (n: number) => `另有 ${n} 个外发调用发送个人信息，但没有 \`@crossBorder\` 标注覆盖（见“个人信息去向”）。`,
    goes: '个人信息去向',
    goesIntro: '个人信息被发送到的每一处，取自 `@crossBorder` 标注和代码中发现的外发调用（SDK、HTTP 调用），无论是否已标注：目的地 → 接收方 → 类别 → 代码位置。',
    noGoes: '标注和代码均未向任何地方发送个人信息。',
    unresolved: '去向不明：代码未写明去向',
    mainland: '中国境内',
    noRecipient: '（未写明接收方）',
    untagged: '**未标注**',
    tagged: '已标注',
  },
};

export function inventoryMarkdown(inv: Inventory, meta: InventoryMeta): string {
  const t = T[meta.lang];
  const out: string[] = [`# ${t.title}`, '', t.intro, ''];
  if (meta.policy?.handler) out.push(`- **${t.handler}**: ${md(meta.policy.handler)}`);
  out.push(`- **${t.generated}**: ${meta.generated}`);
  if (meta.policies.length) out.push(`- **${t.policy}**: ${meta.policies.map((p) => `\`${p}\``).join(', ')}`);
  const sensitive = inv.annotations.filter((a) => a.sensitive).length;
  const tagged = inv.transfers.filter((r) => r.tagged !== false);
  const untagged = inv.transfers.length - tagged.length;
  out.push('', t.summary(inv.annotations.length, sensitive, tagged.length) + (untagged ? t.untaggedSummary(untagged) : ''), '');
  const map = buildDataMap(inv, { policy: meta.policy, today: meta.generated });
  out.push(`## ${t.dataMap}`, '', t.dataMapIntro, '', '```mermaid', dataMapMermaid(map, meta.lang).trimEnd(), '```', '');

  const byPurpose = new Map<string, AnnotationRow[]>();
  for (const a of inv.annotations) {
    const key = a.purpose ?? '';
    byPurpose.set(key, [...(byPurpose.get(key) ?? []), a]);
  }
  const purposes = [...byPurpose.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  for (const id of purposes) {
    const rows = byPurpose.get(id)!;
    const p = id ? meta.policy?.purposes.get(id) : undefined;
    out.push(`## ${t.purpose}: ${id ? `\`${id}\`` : t.none}`, '');
    const description = meta.lang === 'zh' ? (p?.descriptionZh ?? p?.description) : p?.description;
    if (description) out.push(md(description), '');
    out.push(`| ${t.category} | ${t.sensitive} | ${t.basis} | ${t.retention} | ${t.pia} | ${t.where} |`, '|---|---|---|---|---|---|');
    for (const a of rows) {
      out.push(`| \`${a.category}\` ${md(a.label[meta.lang])} | ${sensitiveCell(a.sensitive, a.subject, t)} | ${md(a.basis)} | ${md(a.retention)} | ${md(a.impactAssessment)} | \`${md(a.declaration)}\` ${md(a.file)}:${a.line} |`);
    }
    out.push('');
  }

  out.push(`## ${t.transfers}`, '');
  if (tagged.length === 0) out.push(t.noTransfers, '');
  else {
    out.push(`| ${t.destination} | ${t.recipient} | ${t.mechanism} | ${t.reference} | ${t.valid} | ${t.sent} | ${t.sensitive} | ${t.where} |`, '|---|---|---|---|---|---|---|---|');
    for (const r of tagged) out.push(transferLine(r, t));
    out.push('');
  }
  out.push(`## ${t.goes}`, '', t.goesIntro, '');
  const goes = whereDataGoes(inv.transfers);
  if (goes.length === 0) out.push(t.noGoes, '');
  else out.push(...goes.flatMap((d) => destinationLines(d, t, meta.lang)), '');
  return out.join('\n');
}

/** A destination's part of "Where personal data goes", as a nested list. */
function destinationLines(d: FlowDestination, t: (typeof T)['en'], lang: 'en' | 'zh'): string[] {
  const country = d.country ?? d.destination;
  const name = d.destination === 'unresolved' ? t.unresolved : country === 'CN' ? t.mainland : countryName(country, lang);
  const lines = [`- **${md(d.destination)}**${d.country && d.country !== d.destination ? ` (${d.country})` : ''}${name ? ` · ${md(name)}` : ''}`];
  for (const r of d.recipients) {
    lines.push(`  - ${r.recipient ? `**${md(r.recipient)}**` : t.noRecipient}${r.hosts.length ? ` (${r.hosts.map((h) => `\`${md(h)}\``).join(', ')})` : ''}`);
    for (const f of r.flows) {
      lines.push(`    - ${f.categories.map((c) => `\`${c}\``).join(', ') || '—'}`);
      for (const p of f.places) lines.push(`      - \`${md(p.function)}\`${p.call ? ` · \`${md(p.call)}\`` : ''} ${md(p.file)}:${p.line} · ${p.tagged ? t.tagged : t.untagged}`);
    }
  }
  return lines;
}

/** "**yes**", and why when it is a minor's data: "**yes** (a minor's data, under 14: PIPL Art. 28)". */
function sensitiveCell(sensitive: boolean, subject: string | undefined, t: (typeof T)['en']): string {
  if (!sensitive) return '';
  return subject === 'minor' ? `**${t.yes}**${t.minor}` : `**${t.yes}**`;
}

function transferLine(r: TransferRow, t: (typeof T)['en']): string {
  const dest = r.country && r.country !== r.destination ? `${r.destination} (${r.country})` : r.destination;
  const mechanism = r.exemption && r.mechanism === 'exempt' ? `exempt (${r.exemption})` : r.mechanism;
  const sensitive = r.sensitive.length ? `${sensitiveCell(true, r.minors.length ? 'minor' : r.subject, t)}: ${r.sensitive.map((c) => `\`${c}\``).join(', ')}` : '';
  return `| ${md(dest)} | ${md(r.recipient)} | ${md(mechanism)} | ${md(r.reference)} | ${md(r.validUntil)} | ${r.categories.map((c) => `\`${c}\``).join(', ') || '—'} | ${sensitive} | \`${md(r.function)}\` ${md(r.file)}:${r.line} |`;
}
