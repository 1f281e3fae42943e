// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://rocb-ap.example.org',
  output: 'static',
  trailingSlash: 'always',
});
