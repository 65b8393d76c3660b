// PDF.js ships no types for its worker module; the readers only hand it over to PDF.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
