/** English strings of issue 11's second walk: bottleneck sample size, calibration advice, months and money (`demo11.*` in en.ts). */
export const demo11En = {
  /** No step had the minimum sample, though some contacts moved: the page says why it names none. */
  bottleneckTooFew: 'No step had {{min}} or more contacts entering it in this period — too few to name a bottleneck.',
};
