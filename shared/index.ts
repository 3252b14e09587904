/** Baton's domain API: pure functions over plain data, usable without the UI. */
export * from './model';
export * from './defaults';
export * from './conditions/field-condition';
export * from './lifecycle';
export * from './scoring/engagement';
export * from './scoring/fit';
export * from './scoring/bant';
export * from './scoring/score-contact';
export * from './scoring/score-all';
export * from './scoring/thresholds';
export * from './scoring/calibration';
export * from './scoring/cached-scores';
export * from './automation';
export * from './contacts/merge-contacts';
export * from './contacts/duplicates';
export * from './contacts/contact-match';
export * from './text/word-match';
export * from './icp/icp-fit';
export * from './personas/assign-persona';
export * from './sla';
export * from './routing';
export * from './metrics';
export * from './forecast';
export * from './pipeline';
export * from './simulator';
export { generateDemoWorkspace, defaultDemoSize, type DemoOptions } from './demo/generate-workspace';

import { createDefaultLifecycle } from './defaults/default-lifecycle';
import { createDefaultScoringModel } from './defaults/default-scoring-model';
/** The default lifecycle and scoring model of DOMAIN.md, stamped at the Unix epoch: reference data for tools. */
export const defaultLifecycle = createDefaultLifecycle(0, '00000000-0000-7000-8000-000000000001');
export const defaultScoringModel = createDefaultScoringModel(0, '00000000-0000-7000-8000-000000000002');
export * from './leads/lead-query';
export * from './leads/lead-row';
export * from './leads/leads-csv';
export * from './leads/lead-view';
export * from './contacts/consent';
export * from './contacts/merge-edit';
