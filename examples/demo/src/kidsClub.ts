// Lotus Kids' Club (莲花儿童俱乐部): a parent signs their child up from the parent's own account.
import type { CustomerId } from './customer';

/**
 * The child's club profile. Only what the club needs: no photo, no school, no contact details.
 * @personalData identity.name, identity.birthDate, identity.gender purpose=kidsClub subject=minor
 */
export interface KidsClubMember {
  memberNo: string;
  nickname: string;
  birthDate: string; // YYYY-MM-DD
  gender?: 'girl' | 'boy';
  points: number;
}

/**
 * The parent or guardian who signed the child up and gave consent.
 * @personalData identity.name, contact.phone purpose=kidsClub basis=consent
 */
export interface Guardian {
  customerId: CustomerId;
  name: string;
  mobile: string;
  relationship: 'mother' | 'father' | 'guardian';
  consentedAt: Date;
}

export interface Enrolment {
  member: KidsClubMember;
  guardian: Guardian;
}

export interface CardPrinter {
  queueBirthdayCard(memberNo: string, childName: string, sendOn: string, couponCode: string): Promise<void>;
}

export const CLUB_MAX_AGE = 14;

/**
 * Age in whole years on the given day.
 * @personalData identity.birthDate subject=minor purpose=kidsClub
 */
export function ageOn(birthDate: string, day: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = day.getFullYear() - y;
  if (day.getMonth() + 1 < m || (day.getMonth() + 1 === m && day.getDate() < d)) age--;
  return age;
}

/**
 * Signs a child up. The guardian confirms on the consent screen shown before this call.
 * @personalData identity.name, identity.birthDate purpose=kidsClub subject=minor
 */
export function enrol(guardian: Guardian, nickname: string, birthDate: string, now = new Date()): Enrolment {
  if (ageOn(birthDate, now) >= CLUB_MAX_AGE) {
    throw new Error(`The club is for children under ${CLUB_MAX_AGE}`);
  }
  const memberNo = `KC${now.getFullYear()}${Math.floor(Math.random() * 1e6).toString().padStart(6, '0')}`;
  return { guardian, member: { memberNo, nickname, birthDate, points: 0 } };
}

/**
 * Queues this month's birthday cards, each with a 20-yuan coupon for the parent's account.
 * @personalData identity.name, identity.birthDate purpose=kidsClub subject=minor basis=consent
 */
export async function queueBirthdayCards(enrolments: Enrolment[], printer: CardPrinter, month: number): Promise<number> {
  let queued = 0;
  for (const { member, guardian } of enrolments) {
    const [, m, d] = member.birthDate.split('-');
    if (Number(m) !== month) continue;
    const sendOn = `${new Date().getFullYear()}-${m}-${d}`;
    await printer.queueBirthdayCard(member.memberNo, member.nickname, sendOn, `BDAY20-${guardian.customerId.slice(-6)}`);
    queued++;
  }
  return queued;
}
