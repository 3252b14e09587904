export * from './plan-threshold-actions';
