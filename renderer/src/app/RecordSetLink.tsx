import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useWorkspaceApi } from '../workspace-api';
import { useRecordSet, type RecordKind } from './record-set-store';

export type RecordSetLinkProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & {
  kind: RecordKind;
  ids: readonly string[];
  /** What the list says it shows ("Deals by stage · Oct 1 – Dec 31 — Won"). */
  label: string;
  children: ReactNode;
};

/** A figure as a link: opens the records it counts in their list (contacts in the leads list, deals in the pipeline's list view). */
export function RecordSetLink({ kind, ids, label, children, ...rest }: RecordSetLinkProps) {
  const workspaceId = useWorkspaceApi().id;
  const show = useRecordSet((s) => s.show);
  return (
    <button type="button" className="link-button" {...rest} onClick={() => show(kind, { workspaceId, label, ids })}>
      {children}
    </button>
  );
}
