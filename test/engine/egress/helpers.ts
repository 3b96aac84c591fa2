/** Shared by the egress tests: the catalogue they run against, and one-call discovery over a source text. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSource } from '../../../server/src/engine/extract/extractTags';
import { builtinCatalogueFiles, findEgress, loadCatalogue, type EgressCall, type EgressOptions } from '../../../server/src/engine/egress/index';
import { FIXTURES } from '../../helpers';

export const FIXTURE_CATALOGUE = path.join(FIXTURES, 'egress-core', 'catalogue.json');

/**
 * The built-in HTTP channels and the SDK entries of the fixture catalogue (twilio, sendgrid, stripe, SES, Sentry,
 * OSS, Tencent Cloud, Vertex AI, Azure, nodemailer, gtag, Rekognition): the tests do not depend on the data of the
 * other built-in files.
 */
export const CATALOGUE = (() => {
  const files = [
    ...builtinCatalogueFiles().filter((f) => f.name === 'http.json'),
    { name: 'fixture.json', data: JSON.parse(fs.readFileSync(FIXTURE_CATALOGUE, 'utf8')) as unknown },
  ];
  const { catalogue, problems } = loadCatalogue(files);
  if (problems.length) throw new Error(`test catalogue: ${JSON.stringify(problems)}`);
  return catalogue;
})();

export function egress(code: string, options: EgressOptions & { fileName?: string } = {}): EgressCall[] {
  const fileName = options.fileName ?? '/project/src/sample.ts';
  return findEgress(parseSource(code, fileName), code, fileName, { catalogue: CATALOGUE, ...options });
}

/** The calls of one catalogue entry (and operation, when given). */
export function callsOf(calls: EgressCall[], entry: string, operation?: string): EgressCall[] {
  return calls.filter((c) => c.entry.id === entry && (operation === undefined || c.operation === operation));
}

/** The single call of an entry; fails when there is not exactly one. */
export function single(calls: EgressCall[], entry: string, operation?: string): EgressCall {
  const found = callsOf(calls, entry, operation);
  if (found.length !== 1) throw new Error(`expected one ${entry} ${operation ?? ''} call, found ${found.length}: ${calls.map((c) => `${c.entry.id}.${c.operation}`).join(', ')}`);
  return found[0];
}

/** The source text of a span. */
export function textAt(code: string, span: { start: number; end: number }): string {
  return code.slice(span.start, span.end);
}
