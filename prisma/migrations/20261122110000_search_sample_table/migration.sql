-- The sample (one document in 512, by a hash of its id) becomes a table of its
-- own. As a column of "search_documents" its two thousand rows lay one to a
-- page across gigabytes: counting a common word's matches in it, and ranking
-- them, visited a thousand scattered pages, and its index held a null entry
-- for every other document. As a table it is a few megabytes that stay in
-- memory, and a search for common words reads nothing else until its page
-- of hits.

-- CreateTable
CREATE TABLE "search_sample" (
    "kind" "SearchKind" NOT NULL,
    "source_id" UUID NOT NULL,
    "agency_id" UUID,
    "audience" "SearchAudience" NOT NULL,
    "work_kind" "WorkKind",
    "support_types" "SupportType"[],
    "vector" TSVECTOR NOT NULL,

    CONSTRAINT "search_sample_pkey" PRIMARY KEY ("kind","source_id")
);

-- CreateIndex
CREATE INDEX "search_sample_vector_idx" ON "search_sample" USING GIN ("vector");

-- AddForeignKey: a document's sample row goes with it.
ALTER TABLE "search_sample" ADD CONSTRAINT "search_sample_kind_source_id_fkey" FOREIGN KEY ("kind", "source_id") REFERENCES "search_documents"("kind", "source_id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "search_sample" ("kind", "source_id", "agency_id", "audience", "work_kind", "support_types", "vector")
SELECT "kind", "source_id", "agency_id", "audience", "work_kind", "support_types", "vector" FROM "search_documents" WHERE "sample" IS NOT NULL;

-- Documents are only ever inserted and deleted (search_refresh rewrites a
-- document by deleting it), so the sample follows them with this trigger and
-- the foreign key's cascade.
CREATE FUNCTION "search_documents_sample"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_sample" ("kind", "source_id", "agency_id", "audience", "work_kind", "support_types", "vector")
  SELECT d."kind", d."source_id", d."agency_id", d."audience", d."work_kind", d."support_types", d."vector"
  FROM new_documents d WHERE hashtext(d."source_id"::TEXT) & 511 = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_documents_sample" AFTER INSERT ON "search_documents"
REFERENCING NEW TABLE AS new_documents FOR EACH STATEMENT EXECUTE FUNCTION "search_documents_sample"();

-- As before (20261122040000_search), without the sample column.
CREATE OR REPLACE FUNCTION "search_refresh"(kind "SearchKind", ids UUID[]) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM "search_documents" d WHERE d."kind" = search_refresh.kind AND d."source_id" = ANY (ids);
  EXECUTE format(
    'INSERT INTO "search_documents" ("kind", "source_id", "agency_id", "audience", "title", "keywords", "body", "work_kind", "support_types", "vector")
     SELECT $1, v."source_id", v."agency_id", v."audience", v."title", v."keywords", v."body", v."work_kind", v."support_types",
            search_vector(v."title", v."keywords", v."context", v."body")
     FROM %I v WHERE v."source_id" = ANY ($2)', 'search_source_' || lower(kind::TEXT))
  USING kind, ids;
END $$;

-- DropIndex
DROP INDEX "search_documents_sample_idx";

-- AlterTable
ALTER TABLE "search_documents" DROP COLUMN "sample";
