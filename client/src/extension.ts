/** The VS Code client: starts the language server and owns the VS Code-only UI. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { PolicyStatusItem } from './statusBar';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Privacy Annotations', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  const status = new PolicyStatusItem(client);
  context.subscriptions.push(status);
  const inventory = registerCommands(context, client, output);
  await client.start();
  status.start();
  inventory.start();
  // The API is what the end-to-end tests use to reach the client (e.g. to find the server process).
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
