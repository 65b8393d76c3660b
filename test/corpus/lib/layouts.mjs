/** The text renderings of each report: layout name, file name, and how it was made. */
export const RENDERINGS = [
  { layout: 'pdf-layout', file: 'pdf-layout.txt', how: 'pdftotext -layout of the LibreOffice PDF' },
  { layout: 'pdf-raw', file: 'pdf-raw.txt', how: 'pdftotext without -layout (a PDF viewer\'s copy)' },
  { layout: 'web', file: 'web.txt', how: 'document.body.innerText of the LibreOffice HTML in headless Chromium' },
  { layout: 'web-plain', file: 'web-plain.txt', how: 'the same page with plain <td> cells (as content systems publish), innerText' },
  { layout: 'word', file: 'word.txt', how: 'LibreOffice text export (txt:Text (encoded):UTF8), as copied out of Word' },
  { layout: 'markdown', file: 'report.md', how: 'Markdown with pipe tables, as people and converters write it' },
];
