// Types of the parts of scripts/eval-classify.mjs that tests/unit/eval-interval.test.ts uses.
interface Row { id: string; categories: string[] }
interface PRF { precision: number; recall: number; f1: number }
export declare function score(categories: string[], rows: Row[], predicted: string[][]): { micro: PRF & { support: number }; macro: PRF };
export declare function policyBootstrap(categories: string[], rows: Row[], predicted: string[][], random: () => number, draws?: number): { draws: number; micro: [number, number]; macro: [number, number] };
