/**
 * Which outbound-transfer mechanism the law requires (CBDF2024 Arts. 5, 7, 8; PIPL Arts. 38, 40).
 * Counting follows Chinese legislative usage: "以上" includes the number, "不满" excludes it,
 * so 100,000 and 1,000,000 individuals, and 10,000 sensitive individuals, are in the higher tier.
 */
import type { Citation, Localized } from '../types';
import { MECHANISM_STRENGTH, VOLUME_INDEPENDENT_EXEMPTIONS, type Mechanism } from '../grammar/vocabulary';
import { formatCitation } from './citations';

export const SECURITY_ASSESSMENT_INDIVIDUALS = 1_000_000;
export const SECURITY_ASSESSMENT_SENSITIVE = 10_000;
export const CONTRACT_INDIVIDUALS = 100_000;

export interface TransferFacts {
  ciio: boolean;
  importantData: boolean;
  /**
   * Provided abroad since 1 January this year, when the policy says: `individuals` whose non-sensitive PI was
   * provided, and `sensitiveIndividuals` whose sensitive PI was (CBDF2024 Arts. 5, 7, 8 count them apart).
   */
  volume?: { individuals?: number; sensitiveIndividuals?: number };
  /** Sensitive categories among those sent (in themselves sensitive, or a minor's). */
  sensitiveSent: string[];
  /** Of those, the categories sent as a minor's (subject=minor): all PI of a minor under 14 is sensitive (PIPL Art. 28). */
  minorsSent?: string[];
  /** The transfer says it sends a minor's data (subject=minor), whatever its categories. */
  minor?: boolean;
  /** The exemption claimed, if any. */
  exemption?: string | null;
}

