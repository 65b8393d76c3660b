/**
 * `gknb/checkWorkspace`: check every report under the workspace folders (or a given list of files),
 * open or not, as `gknb check <folder>` would: the same walk (hidden folders, node_modules, dist and
 * out skipped), the same encodings, the nearest `.gknbrc.json` for each file (its ignore globs and
 * rules) over the folder's editor settings. Markdown and text files that do not look like reports
 * are skipped silently, `.gknb` files are always checked.
 *
 * Results stream to the client as LSP partial results (`$/progress` on `partialResultToken`, a list of
 * `{ uri, diagnostics }` at a time) and progress as work-done progress (`n / N`); the request answers
 * with a summary. Cancelling stops between two files; what was checked so far has been sent.
 * The run mode does not apply: the user asked for this check.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationToken, Connection, Diagnostic as LspDiagnostic, ProgressToken, ProgressType, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { analyze, Locale, PreviousYear, ReportDocument, tooLarge } from '../engine';
import { decode } from '../cli/encoding';
import { REPORT_EXTENSIONS, SKIP_DIRS } from '../cli/files';
import { toLspDiagnostic } from './convert';
import { FileConfigs, overlay, uriToPath } from './fileConfig';
import type { Settings } from './settings';
import type { CheckWorkspaceParams, CheckWorkspaceResult, FileDiagnostics } from '../protocol';

export type { CheckWorkspaceParams, CheckWorkspaceResult, FileDiagnostics };

export const CHECK_WORKSPACE = 'gknb/checkWorkspace';

export const PartialResults = new ProgressType<FileDiagnostics[]>();

interface Deps {
  connection: Connection;
  locale: Locale;
  configs: FileConfigs;
  /** The editor's settings for a folder or file URI (without the configuration file). */
  editorSettings: (uri: string) => Promise<Settings>;
  /** Last year's report of the same agency (carryover-mismatch), found as for open documents. */
  previousYear?: (uri: string, doc: ReportDocument) => PreviousYear | undefined;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Report files under a folder, sorted, skipping what the CLI skips. Async so that a big tree does not block the server. */
async function walk(dir: string, out: string[], token: CancellationToken): Promise<void> {
  if (token.isCancellationRequested) return;
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out, token);
    else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

export async function checkWorkspace(params: CheckWorkspaceParams, token: CancellationToken, deps: Deps, progress?: WorkDoneProgressReporter): Promise<CheckWorkspaceResult> {
  const { connection, locale, configs } = deps;
  const en = locale === 'en';
  const result: CheckWorkspaceResult = { files: 0, reports: 0, ignored: 0, skipped: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 }, cancelled: false, badConfigs: [] };
  progress?.begin(en ? 'Checking reports' : '检查工作区所有年报', 0, en ? 'Finding report files…' : '正在查找报告文件……', true);

  // Files, each with the folder whose editor settings apply to it.
  const targets: { file: string; folder: string }[] = [];
  for (const uri of params.files ?? []) {
    const p = uriToPath(uri);
    if (p) targets.push({ file: p, folder: uri });
  }
  for (const uri of params.folders ?? []) {
    const dir = uriToPath(uri);
    if (!dir) continue;
    const found: string[] = [];
    await walk(dir, found, token);
    for (const f of found) targets.push({ file: f, folder: uri });
  }
  result.files = targets.length;

  const settingsByFolder = new Map<string, Promise<Settings>>();
  const folderSettings = (uri: string) => {
    let s = settingsByFolder.get(uri);
    if (!s) settingsByFolder.set(uri, (s = deps.editorSettings(uri)));
    return s;
  };
  const collected: FileDiagnostics[] = [];
  let batch: FileDiagnostics[] = [];
  const flush = () => {
    if (!batch.length) return;
    if (params.partialResultToken !== undefined) void connection.sendProgress(PartialResults, params.partialResultToken, batch);
    else collected.push(...batch);
    batch = [];
  };
  const badConfigs = new Set<string>();
  // Read ahead a few files while the current one is analysed.
  const reads = new Map<number, Promise<Buffer | undefined>>();
  const read = (i: number) => {
    if (i >= targets.length || reads.has(i)) return;
    reads.set(i, fs.promises.readFile(targets[i].file).catch(() => undefined));
  };

  for (let i = 0; i < targets.length; i++) {
    if (token.isCancellationRequested) {
      result.cancelled = true;
      break;
    }
    for (let k = i; k < i + 4; k++) read(k);
    const { file, folder } = targets[i];
    const bytes = await reads.get(i)!;
    reads.delete(i);
    const config = configs.files.forFile(file);
    if (config?.problems.length) badConfigs.add(config.file);
    if (configs.files.ignores(file, config)) {
      result.ignored++;
    } else if (!bytes) {
      result.skipped++;
    } else {
      const s = overlay(await folderSettings(folder), config, false);
      const uri = pathToFileURL(file).toString();
      const decoded = decode(bytes);
      const isGknb = path.extname(file).toLowerCase() === '.gknb';
      let diagnostics: LspDiagnostic[] | undefined;
      if ('error' in decoded) {
        result.skipped++;
      } else if (decoded.text.length > s.maxFileSize) {
        diagnostics = tooLarge(decoded.text.length, s.maxFileSize, locale).diagnostics.map((d) => toLspDiagnostic(d, uri, -1));
      } else {
        const style = s.template.style === 'auto' ? (/\.(md|markdown)$/i.test(file) ? 'pipe' : 'tab') : s.template.style;
        const doc = new ReportDocument(decoded.text);
        const previousYear = doc.getModel().looksLikeReport ? deps.previousYear?.(uri, doc) : undefined;
        const a = analyze(doc, { locale, rules: s.rules, defaultStyle: style, templateFill: s.template.fill, nonReport: isGknb ? 'check' : 'silent', previousYear, incremental: false, fixes: false });
        if (isGknb || a.model.looksLikeReport) diagnostics = a.diagnostics.map((d) => toLspDiagnostic(d, uri, -1));
        else result.skipped++;
      }
      if (diagnostics) {
        result.reports++;
        for (const d of diagnostics) {
          // Fix data is for open documents (quick fixes are versioned); these files are not open.
          delete d.data;
          const sev = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : d.severity === 3 ? 'information' : 'hint';
          result.counts[sev]++;
        }
        batch.push({ uri, diagnostics });
      }
    }
    if (batch.length >= 25) flush();
    if ((i + 1) % 10 === 0 || i + 1 === targets.length) {
      progress?.report(Math.floor(((i + 1) / Math.max(1, targets.length)) * 100), en ? `${i + 1} / ${targets.length} files` : `${i + 1} / ${targets.length} 个文件`);
      // Let the connection read a $/cancelRequest (and other requests) between files.
      await yieldToEventLoop();
    }
  }
  flush();
  progress?.done();
  result.badConfigs = [...badConfigs];
  if (params.partialResultToken === undefined) result.items = collected;
  return result;
}
