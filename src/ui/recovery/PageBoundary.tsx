/**
 * An error boundary around each page (map, viewer, workbench, interview): a page that throws — a record it cannot
 * show, a bug — is replaced by the recovery panel instead of a blank screen. The panel is loaded only when needed;
 * if even that fails (offline, say), a plain message with a reload remains.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

const RecoveryPanel = lazy(() => import('./RecoveryPanel'));

function Unrecoverable() {
  const { t } = useTranslation();
  return (
    <p role="alert" className="recovery">
      {t('recovery.unrecoverable')}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('recovery.reload')}
      </button>
    </p>
  );
}

function Fallback({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <ErrorBoundary FallbackComponent={Unrecoverable}>
      <Suspense fallback={null}>
        <RecoveryPanel error={error} onRecovered={resetErrorBoundary} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** `resetKeys`: what names the page shown (a change of page or facility tries it afresh). */
export function PageBoundary({ resetKeys, children }: { resetKeys?: unknown[]; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={Fallback} resetKeys={resetKeys}>
      {children}
    </ErrorBoundary>
  );
}
