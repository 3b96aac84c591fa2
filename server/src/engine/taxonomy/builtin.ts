/** The built-in taxonomy of personal information categories. */
import type { Citation, Localized } from '../types';

export interface CategoryDef {
  id: string;
  label: Localized;
  /** Sensitive personal information under PIPL Art. 28. */
  sensitive: boolean;
  /** Why it is sensitive: the Art. 28 kind it belongs to. */
  art28Kind?: Localized;
  /** Why it is sensitive when Art. 28 does not name its kind: the article's list is open ("etc."). */
  art28Etc?: Localized;
  /** Verified facts of the recommended national standard GB/T 45574-2025 about it (ids of law/nationalStandards.ts). */
  guidance?: readonly string[];
}

const BIOMETRIC: Localized = { en: 'biometric identification', zh: '生物识别' };
const RELIGION: Localized = { en: 'religious beliefs', zh: '宗教信仰' };
const IDENTITY: Localized = { en: 'specific identity', zh: '特定身份' };
const HEALTH: Localized = { en: 'medical and health', zh: '医疗健康' };
const FINANCE: Localized = { en: 'financial accounts', zh: '金融账户' };
const TRACK: Localized = { en: 'whereabouts / location tracks', zh: '行踪轨迹' };

/** Art. 28 names financial accounts only; other financial data is sensitive through the open end of its list. */
const FINANCE_ETC: Localized = {
  en: 'not a kind the article names (it names financial accounts), but sensitive through the open end of its list ("etc."): a leak or misuse can easily endanger property safety',
  zh: '不属于该条列明的种类（该条列明的是金融账户），但依该条列举中的“等”属于敏感个人信息：一旦泄露或者非法使用，容易危害财产安全',
};

function s(id: string, en: string, zh: string, kind: Localized, guidance?: readonly string[]): CategoryDef {
  return { id, label: { en, zh }, sensitive: true, art28Kind: kind, ...(guidance ? { guidance } : {}) };
}
function etc(id: string, en: string, zh: string, why: Localized): CategoryDef {
  return { id, label: { en, zh }, sensitive: true, art28Etc: why };
}
function n(id: string, en: string, zh: string, guidance?: readonly string[]): CategoryDef {
  return { id, label: { en, zh }, sensitive: false, ...(guidance ? { guidance } : {}) };
}

export const BUILTIN_CATEGORIES: readonly CategoryDef[] = [
  s('biometric.face', 'Face data', '人脸信息', BIOMETRIC, ['BIO-1']),
  s('biometric.fingerprint', 'Fingerprint', '指纹', BIOMETRIC, ['BIO-1']),
  s('biometric.voiceprint', 'Voiceprint', '声纹', BIOMETRIC, ['BIO-1']),
  s('biometric.iris', 'Iris', '虹膜', BIOMETRIC, ['BIO-1']),
  s('biometric.other', 'Other biometric data', '其他生物识别信息', BIOMETRIC, ['BIO-1']),
  s('religion.belief', 'Religious belief', '宗教信仰', RELIGION, ['REL-1', 'REL-2']),
  s('specificIdentity.status', 'Specific identity', '特定身份', IDENTITY, ['ID-1', 'ID-3']),
  s('health.medical', 'Medical records', '医疗信息', HEALTH, ['MED-1', 'MED-2']),
  s('health.physiological', 'Physiological / health data', '生理健康信息', HEALTH, ['MED-1']),
  s('financial.account', 'Financial account', '金融账户', FINANCE, ['FIN-1']),
  etc('financial.transaction', 'Financial transactions', '交易记录', FINANCE_ETC),
  etc('financial.credit', 'Credit information', '征信信息', FINANCE_ETC),
  s('location.track', 'Location track / whereabouts', '行踪轨迹', TRACK, ['TRK-1', 'TRK-2']),
  n('identity.name', 'Name', '姓名'),
  // Not sensitive by default: the current standard dropped ID numbers from its list (a policy may still mark it).
  n('identity.idNumber', 'ID document number', '身份证件号码', ['ID-2', 'OTH-2']),
  n('identity.birthDate', 'Date of birth', '出生日期'),
  n('identity.gender', 'Gender', '性别'),
  n('identity.photo', 'Photo of the person', '个人照片'),
  n('contact.phone', 'Phone number', '电话号码'),
  n('contact.email', 'Email address', '电子邮箱'),
  n('contact.address', 'Postal address', '通信地址'),
  n('account.id', 'Account identifier', '账号'),
  n('account.credential', 'Account credential (password, token)', '账户凭证（密码、令牌）'),
  n('device.id', 'Device identifier', '设备标识'),
  n('device.ip', 'IP address', 'IP 地址'),
  n('online.activity', 'Browsing and app activity', '网络浏览与使用记录'),
  n('location.coarse', 'Coarse location (city, region)', '粗略位置（城市、地区）', ['TRK-2']),
  n('communication.content', 'Content of communications', '通信内容'),
  n('communication.contacts', 'Contact list', '通讯录'),
  n('employment.record', 'Employment record', '工作经历'),
  n('education.record', 'Education record', '教育经历'),
];

/** Citation for "sensitive by kind" (PIPL Art. 28). */
export const ART28: Citation = { law: 'PIPL', article: 28 };

/** Labels of the top-level groups ("contact" -> contact.*). */
export const GROUP_LABELS: Record<string, Localized> = {
  biometric: { en: 'Biometric data', zh: '生物识别信息' },
  religion: { en: 'Religion', zh: '宗教信仰' },
  specificIdentity: { en: 'Specific identity', zh: '特定身份' },
  health: { en: 'Health', zh: '医疗健康' },
  financial: { en: 'Financial', zh: '金融' },
  location: { en: 'Location', zh: '位置' },
  identity: { en: 'Identity', zh: '身份信息' },
  contact: { en: 'Contact details', zh: '联系方式' },
  account: { en: 'Account', zh: '账户' },
  device: { en: 'Device', zh: '设备' },
  online: { en: 'Online activity', zh: '网络活动' },
  communication: { en: 'Communications', zh: '通信' },
  employment: { en: 'Employment', zh: '工作' },
  education: { en: 'Education', zh: '教育' },
};
