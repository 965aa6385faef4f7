import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Serves the example documents at /examples/NAME.json and the schema at
 * /mieruka.schema.json for the demo (`npm start`), the same URLs Storybook's staticDirs use.
 */
function exampleDocuments(): Plugin {
  const dir = resolve(import.meta.dirname, 'data-schema');
  return {
    name: 'mieruka-example-documents',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const match = /^\/(?:examples\/([\w.-]+\.json)|(mieruka\.schema\.json))$/.exec(path);
        const file = match && resolve(dir, match[1] ? `examples/${basename(match[1])}` : 'mieruka.schema.json');
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  plugins: [exampleDocuments()],
  // `import 'mieruka'` and `import 'mieruka/kpi-gauge'` (the examples, as an app writes them)
  // resolve to the sources here, so that they run without a build.
  resolve: {
    alias: [
      { find: /^mieruka$/, replacement: resolve(import.meta.dirname, 'src/index.ts') },
      { find: /^mieruka\/([a-z-]+)$/, replacement: resolve(import.meta.dirname, 'src/components/$1/$1.ts') },
    ],
  },
  server: { host: '127.0.0.1', open: false },
});
