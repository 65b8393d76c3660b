/**
 * Texts about the configuration file (.gknbrc.json) and the inline exception comments
 * (<!-- gknb-disable … -->), Chinese first with English. Same template pattern as messages.ts:
 * {name} slots, user text clipped so a message stays short whatever the input.
 */
import { catalogMessage, catalogTranslator, Locale } from './messages';

const catalog = {
  // .gknbrc.json
  'config.syntax': { zh: 'gknb 配置文件有语法错误：{error}（第 {line} 行第 {column} 列）。修正之前使用默认设置', en: 'The gknb configuration file has a syntax error: {error} (line {line}, column {column}). The defaults apply until it is fixed' },
  'config.notObject': { zh: 'gknb 配置文件应为一个 JSON 对象（{ … }）。修正之前使用默认设置', en: 'The gknb configuration file must hold one JSON object ({ … }). The defaults apply until it is fixed' },
  'config.unreadable': { zh: '无法读取 gknb 配置文件：{error}。使用默认设置', en: 'The gknb configuration file cannot be read: {error}. The defaults apply' },
  'config.unknownKey': { zh: '未知的配置项“{key}”，已忽略（可用：{known}）', en: 'Unknown setting “{key}”, ignored (known: {known})' },
  'config.unknownRule': { zh: '未知的规则“{rule}”，已忽略（运行 gknb rules 列出全部规则）', en: 'Unknown rule “{rule}”, ignored (gknb rules lists them all)' },
  'config.badSeverity': { zh: '规则“{rule}”的级别“{value}”无效，应为 off、hint、information、warning 或 error；已忽略', en: 'Severity “{value}” of rule “{rule}” is not one of off, hint, information, warning, error; ignored' },
  'config.badValue': { zh: '“{key}”的值无效，应为 {expected}；已忽略', en: 'Invalid value for “{key}”: expected {expected}; ignored' },
  'config.badGlob': { zh: '忽略模式“{glob}”无效：{error}；已忽略', en: 'Ignore pattern “{glob}” is invalid: {error}; ignored' },
  'config.expected.object': { zh: '对象 { … }', en: 'an object { … }' },
  'config.expected.strings': { zh: '字符串数组，如 ["草稿/**"]', en: 'an array of strings, e.g. ["drafts/**"]' },
  'config.expected.oneOf': { zh: '{values} 之一', en: 'one of {values}' },
  // JSON syntax errors (jsonc-parser's codes)
  'json.InvalidSymbol': { zh: '无效的符号', en: 'invalid symbol' },
  'json.InvalidNumberFormat': { zh: '数字格式错误', en: 'invalid number' },
  'json.PropertyNameExpected': { zh: '缺少属性名（属性名要用双引号）', en: 'property name expected (in double quotes)' },
  'json.ValueExpected': { zh: '缺少值', en: 'value expected' },
  'json.ColonExpected': { zh: '缺少冒号“:”', en: 'colon expected' },
  'json.CommaExpected': { zh: '缺少逗号“,”', en: 'comma expected' },
  'json.CloseBraceExpected': { zh: '缺少右花括号“}”', en: 'closing brace expected' },
  'json.CloseBracketExpected': { zh: '缺少右方括号“]”', en: 'closing bracket expected' },
  'json.EndOfFileExpected': { zh: '对象结束后还有多余内容', en: 'end of file expected' },
  'json.InvalidCommentToken': { zh: '注释格式错误', en: 'invalid comment' },
  'json.UnexpectedEndOfComment': { zh: '注释没有结束（缺少“*/”）', en: 'unterminated comment' },
  'json.UnexpectedEndOfString': { zh: '字符串没有结束（缺少右引号）', en: 'unterminated string' },
  'json.UnexpectedEndOfNumber': { zh: '数字不完整', en: 'unterminated number' },
  'json.InvalidUnicode': { zh: '无效的 Unicode 转义', en: 'invalid Unicode escape' },
  'json.InvalidEscapeCharacter': { zh: '无效的转义字符', en: 'invalid escape character' },
  'json.InvalidCharacter': { zh: '无效的字符（字符串中不能有换行或控制字符）', en: 'invalid character' },
  // Inline exceptions
  'disable.unused': { zh: '此例外注释没有屏蔽任何问题，可以删除', en: 'This exception comment suppresses nothing; it can be removed' },
  'disable.unusedRule': { zh: '此例外注释中的“{rule}”没有屏蔽任何问题，可以删除', en: '“{rule}” in this exception comment suppresses nothing; it can be removed' },
  'disable.unmatchedEnable': { zh: '此 gknb-enable 之前没有对应的 gknb-disable', en: 'This gknb-enable has no gknb-disable before it' },
  'disable.unknownRule': { zh: '例外注释中的“{rule}”不是 gknb 的规则，此项不起作用（运行 gknb rules 列出全部规则）', en: '“{rule}” in this exception comment is not a gknb rule and has no effect (gknb rules lists them all)' },
  'disable.unknownDirective': { zh: '未知的 gknb 注释“{directive}”，应为 gknb-disable-next-line、gknb-disable、gknb-enable 或 gknb-disable-file', en: 'Unknown gknb comment “{directive}”: use gknb-disable-next-line, gknb-disable, gknb-enable or gknb-disable-file' },
  'disable.fix.remove': { zh: '删除此例外注释', en: 'Remove this exception comment' },
  'disable.fix.removeRule': { zh: '从例外注释中删除“{rule}”', en: 'Remove “{rule}” from this exception comment' },
  'disable.fix.line': { zh: '忽略此处（{rule}）', en: 'Ignore here ({rule})' },
  'disable.fix.table': { zh: '忽略此处：在此表格中忽略 {rule}', en: 'Ignore here: ignore {rule} in this table' },
  'disable.fix.file': { zh: '在此文件中忽略 {rule}', en: 'Ignore {rule} in this file' },
} as const;

export type ConfigMessageKey = keyof typeof catalog;
export type ConfigParams = Record<string, string | number>;

export function configMessage(locale: Locale, key: ConfigMessageKey, params: ConfigParams = {}): string {
  return catalogMessage(catalog, locale, key, params);
}

export type ConfigTranslate = (key: ConfigMessageKey, params?: ConfigParams) => string;

export function configTranslator(locale: Locale): ConfigTranslate {
  return catalogTranslator(catalog, locale);
}
