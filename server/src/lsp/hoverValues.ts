/** Hovers for key=value values (basis, retention, purpose, mechanism, exemption, ...) and for keys. */
import {
  type Citation,
  compareDurations,
  CONSENT_BASES,
  durationDays,
  EXEMPTIONS,
  type KeyInfo,
  keysFor,
  LEGAL_BASES,
  matchesAny,
  MECHANISMS,
  type ParsedParam,
  type ParsedTag,
  type Purpose,
  requirementBasis,
  type ResolvedPersonalData,
  type ResolvedTransfer,
  type Span,
  type ValueInfo,
  VOLUME_INDEPENDENT_EXEMPTIONS,
} from '../engine/index';
import { HoverDoc, code, esc, joinCapped, pick, policyName, tr, type HoverEnv, type HoverResult, type Lang, colon } from './hoverMarkdown';
import { requiredName, requirementBlock } from './hoverDestination';

const PIPL = (article: number): Citation => ({ law: 'PIPL', article });

/** The tag as the rules see it: one of the two resolutions. */
export type Resolved = { kind: 'personalData'; r: ResolvedPersonalData } | { kind: 'crossBorder'; r: ResolvedTransfer };

function valueHeading(doc: HoverDoc, p: ParsedParam, info: ValueInfo | undefined): void {
  doc.heading(code(`${p.key}=${p.value}`));
  if (info) {
    doc.para(info.label[doc.lang]);
    doc.cite(...info.citations);
  }
}

function noPolicy(doc: HoverDoc, env: HoverEnv): boolean {
  if (env.policy) return false;
  doc.section('Policy', '政策文件');
  doc.bullet(tr(doc.lang, 'No privacy-policy.yaml found: checked against the law only', '未找到 privacy-policy.yaml：仅按法律检查'));
  return true;
}

export function valueHover(p: ParsedParam, resolved: Resolved, env: HoverEnv): HoverResult | undefined {
  const doc = new HoverDoc(env.lang);
  switch (p.key) {
    case 'basis':
      basis(doc, p, resolved, env);
      break;
    case 'retention':
      retention(doc, p, resolved, env);
      break;
    case 'purpose':
      purpose(doc, p, resolved, env);
      break;
    case 'mechanism':
      if (resolved.kind !== 'crossBorder') return undefined;
      mechanism(doc, p, resolved.r);
      break;
    case 'exemption':
      if (resolved.kind !== 'crossBorder') return undefined;
      exemption(doc, p, resolved.r);
      break;
    case 'consent':
      consent(doc, p, resolved, env);
      break;
    case 'subject':
      subject(doc, p, resolved);
      break;
    case 'pia':
      pia(doc, p, resolved, env);
      break;
    case 'recipient':
      if (resolved.kind !== 'crossBorder') return undefined;
      recipient(doc, p, resolved.r, env);
      break;
    default:
      return undefined;
  }
  return { markdown: doc.render(), span: p.valueSpan };
}

function basis(doc: HoverDoc, p: ParsedParam, resolved: Resolved, env: HoverEnv): void {
  const { lang } = doc;
  valueHeading(doc, p, LEGAL_BASES.find((b) => b.id === p.value));
  doc.section('In this tag', '本标签');
  const purpose = resolved.r.purpose;
  if (purpose?.basis) {
    doc.bullet(
      purpose.basis === p.value
        ? tr(lang, `Same as purpose ${code(purpose.id)}`, `与目的 ${code(purpose.id)} 的合法性基础相同`)
        : tr(lang, `Overrides purpose ${code(purpose.id)}'s basis ${code(purpose.basis)}`, `覆盖目的 ${code(purpose.id)} 的合法性基础 ${code(purpose.basis)}`),
    );
  }
  if (resolved.kind === 'personalData') {
    const t = resolved.r;
    if (t.minor && CONSENT_BASES.has(p.value) && p.value !== 'guardian-consent') {
      doc.bullet(tr(lang, `**subject=minor**: the consent must be a parent's or guardian's: use ${code('basis=guardian-consent')} (${doc.cite(PIPL(31))})`, `**subject=minor**：应取得父母或者其他监护人的同意，请使用 ${code('basis=guardian-consent')}（${doc.cite(PIPL(31))}）`));
    } else if (!t.minor && p.value === 'consent' && t.sensitive.length) {
      doc.bullet(tr(lang, `**Sensitive** categories here (${t.sensitive.map(code).join(', ')}) need separate consent: use ${code('basis=separate-consent')} (${doc.cite(PIPL(29))})`, `本标签含**敏感**类别（${t.sensitive.map(code).join('、')}），需取得单独同意，请使用 ${code('basis=separate-consent')}（${doc.cite(PIPL(29))}）`));
    } else if (t.sensitive.length && CONSENT_BASES.has(p.value)) {
      doc.bullet(tr(lang, `Covers the sensitive categories here (${joinCapped(t.sensitive.map(code), lang)})`, `可用于本标签中的敏感类别（${joinCapped(t.sensitive.map(code), lang)}）`));
    }
  }
  if (!purpose?.basis && env.policy) doc.bullet(tr(lang, 'Stated on the tag only (no purpose basis)', '仅在标签中声明（目的未设合法性基础）'));
  doc.cite(PIPL(13));
}

