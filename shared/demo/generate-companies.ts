import type { Company } from '../model/company';
import type { DemoContext } from './demo-context';
import { DAY_MS } from './demo-context';
import { companyPrefixes, companySuffixes, countries, industries, technologies } from './demo-vocabulary';

/** Companies with a log-uniform size spread (most are small, a few are large), as in real lists. */
export function generateCompanies(ctx: DemoContext, count: number, ownerId: string | null): Company[] {
  const { random, locale } = ctx;
  // Every prefix × suffix pair once, in a seeded order; past that, names get a number ("Summit Labs 2").
  const pairs = companyPrefixes[locale].flatMap((p) => companySuffixes[locale].map((s) => [p, s] as const));
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const [[prefix, prefixSlug], [suffix, suffixSlug]] = pairs[i % pairs.length]!;
    const round = Math.floor(i / pairs.length);
    const base = locale === 'ko' ? `${prefix}${suffix}` : `${prefix} ${suffix}`;
    const name = round === 0 ? base : `${base} ${round + 1}`;
    const slug = `${prefixSlug}${suffixSlug}${round === 0 ? '' : round + 1}`;
    const [country, region] = random.pick(countries[locale]);
    const employeeCount = Math.round(Math.exp(random.next() * Math.log(5000)) + 2);
    const createdAt = ctx.now - random.int(190, 400) * DAY_MS;
    companies.push({
      ...ctx.stamp(createdAt),
      name,
      domain: `${slug}.${country === 'KR' ? 'co.kr' : 'com'}`,
      industry: random.pick(industries),
      employeeCount,
      annualRevenue: employeeCount * random.int(80, 300) * (locale === 'ko' ? 1_000_000 : 1_000),
      country,
      region,
      technologies: technologies.filter(() => random.chance(0.25)),
      ownerId,
      customFields: {},
    });
  }
  return companies;
}
