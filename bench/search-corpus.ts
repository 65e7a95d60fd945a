/**
 * A made-up but realistic corpus for the search benchmark: Swedish text from
 * the seed's own vocabulary (agencies, networks, work, target groups, and a
 * bigram chain over the seed's sentences) mixed with sentences built from
 * inflected nouns, adjectives and verbs, compounds (some of them rare),
 * names, places and dates. Word choice follows Zipf's law and each document
 * returns to its own topic, as real text does. Everything is drawn from one
 * seeded generator, so a run with the same number of documents loads the same
 * rows with the same ids.
 */

import { FIRST_NAMES as SEED_FIRST_NAMES, LAST_NAMES as SEED_LAST_NAMES } from '../prisma/seed/contacts.js';
import { type AgencyFact, type NetworkFact, readFacts, type ResourceFact } from '../prisma/seed/facts.js';
import type { CopyValue } from './pg-copy.js';

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, and good enough for test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cumulativeWeights = new WeakMap<readonly unknown[], Map<number, Float64Array>>();

/** How far Zipf's law is flattened at the top for the words of sentences (Zipf–Mandelbrot): the commonest noun is in about a third of the documents, not in all. */
const WORD_OFFSET = 8;

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  /** An element by Zipf's law: the r-th about 1/(r + offset) as often, so with no offset the first most often by far. */
  zipf<T>(list: readonly T[], offset = 0): T {
    let byOffset = cumulativeWeights.get(list);
    if (!byOffset) cumulativeWeights.set(list, (byOffset = new Map()));
    let cumulative = byOffset.get(offset);
    if (!cumulative) {
      cumulative = new Float64Array(list.length);
      let sum = 0;
      for (let rank = 0; rank < list.length; rank++) cumulative[rank] = sum += 1 / (rank + 1 + offset);
      byOffset.set(offset, cumulative);
    }
    const target = this.next() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return list[low]!;
  }

  /** A word of a sentence: Zipf's law, flattened at the top. */
  word<T>(list: readonly T[]): T {
    return this.zipf(list, WORD_OFFSET);
  }

  /** 0, 1, 2 … with the given mean, rarely more than `max`. */
  geometric(mean: number, max: number): number {
    let count = 0;
    while (count < max && this.next() < mean / (mean + 1)) count++;
    return count;
  }

  some<T>(list: readonly T[], low: number, high: number, draw: (list: readonly T[]) => T = (items) => this.zipf(items)): T[] {
    const wanted = this.between(low, high);
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) chosen.add(draw(list));
    return [...chosen];
  }
}

/**
 * A version-4-shaped UUID for row `index` of `kind`: the same row gets the
 * same id in every run. The kind and index are in it, so ids never collide;
 * the leading bits are hashed, so ids are spread as random ones are.
 */