function unitText(value: string, lang: Lang): string {
  const m = /^(\d+)([dwmy])$/.exec(value);
  if (!m) return value;
  const n = Number(m[1]);
  const en: Record<string, string> = { d: 'day', w: 'week', m: 'month', y: 'year' };
  const zh: Record<string, string> = { d: '天', w: '周', m: '个月', y: '年' };
  return lang === 'zh' ? `${n} ${zh[m[2]]}` : `${n} ${en[m[2]]}${n === 1 ? '' : 's'}`;
}

function retention(doc: HoverDoc, p: ParsedParam, resolved: Resolved, env: HoverEnv): void {
  const { lang } = doc;
  doc.heading(code(`${p.key}=${p.value}`));
  const days = durationDays(p.value);
  doc.para(
    tr(lang, `Retention period: ${unitText(p.value, lang)}`, `保存期限：${unitText(p.value, lang)}`) +
      (days !== undefined && !p.value.endsWith('d') ? tr(lang, ` (about ${Math.round(days)} days)`, `（约 ${Math.round(days)} 天）`) : ''),
  );
  if (!noPolicy(doc, env)) {
    doc.section('Policy', '政策文件');
    const purpose = resolved.r.purpose;
    const pp = resolved.r.purposeParam;
    if (!pp) doc.bullet(tr(lang, `No ${code('purpose=')} on this tag, so no purpose limit applies`, `本标签未写 ${code('purpose=')}，没有目的层面的期限`));
    else if (!purpose) doc.bullet(tr(lang, `Purpose ${code(pp.value)} is not defined in the policy`, `目的 ${code(pp.value)} 未在政策文件中定义`));
    else if (!purpose.retention) doc.bullet(tr(lang, `Purpose ${code(purpose.id)} sets no retention limit`, `目的 ${code(purpose.id)} 未设保存期限`));
    else {
      const cmp = compareDurations(p.value, purpose.retention);
      doc.bullet(
        cmp > 0
          ? tr(lang, `**Exceeds** the ${code(purpose.retention)} that purpose ${code(purpose.id)} allows: keep data only as long as the purpose needs (${doc.cite(PIPL(19))})`, `**超过**目的 ${code(purpose.id)} 允许的 ${code(purpose.retention)}：保存期限应为实现处理目的所必要的最短时间（${doc.cite(PIPL(19))}）`)
          : cmp === 0
            ? tr(lang, `Equal to purpose ${code(purpose.id)}'s limit (${code(purpose.retention)})`, `等于目的 ${code(purpose.id)} 的期限（${code(purpose.retention)}）`)
            : tr(lang, `Within purpose ${code(purpose.id)}'s limit (${code(purpose.retention)})`, `在目的 ${code(purpose.id)} 的期限（${code(purpose.retention)}）之内`),
      );
    }
  }
  doc.cite(PIPL(19), PIPL(17));
}

