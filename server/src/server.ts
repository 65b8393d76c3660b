/**
 * The gknb language server: a thin shell over the engine. Incremental sync into ReportDocuments,
 * pull diagnostics cached by document version, outline, folding, hover, completion and quick fixes.
 */
import {
  createConnection, ProposedFeatures, TextDocumentSyncKind, InitializeParams, DocumentDiagnosticReportKind,
  ResponseError, LSPErrorCodes, CancellationToken, CodeActionKind, DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification, FileChangeType,
} from 'vscode-languageserver/node';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { analyze, Analysis, CheckOptions, Locale, PreviousYear, ReportDocument, tooLarge } from './engine';
import { renderTemplate, TemplateId } from './engine/fixes/templates';
import { documentStyleOf } from './engine/fixes/insert';
import { DocumentStore, OpenDocument } from './lsp/store';
import { DEFAULT_SETTINGS, sanitize, Settings, SettingsCache } from './lsp/settings';
import { setRulesBaseUrl, toLspDiagnostic } from './lsp/convert';
import { documentSymbols, foldingRanges } from './lsp/outline';
import { hover } from './lsp/hover';
import { completions } from './lsp/completion';
import { codeActions, FIX_ALL_KIND, safeEdits } from './lsp/actions';
import { ConfigFiles } from './configFiles';
import { configDiagnostics, FileConfigs, isConfigUri } from './lsp/fileConfig';
import { checkWorkspace, CHECK_WORKSPACE } from './lsp/workspaceCheck';
import type { CheckWorkspaceParams, DocumentInfo, DocumentInfoParams, NextYearParams, NextYearResult, TableViewParams, TableViewResult } from './protocol';
import { nextYearFileName, nextYearReport } from './writers/next-year';
import { TABLE_VIEW, tableView } from './lsp/tableView';
import { ignoreActions } from './lsp/ignoreActions';
import { formatTables } from './engine/format-table';
import { QuietPeriods } from './lsp/quiet';
import { AnalysisStats, STATS_REQUEST } from './lsp/stats';

const connection = createConnection(ProposedFeatures.all);
let locale: Locale = 'zh-cn';
let canPullConfiguration = false;
let canRefreshDiagnostics = false;
/** Clients without pull diagnostics (LSP < 3.17, e.g. Neovim 0.7) get textDocument/publishDiagnostics. */
let pushDiagnostics = false;
const pushTimers = new Map<string, NodeJS.Timeout>();
/** When each document last changed: diagnostics wait for a pause in typing (lsp/quiet.ts). */
const quiet = new QuietPeriods();
/** Analyses computed per document, and what became of the pulls (`gknb/stats`; logged with GKNB_TRACE=1). */
const stats = new AnalysisStats(process.env.GKNB_TRACE === '1' ? (msg) => log(msg) : undefined);
/** `.gknbrc.json` files: the nearest one is laid over the editor's settings (re-created with the locale at initialize). */
let fileConfigs = new FileConfigs(new ConfigFiles('zh-cn'), () => workspaceFolders);
const settings = new SettingsCache(connection, () => canPullConfiguration, (uri, s) => fileConfigs.apply(uri, s));
const store = new DocumentStore(() => settings.global.maxFileSize);
/** Report files of the workspace by agency and year, for carryover-mismatch across files. */
const index = new WorkspaceIndex(store, () => settings.global.maxFileSize);
let workspaceFolders: string[] = [];
/** The analysis shown while run mode is "onSave": the one of the last saved version. */
const savedAnalysis = new Map<string, Analysis>();

function log(msg: string): void {
  connection.console.log(`[gknb] ${msg}`);
}

