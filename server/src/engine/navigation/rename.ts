/**
 * Renaming an id everywhere it is written: the policy's key (or list item) and every tag and policy list using it,
 * as replacements of the id's own text, so the policy file's comments, order, quoting and layout stay. Built-in
 * categories and ISO country codes are the law's and the world's names, not the project's: they refuse.
 */
import type { Localized } from '../types';
import { CATEGORY_ID, SIMPLE_ID } from '../grammar/vocabulary';
import { isCountryCode } from '../geo/countries';
import { keyText } from '../policy/policyEdits';
import { ID_KIND_NAMES, isCategoryPattern, type Occurrence } from './occurrences';
import type { Place, WorkspaceIndex } from './workspaceIndex';

/** What the taxonomy in force says of category ids. */
export interface CategoryNames {
  isBuiltin(id: string): boolean;
  isGroup(id: string): boolean;
}

export type Refusal = { ok: false; message: Localized };

function refuse(en: string, zh: string): Refusal {
  return { ok: false, message: { en, zh } };
}

/** Whether the id under the cursor can be renamed; a refusal says why not. */
export function canRename(o: Occurrence, names: CategoryNames): Refusal | { ok: true } {
  const id = o.id;
  if (o.kind === 'hostEntry') return refuse(`"${id}" is what a crossBorder.hosts entry matches in the code, not a name of the policy: edit it in the policy file.`, `“${id}”是 crossBorder.hosts 条目在代码中匹配的内容，不是政策文件中的名称：请在政策文件中修改。`);
  if (o.kind === 'pia') return refuse(`"${id}" is the reference of an impact assessment, not a name of the policy: edit it where it is written.`, `“${id}”是影响评估的编号，不是政策文件中的名称：请在写出它的地方修改。`);
  if (o.kind === 'category' && isCategoryPattern(id, (g) => names.isGroup(g))) {
    return refuse(`"${id}" stands for a group of categories: rename the categories themselves.`, `“${id}”代表一组类别：请重命名具体的类别。`);
  }
  if (o.kind === 'category' && names.isBuiltin(id)) {
    return refuse(`"${id}" is a built-in category of the taxonomy and cannot be renamed; define a custom category under categories.custom instead.`, `“${id}”是内置分类中的类别，不能重命名；如需其他名称，请在 categories.custom 下定义自定义类别。`);
  }
  if (o.kind === 'destination' && isCountryCode(id)) {
    return refuse(`"${id}" is an ISO 3166-1 country code and names the country itself; it cannot be renamed. Give the destination a name of its own with country: ${id}.`, `“${id}”是 ISO 3166-1 国家或地区代码，指国家或地区本身，不能重命名。如需命名，请另起目的地名称并写明 country: ${id}。`);
  }
  return { ok: true };
}

export interface TextChange {
  file: string;
  range: Place['range'];
  newText: string;
}

/**
 * The edits renaming `o` to `newName` everywhere `index` knows it under the policy `scope`, or a refusal
 * (an id that cannot be renamed, a name the policy could not hold, or one already taken).
 */
export function planRename(index: WorkspaceIndex, o: Occurrence, newName: string, names: CategoryNames, scope?: string): Refusal | { ok: true; changes: TextChange[] } {
  const allowed = canRename(o, names);
  if (!allowed.ok) return allowed;
  const valid = o.kind === 'category' ? CATEGORY_ID : SIMPLE_ID;
  if (!valid.test(newName) || ['__proto__', 'constructor', 'prototype'].includes(newName)) {
    return refuse(`"${newName}" is not a valid ${ID_KIND_NAMES[o.kind].en} id.`, `“${newName}”不是有效的${ID_KIND_NAMES[o.kind].zh}标识。`);
  }
  if (newName === o.id) return { ok: true, changes: [] };
  if (o.kind === 'category' && (names.isBuiltin(newName) || names.isGroup(newName))) {
    return refuse(`"${newName}" is a built-in category or group; choose a name of your own.`, `“${newName}”是内置类别或类别组；请另取名称。`);
  }
  if (index.definitions(o.kind, newName, scope).length > 0) {
    return refuse(`The policy already has a ${ID_KIND_NAMES[o.kind].en} "${newName}".`, `政策文件中已有${ID_KIND_NAMES[o.kind].zh}“${newName}”。`);
  }
  const changes = index
    .references(o.kind, o.id, scope)
    .filter((p) => p.id === o.id)
    .map((p) => ({ file: p.file, range: p.range, newText: p.plain === true ? keyText(newName, false) : newName }));
  return { ok: true, changes };
}
