/** The LanguageClient: which documents the server sees, how it is started, and its restart policy. */
import * as vscode from 'vscode';
import { ArticleView } from './articleView';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const SOURCE_LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...SOURCE_LANGUAGES.map((language) => ({ scheme: 'file', language })),
      { scheme: 'file', pattern: '**/privacy-policy.{yaml,yml,json}' },
    ],
    // articleScheme: a built-in category's definition is its PIPL article, shown by ArticleView.
    initializationOptions: { locale: vscode.env.language, articleScheme: ArticleView.scheme },
    outputChannel: output,
    traceOutputChannel: output,
  };
  // The default error handler restarts a server that dies (up to 4 times in 3 minutes).
  return new LanguageClient('privacyAnnotations', 'Privacy Annotations', serverOptions, clientOptions);
}
