/**
 * Quick fixes built from what each diagnostic carries (Diagnostic.data), plus "fix all" for a file.
 * Fixes apply only to the document version they were computed for.
 */
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addHostEntry, addPolicyEntry, type Finding, type FixData, type HostEntry, isCountryCode, LineIndex, type Policy, policyEntryId, ruleById, sectionPath } from '../engine/index';
import { MAP_HOST_COMMAND, type MapHostArgs } from '../protocol';
import { fixAllEdits, fixChoices, type OffsetEdit } from './fixes';
import { isOurs, type DiagnosticData } from './diagnostics';
import { suppressionEdit } from './suppressFix';
import type { Lang } from './locale';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.privacy`;

export interface CodeActionDeps {
  document(uri: string): TextDocument | undefined;
  lang(): Lang;
  /** The policy file governing a document, and its current text (open editor or disk). */
  policyFor(uri: string): Promise<{ file: string; uri: string; text: string } | undefined>;
  /** Every finding of the document's current text (for fix-all). */
  currentFindings(doc: TextDocument): Promise<readonly Finding[]>;
}

function toTextEdits(doc: TextDocument, edits: OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export async function codeActions(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const doc = deps.document(params.textDocument.uri);
  if (!doc) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const lang = deps.lang();
  const text = doc.getText();

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (!isOurs(d) || d.data.version !== doc.version) continue;
      if (d.data.fix) {
        for (const choice of fixChoices(d.data.fix, text, lang)) {
          if (choice.edits.length === 0) continue;
          actions.push({
            title: choice.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: choice.preferred,
            edit: { changes: { [doc.uri]: toTextEdits(doc, choice.edits) } },
          });
        }
      }
      const add = await addToPolicyAction(d, doc, deps, lang);
      if (add) actions.push(add);
      if (d.data.fix) actions.push(...(await policyFixActions(d, d.data.fix, doc, deps, lang)));
      if (ruleById(String(d.code))?.meta.suppressible) {
        const edit = suppressionEdit(text, doc.offsetAt(d.range.start), String(d.code));
        actions.push({
          title: lang === 'zh' ? `抑制 ${d.code} 并写明理由…` : `Suppress ${d.code} with a reason…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: toTextEdits(doc, [edit]) } },
        });
      }
    }
  }

  if (wants(FIX_ALL_KIND) && (only || params.context.diagnostics.some(isOurs))) {
    const edits = fixAllEdits(await deps.currentFindings(doc), text);
    if (edits.length) {
      actions.push({
        title: lang === 'zh' ? '修复本文件中所有明确的个人信息标签问题' : 'Fix all unambiguous privacy annotation problems in this file',
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } },
      });
    }
  }
  return actions;
}

/** A policy edit's workspace edit: one insert. */
function policyEdit(policy: { uri: string; text: string }, result: ReturnType<typeof addHostEntry> & { ok: true }): WorkspaceEdit {
  const pos = new LineIndex(policy.text).positionAt(result.edit.offset);
  return { changes: { [policy.uri]: [{ range: { start: pos, end: pos }, newText: result.edit.text }] } };
}

