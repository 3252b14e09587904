export * from './working-time';
export * from './sla-status';
