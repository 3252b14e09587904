export * from './criteria';
export * from './evaluate-transition';
export * from './apply-transition';
export * from './validate-lifecycle';
export * from './replay';
export * from './almost-qualified';
