import type { z } from 'zod';
import { activitySchema } from './activity';
import { assignmentSchema } from './assignment';
import { notificationSchema } from './notification';
import { companySchema } from './company';
import { contactSchema } from './contact';
import { dealSchema } from './deal';
import { dealMoveSchema } from './deal-move';
import { icpSchema } from './icp';
import { lifecycleDefinitionSchema } from './lifecycle';
import { personaSchema } from './persona';
import { vocQuoteSchema } from './voc-quote';
import { contentAssetSchema } from './content-asset';
import { pipelineSchema } from './pipeline';
import { routingRuleSchema } from './routing-rule';
import { scoringModelSchema } from './scoring-model';
import { stageTransitionSchema } from './stage-transition';
import { taskSchema } from './task';
import { teamMemberSchema } from './team-member';
import { workspaceMetaSchema } from './workspace-meta';
import { leadViewSchema } from '../leads/lead-view';
import { designVersionSchema } from '../design/design-version';
import { roleTargetsSchema } from '../design/funnel-design';

/** Every table of a workspace with the schema of its records: storage, export and sync share it. */
export const workspaceTableSchemas = {
  meta: workspaceMetaSchema,
  teamMembers: teamMemberSchema,
  companies: companySchema,
  contacts: contactSchema,
  activities: activitySchema,
  deals: dealSchema,
  dealMoves: dealMoveSchema,
  pipelines: pipelineSchema,
  tasks: taskSchema,
  personas: personaSchema,
  icps: icpSchema,
  scoringModels: scoringModelSchema,
  lifecycles: lifecycleDefinitionSchema,
  routingRules: routingRuleSchema,
  transitions: stageTransitionSchema,
  assignments: assignmentSchema,
  notifications: notificationSchema,
  leadViews: leadViewSchema,
  // The funnel design's saved versions and each role's KPI targets travel with the workspace. The
  // CSV imports' records stay on this machine: their rollback undoes a batch of this database's change log.
  designVersions: designVersionSchema,
  roleTargets: roleTargetsSchema,
  quotes: vocQuoteSchema,
  contentAssets: contentAssetSchema,
} as const;

export type WorkspaceTableName = keyof typeof workspaceTableSchemas;
export const workspaceTableNames = Object.keys(workspaceTableSchemas) as WorkspaceTableName[];

/** A whole workspace as plain arrays, one per table. */
export type WorkspaceData = { [K in WorkspaceTableName]: z.infer<(typeof workspaceTableSchemas)[K]>[] };
