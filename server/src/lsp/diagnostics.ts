/** Engine findings as LSP diagnostics: stable code, source, a link to the rule's doc, and fix data. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { type Citation, type Finding, type FixData, ruleById, ruleDocUrl, type Severity } from '../engine/index';
import type { Lang } from './locale';

export const SOURCE = 'privacy';

/** What a diagnostic carries for code actions: everything needed, nothing kept on the server. */
export interface DiagnosticData {
  /** The document version the diagnostic was computed for; fixes apply to that version only. */
  version: number;
  citations: Citation[];
  fix?: FixData;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(doc: Pick<TextDocument, 'positionAt' | 'version'>, f: Finding, lang: Lang): Diagnostic {
  const data: DiagnosticData = { version: doc.version, citations: f.citations };
  if (f.fix) data.fix = f.fix;
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    source: SOURCE,
    message: f.message[lang],
    data,
  };
  if (ruleById(f.rule)?.meta.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (f.suppressed) {
    // Shown only on request (privacyAnnotations.showSuppressed): greyed, with the justification.
    d.severity = DiagnosticSeverity.Hint;
    d.tags = [DiagnosticTag.Unnecessary];
    d.message = `${lang === 'zh' ? '（已抑制：' : '(suppressed: '}${f.suppressed.justification}${lang === 'zh' ? '）' : ')'} ${d.message}`;
  }
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: URI.file(r.file).toString(), range: r.range }, message: r.message[lang] }));
  }
  return d;
}

export function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && typeof d.code === 'string' && typeof (d.data as DiagnosticData | undefined)?.version === 'number';
}
