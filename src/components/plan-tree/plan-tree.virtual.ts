/**
 * The virtual scrolling of a long tree (more than VIRTUAL_THRESHOLD rows), apart so that
 * plan-tree imports it only when a tree is that long: @lit-labs/virtualizer is the tree's
 * largest part, and most plans (57 plans, 11 initiatives) never need it.
 */
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
