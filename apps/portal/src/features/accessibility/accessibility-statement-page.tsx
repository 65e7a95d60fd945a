import { Page } from '../../app/page';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { accessibilityMessages } from './messages';

/** Where reports of accessibility problems go: the coordinators' shared mailbox. */
export const ACCESSIBILITY_CONTACT = 'samordning@natverket.example';

/** The day of the latest review (automated axe-core tests and keyboard testing); change it with each new review. */
const REVIEWED_ON = '2026-11-22';

/** The form of the Agency for Digital Government (Digg) for reporting lacking accessibility. */
const DIGG_REPORT_FORM = 'https://www.digg.se/tdosanmalan';

/** /tillganglighet: the accessibility statement that the Act on accessibility to digital public services requires. */
export function AccessibilityStatementPage() {
  const t = useMessages(accessibilityMessages);
  const format = useDateFormat();
  const reviewed = format.date(REVIEWED_ON);
  const reportHref = `mailto:${ACCESSIBILITY_CONTACT}?${new URLSearchParams({ subject: t.reportSubject }).toString().replace(/\+/g, '%20')}`;
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>

      <h2>{t.statusTitle}</h2>
      <p>{t.status}</p>
      <p>{t.knownIssues(reviewed)}</p>

      <h2>{t.helpTitle}</h2>
      <p>
        {t.help} <a href={`mailto:${ACCESSIBILITY_CONTACT}`}>{ACCESSIBILITY_CONTACT}</a>
      </p>

      <h2>{t.reportTitle}</h2>
      <p>{t.report}</p>
      <p>
        <a href={reportHref}>{t.reportLink}</a> ({ACCESSIBILITY_CONTACT})
      </p>

      <h2>{t.supervisionTitle}</h2>
      <p>{t.supervision}</p>
      <p>
        <a href={DIGG_REPORT_FORM} hrefLang="sv">
          {t.supervisionLink}
        </a>
      </p>

      <h2>{t.technicalTitle}</h2>
      <p>{t.technical}</p>

      <h2>{t.testingTitle}</h2>
      <p>{t.testing(reviewed)}</p>
      <p>{t.updated(reviewed)}</p>
    </Page>
  );
}
