// Membership card on the app's "Me" (我的) tab.
import { LoyaltyTier } from '../customer';

/**
 * What the card shows. The mobile number is masked before rendering.
 * @personalData identity.name, identity.photo, contact.phone, loyalty.tier purpose=account
 */
export interface MemberCardProps {
  displayName: string;
  avatarUrl?: string;
  mobile: string;
  tier: LoyaltyTier;
  points: number;
  /** Points still needed for the next tier, if any. */
  toNextTier?: number;
  onShowQrCode?: () => void;
}

const TIER_LABELS: Record<LoyaltyTier, { en: string; zh: string; colour: string }> = {
  [LoyaltyTier.Lotus]: { en: 'Lotus', zh: '莲花会员', colour: '#e8a0bf' },
  [LoyaltyTier.Jade]: { en: 'Jade', zh: '翡翠会员', colour: '#4f9d69' },
  [LoyaltyTier.Gold]: { en: 'Gold', zh: '金卡会员', colour: '#c9a227' },
};

/**
 * 138****5678: keeps the carrier prefix and the last four digits.
 * @personalData contact.phone purpose=account
 */
export function maskMobile(mobile: string): string {
  return mobile.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');
}

function formatPoints(points: number): string {
  return points >= 10_000 ? `${(points / 10_000).toFixed(1)}万` : String(points);
}

export function MemberCard(props: MemberCardProps): JSX.Element {
  const tier = TIER_LABELS[props.tier];
  return (
    <section className="member-card" style={{ borderColor: tier.colour }}>
      <header className="member-card__header">
        {props.avatarUrl ? (
          <img className="member-card__avatar" src={props.avatarUrl} alt="" />
        ) : (
          <div className="member-card__avatar member-card__avatar--empty">{props.displayName.slice(0, 1)}</div>
        )}
        <div>
          <h2 className="member-card__name">{props.displayName}</h2>
          <p className="member-card__mobile">{maskMobile(props.mobile)}</p>
        </div>
      </header>
      <dl className="member-card__stats">
        <dt>{tier.zh}</dt>
        <dd>{formatPoints(props.points)} 积分</dd>
        {props.toNextTier !== undefined && (
          <>
            <dt>距下一等级</dt>
            <dd>{formatPoints(props.toNextTier)}</dd>
          </>
        )}
      </dl>
      <button type="button" className="member-card__qr" onClick={props.onShowQrCode}>
        会员码 / Member code
      </button>
    </section>
  );
}
