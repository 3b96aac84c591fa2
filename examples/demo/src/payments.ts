// Bank card binding (绑卡) and payment through the acquiring bank's gateway.
import type { CustomerId } from './customer';

export type CardType = 'debit' | 'credit';

/**
 * A bank card bound to the customer's account. The full card number is sent to the
 * gateway once and replaced by its token; we keep the token and the last four digits.
 * @personalData financial.account, identity.name, account.id purpose=payments
 */
export interface BoundCard {
  customerId: CustomerId;
  gatewayToken: string;
  bankName: string;
  cardType: CardType;
  last4: string;
  holderName: string;
  boundAt: Date;
}

export interface PaymentGateway {
  /**
   * Swaps the card for the acquirer's token; the card number is never stored here.
   * @personalData financial.account, identity.name purpose=payments
   */
  tokenize(cardNumber: string, holderName: string, mobile: string): Promise<{ token: string; bankName: string; cardType: CardType }>;
  charge(token: string, amountFen: number, orderNo: string): Promise<{ ok: boolean; transactionId?: string; error?: string }>;
}

export interface BoundCardStore {
  add(card: BoundCard): Promise<void>;
  list(customerId: CustomerId): Promise<BoundCard[]>;
  remove(customerId: CustomerId, token: string): Promise<void>;
}

export class PaymentService {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly cards: BoundCardStore,
  ) {}

  /**
   * Binds a card after the customer confirms the card-binding agreement (绑卡协议).
   * @personalData financial.account, identity.name purpose=payments
   */
  async bindCard(customerId: CustomerId, cardNumber: string, holderName: string, mobile: string): Promise<BoundCard> {
    const digits = cardNumber.replace(/\s/g, '');
    if (!/^\d{16,19}$/.test(digits)) throw new Error('Card number must have 16 to 19 digits');
    const { token, bankName, cardType } = await this.gateway.tokenize(digits, holderName, mobile);
    const card: BoundCard = {
      customerId,
      gatewayToken: token,
      bankName,
      cardType,
      last4: digits.slice(-4),
      holderName,
      boundAt: new Date(),
    };
    await this.cards.add(card);
    return card;
  }

  async pay(card: BoundCard, orderNo: string, amountFen: number): Promise<string> {
    const result = await this.gateway.charge(card.gatewayToken, amountFen, orderNo);
    if (!result.ok || !result.transactionId) {
      throw new Error(`Payment for ${orderNo} failed: ${result.error ?? 'unknown error'}`);
    }
    return result.transactionId;
  }

  async unbind(card: BoundCard): Promise<void> {
    await this.cards.remove(card.customerId, card.gatewayToken);
  }
}
