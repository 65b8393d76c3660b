/**
 * Word's automatic numbering (numbering.xml): the “一、” and “（一）” that Word draws before a paragraph
 * but does not store in its text. Without them a section heading “一、总体情况” reads as “总体情况”.
 */

interface Level { format: string; text: string; start: number }

export interface NumberingDefinitions {
  /** numId → abstractNumId, with per-level start overrides. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** abstractNumId → levels. */
  abstracts: Map<string, Map<number, Level>>;
}

export function emptyNumbering(): NumberingDefinitions {
  return { nums: new Map(), abstracts: new Map() };
}

const CHINESE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (reports number sections and items well below a hundred). */
function chinese(n: number): string {
  if (n < 10) return CHINESE[n];
  if (n < 20) return '十' + (n % 10 ? CHINESE[n % 10] : '');
  if (n < 100) return CHINESE[Math.floor(n / 10)] + '十' + (n % 10 ? CHINESE[n % 10] : '');
  return String(n);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
      return format === 'ideographTraditional' ? '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n) : chinese(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= 20 ? String.fromCharCode(0x245f + n) : String(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case 'upperLetter':
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts the numbered paragraphs of a document in order and gives each its label. */
export class NumberingCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label Word shows before a paragraph with this numId and level ('' for bullets or unknown lists). */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === 'bullet') return '';
    const counts = this.counts.get(num.abstract) ?? [];
    this.counts.set(num.abstract, counts);
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // A higher level going on restarts the levels below it.
    counts.length = ilvl + 1;
    return level.text.replace(/%(\d)/g, (_, d) => {
      const l = Number(d) - 1;
      const lvl = levels.get(l);
      return formatNumber(counts[l] ?? startOf(l), lvl?.format ?? 'decimal');
    });
  }
}
