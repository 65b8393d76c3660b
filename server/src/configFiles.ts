/**
 * Finding and reading `.gknbrc.json` for the language server and the CLI alike: the nearest file
 * walking up from the report's folder (up to the file system root) is the one that applies, alone
 * (files further up are not merged). Results are cached until `clear()` — the server clears on
 * `workspace/didChangeWatchedFiles`, the CLI never needs to.
 */
import fs = require('fs');
import path = require('path');
import { CONFIG_FILE_NAME, emptyConfig, isIgnored, parseConfig, ParsedConfig } from './engine/config';
import type { Locale } from './engine';
import { configMessage } from './engine/i18n/config-messages';

export interface LoadedConfig extends ParsedConfig {
  /** Absolute path of the configuration file. */
  file: string;
  /** Its folder: ignore globs are relative to it. */
  dir: string;
}

export class ConfigFiles {
  /** Folder → the nearest configuration file at or above it (null: none). */
  private nearestByDir = new Map<string, string | null>();
  private loaded = new Map<string, LoadedConfig>();

  constructor(private readonly locale: Locale) {}

  /** The configuration file nearest to a file (walking up from its folder), if any. */
  nearestFile(filePath: string): string | undefined {
    const start = path.dirname(path.resolve(filePath));
    const visited: string[] = [];
    let dir = start;
    let found: string | null = null;
    for (;;) {
      const cached = this.nearestByDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of visited) this.nearestByDir.set(d, found);
    return found ?? undefined;
  }

  /** Read and parse a configuration file (cached). A file that cannot be read is a fatal problem. */
  load(file: string): LoadedConfig {
    const abs = path.resolve(file);
    let hit = this.loaded.get(abs);
    if (!hit) {
      let parsed: ParsedConfig;
      try {
        parsed = parseConfig(fs.readFileSync(abs, 'utf8'), this.locale);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const error = code === 'ENOENT' ? (this.locale === 'en' ? 'no such file' : '文件不存在')
          : code === 'EACCES' ? (this.locale === 'en' ? 'permission denied' : '没有读取权限')
          : code === 'EISDIR' ? (this.locale === 'en' ? 'is a directory' : '这是一个目录') : String((e as Error).message ?? e);
        parsed = {
          config: emptyConfig(),
          fatal: true,
          problems: [{ severity: 'error', message: configMessage(this.locale, 'config.unreadable', { error }), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
        };
      }
      hit = { ...parsed, file: abs, dir: path.dirname(abs) };
      this.loaded.set(abs, hit);
    }
    return hit;
  }

  /** The configuration that applies to a report file: `explicit` when given, else the nearest one. */
  forFile(filePath: string, explicit?: string): LoadedConfig | undefined {
    const file = explicit ?? this.nearestFile(filePath);
    return file ? this.load(file) : undefined;
  }

  /** Whether the configuration that applies to a file ignores it. */
  ignores(filePath: string, config: LoadedConfig | undefined): boolean {
    if (!config || config.fatal) return false;
    return isIgnored(config.config, path.relative(config.dir, path.resolve(filePath)));
  }

  clear(): void {
    this.nearestByDir.clear();
    this.loaded.clear();
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
