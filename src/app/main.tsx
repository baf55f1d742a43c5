import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n';
import { useDatasetStore } from '../store/datasetStore';
import { App } from './App';
import { loadBundledData } from './bundledData';
import './app.css';

setupI18n();
// The data starts loading before the first render, in parallel with the page's and the map's code.
void useDatasetStore.getState().load(loadBundledData);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
