/**
 * The version of the scoring model a snapshot's index was built with. A
 * snapshot keeps prepared names, weights and lookup tables: any change to
 * normalization, keys, weights or similarity rules makes older snapshots
 * wrong, so it is part of the snapshot's key and a mismatch is ignored.
 * It is {@link SCORING_MODEL}'s version: a change of the model changes it.
 */
import { SCORING_MODEL } from '../scoring-model.js';

export const SNAPSHOT_MODEL_VERSION: string = SCORING_MODEL.version;
