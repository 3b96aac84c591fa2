/**
 * The legal instruments the product cites, and the cross-border facts it relies on.
 *
 * Source: ../shared/reference/cross-border-rules.json ("instruments", the PIPL
 * cross-border rules, the 2024 thresholds and exemptions, security assessment,
 * standard contract and certification facts) and ../shared/reference/README.md.
 * The English facts follow the reference's wording; the Chinese is this project's
 * own rendering of them and adds nothing. Keep article numbers, thresholds and dates
 * in line with the reference.
 */
import type { LawId, Localized } from '../types';

export interface Instrument {
  id: LawId;
  /** Full title. */
  name: Localized;
  /** What citations print, e.g. "PIPL" / "个人信息保护法". */
  short: Localized;
  issuer: string;
  /** ISO date (or month, where the reference gives only the month). */
  promulgated: string;
  /** ISO date. */
  effective: string;
}

export const INSTRUMENTS: Readonly<Record<LawId, Instrument>> = {
  PIPL: {
    id: 'PIPL',
    name: { en: 'Personal Information Protection Law of the PRC', zh: '中华人民共和国个人信息保护法' },
    short: { en: 'PIPL', zh: '个人信息保护法' },
    issuer: 'NPC Standing Committee (13th NPCSC, 30th session)',
    // The reference gives this as the adoption date.
    promulgated: '2021-08-20',
    effective: '2021-11-01',
  },
  CBDF2024: {
    id: 'CBDF2024',
    name: { en: 'Provisions on Promoting and Regulating Cross-Border Data Flows', zh: '促进和规范数据跨境流动规定' },
    short: { en: 'CBDF2024', zh: '促进和规范数据跨境流动规定' },
    issuer: 'Cyberspace Administration of China (CAC)',
    promulgated: '2024-03-22',
    // Effective on promulgation (Art. 14).
    effective: '2024-03-22',
  },
  SAM2022: {
    id: 'SAM2022',
    name: { en: 'Measures for Security Assessment of Outbound Data Transfers', zh: '数据出境安全评估办法' },
    short: { en: 'SAM2022', zh: '数据出境安全评估办法' },
    issuer: 'Cyberspace Administration of China (CAC)',
    promulgated: '2022-07-07',
    effective: '2022-09-01',
  },
  SCM2023: {
    id: 'SCM2023',
    name: {
      en: 'Measures on the Standard Contract for Outbound Transfer of Personal Information',
      zh: '个人信息出境标准合同办法',
    },
    short: { en: 'SCM2023', zh: '个人信息出境标准合同办法' },
    issuer: 'Cyberspace Administration of China (CAC)',
    // Published on the CAC site on 2023-02-24.
    promulgated: '2023-02-22',
    effective: '2023-06-01',
  },
  CERT2025: {
    id: 'CERT2025',
    name: {
      en: 'Measures for Certification of Outbound Transfer of Personal Information',
      zh: '个人信息出境认证办法',
    },
    short: { en: 'CERT2025', zh: '个人信息出境认证办法' },
    issuer: 'CAC and State Administration for Market Regulation (SAMR)',
    // The reference gives the month only; the CAC page publishing the Measures is dated 2025-10-17.
    promulgated: '2025-10',
    effective: '2026-01-01',
  },
  NDSMR2024: {
    id: 'NDSMR2024',
    name: { en: 'Regulations on Network Data Security Management', zh: '网络数据安全管理条例' },
    short: { en: 'NDSMR2024', zh: '网络数据安全管理条例' },
    issuer: 'State Council',
    promulgated: '2024-09-24',
    effective: '2025-01-01',
  },
};

export interface CrossBorderFact {
  law: LawId;
  article: number;
  /** Item within the article, e.g. "(4)". */
  item?: string;
  fact: Localized;
}

const NO_IMPORTANT_DATA: Localized = {
  en: 'Not available where the personal information includes important data (Art. 5, second paragraph).',
  zh: '所提供的个人信息包含重要数据的，不适用本项（第五条第二款）。',
};

const EXEMPT: Localized = {
  en: 'Exempt from the security assessment, standard contract and certification: ',
  zh: '免予申报数据出境安全评估、订立个人信息出境标准合同和通过个人信息保护认证：',
};

function exemption(item: string, en: string, zh: string): CrossBorderFact {
  return {
    law: 'CBDF2024',
    article: 5,
    item,
    fact: { en: `${EXEMPT.en}${en} ${NO_IMPORTANT_DATA.en}`, zh: `${EXEMPT.zh}${zh}${NO_IMPORTANT_DATA.zh}` },
  };
}

