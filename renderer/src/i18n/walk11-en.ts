/** English strings of the funnel and reports walk fixes (`walk11.*` in en.ts). */
export const walk11En = {
  /** A CSV column of ratios, as the reports' CSVs name them. */
  fraction: '{{column}} (0–1)',
  /** A filter value in the address that the options do not have: shown, so empty figures are explained. */
  unknown: {
    owner: 'Unknown owner ({{value}})',
    role: 'Unknown role ({{value}})',
    source: 'Unknown source ({{value}})',
    persona: 'Unknown persona ({{value}})',
    pipeline: 'Unknown pipeline ({{value}})',
    tag: 'Unknown tag ({{value}})',
    stage: 'unknown stage ({{value}})',
  },
  printFilters: 'Filters: {{filters}}',
  printNoFilters: 'Filters: none (all contacts)',
  printFilter: '{{name}}: {{value}}',
  printView: { activity: 'activity view', cohort: 'cohort view' },
  printNoCompare: 'no comparison',
  emptyFilteredTitle: 'No contacts match these filters',
  emptyFilteredBody: 'Nothing entered a stage in this period with the filters chosen above. Change a filter, or set it back to “Any”.',
};
