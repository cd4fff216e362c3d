// The test runner's mocha globals, declared here rather than adding @types/mocha for six names.
type MochaDone = (error?: unknown) => void;
type MochaBody = (this: unknown, done: MochaDone) => void | Promise<unknown>;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaBody | (() => void | Promise<unknown>)): void;
declare function before(body: MochaBody | (() => void | Promise<unknown>)): void;
declare function after(body: MochaBody | (() => void | Promise<unknown>)): void;
declare function beforeEach(body: MochaBody | (() => void | Promise<unknown>)): void;
declare function afterEach(body: MochaBody | (() => void | Promise<unknown>)): void;
