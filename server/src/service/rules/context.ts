// What rule units read: the analysis' queries over one report, each computed once when first asked for
// and shared by every unit that asks (the tables' evaluation, the outcomes, the report seen from its
// requirement set and what the derived schema finds in it, the charts tables declare). Queries are pure
// functions of the report, so that units share no state and may run in any order.
import type { ErrorObject } from 'ajv';
import { declaredChart } from '../charts/declared';
import type { DeclaredChart } from '../charts/declared';
import { deriveSchema } from '../derived/derivedSchema';
import { buildProjection } from '../derived/projection';
import type { Projection } from '../derived/projection';
import type { Finding } from '../findings';
import type { Table } from '../model/types';
import { reportNames } from '../names/report';
import type { ReportNames } from '../names/types';
import type { Project } from '../project';
import { blameAcross } from './blame';
import type { RuleCode } from './registry';
import { derivedValidator } from '../schema/derivedValidators';
import type { Engine } from '../tables/engine';
import type { LocateFn } from '../tables/locate';
import type { OutcomeValues } from '../tables/outcomes';
import type { ClaimValues } from '../tables/proseClaims';
import type { TableIndex } from '../tables/resolve';
import type { FileState } from '../workspace';

export interface ReportContext {
  readonly project: Project;
  readonly index: TableIndex;
  /** The evaluated tables' values: printed figures and what formulas compute. */
  readonly engine: Engine;
  readonly locate: LocateFn;
  readonly outcomes: OutcomeValues;
  /** The figures the texts state and check against the tables (`{48 685 = …}`). */
  readonly claims: ClaimValues;
  /** Every reference site of the report with what it names (names/report.ts). */
  readonly names: ReportNames;
  /** What the evaluation of the tables and of the outcomes found, of one code. */
  findingsOf(code: RuleCode): readonly Finding[];
  /** The report seen from its requirement set (what it answers, which outcomes it has). */
  readonly projection: Projection;
  /**
   * What the schema derived from the requirement set finds in the projection: empty without a set, and
   * while part of the report cannot be read (what it lacks cannot be told then).
   */
  readonly projectionErrors: readonly ErrorObject[];
  /** The chart a table declares, with what makes it unusable. */
  chartOf(table: Table): DeclaredChart;
}

export interface WorkspaceContext {
  readonly projects: readonly Project[];
  readonly files: readonly FileState[];
  readonly locate: LocateFn;
}

export function reportContext(
  project: Project,
  index: TableIndex,
  engine: Engine,
  locate: LocateFn,
  outcomes: OutcomeValues,
  evaluationFindings: readonly Finding[],
  claims: ClaimValues = { results: [], findings: [] },
): ReportContext {
  let byCode: Map<string, Finding[]> | undefined;
  let names: ReportNames | undefined;
  let projection: Projection | undefined;
  let errors: readonly ErrorObject[] | undefined;
  const charts = new Map<Table, DeclaredChart>();
  return {
    project,
    index,
    engine,
    locate,
    outcomes,
    claims,
    get names() {
      names ??= reportNames(project);
      return names;
    },
    findingsOf(code) {
      if (!byCode) {
        byCode = new Map();
        // One mistyped figure that breaks several relations is blamed once, whatever the relations' codes.
        for (const f of [...blameAcross(evaluationFindings), ...outcomes.findings, ...claims.findings]) {
          const list = byCode.get(f.code);
          if (list) list.push(f);
          else byCode.set(f.code, [f]);
        }
      }
      return byCode.get(code) ?? [];
    },
    get projection() {
      projection ??= buildProjection(project, outcomes, this.names);
      return projection;
    },
    get projectionErrors() {
      if (!errors) {
        const rs = project.requirementSet;
        const validate = rs && project.broken.length === 0 ? derivedValidator(deriveSchema(rs)) : undefined;
        errors = validate && !validate(this.projection.data) ? [...(validate.errors ?? [])] : [];
      }
      return errors;
    },
    chartOf(table) {
      let chart = charts.get(table);
      if (!chart) {
        chart = declaredChart(table, index, engine);
        charts.set(table, chart);
      }
      return chart;
    },
  };
}
