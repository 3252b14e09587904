export * from './assign-persona';
export * from './validate-personas';
export * from './title-pattern-test';
export * from './quote-search';
export * from './quotes-csv';
export * from './suggest-content';
