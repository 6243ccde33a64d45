import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

void initI18n().then(() => {
  createRoot(root).render(<App />);
});
