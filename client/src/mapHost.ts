/**
 * The quick fix that asks where a host, an npm package or an environment variable sends personal data
 * (an unresolved destination): a pick of the policy's destinations, domestic and every country or
 * region, then the server's edit of crossBorder.hosts, applied and shown.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HostEntryEditRequest, type MapHostArgs } from '../../server/src/protocol';
import { COUNTRIES } from '../../server/src/engine/data';

interface Pick extends vscode.QuickPickItem {
  destination?: string;
}

function picks(args: MapHostArgs, zh: boolean): Pick[] {
  const name = (code: string) => (COUNTRIES[code] ? (zh ? COUNTRIES[code].zh : COUNTRIES[code].en) : undefined);
  const out: Pick[] = [{ label: vscode.l10n.t('In the policy'), kind: vscode.QuickPickItemKind.Separator }];
  for (const id of args.choices) {
    const description = id === 'domestic' ? vscode.l10n.t('mainland China: not a transfer abroad') : name(id) ?? vscode.l10n.t('a destination of the policy');
    out.push({ label: id, description, destination: id });
  }
  out.push({ label: vscode.l10n.t('Countries and regions (ISO 3166-1)'), kind: vscode.QuickPickItemKind.Separator });
  for (const code of Object.keys(COUNTRIES)) {
    // Mainland China is "domestic"; a code the policy names is listed above.
    if (code === 'CN' || args.choices.includes(code)) continue;
    out.push({ label: code, description: name(code), destination: code });
  }
  return out;
}

export async function mapHost(client: LanguageClient, args: MapHostArgs): Promise<boolean> {
  const zh = vscode.env.language.toLowerCase().startsWith('zh');
  const pick = await vscode.window.showQuickPick(picks(args, zh), {
    title: vscode.l10n.t('Where does {0} {1} send personal data?', args.key, args.value),
    placeHolder: vscode.l10n.t('A destination of the policy, domestic, or a country or region'),
    matchOnDescription: true,
  });
  if (!pick?.destination) return false;
  const result = await client.sendRequest(HostEntryEditRequest, { policy: args.policy, key: args.key, value: args.value, destination: pick.destination });
  if ('reason' in result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('crossBorder.hosts was not changed: {0}', result.reason));
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // Show the entry where it was written, so the mapping can be read (and saved) at once.
  const [uri, [change]] = edit.entries()[0];
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(change.range.start, change.range.start), preview: false });
  return true;
}
