/**
 * unsc-screen: screening of names against the UN Security Council Consolidated List.
 *
 * @packageDocumentation
 */
export { parseList } from './parse/index.js';
export { loadBundledList } from './source/bundled.js';
export { bundledListPath, listAgeDays, BUNDLED_LIST_DATE } from './source/list-age.js';
export {
  ErrorCodes,
  UnscScreenError,
  ListFormatError,
  ArgumentTypeError,
  ArgumentRangeError,
  DownloadError,
  ListVerificationError,
  CacheError,
  StaleListError,
  SnapshotError,
} from './errors.js';
export { PaymentFormatError } from './payments/errors.js';
export { updateList } from './source/update.js';
export { loadList, readCachedList, resolveList } from './source/load.js';
export { resolveListBytes } from './source/list-resolution.js';
export { UN_LIST_URL, UPDATE_DEFAULTS } from './source/options.js';
export { compareNames } from './match/compare.js';
export { DEFAULT_THRESHOLD } from './match/threshold.js';
export { SCORING_MODEL, withScoringModel, scoringModelEntries } from './scoring-model.js';
export { NameIndex } from './search/name-index.js';
export { Screener, DEFAULT_MAX_LIST_AGE_DAYS } from './screen/screener.js';
export { WarningCodes } from './screen/warnings.js';
export { PreparedList } from './snapshot/prepared-list.js';
export { DecisionBook, DecisionsFormatError, DECISION_COLUMNS, parseDecisionsCsv } from './decisions/decisions.js';
export { PartyIndex } from './screen/party-index.js';
export { MAX_TEXT_WINDOWS } from './free-text/screen-text.js';
export { diffLists, recordChanges } from './diff/diff.js';
export { EVIDENCE_ADJUSTMENTS } from './screen/evidence.js';
export { countryCode, countryCodes } from './screen/countries.js';
export { readQueryDate } from './screen/query-dates.js';
export { normalizeDocumentNumber } from './screen/documents.js';
export { foldName } from './normalize/fold.js';
export { prepareName } from './normalize/tokens.js';
export { cleanName, MAX_NAME_PART_LENGTH } from './text/clean.js';
export { readPayment, detectSyntax } from './payments/read-payment.js';
export { countryFromAddressLines } from './payments/address-country.js';

export type { ErrorCode, ListFormatErrorDetails, DownloadErrorDetails } from './errors.js';
export type { PaymentFormatErrorDetails } from './payments/errors.js';
export type { ScoringModel, ScoringModelChanges } from './scoring-model.js';
export type { PaymentRead, PaymentSyntax, ReadProblem } from './payments/read-payment.js';
export type { TextScreenFn } from './payments/screen-free-text.js';
export type {
  FreeTextField,
  PartyIdentifiers,
  PaymentAddress,
  PaymentAlert,
  PaymentFormat,
  PaymentMessage,
  PaymentParty,
  PaymentScreenOptions,
  PaymentScreenResult,
  PaymentTransaction,
  PaymentWarning,
  PaymentWarningCode,
  TextScreening,
  TextSpan,
  TransactionIds,
  TransactionScreenResult,
} from './payments/types.js';
export type { UpdateOptions } from './source/options.js';
export type { UpdateResult } from './source/update.js';
export type { LoadOptions, LoadListResult } from './source/load.js';
export type { ListResolutionOptions, ResolvedListBytes, ResolvedListSource } from './source/list-resolution.js';
export type { CacheMetadata } from './source/cache.js';
export type { LoadedList } from './source/bundled.js';
export type { SnapshotKey } from './snapshot/format.js';
export type { CompareOptions, NameComparison, AlignmentEntry } from './match/compare.js';
export type { Alignment, AlignedPair } from './match/align.js';
export type { SimilarityRule } from './match/similarity.js';
export type { IndexedName, NameHit, NameSearchOptions } from './search/name-index.js';
export type { NameSource } from './search/names.js';
export type { ScreenerOptions, RescreenResult, PartyRescreenResult } from './screen/screener.js';
export type { ListDiff, RecordChange, FieldChange, DataIdChange, DiffVersion } from './diff/diff.js';
export type { ScreenQuery, NormalizedQuery } from './screen/query.js';
export type { Alert, ListInUse, ListVersion, ScreenResult, ScreenOptionsUsed } from './screen/result.js';
export type { ClearedAlert, DecisionRow } from './decisions/decisions.js';
export type { ScreenWarning, WarningCode } from './screen/warnings.js';
export type { DateOrder, DateReading } from './screen/query-dates.js';
export type { Evidence } from './screen/evidence.js';
export type { TextHit, TextScreenOptions, TextScreenResult } from './free-text/result.js';
export type { AlertPriority } from './screen/priority.js';
export type { QueryBirthDate } from './screen/birth-dates.js';
export type { NameToken, PreparedName, TokenClass } from './normalize/tokens.js';
export type {
  Address,
  Alias,
  BaseRecord,
  DateOfBirth,
  DateOfBirthType,
  Entity,
  IdentityDocument,
  Individual,
  ListCounts,
  ListDate,
  ParseWarning,
  PlaceOfBirth,
  RecordFlag,
  RecordKind,
  SanctionsList,
  SanctionsRecord,
} from './types.js';
