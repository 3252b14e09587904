export * from './simulate-funnel';
export * from './plan-inputs';
export * from './calibrate';
export * from './role-targets';
