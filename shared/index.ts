/** Baton's domain API: pure functions over plain data, usable without the UI. */
export * from './model';
export * from './defaults';
export * from './scoring/engagement';
export { generateDemoWorkspace, defaultDemoSize, type DemoOptions } from './demo/generate-workspace';
