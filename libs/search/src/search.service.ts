import { Injectable } from '@nestjs/common';

import { can, Permission, type Viewer } from '#access';
import { BadUserInputError, DEFAULT_PAGE_SIZE, pageRequest } from '#common';
import { SearchAudience, type SearchKind, type SupportType, type WorkKind } from '#prisma';

import { foldWord, MAX_QUERY_LENGTH, queryWords } from './query-words.js';
import { type FacetRow, SearchRepository, type SearchScope } from './search.repository.js';
import { buildSnippet, stemMatcher } from './snippet.js';

export const DEFAULT_HITS = DEFAULT_PAGE_SIZE;
/** Deeper than this nobody pages; it bounds the cost of a page. */
export const MAX_OFFSET = 1000;

export interface SearchRequest {
  query: string;
  kinds?: SearchKind[] | null;
  first?: number | null;
  offset?: number | null;
  agencySlugs?: string[] | null;
  workKinds?: WorkKind[] | null;
  supportTypes?: SupportType[] | null;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  score: number;
  agencyId: string | null;
}

export interface SearchOutcome {
  hits: SearchHit[];
  totalCount: number;
  /** True when totalCount is an estimate: past COUNT_CAP matches, or words so common that only a sample of them was read. */
  totalCountIsEstimate: boolean;
  tookMs: number;
  didYouMean: string | null;
  /** Facets are counted only when a client asks for them: they cost a pass over all hits. */
  countFacets: () => Promise<FacetRow[]>;
}

/** Who may find what: anonymous viewers public things, members also members' things, coordinators everything. */
export function searchAudience(viewer: Viewer): SearchAudience {
  if (can(viewer, Permission.manageMeetings)) return SearchAudience.COORDINATORS;
  if (can(viewer, Permission.readExchange)) return SearchAudience.MEMBERS;
  return SearchAudience.PUBLIC;
}

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(viewer: Viewer, request: SearchRequest): Promise<SearchOutcome> {
    const started = performance.now();
    const { limit, offset } = this.page(request);
    const scope: SearchScope = {
      audience: searchAudience(viewer),
      kinds: nonEmpty(request.kinds),
      agencySlugs: nonEmpty(request.agencySlugs),
      workKinds: nonEmpty(request.workKinds),
      supportTypes: nonEmpty(request.supportTypes),
    };
    const words = queryWords(request.query);
    if (words.length === 0)
      return { hits: [], totalCount: 0, totalCountIsEstimate: false, tookMs: elapsed(started), didYouMean: null, countFacets: async () => [] };

    let { rows, total, totalIsEstimate, query } = await this.repository.hits(words, scope, limit, offset);
    let didYouMean: string | null = null;
    if (total === 0) {
      // Nothing as typed: search the closest spellings the index knows, and say so.
      const suggestion = await this.repository.suggest(words, words.map(foldWord));
      if (suggestion.some((word, index) => word !== words[index])) {
        const found = await this.repository.hits(queryWords(suggestion.join(' ')), scope, limit, offset);
        // Only a suggestion that finds what this viewer may see is made: the
        // lexicon also holds words of drafts and hidden posts.
        if (found.total > 0) {
          didYouMean = suggestion.join(' ');
          ({ rows, total, totalIsEstimate, query } = found);
        }
      }
    }
    const matches = stemMatcher([...query.words, ...query.stems, ...query.parts.flatMap((parts) => parts.split(' '))]);
    const finalQuery = query;
    return {
      hits: rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        title: row.title,
        snippet: buildSnippet(row.body || row.keywords, matches),
        score: Math.round(row.score * 10_000) / 10_000,
        agencyId: row.agencyId,
      })),
      totalCount: total,
      totalCountIsEstimate: totalIsEstimate,
      tookMs: elapsed(started),
      didYouMean,
      countFacets: () => this.repository.facets(finalQuery.words, scope),
    };
  }

  private page(request: SearchRequest): { limit: number; offset: number } {
    // Counted as composed characters: a decomposed "å" is one letter to the user, two code units to JavaScript.
    if (request.query.normalize('NFC').length > MAX_QUERY_LENGTH) throw BadUserInputError.field('query', `Sökningen får ha högst ${MAX_QUERY_LENGTH} tecken.`);
    const { take: limit } = pageRequest(request.first, null);
    const offset = request.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw BadUserInputError.field('offset', `Måste vara mellan 0 och ${MAX_OFFSET}.`);
    return { limit, offset };
  }
}

const nonEmpty = <T>(values: T[] | null | undefined): T[] | null => (values && values.length > 0 ? values : null);

const elapsed = (started: number) => Math.round(performance.now() - started);
