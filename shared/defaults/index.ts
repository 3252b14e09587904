export * from './default-lifecycle';
export * from './default-pipelines';
export * from './default-scoring-model';
export * from './default-calendar';
export * from './empty-workspace';
