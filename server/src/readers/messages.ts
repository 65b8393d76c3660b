/** The one clear sentence a reader gives for a document it cannot read (Chinese first, English available). */
export type ReaderProblem =
  | 'too-large' | 'not-zip' | 'zip-bomb' | 'encrypted-office' | 'not-word' | 'damaged-xml'
  | 'wps' | 'pdf-encrypted' | 'pdf-damaged' | 'pdf-no-text' | 'pdf-unmapped' | 'doc-damaged' | 'html-empty';

const TEXT: Record<ReaderProblem, { zh: string; en: string }> = {
  'too-large': { zh: '文件过大（{size} MB，上限 {limit} MB），未读取', en: 'file too large ({size} MB, limit {limit} MB), not read' },
  'not-zip': { zh: '文件已损坏或不是 Word 文档（.docx 应为 ZIP 包）', en: 'damaged file or not a Word document (a .docx is a ZIP package)' },
  'zip-bomb': { zh: '解压后超过 {limit} MB，疑似压缩炸弹，未读取', en: 'decompresses to more than {limit} MB (a zip bomb?), not read' },
  'encrypted-office': { zh: '文档设有打开密码（已加密），请在 Word/WPS 中取消密码后另存再检查', en: 'the document is password-protected (encrypted); remove the password in Word/WPS, save, and check again' },
  'not-word': { zh: '不是 Word 文档：包内没有 word/document.xml', en: 'not a Word document: the package has no word/document.xml' },
  'damaged-xml': { zh: 'Word 文档内容已损坏（XML 无法解析：{detail}）', en: 'the Word document is damaged (its XML cannot be parsed: {detail})' },
  wps: { zh: 'WPS 专有格式（.wps/.et/.dps）无法读取，请在 WPS 中另存为 .docx 或 .pdf 后再检查', en: 'WPS\'s own formats (.wps/.et/.dps) cannot be read; save as .docx or .pdf in WPS and check again' },
  'pdf-encrypted': { zh: 'PDF 设有密码（已加密），无法读取', en: 'the PDF is password-protected (encrypted) and cannot be read' },
  'pdf-damaged': { zh: 'PDF 文件已损坏，无法读取（{detail}）', en: 'the PDF is damaged and cannot be read ({detail})' },
  'pdf-no-text': { zh: 'PDF 没有文字层（扫描件），需先进行文字识别（OCR）', en: 'the PDF has no text layer (a scan); it needs OCR first' },
  'pdf-unmapped': { zh: 'PDF 的文字无法还原为汉字（所用字体缺少字符映射，复制出来也是乱码），请用原 Word 文件或网页版检查，或先进行文字识别（OCR）', en: 'the PDF\'s text cannot be turned back into Chinese characters (its fonts have no character map, so copied text is garbled too); check the original Word file or web page, or run OCR first' },
  'doc-damaged': { zh: 'Word 97-2003 文档（.doc）已损坏或已加密，无法读取（{detail}）', en: 'the Word 97-2003 document (.doc) is damaged or encrypted and cannot be read ({detail})' },
  'html-empty': { zh: '网页中没有正文文字', en: 'the web page has no text' },
};

/** A document that cannot be read, with its reason in both languages. */
export class ReaderError extends Error {
  constructor(readonly problem: ReaderProblem, readonly args: Record<string, string | number> = {}) {
    super(readerMessage(problem, args, 'en'));
  }
  text(lang: 'zh-cn' | 'en'): string {
    return readerMessage(this.problem, this.args, lang);
  }
}

/** A ReaderError from any bundle (the PDF reader is a bundle of its own, with its own copy of the class). */
export function isReaderError(e: unknown): e is ReaderError {
  return e instanceof Error && typeof (e as ReaderError).problem === 'string' && typeof (e as ReaderError).text === 'function';
}

export function readerMessage(problem: ReaderProblem, args: Record<string, string | number>, lang: 'zh-cn' | 'en'): string {
  const t = TEXT[problem][lang === 'en' ? 'en' : 'zh'];
  return t.replace(/\{(\w+)\}/g, (_, k) => String(args[k] ?? ''));
}

const NOTES = {
  'tracked-changes': { zh: '文档含修订（跟踪更改），已按“接受全部修订”读取', en: 'the document has tracked changes; read as if all were accepted' },
  comments: { zh: '文档含批注，批注未计入正文', en: 'the document has comments; they are left out of the text' },
};

export function noteMessage(note: keyof typeof NOTES, lang: 'zh-cn' | 'en'): string {
  return NOTES[note][lang === 'en' ? 'en' : 'zh'];
}
