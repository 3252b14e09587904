/** English strings of the sales charts and the figures that open their records (`numbers11.*` in en.ts). */
export const numbers11En = {
  /** The forecast's bucket of open deals with no expected close date. */
  noCloseDate: 'No close date',
  amount: 'Amount ({{currency}})',
  weighted: 'Weighted ({{currency}})',
  rate: 'Inquiry → lead rate',
  baseline: 'Baseline {{rate}}',
};
