import { lifecycleStageIds, recycleReasons, type RecycleReason } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Pipeline } from '../model/pipeline';
import { headerKey } from './preset-headers';

/** How a foreign value found its Baton stage, shown beside it in the mapping step. */
export type StageMatch = 'id' | 'name' | 'synonym' | 'outcome' | 'chosen';

/** One distinct value of a stage column and where it goes; `stageId: null` = known, but says nothing about the stage. */
export type StageValueEntry = { value: string; stageId: string | null; via: StageMatch; rows: number };

export type StageValueMapping = { entries: StageValueEntry[]; unknown: { value: string; rows: number }[] };

const synonyms = (table: Record<string, readonly string[]>): Map<string, string> =>
  new Map(Object.entries(table).flatMap(([id, words]) => words.map((w) => [headerKey(w), id] as const)));

/** HubSpot lifecycle ids and labels, Salesforce and Korean wording → Baton lifecycle stages (DOMAIN.md §9). */
const lifecycleSynonyms = synonyms({
  prospect: ['prospect', 'suspect', 'visitor', '잠재 고객', '잠재고객'],
  subscriber: ['subscriber', '구독자'],
  lead: ['lead', '리드'],
  mql: ['mql', 'marketingqualifiedlead', 'Marketing Qualified Lead', '마케팅 적격 리드'],
  sql: ['sql', 'sal', 'SAL/SQL', 'salesqualifiedlead', 'Sales Qualified Lead', 'Sales Accepted Lead', '영업 적격 리드', '영업 승인 리드'],
  opportunity: ['opportunity', 'sqo', '영업 기회'],
  customer: ['customer', 'evangelist', '고객'],
  recycled: ['recycled', '재활용'],
  disqualified: ['disqualified', 'unqualified', '부적격'],
});

/** Lead statuses that decide a stage; the others (New, Open, Working - Contacted…) are known and leave the stage alone. */
const leadStatusSynonyms = synonyms({
  disqualified: ['UNQUALIFIED', 'Closed - Not Converted', 'Disqualified', '부적격'],
  recycled: ['BAD_TIMING', 'Recycled', 'Nurture', '재활용'],
  opportunity: ['OPEN_DEAL', 'Closed - Converted'],
  '': ['NEW', 'OPEN', 'IN_PROGRESS', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'Open - Not Contacted', 'Working - Contacted', 'Working', '신규', '진행 중'],
});

/** HubSpot, Pipedrive, Salesforce and Maven deal stages → the default sales pipeline's stage ids. */
const dealSynonyms = synonyms({
  to_contact: ['prospecting', 'Lead In', 'new', 'appointmentscheduled', 'Appointment Scheduled', 'Qualification', '연락 예정'],
  contacted: ['engaging', 'Contact Made', 'qualifiedtobuy', 'Qualified To Buy', 'Needs Analysis', '연락함'],
  follow_up: [
    'Follow-up',
    'Demo Scheduled',
    'Needs Defined',
    'presentationscheduled',
    'Presentation Scheduled',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    '후속 조치',
  ],
  create_proposal: ['decisionmakerboughtin', 'Decision Maker Bought-In', '제안서 작성'],
  proposal_sent: ['Proposal Made', 'contractsent', 'Contract Sent', 'Proposal/Price Quote', 'Negotiations Started', 'Negotiation/Review', '제안서 발송'],
  won: ['won', 'closedwon', 'Closed Won', 'win', '성사'],
  lost: ['lost', 'closedlost', 'Closed Lost', '실패'],
});

/** Deal statuses (Pipedrive's Deal - Status) in the languages Baton reads. */
export const dealStatusSynonyms = synonyms({ open: ['open', '진행', '진행 중'], won: ['won', '성사'], lost: ['lost', '실패'] });

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const value = v.trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

type Resolver = (value: string) => { stageId: string | null; via: StageMatch } | null;