export const CROSS_BORDER_FACTS: readonly CrossBorderFact[] = [
  exemption(
    '(1)',
    'transfers truly necessary to conclude or perform a contract to which the individual is a party (examples given: cross-border shopping, delivery, remittance, payment, account opening, flight/hotel booking, visa processing, exam services).',
    '为订立、履行个人作为一方当事人的合同（所举例子包括跨境购物、寄递、汇款、支付、开户、机票酒店预订、签证办理、考试服务），确需向境外提供个人信息的。',
  ),
  exemption(
    '(2)',
    'employee personal information truly needed abroad for cross-border HR management under lawfully made labour rules and lawfully signed collective contracts.',
    '按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息的。',
  ),
  exemption(
    '(3)',
    "transfers truly necessary in an emergency to protect a natural person's life, health or property.",
    '紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息的。',
  ),
  exemption(
    '(4)',
    "processors that are not critical information infrastructure operators (CIIOs) providing fewer than 100,000 individuals' personal information (excluding sensitive personal information) abroad since 1 January of the current year. Sensitive personal information is outside this item: transferring any moves the processor to Art. 8 unless another exemption applies.",
    '关键信息基础设施运营者以外的数据处理者，自当年1月1日起累计向境外提供不满10万人个人信息（不含敏感个人信息）的。敏感个人信息不在本项范围内：只要向境外提供敏感个人信息，除符合其他豁免情形外，即适用第八条。',
  ),
  {
    law: 'CBDF2024',
    article: 7,
    fact: {
      en: "A CAC security assessment, filed through the provincial CAC, is required where a critical information infrastructure operator (CIIO) provides any personal information or important data abroad (no volume threshold), or where another processor provides important data abroad or, since 1 January of the current year, has provided abroad the personal information of 1,000,000 or more individuals (excluding sensitive personal information) or the sensitive personal information of 10,000 or more individuals. Cases covered by Arts. 3, 4, 5 or 6 follow those articles instead, so CIIOs can also rely on Art. 5 items (1)-(3); the volume exemption in item (4) is for non-CIIOs only.",
      zh: '有下列情形之一的，应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估：关键信息基础设施运营者向境外提供个人信息或者重要数据（不设数量门槛）；其他数据处理者向境外提供重要数据，或者自当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人信息）或者1万人以上敏感个人信息。属于第三条、第四条、第五条、第六条规定情形的，依照其规定，因此关键信息基础设施运营者也可以适用第五条第（一）项至第（三）项；第（四）项的数量豁免仅适用于关键信息基础设施运营者以外的数据处理者。',
    },
  },
  {
    law: 'CBDF2024',
    article: 8,
    fact: {
      en: "Processors that are not CIIOs and, since 1 January of the current year, have provided abroad the personal information of 100,000 or more but fewer than 1,000,000 individuals (excluding sensitive personal information), or the sensitive personal information of fewer than 10,000 individuals, must conclude the CAC standard contract with the overseas recipient (and file it) or obtain personal information protection certification. Cases covered by Arts. 3, 4, 5 or 6 follow those articles instead. The sensitive band has no lower limit.",
      zh: '关键信息基础设施运营者以外的数据处理者，自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息），或者不满1万人敏感个人信息的，应当与境外接收方订立个人信息出境标准合同（并备案）或者通过个人信息保护认证。属于第三条、第四条、第五条、第六条规定情形的，依照其规定。敏感个人信息的数量区间没有下限。',
    },
  },
  {
    law: 'CBDF2024',
    article: 9,
    fact: {
      en: 'A passed security assessment is valid for 3 years from the date the result is issued (replacing the 2-year validity in SAM2022 Art. 14). If transfers must continue and no re-filing trigger has occurred, the processor may apply for an extension through the provincial CAC within the 60 working days before expiry; with CAC approval the validity is extended by 3 years.',
      zh: '数据出境安全评估结果有效期为3年，自评估结果出具之日起计算（取代《数据出境安全评估办法》第十四条规定的2年有效期）。有效期届满需要继续出境、且未发生需要重新申报评估情形的，数据处理者可以在有效期届满前60个工作日内通过所在地省级网信部门提出延长申请；经国家网信部门批准，有效期延长3年。',
    },
  },
  {
    law: 'CBDF2024',
    article: 10,
    fact: {
      en: 'Exemptions do not remove the duties to give notice, obtain separate consent and conduct a personal information protection impact assessment.',
      zh: '即使免予申报安全评估、订立标准合同和通过认证，仍应当履行告知、取得个人单独同意和进行个人信息保护影响评估的义务。',
    },
  },
  {
    law: 'CBDF2024',
    article: 13,
    fact: {
      en: 'Where the 2022 Security Assessment Measures (SAM2022) or the 2023 Standard Contract Measures (SCM2023) are inconsistent with these Provisions, these Provisions prevail.',
      zh: '《数据出境安全评估办法》或者《个人信息出境标准合同办法》与本规定不一致的，以本规定为准。',
    },
  },
  {
    law: 'SCM2023',
    article: 7,
    fact: {
      en: 'Within 10 working days from the date the standard contract takes effect, the processor must file with the provincial CAC where it is located, submitting the standard contract and the personal information protection impact assessment report. The processor is responsible for the truthfulness of what it files.',
      zh: '个人信息处理者应当自标准合同生效之日起10个工作日内，向所在地省级网信部门备案，提交标准合同和个人信息保护影响评估报告，并对所备案材料的真实性负责。',
    },
  },
  {
    law: 'CERT2025',
    article: 5,
    fact: {
      en: 'The certification route is available only to processors that are not CIIOs and have provided abroad, since 1 January of the current year, the personal information of 100,000 or more but fewer than 1,000,000 individuals (excluding sensitive personal information) or the sensitive personal information of fewer than 10,000 individuals (the CBDF2024 Art. 8 band); the transferred personal information must not include important data. Splitting volumes to avoid a required security assessment by using certification is prohibited.',
      zh: '只有关键信息基础设施运营者以外、且自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息）或者不满1万人敏感个人信息的个人信息处理者（即《促进和规范数据跨境流动规定》第八条规定的区间），才可以通过个人信息保护认证向境外提供个人信息；所提供的个人信息不得包含重要数据。不得通过拆分数量规避应当申报的安全评估而改用认证。',
    },
  },
  {
    law: 'PIPL',
    article: 38,
    fact: {
      en: "A processor that needs to provide personal information outside the PRC must meet one of four conditions: (1) pass a CAC-organized security assessment under Art. 40; (2) obtain personal information protection certification from a professional body under CAC rules; (3) sign the CAC-formulated standard contract with the overseas recipient; (4) meet other conditions set by law, administrative regulation or the CAC. Conditions set by a treaty or agreement China has concluded or joined may be followed. The processor must take necessary measures so the overseas recipient's processing meets the PIPL's protection standard.",
      zh: '个人信息处理者确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一：（一）依照第四十条的规定通过国家网信部门组织的安全评估；（二）按照国家网信部门的规定经专业机构进行个人信息保护认证；（三）按照国家网信部门制定的标准合同与境外接收方订立合同；（四）法律、行政法规或者国家网信部门规定的其他条件。中国缔结或者参加的条约、协定对向境外提供个人信息的条件有规定的，可以按照其规定执行。处理者应当采取必要措施，保障境外接收方的处理活动达到本法规定的个人信息保护标准。',
    },
  },
  {
    law: 'PIPL',
    article: 39,
    fact: {
      en: "Outbound provision requires notice (the overseas recipient's name, contact details, purpose, method, data categories, and how to exercise rights against the recipient) and the individual's separate consent.",
      zh: '向境外提供个人信息，应当向个人告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类以及向境外接收方行使权利的方式，并取得个人的单独同意。',
    },
  },
  {
    law: 'PIPL',
    article: 40,
    fact: {
      en: 'CIIOs, and processors handling personal information in amounts reaching the CAC threshold, must store personal information collected and generated in China domestically; outbound provision needs a CAC security assessment unless laws, administrative regulations or CAC rules exempt it.',
      zh: '关键信息基础设施运营者和处理个人信息达到国家网信部门规定数量的处理者，应当将在境内收集和产生的个人信息存储在境内；确需向境外提供的，应当通过国家网信部门组织的安全评估；法律、行政法规和国家网信部门规定可以不进行安全评估的，从其规定。',
    },
  },
  {
    law: 'PIPL',
    article: 55,
    item: '(4)',
    fact: {
      en: 'An outbound transfer requires a prior personal information protection impact assessment and a record of the processing.',
      zh: '向境外提供个人信息，应当事前进行个人信息保护影响评估，并对处理情况进行记录。',
    },
  },
  {
    law: 'PIPL',
    article: 56,
    fact: {
      en: 'Impact assessment reports and processing records must be kept for at least 3 years.',
      zh: '个人信息保护影响评估报告和处理情况记录应当至少保存3年。',
    },
  },
];

