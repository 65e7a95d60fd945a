import { DEMO, type GraphQLClient, startTestApp, type TestApp } from '#testing';

/**
 * The relevance test set: what a Swedish user rightly expects near the top
 * when searching the seeded facts (agencies, their civil-society work, their
 * contact people and the consultation of the source documents). Each row is a
 * query and the hits that must be among the first five, and for some the hit
 * that must come first. Expectations are written as a user would have them,
 * not read off the ranking: when a row fails, the ranking is what to change.
 *
 * A hit is written `KIND title @agency-slug`; an agency's own entry as
 * `AGENCY @slug`; the title or the agency may be left out.
 */

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 10) { totalCount didYouMean hits { kind id title score agency { slug } } } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  score: number;
  agency: { slug: string } | null;
}

interface SearchResult {
  totalCount: number;
  didYouMean: string | null;
  hits: Hit[];
}

interface Row {
  query: string;
  /** What the row is about (the issue's words). */
  about: string;
  /** Hits that must be among the first five. */
  top5?: string[];
  /**
   * Hits that must be found, among the first ten: where a word's own matches
   * rightly come first and a compound it is part of follows.
   */
  top10?: string[];
  /** The hit that must come first. */
  first?: string;
  /** The suggestion expected when the query as typed finds nothing. */
  didYouMean?: string;
  /** Every one of the first five must be civil-society work of one of these kinds. */
  top5WorkKinds?: string[];
}

