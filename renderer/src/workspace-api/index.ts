/** The open workspace's typed API: the only door from features to data. */
export { createWorkspaceApi, type WorkspaceApi } from './workspace-api';
export { WorkspaceApiProvider, useWorkspaceApi, useWorkspaceQuery } from './WorkspaceApiProvider';
export type { ApiContext } from './context';
export type { FunnelClient, FunnelLoadProgress, FunnelShape } from './funnel-client';
export type { EditResult, FieldError, LoggedActivity, ProfilePatch } from '../db/repositories/contact-edit-repository';
export type { StageAction, StageActionResult } from '../db/repositories/lifecycle-actions-repository';
export type { Duplicate, QuickAddInput, MergeOutcome } from '../db/repositories/contact-create-repository';
export type { ContactRecordData } from '../db/repositories/contact-record-repository';
export type { LeadIndex } from '../db/repositories/leads-repository';
export type { BulkResult } from '../db/repositories/bulk-actions-repository';
export type { AlmostQualifiedFix } from '../db/repositories/almost-qualified-repository';
export type { ActiveDesign } from '../db/repositories/scoring-context-repository';
export type { CreateDealInput } from './actions/create-deal';
export type { PipelineTemplate } from './actions/edit-pipelines';
export type { FoundRecords } from './queries/find-records';
export type { BoardData, DealRecordData, NextTask } from './queries/board';
export type { DealMoved } from '../db/repositories/deal-outcome-repository';
export { useWorkspace, useWorkspaceList, registry, type WorkspaceEntry } from './workspaces';
