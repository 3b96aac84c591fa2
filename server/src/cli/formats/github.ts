/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
import { active, type CheckReport, type Lang } from '../report';
import { citationsText } from './citationsText';

/** Escaping rules of workflow commands: data and properties differ. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: CheckReport, lang: Lang): string {
  const lines = active(report.findings).map((f) => {
    const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(`privacy/${f.rule}`)}`,
    ].join(',');
    const cites = f.citations.length ? ` (${citationsText(f.citations, lang)})` : '';
    return `::${command} ${props}::${escapeData(f.message + cites)}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}
