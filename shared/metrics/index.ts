export * from './scope';
export * from './funnel';
export * from './durations';
export * from './bottleneck';
export * from './pipeline-and-tasks';
export * from './role-kpis';
export * from './trend';
