/**
 * The requests and notifications between the VS Code client and the language server beyond LSP itself, declared
 * once: both sides import these, so a name or a parameter type cannot drift apart. Types only from the engine.
 */
import { NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { DataMapPicture, Inventory } from './engine/data';

export type { DataMapPicture, MapPlace } from './engine/data';

/** Which policy governs a document, and whether it can be used (the status bar). */
export interface PolicyStatus {
  state: 'ok' | 'none' | 'broken';
  /** The policy file's path. */
  file?: string;
  /** For broken: the first error, "line:col message". */
  message?: string;
  /** For broken: a last good version of the policy is still in force. */
  usingLastGood?: boolean;
}

export type InventoryFormat = 'json' | 'md' | 'csv';

/** The workspace's data inventory: the rows without a format, or the text of an export in one. */
export const InventoryRequest = new RequestType<{ format?: InventoryFormat } | undefined, Inventory | string | null, void>('privacyAnnotations/inventory');

/** The workspace's data map as SVG in the server's language, with the places each box opens (null before start-up). */
export const DataMapRequest = new RequestType<Record<string, never>, DataMapPicture | null, void>('privacyAnnotations/dataMap');

/** A starter policy for a workspace folder (its URI), proposed from its code; null when none can be made. */
export const ProposePolicyRequest = new RequestType<{ folder: string }, string | null, void>('privacyAnnotations/proposePolicy');

/** The policy status for a document (its URI). */
export const PolicyStatusRequest = new RequestType<{ uri?: string }, PolicyStatus, void>('privacyAnnotations/policyStatus');

/**
 * The quick fix that asks where a host, package or environment variable sends (an unresolved destination):
 * the client's command, run with these arguments, asks the user and then requests the policy edit.
 */
export const MAP_HOST_COMMAND = 'privacyAnnotations.mapHost';

export interface MapHostArgs {
  /** The policy file's URI. */
  policy: string;
  key: 'host' | 'env' | 'package';
  value: string;
  /** The policy's destination ids, then domestic: offered before the country codes. */
  choices: string[];
}

/** The edit adding `key: value -> destination` to crossBorder.hosts of the policy file, or why it cannot be made. */
export const HostEntryEditRequest = new RequestType<Omit<MapHostArgs, 'choices'> & { destination: string }, { edit: WorkspaceEdit } | { reason: string }, void>(
  'privacyAnnotations/hostEntryEdit',
);

/** Some file's inventory rows changed (sent at most every 300 ms). */
export const InventoryChangedNotification = new NotificationType<Record<string, never>>('privacyAnnotations/inventoryChanged');

/** A policy file (its URI; none when settings changed) was re-read and what it governs re-checked. */
export const PolicyChangedNotification = new NotificationType<{ uri?: string }>('privacyAnnotations/policyChanged');

/** A workspace scan ended: how many files it checked, and how many have problems. */
export const ScannedNotification = new NotificationType<{ files: number; withProblems: number }>('privacyAnnotations/scanned');
