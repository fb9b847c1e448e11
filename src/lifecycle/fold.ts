/**
 * The fold of events and its guards, whose home is `models/lifecycle-fold.ts` (the case
 * schema runs the same guards, and models sit below the lifecycle functions).
 * @module
 */
export {
  applyEvent,
  foldEvents,
  GUARD_CODES,
  type GuardContext,
  type GuardFailure,
  guardEvent,
  initialState,
  type LifecycleState,
} from "../models/lifecycle-fold.js";
