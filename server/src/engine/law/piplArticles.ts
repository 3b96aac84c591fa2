/**
 * PIPL knowledge base: all 74 articles of the Personal Information Protection Law
 * of the PRC (中华人民共和国个人信息保护法; adopted 2021-08-20, in force 2021-11-01).
 *
 * Source: ../shared/reference/pipl-articles.json (article numbers, chapters, English
 * titles and summaries, Chinese titles, keywords), whose every article was checked
 * against two independent copies of the Chinese text (LawRefBook/Laws and
 * panzhangbao/blog), which agree word for word. The Chinese summaries are this
 * project's own rendering of the English summaries and add nothing to them.
 *
 * The summaries are short paraphrases for hovers and rule docs, not the law's text.
 * Generated once from the reference; edit here, and keep article numbers, thresholds
 * and dates in line with the reference.
 */
import type { Localized } from '../types';

export interface PiplArticle {
  /** Article number, 1..74. */
  article: number;
  /** Chapter (and section, where the chapter has sections), e.g. "Chapter I: General Provisions" / "第一章 总则". */
  chapter: Localized;
  title: Localized;
  summary: Localized;
  /** Search terms in English and Chinese. */
  keywords: string[];
}

const CH1: Localized = {
  en: 'Chapter I: General Provisions',
  zh: '第一章 总则',
};
const CH2_S1: Localized = {
  en: 'Chapter II: Rules for Processing Personal Information / Section 1: General Rules',
  zh: '第二章 个人信息处理规则 / 第一节 一般规定',
};
const CH2_S2: Localized = {
  en: 'Chapter II: Rules for Processing Personal Information / Section 2: Rules for Processing Sensitive Personal Information',
  zh: '第二章 个人信息处理规则 / 第二节 敏感个人信息的处理规则',
};
const CH2_S3: Localized = {
  en: 'Chapter II: Rules for Processing Personal Information / Section 3: Special Provisions on Processing by State Organs',
  zh: '第二章 个人信息处理规则 / 第三节 国家机关处理个人信息的特别规定',
};
const CH3: Localized = {
  en: 'Chapter III: Rules for Cross-Border Provision of Personal Information',
  zh: '第三章 个人信息跨境提供的规则',
};
const CH4: Localized = {
  en: "Chapter IV: Individuals' Rights in Personal Information Processing Activities",
  zh: '第四章 个人在个人信息处理活动中的权利',
};
const CH5: Localized = {
  en: 'Chapter V: Obligations of Personal Information Processors',
  zh: '第五章 个人信息处理者的义务',
};
const CH6: Localized = {
  en: 'Chapter VI: Departments Performing Personal Information Protection Duties',
  zh: '第六章 履行个人信息保护职责的部门',
};
const CH7: Localized = {
  en: 'Chapter VII: Legal Liability',
  zh: '第七章 法律责任',
};
const CH8: Localized = {
  en: 'Chapter VIII: Supplementary Provisions',
  zh: '第八章 附则',
};

