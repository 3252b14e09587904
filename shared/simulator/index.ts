export * from './simulate-funnel';
