/** The taxonomy in force for one policy: built-in categories, the policy's custom ones and its sensitivity marks. */
import type { Localized } from '../types';
import { BUILTIN_CATEGORIES, GROUP_LABELS, type CategoryDef } from './builtin';

export interface CustomCategory {
  label?: string;
  labelZh?: string;
  sensitive?: boolean;
}

/**
 * Why a category counts as sensitive, or undefined when it does not: a kind PIPL Art. 28 names, sensitive through
 * the open end of its list ("etc."), marked by the policy, or a custom category declared sensitive.
 */
export type SensitivityReason = 'art28' | 'art28Etc' | 'policy' | 'custom';

export class Taxonomy {
  private readonly byId = new Map<string, CategoryDef>();
  private readonly groups = new Map<string, string[]>();
  private readonly policySensitive: string[];

  constructor(custom: Record<string, CustomCategory> = {}, policySensitive: string[] = []) {
    for (const c of BUILTIN_CATEGORIES) this.add(c);
    for (const [id, c] of Object.entries(custom)) {
      this.add({
        id,
        label: { en: c.label ?? id, zh: c.labelZh ?? c.label ?? id },
        sensitive: c.sensitive === true,
      });
    }
    this.policySensitive = policySensitive;
  }

  private add(c: CategoryDef): void {
    this.byId.set(c.id, c);
    const dot = c.id.indexOf('.');
    if (dot > 0) {
      const group = c.id.slice(0, dot);
      const members = this.groups.get(group) ?? [];
      members.push(c.id);
      this.groups.set(group, members);
    }
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  get groupIds(): string[] {
    return [...this.groups.keys()];
  }

  get(id: string): CategoryDef | undefined {
    return this.byId.get(id);
  }

  isBuiltin(id: string): boolean {
    return BUILTIN_CATEGORIES.some((c) => c.id === id);
  }

  /** A category id or a group id ("contact"). */
  knows(id: string): boolean {
    return this.byId.has(id) || this.groups.has(id);
  }

  isGroup(id: string): boolean {
    return !this.byId.has(id) && this.groups.has(id);
  }

  /** A group id stands for all of its members; a category for itself. */
  expand(id: string): string[] {
    if (this.byId.has(id)) return [id];
    return this.groups.get(id) ?? [];
  }

  label(id: string): Localized {
    const c = this.byId.get(id);
    if (c) return c.label;
    return GROUP_LABELS[id] ?? { en: id, zh: id };
  }

  sensitivity(id: string): SensitivityReason | undefined {
    const c = this.byId.get(id);
    if (c?.sensitive) return c.art28Kind ? 'art28' : c.art28Etc ? 'art28Etc' : 'custom';
    if (this.policySensitive.some((p) => matchesCategory(p, id))) return 'policy';
    return undefined;
  }

  isSensitive(id: string): boolean {
    return this.sensitivity(id) !== undefined;
  }

  /** Category ids (not groups) that a pattern such as "identity.*", "contact" or "*" covers. */
  matching(pattern: string): string[] {
    return this.ids.filter((id) => matchesCategory(pattern, id));
  }
}

/**
 * Whether a category pattern covers a category id:
 * "*" everything; "contact.*" and "contact" the contact group; otherwise the exact id.
 */
export function matchesCategory(pattern: string, id: string): boolean {
  if (pattern === '*' || pattern === id) return true;
  const prefix = pattern.endsWith('.*') ? pattern.slice(0, -2) : pattern;
  return id.startsWith(prefix + '.');
}

export function matchesAny(patterns: readonly string[], id: string): boolean {
  return patterns.some((p) => matchesCategory(p, id));
}
