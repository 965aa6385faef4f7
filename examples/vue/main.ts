// The example's entry: register the two elements it uses, fetch a document, mount. As in an
// app: the package's modules import Lit by name, so the app's bundler keeps one copy of it.
// The repository's vite.config.ts points `mieruka/*` at the sources when the example runs from here.
import 'mieruka/plan-tree';
import 'mieruka/kpi-gauge';
import { createPlanIndicatorsApp } from './plan-indicators.js';

const doc = await (await fetch('/examples/koriyama-collaboration-2023.json')).json();
createPlanIndicatorsApp(doc).mount('#app');
