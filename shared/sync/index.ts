/** Sync through the CouchDB replication protocol: the pure parts (docs/sync.md). */
export * from './hlc';
export * from './document';
export * from './merge';
export * from './connection';
export * from './settings';