export function corpusUuid(kind: number, index: number): string {
  const random = mulberry32(Math.imul(kind + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  const hashed = () => Math.floor(random() * 4294967296);
  return `${hex(hashed(), 8)}-${hex(kind & 0xffff, 4)}-4${hex(hashed() & 0xfff, 3)}-${hex(0x8000 | (hashed() & 0x3fff), 4)}-${hex(index, 12)}`;
}

// ---------------------------------------------------------------- vocabulary

/** Indefinite and definite singular, indefinite and definite plural, and the form that begins a compound; most common first. */
const NOUNS: readonly (readonly [string, string, string, string, string])[] = [
  ['förening', 'föreningen', 'föreningar', 'föreningarna', 'förenings'],
  ['stöd', 'stödet', 'stöd', 'stöden', 'stöd'],
  ['bidrag', 'bidraget', 'bidrag', 'bidragen', 'bidrags'],
  ['samverkan', 'samverkan', 'samverkansformer', 'samverkansformerna', 'samverkans'],
  ['myndighet', 'myndigheten', 'myndigheter', 'myndigheterna', 'myndighets'],
  ['organisation', 'organisationen', 'organisationer', 'organisationerna', 'organisations'],
  ['verksamhet', 'verksamheten', 'verksamheter', 'verksamheterna', 'verksamhets'],
  ['kommun', 'kommunen', 'kommuner', 'kommunerna', 'kommun'],
  ['projekt', 'projektet', 'projekt', 'projekten', 'projekt'],
  ['möte', 'mötet', 'möten', 'mötena', 'mötes'],
  ['fråga', 'frågan', 'frågor', 'frågorna', 'fråge'],
  ['ansökan', 'ansökan', 'ansökningar', 'ansökningarna', 'ansöknings'],
  ['civilsamhälle', 'civilsamhället', 'civilsamhällen', 'civilsamhällena', 'civilsamhälles'],
  ['region', 'regionen', 'regioner', 'regionerna', 'regions'],
  ['insats', 'insatsen', 'insatser', 'insatserna', 'insats'],
  ['målgrupp', 'målgruppen', 'målgrupper', 'målgrupperna', 'målgrupps'],
  ['uppdrag', 'uppdraget', 'uppdrag', 'uppdragen', 'uppdrags'],
  ['erfarenhet', 'erfarenheten', 'erfarenheter', 'erfarenheterna', 'erfarenhets'],
  ['nätverk', 'nätverket', 'nätverk', 'nätverken', 'nätverks'],
  ['utbildning', 'utbildningen', 'utbildningar', 'utbildningarna', 'utbildnings'],
  ['ungdom', 'ungdomen', 'ungdomar', 'ungdomarna', 'ungdoms'],
  ['rapport', 'rapporten', 'rapporter', 'rapporterna', 'rapport'],
  ['möjlighet', 'möjligheten', 'möjligheter', 'möjligheterna', 'möjlighets'],
  ['volontär', 'volontären', 'volontärer', 'volontärerna', 'volontär'],
  ['lokal', 'lokalen', 'lokaler', 'lokalerna', 'lokal'],
  ['kunskap', 'kunskapen', 'kunskaper', 'kunskaperna', 'kunskaps'],
  ['beslut', 'beslutet', 'beslut', 'besluten', 'besluts'],
  ['medlem', 'medlemmen', 'medlemmar', 'medlemmarna', 'medlems'],
  ['ersättning', 'ersättningen', 'ersättningar', 'ersättningarna', 'ersättnings'],
  ['utmaning', 'utmaningen', 'utmaningar', 'utmaningarna', 'utmanings'],
  ['metod', 'metoden', 'metoder', 'metoderna', 'metod'],
  ['dialog', 'dialogen', 'dialoger', 'dialogerna', 'dialog'],
  ['kostnad', 'kostnaden', 'kostnader', 'kostnaderna', 'kostnads'],
  ['uppföljning', 'uppföljningen', 'uppföljningar', 'uppföljningarna', 'uppföljnings'],
  ['barn', 'barnet', 'barn', 'barnen', 'barn'],
  ['integration', 'integrationen', 'integrationer', 'integrationerna', 'integrations'],
  ['modell', 'modellen', 'modeller', 'modellerna', 'modell'],
  ['tjänst', 'tjänsten', 'tjänster', 'tjänsterna', 'tjänste'],
  ['samråd', 'samrådet', 'samråd', 'samråden', 'samråds'],
  ['redovisning', 'redovisningen', 'redovisningar', 'redovisningarna', 'redovisnings'],
  ['styrelse', 'styrelsen', 'styrelser', 'styrelserna', 'styrelse'],
  ['åtgärd', 'åtgärden', 'åtgärder', 'åtgärderna', 'åtgärds'],
  ['resa', 'resan', 'resor', 'resorna', 'rese'],
  ['fond', 'fonden', 'fonder', 'fonderna', 'fond'],
  ['familj', 'familjen', 'familjer', 'familjerna', 'familje'],
  ['vägledning', 'vägledningen', 'vägledningar', 'vägledningarna', 'väglednings'],
  ['kultur', 'kulturen', 'kulturer', 'kulturerna', 'kultur'],
  ['utvärdering', 'utvärderingen', 'utvärderingar', 'utvärderingarna', 'utvärderings'],
  ['idrott', 'idrotten', 'idrotter', 'idrotterna', 'idrotts'],
  ['handläggare', 'handläggaren', 'handläggare', 'handläggarna', 'handläggar'],
  ['avtal', 'avtalet', 'avtal', 'avtalen', 'avtals'],
  ['demokrati', 'demokratin', 'demokratier', 'demokratierna', 'demokrati'],
  ['budget', 'budgeten', 'budgetar', 'budgetarna', 'budget'],
  ['skola', 'skolan', 'skolor', 'skolorna', 'skol'],
  ['språk', 'språket', 'språk', 'språken', 'språk'],
  ['process', 'processen', 'processer', 'processerna', 'process'],
  ['partnerskap', 'partnerskapet', 'partnerskap', 'partnerskapen', 'partnerskaps'],
  ['mötesplats', 'mötesplatsen', 'mötesplatser', 'mötesplatserna', 'mötesplats'],
  ['upphandling', 'upphandlingen', 'upphandlingar', 'upphandlingarna', 'upphandlings'],
  ['jämställdhet', 'jämställdheten', 'jämställdheter', 'jämställdheterna', 'jämställdhets'],
  ['folkhälsa', 'folkhälsan', 'folkhälsor', 'folkhälsorna', 'folkhälso'],
  ['rutin', 'rutinen', 'rutiner', 'rutinerna', 'rutin'],
  ['webbplats', 'webbplatsen', 'webbplatser', 'webbplatserna', 'webbplats'],
  ['kris', 'krisen', 'kriser', 'kriserna', 'kris'],
  ['beredskap', 'beredskapen', 'beredskaper', 'beredskaperna', 'beredskaps'],
  ['praktik', 'praktiken', 'praktiker', 'praktikerna', 'praktik'],
  ['arbetsmarknad', 'arbetsmarknaden', 'arbetsmarknader', 'arbetsmarknaderna', 'arbetsmarknads'],
  ['tillstånd', 'tillståndet', 'tillstånd', 'tillstånden', 'tillstånds'],
  ['överenskommelse', 'överenskommelsen', 'överenskommelser', 'överenskommelserna', 'överenskommelse'],
  ['insamling', 'insamlingen', 'insamlingar', 'insamlingarna', 'insamlings'],
  ['digitalisering', 'digitaliseringen', 'digitaliseringar', 'digitaliseringarna', 'digitaliserings'],
  ['säkerhet', 'säkerheten', 'säkerheter', 'säkerheterna', 'säkerhets'],
  ['protokoll', 'protokollet', 'protokoll', 'protokollen', 'protokolls'],
  ['referensgrupp', 'referensgruppen', 'referensgrupper', 'referensgrupperna', 'referensgrupps'],
  ['seminarium', 'seminariet', 'seminarier', 'seminarierna', 'seminarie'],
  ['årsmöte', 'årsmötet', 'årsmöten', 'årsmötena', 'årsmötes'],
  ['dagordning', 'dagordningen', 'dagordningar', 'dagordningarna', 'dagordnings'],
  ['skatt', 'skatten', 'skatter', 'skatterna', 'skatte'],
  ['gåva', 'gåvan', 'gåvor', 'gåvorna', 'gåvo'],
  ['lotteri', 'lotteriet', 'lotterier', 'lotterierna', 'lotteri'],
  ['brottsoffer', 'brottsoffret', 'brottsoffer', 'brottsoffren', 'brottsoffer'],
  ['trossamfund', 'trossamfundet', 'trossamfund', 'trossamfunden', 'trossamfunds'],
  ['studieförbund', 'studieförbundet', 'studieförbund', 'studieförbunden', 'studieförbunds'],
  ['folkhögskola', 'folkhögskolan', 'folkhögskolor', 'folkhögskolorna', 'folkhögskole'],
  ['stadga', 'stadgan', 'stadgar', 'stadgarna', 'stadge'],
  ['deklaration', 'deklarationen', 'deklarationer', 'deklarationerna', 'deklarations'],
  ['funktionsnedsättning', 'funktionsnedsättningen', 'funktionsnedsättningar', 'funktionsnedsättningarna', 'funktionsnedsättnings'],
  ['äldreomsorg', 'äldreomsorgen', 'äldreomsorger', 'äldreomsorgerna', 'äldreomsorgs'],
  ['bostad', 'bostaden', 'bostäder', 'bostäderna', 'bostads'],
  ['miljö', 'miljön', 'miljöer', 'miljöerna', 'miljö'],
  ['hållbarhet', 'hållbarheten', 'hållbarheter', 'hållbarheterna', 'hållbarhets'],
  ['workshop', 'workshopen', 'workshoppar', 'workshopparna', 'workshop'],
];

/** Common, neuter, and plural or definite. */
const ADJECTIVES: readonly (readonly [string, string, string])[] = [
  ['ideell', 'ideellt', 'ideella'],
  ['lokal', 'lokalt', 'lokala'],
  ['ny', 'nytt', 'nya'],
  ['social', 'socialt', 'sociala'],
  ['statlig', 'statligt', 'statliga'],
  ['regional', 'regionalt', 'regionala'],
  ['gemensam', 'gemensamt', 'gemensamma'],
  ['viktig', 'viktigt', 'viktiga'],
  ['nationell', 'nationellt', 'nationella'],
  ['ekonomisk', 'ekonomiskt', 'ekonomiska'],
  ['kommunal', 'kommunalt', 'kommunala'],
  ['digital', 'digitalt', 'digitala'],
  ['god', 'gott', 'goda'],
  ['långsiktig', 'långsiktigt', 'långsiktiga'],
  ['offentlig', 'offentligt', 'offentliga'],
  ['särskild', 'särskilt', 'särskilda'],
  ['öppen', 'öppet', 'öppna'],
  ['stor', 'stort', 'stora'],
  ['tydlig', 'tydligt', 'tydliga'],
  ['årlig', 'årligt', 'årliga'],
  ['hållbar', 'hållbart', 'hållbara'],
  ['aktuell', 'aktuellt', 'aktuella'],
  ['nyanländ', 'nyanlänt', 'nyanlända'],
  ['kostnadsfri', 'kostnadsfritt', 'kostnadsfria'],
  ['förebyggande', 'förebyggande', 'förebyggande'],
  ['ensamkommande', 'ensamkommande', 'ensamkommande'],
];

/** Infinitive, present, past, supine. */
const VERBS: readonly (readonly [string, string, string, string])[] = [
  ['samverka', 'samverkar', 'samverkade', 'samverkat'],
  ['utveckla', 'utvecklar', 'utvecklade', 'utvecklat'],
  ['stödja', 'stödjer', 'stödde', 'stött'],
  ['arbeta med', 'arbetar med', 'arbetade med', 'arbetat med'],
  ['erbjuda', 'erbjuder', 'erbjöd', 'erbjudit'],
  ['ansöka om', 'ansöker om', 'ansökte om', 'ansökt om'],
  ['fördela', 'fördelar', 'fördelade', 'fördelat'],
  ['diskutera', 'diskuterar', 'diskuterade', 'diskuterat'],
  ['behöva', 'behöver', 'behövde', 'behövt'],
  ['följa upp', 'följer upp', 'följde upp', 'följt upp'],
  ['genomföra', 'genomför', 'genomförde', 'genomfört'],
  ['planera', 'planerar', 'planerade', 'planerat'],
  ['dela', 'delar', 'delade', 'delat'],
  ['presentera', 'presenterar', 'presenterade', 'presenterat'],
  ['redovisa', 'redovisar', 'redovisade', 'redovisat'],
  ['besluta om', 'beslutar om', 'beslutade om', 'beslutat om'],
  ['sprida', 'sprider', 'spred', 'spridit'],
  ['föreslå', 'föreslår', 'föreslog', 'föreslagit'],
  ['finansiera', 'finansierar', 'finansierade', 'finansierat'],
  ['granska', 'granskar', 'granskade', 'granskat'],
  ['anordna', 'anordnar', 'anordnade', 'anordnat'],
  ['kartlägga', 'kartlägger', 'kartlade', 'kartlagt'],
  ['informera om', 'informerar om', 'informerade om', 'informerat om'],
  ['organisera', 'organiserar', 'organiserade', 'organiserat'],
  ['välkomna', 'välkomnar', 'välkomnade', 'välkomnat'],
];

const PREPOSITIONS = ['för', 'med', 'till', 'om', 'i', 'av', 'inom', 'kring', 'mellan', 'genom', 'efter', 'utifrån', 'under'];
const ADVERBS = ['också', 'särskilt', 'framför allt', 'till exempel', 'bland annat', 'dessutom', 'gärna', 'ofta', 'redan', 'fortfarande'];
const SUBJECTS = [
  'Föreningen',
  'Myndigheten',
  'Kommunen',
  'Nätverket',
  'Vi',
  'Regionen',
  'Styrelsen',
  'Organisationen',
  'Projektet',
  'Referensgruppen',
  'Samordnaren',
  'Ni',
];

/** The seed's contact names, then more: the corpus' people include the demo's. */
export const FIRST_NAMES = [
  ...SEED_FIRST_NAMES,
  'Per',
  'Sofia',
  'Ali',
  'Kristina',
  'Magnus',
  'Ebba',
  'Mohammed',
  'Astrid',
  'Henrik',
  'Ylva',
  'Daniel',
  'Zeynep',
  'Björn',
  'Hanna',
  'Ahmed',
  'Klara',
  'Olof',
  'Mirja',
  'Aino',
  'Sven',
  'Nour',
];
export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  ...SEED_LAST_NAMES,
  'Mohammadi',
  'Yilmaz',
  'Virtanen',
  'Korhonen',
  'Nieminen',
  'Ali',
  'Hussein',
  'Kaya',
  'Lindqvist',
  'Bergström',
  'Magnusson',
  'Samuelsson',
  'Sundqvist',
  'Blomqvist',
  'Hägglund',
  'Kuoppa',
  'Niemi',
  'Pettersson',
  'Gustafsson',
  'Jönsson',
  'Axelsson',
  'Sjögren',
];
/** Most populous first, so the small places of the north and the islands come up rarely. */
export const PLACES = [
  'Stockholm',
  'Göteborg',
  'Malmö',
  'Uppsala',
  'Västerås',
  'Örebro',
  'Linköping',
  'Helsingborg',
  'Jönköping',
  'Norrköping',
  'Lund',
  'Umeå',
  'Gävle',
  'Borås',
  'Eskilstuna',
  'Södertälje',
  'Karlstad',
  'Växjö',
  'Halmstad',
  'Sundsvall',
  'Luleå',
  'Trollhättan',
  'Östersund',
  'Borlänge',
  'Falun',
  'Kalmar',
  'Skövde',
  'Kristianstad',
  'Karlskrona',
  'Skellefteå',
  'Uddevalla',
  'Varberg',
  'Nyköping',
  'Visby',
  'Kiruna',
  'Ystad',
  'Strömstad',
  'Härnösand',
  'Hudiksvall',
  'Mora',
  'Ljungby',
  'Vimmerby',
  'Åre',
  'Haparanda',
  'Arvidsjaur',
  'Överkalix',
  'Jokkmokk',
  'Sorsele',
  'Arjeplog',
  'Pajala',
  'Storuman',
  'Dorotea',
  'Bjurholm',
  'Ragunda',
  'Övertorneå',
  'Vilhelmina',
  'Gotlands glesbygd',
];
/** Villages: 400 names, each rare (a few in ten thousand documents), for the searches that should find a handful. */
const VILLAGE_STARTS = [
  'Björk',
  'Gran',
  'Tall',
  'Ek',
  'Sjö',
  'Berg',
  'Älv',
  'Myr',
  'Lid',
  'Kvarn',
  'Hög',
  'Lång',
  'Stor',
  'Lill',
  'Norr',
  'Sör',
  'Väst',
  'Öst',
  'Mo',
  'Ås',
];
const VILLAGE_ENDS = [
  'träsk',
  'byn',
  'sele',
  'åsen',
  'vik',
  'holm',
  'dal',
  'fors',
  'liden',
  'näs',
  'berget',
  'myran',
  'strand',
  'heden',
  'sjön',
  'bäcken',
  'viken',
  'lunda',
  'torp',
  'hyttan',
];
export const VILLAGES = VILLAGE_STARTS.flatMap((start) => VILLAGE_ENDS.map((end) => `${start}${end}`));
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'];
const TITLES = ['Handläggare', 'Samordnare', 'Verksamhetsutvecklare', 'Enhetschef', 'Utredare', 'Projektledare', 'Kommunikatör', 'Strateg', 'Jurist'];
const TOPICS = [
  'bidrag',
  'lokaler',
  'volontärer',
  'samverkan',
  'ansökan',
  'redovisning',
  'integration',
  'unga',
  'digitalisering',
  'krisberedskap',
  'idrott',
  'kultur',
  'brottsoffer',
  'tillgänglighet',
  'jämställdhet',
  'upphandling',
  'partnerskap',
  'folkbildning',
  'lotterier',
  'insamling',
  'äldre',
  'språkcafé',
  'trossamfund',
  'arbetsmarknad',
  'föreningsstöd',
  'dialog',
  'iop',
  'landsbygd',
  'hälsa',
  'medlemsvärvning',
];

// ---------------------------------------------------------------- the seed's own text

interface SeedText {
  swedish: string[];
  english: string[];
  workTitles: string[];
  workTitlesEn: string[];
  targetGroups: string[];
  howToApply: string[];
}

function readSeedText(): SeedText {
  const agencies = readFacts<AgencyFact[]>('agencies.json');
  const networks = readFacts<NetworkFact[]>('networks.json');
  const resources = readFacts<ResourceFact[]>('resources.json');
  const work = agencies.flatMap((agency) => agency.civilSocietyWork);
  const targetCounts = new Map<string, number>();
  for (const group of work.flatMap((item) => item.targetGroups)) targetCounts.set(group, (targetCounts.get(group) ?? 0) + 1);
  return {
    swedish: [
      ...agencies.map((agency) => agency.description),
      ...work.flatMap((item) => [item.summary, item.description, item.howToApply ?? '']),
      ...networks.map((network) => network.description),
      ...resources.map((resource) => resource.summarySv),
    ],
    english: [
      ...agencies.map((agency) => agency.descriptionEn ?? ''),
      ...work.map((item) => item.descriptionEn ?? ''),
      ...networks.map((network) => network.descriptionEn ?? ''),
      ...resources.map((resource) => resource.summaryEn ?? ''),
    ],
    workTitles: work.map((item) => item.title),
    workTitlesEn: work.flatMap((item) => (item.titleEn ? [item.titleEn] : [])),
    // Most used first, for Zipf.
    targetGroups: [...targetCounts].sort((a, b) => b[1] - a[1]).map(([group]) => group),
    howToApply: [...new Set(work.flatMap((item) => (item.howToApply ? [item.howToApply] : [])))],
  };
}

/** A bigram chain over sentences: walks that mostly follow the seed's own Swedish and now and then cross to another sentence. */
class BigramChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(texts: string[]) {
    for (const text of texts) {
      const tokens = text.split(/\s+/).filter(Boolean);
      let previous: string | null = null;
      for (const token of tokens) {
        if (previous === null) this.starts.push(token);
        else {
          const followers = this.next.get(previous) ?? [];
          followers.push(token);
          this.next.set(previous, followers);
        }
        previous = /[.!?]$/.test(token) ? null : token;
      }
    }
  }

  sentence(random: Random, maxWords = 30): string {
    let token = random.pick(this.starts);
    const words = [token];
    while (!/[.!?]$/.test(token) && words.length < maxWords) {
      const followers = this.next.get(token);
      if (!followers) break;
      token = random.pick(followers);
      words.push(token);
    }
    const text = words.join(' ');
    return /[.!?]$/.test(text) ? text : `${text.replace(/[,;:–-]$/, '')}.`;
  }
}

