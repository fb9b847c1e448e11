/**
 * The options of `syntheticYear`, apart so that its generators can name them.
 * @module
 */

/** Options of {@link syntheticYear}. */
export type SyntheticYearOptions = {
  /** Calendar year of the reports (local dates in `timeZone`). */
  readonly year: number;
  /** Number of reports (cases) to generate; 0 or more. */
  readonly reports: number;
  /** Seed of the generator: the same seed gives the same cases, byte for byte. */
  readonly seed: number;
  /** Share of reports recorded as runaways, in [0, 1]. Default 0.95 (NY 2024, ST-2). */
  readonly runawayShare?: number;
  /**
   * IANA zone of every case. Default: the zone of `state` when it has a jurisdiction profile
   * (`"America/Los_Angeles"` for `"CA"`, `"America/Chicago"` for `"TX"` and `"IL"`,
   * `"America/Detroit"` for `"MI"`), else `"America/New_York"`.
   */
  readonly timeZone?: string;
  /**
   * Reporting state, a USPS code (`"CA"`, `"WY"`…); the cases get the deadlines of its
   * jurisdiction profile when it has one, the federal baseline only otherwise. Default `"NY"`.
   */
  readonly state?: string;
  /**
   * Share of reports, in [0, 1], that are repeat episodes of a person reported earlier in the
   * year, recorded with the noise of hand-typed records by whichever agency took the report
   * (see {@link syntheticYear}); `syntheticPeople` gives the ground truth. Absent: the year
   * as before, byte for byte (repeat episodes reuse one child record).
   */
  readonly repeatShare?: number;
};
