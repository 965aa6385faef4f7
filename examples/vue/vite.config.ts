import { mergeConfig } from 'vite';
import base from '../../vite.config.js';

// The repository's demo config (it serves /examples/*.json), plus Vue's full build: the
// example's template is compiled in the browser, which the default (runtime-only) build cannot.
export default mergeConfig(base, {
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
});
