/**
 * The client's side of the client ⇄ server contract (docs/architecture.md).
 * Only names and shapes live here; the server owns the behaviour.
 */
import { Diagnostic, ProgressType, RequestType } from 'vscode-languageclient/node';
import type { CheckWorkspaceParams, CheckWorkspaceResult, DocumentInfo, DocumentInfoParams, FileDiagnostics, TableViewParams, TableViewResult } from '../../server/src/protocol';

// The request shapes are declared once, with the server (types only: nothing of it is bundled here).
export type { CheckWorkspaceParams, CheckWorkspaceResult, DocumentInfo, DocumentInfoParams, FileDiagnostics, TableViewParams, TableViewResult };

/**
 * Languages whose documents are sent to the server: files, untitled documents, and documents of
 * virtual workspaces (`vscode-vfs`, e.g. GitHub repositories opened without cloning): analysis only
 * needs the text. Configuration files and the workspace check need files on disk (`file`).
 */
export const LANGUAGES = ['markdown', 'plaintext', 'gknb'] as const;
export const SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

/** Commands the server declares in `executeCommandProvider`; vscode-languageclient registers them. */
export const SERVER_INSERT_TEMPLATE = 'gknb.server.insertTemplate';
export const SERVER_FIX_ALL = 'gknb.server.fixAll';
/** `[{ uri, range? }]` → lines changed (0: already tidy), or false when the document is not a report. */
export const SERVER_FORMAT_TABLES = 'gknb.server.formatTables';

/** The configuration file shared by the editor and the CLI. */
export const CONFIG_FILE_NAME = '.gknbrc.json';

/** `template` argument of `gknb.server.insertTemplate`. */
export type TemplateId = 'table2' | 'art20_1' | 'art20_5' | 'art20_6' | 'art20_8' | 'table3' | 'table4';

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('gknb/documentInfo');

/** Check every report of the workspace folders, open or not; results stream as partial results. */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult | null, void>('gknb/checkWorkspace');
export const CheckWorkspacePartialResult = new ProgressType<FileDiagnostics[]>();

/** Problems of a `.gknbrc.json` text, shown on the open configuration file. */
export const ConfigDiagnosticsRequest = new RequestType<{ text: string }, Diagnostic[], void>('gknb/configDiagnostics');

/** Tables 二, 三 and 四 of an open report as HTML, for the table view; null when it is not a report. */
export const TableViewRequest = new RequestType<TableViewParams, TableViewResult | null, void>('gknb/tableView');
