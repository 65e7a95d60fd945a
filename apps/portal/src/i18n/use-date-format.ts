import { formatDate, formatDateTime, formatDay, formatTime, formatTimeRange } from './format';
import { useLanguage } from './language-provider';

/** The formatters bound to the visitor's language. */
export function useDateFormat() {
  const { language } = useLanguage();
  return {
    date: (value: string | Date) => formatDate(value, language),
    day: (value: string) => formatDay(value, language),
    dateTime: (value: string | Date) => formatDateTime(value, language),
    time: (value: string | Date) => formatTime(value, language),
    timeRange: (start: string | Date, end: string | Date) => formatTimeRange(start, end, language),
  };
}
