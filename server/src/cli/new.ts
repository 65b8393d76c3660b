/** `gknb new --from <last year's report> [-o <file>]`: this year's report from last year's (writers/next-year.ts). */
import path = require('path');
import { nextYearFileName, nextYearReport } from '../writers/next-year';
import { readReport, Lang } from './read';
import { writeNew } from './write-new';

export interface NewArgs { from?: string; output?: string; force: boolean }
interface Io { stdout: (s: string) => void; stderr: (s: string) => void }

const TEXT: Record<Lang, Record<string, string>> = {
  'zh-cn': {
    usage: '用法：gknb new --from <上年报告> [-o <新报告>] [--force]',
    'not-report': '看起来不是政府信息公开工作年度报告',
    'no-year': '无法确定上年报告的年份（标题中应有“××××年”）',
    written: '已写入 {file}（{year} 年度报告，由 {from} 年度报告新建{carried}）',
    carried: '；“二、上年结转”已按上年“四、结转下年度继续办理”填写',
  },
  en: {
    usage: 'usage: gknb new --from <last year’s report> [-o <new report>] [--force]',
    'not-report': 'does not look like a Government Information Disclosure Annual Report',
    'no-year': 'cannot tell the year of last year’s report (the title should name it)',
    written: 'wrote {file} (the {year} report, made from the {from} report{carried})',
    carried: '; 二、上年结转 filled from last year’s 四、结转下年度继续办理',
  },
};

function say(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (_m, k) => String(vars[k] ?? ''));
}

export function runNew(args: NewArgs, lang: Lang, io: Io): number {
  if (!args.from) { io.stderr(`gknb: ${say(lang, 'usage')}`); return 2; }
  const { text, error } = readReport(args.from, lang);
  if (text === undefined) { io.stderr(`gknb: ${args.from}: ${error}`); return 2; }
  const made = nextYearReport(text);
  if (typeof made === 'string') { io.stderr(`gknb: ${args.from}: ${say(lang, made)}`); return 2; }
  if (args.output === '-') { io.stdout(made.text.replace(/\n$/, '')); return 0; }
  const out = args.output ?? path.join(path.dirname(args.from), nextYearFileName(path.basename(args.from), made.fromYear, made.year));
  if (!writeNew(out, made.text, args.force, lang, io.stderr)) return 2;
  io.stderr(say(lang, 'written', { file: out, year: made.year, from: made.fromYear, carried: made.carried ? say(lang, 'carried') : '' }));
  return 0;
}
