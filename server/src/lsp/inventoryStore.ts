/**
 * The data inventory of each checked file that has tags or outbound calls (for the Personal Data view and the export). Each is a copy
 * made from its JSON (the rows' strings would otherwise be slices of the file's text and keep all of it), with a
 * digest of that JSON to tell whether the next check changed it. An open document's rows wait until its diagnostics
 * are out (they are what a person waits for) and checks pause, or someone reads the rows.
 */
import { createHash } from 'node:crypto';
import { mergeInventories, type Inventory } from '../engine/index';

export class InventoryStore {
  private readonly byFile = new Map<string, { inventory: Inventory; digest: string }>();
  /** Open documents' rows not yet read. */
  private readonly pending = new Map<string, () => Inventory | undefined>();
  /** Called when a file's rows change. */
  onChanged: () => void = () => undefined;
  /** The flush that waits for checks to pause (flushWhenIdle). */
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly log: (message: string) => void) {}

  /** Rows to read later (flush), replacing any still waiting for the file. */
  defer(file: string, rows: () => Inventory | undefined): void {
    this.pending.set(file, rows);
  }

  set(file: string, inventory: Inventory | undefined): void {
    this.pending.delete(file);
    const empty = !inventory || (inventory.annotations.length === 0 && inventory.transfers.length === 0);
    if (empty) {
      if (this.byFile.delete(file)) this.onChanged();
      return;
    }
    const json = JSON.stringify(inventory);
    const digest = createHash('sha1').update(json).digest('base64');
    if (this.byFile.get(file)?.digest === digest) return;
    const copy = JSON.parse(json) as Inventory;
    // One string for the file name of every row, not one per row.
    for (const row of [...copy.annotations, ...copy.transfers]) if (row.file === file) row.file = file;
    this.byFile.set(file, { inventory: copy, digest });
    this.onChanged();
  }

  /**
   * Read the waiting rows once checks pause for `ms`: while someone types, each keystroke would otherwise compute
   * rows that nobody reads before the next one replaces them. A reader (merged) does not wait.
   */
  flushWhenIdle(ms = 250): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      this.idle = undefined;
      this.flush();
    }, ms);
    this.idle.unref?.();
  }

  /** Bring every inventory up to date; whoever reads them calls this first. */
  flush(): void {
    for (const [file, rows] of this.pending) {
      this.pending.delete(file);
      try {
        this.set(file, rows());
      } catch (e) {
        this.log(`reading the inventory of ${file} failed: ${(e as Error).stack ?? e}`);
      }
    }
  }

  /** The files that have rows. */
  files(): string[] {
    return [...this.byFile.keys()];
  }

  /** Every file's rows, merged and sorted. */
  merged(): Inventory {
    this.flush();
    return mergeInventories([...this.byFile.values()].map((v) => v.inventory));
  }
}
