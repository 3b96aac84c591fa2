/** Hover for a @crossBorder destination, and the "mechanism required" block shared with mechanism= hovers. */
import {
  type Citation,
  COUNTRIES,
  EXEMPTIONS,
  HK_MO_TW_NOTE,
  isCountryCode,
  type Mechanism,
  mechanismName as nameOf,
  MECHANISMS,
  requiredName as requiredNameOf,
  requirementBasis,
  type ResolvedTransfer,
  satisfies,
  type Span,
} from '../engine/index';
import { HoverDoc, both, code, daysBetween, esc, joinCapped, policyName, tr, type HoverEnv, type HoverResult, type Lang, colon, paren } from './hoverMarkdown';

const PIPL = (article: number): Citation => ({ law: 'PIPL', article });

export function mechanismName(m: Mechanism, lang: Lang): string {
  return nameOf(m, lang);
}

/** "standard contract or certification" / "标准合同或个人信息保护认证"; exempt reads "适用豁免". */
export function requiredName(t: ResolvedTransfer, lang: Lang): string {
  return requiredNameOf(t.requirement, lang);
}

/** The mechanism the law requires for this transfer, with the reasons in figures. */
export function requirementBlock(doc: HoverDoc, t: ResolvedTransfer): void {
  const { lang } = doc;
  const r = t.requirement;
  doc.section('Mechanism required', '法定出境机制');
  doc.bullet(`**${requiredName(t, lang)}**${paren(lang, doc.cite(...requirementBasis(r)))}`);
  for (const reason of r.reasons) doc.sub(reason[lang]);
  // The provisions the reasons name (PIPL Art. 28 for minors' data...) belong in the Law section too.
  doc.cite(...r.citations);
  if (r.certain === false) {
    doc.sub(
      tr(
        lang,
        `No ${code('crossBorder.volume')} declared in the policy: a higher tier may apply`,
        `政策文件未声明 ${code('crossBorder.volume')}：可能适用更高一级的要求`,
      ),
    );
  }
  if (t.mechanism) {
    const declared = t.mechanism.value;
    const claimed = code('mechanism=' + declared) + (declared === 'exempt' && t.exemption ? paren(lang, code(t.exemption.value)) : '');
    const from = t.mechanism.from === 'destination' ? tr(lang, ' (from the policy)', '（来自政策文件）') : '';
    doc.bullet(
      satisfies(declared, r)
        ? tr(lang, `Declared ${claimed}${from} satisfies it`, `已声明的 ${claimed}${from} 满足要求`)
        : tr(lang, `**Not enough**: declared ${claimed}${from}; ${requiredName(t, lang)} is required`, `**不足**：已声明 ${claimed}${from}，法定要求为${requiredName(t, lang)}`),
    );
  } else {
    doc.bullet(tr(lang, 'No mechanism declared, on the tag or in the policy', '标签和政策文件均未声明出境机制'));
  }
}

function countryLine(code2: string | undefined, lang: Lang): string | undefined {
  if (!code2 || !isCountryCode(code2)) return undefined;
  return `${both(COUNTRIES[code2], lang)} (${code2})`;
}

