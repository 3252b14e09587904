import { addTaskAction } from './actions/add-task';
import { bulkAddTagAction, bulkChangeOwnerAction, bulkRecycleAction } from './actions/bulk';
import { changeStageAction } from './actions/change-stage';
import { closeDealAction } from './actions/close-deal';
import { createDealAction } from './actions/create-deal';
import { applyDesignVersionAction, importDesignAction, saveDesignVersionAction } from './actions/design-versions';
import { createPipelineAction, deletePipelineAction, renamePipelineAction } from './actions/edit-pipelines';
import { fixAlmostQualifiedAction } from './actions/fix-almost-qualified';
import { rollbackImportAction } from './actions/import';
import { deleteLeadViewAction, saveLeadViewAction } from './actions/lead-views';
import { deleteContentAssetAction, deleteQuoteAction, importQuotesAction, saveContentAssetAction, saveQuoteAction } from './actions/library';
import { logActivityAction } from './actions/log-activity';
import { mergeContactsAction } from './actions/merge-contacts';
import { moveDealAction } from './actions/move-deal';
import { quickAddAction } from './actions/quick-add';
import { rateBantAction } from './actions/rate-bant';
import { recordConsentAction } from './actions/record-consent';
import { reevaluateHandOffsAction } from './actions/reevaluate-hand-offs';
import { setHandOffThresholdAction } from './actions/set-hand-off-threshold';
import { setTaskDoneAction } from './actions/set-task-done';
import { saveSyncSettingsAction, setSyncSwitchesAction } from './actions/sync';
import { addMemberAction, deactivateMemberAction, reactivateMemberAction, updateMemberAction } from './actions/team';
import { undoBatchAction } from './actions/undo';
import { updateDealAction } from './actions/update-deal';
import { updateLifecycleAction } from './actions/update-lifecycle';
import { updatePipelineStagesAction } from './actions/update-pipeline-stages';
import { updateProfileAction } from './actions/update-profile';
import { updateRoutingRulesAction } from './actions/update-routing-rules';
import { updateScoringModelAction } from './actions/update-scoring-model';
import { boardQuery, dealRecordQuery, dealSetQuery } from './queries/board';
import { latestChangeQuery } from './queries/changes';
import { pipelinesQuery } from './queries/pipelines';
import { contactRecordQuery } from './queries/contact-record';
import { activeDesignQuery, activeLifecycleQuery } from './queries/design';
import { simulatorDesignQuery } from './queries/simulator-design';
import { designDiffQuery, designVersionsQuery, exportDesignQuery, liveDesignQuery } from './queries/design-versions';
import { duplicatesQuery } from './queries/duplicates';
import { findRecordsQuery } from './queries/find-records';
import { importRecordQuery, importsQuery } from './queries/imports';
import { contactsChangedQuery, firstLeadRowsQuery, leadIndexQuery, mergedLeadIndexQuery } from './queries/lead-index';
import { leadViewsQuery } from './queries/lead-views';
import { personaLibraryQuery, suggestedContentQuery } from './queries/persona-library';
import { companyNamesQuery, contactSummariesQuery, personasQuery, teamQuery } from './queries/people';
import { almostQualifiedQuery, hotThisWeekQuery } from './queries/queues';
import { inboxQuery } from './queries/inbox';
import { markNotificationsReadAction } from './actions/inbox';
import { deactivationPreviewQuery, teamOverviewQuery } from './queries/team';
import { routingDesignQuery } from './queries/routing-design';
import { syncOverviewQuery } from './queries/sync';

/**
 * Every action of an open workspace: the only way features change data. Adding one is one file
 * in actions/ and one line here; each runs through the write path (one transaction, change log).
 */
export const actionRegistry = {
  markNotificationsRead: markNotificationsReadAction,
  addMember: addMemberAction,
  addTask: addTaskAction,
  applyDesignVersion: applyDesignVersionAction,
  bulkAddTag: bulkAddTagAction,
  bulkChangeOwner: bulkChangeOwnerAction,
  bulkRecycle: bulkRecycleAction,
  changeStage: changeStageAction,
  closeDeal: closeDealAction,
  createDeal: createDealAction,
  createPipeline: createPipelineAction,
  deactivateMember: deactivateMemberAction,
  deleteLeadView: deleteLeadViewAction,
  deletePipeline: deletePipelineAction,
  deleteContentAsset: deleteContentAssetAction,
  deleteQuote: deleteQuoteAction,
  fixAlmostQualified: fixAlmostQualifiedAction,
  importDesign: importDesignAction,
  importQuotes: importQuotesAction,
  logActivity: logActivityAction,
  mergeContacts: mergeContactsAction,
  moveDeal: moveDealAction,
  quickAdd: quickAddAction,
  rateBant: rateBantAction,
  reactivateMember: reactivateMemberAction,
  recordConsent: recordConsentAction,
  renamePipeline: renamePipelineAction,
  reevaluateHandOffs: reevaluateHandOffsAction,
  rollbackImport: rollbackImportAction,
  saveDesignVersion: saveDesignVersionAction,
  saveLeadView: saveLeadViewAction,
  saveContentAsset: saveContentAssetAction,
  saveQuote: saveQuoteAction,
  setHandOffThreshold: setHandOffThresholdAction,
  setTaskDone: setTaskDoneAction,
  saveSyncSettings: saveSyncSettingsAction,
  setSyncSwitches: setSyncSwitchesAction,
  undoBatch: undoBatchAction,
  updateDeal: updateDealAction,
  updateLifecycle: updateLifecycleAction,
  updateMember: updateMemberAction,
  updatePipelineStages: updatePipelineStagesAction,
  updateProfile: updateProfileAction,
  updateRoutingRules: updateRoutingRulesAction,
  updateScoringModel: updateScoringModelAction,
};

/** Every read of an open workspace; features run them as live queries (useWorkspaceQuery). */
export const queryRegistry = {
  activeDesign: activeDesignQuery,
  activeLifecycle: activeLifecycleQuery,
  almostQualified: almostQualifiedQuery,
  board: boardQuery,
  companyNames: companyNamesQuery,
  contactRecord: contactRecordQuery,
  contactSummaries: contactSummariesQuery,
  dealRecord: dealRecordQuery,
  deactivationPreview: deactivationPreviewQuery,
  dealSet: dealSetQuery,
  designDiff: designDiffQuery,
  designVersions: designVersionsQuery,
  exportDesign: exportDesignQuery,
  contactsChanged: contactsChangedQuery,
  duplicates: duplicatesQuery,
  findRecords: findRecordsQuery,
  firstLeadRows: firstLeadRowsQuery,
  hotThisWeek: hotThisWeekQuery,
  importRecord: importRecordQuery,
  imports: importsQuery,
  inbox: inboxQuery,
  latestChange: latestChangeQuery,
  leadIndex: leadIndexQuery,
  leadViews: leadViewsQuery,
  liveDesign: liveDesignQuery,
  mergedLeadIndex: mergedLeadIndexQuery,
  personas: personasQuery,
  personaLibrary: personaLibraryQuery,
  suggestedContent: suggestedContentQuery,
  pipelines: pipelinesQuery,
  routingDesign: routingDesignQuery,
  simulatorDesign: simulatorDesignQuery,
  syncOverview: syncOverviewQuery,
  team: teamQuery,
  teamOverview: teamOverviewQuery,
};
