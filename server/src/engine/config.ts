/**
 * The configuration file `.gknbrc.json`, shared by the editor and the `gknb` CLI. Data only: JSON
 * (comments and trailing commas allowed) read with jsonc-parser, never executed. Pure: reading the
 * file and finding the nearest one is the callers' job (server/src/configFiles.ts).
 *
 *   {
 *     "rules": { "overview-topics": "off", "cell-missing": "error" },
 *     "ignore": ["草稿/**", "*.bak.md"],
 *     "template": { "style": "pipe", "fill": "zero" },
 *     "run": "onSave"
 *   }
 *
 * A file that is not JSON is fatal (one problem with its line; the defaults apply meanwhile); a bad
 * entry in a good file is a warning and only that entry is ignored.
 */
import type { Node, ParseError } from 'jsonc-parser';

/** Loaded when a configuration file is first read: its module fills tables when loaded (~0.3 ms of every CLI start). */
const jsonc = (): typeof import('jsonc-parser') => require('jsonc-parser');
import picomatch from 'picomatch';
import type { Range } from './document';
import type { SeveritySetting } from './rules/types';
import { findRule } from './rules';
import { DIRECTIVE_CODES } from './suppress';
import type { Locale } from './i18n/messages';
import { configTranslator, ConfigMessageKey } from './i18n/config-messages';

export const CONFIG_FILE_NAME = '.gknbrc.json';

export type RunMode = 'onType' | 'onSave' | 'off';
export type TemplateStyleSetting = 'auto' | 'pipe' | 'tab' | 'cells';
export type TemplateFill = 'empty' | 'zero';

export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'off'];
export const TEMPLATE_STYLES: readonly TemplateStyleSetting[] = ['auto', 'pipe', 'tab', 'cells'];
export const TEMPLATE_FILLS: readonly TemplateFill[] = ['empty', 'zero'];
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface GknbConfig {
  /** Severity per rule, keyed by rule id (aliases resolved), plus `unused-disable` / `invalid-disable`. */
  rules: Record<string, SeveritySetting>;
  /** Globs, relative to the file's folder, of report files not to check. */
  ignore: string[];
  template: { style?: TemplateStyleSetting; fill?: TemplateFill };
  run?: RunMode;
}

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: string;
  /** 0-based, UTF-16 characters (LSP positions); the CLI prints line + 1. */
  range: Range;
}

export interface ParsedConfig {
  config: GknbConfig;
  problems: ConfigProblem[];
  /** The file as a whole is unusable (not JSON, not an object): the defaults apply. */
  fatal: boolean;
}

export function emptyConfig(): GknbConfig {
  return { rules: {}, ignore: [], template: {} };
}

const KNOWN_KEYS = ['$schema', 'rules', 'ignore', 'template', 'run'];

