import { useLanguage } from '../../i18n/language-provider';
import { enumLabels } from './messages';

/** The API's enum values in the visitor's language: `labels.status[meeting.status]`. */
export function useEnumLabels() {
  return enumLabels[useLanguage().language];
}
