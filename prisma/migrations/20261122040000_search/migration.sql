-- Search: one index of everything the portal holds, kept current by triggers in
-- the same transaction as every change, and a lexicon of its words for typos,
-- prefixes and parts of compounds.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Words without diacritics and unstemmed, so that "arbetsformedlingen" finds
-- "Arbetsförmedlingen" and a prefix finds every inflection.
CREATE TEXT SEARCH CONFIGURATION samverka_folded (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION samverka_folded
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH unaccent, simple;

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('AGENCY', 'WORK', 'CONTACT', 'MEETING', 'MINUTES', 'THREAD', 'DEVELOPMENT_AREA');

-- CreateEnum: in order of widening, so that `audience <= level` is the permission check.
CREATE TYPE "SearchAudience" AS ENUM ('PUBLIC', 'MEMBERS', 'COORDINATORS');

-- CreateTable
CREATE TABLE "search_documents" (
    "kind" "SearchKind" NOT NULL,
    "source_id" UUID NOT NULL,
    "agency_id" UUID,
    "audience" "SearchAudience" NOT NULL,
    "title" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "work_kind" "WorkKind",
    "support_types" "SupportType"[],
    "vector" TSVECTOR NOT NULL,
    "sample" TSVECTOR,

    CONSTRAINT "search_documents_pkey" PRIMARY KEY ("kind","source_id")
);

-- CreateIndex
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING GIN ("vector");
-- The sample: one document in 512, chosen by a hash of its id, carries its
-- vector a second time, in an index 512 times smaller. A search reads it
-- first: how many of the sample match estimates how many match in all, and
-- for words in a fair share of the documents the sample's matches are the
-- ones ranked. Enumerating every match of such words in a million documents
-- would cost hundreds of milliseconds.
CREATE INDEX "search_documents_sample_idx" ON "search_documents" USING GIN ("sample");
CREATE INDEX "search_documents_agency_id_idx" ON "search_documents"("agency_id");

-- CreateTable: every word of the index once, folded, with one spelling as written
-- (words of letters and digits only).
CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "search_terms_term_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);

-- CreateTable: the Swedish words for enum values, with synonyms, so that
-- "reseersättning" finds TRAVEL_REIMBURSEMENT and "bidrag" finds grants.
CREATE TABLE "search_labels" (
    "enum_type" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "search_labels_pkey" PRIMARY KEY ("enum_type","value")
);

INSERT INTO "search_labels" ("enum_type", "value", "label") VALUES
  ('WorkKind', 'GRANT', 'Bidrag statsbidrag stöd grant'),
  ('WorkKind', 'MEETING_PLACE', 'Mötesplats mötesplatser meeting place'),
  ('WorkKind', 'PROCURED_SERVICE', 'Upphandlad verksamhet upphandling procured service'),
  ('WorkKind', 'PARTNERSHIP', 'Partnerskap idéburet offentligt partnerskap IOP partnership'),
  ('WorkKind', 'CONSULTATION', 'Samråd konsultation dialog consultation'),
  ('WorkKind', 'INFORMATION', 'Information'),
  ('WorkKind', 'VOLUNTEER_PROGRAMME', 'Frivilligverksamhet frivilliga volontärer volunteers'),
  ('WorkKind', 'KNOWLEDGE_SUPPORT', 'Kunskapsstöd kunskap vägledning knowledge support'),
  ('WorkKind', 'AGREEMENT', 'Överenskommelse avtal agreement'),
  ('SupportType', 'FUNDING', 'Ekonomiskt stöd bidrag finansiering pengar funding'),
  ('SupportType', 'PREMISES', 'Lokaler lokal premises'),
  ('SupportType', 'MATERIALS', 'Material materials'),
  ('SupportType', 'TRAVEL_REIMBURSEMENT', 'Reseersättning resebidrag travel reimbursement'),
  ('SupportType', 'MEETINGS_WITH_TARGET_GROUP', 'Möten med målgruppen meetings with the target group'),
  ('SupportType', 'INFORMATION', 'Information'),
  ('SupportType', 'TRAINING', 'Utbildning kurs training'),
  ('SupportType', 'PROCURED_SERVICE', 'Upphandlad tjänst upphandling procured service'),
  ('SupportType', 'OTHER', 'Annat stöd'),
  ('MeetingKind', 'NETWORK_MEETING', 'Nätverksmöte network meeting'),
  ('MeetingKind', 'CONSULTATION', 'Samråd konsultation consultation'),
  ('MeetingKind', 'WORKSHOP', 'Workshop'),
  ('MeetingKind', 'WEBINAR', 'Webbinarium webinar'),
  ('MeetingFormat', 'IN_PERSON', 'På plats fysiskt möte in person'),
  ('MeetingFormat', 'DIGITAL', 'Digitalt digital'),
  ('MeetingFormat', 'HYBRID', 'Hybrid'),
  ('DevelopmentAreaStatus', 'IDENTIFIED', 'Identifierat identified'),
  ('DevelopmentAreaStatus', 'IN_PROGRESS', 'Pågående pågår in progress'),
  ('DevelopmentAreaStatus', 'ADDRESSED', 'Åtgärdat addressed'),
  ('DevelopmentAreaStatus', 'DROPPED', 'Avskrivet dropped');

CREATE FUNCTION "search_label"(enum_type TEXT, value TEXT) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT l."label" FROM "search_labels" l WHERE l."enum_type" = $1 AND l."value" = $2), '')
$$;

