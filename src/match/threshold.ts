/**
 * The default match threshold (checked by `validateThreshold` in validate.ts).
 */

import { SCORING_MODEL } from '../scoring-model.js';

/**
 * A name score at or above this is an alert: `threshold` of
 * {@link SCORING_MODEL} (tuned on ../shared/eval, see docs/DESIGN.md).
 */
export const DEFAULT_THRESHOLD = SCORING_MODEL.threshold;
