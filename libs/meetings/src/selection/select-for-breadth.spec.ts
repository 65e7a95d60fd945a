import fc from 'fast-check';

import { type ActorLevel, type ActorType, selectForBreadth, type SelectionCandidate, type SelectionDecision } from './select-for-breadth.js';

type Row = [id: string, actorType: ActorType, level: ActorLevel, area: string | null, registeredAt: string];

function candidates(rows: readonly Row[]): SelectionCandidate[] {
  return rows.map(([id, actorType, level, area, registeredAt]) => ({ id, actorType, level, area, createdAt: new Date(registeredAt) }));
}

function selectedIds(decisions: readonly SelectionDecision[]): string[] {
  return decisions.filter((decision) => decision.selected).map((decision) => decision.id);
}

function decisionFor(decisions: readonly SelectionDecision[], id: string): SelectionDecision {
  const decision = decisions.find((each) => each.id === id);
  if (!decision) throw new Error(`no decision for ${id}`);
  return decision;
}

// The test's own statement of the rule's terms, kept apart from the implementation's.
const groupKey = (candidate: SelectionCandidate): string => `${candidate.actorType}/${candidate.level}`;

function areaKey(area: string | null): string | null {
  const key = (area ?? '').trim().toLowerCase();
  return key === '' ? null : key;
}

function swedishGroupName(candidate: SelectionCandidate): string {
  const actorTypes: Record<ActorType, string> = {
    GOVERNMENT_AGENCY: 'myndighet',
    MUNICIPALITY: 'kommun',
    REGION: 'region',
    CIVIL_SOCIETY_ORGANISATION: 'civilsamhällesorganisation',
    OTHER: 'annan aktör',
  };
  const levels: Record<ActorLevel, string> = { NATIONAL: 'nationell nivå', REGIONAL: 'regional nivå', LOCAL: 'lokal nivå' };
  return `${actorTypes[candidate.actorType]}, ${levels[candidate.level]}`;
}