export function destinationHover(t: ResolvedTransfer, span: Span, env: HoverEnv): HoverResult {
  const { lang, policy } = env;
  const doc = new HoverDoc(lang);
  const word = t.destinationWord.text;
  // Art. 40 only where it applies: a CIIO, or a processor over the security-assessment threshold.
  if (!t.domestic) doc.cite(PIPL(38), PIPL(39), ...(t.requirement.localization ? [PIPL(40)] : []));
  const country = countryLine(t.country, lang);
  doc.heading(country ? (word !== t.country ? `${code(word)} → ${country}` : country) : code(word));

  if (t.domestic) {
    doc.para(
      tr(
        lang,
        'Mainland China: domestic, **not a transfer abroad**, so the cross-border rules (PIPL Arts. 38-40) and @crossBorder do not apply. Hong Kong, Macao and Taiwan are written HK, MO and TW.',
        '中国内地：属于境内，**不是向境外提供**，出境规则（《个人信息保护法》第三十八条至第四十条）与 @crossBorder 均不适用。香港、澳门、台湾分别写作 HK、MO、TW。',
      ),
    );
    doc.cite(PIPL(38));
    return { markdown: doc.render(), span };
  }
  if (!country && !t.destination) {
    doc.para(
      tr(
        lang,
        `**Unknown destination**: not an ISO 3166-1 country code${policy ? ` nor a destination in the policy's ${code('crossBorder.destinations')}` : ''}.`,
        `**未知目的地**：不是 ISO 3166-1 国家或地区代码${policy ? `，也不是政策文件 ${code('crossBorder.destinations')} 中的目的地` : ''}。`,
      ),
    );
  }
  if (t.country === 'HK' || t.country === 'MO' || t.country === 'TW') {
    doc.para(`${tr(lang, 'Note', '说明')}${colon(lang)}${HK_MO_TW_NOTE[lang]}`);
  }

  // The policy's record.
  if (!policy) {
    doc.section('Policy', '政策文件');
    doc.bullet(tr(lang, 'No privacy-policy.yaml found: checked against the law only', '未找到 privacy-policy.yaml：仅按法律检查'));
  } else if (!t.destination) {
    doc.section(`Policy (${policyName(policy)})`, `政策文件（${policyName(policy)}）`);
    doc.bullet(tr(lang, `**No record** in ${code('crossBorder.destinations')} for ${code(word)}`, `${code('crossBorder.destinations')} 中**没有** ${code(word)} 的记录`));
  } else {
    destinationRecord(doc, t, env);
  }

  requirementBlock(doc, t);
  return { markdown: doc.render(), span };
}

function destinationRecord(doc: HoverDoc, t: ResolvedTransfer, env: HoverEnv): void {
  const { lang } = doc;
  const d = t.destination!;
  doc.section(`Policy record ${code(d.id)} (${policyName(env.policy!)})`, `政策文件记录 ${code(d.id)}（${policyName(env.policy!)}）`);
  const list = (xs: string[]): string => joinCapped(xs.map(code), lang);
  doc.bullet(`${tr(lang, 'Recipients', '境外接收方')}${colon(lang)}${d.recipients?.length ? list(d.recipients) : tr(lang, '*none listed*', '*未列出*')}`);
  if (d.mechanism) {
    const label = MECHANISMS.find((m) => m.id === d.mechanism)?.label[lang];
    doc.bullet(`${tr(lang, 'Mechanism', '出境机制')}${colon(lang)}${code(d.mechanism)}${label ? ` — ${label}` : ''}`);
  } else {
    doc.bullet(`${tr(lang, 'Mechanism', '出境机制')}${colon(lang)}${tr(lang, '*none*', '*未设*')}`);
  }
  if (d.exemption) {
    const label = EXEMPTIONS.find((e) => e.id === d.exemption)?.label[lang];
    doc.bullet(`${tr(lang, 'Exemption', '豁免情形')}${colon(lang)}${code(d.exemption)}${label ? ` — ${label}` : ''}`);
  }
  if (d.reference) doc.bullet(`${tr(lang, 'Reference', '备案/编号')}${colon(lang)}${esc(String(d.reference))}`);
  if (d.validUntil) {
    const until = String(d.validUntil);
    const left = daysBetween(env.today, until);
    const when =
      left === undefined
        ? ''
        : left < 0
          ? tr(lang, ` — **expired ${-left} day${left === -1 ? '' : 's'} ago**`, ` — **已过期 ${-left} 天**`)
          : left === 0
            ? tr(lang, ' — **expires today**', ' — **今天到期**')
            : tr(lang, ` — ${left} day${left === 1 ? '' : 's'} left`, ` — 还剩 ${left} 天`);
    doc.bullet(`${tr(lang, 'Valid until', '有效期至')}${colon(lang)}${esc(until)}${when}`);
  }
  doc.bullet(`${tr(lang, 'Categories', '出境类别')}${colon(lang)}${d.categories?.length ? list(d.categories) : tr(lang, '*none listed*', '*未列出*')}`);
  doc.bullet(
    `${tr(lang, 'Separate consent', '单独同意')}${colon(lang)}${d.separateConsent ? tr(lang, 'yes', '已取得') : tr(lang, 'not recorded', '未记录')}${paren(lang, doc.cite(PIPL(39)))}`,
  );
  doc.bullet(`${tr(lang, 'Impact assessment', '影响评估')}${colon(lang)}${d.impactAssessment ? esc(String(d.impactAssessment)) : tr(lang, '*none*', '*未设*')}${paren(lang, doc.cite({ law: 'PIPL', article: 55 }))}`);
}
