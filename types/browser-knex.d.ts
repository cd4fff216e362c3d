// The widget type check's stand-in for knex. The contract's types name `Knex.Transaction` for server
// handlers, and knex's own declarations would bring Node's globals (`process`, `Buffer`) into code
// that runs in browsers; widgets never touch a transaction, so an opaque type is all they need.
export declare namespace Knex {
  interface Transaction {
    readonly __serverOnly: true;
  }
}
