import { useTranslation } from 'react-i18next';
import type { DesignVersion, FunnelDesign } from '@shared/design';
import { useWorkspaceQuery } from '../../workspace-api';
import { DesignDiffView } from './DesignDiffView';
import { designNames } from './design-words';

export type ApplyPreviewProps = { version: DesignVersion; live: FunnelDesign | null };

/** What applying a version changes, from the live design to it — read before confirming. */
export function ApplyPreview({ version, live }: ApplyPreviewProps) {
  const { t } = useTranslation();
  const changes = useWorkspaceQuery((q) => q.designDiff({ a: 'live', b: { versionId: version.id } }), [version.id]);
  if (!changes) return null;
  return (
    <div className="designs-apply-preview">
      <DesignDiffView changes={changes} names={designNames(t, live, version.design)} />
    </div>
  );
}