const ROWS: Row[] = [
  // A named agency's own entry first: by its name, inflected, in part or in English.
  { about: 'exact agency name', query: 'Arbetsförmedlingen', first: 'AGENCY @arbetsformedlingen' },
  { about: 'exact agency name', query: 'Migrationsverket', first: 'AGENCY @migrationsverket' },
  { about: 'exact agency name', query: 'Skatteverket', first: 'AGENCY @skatteverket' },
  { about: 'exact agency name', query: 'Brottsoffermyndigheten', first: 'AGENCY @brottsoffermyndigheten' },
  { about: 'exact agency name', query: 'Försäkringskassan', first: 'AGENCY @forsakringskassan' },
  { about: 'exact agency name, several words', query: 'Myndigheten för delaktighet', first: 'AGENCY @mfd' },
  { about: 'exact agency name, several words', query: 'Myndigheten för stöd till trossamfund', first: 'AGENCY @sst' },
  { about: 'exact agency name, several words', query: 'Statens kulturråd', first: 'AGENCY @kulturradet' },
  { about: 'agency name with a hyphen', query: 'ESF-rådet', first: 'AGENCY @esf-radet' },
  { about: 'agency name in the definite form', query: 'kulturrådet', first: 'AGENCY @kulturradet' },
  { about: 'agency name in the definite form', query: 'jordbruksverket', first: 'AGENCY @jordbruksverket' },
  { about: 'agency by a part of its name', query: 'delaktighet', first: 'AGENCY @mfd' },
  { about: 'agency by its English name', query: 'Swedish Migration Agency', first: 'AGENCY @migrationsverket' },
  { about: 'agency by its English name', query: 'tax agency', first: 'AGENCY @skatteverket' },

  // Without å, ä, ö.
  { about: 'without å, ä, ö', query: 'arbetsformedlingen', first: 'AGENCY @arbetsformedlingen' },
  { about: 'without å, ä, ö', query: 'forsakringskassan', first: 'AGENCY @forsakringskassan' },
  { about: 'without å, ä, ö', query: 'folkhalsomyndigheten', first: 'AGENCY @folkhalsomyndigheten' },
  { about: 'without å, ä, ö', query: 'lansstyrelserna', first: 'AGENCY @lansstyrelserna' },
  { about: 'without å, ä, ö', query: 'jamstalldhetsmyndigheten', first: 'AGENCY @jamstalldhetsmyndigheten' },
  { about: 'without å, ä, ö', query: 'motesplatser', first: 'WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket' },

  // Abbreviations.
  { about: 'abbreviation', query: 'MSB', first: 'AGENCY @msb' },
  { about: 'abbreviation', query: 'MUCF', first: 'AGENCY @mucf' },
  { about: 'abbreviation', query: 'SST', first: 'AGENCY @sst' },
  { about: 'abbreviation', query: 'Sida', first: 'AGENCY @sida' },
  { about: 'abbreviation', query: 'SCB', first: 'AGENCY @scb' },
  { about: 'abbreviation', query: 'FK', first: 'AGENCY @forsakringskassan' },
  { about: 'abbreviation', query: 'DO', first: 'AGENCY @diskrimineringsombudsmannen' },
  { about: 'abbreviation', query: 'ESF', first: 'AGENCY @esf-radet', top5: ['WORK Projektmedel ur ESF+ 2021–2027 @esf-radet'] },
  {
    about: 'abbreviation (idéburet offentligt partnerskap)',
    query: 'IOP',
    top5: ['WORK Vägledning om idéburet offentligt partnerskap @upphandlingsmyndigheten', 'CONTACT'],
  },
  { about: 'abbreviation in a title', query: 'FRG', first: 'WORK Frivilliga resursgruppen (FRG) @msb' },
  { about: 'abbreviation in a title', query: 'AMIF', first: 'WORK Asyl-, migrations- och integrationsfonden (AMIF) @migrationsverket' },
  { about: 'abbreviation in a title', query: 'TIA', first: 'WORK Tidiga insatser för asylsökande (TIA) @lansstyrelserna' },

  // Inflections meet (Swedish stemming).
  {
    about: 'inflection: singular finds plural',
    query: 'mötesplats',
    first: 'WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket',
    top5: ['CONTACT Karin Norberg @migrationsverket'],
  },
  {
    about: 'inflection: plural',
    query: 'mötesplatser',
    first: 'WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket',
    top5: ['CONTACT Karin Norberg @migrationsverket'],
  },
  {
    about: 'inflection: socialt finds sociala',
    query: 'socialt',
    top5: ['WORK Främjande av socialt företagande @tillvaxtverket', 'WORK Affärsutvecklingscheckar för sociala företag @tillvaxtverket'],
  },
  {
    about: 'inflection: sociala finds socialt',
    query: 'sociala företag',
    top5: ['WORK Främjande av socialt företagande @tillvaxtverket', 'WORK Affärsutvecklingscheckar för sociala företag @tillvaxtverket'],
  },
  { about: 'inflection: singular finds plural', query: 'förening', first: 'WORK Organisationsnummer för ideella föreningar @skatteverket' },
  { about: 'inflection: plural', query: 'föreningar', first: 'WORK Organisationsnummer för ideella föreningar @skatteverket' },
  { about: 'inflection: singular of both words', query: 'ideell förening', first: 'WORK Organisationsnummer för ideella föreningar @skatteverket' },
  { about: 'inflection: singular finds plural', query: 'samlingslokal', top5: ['WORK Investeringsbidrag till allmänna samlingslokaler @boverket'] },

  // The Swedish labels of enum values.
  {
    about: 'support label: TRAVEL_REIMBURSEMENT',
    query: 'reseersättning',
    first: 'WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket',
  },
  { about: 'support label: PREMISES', query: 'lokaler', top5: ['WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket', 'WORK Lokalstöd'] },
  { about: 'kind label: GRANT', query: 'bidrag', top5WorkKinds: ['GRANT'] },
  { about: 'kind label: GRANT', query: 'statsbidrag', top5WorkKinds: ['GRANT'] },
  { about: 'kind label: VOLUNTEER_PROGRAMME', query: 'volontärer', top5: ['WORK Frivilliga resursgruppen (FRG) @msb', 'WORK Vittnesstöd vid domstolarna'] },

  // Prefixes.
  { about: 'prefix', query: 'skattev', first: 'AGENCY @skatteverket' },
  { about: 'prefix', query: 'migrationsv', first: 'AGENCY @migrationsverket' },
  { about: 'prefix', query: 'folkbild', first: 'AGENCY @folkbildningsradet', top5: ['WORK Statsbidrag till folkbildningen'] },
  { about: 'prefix', query: 'brottsoff', top5: ['AGENCY @brottsoffermyndigheten', 'WORK Bidrag ur Brottsofferfonden'] },
  { about: 'prefix without ö', query: 'arbetsform', first: 'AGENCY @arbetsformedlingen' },

  // Typos.
  { about: 'typo', query: 'migrationsverkt', first: 'AGENCY @migrationsverket' },
  { about: 'typo', query: 'skatteverkt', first: 'AGENCY @skatteverket' },
  { about: 'typo', query: 'brottsoffermyndigeten', first: 'AGENCY @brottsoffermyndigheten', didYouMean: 'brottsoffermyndigheten' },
  { about: 'typo', query: 'skattverket', first: 'AGENCY @skatteverket', didYouMean: 'skatteverket' },
  { about: 'typo', query: 'socialstyrelssen', first: 'AGENCY @socialstyrelsen', didYouMean: 'socialstyrelsen' },
  { about: 'typo', query: 'forsakringskasan', first: 'AGENCY @forsakringskassan', didYouMean: 'försäkringskassan' },

  // A part of a compound finds the compound.
  // "fond" itself (fonden, fondens) ranks first; the funds whose names hold it follow, Brottsofferfonden among them.
  {
    about: 'compound part',
    query: 'fond',
    top5: ['WORK Projektstöd ur Allmänna arvsfonden'],
    top10: ['WORK Bidrag ur Brottsofferfonden @brottsoffermyndigheten'],
  },
  { about: 'compound part', query: 'offer', top5: ['AGENCY @brottsoffermyndigheten', 'WORK Bidrag ur Brottsofferfonden'] },
  { about: 'compound part', query: 'skydd', first: 'AGENCY @msb' },
  { about: 'compound part', query: 'samfund', top5: ['AGENCY @sst', 'WORK Statsbidrag till trossamfund @sst'] },
  { about: 'compound part', query: 'jour', top5: ['WORK Bidrag ur Brottsofferfonden @brottsoffermyndigheten'] },
  { about: 'compound part', query: 'kultur', top5: ['AGENCY @kulturradet', 'AGENCY @kulturanalys'] },

  // Who knows about X? Contact people by responsibility.
  {
    about: 'contact by responsibility',
    query: 'överenskommelser',
    first: 'WORK Överenskommelser om uppdragsmedel @msb',
    top5: ['CONTACT Anders Lind @migrationsverket', 'CONTACT Nils Hedlund @msb'],
  },
  { about: 'contact by responsibility', query: 'frivilligverksamhet', top5: ['CONTACT Mikael Sandberg @brottsoffermyndigheten', 'CONTACT Lena Strand @msb'] },
  { about: 'contact by responsibility', query: 'upphandlad verksamhet', top5: ['CONTACT Johan Nyström @arbetsformedlingen'] },
  // Six contacts share this responsibility; the one whose whole description it is comes first.
  {
    about: 'contact by responsibility',
    query: 'samråd och dialog',
    first: 'CONTACT Gustav Lundgren @socialstyrelsen',
    top5: ['WORK Samråd om funktionshinderspolitiken'],
  },
  { about: 'contact by responsibility', query: 'allmänna frågor om samverkan', top5: ['CONTACT'] },

  // Several words: the document that has them all first.
  { about: 'multi-word', query: 'bidrag brottsoffer', first: 'WORK Bidrag ur Brottsofferfonden @brottsoffermyndigheten' },
  { about: 'multi-word', query: 'statsbidrag trossamfund', first: 'WORK Statsbidrag till trossamfund @sst' },
  { about: 'multi-word', query: 'ofrivillig ensamhet', first: 'WORK Bidrag mot ofrivillig ensamhet @socialstyrelsen' },
  { about: 'multi-word', query: 'reserverad upphandling', first: 'WORK Reserverad upphandling för idéburna organisationer @upphandlingsmyndigheten' },
  { about: 'multi-word', query: 'Allmänna arvsfonden', first: 'WORK Projektstöd ur Allmänna arvsfonden @arvsfondsdelegationen' },
  { about: 'multi-word', query: 'offentligt partnerskap', first: 'WORK Vägledning om idéburet offentligt partnerskap @upphandlingsmyndigheten' },
  {
    about: 'multi-word: agency and subject',
    query: 'Migrationsverket asylsökande',
    top5: ['AGENCY @migrationsverket', 'WORK Mötesplatser mellan asylsökande och civilsamhället @migrationsverket'],
  },
  {
    about: 'multi-word: agency and subject',
    query: 'Försäkringskassan funktionshinder',
    first: 'AGENCY @forsakringskassan',
    top5: ['WORK Funktionshindersråd @forsakringskassan'],
  },

  // The seeded consultation.
  { about: 'the seeded consultation', query: 'samråd', top5: ['MEETING Samråd om samverkan mellan det civila samhället och det offentliga'] },
  { about: 'the seeded consultation', query: 'samråd civila samhället', first: 'MEETING Samråd om samverkan mellan det civila samhället och det offentliga' },
  { about: 'the seeded consultation', query: 'digitalt samråd', first: 'MEETING Samråd om samverkan mellan det civila samhället och det offentliga' },
  { about: 'the seeded consultation', query: 'referensgrupp', top5: ['MEETING Samråd om samverkan mellan det civila samhället och det offentliga'] },
];

