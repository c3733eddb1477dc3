import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialLang, saveLang } from './app/i18n/i18n';
import './app/styles/global.css';
import './app/styles/print.css';

saveLang(initialLang());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<StrictMode><App /></StrictMode>);
