// Types of scripts/jsonl.mjs, for the unit tests.
export declare function readJsonl(file: string, options?: { missingOk?: boolean }): unknown[];
