import type { Icp } from '../model/icp';
import { compileIcp, type IcpCompany } from './icp-compile';

/** A company as the preview holds it: its ICP fields, its name, and how many live contacts work there. */
export type PreviewCompany = IcpCompany & { id: string; name: string };

/** The workspace read once for previews: companies and how many contacts each has. */
export type IcpPreviewIndex = {
  companies: PreviewCompany[];
  contactsPerCompany: Int32Array;
  /** Contacts with no (live) company: fit 0 under any ICP. */
  contactsWithoutCompany: number;
  contacts: number;
};

/** Builds the preview index from live companies and each live contact's company id. */
export function buildIcpPreviewIndex(companies: readonly PreviewCompany[], contactCompanyIds: Iterable<string | null>): IcpPreviewIndex {
  const position = new Map<string, number>();
  companies.forEach((c, i) => position.set(c.id, i));
  const contactsPerCompany = new Int32Array(companies.length);
  let contactsWithoutCompany = 0;
  let contacts = 0;
  for (const id of contactCompanyIds) {
    contacts++;
    const at = id === null ? undefined : position.get(id);
    if (at === undefined) contactsWithoutCompany++;
    else contactsPerCompany[at]!++;
  }
  return { companies: [...companies], contactsPerCompany, contactsWithoutCompany, contacts };
}

export type FitBin = { from: number; to: number; companies: number; contacts: number };
export type PreviewSample = { companyId: string; name: string; fit: number; contacts: number; missed: number[] };

export type IcpPreview = {
  companies: number;
  contacts: number;
  companiesInIcp: number;
  contactsInIcp: number;
  /** Ten bins of fit (0–10, 10–20, … 90–100; 100 falls in the last), companies and contacts in each. */
  histogram: FitBin[];
  /** Companies and contacts each criterion matches on its own, in the criteria's order. */
  perCriterion: { companies: number; contacts: number }[];
  /** In the ICP, best fit first (more contacts first on a tie). */
  matching: PreviewSample[];
  /** Just below the threshold, closest first, with the criteria each misses (indexes into the criteria). */
  nearMisses: PreviewSample[];
};

const BINS = 10;
const binOf = (fit: number) => Math.min(BINS - 1, Math.max(0, Math.floor(fit / (100 / BINS))));

/** Keeps the `limit` best of a stream by `better`, without sorting everything. */
function topK<T>(limit: number, better: (a: T, b: T) => boolean) {
  const kept: T[] = [];
  return {
    offer(item: T) {
      if (kept.length === limit && !better(item, kept[kept.length - 1]!)) return;
      let i = kept.length;
      while (i > 0 && better(item, kept[i - 1]!)) i--;
      kept.splice(i, 0, item);
      if (kept.length > limit) kept.pop();
    },
    items: () => kept,
  };
}

/**
 * What an ICP draft would make of the workspace: how many companies and contacts fit, the fit
 * distribution, and samples of matching and near-miss companies with the criteria they miss. Pure
 * and linear in the companies (contacts were counted per company once, in the index), so it answers
 * per keystroke at 100,000 contacts.
 */
export function previewIcp(index: IcpPreviewIndex, icp: Pick<Icp, 'criteria' | 'threshold'>, sampleSize = 8): IcpPreview {
  const compiled = compileIcp(icp);
  const histogram: FitBin[] = Array.from({ length: BINS }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, companies: 0, contacts: 0 }));
  const perCriterion = icp.criteria.map(() => ({ companies: 0, contacts: 0 }));
  const byFit = (a: PreviewSample, b: PreviewSample) => a.fit > b.fit || (a.fit === b.fit && a.contacts > b.contacts);
  const matching = topK<PreviewSample>(sampleSize, byFit);
  const nearMisses = topK<PreviewSample>(sampleSize, byFit);
  let companiesInIcp = 0;
  let contactsInIcp = 0;
  // Fit 0 is what a contact without a company gets; with a threshold of 0 it still counts as in the ICP.
  histogram[0]!.contacts += index.contactsWithoutCompany;
  if (icp.threshold <= 0 && compiled.total > 0) contactsInIcp += index.contactsWithoutCompany;
  index.companies.forEach((company, i) => {
    const contacts = index.contactsPerCompany[i]!;
    const matched = compiled.matches(company);
    const fit = compiled.fitOf(matched);
    const bin = histogram[binOf(fit)]!;
    bin.companies++;
    bin.contacts += contacts;
    matched.forEach((m, c) => {
      if (!m) return;
      perCriterion[c]!.companies++;
      perCriterion[c]!.contacts += contacts;
    });
    const inIcp = compiled.total > 0 && fit >= icp.threshold;
    if (inIcp) {
      companiesInIcp++;
      contactsInIcp += contacts;
    }
    const sample = () => ({ companyId: company.id, name: company.name, fit, contacts, missed: matched.flatMap((m, c) => (m ? [] : [c])) });
    if (inIcp) matching.offer(sample());
    else if (fit > 0) nearMisses.offer(sample());
  });
  return {
    companies: index.companies.length,
    contacts: index.contacts,
    companiesInIcp,
    contactsInIcp,
    histogram,
    perCriterion,
    matching: matching.items(),
    nearMisses: nearMisses.items(),
  };
}
