export * from './plan-threshold-actions';
export * from './rescore-change';
