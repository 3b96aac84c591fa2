/**
 * Adds an entry to the policy's crossBorder.hosts list as a minimal text insert (comments and layout kept), creating
 * the list, and crossBorder, when missing. Block YAML only: a flow list or a JSON policy is left to the user.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { columnOf, indentUnit, lineEnd, type PolicyEditResult } from './policyEdits';

export interface HostEntry {
  key: 'host' | 'env' | 'package';
  value: string;
  destination: string;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The entry's lines, its dash at `indent`. */
function entryLines(e: HostEntry, indent: number): string {
  const pad = ' '.repeat(indent);
  return `${pad}- ${e.key}: ${JSON.stringify(e.value)}\n${pad}  destination: ${e.destination}`;
}

/** End of the line where a node's text ends (past a trailing comment). */
function endOf(text: string, range: [number, number, number] | null | undefined): number {
  let end = range ? range[1] : text.length;
  if (end > 0 && text[end - 1] === '\n') end--;
  return lineEnd(text, end);
}

export function addHostEntry(text: string, entry: HostEntry, fileName = 'privacy-policy.yaml'): PolicyEditResult {
  if (fileName.endsWith('.json')) return { ok: false, reason: 'a JSON policy is edited by hand' };
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false, reason: `the policy file does not parse (${doc.errors[0].message.split('\n')[0]}); fix it first` };
  const unit = indentUnit(doc, text);
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const done = (offset: number, insert: string): PolicyEditResult => ({ ok: true, edit: { offset, text: insert.replace(/\n/g, nl) } });
  const root = doc.contents;
  if (root !== null && root !== undefined && !(isMap(root) && !root.flow)) {
    if (!(isScalar(root) && (root.value === null || root.value === ''))) return { ok: false, reason: 'the policy file is not a block map of sections' };
  }
  const rootMap = isMap(root) ? root : undefined;
  const cross = rootMap && pairOf(rootMap, 'crossBorder');
  if (!cross) {
    const sep = text.length && !text.endsWith('\n') ? '\n' : '';
    return done(text.length, `${sep}crossBorder:\n${' '.repeat(unit)}hosts:\n${entryLines(entry, unit * 2)}\n`);
  }
  const crossKey = (cross.key as { range: [number, number, number] }).range;
  const crossIndent = columnOf(text, crossKey[0]);
  const cb = cross.value;
  if (cb === null || (isScalar(cb) && cb.value === null)) {
    return done(lineEnd(text, crossKey[1]), `\n${' '.repeat(crossIndent + unit)}hosts:\n${entryLines(entry, crossIndent + unit * 2)}`);
  }
  if (!isMap(cb) || cb.flow || cb.items.length === 0) return { ok: false, reason: 'crossBorder is not a block map' };
  const childIndent = columnOf(text, (cb.items[0].key as { range: [number, number, number] }).range[0]);
  const hosts = pairOf(cb, 'hosts');
  if (!hosts) {
    const last = cb.items[cb.items.length - 1];
    const range = (last.value as { range?: [number, number, number] } | null)?.range ?? (last.key as { range: [number, number, number] }).range;
    return done(endOf(text, range), `\n${' '.repeat(childIndent)}hosts:\n${entryLines(entry, childIndent + unit)}`);
  }
  const list = hosts.value;
  if (list === null || (isScalar(list) && list.value === null)) {
    return done(lineEnd(text, (hosts.key as { range: [number, number, number] }).range[1]), `\n${entryLines(entry, childIndent + unit)}`);
  }
  if (!isSeq(list) || list.flow) return { ok: false, reason: 'crossBorder.hosts is not a block list' };
  if (list.items.length === 0) return { ok: false, reason: 'crossBorder.hosts is empty' };
  const first = list.items[0] as { range?: [number, number, number] };
  const dash = text.lastIndexOf('-', first.range![0]);
  const lastItem = list.items[list.items.length - 1] as { range?: [number, number, number] };
  return done(endOf(text, lastItem.range), `\n${entryLines(entry, columnOf(text, dash))}`);
}
