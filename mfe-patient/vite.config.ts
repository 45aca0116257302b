import { defineConfig } from 'vite';
import { microfrontendConfig } from '../root-config/app-build';

export default defineConfig(microfrontendConfig('mfe-patient'));
