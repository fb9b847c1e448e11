/**
 * The lifecycle table, whose home is `models/lifecycle-table.ts` (the case schema checks
 * events against it, and models sit below the lifecycle functions).
 * @module
 */
export {
  allowedEvents,
  INITIAL_STATUS,
  LIFECYCLE_TABLE,
  nextStatus,
} from "../models/lifecycle-table.js";
