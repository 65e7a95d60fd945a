/**
 * BALANCED selection for a meeting with more registrations than seats: "we
 * select for breadth of area, actor and level" (DESIGN.md, Registration and
 * selection). Pure, so that the same registrations always give the same seats
 * and the rule can be tested on its own; the caller maps the Prisma enums
 * (same string values) onto these types and writes the decisions back.
 *
 * The algorithm, and why:
 * 1. Candidates are put in arrival order (createdAt, then id), so that neither
 *    the database's row order nor equal timestamps can change the outcome.
 * 2. Candidates are grouped by (actorType, level): the "actor and level" of the
 *    rule.
 * 3. Seats are handed out one at a time, min(capacity, registrations) of them.
 *    Each goes to the group with the fewest seats so far among the groups that
 *    still have someone waiting; a tie goes to the group whose earliest waiting
 *    registration arrived first. While every group is at zero this is the
 *    "every group gets a seat" round, in the order the groups first
 *    registered; afterwards it is water-filling, which leaves any two groups at
 *    most one seat apart unless the smaller one has run out of registrants: the
 *    most even spread the groups' sizes allow.
 * 4. The group gives its seat to its earliest waiting registrant whose area is
 *    not yet represented among everyone seated so far, in any group (breadth of
 *    area is about the whole meeting); if nobody waiting brings a new area, to
 *    its earliest waiting registrant. Areas are compared trimmed and in lower
 *    case; a missing or blank area never counts as a new one, since it adds no
 *    known breadth.
 * 5. Everyone else is not selected. Every decision carries a short Swedish
 *    reason for the coordinator (and the registrant) to read.
 *
 * Cost: each seat scans the group's waiting registrants once, so at worst
 * O(seats × registrations); registrations are per meeting, so that is small.
 */

export type ActorType = 'GOVERNMENT_AGENCY' | 'MUNICIPALITY' | 'REGION' | 'CIVIL_SOCIETY_ORGANISATION' | 'OTHER';
export type ActorLevel = 'NATIONAL' | 'REGIONAL' | 'LOCAL';

export interface SelectionCandidate {
  id: string;
  actorType: ActorType;
  level: ActorLevel;
  area: string | null;
  createdAt: Date;
}

export interface SelectionDecision {
  id: string;
  selected: boolean;
  reason: string;
}

const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  GOVERNMENT_AGENCY: 'myndighet',
  MUNICIPALITY: 'kommun',
  REGION: 'region',
  CIVIL_SOCIETY_ORGANISATION: 'civilsamhällesorganisation',
  OTHER: 'annan aktör',
};

const LEVEL_LABELS: Record<ActorLevel, string> = {
  NATIONAL: 'nationell nivå',
  REGIONAL: 'regional nivå',
  LOCAL: 'lokal nivå',
};

interface Group {
  /** Swedish, as it appears in the reasons: "kommun, lokal nivå". */
  readonly label: string;
  /** Positions in arrival order, ascending. */
  readonly members: number[];
  seats: number;
  /** Index into members of the earliest registrant not yet seated. */
  firstWaiting: number;
}

interface Seat {
  readonly group: Group;
  /** 1 for the group's first seat, 2 for its second, … */
  readonly number: number;
  /** The area as the registrant wrote it (trimmed), when the seat was given for it. */
  readonly newArea: string | null;
}

/** capacity null = unlimited. Returns one decision per candidate, in arrival order (createdAt, then id). */
export function selectForBreadth(candidates: readonly SelectionCandidate[], capacity: number | null): SelectionDecision[] {
  if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 0)) {
    throw new RangeError(`capacity must be null or a whole number ≥ 0, not ${capacity}`);
  }
  const arrivals = [...candidates].sort(byArrival);

  if (capacity === null || capacity >= arrivals.length) {
    // Nobody has to be left out, so grouping would only make the reasons less true.
    const reason =
      capacity === null
        ? 'Obegränsat antal platser; alla anmälda får plats.'
        : `Alla anmälda (${arrivals.length}) ryms inom ${capacity} ${capacity === 1 ? 'plats' : 'platser'}.`;
    return arrivals.map((candidate) => ({ id: candidate.id, selected: true, reason }));
  }

  const groups = groupByActorAndLevel(arrivals);
  const seatOf: (Seat | undefined)[] = new Array(arrivals.length);
  const representedAreas = new Set<string>();

  for (let seat = 0; seat < capacity; seat += 1) {
    // capacity < registrations, so some group always has someone waiting.
    const group = nextGroup(groups, seatOf)!;
    const position = pickFrom(group, arrivals, seatOf, representedAreas);
    const area = areaKey(arrivals[position].area);
    const bringsNewArea = area !== null && !representedAreas.has(area);
    if (area !== null) representedAreas.add(area);
    group.seats += 1;
    seatOf[position] = { group, number: group.seats, newArea: bringsNewArea ? arrivals[position].area!.trim() : null };
  }

  const groupOf = new Map<number, Group>();
  for (const group of groups) for (const position of group.members) groupOf.set(position, group);

  return arrivals.map((candidate, position) => {
    const seat = seatOf[position];
    return seat
      ? { id: candidate.id, selected: true, reason: selectedReason(seat) }
      : { id: candidate.id, selected: false, reason: notSelectedReason(groupOf.get(position)!, capacity, groups.length) };
  });
}

