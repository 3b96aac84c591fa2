/** Human-readable output grouped by file, in the manner of ESLint's "stylish". */
import { active, type CheckReport, type Lang, type ReportFinding } from '../report';
import { citationsText } from './citationsText';

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', dim: '\x1b[2m', bold: '\x1b[1m', underline: '\x1b[4m', reset: '\x1b[0m' };

const LABELS: Record<Lang, Record<string, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  zh: { error: '错误', warning: '警告', info: '提示' },
};

export function formatText(report: CheckReport, lang: Lang, color: boolean): string {
  const paint = (code: keyof typeof ANSI, s: string) => (color ? ANSI[code] + s + ANSI.reset : s);
  const out: string[] = [];
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of active(report.findings)) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint('underline', file));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => LABELS[lang][f.severity].length));
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const label = LABELS[lang][f.severity];
      const sev = paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue', label) + ' '.repeat(sevWidth - label.length);
      const cites = f.citations.length ? '  ' + paint('dim', citationsText(f.citations, lang)) : '';
      out.push(`  ${paint('dim', pos)}  ${sev}  ${f.message}  ${paint('dim', f.rule)}${cites}`);
    }
    out.push('');
  }
  out.push(summary(report, lang, paint));
  return out.join('\n') + '\n';
}

function summary(report: CheckReport, lang: Lang, paint: (c: keyof typeof ANSI, s: string) => string): string {
  const shown = active(report.findings);
  const count = (s: string) => shown.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const total = shown.length;
  const suppressed = report.findings.length - total;
  const files = report.filesChecked;
  const changed = report.changedSince;
  if (lang === 'zh') {
    const head = total ? `✖ ${total} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）` : '✔ 未发现问题';
    if (changed) {
      const rest = changed.notShown ? `，其他位置的 ${changed.notShown} 个问题未显示` : '';
      return paint('bold', `${head}，范围：自 ${changed.ref} 以来的改动；共检查 ${files} 个文件${rest}。`);
    }
    return paint('bold', `${head}，共检查 ${files} 个文件${suppressed ? `；另有 ${suppressed} 个已抑制（见 --format json）` : ''}。`);
  }
  const plural = (n: number, s: string) => `${n} ${s}${n === 1 ? '' : 's'}`;
  const head = total ? `✖ ${plural(total, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)` : '✔ No problems';
  if (changed) {
    const rest = changed.notShown ? `, ${plural(changed.notShown, 'problem')} elsewhere not shown` : '';
    return paint('bold', `${head} in changes since ${changed.ref}; ${plural(files, 'file')} checked${rest}.`);
  }
  return paint('bold', `${head} in ${plural(files, 'file')} checked${suppressed ? `; ${suppressed} suppressed (listed with --format json or sarif)` : ''}.`);
}
