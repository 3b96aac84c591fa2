/**
 * Minimal text edits to a policy file: adds an entry to a section, or an item to a destination's list, without
 * re-serialising the file, so comments, order, quoting and indentation stay as the author wrote them.
 * Works on block YAML, flow maps and sequences, and JSON. Refuses a file that does not parse.
 */
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { CATEGORY_ID, SIMPLE_ID } from '../grammar/vocabulary';

/**
 * Where an "add to the policy" fix writes: a map of entries, or a list under one entry of a map (`*` stands for
 * that entry, the owner: crossBorder.destinations.SG.recipients).
 */
export type PolicySection = 'categories.custom' | 'purposes' | 'crossBorder.destinations' | 'crossBorder.destinations.*.recipients';

/** The sections that are lists under an owner entry: the path to the owner's map, and the list's key. */
const LIST_SECTIONS: Partial<Record<PolicySection, { owners: string[]; key: string }>> = {
  'crossBorder.destinations.*.recipients': { owners: ['crossBorder', 'destinations'], key: 'recipients' },
};

/** "crossBorder.destinations.SG.recipients": the section with its owner filled in, for messages. */
export function sectionPath(section: PolicySection, owner?: string): string {
  return owner === undefined ? section : section.replace('*', owner);
}

/**
 * The id an "add to the policy" fix would write for text found in a tag, or undefined when the policy could
 * not hold it (it would then fail to load): unquoted, and valid for its section.
 */
export function policyEntryId(section: PolicySection, written: string): string | undefined {
  const id = written.replace(/^"(.*)"$/, '$1');
  const valid = section === 'categories.custom' ? CATEGORY_ID : SIMPLE_ID;
  return valid.test(id) && !['__proto__', 'constructor', 'prototype'].includes(id) ? id : undefined;
}

export interface TextInsert {
  offset: number;
  text: string;
}

export type PolicyEditResult = { ok: true; edit: TextInsert } | { ok: false; reason: string };

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The end of the line holding `offset`, before its \r\n or \n. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The indentation step the file uses (2 unless a nested key says otherwise). */
export function indentUnit(doc: Document, text: string): number {
  const root = doc.contents;
  if (isMap(root) && !root.flow) {
    for (const p of root.items) {
      if (isMap(p.value) && !p.value.flow && p.value.items.length > 0) {
        const k = p.value.items[0].key as { range?: [number, number, number] };
        if (k?.range) {
          const col = columnOf(text, k.range[0]);
          if (col > 0) return col;
        }
      }
    }
  }
  return 2;
}

/** A key as YAML or JSON text: quoted when YAML would read it as anything but this string (null, ~, 1e3, 0x1F...). */
export function keyText(key: string, json: boolean): string {
  if (json || !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key)) return JSON.stringify(key);
  let read: unknown;
  try {
    read = parse(key);
  } catch {
    read = undefined;
  }
  return read === key ? key : JSON.stringify(key);
}

/** The value to add for the remaining path, as flow text: {} or { "a": { "b": {} } } (or another leaf, such as [x]). */
function flowValue(rest: string[], json: boolean, leaf = '{}'): string {
  return rest.reduceRight((inner, k) => `{ ${keyText(k, json)}: ${inner} }`, leaf);
}

/** Block YAML lines for `rest` (the first key at `indent`), each nested one step deeper; the last gets `leaf`. */
function blockLines(rest: string[], indent: number, unit: number, leaf = '{}'): string {
  return rest.map((k, i) => `${' '.repeat(indent + i * unit)}${keyText(k, false)}:${i === rest.length - 1 ? ` ${leaf}` : ''}`).join('\n');
}

function insertIntoFlowMap(map: YAMLMap, text: string, rest: string[], json: boolean, leaf = '{}'): TextInsert {
  const entry = `${keyText(rest[0], json)}: ${flowValue(rest.slice(1), json, leaf)}`;
  if (map.items.length === 0) {
    const end = (map.range as [number, number, number])[1];
    return { offset: text.lastIndexOf('}', end - 1), text: ` ${entry} ` };
  }
  // Right after the last item's value: before a trailing comma, a comment or the closing brace.
  const last = map.items[map.items.length - 1];
  const range = ((last.value as { range?: [number, number, number] } | null)?.range ?? (last.key as { range: [number, number, number] }).range);
  return { offset: range[1], text: `, ${entry}` };
}

function insertIntoBlockMap(map: YAMLMap, text: string, rest: string[], unit: number, leaf = '{}'): TextInsert {
  const first = map.items[0].key as { range: [number, number, number] };
  const indent = columnOf(text, first.range[0]);
  const last = map.items[map.items.length - 1];
  const lastRange = ((last.value as { range?: [number, number, number] } | null)?.range ?? (last.key as { range: [number, number, number] }).range);
  let end = lastRange[1];
  if (end > 0 && text[end - 1] === '\n') end--;
  // Past a trailing comment on the same line.
  let at = lineEnd(text, end);
  // Comment lines indented under the last entry belong to it: the new entry goes after them.
  for (;;) {
    const next = text.indexOf('\n', at) + 1;
    if (next <= 0 || next >= text.length) break;
    const line = text.slice(next, lineEnd(text, next));
    const m = /^(\s*)#/.exec(line);
    if (!m || m[1].length <= indent) break;
    at = lineEnd(text, next);
  }
  return { offset: at, text: `\n${blockLines(rest, indent, unit, leaf)}` };
}