/** Wrap a handler so that a failure is logged and answered, never fatal to the server. */
function safely<P, R>(name: string, fallback: R, fn: (p: P, token: CancellationToken) => R | Promise<R>) {
  return async (p: P, token: CancellationToken): Promise<R> => {
    try {
      return await fn(p, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`${name} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}

function checkOptions(s: Settings, doc: OpenDocument): CheckOptions {
  const style = s.template.style === 'auto' ? (doc.uri.toLowerCase().endsWith('.md') || doc.languageId === 'markdown' ? 'pipe' : 'tab') : s.template.style;
  return { locale, rules: s.rules, defaultStyle: style, templateFill: s.template.fill, nonReport: doc.languageId === 'gknb' ? 'check' : 'silent' };
}

/**
 * GBK text opened as UTF-8 (U+FFFD where its bytes were): unreadable, so whether it is a report cannot be
 * told; it gets the one diagnostic that says to reopen it with GB18030.
 */
function undecodable(report: NonNullable<OpenDocument['report']>): boolean {
  return report.getBlocks().reduce((n, b) => n + b.parse.suspect.replacement, 0) >= 3;
}

/** The analysis of a report document, or undefined for documents gknb leaves alone. */
/** Last year's report of the same agency, for a document that looks like a report. */
function previousYearOf(uri: string, report: ReportDocument): PreviousYear | undefined {
  return report.getModel().looksLikeReport ? index.previousYear(uri, report) : undefined;
}

/**
 * `reason` names the request that needs the analysis (counted in `gknb/stats`); `previousYear` may be passed
 * when the caller has already looked it up (it reads files).
 */
async function reportAnalysis(uri: string, reason: string, known?: { previousYear: PreviousYear | undefined }): Promise<{ doc: OpenDocument; analysis: Analysis; settings: Settings } | undefined> {
  const doc = store.get(uri);
  if (!doc?.report) return undefined;
  const s = await settings.get(uri);
  if (doc.report.length > s.maxFileSize) return undefined; // opened before the settings arrived
  const previousYear = known ? known.previousYear : previousYearOf(uri, doc.report);
  const analysis = analyze(doc.report, { ...checkOptions(s, doc), previousYear });
  stats.analysed(uri, doc.version, analysis, reason);
  if (doc.languageId !== 'gknb' && !analysis.model.looksLikeReport && !undecodable(doc.report)) return undefined;
  return { doc, analysis, settings: s };
}

connection.onInitialize((params: InitializeParams) => {
  const opts = params.initializationOptions as { locale?: string; rulesBaseUrl?: string } | undefined;
  setRulesBaseUrl(opts?.rulesBaseUrl);
  locale = /^en/i.test(opts?.locale ?? params.locale ?? '') ? 'en' : 'zh-cn';
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []);
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canRefreshDiagnostics = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
  pushDiagnostics = !params.capabilities.textDocument?.diagnostic;
  fileConfigs = new FileConfigs(new ConfigFiles(locale), () => workspaceFolders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      // Last year's report (another file) feeds carryover-mismatch.
      diagnosticProvider: pushDiagnostics ? undefined : { interFileDependencies: true, workspaceDiagnostics: false },
      documentSymbolProvider: { label: 'gknb' },
      foldingRangeProvider: true,
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentRangeFormattingProvider: true,
      executeCommandProvider: { commands: ['gknb.server.insertTemplate', 'gknb.server.fixAll', 'gknb.server.formatTables'] },
    },
    serverInfo: { name: 'gknb', version: typeof GKNB_VERSION === 'string' ? GKNB_VERSION : 'dev' },
  };
});

declare const GKNB_VERSION: string;

let canWatchFiles = false;

/** A report file changed on disk: re-index it, and re-check open reports (one may be its next year). */
connection.onDidChangeWatchedFiles((p) => {
  // A configuration file changed: every report under it may have other settings now.
  if (p.changes.some((c) => isConfigUri(c.uri))) {
    fileConfigs.clear();
    savedAnalysis.clear();
  }
  for (const c of p.changes) {
    if (isConfigUri(c.uri)) continue;
    if (c.type === FileChangeType.Deleted) index.remove(c.uri);
    else index.update(c.uri);
  }
  if (canRefreshDiagnostics) connection.languages.diagnostics.refresh();
  pushAll();
});

connection.onInitialized(async () => {
  // Index the workspace in the background of start-up; re-check once it is known.
  setTimeout(() => {
    try {
      index.build(workspaceFolders);
      log(`indexed ${index.size} report file(s) in ${workspaceFolders.length} workspace folder(s)`);
      if (index.size && canRefreshDiagnostics) connection.languages.diagnostics.refresh();
      pushAll();
    } catch (e) {
      log(`workspace index failed: ${(e as Error)?.stack ?? e}`);
    }
  }, 0);
  if (canWatchFiles) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,txt,markdown,gknb}' }, { globPattern: '**/.gknbrc.json' }] }).catch(() => undefined);
  }
  if (canPullConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'gknb' }).catch(() => undefined);
    await settings.refreshGlobal();
  }
});

connection.onDidChangeConfiguration(async (params) => {
  settings.clear();
  const pushed = (params.settings as any)?.gknb;
  if (pushed) settings.global = sanitize(pushed);
  else await settings.refreshGlobal();
  for (const doc of store.all()) store.resize(doc);
  savedAnalysis.clear();
  if (canRefreshDiagnostics) connection.languages.diagnostics.refresh();
  pushAll();
});

connection.onDidOpenTextDocument((p) => {
  store.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text);
  quiet.forget(p.textDocument.uri);
  schedulePush(p.textDocument.uri);
});

connection.onDidChangeTextDocument((p) => {
  store.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
  quiet.changed(p.textDocument.uri);
  stats.changed(p.textDocument.uri, p.textDocument.version);
  schedulePush(p.textDocument.uri);
});

connection.onDidSaveTextDocument(async (p) => {
  const doc = store.get(p.textDocument.uri);
  if (!doc) return;
  doc.savedVersion = doc.version;
  const r = await reportAnalysis(doc.uri, 'save');
  if (r) savedAnalysis.set(doc.uri, r.analysis);
  if (r?.settings.run === 'onSave' && canRefreshDiagnostics) connection.languages.diagnostics.refresh();
  if (r?.settings.run === 'onSave') schedulePush(doc.uri);
});

connection.onDidCloseTextDocument((p) => {
  store.close(p.textDocument.uri);
  clearTimeout(pushTimers.get(p.textDocument.uri));
  quiet.forget(p.textDocument.uri);
  stats.reset(p.textDocument.uri);
  if (pushDiagnostics) connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
  settings.forget(p.textDocument.uri);
  savedAnalysis.delete(p.textDocument.uri);
});

/**
 * Push mode: publish at once, or — for a change in a typing burst — once the document has been quiet for the
 * interval pulls wait for (lsp/quiet.ts), so a burst is analysed at its start and end.
 */
function schedulePush(uri: string): void {
  if (!pushDiagnostics) return;
  clearTimeout(pushTimers.get(uri));
  pushTimers.set(uri, setTimeout(async () => {
    pushTimers.delete(uri);
    const doc = store.get(uri);
    if (!doc) return;
    try {
      const report = await diagnosticsFor(uri, undefined, CancellationToken.None);
      if (report.kind === DocumentDiagnosticReportKind.Full) connection.sendDiagnostics({ uri, version: doc.version, diagnostics: report.items });
    } catch (e) {
      log(`push diagnostics failed: ${(e as Error)?.stack ?? e}`);
    }
  }, Math.ceil(quiet.remaining(uri))));
}

function pushAll(): void {
  for (const doc of store.all()) schedulePush(doc.uri);
}

/** Result ids are `version:settings` so an unchanged document is answered "unchanged" at no cost. */
connection.languages.diagnostics.on(safely('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] } as any, (params, token) =>
  diagnosticsFor(params.textDocument.uri, params.previousResultId, token)));

function cancelled(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
}

async function diagnosticsFor(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<any> {
  const doc = store.get(uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  // While the user types, wait for a pause (lsp/quiet.ts); a newer keystroke cancels this pull.
  const version = doc.version;
  const waited = await quiet.settle(uri, token);
  if (token.isCancellationRequested || store.get(uri) !== doc || doc.version !== version) {
    stats.pulled(uri, version, waited, 'cancelled');
    throw cancelled();
  }
  const s = await settings.get(uri);
  // The store applies the limit known when the document was opened; the document's own settings decide.
  if (!doc.report || doc.report.length > s.maxFileSize) {
    // The same diagnostic the CLI gives for a file over its limit.
    const [tooBig] = tooLarge(store.text(doc).length, s.maxFileSize, locale).diagnostics;
    return { kind: DocumentDiagnosticReportKind.Full, items: [toLspDiagnostic(tooBig, uri, doc.version)] };
  }
  // Last year's report is part of the input: its identity is part of the result id.
  const previousYear = previousYearOf(uri, doc.report);
  const resultId = `${doc.version}:${previousYear?.key ?? ''}:${JSON.stringify(s)}`;
  if (s.run === 'off') return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [] };
  if (previousResultId === resultId) {
    stats.pulled(uri, version, waited, 'unchanged');
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  }
  const r = await reportAnalysis(uri, 'diagnostics', { previousYear });
  if (token.isCancellationRequested) {
    stats.pulled(uri, version, waited, 'cancelled');
    throw cancelled();
  }
  stats.pulled(uri, version, waited, 'answered');
  if (!r) return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [] };
  let analysis = r.analysis;
  let fixVersion = doc.version;
  if (s.run === 'onSave') {
    analysis = savedAnalysis.get(uri) ?? analysis;
    if (!savedAnalysis.has(uri)) savedAnalysis.set(uri, analysis);
    fixVersion = analysis.version === r.analysis.version ? doc.version : -1;
  }
  const items = analysis.diagnostics.map((d) => toLspDiagnostic(d, uri, fixVersion));
  for (const f of analysis.failures) {
    log(`rule ${f.rule} failed: ${(f.error as Error)?.stack ?? f.error}`);
  }
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
}

connection.onDocumentSymbol(safely('symbols', [], async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'documentSymbol');
  return r ? documentSymbols(r.analysis, r.doc.report!.getLines(), locale) : [];
}));

connection.onFoldingRanges(safely('folding', [], async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'foldingRange');
  return r ? foldingRanges(r.analysis, r.doc.report!.getLines()) : [];
}));

connection.onHover(safely('hover', null, async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'hover');
  return r ? hover(r.analysis, p.position, locale) : null;
}));

connection.onCompletion(safely('completion', [], async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'completion');
  return r ? completions(r.analysis, r.doc.report!.getLines(), p.position) : [];
}));

connection.onCodeAction(safely('codeAction', [], async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'codeAction');
  if (!r) return [];
  const title = locale === 'en' ? 'Fix all auto-fixable problems (gknb)' : '修复所有可自动修复的问题 (gknb)';
  return codeActions(p.textDocument.uri, r.doc.version, r.analysis, { diagnostics: p.context.diagnostics, only: p.context.only }, title, p.range)
    .concat(ignoreActions(p.textDocument.uri, r.doc.version, r.doc.report!, r.analysis, p.context.diagnostics, p.context.only, locale));
}));

/** Range formatting: the tables the range touches (engine/format-table.ts); nothing else is changed. */
connection.onDocumentRangeFormatting(safely('rangeFormatting', [], async (p) => {
  const r = await reportAnalysis(p.textDocument.uri, 'rangeFormatting');
  if (!r) return [];
  const { start, end } = p.range;
  const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
  return formatTables(r.doc.report!.getLines(), r.doc.report!.getLexed(), { startLine: start.line, endLine: last });
}));

const TEMPLATES: TemplateId[] = ['table2', 'table3', 'table4', 'art20_1', 'art20_5', 'art20_6', 'art20_8'];

connection.onExecuteCommand(safely('executeCommand', false, async (p) => {
  const arg = (p.arguments?.[0] ?? {}) as { uri?: string; template?: string; position?: { line: number; character: number } };
  const doc = arg.uri ? store.get(arg.uri) : undefined;
  if (!doc?.report) return false;
  if (p.command === 'gknb.server.fixAll') {
    const r = await reportAnalysis(doc.uri, 'fixAll');
    if (!r) return false;
    const edits = safeEdits(r.analysis);
    if (!edits.length) return false;
    const res = await connection.workspace.applyEdit({ label: 'gknb', edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } });
    return res.applied;
  }
  if (p.command === 'gknb.server.formatTables') {
    // Answers the number of lines changed (0: the tables were already tidy), false when not a report.
    const r = await reportAnalysis(doc.uri, 'formatTables');
    if (!r) return false;
    const range = (arg as { range?: { start: { line: number }; end: { line: number } } }).range;
    const edits = formatTables(doc.report.getLines(), doc.report.getLexed(), range ? { startLine: range.start.line, endLine: range.end.line } : undefined);
    if (!edits.length) return 0;
    const res = await connection.workspace.applyEdit({ label: 'gknb', edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } });
    return res.applied ? edits.length : false;
  }
  if (p.command === 'gknb.server.insertTemplate') {
    const template = arg.template as TemplateId;
    if (!TEMPLATES.includes(template)) return false;
    const s = await settings.get(doc.uri);
    const opts = checkOptions(s, doc);
    const analysis = analyze(doc.report, opts);
    stats.analysed(doc.uri, doc.version, analysis, 'insertTemplate');
    const style = s.template.style === 'auto' ? documentStyleOf(analysis.model, opts.defaultStyle!) : s.template.style;
    const lines = renderTemplate(template, style, analysis.model.format ?? '2021', s.template.fill);
    const eol = doc.report.getText().includes('\r\n') ? '\r\n' : '\n';
    const pos = arg.position ?? { line: doc.report.lineCount, character: 0 };
    const line = Math.max(0, Math.min(pos.line, doc.report.lineCount - 1));
    const atLineStart = pos.character === 0 || doc.report.getLine(line).trim() === '';
    // Tables start on a line of their own: insert at the start of the line, after a line break if needed.
    const at = atLineStart ? { line, character: 0 } : { line, character: doc.report.getLine(line).length };
    const text = (atLineStart ? '' : eol) + lines.join(eol).replace(/\r?\n/g, eol) + eol;
    const res = await connection.workspace.applyEdit({ label: 'gknb', edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: at, end: at }, newText: text }] }] } });
    return res.applied;
  }
  return false;
}));

connection.onRequest('gknb/documentInfo', safely('documentInfo', null, async (p: DocumentInfoParams): Promise<DocumentInfo> => {
  const r = await reportAnalysis(p.uri, 'documentInfo');
  if (!r) return { isReport: false, year: null, format: null, counts: { error: 0, warning: 0, information: 0, hint: 0 } };
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  if (r.settings.run !== 'off') for (const d of r.analysis.diagnostics) counts[d.severity]++;
  return { isReport: true, year: r.analysis.model.year ?? null, format: r.analysis.model.format, counts, run: r.settings.run, ignored: !!r.settings.ignored, configFile: r.settings.configFile ?? null };
}));

/** The table view: the tables drawn from the same (cached) analysis as the diagnostics; null when not a report. */
connection.onRequest(TABLE_VIEW, safely('tableView', null, async (p: TableViewParams): Promise<TableViewResult | null> => {
  const doc = store.get(p.uri);
  if (!doc?.report) return null;
  const previousYear = previousYearOf(p.uri, doc.report);
  const r = await reportAnalysis(p.uri, 'tableView', { previousYear });
  if (!r) return null;
  return tableView(p, r.doc.version, r.analysis, previousYear, r.settings.run !== 'off', locale);
}));

/** Check every report of the workspace folders (or the given files), open or not: lsp/workspaceCheck.ts. */
connection.onRequest(CHECK_WORKSPACE, safely('checkWorkspace', null, (p: CheckWorkspaceParams, token) =>
  checkWorkspace(p, token, {
    connection, locale, configs: fileConfigs, editorSettings: (uri) => settings.editor(uri), previousYear: (uri, doc) => index.previousYear(uri, doc),
  }, connection.window.attachWorkDoneProgress(p.workDoneToken))));

/** For tests and the benchmark: analyses per document and what became of the pulls (lsp/stats.ts). */
connection.onRequest(STATS_REQUEST, safely('stats', null, (p: { uri?: string; reset?: boolean } | undefined) => {
  const result = stats.get(p?.uri);
  if (p?.reset) stats.reset(p.uri);
  return result;
}));

/** This year's report from last year's text; the client writes and opens it. */
connection.onRequest('gknb/nextYear', safely('nextYear', null, (p: NextYearParams): NextYearResult => {
  const made = nextYearReport(String(p.text ?? ''));
  if (typeof made === 'string') return { problem: made };
  return { ...made, fileName: nextYearFileName(String(p.name ?? 'report.md'), made.fromYear, made.year) };
}));

/** Problems of a `.gknbrc.json` text (the client shows them on the open file). */
connection.onRequest('gknb/configDiagnostics', safely('configDiagnostics', [], (p: { text: string }) => configDiagnostics(String(p.text ?? ''), locale)));

// Keep the defaults visible to the type checker (and to readers): settings start from these.
void DEFAULT_SETTINGS;

connection.listen();
