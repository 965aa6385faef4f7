// The example's entry: register the elements, fetch a document, mount. In an app the first
// import is `import 'mieruka';`; here it is the library's source.
import '../../src/index.js';
import { createPlanIndicatorsApp } from './plan-indicators.js';

const doc = await (await fetch('/examples/koriyama-collaboration-2023.json')).json();
createPlanIndicatorsApp(doc).mount('#app');
