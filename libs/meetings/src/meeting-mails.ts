import type { NewMessage } from '#mail';
import type { MeetingModel, RegistrationModel } from '#prisma';

/** Mails are written in Swedish, the network's language, with times in the meeting's own zone. */
function when(meeting: Pick<MeetingModel, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: meeting.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    meeting.startsAt,
  );
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: meeting.timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day} kl. ${time.format(meeting.startsAt)}–${time.format(meeting.endsAt)}`;
}

/** Where to go. The online link goes only to those holding a seat; the rest are told it will come. */
function place(meeting: Pick<MeetingModel, 'location' | 'format' | 'onlineUrl'>, holdsSeat: boolean): string {
  const link = meeting.onlineUrl && holdsSeat ? `Länk till mötet: ${meeting.onlineUrl}` : 'Länken kommer före mötet.';
  if (meeting.format === 'DIGITAL') return `Digitalt. ${link}`;
  const where = meeting.location ?? 'Plats meddelas senare.';
  return meeting.format === 'HYBRID' ? `${where} – eller digitalt. ${link}` : where;
}

// Mails greet without the registrant's name: whoever registers an address
// types the name, so it must not stand first in a mail to someone else.
const GREETING = 'Hej!';

const signature = '\n\nVänliga hälsningar\nSamverka – Myndighetsnätverket för civilsamhällesfrågor\n';

export interface MailLinks {
  meetingUrl: string;
  cancelUrl?: string;
}

export function confirmationMail(meeting: MeetingModel, registration: RegistrationModel, links: MailLinks, calendar: string): NewMessage {
  const status =
    registration.status === 'WAITLISTED'
      ? 'Mötet är fullt, så du står på reservlistan. Du får besked direkt om en plats blir ledig.'
      : meeting.selectionPolicy === 'BALANCED'
        ? 'Vi väljer deltagare för en bredd av områden, aktörer och nivåer. Du får besked när urvalet är gjort.'
        : 'Du har en plats.';
  return {
    kind: 'registration.confirmed',
    recipient: registration.email,
    subject: `Anmälan mottagen: ${meeting.title}`,
    text: `${GREETING}\n\nTack för din anmälan till ${meeting.title}, ${when(meeting)}.\n${place(meeting, registration.status === 'REGISTERED' && meeting.selectionPolicy === 'FIRST_COME')}\n\n${status}\n\nMötet: ${links.meetingUrl}\nVill du avboka? ${links.cancelUrl}${signature}`,
    calendar,
  };
}

export function promotionMail(meeting: MeetingModel, registration: RegistrationModel, links: MailLinks, calendar: string): NewMessage {
  return {
    kind: 'registration.promoted',
    recipient: registration.email,
    subject: `Du har fått en plats: ${meeting.title}`,
    text: `${GREETING}\n\nEn plats blev ledig och den är nu din: ${meeting.title}, ${when(meeting)}.\n${place(meeting, true)}\n\nMötet: ${links.meetingUrl}${signature}`,
    calendar,
  };
}

export function selectionMail(meeting: MeetingModel, registration: RegistrationModel, links: MailLinks, calendar: string): NewMessage {
  const selected = registration.status === 'SELECTED';
  return {
    kind: selected ? 'selection.selected' : 'selection.not-selected',
    recipient: registration.email,
    subject: `${selected ? 'Du är utvald' : 'Besked om urval'}: ${meeting.title}`,
    text: selected
      ? `${GREETING}\n\nDu är utvald att delta i ${meeting.title}, ${when(meeting)}.\n${place(meeting, true)}\n\nMötet: ${links.meetingUrl}${signature}`
      : `${GREETING}\n\nTack för ditt intresse för ${meeting.title}. Vi fick fler anmälningar än platser och valde deltagare för en bredd av områden, aktörer och nivåer. Den här gången fick du tyvärr ingen plats.${signature}`,
    calendar: selected ? calendar : null,
  };
}

export function cancellationMail(meeting: MeetingModel, registration: RegistrationModel, calendar: string): NewMessage {
  return {
    kind: 'meeting.cancelled',
    recipient: registration.email,
    subject: `Inställt: ${meeting.title}`,
    text: `${GREETING}\n\n${meeting.title}, ${when(meeting)}, är inställt.${meeting.cancellationReason ? `\nSkäl: ${meeting.cancellationReason}` : ''}${signature}`,
    calendar,
  };
}

export function minutesMail(meeting: MeetingModel, registration: RegistrationModel, links: MailLinks): NewMessage {
  return {
    kind: 'minutes.published',
    recipient: registration.email,
    subject: `Minnesanteckningar: ${meeting.title}`,
    text: `${GREETING}\n\nMinnesanteckningarna från ${meeting.title} finns nu i Samverka (logga in för att läsa dem):\n${links.meetingUrl}${signature}`,
  };
}
