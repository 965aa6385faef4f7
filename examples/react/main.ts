// The example's entry: register the two elements it uses, fetch a document, render. As in an
// app: the package's modules import Lit by name, so the app's bundler keeps one copy of it
// (tests/build/build.test.mjs builds this example with Vite and counts). The repository's
// vite.config.ts points `mieruka/*` at the sources when the example runs from here.
import 'mieruka/plan-tree';
import 'mieruka/kpi-gauge';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PlanIndicators } from './PlanIndicators.js';

const doc = await (await fetch('/examples/koriyama-collaboration-2023.json')).json();
createRoot(document.getElementById('app')!).render(createElement(PlanIndicators, { doc }));
