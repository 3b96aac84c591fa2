/** file: URIs and paths: the server speaks URIs to the client and paths to the engine. */
import { URI } from 'vscode-uri';

/** The path of a file: URI; undefined for other schemes (untitled:, vscode-notebook-cell:...). */
export function uriToPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

export function pathToUri(file: string): string {
  return URI.file(file).toString();
}