/** Purpose details as bullets; shared by purpose= hovers in both tags. */
export function purposeBullets(doc: HoverDoc, purpose: Purpose): void {
  const { lang } = doc;
  const d = pick(purpose.description, purpose.descriptionZh, lang);
  if (d) doc.bullet(`${tr(lang, 'Description', '说明')}${colon(lang)}${esc(d)}`);
  if (purpose.basis) {
    const label = LEGAL_BASES.find((b) => b.id === purpose.basis)?.label[lang];
    doc.bullet(`${tr(lang, 'Basis', '合法性基础')}${colon(lang)}${code(purpose.basis)}${label ? ` — ${label}` : ''}`);
  } else {
    doc.bullet(`${tr(lang, 'Basis', '合法性基础')}${colon(lang)}${tr(lang, '*none: each tag states its own*', '*未设：由各标签自行声明*')}`);
  }
  doc.bullet(`${tr(lang, 'Categories', '类别')}${colon(lang)}${purpose.categories?.length ? joinCapped(purpose.categories.map(code), lang, 12) : tr(lang, '*not restricted*', '*未限定*')}`);
  doc.bullet(`${tr(lang, 'Retention', '保存期限')}${colon(lang)}${purpose.retention ? code(purpose.retention) : tr(lang, '*none*', '*未设*')}`);
  doc.bullet(`${tr(lang, 'Impact assessment', '影响评估')}${colon(lang)}${purpose.impactAssessment ? esc(purpose.impactAssessment) : tr(lang, '*none*', '*未设*')}`);
}

function purpose(doc: HoverDoc, p: ParsedParam, resolved: Resolved, env: HoverEnv): void {
  const { lang } = doc;
  doc.heading(`${tr(lang, 'Purpose', '处理目的')} ${code(p.value)}`);
  doc.cite(PIPL(6), PIPL(17));
  if (noPolicy(doc, env)) return;
  const purpose = resolved.r.purpose;
  if (!purpose) {
    doc.para(tr(lang, `**Not defined** in the policy's ${code('purposes')}.`, `政策文件的 ${code('purposes')} 中**未定义**此目的。`));
    const known = [...env.policy!.purposes.keys()];
    if (known.length) doc.para(`${tr(lang, 'Defined purposes', '已定义的目的')}${colon(lang)}${joinCapped(known.map(code), lang, 12)}`);
    return;
  }
  doc.section(`Policy (${policyName(env.policy!)})`, `政策文件（${policyName(env.policy!)}）`);
  purposeBullets(doc, purpose);
  if (resolved.kind === 'personalData' && purpose.categories) {
    const cats = purpose.categories;
    const outside = [...new Set(resolved.r.categories.flatMap((c) => c.members))].filter((m) => !matchesAny(cats, m));
    if (outside.length) doc.bullet(tr(lang, `**Outside this purpose** here: ${joinCapped(outside.map(code), lang)} (${doc.cite(PIPL(6))})`, `本标签中**超出目的范围**的类别：${joinCapped(outside.map(code), lang)}（${doc.cite(PIPL(6))}）`));
  }
}

function mechanism(doc: HoverDoc, p: ParsedParam, t: ResolvedTransfer): void {
  const { lang } = doc;
  doc.cite({ law: 'PIPL', article: 38 });
  valueHeading(doc, p, MECHANISMS.find((m) => m.id === p.value));
  const d = t.destination;
  if (d?.mechanism && d.mechanism !== p.value) {
    doc.para(tr(lang, `Overrides the policy's ${code(d.mechanism)} for ${code(d.id)}.`, `覆盖政策文件中 ${code(d.id)} 的 ${code(d.mechanism)}。`));
  }
  if (p.value === 'exempt' && t.exemption && !t.exemption.param && t.exemption.from === 'tag') {
    doc.para(tr(lang, `No ${code('exemption=')} given: read as ${code('below-threshold')}.`, `未写 ${code('exemption=')}：按 ${code('below-threshold')} 理解。`));
  }
  if (t.domestic) {
    doc.para(tr(lang, 'The destination is domestic (CN): no mechanism is needed.', '目的地位于境内（CN）：无需出境机制。'));
    return;
  }
  requirementBlock(doc, t);
}