export interface Requirement {
  mechanism: Mechanism;
  /** Acceptable alternatives of equal strength (standard contract or certification). */
  alternatives: Mechanism[];
  /** The article that sets the requirement. */
  basis: Citation;
  /** PIPL Art. 40 applies too: a CIIO, or a processor over the security-assessment threshold. */
  localization: boolean;
  /** Every provision the answer rests on (the basis, Art. 40 when it applies, and those the reasons name). */
  citations: Citation[];
  /** Why, in figures. */
  reasons: Localized[];
  /** False when the answer rests on an undeclared volume: a higher tier may apply. */
  certain: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const PIPL_28: Citation = { law: 'PIPL', article: 28 };
const PIPL_40: Citation = { law: 'PIPL', article: 40 };
const CBDF_5: Citation = { law: 'CBDF2024', article: 5 };

function cite(c: Citation): Localized {
  return { en: formatCitation(c, 'en'), zh: formatCitation(c, 'zh') };
}

const ITEMS: Record<string, string> = { 'contract-necessity': '(1)', hr: '(2)', emergency: '(3)' };

export function requiredMechanism(f: TransferFacts): Requirement {
  const volumeIndependent = !!f.exemption && VOLUME_INDEPENDENT_EXEMPTIONS.has(f.exemption);
  // Personal information relied on under the Art. 5 exemptions must not include important data (Art. 5(2)).
  if (volumeIndependent && !f.importantData) {
    const basis: Citation = { law: 'CBDF2024', article: 5, item: ITEMS[f.exemption!] };
    const c = cite(basis);
    return {
      mechanism: 'exempt',
      alternatives: [],
      basis,
      localization: false,
      citations: [basis],
      reasons: [{ en: `exemption ${f.exemption} (${c.en}) applies whatever the volume`, zh: `适用豁免情形 ${f.exemption}（${c.zh}），不论数量` }],
      certain: true,
    };
  }
  const individuals = f.volume?.individuals;
  const sensitiveIndividuals = f.volume?.sensitiveIndividuals;
  // Either count missing leaves the tier open: the other could reach a higher one.
  const volumeKnown = individuals !== undefined && sensitiveIndividuals !== undefined;
  const minors = f.minorsSent ?? [];
  const otherSensitive = f.sensitiveSent.filter((id) => !minors.includes(id));

  const sa: Localized[] = [];
  const saCitations: Citation[] = [];
  if (f.ciio) sa.push({ en: 'the handler is a critical information infrastructure operator', zh: '处理者为关键信息基础设施运营者' });
  if (f.importantData) {
    sa.push({ en: 'important data is provided abroad', zh: '向境外提供重要数据' });
    if (volumeIndependent) {
      const c = cite(CBDF_5);
      saCitations.push(CBDF_5);
      sa.push({
        en: `exemption ${f.exemption} does not hold: the policy declares important data (crossBorder.importantData), and PI relied on under an exemption must not include it (${c.en}, second paragraph)`,
        zh: `豁免情形 ${f.exemption} 不适用：政策文件声明提供重要数据（crossBorder.importantData），而依据豁免提供的个人信息不得包含重要数据（${c.zh}第二款）`,
      });
    }
  }
  const overThreshold: Localized[] = [];
  if (individuals !== undefined && individuals >= SECURITY_ASSESSMENT_INDIVIDUALS) {
    overThreshold.push({ en: `${fmt(individuals)} individuals' non-sensitive PI provided abroad since 1 January (1,000,000 or more)`, zh: `自当年1月1日起累计向境外提供 ${fmt(individuals)} 人的个人信息（不含敏感个人信息；100万人以上）` });
  }
  if (sensitiveIndividuals !== undefined && sensitiveIndividuals >= SECURITY_ASSESSMENT_SENSITIVE) {
    overThreshold.push({ en: `${fmt(sensitiveIndividuals)} individuals' sensitive PI provided abroad since 1 January (10,000 or more)`, zh: `自当年1月1日起累计向境外提供 ${fmt(sensitiveIndividuals)} 人的敏感个人信息（1万人以上）` });
  }
  sa.push(...overThreshold);
  if (sa.length) {
    // Art. 40 is for CIIOs and processors reaching the CAC's volume threshold, not for important data alone.
    const localization = f.ciio || overThreshold.length > 0;
    const basis: Citation = { law: 'CBDF2024', article: 7 };
    return { mechanism: 'security-assessment', alternatives: [], basis, localization, citations: [basis, ...(localization ? [PIPL_40] : []), ...saCitations], reasons: sa, certain: true };
  }

  const sc: Localized[] = [];
  const scCitations: Citation[] = [];
  if (individuals !== undefined && individuals >= CONTRACT_INDIVIDUALS) {
    sc.push({ en: `${fmt(individuals)} individuals' non-sensitive PI provided abroad since 1 January (100,000 or more, under 1,000,000)`, zh: `自当年1月1日起累计向境外提供 ${fmt(individuals)} 人的个人信息（不含敏感个人信息；10万人以上、不满100万人）` });
  }
  if (sensitiveIndividuals !== undefined && sensitiveIndividuals >= 1) {
    sc.push({ en: `${fmt(sensitiveIndividuals)} individuals' sensitive PI provided abroad since 1 January (under 10,000)`, zh: `自当年1月1日起累计向境外提供 ${fmt(sensitiveIndividuals)} 人的敏感个人信息（不满1万人）` });
  }
  if (otherSensitive.length) {
    sc.push({ en: `sensitive PI is sent (${otherSensitive.join(', ')})`, zh: `出境信息包含敏感个人信息（${otherSensitive.join('、')}）` });
  }
  if (minors.length || f.minor) {
    const c = cite(PIPL_28);
    scCitations.push(PIPL_28);
    const which = minors.length ? minors : ['subject=minor'];
    sc.push({
      en: `personal information of minors under 14 is sent (${which.join(', ')}): all of it is sensitive (${c.en})`,
      zh: `出境信息包含不满十四周岁未成年人的个人信息（${which.join('、')}），均属敏感个人信息（${c.zh}）`,
    });
  }
  if (sc.length) {
    const basis: Citation = { law: 'CBDF2024', article: 8 };
    return { mechanism: 'standard-contract', alternatives: ['certification'], basis, localization: false, citations: [basis, ...scCitations], reasons: sc, certain: volumeKnown };
  }

  const below: Localized =
    individuals !== undefined
      ? { en: `${fmt(individuals)} individuals' non-sensitive PI provided abroad since 1 January (under 100,000), no sensitive PI`, zh: `自当年1月1日起累计向境外提供 ${fmt(individuals)} 人的个人信息（不满10万人），不含敏感个人信息` }
      : { en: 'no volume declared and no sensitive PI sent', zh: '未申报出境人数，且不含敏感个人信息' };
  const basis: Citation = { law: 'CBDF2024', article: 5, item: '(4)' };
  return { mechanism: 'exempt', alternatives: [], basis, localization: false, citations: [basis], reasons: [below], certain: volumeKnown };
}

/** The provisions a finding about the requirement prints after "required": the basis, and PIPL Art. 40 when it applies. */
export function requirementBasis(r: Requirement): Citation[] {
  return r.localization ? [r.basis, PIPL_40] : [r.basis];
}

const MECHANISM_NAMES: Record<Mechanism, Localized> = {
  exempt: { en: 'exempt', zh: '适用豁免' },
  'standard-contract': { en: 'standard contract', zh: '标准合同' },
  certification: { en: 'certification', zh: '个人信息保护认证' },
  'security-assessment': { en: 'security assessment', zh: '安全评估' },
};

/** A mechanism in words: "standard contract" / "标准合同"; exempt reads "exempt" / "适用豁免" (an exemption is relied on, not adopted). */
export function mechanismName(m: Mechanism, lang: 'en' | 'zh'): string {
  return MECHANISM_NAMES[m]?.[lang] ?? m;
}

/** The requirement in words: "standard contract or certification" / "标准合同或个人信息保护认证". */
export function requiredName(r: Requirement, lang: 'en' | 'zh'): string {
  return [r.mechanism, ...r.alternatives].map((m) => mechanismName(m, lang)).join(lang === 'zh' ? '或' : ' or ');
}

/**
 * What the law asks, as a clause: "standard contract or certification is required" / "须订立标准合同或通过个人信息
 * 保护认证"; for exempt, "no mechanism is required (exempt)" / "适用豁免，免予申报".
 */
export function requiredClause(r: Requirement, lang: 'en' | 'zh'): string {
  if (r.mechanism === 'exempt') return lang === 'zh' ? '适用豁免，免予申报安全评估、订立标准合同或通过认证' : 'the transfer is exempt from all three mechanisms';
  if (lang === 'en') return `${requiredName(r, 'en')} is required`;
  return r.mechanism === 'security-assessment' ? '须申报数据出境安全评估' : '须订立个人信息出境标准合同或通过个人信息保护认证';
}

/**
 * Whether a declared mechanism (with its exemption) satisfies the requirement.
 * An exempt transfer relying on the below-threshold exemption is only as good as "exempt".
 */
export function satisfies(declared: Mechanism, required: Requirement): boolean {
  return MECHANISM_STRENGTH[declared] >= MECHANISM_STRENGTH[required.mechanism];
}
