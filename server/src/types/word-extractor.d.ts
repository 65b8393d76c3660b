// word-extractor ships no types; the .doc reader uses extract() and the document's getBody().
declare module 'word-extractor';