// ---------------------------------------------------------------- documents

export interface CorpusAgency {
  id: string;
  slug: string;
  name: string;
  abbreviation: string | null;
}

export interface CorpusContext {
  agencies: CorpusAgency[];
  networks: { id: string; name: string }[];
  /** Authors of threads, replies and updates. */
  userIds: string[];
  coordinatorId: string;
}

export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: CopyValue[][];
}

export interface CorpusBatch {
  kind: CorpusKind;
  /** Documents (searchable sources) in this batch. */
  documents: number;
  tables: TableRows[];
}

export type CorpusKind = 'work' | 'contacts' | 'meetings' | 'minutes' | 'threads' | 'developmentAreas';

/** Shares of the documents per kind: the exchange is where most text is written. */
export const KIND_SHARES: Record<CorpusKind, number> = {
  threads: 0.36,
  work: 0.2,
  contacts: 0.14,
  meetings: 0.12,
  minutes: 0.1,
  developmentAreas: 0.08,
};

const KIND_CODES: Record<CorpusKind, number> = { work: 1, contacts: 2, meetings: 3, minutes: 4, threads: 5, developmentAreas: 6 };
const CHILD_CODES = { agenda: 11, actionItems: 12, replies: 13, updates: 14 };

const WORK_KINDS = [
  'GRANT',
  'KNOWLEDGE_SUPPORT',
  'INFORMATION',
  'CONSULTATION',
  'MEETING_PLACE',
  'PARTNERSHIP',
  'VOLUNTEER_PROGRAMME',
  'PROCURED_SERVICE',
  'AGREEMENT',
];
const WORK_KIND_TITLES: Record<string, string> = {
  GRANT: 'Bidrag',
  KNOWLEDGE_SUPPORT: 'Kunskapsstöd',
  INFORMATION: 'Information',
  CONSULTATION: 'Samråd',
  MEETING_PLACE: 'Mötesplats',
  PARTNERSHIP: 'Partnerskap',
  VOLUNTEER_PROGRAMME: 'Volontärprogram',
  PROCURED_SERVICE: 'Upphandlad tjänst',
  AGREEMENT: 'Överenskommelse',
};
const SUPPORT_TYPES = [
  'FUNDING',
  'INFORMATION',
  'TRAINING',
  'MEETINGS_WITH_TARGET_GROUP',
  'PREMISES',
  'TRAVEL_REIMBURSEMENT',
  'MATERIALS',
  'PROCURED_SERVICE',
  'OTHER',
];
const MEETING_KINDS = ['NETWORK_MEETING', 'WORKSHOP', 'WEBINAR', 'CONSULTATION'];
const MEETING_KIND_TITLES: Record<string, string> = { NETWORK_MEETING: 'Nätverksmöte', WORKSHOP: 'Workshop', WEBINAR: 'Webbinarium', CONSULTATION: 'Samråd' };
const MEETING_FORMATS = ['DIGITAL', 'IN_PERSON', 'HYBRID'];
const AREA_STATUSES = ['IDENTIFIED', 'IN_PROGRESS', 'ADDRESSED', 'DROPPED'];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const DAY = 86_400_000;
/** 1 January 2021: the corpus spans eight years from here. */
const EPOCH = Date.UTC(2021, 0, 1);