export const PIPL_ARTICLES: readonly PiplArticle[] = [
  {
    article: 1,
    chapter: CH1,
    title: { en: 'Purpose of the law', zh: '立法宗旨' },
    summary: {
      en: 'Enacted under the Constitution to protect rights and interests in personal information, to regulate how it is processed, and to promote its reasonable use.',
      zh: '依据宪法制定，旨在保护个人信息权益，规范个人信息处理活动，促进个人信息的合理利用。',
    },
    keywords: ['purpose', 'constitution', '立法目的'],
  },
  {
    article: 2,
    chapter: CH1,
    title: { en: 'Legal protection of personal information', zh: '个人信息权益受保护' },
    summary: {
      en: "Natural persons' personal information is protected by law, and no organization or individual may infringe these rights and interests.",
      zh: '自然人的个人信息受法律保护，任何组织、个人不得侵害自然人的个人信息权益。',
    },
    keywords: ['protection', 'infringement', '个人信息权益'],
  },
  {
    article: 3,
    chapter: CH1,
    title: { en: 'Territorial and extraterritorial scope', zh: '适用范围及域外适用' },
    summary: {
      en: "Covers processing of natural persons' personal information inside the PRC. It also reaches processing carried out abroad of data on people in China when the aim is to offer them products or services, to analyse or evaluate their behaviour, or in other cases set by law or administrative regulation.",
      zh: '在中华人民共和国境内处理自然人个人信息的活动适用本法。在境外处理境内自然人的个人信息，以向其提供产品或者服务为目的、分析或者评估其行为，或者属于法律、行政法规规定的其他情形的，同样适用。',
    },
    keywords: ['scope', 'extraterritorial', 'territorial', '适用范围', '境外处理'],
  },
  {
    article: 4,
    chapter: CH1,
    title: { en: 'Definitions of personal information and processing', zh: '个人信息与处理的含义' },
    summary: {
      en: "Personal information is any information, recorded electronically or otherwise, about an identified or identifiable natural person; anonymized information is excluded. 'Processing' covers collection, storage, use, handling, transmission, provision, disclosure, deletion and similar acts.",
      zh: '个人信息是以电子或者其他方式记录的、与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。“处理”包括个人信息的收集、存储、使用、加工、传输、提供、公开、删除等活动。',
    },
    keywords: ['definition', 'personal information', 'processing', 'anonymization', '个人信息', '处理'],
  },
  {
    article: 5,
    chapter: CH1,
    title: { en: 'Lawfulness, legitimacy, necessity and good faith', zh: '合法正当必要诚信' },
    summary: {
      en: 'Processing must be lawful, legitimate, necessary and in good faith; obtaining or handling data by misleading, deceptive or coercive means is forbidden.',
      zh: '处理个人信息应当遵循合法、正当、必要和诚信原则；禁止以误导、欺诈或者胁迫的方式获取或者处理个人信息。',
    },
    keywords: ['principles', 'good faith', 'necessity', '诚信原则'],
  },
  {
    article: 6,
    chapter: CH1,
    title: { en: 'Purpose limitation and data minimization', zh: '目的明确与最小必要' },
    summary: {
      en: 'Processing needs a clear, reasonable purpose, must be directly related to it and use the least intrusive method. Collection is limited to the minimum scope needed for the purpose; over-collection is prohibited.',
      zh: '处理个人信息应当具有明确、合理的目的，与处理目的直接相关，并采取对个人权益影响最小的方式。收集个人信息应当限于实现处理目的的最小范围，禁止过度收集。',
    },
    keywords: ['purpose limitation', 'minimization', 'over-collection', '最小必要', '过度收集'],
  },
  {
    article: 7,
    chapter: CH1,
    title: { en: 'Openness and transparency', zh: '公开透明' },
    summary: {
      en: 'Processors must be open and transparent: publish their processing rules and state clearly the purpose, method and scope of processing.',
      zh: '处理者应当遵循公开、透明原则，公开个人信息处理规则，明示处理的目的、方式和范围。',
    },
    keywords: ['transparency', 'privacy policy', 'processing rules', '公开透明', '处理规则'],
  },
  {
    article: 8,
    chapter: CH1,
    title: { en: 'Quality of personal information', zh: '信息质量' },
    summary: {
      en: "Processors must keep personal information accurate and complete enough to avoid harming individuals' rights and interests.",
      zh: '处理者应当保证个人信息的准确性和完整性，避免因此对个人权益造成损害。',
    },
    keywords: ['accuracy', 'data quality', 'completeness', '准确', '完整'],
  },
  {
    article: 9,
    chapter: CH1,
    title: { en: 'Processor accountability and security', zh: '处理者负责与安全保障' },
    summary: {
      en: 'The processor is responsible for its processing activities and must take the necessary measures to keep the personal information it handles secure.',
      zh: '处理者对其个人信息处理活动负责，并应当采取必要措施，保障所处理的个人信息的安全。',
    },
    keywords: ['accountability', 'security', '责任', '安全'],
  },
  {
    article: 10,
    chapter: CH1,
    title: { en: 'Prohibited illegal processing', zh: '禁止非法处理' },
    summary: {
      en: "Nobody may illegally collect, use, handle or transmit others' personal information, illegally trade, provide or disclose it, or process it in ways that endanger national security or the public interest.",
      zh: '任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息，也不得从事危害国家安全或者公共利益的个人信息处理活动。',
    },
    keywords: ['illegal collection', 'data trading', 'national security', '非法买卖', '国家安全'],
  },
  {
    article: 11,
    chapter: CH1,
    title: { en: 'State protection framework', zh: '国家保护制度' },
    summary: {
      en: 'The state builds and improves the personal information protection system, prevents and punishes infringements, promotes public education, and encourages government, business, social organizations and the public to take part.',
      zh: '国家建立健全个人信息保护制度，预防和惩治侵害个人信息权益的行为，推动宣传教育，鼓励政府、企业、社会组织和公众共同参与个人信息保护。',
    },
    keywords: ['state', 'education', 'governance', '保护制度'],
  },
  {
    article: 12,
    chapter: CH1,
    title: { en: 'International cooperation and mutual recognition', zh: '国际合作与规则互认' },
    summary: {
      en: 'The state takes part in making international personal information protection rules, promotes exchanges and cooperation, and pursues mutual recognition of rules and standards with other countries, regions and international organizations.',
      zh: '国家参与个人信息保护国际规则的制定，促进交流与合作，推动与其他国家、地区和国际组织之间的规则、标准互认。',
    },
    keywords: ['international', 'mutual recognition', 'standards', '国际规则', '互认'],
  },
  {
    article: 13,
    chapter: CH2_S1,
    title: { en: 'Legal bases for processing', zh: '处理的合法性基础' },
    summary: {
      en: 'Processing is allowed only on one of seven bases: consent; necessity for a contract with the individual or for HR management under lawful labour rules and collective contracts; legal duties or obligations; public-health emergencies or protecting life, health and property in emergencies; news reporting and public-opinion supervision in the public interest within a reasonable scope; reasonable processing of information the person made public or that was lawfully disclosed; other cases set by law. Consent is not needed under bases 2 to 7.',
      zh: '仅在具备下列七种情形之一时方可处理个人信息：（一）取得个人同意；（二）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；（三）为履行法定职责或者法定义务；（四）为应对突发公共卫生事件，或者在紧急情况下为保护生命健康和财产安全；（五）为公共利益实施新闻报道、舆论监督，在合理范围内处理；（六）在合理范围内处理个人自行公开或者其他已经合法公开的个人信息；（七）法律规定的其他情形。依据第（二）项至第（七）项处理的，无需取得个人同意。',
    },
    keywords: ['legal basis', 'consent', 'contract', 'HR', 'emergency', 'publicly available', '同意', '合法性基础'],
  },
  {
    article: 14,
    chapter: CH2_S1,
    title: { en: 'Valid consent and re-consent', zh: '同意的要求与重新取得' },
    summary: {
      en: 'Consent must be informed, voluntary and explicit; where laws require separate or written consent, that applies. Fresh consent is needed if the purpose, method or categories of personal information change.',
      zh: '同意应当由个人在充分知情的前提下自愿、明确作出；法律规定应当取得单独同意或者书面同意的，从其规定。处理目的、处理方式或者个人信息种类发生变更的，应当重新取得同意。',
    },
    keywords: ['consent', 'informed', 'separate consent', 'written consent', 're-consent', '单独同意', '书面同意', '重新取得同意'],
  },
  {
    article: 15,
    chapter: CH2_S1,
    title: { en: 'Withdrawal of consent', zh: '撤回同意' },
    summary: {
      en: 'Individuals may withdraw consent and processors must offer a convenient way to do so. Withdrawal does not invalidate processing already done on the basis of the consent.',
      zh: '个人有权撤回同意，处理者应当提供便捷的撤回方式。撤回同意不影响撤回前基于该同意已经进行的处理活动的效力。',
    },
    keywords: ['withdraw consent', 'opt-out', '撤回同意'],
  },
  {
    article: 16,
    chapter: CH2_S1,
    title: { en: 'No denial of service for refusing consent', zh: '不得因拒绝同意而拒绝服务' },
    summary: {
      en: 'A processor may not refuse to provide products or services because the individual declines or withdraws consent, unless the processing is necessary to provide them.',
      zh: '处理者不得以个人不同意或者撤回同意为由，拒绝提供产品或者服务；但处理个人信息属于提供该产品或者服务所必需的除外。',
    },
    keywords: ['refusal', 'bundling', 'service denial', '拒绝提供服务'],
  },
  {
    article: 17,
    chapter: CH2_S1,
    title: { en: 'Notice before processing', zh: '处理前告知' },
    summary: {
      en: "Before processing, processors must tell individuals prominently, in clear and plain language, and truthfully, accurately and completely: the processor's name and contact details; purposes, methods, categories of data and retention period; how to exercise their rights; and other legally required items. Changes must also be notified, and privacy rules used for notice must be public and easy to read and keep.",
      zh: '处理个人信息前，处理者应当以显著方式、清晰易懂的语言，真实、准确、完整地向个人告知：处理者的名称和联系方式；处理目的、处理方式、个人信息种类和保存期限；个人行使权利的方式；以及法律规定应当告知的其他事项。上述事项发生变更的，也应当告知；以个人信息处理规则的方式告知的，处理规则应当公开，并便于查阅和保存。',
    },
    keywords: ['notice', 'privacy notice', 'transparency', 'retention period', '告知', '隐私政策'],
  },
  {
    article: 18,
    chapter: CH2_S1,
    title: { en: 'Exceptions to notice', zh: '告知的例外' },
    summary: {
      en: 'Notice can be skipped where laws or administrative regulations require confidentiality or make notice unnecessary. If an emergency protecting life, health or property prevents timely notice, it must be given once the emergency ends.',
      zh: '法律、行政法规规定应当保密或者不需要告知的，可以不向个人告知。紧急情况下为保护生命健康和财产安全而无法及时告知的，应当在紧急情况消除后告知。',
    },
    keywords: ['notice exception', 'confidentiality', 'emergency', '免于告知', '紧急情况'],
  },
  {
    article: 19,
    chapter: CH2_S1,
    title: { en: 'Retention period', zh: '保存期限' },
    summary: {
      en: 'Unless laws or administrative regulations say otherwise, personal information may be kept only for the shortest time needed to achieve the processing purpose.',
      zh: '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。',
    },
    keywords: ['retention', 'storage limitation', '保存期限'],
  },
  {
    article: 20,
    chapter: CH2_S1,
    title: { en: 'Joint processors', zh: '共同处理者' },
    summary: {
      en: 'Processors that jointly decide purposes and methods must agree on their respective rights and duties; individuals can still exercise rights against any of them. They bear joint and several liability for harm caused.',
      zh: '共同决定处理目的和处理方式的处理者，应当约定各自的权利和义务；个人仍可以向其中任何一方行使权利。共同处理者对所造成的损害承担连带责任。',
    },
    keywords: ['joint controllers', 'joint processing', 'joint and several liability', '共同处理', '连带责任'],
  },
  {
    article: 21,
    chapter: CH2_S1,
    title: { en: 'Entrusted processing', zh: '委托处理' },
    summary: {
      en: "When entrusting processing, the processor must agree with the entrusted party on purpose, term, method, data categories, protection measures and rights and duties, and supervise it. The entrusted party must stay within the agreement, return or delete the data when the contract ends or fails, and may not sub-entrust without the processor's consent.",
      zh: '委托他人处理个人信息的，处理者应当与受托人约定委托处理的目的、期限、处理方式、个人信息种类、保护措施以及双方的权利和义务，并对受托人进行监督。受托人应当在约定范围内处理，合同终止或者失效时应当返还或者删除个人信息，未经处理者同意不得转委托。',
    },
    keywords: ['processor', 'vendor', 'outsourcing', 'sub-processing', '委托处理', '受托人', '转委托'],
  },
  {
    article: 22,
    chapter: CH2_S1,
    title: { en: 'Transfer on merger, division, dissolution or bankruptcy', zh: '合并分立等情形下的转移' },
    summary: {
      en: "If data must be transferred because of a merger, division, dissolution, bankruptcy or similar, the individual must be told the recipient's name and contact details. The recipient takes over the processor's duties and needs fresh consent to change the original purpose or method.",
      zh: '因合并、分立、解散、被宣告破产等原因需要转移个人信息的，应当向个人告知接收方的名称和联系方式。接收方承继原处理者的义务；变更原处理目的或者处理方式的，应当重新取得个人同意。',
    },
    keywords: ['merger', 'acquisition', 'bankruptcy', 'transfer', '合并', '分立'],
  },
  {
    article: 23,
    chapter: CH2_S1,
    title: { en: 'Providing data to another processor', zh: '向其他处理者提供' },
    summary: {
      en: "Sharing personal information with another processor requires telling the individual the recipient's identity, contact details, purpose, method and data categories, and obtaining separate consent. The recipient must stay within that scope and re-obtain consent for changes.",
      zh: '向其他处理者提供个人信息的，应当向个人告知接收方的身份、联系方式、处理目的、处理方式和个人信息种类，并取得个人的单独同意。接收方应当在上述范围内处理；发生变更的，应当重新取得同意。',
    },
    keywords: ['data sharing', 'third party', 'separate consent', '向第三方提供', '单独同意'],
  },
  {
    article: 24,
    chapter: CH2_S1,
    title: { en: 'Automated decision-making', zh: '自动化决策' },
    summary: {
      en: 'Automated decisions must be transparent and fair, with no unreasonable differential treatment in prices or other trading terms. Personalised push content and marketing must come with a non-personalised option or an easy opt-out. Individuals may ask for an explanation of, and refuse, decisions with significant impact that are made solely by automated means.',
      zh: '利用个人信息进行自动化决策，应当保证决策透明、结果公平，不得在交易价格等交易条件上实行不合理的差别待遇。进行个性化信息推送、商业营销的，应当同时提供不针对个人特征的选项，或者提供便捷的拒绝方式。对于仅通过自动化决策方式作出、具有重大影响的决定，个人有权要求说明，并有权拒绝。',
    },
    keywords: ['automated decision-making', 'profiling', 'personalized recommendation', 'price discrimination', '自动化决策', '个性化推荐', '大数据杀熟'],
  },
  {
    article: 25,
    chapter: CH2_S1,
    title: { en: 'Public disclosure requires separate consent', zh: '公开需单独同意' },
    summary: {
      en: 'Processors may not publicly disclose the personal information they process unless the individual gives separate consent.',
      zh: '处理者不得公开其处理的个人信息，但取得个人单独同意的除外。',
    },
    keywords: ['disclosure', 'publication', 'separate consent', '公开', '单独同意'],
  },
  {
    article: 26,
    chapter: CH2_S1,
    title: { en: 'Cameras and identity-recognition devices in public places', zh: '公共场所图像采集与身份识别' },
    summary: {
      en: 'Image-capture and personal identity-recognition equipment in public places must be needed for public security, comply with state rules and carry prominent signs. The images and identity data may be used only for public security, unless the individual gives separate consent.',
      zh: '在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识。所收集的个人图像和身份识别信息只能用于维护公共安全，取得个人单独同意的除外。',
    },
    keywords: ['CCTV', 'facial recognition', 'public places', 'surveillance', '图像采集', '人脸识别'],
  },
  {
    article: 27,
    chapter: CH2_S1,
    title: { en: 'Processing publicly available information', zh: '处理已公开信息' },
    summary: {
      en: "Information that a person made public, or that was otherwise lawfully disclosed, may be processed within a reasonable scope unless the person clearly objects. Consent is required if such processing significantly affects the person's rights and interests.",
      zh: '个人自行公开或者其他已经合法公开的个人信息，可以在合理范围内处理，但个人明确拒绝的除外。此类处理对个人权益有重大影响的，应当取得个人同意。',
    },
    keywords: ['publicly available', 'public data', 'scraping', '已公开信息'],
  },
  {
    article: 28,
    chapter: CH2_S2,
    title: { en: 'Definition of sensitive personal information', zh: '敏感个人信息的界定' },
    summary: {
      en: "Sensitive personal information is data whose leak or illegal use can easily harm a person's dignity or endanger their personal or property safety. It includes biometric, religious-belief, specific-identity, medical and health, financial-account and whereabouts/location-tracking data, among others, plus all personal information of minors under 14. It may be processed only for a specific purpose, when sufficiently necessary, and under strict protection.",
      zh: '敏感个人信息是指一旦泄露或者被非法使用，容易导致自然人人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的全部个人信息。只有在具有特定目的和充分必要性，并采取严格保护措施的情形下，方可处理敏感个人信息。',
    },
    keywords: ['sensitive personal information', 'biometrics', 'religion', 'health', 'financial account', 'location', 'minors under 14', '敏感个人信息', '生物识别', '行踪轨迹', '不满十四周岁'],
  },
  {
    article: 29,
    chapter: CH2_S2,
    title: { en: 'Separate consent for sensitive data', zh: '敏感信息单独同意' },
    summary: {
      en: "Processing sensitive personal information requires the individual's separate consent; where laws or administrative regulations demand written consent, that applies.",
      zh: '处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定应当取得书面同意的，从其规定。',
    },
    keywords: ['sensitive data', 'separate consent', 'written consent', '单独同意', '书面同意'],
  },
  {
    article: 30,
    chapter: CH2_S2,
    title: { en: 'Extra notice for sensitive data', zh: '敏感信息的额外告知' },
    summary: {
      en: 'Beyond the standard notice items in Art. 17(1), processors of sensitive data must explain why the processing is necessary and how it affects the individual, unless the law allows notice to be skipped.',
      zh: '处理敏感个人信息的，除第十七条第一款规定的告知事项外，处理者还应当向个人说明处理的必要性以及对个人的影响；依法可以不向个人告知的除外。',
    },
    keywords: ['sensitive data', 'notice', 'necessity', 'impact', '必要性', '告知'],
  },
  {
    article: 31,
    chapter: CH2_S2,
    // The statute's words are 不满十四周岁 (Arts. 28, 31); the reference's title says 未满.
    title: { en: 'Children under 14', zh: '不满十四周岁未成年人' },
    summary: {
      en: 'Processing personal information of minors under 14 requires consent from a parent or other guardian, and the processor must adopt dedicated processing rules for such data.',
      zh: '处理不满十四周岁未成年人的个人信息，应当取得其父母或者其他监护人的同意；处理者应当为此类个人信息制定专门的处理规则。',
    },
    keywords: ['children', 'minors', 'under 14', 'parental consent', 'guardian', '未成年人', '监护人同意', '儿童'],
  },
  {
    article: 32,
    chapter: CH2_S2,
    title: { en: 'Licences and other restrictions for sensitive data', zh: '敏感信息的许可与限制' },
    summary: {
      en: 'Where laws or administrative regulations require an administrative licence or impose other limits on processing sensitive personal information, those rules apply.',
      zh: '法律、行政法规对处理敏感个人信息规定应当取得行政许可或者作出其他限制的，从其规定。',
    },
    keywords: ['licence', 'administrative permit', 'sensitive data', '行政许可'],
  },
  {
    article: 33,
    chapter: CH2_S3,
    title: { en: 'Application to state organs', zh: '国家机关的适用' },
    summary: {
      en: 'The law applies to processing by state organs; the special rules in this section take precedence where they differ.',
      zh: '国家机关处理个人信息的活动适用本法；本节规定与之不同的，优先适用本节的特别规定。',
    },
    keywords: ['state organs', 'government', '国家机关'],
  },
  {
    article: 34,
    chapter: CH2_S3,
    title: { en: 'State organs act within statutory authority', zh: '国家机关依法定权限处理' },
    summary: {
      en: 'State organs processing data to perform statutory duties must follow the authority and procedures set by law and not exceed what those duties require.',
      zh: '国家机关为履行法定职责处理个人信息，应当依照法律规定的权限和程序进行，不得超出履行法定职责所必需的范围。',
    },
    keywords: ['state organs', 'statutory duty', 'proportionality', '法定职责'],
  },
  {
    article: 35,
    chapter: CH2_S3,
    title: { en: 'Notice duty of state organs', zh: '国家机关的告知义务' },
    summary: {
      en: 'State organs must give notice as the law requires, except in the Art. 18(1) situations or where notice would obstruct their statutory duties.',
      zh: '国家机关应当依法履行告知义务，但属于第十八条第一款规定的情形，或者告知将妨碍其履行法定职责的除外。',
    },
    keywords: ['state organs', 'notice', '告知'],
  },
  {
    article: 36,
    chapter: CH2_S3,
    title: { en: 'Domestic storage by state organs', zh: '国家机关境内存储' },
    summary: {
      en: 'Personal information processed by state organs must be stored inside the PRC; if transfer abroad is truly necessary, a security assessment is required, and relevant departments may be asked to help with it.',
      zh: '国家机关处理的个人信息应当在中华人民共和国境内存储；确需向境外提供的，应当进行安全评估，并可以要求有关部门提供协助。',
    },
    keywords: ['localization', 'state organs', 'security assessment', 'cross-border', '境内存储', '安全评估'],
  },
  {
    article: 37,
    chapter: CH2_S3,
    title: { en: 'Authorized public-affairs organizations', zh: '授权组织参照国家机关' },
    summary: {
      en: 'Organizations authorized by laws or regulations to manage public affairs follow the state-organ rules when they process data to perform statutory duties.',
      zh: '法律、法规授权的具有管理公共事务职能的组织为履行法定职责处理个人信息的，适用关于国家机关的规定。',
    },
    keywords: ['public affairs', 'authorized organization', '参照适用'],
  },
  {
    article: 38,
    chapter: CH3,
    title: { en: 'Conditions for cross-border transfer', zh: '出境的条件' },
    summary: {
      en: "A processor that genuinely needs to provide personal information outside the PRC must meet one of these conditions: pass a CAC-organized security assessment under Art. 40; obtain personal information protection certification from a professional body under CAC rules; sign the CAC standard contract with the overseas recipient; or meet other conditions set by law, regulation or the CAC. Conditions in treaties China has concluded may be followed, and the processor must ensure the recipient's processing meets PIPL protection standards.",
      zh: '处理者因确有需要向中华人民共和国境外提供个人信息的，应当具备下列条件之一：依照第四十条的规定通过国家网信部门组织的安全评估；按照国家网信部门的规定经专业机构进行个人信息保护认证；按照国家网信部门制定的标准合同与境外接收方订立合同；法律、行政法规或者国家网信部门规定的其他条件。中国缔结的条约中规定了相关条件的，可以按照其规定执行；处理者应当确保境外接收方的处理活动达到本法规定的个人信息保护标准。',
    },
    keywords: ['cross-border transfer', 'security assessment', 'certification', 'standard contract', 'SCC', 'outbound', '出境', '安全评估', '认证', '标准合同'],
  },
  {
    article: 39,
    chapter: CH3,
    title: { en: 'Notice and separate consent for cross-border transfer', zh: '出境告知与单独同意' },
    summary: {
      en: "Before sending data abroad, the processor must tell individuals the overseas recipient's name, contact details, purpose, method, data categories and how to exercise their rights against the recipient, and must obtain separate consent.",
      zh: '向境外提供个人信息前，处理者应当向个人告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类以及个人向境外接收方行使权利的方式，并取得个人的单独同意。',
    },
    keywords: ['cross-border', 'separate consent', 'notice', 'overseas recipient', '单独同意', '境外接收方'],
  },
  {
    article: 40,
    chapter: CH3,
    title: { en: 'Localization for CIIOs and high-volume processors', zh: '关基及达量处理者的本地化' },
    summary: {
      en: 'Critical information infrastructure operators, and processors handling personal information in amounts reaching the CAC threshold, must store data collected and generated in China inside China. Transfer abroad requires a CAC security assessment unless laws, regulations or CAC rules exempt it.',
      zh: '关键信息基础设施运营者和处理个人信息达到国家网信部门规定数量的处理者，应当将在中华人民共和国境内收集和产生的个人信息存储在境内。确需向境外提供的，应当通过国家网信部门组织的安全评估；法律、行政法规和国家网信部门规定可以不进行安全评估的，从其规定。',
    },
    keywords: ['data localization', 'CIIO', 'critical information infrastructure', 'security assessment', '关键信息基础设施', '境内存储'],
  },
  {
    article: 41,
    chapter: CH3,
    title: { en: 'Foreign judicial or law-enforcement requests', zh: '境外司法执法调取' },
    summary: {
      en: 'Competent PRC authorities handle foreign judicial or law-enforcement requests for data stored in China according to law, treaties or equality and reciprocity. Without their approval, processors may not provide such data to foreign judicial or law-enforcement bodies.',
      zh: '对于外国司法或者执法机构调取存储于境内的个人信息的请求，中华人民共和国主管机关依照有关法律、条约或者按照平等互惠原则处理。未经主管机关批准，处理者不得向外国司法或者执法机构提供此类个人信息。',
    },
    keywords: ['foreign court', 'law enforcement', 'blocking statute', 'e-discovery', '境外司法', '执法机构'],
  },
  {
    article: 42,
    chapter: CH3,
    title: { en: 'Restriction/prohibition list', zh: '限制或禁止提供清单' },
    summary: {
      en: "The CAC may place foreign organizations or individuals that infringe Chinese citizens' personal information rights, or endanger China's national security or public interest, on a publicly announced list and restrict or ban providing personal information to them.",
      zh: '对侵害中华人民共和国公民个人信息权益，或者危害中华人民共和国国家安全、公共利益的境外组织、个人，国家网信部门可以将其列入清单并予以公告，限制或者禁止向其提供个人信息。',
    },
    keywords: ['blacklist', 'entity list', 'prohibition', '限制清单', '禁止清单'],
  },
  {
    article: 43,
    chapter: CH3,
    title: { en: 'Reciprocal countermeasures', zh: '对等反制措施' },
    summary: {
      en: 'If any country or region imposes discriminatory bans, restrictions or similar measures on China in personal information protection, China may take reciprocal measures against it as circumstances require.',
      zh: '任何国家或者地区在个人信息保护方面对中华人民共和国采取歧视性的禁止、限制或者其他类似措施的，中华人民共和国可以根据实际情况对其采取对等措施。',
    },
    keywords: ['countermeasures', 'reciprocity', 'discrimination', '对等措施'],
  },
  {
    article: 44,
    chapter: CH4,
    title: { en: 'Right to know and decide', zh: '知情权与决定权' },
    summary: {
      en: 'Individuals have the right to know about and decide on the processing of their personal information, and may restrict or refuse processing by others, unless laws or administrative regulations provide otherwise.',
      zh: '个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外。',
    },
    keywords: ['right to know', 'right to object', 'restriction', '知情权', '决定权'],
  },
  {
    article: 45,
    chapter: CH4,
    title: { en: 'Access, copy and portability', zh: '查阅复制与转移' },
    summary: {
      en: 'Individuals may access and copy their personal information (except in the Art. 18(1) and Art. 35 situations) and processors must provide it promptly. Where CAC conditions are met, processors must offer a way to transfer the data to another processor the individual designates.',
      zh: '个人有权查阅、复制其个人信息（第十八条第一款、第三十五条规定的情形除外），处理者应当及时提供。符合国家网信部门规定条件的，处理者应当提供将个人信息转移至个人指定的其他处理者的途径。',
    },
    keywords: ['access', 'copy', 'data portability', 'DSAR', '查阅', '复制', '可携带', '转移'],
  },
  {
    article: 46,
    chapter: CH4,
    title: { en: 'Correction and supplementation', zh: '更正补充' },
    summary: {
      en: 'Individuals may ask for inaccurate or incomplete data to be corrected or completed; the processor must verify and do so promptly.',
      zh: '个人有权请求更正、补充不准确或者不完整的个人信息；处理者应当予以核实，并及时更正、补充。',
    },
    keywords: ['rectification', 'correction', '更正', '补充'],
  },
  {
    article: 47,
    chapter: CH4,
    title: { en: 'Deletion', zh: '删除权' },
    summary: {
      en: 'Processors must delete data on their own initiative, and individuals may demand deletion, when the purpose is met, cannot be met or the data is no longer needed; when the service ends or the retention period expires; when consent is withdrawn; when processing breaks the law or the agreement; or in other legal cases. If a legal retention period has not expired or deletion is technically hard, processing other than storage and security measures must stop.',
      zh: '有下列情形之一的，处理者应当主动删除个人信息，个人也有权请求删除：处理目的已实现、无法实现或者个人信息已不再必要；停止提供产品或者服务，或者保存期限已届满；个人撤回同意；处理活动违反法律或者约定；法律规定的其他情形。法律规定的保存期限未届满，或者删除在技术上难以实现的，应当停止除存储和采取安全保护措施之外的处理。',
    },
    keywords: ['erasure', 'deletion', 'right to be forgotten', 'retention', '删除', '删除权'],
  },
  {
    article: 48,
    chapter: CH4,
    title: { en: 'Explanation of processing rules', zh: '解释说明权' },
    summary: {
      en: 'Individuals may require the processor to explain its personal information processing rules.',
      zh: '个人有权要求处理者对其个人信息处理规则进行解释说明。',
    },
    keywords: ['explanation', 'transparency', '解释说明'],
  },
  {
    article: 49,
    chapter: CH4,
    title: { en: 'Data of deceased persons', zh: '死者个人信息' },
    summary: {
      en: "Close relatives of a deceased person may, for their own lawful and legitimate interests, exercise the access, copying, correction and deletion rights in this chapter over the deceased's data, unless the deceased arranged otherwise.",
      zh: '自然人死亡的，其近亲属为了自身的合法、正当利益，可以对死者的个人信息行使本章规定的查阅、复制、更正、删除权利；死者生前另有安排的除外。',
    },
    keywords: ['deceased', 'next of kin', '死者', '近亲属'],
  },
  {
    article: 50,
    chapter: CH4,
    title: { en: 'Handling rights requests; right to sue', zh: '权利请求受理与诉讼' },
    summary: {
      en: "Processors must set up convenient mechanisms for receiving and handling rights requests and must give reasons for any refusal. Individuals whose requests are refused may sue in a people's court.",
      zh: '处理者应当建立便捷的个人行使权利申请的受理和处理机制；拒绝个人请求的，应当说明理由。个人的请求被拒绝的，可以向人民法院提起诉讼。',
    },
    keywords: ['DSAR process', 'rights request', 'litigation', '申请受理', '诉讼'],
  },
  {
    article: 51,
    chapter: CH5,
    title: { en: 'Security and management measures', zh: '安全管理措施' },
    summary: {
      en: 'Based on purpose, method, data categories, impact and risk, processors must take measures to keep processing lawful and prevent unauthorized access, leakage, tampering or loss: internal management rules and procedures, classified management, encryption and de-identification, access controls with regular staff training, incident response plans, and other legally required measures.',
      zh: '处理者应当根据处理目的、处理方式、个人信息种类以及对个人的影响和存在的风险，采取措施确保处理活动合法，并防止未经授权的访问以及个人信息泄露、篡改、丢失，包括：制定内部管理制度和操作规程；实行分类管理；采取加密、去标识化措施；设置访问权限并定期对从业人员进行培训；制定个人信息安全事件应急预案；以及法律规定的其他措施。',
    },
    keywords: ['security measures', 'encryption', 'de-identification', 'access control', 'training', 'incident response', '加密', '去标识化', '应急预案'],
  },
  {
    article: 52,
    chapter: CH5,
    title: { en: 'Personal information protection officer', zh: '个人信息保护负责人' },
    summary: {
      en: "Processors handling data in amounts reaching the CAC threshold must appoint a personal information protection officer to oversee processing and safeguards, publish the officer's contact details, and report the name and contact details to the regulators.",
      zh: '处理个人信息达到国家网信部门规定数量的处理者，应当指定个人信息保护负责人，负责监督个人信息处理活动和所采取的保护措施，公开其联系方式，并将其姓名和联系方式报送履行个人信息保护职责的部门。',
    },
    keywords: ['DPO', 'data protection officer', '个人信息保护负责人'],
  },
  {
    article: 53,
    chapter: CH5,
    title: { en: 'Representative for overseas processors', zh: '境外处理者境内代表' },
    summary: {
      en: "Processors outside China that are covered by Art. 3(2) must set up a dedicated entity or appoint a representative in China to handle personal information protection matters, and report its name or the representative's contact details to the regulators.",
      zh: '属于第三条第二款规定情形的境外处理者，应当在中华人民共和国境内设立专门机构或者指定代表，负责处理个人信息保护相关事务，并将该机构的名称或者代表的联系方式报送履行个人信息保护职责的部门。',
    },
    keywords: ['overseas processor', 'representative', 'local entity', '境外处理者', '指定代表', '专门机构'],
  },
  {
    article: 54,
    chapter: CH5,
    title: { en: 'Compliance audits', zh: '合规审计' },
    summary: {
      en: 'Processors must regularly audit whether their processing complies with laws and administrative regulations.',
      zh: '处理者应当定期对其个人信息处理活动遵守法律、行政法规的情况进行合规审计。',
    },
    keywords: ['audit', 'compliance audit', '合规审计'],
  },
  {
    article: 55,
    chapter: CH5,
    title: { en: 'When an impact assessment is required', zh: '需进行影响评估的情形' },
    summary: {
      en: 'A personal information protection impact assessment, plus a record of the processing, is required in advance when: processing sensitive data; making automated decisions; entrusting processing, providing data to other processors or disclosing it publicly; transferring data abroad; or other processing with a significant impact on individuals.',
      zh: '有下列情形之一的，处理者应当事前进行个人信息保护影响评估，并对处理情况进行记录：处理敏感个人信息；进行自动化决策；委托处理个人信息、向其他处理者提供个人信息或者公开个人信息；向境外提供个人信息；其他对个人有重大影响的处理活动。',
    },
    keywords: ['PIA', 'PIPIA', 'DPIA', 'impact assessment', '个人信息保护影响评估'],
  },
  {
    article: 56,
    chapter: CH5,
    title: { en: 'Content and retention of impact assessments', zh: '影响评估内容与留存' },
    summary: {
      en: 'The assessment must cover whether the purpose and method are lawful, legitimate and necessary; the impact on individuals and the security risks; and whether protection measures are lawful, effective and proportionate to the risk. Reports and processing records must be kept for at least three years.',
      zh: '影响评估应当包括：处理目的和处理方式是否合法、正当、必要；对个人的影响及安全风险；所采取的保护措施是否合法、有效并与风险程度相适应。评估报告和处理情况记录应当至少保存三年。',
    },
    keywords: ['PIPIA', 'record keeping', '3 years', '影响评估报告', '保存三年'],
  },
  {
    article: 57,
    chapter: CH5,
    title: { en: 'Breach remediation and notification', zh: '泄露补救与通知' },
    summary: {
      en: 'On an actual or possible leak, tampering or loss, the processor must act immediately to remedy it and notify the regulators and affected individuals, covering the data categories, causes and possible harm, remedial steps and what individuals can do, and contact details. Individuals need not be notified if the measures effectively prevent harm, but regulators may still require notice.',
      zh: '发生或者可能发生个人信息泄露、篡改、丢失的，处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和受影响的个人，通知内容包括涉及的个人信息种类、原因和可能造成的危害、已采取的补救措施和个人可以采取的措施，以及联系方式。所采取的措施能够有效避免危害的，可以不通知个人，但履行个人信息保护职责的部门仍可以要求通知。',
    },
    keywords: ['data breach', 'incident', 'notification', '泄露', '通知', '补救措施'],
  },
  {
    article: 58,
    chapter: CH5,
    title: { en: 'Duties of large platforms', zh: '大型平台的特别义务' },
    summary: {
      en: "Processors running important internet platforms with huge user numbers and complex business must: build a compliance system with an independent body made up mainly of outside members to supervise it; set fair platform rules on in-platform providers' data duties; stop serving in-platform providers that seriously violate the law; and regularly publish social-responsibility reports on personal information protection.",
      zh: '提供重要互联网平台服务、用户数量巨大、业务类型复杂的处理者，应当：建立个人信息保护合规制度体系，并成立主要由外部成员组成的独立机构对其进行监督；制定公平的平台规则，明确平台内产品或者服务提供者处理个人信息的义务；对严重违法的平台内提供者停止提供服务；定期发布个人信息保护社会责任报告。',
    },
    keywords: ['gatekeeper', 'platform', 'independent oversight body', 'social responsibility report', '平台', '守门人', '社会责任报告'],
  },
  {
    article: 59,
    chapter: CH5,
    title: { en: 'Duties of entrusted parties', zh: '受托人的义务' },
    summary: {
      en: 'Entrusted parties must take necessary measures to secure the data they process and help the processor meet its legal obligations.',
      zh: '受托人应当采取必要措施保障所处理的个人信息的安全，并协助处理者履行法定义务。',
    },
    keywords: ['processor', 'vendor', 'entrusted party', '受托人'],
  },
  {
    article: 60,
    chapter: CH6,
    title: { en: 'Regulatory authorities', zh: '监管部门' },
    summary: {
      en: "The CAC coordinates personal information protection and related supervision; relevant State Council departments act within their remits; local government departments at county level and above have duties set by state rules. Together they are the 'departments performing personal information protection duties'.",
      zh: '国家网信部门负责统筹协调个人信息保护工作和相关监督管理工作；国务院有关部门在各自职责范围内负责相关工作；县级以上地方人民政府有关部门的职责按照国家有关规定确定。上述部门统称为“履行个人信息保护职责的部门”。',
    },
    keywords: ['CAC', 'regulator', 'supervision', '网信部门', '履行个人信息保护职责的部门'],
  },
  {
    article: 61,
    chapter: CH6,
    title: { en: 'Functions of the regulators', zh: '监管职责' },
    summary: {
      en: 'The regulators educate the public and guide and supervise processors; receive and handle complaints and reports; organize and publish evaluations of apps and similar services; investigate and deal with illegal processing; and perform other legal duties.',
      zh: '履行个人信息保护职责的部门负责开展宣传教育，指导、监督处理者；接受、处理投诉和举报；组织对应用程序等服务进行测评并公布结果；调查、处理违法处理个人信息的活动；以及履行法律规定的其他职责。',
    },
    keywords: ['regulator duties', 'app evaluation', 'complaints', '测评', '投诉举报'],
  },
  {
    article: 62,
    chapter: CH6,
    title: { en: 'CAC coordination work', zh: '网信部门统筹推进事项' },
    summary: {
      en: 'The CAC coordinates work on: specific protection rules and standards; dedicated rules for small processors, sensitive data and new technologies such as facial recognition and AI; secure and convenient electronic identity authentication; a social service system for assessment and certification; and complaint and reporting mechanisms.',
      zh: '国家网信部门统筹协调推进下列工作：制定个人信息保护具体规则和标准；针对小型处理者、敏感个人信息以及人脸识别、人工智能等新技术制定专门规则；推进安全、便捷的电子身份认证；推进个人信息保护评估、认证社会化服务体系建设；完善投诉、举报工作机制。',
    },
    keywords: ['CAC', 'rules and standards', 'facial recognition', 'AI', 'certification', '人脸识别', '人工智能'],
  },
  {
    article: 63,
    chapter: CH6,
    title: { en: 'Investigative powers', zh: '监管执法措施' },
    summary: {
      en: 'Regulators may question parties, inspect and copy contracts, records, books and other materials, conduct on-site inspections, and examine equipment and items, sealing or seizing those proven to be used for illegal processing after written approval by the department head. Parties must cooperate.',
      zh: '履行个人信息保护职责的部门可以询问有关当事人；查阅、复制合同、记录、账簿以及其他有关资料；实施现场检查；检查有关设备、物品，对有证据证明是用于违法处理个人信息的设备、物品，经本部门主要负责人书面批准，可以查封或者扣押。有关当事人应当予以配合。',
    },
    keywords: ['investigation', 'inspection', 'seizure', 'enforcement', '现场检查', '查封扣押'],
  },
  {
    article: 64,
    chapter: CH6,
    title: { en: 'Regulatory interviews and mandated audits', zh: '约谈与委托审计' },
    summary: {
      en: "Where processing carries high risk or a security incident occurs, regulators may summon the processor's legal representative or chief officer for an interview, or require a compliance audit by a professional body; the processor must rectify. Suspected crimes are referred to public security organs.",
      zh: '处理活动存在较大风险或者发生安全事件的，履行个人信息保护职责的部门可以约谈处理者的法定代表人或者主要负责人，或者要求由专业机构进行合规审计；处理者应当进行整改。涉嫌犯罪的，移送公安机关处理。',
    },
    keywords: ['regulatory interview', 'audit', 'rectification', '约谈', '合规审计'],
  },
  {
    article: 65,
    chapter: CH6,
    title: { en: 'Complaints and reports', zh: '投诉与举报' },
    summary: {
      en: 'Anyone may complain about or report illegal processing to the regulators, which must handle it promptly and inform the complainant of the result, and must publish contact details for complaints.',
      zh: '任何人均可以就违法处理个人信息的行为向履行个人信息保护职责的部门投诉、举报；有关部门应当及时处理，将处理结果告知投诉人、举报人，并公布接受投诉、举报的联系方式。',
    },
    keywords: ['complaint', 'whistleblower', 'report', '投诉', '举报'],
  },
  {
    article: 66,
    chapter: CH7,
    title: { en: 'Administrative penalties', zh: '行政处罚' },
    summary: {
      en: "Violations bring orders to correct, warnings, confiscation of illegal gains and suspension or termination of offending apps; refusal to correct adds a fine of up to RMB 1 million, with RMB 10,000 to 100,000 for responsible persons. In serious cases, provincial-level or higher regulators may fine up to RMB 50 million or 5% of the previous year's turnover, suspend business or have licences revoked, fine responsible persons RMB 100,000 to 1 million, and bar them for a period from serving as directors, supervisors, senior managers or protection officers.",
      zh: '违法处理个人信息的，责令改正、给予警告、没收违法所得，对违法处理个人信息的应用程序责令暂停或者终止提供服务；拒不改正的，并处人民币一百万元以下罚款，对责任人员处人民币一万元至十万元罚款。情节严重的，省级以上履行个人信息保护职责的部门可以处人民币五千万元以下或者上一年度营业额百分之五以下罚款，责令暂停业务，或者提请有关主管部门吊销相关许可，对责任人员处人民币十万元至一百万元罚款，并可以在一定期限内禁止其担任董事、监事、高级管理人员或者个人信息保护负责人。',
    },
    keywords: ['fines', 'penalties', 'RMB 50 million', '5% turnover', 'enforcement', '罚款', '五千万元', '营业额百分之五'],
  },
  {
    article: 67,
    chapter: CH7,
    title: { en: 'Credit records', zh: '信用记录' },
    summary: {
      en: 'Violations are entered into credit records under the relevant laws and regulations and made public.',
      zh: '违法行为依照有关法律、行政法规的规定记入信用档案，并予以公示。',
    },
    keywords: ['credit record', 'social credit', '信用档案'],
  },
  {
    article: 68,
    chapter: CH7,
    title: { en: 'Liability of state organs and officials', zh: '国家机关及工作人员责任' },
    summary: {
      en: 'State organs that fail their duties under this law are ordered to correct by a superior organ or the regulators, and responsible personnel are sanctioned. Regulator staff who neglect duties, abuse power or act for personal gain are sanctioned if it is not a crime.',
      zh: '国家机关不履行本法规定的职责的，由其上级机关或者履行个人信息保护职责的部门责令改正，并对责任人员给予处分。履行个人信息保护职责的部门的工作人员玩忽职守、滥用职权、徇私舞弊，尚不构成犯罪的，给予处分。',
    },
    keywords: ['state organs', 'official misconduct', 'sanctions', '处分'],
  },
  {
    article: 69,
    chapter: CH7,
    title: { en: 'Civil liability with presumed fault', zh: '过错推定与损害赔偿' },
    summary: {
      en: "A processor that harms personal information rights is liable for damages unless it proves it was not at fault. Damages follow the individual's loss or the processor's gain; if both are hard to determine, the amount is set according to the actual circumstances.",
      zh: '处理者侵害个人信息权益造成损害，不能证明自己没有过错的，应当承担损害赔偿责任。赔偿数额按照个人因此受到的损失或者处理者因此获得的利益确定；二者均难以确定的，根据实际情况确定。',
    },
    keywords: ['damages', 'tort', 'burden of proof', 'presumed fault', '过错推定', '损害赔偿'],
  },
  {
    article: 70,
    chapter: CH7,
    title: { en: 'Public interest litigation', zh: '公益诉讼' },
    summary: {
      en: "When illegal processing harms the rights of many individuals, people's procuratorates, consumer organizations specified by law and organizations designated by the CAC may sue in a people's court.",
      zh: '违法处理个人信息、侵害众多个人权益的，人民检察院、法律规定的消费者组织和国家网信部门确定的组织可以向人民法院提起诉讼。',
    },
    keywords: ['class action', 'public interest litigation', 'procuratorate', '公益诉讼', '检察院'],
  },
  {
    article: 71,
    chapter: CH7,
    title: { en: 'Public security and criminal liability', zh: '治安处罚与刑事责任' },
    summary: {
      en: 'Conduct that breaches public security administration is punished under that regime, and conduct that constitutes a crime is prosecuted.',
      zh: '违反治安管理的行为，依照治安管理处罚的规定予以处罚；构成犯罪的，依法追究刑事责任。',
    },
    keywords: ['criminal liability', 'public security', '刑事责任', '治安管理处罚'],
  },
  {
    article: 72,
    chapter: CH8,
    title: { en: 'Exclusions', zh: '不适用情形' },
    summary: {
      en: 'The law does not apply to natural persons processing data for personal or household affairs. Where laws specifically govern personal information in statistical or archival work organized by governments and their departments, those laws apply.',
      zh: '自然人因个人或者家庭事务处理个人信息的，不适用本法。法律对政府及其有关部门组织实施的统计、档案管理活动中的个人信息处理有专门规定的，适用其规定。',
    },
    keywords: ['household exemption', 'statistics', 'archives', '个人家庭事务', '统计', '档案'],
  },
  {
    article: 73,
    chapter: CH8,
    title: { en: 'Definitions', zh: '用语含义' },
    summary: {
      en: 'Defines a personal information processor (an organization or individual that independently decides processing purposes and methods), automated decision-making (computer programs analysing and assessing behaviour, interests, or economic, health or credit status and making decisions), de-identification (data cannot identify a specific person without additional information) and anonymization (the person cannot be identified and the data cannot be restored).',
      zh: '界定下列用语：个人信息处理者，是指自主决定处理目的和处理方式的组织、个人；自动化决策，是指通过计算机程序分析、评估个人的行为习惯、兴趣爱好或者经济、健康、信用状况，并作出决策的活动；去标识化，是指个人信息经过处理，在不借助额外信息的情况下无法识别特定自然人；匿名化，是指个人信息经过处理无法识别特定自然人且不能复原。',
    },
    keywords: ['definitions', 'processor', 'controller', 'automated decision-making', 'de-identification', 'anonymization', '个人信息处理者', '去标识化', '匿名化'],
  },
  {
    article: 74,
    chapter: CH8,
    title: { en: 'Effective date', zh: '施行日期' },
    summary: {
      en: 'The law takes effect on 1 November 2021.',
      zh: '本法自2021年11月1日起施行。',
    },
    keywords: ['effective date', '2021-11-01', '施行'],
  },
];
