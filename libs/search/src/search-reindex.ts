import pg from 'pg';

import { SearchKind } from '#prisma';

/** Sources rewritten per transaction: small enough not to hold locks long, large enough to be quick. */
const BATCH_SIZE = 2000;

export interface ReindexProgress {
  kind: SearchKind;
  done: number;
  total: number;
}

export interface ReindexReport {
  documents: number;
  removed: number;
  seconds: number;
}

const sourceView = (kind: SearchKind) => `"search_source_${kind.toLowerCase()}"`;

export interface ReindexOptions {
  /**
   * Connections that rewrite batches at once (default 1). Writing a document
   * is CPU work in the server (parsing its text twice, the lexicon, the GIN
   * index), so up to one per core of the database server shortens a rebuild.
   */
  workers?: number;
}

/**
 * Rebuilds the search index from its sources, kind by kind, in batches that
 * each commit on their own: searching goes on meanwhile, and a document
 * whose source is gone is removed at the end. The triggers keep the index
 * current; this is for repairs and for a changed definition of a document.
 */
export async function reindexSearch(
  databaseUrl: string,
  onProgress: (progress: ReindexProgress) => void = () => {},
  { workers = 1 }: ReindexOptions = {},
): Promise<ReindexReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // One writer: this connection, batch after batch. More: connections of their own, while this one reads the next ids.
  const writers: pg.Client[] = [];
  try {
    for (let count = 0; count < Math.floor(workers) && workers > 1; count++) {
      const writer = new pg.Client({ connectionString: databaseUrl });
      writers.push(writer);
      await writer.connect();
    }
    if (writers.length === 0) writers.push(client);
    const idle = [...writers];
    let removed = 0;
    for (const kind of Object.values(SearchKind)) {
      const view = sourceView(kind);
      const { rows: counted } = await client.query<{ count: number }>(`SELECT count(*)::int AS "count" FROM ${view}`);
      const total = counted[0]!.count;
      let done = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      onProgress({ kind, done, total });
      const running = new Set<Promise<void>>();
      let failure: unknown;
      for (;;) {
        if (idle.length === 0) await Promise.race(running);
        if (failure) break;
        const { rows } = await client.query<{ id: string }>(`SELECT "source_id" AS "id" FROM ${view} WHERE "source_id" > $1 ORDER BY "source_id" LIMIT $2`, [
          after,
          BATCH_SIZE,
        ]);
        if (rows.length === 0) break;
        after = rows.at(-1)!.id;
        const writer = idle.pop()!;
        const batch: Promise<void> = writer
          .query('SELECT search_refresh($1::"SearchKind", $2::uuid[])', [kind, rows.map((row) => row.id)])
          .then(
            () => {
              done += rows.length;
              onProgress({ kind, done, total: Math.max(total, done) });
            },
            (error: unknown) => void (failure ??= error),
          )
          .finally(() => {
            running.delete(batch);
            idle.push(writer);
          });
        running.add(batch);
      }
      await Promise.all(running);
      if (failure) throw failure;
      const orphans = await client.query(
        `DELETE FROM "search_documents" d WHERE d."kind" = $1::"SearchKind" AND NOT EXISTS (SELECT 1 FROM ${view} s WHERE s."source_id" = d."source_id")`,
        [kind],
      );
      removed += orphans.rowCount ?? 0;
    }
    const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS "count" FROM "search_documents"');
    return { documents: rows[0]!.count, removed, seconds: (performance.now() - started) / 1000 };
  } finally {
    await Promise.all([client, ...writers.filter((writer) => writer !== client)].map((connection) => connection.end()));
  }
}
