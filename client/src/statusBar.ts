/** Status bar: which policy is in force for the active editor (or none, or broken and why); a click opens it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PolicyChangedNotification, PolicyStatusRequest, type PolicyStatus } from '../../server/src/protocol';

export class PolicyStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('privacyAnnotations.policy', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('Policy file');
  }

  start(): void {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      this.client.onNotification(PolicyChangedNotification, () => void this.refresh()),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.uri.scheme !== 'file') {
      this.item.hide();
      return;
    }
    let status: PolicyStatus;
    try {
      status = await this.client.sendRequest(PolicyStatusRequest, { uri: doc.uri.toString() });
    } catch {
      this.item.hide();
      return;
    }
    const name = status.file ? status.file.split(/[\\/]/).pop() : '';
    if (status.state === 'ok' && status.file) {
      this.item.text = `$(shield) ${name}`;
      this.item.tooltip = vscode.l10n.t('Policy file in force: {0}', status.file);
      this.item.command = { title: 'open', command: 'vscode.open', arguments: [vscode.Uri.file(status.file)] };
      this.item.backgroundColor = undefined;
    } else if (status.state === 'broken' && status.file) {
      this.item.text = `$(warning) ${name}`;
      this.item.tooltip = status.usingLastGood
        ? vscode.l10n.t('The policy has an error ({0}); its last good version stays in force.', status.message ?? '')
        : vscode.l10n.t('The policy has an error ({0}); only the law-based rules run.', status.message ?? '');
      this.item.command = { title: 'open', command: 'vscode.open', arguments: [vscode.Uri.file(status.file)] };
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('No policy file')}`;
      this.item.tooltip = vscode.l10n.t('No privacy-policy.yaml governs this file; only the law-based rules run. Click to create one.');
      this.item.command = 'privacyAnnotations.createPolicy';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