-- Titles weigh most, then keywords (abbreviations, labels, target groups),
-- then the context (the names of the agency or network a document belongs
-- to, so that a named agency's own entry outranks its work), then the body.
-- Each text twice: Swedish stems and folded words. A body is cut at 100 000
-- characters: a tsvector holds at most 1 MB.
CREATE FUNCTION "search_vector"(title TEXT, keywords TEXT, context TEXT, body TEXT) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('swedish'::regconfig, title), 'A')
      || setweight(to_tsvector('samverka_folded'::regconfig, title), 'A')
      || setweight(to_tsvector('swedish'::regconfig, keywords), 'B')
      || setweight(to_tsvector('samverka_folded'::regconfig, keywords), 'B')
      || setweight(to_tsvector('swedish'::regconfig, context), 'C')
      || setweight(to_tsvector('samverka_folded'::regconfig, context), 'C')
      || setweight(to_tsvector('swedish'::regconfig, left(body, 100000)), 'D')
      || setweight(to_tsvector('samverka_folded'::regconfig, left(body, 100000)), 'D')
$$;

-- What each kind of source looks like as a document: one view per kind, the
-- only place that says which fields are searched and who may find them.
CREATE VIEW "search_source_agency" AS
SELECT a."id" AS "source_id", a."id" AS "agency_id", 'PUBLIC'::"SearchAudience" AS "audience", a."name" AS "title",
       concat_ws(' ', a."abbreviation", a."name_en", a."ministry") AS "keywords",
       (SELECT coalesce(string_agg(n."name", ' '), '') FROM "network_memberships" m JOIN "networks" n ON n."id" = m."network_id" WHERE m."agency_id" = a."id") AS "context",
       concat_ws(E'\n', a."description", a."description_en") AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "agencies" a;

CREATE VIEW "search_source_work" AS
SELECT w."id" AS "source_id", w."agency_id", 'PUBLIC'::"SearchAudience" AS "audience", w."title",
       concat_ws(' ', search_label('WorkKind', w."kind"::TEXT),
                 (SELECT string_agg(search_label('SupportType', s::TEXT), ' ') FROM unnest(w."support_offered") s),
                 array_to_string(w."target_groups", ' '), w."title_en") AS "keywords",
       concat_ws(' ', a."name", a."name_en", a."abbreviation") AS "context",
       concat_ws(E'\n', w."summary", w."description", w."how_to_apply", w."description_en") AS "body",
       w."kind" AS "work_kind", w."support_offered" AS "support_types"