/** Policy edits a finding's fix data names itself (an egress finding's destination, a crossBorder.hosts entry). */
async function policyFixActions(d: Diagnostic, fix: FixData, doc: TextDocument, deps: CodeActionDeps, lang: Lang): Promise<CodeAction[]> {
  const wanted = fix.kind === 'several' ? fix.fixes : [fix];
  if (!wanted.some((f) => f.kind === 'addPolicyHost' || (f.kind === 'addToPolicy' && !ruleById(String(d.code))?.meta.addToPolicy))) return [];
  const policy = await deps.policyFor(doc.uri);
  if (!policy) return [];
  const name = path.basename(policy.file);
  const action = (title: string, result: ReturnType<typeof addHostEntry>): CodeAction => {
    if (!result.ok) return { title: `${title} (${result.reason})`, kind: CodeActionKind.QuickFix, diagnostics: [d], disabled: { reason: result.reason } };
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: policyEdit(policy, result) };
  };
  const out: CodeAction[] = [];
  for (const f of wanted) {
    if (f.kind === 'addToPolicy') {
      out.push(action(lang === 'zh' ? `将“${f.id}”添加到 ${name} 的 ${f.section}` : `Add '${f.id}' to ${f.section} in ${name}`, addPolicyEntry(policy.text, f.section, f.id, policy.file, f.owner)));
    } else if (f.kind === 'addPolicyHost') {
      // One action per destination the user may pick (the policy's destinations, domestic)...
      for (const destination of f.choices) {
        const title = lang === 'zh' ? `在 ${name} 的 crossBorder.hosts 中将 ${f.key} ${f.value} 对应到 ${destination}` : `Map ${f.key} ${f.value} to ${destination} in crossBorder.hosts of ${name}`;
        out.push(action(title, addHostEntry(policy.text, { key: f.key, value: f.value, destination }, policy.file)));
      }
      // ...and one that asks, for a country the policy does not name yet.
      if (addHostEntry(policy.text, { key: f.key, value: f.value, destination: 'domestic' }, policy.file).ok) {
        const title = lang === 'zh' ? `在 ${name} 的 crossBorder.hosts 中说明 ${f.key} ${f.value} 发往的国家或地区…` : `Map ${f.key} ${f.value} to a country or region in crossBorder.hosts of ${name}…`;
        const args: MapHostArgs = { policy: policy.uri, key: f.key, value: f.value, choices: f.choices };
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: MAP_HOST_COMMAND, arguments: [args] } });
      }
    }
  }
  return out;
}

/**
 * The policy edit the host-mapping prompt asks for, once the user has picked a destination: a destination id of the
 * policy in force, an ISO 3166-1 alpha-2 code or domestic.
 */
export function hostEntryEdit(
  params: { key: HostEntry['key']; value: string; destination: string },
  policy: { file: string; uri: string; text: string; inForce?: Policy },
  lang: Lang,
): { edit: WorkspaceEdit } | { reason: string } {
  const d = params.destination;
  if (d !== 'domestic' && !isCountryCode(d) && !policy.inForce?.crossBorder.destinations.has(d)) {
    return { reason: lang === 'zh' ? `“${d}”既不是政策文件中的目的地，也不是 ISO 3166-1 国家或地区代码` : `'${d}' is neither a destination of the policy nor an ISO 3166-1 country code` };
  }
  const result = addHostEntry(policy.text, { key: params.key, value: params.value, destination: d }, policy.file);
  return result.ok ? { edit: policyEdit(policy, result) } : { reason: result.reason };
}

async function addToPolicyAction(d: Diagnostic & { data: DiagnosticData }, doc: TextDocument, deps: CodeActionDeps, lang: Lang): Promise<CodeAction | undefined> {
  const section = ruleById(String(d.code))?.meta.addToPolicy;
  if (!section) return undefined;
  const policy = await deps.policyFor(doc.uri);
  if (!policy) return undefined;
  // The finding names the entry (and, for a list, whose list) when the text under it is not the whole story.
  const named = d.data.fix?.kind === 'addToPolicy' ? d.data.fix : undefined;
  const id = policyEntryId(section, named?.id ?? doc.getText(d.range));
  if (!id) return undefined;
  const result = addPolicyEntry(policy.text, section, id, policy.file, named?.owner);
  const name = path.basename(policy.file);
  const where = sectionPath(section, named?.owner);
  if (!result.ok) {
    return {
      title: lang === 'zh' ? `无法将“${id}”添加到 ${name}：${result.reason}` : `Cannot add '${id}' to ${name}: ${result.reason}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      disabled: { reason: result.reason },
    };
  }
  const edit = policyEdit(policy, result);
  return {
    title: lang === 'zh' ? `将“${id}”添加到 ${name} 的 ${where}` : `Add '${id}' to ${where} in ${name}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit,
  };
}
