export * from './working-time';
export * from './sla-status';
export * from './stage-sla';
export * from './volume-sla';
