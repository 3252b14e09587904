import type { WorkspaceApi } from '../../workspace-api';

/** What the Team screen reads, as the workspace API's queries give it. */
export type TeamOverview = Awaited<ReturnType<WorkspaceApi['queries']['teamOverview']>>;
export type TeamRow = TeamOverview['rows'][number];
export type DeactivationPreview = NonNullable<Awaited<ReturnType<WorkspaceApi['queries']['deactivationPreview']>>>;
export type PreviewPart = DeactivationPreview['leads'];
export type PreviewRow = PreviewPart['first'][number];
