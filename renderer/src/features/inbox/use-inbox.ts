import type { TFunction } from 'i18next';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { useNow } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import type { InboxLine } from '../../workspace-api';
import { seenBreachesOf, useSeenBreaches } from './inbox-store';

/** The current person's inbox, live; re-read each minute too, since a follow-up breaches its SLA as time passes. */
export function useInbox(): { lines: InboxLine[]; workspaceId: string } {
  const { id: workspaceId } = useWorkspaceApi();
  const team = useWorkspaceQuery((q) => q.team(), []) ?? [];
  const chosen = useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]);
  const me = resolveCurrentMember(team, chosen);
  const seen = useSeenBreaches((s) => seenBreachesOf(s, workspaceId));
  const minute = useNow(60_000);
  const lines =
    useWorkspaceQuery((q) => (me ? q.inbox({ memberId: me.id, role: me.role, seenBreaches: seen }) : Promise.resolve([])), [me?.id, me?.role, seen, minute]) ??
    [];
  return { lines, workspaceId };
}

/** One line in words, in the user's language. */
export function inboxText(t: TFunction, line: InboxLine): string {
  return t(`desktop.inbox.kind.${line.kind}`, { contact: line.contactName ?? t('desktop.inbox.unknownContact'), detail: line.detail ?? '' });
}

/** The contact's record lives in the leads feature: its address is the public way there. */
export function openContactAddress(contactId: string): void {
  window.location.hash = `#/leads/${encodeURIComponent(contactId)}`;
}
