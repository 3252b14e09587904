import type { Company } from '../model/company';
import type { DemoContext } from './demo-context';
import { DAY_MS } from './demo-context';
import { companyPrefixes, companySuffixes, countries, industries, technologies } from './demo-vocabulary';

/** Companies with a log-uniform size spread (most are small, a few are large), as in real lists. */
export function generateCompanies(ctx: DemoContext, count: number, ownerId: string | null): Company[] {
  const { random, locale } = ctx;
  const seen = new Set<string>();
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const [prefix, prefixSlug] = random.pick(companyPrefixes[locale]);
    const [suffix, suffixSlug] = random.pick(companySuffixes[locale]);
    let name = locale === 'ko' ? `${prefix}${suffix}` : `${prefix} ${suffix}`;
    let slug = `${prefixSlug}${suffixSlug}`;
    // Same pair again: number it, like a real list would ("Summit Labs 2").
    if (seen.has(slug)) {
      name = `${name} ${i}`;
      slug = `${slug}${i}`;
    }
    seen.add(slug);
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
