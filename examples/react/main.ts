// The example's entry: register the elements, fetch a document, render. In an app the first
// import is `import 'mieruka';`; here it is the library's source.
import '../../src/index.js';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PlanIndicators } from './PlanIndicators.js';

const doc = await (await fetch('/examples/koriyama-collaboration-2023.json')).json();
createRoot(document.getElementById('app')!).render(createElement(PlanIndicators, { doc }));
