import type { SupportType, WorkKind } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { swedishLang } from './localized';
import { directoryMessages } from './messages';

interface WorkFactsProps {
  work: {
    kind: WorkKind;
    supportOffered: readonly SupportType[];
    targetGroups: readonly string[];
    howToApply?: string | null;
  };
}

/** What a piece of work is, what it offers, for whom and how to apply: the same list on the directory and the agency's page. */
export function WorkFacts({ work }: WorkFactsProps) {
  const t = useMessages(directoryMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const lang = swedishLang(language);
  return (
    <dl className="work-facts">
      <div>
        <dt>{t.kind}</dt>
        <dd>{labels.workKind(work.kind)}</dd>
      </div>
      {work.supportOffered.length > 0 && (
        <div>
          <dt>{t.supportOffered}</dt>
          <dd>{work.supportOffered.map((type) => labels.supportType(type)).join(', ')}</dd>
        </div>
      )}
      {work.targetGroups.length > 0 && (
        <div>
          <dt>{t.targetGroups}</dt>
          <dd lang={lang}>{work.targetGroups.join(', ')}</dd>
        </div>
      )}
      {work.howToApply && (
        <div>
          <dt>{t.howToApply}</dt>
          <dd lang={lang}>{work.howToApply}</dd>
        </div>
      )}
    </dl>
  );
}
