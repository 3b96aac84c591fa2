/**
 * The Explorer view "Personal Data": categories (sensitive first) -> annotated declarations, and destinations ->
 * recipients -> categories -> code locations, tagged (@crossBorder functions) and untagged (outbound calls nobody
 * declared) alike. A click opens the code. Refreshed when the server says the inventory changed.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { InventoryChangedNotification, InventoryRequest, ScannedNotification } from '../../server/src/protocol';
import { whereDataGoes, type AnnotationRow, type FlowCategories, type FlowDestination, type FlowPlace, type FlowRecipient, type Inventory, type TransferRow } from '../../server/src/engine/data';

type Node =
  | { kind: 'group'; id: 'categories' | 'destinations' }
  | { kind: 'category'; id: string; rows: AnnotationRow[] }
  | { kind: 'destination'; flow: FlowDestination; rows: TransferRow[] }
  | { kind: 'recipient'; flow: FlowRecipient }
  | { kind: 'flow'; flow: FlowCategories }
  | { kind: 'annotation'; row: AnnotationRow }
  | { kind: 'place'; place: FlowPlace };

const zh = () => vscode.env.language.toLowerCase().startsWith('zh');

export class InventoryView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private inventory: Inventory = { annotations: [], transfers: [] };
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: LanguageClient) {}

  start(): void {
    this.disposables.push(
      this.client.onNotification(InventoryChangedNotification, () => void this.refresh()),
      this.client.onNotification(ScannedNotification, () => void this.refresh()),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      this.inventory = ((await this.client.sendRequest(InventoryRequest, {})) as Inventory | null) ?? { annotations: [], transfers: [] };
    } catch {
      return;
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [{ kind: 'group', id: 'categories' }, { kind: 'group', id: 'destinations' }];
    if (node.kind === 'group' && node.id === 'categories') {
      const by = new Map<string, AnnotationRow[]>();
      for (const r of this.inventory.annotations) by.set(r.category, [...(by.get(r.category) ?? []), r]);
      // The server sorts sensitive first; keep that order.
      return [...by].map(([id, rows]) => ({ kind: 'category', id, rows }));
    }
    if (node.kind === 'group') {
      return whereDataGoes(this.inventory.transfers).map((flow) => ({ kind: 'destination', flow, rows: this.inventory.transfers.filter((r) => r.destination === flow.destination) }));
    }
    if (node.kind === 'category') return node.rows.map((row) => ({ kind: 'annotation', row }));
    if (node.kind === 'destination') return node.flow.recipients.map((flow) => ({ kind: 'recipient', flow }));
    if (node.kind === 'recipient') return node.flow.flows.map((flow) => ({ kind: 'flow', flow }));
    if (node.kind === 'flow') return node.flow.places.map((place) => ({ kind: 'place', place }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const label = node.id === 'categories' ? vscode.l10n.t('Categories') : vscode.l10n.t('Destinations');
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(node.id === 'categories' ? 'shield' : 'globe');
        return item;
      }
      case 'category': {
        const row = node.rows[0];
        const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${zh() ? row.label.zh : row.label.en} · ${node.rows.length}`;
        item.iconPath = new vscode.ThemeIcon(row.sensitive ? 'warning' : 'symbol-field');
        item.tooltip = row.sensitive ? vscode.l10n.t('Sensitive personal information (PIPL Art. 28)') : undefined;
        item.contextValue = row.sensitive ? 'sensitiveCategory' : 'category';
        return item;
      }
      case 'destination': {
        const { destination, country } = node.flow;
        const unresolved = destination === 'unresolved';
        const item = new vscode.TreeItem(unresolved ? vscode.l10n.t('Unresolved') : destination, vscode.TreeItemCollapsibleState.Collapsed);
        const tagged = node.rows.find((r) => r.tagged !== false);
        const untagged = node.rows.filter((r) => r.tagged === false).length;
        item.description = [
          country && country !== destination ? country : undefined,
          tagged?.mechanism,
          tagged?.validUntil,
          untagged ? vscode.l10n.t('{0} untagged', untagged) : undefined,
        ].filter(Boolean).join(' · ');
        item.tooltip = unresolved ? vscode.l10n.t('Outbound calls whose destination the code does not say') : undefined;
        item.iconPath = new vscode.ThemeIcon(untagged ? 'warning' : 'globe');
        return item;
      }
      case 'recipient': {
        const item = new vscode.TreeItem(node.flow.recipient || vscode.l10n.t('(no recipient named)'), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.flow.hosts.join(', ');
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'flow': {
        const item = new vscode.TreeItem(node.flow.categories.join(', ') || '—', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.flow.places.length);
        item.iconPath = new vscode.ThemeIcon('symbol-field');
        return item;
      }
      case 'annotation':
        return this.location(node.row.declaration, [node.row.purpose, node.row.basis, node.row.retention].filter(Boolean).join(' · '), node.row);
      case 'place': {
        const p = node.place;
        const item = this.location(p.function, [p.call, p.tagged ? '@crossBorder' : vscode.l10n.t('untagged')].filter(Boolean).join(' · '), p);
        if (!p.tagged) item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }

  private location(label: string, description: string, row: { file: string; line: number; character: number }): vscode.TreeItem {
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = description;
    item.tooltip = `${vscode.workspace.asRelativePath(row.file)}:${row.line}`;
    item.iconPath = new vscode.ThemeIcon('symbol-interface');
    const pos = new vscode.Position(row.line - 1, row.character - 1);
    item.command = { title: 'open', command: 'vscode.open', arguments: [vscode.Uri.file(row.file), { selection: new vscode.Range(pos, pos) }] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** "Export personal data inventory": Markdown, CSV or JSON, into a file the user picks. */
export async function exportInventory(client: LanguageClient, format?: 'md' | 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  let fmt = format;
  if (!fmt) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', description: vscode.l10n.t('A processing record for the impact assessment (PIPL Arts. 55-56)'), fmt: 'md' as const },
        { label: 'CSV', description: vscode.l10n.t('One row per annotation and per transfer'), fmt: 'csv' as const },
        { label: 'JSON', description: vscode.l10n.t('For tools'), fmt: 'json' as const },
      ],
      { placeHolder: vscode.l10n.t('Export the personal data inventory as') },
    );
    if (!picked) return undefined;
    fmt = picked.fmt;
  }
  const text = (await client.sendRequest(InventoryRequest, { format: fmt })) as string | null;
  if (text === null) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, `personal-data-inventory.${fmt}`) : undefined }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!target) await vscode.window.showTextDocument(uri);
  return uri;
}
