/**
 * Requests of this extension beyond LSP, declared once with their types for the server and the VS Code client
 * (which imports this file too: keep it to declarations, so the client's bundle stays free of the engine).
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DataMapPicture } from '../engine/datamap/index';

export type { DataMapPicture } from '../engine/datamap/index';
export type { MapPlace } from '../engine/datamap/model';

/** The workspace's data map as SVG in the server's language, with each box's places (null before start-up). */
export const DataMapRequest = new RequestType<Record<string, never>, DataMapPicture | null, void>('privacyAnnotations/dataMap');
