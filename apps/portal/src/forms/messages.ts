import { defineMessages } from '../i18n/messages';

export const formMessages = defineMessages({
  sv: {
    errorSummaryTitle: 'Det finns ett problem',
    errorPrefix: 'Fel:',
    optional: 'valfritt',
  },
  en: {
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    optional: 'optional',
  },
});
