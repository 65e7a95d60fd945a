-- Search documents' vectors kept in their rows. A vector of more than about
-- 2 kB (most threads, minutes and work) went to the TOAST table uncompressed,
-- as tsvectors barely compress, so reading one meant a lookup in the TOAST
-- index and two or three more pages: every match of a rarer word that a
-- search ranks, and every document a narrow filter reads, paid that (at 10⁶
-- documents, 0.3 ms of a rare word's 1.5 ms). With the rows' target at its
-- largest, a row stays whole up to a page; only longer documents are moved
-- out, their body first. The sample keeps the default: its scan reads only
-- its rows' short columns, and inline vectors made it three times the pages.
ALTER TABLE "search_documents" SET (toast_tuple_target = 8160);

-- The rows there are rewritten so that their vectors move in as well: the
-- expression makes each vector a new value of the same type (64 s at 10⁶).
ALTER TABLE "search_documents" ALTER COLUMN "vector" TYPE TSVECTOR USING "vector" || ''::TSVECTOR;
