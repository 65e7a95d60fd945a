/**
 * The search benchmark's load: the fixed mix of searches, the loop that
 * sends it from a number of concurrent clients, and the GraphQL client that
 * sends a search over HTTP. Shared by the benchmark and the worker thread
 * its API clients run in (search-clients.worker.ts).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

// Types only: the worker thread need not load the database's client.
import type { SearchKind } from '#prisma';

const HIT_FIELDS = 'hits { kind id title snippet score agency { slug } } totalCount totalCountIsEstimate tookMs';
export const SEARCH = `query Search($query: String!, $kinds: [SearchKind!], $filter: SearchFilter) { search(query: $query, kinds: $kinds, filter: $filter) { ${HIT_FIELDS} } }`;
export const SEARCH_WITH_FACETS = `query Search($query: String!, $kinds: [SearchKind!], $filter: SearchFilter) {
  search(query: $query, kinds: $kinds, filter: $filter) { ${HIT_FIELDS} facets { kinds { kind count } agencies { agency { slug } count } workKinds { workKind count } supportTypes { supportType count } } }
}`;

export type QueryClass = 'common' | 'rare' | 'prefix' | 'typo' | 'filter';

export interface MixEntry {
  class: QueryClass;
  query: string;
  kinds?: SearchKind[];
  filter?: { agencySlugs?: string[]; workKinds?: string[]; supportTypes?: string[] };
  member: boolean;
}

/**
 * The fixed mix: every client walks it in order from its own starting point.
 * Common words match a fifth to a half of the corpus; rare ones a few in ten
 * thousand documents (villages, an uncommon name); prefixes are cut short;
 * typos match nothing as typed, so they take the did-you-mean path.
 */
export const MIX: MixEntry[] = [
  { class: 'common', query: 'samverkan', member: false },
  { class: 'common', query: 'föreningar', member: true },
  { class: 'common', query: 'stöd till ideella föreningar', member: false },
  { class: 'common', query: 'civilsamhället', member: true },
  { class: 'common', query: 'bidrag', member: false },
  { class: 'rare', query: 'Björkträsk', member: false },
  { class: 'rare', query: 'Kvarnliden', member: true },
  { class: 'rare', query: 'Myrheden', member: false },
  { class: 'rare', query: 'Zeynep Kuoppa', member: true },
  { class: 'rare', query: 'Brottsofferfonden', member: false },
  { class: 'prefix', query: 'samver', member: false },
  { class: 'prefix', query: 'förenin', member: true },
  { class: 'prefix', query: 'migrationsv', member: false },
  { class: 'prefix', query: 'ungdomsorg', member: true },
  { class: 'typo', query: 'samverkn', member: false },
  { class: 'typo', query: 'brottsofermyndigheten', member: true },
  { class: 'typo', query: 'arbetsförmedlngen', member: false },
  { class: 'typo', query: 'skattverket', member: true },
  { class: 'typo', query: 'integrasion', member: false },
  { class: 'filter', query: 'bidrag', filter: { workKinds: ['GRANT'] }, member: false },
  { class: 'filter', query: 'stöd', filter: { supportTypes: ['TRAVEL_REIMBURSEMENT'] }, member: false },
  { class: 'filter', query: 'samverkan', filter: { agencySlugs: ['migrationsverket'] }, member: true },
  { class: 'filter', query: 'möte', kinds: ['MEETING', 'MINUTES'], member: true },
  { class: 'filter', query: 'erfarenheter', kinds: ['THREAD'], member: true },
];

export interface Sample {
  class: QueryClass;
  ms: number;
  error?: string;
}

/** What one level of load gave: each search's time, and how long the level took. */
export interface LevelRun {
  clients: number;
  seconds: number;
  samples: Sample[];
}

/** `clients` loops, each sending the mix in order from its own place, until `seconds` are up. */
export async function runLevel(clients: number, seconds: number, search: (entry: MixEntry) => Promise<unknown>): Promise<LevelRun> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let next = (client * 7) % MIX.length; performance.now() < deadline; next++) {
        const entry = MIX[next % MIX.length]!;
        const begun = performance.now();
        try {
          await search(entry);
          samples.push({ class: entry.class, ms: performance.now() - begun });
        } catch (error) {
          samples.push({ class: entry.class, ms: performance.now() - begun, error: (error as Error).message });
        }
      }
    }),
  );
  return { clients, seconds: (performance.now() - started) / 1000, samples };
}

/** GraphQL over keep-alive HTTP, as a browser would; the result is checked for errors. */
export class ApiSearcher {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly endpoint: URL;

  constructor(
    baseUrl: string,
    private readonly memberToken: string,
  ) {
    this.endpoint = new URL('/graphql', baseUrl);
  }

  async search(entry: MixEntry, document = SEARCH): Promise<{ totalCount: number; totalCountIsEstimate: boolean; tookMs: number }> {
    const body = JSON.stringify({ query: document, variables: { query: entry.query, kinds: entry.kinds ?? null, filter: entry.filter ?? null } });
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (entry.member) headers.authorization = `Bearer ${this.memberToken}`;
    const text = await new Promise<string>((resolve, reject) => {
      const request = http.request(this.endpoint, { method: 'POST', agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode === 200) resolve(answer);
          else reject(new Error(`HTTP ${response.statusCode}: ${answer.slice(0, 200)}`));
        });
      });
      request.on('error', reject);
      request.end(body);
    });
    const parsed = JSON.parse(text) as {
      data?: { search: { totalCount: number; totalCountIsEstimate: boolean; tookMs: number } };
      errors?: { message: string }[];
    };
    if (parsed.errors?.length || !parsed.data) throw new Error(parsed.errors?.map((error) => error.message).join('; ') ?? 'no data');
    return parsed.data.search;
  }
}
