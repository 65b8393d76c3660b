/**
 * The client's side of the client ⇄ server contract (docs/architecture.md).
 * Only names and shapes live here; the server owns the behaviour.
 */
import { RequestType } from 'vscode-languageclient/node';

/** Languages whose documents are sent to the server (`file` and `untitled` schemes). */
export const LANGUAGES = ['markdown', 'plaintext', 'gknb'] as const;
export const SCHEMES = ['file', 'untitled'] as const;

/** Commands the server declares in `executeCommandProvider`; vscode-languageclient registers them. */
export const SERVER_INSERT_TEMPLATE = 'gknb.server.insertTemplate';
export const SERVER_FIX_ALL = 'gknb.server.fixAll';

/** `template` argument of `gknb.server.insertTemplate`. */
export type TemplateId = 'table2' | 'art20_1' | 'art20_5' | 'art20_6' | 'art20_8' | 'table3' | 'table4';

export interface DocumentInfoParams {
  uri: string;
}

export interface DocumentInfo {
  isReport: boolean;
  /** The report year (统计年度), when known. */
  year: number | null;
  /** The table format generation, e.g. `2021` or `2019`, when known. */
  format: string | null;
  counts: { error: number; warning: number; information: number; hint: number };
}

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('gknb/documentInfo');
