/** The researched facts the seed is made of (prisma/seed/data), as their JSON files hold them: read by the seed and by the search benchmark's corpus. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from '#config';
import type { SupportType, WorkKind } from '#prisma';

export interface NetworkFact {
  slug: string;
  name: string;
  description: string;
  descriptionEn?: string;
  source?: string;
}

export interface WorkFact {
  kind: WorkKind;
  title: string;
  titleEn?: string;
  summary: string;
  description: string;
  descriptionEn?: string;
  targetGroups: string[];
  supportOffered: SupportType[];
  howToApply?: string | null;
  url?: string | null;
  source?: string;
}

export interface AgencyFact {
  slug: string;
  name: string;
  nameEn?: string;
  abbreviation?: string | null;
  website?: string;
  ministry?: string;
  description: string;
  descriptionEn?: string;
  memberships: { network: string; role: 'COORDINATOR' | 'MEMBER'; confirmed: boolean; since: string | null; until: string | null; source?: string }[];
  civilSocietyWork: WorkFact[];
}

export interface ResourceFact {
  title: string;
  year: number | null;
  kind: string;
  summarySv: string;
  summaryEn?: string;
  source?: string;
}

/** One of the files in prisma/seed/data, parsed. */
export function readFacts<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(projectRoot(), 'prisma', 'seed', 'data', name), 'utf8')) as T;
}