/** 0-based line and character of a UTF-16 offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart };
}

export function parseConfig(raw: string, locale: Locale = 'zh-cn'): ParsedConfig {
  const t = configTranslator(locale);
  // A BOM becomes a space: the parser skips it and every offset still matches the editor's text.
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? ' ' + raw.slice(1) : raw;
  const rangeOf = (offset: number, length: number): Range => ({ start: positionAt(text, offset), end: positionAt(text, offset + Math.max(length, 0)) });
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsonc();
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length) {
    const e = errors[0];
    const at = positionAt(text, e.offset);
    const key = `json.${printParseErrorCode(e.error)}` as ConfigMessageKey;
    const error = key.startsWith('json.<') ? printParseErrorCode(e.error) : t(key);
    problems.push({ severity: 'error', message: t('config.syntax', { error, line: at.line + 1, column: at.character + 1 }), range: rangeOf(e.offset, Math.max(e.length, 1)) });
    return { config, problems, fatal: true };
  }
  if (!root) return { config, problems, fatal: false }; // an empty file: nothing configured
  if (root.type !== 'object') {
    problems.push({ severity: 'error', message: t('config.notObject'), range: rangeOf(root.offset, root.length) });
    return { config, problems, fatal: true };
  }
  const warn = (node: Node, key: ConfigMessageKey, params: Record<string, string>) =>
    problems.push({ severity: 'warning', message: t(key, params), range: rangeOf(node.offset, node.length) });
  const oneOf = (values: readonly string[]) => t('config.expected.oneOf', { values: values.join(' | ') });

  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (valueNode.type !== 'object') {
          warn(valueNode, 'config.badValue', { key, expected: t('config.expected.object') });
          break;
        }
        for (const r of valueNode.children ?? []) {
          const [nameNode, sevNode] = r.children ?? [];
          if (!nameNode || !sevNode) continue;
          const name = String(nameNode.value);
          const id = (DIRECTIVE_CODES as readonly string[]).includes(name) ? name : findRule(name)?.id;
          if (!id) {
            warn(nameNode, 'config.unknownRule', { rule: name });
            continue;
          }
          if (sevNode.type !== 'string' || !SEVERITY_SETTINGS.includes(sevNode.value)) {
            warn(sevNode, 'config.badSeverity', { rule: name, value: sevNode.type === 'string' ? sevNode.value : JSON.stringify(sevNode.value ?? null) });
            continue;
          }
          config.rules[id] = sevNode.value as SeveritySetting;
        }
        break;
      case 'ignore': {
        const list = valueNode.type === 'string' ? [valueNode] : valueNode.type === 'array' ? valueNode.children ?? [] : undefined;
        if (!list) {
          warn(valueNode, 'config.badValue', { key, expected: t('config.expected.strings') });
          break;
        }
        for (const g of list) {
          if (g.type !== 'string' || !String(g.value).trim()) {
            warn(g, 'config.badValue', { key, expected: t('config.expected.strings') });
            continue;
          }
          const problem = globProblem(g.value);
          if (problem) warn(g, 'config.badGlob', { glob: g.value, error: problem });
          else config.ignore.push(g.value);
        }
        break;
      }
      case 'template':
        if (valueNode.type !== 'object') {
          warn(valueNode, 'config.badValue', { key, expected: t('config.expected.object') });
          break;
        }
        for (const tp of valueNode.children ?? []) {
          const [k, v] = tp.children ?? [];
          if (!k || !v) continue;
          const name = String(k.value);
          if (name === 'style') {
            if (TEMPLATE_STYLES.includes(v.value)) config.template.style = v.value;
            else warn(v, 'config.badValue', { key: 'template.style', expected: oneOf(TEMPLATE_STYLES) });
          } else if (name === 'fill') {
            if (TEMPLATE_FILLS.includes(v.value)) config.template.fill = v.value;
            else warn(v, 'config.badValue', { key: 'template.fill', expected: oneOf(TEMPLATE_FILLS) });
          } else {
            warn(k, 'config.unknownKey', { key: `template.${name}`, known: 'style, fill' });
          }
        }
        break;
      case 'run':
        if (RUN_MODES.includes(valueNode.value)) config.run = valueNode.value;
        else warn(valueNode, 'config.badValue', { key, expected: oneOf(RUN_MODES) });
        break;
      default:
        warn(keyNode, 'config.unknownKey', { key, known: KNOWN_KEYS.slice(1).join(', ') });
    }
  }
  return { config, problems, fatal: false };
}

function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { dot: true, strictBrackets: true });
    return undefined;
  } catch (e) {
    return String((e as Error).message ?? e).slice(0, 120);
  }
}

interface CompiledGlob { negate: boolean; dirOnly: boolean; anySegment: boolean; test: (s: string) => boolean }

const compiledCache = new WeakMap<GknbConfig, CompiledGlob[]>();

function compile(config: GknbConfig): CompiledGlob[] {
  let list = compiledCache.get(config);
  if (!list) {
    list = [];
    for (let g of config.ignore) {
      const negate = g.startsWith('!');
      if (negate) g = g.slice(1);
      const dirOnly = g.endsWith('/');
      g = g.replace(/\/+$/, '');
      const anchored = g.includes('/');
      g = g.replace(/^\.?\//, '');
      if (!g) continue;
      try {
        list.push({ negate, dirOnly, anySegment: !anchored, test: picomatch(g, { dot: true }) });
      } catch {
        // parseConfig reported it
      }
    }
    compiledCache.set(config, list);
  }
  return list;
}

/**
 * Whether a file is ignored, `relativePath` being its path from the configuration file's folder
 * (`/` or `\` separators). Like .gitignore: a pattern without `/` matches a file or folder name at
 * any depth (`*.bak.md`, `草稿`); with `/` it is anchored at the folder (`2023/草稿/**`); a trailing
 * `/` matches folders only; a leading `!` takes a file back; the last matching pattern decides.
 */
export function isIgnored(config: GknbConfig, relativePath: string): boolean {
  if (!config.ignore.length) return false;
  const parts = relativePath.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (!parts.length) return false;
  const prefixes: string[] = [];
  for (let i = 0; i < parts.length; i++) prefixes.push(i ? `${prefixes[i - 1]}/${parts[i]}` : parts[0]);
  let ignored = false;
  for (const c of compile(config)) {
    const candidates = c.anySegment ? parts : prefixes;
    const last = c.dirOnly ? candidates.length - 1 : candidates.length;
    let hit = false;
    for (let i = 0; i < last && !hit; i++) hit = c.test(candidates[i]);
    if (hit) ignored = !c.negate;
  }
  return ignored;
}

/** Severity maps laid one over the other (later wins), rule names resolved to ids so an alias overrides its id. */
export function layerRules(...layers: (Record<string, SeveritySetting> | undefined)[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const layer of layers) for (const [name, value] of Object.entries(layer ?? {})) out[findRule(name)?.id ?? name] = value;
  return out;
}

/** The severities to use in the editor: those of the settings, then the file's on top (the file wins). */
export function mergeRules(base: Record<string, SeveritySetting>, config: GknbConfig): Record<string, SeveritySetting> {
  return layerRules(base, config.rules);
}