/** Append an item to an existing sequence: `[a]` -> `[a, b]`, `[]` -> `[b]`, a block `- a` gets `- b` under it. */
function appendToSeq(seq: YAMLSeq, text: string, item: string): TextInsert {
  const range = seq.range as [number, number, number];
  if (seq.flow) {
    if (seq.items.length === 0) return { offset: text.lastIndexOf(']', range[1] - 1), text: item };
    const last = seq.items[seq.items.length - 1] as { range: [number, number, number] };
    return { offset: last.range[1], text: `, ${item}` };
  }
  const last = seq.items[seq.items.length - 1] as { range: [number, number, number] };
  const dash = text.lastIndexOf('-', last.range[0]);
  let end = last.range[1];
  if (end > 0 && text[end - 1] === '\n') end--;
  return { offset: lineEnd(text, end), text: `\n${' '.repeat(columnOf(text, dash))}- ${item}` };
}

/** Add `item` to the list `key` of the map at `owners` + `owner` (the list is created when missing). */
function addListItem(doc: Document, text: string, owners: string[], owner: string, key: string, item: string, json: boolean, unit: number): PolicyEditResult {
  const where = [...owners, owner].join('.');
  let node: unknown = doc.contents;
  for (const k of [...owners, owner]) {
    const pair = isMap(node) ? findPair(node, k) : undefined;
    if (!pair) return { ok: false, reason: `${where} is not in the policy file` };
    node = pair.value;
  }
  const itemText = json ? JSON.stringify(item) : keyText(item, false);
  const owned = node;
  if (owned === null || (isScalar(owned) && owned.value === null)) return { ok: false, reason: `${where} is empty; give it entries first` };
  if (!isMap(owned)) return { ok: false, reason: `${where} is not a map` };
  const pair = findPair(owned, key);
  if (!pair) {
    const leaf = `[${itemText}]`;
    if (owned.flow) return { ok: true, edit: insertIntoFlowMap(owned, text, [key], json, leaf) };
    if (owned.items.length === 0) return { ok: false, reason: `cannot place ${where}.${key}` };
    return { ok: true, edit: insertIntoBlockMap(owned, text, [key], unit, leaf) };
  }
  const list = pair.value;
  if (list === null || (isScalar(list) && list.value === null && !(list.range && list.range[1] > list.range[0]))) {
    // "recipients:" with nothing after it: the list goes right after the colon.
    const keyEnd = (pair.key as { range: [number, number, number] }).range[1];
    return { ok: true, edit: { offset: text.indexOf(':', keyEnd) + 1, text: ` [${itemText}]` } };
  }
  if (!isSeq(list)) return { ok: false, reason: `${where}.${key} is not a list` };
  if (list.items.some((i) => isScalar(i) && String(i.value) === item)) return { ok: false, reason: `${where}.${key} already has "${item}"` };
  return { ok: true, edit: appendToSeq(list, text, itemText) };
}

/**
 * Add `id` (with an empty map as its value) under `section`, creating missing levels; for a list section, add `id`
 * to the list of the entry `owner` (e.g. a recipient to crossBorder.destinations.SG.recipients).
 */
export function addPolicyEntry(text: string, section: PolicySection, id: string, fileName = 'privacy-policy.yaml', owner?: string): PolicyEditResult {
  const result = addEntry(text, section, id, fileName, owner);
  // Keep the file's line endings.
  if (result.ok && text.includes('\r\n')) result.edit.text = result.edit.text.replace(/\n/g, '\r\n');
  return result;
}

function addEntry(text: string, section: PolicySection, id: string, fileName: string, owner: string | undefined): PolicyEditResult {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    return { ok: false, reason: `the policy file does not parse (${doc.errors[0].message.split('\n')[0]}); fix it first` };
  }
  const json = fileName.endsWith('.json');
  const unit = indentUnit(doc, text);
  const list = LIST_SECTIONS[section];
  if (list) {
    if (owner === undefined) return { ok: false, reason: `${section}: which entry's list?` };
    return addListItem(doc, text, list.owners, owner, list.key, id, json, unit);
  }
  const path = [...section.split('.'), id];
  const root = doc.contents;

  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
    if (json) return { ok: true, edit: { offset: 0, text: `${flowValue(path, true)}\n` } };
    const sep = text.length && !text.endsWith('\n') ? '\n' : '';
    return { ok: true, edit: { offset: text.length, text: `${sep}${blockLines(path, 0, unit)}\n` } };
  }
  if (!isMap(root)) return { ok: false, reason: 'the policy file is not a map of sections' };

  let map: YAMLMap = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    const pair = findPair(map, key);
    const rest = path.slice(depth);
    if (!pair) {
      if (map.flow) return { ok: true, edit: insertIntoFlowMap(map, text, rest, json) };
      if (map.items.length === 0) return { ok: false, reason: `cannot place ${path.join('.')}` };
      return { ok: true, edit: insertIntoBlockMap(map, text, rest, unit) };
    }
    if (depth === path.length - 1) return { ok: false, reason: `${section} already has "${id}"` };
    const value = pair.value;
    if (isMap(value)) {
      if (!value.flow && value.items.length === 0) return { ok: false, reason: `cannot place ${path.join('.')}` };
      map = value;
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) {
      // "purposes:" with nothing under it yet.
      const keyRange = (pair.key as { range: [number, number, number] }).range;
      const indent = columnOf(text, keyRange[0]);
      const at = lineEnd(text, keyRange[1]);
      if (isScalar(value) && value.range && value.range[1] > value.range[0]) {
        return { ok: false, reason: `${path.slice(0, depth + 1).join('.')} is written as null; replace it with entries first` };
      }
      return { ok: true, edit: { offset: at, text: `\n${blockLines(path.slice(depth + 1), indent + unit, unit)}` } };
    }
    return { ok: false, reason: `${path.slice(0, depth + 1).join('.')} is not a map` };
  }
  return { ok: false, reason: 'nothing to add' };
}
