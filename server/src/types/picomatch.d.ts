/** The part of picomatch 4 that gknb uses (the package ships no types; @types/picomatch would be one more dependency). */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    strictBrackets?: boolean;
    nocase?: boolean;
  }
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): (path: string) => boolean;
    makeRe(glob: string, options?: PicomatchOptions): RegExp;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
