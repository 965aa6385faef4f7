/*
 * A Vue 3 component on mieruka's elements: the plan tree beside the gauges of the chosen plan.
 *
 * - Vue must be told that mieruka-* tags are custom elements, not Vue components it cannot find:
 *   `compilerOptions.isCustomElement`. Here, where the template is compiled in the browser, on
 *   the app (useMieruka); with single-file components, in the build's Vue plugin (README.md).
 *   In the browser Vue also recognises a tag that is already registered, but not one whose
 *   bundle loads later, and a build-time compiler never can.
 * - `:data.prop` (or `.data`) passes the document as a property, never as an attribute. Vue would
 *   pick the property for `data` anyway on a registered element; saying so keeps it right
 *   before the element is registered too.
 * - `@mieruka-select` and `@mieruka-load` listen to the elements' events by their names.
 *
 * The template is compiled at run time, which needs Vue's full build (vue.esm-bundler.js in a
 * bundler; README.md) and a Content-Security-Policy allowing 'unsafe-eval'. Under a strict CSP,
 * compile templates at build time (single-file components) or write render functions with h().
 */
import { createApp, defineComponent, type App, type PropType } from 'vue';

export const PlanIndicators = defineComponent({
  name: 'PlanIndicators',
  props: {
    /** A mieruka document as an object (the app fetched and parsed it). Replace it, never mutate it. */
    doc: { type: Object, required: true },
    /** How the gauges are drawn. */
    variant: { type: String as PropType<'arc' | 'bar'>, default: 'arc' },
  },
  data: () => ({ plan: undefined as { id: string; title: string } | undefined, loaded: '' }),
  template: `
    <div class="plan-indicators">
      <mieruka-plan-tree :data.prop="doc" detail="none"
        @mieruka-select="plan = { id: $event.detail.id, title: $event.detail.title ?? $event.detail.id }"></mieruka-plan-tree>
      <p role="status">{{ plan ? '選択: ' + plan.title : loaded ? '読み込み済み: ' + loaded : '' }}</p>
      <mieruka-kpi-gauge :data.prop="doc" :node="plan?.id" :variant="variant"
        @mieruka-load="loaded = $event.detail.id"></mieruka-kpi-gauge>
    </div>`,
});

/** Tells an app's template compiler that mieruka-* tags are custom elements. */
export function useMieruka<T extends App>(app: T): T {
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mieruka-');
  return app;
}

/** The component as an app of its own, ready to mount. */
export function createPlanIndicatorsApp(doc: object): App {
  return useMieruka(createApp(PlanIndicators, { doc }));
}
