// Coverage as JSON for other tools: the service's coverage with texts in the chosen language, stable
// status keys, and locations as a path relative to the working directory with a 0-based range, as in
// `regbrev check --format json`.
import type { Coverage, CoveragePlace } from '../../service/index';
import { COVERAGE_STATUS, INDICATOR_STATUS } from '../../service/index';
import type { Language, Location, Message } from '../../service/index';

export type Locate = (location: Location) => { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

export function coverageJson(reports: readonly Coverage[], locate: Locate, file: (uri: string) => string, language: Language): string {
  const L = (m: Message | undefined) => (m ? m[language] : undefined);
  const place = (p: CoveragePlace) => ({ kind: p.kind, number: L(p.number), heading: p.heading, version: p.version, current: p.current, ...locate(p.location) });
  const out = reports.map((c) => ({
    manifest: file(c.manifestUri),
    requirementSet: c.requirementSetUri ? file(c.requirementSetUri) : undefined,
    myndighet: c.myndighet,
    year: c.year,
    diarienummer: c.diarienummer,
    judged: c.judged,
    broken: c.broken.map(file),
    summary: c.summary,
    requirements: c.requirements.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      dueInReport: r.dueInReport,
      status: r.status,
      statusText: COVERAGE_STATUS[r.status][language],
      answers: r.answers.map(place),
      elsewhere: r.elsewhere,
      addedBy: r.addedBy,
      changedBy: r.changedBy,
      removedBy: r.removedBy,
      goal: r.goal ? { target: L(r.goal.target), year: r.goal.year, outcome: L(r.goal.outcome), reached: r.goal.reached, forecast: r.goal.forecast } : undefined,
      ...locate(r.location),
    })),
    indicators: c.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      year: i.year,
      target: L(i.target),
      outcome: L(i.outcome),
      status: i.status,
      statusText: INDICATOR_STATUS[i.status][language],
      reportedIn: i.reportedIn.map(place),
      ...locate(i.location),
    })),
  }));
  return `${JSON.stringify({ reports: out }, null, 2)}\n`;
}
