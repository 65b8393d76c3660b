/**
 * Settings (section `gknb`), pulled per document and cached until the client says they changed,
 * with the nearest `.gknbrc.json` laid over them (the file wins; see fileConfig.ts).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../engine';
import type { TableStyle } from '../engine/model';

export interface Settings {
  run: 'onType' | 'onSave' | 'off';
  rules: Record<string, SeveritySetting>;
  template: { style: 'auto' | TableStyle; fill: 'empty' | 'zero' };
  maxFileSize: number;
  /** The document is ignored by the `ignore` globs of its configuration file (nothing is reported). */
  ignored?: boolean;
  /** The configuration file that applies, if any. */
  configFile?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  run: 'onType',
  rules: {},
  template: { style: 'auto', fill: 'empty' },
  maxFileSize: 5 * 1024 * 1024,
};

const RUN_MODES = ['onType', 'onSave', 'off'];
const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

/** Accept only well-formed values; anything else falls back to the default (settings are data, never code). */
export function sanitize(raw: any): Settings {
  const s: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
  if (!raw || typeof raw !== 'object') return s;
  if (RUN_MODES.includes(raw.run)) s.run = raw.run;
  if (raw.rules && typeof raw.rules === 'object') {
    for (const [k, v] of Object.entries(raw.rules)) if (typeof v === 'string' && SEVERITIES.includes(v)) s.rules[k] = v as SeveritySetting;
  }
  if (raw.template && typeof raw.template === 'object') {
    if (['auto', 'pipe', 'tab', 'cells'].includes(raw.template.style)) s.template.style = raw.template.style;
    if (['empty', 'zero'].includes(raw.template.fill)) s.template.fill = raw.template.fill;
  }
  if (typeof raw.maxFileSize === 'number' && raw.maxFileSize > 0) s.maxFileSize = raw.maxFileSize;
  return s;
}

export class SettingsCache {
  private cache = new Map<string, Promise<Settings>>();
  /** Settings shared by all documents, used for the size limit before a document's own arrive. */
  global: Settings = DEFAULT_SETTINGS;

  /** `overlay` lays the configuration file over the editor's settings; applied on every get (it caches itself). */
  constructor(private connection: Connection, private canPull: () => boolean, private overlay: (uri: string, s: Settings) => Settings = (_, s) => s) {}

  get(uri: string): Promise<Settings> {
    return this.editor(uri).then((s) => this.overlay(uri, s));
  }

  /** The editor's own settings for a document or folder, without the configuration file. */
  editor(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gknb' }).then(sanitize, () => this.global);
      this.cache.set(uri, p);
    }
    return p;
  }

  async refreshGlobal(): Promise<void> {
    if (!this.canPull()) return;
    try {
      this.global = sanitize(await this.connection.workspace.getConfiguration({ section: 'gknb' }));
    } catch {
      this.global = DEFAULT_SETTINGS;
    }
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
