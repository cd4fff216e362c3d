/**
 * Compile-time checks for a plugin's `*.test-d.ts` files, which the widgets' type check reads and
 * nothing runs: `type _ = Expect<SameShape<A, B>>` fails to compile unless each of A and B is
 * assignable to the other (the same JSON shape, however each was written down).
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Expect<T extends true> = T;