/** One document's words: it returns to its own topic, as real text does. */
class Writer {
  private topic: (typeof NOUNS)[number][] = [];
  private topicModifier = '';

  constructor(
    private readonly random: Random,
    private readonly seed: SeedText,
    private readonly chain: BigramChain,
    private readonly englishChain: BigramChain,
    private readonly context: CorpusContext,
  ) {}

  newTopic(): void {
    this.topic = [this.random.word(NOUNS), this.random.word(NOUNS)];
    this.topicModifier = this.random.word(NOUNS)[4];
  }

  private noun(): (typeof NOUNS)[number] {
    return this.random.chance(0.45) ? this.random.pick(this.topic) : this.random.word(NOUNS);
  }

  /** A compound in one of its forms; a few have three parts and are rare. */
  compound(): string {
    const head = this.noun();
    const form = head[this.random.zipf([0, 1, 2, 3] as const)];
    const first = this.random.chance(0.4) ? this.topicModifier : this.random.word(NOUNS)[4];
    const middle = this.random.chance(0.03) ? this.random.word(NOUNS)[4] : '';
    if (first === head[4] || middle === head[4] || first === middle) return form;
    return `${first}${middle}${form}`;
  }

  nounPhrase(): string {
    const noun = this.noun();
    switch (this.random.int(7)) {
      case 0:
        return noun[0];
      case 1:
        return noun[1];
      case 2:
        return `${this.random.word(ADJECTIVES)[2]} ${noun[2]}`;
      case 3:
        return `de ${this.random.word(ADJECTIVES)[2]} ${noun[3]}`;
      case 4:
        return this.compound();
      case 5:
        return `${noun[1]} ${this.random.pick(['för', 'av', 'om', 'till'])} ${this.random.word(NOUNS)[2]}`;
      default:
        return noun[2];
    }
  }

