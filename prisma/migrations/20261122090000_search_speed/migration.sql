-- Search at a million documents: typos looked up by their one-letter
-- deletions instead of by trigram similarity over the whole lexicon, and one
-- prefix per word where one covers the other.

-- Every spelling of a word with one letter left out. Two words one edit apart
-- (a letter missing, one too many, one changed, two swapped) share one of
-- these, or one of them is the other's: the symmetric-deletion way of finding
-- typos, an index lookup per deletion rather than a scan of every word that
-- shares a trigram ("ver" is in thousands).
CREATE FUNCTION "search_deletions"(term TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_agg(DISTINCT left(term, i - 1) || substr(term, i + 1)) FROM generate_series(1, length(term)) i
$$;

-- AlterTable
ALTER TABLE "search_terms" ADD COLUMN "deletions" TEXT[];
UPDATE "search_terms" SET "deletions" = search_deletions("term");

-- CreateIndex
CREATE INDEX "search_terms_deletions_idx" ON "search_terms" USING GIN ("deletions");

-- New words come with their deletions.
CREATE OR REPLACE FUNCTION "search_documents_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_terms" ("term", "word", "deletions")
  SELECT DISTINCT ON (f."term") f."term", f."word", search_deletions(f."term")
  FROM (SELECT unaccent(w."word") AS "term", w."word"
        FROM (SELECT DISTINCT t AS "word"
              FROM new_documents d, unnest(tsvector_to_array(to_tsvector('simple'::regconfig, d."title" || ' ' || d."keywords" || ' ' || left(d."body", 100000)))) t
              WHERE length(t) BETWEEN 2 AND 40) w) f
  WHERE f."term" !~ '[[:punct:]]'
  ORDER BY f."term", f."word"
  ON CONFLICT ("term") DO NOTHING;
  RETURN NULL;
END $$;

-- The closest spelling of a folded word in the lexicon, or NULL: the word
-- itself when the lexicon has it; else the most similar (by trigrams) of the
-- words one edit away; else, for words further off, the most similar at 0.5
-- or closer, then at pg_trgm's default 0.3 (a scan of the trigram index, slow
-- for words with common trigrams, but only for typos of two letters or more).
CREATE OR REPLACE FUNCTION "search_suggest"(folded TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE SET pg_trgm.similarity_threshold = 0.3 AS $$
DECLARE
  closest TEXT;
  shorter TEXT[] := search_deletions(folded);
BEGIN
  SELECT t."word" INTO closest FROM "search_terms" t WHERE t."term" = folded;
  IF FOUND THEN RETURN closest; END IF;
  SELECT t."word" INTO closest FROM "search_terms" t
  WHERE t."deletions" && (shorter || folded) OR t."term" = ANY (shorter)
  ORDER BY similarity(t."term", folded) DESC, length(t."term"), t."term" LIMIT 1;
  IF FOUND THEN RETURN closest; END IF;
  PERFORM set_config('pg_trgm.similarity_threshold', '0.5', true);
  SELECT t."word" INTO closest FROM "search_terms" t WHERE t."term" % folded
  ORDER BY similarity(t."term", folded) DESC, length(t."term"), t."term" LIMIT 1;
  IF closest IS NULL THEN
    PERFORM set_config('pg_trgm.similarity_threshold', '0.3', true);
    SELECT t."word" INTO closest FROM "search_terms" t WHERE t."term" % folded
    ORDER BY similarity(t."term", folded) DESC, length(t."term"), t."term" LIMIT 1;
  END IF;
  RETURN closest;
END $$;

-- As before (20261122040000_search), but a word whose stem begins its folded
-- spelling is looked up by the stem's prefix alone.
CREATE OR REPLACE FUNCTION "search_query"(words TEXT[], parts TEXT[] DEFAULT NULL, exact BOOLEAN DEFAULT FALSE) RETURNS TSQUERY
LANGUAGE plpgsql STABLE AS $$
DECLARE
  q TSQUERY;
  part TSQUERY;
  stem TEXT;
  word TEXT;
  typed TEXT;
  i INT;
BEGIN
  FOR i IN 1 .. coalesce(cardinality(words), 0) LOOP
    -- The words come as letters and digits; whatever else tsquery would read as syntax goes.
    word := lower(regexp_replace(words[i], '[[:space:]&|!<>():*''\\]', '', 'g'));
    CONTINUE WHEN word = '';
    stem := (ts_lexize('swedish_stem', word))[1];
    CONTINUE WHEN stem IS NULL AND cardinality(words) > 1;
    IF exact THEN
      CONTINUE WHEN stem IS NULL;
      -- A word typed without diacritics is exact only where the index has it so
      -- written: "forsakringskassan" is not, "bidrag" is.
      typed := word; -- named apart from the lexicon's column "word"
      CONTINUE WHEN typed = unaccent(typed) AND NOT EXISTS (SELECT 1 FROM "search_terms" t WHERE t."term" = typed AND t."word" = typed);
      part := to_tsquery('simple', stem);
      q := CASE WHEN q IS NULL THEN part ELSE q && part END;
      CONTINUE;
    END IF;
    -- One or two letters ("DO", "EU") are words of their own, not prefixes of thousands.
    IF length(word) <= 2 THEN
      part := to_tsquery('samverka_folded', word) || coalesce(to_tsquery('simple', stem), to_tsquery('samverka_folded', word));
      q := CASE WHEN q IS NULL THEN part ELSE q && part END;
      CONTINUE;
    END IF;
    IF stem IS NOT NULL AND stem = unaccent(stem) AND starts_with(unaccent(word), stem) THEN
      -- The stem, with no diacritics, begins the folded word: its prefix finds all the folded word's
      -- does, and each prefix is a pass over the index's matching words.
      part := to_tsquery('simple', stem || ':*');
    ELSE
      part := to_tsquery('samverka_folded', word || ':*');
      IF stem IS NOT NULL THEN
        -- Stems are lexemes already: 'simple' keeps them as they are.
        part := part || to_tsquery('simple', stem || ':*');
      END IF;
    END IF;
    IF stem LIKE '%t' AND length(stem) > 4 THEN
      part := part || to_tsquery('simple', coalesce((ts_lexize('swedish_stem', left(word, -1)))[1], left(stem, -1)) || ':*');
    END IF;
    IF parts IS NOT NULL AND coalesce(parts[i], '') <> '' THEN
      part := part || to_tsquery('simple', replace(trim(parts[i]), ' ', ' | '));
    END IF;
    q := CASE WHEN q IS NULL THEN part ELSE q && part END;
  END LOOP;
  RETURN q;
END $$;
