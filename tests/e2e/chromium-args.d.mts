/** Types of chromium-args.mjs, for the TypeScript tests. */
export declare function chromiumArgs(options: { extensionDir: string; profile: string; examplePort?: number; extra?: string[] }): string[];
