// After-sales (售后): customer-service tickets, returns and refunds.
import type { CustomerId } from './customer';

export type TicketStatus = 'open' | 'waiting_customer' | 'escalated' | 'closed';

/**
 * A customer-service ticket. Closed tickets are archived after a year.
 * @personalData identity.name, contact.phone, account.id purpose=support retention=1y
 */
export interface SupportTicket {
  ticketNo: string;
  customerId: CustomerId;
  customerName: string;
  mobile: string;
  orderNo?: string;
  status: TicketStatus;
  /**
   * The chat between the customer and our agents.
   * @personalData communication.content purpose=support
   */
  messages: { from: 'customer' | 'agent'; text: string; at: Date }[];
}

/**
 * A return the customer asked for. Refunds go back to the account the order was paid from.
 * @personalData identity.name, contact.phone, contact.address purpose=delivery
 */
export interface ReturnRequest {
  orderNo: string;
  customerId: CustomerId;
  reason: 'damaged' | 'wrong_item' | 'not_as_described' | 'changed_mind';
  pickup: { name: string; mobile: string; address: string };
  /** @personalData financial.account purpose=refunds */
  refundAccount: { bankName: string; accountNo: string; holderName: string };
  amountFen: number;
}

export interface HelpdeskClient {
  createCase(queue: string, payload: { email?: string; transcript: string }): Promise<string>;
}

export interface WarehouseReturnsApi {
  schedulePickup(req: { ref: string; name: string; mobile: string; address: string }): Promise<{ pickupDate: string }>;
  requestRefund(req: { ref: string; holderName: string; accountNo: string; amountFen: number }): Promise<void>;
}

/**
 * Hands a ticket to the Japanese-speaking desk run by our partner in Osaka.
 * @crossBorder JP recipient=sakura-cs-jp purpose=support categories=contact.email,communication.content consent=separate pia=PIA-2026-015
 */
export async function escalateToJapaneseDesk(ticket: SupportTicket, email: string | undefined, helpdesk: HelpdeskClient): Promise<string> {
  const transcript = ticket.messages.map((m) => `[${m.from}] ${m.text}`).join('\n');
  const caseId = await helpdesk.createCase('ja-JP', { email, transcript });
  ticket.status = 'escalated';
  return caseId;
}

/**
 * Books the courier pickup for goods going back to the Singapore warehouse.
 * @crossBorder SG recipient=merlion-logistics-sg mechanism=exempt exemption=below-threshold purpose=delivery categories=identity.name,contact.phone,contact.address
 */
export async function bookReturnPickup(req: ReturnRequest, api: WarehouseReturnsApi): Promise<string> {
  const { pickupDate } = await api.schedulePickup({ ref: req.orderNo, ...req.pickup });
  return pickupDate;
}

/**
 * Once the warehouse has checked the goods, its finance team pays the refund.
 * @crossBorder SG recipient=merlion-logistics-sg purpose=refunds categories=identity.name,financial.account
 */
export async function requestWarehouseRefund(req: ReturnRequest, api: WarehouseReturnsApi): Promise<void> {
  if (req.amountFen <= 0) throw new Error(`Nothing to refund for ${req.orderNo}`);
  await api.requestRefund({
    ref: req.orderNo,
    holderName: req.refundAccount.holderName,
    accountNo: req.refundAccount.accountNo,
    amountFen: req.amountFen,
  });
}

export function closeTicket(ticket: SupportTicket): SupportTicket {
  return { ...ticket, status: 'closed' };
}
