/**
 * Which outbound-transfer mechanism the law requires (CBDF2024 Arts. 5, 7, 8; PIPL Arts. 38, 40).
 * Counting follows Chinese legislative usage: "以上" includes the number, "不满" excludes it,
 * so 100,000 and 1,000,000 individuals, and 10,000 sensitive individuals, are in the higher tier.
 */
import type { Citation, Localized } from '../types';
import { MECHANISM_STRENGTH, VOLUME_INDEPENDENT_EXEMPTIONS, type Mechanism } from '../grammar/vocabulary';

export const SECURITY_ASSESSMENT_INDIVIDUALS = 1_000_000;
export const SECURITY_ASSESSMENT_SENSITIVE = 10_000;
export const CONTRACT_INDIVIDUALS = 100_000;

export interface TransferFacts {
  ciio: boolean;
  importantData: boolean;
  /** Individuals whose PI was provided abroad since 1 January this year, when the policy says. */
  volume?: { individuals?: number; sensitiveIndividuals?: number };
  /** Sensitive categories among those sent. */
  sensitiveSent: string[];
  /** The exemption claimed, if any. */
  exemption?: string | null;
}

export interface Requirement {
  mechanism: Mechanism;
  /** Acceptable alternatives of equal strength (standard contract or certification). */
  alternatives: Mechanism[];
  /** The article that sets the requirement. */
  basis: Citation;
  /** Why, in figures. */
  reasons: Localized[];
  /** False when the answer rests on an undeclared volume: a higher tier may apply. */
  certain: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export function requiredMechanism(f: TransferFacts): Requirement {
  // Personal information relied on under the Art. 5 exemptions must not include important data (Art. 5(2)).
  if (f.exemption && VOLUME_INDEPENDENT_EXEMPTIONS.has(f.exemption) && !f.importantData) {
    const item = f.exemption === 'contract-necessity' ? '(1)' : f.exemption === 'hr' ? '(2)' : '(3)';
    return {
      mechanism: 'exempt',
      alternatives: [],
      basis: { law: 'CBDF2024', article: 5, item },
      reasons: [{ en: `exemption ${f.exemption} (CBDF2024 Art. 5 ${item}) applies whatever the volume`, zh: `适用豁免情形 ${f.exemption}（《促进和规范数据跨境流动规定》第五条第${item}项），不论数量` }],
      certain: true,
    };
  }
  const individuals = f.volume?.individuals;
  const sensitiveIndividuals = f.volume?.sensitiveIndividuals;
  const volumeKnown = individuals !== undefined;
  const sa: Localized[] = [];
  if (f.ciio) sa.push({ en: 'the handler is a critical information infrastructure operator', zh: '处理者为关键信息基础设施运营者' });
  if (f.importantData) sa.push({ en: 'important data is provided abroad', zh: '向境外提供重要数据' });
  if (individuals !== undefined && individuals >= SECURITY_ASSESSMENT_INDIVIDUALS) {
    sa.push({ en: `${fmt(individuals)} individuals since 1 January (1,000,000 or more)`, zh: `自当年1月1日起累计 ${fmt(individuals)} 人（100万人以上）` });
  }
  if (sensitiveIndividuals !== undefined && sensitiveIndividuals >= SECURITY_ASSESSMENT_SENSITIVE) {
    sa.push({ en: `${fmt(sensitiveIndividuals)} individuals' sensitive PI since 1 January (10,000 or more)`, zh: `自当年1月1日起累计 ${fmt(sensitiveIndividuals)} 人的敏感个人信息（1万人以上）` });
  }
  if (sa.length) return { mechanism: 'security-assessment', alternatives: [], basis: { law: 'CBDF2024', article: 7 }, reasons: sa, certain: true };

  const sc: Localized[] = [];
  if (individuals !== undefined && individuals >= CONTRACT_INDIVIDUALS) {
    sc.push({ en: `${fmt(individuals)} individuals since 1 January (100,000 or more, under 1,000,000)`, zh: `自当年1月1日起累计 ${fmt(individuals)} 人（10万人以上、不满100万人）` });
  }
  if (sensitiveIndividuals !== undefined && sensitiveIndividuals >= 1) {
    sc.push({ en: `${fmt(sensitiveIndividuals)} individuals' sensitive PI since 1 January (under 10,000)`, zh: `自当年1月1日起累计 ${fmt(sensitiveIndividuals)} 人的敏感个人信息（不满1万人）` });
  }
  if (f.sensitiveSent.length) {
    sc.push({ en: `sensitive PI is sent (${f.sensitiveSent.join(', ')})`, zh: `出境信息包含敏感个人信息（${f.sensitiveSent.join('、')}）` });
  }
  if (sc.length) return { mechanism: 'standard-contract', alternatives: ['certification'], basis: { law: 'CBDF2024', article: 8 }, reasons: sc, certain: volumeKnown };

  const below: Localized =
    individuals !== undefined
      ? { en: `${fmt(individuals)} individuals since 1 January (under 100,000), no sensitive PI`, zh: `自当年1月1日起累计 ${fmt(individuals)} 人（不满10万人），不含敏感个人信息` }
      : { en: 'no volume declared and no sensitive PI sent', zh: '未申报出境数量，且不含敏感个人信息' };
  return { mechanism: 'exempt', alternatives: [], basis: { law: 'CBDF2024', article: 5, item: '(4)' }, reasons: [below], certain: volumeKnown };
}

/**
 * Whether a declared mechanism (with its exemption) satisfies the requirement.
 * An exempt transfer relying on the below-threshold exemption is only as good as "exempt".
 */
export function satisfies(declared: Mechanism, required: Requirement): boolean {
  return MECHANISM_STRENGTH[declared] >= MECHANISM_STRENGTH[required.mechanism];
}