  name(): string {
    return `${this.random.zipf(FIRST_NAMES)} ${this.random.zipf(LAST_NAMES)}`;
  }

  place(): string {
    return this.random.chance(0.1) ? this.random.pick(VILLAGES) : this.random.zipf(PLACES);
  }

  date(time = EPOCH + this.random.int(8 * 365) * DAY): string {
    const day = new Date(time);
    return this.random.chance(0.3)
      ? day.toISOString().slice(0, 10)
      : `${this.random.chance(0.3) ? `${this.random.pick(WEEKDAYS)} ` : ''}den ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  }

  agencyName(): string {
    const agency = this.random.zipf(this.context.agencies);
    return this.random.chance(0.5) && agency.abbreviation ? agency.abbreviation : agency.name;
  }

  sentence(): string {
    const random = this.random;
    const verb = random.word(VERBS);
    const np = () => this.nounPhrase();
    switch (random.int(12)) {
      case 0:
      case 1:
      case 2:
        return this.chain.sentence(random);
      case 3:
        return `${random.pick(SUBJECTS)} ${verb[1]} ${np()} ${random.zipf(PREPOSITIONS)} ${np()}.`;
      case 4:
        return `${random.pick(SUBJECTS)} har ${verb[3]} ${np()} ${random.zipf(PREPOSITIONS)} ${np()} och ${np()}.`;
      case 5:
        return `Under ${2021 + random.int(8)} ${verb[1]} ${random.pick(SUBJECTS).toLowerCase()} ${np()} i ${this.place()}.`;
      case 6:
        return `${this.name()} från ${this.agencyName()} ${verb[2]} hur ${np()} kan ${random.word(VERBS)[0]} ${np()}.`;
      case 7:
        return `Det är ${random.word(ADJECTIVES)[1]} att ${verb[0]} ${np()} ${random.zipf(PREPOSITIONS)} ${np()}, ${random.pick(ADVERBS)} ${np()}.`;
      case 8:
        return `Vi vill ${verb[0]} ${np()} för ${random.zipf(this.seed.targetGroups)}, ${random.pick(ADVERBS)} i ${this.place()}.`;
      case 9:
        return `${random.pick(['Sista dag att ansöka är', 'Nästa möte hålls', 'Redovisningen ska vara inne senast', 'Beslut fattas'])} ${this.date()}.`;
      case 10:
        return `${capitalise(np())} ${verb[1]} ${np()} – ${random.pick(ADVERBS)} ${np()} ${random.zipf(PREPOSITIONS)} ${this.compound()}.`;
      default:
        return `${capitalise(this.compound())} och ${np()} ${random.pick(['är', 'blir', 'var'])} ${random.word(ADJECTIVES)[2]} för ${random.zipf(this.seed.targetGroups)}.`;
    }
  }

  question(): string {
    const random = this.random;
    const verb = random.word(VERBS);
    switch (random.int(5)) {
      case 0:
        return `Hur ${verb[1]} ni ${this.nounPhrase()} ${random.zipf(PREPOSITIONS)} ${this.nounPhrase()}?`;
      case 1:
        return `Har någon erfarenhet av ${this.compound()}?`;
      case 2:
        return `Vilka ${random.word(NOUNS)[2]} ${verb[1]} ni för ${random.zipf(this.seed.targetGroups)}?`;
      case 3:
        return `Tips om ${this.nounPhrase()} i ${this.place()}?`;
      default:
        return `Kan man ${verb[0]} ${this.nounPhrase()} ${random.zipf(PREPOSITIONS)} ${this.compound()}?`;
    }
  }

  paragraph(low: number, high: number): string {
    return Array.from({ length: this.random.between(low, high) }, () => this.sentence()).join(' ');
  }

  english(low: number, high: number): string {
    return Array.from({ length: this.random.between(low, high) }, () => this.englishChain.sentence(this.random)).join(' ');
  }

  title(): string {
    const random = this.random;
    switch (random.int(5)) {
      case 0:
        return `${capitalise(this.nounPhrase())} ${random.zipf(PREPOSITIONS)} ${this.nounPhrase()}`;
      case 1:
        return `${capitalise(this.compound())} i ${this.place()}`;
      case 2:
        return `${capitalise(this.compound())} för ${random.zipf(this.seed.targetGroups)}`;
      case 3:
        return `Stöd till ${this.nounPhrase()}`;
      default:
        return capitalise(this.compound());
    }
  }
}

export interface CorpusPlan {
  documents: number;
  counts: Record<CorpusKind, number>;
}

/** How many documents of each kind make `documents` (minutes never outnumber meetings). */
export function planCorpus(documents: number): CorpusPlan {
  const kinds = Object.keys(KIND_SHARES) as CorpusKind[];
  const counts = Object.fromEntries(kinds.map((kind) => [kind, Math.floor(documents * KIND_SHARES[kind])])) as Record<CorpusKind, number>;
  counts.threads += documents - kinds.reduce((sum, kind) => sum + counts[kind], 0);
  return { documents, counts };
}

const WORK_COLUMNS = [
  'id',
  'agency_id',
  'kind',
  'title',
  'title_en',
  'summary',
  'description',
  'description_en',
  'target_groups',
  'support_offered',
  'how_to_apply',
];
const CONTACT_COLUMNS = ['id', 'agency_id', 'name', 'title', 'email', 'phone', 'responsibilities'];
const MEETING_COLUMNS = [
  'id',
  'network_id',
  'title',
  'description',
  'kind',
  'format',
  'starts_at',
  'ends_at',
  'location',
  'capacity',
  'status',
  'created_by_id',
];
const AGENDA_COLUMNS = ['id', 'meeting_id', 'position', 'title', 'presenter', 'duration_minutes'];
const MINUTES_COLUMNS = ['id', 'meeting_id', 'body', 'decisions', 'published', 'published_at'];
const ACTION_COLUMNS = ['id', 'minutes_id', 'position', 'description', 'owner_agency_id', 'due_on'];
const THREAD_COLUMNS = ['id', 'title', 'body', 'author_id', 'agency_id', 'topics', 'last_activity_at', 'hidden_at', 'created_at'];
const REPLY_COLUMNS = ['id', 'thread_id', 'author_id', 'body', 'hidden_at', 'created_at'];
const AREA_COLUMNS = ['id', 'title', 'description', 'status', 'created_by_id'];
const OWNER_COLUMNS = ['area_id', 'agency_id'];
const UPDATE_COLUMNS = ['id', 'area_id', 'status', 'note', 'author_id', 'created_at'];

/**
 * The corpus as batches of rows for COPY, kind by kind, `batchSize`
 * documents at a time (with their agenda items, action items, replies,
 * owners and updates). Minutes belong to the first meetings, which are held.
 */
export function* corpusBatches(plan: CorpusPlan, context: CorpusContext, batchSize = 2000, seed = 20261122): Generator<CorpusBatch> {
  const text = readSeedText();
  const chain = new BigramChain(text.swedish);
  const englishChain = new BigramChain(text.english.filter(Boolean));
  for (const kind of Object.keys(KIND_SHARES) as CorpusKind[]) {
    // One generator per kind: the rows of a kind do not depend on how many of the others there are.
    const random = new Random(seed + KIND_CODES[kind]);
    const writer = new Writer(random, text, chain, englishChain, context);
    const total = plan.counts[kind];
    for (let start = 0; start < total; start += batchSize) {
      const end = Math.min(total, start + batchSize);
      const tables = new Map<string, TableRows>();
      const add = (table: string, columns: readonly string[], row: CopyValue[]) => {
        let rows = tables.get(table);
        if (!rows) tables.set(table, (rows = { table, columns, rows: [] }));
        rows.rows.push(row);
      };
      for (let index = start; index < end; index++) {
        writer.newTopic();
        const id = corpusUuid(KIND_CODES[kind], index);
        writeDocument(kind, index, id, plan, { random, writer, text, context, add });
      }
      yield { kind, documents: end - start, tables: [...tables.values()] };
    }
  }
}

interface DocumentTools {
  random: Random;
  writer: Writer;
  text: SeedText;
  context: CorpusContext;
  add: (table: string, columns: readonly string[], row: CopyValue[]) => void;
}

function writeDocument(kind: CorpusKind, index: number, id: string, plan: CorpusPlan, { random, writer, text, context, add }: DocumentTools): void {
  const agency = () => random.zipf(context.agencies);
  const time = (base = EPOCH, spanDays = 8 * 365) => new Date(base + random.int(spanDays * 24) * 3_600_000);
  switch (kind) {
    case 'work': {
      const workKind = random.zipf(WORK_KINDS);
      const title = random.chance(0.15)
        ? random.pick(text.workTitles)
        : random.chance(0.3)
          ? `${WORK_KIND_TITLES[workKind]} för ${random.zipf(text.targetGroups)}`
          : writer.title();
      const summary = writer.paragraph(1, 2);
      const english = random.chance(0.25);
      add('civil_society_work', WORK_COLUMNS, [
        id,
        agency().id,
        workKind,
        title,
        english ? random.pick(text.workTitlesEn) : null,
        summary,
        `${summary} ${writer.paragraph(2, 7)}`,
        english ? writer.english(1, 3) : null,
        random.some(text.targetGroups, 1, 4),
        random.some(SUPPORT_TYPES, 1, 3),
        random.chance(0.3) ? random.pick(text.howToApply) : random.chance(0.5) ? `Ansök senast ${writer.date()} via ${writer.compound()}.` : null,
      ]);
      return;
    }
    case 'contacts': {
      const first = random.zipf(FIRST_NAMES);
      const last = random.zipf(LAST_NAMES);
      const owner = agency();
      add('contact_people', CONTACT_COLUMNS, [
        id,
        owner.id,
        `${first} ${last}`,
        random.chance(0.5) ? `${random.zipf(TITLES)} för ${writer.nounPhrase()}` : random.zipf(TITLES),
        `${first}.${last}.${index}@${owner.slug}.natverket.example`.toLowerCase(),
        `070-174 06 ${String(10 + (index % 90))}`,
        Array.from({ length: random.between(1, 4) }, () => writer.nounPhrase()),
      ]);
      return;
    }
    case 'meetings': {
      const meetingKind = random.zipf(MEETING_KINDS);
      const startsAt = time();
      // The first meetings are the held ones that the minutes belong to.
      const status = index < plan.counts.minutes ? 'HELD' : random.zipf(['PUBLISHED', 'DRAFT', 'CANCELLED', 'HELD']);
      const network = random.zipf(context.networks);
      const title =
        random.int(3) === 0
          ? `${MEETING_KIND_TITLES[meetingKind]} ${MONTHS[startsAt.getUTCMonth()]} ${startsAt.getUTCFullYear()}`
          : `${MEETING_KIND_TITLES[meetingKind]} om ${writer.nounPhrase()}`;
      const format = random.zipf(MEETING_FORMATS);
      add('meetings', MEETING_COLUMNS, [
        id,
        network.id,
        title,
        writer.paragraph(2, 5),
        meetingKind,
        format,
        startsAt,
        new Date(startsAt.getTime() + random.between(1, 4) * 3_600_000),
        format === 'DIGITAL' ? null : `${writer.agencyName()}, ${writer.place()}`,
        random.chance(0.5) ? random.between(10, 200) : null,
        status,
        context.coordinatorId,
      ]);
      const items = random.between(2, 6);
      for (let position = 1; position <= items; position++) {
        add('agenda_items', AGENDA_COLUMNS, [
          corpusUuid(CHILD_CODES.agenda, index * 8 + position),
          id,
          position,
          random.chance(0.3) ? writer.question() : capitalise(writer.nounPhrase()),
          random.chance(0.5) ? (random.chance(0.5) ? writer.name() : writer.agencyName()) : null,
          random.chance(0.7) ? random.pick([10, 15, 20, 30, 45, 60]) : null,
        ]);
      }
      return;
    }
    case 'minutes': {
      const published = random.chance(0.85);
      const body = [
        `## Närvarande\n${Array.from({ length: random.between(3, 9) }, () => `- ${writer.name()}, ${writer.agencyName()}`).join('\n')}`,
        `## Diskussion\n${writer.paragraph(3, 10)}`,
        random.chance(0.5) ? `## Övrigt\n${writer.paragraph(1, 3)}` : '',
      ]
        .filter(Boolean)
        .join('\n\n');
      add('minutes', MINUTES_COLUMNS, [
        id,
        // The meeting of the same number: every minutes belongs to its own held meeting.
        corpusUuid(KIND_CODES.meetings, index),
        body,
        Array.from({ length: random.between(1, 4) }, () => `Nätverket beslutade att ${random.word(VERBS)[0]} ${writer.nounPhrase()}.`),
        published,
        published ? time() : null,
      ]);
      const items = random.between(1, 5);
      for (let position = 1; position <= items; position++) {
        add('action_items', ACTION_COLUMNS, [
          corpusUuid(CHILD_CODES.actionItems, index * 8 + position),
          id,
          position,
          `${capitalise(random.word(VERBS)[0])} ${writer.nounPhrase()} till ${writer.date()}.`,
          random.chance(0.7) ? agency().id : null,
          random.chance(0.6) ? time().toISOString().slice(0, 10) : null,
        ]);
      }
      return;
    }
    case 'threads': {
      const createdAt = time();
      const replies = random.geometric(2.5, 12);
      let last = createdAt.getTime();
      for (let position = 1; position <= replies; position++) {
        last += random.between(1, 96) * 3_600_000;
        add('experience_replies', REPLY_COLUMNS, [
          corpusUuid(CHILD_CODES.replies, index * 16 + position),
          id,
          random.pick(context.userIds),
          writer.paragraph(1, 4),
          random.chance(0.03) ? new Date(last) : null,
          new Date(last),
        ]);
      }
      add('experience_threads', THREAD_COLUMNS, [
        id,
        random.chance(0.5) ? writer.question() : writer.title(),
        `${writer.question()} ${writer.paragraph(1, 5)}`,
        random.pick(context.userIds),
        random.chance(0.9) ? agency().id : null,
        random.some(TOPICS, 1, 3),
        new Date(last),
        random.chance(0.03) ? new Date(last) : null,
        createdAt,
      ]);
      return;
    }
    case 'developmentAreas': {
      const status = random.zipf(AREA_STATUSES);
      add('development_areas', AREA_COLUMNS, [
        id,
        `${capitalise(writer.nounPhrase())} ${random.zipf(PREPOSITIONS)} ${writer.nounPhrase()}`,
        writer.paragraph(2, 6),
        status,
        context.coordinatorId,
      ]);
      for (const owner of random.some(context.agencies, 1, 3)) add('development_area_owners', OWNER_COLUMNS, [id, owner.id]);
      const updates = random.geometric(1.2, 6);
      let at = time().getTime();
      for (let position = 1; position <= updates; position++) {
        at += random.between(7, 120) * DAY;
        add('development_area_updates', UPDATE_COLUMNS, [
          corpusUuid(CHILD_CODES.updates, index * 8 + position),
          id,
          random.zipf(AREA_STATUSES),
          writer.paragraph(1, 2),
          context.coordinatorId,
          new Date(at),
        ]);
      }
      return;
    }
  }
}