function exemption(doc: HoverDoc, p: ParsedParam, t: ResolvedTransfer): void {
  const { lang } = doc;
  valueHeading(doc, p, EXEMPTIONS.find((e) => e.id === p.value));
  doc.section('For this transfer', '本次出境');
  if (t.requirement.mechanism === 'exempt' && VOLUME_INDEPENDENT_EXEMPTIONS.has(p.value)) {
    doc.bullet(tr(lang, 'Applies whatever the volume, for CIIOs too, as long as no important data is provided', '不论数量，关键信息基础设施运营者也可适用，但所提供的个人信息不得包含重要数据'));
  } else if (t.requirement.mechanism === 'exempt') {
    for (const reason of t.requirement.reasons) doc.bullet(reason[lang]);
    doc.bullet(tr(lang, 'The exemption holds on these figures', '按上述数据，可适用该豁免'));
  } else {
    doc.bullet(tr(lang, `**Does not hold**: ${requiredName(t, lang)} is required (${doc.cite(...requirementBasis(t.requirement))})`, `**不适用**：法定要求为${requiredName(t, lang)}（${doc.cite(...requirementBasis(t.requirement))}）`));
    for (const reason of t.requirement.reasons) doc.sub(reason[lang]);
    doc.cite(...t.requirement.citations);
  }
  doc.bullet(tr(lang, `Notice, separate consent and the impact assessment are still owed (${doc.cite({ law: 'CBDF2024', article: 10 })})`, `仍须履行告知、取得单独同意和影响评估义务（${doc.cite({ law: 'CBDF2024', article: 10 })}）`));
}

function consent(doc: HoverDoc, p: ParsedParam, resolved: Resolved, env: HoverEnv): void {
  const { lang } = doc;
  const info = keysFor(resolved.r.tag.tag).find((k) => k.key === 'consent')?.values?.find((v) => v.id === p.value);
  valueHeading(doc, p, info);
  if (resolved.kind === 'crossBorder' && resolved.r.destination && env.policy) {
    const d = resolved.r.destination;
    doc.bullet(
      d.separateConsent
        ? tr(lang, `The policy also records separate consent for ${code(d.id)}`, `政策文件也记录了 ${code(d.id)} 的单独同意`)
        : tr(lang, `The policy does not record ${code('separateConsent')} for ${code(d.id)}`, `政策文件未记录 ${code(d.id)} 的 ${code('separateConsent')}`),
    );
  }
  doc.cite(PIPL(39));
}

function subject(doc: HoverDoc, p: ParsedParam, resolved: Resolved): void {
  const { lang } = doc;
  doc.heading(code(`${p.key}=${p.value}`));
  if (p.value === 'minor') {
    doc.para(tr(lang, 'Minors under 14.', '不满十四周岁的未成年人。'));
    doc.bullet(tr(lang, `All their personal information is sensitive (${doc.cite(PIPL(28))})`, `其全部个人信息均属敏感个人信息（${doc.cite(PIPL(28))}）`));
    doc.bullet(tr(lang, `Needs the consent of a parent or guardian and dedicated processing rules (${doc.cite(PIPL(31))})`, `须取得父母或者其他监护人的同意，并制定专门的处理规则（${doc.cite(PIPL(31))}）`));
    if (resolved.kind === 'crossBorder') {
      // Sensitive PI sent abroad never fits the Art. 5 (4) exemption.
      const art8: Citation = { law: 'CBDF2024', article: 8 };
      doc.bullet(tr(lang, `Sent abroad, it counts as sensitive PI: the standard contract or certification at least, whatever the volume below the security assessment's (${doc.cite(art8)})`, `向境外提供时计为敏感个人信息：在未达到安全评估数量时，不论人数多少，至少须订立标准合同或通过认证（${doc.cite(art8)}）`));
    }
  } else {
    doc.para(tr(lang, `Only ${code('subject=minor')} changes the checks (minors under 14).`, `只有 ${code('subject=minor')}（不满十四周岁的未成年人）会影响检查。`));
  }
}

