/** A ready-made simulator scenario: the raw input (as YAML/JSON would hold it) plus what it teaches. */
export interface ScenarioPreset {
  /** Stable id, also accepted by `lambda-lab simulate <id>`. */
  readonly id: string;
  readonly title: string;
  /** The lesson in one or two sentences, checked by test/unit/simulate/scenarios.test.ts. */
  readonly teaches: string;
  /** Input for parseScenario (plain data, the same shape as a scenario file). */
  readonly input: Readonly<Record<string, unknown>>;
}
