// An esbuild plugin for the PDF reader's bundle: PDF.js's worker side without the font files it builds for
// drawing. For every embedded font PDF.js parses the font program (glyph names, encoding, widths, font
// matrix: what text extraction needs) and then compiles it again as an OpenType file (CFF compiler, OS/2,
// cmap, hmtx… tables) for a browser to draw with: a third of the CPU of reading a PDF (bench/README.md).
// gknb reads text and ruling lines and draws nothing, so the compiled file is not made: the font's `data` is
// null, which PDF.js itself treats as "no font file to draw with" (no glyph outlines, no font face).
// Each edit must match exactly once, else the build fails: a new pdfjs-dist is looked at, not patched blind.
import { readFile } from 'node:fs/promises';

const EDITS = [
  // CFFFont (Type1C, CIDFontType0C): parsed, not compiled back.
  ['      this.data = compiler.compile();\n    } catch {\n      warn("Failed to compile font "', '      this.data = null;\n    } catch {\n      warn("Failed to compile font "'],
  // Type1Font: parsed, not wrapped as CFF.
  ['    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);', '    this.data = null;'],
  // Font.convert (Type1, CFF): the glyph mapping and accents are worked out; the OpenType file is not built.
  ['    const builder = new OpenTypeFileBuilder("\\x4F\\x54\\x54\\x4F");', '    return null;\n    const builder = new OpenTypeFileBuilder("\\x4F\\x54\\x54\\x4F");'],
  // Font.checkAndRepair (TrueType, OpenType): its tables are read and repaired as before; the CFF table of an
  // OpenType font is not compiled back and the file is not assembled.
  ['        tables["CFF "].data = compiler.compile();', '        tables["CFF "].data = null;'],
  ['    const builder = new OpenTypeFileBuilder(header.version);', '    return null;\n    const builder = new OpenTypeFileBuilder(header.version);'],
];

export const pdfjsTextOnly = {
  name: 'pdfjs-text-only',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => {
      let code = await readFile(args.path, 'utf8');
      for (const [from, to] of EDITS) {
        const at = code.indexOf(from);
        if (at < 0 || code.indexOf(from, at + 1) >= 0) throw new Error(`pdfjs-text-only: expected exactly one ${JSON.stringify(from.slice(0, 60))} in ${args.path}`);
        code = code.slice(0, at) + to + code.slice(at + from.length);
      }
      return { contents: code, loader: 'js' };
    });
  },
};
