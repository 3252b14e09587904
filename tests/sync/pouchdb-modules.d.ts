// The test server's packages ship no types; the suite uses a sliver of each.
declare module 'pouchdb-core' {
  type PouchStatic = {
    plugin(plugin: unknown): PouchStatic;
    defaults(options: Record<string, unknown>): PouchStatic;
    replicate(source: string | object, target: string | object, options?: Record<string, unknown>): Promise<{ docs_written: number; ok: boolean }>;
    new (
      name: string,
      options?: Record<string, unknown>,
    ): {
      bulkDocs(docs: unknown[], options?: Record<string, unknown>): Promise<unknown[]>;
      info(): Promise<{ doc_count: number }>;
      destroy(): Promise<void>;
    };
  };
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  type App = { listen(port: number, host: string, ready: () => void): Server };
  const expressPouchdb: (pouch: unknown, options?: Record<string, unknown>) => App;
  export default expressPouchdb;
}
