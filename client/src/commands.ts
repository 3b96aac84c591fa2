/**
 * Commands: create a policy file, show a PIPL article, restart the server, show the output, the inventory and its data
 * map, and the quick fix that asks where a host sends (mapHost.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MAP_HOST_COMMAND, ProposePolicyRequest, type MapHostArgs } from '../../server/src/protocol';
import { policyTemplate } from '../../server/src/engine/data';
import { ArticleView } from './articleView';
import { exportInventory, InventoryView } from './inventoryView';
import { DataMapPanel } from './dataMapView';
import { mapHost } from './mapHost';

function lang(): 'en' | 'zh' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel): InventoryView {
  const articles = new ArticleView(lang());
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(ArticleView.scheme, articles),
    vscode.commands.registerCommand('privacyAnnotations.createPolicy', () => createPolicy(client)),
    vscode.commands.registerCommand('privacyAnnotations.showArticle', (n?: number) => articles.pickAndShow(n)),
    vscode.commands.registerCommand('privacyAnnotations.restartServer', () => client.restart()),
    vscode.commands.registerCommand('privacyAnnotations.showOutput', () => output.show()),
    vscode.commands.registerCommand(MAP_HOST_COMMAND, (args: MapHostArgs) => mapHost(client, args)),
    vscode.commands.registerCommand('privacyAnnotations.exportInventory', (format?: 'md' | 'csv' | 'json', target?: vscode.Uri) => exportInventory(client, format, target)),
  );
  const view = new InventoryView(client);
  context.subscriptions.push(
    view,
    vscode.window.registerTreeDataProvider('privacyAnnotations.personalData', view),
    vscode.commands.registerCommand('privacyAnnotations.refreshInventory', () => view.refresh()),
  );
  const dataMap = new DataMapPanel(client, view.onDidChangeTreeData);
  context.subscriptions.push(dataMap, vscode.commands.registerCommand('privacyAnnotations.showDataMap', () => dataMap.show()));
  return view;
}

/**
 * Write a starter policy at the root of a workspace folder (never over an existing one) and open it:
 * proposed by the server from what the code holds, or the commented template if the server cannot.
 */
async function createPolicy(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the policy file lives at the root of a workspace folder.'));
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the policy file go?') });
  if (!folder) return undefined;
  for (const name of ['privacy-policy.yaml', 'privacy-policy.yml', 'privacy-policy.json']) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    try {
      await vscode.workspace.fs.stat(existing);
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it is opened instead.', name));
      return existing;
    } catch {
      /* not there: go on */
    }
  }
  const uri = vscode.Uri.joinPath(folder.uri, 'privacy-policy.yaml');
  let text: string | null = null;
  try {
    text = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Proposing a policy from the code…') }, () =>
      client.sendRequest(ProposePolicyRequest, { folder: folder.uri.toString() }),
    );
  } catch {
    text = null;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text ?? policyTemplate(lang())));
  await vscode.window.showTextDocument(uri);
  return uri;
}
