import { defineMessages } from '../i18n/messages';

/** What the portal says when a request fails, by the contract's error code. */
export const errorMessages = defineMessages({
  sv: {
    BAD_USER_INPUT: 'Några uppgifter behöver rättas.',
    UNAUTHENTICATED: 'Du behöver logga in.',
    FORBIDDEN: 'Du har inte behörighet till det här.',
    NOT_FOUND: 'Det du söker finns inte, eller har tagits bort.',
    CONFLICT: 'Någon annan har ändrat uppgifterna medan du arbetade. Titta på ändringarna och försök igen.',
    REGISTRATION_CLOSED: 'Anmälan är stängd.',
    RATE_LIMITED: (seconds: number) =>
      `För många försök. Vänta ${seconds < 90 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`} och försök igen.`,
    INTERNAL_SERVER_ERROR: 'Något gick fel hos oss. Försök igen om en stund.',
    NETWORK: 'Det gick inte att nå Samverka. Kontrollera din anslutning och försök igen.',
  },
  en: {
    BAD_USER_INPUT: 'Some details need to be corrected.',
    UNAUTHENTICATED: 'You need to sign in.',
    FORBIDDEN: 'You do not have permission to do this.',
    NOT_FOUND: 'What you are looking for does not exist, or has been removed.',
    CONFLICT: 'Someone else changed this while you were working on it. Look at their changes and try again.',
    REGISTRATION_CLOSED: 'Registration is closed.',
    RATE_LIMITED: (seconds: number) => `Too many attempts. Wait ${seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`} and try again.`,
    INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a while.',
    NETWORK: 'Samverka could not be reached. Check your connection and try again.',
  },
});
