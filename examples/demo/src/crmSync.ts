// Pushes new members to the CRM. Its webhook URL is set per deployment, so the code cannot say where it points.
import type { Customer } from './customer';

/** Runs after registration; failures are retried by the job queue. */
export async function pushToCrm(customer: Customer): Promise<void> {
  const res = await fetch(process.env.CRM_WEBHOOK_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: customer.displayName, email: customer.email }),
  });
  if (!res.ok) throw new Error(`CRM sync failed: ${res.status}`);
}
