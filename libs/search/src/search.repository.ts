import { Injectable } from '@nestjs/common';

import { PrismaService, SearchAudience, SearchKind, SupportType, WorkKind } from '#prisma';

/** What narrows a search, as the database checks it; null means "any". */
export interface SearchScope {
  audience: SearchAudience;
  kinds: SearchKind[] | null;
  agencySlugs: string[] | null;
  workKinds: WorkKind[] | null;
  supportTypes: SupportType[] | null;
}

/** The words of a query and, per word, the lexicon's words that contain it (parts of compounds), space-separated. */
export interface AnalysedQuery {
  words: string[];
  parts: string[];
  stems: string[];
}

export interface HitRow {
  kind: SearchKind;
  id: string;
  agencyId: string | null;
  title: string;
  keywords: string;
  body: string;
  score: number;
}

export interface FacetRow {
  facet: 'kind' | 'agency' | 'workKind' | 'supportType';
  value: string;
  count: number;
}

/**
 * Rank weights for the vector's D, C, B and A parts (body, context, keywords,
 * title); kinds weigh in after, so that a named agency's own entry leads.
 * A score is the rank of all forms of the words, plus that of their exact
 * spelling, plus for several words their cover density: words close together
 * (in a title: "Bidrag ur Brottsofferfonden") outrank words strewn in a body.
 */
const WEIGHTS = '{0.05, 0.2, 0.5, 1.0}';
// Contacts weigh least: their short texts rank high by length alone, and a topic's work should come before the people who know about it.
const KIND_WEIGHT = `CASE d."kind" WHEN 'AGENCY' THEN 1.5 WHEN 'WORK' THEN 1.2 WHEN 'CONTACT' THEN 0.8 ELSE 1.0 END`;

// $1 words, $2 parts, $3 audience, $4 kinds, $5 agency slugs, $6 work kinds, $7 support types: every query takes the same.
const QUERY = `q AS MATERIALIZED (SELECT search_query($1::text[], $2::text[]) AS "all", search_query($1::text[], NULL, true) AS "exact")`;
const MATCHES = `d."vector" @@ q."all" AND d."audience" <= $3::"SearchAudience"`;
const BY_KIND = `($4::"SearchKind"[] IS NULL OR d."kind" = ANY ($4::"SearchKind"[]))`;
const BY_AGENCY = `($5::text[] IS NULL OR d."agency_id" IN (SELECT a."id" FROM "agencies" a WHERE a."slug" = ANY ($5::text[])))`;
const BY_WORK_KIND = `($6::"WorkKind"[] IS NULL OR d."work_kind" = ANY ($6::"WorkKind"[]))`;
const BY_SUPPORT = `($7::"SupportType"[] IS NULL OR d."support_types" && $7::"SupportType"[])`;

export const HITS_SQL = `
WITH ${QUERY},
ranked AS (
  SELECT d."kind", d."source_id",
         (ts_rank('${WEIGHTS}', d."vector", q."all", 1) + coalesce(ts_rank('${WEIGHTS}', d."vector", q."exact", 1), 0)
          + CASE WHEN cardinality($1::text[]) > 1 THEN ts_rank_cd('${WEIGHTS}', d."vector", q."all", 1) ELSE 0 END) * ${KIND_WEIGHT} AS "score"
  FROM "search_documents" d, q
  WHERE ${MATCHES} AND ${BY_KIND} AND ${BY_AGENCY} AND ${BY_WORK_KIND} AND ${BY_SUPPORT}
),
page AS (SELECT * FROM ranked ORDER BY "score" DESC, "kind", "source_id" LIMIT $8 OFFSET $9)
SELECT p."kind", CASE WHEN p."kind" = 'MINUTES' THEN (SELECT m."meeting_id" FROM "minutes" m WHERE m."id" = p."source_id") ELSE p."source_id" END AS "id",
       d."agency_id" AS "agencyId", d."title", d."keywords", d."body", p."score"::float8 AS "score",
       (SELECT count(*) FROM ranked)::int AS "total"
FROM page p JOIN "search_documents" d ON d."kind" = p."kind" AND d."source_id" = p."source_id"
ORDER BY p."score" DESC, p."kind", p."source_id"`;

