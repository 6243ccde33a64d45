/**
 * The routing engine (DESIGN C3): pure, no I/O. `compile` indexes an enterprise's configuration,
 * `plan` turns a call and the live state into a program of steps with branches on call events,
 * `simulate` walks that program with assumed events. The call plane executes the same program.
 */

export * from './api';
export {
  CHECK_TEXTS,
  type CheckCode,
  type CheckMoment,
  type CheckSeverity,
  type ConfigCheck,
  checkConfig,
  checkMessage,
  checkMoments,
} from './checks';
export { compile } from './compile';
export { describePlan } from './describe';
export { type PlanBranch, planOutline, stepBranches, stepLabel } from './labels';
export {
  explain,
  explainAll,
  explainCode,
  isRoutingCode,
  ROUTING_TEXTS,
  type RoutingCode,
  TREE_NAMES,
} from './messages';
export { MAX_DEPTH, MAX_PLAN_STEPS, plan } from './plan';
export { randomOf } from './random';
export { MAX_WALK_STEPS, simulate } from './simulate';
export * from './types';
