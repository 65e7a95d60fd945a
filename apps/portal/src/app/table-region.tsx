import { type ReactNode, useId } from 'react';

interface TableRegionProps {
  caption: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on its own on a narrow screen instead of
 * widening the page (WCAG 1.4.10): the region is named by the caption and
 * focusable, so that keyboard users can scroll it too.
 */
export function TableRegion({ caption, children }: TableRegionProps) {
  const captionId = useId();
  return (
    <div className="table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
