// Campaigns: opt-in SMS/email promotions, birthday coupons, referrals and audience export.
import type { Customer, CustomerId } from './customer';

/**
 * What a campaign may use about a customer who opted in to promotions.
 * @personalData identity.name, contact.phone, contact.email, loyalty.tier purpose=marketing
 */
export interface MarketingProfile {
  customerId: CustomerId;
  name: string;
  mobile?: string;
  email?: string;
  tier: Customer['tier'];
  channels: ('sms' | 'email' | 'push')[];
  optedInAt: Date;
}

/**
 * Recent browsing, for "items you looked at" emails.
 * @personalData online.activity purpose=marketing retention=forever
 */
export interface BrowsingSignal {
  customerId: CustomerId;
  sku: string;
  viewedAt: Date;
}

export interface CampaignSender {
  send(channel: 'sms' | 'email' | 'push', to: string, templateId: string, vars: Record<string, string>): Promise<void>;
}

export interface AudienceUploader {
  upload(audienceId: string, rows: { uid: string; recentSkus: string[] }[]): Promise<void>;
}

/**
 * Birthday coupon sent during the customer's birthday month.
 * @personalData identity.birthDate purpose=marketing
 */
export function isBirthdayMonth(birthDate: string, today = new Date()): boolean {
  return Number(birthDate.slice(5, 7)) === today.getMonth() + 1;
}

/**
 * "Invite friends" page: matches the phone's address book against registered customers.
 * @personalData communication.contacts purpose=marketing
 */
export function friendsToInvite(addressBook: { name: string; mobile: string }[], registered: Set<string>): string[] {
  return addressBook.filter((c) => !registered.has(c.mobile)).map((c) => c.mobile);
}

/**
 * "You may also like" (猜你喜欢) picks for the home feed.
 * @personalData online.activity, account.id purpose=recommendations
 */
export function recommend(history: BrowsingSignal[], catalogue: Map<string, string[]>, limit = 12): string[] {
  const seen = new Set(history.map((h) => h.sku));
  const picks: string[] = [];
  for (const h of history) {
    for (const related of catalogue.get(h.sku) ?? []) {
      if (!seen.has(related) && !picks.includes(related)) picks.push(related);
      if (picks.length >= limit) return picks;
    }
  }
  return picks;
}

/**
 * Records which campaign link brought the customer to the shop.
 * @personalData online.activity, device.id purpose=analytcs basis=consent retention=90d
 */
export function campaignClick(campaignId: string, deviceId: string, url: string): { campaignId: string; deviceId: string; url: string; at: string } {
  return { campaignId, deviceId, url, at: new Date().toISOString() };
}

export async function sendPromotion(profile: MarketingProfile, sender: CampaignSender, templateId: string): Promise<void> {
  const vars = { name: profile.name, tier: profile.tier };
  if (profile.channels.includes('sms') && profile.mobile) await sender.send('sms', profile.mobile, templateId, vars);
  if (profile.channels.includes('email') && profile.email) await sender.send('email', profile.email, templateId, vars);
}

/**
 * Weekly lookalike-audience export to the analytics vendor.
 * @crossBorder us-analytics recipient=bluepeak-analytics purpose=marketing categories=account.id,online.activity
 */
export async function exportAudience(signals: BrowsingSignal[], uploader: AudienceUploader): Promise<void> {
  const byCustomer = new Map<string, string[]>();
  for (const s of signals) byCustomer.set(s.customerId, [...(byCustomer.get(s.customerId) ?? []), s.sku]);
  const rows = [...byCustomer].map(([uid, skus]) => ({ uid, recentSkus: skus.slice(-20) }));
  await uploader.upload('lookalike-weekly', rows);
}
