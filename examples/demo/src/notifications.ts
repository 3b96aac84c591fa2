// Shipping notifications by SMS. Added in a hurry before Singles' Day: nobody tagged the transfer.
import twilio from 'twilio';
import type { Order } from './orders';

const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

/** Texts the recipient of a parcel when the warehouse hands it to the carrier. */
export async function notifyShipped(order: Order): Promise<void> {
  await sms.messages.create({
    to: order.shipping.phone,
    from: '+15005550006',
    body: `${order.shipping.recipient}，您的订单 ${order.orderNo} 已发货。`,
  });
}

/**
 * Asks the recipient of a parcel from the Singapore bonded warehouse to confirm their customs details.
 * Tagged as if the warehouse sent the text; the code sends it through Twilio.
 * @crossBorder SG recipient=merlion-logistics-sg purpose=delivery categories=identity.name,contact.phone,contact.address
 */
export async function askForCustomsDetails(order: Order): Promise<void> {
  await sms.messages.create({
    to: order.shipping.phone,
    from: '+15005550006',
    body: `订单 ${order.orderNo} 需要清关信息，请在 App 中补充。`,
  });
}
