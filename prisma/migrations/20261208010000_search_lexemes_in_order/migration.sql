-- New lexemes learnt in their order. Two transactions that bring some of the
-- same new words (two rebuild workers; two people writing at once) took each
-- word's unique-index entry in whatever order a hash made of them, so each
-- could wait for a word the other had taken: a deadlock, and one change
-- refused. In one order the later of the two waits for the earlier instead.
-- (search_terms is written in its key's order already.)
CREATE OR REPLACE FUNCTION "search_documents_lexemes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_lexemes" ("lexeme")
  SELECT DISTINCT l COLLATE "C" FROM new_documents d, unnest(tsvector_to_array(d."vector")) l
  ORDER BY 1
  ON CONFLICT ("lexeme") DO NOTHING;
  RETURN NULL;
END $$;
