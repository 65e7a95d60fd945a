import type { WorkKind } from '#prisma';

/**
 * Made-up contact people for the demo: no real person is named. Addresses
 * are under natverket.example (reserved for examples) and the numbers are in
 * 070-174 06 xx, the range Sweden's telecom regulator keeps for fiction.
 */
export const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Karin',
  'Lars',
  'Eva',
  'Amir',
  'Sara',
  'Mikael',
  'Lena',
  'Anders',
  'Emma',
  'Jonas',
  'Ingrid',
  'Oskar',
  'Fatima',
  'Nils',
  'Elin',
  'Hassan',
  'Maja',
  'Hugo',
  'Amira',
  'Viktor',
  'Linnea',
  'Frida',
  'Gustav',
  'Leila',
  'Tove',
];
export const LAST_NAMES = [
  'Berg',
  'Lind',
  'Holm',
  'Ek',
  'Sjöberg',
  'Nyström',
  'Dahl',
  'Lundgren',
  'Strand',
  'Forsberg',
  'Björk',
  'Hedlund',
  'Åkesson',
  'Wallin',
  'Engström',
  'Sandberg',
  'Falk',
  'Norberg',
  'Öberg',
];
const TITLES = ['Samordnare för civilsamhällesfrågor', 'Handläggare', 'Verksamhetsutvecklare', 'Enhetschef'];

const RESPONSIBILITY_BY_KIND: Record<WorkKind, string> = {
  GRANT: 'bidrag och ansökningar',
  MEETING_PLACE: 'mötesplatser',
  PROCURED_SERVICE: 'upphandlad verksamhet',
  PARTNERSHIP: 'partnerskap och IOP',
  CONSULTATION: 'samråd och dialog',
  INFORMATION: 'information till organisationer',
  VOLUNTEER_PROGRAMME: 'frivilligverksamhet',
  KNOWLEDGE_SUPPORT: 'kunskapsstöd',
  AGREEMENT: 'överenskommelser',
};

function ascii(value: string): string {
  return value.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

export interface SeedContact {
  name: string;
  title: string;
  email: string;
  phone: string;
  responsibilities: string[];
}

/** 1–3 contacts for the agency at `index`, the same every time. */
export function fictionalContacts(slug: string, index: number, workKinds: WorkKind[]): SeedContact[] {
  const count = 1 + (index % 3);
  const areas = [...new Set(workKinds.map((kind) => RESPONSIBILITY_BY_KIND[kind]))];
  return Array.from({ length: count }, (_, position) => {
    const first = FIRST_NAMES[(index * 3 + position * 7) % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(index * 5 + position * 3) % LAST_NAMES.length]!;
    const responsibilities = position === 0 ? ['myndighetsnätverket för civilsamhällesfrågor', ...areas] : areas.filter((_, area) => area % count === position);
    return {
      name: `${first} ${last}`,
      title: TITLES[position % TITLES.length]!,
      email: `${ascii(first)}.${ascii(last)}@${slug}.natverket.example`,
      phone: `070-174 06 ${String(10 + ((index * 3 + position) % 90)).padStart(2, '0')}`,
      responsibilities: responsibilities.length > 0 ? responsibilities : ['allmänna frågor om samverkan'],
    };
  });
}
