/**
 * The language server's entry point: only wiring. Transports: --stdio, --node-ipc or --socket=N
 * (chosen by vscode-languageserver from the command line).
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  dataMapPicture,
  inventoryCsv,
  inventoryJson,
  isPolicyFileName,
  inventoryMarkdown,
  observe,
  starterPolicy,
  todayUtc,
  walk,
} from './engine/index';
import { langFromLocale } from './lsp/locale';
import { Session } from './lsp/session';
import { safe } from './lsp/safe';
import { codeActions, FIX_ALL_KIND, hostEntryEdit } from './lsp/codeActions';
import { pathToUri, uriToPath } from './lsp/uris';
import { hoverAt } from './lsp/hover';
import { completionsAt } from './lsp/completion';
import { codeLenses } from './lsp/codeLens';
import { Navigation } from './lsp/navigation';
import { definitionAt } from './lsp/definition';
import { referencesAt } from './lsp/references';
import { prepareRenameAt, renameAt } from './lsp/rename';
import { highlightsAt } from './lsp/highlights';
import { documentSymbols } from './lsp/documentSymbols';
import { workspaceSymbols } from './lsp/workspaceSymbols';
import * as path from 'node:path';
import { DataMapRequest, HostEntryEditRequest, InventoryRequest, PolicyStatusRequest, ProposePolicyRequest } from './protocol';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
let session: Session | undefined;
let navigation: Navigation | undefined;
/** The URI scheme of the client's PIPL article documents, if it has them (the target of a built-in category's definition). */
let articleScheme: string | undefined;
let dynamicWatchers = false;
let dynamicConfiguration = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
    .map((f) => uriToPath(f.uri))
    .filter((p): p is string => !!p);
  const options = params.initializationOptions as { locale?: string; articleScheme?: string } | undefined;
  articleScheme = options?.articleScheme;
  session = new Session(connection, documents, {
    lang: langFromLocale(options?.locale ?? params.locale),
    configurationSupported: caps.workspace?.configuration === true,
    progressSupported: caps.window?.workDoneProgress === true,
    folders,
  });
  navigation = new Navigation(session, documents);
  dynamicWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['@', ' ', '=', ','], resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'privacy-annotations' },
  };
});

connection.onInitialized(async () => {
  // Before the first await: the client may add a folder right after `initialized`, and a notification that arrives
  // with no handler is dropped (the folder would never be scanned).
  connection.workspace.onDidChangeWorkspaceFolders?.(
    safe(connection, 'didChangeWorkspaceFolders', undefined, (e) => {
      const paths = (fs: { uri: string }[]) => fs.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      return session?.foldersChanged(paths(e.added), paths(e.removed));
    }),
  );
  if (dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacyAnnotations' });
  if (dynamicWatchers) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' }, { globPattern: '**/privacy-policy.{yaml,yml,json}' }, { globPattern: '**/{tsconfig,jsconfig}*.json' }, { globPattern: '**/.gitignore' }],
    });
  }
  void session!.scan();
});

documents.onDidOpen(safe(connection, 'didOpen', undefined, (e) => session?.opened(e.document)));
documents.onDidChangeContent(safe(connection, 'didChange', undefined, (e) => session?.changed(e.document)));
documents.onDidClose(safe(connection, 'didClose', undefined, (e) => session?.closed(e.document)));

connection.onDidChangeWatchedFiles(
  safe(connection, 'didChangeWatchedFiles', undefined, async (params) => {
    for (const change of params.changes) {
      if (change.uri.endsWith('/.gitignore')) {
        void session?.scan();
        continue;
      }
      await session?.fileChanged(change.uri, change.type === FileChangeType.Deleted, change.type === FileChangeType.Created);
    }
  }),
);

connection.onDidChangeConfiguration(safe(connection, 'didChangeConfiguration', undefined, () => session?.configurationChanged()));

connection.onHover(
  safe(connection, 'hover', null, async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const analysis = doc && (await session?.analysisFor(doc));
    if (!doc || !session || !analysis) return null;
    const result = hoverAt({ analysis, offset: doc.offsetAt(params.position), lang: session.lang, today: todayUtc() });
    if (!result) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: result.markdown },
      range: { start: doc.positionAt(result.span.start), end: doc.positionAt(result.span.end) },
    };
  }),
);

