/**
 * The data inventory: every annotated category and every declared transfer, with what the policy says of
 * them. One model behind the CLI's `inventory` command, the editor's "Personal Data" view and the export.
 */
import type { ParsedTag } from '../types';
import type { ResolvedTag } from '../resolve/resolve';
import type { Taxonomy } from '../taxonomy/taxonomy';
import { LineIndex } from '../text/lineIndex';
import type { AnalyzedEgress } from '../resolve/egress';
import { egressDestination, sendsPersonalData } from './egressRows';

export interface AnnotationRow {
  category: string;
  label: { en: string; zh: string };
  sensitive: boolean;
  purpose?: string;
  basis?: string;
  retention?: string;
  subject?: string;
  impactAssessment?: string;
  /** e.g. "Customer.mobile" */
  declaration: string;
  file: string;
  /** 1-based */
  line: number;
  character: number;
}

export interface TransferRow {
  destination: string;
  country?: string;
  recipient?: string;
  mechanism?: string;
  exemption?: string;
  reference?: string;
  validUntil?: string;
  categories: string[];
  /**
   * The sensitive personal information sent: sensitive categories among those declared (every one with
   * subject=minor), and sensitive data reaching the function's parameters, declared or not.
   */
  sensitive: string[];
  /** Of those, a minor's (under 14, PIPL Art. 28): subject=minor on the tag, or on a type reaching the function. */
  minors: string[];
  /** subject=minor on the tag: all it sends is a minor's. */
  subject?: string;
  purpose?: string;
  function: string;
  file: string;
  line: number;
  character: number;
  /** false: a transfer found in the code that no @crossBorder declares (absent means tagged). */
  tagged?: boolean;
  /** For an untagged transfer: the host the call goes to, when the code names one. */
  host?: string;
  /** For an untagged transfer: the outbound call, e.g. "sms.messages.create" (line and character are its own). */
  call?: string;
}

export interface Inventory {
  annotations: AnnotationRow[];
  transfers: TransferRow[];
}

function declarationName(tag: ParsedTag): string {
  return [...tag.declaration.container, tag.declaration.name].join('.');
}

/**
 * Inventory rows of one file, from its resolved tags, and from its outbound calls that send personal data with no
 * @crossBorder covering them (`tagged: false`). `file` is how rows name it (a relative path for reports).
 */
export function inventoryOf(text: string, file: string, resolved: Iterable<ResolvedTag>, taxonomy: Taxonomy, egress: readonly AnalyzedEgress[] = []): Inventory {
  const out: Inventory = { annotations: [], transfers: [] };
  let index: LineIndex | undefined;
  for (const { kind, r } of resolved) {
    const tag = r.tag;
    const pos = (index ??= new LineIndex(text)).positionAt(tag.declaration.nameSpan.start);
    const where = { declaration: declarationName(tag), file, line: pos.line + 1, character: pos.character + 1 };
    if (kind === 'personalData') {
      for (const ref of r.categories) {
        for (const category of ref.members.length ? ref.members : [ref.id]) {
          out.annotations.push({
            category,
            label: taxonomy.label(category),
            sensitive: r.minor || taxonomy.isSensitive(category),
            purpose: r.purposeParam?.value,
            basis: r.basis?.value,
            retention: r.retention?.value,
            subject: r.subjectParam?.value,
            impactAssessment: r.pia?.value,
            ...where,
          });
        }
      }
    } else {
      out.transfers.push({
        destination: r.destinationWord.text,
        country: r.country,
        recipient: tag.params.find((p) => p.key === 'recipient')?.value ?? r.destination?.recipients?.join(', '),
        mechanism: r.mechanism?.value,
        exemption: r.exemption?.value,
        reference: r.destination?.reference,
        validUntil: r.destination?.validUntil,
        categories: [...new Set(r.sent.flatMap((c) => (c.members.length ? c.members : [c.id])))],
        sensitive: r.sensitiveSent,
        minors: r.minorsSent,
        subject: r.subjectParam?.value,
        purpose: r.purposeParam?.value,
        function: where.declaration,
        file,
        line: where.line,
        character: where.character,
      });
    }
  }
  out.transfers.push(...untaggedTransferRows(text, file, egress, taxonomy));
  return out;
}

/**
 * Rows for outbound calls that send personal data with no @crossBorder covering them: abroad, to a place the code does
 * not say, or to a service in mainland China. Tagged transfers are the tags' own rows; these complete "where personal
 * data goes" with what the code really does.
 */
function untaggedTransferRows(text: string, file: string, egress: readonly AnalyzedEgress[], taxonomy: Taxonomy): TransferRow[] {
  const rows: TransferRow[] = [];
  let index: LineIndex | undefined;
  for (const e of egress) {
    if (e.cover || !sendsPersonalData(e)) continue;
    const pos = (index ??= new LineIndex(text)).positionAt(e.call.callee.start);
    const call = text.slice(e.call.callee.start, e.call.callee.end).replace(/\s+/g, '');
    const categories = e.call.categories;
    rows.push({
      ...egressDestination(e),
      recipient: e.call.destination.vendor?.name ?? e.call.entry.vendor,
      host: e.call.destination.host,
      categories,
      sensitive: categories.filter((c) => taxonomy.isSensitive(c)),
      minors: [],
      function: e.call.enclosing?.name ?? call,
      call,
      file,
      line: pos.line + 1,
      character: pos.character + 1,
      tagged: false,
    });
  }
  return rows;
}

export function mergeInventories(parts: Inventory[]): Inventory {
  const all: Inventory = { annotations: parts.flatMap((p) => p.annotations), transfers: parts.flatMap((p) => p.transfers) };
  const byPlace = (a: { file: string; line: number; character: number }, b: typeof a) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character);
  all.annotations.sort((a, b) => Number(b.sensitive) - Number(a.sensitive) || a.category.localeCompare(b.category) || byPlace(a, b));
  all.transfers.sort((a, b) => a.destination.localeCompare(b.destination) || byPlace(a, b));
  return all;
}
