// Error monitoring for the storefront API: crashes are reported with the signed-in customer attached.
import * as Sentry from '@sentry/node';
import type { Customer } from './customer';

Sentry.init({ dsn: 'https://3f2a9c0b7d1e4f6a@o450112.ingest.us.sentry.io/4507012', tracesSampleRate: 0.1 });

/** Called by the auth middleware once a session is resolved, so crash reports say whose request failed. */
export function identifyCustomer(customer: Customer): void {
  Sentry.setUser({ id: customer.id, email: customer.email });
}
