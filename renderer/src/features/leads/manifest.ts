import './leads.css';
import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Address, Command, FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { useRecordSet } from '../../app/record-set-store';
import { queueIds, type QueueId } from './lead-views';
import { LeadsPage } from './LeadsPage';
import { useLeads } from './leads-store';

const isQueue = (value: string): value is QueueId => (queueIds as readonly string[]).includes(value);

/** `#/leads/<contact id>` is an open record, `#/leads?queue=<id>` a queue; `#/leads` is All contacts. */
function applyAddress({ path, params }: Address) {
  const leads = useLeads.getState();
  const contactId = path[0] ?? null;
  if (contactId !== leads.openContactId) leads.openContact(contactId);
  // No queue in the address is the All contacts queue (back to the first page restores it).
  const queue = params.queue && isQueue(params.queue) ? params.queue : 'all';
  if (!contactId && queue !== leads.queue) leads.setQueue(queue);
  if (params.view) leads.requestView(params.view);
  // An address without the set (the sidebar, a typed link) is the whole list again.
  if (params.set !== '1') useRecordSet.getState().clear('contacts');
}

function useAddress(): Address {
  const contactId = useLeads((s) => s.openContactId);
  const queue = useLeads((s) => s.queue);
  const set = useRecordSet((s) => s.contacts !== null) ? { set: '1' } : null;
  if (contactId) return { path: [contactId], params: set ?? {} };
  return { path: [], params: { ...(queue === 'all' ? {} : { queue }), ...set } };
}

function useCommands(): Command[] {
  const { t } = useTranslation();
  return [
    {
      id: 'contact.add',
      group: 'workspace',
      label: t('quickAdd.open'),
      keywords: ['new contact', 'lead', '연락처'],
      run: () => {
        useNavigation.getState().go('leads');
        useLeads.getState().setQuickAddOpen(true);
      },
    },
  ];
}

export const leadsFeature: FeatureManifest = {
  id: 'leads',
  page: { label: (t) => t('nav.leads'), icon: Users, Component: LeadsPage },
  route: { apply: applyAddress, useAddress },
  useCommands,
  openRecord: {
    contact: (id) => {
      useNavigation.getState().go('leads');
      useLeads.getState().openContact(id);
    },
    company: (name) => {
      // A company has no page yet: its contacts, in All contacts rather than the current queue.
      useNavigation.getState().go('leads');
      const leads = useLeads.getState();
      leads.openContact(null);
      leads.setQueue('all');
      leads.setSearch(name);
    },
  },
};
