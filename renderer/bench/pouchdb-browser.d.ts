// pouchdb-browser ships no types; the sync benchmark page uses a sliver of it.
declare module 'pouchdb-browser' {
  type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number; doc_write_failures: number };
  type Database = {
    bulkDocs(docs: unknown[], options?: Record<string, unknown>): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<void>;
    close(): Promise<void>;
  };
  type PouchStatic = {
    new (name: string, options?: Record<string, unknown>): Database;
    replicate(source: Database | string, target: Database | string, options?: Record<string, unknown>): Promise<ReplicationResult>;
  };
  const PouchDB: PouchStatic;
  export default PouchDB;
}
