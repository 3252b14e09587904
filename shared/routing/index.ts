export * from './route-contact';
export * from './analyse-rules';
export * from './routing-facts';
export * from './assign-contact';
export * from './validate-routing-rules';
