/** What every reader gives back: the report as Markdown, and the way from that text back to the source. */

/** A place in the source document, as a person finds it there (all numbers 1-based). */
export interface SourcePlace {
  /** PDF page. */
  page?: number;
  /** Word: the paragraph's index among the document's body paragraphs. */
  paragraph?: number;
  /** The first words of the paragraph (Word, PDF prose), to find it by eye. */
  quote?: string;
  /** Table number in the document, its grid row and column (merged cells expanded). */
  table?: number;
  row?: number;
  column?: number;
  /** HTML: the source line of the element. */
  line?: number;
}

export type SourceKind = 'docx' | 'doc' | 'html' | 'pdf';

export interface SourceMap {
  /** The place behind a character of the Markdown text (0-based line and UTF-16 column). */
  at(line: number, character?: number): SourcePlace | undefined;
}

export interface ReadResult {
  kind: SourceKind;
  text: string;
  map: SourceMap;
  /** Things the reader did that the user should know once (tracked changes accepted, comments left out). */
  notes: ReaderNote[];
}

export type ReaderNote = 'tracked-changes' | 'comments';

/** One cell of a table grid once merged cells are expanded. */
export interface GridCell {
  text: string;
  /** Covered by a merged cell that starts above (vMerge/rowspan) or to the left (gridSpan/colspan). */
  covered?: 'above' | 'left';
  place: SourcePlace;
  /** PDF: the cell's text runs to its right border (it wrapped there). */
  full?: boolean;
  /** PDF, a cell not full: how many character widths its last line leaves before the right border. */
  room?: number;
}
