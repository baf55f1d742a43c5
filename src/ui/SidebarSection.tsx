import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: ReactNode;
  /** A short note beside the title that stays visible when the section is closed (a count, "2 active"). */
  badge?: ReactNode;
  open?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * One collapsible section of a sidebar (filters, counts, about the data…): closed, it is one line under the search
 * and its results, so sections can be added without pushing the results down the page.
 */
export function SidebarSection({ id, title, badge, open = false, className, children }: Props) {
  return (
    <details className={`sidebar-section ${className ?? ''}`} open={open} aria-labelledby={`${id}-heading`}>
      <summary>
        <h2 id={`${id}-heading`}>{title}</h2>
        {badge !== undefined && <span className="section-badge">{badge}</span>}
      </summary>
      <div className="sidebar-section-body">{children}</div>
    </details>
  );
}