/** Pairs of the same query with and without å, ä, ö: both find the same first hit, and the exact spelling scores higher. */
const SPELLINGS = [
  { exact: 'Arbetsförmedlingen', folded: 'arbetsformedlingen' },
  { exact: 'Försäkringskassan', folded: 'forsakringskassan' },
  { exact: 'Folkhälsomyndigheten', folded: 'folkhalsomyndigheten' },
  { exact: 'Jämställdhetsmyndigheten', folded: 'jamstalldhetsmyndigheten' },
  { exact: 'Länsstyrelserna', folded: 'lansstyrelserna' },
  { exact: 'Tillväxtverket', folded: 'tillvaxtverket' },
  { exact: 'mötesplatser', folded: 'motesplatser' },
  { exact: 'förening', folded: 'forening' },
];

interface Expected {
  kind: string;
  title?: string;
  slug?: string;
}

/** Reads `KIND title @slug` (title and slug optional). */
function parse(spec: string): Expected {
  const [kind, ...rest] = spec.split(' ');
  const text = rest.join(' ');
  const at = text.lastIndexOf('@');
  const title = (at === -1 ? text : text.slice(0, at)).trim();
  const slug = at === -1 ? undefined : text.slice(at + 1).trim();
  return { kind: kind!, ...(title ? { title } : {}), ...(slug ? { slug } : {}) };
}

