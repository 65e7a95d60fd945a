import { type Language, LOCALES } from '../../i18n/language';
import type { DirectoryWork } from './use-directory-work';

export interface AgencyGroup {
  agency: DirectoryWork['agency'];
  works: DirectoryWork[];
}

/** The agency's name as the visitor reads it: the English name on English pages when there is one. */
export function agencyName(agency: { name: string; nameEn?: string | null }, language: Language): string {
  return (language === 'en' && agency.nameEn) || agency.name;
}

/**
 * The brochure's order: agencies alphabetically by the name the visitor
 * reads, each with its work (the API's title order). `network` keeps the
 * agencies that are members of that network; the API's work filter has no
 * network of its own.
 */
export function groupByAgency(works: readonly DirectoryWork[], network: string | null, language: Language): AgencyGroup[] {
  const groups = new Map<string, AgencyGroup>();
  for (const work of works) {
    if (network && !work.agency.networks.some((membership) => membership.slug === network)) continue;
    const group = groups.get(work.agency.id);
    if (group) group.works.push(work);
    else groups.set(work.agency.id, { agency: work.agency, works: [work] });
  }
  const collator = new Intl.Collator(LOCALES[language]);
  return [...groups.values()].sort((a, b) => collator.compare(agencyName(a.agency, language), agencyName(b.agency, language)));
}
