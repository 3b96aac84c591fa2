/**
 * "Where personal data goes": the inventory's transfers, tagged (@crossBorder) and untagged (outbound calls found in
 * the code) alike, as destination -> recipient -> categories -> code locations. One model for the Markdown record,
 * the JSON export and the editor's Personal Data view. Plain data in, plain data out.
 */
import type { TransferRow } from './inventory';

export interface FlowPlace {
  /** The @crossBorder function, or the function holding the call. */
  function: string;
  /** For an untagged transfer: the call ("sms.messages.create"). */
  call?: string;
  file: string;
  line: number;
  character: number;
  tagged: boolean;
}

export interface FlowCategories {
  categories: string[];
  places: FlowPlace[];
}

export interface FlowRecipient {
  /** As the tag or the policy names it, or the vendor of the call; "" when nothing names one. */
  recipient: string;
  hosts: string[];
  flows: FlowCategories[];
}

export interface FlowDestination {
  /** As the tag or the code says it: a policy id, an ISO code, CN, or "unresolved". */
  destination: string;
  country?: string;
  recipients: FlowRecipient[];
}

/** Code-point order, the same in every locale. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Destinations in code-point order, "unresolved" last; recipients, category sets and places in order within each. */
export function whereDataGoes(transfers: readonly TransferRow[]): FlowDestination[] {
  const destinations = [...group(transfers, (t) => t.destination)].sort(([a], [b]) => Number(a === 'unresolved') - Number(b === 'unresolved') || byCode(a, b));
  return destinations.map(([destination, rows]) => ({
    destination,
    country: rows.find((r) => r.country)?.country,
    recipients: [...group(rows, (r) => r.recipient ?? '')].sort(([a], [b]) => byCode(a, b)).map(([recipient, rs]) => ({
      recipient,
      hosts: [...new Set(rs.map((r) => r.host).filter((h): h is string => !!h))].sort(byCode),
      flows: [...group(rs, (r) => [...r.categories].sort(byCode).join(','))].sort(([a], [b]) => byCode(a, b)).map(([, cs]) => ({
        categories: [...cs[0].categories].sort(byCode),
        places: cs
          .map((r): FlowPlace => ({ function: r.function, ...(r.call ? { call: r.call } : {}), file: r.file, line: r.line, character: r.character, tagged: r.tagged !== false }))
          .sort((a, b) => byCode(a.file, b.file) || a.line - b.line || a.character - b.character),
      })),
    })),
  }));
}
