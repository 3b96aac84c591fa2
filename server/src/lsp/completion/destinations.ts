/** Completion of the @crossBorder destination: the policy's destinations, then every country code. */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { COUNTRIES, type Destination, findDestination, isCountryCode, type Localized } from '../../engine/index';
import { L, type Ctx } from './request';

export function destinationItems(ctx: Ctx, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const policy = ctx.policy;
  const dests = policy ? [...policy.crossBorder.destinations.values()] : [];
  dests.forEach((d, i) => {
    const country = d.country ?? (isCountryCode(d.id) ? d.id : undefined);
    const parts: string[] = [];
    if (country && COUNTRIES[country]) parts.push(ctx.both(COUNTRIES[country]));
    if (d.mechanism) parts.push(d.exemption ? `${d.mechanism} (${d.exemption})` : d.mechanism);
    if (d.validUntil) {
      const expired = d.validUntil < ctx.today;
      parts.push(ctx.t(expired ? L(`⚠ expired ${d.validUntil}`, `⚠ 已于 ${d.validUntil} 到期`) : L(`valid until ${d.validUntil}`, `有效期至 ${d.validUntil}`)));
    }
    items.push({
      label: d.id,
      kind: CompletionItemKind.Reference,
      detail: parts.join(' · ') || ctx.t(L('Destination in the policy', '政策文件中的目的地')),
      documentation: ctx.md(destinationDoc(ctx, d)),
      filterText: country && COUNTRIES[country] ? `${d.id} ${COUNTRIES[country].en} ${COUNTRIES[country].zh}` : d.id,
      sortText: `0${String(i).padStart(4, '0')}`,
      textEdit: { range, newText: d.id },
    });
  });

  for (const [code, name] of Object.entries(COUNTRIES)) {
    // Mainland China is not a destination abroad; a code that is itself a policy destination is listed above.
    if (code === 'CN' || policy?.crossBorder.destinations.has(code)) continue;
    const parts = [ctx.both(name)];
    // The one policy destination in this country, as the analysis resolves a bare code.
    const via = findDestination(policy, code);
    if (via) parts.push(ctx.t(L(`policy destination "${via.id}"`, `政策文件中的目的地“${via.id}”`)));
    else if (policy) parts.unshift(ctx.t(L('✗ not approved in the policy', '✗ 政策文件未批准')));
    items.push({
      label: code,
      kind: CompletionItemKind.Constant,
      detail: parts.join(' · '),
      filterText: `${code} ${name.en} ${name.zh}`,
      sortText: `1${code}`,
      textEdit: { range, newText: code },
    });
  }
  return items;
}

function destinationDoc(ctx: Ctx, d: Destination): string {
  const rows: [Localized, string | undefined][] = [
    [L('Country or region', '国家或地区'), d.country],
    [L('Recipients', '接收方'), d.recipients?.join(', ')],
    [L('Mechanism', '出境机制'), d.mechanism],
    [L('Exemption', '豁免情形'), d.exemption ?? undefined],
    [L('Reference', '编号'), d.reference],
    [L('Valid until', '有效期至'), d.validUntil],
    [L('Categories', '类别'), d.categories?.join(', ')],
    [L('Separate consent', '单独同意'), d.separateConsent === undefined ? undefined : String(d.separateConsent)],
    [L('Impact assessment', '影响评估'), d.impactAssessment],
  ];
  return [`**${d.id}**`, ...ctx.rows(rows)].join('\n');
}
