/**
 * The shapes of gknb's custom requests (docs/architecture.md), shared by the server, which answers
 * them, and the client, which asks: types only, so the client's bundle takes no server code.
 */
import type { Diagnostic, ProgressToken } from 'vscode-languageserver-protocol';

export interface DocumentInfoParams {
  uri: string;
}

/** `gknb/documentInfo`: what the status bar shows. */
export interface DocumentInfo {
  isReport: boolean;
  /** The report year (统计年度), when known. */
  year: number | null;
  /** The table format generation, e.g. `2021` or `2019`, when known. */
  format: string | null;
  counts: { error: number; warning: number; information: number; hint: number };
  /** The run mode in force (VS Code setting or configuration file). */
  run?: 'onType' | 'onSave' | 'off';
  /** Ignored by the `ignore` globs of its configuration file. */
  ignored?: boolean;
  /** The configuration file that applies (a path), if any. */
  configFile?: string | null;
}

/** `gknb/checkWorkspace`: check every report of the folders (or just `files`), open or not. */
export interface CheckWorkspaceParams {
  /** Folder URIs to walk (the workspace folders); `files` instead checks just these file URIs. */
  folders?: string[];
  files?: string[];
  workDoneToken?: ProgressToken;
  partialResultToken?: ProgressToken;
}

export interface FileDiagnostics { uri: string; diagnostics: Diagnostic[] }

export interface CheckWorkspaceResult {
  /** Candidate files found (by extension). */
  files: number;
  /** Files checked as reports. */
  reports: number;
  /** Skipped by the ignore globs of a configuration file. */
  ignored: number;
  /** Not reports (no title, fewer than three sections), binary, or unreadable. */
  skipped: number;
  counts: { error: number; warning: number; information: number; hint: number };
  cancelled: boolean;
  /** Configuration files with problems (they were used with their defaults). */
  badConfigs: string[];
  /** Results, when the client gave no partialResultToken. */
  items?: FileDiagnostics[];
}

/** `gknb/nextYear`: this year's report made from last year's text (server/src/writers/next-year.ts). */
export interface NextYearParams {
  text: string;
  /** Last year's file name (no folder), for the new one's. */
  name: string;
}

export type NextYearResult =
  | { text: string; year: number; fromYear: number; carried: boolean; fileName: string }
  | { problem: 'not-report' | 'no-year' };
/** `gknb/tableView`: tables 二, 三 and 四 of an open report, drawn as HTML (cells carry their source ranges). */
export interface TableViewParams {
  uri: string;
  /** Draw last year's value and the change beside each cell, when last year's report is known. */
  compare?: boolean;
}

export interface TableViewResult {
  uri: string;
  /** The document version the tables were drawn from. */
  version: number;
  html: string;
  /** Last year's report of the same agency, when the server knows it. */
  previous: { uri: string; year: number | null } | null;
  /** Whether last year's values are drawn. */
  compared: boolean;
}
