import type { SupportType, WorkFilter, WorkKind } from '../../gql/graphql';
import { SUPPORT_TYPES, WORK_KINDS } from '../../i18n/labels';

/** The directory's filters as the address carries them, so that a filtered list can be shared and the back button undoes a change. */
export interface DirectoryFilters {
  support: SupportType | null;
  kind: WorkKind | null;
  targetGroup: string | null;
  network: string | null;
}

/** Query-string names, in Swedish like the portal's paths. */
const PARAMS = { support: 'stod', kind: 'typ', targetGroup: 'malgrupp', network: 'natverk' } as const;
const PAGE_PARAM = 'sida';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

/** The filters in the address; a value the portal does not know (a mistyped link) is ignored rather than failing the page. */
export function readFilters(params: URLSearchParams): DirectoryFilters {
  return {
    support: oneOf(SUPPORT_TYPES, params.get(PARAMS.support)),
    kind: oneOf(WORK_KINDS, params.get(PARAMS.kind)),
    targetGroup: params.get(PARAMS.targetGroup)?.trim() || null,
    network: params.get(PARAMS.network)?.trim() || null,
  };
}

/** The page of results in the address, from 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get(PAGE_PARAM));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The address's query string for these filters, on `page` (the first page is left out). */
export function filterParams(filters: DirectoryFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof DirectoryFilters)[]) {
    const value = filters[key];
    if (value) params.set(PARAMS[key], value);
  }
  if (page > 1) params.set(PAGE_PARAM, String(page));
  return params;
}

/** The API's filter; the network is not part of it and is applied to the agencies of the results. */
export function workFilter(filters: DirectoryFilters): WorkFilter {
  return {
    supportOffered: filters.support ? [filters.support] : undefined,
    kind: filters.kind ? [filters.kind] : undefined,
    targetGroup: filters.targetGroup ?? undefined,
  };
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return Object.values(filters).some(Boolean);
}
