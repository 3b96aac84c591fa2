/**
 * The progress line of a long check on a terminal: "checking 4,200/10,000 files" on standard error, redrawn in
 * place, and erased before the report is printed. Only for a terminal (main() decides): CI logs and pipes get
 * nothing. Short runs get nothing either: the line first appears after DELAY_MS, then at most every INTERVAL_MS.
 */
import type { Lang } from './report';

export const DELAY_MS = 300;
export const INTERVAL_MS = 100;

export class Progress {
  private shown = false;
  private last: number;
  private readonly start: number;

  constructor(
    private readonly write: (s: string) => void,
    private readonly lang: Lang,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = this.now();
    this.last = -Infinity;
  }

  update(done: number, total: number): void {
    const t = this.now();
    if (t - this.start < DELAY_MS || t - this.last < INTERVAL_MS || done >= total) return;
    this.last = t;
    this.shown = true;
    const n = (x: number) => x.toLocaleString('en-US');
    const pct = Math.floor((done / total) * 100);
    const line = this.lang === 'zh' ? `正在检查：${n(done)}/${n(total)} 个文件（${pct}%）` : `checking ${n(done)}/${n(total)} files (${pct}%)`;
    // Carriage return, the line, then erase what a longer previous line left to its right.
    this.write(`\r${line}\x1b[K`);
  }

  /** Erases the line, if one was drawn. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.write('\r\x1b[K');
  }
}
