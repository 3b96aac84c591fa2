/**
 * What the inventory (and the editor) counts of an outbound call: whether personal data leaves through it, and the
 * destination a row names for it.
 */
import type { AnalyzedEgress } from '../resolve/egress';

/** Personal data is sent: something reaches the call beyond what a facial recognition call creates by its nature. */
export function carriesPersonalData(e: AnalyzedEgress): boolean {
  return e.call.data.some((d) => d.kind !== 'catalogue' || !e.call.creates.includes(d.category));
}

/** Personal data leaves the process through the call (abroad, at home, or to a place the code does not say). */
export function sendsPersonalData(e: AnalyzedEgress): boolean {
  return e.verdict !== 'no-data' && e.verdict !== 'internal' && carriesPersonalData(e);
}

/** The destination a row names: the policy's id or ISO code as resolved, CN for mainland China, "unresolved". */
export function egressDestination(e: AnalyzedEgress): { destination: string; country?: string } {
  const d = e.call.destination;
  if (d.status !== 'resolved') return { destination: 'unresolved' };
  if (e.verdict === 'domestic') return { destination: 'CN', country: 'CN' };
  return { destination: d.destination ?? e.country ?? 'unresolved', country: e.country };
}
