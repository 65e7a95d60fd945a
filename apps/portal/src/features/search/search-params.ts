import type { SearchKind, SupportType, WorkKind } from '../../gql/graphql';

/** The search's state lives in the address (`/sok?q=bidrag&kind=WORK&page=2`), so that it can be shared, bookmarked and gone back to. */
export const PARAM = { query: 'q', kind: 'kind', agency: 'agency', workKind: 'workKind', supportType: 'supportType', page: 'page' } as const;

/** The facets a visitor can tick, by their parameter. */
export type FacetParam = typeof PARAM.kind | typeof PARAM.agency | typeof PARAM.workKind | typeof PARAM.supportType;

export const PAGE_SIZE = 20;
/** The API pages on up to offset 1000. */
export const MAX_OFFSET = 1000;

const SEARCH_KINDS: readonly SearchKind[] = ['AGENCY', 'WORK', 'CONTACT', 'MEETING', 'MINUTES', 'THREAD', 'DEVELOPMENT_AREA'];
const WORK_KINDS: readonly WorkKind[] = [
  'AGREEMENT',
  'CONSULTATION',
  'GRANT',
  'INFORMATION',
  'KNOWLEDGE_SUPPORT',
  'MEETING_PLACE',
  'PARTNERSHIP',
  'PROCURED_SERVICE',
  'VOLUNTEER_PROGRAMME',
];
const SUPPORT_TYPES: readonly SupportType[] = [
  'FUNDING',
  'INFORMATION',
  'MATERIALS',
  'MEETINGS_WITH_TARGET_GROUP',
  'OTHER',
  'PREMISES',
  'PROCURED_SERVICE',
  'TRAINING',
  'TRAVEL_REIMBURSEMENT',
];

/** The values of a parameter that are one of `known`: an edited or outdated address still searches, without the unknown filter. */
function known<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] {
  return params.getAll(name).filter((value): value is T => (values as readonly string[]).includes(value));
}

export interface SearchState {
  query: string;
  kinds: SearchKind[];
  agencySlugs: string[];
  workKinds: WorkKind[];
  supportTypes: SupportType[];
  page: number;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const page = Number.parseInt(params.get(PARAM.page) ?? '1', 10);
  return {
    query: (params.get(PARAM.query) ?? '').trim(),
    kinds: known(params, PARAM.kind, SEARCH_KINDS),
    agencySlugs: params.getAll(PARAM.agency),
    workKinds: known(params, PARAM.workKind, WORK_KINDS),
    supportTypes: known(params, PARAM.supportType, SUPPORT_TYPES),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_OFFSET / PAGE_SIZE + 1) : 1,
  };
}

/** The address with one facet value ticked or unticked, back on the first page. */
export function toggled(params: URLSearchParams, name: FacetParam, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  for (const kept of values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) next.append(name, kept);
  next.delete(PARAM.page);
  return next;
}

/** The address of another page of the same search. */
export function withPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete(PARAM.page);
  else next.set(PARAM.page, String(page));
  return `/sok?${next.toString()}`;
}
