import { Injectable } from '@nestjs/common';
import type pg from 'pg';

import { PrismaService, SearchAudience, SearchKind, SupportType, WorkKind } from '#prisma';

import { foldWord } from './query-words.js';

/** What narrows a search, as the database checks it; null means "any". */
export interface SearchScope {
  audience: SearchAudience;
  kinds: SearchKind[] | null;
  agencySlugs: string[] | null;
  workKinds: WorkKind[] | null;
  supportTypes: SupportType[] | null;
}

/** The words of a query and, per word, the lexicon's words that contain it (parts of compounds), space-separated; none for common words. */
export interface AnalysedQuery {
  words: string[];
  parts: string[];
  stems: string[];
}

export interface Hits {
  rows: HitRow[];
  total: number;
  totalIsEstimate: boolean;
  query: AnalysedQuery;
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

/** How many hits there are; `estimated` when past COUNT_CAP or counted on the sample. */
interface Counted {
  total: number;
  estimated: boolean;
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

// $1 words, $2 the words folded, $3 audience, $4 kinds, $5 agency ids, $6 work kinds, $7 support types: every query takes the same.
// The index is asked `find`: `all` with short prefixes spelled out (search_find); ranking uses `all`.
const MATCHES = `d."vector" @@ q."find" AND d."audience" <= $3::"SearchAudience"`;
const BY_KIND = `($4::"SearchKind"[] IS NULL OR d."kind" = ANY ($4::"SearchKind"[]))`;
// The agencies' ids, not their slugs: known when the statement is planned, so the agency index serves a narrow search.
const BY_AGENCY = `($5::uuid[] IS NULL OR d."agency_id" = ANY ($5::uuid[]))`;
const BY_WORK_KIND = `($6::"WorkKind"[] IS NULL OR d."work_kind" = ANY ($6::"WorkKind"[]))`;
const BY_SUPPORT = `($7::"SupportType"[] IS NULL OR d."support_types" && $7::"SupportType"[])`;
const FILTERS = `${BY_KIND} AND ${BY_AGENCY} AND ${BY_WORK_KIND} AND ${BY_SUPPORT}`;

/** How many longer words of the lexicon a word may stand for as a part of a compound. */
export const MAX_COMPOUND_PARTS = 12;
/**
 * Counts are exact up to here; beyond, an estimate (and said to be one). It is
 * past the deepest page (offset 1000 + 100), so every reachable page is ranked.
 */
export const COUNT_CAP = 1000;
/** At most this many matches are candidates for a page (or as many as the page reaches). */
export const RANK_CAP = 200;
/** The best this many times the page's end by the rank of the words alone get the full score. */
const FULL_SCORE_FACTOR = 3;
/** One document in SAMPLE_RATE is in the sample (the migration's `hashtext(source_id) & 511 = 0`). */
export const SAMPLE_RATE = 512;
/**
 * Words are common when at least this many of the sample match (about 10 000
 * documents and more): then a search is counted on the sample and never
 * enumerates its matches from the whole index.
 */
export const COMMON_SAMPLE = 20;

// Enough candidates for the page asked for, whatever the caps.
const PAGE_END = `($8::int + $9::int)`;

/**
 * Per word: the lexicon's words that contain it further in (parts of
 * compounds: "fond" in "brottsofferfonden"), shortest first, space-separated.
 */
const PARTS = `ARRAY(
  SELECT CASE WHEN length(u."folded") >= 4 THEN array_to_string(ARRAY(
           SELECT t."term" FROM "search_terms" t
           WHERE t."term" LIKE '%' || u."folded" || '%' AND t."term" NOT LIKE u."folded" || '%'
           ORDER BY length(t."term"), t."term" LIMIT ${MAX_COMPOUND_PARTS}), ' ') ELSE '' END
  FROM unnest($2::text[]) WITH ORDINALITY AS u("folded", "position") ORDER BY u."position")`;

/**
 * The words as a query, first without parts of compounds; how many of the
 * sample match them (`sampled`, cheap for any words: a small index) says
 * whether they are common. Words that are not common get their parts of
 * compounds from the lexicon; common words do without: they match a fair
 * share of all documents already, are counted on the sample, and looking
 * their parts up would cost more than the rest of the search.
 */
const ANALYSED = (sampledColumns: string, pageEnd: string) => `
base AS MATERIALIZED (SELECT search_query($1::text[]) AS "all", search_query($1::text[], NULL, true) AS "exact"),
sampled AS MATERIALIZED (
  SELECT ${sampledColumns} FROM "search_sample" d, base b
  WHERE d."vector" @@ b."all" AND d."audience" <= $3::"SearchAudience"
),
common AS MATERIALIZED (
  SELECT count(*) FILTER (WHERE s."kept") >= greatest(${COMMON_SAMPLE}, ${pageEnd}) AS "yes", count(*) >= ${COMMON_SAMPLE} AS "words",
         count(*) FILTER (WHERE s."kept") * ${SAMPLE_RATE} AS "estimate",
         ($4::"SearchKind"[] IS NOT NULL OR $5::uuid[] IS NOT NULL OR $6::"WorkKind"[] IS NOT NULL OR $7::"SupportType"[] IS NOT NULL) AS "narrow"
  FROM sampled s
),
q AS MATERIALIZED (
  SELECT w."all", search_find(w."all") AS "find", b."exact", p."parts"
  FROM base b, common c, LATERAL (SELECT CASE WHEN c."words" THEN NULL ELSE ${PARTS} END AS "parts" OFFSET 0) p,
       LATERAL (SELECT CASE WHEN c."words" THEN b."all" ELSE search_query($1::text[], p."parts") END AS "all" OFFSET 0) w
)`;

// The words' Swedish stems, for marking them in snippets.
const STEMS = `ARRAY(SELECT coalesce((ts_lexize('swedish_stem', u."word"))[1], '') FROM unnest($1::text[]) WITH ORDINALITY AS u("word", "position") ORDER BY u."position")`;

const SCORE = `(ts_rank('${WEIGHTS}', d."vector", q."all", 1) + coalesce(ts_rank('${WEIGHTS}', d."vector", q."exact", 1), 0)
          + CASE WHEN cardinality($1::text[]) > 1 THEN ts_rank_cd('${WEIGHTS}', d."vector", q."all", 1) ELSE 0 END) * ${KIND_WEIGHT}`;
// Ranks by the words alone, first: the cheap part of the score, to pick whom to score fully.
const ROUGH = `ts_rank('${WEIGHTS}', d."vector", q."all", 1) * ${KIND_WEIGHT}`;

/**
 * A page of hits, the count, and the words as analysed, in one statement.
 * - Common words, and enough of the sample left by the filters for the page:
 *   the count is estimated from the sample, and the page is the best of up to
 *   RANK_CAP of the sample's matches (documents drawn at random).
 * - Common words that the filters narrow to a few (one agency, one support
 *   type): the filtered documents are read in order, their text checked one
 *   by one, until RANK_CAP match, never the whole index's list of the words.
 * - Anything else (words that are not common; a page deeper than the sample
 *   reaches): the matches are read from the whole index, up to one past
 *   COUNT_CAP, and up to RANK_CAP of them ranked.
 * Below both caps every match is counted and is a candidate, as if there were
 * none. The candidates are ranked by the rank of the words alone, and the
 * best three times the page (at least 60) get the full score: when there are
 * no more than that, all of them.
 */
export const HITS_SQL = `
WITH ${ANALYSED(`d."ctid" AS "row", ${FILTERS} AS "kept"`, PAGE_END)},
matched AS MATERIALIZED (
  SELECT d."ctid" AS "row" FROM "search_documents" d, q
  WHERE (SELECT NOT (c."yes" OR c."words" AND c."narrow") FROM common c) AND ${MATCHES} AND ${FILTERS}
  LIMIT greatest(${COUNT_CAP + 1}, ${PAGE_END})
),
-- ts_match_vq is @@ without its index: the filters choose the rows here.
narrowed AS MATERIALIZED (
  SELECT d."ctid" AS "row" FROM "search_documents" d, q
  WHERE (SELECT NOT c."yes" AND c."words" AND c."narrow" FROM common c) AND d."audience" <= $3::"SearchAudience" AND ${FILTERS} AND ts_match_vq(d."vector", q."all")
  LIMIT greatest(${RANK_CAP}, ${PAGE_END})
),
-- Rows by their place in their table (ctid), read in this same statement: no index to go through,
-- one row at a time (OFFSET 0 keeps the planner from hashing the whole table for a few hundred).
candidates AS (
  (SELECT d."kind", d."source_id", d."vector" FROM (SELECT m."row" FROM matched m LIMIT greatest(${RANK_CAP}, ${PAGE_END})) m,
          LATERAL (SELECT * FROM "search_documents" d WHERE d."ctid" = m."row" OFFSET 0) d)
  UNION ALL
  (SELECT d."kind", d."source_id", d."vector" FROM narrowed n, LATERAL (SELECT * FROM "search_documents" d WHERE d."ctid" = n."row" OFFSET 0) d)
  UNION ALL
  (SELECT d."kind", d."source_id", d."vector" FROM (SELECT s."row" FROM sampled s WHERE s."kept" AND (SELECT c."yes" FROM common c) LIMIT greatest(${RANK_CAP}, ${PAGE_END})) s,
          LATERAL (SELECT * FROM "search_sample" d WHERE d."ctid" = s."row" OFFSET 0) d)
),
rough AS MATERIALIZED (SELECT d."kind", d."source_id", d."vector", ${ROUGH} AS "rough" FROM candidates d, q),
ranked AS (
  SELECT d."kind", d."source_id", ${SCORE} AS "score"
  FROM (SELECT * FROM rough r ORDER BY r."rough" DESC, r."kind", r."source_id" LIMIT greatest(60, ${FULL_SCORE_FACTOR} * ${PAGE_END})) d, q
),
page AS (SELECT * FROM ranked ORDER BY "score" DESC, "kind", "source_id" LIMIT $8 OFFSET $9),
counted AS MATERIALIZED (
  SELECT CASE WHEN c."yes" THEN c."estimate"
              WHEN c."words" AND c."narrow" THEN CASE WHEN n."n" < greatest(${RANK_CAP}, ${PAGE_END}) THEN n."n" ELSE greatest(n."n", c."estimate") END
              WHEN m."n" > ${COUNT_CAP} THEN greatest(m."n", c."estimate") ELSE m."n" END AS "total",
         CASE WHEN c."yes" THEN true
              WHEN c."words" AND c."narrow" THEN n."n" >= greatest(${RANK_CAP}, ${PAGE_END})
              ELSE m."n" > ${COUNT_CAP} END AS "estimated"
  FROM common c, (SELECT count(*) AS "n" FROM matched) m, (SELECT count(*) AS "n" FROM narrowed) n
)
SELECT p."kind", CASE WHEN p."kind" = 'MINUTES' THEN (SELECT m."meeting_id" FROM "minutes" m WHERE m."id" = p."source_id") ELSE p."source_id" END AS "id",
       d."agency_id" AS "agencyId", d."title", d."keywords", d."body", p."score"::float8 AS "score",
       t."total"::int AS "total", t."estimated", (SELECT q."parts" FROM q) AS "parts", ${STEMS} AS "stems"
FROM page p CROSS JOIN counted t JOIN "search_documents" d ON d."kind" = p."kind" AND d."source_id" = p."source_id"
ORDER BY p."score" DESC, p."kind", p."source_id"`;

/**
 * Each facet with the other facets' filters, not its own. Over all matches;
 * for common words (by the sample, before any filter) over the sample's,
 * each counting for SAMPLE_RATE documents.
 */
export const FACETS_SQL = `
WITH ${ANALYSED(
  `d."kind", d."agency_id", d."work_kind", d."support_types", ${BY_KIND} AS "k", ${BY_AGENCY} AS "a", ${BY_WORK_KIND} AS "w", ${BY_SUPPORT} AS "s", true AS "kept"`,
  '0',
)},
m AS MATERIALIZED (
  SELECT s."kind", s."agency_id", s."work_kind", s."support_types", s."k", s."a", s."w", s."s", ${SAMPLE_RATE} AS "weight" FROM sampled s WHERE (SELECT c."words" FROM common c)
  UNION ALL
  SELECT d."kind", d."agency_id", d."work_kind", d."support_types",
         ${BY_KIND}, ${BY_AGENCY}, ${BY_WORK_KIND}, ${BY_SUPPORT}, 1
  FROM "search_documents" d, q WHERE (SELECT NOT c."words" FROM common c) AND ${MATCHES}
)
(SELECT 'kind' AS "facet", "kind"::text AS "value", sum("weight")::int AS "count" FROM m WHERE "a" AND "w" AND "s" GROUP BY 2)
UNION ALL
(SELECT 'agency', "agency_id"::text, sum("weight")::int FROM m WHERE "agency_id" IS NOT NULL AND "k" AND "w" AND "s" GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 20)
UNION ALL
(SELECT 'workKind', "work_kind"::text, sum("weight")::int FROM m WHERE "work_kind" IS NOT NULL AND "k" AND "a" AND "s" GROUP BY 2)
UNION ALL
(SELECT 'supportType', t::text, sum("weight")::int FROM m, unnest("support_types") t WHERE "k" AND "a" AND "w" GROUP BY 2)`;

// The closest spelling in the lexicon of each word (search_suggest: trigram similarity), or the word itself: short words and numbers stay.
export const SUGGEST_SQL = `
SELECT CASE WHEN length(u."folded") < 4 OR u."folded" ~ '^[0-9]+$' THEN u."word" ELSE coalesce(search_suggest(u."folded"), u."word") END AS "suggestion"
FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u("word", "folded", "position")
ORDER BY u."position"`;

/**
 * A named statement: each connection parses and analyses search's long SQL
 * once, not on every search, and the text is not sent again.
 */
const statement = (name: string, text: string, values: unknown[]): pg.QueryConfig => ({ name, text, values });

/** Search's SQL: the index is written by the database's triggers, so this only reads. */
@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A page of hits for the words (lower-case, as queryWords gives them), the count, and the words as the search read them. */
  async hits(words: string[], scope: SearchScope, limit: number, offset: number): Promise<Hits> {
    const parameters = await this.parameters(words, scope);
    const { rows } = await this.pool(scope).query<HitRow & Counted & { parts: string[] | null; stems: string[] }>(
      statement('search-hits', HITS_SQL, [...parameters, limit, offset]),
    );
    // The count rides on every row; a page past the end has none, so count again only then.
    const counted = rows[0] ?? (offset > 0 ? await this.count(scope, parameters) : { total: 0, estimated: false });
    return { rows, total: counted.total, totalIsEstimate: counted.estimated, query: { words, parts: rows[0]?.parts ?? [], stems: rows[0]?.stems ?? [] } };
  }