FROM "civil_society_work" w JOIN "agencies" a ON a."id" = w."agency_id";

-- "Who knows about X?": names, titles and responsibilities, never e-mail or phone.
CREATE VIEW "search_source_contact" AS
SELECT c."id" AS "source_id", c."agency_id", 'PUBLIC'::"SearchAudience" AS "audience", c."name" AS "title",
       concat_ws(' ', c."title", array_to_string(c."responsibilities", ' ')) AS "keywords",
       concat_ws(' ', a."name", a."name_en", a."abbreviation") AS "context",
       concat_ws(' · ', c."title", nullif(array_to_string(c."responsibilities", ', '), '')) AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "contact_people" c JOIN "agencies" a ON a."id" = c."agency_id";

-- Drafts only for coordinators; published, held and cancelled meetings are public.
CREATE VIEW "search_source_meeting" AS
SELECT m."id" AS "source_id", NULL::UUID AS "agency_id",
       (CASE WHEN m."status" = 'DRAFT' THEN 'COORDINATORS' ELSE 'PUBLIC' END)::"SearchAudience" AS "audience", m."title",
       concat_ws(' ', search_label('MeetingKind', m."kind"::TEXT), search_label('MeetingFormat', m."format"::TEXT), m."location") AS "keywords",
       n."name" AS "context",
       concat_ws(E'\n', m."description",
                 (SELECT string_agg(concat_ws(' – ', i."title", i."presenter"), E'\n' ORDER BY i."position") FROM "agenda_items" i WHERE i."meeting_id" = m."id")) AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "meetings" m JOIN "networks" n ON n."id" = m."network_id";

-- Published minutes for members; unpublished ones, and those of draft meetings, for coordinators.
CREATE VIEW "search_source_minutes" AS
SELECT p."id" AS "source_id", NULL::UUID AS "agency_id",
       (CASE WHEN p."published" AND m."status" <> 'DRAFT' THEN 'MEMBERS' ELSE 'COORDINATORS' END)::"SearchAudience" AS "audience",
       'Protokoll: ' || m."title" AS "title",
       concat_ws(' ', 'protokoll minnesanteckningar', search_label('MeetingKind', m."kind"::TEXT)) AS "keywords",
       n."name" AS "context",
       concat_ws(E'\n', p."body", array_to_string(p."decisions", E'\n'),
                 (SELECT string_agg(i."description", E'\n' ORDER BY i."position") FROM "action_items" i WHERE i."minutes_id" = p."id")) AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "minutes" p JOIN "meetings" m ON m."id" = p."meeting_id" JOIN "networks" n ON n."id" = m."network_id";

-- A thread with its visible replies; a hidden thread only for coordinators (moderators).
CREATE VIEW "search_source_thread" AS
SELECT t."id" AS "source_id", t."agency_id",
       (CASE WHEN t."hidden_at" IS NULL THEN 'MEMBERS' ELSE 'COORDINATORS' END)::"SearchAudience" AS "audience", t."title",
       array_to_string(t."topics", ' ') AS "keywords",
       concat_ws(' ', a."name", a."name_en", a."abbreviation") AS "context",
       concat_ws(E'\n', t."body",
                 (SELECT string_agg(r."body", E'\n' ORDER BY r."created_at") FROM "experience_replies" r WHERE r."thread_id" = t."id" AND r."hidden_at" IS NULL)) AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "experience_threads" t LEFT JOIN "agencies" a ON a."id" = t."agency_id";

