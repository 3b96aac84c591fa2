/** Handlers never take the server down: an exception is logged with its stack and the request answers empty. */
import type { Connection } from 'vscode-languageserver';

export function safe<A extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}
