/** SARIF 2.1.0, for code-scanning uploads: rules with help links, results with regions, skipped files as notifications. */
import { pathToFileURL } from 'node:url';
import type { CheckReport, Lang } from '../report';
import { ruleDocUrl, RULES, type Severity } from '../../engine/index';
import { citationsText } from './citationsText';
import { TOOL_NAME, TOOL_VERSION, TOOL_HOMEPAGE } from '../version';

/** A relative path as a URI reference: each segment percent-encoded (so '#', '?' and '%' stay part of the name). */
const uriRef = (file: string) => file.split('/').map(encodeURIComponent).join('/');

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: CheckReport, lang: Lang, cwd: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.title[lang] },
    fullDescription: { text: `${r.meta.title.en} / ${r.meta.title.zh}${r.meta.citations.length ? ` (${citationsText(r.meta.citations, 'en')})` : ''}` },
    helpUri: ruleDocUrl(r.meta.id),
    help: { text: `${r.meta.title.en}. See ${ruleDocUrl(r.meta.id)}` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { tags: ['privacy', 'PIPL'] },
  }));
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message + (f.citations.length ? ` (${citationsText(f.citations, lang)})` : '') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriRef(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    properties: { citations: f.citations },
    ...(f.suppressed
      ? { suppressions: [{ kind: f.suppressed.kind, justification: f.suppressed.justification, ...(f.suppressed.owner || f.suppressed.until ? { properties: { owner: f.suppressed.owner, until: f.suppressed.until } } : {}) }] }
      : {}),
  }));
  const base = pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_HOMEPAGE, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.skipped.map((s) => ({
              level: 'note',
              message: { text: `Not checked: ${s.detail}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: uriRef(s.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
