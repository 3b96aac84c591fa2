/**
 * Where every id is written in the workspace, tags and policy files, open and closed: fed by the checks the
 * workspace scan and the editor already run (one entry per file, replaced at each check), asked by id.
 * Positions are kept with each place, so a closed file's text need not be kept or read again.
 */
import type { Position } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import { refersTo, type IdKind, type Occurrence } from './occurrences';

export interface Place extends Occurrence {
  file: string;
  range: { start: Position; end: Position };
}

interface FileEntry {
  /** The policy file that governs it (for a policy file, itself). */
  scope?: string;
  places: Place[];
}

const keyOf = (kind: IdKind, id: string) => `${kind}\u0000${id}`;

export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  /** kind + id -> the files writing it. */
  private readonly byId = new Map<string, Set<string>>();
  /** The category ids written anywhere: few, so patterns are matched against them. */
  private readonly categoryIds = new Map<string, number>();
  /** Files to record when the index is next read: an editor document changes at every keystroke, and is read rarely. */
  private readonly pending = new Map<string, () => void>();

  /** Record a file's ids when the index is next read (replacing what it had, and any recording still waiting). */
  defer(file: string, text: string, occurrences: () => readonly Occurrence[], scope: string | undefined): void {
    this.pending.set(file, () => this.set(file, text, occurrences(), scope));
  }

  private flush(): void {
    for (const [file, record] of this.pending) {
      this.pending.delete(file);
      record();
    }
  }

  /** Record a file's ids (replacing what it had); `text` is what their offsets are in. */
  set(file: string, text: string, occurrences: readonly Occurrence[], scope: string | undefined): void {
    this.remove(file);
    if (occurrences.length === 0) return;
    const lines = new LineIndex(text);
    // One shape for every place (a spread of objects with optional fields costs ten times more).
    const places: Place[] = occurrences
      .map((o) => ({
        kind: o.kind,
        id: o.id,
        span: o.span,
        reach: o.reach,
        definition: o.definition,
        plain: o.plain,
        container: o.container,
        file,
        range: { start: lines.positionAt(o.span.start), end: lines.positionAt(o.span.end) },
      }))
      .sort((a, b) => a.span.start - b.span.start);
    this.files.set(file, { scope, places });
    for (const p of places) {
      const key = keyOf(p.kind, p.id);
      let set = this.byId.get(key);
      if (!set) this.byId.set(key, (set = new Set()));
      if (!set.has(file) && p.kind === 'category') this.categoryIds.set(p.id, (this.categoryIds.get(p.id) ?? 0) + 1);
      set.add(file);
    }
  }

  remove(file: string): void {
    this.pending.delete(file);
    const entry = this.files.get(file);
    if (!entry) return;
    this.files.delete(file);
    for (const p of entry.places) {
      const key = keyOf(p.kind, p.id);
      const set = this.byId.get(key);
      if (!set?.delete(file)) continue;
      if (set.size === 0) this.byId.delete(key);
      if (p.kind === 'category') {
        const n = (this.categoryIds.get(p.id) ?? 1) - 1;
        if (n > 0) this.categoryIds.set(p.id, n);
        else this.categoryIds.delete(p.id);
      }
    }
  }

  has(file: string): boolean {
    this.flush();
    return this.files.has(file);
  }

  /** The places recorded for one file. */
  placesIn(file: string): readonly Place[] {
    this.flush();
    return this.files.get(file)?.places ?? [];
  }

  scopeOf(file: string): string | undefined {
    this.flush();
    return this.files.get(file)?.scope;
  }

  /**
   * Every place writing the id, under the policy `scope` when given (files another policy governs are another
   * namespace). A category counts the patterns covering it ("contact.*" for contact.phone), and a pattern the
   * categories it covers.
   */
  references(kind: IdKind, id: string, scope?: string): Place[] {
    this.flush();
    const ids = kind === 'category' ? [...this.categoryIds.keys()].filter((c) => refersTo(kind, id, { kind, id: c })) : [id];
    const out: Place[] = [];
    for (const one of ids) {
      for (const file of this.byId.get(keyOf(kind, one)) ?? []) {
        const entry = this.files.get(file)!;
        if (scope !== undefined && entry.scope !== undefined && entry.scope !== scope) continue;
        for (const p of entry.places) if (p.kind === kind && p.id === one) out.push(p);
      }
    }
    return out.sort(byPlace);
  }

  /** Where the policy defines the id (exactly that id, not a pattern). */
  definitions(kind: IdKind, id: string, scope?: string): Place[] {
    this.flush();
    const out: Place[] = [];
    for (const file of this.byId.get(keyOf(kind, id)) ?? []) {
      const entry = this.files.get(file)!;
      if (scope !== undefined && entry.scope !== scope) continue;
      for (const p of entry.places) if (p.definition && p.kind === kind && p.id === id) out.push(p);
    }
    return out.sort(byPlace);
  }

  /** Ids written anywhere whose text contains the query (case-insensitive), and their places, up to `limit` places. */
  search(query: string, limit: number): Place[] {
    this.flush();
    const q = query.toLowerCase();
    const out: Place[] = [];
    const keys = [...this.byId.keys()].filter((k) => k.slice(k.indexOf('\u0000') + 1).toLowerCase().includes(q)).sort();
    // Definitions first: with a broad query the tags alone would fill the list.
    for (const pass of [true, false]) {
      for (const key of keys) {
        const sep = key.indexOf('\u0000');
        const kind = key.slice(0, sep) as IdKind;
        const id = key.slice(sep + 1);
        for (const file of this.byId.get(key)!) {
          for (const p of this.files.get(file)!.places) {
            if (p.kind !== kind || p.id !== id || !!p.definition !== pass) continue;
            if (out.length >= limit) return out;
            out.push(p);
          }
        }
      }
    }
    return out;
  }
}

function byPlace(a: Place, b: Place): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start;
}
