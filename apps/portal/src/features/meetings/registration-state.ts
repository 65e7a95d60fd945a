import type { MeetingSummaryFragment } from '../../gql/graphql';

/**
 * Whether a visitor can register, as the API decides it (registration
 * service): open until the deadline (the start if none), closed once
 * participants are selected or the meeting is cancelled or held; a full
 * first-come meeting still takes registrations, onto the waiting list.
 */
export type RegistrationState =
  | { kind: 'open'; deadline: string; seatsLeft: number | null }
  | { kind: 'waitlist'; deadline: string }
  | { kind: 'balanced'; deadline: string; seats: number | null }
  | { kind: 'closed' }
  | { kind: 'cancelled' }
  | { kind: 'held' };

export function registrationState(meeting: MeetingSummaryFragment, now = Date.now()): RegistrationState {
  if (meeting.status === 'CANCELLED') return { kind: 'cancelled' };
  if (meeting.status === 'HELD') return { kind: 'held' };
  const deadline = meeting.registrationDeadline ?? meeting.startsAt;
  if (meeting.status !== 'PUBLISHED' || meeting.selectedAt || now >= Date.parse(deadline)) return { kind: 'closed' };
  if (meeting.selectionPolicy === 'BALANCED') return { kind: 'balanced', deadline, seats: meeting.capacity };
  if (meeting.capacity === null) return { kind: 'open', deadline, seatsLeft: null };
  const seatsLeft = meeting.capacity - meeting.seatsTaken;
  return seatsLeft > 0 ? { kind: 'open', deadline, seatsLeft } : { kind: 'waitlist', deadline };
}

/** True while the form should be offered. */
export function acceptsRegistrations(state: RegistrationState): state is Extract<RegistrationState, { deadline: string }> {
  return state.kind === 'open' || state.kind === 'waitlist' || state.kind === 'balanced';
}
