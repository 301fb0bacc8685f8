import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/infra/*.tables.ts',
  out: './drizzle',
});