  async facets(words: string[], scope: SearchScope): Promise<FacetRow[]> {
    const { rows } = await this.pool(scope).query<FacetRow>(statement('search-facets', FACETS_SQL, await this.parameters(words, scope)));
    return rows;
  }

  async suggest(words: string[], folded: string[]): Promise<string[]> {
    const { rows } = await this.prisma.genericPlans.query<{ suggestion: string }>(statement('search-suggest', SUGGEST_SQL, [words, folded]));
    return rows.map((row) => row.suggestion);
  }

  private async count(scope: SearchScope, parameters: unknown[]): Promise<Counted> {
    const { rows } = await this.pool(scope).query<HitRow & Counted>(statement('search-hits', HITS_SQL, [...parameters, 1, 0]));
    return rows[0] ?? { total: 0, estimated: false };
  }

  /**
   * Search's statements are planned once, for any words (planning them took
   * as long as running them), except with agencies to filter by: then their
   * ids, known to the planner, let it read those agencies' documents by the
   * agency index rather than scan the whole index for them.
   */
  private pool(scope: SearchScope): pg.Pool {
    return scope.agencySlugs ? this.prisma.pool : this.prisma.genericPlans;
  }

  private async parameters(words: string[], scope: SearchScope): Promise<unknown[]> {
    const agencyIds = scope.agencySlugs
      ? (await this.prisma.pool.query<{ id: string }>('SELECT "id" FROM "agencies" WHERE "slug" = ANY ($1::text[])', [scope.agencySlugs])).rows.map(
          (row) => row.id,
        )
      : null;
    return [words, words.map(foldWord), scope.audience, scope.kinds, agencyIds, scope.workKinds, scope.supportTypes];
  }
}