function pia(doc: HoverDoc, p: ParsedParam, resolved: Resolved, env: HoverEnv): void {
  const { lang } = doc;
  doc.heading(`${tr(lang, 'Impact assessment', '个人信息保护影响评估')} ${esc(p.value)}`);
  if (env.policy) {
    const users = [
      ...[...env.policy.purposes.values()].filter((x) => x.impactAssessment === p.value).map((x) => `${tr(lang, 'purpose', '目的')} ${code(x.id)}`),
      ...[...env.policy.crossBorder.destinations.values()].filter((x) => x.impactAssessment === p.value).map((x) => `${tr(lang, 'destination', '目的地')} ${code(x.id)}`),
    ];
    if (users.length) doc.bullet(`${tr(lang, 'Also recorded for', '政策文件中同样用于')}${colon(lang)}${joinCapped(users, lang)}`);
    const purpose = resolved.r.purpose;
    if (purpose?.impactAssessment && purpose.impactAssessment !== p.value) {
      doc.bullet(tr(lang, `Purpose ${code(purpose.id)} records ${esc(purpose.impactAssessment)}`, `目的 ${code(purpose.id)} 记录的是 ${esc(purpose.impactAssessment)}`));
    }
  }
  doc.bullet(tr(lang, `Required before processing sensitive data, transfers abroad and other high-impact processing (${doc.cite(PIPL(55))}); kept at least 3 years (${doc.cite(PIPL(56))})`, `处理敏感个人信息、向境外提供等情形应事前进行（${doc.cite(PIPL(55))}）；报告至少保存3年（${doc.cite(PIPL(56))}）`));
}

function recipient(doc: HoverDoc, p: ParsedParam, t: ResolvedTransfer, env: HoverEnv): void {
  const { lang } = doc;
  doc.heading(`${tr(lang, 'Overseas recipient', '境外接收方')} ${code(p.value)}`);
  const d = t.destination;
  if (!noPolicy(doc, env)) {
    if (!d) doc.bullet(tr(lang, `No policy record for destination ${code(t.destinationWord.text)}`, `政策文件中没有目的地 ${code(t.destinationWord.text)} 的记录`));
    else if (d.recipients?.includes(p.value)) doc.bullet(tr(lang, `Listed for destination ${code(d.id)}`, `已列为目的地 ${code(d.id)} 的接收方`));
    else doc.bullet(tr(lang, `**Not listed** for destination ${code(d.id)} (${d.recipients?.length ? joinCapped(d.recipients.map(code), lang) : tr(lang, 'none listed', '未列出')})`, `**未列为**目的地 ${code(d.id)} 的接收方（${d.recipients?.length ? joinCapped(d.recipients.map(code), lang) : '未列出'}）`));
  }
  doc.bullet(tr(lang, `Individuals must be told the recipient's name and contact details (${doc.cite(PIPL(39))})`, `应向个人告知境外接收方的名称和联系方式（${doc.cite(PIPL(39))}）`));
}

/** Hover for a key (or a value the grammar rejected): what the key means and the values it takes. */
export function keyHover(tag: ParsedTag['tag'], key: string, span: Span, lang: Lang): HoverResult | undefined {
  const info: KeyInfo | undefined = keysFor(tag).find((k) => k.key === key);
  if (!info) return undefined;
  const doc = new HoverDoc(lang);
  doc.heading(code(`${key}=`));
  doc.para(esc(info.label[lang]));
  if (info.values) {
    doc.section('Values', '可选值');
    for (const v of info.values) {
      doc.bullet(`${code(v.id)} — ${v.label[lang]}`);
      doc.cite(...v.citations);
    }
  } else if (info.duration) {
    doc.para(tr(lang, `For example ${code('30d')}, ${code('8w')}, ${code('6m')}, ${code('3y')}.`, `例如 ${code('30d')}、${code('8w')}、${code('6m')}、${code('3y')}。`));
  } else if (info.categoryList) {
    doc.para(tr(lang, `Comma-separated category ids, e.g. ${code('identity.name,contact.phone')}.`, `以逗号分隔的类别标识，例如 ${code('identity.name,contact.phone')}。`));
  }
  return { markdown: doc.render(), span };
}

