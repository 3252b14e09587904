export * from './report-schemas';
export * from './report-table';
export * from './win-rates';
export * from './deal-time-in-stage';
export * from './tasks-by-rep';
export * from './volume-sla-report';
export * from './role-dashboards';
export * from './calibration-report';
