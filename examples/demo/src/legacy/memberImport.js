// One-off migration from the 2019 membership system (旧会员系统), run batch by batch from the ops console.

/**
 * A row of the old `hy_member` table; column names are pinyin abbreviations.
 * @typedef {Object} LegacyMember
 * @property {string} hyid   会员编号
 * @property {string} xm     姓名
 * @property {string} sjhm   手机号码
 * @property {string} [yx]   电子邮箱
 * @property {string} [dyzt] 订阅状态："1" 已订阅
 * @property {string} djsj   登记时间 yyyy-MM-dd
 */

const TIER_BY_POINTS = [
  { min: 20000, tier: 'gold' },
  { min: 5000, tier: 'jade' },
  { min: 0, tier: 'lotus' },
];

/**
 * 将旧系统的会员记录转换为新版客户资料：姓名和手机号沿用，会员等级按新规则重新计算。
 * Maps a legacy member row to the new customer shape.
 * @personalData identity.name, contact.phone, loyalty.tier purpose=account
 * @param {LegacyMember} row
 * @param {number} points 旧系统积分
 * @returns {{ legacyId: string, displayName: string, mobile: string, tier: string }}
 */
export function toCustomer(row, points) {
  const mobile = row.sjhm.replace(/\D/g, '').replace(/^86/, '');
  const tier = TIER_BY_POINTS.find((t) => points >= t.min)?.tier ?? 'lotus';
  return { legacyId: row.hyid, displayName: row.xm.trim(), mobile, tier };
}

/**
 * 邮件订阅状态：旧系统的订阅标记原样迁移。
 * Carries the newsletter flag over to the new system.
 * @personaldata contact.email purpose=marketing
 * @param {LegacyMember} row
 * @returns {{ email: string, subscribed: boolean } | null}
 */
export function toSubscription(row) {
  if (!row.yx) return null;
  return { email: row.yx.trim().toLowerCase(), subscribed: row.dyzt === '1' };
}

/**
 * 每晚把导入批次备份到阿里云杭州地域的 OSS，保留 30 天。
 * Nightly backup of each import batch to OSS in the Hangzhou region.
 * @crossBorder CN recipient=aliyun-oss-hangzhou
 * @param {string} batchId
 * @param {LegacyMember[]} rows
 * @param {{ put: (key: string, body: string) => Promise<void> }} oss
 */
export async function backupBatch(batchId, rows, oss) {
  const body = rows.map((r) => JSON.stringify(r)).join('\n');
  await oss.put(`member-import/${batchId}.jsonl`, body);
}

/**
 * Imports one batch and reports how many rows were skipped.
 * @param {LegacyMember[]} rows
 * @param {(id: string) => number} pointsOf
 */
export function importBatch(rows, pointsOf) {
  const customers = [];
  let skipped = 0;
  for (const row of rows) {
    if (!row.sjhm || !row.xm) {
      skipped++;
      continue;
    }
    customers.push({ ...toCustomer(row, pointsOf(row.hyid)), subscription: toSubscription(row) });
  }
  return { customers, skipped };
}
