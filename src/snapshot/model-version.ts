/**
 * The version of the scoring model a snapshot's index was built with. A
 * snapshot keeps prepared names, weights and lookup tables: any change to
 * normalization, keys, weights or similarity rules makes older snapshots
 * wrong, so it is part of the snapshot's key and a mismatch is ignored.
 *
 * This is the one place the snapshot code reads it from. When the scoring
 * constants are gathered into one `SCORING_MODEL` object, point this at
 * `SCORING_MODEL.version`.
 */
export const SNAPSHOT_MODEL_VERSION: string = '2026-11-29.4';
