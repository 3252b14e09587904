/** CSV import: bytes → text → rows → mapped candidates → a dedupe plan. Pure: the renderer's worker reads the file and writes the plan. */
export * from './decode-csv';
export * from './parse-csv';
export * from './read-csv-file';
export * from './import-mapping';
export * from './preset-headers';
export * from './detect-preset';
export * from './stage-values';
export * from './parse-date';
export * from './parse-values';
export * from './typo-check';
export * from './import-issue';
export * from './import-candidates';
export type { DateColumnReading, OwnerRef } from './row-reader';
export * from './map-rows';
export * from './preview-import';
export * from './plan-dedupe';
export * from './link-records';
export * from './row-errors-csv';
