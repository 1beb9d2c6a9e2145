// Types of scripts/near-repeats.mjs, for tests/unit/annotated.test.ts.
export declare const wordKey: (text: string) => string;
export declare function shingles(text: string): Set<string>;
export declare function overlap(a: Set<string>, b: Set<string>): number;
export declare function nearRepeatIndex(texts: string[], threshold?: number): { repeatsOf(text: string): number[] };
