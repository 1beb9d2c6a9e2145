/** Types of static-server.mjs, for the TypeScript tests. */
export declare const PAGES_DIR: string;

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export declare function startServer(options?: { root?: string; port?: number; host?: string }): Promise<FixtureServer>;

export declare const FIXTURES: {
  seeds: { seed: string; site: string; path: string }[];
  article: string;
  product: string;
  spa: { policy: string; other: string };
};