connection.onCompletion(
  safe(connection, 'completion', [], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !session) return [];
    const p = await session.policyFor(doc.uri);
    const policyFile = isPolicyFileName(uriToPath(doc.uri) ?? '');
    return completionsAt({ text: doc.getText(), offset: doc.offsetAt(params.position), policy: p?.policy, policyFile, lang: session.lang, positionAt: (o) => doc.positionAt(o), today: todayUtc() });
  }),
);

connection.onCodeAction(
  safe(connection, 'codeAction', [], (params) =>
    codeActions(params, {
      document: (uri) => documents.get(uri),
      lang: () => session!.lang,
      policyFor: async (uri) => {
        const p = await session!.policyFor(uri);
        return p ? { file: p.file, uri: pathToUri(p.file), text: session!.policies.state(p.file).text } : undefined;
      },
      currentFindings: async (doc) => (await session!.analysisFor(doc))?.findings ?? [],
    }),
  ),
);

connection.onCodeLens(
  safe(connection, 'codeLens', [], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !session || !(await session.settingsFor(doc.uri)).codeLens) return [];
    const analysis = await session.analysisFor(doc);
    return analysis ? codeLenses(analysis, session.lang) : [];
  }),
);

connection.onDefinition(safe(connection, 'definition', null, (params) => (navigation ? definitionAt(navigation, params.textDocument.uri, params.position, articleScheme) : null)));

connection.onReferences(safe(connection, 'references', null, (params) => (navigation ? referencesAt(navigation, params) : null)));

connection.onPrepareRename(safe(connection, 'prepareRename', null, (params) => (navigation ? prepareRenameAt(navigation, params.textDocument.uri, params.position, session!.lang) : null)));

connection.onRenameRequest(safe(connection, 'rename', null, (params) => (navigation ? renameAt(navigation, params.textDocument.uri, params.position, params.newName, session!.lang) : null)));

connection.onDocumentHighlight(safe(connection, 'documentHighlight', null, (params) => (navigation ? highlightsAt(navigation, params.textDocument.uri, params.position) : null)));

connection.onDocumentSymbol(
  safe(connection, 'documentSymbol', [], (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && session ? documentSymbols(doc, session.lang) : [];
  }),
);

connection.onWorkspaceSymbol(safe(connection, 'workspaceSymbol', [], (params) => (navigation ? workspaceSymbols(navigation, params.query, session!.lang) : [])));

connection.onRequest(
  InventoryRequest,
  safe(connection, 'inventory', null, async (params) => {
    if (!session) return null;
    const inventory = await session.inventory();
    const format = params?.format;
    if (!format) return inventory;
    const meta = { generated: todayUtc(), policies: session.policies.known, policy: session.policies.known.length === 1 ? session.policies.state(session.policies.known[0]).inForce : undefined, lang: session.lang };
    return format === 'csv' ? inventoryCsv(inventory) : format === 'md' ? inventoryMarkdown(inventory, meta) : inventoryJson(inventory, meta);
  }),
);

connection.onRequest(
  DataMapRequest,
  safe(connection, 'dataMap', null, async () => {
    if (!session) return null;
    const known = session.policies.known;
    return dataMapPicture(await session.inventory(), { policy: known.length === 1 ? session.policies.state(known[0]).inForce : undefined, today: todayUtc() }, session.lang);
  }),
);

/** A starter policy for a workspace folder, proposed from its code (the "Create Policy File" command). */
connection.onRequest(
  ProposePolicyRequest,
  safe(connection, 'proposePolicy', null, (params) => {
    const folder = uriToPath(params.folder);
    if (!folder || !session) return null;
    const files = walk(session.host, [folder]).files;
    return starterPolicy(observe(session.host, files, (f) => path.relative(folder, f).split(path.sep).join('/')), session.lang);
  }),
);

connection.onRequest(
  HostEntryEditRequest,
  safe(connection, 'hostEntryEdit', { reason: 'the server is not ready' }, (params) => {
    const file = uriToPath(params.policy);
    if (!session || !file || !isPolicyFileName(file)) return { reason: `not a policy file: ${params.policy}` };
    const state = session.policies.state(file);
    return hostEntryEdit(params, { file, uri: params.policy, text: state.text, inForce: state.inForce }, session.lang);
  }),
);

connection.onRequest(
  PolicyStatusRequest,
  safe(connection, 'policyStatus', { state: 'none' as const }, (params) => session?.status(params.uri) ?? { state: 'none' as const }),
);

documents.listen(connection);
connection.listen();
