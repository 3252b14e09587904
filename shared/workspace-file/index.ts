/** The workspace file: a versioned, streamed, checksummed file of a whole workspace, and the merge rule for importing one. */
export * from './format';
export * from './checksum';
export * from './encode';
export * from './decode';
export * from './merge';
export * from './decode-text';
