// Orders: checkout, status changes and the shipping label data.
import type { CustomerId } from './customer';

export enum OrderStatus {
  PendingPayment = 'pending_payment',
  Paid = 'paid',
  SentToWarehouse = 'sent_to_warehouse',
  Shipped = 'shipped',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
}

export interface LineItem {
  sku: string;
  title: string;
  quantity: number;
  /** Unit price in fen (CNY cents). */
  unitPrice: number;
  /** Ships from the Singapore bonded warehouse rather than the Shanghai one. */
  overseas: boolean;
}

/**
 * Who receives the parcel and where. Copied from the address book at checkout
 * so later edits to the address book do not change placed orders.
 * @personalData identity.name, contact.phone, contact.address purpose=delivery
 */
export interface ShippingDetails {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postcode?: string;
}

export interface Order {
  orderNo: string;
  customerId: CustomerId;
  items: LineItem[];
  shipping: ShippingDetails;
  status: OrderStatus;
  totalFen: number;
  placedAt: Date;
  paidAt?: Date;
}

export interface OrderRepository {
  insert(order: Order): Promise<void>;
  updateStatus(orderNo: string, status: OrderStatus, at: Date): Promise<void>;
  listByStatus(status: OrderStatus, limit: number): Promise<Order[]>;
}

function newOrderNo(now: Date): string {
  const stamp = now.toISOString().slice(0, 10).replace(/-/g, '');
  const random = Math.floor(Math.random() * 1e8).toString().padStart(8, '0');
  return `LM${stamp}${random}`;
}

export class OrderService {
  constructor(private readonly repo: OrderRepository) {}

  /**
   * Creates an order from the cart at checkout.
   * @personalData identity.name, contact.phone, contact.address purpose=delivery
   */
  async placeOrder(customerId: CustomerId, items: LineItem[], shipping: ShippingDetails): Promise<Order> {
    if (items.length === 0) throw new Error('Cart is empty');
    const now = new Date();
    const order: Order = {
      orderNo: newOrderNo(now),
      customerId,
      items,
      shipping,
      status: OrderStatus.PendingPayment,
      totalFen: items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0),
      placedAt: now,
    };
    await this.repo.insert(order);
    return order;
  }

  async markPaid(orderNo: string): Promise<void> {
    await this.repo.updateStatus(orderNo, OrderStatus.Paid, new Date());
  }

  async cancel(order: Order): Promise<void> {
    if (order.status !== OrderStatus.PendingPayment && order.status !== OrderStatus.Paid) {
      throw new Error(`Order ${order.orderNo} can no longer be cancelled`);
    }
    await this.repo.updateStatus(order.orderNo, OrderStatus.Cancelled, new Date());
  }
}
