import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LeadFilters, LeadSort } from '@shared/index';
import type { QueueId } from './lead-views';

export const leadColumns = ['name', 'company', 'title', 'persona', 'stage', 'engagement', 'fit', 'bant', 'owner', 'source', 'lastActivity', 'sla'] as const;
export type BuiltInColumn = (typeof leadColumns)[number];
/** A built-in column, or `cf:<key>` for a custom field. */
export type LeadColumn = BuiltInColumn | `cf:${string}`;
export const isBuiltInColumn = (c: string): c is BuiltInColumn => (leadColumns as readonly string[]).includes(c);
export const defaultColumns: LeadColumn[] = ['name', 'company', 'stage', 'engagement', 'fit', 'owner', 'lastActivity', 'sla'];

type LeadsState = {
  queue: QueueId;
  search: string;
  /** Filters the user added on top of the queue's own. */
  filters: LeadFilters;
  /** null: the queue's own order. */
  sort: LeadSort | null;
  columns: LeadColumn[];
  openContactId: string | null;
  /** The record just closed: the list makes its row active and takes the focus back. */
  returnFocusId: string | null;
  quickAddOpen: boolean;
  /** The saved view whose settings are loaded, if any. */
  viewId: string | null;
  applyView(view: { id: string; search: string; filters: LeadFilters; sort: LeadSort | null; columns: string[] }): void;
  /** A saved view the address named (`#/leads?view=<id>`, an import's summary links one): applied once the views load. */
  requestedViewId: string | null;
  requestView(id: string | null): void;
  selected: ReadonlySet<string>;
  toggleSelected(id: string): void;
  setSelected(ids: Iterable<string>): void;
  setQuickAddOpen(open: boolean): void;
  setQueue(queue: QueueId): void;
  setSearch(search: string): void;
  setFilters(filters: LeadFilters): void;
  /** Search and filters off: the whole queue again. */
  clearFilters(): void;
  setSort(sort: LeadSort | null): void;
  toggleColumn(column: LeadColumn): void;
  openContact(id: string | null): void;
  /** The workspace this state belongs to: entering another one starts afresh. */
  workspaceId: string | null;
  enterWorkspace(workspaceId: string): void;
};

/** What the leads screen shows; columns persist, the rest resets with the session. */
export const useLeads = create<LeadsState>()(
  persist(
    (set) => ({
      queue: 'all',
      search: '',
      filters: {},
      sort: null,
      columns: defaultColumns,
      openContactId: null,
      returnFocusId: null,
      quickAddOpen: false,
      viewId: null,
      requestedViewId: null,
      requestView: (id) => set({ requestedViewId: id }),
      applyView: (view) =>
        set({
          viewId: view.id,
          queue: 'all',
          search: view.search,
          filters: view.filters,
          sort: view.sort,
          columns: view.columns.filter((c): c is LeadColumn => isBuiltInColumn(c) || c.startsWith('cf:')),
          selected: new Set(),
        }),
      selected: new Set<string>(),
      toggleSelected: (id) =>
        set((s) => {
          const next = new Set(s.selected);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return { selected: next };
        }),
      setSelected: (ids) => set({ selected: new Set(ids) }),
      setQuickAddOpen: (quickAddOpen) => set({ quickAddOpen }),
      setQueue: (queue) => set({ queue, sort: null, selected: new Set(), viewId: null }),
      // A new search or filter clears the selection: bulk actions never reach contacts no longer shown.
      setSearch: (search) => set((s) => (s.search === search ? {} : { search, selected: new Set() })),
      // An emptied filter is gone, not "undefined": Clear filters and Save view only show for real filters.
      setFilters: (filters) => set({ filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)), selected: new Set() }),
      clearFilters: () => set({ filters: {}, search: '', selected: new Set() }),
      setSort: (sort) => set({ sort }),
      toggleColumn: (column) =>
        set((s) => {
          if (s.columns.includes(column)) return { columns: s.columns.filter((c) => c !== column) };
          // Built-in columns keep their canonical order; custom fields go after them.
          const builtIn = leadColumns.filter((c) => c === column || s.columns.includes(c));
          const custom = [...s.columns.filter((c) => !isBuiltInColumn(c)), ...(isBuiltInColumn(column) ? [] : [column])];
          return { columns: [...builtIn, ...custom] };
        }),
      openContact: (openContactId) => set((s) => ({ openContactId, returnFocusId: openContactId === null ? s.openContactId : null })),
      workspaceId: null,
      enterWorkspace: (workspaceId) =>
        set((s) => {
          if (s.workspaceId === workspaceId) return {};
          if (s.workspaceId === null) return { workspaceId }; // first open: the URL may name a record of it
          // Another workspace: its records, selection and filters mean nothing here.
          if (globalThis.location) globalThis.history.replaceState(null, '', '#/leads');
          return {
            workspaceId,
            openContactId: null,
            returnFocusId: null,
            selected: new Set(),
            search: '',
            filters: {},
            sort: null,
            queue: 'all',
            viewId: null,
            quickAddOpen: false,
          };
        }),
    }),
    { name: 'baton.leads', partialize: ({ columns }) => ({ columns }) },
  ),
);
