/**
 * `.gknbrc.json` in the language server: which file applies to a document, how it is laid over the
 * editor's settings, and the diagnostics of an open configuration file.
 *
 * Precedence (lowest first): built-in defaults < VS Code user/workspace/folder settings < the nearest
 * `.gknbrc.json`. The file is shared with the CLI and with reviewers, so what it says is what every
 * editor and every `gknb check` uses; the settings fill in what it leaves out.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import { Diagnostic as LspDiagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, mergeRules, parseConfig } from '../engine/config';
import type { Locale } from '../engine';
import { ConfigFiles, LoadedConfig } from '../configFiles';
import type { Settings } from './settings';

/** The file path of a `file:` URI (undefined for untitled and virtual documents). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isConfigUri(uri: string): boolean {
  const p = uri.split(/[?#]/)[0];
  return decodeURIComponent(p.slice(p.lastIndexOf('/') + 1)) === CONFIG_FILE_NAME;
}

/** Lay a configuration file over settings: its rules, template and run mode win; its ignore globs may ignore the file. */
export function overlay(s: Settings, config: LoadedConfig | undefined, ignored: boolean): Settings {
  if (!config || config.fatal) return config ? { ...s, configFile: config.file } : s;
  const c = config.config;
  const out: Settings = {
    ...s,
    rules: mergeRules(s.rules, c),
    template: { style: c.template.style ?? s.template.style, fill: c.template.fill ?? s.template.fill },
    run: c.run ?? s.run,
    configFile: config.file,
  };
  if (ignored) {
    out.ignored = true;
    out.run = 'off';
  }
  return out;
}

export class FileConfigs {
  constructor(readonly files: ConfigFiles, private readonly folders: () => string[]) {}

  /** The configuration file for a document: the nearest one above a file; for untitled documents, the first workspace folder's. */
  forUri(uri: string): { config?: LoadedConfig; path?: string } {
    const p = uriToPath(uri);
    if (p) return { config: this.files.forFile(p), path: p };
    if (uri.startsWith('untitled:')) {
      const folder = this.folders().map(uriToPath).find((f): f is string => !!f);
      if (folder) return { config: this.files.forFile(path.join(folder, 'untitled')) };
    }
    return {};
  }

  apply(uri: string, s: Settings): Settings {
    if (isConfigUri(uri)) return s;
    const { config, path: p } = this.forUri(uri);
    return overlay(s, config, !!p && this.files.ignores(p, config));
  }

  clear(): void {
    this.files.clear();
  }
}

/** Diagnostics of a configuration file's text (the open document, saved or not). */
export function configDiagnostics(text: string, locale: Locale): LspDiagnostic[] {
  return parseConfig(text, locale).problems.map((p) => ({
    range: p.range,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'gknb',
    code: 'config',
    message: p.message,
  }));
}
