// Sends paid orders for overseas items to the Singapore bonded warehouse (新加坡保税仓).
import { OrderStatus, type Order, type OrderRepository } from './orders';

/**
 * A shipment request in the warehouse WMS format (API v3).
 * The warehouse only prints labels, so it gets name and address; the phone number
 * stays in China and is given to the domestic carrier after customs clearance.
 * @personalData identity.name, contact.address purpose=delivery
 */
export interface ShipmentRequest {
  externalRef: string;
  consignee: {
    name: string;
    addressLines: string[];
    city: string;
    province: string;
    postcode?: string;
    country: 'CN';
  };
  lines: { sku: string; qty: number }[];
}

export interface WarehouseClient {
  submitShipments(requests: ShipmentRequest[]): Promise<{ accepted: string[]; rejected: { ref: string; reason: string }[] }>;
}

export interface SyncReport {
  sent: number;
  rejected: { orderNo: string; reason: string }[];
}

const BATCH_SIZE = 200;

export function toShipmentRequest(order: Order): ShipmentRequest {
  const { shipping } = order;
  return {
    externalRef: order.orderNo,
    consignee: {
      name: shipping.recipient,
      addressLines: [shipping.district, shipping.street],
      city: shipping.city,
      province: shipping.province,
      postcode: shipping.postcode,
      country: 'CN',
    },
    lines: order.items.filter((i) => i.overseas).map((i) => ({ sku: i.sku, qty: i.quantity })),
  };
}

/**
 * Pushes paid orders with overseas items to the Singapore warehouse every 15 minutes.
 * @crossBorder SG recipient=merlion-logistics-sg purpose=delivery categories=identity.name,contact.address
 */
export async function syncPaidOrders(repo: OrderRepository, client: WarehouseClient): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, rejected: [] };
  const paid = await repo.listByStatus(OrderStatus.Paid, BATCH_SIZE);
  const requests = paid.filter((o) => o.items.some((i) => i.overseas)).map(toShipmentRequest);
  if (requests.length === 0) return report;

  const result = await client.submitShipments(requests);
  for (const ref of result.accepted) {
    await repo.updateStatus(ref, OrderStatus.SentToWarehouse, new Date());
  }
  report.sent = result.accepted.length;
  report.rejected = result.rejected.map((r) => ({ orderNo: r.ref, reason: r.reason }));
  return report;
}
