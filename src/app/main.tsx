import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n';
import { useDatasetStore } from '../store/datasetStore';
import { PageBoundary } from '../ui/recovery/PageBoundary';
import { App } from './App';
import { loadBundledData } from './bundledData';
import { startLocalRegisterSync } from './localRegisterSync';
import { registerServiceWorker } from './serviceWorker';
import { UpdatePrompt } from './UpdatePrompt';
import { withRendererKnown } from '../viewer3d/softwareWebGL';
import { firstViewSettled } from '../map/firstView/firstViewSettled';
import './app.css';

setupI18n();
// The data starts loading before the first render, in parallel with the page's and the map's code.
void useDatasetStore.getState().load(loadBundledData);

// Interview mode is a page of its own: no map, no imagery, nothing that could reach the network.
const InterviewApp = lazy(withRendererKnown(() => import('../interview/InterviewApp')));
const interviewing = window.location.pathname.startsWith('/interview');
// The facilities imported on this device join the map's dataset (interview mode shows no map).
if (!interviewing) startLocalRegisterSync();

// After one visit the app starts and works with no network (src/sw/sw.ts).
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
await firstViewSettled();
createRoot(root).render(
  <StrictMode>
    {interviewing ? (
      <PageBoundary>
        <Suspense fallback={null}>
          <InterviewApp />
        </Suspense>
      </PageBoundary>
    ) : (
      <>
        <PageBoundary>
          <App />
        </PageBoundary>
        {/* Offered on the map's pages only: an update never interrupts an interview. */}
        <UpdatePrompt />
      </>
    )}
  </StrictMode>,
);
