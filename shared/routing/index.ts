export * from './route-contact';
export * from './analyse-rules';
