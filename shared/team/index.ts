export * from './team-errors';
export * from './calendar-validation';
export * from './member-validation';
export * from './team-authority';
export * from './reassignment';