/** How Chinese legal texts count thresholds; the CBDF2024 bands depend on it. */
export const COUNTING_NOTE: Localized = {
  en: "In Chinese legislative usage '以上' (or more) and '以内' include the stated number, while '不满' (less than) and '超过' (more than) exclude it (Civil Code Art. 1259). So '100万人以上' means 1,000,000 or more and '不满10万人' means fewer than 100,000. Art. 1259 defines these terms as used in civil law; it is the standard reading of the CAC rules too, though they do not restate it.",
  zh: '按照我国立法用语习惯，“以上”“以内”包括本数，“不满”“超过”不包括本数（《民法典》第一千二百五十九条）。因此，“100万人以上”指1,000,000人及以上，“不满10万人”指少于100,000人。第一千二百五十九条界定的是民法所称的这些用语，理解国家网信部门的规定时通常也采用这一标准，但这些规定本身并未重申。',
};

/** Hong Kong, Macao and Taiwan as destinations: CAC practice, not PIPL text. */
export const HK_MO_TW_NOTE: Localized = {
  en: 'In CAC practice, a transfer of personal information from the mainland to Hong Kong, Macao or Taiwan is handled as an outbound transfer (a separate Greater Bay Area standard contract exists for mainland-Hong Kong flows). This is regulatory practice, not the text of the PIPL.',
  zh: '在国家网信部门的实践中，从内地向香港特别行政区、澳门特别行政区或者台湾地区提供个人信息，按照数据出境处理（内地与香港之间的个人信息流动另有粤港澳大湾区标准合同）。这是监管实践，并非《个人信息保护法》的条文规定。',
};