function matches(hit: Hit, expected: Expected): boolean {
  return (
    hit.kind === expected.kind &&
    (expected.title === undefined || hit.title === expected.title) &&
    (expected.slug === undefined || hit.agency?.slug === expected.slug)
  );
}

/** A hit as the rows write it, with its score: what a failing row shows instead. */
const describeHit = (hit: Hit) => `${hit.kind} ${hit.title}${hit.agency ? ` @${hit.agency.slug}` : ''} (${hit.score})`;

describe('search relevance over the seeded data', () => {
  let api: TestApp;
  const viewers = {} as Record<'anonymous' | 'member', GraphQLClient>;
  let workKinds: Map<string, string>;

  async function search(client: GraphQLClient, query: string): Promise<SearchResult> {
    return (await client.data<{ search: SearchResult }>(SEARCH, { query })).search;
  }

  beforeAll(async () => {
    api = await startTestApp();
    viewers.anonymous = api.gql;
    viewers.member = (await api.login(DEMO.member)).client;
    const work = await api.prisma.client.civilSocietyWork.findMany({ select: { id: true, kind: true } });
    workKinds = new Map(work.map((row) => [row.id, row.kind]));
  });

  afterAll(async () => {
    await api.close();
  });

  it('has a set of at least 35 queries', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(35);
    expect(new Set(ROWS.map((row) => row.query)).size).toBe(ROWS.length);
    for (const row of ROWS) expect(row.first ?? row.top5 ?? row.top10 ?? row.top5WorkKinds).toBeDefined();
  });

  describe.each(['anonymous', 'member'] as const)('as %s', (viewer) => {
    it.each(ROWS)('$query ($about)', async (row) => {
      const result = await search(viewers[viewer], row.query);
      const top5 = result.hits.slice(0, 5);
      const shown = top5.map(describeHit);
      const problems: string[] = [];
      if (row.first && !(top5[0] && matches(top5[0], parse(row.first)))) problems.push(`first should be ${row.first}`);
      for (const spec of row.top5 ?? []) if (!top5.some((hit) => matches(hit, parse(spec)))) problems.push(`top 5 should hold ${spec}`);
      for (const spec of row.top10 ?? []) if (!result.hits.some((hit) => matches(hit, parse(spec)))) problems.push(`top 10 should hold ${spec}`);
      if (row.top5WorkKinds) {
        for (const hit of top5) {
          if (hit.kind !== 'WORK' || !row.top5WorkKinds.includes(workKinds.get(hit.id) ?? ''))
            problems.push(`not ${row.top5WorkKinds.join('/')} work: ${describeHit(hit)}`);
        }
        if (top5.length < 5) problems.push(`fewer than five hits`);
      }
      if (row.didYouMean !== undefined && result.didYouMean !== row.didYouMean)
        problems.push(`did you mean should be ${row.didYouMean}, is ${result.didYouMean}`);
      // On failure the message shows what came back instead, with scores.
      if (problems.length > 0) problems.push(`top 5 was: ${shown.join(' | ') || 'nothing'}`);
      expect(problems).toEqual([]);
    });

    it.each(SPELLINGS)('$exact ranks above $folded, the same first hit', async ({ exact, folded }) => {
      const [withDiacritics, without] = [await search(viewers[viewer], exact), await search(viewers[viewer], folded)];
      expect(withDiacritics.hits[0]).toBeDefined();
      expect(without.hits[0]).toMatchObject({ kind: withDiacritics.hits[0]!.kind, id: withDiacritics.hits[0]!.id });
      expect({ exact: withDiacritics.hits[0]!.score, folded: without.hits[0]!.score, higher: withDiacritics.hits[0]!.score > without.hits[0]!.score }).toEqual({
        exact: withDiacritics.hits[0]!.score,
        folded: without.hits[0]!.score,
        higher: true,
      });
    });

    it('finds only work that offers travel reimbursement for "reseersättning"', async () => {
      const result = await search(viewers[viewer], 'reseersättning');
      const offering = await api.prisma.client.civilSocietyWork.findMany({ where: { supportOffered: { has: 'TRAVEL_REIMBURSEMENT' } }, select: { id: true } });
      expect(offering.length).toBeGreaterThan(0);
      expect(result.hits.map((hit) => hit.id).sort()).toEqual(offering.map((work) => work.id).sort());
    });
  });
});