-- An area belongs, for facets, to the first of its owner agencies by name.
CREATE VIEW "search_source_development_area" AS
SELECT d."id" AS "source_id",
       (SELECT o."agency_id" FROM "development_area_owners" o JOIN "agencies" a ON a."id" = o."agency_id" WHERE o."area_id" = d."id" ORDER BY a."name" LIMIT 1) AS "agency_id",
       'MEMBERS'::"SearchAudience" AS "audience", d."title",
       concat_ws(' ', 'utvecklingsområde', search_label('DevelopmentAreaStatus', d."status"::TEXT)) AS "keywords",
       (SELECT coalesce(string_agg(concat_ws(' ', a."name", a."abbreviation"), ' '), '') FROM "development_area_owners" o JOIN "agencies" a ON a."id" = o."agency_id" WHERE o."area_id" = d."id") AS "context",
       concat_ws(E'\n', d."description",
                 (SELECT string_agg(u."note", E'\n' ORDER BY u."created_at") FROM "development_area_updates" u WHERE u."area_id" = d."id")) AS "body",
       NULL::"WorkKind" AS "work_kind", NULL::"SupportType"[] AS "support_types"
FROM "development_areas" d;

-- Rewrites the documents of these sources from their views: a source that is
-- gone loses its document.
CREATE FUNCTION "search_refresh"(kind "SearchKind", ids UUID[]) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM "search_documents" d WHERE d."kind" = search_refresh.kind AND d."source_id" = ANY (ids);
  -- OFFSET 0 keeps the vector computed once for both of its columns.
  EXECUTE format(
    'INSERT INTO "search_documents" ("kind", "source_id", "agency_id", "audience", "title", "keywords", "body", "work_kind", "support_types", "vector", "sample")
     SELECT $1, s."source_id", s."agency_id", s."audience", s."title", s."keywords", s."body", s."work_kind", s."support_types", s."vector",
            CASE WHEN hashtext(s."source_id"::TEXT) & 511 = 0 THEN s."vector" END
     FROM (SELECT v.*, search_vector(v."title", v."keywords", v."context", v."body") AS "vector"
           FROM %I v WHERE v."source_id" = ANY ($2) OFFSET 0) s', 'search_source_' || lower(kind::TEXT))
  USING kind, ids;
END $$;

-- New words go to the lexicon as the documents are written: words only, for
-- what the lexicon is asked (spellings and parts of compounds) is words, not
-- hyphenated forms, addresses or numbers with punctuation. Each word of the
-- statement is folded once, not once per document it is in: a reindex writes
-- thousands of documents per statement that share most of their words.
CREATE FUNCTION "search_documents_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_terms" ("term", "word")
  SELECT DISTINCT ON (f."term") f."term", f."word"
  FROM (SELECT unaccent(w."word") AS "term", w."word"
        FROM (SELECT DISTINCT t AS "word"
              FROM new_documents d, unnest(tsvector_to_array(to_tsvector('simple'::regconfig, d."title" || ' ' || d."keywords" || ' ' || left(d."body", 100000)))) t
              WHERE length(t) BETWEEN 2 AND 40) w) f
  WHERE f."term" !~ '[[:punct:]]'
  ORDER BY f."term", f."word"
  ON CONFLICT ("term") DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_documents_terms" AFTER INSERT ON "search_documents"
REFERENCING NEW TABLE AS new_documents FOR EACH STATEMENT EXECUTE FUNCTION "search_documents_terms"();

-- One trigger function per source table: which documents a changed row touches.
CREATE FUNCTION "search_track_agency"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE ids UUID[] := array_remove(ARRAY[(CASE WHEN TG_OP <> 'INSERT' THEN OLD."id" END), (CASE WHEN TG_OP <> 'DELETE' THEN NEW."id" END)], NULL);
BEGIN
  PERFORM search_refresh('AGENCY', ids);
  IF TG_OP = 'UPDATE' THEN
    -- Work, contacts, threads and areas carry the agency's names as their context.
    PERFORM search_refresh('WORK', ARRAY(SELECT w."id" FROM "civil_society_work" w WHERE w."agency_id" = NEW."id"));
    PERFORM search_refresh('CONTACT', ARRAY(SELECT c."id" FROM "contact_people" c WHERE c."agency_id" = NEW."id"));
    PERFORM search_refresh('THREAD', ARRAY(SELECT t."id" FROM "experience_threads" t WHERE t."agency_id" = NEW."id"));
    PERFORM search_refresh('DEVELOPMENT_AREA', ARRAY(SELECT o."area_id" FROM "development_area_owners" o WHERE o."agency_id" = NEW."id"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_track_agency" AFTER INSERT OR DELETE OR UPDATE OF "name", "name_en", "abbreviation", "ministry", "description", "description_en" ON "agencies"
FOR EACH ROW EXECUTE FUNCTION "search_track_agency"();

CREATE FUNCTION "search_track_membership"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh('AGENCY', array_remove(ARRAY[(CASE WHEN TG_OP <> 'INSERT' THEN OLD."agency_id" END), (CASE WHEN TG_OP <> 'DELETE' THEN NEW."agency_id" END)], NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "search_track_membership" AFTER INSERT OR DELETE OR UPDATE ON "network_memberships"
FOR EACH ROW EXECUTE FUNCTION "search_track_membership"();

CREATE FUNCTION "search_track_network"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh('AGENCY', ARRAY(SELECT m."agency_id" FROM "network_memberships" m WHERE m."network_id" = NEW."id"));
  PERFORM search_refresh('MEETING', ARRAY(SELECT m."id" FROM "meetings" m WHERE m."network_id" = NEW."id"));
  PERFORM search_refresh('MINUTES', ARRAY(SELECT p."id" FROM "minutes" p JOIN "meetings" m ON m."id" = p."meeting_id" WHERE m."network_id" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "search_track_network" AFTER UPDATE OF "name" ON "networks"
FOR EACH ROW EXECUTE FUNCTION "search_track_network"();

-- For tables whose document is the row itself (work, contacts, threads, areas, minutes, meetings).
CREATE FUNCTION "search_track_own"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh(TG_ARGV[0]::"SearchKind", array_remove(ARRAY[(CASE WHEN TG_OP <> 'INSERT' THEN OLD."id" END), (CASE WHEN TG_OP <> 'DELETE' THEN NEW."id" END)], NULL));
  RETURN NULL;
END $$;

-- For child rows whose parent's document they belong to: TG_ARGV = kind, parent column.
CREATE FUNCTION "search_track_parent"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_parent UUID;
  new_parent UUID;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_parent := (to_jsonb(OLD) ->> TG_ARGV[1])::UUID; END IF;
  IF TG_OP <> 'DELETE' THEN new_parent := (to_jsonb(NEW) ->> TG_ARGV[1])::UUID; END IF;
  PERFORM search_refresh(TG_ARGV[0]::"SearchKind", array_remove(ARRAY[old_parent, new_parent], NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "search_track_work" AFTER INSERT OR DELETE OR UPDATE ON "civil_society_work"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('WORK');

CREATE TRIGGER "search_track_contact" AFTER INSERT OR DELETE OR UPDATE ON "contact_people"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('CONTACT');

-- Registrations lock the meeting row but do not write it; only these columns change its document.
CREATE TRIGGER "search_track_meeting" AFTER INSERT OR DELETE OR UPDATE OF "title", "description", "kind", "format", "location", "status", "network_id" ON "meetings"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('MEETING');

CREATE FUNCTION "search_track_meeting_minutes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Minutes take the meeting's title, kind and draft status.
  PERFORM search_refresh('MINUTES', ARRAY(SELECT p."id" FROM "minutes" p WHERE p."meeting_id" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "search_track_meeting_minutes" AFTER UPDATE OF "title", "kind", "status" ON "meetings"
FOR EACH ROW EXECUTE FUNCTION "search_track_meeting_minutes"();

CREATE TRIGGER "search_track_agenda" AFTER INSERT OR DELETE OR UPDATE ON "agenda_items"
FOR EACH ROW EXECUTE FUNCTION "search_track_parent"('MEETING', 'meeting_id');

CREATE TRIGGER "search_track_minutes" AFTER INSERT OR DELETE OR UPDATE ON "minutes"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('MINUTES');

CREATE TRIGGER "search_track_action_item" AFTER INSERT OR DELETE OR UPDATE ON "action_items"
FOR EACH ROW EXECUTE FUNCTION "search_track_parent"('MINUTES', 'minutes_id');

CREATE TRIGGER "search_track_thread" AFTER INSERT OR DELETE OR UPDATE OF "title", "body", "topics", "agency_id", "hidden_at" ON "experience_threads"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('THREAD');

CREATE TRIGGER "search_track_reply" AFTER INSERT OR DELETE OR UPDATE OF "body", "hidden_at", "thread_id" ON "experience_replies"
FOR EACH ROW EXECUTE FUNCTION "search_track_parent"('THREAD', 'thread_id');

CREATE TRIGGER "search_track_development_area" AFTER INSERT OR DELETE OR UPDATE OF "title", "description", "status" ON "development_areas"
FOR EACH ROW EXECUTE FUNCTION "search_track_own"('DEVELOPMENT_AREA');

CREATE TRIGGER "search_track_development_area_owner" AFTER INSERT OR DELETE OR UPDATE ON "development_area_owners"
FOR EACH ROW EXECUTE FUNCTION "search_track_parent"('DEVELOPMENT_AREA', 'area_id');

CREATE TRIGGER "search_track_development_area_update" AFTER INSERT ON "development_area_updates"
FOR EACH ROW EXECUTE FUNCTION "search_track_parent"('DEVELOPMENT_AREA', 'area_id');

-- Builds the query of a search from its words (letters and digits only): each
-- word as a Swedish stem, with a final -t dropped too (socialt/sociala), as a
-- prefix of its folded form, and as any of `parts` (space-separated folded
-- words of the lexicon that contain it: "fond" in "brottsofferfonden"). Stop
-- words are left out unless nothing else is left. `exact` asks for the
-- Swedish stems alone: what a search ranks higher when the spelling is exact.
CREATE FUNCTION "search_query"(words TEXT[], parts TEXT[] DEFAULT NULL, exact BOOLEAN DEFAULT FALSE) RETURNS TSQUERY
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
    part := to_tsquery('samverka_folded', word || ':*');
    IF stem IS NOT NULL THEN
      -- Stems are lexemes already: 'simple' keeps them as they are.
      part := part || to_tsquery('simple', stem || ':*');
      IF stem LIKE '%t' AND length(stem) > 4 THEN
        part := part || to_tsquery('simple', coalesce((ts_lexize('swedish_stem', left(word, -1)))[1], left(stem, -1)) || ':*');
      END IF;
    END IF;
    IF parts IS NOT NULL AND coalesce(parts[i], '') <> '' THEN
      part := part || to_tsquery('simple', replace(trim(parts[i]), ' ', ' | '));
    END IF;
    q := CASE WHEN q IS NULL THEN part ELSE q && part END;
  END LOOP;
  RETURN q;
END $$;

-- The closest spelling of a folded word in the lexicon (trigram similarity
-- of at least pg_trgm's default 0.3), or NULL. Terms at 0.5 or closer are
-- looked for first: a typo is mostly that close, the index then has far fewer
-- candidates to check, and the best of them is the best of all.
CREATE FUNCTION "search_suggest"(folded TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE SET pg_trgm.similarity_threshold = 0.3 AS $$
DECLARE
  closest TEXT;
BEGIN
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

-- Backfill what is already there.
SELECT search_refresh('AGENCY', ARRAY(SELECT "id" FROM "agencies"));
SELECT search_refresh('WORK', ARRAY(SELECT "id" FROM "civil_society_work"));
SELECT search_refresh('CONTACT', ARRAY(SELECT "id" FROM "contact_people"));
SELECT search_refresh('MEETING', ARRAY(SELECT "id" FROM "meetings"));
SELECT search_refresh('MINUTES', ARRAY(SELECT "id" FROM "minutes"));
SELECT search_refresh('THREAD', ARRAY(SELECT "id" FROM "experience_threads"));
SELECT search_refresh('DEVELOPMENT_AREA', ARRAY(SELECT "id" FROM "development_areas"));
