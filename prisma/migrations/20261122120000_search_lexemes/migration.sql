-- Prefixes looked up as the lexemes they stand for. The GIN index finds a
-- prefix ('kuopp':*) by collecting every match of every lexeme it covers into
-- a bitmap before anything else, several times slower than finding the same
-- lexemes named one by one ("Zeynep Kuoppa": 10 ms against 2 ms at 10⁶
-- documents). So the index's lexemes are kept in a table of their own, and a
-- prefix that covers few of them is spelled out as them (search_find).

-- CreateTable: every lexeme of every document's vector, once. The collation
-- is C so that a prefix's lexemes are one range of its primary key whatever
-- the database's collation. Lexemes of documents since removed stay: a
-- lexeme too many only widens a query by a word no document holds.
CREATE TABLE "search_lexemes" (
    "lexeme" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "search_lexemes_pkey" PRIMARY KEY ("lexeme")
);

INSERT INTO "search_lexemes" ("lexeme")
SELECT DISTINCT l FROM "search_documents" d, unnest(tsvector_to_array(d."vector")) l;

CREATE FUNCTION "search_documents_lexemes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_lexemes" ("lexeme")
  SELECT DISTINCT l FROM new_documents d, unnest(tsvector_to_array(d."vector")) l
  ON CONFLICT ("lexeme") DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_documents_lexemes" AFTER INSERT ON "search_documents"
REFERENCING NEW TABLE AS new_documents FOR EACH STATEMENT EXECUTE FUNCTION "search_documents_lexemes"();

-- The query as the index should be asked it: each prefix that covers at most
-- 16 lexemes replaced by those lexemes, which match the same documents.
-- Prefixes of more ("samver") stay prefixes. Ranking keeps the query as it
-- was, so that a word's weight does not depend on how many forms it has.
CREATE FUNCTION "search_find"(q TSQUERY) RETURNS TSQUERY
LANGUAGE plpgsql STABLE AS $$
DECLARE
  prefix TEXT;
  lexemes TEXT[];
BEGIN
  IF q IS NULL THEN RETURN NULL; END IF;
  FOR prefix IN SELECT DISTINCT replace(m[1], '''''', '''') FROM regexp_matches(q::TEXT, '''((?:[^'']|'''')+)'':\*', 'g') m LOOP
    lexemes := ARRAY(SELECT l."lexeme" FROM "search_lexemes" l
                     WHERE l."lexeme" >= prefix COLLATE "C" AND l."lexeme" < (prefix || chr(1114111)) COLLATE "C"
                     ORDER BY l."lexeme" LIMIT 17);
    CONTINUE WHEN cardinality(lexemes) = 0 OR cardinality(lexemes) > 16;
    q := ts_rewrite(q, (quote_literal(prefix) || ':*')::TSQUERY,
                    array_to_string(ARRAY(SELECT quote_literal(x) FROM unnest(lexemes) x), ' | ')::TSQUERY);
  END LOOP;
  RETURN q;
END $$;
