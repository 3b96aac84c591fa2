/**
 * "Show Data Map": the server's picture of where personal data goes, in a webview. It follows the colour theme
 * (the SVG's custom properties are set from VS Code's), loads nothing (Content-Security-Policy default-src
 * 'none'; the one style sheet and the one script carry a nonce), redraws when the inventory changes, and a
 * click (or Enter) on a box opens its policy entry or code, through a pick when it is written in several places.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DataMapRequest, type MapPlace } from '../../server/src/protocol';

type FromWebview = { type: 'ready' } | { type: 'open'; node: string };

/** VS Code's theme colours for the SVG's custom properties (see the engine's datamap/svg.ts). */
const THEME = `
body {
  --pa-fg: var(--vscode-editor-foreground);
  --pa-bg: var(--vscode-editor-background);
  --pa-muted: var(--vscode-descriptionForeground);
  --pa-box: var(--vscode-editorWidget-background);
  --pa-line: color-mix(in srgb, var(--vscode-editor-foreground) 45%, var(--vscode-editor-background));
  --pa-sensitive: var(--vscode-charts-purple);
  --pa-sensitive-box: color-mix(in srgb, var(--vscode-charts-purple) 16%, var(--vscode-editor-background));
  --pa-abroad: var(--vscode-charts-blue);
  --pa-abroad-box: color-mix(in srgb, var(--vscode-charts-blue) 16%, var(--vscode-editor-background));
  --pa-unmet: var(--vscode-editorError-foreground);
  margin: 0;
  padding: 8px 12px;
  background: var(--vscode-editor-background);
}
.pa-datamap { font-family: var(--vscode-font-family); }
[data-node]:hover .pa-box, [data-node]:focus .pa-box { stroke-width: 3; }
[data-node]:focus { outline: none; }
#status { color: var(--vscode-descriptionForeground); font-family: var(--vscode-font-family); }
`;

/** Runs in the webview: shows what the extension sends, reports clicks. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
const map = document.getElementById('map');
const status = document.getElementById('status');
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'show') {
    map.innerHTML = m.svg;
    status.textContent = '';
    for (const g of map.querySelectorAll('[data-node]')) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
    }
  } else if (m.type === 'status') {
    status.textContent = m.text;
  }
});
const open = (target) => {
  const g = target instanceof Element ? target.closest('[data-node]') : null;
  if (g) vscode.postMessage({ type: 'open', node: g.getAttribute('data-node') });
  return !!g;
};
map.addEventListener('click', (e) => open(e.target));
map.addEventListener('keydown', (e) => {
  if ((e.key === 'Enter' || e.key === ' ') && open(e.target)) e.preventDefault();
});
vscode.postMessage({ type: 'ready' });
`;

const nonce = (): string => randomBytes(18).toString('base64');

export class DataMapPanel implements vscode.Disposable {
  static readonly viewType = 'privacyAnnotations.dataMap';
  private panel: vscode.WebviewPanel | undefined;
  private nonce = '';
  private svg: string | undefined;
  private places: Record<string, MapPlace[]> = {};
  private readonly disposables: vscode.Disposable[] = [];

  /** `inventoryChanged` fires after the Personal Data view has read a new inventory. */
  constructor(
    private readonly client: LanguageClient,
    inventoryChanged: vscode.Event<unknown>,
  ) {
    this.disposables.push(inventoryChanged(() => void (this.panel && this.refresh())));
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return this.refresh();
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(DataMapPanel.viewType, vscode.l10n.t('Data Map'), column, { enableScripts: true, localResourceRoots: [] });
    this.panel = panel;
    this.nonce = nonce();
    panel.webview.html = this.html();
    panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
    panel.webview.onDidReceiveMessage((m: FromWebview) => (m.type === 'ready' ? this.post() : this.open(m.node)), null, this.disposables);
    await this.refresh();
  }

  /** Asks the server for the picture again and shows it. */
  async refresh(): Promise<void> {
    try {
      const picture = await this.client.sendRequest(DataMapRequest, {});
      if (!picture) return;
      // The engine writes exactly one <style>, and escapes every "<" of the text it draws.
      this.svg = picture.svg.replace('<style>', `<style nonce="${this.nonce}">`);
      this.places = picture.places;
    } catch (e) {
      void this.panel?.webview.postMessage({ type: 'status', text: vscode.l10n.t('The data map could not be drawn: {0}', (e as Error).message) });
      return;
    }
    this.post();
  }

  private post(): void {
    if (this.svg) void this.panel?.webview.postMessage({ type: 'show', svg: this.svg });
  }

  private html(): string {
    const lang = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${this.nonce}'; script-src 'nonce-${this.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${vscode.l10n.t('Data Map')}</title>
<style nonce="${this.nonce}">${THEME}</style>
</head>
<body>
<div id="status">${vscode.l10n.t('Drawing the data map…')}</div>
<div id="map"></div>
<script nonce="${this.nonce}">${SCRIPT}</script>
</body>
</html>`;
  }

  private async open(ref: string): Promise<void> {
    const places = this.places[ref] ?? [];
    let place = places[0];
    if (places.length > 1) {
      const items = places.map((p) => ({
        label: p.kind === 'policy' ? `$(symbol-key) ${p.path.join('.')}` : `$(symbol-field) ${p.declaration}`,
        description: p.kind === 'policy' ? vscode.workspace.asRelativePath(p.file) : `${vscode.workspace.asRelativePath(p.file)}:${p.line}`,
        place: p,
      }));
      place = (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where it is written: the policy entry and the code') }))?.place as MapPlace;
    }
    if (!place) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.resolve(place.file)));
    const selection =
      place.kind === 'policy'
        ? new vscode.Range(doc.positionAt(place.start), doc.positionAt(place.end))
        : new vscode.Range(place.line - 1, place.character - 1, place.line - 1, place.character - 1);
    await vscode.window.showTextDocument(doc, { selection, viewColumn: this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
