import type { TeamMember } from '@shared/model';
import { RecordSetBanner } from '../../app/RecordSetBanner';
import type { RecordSet } from '../../app/record-set-store';
import { useTranslation } from 'react-i18next';
import { useWorkspaceQuery } from '../../workspace-api';
import { DealList } from './DealList';

export type DealSetListProps = { set: RecordSet; team: TeamMember[]; now: number; onOpen(dealId: string): void };

/** The deals behind a report figure — open or closed, as the report counted them — in the list view, with the way back. */
export function DealSetList({ set, team, now, onOpen }: DealSetListProps) {
  const { t } = useTranslation();
  const data = useWorkspaceQuery((q) => q.dealSet({ ids: set.ids }), [set]);
  return (
    <>
      <RecordSetBanner kind="deals" set={set} shown={data?.deals.length} />
      {data ? (
        <DealList
          deals={data.deals}
          timeZone={data.timeZone}
          stageName={(id) => data.stageNames[id] ?? id}
          companyNames={data.companyNames}
          team={team}
          now={now}
          onOpen={(deal) => onOpen(deal.id)}
        />
      ) : (
        <p className="muted">{t('leads.loading')}</p>
      )}
    </>
  );
}