// Each facet with the other facets' filters, not its own.
export const FACETS_SQL = `
WITH ${QUERY},
m AS MATERIALIZED (
  SELECT d."kind", d."agency_id", d."work_kind", d."support_types",
         ${BY_KIND} AS "k", ${BY_AGENCY} AS "a", ${BY_WORK_KIND} AS "w", ${BY_SUPPORT} AS "s"
  FROM "search_documents" d, q WHERE ${MATCHES}
)
(SELECT 'kind' AS "facet", "kind"::text AS "value", count(*)::int AS "count" FROM m WHERE "a" AND "w" AND "s" GROUP BY 2)
UNION ALL
(SELECT 'agency', "agency_id"::text, count(*)::int FROM m WHERE "agency_id" IS NOT NULL AND "k" AND "w" AND "s" GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 20)
UNION ALL
(SELECT 'workKind', "work_kind"::text, count(*)::int FROM m WHERE "work_kind" IS NOT NULL AND "k" AND "a" AND "s" GROUP BY 2)
UNION ALL
(SELECT 'supportType', t::text, count(*)::int FROM m, unnest("support_types") t WHERE "k" AND "a" AND "w" GROUP BY 2)`;

// Per word: its Swedish stem, and the lexicon's words that contain it further in (compounds), shortest first.
export const ANALYSE_SQL = `
SELECT u."word", (ts_lexize('swedish_stem', u."word"))[1] AS "stem",
       CASE WHEN length(u."folded") >= 4 THEN array_to_string(ARRAY(
         SELECT t."term" FROM "search_terms" t
         WHERE t."term" LIKE '%' || u."folded" || '%' AND t."term" NOT LIKE u."folded" || '%' AND t."term" !~ '[[:punct:]]'
         ORDER BY length(t."term"), t."term" LIMIT $2), ' ') ELSE '' END AS "parts"
FROM unnest($1::text[], $3::text[]) WITH ORDINALITY AS u("word", "folded", "position")
ORDER BY u."position"`;

// The closest spelling in the lexicon of each word (trigram similarity), or the word itself: short words and numbers stay.
export const SUGGEST_SQL = `
SELECT CASE WHEN length(u."folded") < 4 OR u."folded" ~ '^[0-9]+$' THEN u."word" ELSE coalesce((
         SELECT t."word" FROM "search_terms" t WHERE t."term" % u."folded" AND t."term" !~ '[[:punct:]]'
         ORDER BY similarity(t."term", u."folded") DESC, length(t."term"), t."term" LIMIT 1), u."word") END AS "suggestion"
FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u("word", "folded", "position")
ORDER BY u."position"`;

const TOTAL_SQL = `SELECT count(*)::int AS "count" FROM "search_documents"`;

/** Search's SQL: the index is written by the database's triggers, so this only reads. */
@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  async analyse(words: string[], folded: string[], maxParts: number): Promise<AnalysedQuery> {
    const { rows } = await this.prisma.pool.query<{ word: string; stem: string | null; parts: string }>(ANALYSE_SQL, [words, maxParts, folded]);
    return { words, parts: rows.map((row) => row.parts), stems: rows.map((row) => row.stem ?? '') };
  }

  async hits(query: AnalysedQuery, scope: SearchScope, limit: number, offset: number): Promise<{ rows: HitRow[]; total: number }> {
    const { rows } = await this.prisma.pool.query<HitRow & { total: number }>(HITS_SQL, [...this.parameters(query, scope), limit, offset]);
    // The count rides on every row; a page past the end has none, so count again only then.
    const total = rows[0]?.total ?? (offset > 0 ? await this.count(query, scope) : 0);
    return { rows, total };
  }

  async facets(query: AnalysedQuery, scope: SearchScope): Promise<FacetRow[]> {
    const { rows } = await this.prisma.pool.query<FacetRow>(FACETS_SQL, this.parameters(query, scope));
    return rows;
  }

  async suggest(words: string[], folded: string[]): Promise<string[]> {
    const { rows } = await this.prisma.pool.query<{ suggestion: string }>(SUGGEST_SQL, [words, folded]);
    return rows.map((row) => row.suggestion);
  }

  async documentCount(): Promise<number> {
    const { rows } = await this.prisma.pool.query<{ count: number }>(TOTAL_SQL);
    return rows[0]!.count;
  }

  private async count(query: AnalysedQuery, scope: SearchScope): Promise<number> {
    const { rows } = await this.prisma.pool.query<HitRow & { total: number }>(HITS_SQL, [...this.parameters(query, scope), 1, 0]);
    return rows[0]?.total ?? 0;
  }

  private parameters(query: AnalysedQuery, scope: SearchScope): unknown[] {
    return [query.words, query.parts, scope.audience, scope.kinds, scope.agencySlugs, scope.workKinds, scope.supportTypes];
  }
}