function byArrival(a: SelectionCandidate, b: SelectionCandidate): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  // Code-unit order, not localeCompare: the result must not depend on the server's locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function areaKey(area: string | null): string | null {
  const key = area?.trim().toLowerCase() ?? '';
  return key === '' ? null : key;
}

/** In order of each group's first registration. */
function groupByActorAndLevel(arrivals: readonly SelectionCandidate[]): Group[] {
  const byKey = new Map<string, Group>();
  arrivals.forEach((candidate, position) => {
    const key = `${candidate.actorType}/${candidate.level}`;
    let group = byKey.get(key);
    if (!group) {
      group = { label: `${ACTOR_TYPE_LABELS[candidate.actorType]}, ${LEVEL_LABELS[candidate.level]}`, members: [], seats: 0, firstWaiting: 0 };
      byKey.set(key, group);
    }
    group.members.push(position);
  });
  return [...byKey.values()];
}

/** Fewest seats among groups with someone waiting; ties to the earliest waiting registration. */
function nextGroup(groups: readonly Group[], seatOf: readonly (Seat | undefined)[]): Group | undefined {
  let best: { group: Group; waiting: number } | undefined;
  for (const group of groups) {
    while (group.firstWaiting < group.members.length && seatOf[group.members[group.firstWaiting]]) group.firstWaiting += 1;
    if (group.firstWaiting === group.members.length) continue;
    const waiting = group.members[group.firstWaiting];
    if (!best || group.seats < best.group.seats || (group.seats === best.group.seats && waiting < best.waiting)) {
      best = { group, waiting };
    }
  }
  return best?.group;
}

/** The earliest waiting member who brings a new area, else the earliest waiting member. */
function pickFrom(group: Group, arrivals: readonly SelectionCandidate[], seatOf: readonly (Seat | undefined)[], representedAreas: ReadonlySet<string>): number {
  for (let index = group.firstWaiting; index < group.members.length; index += 1) {
    const position = group.members[index];
    if (seatOf[position]) continue;
    const area = areaKey(arrivals[position].area);
    if (area !== null && !representedAreas.has(area)) return position;
  }
  return group.members[group.firstWaiting];
}

function selectedReason(seat: Seat): string {
  const which =
    seat.number === 1
      ? `Första platsen för gruppen ${seat.group.label}`
      : `Jämn fördelning: plats ${seat.number} av ${seat.group.seats} för gruppen ${seat.group.label}`;
  const why = seat.newArea !== null ? `nytt område (${seat.newArea})` : 'i anmälningsordning, ingen kvar i gruppen tillförde ett nytt område';
  return `${which}: ${why}.`;
}

function notSelectedReason(group: Group, seats: number, groupCount: number): string {
  if (seats === 0) return 'Inte utvald: mötet har inga platser.';
  if (group.seats === 0) {
    const seatsWere = seats === 1 ? 'den enda platsen' : `de ${seats} platserna`;
    return `Inte utvald: ${seatsWere} räckte inte till alla ${groupCount} grupper, och grupper som anmälde sig före gruppen ${group.label} gick först.`;
  }
  const allTaken = seats === 1 ? 'den enda platsen är tilldelad' : `alla ${seats} platser är fördelade`;
  const got = group.seats === 1 ? '1 plats' : `${group.seats} platser`;
  return `Inte utvald: ${allTaken}; gruppen ${group.label} fick ${got} av ${group.members.length} anmälda.`;
}
