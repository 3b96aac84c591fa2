/**
 * Recommended national standards on sensitive personal information: guidance beside PIPL Art. 28, never law.
 *
 * Source: ../shared/reference/national-standards.json. Only facts it marks verified (seen in two or more
 * independent sources) are shown to users, each keeping the reference's id; the wording is this project's,
 * from the reference's paraphrases. GB/T 45574-2025 is the current guidance on what Art. 28's "etc." covers;
 * the older GB/T 35273-2020 list is not relied on (where they differ, GB/T 45574-2025 prevails).
 */
import type { Localized } from '../types';

export interface NationalStandard {
  /** As printed: "GB/T 45574-2025". */
  number: string;
  title: Localized;
  issued: string;
  effective: string;
}

export const GBT_45574: NationalStandard = {
  number: 'GB/T 45574-2025',
  title: {
    en: 'Data security technology — Security requirements for processing of sensitive personal information',
    zh: '数据安全技术 敏感个人信息处理安全要求',
  },
  issued: '2025-04-25',
  effective: '2025-11-01',
};

/** Verified facts of GB/T 45574-2025 that the category hovers show, by the reference's ids (national-standards.json). */
export const GBT_45574_FACTS: Readonly<Record<string, Localized>> = {
  'BIO-1': { en: 'lists biometric information as a category of sensitive personal information', zh: '将生物识别信息列为敏感个人信息类别之一' },
  'REL-1': { en: 'lists religious-belief information as a category of sensitive personal information', zh: '将宗教信仰信息列为敏感个人信息类别之一' },
  'REL-2': { en: 'gives as examples the religion a person holds and the religious organisations they joined', zh: '所举例子包括个人信仰的宗教、加入的宗教组织等' },
  'ID-1': { en: 'lists specific-identity information as a category of sensitive personal information', zh: '将特定身份信息列为敏感个人信息类别之一' },
  'ID-3': { en: '"specific identity" means a status that may affect dignity or social standing or lead to discrimination, not an identity document number', zh: '所称“特定身份”指可能影响人格尊严、社会评价或导致歧视的身份属性，而非身份证件号码' },
  'ID-2': { en: 'no longer lists ID card numbers as sensitive personal information (the older GB/T 35273-2020 did)', zh: '不再将身份证件号码列为敏感个人信息（旧的 GB/T 35273-2020 曾列入）' },
  'OTH-2': { en: 'still treats photos of the resident ID card as sensitive personal information', zh: '仍将居民身份证照片列为敏感个人信息' },
  'MED-1': { en: 'lists medical and health information as a category of sensitive personal information', zh: '将医疗健康信息列为敏感个人信息类别之一' },
  'MED-2': { en: 'counts medical treatment and visit records as medical and health information', zh: '将医疗就诊记录归入医疗健康信息' },
  'FIN-1': { en: 'lists financial-account information as a category of sensitive personal information', zh: '将金融账户信息列为敏感个人信息类别之一' },
  'TRK-1': { en: 'lists whereabouts (track) information as a category of sensitive personal information', zh: '将行踪轨迹信息列为敏感个人信息类别之一' },
  'TRK-2': { en: 'centres whereabouts on continuous, precise positioning tracks, not on location data in general', zh: '以连续的精准定位轨迹为行踪轨迹信息的核心，区别于一般位置信息' },
};

/** "GB/T 45574-2025 (recommended national standard) <fact>" in one language, a line per fact. */
export function standardGuidance(ids: readonly string[], lang: 'en' | 'zh'): string[] {
  const head = lang === 'zh' ? `推荐性国家标准 ${GBT_45574.number}《${GBT_45574.title.zh}》` : `${GBT_45574.number} (recommended national standard)`;
  return ids.map((id) => GBT_45574_FACTS[id]).filter((f) => f !== undefined).map((f) => (lang === 'zh' ? `${head}${f.zh}` : `${head} ${f.en}`));
}
