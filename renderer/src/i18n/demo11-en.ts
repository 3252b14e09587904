/** English strings of issue 11's second walk: bottleneck sample size, calibration advice, months and money (`demo11.*` in en.ts). */
export const demo11En = {
  /** No step had the minimum sample, though some contacts moved: the page says why it names none. */
  bottleneckTooFew: 'No step had {{min}} or more contacts entering it in this period — too few to name a bottleneck.',
  /** The measure does not separate wins (win AUC under the minimum): why no threshold is suggested. */
  weakAuc:
    'No threshold is suggested: the score hardly tells wins from no-wins apart (AUC for winning {{auc}}, under {{min}}; 0.5 is a coin toss). Moving the threshold would trade wins for no-wins at random — change the scoring model first.',
  /** Under each score band on the chart's axis: how many handed-off leads it holds. */
  bandCount: '({{count}})',
  bandNone: 'no hand-offs',
  bandsCountHint: 'In brackets under each band: the handed-off leads in it.',
  bandTooltip_one: '{{band}}: {{formattedCount}} handed-off lead',
  bandTooltip_other: '{{band}}: {{formattedCount}} handed-off leads',
  bandTooltipNone: '{{band}}: no hand-offs',
  /** Apply is not offered when it would change nothing. */
  sameThreshold: 'This is the threshold in force: nothing to apply.',
  nothingChanges: 'No current lead would reach or fall below the threshold at {{threshold}}: nothing to apply.',
};
