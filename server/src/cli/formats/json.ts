/** Machine-readable output; the shape is documented in the README and kept stable. */
import type { CheckReport } from '../report';

export function formatJson(report: CheckReport): string {
  const { version, policies, filesChecked, findings } = report;
  return JSON.stringify({ version, policies, filesChecked, findings }, null, 2) + '\n';
}