function inArrivalOrder(population: readonly SelectionCandidate[]): SelectionCandidate[] {
  return [...population].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The MUCF consultation in the seeds: at most 25 of the registrants, chosen
 * "baserat på område, aktör och nivå". 41 registrants in 7 groups; Folkhälsomyndigheten
 * and Region Skåne registered in the same minute.
 */
const consultation: Row[] = [
  ['malmo', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T08:02:00Z'],
  ['goteborg', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T08:15:00Z'],
  ['migrationsverket', 'GOVERNMENT_AGENCY', 'NATIONAL', 'integration', '2025-05-05T09:00:00Z'],
  ['forum', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'demokrati', '2025-05-05T09:30:00Z'],
  ['region-skane', 'REGION', 'REGIONAL', 'folkhälsa', '2025-05-05T10:00:00Z'],
  ['folkhalsomyndigheten', 'GOVERNMENT_AGENCY', 'NATIONAL', 'folkhälsa', '2025-05-05T10:00:00Z'],
  ['botkyrka', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T11:20:00Z'],
  ['riksidrottsforbundet', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'idrott', '2025-05-05T13:00:00Z'],
  ['forening-rosengard', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', 'integration', '2025-05-06T09:00:00Z'],
  ['umea', 'MUNICIPALITY', 'LOCAL', 'trygghet', '2025-05-06T09:45:00Z'],
  ['region-stockholm', 'REGION', 'REGIONAL', 'folkhälsa', '2025-05-06T10:10:00Z'],
  ['arbetsformedlingen', 'GOVERNMENT_AGENCY', 'NATIONAL', 'integration', '2025-05-06T11:00:00Z'],
  ['roda-korset', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'civilt försvar', '2025-05-06T14:00:00Z'],
  ['gavle', 'MUNICIPALITY', 'LOCAL', null, '2025-05-07T08:30:00Z'],
  ['vastra-gotalandsregionen', 'REGION', 'REGIONAL', 'kultur', '2025-05-07T09:00:00Z'],
  ['lsu', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'barn och unga', '2025-05-07T10:00:00Z'],
  ['brottsoffermyndigheten', 'GOVERNMENT_AGENCY', 'NATIONAL', 'brottsoffer', '2025-05-07T13:00:00Z'],
  ['jokkmokk', 'MUNICIPALITY', 'LOCAL', 'landsbygd', '2025-05-08T08:00:00Z'],
  ['fritidsgard-alidhem', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', 'barn och unga', '2025-05-08T09:00:00Z'],
  ['kiruna', 'MUNICIPALITY', 'LOCAL', 'landsbygd', '2025-05-08T09:30:00Z'],
  ['socialstyrelsen', 'GOVERNMENT_AGENCY', 'NATIONAL', 'social välfärd', '2025-05-08T10:00:00Z'],
  ['region-norrbotten', 'REGION', 'REGIONAL', 'landsbygd', '2025-05-09T08:00:00Z'],
  ['famna', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'social välfärd', '2025-05-09T09:00:00Z'],
  ['lund', 'MUNICIPALITY', 'LOCAL', 'skola', '2025-05-09T10:00:00Z'],
  ['grannsamverkan-lund', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', 'trygghet', '2025-05-12T08:00:00Z'],
  ['funktionsratt-sverige', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'funktionsrätt', '2025-05-12T09:00:00Z'],
  ['myndigheten-for-delaktighet', 'GOVERNMENT_AGENCY', 'NATIONAL', 'funktionsrätt', '2025-05-12T10:00:00Z'],
  ['region-gotland', 'REGION', 'REGIONAL', 'kultur', '2025-05-12T11:00:00Z'],
  ['orebro', 'MUNICIPALITY', 'LOCAL', 'äldreomsorg', '2025-05-13T08:00:00Z'],
  ['bildningsforbundet-vast', 'CIVIL_SOCIETY_ORGANISATION', 'REGIONAL', 'folkbildning', '2025-05-13T09:00:00Z'],
  ['jamstalldhetsmyndigheten', 'GOVERNMENT_AGENCY', 'NATIONAL', 'jämställdhet', '2025-05-13T10:00:00Z'],
  ['kvinnojouren-gavle', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', 'jämställdhet', '2025-05-14T08:00:00Z'],
  ['sensus', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'folkbildning', '2025-05-14T09:00:00Z'],
  ['vaxjo', 'MUNICIPALITY', 'LOCAL', ' Integration ', '2025-05-14T10:00:00Z'],
  ['region-uppsala', 'REGION', 'REGIONAL', 'folkhälsa', '2025-05-15T08:00:00Z'],
  ['msb', 'GOVERNMENT_AGENCY', 'NATIONAL', 'civilt försvar', '2025-05-15T09:00:00Z'],
  ['skaneidrotten', 'CIVIL_SOCIETY_ORGANISATION', 'REGIONAL', 'idrott', '2025-05-15T10:00:00Z'],
  ['pride-orebro', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', '   ', '2025-05-16T08:00:00Z'],
  ['hyresgastforeningen-botkyrka', 'CIVIL_SOCIETY_ORGANISATION', 'LOCAL', 'boende', '2025-05-16T09:00:00Z'],
  ['rfsl', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'jämställdhet', '2025-05-16T10:00:00Z'],
  ['sodertorns-hogskola', 'OTHER', 'NATIONAL', 'forskning', '2025-05-18T23:30:00Z'],
];

describe('selectForBreadth', () => {
  describe('the MUCF consultation: 25 seats, 41 registrants', () => {
    const population = candidates(consultation);
    // Handed in newest first, as a query might return them: the order must not matter.
    const decisions = selectForBreadth([...population].reverse(), 25);
    const registrant = new Map(population.map((candidate) => [candidate.id, candidate]));

    it('seats exactly 25 and tells everyone, in arrival order', () => {
      expect(decisions).toHaveLength(41);
      expect(selectedIds(decisions)).toHaveLength(25);
      const ids = decisions.map((decision) => decision.id);
      expect(ids).toEqual(inArrivalOrder(population).map((candidate) => candidate.id));
      // Equal minute, so the id decides.
      expect(ids.indexOf('folkhalsomyndigheten')).toBeLessThan(ids.indexOf('region-skane'));
    });

    it('gives every group a seat and spreads the rest evenly', () => {
      const seats = new Map<string, number>();
      for (const candidate of population) seats.set(groupKey(candidate), seats.get(groupKey(candidate)) ?? 0);
      for (const id of selectedIds(decisions)) {
        const key = groupKey(registrant.get(id)!);
        seats.set(key, seats.get(key)! + 1);
      }
      // Sizes 10, 8, 8, 6, 6, 2, 1: the two small groups are seated whole, the
      // others get 4 each and the two seats left go to the groups whose earliest
      // waiting registrants came first (kommun: Göteborg, myndighet: Migrationsverket).
      expect(Object.fromEntries(seats)).toEqual({
        'MUNICIPALITY/LOCAL': 5,
        'GOVERNMENT_AGENCY/NATIONAL': 5,
        'CIVIL_SOCIETY_ORGANISATION/NATIONAL': 4,
        'REGION/REGIONAL': 4,
        'CIVIL_SOCIETY_ORGANISATION/LOCAL': 4,
        'CIVIL_SOCIETY_ORGANISATION/REGIONAL': 2,
        'OTHER/NATIONAL': 1,
      });
    });

    it('prefers new areas across all groups, then the earlier registration', () => {
      expect(selectedIds(decisions).filter((id) => registrant.get(id)!.actorType === 'MUNICIPALITY')).toEqual(['malmo', 'goteborg', 'umea', 'lund', 'orebro']);
      // Every area someone named is at the table.
      const named = new Set(population.map((candidate) => areaKey(candidate.area)).filter((area) => area !== null));
      const seated = new Set(selectedIds(decisions).map((id) => areaKey(registrant.get(id)!.area)));
      expect([...named].filter((area) => !seated.has(area))).toEqual([]);
      expect(
        decisions
          .filter((decision) => !decision.selected)
          .map((decision) => decision.id)
          .sort(),
      ).toEqual(
        [
          'arbetsformedlingen',
          'botkyrka',
          'famna',
          'funktionsratt-sverige',
          'gavle',
          'grannsamverkan-lund',
          'jamstalldhetsmyndigheten',
          'jokkmokk',
          'kiruna',
          'msb',
          'pride-orebro',
          'region-gotland',
          'region-uppsala',
          'rfsl',
          'sensus',
          'vaxjo',
        ].sort(),
      );
    });

    it('explains each decision in Swedish', () => {
      expect(decisionFor(decisions, 'malmo').reason).toBe('Första platsen för gruppen kommun, lokal nivå: nytt område (integration).');
      // Integration was already at the table through Malmö, so the agencies' first seat went to a new area.
      expect(decisionFor(decisions, 'folkhalsomyndigheten').reason).toBe('Första platsen för gruppen myndighet, nationell nivå: nytt område (folkhälsa).');
      expect(decisionFor(decisions, 'sodertorns-hogskola').reason).toBe('Första platsen för gruppen annan aktör, nationell nivå: nytt område (forskning).');
      expect(decisionFor(decisions, 'goteborg').reason).toBe(
        'Jämn fördelning: plats 5 av 5 för gruppen kommun, lokal nivå: i anmälningsordning, ingen kvar i gruppen tillförde ett nytt område.',
      );
      // Landsbygd came in through Region Norrbotten first.
      expect(decisionFor(decisions, 'jokkmokk').reason).toBe(
        'Inte utvald: alla 25 platser är fördelade; gruppen kommun, lokal nivå fick 5 platser av 10 anmälda.',
      );
    });
  });

  it('seats everyone when capacity is unlimited', () => {
    const decisions = selectForBreadth(candidates(consultation), null);
    expect(decisions.every((decision) => decision.selected)).toBe(true);
    expect(decisions[0]!.reason).toBe('Obegränsat antal platser; alla anmälda får plats.');
  });

  it.each([41, 60])('seats everyone when capacity %i covers the 41 registrants', (capacity) => {
    const decisions = selectForBreadth(candidates(consultation), capacity);
    expect(selectedIds(decisions)).toHaveLength(41);
    expect(decisions[0]!.reason).toBe(`Alla anmälda (41) ryms inom ${capacity} platser.`);
  });

  it('gives the seats to the groups that registered first when there are fewer seats than groups', () => {
    const decisions = selectForBreadth(
      candidates([
        ['lsu', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'barn och unga', '2025-05-05T08:00:00Z'],
        ['forum', 'CIVIL_SOCIETY_ORGANISATION', 'NATIONAL', 'demokrati', '2025-05-05T08:30:00Z'],
        ['region-skane', 'REGION', 'REGIONAL', 'folkhälsa', '2025-05-05T09:00:00Z'],
        ['gavle', 'MUNICIPALITY', 'LOCAL', null, '2025-05-05T10:00:00Z'],
        ['malmo', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T11:00:00Z'],
        ['msb', 'GOVERNMENT_AGENCY', 'NATIONAL', 'civilt försvar', '2025-05-06T08:00:00Z'],
      ]),
      3,
    );
    // Three seats, four groups: one each for the first three groups; the municipalities'
    // seat goes to Malmö, who names an area, rather than to the earlier Gävle, who names none.
    expect(selectedIds(decisions)).toEqual(['lsu', 'region-skane', 'malmo']);
    expect(decisionFor(decisions, 'msb').reason).toBe(
      'Inte utvald: de 3 platserna räckte inte till alla 4 grupper, och grupper som anmälde sig före gruppen myndighet, nationell nivå gick först.',
    );
    expect(decisionFor(decisions, 'forum').reason).toBe(
      'Inte utvald: alla 3 platser är fördelade; gruppen civilsamhällesorganisation, nationell nivå fick 1 plats av 2 anmälda.',
    );
  });

  it('gives a seat that two equally seated groups want to the one whose waiting registrant came first', () => {
    const decisions = selectForBreadth(
      candidates([
        ['region-gotland', 'REGION', 'REGIONAL', 'kultur', '2025-05-05T08:00:00Z'],
        ['lund', 'MUNICIPALITY', 'LOCAL', 'skola', '2025-05-05T08:10:00Z'],
        ['vaxjo', 'MUNICIPALITY', 'LOCAL', 'idrott', '2025-05-05T08:20:00Z'],
        ['region-uppsala', 'REGION', 'REGIONAL', 'folkhälsa', '2025-05-05T09:00:00Z'],
      ]),
      3,
    );
    // The regions registered first, but Växjö has waited longer than Region Uppsala.
    expect(selectedIds(decisions)).toEqual(['region-gotland', 'lund', 'vaxjo']);
    expect(decisionFor(decisions, 'vaxjo').reason).toBe('Jämn fördelning: plats 2 av 2 för gruppen kommun, lokal nivå: nytt område (idrott).');
    expect(decisionFor(decisions, 'region-uppsala').reason).toBe(
      'Inte utvald: alla 3 platser är fördelade; gruppen region, regional nivå fick 1 plats av 2 anmälda.',
    );
  });

  it.each([null, 0, 5])('returns no decisions for no registrants (capacity %p)', (capacity) => {
    expect(selectForBreadth([], capacity)).toEqual([]);
  });

  it('selects nobody when there are no seats', () => {
    const decisions = selectForBreadth(candidates(consultation.slice(0, 3)), 0);
    expect(decisions.map((decision) => [decision.selected, decision.reason])).toEqual(Array(3).fill([false, 'Inte utvald: mötet har inga platser.']));
  });

  it.each([-1, 2.5, Number.NaN])('refuses capacity %p', (capacity) => {
    expect(() => selectForBreadth([], capacity)).toThrow(RangeError);
  });

  describe('within a single group', () => {
    // Ten municipalities, five distinct areas once spelling is normalised.
    const population = candidates([
      ['k01', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T08:00:00Z'],
      ['k02', 'MUNICIPALITY', 'LOCAL', 'Integration ', '2025-05-05T08:01:00Z'],
      ['k03', 'MUNICIPALITY', 'LOCAL', 'skola', '2025-05-05T08:02:00Z'],
      ['k04', 'MUNICIPALITY', 'LOCAL', 'INTEGRATION', '2025-05-05T08:03:00Z'],
      ['k05', 'MUNICIPALITY', 'LOCAL', 'landsbygd', '2025-05-05T08:04:00Z'],
      ['k06', 'MUNICIPALITY', 'LOCAL', null, '2025-05-05T08:05:00Z'],
      ['k07', 'MUNICIPALITY', 'LOCAL', 'skola', '2025-05-05T08:06:00Z'],
      ['k08', 'MUNICIPALITY', 'LOCAL', 'trygghet', '2025-05-05T08:07:00Z'],
      ['k09', 'MUNICIPALITY', 'LOCAL', 'idrott', '2025-05-05T08:08:00Z'],
      ['k10', 'MUNICIPALITY', 'LOCAL', 'integration', '2025-05-05T08:09:00Z'],
    ]);

    it.each([1, 3, 5, 7, 9])('seats min(capacity, 5) distinct areas with capacity %i', (capacity) => {
      const selected = selectedIds(selectForBreadth(population, capacity)).map((id) => population.find((candidate) => candidate.id === id)!);
      expect(selected).toHaveLength(capacity);
      const areas = selected.map((candidate) => areaKey(candidate.area)).filter((area) => area !== null);
      expect(new Set(areas).size).toBe(Math.min(capacity, 5));
    });

    it('fills up in arrival order once every area is seated', () => {
      expect(selectedIds(selectForBreadth(population, 7))).toEqual(['k01', 'k02', 'k03', 'k04', 'k05', 'k08', 'k09']);
    });
  });

  describe('on generated populations', () => {
    const GROUPS: readonly (readonly [ActorType, ActorLevel])[] = (
      ['GOVERNMENT_AGENCY', 'MUNICIPALITY', 'REGION', 'CIVIL_SOCIETY_ORGANISATION', 'OTHER'] as const
    ).flatMap((actorType) => (['NATIONAL', 'REGIONAL', 'LOCAL'] as const).map((level) => [actorType, level] as const));
    // Few areas, with spelling variants and blanks, so that areas collide within and across groups.
    const AREAS = ['integration', ' Integration', 'demokrati', 'folkhälsa', 'idrott', 'kultur', '  ', null];
    const START = Date.parse('2025-05-05T08:00:00Z');

    // A random subset of the groups, so that some runs have many small groups and others a few large ones;
    // registration minutes from a short span, so that equal createdAt is common. The size is drawn
    // explicitly because fast-check's default size would keep arrays to about ten elements.
    const populations: fc.Arbitrary<SelectionCandidate[]> = fc.tuple(fc.subarray([...GROUPS], { minLength: 1 }), fc.nat({ max: 200 })).chain(([groups, size]) =>
      fc
        .uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 8 }),
            group: fc.constantFrom(...groups),
            area: fc.constantFrom(...AREAS),
            minute: fc.integer({ min: 0, max: 40 }),
          }),
          { minLength: size, maxLength: size, selector: (row) => row.id },
        )
        .map((rows) =>
          rows.map(({ id, group: [actorType, level], area, minute }) => ({ id, actorType, level, area, createdAt: new Date(START + minute * 60_000) })),
        ),
    );
    const capacities = fc.option(fc.integer({ min: 1, max: 60 }), { nil: null, freq: 8 });
    const settings = { numRuns: 300 };

    /** Each group's members in arrival order, with whether they were selected. */
    function groupsOf(population: readonly SelectionCandidate[], decisions: readonly SelectionDecision[]) {
      const selected = new Set(selectedIds(decisions));
      const groups = new Map<string, { candidate: SelectionCandidate; selected: boolean }[]>();
      for (const candidate of inArrivalOrder(population)) {
        const members = groups.get(groupKey(candidate)) ?? [];
        members.push({ candidate, selected: selected.has(candidate.id) });
        groups.set(groupKey(candidate), members);
      }
      return groups;
    }

    it('seats exactly min(capacity, registrants) and decides once for each, in arrival order', () => {
      fc.assert(
        fc.property(populations, capacities, (population, capacity) => {
          const decisions = selectForBreadth(population, capacity);
          expect(decisions.map((decision) => decision.id)).toEqual(inArrivalOrder(population).map((candidate) => candidate.id));
          expect(selectedIds(decisions)).toHaveLength(Math.min(capacity ?? population.length, population.length));
        }),
        settings,
      );
    });

    it('gives every group a seat when there are at least as many seats as groups', () => {
      fc.assert(
        fc.property(populations, capacities, (population, capacity) => {
          const groups = groupsOf(population, selectForBreadth(population, capacity));
          fc.pre(capacity === null || capacity >= groups.size);
          for (const members of groups.values()) expect(members.some((member) => member.selected)).toBe(true);
        }),
        settings,
      );
    });

    it('gives the seats, one each, to the groups that registered first when there are fewer seats than groups', () => {
      fc.assert(
        fc.property(populations, fc.integer({ min: 1, max: 14 }), (population, capacity) => {
          const groups = [...groupsOf(population, selectForBreadth(population, capacity)).values()];
          fc.pre(capacity < groups.length);
          // Map order is the order of each group's first arrival.
          expect(groups.map((members) => members.filter((member) => member.selected).length)).toEqual(groups.map((_, index) => (index < capacity ? 1 : 0)));
        }),
        settings,
      );
    });

    it('spreads seats evenly: a group trails another by more than one seat only when it has nobody left', () => {
      fc.assert(
        fc.property(populations, capacities, (population, capacity) => {
          const groups = [...groupsOf(population, selectForBreadth(population, capacity)).values()].map((members) => ({
            seats: members.filter((member) => member.selected).length,
            waiting: members.some((member) => !member.selected),
          }));
          for (const a of groups) {
            for (const b of groups) {
              if (a.waiting) expect(a.seats).toBeGreaterThanOrEqual(b.seats - 1);
            }
          }
        }),
        settings,
      );
    });

    it('gives the same result for any input order and on every call', () => {
      fc.assert(
        fc.property(
          populations.chain((population) => fc.tuple(fc.constant(population), fc.shuffledSubarray(population, { minLength: population.length }))),
          capacities,
          ([population, shuffled], capacity) => {
            const decisions = selectForBreadth(population, capacity);
            expect(selectForBreadth(shuffled, capacity)).toEqual(decisions);
            expect(selectForBreadth(population, capacity)).toEqual(decisions);
          },
        ),
        settings,
      );
    });

    /**
     * "Within a group, an area not yet represented goes first, then the earlier
     * registration", checked on the outcome alone. Whenever a group seated c
     * but not u, and either c registered after u, or u's area never made it to
     * the table (so it was new at every one of the group's picks), c must have
     * been seated for a new area: c names an area, and nobody in its group who
     * registered before c names the same one (had someone, they would have been
     * seated for it first). And whoever was passed over for a later registrant
     * named no area or one that is at the table. Finally, "not yet represented"
     * means in the whole meeting: an area can let only one registrant, in any
     * group, past an earlier one of theirs, since after that it is represented.
     */
    it('seats, within a group, new areas first and then in arrival order', () => {
      fc.assert(
        fc.property(populations, capacities, (population, capacity) => {
          const decisions = selectForBreadth(population, capacity);
          const seatedAreas = new Set(selectedIds(decisions).map((id) => areaKey(population.find((candidate) => candidate.id === id)!.area)));
          const violations: string[] = [];
          const seatedAheadFor = new Map<string | null, Set<string>>();
          for (const members of groupsOf(population, decisions).values()) {
            const firstWithArea = (position: number): boolean => {
              const area = areaKey(members[position].candidate.area);
              return area !== null && members.slice(0, position).every((earlier) => areaKey(earlier.candidate.area) !== area);
            };
            members.forEach((passedOver, u) => {
              if (passedOver.selected) return;
              const uArea = areaKey(passedOver.candidate.area);
              const uAreaMissing = uArea !== null && !seatedAreas.has(uArea);
              members.forEach((seated, c) => {
                if (!seated.selected || !(c > u || uAreaMissing)) return;
                if (!firstWithArea(c)) violations.push(`${seated.candidate.id} seated over ${passedOver.candidate.id} without a new area`);
                if (c > u && uAreaMissing) violations.push(`${passedOver.candidate.id} passed over though their area is missing`);
                if (c > u) {
                  const area = areaKey(seated.candidate.area);
                  seatedAheadFor.set(area, (seatedAheadFor.get(area) ?? new Set()).add(seated.candidate.id));
                }
              });
            });
          }
          for (const [area, ids] of seatedAheadFor) {
            if (ids.size > 1) violations.push(`${[...ids].join(', ')} all seated ahead for ${area}`);
          }
          expect(violations).toEqual([]);
        }),
        settings,
      );
    });

    it("gives every decision a Swedish reason, naming the registrant's group when seats are short", () => {
      fc.assert(
        fc.property(populations, capacities, (population, capacity) => {
          const decisions = selectForBreadth(population, capacity);
          const scarce = capacity !== null && capacity < population.length;
          const byId = new Map(population.map((candidate) => [candidate.id, candidate]));
          const unexplained = decisions.filter(
            (decision) =>
              !/^(Första platsen|Jämn fördelning|Inte utvald|Alla anmälda \(\d+\) ryms|Obegränsat antal platser)\b.*\.$/.test(decision.reason) ||
              (scarce && !decision.reason.includes(`gruppen ${swedishGroupName(byId.get(decision.id)!)}`)),
          );
          expect(unexplained).toEqual([]);
        }),
        settings,
      );
    });
  });
});