function mapValues(values: readonly string[], resolve: Resolver, chosen: Record<string, string | null>): StageValueMapping {
  const entries: StageValueEntry[] = [];
  const unknown: StageValueMapping['unknown'] = [];
  for (const [value, rows] of countValues(values)) {
    const found = Object.hasOwn(chosen, value) ? { stageId: chosen[value] ?? null, via: 'chosen' as const } : resolve(value);
    if (found) entries.push({ value, rows, ...found });
    else unknown.push({ value, rows });
  }
  return { entries, unknown };
}

/**
 * Foreign lifecycle-stage values → the workspace lifecycle's stage ids: by id, by a stage's own
 * name, then by the synonyms of HubSpot, Salesforce and Korean exports. `chosen` holds the user's
 * own answers (value → stage id) and wins. Unknown values are listed, never guessed.
 */
export function mapLifecycleValues(values: readonly string[], lifecycle?: LifecycleDefinition, chosen: Record<string, string | null> = {}): StageValueMapping {
  const ids: readonly string[] = lifecycle ? lifecycle.stages.map((s) => s.id) : lifecycleStageIds;
  const byName = new Map((lifecycle?.stages ?? []).filter((s) => s.name).map((s) => [headerKey(s.name!), s.id]));
  return mapValues(
    values,
    (value) => {
      const key = headerKey(value);
      const id = ids.find((i) => headerKey(i) === key);
      if (id) return { stageId: id, via: 'id' };
      if (byName.has(key)) return { stageId: byName.get(key)!, via: 'name' };
      const synonym = lifecycleSynonyms.get(key);
      return synonym && ids.includes(synonym) ? { stageId: synonym, via: 'synonym' } : null;
    },
    chosen,
  );
}

/** Lead-status values → a lifecycle stage where the status decides one (Unqualified → Disqualified), else null. */
export function mapLeadStatusValues(values: readonly string[], chosen: Record<string, string | null> = {}): StageValueMapping {
  return mapValues(
    values,
    (value) => {
      const stage = leadStatusSynonyms.get(headerKey(value));
      return stage === undefined ? null : { stageId: stage || null, via: 'synonym' };
    },
    chosen,
  );
}

/**
 * Foreign deal-stage values → stage ids of `pipeline`: by id or name (any case), then by the
 * synonyms of common CRMs; a won or lost synonym finds the pipeline's Won or Lost stage whatever its id.
 */
export function mapDealStageValues(values: readonly string[], pipeline: Pipeline, chosen: Record<string, string | null> = {}): StageValueMapping {
  const stages = pipeline.stages.filter((s) => !s.archived);
  return mapValues(
    values,
    (value) => {
      const key = headerKey(value);
      const byId = stages.find((s) => headerKey(s.id) === key);
      if (byId) return { stageId: byId.id, via: 'id' };
      const byName = stages.find((s) => headerKey(s.name) === key);
      if (byName) return { stageId: byName.id, via: 'name' };
      const synonym = dealSynonyms.get(key);
      if (synonym === 'won' || synonym === 'lost') {
        const closing = stages.find((s) => s.outcome === synonym);
        return closing ? { stageId: closing.id, via: 'outcome' } : null;
      }
      return synonym && stages.some((s) => s.id === synonym) ? { stageId: synonym, via: 'synonym' } : null;
    },
    chosen,
  );
}

const lostReasonSynonyms = synonyms({
  no_budget: ['budget', 'no budget', 'too expensive', 'price', '예산 부족', '예산'],
  no_authority: ['no authority', 'no decision maker', '결정권 없음'],
  bad_timing: ['timing', 'bad timing', 'not now', '시기 부적절'],
  stalled: ['stalled', 'no response', 'went dark', '응답 없음'],
  failed_qualification: ['not qualified', 'unqualified', 'failed qualification'],
  no_meeting: ['no meeting'],
  opportunity_lost: ['lost to competitor', 'competitor', 'chose competitor', '경쟁사 선택'],
});

/** A lost-reason text as a recycle reason, or null when the text names none (the caller keeps the text). */
export function lostReasonOf(text: string): RecycleReason | null {
  const key = headerKey(text);
  const exact = recycleReasons.find((r) => headerKey(r) === key);
  return exact ?? (lostReasonSynonyms.get(key) as RecycleReason | undefined) ?? null;
}
