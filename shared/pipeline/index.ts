export * from './board';
export * from './deal-history';
export * from './plan-deal-move';
export * from './edit-stages';
export * from './edit-deal';
export * from './edit-pipelines';
