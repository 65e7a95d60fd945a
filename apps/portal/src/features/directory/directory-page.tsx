import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { DirectoryFiltersForm } from './directory-filters';
import { type DirectoryFilters, filterParams, hasFilters, readFilters, readPage, workFilter } from './filters';
import { type AgencyGroup, agencyName, groupByAgency } from './group-by-agency';
import { localized, swedishLang } from './localized';
import { directoryMessages } from './messages';
import { Pagination } from './pagination';
import { useDirectoryWork } from './use-directory-work';
import { WorkFacts } from './work-facts';

import './directory.css';

/** Agencies per page on screen; printing takes them all. */
const AGENCIES_PER_PAGE = 6;

function AgencySection({ group, onPage }: { group: AgencyGroup; onPage: boolean }) {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  const { agency } = group;
  const headingId = `agency-${agency.slug}`;
  return (
    // Sections of other pages stay in the document, hidden on screen, so that printing gives the whole brochure.
    <section className={onPage ? 'directory-agency' : 'directory-agency directory-agency--other-page'} aria-labelledby={headingId}>
      <h2 id={headingId} className="directory-agency__name">
        <Link to={`/aktorer/${agency.slug}`}>{agencyName(agency, language)}</Link>
        {agency.abbreviation && <span className="directory-agency__abbreviation"> ({agency.abbreviation})</span>}
      </h2>
      <ul className="directory-agency__works">
        {group.works.map((work) => {
          const title = localized(language, work.title, work.titleEn);
          return (
            <li key={work.id} className="work-entry">
              <h3 className="work-entry__title" lang={title.lang}>
                {title.text}
              </h3>
              <p lang={swedishLang(language)}>{work.summary}</p>
              <WorkFacts work={work} />
              {work.url && (
                <p>
                  <a href={work.url}>{t.readMore(title.text)}</a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="print-only">{t.moreAboutAgency(`${window.location.origin}/aktorer/${agency.slug}`)}</p>
    </section>
  );
}

/** What the printout was filtered by, in words, so that a reader of the paper knows it is a selection. */
function useFilterSummary(filters: DirectoryFilters): string {
  const labels = useMessages(enumLabels);
  return [filters.support && labels.supportType(filters.support), filters.kind && labels.workKind(filters.kind), filters.targetGroup, filters.network]
    .filter(Boolean)
    .join(', ');
}

function PrintHeader({ filters }: { filters: DirectoryFilters }) {
  const t = useMessages(directoryMessages);
  const format = useDateFormat();
  const summary = useFilterSummary(filters);
  return (
    <div className="print-only">
      <p>{t.printedFrom(window.location.href, format.date(new Date()))}</p>
      {hasFilters(filters) && <p>{t.printFilters(summary)}</p>}
    </div>
  );
}

/** /vem-gor-vad: every agency's support, filtered by support type, kind of work, target group and network (`?natverk=`). */
export function DirectoryPage() {
  const t = useMessages(directoryMessages);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const apiFilter = useMemo(() => workFilter(filters), [filters]);
  const { works, loading, error } = useDirectoryWork(apiFilter);
  const groups = useMemo(() => groupByAgency(works, filters.network, language), [works, filters.network, language]);
  const pages = Math.max(1, Math.ceil(groups.length / AGENCIES_PER_PAGE));
  const page = Math.min(readPage(params), pages);
  const firstOnPage = (page - 1) * AGENCIES_PER_PAGE;
  const workCount = groups.reduce((count, group) => count + group.works.length, 0);

  // A new page of results starts at its top: focus moves to the count above it, as it would to the top of a new page.
  const count = useRef<HTMLParagraphElement>(null);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    count.current?.focus();
    count.current?.scrollIntoView();
  }, [page]);

  return (
    <Page title={t.directoryTitle}>
      <p className="lead">{t.directoryLead}</p>
      {/* Keyed by the address, so that the controls show the filters in use after back and forward. */}
      <DirectoryFiltersForm key={params.toString()} filters={filters} onApply={(next) => setParams(filterParams(next))} />
      <PrintHeader filters={filters} />
      <div className="directory-results-bar">
        {/* Present from the start so that screen readers announce each new count. */}
        <p className="directory-count" role="status" tabIndex={-1} ref={count}>
          {!loading && !error && t.resultCount(workCount, groups.length)}
        </p>
        {groups.length > 0 && (
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t.print}
          </button>
        )}
      </div>
      {loading ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} />
      ) : groups.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <>
          {groups.map((group, index) => (
            <AgencySection key={group.agency.id} group={group} onPage={index >= firstOnPage && index < firstOnPage + AGENCIES_PER_PAGE} />
          ))}
          <Pagination page={page} pages={pages} href={(number) => `/vem-gor-vad?${filterParams(filters, number).toString()}`} />
        </>
      )}
    </Page>
  );
}
