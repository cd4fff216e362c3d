// The widget type check's stand-in for the one Node type the contract names (the stream of an
// uploaded file, handed to server handlers). Opaque: widgets can neither make nor read one, and no
// Node global (`process`, `Buffer`, `require`) exists in this check.
declare namespace NodeJS {
  interface ReadableStream {
    readonly __serverOnly: true;
  }
}
